// 字数 as Word counts it (审阅 → 字数统计): every East Asian character (汉字 and full-width punctuation) is one, and
// every run of other letters and digits between spaces or East Asian characters (GB/T, 2024, Markdown) is one
// word; half-width punctuation on its own and Markdown's markup (#, **, |, ---) count for nothing, and an HTML
// comment (<!-- gongwen-disable … -->) is not part of the text.

/** 汉字 (with the extensions), CJK symbols and punctuation, full-width forms, and the quotes, dashes and dots Chinese text sets full width. */
const EAST_ASIAN =
  /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u31A0-\u31BF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]|[\uD840-\uD87F][\uDC00-\uDFFF]/g;
/** A word of other scripts: letters or digits, with the marks that join them inside a word (GB/T, 9704-2012, 3.5). */
const OTHER_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’./\-_]*/gu;
const COMMENT = /<!--[^]*?-->/g;

export function wordCount(text: string): number {
  const withoutComments = text.includes('<!--') ? text.replace(COMMENT, ' ') : text;
  let count = 0;
  // East Asian characters one by one, then the words left between them
  const rest = withoutComments.replace(EAST_ASIAN, () => {
    count++;
    return ' ';
  });
  for (const _ of rest.matchAll(OTHER_WORD)) count++;
  return count;
}

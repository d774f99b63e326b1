// A bound on Markdown container nesting before the text reaches the parser. micromark's time grows faster than
// the depth of nested lists and block quotes (10,000 levels of `- ` on one line take minutes) and the tree it
// builds overflows the stack of whoever walks it. No draft nests that deep: past a column of list and quote
// markers, the markers are read as indentation. The text keeps its length and line breaks, so every offset
// of the tree is still an offset of the draft.

/** List and quote markers ending past this column (in UTF-16 units from the line start) are blanked. */
export const MAX_CONTAINER_COLUMN = 40;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isBreakOrEnd(c: number): boolean {
  return Number.isNaN(c) || c === SPACE || c === TAB || c === LF || c === CR;
}

/** The text with container markers past `MAX_CONTAINER_COLUMN` replaced by spaces; the same string when none are. */
export function limitNesting(text: string): string {
  let out = '';
  let cursor = 0;
  let line = 0;
  while (line < text.length) {
    // the container prefix: indentation and list or quote markers, one after another
    let i = line;
    let prefixEnd = line;
    for (;;) {
      while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
      const c = text.charCodeAt(i);
      if (c === 0x3e /* > */) {
        prefixEnd = ++i;
        continue;
      }
      if ((c === 0x2d /* - */ || c === 0x2a /* * */ || c === 0x2b) /* + */ && isBreakOrEnd(text.charCodeAt(i + 1))) {
        prefixEnd = ++i;
        continue;
      }
      let j = i;
      while (j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const mark = text.charCodeAt(j);
      if (j > i && (mark === 0x2e /* . */ || mark === 0x29) /* ) */ && isBreakOrEnd(text.charCodeAt(j + 1))) {
        prefixEnd = i = j + 1;
        continue;
      }
      break;
    }
    const limit = line + MAX_CONTAINER_COLUMN;
    if (prefixEnd > limit) {
      out += text.slice(cursor, limit) + text.slice(limit, prefixEnd).replace(/[^ \t]/g, ' ');
      cursor = prefixEnd;
    }
    // on to the next line
    let k = Math.max(i, prefixEnd);
    while (k < text.length && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR) k++;
    line = k + (text.charCodeAt(k) === CR && text.charCodeAt(k + 1) === LF ? 2 : 1);
  }
  return cursor === 0 ? text : out + text.slice(cursor);
}

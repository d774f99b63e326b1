// Hostile texts for the robustness tests and `npm run bench:hostile`: each is built to a requested size, so the
// same shape can be checked small in the tests and at 1 MB in the benchmark.

/** A realistic paragraph of a work report: figures, brackets, half-width marks, placeholders, enumerations. */
const PROSE =
  '一是完成投资12.5亿元,同比增长5.5%,占年计划30亿元的41.7%（新建5个、续建6个）；二是新开工项目xx个,其中“两个大局”3项。' +
  '全县共有学校12所，分别为小学8所、初中3所；较上年的43.5亿元增长8%，由2019年的286起下降到198起。';

/** Repeat a unit until the text is `size` code units long (cut on a code point boundary). */
export function fill(unit: string, size: number): string {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  // never end on the first half of a surrogate pair unless the unit itself is made of lone surrogates
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff && unit.charCodeAt(unit.length - 1) !== last ? text.slice(0, -1) : text;
}

/** Each hostile input by name: a function of the size in UTF-16 code units. */
export const HOSTILE: Record<string, (size: number) => string> = {
  // one line of prose without a break: one paragraph, one sentence per 。, thousands of figures
  'long-line': (n) => fill(PROSE, n),
  // the same figures without any sentence end: one sentence, one clause list across the whole text
  'long-sentence': (n) => fill('完成投资12.5亿元、增长5.5%（新建5个、续建6个），其中3项，占41.7%，', n),
  // 10,000 nested list items and quotes on one line each, repeated
  'nested-lists': (n) => fill('- '.repeat(10_000) + '完成xx个。\n\n', n),
  'nested-quotes': (n) => fill('> '.repeat(10_000) + '完成xx个。\n\n', n),
  // a staircase of indented list items, one level per line
  'list-staircase': (n) => {
    const lines: string[] = [];
    let size = 0;
    for (let depth = 0; size < n; depth++) {
      const line = '  '.repeat(depth % 1000) + `- 第${depth}项完成5个,增长5%\n`;
      lines.push(line);
      size += line.length;
    }
    return lines.join('').slice(0, n);
  },
  'million-x': (n) => 'x'.repeat(n),
  'x-words': (n) => fill('xx个 ', n),
  'open-brackets': (n) => '（'.repeat(n),
  'brackets-figures': (n) => fill('（（（完成5个', n),
  'ascii-parens': (n) => '('.repeat(n >> 1) + '中'.repeat(n & 1) + ')'.repeat(n >> 1),
  digits: (n) => fill('1234567890', n),
  'dots-and-digits': (n) => fill('1.2.3,4;5:', n),
  'emails-and-urls': (n) => fill('a.b-c_d%e+f', n),
  'mixed-scripts': (n) => fill('Hello Мир مرحبا 你好 שלום नमस्ते 😀👨‍👩‍👧 𠀀𪚥 é ﷽ 完成投资5亿元, 增长5%.\t', n),
  'lone-surrogates': (n) => fill('完成\ud800投资5亿元\udc00,增长5%\ud83d。', n),
  'nul-bytes': (n) => fill('完成\u0000投资5亿元,\u0000增长5%。\u0000\n', n),
  crlf: (n) => fill('一、主要做法\r\n\r\n完成投资5亿元,增长5%。\r\n\r\n（一）抓项目\r\n', n),
  cr: (n) => fill('一、主要做法\r\r完成投资5亿元,增长5%。\r\r（一）抓项目\r', n),
  bom: (n) => '\uFEFF' + fill('# 关于工作的汇报\n\n完成投资5亿元,增长5%。\uFEFF\n\n', n - 1),
  // alternating levels: every 一、 is the parent of one （一）
  ordinals: (n) => fill('一、主要做法\n\n（一）抓项目,完成5个\n\n1、推进\n\n', n),
  enumerations: (n) => fill('一是抓项目，三是抓招商，第一、首先，', n),
  // one measure stated again and again with a different value: every statement conflicts with the others
  'restated-measure': (n) => {
    let out = '';
    for (let k = 1; out.length < n; k++) out += `全县完成固定资产投资${k}亿元。`;
    return out.slice(0, n);
  },
  'numeral-styles': (n) => fill('八支产业招商组，8支产业招商组，九支产业招商组。', n),
  // the figure relations at work: shares, rates, changes, sums, each sentence short enough to be read
  ratios: (n) => fill('完成率5%，占全县的6%，同比增长7%，分别占8%、9%，较上年的10亿元增长11%，由2019年的286起下降到198起，下降31%。\n', n),
  shares: (n) => fill('第二产业、第三产业税收分别为4.12亿元、5.56亿元，分别占税收收入的42.6%、57.4%。', n),
  sums: (n) => fill('全县共有学校12所，分别为小学8所、初中3所；其中县级领导带队11次、部门牵头15次，合计26次。', n),
  'completion-rates': (n) => fill('完成投资8亿元，年度计划投资16亿元，完成率50%。', n),
  // every share names a different whole: nothing to reuse between them
  'distinct-wholes': (n) => {
    let out = '';
    for (let k = 0; out.length < n; k++) out += `开发区税收占${(k * 7919).toString(36)}税收收入的52.9%。`;
    return out.slice(0, n);
  },
  directives: (n) => fill('<!-- gongwen-disable-next-line placeholder -->\n完成xx个,增长5%。\n', n),
  'html-comments': (n) => fill('<!--\n\n', n),
  fences: (n) => fill('```\n~~~\n', n),
  spaces: (n) => ' '.repeat(n - 1) + ',',
  'blank-lines': (n) => fill('\n', n - 3) + '完成,',
  'web-residue': (n) => fill('加入收藏\n阅读 1234\n- 3 -\n\n', n),
  request: (n) => fill('恳请'.repeat(20) + '妥否，请批示。', n),
};

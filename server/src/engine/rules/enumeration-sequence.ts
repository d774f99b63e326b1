// enumeration-sequence: 一是…二是…三是 (and 一要…, 第一，第二，, 首先…其次…最后) without gaps, repeats or mixed series.

import { defineRule } from '../rule';
import { quote } from '../text';
import { parseChineseInteger } from '../figures/numerals';
import { ordinalNumeral } from '../ordinals';
import type { Line } from '../parse';
import type { Report, TextEdit } from '../types';

type Family = '是' | '要' | '第' | '首先';

interface Item {
  family: Family;
  value: number; // 0 for 最后: it closes a series of any length
  offset: number;
  endOffset: number;
  numeralOffset: number;
  numeralEndOffset: number;
  written: string;
}

/** Before an item: the start of a paragraph, a sentence or clause break, or the end of a bracket or quote. */
const BOUNDARY = /[。；;，,：:！？!?\s）)”」]/;
const CN = '[一二三四五六七八九十]{1,3}';
// The boundary is checked by hand after a match: a leading lookbehind keeps V8 from scanning ahead for the
// first character, which made this the slowest regex of a check on a long draft.
const ITEM = new RegExp(`(?:(${CN})(是|要)(?![的否])|第(${CN})(?=[，,、：:])|(首先|其次|再次|最后)(?=[，,、：:]))`, 'g');
/** After 第X: a 顿号 and another ordinal, the two or more naming one noun (第二、三产业, 第一、第二批次). */
const ORDINAL_LIST = new RegExp(`^、第?${CN}(?:、第?${CN})*(?![，,、：:是要])[^\\s，,。；;：:]`);
const ORDER_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };
const FAMILY_NAME: Record<Family, string> = { 是: '“一是、二是”', 要: '“一要、二要”', 第: '“第一、第二”', 首先: '“首先、其次”' };

export default defineRule(
  {
    id: 'enumeration-sequence',
    title: '一是二是序列',
    titleEn: 'Enumeration series',
    basis: 'GB/T 15834-2011 4.4.3.3、附录B.3.1（序次语之后的标点）；起草惯例',
    severity: 'warning',
    fixable: true,
    safeFix: false,
    options: {},
  },
  (context) => {
    const { draft } = context;
    for (const item of allItems(draft.lines)) {
      if (item.family === '第' && draft.source[item.endOffset] === '、') {
        context.report({
          offset: item.endOffset,
          endOffset: item.endOffset + 1,
          message: `序次语${quote(item.written + '、')}后应用逗号：“第一”“第二”这类序次语之后用逗号，不用顿号，应写作${quote(item.written + '，')}（GB/T 15834-2011 4.4.3.3、附录B.3.1）`,
          fix: [{ offset: item.endOffset, endOffset: item.endOffset + 1, text: '，' }],
          safeFix: true,
        });
      }
    }
    for (const series of seriesOf(draft.lines)) checkSeries(series, context.report);
  },
);

interface Series {
  family: Family;
  items: Item[];
  /** An item of another family that continues this series: 一是…二是…第三，… */
  mixed?: Item;
}

function allItems(paras: readonly Line[]): Item[] {
  return paras.flatMap((p) => itemsIn(p));
}

/** Group the items into series: one open series per family, so 首先…其次 inside 二是 nests instead of mixing. */
function seriesOf(paras: readonly Line[]): Series[] {
  const result: Series[] = [];
  let open = new Map<Family, Series>();
  for (const line of paras) {
    if (line.ordinal || line.headingDepth !== undefined) open = new Map(); // a new part starts new series
    for (const item of itemsIn(line)) {
      const own = open.get(item.family);
      if (item.value === 1 || (!own && item.value !== 0)) {
        const continued = item.value > 1 ? [...open.values()].find((s) => last(s).value + 1 === item.value && !s.mixed) : undefined;
        if (continued) {
          continued.mixed = item;
          continued.items.push(item);
          continue;
        }
        const series: Series = { family: item.family, items: [item] };
        result.push(series);
        open.set(item.family, series);
        continue;
      }
      if (!own) continue; // a lone 最后
      own.items.push(item);
      if (item.value === 0) open.delete(item.family); // 最后 closes the series
    }
  }
  return result;
}

function last(series: Series): Item {
  return series.items[series.items.length - 1]!;
}

function checkSeries(series: Series, report: (r: Report) => void): void {
  const first = series.items[0]!;
  if (series.mixed) {
    const item = series.mixed;
    report({
      offset: item.offset,
      endOffset: item.endOffset,
      message: `序列混用：前面用${FAMILY_NAME[series.family]}（${quote(first.written)}），这里用${quote(item.written)}；同一组并列内容应使用同一种序次语，此处应写作“${ordinalWord(first, item.value)}”`,
      related: [{ offset: first.offset, endOffset: first.endOffset, message: '这一组序列从这里开始' }],
    });
    return;
  }
  if (first.value > 1) {
    if (first.family === '首先') return; // 其次 alone is ordinary prose
    report({
      offset: first.offset,
      endOffset: first.endOffset,
      message: `序列从${quote(first.written)}开始，前面缺少“${ordinalWord(first, 1)}”：这一组应从“${ordinalWord(first, 1)}”起依次排列`,
      fix: renumber(series.items, 0),
    });
    return;
  }
  for (let i = 1; i < series.items.length; i++) {
    const item = series.items[i]!;
    const previous = series.items[i - 1]!;
    const expected = i + 1;
    if (item.value === expected || item.value === 0) continue;
    const what =
      item.value === previous.value
        ? `${quote(item.written)}与前一项重复`
        : item.value > expected
          ? `${quote(previous.written)}之后是${quote(item.written)}，缺少“${ordinalWord(item, expected)}”`
          : `${quote(item.written)}排在${quote(previous.written)}之后，顺序颠倒`;
    report({
      offset: item.offset,
      endOffset: item.endOffset,
      message: `序列不连续：${what}；此处应为“${ordinalWord(item, expected)}”${item.family === '首先' ? '' : '，修复会依次重排本组之后各项'}`,
      ...(item.family === '首先' ? {} : { fix: renumber(series.items, i) }),
    });
    return; // one finding per series: its fix renumbers the rest
  }
}

function ordinalWord(item: Item, value: number): string {
  switch (item.family) {
    case '是':
    case '要':
      return ordinalNumeral(1, value) + item.family;
    case '第':
      return '第' + ordinalNumeral(1, value);
    case '首先':
      return ['最后', '首先', '其次', '再次'][value] ?? '再次';
  }
}

/** Edits that renumber items[from..] to from+1, from+2 … (最后 keeps its word). */
function renumber(items: readonly Item[], from: number): TextEdit[] {
  return items
    .slice(from)
    .map((item, k) => ({ item, value: from + k + 1 }))
    .filter(({ item, value }) => item.value !== 0 && item.value !== value)
    .map(({ item, value }) => ({ offset: item.numeralOffset, endOffset: item.numeralEndOffset, text: ordinalNumeral(1, value) }));
}

/** The enumeration words of one paragraph, in order. */
export function itemsIn(para: Line): Item[] {
  const items: Item[] = [];
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(para.prose); m; m = ITEM.exec(para.prose)) {
    if (m.index > 0 && !BOUNDARY.test(para.prose[m.index - 1]!)) {
      ITEM.lastIndex = m.index + 1; // as the lookbehind would: try again one character on
      continue;
    }
    const start = para.offset + m.index;
    if (m[1]) {
      const value = parseChineseInteger(m[1]);
      if (!value) continue;
      items.push({ family: m[2] as Family, value, offset: start, endOffset: start + m[0].length, numeralOffset: start, numeralEndOffset: start + m[1].length, written: m[0] });
    } else if (m[3]) {
      const value = parseChineseInteger(m[3]);
      if (!value) continue;
      // 第二、三产业 / 第一、第二批: ordinals listed before one noun, no item of a series
      if (ORDINAL_LIST.test(para.prose.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      items.push({ family: '第', value, offset: start, endOffset: start + m[0].length, numeralOffset: start + 1, numeralEndOffset: start + 1 + m[3].length, written: m[0] });
    } else {
      items.push({ family: '首先', value: ORDER_WORDS[m[4]!]!, offset: start, endOffset: start + m[0].length, numeralOffset: start, numeralEndOffset: start + m[0].length, written: m[0] });
    }
  }
  return items;
}

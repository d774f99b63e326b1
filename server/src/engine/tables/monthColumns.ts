// Tables of figures by month (化妆品不良反应报告表数量 | 1月 | 2月 | … | 12月 | 已上报 | 已评价): a line of month
// headings is a heading line, not a row of figures (1月 reads as a number of months), and a year-to-date table
// pasted from a web page fills only the months gone by, its rows shorter than the heading by the months to come.

import type { TableCell } from './model';

/** A month as a column heading: 1月, 12月, 1月份. */
const MONTH_HEADING = /^(1[0-2]|[1-9])\s*月份?$/;

/** A unit closing a group's heading: 报告表数量（份）. */
const GROUP_UNIT = /[（(][^（）()]{1,6}[）)]\s*$/;

/** Consecutive months a heading line runs through, at least. */
const MIN_MONTH_RUN = 3;

/** The month a heading cell names, or undefined. */
export function monthOf(c: TableCell): number | undefined {
  // (asked of every cell of every row a pasted table may hold: most name no month, and are passed over without a copy)
  if (!c.text.includes('月')) return undefined;
  const m = MONTH_HEADING.exec(c.text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * The run of month headings of a line (1月 | 2月 | 3月 …, each the month after the one before, three at least):
 * where it starts and how many months it holds; undefined when the line has none.
 */
export function monthRun(cells: readonly TableCell[]): { start: number; length: number } | undefined {
  for (let i = 0; i < cells.length; i++) {
    if (monthOf(cells[i]!) !== 1) continue;
    let n = 1;
    while (i + n < cells.length && monthOf(cells[i + n]!) === n + 1) n++;
    if (n >= MIN_MONTH_RUN) return { start: i, length: n };
  }
  return undefined;
}

/** A cell's number as written, or undefined (a dash, words, an empty cell). */
function valueOf(c: TableCell | undefined, read: (text: string) => number | undefined): number | undefined {
  return c ? read(c.text) : undefined;
}

/** Whether column `at` of each row is the sum of the `k` columns before it, in every row but one, three rows at least. */
function sumAfterRun(rows: ReadonlyArray<readonly TableCell[]>, from: number, k: number, read: (text: string) => number | undefined): boolean {
  let holding = 0;
  let checked = 0;
  for (const r of rows) {
    const total = valueOf(r[from + k], read);
    // (a month not yet reported is an empty cell, written out when the copy kept the row's empty cells: none counted)
    const months = r.slice(from, from + k);
    const empty = months.map((c) => c?.text.trim() === '');
    const parts = months.map((c, j) => (empty[j] ? 0 : valueOf(c, read)));
    if (total === undefined || parts.some((p) => p === undefined) || empty.every(Boolean)) continue;
    checked++;
    // counts by month are whole numbers: their sum is exact
    if (Math.abs(parts.reduce((a: number, p) => a + p!, 0) - total) < 1e-9) holding++;
  }
  return checked >= 3 && holding >= checked - 1;
}

/**
 * Two heading lines over a table of counts by month, the first naming the corner columns, a group over the months, a
 * group over the columns after them and columns of its own, the second the months and those columns (序号 | 地区 |
 * 人口数 | 报告表数量（份） | 报告总数（份） | 百万人口报告数 over 1月 | … | 12月 | 已上报 | 已评价), the body's rows shorter
 * than the heading by the months not yet reported (a year-to-date table: 1月 to 8月 filled, 9月 to 12月 dropped by the
 * copy). The months in the body are as many as its width leaves: width = corner + months + the second line's other
 * cells + columns of their own after the groups. Where the corner ends the copy does not say; the figures do: the
 * column after the months (已上报) is their sum in every row but one, for one split only. One heading row: the
 * months and the columns after them named by their group and their own heading. Undefined when unsure.
 */
export function monthGroupHeading(
  top: readonly TableCell[],
  sub: readonly TableCell[],
  width: number,
  rows: ReadonlyArray<readonly TableCell[]>,
  read: (text: string) => number | undefined,
): TableCell[] | undefined {
  const filledFromLeft = (cs: readonly TableCell[]): number => {
    const n = cs.findIndex((c) => c.text === '');
    const k = n < 0 ? cs.length : n;
    return cs.slice(k).every((c) => c.text === '') ? k : -1;
  };
  const t = filledFromLeft(top);
  const named = filledFromLeft(sub);
  const run = monthRun(sub);
  if (t < 3 || named < 0 || !run || run.start !== 0) return undefined;
  const others = named - run.length;
  // the months' sum is the column after them: without columns after the months the figures cannot tell the split
  if (others < 1) return undefined;
  const corners = t - 2; // corner cells and columns of their own after the two groups
  const months = width - others - corners;
  if (months < 2 || months > run.length) return undefined;
  const splits: number[] = [];
  for (let a = 1; a <= corners; a++) if (sumAfterRun(rows, a, months, read)) splits.push(a);
  if (splits.length !== 1) return undefined;
  const a = splits[0]!;
  // (the group's unit after the column's own words, where a heading's unit is read: 数量 1月（份）, whole counts)
  const under = (group: TableCell, c: TableCell): TableCell => {
    const unit = GROUP_UNIT.exec(group.text);
    const text = unit ? `${group.text.slice(0, unit.index).trim()} ${c.text}${unit[0]}` : `${group.text} ${c.text}`;
    return { offset: c.offset, endOffset: c.endOffset, text };
  };
  const cells = [...top.slice(0, a), ...sub.slice(0, months).map((c) => under(top[a]!, c)), ...sub.slice(run.length, named).map((c) => under(top[a + 1]!, c)), ...top.slice(a + 2, t)];
  return cells.length === width ? cells : undefined;
}

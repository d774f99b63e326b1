// The sums of a pasted table whose columns cannot be told apart (rows split into different numbers of cells): a
// yearbook's series table where the early years lack the columns of measures counted only later (1965: 客运量 铁路
// 公路, no 航空; 2008 on: 货运量 with 管道 too). No row's figures can be put under the headings, but the rows with as
// many figures as one another stand in the same columns, and their arithmetic says what the columns are: where the
// k-th figure is the sum of the figures right after it in nearly every such row, it is their total, and a row of
// that length where it is not is a slip.

import { formatNumber } from '../figures/units';
import { readCell } from './cells';
import type { Table, TableCell } from './model';
import type { TableRelation } from './relations';

/** Rows of one length at least, and how many of them a sum must hold in as written. */
const MIN_ROWS = 3;
const MIN_HOLDING = 3;
/** Rows of one length a pattern may fail in at most: one in four (a slip is rare, a coincidence adds up once). */
const MAX_FAILING_SHARE = 0.25;
/** Parts of one sum at most, and figures of a row at most (a longer row is no yearbook series line). */
const MAX_PARTS = 8;
const MAX_FIGURES = 16;

/** A figure cell as written, with its interval (shared with groupTotals.ts, whose whole counts are exact). */
export interface Fig {
  cell: TableCell;
  value: number;
  /** Half a unit of the last written digit (0 for a whole count read as exact). */
  half: number;
}

/** A row as its label and its bare figures (shared with placedLines.ts). */
export interface FigureLine {
  label: string;
  figures: Fig[];
}
type Line = FigureLine;

/** A row as a label (a year, words, or nothing) and bare figures; undefined when a cell is words or a dash among them. */
function lineOf(cells: readonly TableCell[]): Line | undefined {
  const filled = cells.filter((c) => c.text.trim() !== '');
  if (filled.length < 4 || filled.length > MAX_FIGURES + 1) return undefined;
  const head = readCell(filled[0]!.text);
  const labelled = head.kind === 'text' || (head.kind === 'number' && head.number!.yearLike);
  if (!labelled) return undefined;
  const figures: Fig[] = [];
  let years = 0;
  for (const c of filled.slice(1)) {
    const r = readCell(c.text);
    const n = r.number;
    if (r.kind !== 'number' || !n || n.approximate || n.unit || n.multiplier !== 1) return undefined;
    if (n.yearLike) years++;
    figures.push({ cell: c, value: n.value, half: 0.5 * 10 ** -n.decimals });
  }
  // a row of years is a heading (2019 | 2020 | 2021); a figure or two between 1900 and 2100 in a row of counts
  // (2016 户, 2090 户) are figures
  if (years * 3 > figures.length) return undefined;
  return { label: filled[0]!.text.trim(), figures };
}

/** A table's rows read by `read`, grouped by how many figures each has (rows it cannot read left out). */
export function rowsByLength<L extends { figures: readonly unknown[] }>(table: Table, read: (cells: readonly TableCell[]) => L | undefined): Map<number, L[]> {
  const byLength = new Map<number, L[]>();
  for (const row of table.rows) {
    const line = read(row.cells);
    if (!line) continue;
    const list = byLength.get(line.figures.length);
    if (list) list.push(line);
    else byLength.set(line.figures.length, [line]);
  }
  return byLength;
}

const EPS = 1e-9;

/** Whether the figures as written add up to the total, to its last digit, with two parts not zero. */
function addsUp(total: Fig, parts: readonly Fig[]): boolean {
  if (total.value <= 0 || parts.filter((p) => p.value !== 0).length < 2) return false;
  const s = parts.reduce((x, p) => x + p.value, 0);
  return Math.abs(s - total.value) <= total.half + EPS * Math.max(1, total.value);
}

/** Whether the intervals of the parts' sum and of the total meet. */
export function meets(total: Fig, parts: readonly Fig[]): boolean {
  const s = parts.reduce((x, p) => x + p.value, 0);
  const slack = parts.reduce((x, p) => x + p.half, 0) + total.half;
  return Math.abs(s - total.value) <= slack + EPS * Math.max(1, Math.abs(total.value));
}

/**
 * Sum relations of an unclear pasted table, by the rows' lengths: in the rows with n figures (three rows or more),
 * figure t is the total of figures t+1 … t+k when it adds up so as written in three rows at least and fails in at
 * most a quarter of them, or in at most half of them when rows of another length bear out the same sum; the sums
 * so found do not share a figure (the one holding in most rows, then the longest, wins).
 */
export function unclearTableSums(table: Table): TableRelation[] {
  if (!table.unclear) return [];
  const byLength = rowsByLength(table, lineOf);
  // each length's candidate sums: figure t over the k after it, with the rows it holds and fails in
  const stats = [...byLength].filter(([, lines]) => lines.length >= MIN_ROWS).map(([n, lines]) => ({ lines, found: runSums(lines, n) }));
  const sure = new Set(stats.flatMap((g) => g.found.filter((f) => strong(f, g.lines.length)).map(runKey)));
  const out: TableRelation[] = [];
  for (const { lines, found } of stats) {
    for (const f of sumsOf(lines, found, sure)) for (const l of lines) out.push(relationOf(table, l, f.t, f.parts, f.holding, lines.length));
  }
  return out;
}

/** A sum the rows of one length bear out: figure t is the figures `parts` added up, as written in `holding` rows. */
export interface LineSum {
  t: number;
  parts: number[];
  holding: number;
}

/** The sums the rows of one length (n figures, three rows or more) bear out, none sharing a figure. */
export function sumsOfLines(lines: readonly FigureLine[], n: number): LineSum[] {
  return lines.length < MIN_ROWS ? [] : sumsOf(lines, runSums(lines, n), new Set());
}

/** Figure t over the k figures after it (or before it, a total after its parts), each found in the rows of length n. */
function runSums(lines: readonly FigureLine[], n: number): RunSum[] {
  const found: RunSum[] = [];
  for (let t = 0; t + 2 < n; t++) {
    for (let k = 2; k <= MAX_PARTS && t + k < n; k++) {
      const f = runSum(lines, t, k, 1);
      if (f) found.push(f);
    }
  }
  found.push(...totalsAfterParts(lines, n));
  return found;
}

const strong = (f: { holding: number; failing: number }, rows: number): boolean => f.failing <= MAX_FAILING_SHARE * rows;
const runKey = (f: RunSum): string => `${f.t}/${f.k}/${f.step}`;

/**
 * The sums read in the rows of one length: a sum that fails in more rows than a quarter (at most half) is still one
 * where the rows of another length bear out the same figure over the same parts (`sure`: 客运量 over 铁路, 公路, 航空 in
 * the rows before and after those with slips); the sums so found do not share a figure (the one holding in most rows,
 * then the longest, wins), and then the sums of two figures apart.
 */
function sumsOf(lines: readonly FigureLine[], found: readonly RunSum[], sure: ReadonlySet<string>): LineSum[] {
  const taken = found.filter((f) => strong(f, lines.length) || sure.has(runKey(f)));
  taken.sort((a, b) => b.holding - a.holding || b.k - a.k);
  const used = new Set<number>();
  const totals = new Set<number>();
  const out: LineSum[] = [];
  for (const f of taken) {
    const parts = Array.from({ length: f.k }, (_, i) => f.t + f.step * (i + 1)).sort((a, b) => a - b);
    const span = [f.t, ...parts];
    if (span.some((i) => used.has(i))) continue;
    for (const i of span) used.add(i);
    totals.add(f.t);
    out.push({ t: f.t, parts, holding: f.holding });
  }
  out.push(...apartSums(lines, used, totals));
  return out;
}

/** Figure t as the sum of the k figures right after it (step 1) or right before it (step −1), with the rows it holds and fails in. */
interface RunSum {
  t: number;
  k: number;
  step: 1 | -1;
  holding: number;
  failing: number;
}

/** The run sum of figure t over k figures beside it, when it adds up as written in three rows and fails in half at most. */
function runSum(lines: readonly Line[], t: number, k: number, step: 1 | -1): RunSum | undefined {
  let holding = 0;
  let failing = 0;
  let zeroed = 0;
  for (const l of lines) {
    const parts = step === 1 ? l.figures.slice(t + 1, t + 1 + k) : l.figures.slice(t - k, t);
    if (addsUp(l.figures[t]!, parts)) holding++;
    else if (!meets(l.figures[t]!, parts)) failing++;
    else if (allButOneZero(l.figures[t]!, parts)) zeroed++;
  }
  const found = { t, k, step, holding, failing };
  if (holding >= MIN_HOLDING && failing * 2 <= lines.length) return found;
  // 在建住房 904 | 新建 904 | 改建 0 in three counties of six: a row whose other parts are written 0 bears the sum
  // out as far as it goes, where a slip in one of the two rows adding up with two parts leaves too few of those
  return holding >= MIN_HOLDING - 1 && holding + zeroed > MIN_HOLDING && failing <= 1 ? found : undefined;
}

/** Whether the total is one of the parts to its last digit, every other part written 0 (904 | 904 | 0). */
function allButOneZero(total: Fig, parts: readonly Fig[]): boolean {
  const nonzero = parts.filter((p) => p.value !== 0);
  return total.value > 0 && nonzero.length === 1 && nonzero[0]!.value === total.value && nonzero[0]!.half === total.half;
}

/**
 * 有效发明专利量 | 大专院校 | 科研单位 | 工矿企业 | 机关团体 | 职务总计 | 个人, the heading over two lines with 职务 spanning
 * five columns: a group's 总计 stands after its parts. Figure t is the sum of the k figures right before it when it
 * adds up so in every row of its length but one at most (four rows or more): stricter than a total before its
 * parts, which most tables are; a running total (累计) is never the sum of the figures before it in every row.
 */
function totalsAfterParts(lines: readonly Line[], n: number): RunSum[] {
  if (lines.length < MIN_AFTER_ROWS) return [];
  const out: RunSum[] = [];
  for (let t = 2; t < n; t++) {
    for (let k = 2; k <= MAX_PARTS && t - k >= 0; k++) {
      const f = runSum(lines, t, k, -1);
      if (f && f.failing <= 1 && f.holding >= lines.length - 1) out.push(f);
    }
  }
  return out;
}

/** Rows of one length a total after its parts must be read in, at least. */
const MIN_AFTER_ROWS = 4;

/** Rows of one length a sum of two figures apart must be read in, at least, and hold in (a wider search: more evidence). */
const MIN_APART_ROWS = 5;
const MIN_APART_HOLDING = 4;

/**
 * 户数 | 新寨 | 在建合计 | 新建 | 改建 | 占计划 | 完成合计 | 新建 | 改建 | 占计划: the 户数 is the 在建 and 完成 totals
 * together, two figures apart, each the total of the figures right after it. In the rows with n figures (five rows
 * or more), figure t is the sum of two figures after it that do not follow it side by side when it adds up so as
 * written in four rows at least and fails in one at most (and in no more than a quarter), and no other two figures
 * after it do so: figure t stands in no sum found already, its two parts as the totals of sums at most.
 */
function apartSums(lines: readonly Line[], used: ReadonlySet<number>, totals: ReadonlySet<number>): Array<{ t: number; parts: number[]; holding: number }> {
  const n = lines[0]!.figures.length;
  if (lines.length < MIN_APART_ROWS) return [];
  const free = (i: number): boolean => !used.has(i) || totals.has(i);
  const out: Array<{ t: number; parts: number[]; holding: number }> = [];
  for (let t = 0; t + 2 < n; t++) {
    if (used.has(t)) continue;
    const fits: Array<{ t: number; parts: number[]; holding: number }> = [];
    for (let i = t + 1; i < n; i++) {
      if (!free(i)) continue;
      for (let j = i + 1; j < n; j++) {
        if ((i === t + 1 && j === t + 2) || !free(j)) continue;
        let holding = 0;
        let failing = 0;
        for (const l of lines) {
          const parts = [l.figures[i]!, l.figures[j]!];
          if (addsUp(l.figures[t]!, parts)) holding++;
          else if (!meets(l.figures[t]!, parts)) failing++;
        }
        if (holding >= MIN_APART_HOLDING && failing <= 1 && failing <= MAX_FAILING_SHARE * lines.length) fits.push({ t, parts: [i, j], holding });
      }
    }
    if (fits.length === 1) out.push(fits[0]!);
  }
  return out;
}

function relationOf(table: Table, line: Line, t: number, at: readonly number[], holding: number, rows: number): TableRelation {
  const total = line.figures[t]!;
  const parts = at.map((i) => line.figures[i]!);
  const k = parts.length;
  const after = at.every((i, x) => i === t + 1 + x);
  const before = at.every((i, x) => i === t - k + x);
  const which = after ? `其后${k}个数` : before ? `其前${k}个数` : `第${at.map((i) => i + 1).join('、')}个数`;
  const why = `这张表各行的数字个数不一，但同样个数的${rows}行中有${holding}行的第${t + 1}个数正好等于${which}之和，是它们的合计`;
  return writtenSum(table, total, parts, `“${line.label}”行第${t + 1}个数`, why);
}

/**
 * A table-sum relation of figures read as written in a table whose columns are unclear: the parts' sum against the
 * total `where` names, and `why` the sum is read (what the table's arithmetic or heading says), for its message.
 */
export function writtenSum(table: Table, total: Fig, parts: readonly Fig[], where: string, why: string): TableRelation {
  const holds = meets(total, parts);
  const decimals = Math.max(...[total, ...parts].map((f) => (f.cell.text.split('.')[1] ?? '').length));
  const s = parts.reduce((x, p) => x + p.value, 0);
  const list = parts.map((p) => p.cell.text.trim()).join(' + ');
  const sumText = formatNumber(Number(s.toFixed(decimals)), decimals);
  const arithmetic = `${list} = ${sumText}，${holds ? '与' : '不等于'}${where}${total.cell.text.trim()}${holds ? '相符' : ''}`;
  const message = holds
    ? ''
    : `表格合计与分项之和不符：${list} = ${sumText}，与${where}${total.cell.text.trim()}相差${formatNumber(Number(Math.abs(s - total.value).toFixed(decimals)), decimals)}；${why}，请核对`;
  return {
    rule: 'table-sum',
    table,
    anchor: total.cell,
    cells: [total.cell, ...parts.map((p) => p.cell)],
    prose: [],
    holds,
    arithmetic,
    message,
    related: parts.map((p) => ({ offset: p.cell.offset, endOffset: p.cell.endOffset, message: `分项 ${p.cell.text.trim()}` })),
  };
}

/** Heading cells of a progress table: the target, what was done, and the one as a percentage of the other. */
const TARGET_HEADING = /目标|目標|任务|任務|计划|計劃/;
const DONE_HEADING = /完成|實際|实际/;
const RATE_HEADING = /率|进度|進度|占比|之比|比例|[%％]/;
/** Heading cells searched for the three, at most (a table's heading stands at its top). */
const MAX_HEADING_CELLS = 40;

/** A cell of a plain number (no unit, no 万, not a year, not approximate) at least `min`, with its interval. */
function plain(c: TableCell | undefined, min: number): Fig | undefined {
  if (!c) return undefined;
  const r = readCell(c.text);
  const n = r.number;
  if (r.kind !== 'number' || !n || n.approximate || n.unit || n.multiplier !== 1 || n.yearLike || n.value < min) return undefined;
  return { cell: c, value: n.value, half: 0.5 * 10 ** -n.decimals };
}

/** A cell of a percentage written with its sign (96.64%). */
function percent(c: TableCell | undefined): Fig | undefined {
  if (!c) return undefined;
  const r = readCell(c.text);
  const n = r.number;
  if (r.kind !== 'number' || !n || n.approximate || n.unit?.kind !== 'percent' || n.multiplier !== 1) return undefined;
  return { cell: c, value: n.value, half: 0.5 * 10 ** -n.decimals };
}

/**
 * A progress table whose rows cannot be told apart (民生实事 reports: merged 序号 and 类别 cells, remarks in some rows,
 * rows of words only): its heading names a target, what was done and the rate side by side (目标任务 | 累计完成 |
 * 累计进度, 工作目标 | 已完成数 | 占比), and each row's figures stand so, whatever comes before them (县人社局 | 1100
 * | 1063 | 96.64%). Three figures in a row in the cells after the heading, a number, a number and a percentage, no
 * figure right before them: the percentage is the second over the first. Linear in the table's cells.
 */
export function unclearProgressRates(table: Table, source: string): TableRelation[] {
  if (!table.unclear) return [];
  const cells = [table.header, ...table.rows].flatMap((r) => r.cells).filter((c) => c.text.trim() !== '');
  let h = headingAt(cells.map((c) => c.text));
  // … or in the lines of pipes right above it (the heading cut off from a table whose rows could not be read)
  if (h < 0 && headingAt(pipedLinesAbove(source, table.offset)) < 0) return [];
  h = Math.max(h, 0);
  const out: TableRelation[] = [];
  for (let i = h; i + 2 < cells.length; i++) {
    const triple = progressTriple(cells, i);
    if (!triple) continue;
    out.push(progressRate(table, ...triple));
    i += 2;
  }
  return out;
}

/** The target, done and rate cells from cells[i] on: a number, a number and a percentage, no figure right before them. */
export function progressTriple(cells: readonly TableCell[], i: number): [Fig, Fig, Fig] | undefined {
  const target = plain(cells[i], 0);
  const done = target && plain(cells[i + 1], 0);
  const rate = done && percent(cells[i + 2]);
  if (!target || !done || !rate || target.value <= 0 || plain(cells[i - 1], -Infinity) || percent(cells[i - 1])) return undefined;
  return [target, done, rate];
}

/** The index after a progress table's target, done and rate heading cells side by side (目标任务 | 累计完成 | 累计进度); -1 if none. */
export function progressHeadingAt(texts: readonly string[]): number {
  return headingAt(texts);
}

const words = (text: string): string => text.replace(/[\s\u3000]+/g, '').replace(/[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[）)]/g, '');

/** The index after a target, a done and a rate heading side by side among the first cells (before any figure); -1 if none. */
function headingAt(texts: readonly string[]): number {
  for (let i = 0; i + 2 < Math.min(texts.length, MAX_HEADING_CELLS); i++) {
    const c = { offset: 0, endOffset: 0, text: texts[i]! };
    if (plain(c, -Infinity) || percent(c)) return -1;
    const [t, d, r] = [words(texts[i]!), words(texts[i + 1]!), words(texts[i + 2]!)];
    if (TARGET_HEADING.test(t) && !DONE_HEADING.test(t) && DONE_HEADING.test(d) && !RATE_HEADING.test(d) && RATE_HEADING.test(r) && ![t, d, r].some((x) => x.length > 8)) return i + 3;
  }
  return -1;
}

/** Lines with a pipe right above an offset (at most this many), read back to the first line without one: their cells, in order. */
const MAX_LINES_ABOVE = 80;
function pipedLinesAbove(source: string, offset: number): string[] {
  const lines: string[] = [];
  let end = source.lastIndexOf('\n', offset - 1);
  while (end > 0 && lines.length < MAX_LINES_ABOVE) {
    const start = source.lastIndexOf('\n', end - 1) + 1;
    const line = source.slice(start, end);
    if (!/[|｜]/.test(line)) break;
    lines.push(line);
    end = start - 1;
  }
  return lines
    .reverse()
    .flatMap((l) => l.split(/[|｜]/))
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** A target this small, written whole, over a whole number done, is a count of things set and done: exact. */
const COUNTED_TARGET = 100;

/**
 * The target and done of a progress row as counted things (5 | 5.00 | 100.00%: five 场馆 set, five opened): a small
 * target written whole and a whole number done are exact, not each ± a half (5 ± 0.5 would let 95% pass for 5 of 5).
 */
function countedPair(target: Fig, done: Fig): [Fig, Fig] {
  const whole = target.half === 0.5 && target.value < COUNTED_TARGET && Number.isInteger(done.value);
  return whole
    ? [
        { ...target, half: 0 },
        { ...done, half: 0 },
      ]
    : [target, done];
}

function progressRate(table: Table, target0: Fig, done0: Fig, rate: Fig): TableRelation {
  const [target, done] = countedPair(target0, done0);
  const lo = ((done.value - done.half) / (target.value + target.half)) * 100;
  const hi = ((done.value + done.half) / Math.max(EPS, target.value - target.half)) * 100;
  const holds = rate.value + rate.half >= lo - EPS * Math.max(1, lo) && rate.value - rate.half <= hi + EPS * Math.max(1, hi);
  const decimals = (rate.cell.text.split('.')[1] ?? '').replace(/[%％\s]/g, '').length;
  const q = formatNumber(Number(((done.value / target.value) * 100).toFixed(decimals + 1)), decimals + 1);
  const formula = `${done.cell.text.trim()} ÷ ${target.cell.text.trim()} = ${q}%`;
  return {
    rule: 'table-rate',
    table,
    anchor: rate.cell,
    cells: [rate.cell, done.cell, target.cell],
    prose: [],
    holds,
    arithmetic: holds ? `完成数${formula}，与${rate.cell.text.trim()}相符` : `完成数${formula}，表中为${rate.cell.text.trim()}`,
    message: holds ? '' : `完成进度与表中数字不符：完成数${formula}，表中写作${rate.cell.text.trim()}；请核对`,
    related: [
      { offset: done.cell.offset, endOffset: done.cell.endOffset, message: `完成数 ${done.cell.text.trim()}` },
      { offset: target.cell.offset, endOffset: target.cell.endOffset, message: `目标 ${target.cell.text.trim()}` },
    ],
  };
}

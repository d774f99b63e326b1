// A progress table whose heading cannot be put over its columns (民生工程 reports: a heading cell split over two lines,
// 目标 / 任务, groups of 目标任务 | 进度 | 完成比例（%） repeated for each measure, one measure without a 完成比例):
// the rows still stand figure by figure, and their arithmetic says where the ratios are. In the rows with as many
// figures as one another, where the k-th figure is the one before it over the one before that × 100 (5358 ÷ 4400 =
// 121.8) in nearly every row, it is that ratio, and a row of that length where it is not is a slip.

import { formatNumber } from '../figures/units';
import { plainFigure, readCell, type PlainFigure } from './cells';
import { percentOf } from './interval';
import type { Table, TableCell, TableRow } from './model';
import type { TableRelation } from './relations';
import { rowsByLength } from './unclear';

type Fig = PlainFigure;

/** Rows of one length a ratio must hold in, at least (not counting a ratio of 100, which any two equal figures make). */
const MIN_HOLDING = 3;
/** The share of the rows of that length it may fail in, at most. */
const MAX_FAILING_SHARE = 0.25;
/** Figures of a row at most (a longer row is no progress table's). */
const MAX_FIGURES = 24;
/** Words of a heading that announce a ratio in percent. */
const RATIO_HEADING = /完成比例|完成率|完成进度|完成情况[（(]?[%％]|进度[（(]?[%％]|比例[（(]?[%％]|执行率|到位率|办结率|[%％]/;

interface Line {
  label: string;
  figures: readonly Fig[];
}

/**
 * A row as its label (its first filled cell, words) and its figures (three to `most` of them); undefined when a cell
 * after the label is words or a dash, or one `refused` turns down.
 */
export function figureRow(cells: readonly TableCell[], most: number, refused: (c: TableCell) => boolean = () => false): { label: string; figures: Fig[] } | undefined {
  const filled = cells.filter((c) => c.text.trim() !== '');
  if (filled.length < 4 || filled.length > most + 1 || readCell(filled[0]!.text).kind !== 'text') return undefined;
  const figures: Fig[] = [];
  for (const c of filled.slice(1)) {
    const f = plainFigure(c);
    if (!f || refused(c)) return undefined;
    figures.push(f);
  }
  return { label: filled[0]!.text.trim(), figures };
}

/** A row of a progress table: its label's first line and its figures. */
function lineOf(cells: readonly TableCell[]): Line | undefined {
  const row = figureRow(cells, MAX_FIGURES);
  return row && { label: row.label.split('\n')[0]!, figures: row.figures };
}

/**
 * Whether figure t is figure n over figure d × 100 (by default the one before it over the one before that), at the
 * written precision (undefined: not comparable).
 */
export function ratioAt(figures: readonly Fig[], t: number, d = t - 2, n = t - 1): boolean | undefined {
  const [a, b, c] = [figures[d]!, figures[n]!, figures[t]!];
  // the ratio is a percentage, its two figures plain (a percentage over a percentage is a rate's progress, not this)
  if (a.value <= 0 || b.value < 0 || a.cell.text.includes('%') || b.cell.text.includes('%') || a.cell.text.includes('％') || b.cell.text.includes('％')) return undefined;
  return percentOf(c.iv, b.iv, a.iv);
}

/**
 * The ratios of a table's rows of one length: in the rows with n figures, figure t (after the two it is the ratio
 * of) holds in three rows at least that are not 100, and fails in at most a quarter of them. Read only when the
 * heading names a ratio in percent (完成比例（%）, 完成率). The ratios so found do not share a figure with one another.
 * A ratio with a cell in `read` (a cell the table's headings placed in a relation already) is left out.
 */
export function rowTriples(table: Table, read: ReadonlySet<TableCell> = new Set()): TableRelation[] {
  if (!namesRatio(table)) return [];
  // a ratio with a cell read already is left out: where no row reads as a label and figures, three of them unread,
  // none is (its rows are not read, on every keystroke in a table its headings placed; nor when the one row with
  // cells unread is the row being typed in, a figure broken by a character)
  const unread = (r: TableRow): boolean => r.cells.filter((c) => c.text.trim() !== '' && !read.has(c)).length >= 4;
  if (!table.rows.some((r) => unread(r) && (lineOf(r.cells)?.figures.filter((f) => !read.has(f.cell)).length ?? 0) >= 3)) return [];
  const byLength = rowsByLength(table, lineOf);
  const out: TableRelation[] = [];
  for (const [n, lines] of byLength) {
    for (const f of ratiosOfLines(lines, n)) {
      for (const l of lines) {
        if (ratioAt(l.figures, f.t, f.d, f.n) === undefined || readAlready(l, read, f.t, f.d, f.n)) continue;
        out.push(lineRatioRelation(table, l, f.t, f.holding, lines.length, f.d, f.n));
      }
    }
  }
  return out;
}

/** A ratio the rows of one length bear out: figure t is figure n over figure d × 100 in `holding` rows. */
export interface LineRatio {
  t: number;
  d: number;
  n: number;
  holding: number;
}

/**
 * The ratios of the rows of one length (n figures): figure t over the two right before it, then those of two figures
 * apart; none shares a figure with another of the first kind.
 */
export function ratiosOfLines(lines: ReadonlyArray<{ figures: readonly Fig[] }>, n: number): LineRatio[] {
  if (lines.length < MIN_HOLDING) return [];
  const out: LineRatio[] = [];
  let from = 2;
  const taken = new Set<number>();
  for (let t = 2; t < n; t++) {
    if (t < from) continue;
    const { holding, failing } = tally(lines, t, t - 2, t - 1);
    if (holding < MIN_HOLDING || failing > MAX_FAILING_SHARE * lines.length) continue;
    out.push({ t, d: t - 2, n: t - 1, holding });
    for (const i of [t - 2, t - 1, t]) taken.add(i);
    from = t + 3;
  }
  out.push(...apartRatios(lines, n, taken));
  return out;
}

/** Whether a table's heading (or its first rows) names a ratio in percent (完成比例（%）, 完成率). */
export function namesRatio(table: Table): boolean {
  const heading = [table.header, ...table.rows.slice(0, 3)].flatMap((r) => r.cells.map((c) => c.text.replace(/[\s\u3000]+/g, '')));
  return heading.some((h) => RATIO_HEADING.test(h) && readCell(h).kind === 'text');
}

/** Whether one of the three figures of a ratio of the line is in `read`. */
function readAlready(line: Line, read: ReadonlySet<TableCell>, t: number, d = t - 2, n = t - 1): boolean {
  return [t, d, n].some((i) => read.has(line.figures[i]!.cell));
}

/** The rows of one length where figure t is figure n over figure d × 100 (not counting a ratio of 100 or 0), and where it is not. */
function tally(lines: ReadonlyArray<{ figures: readonly Fig[] }>, t: number, d: number, n: number, narrow = false): { holding: number; failing: number } {
  let holding = 0;
  let failing = 0;
  for (const l of lines) {
    const h = ratioAt(l.figures, t, d, n);
    if (h === undefined) continue;
    if (!h) failing++;
    else if (l.figures[t]!.value !== 100 && l.figures[t]!.value !== 0 && (!narrow || pinned(l.figures[n]!, l.figures[d]!))) holding++;
  }
  return { holding, failing };
}

/** Whether n over d as written is pinned down to a point of percentage or less (3 over 1 is anything from 2.5 to 3.5). */
function pinned(n: Fig, d: Fig): boolean {
  return n.value > 0 && d.iv.lo > 0 && (n.iv.hi / d.iv.lo - n.iv.lo / d.iv.hi) * 100 <= 1;
}

/** Rows of one length a ratio of two figures apart must be read in, at least, and hold in (a wider search: more evidence). */
const MIN_APART_ROWS = 5;
const MIN_APART_HOLDING = 4;

/**
 * 户数 | 新寨 | 在建户数 | 新建 | 改建 | 占计划（%）: the ratio of two figures that do not stand right before it (在建户数 ÷
 * 户数). In the rows with n figures (five rows or more), figure t that is no ratio found already is figure n over
 * figure d × 100, both before it, when it is so in four rows at least (not 100 or 0, nor a quotient its small figures
 * leave wide) and not so in one at most (and
 * in no more than a quarter), and no other two figures before it are so.
 */
function apartRatios(lines: ReadonlyArray<{ figures: readonly Fig[] }>, n: number, taken: ReadonlySet<number>): Array<{ t: number; d: number; n: number; holding: number }> {
  if (lines.length < MIN_APART_ROWS) return [];
  const out: Array<{ t: number; d: number; n: number; holding: number }> = [];
  for (let t = 2; t < n; t++) {
    if (taken.has(t)) continue;
    const fits: Array<{ t: number; d: number; n: number; holding: number }> = [];
    for (let d = 0; d < t; d++) {
      for (let m = 0; m < t; m++) {
        if (m === d || (d === t - 2 && m === t - 1)) continue;
        const { holding, failing } = tally(lines, t, d, m, true);
        if (holding >= MIN_APART_HOLDING && failing <= 1 && failing <= MAX_FAILING_SHARE * lines.length) fits.push({ t, d, n: m, holding });
      }
    }
    if (fits.length === 1) out.push(fits[0]!);
  }
  return out;
}

/**
 * The ratio relation of figure t of a line over figures n and d; `placed` names the figure and says how the ratio was
 * read where the line's figures were placed in the columns of longer lines (by default: figure t of so many rows).
 */
export function lineRatioRelation(table: Table, line: Line, t: number, holding: number, rows: number, d = t - 2, n = t - 1, placed?: { where: string; why: string }): TableRelation {
  const [a, b, c] = [line.figures[d]!, line.figures[n]!, line.figures[t]!];
  const holds = ratioAt(line.figures, t, d, n) === true;
  const apart = d !== t - 2 || n !== t - 1;
  const q = (b.value / a.value) * 100;
  const formula = `${b.cell.text.trim()} ÷ ${a.cell.text.trim()} × 100 = ${formatNumber(Number(q.toFixed(c.decimals + 1)), c.decimals + 1)}`;
  const where = placed?.where ?? `“${line.label}”行第${t + 1}个数`;
  return {
    rule: 'table-rate',
    table,
    anchor: c.cell,
    cells: [c.cell, b.cell, a.cell],
    prose: [],
    holds,
    arithmetic: holds ? `${formula}，与${where}${c.cell.text.trim()}相符` : `${formula}，${where}为${c.cell.text.trim()}`,
    message: `比例与表中数字不符：${formula}，${where}写作${c.cell.text.trim()}；${placed?.why ?? `同样个数的${rows}行中有${holding}行的第${t + 1}个数正好等于${apart ? `第${n + 1}个数除以第${d + 1}个数` : '前一个数除以再前一个数'}（百分比）`}，请核对`,
    related: [
      { offset: b.cell.offset, endOffset: b.cell.endOffset, message: `完成 ${b.cell.text.trim()}` },
      { offset: a.cell.offset, endOffset: a.cell.endOffset, message: `目标 ${a.cell.text.trim()}` },
    ],
  };
}

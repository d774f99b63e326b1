// A row of a pasted table that lost its empty cells in copying (4.其他收入 | 122,418.14 | 189,965.82 | 1,094,445.48 |
// -82.64% | |||| under 预算数 | 调整后预算数 | 当期 | 累计 | 上年同期 | 进度% | 增长%), its figures placed by the table's own
// arithmetic: a percentage column that is, in every full row, the growth or the ratio of two amount columns tells
// where a short row's percentage and the two amounts it is computed from stand. Only what every placement that bears
// the arithmetic out agrees on is placed; the rest stays unplaced.

import { readCell } from './cells';
import type { TableCell, TableRow } from './model';

/** A figure column of the table: its index and whether it holds percentages (a share, a rate, a growth). */
export interface FigureColumn {
  index: number;
  percent: boolean;
}

/** Where a short row's figure stands: a cell, an empty cell (none), or not known. */
export type Placed = TableCell | 'blank' | 'unplaced';

/** Percentage column `p` as the growth of column `a` over column `b`, or as `a` over `b`, in every full row. */
interface Law {
  p: number;
  a: number;
  b: number;
  kind: 'growth' | 'ratio';
}

/** Full rows a law must hold in, at least; placements tried for one row, at most. */
const MIN_LAW_ROWS = 3;
const MAX_PLACEMENTS = 5000;

interface Figure {
  value: number;
  half: number;
  percent: boolean;
}

function figureOf(c: TableCell | undefined): Figure | undefined {
  const r = readCell(c?.text ?? '');
  const n = r.number;
  if (r.kind !== 'number' || !n || n.approximate || n.multiplier !== 1) return undefined;
  return { value: n.value, half: 0.5 * 10 ** -n.decimals, percent: /[%％]\s*$/.test(c!.text) };
}

/** Whether a stated percentage is the growth or ratio of two figures, at the precision of all three. */
function bears(kind: Law['kind'], p: Figure, a: Figure, b: Figure): boolean {
  if (b.value === 0 || (kind === 'ratio' && a.value < 0)) return false;
  const computed = kind === 'growth' ? ((a.value - b.value) / b.value) * 100 : (a.value / b.value) * 100;
  // the quotient's slack from the amounts' last digits (negligible for amounts in the thousands)
  const slack = Math.abs(a.value / b.value) * 100 * (a.half / Math.max(Math.abs(a.value), a.half) + b.half / Math.abs(b.value));
  return Math.abs(computed - p.value) <= p.half + slack + 1e-9;
}

/** The laws the table's full rows bear out: each percentage column against every pair of amount columns. */
function lawsOf(columns: readonly FigureColumn[], full: readonly TableRow[]): Law[] {
  if (full.length < MIN_LAW_ROWS) return [];
  const laws: Law[] = [];
  for (const p of columns.filter((c) => c.percent))
    for (const a of columns.filter((c) => !c.percent))
      for (const b of columns.filter((c) => !c.percent && c !== a))
        for (const kind of ['growth', 'ratio'] as const) {
          let rows = 0;
          const all = full.every((r) => {
            const [fp, fa, fb] = [r.cells[p.index], r.cells[a.index], r.cells[b.index]].map(figureOf);
            if (!fp || !fa || !fb) return true;
            rows++;
            return bears(kind, fp, fa, fb);
          });
          if (all && rows >= MIN_LAW_ROWS) laws.push({ p: p.index, a: a.index, b: b.index, kind });
        }
  return laws;
}

/** Column `t` as the sum of columns `a` and `b` in every full row, at the precision of the three. */
interface SumLaw {
  t: number;
  a: number;
  b: number;
}

/** Whether a figure is two others added up, at the precision of the three. */
const adds = (t: Figure, a: Figure, b: Figure): boolean => Math.abs(a.value + b.value - t.value) <= t.half + a.half + b.half + 1e-9;

/** The sums of two amount columns the table's full rows bear out (none of the three 0 in a row counted). */
function sumLawsOf(columns: readonly FigureColumn[], full: readonly TableRow[]): SumLaw[] {
  const amounts = columns.filter((c) => !c.percent);
  const laws: SumLaw[] = [];
  for (const t of amounts)
    for (const a of amounts)
      for (const b of amounts) {
        if (b.index <= a.index || t === a || t === b) continue;
        let rows = 0;
        const all = full.every((r) => {
          const [ft, fa, fb] = [r.cells[t.index], r.cells[a.index], r.cells[b.index]].map(figureOf);
          if (!ft || !fa || !fb || ft.percent || fa.percent || fb.percent || fa.value === 0 || fb.value === 0) return true;
          rows++;
          return adds(ft, fa, fb);
        });
        if (all && rows >= MIN_LAW_ROWS) laws.push({ t: t.index, a: a.index, b: b.index });
      }
  return laws;
}

/**
 * A figure column whose heading says nothing of percentages (a yearbook's 占总收入比重 with its headings lost) but whose
 * every full row holds a figure between 0 and 100, one at least with decimals, none with a % of its own: it may be a
 * column of percentages, and is read as one where a law of the full rows makes it the ratio or growth of two others.
 */
function percentLike(column: FigureColumn, full: readonly TableRow[]): boolean {
  if (column.percent || full.length < MIN_LAW_ROWS) return false;
  let decimals = false;
  for (const r of full) {
    const f = figureOf(r.cells[column.index]);
    if (!f || f.percent || f.value < 0 || f.value > 100) return false;
    if (f.half < 0.5) decimals = true;
  }
  return decimals;
}

/**
 * The columns of a short row's figures, where the laws of its table's full rows place them: every order-keeping
 * placement of its figures (a percentage under a percentage column only) whose every percentage a law bears out with
 * the two amounts placed where the law reads them; a column gets the cell all such placements give it, none when none
 * does, and stays unplaced where they differ. Undefined when the row has no percentage, or no placement is borne out.
 */
export function placedByArithmetic(row: TableRow, labelColumn: number, columns: readonly FigureColumn[], full: readonly TableRow[]): Map<number, Placed> | undefined {
  const cells = row.cells.filter((c, i) => i !== labelColumn && c.text.trim() !== '');
  const figures = cells.map(figureOf);
  if (figures.some((f) => !f) || cells.length > columns.length) return undefined;
  // (columns of percentages their figures and the full rows' laws show, where the headings do not: a figure without
  // a % may stand there, and is then borne out as a percentage)
  const unsigned = lawsOf(
    columns.map((c) => (percentLike(c, full) ? { ...c, percent: true } : c)),
    full,
  ).filter((law) => !columns.find((c) => c.index === law.p)!.percent);
  const inferred = new Set(unsigned.map((law) => law.p));
  if (!figures.some((f) => f!.percent) && inferred.size === 0) return undefined;
  const laws = [...lawsOf(columns, full), ...unsigned];
  if (laws.length === 0) return undefined;
  const percentAt = (k: number): boolean => columns[k]!.percent || inferred.has(columns[k]!.index);
  const accepted: number[][] = [];
  // failing those, the placements bearing out the most percentages (one at least) with one left that no law bears
  // out: a slip in that figure, which its own relation then reports, where the others place the row
  const slipped: number[][] = [];
  let most = 1;
  let tried = 0;
  const at: number[] = [];
  const borne = (f: Figure, i: number): boolean => {
    const p = columns[at[i]!]!.index;
    return laws.some((law) => {
      if (law.p !== p) return false;
      const ia = at.findIndex((k) => columns[k]!.index === law.a);
      const ib = at.findIndex((k) => columns[k]!.index === law.b);
      return ia >= 0 && ib >= 0 && bears(law.kind, f, figures[ia]!, figures[ib]!);
    });
  };
  // (the sums of the full rows count too where a percentage fails, its own law placing nothing: 总收入 = 国家财政补贴 +
  // 地方收入 places the total a failing 占总收入比重 reads)
  let sums: SumLaw[] | undefined;
  const figureAt = (column: number): Figure | undefined => {
    const i = at.findIndex((k) => columns[k]!.index === column);
    return i >= 0 ? figures[i] : undefined;
  };
  const tally = (): { held: number; missed: number } => {
    let held = 0;
    let missed = 0;
    figures.forEach((f, i) => {
      if (!percentAt(at[i]!)) return;
      if (borne(f!, i)) held++;
      else missed++;
    });
    if (missed !== 1) return { held, missed };
    sums ??= sumLawsOf(columns, full);
    for (const law of sums) {
      const [t, a, b] = [figureAt(law.t), figureAt(law.a), figureAt(law.b)];
      if (!t || !a || !b || t.percent || a.percent || b.percent || a.value === 0 || b.value === 0) continue;
      if (adds(t, a, b)) held++;
      else missed++;
    }
    return { held, missed };
  };
  const place = (i: number, from: number): void => {
    if (tried > MAX_PLACEMENTS) return;
    if (i === figures.length) {
      tried++;
      const { held, missed } = tally();
      if (missed === 0) accepted.push([...at]);
      else if (missed === 1 && held >= most) {
        if (held > most) slipped.length = 0;
        most = held;
        slipped.push([...at]);
      }
      return;
    }
    for (let k = from; k <= columns.length - (figures.length - i); k++) {
      if (figures[i]!.percent ? !percentAt(k) : columns[k]!.percent) continue;
      at.push(k);
      place(i + 1, k + 1);
      at.pop();
    }
  };
  place(0, 0);
  const chosen = accepted.length > 0 ? accepted : slipped;
  if (tried > MAX_PLACEMENTS || chosen.length === 0) return undefined;
  const out = new Map<number, Placed>();
  columns.forEach((column, k) => {
    const given = chosen.map((a) => a.indexOf(k));
    const first = given[0]!;
    out.set(column.index, given.some((g) => g !== first) ? 'unplaced' : first < 0 ? 'blank' : cells[first]!);
  });
  return out;
}

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

/**
 * The columns of a short row's figures, where the laws of its table's full rows place them: every order-keeping
 * placement of its figures (a percentage under a percentage column only) whose every percentage a law bears out with
 * the two amounts placed where the law reads them; a column gets the cell all such placements give it, none when none
 * does, and stays unplaced where they differ. Undefined when the row has no percentage, or no placement is borne out.
 */
export function placedByArithmetic(row: TableRow, labelColumn: number, columns: readonly FigureColumn[], full: readonly TableRow[]): Map<number, Placed> | undefined {
  const cells = row.cells.filter((c, i) => i !== labelColumn && c.text.trim() !== '');
  const figures = cells.map(figureOf);
  if (figures.some((f) => !f) || !figures.some((f) => f!.percent) || cells.length > columns.length) return undefined;
  const laws = lawsOf(columns, full);
  if (laws.length === 0) return undefined;
  const accepted: number[][] = [];
  let tried = 0;
  const at: number[] = [];
  const verified = (): boolean =>
    figures.every((f, i) => {
      if (!f!.percent) return true;
      const p = columns[at[i]!]!.index;
      return laws.some((law) => {
        if (law.p !== p) return false;
        const ia = at.findIndex((k) => columns[k]!.index === law.a);
        const ib = at.findIndex((k) => columns[k]!.index === law.b);
        return ia >= 0 && ib >= 0 && bears(law.kind, f!, figures[ia]!, figures[ib]!);
      });
    });
  const place = (i: number, from: number): void => {
    if (tried > MAX_PLACEMENTS) return;
    if (i === figures.length) {
      tried++;
      if (verified()) accepted.push([...at]);
      return;
    }
    for (let k = from; k <= columns.length - (figures.length - i); k++) {
      if (columns[k]!.percent !== figures[i]!.percent) continue;
      at.push(k);
      place(i + 1, k + 1);
      at.pop();
    }
  };
  place(0, 0);
  if (tried > MAX_PLACEMENTS || accepted.length === 0) return undefined;
  const out = new Map<number, Placed>();
  columns.forEach((column, k) => {
    const given = accepted.map((a) => a.indexOf(k));
    const first = given[0]!;
    out.set(column.index, given.some((g) => g !== first) ? 'unplaced' : first < 0 ? 'blank' : cells[first]!);
  });
  return out;
}

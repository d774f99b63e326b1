// A column of growth rates told by its figures where its heading was lost in copying: 診療人次數（萬人次）| 診療人次增長(% |
// 出院人數（萬人）| 出院人數增長(% over 2018 1-10 | 2019 1-10 twice, pasted one cell a line, leaves the growth columns under
// a year's heading. A column each of whose figures is the growth from the amount two columns before it to the one right
// before it, row after row, is that growth, whatever its heading says: it is summed down the table no more, and read as
// the growth of those two columns.

import type { CellValue, Column, Grid, GridRow, Slot } from './grid';
import { div, overlaps, scale, sub, type Interval } from './interval';

/** Rows a column's figures must bear the growth out in, and the share of its rows compared they must be (a slip in one of seven leaves it read). */
const MIN_ROWS = 4;
const MOST = 0.85;

const isValue = (v: Slot): v is CellValue => typeof v === 'object';
const intervalOf = (v: CellValue): Interval => ({ lo: v.lo, hi: v.hi });

/** The pairs of amount columns a growth column was found to compare by its figures. */
const PAIRED = new WeakMap<Column, { current: Column; previous: Column }>();

/** The two columns a growth column told by its figures compares, if it was. */
export function pairedByValues(g: Column): { current: Column; previous: Column } | undefined {
  return PAIRED.get(g);
}

/**
 * 指标名称 单位 数量 上期 环比 / 1 2 3: a row numbering the columns (栏次), whole numbers one after the other across them, is no
 * row of figures: no growth is read in it.
 */
export function numberingRow(grid: Grid, row: GridRow, columns: readonly Column[]): boolean {
  const cells = [...columns].sort((a, b) => a.index - b.index).map((c) => grid.values[row.index]![c.index]);
  return cells.every((v, k) => isValue(v) && v.decimals === 0 && (k === 0 || v.value === (cells[k - 1] as CellValue).value + 1));
}

/** Whether the growth from `previous` to `current` is `g`'s figure in most rows, `MIN_ROWS` at least. */
function growthOf(grid: Grid, g: Column, previous: Column, current: Column): boolean {
  let holds = 0;
  let compared = 0;
  for (const row of grid.rows) {
    const [stated, prev, cur] = [grid.values[row.index]![g.index], grid.values[row.index]![previous.index], grid.values[row.index]![current.index]];
    if (!isValue(stated) || !isValue(prev) || !isValue(cur) || stated.approximate || prev.approximate || cur.approximate || prev.value <= 0) continue;
    if (numberingRow(grid, row, [g, previous, current])) continue;
    const q = div(sub(intervalOf(cur), intervalOf(prev)), intervalOf(prev));
    if (!q) continue;
    compared++;
    if (overlaps(intervalOf(stated), scale(q, 100))) holds++;
  }
  return holds >= MIN_ROWS && holds >= MOST * compared;
}

/**
 * 一、醫院 | 292276.7 | 308594.7 | 5.6 | 16211.0 | 16757.2 | 3.4: an amount column right after two amount columns, each of
 * its figures the growth from the first of them to the second (or from the second to the first), becomes a growth
 * column comparing them.
 */
export function growthColumnsByValues(grid: Grid): void {
  const cols = grid.columns;
  for (let i = 2; i < cols.length; i++) {
    const [g, a, b] = [cols[i]!, cols[i - 2]!, cols[i - 1]!];
    if (g.role !== 'amount' || a.role !== 'amount' || b.role !== 'amount' || PAIRED.has(g)) continue;
    const pair = growthOf(grid, g, a, b) ? { current: b, previous: a } : growthOf(grid, g, b, a) ? { current: a, previous: b } : undefined;
    if (!pair) continue;
    g.role = 'growth';
    PAIRED.set(g, pair);
  }
}

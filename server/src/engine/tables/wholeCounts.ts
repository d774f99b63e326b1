// A table of whole numbers with no unit anywhere and no money among its words, whose 合计 rows and columns add up to
// the last digit wherever they are read (举报 by 地区 under 未办理 | 办理中 | 已办结 | 合计, 事故起数 by 县区): its figures
// count things, each exact. Read at their written precision instead (each whole figure ± 0.5), a total of seventeen
// parts could be off by eight and still “add up”; the table's own arithmetic shows it was not rounded.

import { MONEY_LIKE, type CellValue, type Grid } from './grid';
import type { TableCell } from './model';
import { tableRelations, type TableRelation } from './relations';

/** Sums adding up to the last digit, at least, before a table's figures are taken for exact counts. */
const EXACT_SUMS = 3;
/** Sums off by less than their figures' rounding, at most (a slip in one cell is off in its row and its column). */
const SLACK_SUMS = 2;
/** Sums adding up to the last digit for each one off within rounding, at least. */
const EXACT_PER_SLACK = 4;

/** A figure written whole, without a unit or a 万 of its own (a count as written). */
const bareWhole = (v: CellValue): boolean => v.decimals === 0 && v.scale === 1 && !v.unit;

/** No unit line, no unit in the 表题, no unit column or heading, no money in any label: nothing says it is rounded. */
function unitless(grid: Grid): boolean {
  if (grid.table.unit || (grid.table.caption && /单位|單位|[万亿萬億]|元/.test(grid.table.caption.text))) return false;
  if (grid.columns.some((c) => c.unit || c.role === 'unit' || MONEY_LIKE.test(c.label))) return false;
  if (grid.rows.some((r) => r.unit || MONEY_LIKE.test(r.label))) return false;
  const amounts = grid.columns.filter((c) => c.role === 'amount');
  return amounts.length >= 2 && grid.values.every((row) => amounts.every((c) => typeof row[c.index] !== 'object' || bareWhole(row[c.index] as CellValue)));
}

/** How the table's exact sums of whole figures come out: to the last digit (two parts not zero), or only within rounding. */
function sumsTally(grid: Grid, relations: readonly TableRelation[]): { exact: number; slack: number } {
  const valueOf = new Map<TableCell, CellValue>();
  for (const row of grid.values) for (const v of row) if (typeof v === 'object') valueOf.set(v.cell, v);
  let exact = 0;
  let slack = 0;
  for (const r of relations) {
    if (r.rule !== 'table-sum' || r.exact !== true || !r.holds) continue;
    const total = valueOf.get(r.anchor);
    const parts = r.cells.filter((c) => c !== r.anchor).map((c) => valueOf.get(c));
    if (!total || !bareWhole(total) || parts.some((p) => !p || !bareWhole(p))) continue;
    const s = parts.reduce((x, p) => x + p!.value, 0);
    if (s !== total.value) slack++;
    else if (parts.filter((p) => p!.value !== 0).length >= 2) exact++;
  }
  return { exact, slack };
}

/**
 * The relations of a grid, its amount columns read as exact counts when the table is unitless (above) and its sums add
 * up to the last digit in all but one slip's (its row's and its column's): the slip then no longer passes for rounding.
 */
export function relationsOfCounts(grid: Grid): TableRelation[] {
  const relations = tableRelations(grid);
  if (!unitless(grid)) return relations;
  const { exact, slack } = sumsTally(grid, relations);
  if (slack === 0 || slack > SLACK_SUMS || exact < EXACT_SUMS || exact < EXACT_PER_SLACK * slack) return relations;
  for (const c of grid.columns) if (c.role === 'amount') c.counted = true;
  return tableRelations(grid);
}

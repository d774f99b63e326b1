// Rows of a pasted table whose figures moved left over empty cells: a yearbook row | 3.制造业 | 31333 | 58 | 31275 | |
// under 合 计 | 国 有 | 城镇集体 | 其 他 lost its empty 国有 cell in copying, and the copy padded the row's end instead.
// Nothing in the row tells where its empty cell stood (58 | 31275 add up to 31333 in any two columns); the columns
// do: each breakdown of the 总计 row adds up to it in every column, and of the ways of putting such rows' figures
// back (in their order) the one where the columns add up is the row's. Where two ways do, the row is not placed.

import { overlaps, type Interval } from './interval';
import type { CellValue, Column, Grid, GridRow, Slot } from './grid';
import { breakdowns, type Breakdown } from './structure';

/** Placements of one breakdown's rows tried at most (a long list of such rows is left as it stands). */
const MAX_PLACEMENT_NODES = 20_000;

const isValue = (v: Slot): v is CellValue => typeof v === 'object';

/** An empty cell (no dash: a dash is a figure of none, written where it stands). */
const emptyCell = (grid: Grid, r: GridRow, c: Column): boolean => grid.values[r.index]![c.index] === 'blank' && (r.row.cells[c.index]?.text.trim() ?? '') === '';

/**
 * The columns a 合计 column sums: the amount columns right after it, none a total or a 其中 column, two or more, in
 * one unit (figures moved among them keep their meaning).
 */
function partColumns(grid: Grid): { t: Column; parts: Column[] } | undefined {
  const t = grid.columns.find((c) => c.total && c.role === 'amount');
  if (!t) return undefined;
  const parts: Column[] = [];
  for (let i = t.index + 1; i < grid.columns.length; i++) {
    const c = grid.columns[i]!;
    if (c.role !== 'amount' || c.total || c.subset) break;
    parts.push(c);
  }
  if (parts.length < 2 || parts.some((c) => c.unit?.text !== t.unit?.text)) return undefined;
  return { t, parts };
}

/** How many figures a row holds in the part columns, when they stand first and only empty cells follow them (one at least). */
function movedCount(grid: Grid, r: GridRow, t: Column, parts: readonly Column[]): number | undefined {
  const slots = parts.map((c) => grid.values[r.index]![c.index]);
  const total = grid.values[r.index]![t.index];
  if (!isValue(total) || total.value < 0) return undefined;
  const k = slots.findIndex((s) => !isValue(s));
  if (k <= 0 || !parts.slice(k).every((c) => emptyCell(grid, r, c))) return undefined;
  if (!slots.slice(0, k).every((s) => isValue(s) && s.value >= 0)) return undefined;
  return k;
}

/** The ordered choices of k columns of n: where a row's k figures may stand. */
function choices(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]): void => {
    if (chosen.length === k) {
      out.push(chosen);
      return;
    }
    for (let j = from; j <= n - (k - chosen.length); j++) pick(j + 1, [...chosen, j]);
  };
  pick(0, []);
  return out;
}

/**
 * For one breakdown: each moved row's placement (an index into its choices), or 'unsure' where the readings that
 * leave the fewest columns failing (one at most: a slip) put it in different columns; undefined when no reading
 * leaves at most one column failing, or the search is too long.
 */
function placementsOf(grid: Grid, b: Breakdown, parts: readonly Column[], moved: ReadonlyMap<GridRow, number>): Map<GridRow, number | 'unsure'> | undefined {
  const n = parts.length;
  const need: Interval[] = [];
  for (const c of parts) {
    const total = grid.values[b.total.index]![c.index];
    if (!isValue(total)) return undefined;
    let lo = total.lo;
    let hi = total.hi;
    for (const p of b.parts) {
      if (moved.has(p)) continue;
      const v = grid.values[p.index]![c.index];
      if (isValue(v)) {
        lo -= v.hi;
        hi -= v.lo;
      } else if (v !== 'blank' && v !== undefined) return undefined;
    }
    need.push({ lo, hi });
  }
  // the largest figures first: a column is over its total soonest
  const rows = [...moved.keys()].sort((x, y) => Math.max(...figures(grid, y, parts)) - Math.max(...figures(grid, x, parts)));
  const options = rows.map((r) => choices(n, moved.get(r)!));
  const chosen: number[] = [];
  const acc = parts.map(() => ({ lo: 0, hi: 0 }));
  // the fewest columns failing so far (one at most is read: a slip)
  let best = 1;
  let nodes = 0;
  const agreed = new Map<GridRow, Set<number>>();
  const failing = (): number => acc.filter((a, j) => a.lo > need[j]!.hi + 1e-9 * Math.max(1, need[j]!.hi)).length;
  const visit = (i: number): void => {
    if (++nodes > MAX_PLACEMENT_NODES || failing() > best) return;
    if (i === rows.length) {
      const fails = acc.filter((a, j) => !overlaps(a, need[j]!)).length;
      if (fails > best) return;
      if (fails < best || agreed.size === 0) {
        best = fails;
        agreed.clear();
      }
      rows.forEach((r, x) => {
        const set = agreed.get(r) ?? new Set<number>();
        set.add(chosen[x]!);
        agreed.set(r, set);
      });
      return;
    }
    const r = rows[i]!;
    for (const [o, columns] of options[i]!.entries()) {
      columns.forEach((j, x) => {
        acc[j]!.lo += cellOf(grid, r, parts, x).lo;
        acc[j]!.hi += cellOf(grid, r, parts, x).hi;
      });
      chosen[i] = o;
      visit(i + 1);
      columns.forEach((j, x) => {
        acc[j]!.lo -= cellOf(grid, r, parts, x).lo;
        acc[j]!.hi -= cellOf(grid, r, parts, x).hi;
      });
    }
  };
  visit(0);
  if (nodes > MAX_PLACEMENT_NODES || agreed.size === 0) return undefined;
  return new Map(rows.map((r) => [r, agreed.get(r)!.size === 1 ? [...agreed.get(r)!][0]! : 'unsure']));
}

/** A moved row's figures as written (in the first part columns). */
function figures(grid: Grid, r: GridRow, parts: readonly Column[]): number[] {
  return parts
    .map((c) => grid.values[r.index]![c.index])
    .filter(isValue)
    .map((v) => v.value);
}

/** The x-th figure of a moved row. */
function cellOf(grid: Grid, r: GridRow, parts: readonly Column[], x: number): CellValue {
  return grid.values[r.index]![parts[x]!.index] as CellValue;
}

/**
 * The grid with rows whose figures moved left placed where the columns add up (or their part cells 'unplaced'
 * where two placements do); the grid itself when no row moved or nothing tells.
 */
export function movedRowsPlaced(grid: Grid): Grid {
  if (grid.table.source !== 'pipe') return grid;
  const found = partColumns(grid);
  if (!found) return grid;
  const { t, parts } = found;
  const candidates = grid.rows.filter((r) => r.kind === 'item' && movedCount(grid, r, t, parts) !== undefined);
  if (candidates.length === 0) return grid;
  const placed = new Map<GridRow, number[] | 'unsure'>();
  for (const b of breakdowns(grid)) {
    if (b.basis !== 'labelled' || !parts.every((c) => isValue(grid.values[b.total.index]![c.index]))) continue;
    const moved = new Map<GridRow, number>();
    for (const p of b.parts) {
      const k = candidates.includes(p) ? movedCount(grid, p, t, parts) : undefined;
      if (k !== undefined) moved.set(p, k);
    }
    if (moved.size === 0) continue;
    const readings = placementsOf(grid, b, parts, moved);
    if (!readings) continue;
    for (const [r, o] of readings) {
      const columns = o === 'unsure' ? o : choices(parts.length, moved.get(r)!)[o]!;
      const before = placed.get(r);
      placed.set(r, before === undefined || (before !== 'unsure' && columns !== 'unsure' && before.join() === columns.join()) ? columns : 'unsure');
    }
  }
  const changed = [...placed].filter(([, columns]) => columns === 'unsure' || columns.some((j, x) => j !== x));
  if (changed.length === 0) return grid;
  const values = grid.values.map((row) => [...row]);
  for (const [r, columns] of changed) {
    const row = values[r.index]!;
    const moved = parts.map((c) => grid.values[r.index]![c.index]).filter(isValue);
    for (const c of parts) row[c.index] = columns === 'unsure' ? 'unplaced' : 'blank';
    if (columns !== 'unsure') columns.forEach((j, x) => (row[parts[j]!.index] = { ...moved[x]!, column: parts[j]! }));
  }
  return { ...grid, values };
}

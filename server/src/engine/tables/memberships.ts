// A yearbook's table of places and, after a group row (按经济区域分), the regions they make up (珠三角 | 粤东 | 粤西 |
// 粤北 after the twenty-one cities of 广东): which cities each region holds the table never says, and no heading or
// label can tell. Its arithmetic can: the cities fall into the regions one way only that makes every region's
// figure their sum, to the last digit, in every year column at once. A slip in one column leaves the others to fix
// the membership, and that column's region then fails.

import type { CellValue, Column, Grid, GridRow, Slot } from './grid';
import { rowName, sumRelation, type TableRelation } from './relations';

/** Rows listed before the group row, at least (fewer are too easily split by chance). */
const MIN_MEMBERS = 4;
/** Columns whose regions and places come to the same total, at least, and more than those that do not. */
const MIN_AGREEING_COLUMNS = 2;
/** Assignments tried at most: a table's membership is found in a few hundred; a search that runs on is no sure reading. */
const MAX_NODES = 50_000;

const isValue = (v: Slot): v is CellValue => typeof v === 'object';

/** The run of item rows right before (step −1) or right after (step 1) a row. */
function itemRun(grid: Grid, from: GridRow, step: 1 | -1): GridRow[] {
  const run: GridRow[] = [];
  for (let i = from.index + step; i >= 0 && i < grid.rows.length && grid.rows[i]!.kind === 'item'; i += step) run.push(grid.rows[i]!);
  return step === 1 ? run : run.reverse();
}

/**
 * A column's figures as whole numbers of its last written digit (a dash for none is 0), or undefined when a cell is
 * words, approximate, negative, or written to another precision or scale than the rest (their sums would round).
 */
function wholeDigits(grid: Grid, c: Column, rows: readonly GridRow[]): number[] | undefined {
  let shape: string | undefined;
  const out: number[] = [];
  for (const r of rows) {
    const v = grid.values[r.index]![c.index];
    if (v === 'blank') {
      out.push(0);
      continue;
    }
    if (!isValue(v) || v.approximate || v.percent || v.value < 0) return undefined;
    const s = `${v.decimals} ${v.scale}`;
    if (shape !== undefined && s !== shape) return undefined;
    shape = s;
    out.push(Math.round((v.value / v.scale) * 10 ** v.decimals));
  }
  return out;
}

const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * The one way the places fall into the regions so that each region's figure is its places' sum in every column
 * given (figures as whole digits, places by region), or undefined when there is none, more than one, or the search
 * runs too long. Places are placed largest first: a region's room left shrinks fastest.
 */
function onlyPartition(places: readonly number[][], regions: readonly number[][]): number[] | undefined {
  const order = places.map((_, i) => i).sort((a, b) => places[b]![0]! - places[a]![0]!);
  const room = regions.map((r) => [...r]);
  const at: number[] = new Array<number>(places.length).fill(-1);
  let found: number[] | undefined;
  let solutions = 0;
  let nodes = 0;
  const place = (k: number): boolean => {
    if (++nodes > MAX_NODES) return false;
    if (k === order.length) {
      if (room.every((r) => r.every((x) => x === 0))) {
        solutions++;
        found = [...at];
      }
      return solutions < 2;
    }
    const p = order[k]!;
    const xs = places[p]!;
    for (let g = 0; g < room.length; g++) {
      const left = room[g]!;
      if (!xs.every((x, c) => x <= left[c]!)) continue;
      xs.forEach((x, c) => (left[c] = left[c]! - x));
      at[p] = g;
      const go = place(k + 1);
      xs.forEach((x, c) => (left[c] = left[c]! + x));
      if (!go) return false;
    }
    return true;
  };
  const finished = place(0);
  return finished && solutions === 1 ? found : undefined;
}

/**
 * The regions listed after a group row as sums of the places listed before it (above). Read when the places are
 * four or more and the regions two or more; in two columns or more (and more than those that differ) the regions
 * come to the places' total to the last digit; the places fall into the regions in one way only in those columns,
 * each region holding one place at least. Then each region is checked as its places' sum in every amount column.
 */
export function memberRegions(grid: Grid, read: readonly TableRelation[]): TableRelation[] {
  const out: TableRelation[] = [];
  const anchored = new Set(read.filter((r) => r.rule === 'table-sum').map((r) => r.anchor));
  for (const head of grid.rows.filter((r) => r.kind === 'group')) {
    const places = itemRun(grid, head, -1);
    const regions = itemRun(grid, head, 1);
    if (places.length < MIN_MEMBERS || regions.length < 2 || regions.length >= places.length) continue;
    const amounts = grid.columns.filter((c) => c.role === 'amount');
    const agreeing: Array<{ places: number[]; regions: number[] }> = [];
    let differing = 0;
    for (const c of amounts) {
      const p = wholeDigits(grid, c, places);
      const g = wholeDigits(grid, c, regions);
      if (!p || !g || g.some((x) => x === 0)) continue;
      if (total(p) === total(g)) agreeing.push({ places: p, regions: g });
      else differing++;
    }
    if (agreeing.length < MIN_AGREEING_COLUMNS || agreeing.length <= differing) continue;
    const byPlace = places.map((_, i) => agreeing.map((a) => a.places[i]!));
    const byRegion = regions.map((_, j) => agreeing.map((a) => a.regions[j]!));
    const partition = onlyPartition(byPlace, byRegion);
    if (!partition || regions.some((_, j) => !partition.includes(j))) continue;
    regions.forEach((region, j) => {
      const members = places.filter((_, i) => partition[i] === j);
      for (const c of amounts) {
        const t = grid.values[region.index]![c.index];
        if (!isValue(t) || anchored.has(t.cell)) continue;
        const r = sumRelation(
          grid,
          t,
          members.map((m) => grid.values[m.index]![c.index]),
          'exact',
          'inferred',
          (v) => rowName(v.row),
        );
        if (r) out.push(r);
      }
    });
  }
  return out;
}

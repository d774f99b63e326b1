// A short row of a table aligned with runs of spaces (the text of a flip-book's or a PDF's page), placed by where its
// figures stand on their line: 100 岁及以上 … 5 … 4 under 总计 34459 10.05 48080 13.01 60987 16.28 (a row that has
// figures in the 2000 and 2007 columns only, the others left empty) stands its 5 under 48080 and its 4 under 60987,
// not under the first columns. Only where every full row keeps each column's figures apart on the line, and each of
// the row's figures stands under one column alone, left to right.

import type { Placed, FigureColumn } from './shortRows';
import type { TableCell, TableRow } from './model';

/** Full rows the columns' places are read in, at least. */
const MIN_FULL_ROWS = 3;

/** Where a cell stands on its line: its first and last character's column (UTF-16 units from the line's start). */
function placeOf(c: TableCell, source: string): readonly [number, number] {
  const start = source.lastIndexOf('\n', c.offset - 1) + 1;
  return [c.offset - start, c.endOffset - start];
}

/**
 * The columns of a short row's figures, by where they stand on the line under the full rows' figures; every other
 * figure column none. Undefined when the full rows are too few, when two columns' places meet, or when a figure of
 * the row stands under no column or under two.
 */
export function placedByPosition(row: TableRow, labelColumn: number, columns: readonly FigureColumn[], full: readonly TableRow[], source: string): Map<number, Placed> | undefined {
  if (full.length < MIN_FULL_ROWS) return undefined;
  const spans = columns.map((col) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of full) {
      const c = r.cells[col.index];
      if (!c || c.text.trim() === '' || source.slice(c.offset, c.endOffset).includes('\n')) return undefined;
      const [a, b] = placeOf(c, source);
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
    return [lo, hi] as const;
  });
  if (spans.some((s, i) => !s || (i > 0 && s[0] < spans[i - 1]![1]))) return undefined;
  const out = new Map<number, Placed>(columns.map((c) => [c.index, 'blank']));
  let last = -1;
  for (const [i, c] of row.cells.entries()) {
    if (i === labelColumn || c.text.trim() === '') continue;
    const [a, b] = placeOf(c, source);
    const under = spans.flatMap((s, k) => (a < s![1] && s![0] < b ? [k] : []));
    if (under.length !== 1 || under[0]! <= last) return undefined;
    last = under[0]!;
    out.set(columns[last]!.index, c);
  }
  return last >= 0 ? out : undefined;
}

// A template variable of type `table`: rows × named columns, filled in the form one row per line (tableValue.ts),
// written into the draft as a GFM table with a computed total row.

import { formatGfmTable } from '../../../server/src/engine';
import { isNumber, NOT_SUMMED, tableRows } from './tableValue';

const decimalsOf = (s: string): number => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

/** Σ of a column, written to the most decimals its cells have; xx when a cell is empty or not a number. */
function columnTotal(rows: readonly string[][], c: number): string {
  let sum = 0;
  let decimals = 0;
  for (const row of rows) {
    const cell = (row[c] ?? '').replace(/,/g, '');
    if (!isNumber(cell)) return 'xx';
    sum += Number(cell);
    decimals = Math.max(decimals, decimalsOf(cell));
  }
  return sum.toFixed(decimals);
}

export interface TableVariable {
  label: string;
  columns: readonly string[];
  total: string;
  required: boolean;
}

/**
 * The table as GFM Markdown: the columns as its header, the rows as filled in (no alignment marks: a Word round
 * trip keeps none, and the preview sets figures right by itself), and the
 * total row (合计) adding up every column of figures. Empty: a row of placeholders when required (【label】 and xx,
 * which the checker flags), nothing otherwise.
 */
export function renderTable(v: TableVariable, raw: string): string {
  let rows = tableRows(raw).map((r) => Array.from({ length: v.columns.length }, (_, i) => r[i] ?? ''));
  if (rows.length === 0) {
    if (!v.required) return '';
    rows = [[`【${v.label}】`, ...v.columns.slice(1).map(() => 'xx')]];
  }
  const summed = v.columns.map((name, i) => i > 0 && !NOT_SUMMED.test(name));
  const body = rows.map((r) => r.map((cell, i) => (summed[i] && cell === '' ? 'xx' : cell)));
  if (v.total) body.push(v.columns.map((_, i) => (i === 0 ? v.total : summed[i] ? columnTotal(body, i) : '')));
  return formatGfmTable({ header: [...v.columns], rows: body });
}

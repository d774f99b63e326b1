// A template variable of type `table`: rows × named columns, filled in the form one row per line (cells parted by
// tabs, as Excel copies them, or by |), written into the draft as a GFM table with a computed total row.

import { formatGfmTable } from '../../../server/src/engine/tables/model';
import { NUMBER_PATTERN } from './types';

/** A column whose figures are not added up in the total row: rates, shares, growth, averages, ranks. */
const NOT_SUMMED = /率|%|％|占比|比重|增长|增速|同比|环比|平均|人均|均价|单价|排名|名次|序号|比$/;

/** The rows of a table value: one per non-blank line, cells parted by tabs or |, an edge | dropped. */
export function tableRows(raw: string): string[][] {
  return raw
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const cells = line.includes('\t') ? line.split('\t') : line.split('|');
      if (!line.includes('\t')) {
        if (cells.length > 1 && cells[0]!.trim() === '') cells.shift();
        if (cells.length > 1 && cells[cells.length - 1]!.trim() === '') cells.pop();
      }
      return cells.map((c) => c.trim());
    });
}

const isNumber = (s: string): boolean => NUMBER_PATTERN.test(s);
const decimalsOf = (s: string): number => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

/** Why a table value does not fit its columns, or undefined when it does. */
export function tableValueProblem(raw: string, columns: readonly string[]): string | undefined {
  const rows = tableRows(raw);
  for (const [i, row] of rows.entries()) {
    if (row.length > columns.length) return `第${i + 1}行有 ${row.length} 格，表格只有 ${columns.length} 列（row ${i + 1} has too many cells）`;
    for (let c = 1; c < row.length; c++) {
      const cell = row[c]!;
      if (cell !== '' && !NOT_SUMMED.test(columns[c]!) && !isNumber(cell) && !/^[xX×]+$/.test(cell)) {
        return `第${i + 1}行“${columns[c]}”应为数字，实为“${cell}”（row ${i + 1}: not a number）`;
      }
    }
  }
  return undefined;
}

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

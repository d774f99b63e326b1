// A table value as the form holds it: one row per line, cells parted by tabs (as Excel copies them) or by |.
// The webview checks it as the writer types (client/src/preview/webview/main.ts): no engine, no Node here.

import { NUMBER_PATTERN } from './types';

/** A column whose figures are not added up in the total row: rates, shares, growth, averages, ranks. */
export const NOT_SUMMED = /率|%|％|占比|比重|增长|增速|同比|环比|平均|人均|均价|单价|排名|名次|序号|比$/;

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

export const isNumber = (s: string): boolean => NUMBER_PATTERN.test(s);

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

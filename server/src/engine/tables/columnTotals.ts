// The column totals of a pasted table whose columns are unclear (a yearbook's table by region with its heading over
// three or four lines and merged cells: 地区 | 合计 | #总承包 | 一级及以上 | 二级 | 三级 | #专业承包 | …, then
// | 全 省 | 4223 | 2528 | 244 | … and a row for each 设区市). No figure can be put under its heading, but the row
// named for the whole (全省, 全市, 合计, 全省总计) stands first or last, and the other rows are its parts: its k-th
// figure is the sum of their k-th figures, in each column that is a count at all (a 入学率 or 专利密度 column, the
// whole below its largest part, is none). Read where three columns or more add up so as written, and twice as many
// as slip (jianzhu-fujian-01: six of the province's columns add up to its cities', three do not, the yearbook's own slips).

import { readCell } from './cells';
import type { Table, TableCell } from './model';
import type { TableRelation } from './relations';
import { meets, writtenSum, type Fig } from './unclear';

/** A row label naming the whole of the rows beside it (spaces taken out: 全 省 总 计). */
const WHOLE_ROW = /^(?:全(?:省|市|县|区|国|州|盟)(?:总计|合计)?|总计|合计|總計|合計)$/;
/** Columns that must add up as written, at least; columns that may not (slips), at most one for every two that do. */
const MIN_HOLDING = 3;
/** A column whose parts add up to more or less than the whole by this share or more is no sum (an average, a 人次 count). */
const SLIP_SHARE = 0.3;
/** Rows of parts at least and at most (a longer table is read by its grid or not at all). */
const MIN_PARTS = 2;
const MAX_PARTS = 60;

interface Row {
  label: string;
  /** Its figures by position after the label; undefined where a cell is empty, a dash or words. */
  figures: Array<Fig | undefined>;
}

/** A plain figure as written (no unit, no 万, not approximate, no %); undefined for anything else. */
function figureOf(c: TableCell | undefined): Fig | undefined {
  if (!c) return undefined;
  const r = readCell(c.text);
  const n = r.number;
  if (r.kind !== 'number' || !n || n.approximate || n.unit || n.multiplier !== 1 || /[%％]/.test(c.text)) return undefined;
  return { cell: c, value: n.value, half: 0.5 * 10 ** -n.decimals };
}

/** A row as its label (a first cell of words) and its figures by position; undefined for a row with no label or no figure. */
function rowOf(cells: readonly TableCell[]): Row | undefined {
  const head = cells[0];
  if (!head || readCell(head.text).kind !== 'text') return undefined;
  const figures = cells.slice(1).map(figureOf);
  while (figures.length > 0 && !figures[figures.length - 1]) figures.pop();
  return figures.some(Boolean) ? { label: head.text.replace(/[\s\u3000]+/g, ''), figures } : undefined;
}

/**
 * The column sums of an unclear table whose first or last row of figures is named for the whole: in each column
 * where that row and every other row have a figure, the whole against the others added up. Read when three columns
 * or more add up as written and at most half as many fail by less than a third (slips); a column whose whole is below its
 * largest part, or off by a third or more, is no sum and is left out. Linear in the table's cells.
 */
export function unclearColumnTotals(table: Table): TableRelation[] {
  if (!table.unclear) return [];
  const rows = table.rows.map((r) => rowOf(r.cells)).filter((r): r is Row => r !== undefined);
  if (rows.length < MIN_PARTS + 1 || rows.length > MAX_PARTS + 1) return [];
  const at = WHOLE_ROW.test(rows[0]!.label) ? 0 : WHOLE_ROW.test(rows[rows.length - 1]!.label) ? rows.length - 1 : -1;
  if (at < 0) return [];
  const whole = rows[at]!;
  const parts = rows.filter((_, i) => i !== at);
  if (parts.some((r) => WHOLE_ROW.test(r.label))) return [];
  const sums: Array<{ total: Fig; parts: Fig[]; column: number }> = [];
  let holding = 0;
  let slips = 0;
  for (let k = 0; k < whole.figures.length; k++) {
    const total = whole.figures[k];
    const column = parts.map((r) => r.figures[k]);
    if (!total || total.value <= 0 || column.some((f) => !f)) continue;
    const figs = column as Fig[];
    const s = figs.reduce((x, f) => x + f.value, 0);
    if (total.value < Math.max(...figs.map((f) => f.value)) || Math.abs(s - total.value) >= SLIP_SHARE * total.value) continue;
    if (meets(total, figs)) holding++;
    else slips++;
    sums.push({ total, parts: figs, column: k });
  }
  if (holding < MIN_HOLDING || slips * 2 > holding) return [];
  const why = `这张表的表头分不清各数所在的列，但“${whole.label}”行有${holding}列正好等于其余${parts.length}行同一列之和，是它们的合计`;
  return sums.map((x) => writtenSum(table, x.total, x.parts, `“${whole.label}”行第${x.column + 1}个数`, why));
}

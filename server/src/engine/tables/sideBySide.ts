// A table set out in two halves side by side: a budget's balance table puts its income on the left and its spending
// on the right, each half with its own label column and the same figure columns (科目名称 | 执行数 | 决算数 |
// 科目名称 | 执行数 | 决算数). A row of such a table holds two items, one of each half, that have nothing to do with
// each other (收入总量 beside 支出总量, 上级补助 beside 上解支出): read as one table, the right half's labels are
// taken for figures and its items for columns of the left half's rows. Each half is a table of its own.

import { readCell } from './cells';
import type { Table, TableCell, TableRow } from './model';

/** A half's figure columns, at least and at most (one: 收入 | 执行数 | 支出 | 执行数, the heading's twin cells still say it). */
const MIN_HALF = 1;
const MAX_HALF = 6;
/** Rows whose right half has its own label where the heading puts it: at least. */
const MIN_PAIRED_ROWS = 2;

/** A label cell: words, not a figure, a placeholder or nothing. */
function labelCell(c: TableCell | undefined): boolean {
  return !!c && c.text !== '' && readCell(c.text).kind !== 'number' && readCell(c.text).kind !== 'placeholder';
}

/** A heading's cell as compared with its twin: without spaces. */
const bare = (c: TableCell): string => c.text.replace(/\s/g, '');

/**
 * Label headings of two halves that name one kind of thing, each its own sort of it: 基础指标 | 案件数 | 比率指标 | 数值 (a
 * city management platform's weekly table, heldout123/csgl-zhengzhou-01: 立案数 | 51229 | 立案率 | 99.34%), where the
 * figure headings differ as the sorts do. Two label headings alike (项目 | 预算数 | 项目 | 决算数) are left to the twin
 * figure headings.
 */
const KIND_OF_LABEL = /(?:指标|項目|项目|科目)$/;

function twinLabels(a: TableCell, b: TableCell): boolean {
  const x = bare(a);
  const y = bare(b);
  const kind = KIND_OF_LABEL.exec(x)?.[0];
  return kind !== undefined && y.endsWith(kind) && x !== y;
}

/**
 * The width of a half when the heading is two halves: its cells after the first repeat (执行数 | 决算数 twice) and each
 * half opens with a label heading (科目名称, 收入 and 支出).
 */
function halfWidth(header: TableRow): number | undefined {
  const h = header.cells;
  if (h.length % 2 !== 0) return undefined;
  const k = h.length / 2;
  if (k - 1 < MIN_HALF || k - 1 > MAX_HALF) return undefined;
  if (!labelCell(h[0]) || !labelCell(h[k])) return undefined;
  // (one figure column a half, headed by words: 基础指标 | 案件数 | 比率指标 | 数值)
  if (k === 2 && twinLabels(h[0]!, h[k]!) && labelCell(h[1]) && labelCell(h[3])) return k;
  for (let i = 1; i < k; i++) if (bare(h[i]!) === '' || bare(h[i]!) !== bare(h[k + i]!)) return undefined;
  return k;
}

/**
 * Where a row's right half starts: its second label, standing after the left half's figures (a row that lost an
 * empty cell in copying puts it earlier: 区域间转移性收入 | 300 | 安排稳定调节金 | 8,161 | 8,161); the row's width when
 * it has none (a left item with nothing beside it). Undefined when the row does not read as two halves.
 */
function rightStart(row: TableRow, k: number): number | undefined {
  // (the empty cells a row that lost one ends with stand for nothing)
  const cells = row.cells.slice(0, row.cells.length - trailingEmpty(row.cells));
  // (a right item with nothing beside it on the left)
  if (cells.slice(0, k).every((c) => c.text === '')) return labelCell(cells[k]) ? k : undefined;
  if (!labelCell(cells[0])) return undefined;
  for (let j = 1; j < cells.length; j++) {
    if (!labelCell(cells[j])) continue;
    if (j > k || cells.length - j > k) return undefined;
    return j;
  }
  return cells.length <= k ? cells.length : cells.slice(k).every((c) => c.text === '') ? k : undefined;
}

function trailingEmpty(cells: readonly TableCell[]): number {
  let n = 0;
  while (n < cells.length && cells[cells.length - 1 - n]!.text === '') n++;
  return n;
}

function rowOf(cells: TableCell[], short: boolean): TableRow {
  const row: TableRow = { offset: cells[0]!.offset, endOffset: cells[cells.length - 1]!.endOffset, cells };
  if (short) row.short = true;
  return row;
}

function halfTable(table: Table, header: TableCell[], rows: TableRow[]): Table {
  const half: Table = { ...table, header: rowOf(header, false), rows, align: table.align.slice(0, header.length) };
  half.offset = Math.min(half.header.offset, ...rows.map((r) => r.offset));
  half.endOffset = Math.max(half.header.endOffset, ...rows.map((r) => r.endOffset));
  return half;
}

/**
 * The two tables of a table set out in two halves side by side, or undefined: the heading is two halves, every body
 * row reads as a left item and perhaps a right one, and two rows or more have a right item where the heading puts
 * it. A row's right half that is empty is no row of the right table; a row whose left half lost a cell is short.
 */
export function sideBySideHalves(table: Table): [Table, Table] | undefined {
  if (table.unclear) return undefined;
  const k = halfWidth(table.header);
  if (k === undefined) return undefined;
  const left: TableRow[] = [];
  const right: TableRow[] = [];
  let paired = 0;
  for (const row of table.rows) {
    const j = rightStart(row, k);
    if (j === undefined) return undefined;
    if (j === k && labelCell(row.cells[k])) paired++;
    if (j > 0 && row.cells.slice(0, j).some((c) => c.text !== '')) left.push(rowOf(row.cells.slice(0, j), j < k));
    const rest = row.cells.slice(j, row.cells.length - trailingEmpty(row.cells));
    if (rest.length > 0) right.push(rowOf(rest, rest.length < k));
  }
  if (paired < MIN_PAIRED_ROWS || right.length < MIN_PAIRED_ROWS) return undefined;
  return [halfTable(table, table.header.cells.slice(0, k), left), halfTable(table, table.header.cells.slice(k), right)];
}

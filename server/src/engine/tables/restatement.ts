// One measure in the text and in a table: “全年完成投资474.5亿元” above a table whose 合计 row says 474.5 in its
// 完成投资 column. A figure of the text is matched to a cell only when the cell's column and row name what the
// figure measures, the units compare and the periods agree; when it matches several cells and none agrees, it is
// not clear which one it restates, and nothing is said.

import type { Draft } from '../parse';
import type { Figure } from '../figures/extract';
import type { Grid, GridRow, Column, CellValue } from './grid';
import { headingWords } from './grid';
import { overlaps, type Interval } from './interval';
import { columnName, rowName, type TableRelation } from './relations';

/** Words of scope a measure may carry in the text but not in a table's heading. */
const SCOPE_WORDS = /^(?:全县|全市|全区|全省|全镇|全乡|全州|全旗|我县|我市|我区|本县|本市|全年|今年|本年|当年|上半年|累计|共|共计|合计|总计|实现|完成了|全部|年度)+/;
const TIME_IN_HEADING = /(?:19|20)[0-9]{2}年?(?:度)?|本年|今年|当年|本期|上年|去年|同期|上期|1[-—~至]\d{1,2}月|上半年|下半年|前三季度|全年|年度|计划|实际/g;
const PREVIOUS = /上年|去年|上期|同期|基期/;
const PERIODS = /上半年|下半年|前三季度|第?[一二三四]季度|[0-9]{1,2}[-—~至][0-9]{1,2}月|全年/g;

function norm(s: string): string {
  return s.replace(/[\s的“”"、（）()]/g, '').replace(SCOPE_WORDS, '');
}

/** The words of a column heading that name a measure: without its unit, years and 本年/上年. */
function columnMeasure(c: Column): string {
  return norm(headingWords(c.label).replace(/\s/g, '').replace(TIME_IN_HEADING, ''));
}

function yearsOf(s: string): string[] {
  return [...s.matchAll(/((?:19|20)[0-9]{2})年/g)].map((m) => m[1]!);
}

function periodsOf(s: string): string[] {
  return (s.match(PERIODS) ?? []).map((p) => p.replace(/^第/, '').replace(/[—~至]/, '-'));
}

/** Whether a figure's period and year can be those of a cell: none named on one side, or the same on both. */
function samePeriod(f: Figure, grid: Grid, column: Column): boolean {
  const where = `${grid.table.caption?.text ?? ''} ${column.label}`;
  const fy = yearsOf(f.scope);
  const cy = yearsOf(column.label).length > 0 ? yearsOf(column.label) : yearsOf(where);
  if (fy.length > 0 && cy.length > 0 && !fy.some((y) => cy.includes(y))) return false;
  const fp = periodsOf(f.scope);
  const cp = periodsOf(where);
  if (fp.length > 0 && cp.length > 0 && !fp.some((p) => cp.includes(p))) return false;
  // a 上年 column restates only a figure of last year
  if (PREVIOUS.test(column.label) !== /去年|上年|同期/.test(f.scope)) return false;
  return true;
}

/** The figure as an interval in base units at its written precision (a whole count is exact). */
function figureInterval(f: Figure): Interval | undefined {
  if (f.value === undefined || f.base === undefined) return undefined;
  const k = f.multiplier * f.unit.factor;
  const exact = f.decimals === 0 && f.multiplier === 1 && f.unit.kind === 'count';
  const half = exact ? 0 : 0.5 * 10 ** -f.decimals;
  return { lo: (f.value - half) * k, hi: (f.value + half) * k };
}

/** Does the figure's measure name this cell: its row (or a total row) and its column? */
function names(f: Figure, row: GridRow, column: Column, amountColumns: number): boolean {
  const m = norm(f.measure);
  const key = norm(f.key.replace(/·/g, ''));
  if (m.length < 2) return false;
  const cm = columnMeasure(column);
  const rl = norm(row.label);
  if (row.kind === 'total') {
    if (cm.length >= 2 && (m === cm || key === cm)) return true;
  }
  if (rl.length >= 2 && cm.length >= 2 && (m === rl + cm || key === rl + cm || m === cm + rl)) return true;
  // a table of indicators: the row names the measure and the table has one column of amounts (绝对数, 2024年)
  if (rl.length >= 2 && (m === rl || key === rl) && amountColumns === 1 && column.role === 'amount') return true;
  return false;
}

/** Every restatement of a table cell in the text, one relation per figure that names exactly one cell or agrees with one. */
export function restatements(draft: Draft, grids: readonly Grid[], figures: readonly Figure[]): TableRelation[] {
  const out: TableRelation[] = [];
  if (grids.length === 0) return out;
  // cells by the words that may name them (a column's measure, a row's label), so each figure looks at a few
  const byColumn = new Map<string, Array<{ grid: Grid; column: Column }>>();
  const byRow = new Map<string, Array<{ grid: Grid; row: GridRow }>>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    if (key.length < 2) return;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const amountColumnsOf = new Map<Grid, number>();
  for (const grid of grids) {
    amountColumnsOf.set(grid, grid.columns.filter((c) => c.role === 'amount').length);
    for (const column of grid.columns) if (column.role === 'amount' || column.role === 'growth' || column.role === 'rate' || column.role === 'share') push(byColumn, columnMeasure(column), { grid, column });
    for (const row of grid.rows) if (row.kind !== 'heading' && row.kind !== 'group') push(byRow, norm(row.label), { grid, row });
  }
  const cellOf = (grid: Grid, row: GridRow, column: Column): CellValue | undefined => {
    const v = grid.values[row.index]?.[column.index];
    return typeof v === 'object' && v.unit && !v.approximate ? v : undefined;
  };
  /** The cells a word may name: a column of a total row, a row and a column joined, a row of a one-column table. */
  const candidates = (w: string): Array<{ grid: Grid; value: CellValue }> => {
    const out: Array<{ grid: Grid; value: CellValue }> = [];
    for (const { grid, column } of byColumn.get(w) ?? []) for (const row of grid.rows) if (row.kind === 'total') { const v = cellOf(grid, row, column); if (v) out.push({ grid, value: v }); }
    for (let k = 2; k <= w.length - 2; k++) {
      for (const [rowWord, columnWord] of [[w.slice(0, k), w.slice(k)], [w.slice(k), w.slice(0, k)]] as const) {
        const rows = byRow.get(rowWord);
        const columns = rows && byColumn.get(columnWord);
        if (!rows || !columns) continue;
        for (const { grid, row } of rows) for (const c of columns) if (c.grid === grid) { const v = cellOf(grid, row, c.column); if (v) out.push({ grid, value: v }); }
      }
    }
    for (const { grid, row } of byRow.get(w) ?? []) {
      if (amountColumnsOf.get(grid) !== 1) continue;
      const column = grid.columns.find((c) => c.role === 'amount')!;
      const v = cellOf(grid, row, column);
      if (v) out.push({ grid, value: v });
    }
    return out;
  };
  for (const f of figures) {
    if (f.approximate || f.range || f.relational || f.inChange || f.distributive || f.form === 'placeholder') continue;
    const fi = figureInterval(f);
    if (!fi) continue;
    const words = new Set([norm(f.measure), norm(f.key.replace(/·/g, ''))]);
    const seen = new Set<CellValue>();
    const matches: Array<{ grid: Grid; value: CellValue }> = [];
    for (const w of words) {
      for (const c of candidates(w)) {
        if (seen.has(c.value)) continue;
        seen.add(c.value);
        const v = c.value;
        if (!v.unit || v.unit.unit.kind !== f.unit.kind || v.unit.unit.base !== f.unit.base) continue;
        if (!names(f, v.row, v.column, amountColumnsOf.get(c.grid)!) || !samePeriod(f, c.grid, v.column)) continue;
        matches.push(c);
      }
    }
    if (matches.length === 0) continue;
    const agreeing = matches.filter((c) => overlaps(fi, { lo: c.value.lo, hi: c.value.hi }));
    if (agreeing.length === 0 && matches.length > 1) continue;
    const { grid, value } = agreeing[0] ?? matches[0]!;
    const holds = agreeing.length > 0;
    const place = `表中“${rowName(value.row)}”行“${columnName(value.column)}”`;
    const cellText = `${value.cell.text}${value.unit && !/[^\d.,\s-]/.test(value.cell.text) ? value.unit.text : ''}`;
    out.push({
      rule: 'table-restatement',
      table: grid.table,
      anchor: value.cell,
      cells: [value.cell],
      prose: [{ offset: f.offset, endOffset: f.endOffset }],
      holds,
      arithmetic: holds ? `正文${f.text}与${place}${cellText}相符` : `正文写作${f.text}，${place}为${cellText}`,
      message: `表中数字与正文不一致：${place}为${cellText}，正文第${draft.lines.lineOf(f.offset) + 1}行写作${f.text}；同一指标在正文和表格中应是同一个数，请核对`,
      related: [{ offset: f.offset, endOffset: f.endOffset, message: `正文 ${f.text}` }],
    });
  }
  return out;
}

// Shares that make up 100% with no 100 written: a table of 构成 whose rows (0-14岁 | 15-59岁 | 60岁及以上, one row
// per 街道) or whose blocks of rows (未上过学 / 小学 / 初中 / … under each 镇's column) are each split of one whole.
// Nothing in the table says which cells make up a whole: the figures do, adding up to 100 line after line.

import { formatNumber } from '../figures/units';
import type { CellValue, Grid, Slot } from './grid';
import { overlaps, point, sum, type Interval } from './interval';
import type { TableCell } from './model';
import { columnName, lazyRelation, rowName, type TableRelation } from './relations';

/** Cells in one run at most: a split of a whole has a few parts, and the search stays linear in the table. */
const MAX_RUN = 12;
/** Lines (rows, or columns) that must add up to 100 before a run is read as the parts of a whole. */
const MIN_HOLDING = 3;
/** … when some of its figures are bare (no %, nothing in the table saying it gives shares): the figures alone must say it. */
const MIN_HOLDING_BARE = 5;

/** Words saying a table, a column or a row gives shares (单位：%, 构成, 比重). */
const SHARE_WORDS = /[%％]|构成|比重|占比|比例|结构/;

/** A line of changes or rates, not of shares (比上年增减（百分点）, 增长%, 出生率): its cells split no whole. */
const NOT_SHARES = /增减|增长|增幅|下降|提高|变化|变动|百分点|同比|环比|比上年|率|指数/;

const isValue = (v: Slot): v is CellValue => typeof v === 'object';

/** A figure from 0 to 100 in percent or in no unit. */
function shareCell(v: Slot): CellValue | undefined {
  if (!isValue(v) || v.approximate || v.value < 0 || v.value > 100) return undefined;
  return v.unit && v.unit.unit.kind !== 'percent' ? undefined : v;
}

/**
 * Whether a figure is said to be a share: written with %, or in a column or table whose heading or unit line says
 * it gives shares (15.74 under 单位：%). A bare figure beside shares may be an amount (保费 14.4 beside 40%): the
 * lines of figures so mixed must then bear the reading out by themselves (`MIN_HOLDING_BARE`).
 */
function saidShare(v: CellValue, tableSays: boolean): boolean {
  return v.percent || v.unit?.unit.kind === 'percent' || tableSays || SHARE_WORDS.test(v.column.label) || SHARE_WORDS.test(v.row.label);
}

/** The parts' sum against 100, each part within half a unit of its last digit (shares rounded each from a whole of 100). */
function sumsToHundred(parts: readonly CellValue[]): { holds: boolean; value: number } {
  const widened: Interval[] = parts.map((p) => {
    const half = 10 ** -p.decimals / 2;
    return { lo: p.value - half, hi: p.value + half };
  });
  return { holds: overlaps(sum(widened), point(100)), value: parts.reduce((s, p) => s + p.value, 0) };
}

interface Line {
  /** The row or column the parts lie along. */
  name: string;
  parts: CellValue[];
}

interface Run {
  lines: Line[];
  holding: number;
  /** The run's positions: column indices for a row's parts, row indices for a column's. */
  from: number;
  to: number;
}

/**
 * Runs of consecutive positions whose cells add up to 100 along three lines or more and fail in one line at most
 * (or in one for every three that hold).
 * `cell(line, position)` reads the grid one way or the other.
 */
function runsOfHundred(
  lineCount: number,
  positions: readonly number[],
  cell: (line: number, position: number) => CellValue | undefined,
  name: (line: number) => string,
  said: (v: CellValue) => boolean,
): Run[] {
  const found: Run[] = [];
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length && j - i < MAX_RUN; j++) {
      // (the run must be consecutive in the table: a position left out breaks it)
      if (positions[j]! !== positions[j - 1]! + 1) break;
      const lines: Line[] = [];
      let holding = 0;
      let failing = 0;
      let bare = false;
      for (let k = 0; k < lineCount; k++) {
        const parts: CellValue[] = [];
        for (let p = i; p <= j; p++) {
          const v = cell(k, positions[p]!);
          if (!v) break;
          parts.push(v);
        }
        if (parts.length !== j - i + 1) continue;
        bare ||= !parts.every(said);
        if (sumsToHundred(parts).holds) holding++;
        else failing++;
        lines.push({ name: name(k), parts });
      }
      // (one slip, or one in four lines: a mistyped share beside a slip of the writer's own still leaves the split borne out)
      if (holding >= (bare ? MIN_HOLDING_BARE : MIN_HOLDING) && failing <= Math.max(1, Math.floor(holding / 3))) found.push({ lines, holding, from: positions[i]!, to: positions[j]! });
    }
  }
  return found;
}

/** Lines of a run that another run over the same cells bears out are not reported failing on its account. */
function relationsOfRuns(grid: Grid, runs: readonly Run[], across: boolean, taken: (parts: readonly CellValue[]) => boolean, out: TableRelation[]): void {
  const holdsElsewhere = new Set<TableCell>();
  for (const run of runs) for (const line of run.lines) if (sumsToHundred(line.parts).holds) for (const p of line.parts) holdsElsewhere.add(p.cell);
  for (const run of runs) {
    for (const line of run.lines) {
      if (taken(line.parts)) continue;
      const { holds, value } = sumsToHundred(line.parts);
      const others = run.holding - (holds ? 1 : 0);
      if (!holds && line.parts.some((p) => holdsElsewhere.has(p.cell))) continue;
      const anchor = line.parts[line.parts.length - 1]!;
      const decimals = Math.max(0, ...line.parts.map((p) => p.decimals));
      out.push(
        lazyRelation({ rule: 'table-sum', table: grid.table, anchor: anchor.cell, cells: line.parts.map((p) => p.cell), prose: [], holds, exact: true }, () => {
          const list = line.parts.map((p) => `${across ? columnName(p.column) : rowName(p.row)}${p.cell.text}`).join(' + ');
          const where = across ? `“${line.name}”行` : /^第\d+列$/.test(line.name) ? line.name : `“${line.name}”列`;
          const sumText = `${formatNumber(value, decimals)}%`;
          const whole = across ? `另有${others}行这几列都正好加总为100%` : `另有${others}列这几行都正好加总为100%`;
          return {
            arithmetic: holds ? `${where} ${list} = ${sumText}，与100%相符（${whole}）` : `${where} ${list} = ${sumText}，应为100%`,
            message: `各部分占比之和不是100%：${where} ${list} = ${sumText}；${whole}，是同一整体的各部分，请核对`,
            related: line.parts.slice(0, -1).map((p) => ({ offset: p.cell.offset, endOffset: p.cell.endOffset, message: `${across ? columnName(p.column) : rowName(p.row)} ${p.cell.text}` })),
          };
        }),
      );
    }
  }
}

/**
 * The shares of a whole that is not written: runs of columns whose cells add up to 100 in each row (three rows or
 * more, one slip at most), and runs of rows whose cells add up to 100 in each column (likewise), in a table that
 * says it gives shares (单位：%, a % in its cells, 构成 or 比重 in a heading). Lines a sum read already covers are
 * left to it.
 */
export function hundredShares(grid: Grid, out: TableRelation[]): void {
  const table = grid.table;
  // (单位：%, or a 表题 of 构成: every bare figure of the table is a share)
  const says = /[%％]/.test(table.unit?.text ?? '') || /构成|结构/.test(table.caption?.text ?? '');
  // (a sum read already over the same cells, a 合计 of 100 with its parts: the line is its)
  const byCell = new Map<TableCell, TableRelation[]>();
  for (const r of out) {
    if (r.rule !== 'table-sum') continue;
    for (const c of r.cells) {
      const list = byCell.get(c);
      if (list) list.push(r);
      else byCell.set(c, [r]);
    }
  }
  const taken = (parts: readonly CellValue[]): boolean => (byCell.get(parts[0]!.cell) ?? []).some((r) => parts.every((p) => r.cells.includes(p.cell)));
  const rows = grid.rows.filter((r) => (r.kind === 'item' || r.kind === 'total') && !NOT_SHARES.test(r.label));
  const at = (r: number, c: number): CellValue | undefined => shareCell(grid.values[r]![c]);
  const said = (v: CellValue): boolean => saidShare(v, says);
  // a row's shares across its columns (其中 columns are parts of a part, not of the whole)
  const shareColumns = grid.columns.filter((c) => (c.role === 'amount' || c.role === 'share' || c.role === 'other') && !NOT_SHARES.test(c.label));
  const columns = shareColumns.filter((c) => !c.subset && !c.total).map((c) => c.index);
  const across = runsOfHundred(
    rows.length,
    columns,
    (k, c) => at(rows[k]!.index, c),
    (k) => rowName(rows[k]!),
    said,
  );
  relationsOfRuns(grid, across, true, taken, out);
  // a column's shares down a block of its rows (其中 rows are left out: parts of a part)
  const rowIndices = rows.filter((r) => r.kind === 'item').map((r) => r.index);
  const down = runsOfHundred(
    shareColumns.length,
    rowIndices,
    (k, r) => at(r, shareColumns[k]!.index),
    (k) => columnName(shareColumns[k]!),
    said,
  );
  relationsOfRuns(grid, down, false, taken, out);
}

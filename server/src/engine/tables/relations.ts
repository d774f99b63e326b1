// The relations inside a table, each with its arithmetic: a 合计/小计 row or column and what it sums (其中 rows are
// parts of the row above them, never of the total), a share column against its amounts and 100%, a rate column
// against its two columns (完成率 = 完成 ÷ 计划), a growth column against its 本年 and 上年 columns. Every figure
// is an interval at its written precision; a relation holds when the intervals can meet. Where a table can be
// read two ways (how far a 其中 group reaches), it holds when either reading holds.

import { formatNumber } from '../figures/units';
import type { RelatedSpan, Span } from '../types';
import { headingWords, sameUnits, type CellValue, type Column, type Grid, type GridRow } from './grid';
import { canBeAtMost, div, overlaps, point, scale, sub, sum, type Interval } from './interval';
import type { Table, TableCell } from './model';

export type TableRuleId = 'table-sum' | 'table-share' | 'table-rate' | 'table-change' | 'table-restatement';

export interface TableRelation {
  rule: TableRuleId;
  table: Table;
  /** The cell a finding is reported at: the total, the stated share, rate or growth. */
  anchor: TableCell;
  /** Every cell taking part, the anchor included. */
  cells: TableCell[];
  /** Spans in the prose taking part (a restated figure). */
  prose: Span[];
  holds: boolean;
  /** The arithmetic in Chinese: “工业项目190.5 + 基础设施284 = 474.5，与合计474.5相符”. */
  arithmetic: string;
  /** The finding's message when the relation does not hold. */
  message: string;
  related: RelatedSpan[];
}

type Slot = CellValue | 'blank' | 'unknown' | undefined;

const isValue = (v: Slot): v is CellValue => typeof v === 'object';

/** How many parts a message lists before it says “…（共n项）”. */
const LISTED_PARTS = 6;

export function columnName(c: Column): string {
  return headingWords(c.label) || `第${c.index + 1}列`;
}

export function rowName(r: GridRow): string {
  return r.label || `第${r.index + 1}行`;
}

/** A 其中 row's name without its 其中： (listed after “其中” already). */
function partName(r: GridRow): string {
  return r.kind === 'subset' ? rowName(r).replace(/^(?:其中|内|含|#|＃)\s*[：:、]?/, '') || rowName(r) : rowName(r);
}

/** An amount as written in a cell's own terms: its unit's multiplier and the decimals it shows. */
function shown(x: number, ref: CellValue, decimals = ref.decimals): string {
  return formatNumber(x / ref.scale, Math.min(6, decimals));
}

function intervalOf(v: CellValue): Interval {
  return { lo: v.lo, hi: v.hi };
}

function partsText(parts: readonly CellValue[], name: (v: CellValue) => string): string {
  const listed = parts.slice(0, LISTED_PARTS).map((p) => `${name(p)}${p.cell.text}`);
  return parts.length > LISTED_PARTS ? `${listed.join(' + ')} + …（共${parts.length}项）` : listed.join(' + ');
}

const maxDecimals = (vs: readonly CellValue[]): number => Math.max(0, ...vs.map((v) => v.decimals));

function relatedOf(values: readonly CellValue[], what: (v: CellValue) => string): RelatedSpan[] {
  return values.map((v) => ({ offset: v.cell.offset, endOffset: v.cell.endOffset, message: what(v) }));
}

// ---- sums ---------------------------------------------------------------------------------------------------

/** The rows a total sums, by one reading of the table; several readings when a 其中 group's reach is unclear. */
interface Reading {
  parts: GridRow[];
}

/** Rows of a block of the table that are parts of its total: not headings, groups, totals or 其中 rows. */
function readings(grid: Grid, rows: readonly GridRow[]): Reading[] {
  const items = rows.filter((r) => r.kind === 'item' || r.kind === 'subtotal' || r.kind === 'subset');
  if (items.length === 0) return [];
  // the items a 小计 stands for are counted in it
  const covered = new Set<GridRow>();
  for (const r of items) if (r.kind === 'subtotal') for (const x of subtotalBlock(grid, r)) covered.add(x);
  const candidates = items.filter((r) => !covered.has(r));
  // indentation, where the writer kept it: rows indented deeper than the shallowest are parts of the row above
  const shallow = Math.min(...candidates.filter((r) => r.kind !== 'subset').map((r) => r.indent));
  const top = (reachAfterSubset: boolean): GridRow[] => {
    const out: GridRow[] = [];
    let inSubset = false;
    for (const r of candidates) {
      if (r.kind === 'subset') {
        inSubset = true;
        continue;
      }
      if (r.indent > shallow) continue;
      // 其中：A, then B and C on the lines after it: B and C may be 其中 items too
      if (reachAfterSubset && inSubset && r.kind === 'item') continue;
      inSubset = false;
      out.push(r);
    }
    return out;
  };
  const primary = top(false);
  const alternative = top(true);
  const same = primary.length === alternative.length && primary.every((r, i) => r === alternative[i]);
  return same ? [{ parts: primary }] : [{ parts: primary }, { parts: alternative }];
}

/** The block a total row sums: the rows after it (a total on top) or before it back to the previous total. */
function blockOf(grid: Grid, t: GridRow): GridRow[] {
  const rows = grid.rows;
  const at = rows.indexOf(t);
  const before = rows.slice(0, at).filter((r) => r.kind !== 'heading' && r.kind !== 'group');
  const previousTotal = before.map((r) => r.kind).lastIndexOf('total');
  const above = rows.slice(0, at).filter((r) => r.kind !== 'heading');
  const onTop = above.every((r) => r.kind === 'group');
  if (onTop) {
    const next = rows.findIndex((r, i) => i > at && r.kind === 'total');
    return rows.slice(at + 1, next < 0 ? rows.length : next);
  }
  const start = previousTotal < 0 ? 0 : rows.indexOf(before[previousTotal]!) + 1;
  return rows.slice(start, at);
}

/** The parts of a 小计 row: the items since the previous 小计 or group heading (or, first in a group, after it). */
function subtotalBlock(grid: Grid, s: GridRow): GridRow[] {
  const rows = grid.rows;
  const at = rows.indexOf(s);
  const prev = rows[at - 1];
  if (!prev || prev.kind === 'group' || prev.kind === 'heading' || prev.kind === 'total') {
    const out: GridRow[] = [];
    for (let i = at + 1; i < rows.length && !['group', 'total', 'subtotal'].includes(rows[i]!.kind); i++) out.push(rows[i]!);
    return out;
  }
  const out: GridRow[] = [];
  for (let i = at - 1; i >= 0 && !['group', 'total', 'subtotal', 'heading'].includes(rows[i]!.kind); i--) out.unshift(rows[i]!);
  return out;
}

interface SumCheck {
  holds: boolean;
  parts: CellValue[];
  total: Interval;
}

/** Σ parts against a total cell, or undefined when the cells cannot be added (words, other units, too few). */
function sumOf(total: CellValue, slots: readonly Slot[], atMost: boolean): SumCheck | 'unknown' | undefined {
  if (slots.some((s) => s === 'unknown')) return 'unknown';
  const parts = slots.filter(isValue);
  if (slots.some((s) => s === undefined)) return undefined; // words where a figure should be
  if (parts.length < (atMost ? 1 : 2) || !parts.every((p) => sameUnits(p, total) && !p.approximate)) return undefined;
  const s = sum(parts.map(intervalOf));
  return { holds: atMost ? canBeAtMost(s, total) : overlaps(s, total), parts, total: s };
}

function sumRelation(grid: Grid, total: CellValue, readingsOf: Slot[][], atMost: boolean, how: 'row' | 'column' | 'subset', name: (v: CellValue) => string): TableRelation | undefined {
  if (total.approximate || total.percent) return undefined;
  let first: SumCheck | undefined;
  for (const slots of readingsOf) {
    const check = sumOf(total, slots, atMost);
    if (check === 'unknown') {
      const cells = [total.cell, ...slots.filter(isValue).map((v) => v.cell)];
      return {
        rule: 'table-sum', table: grid.table, anchor: total.cell, cells, prose: [], holds: true,
        arithmetic: `${where(total)}与所列各项：含未填写的数字，无法核算`, message: '', related: [],
      };
    }
    if (!check) continue;
    first ??= check;
    if (check.holds) {
      first = check;
      break;
    }
  }
  if (!first) return undefined;
  const { parts, holds } = first;
  const decimals = Math.max(total.decimals, maxDecimals(parts));
  const s = parts.reduce((x, p) => x + p.value, 0);
  const sumText = shown(s, total, decimals);
  const list = partsText(parts, name);
  const cells = [total.cell, ...parts.map((p) => p.cell)];
  const related = relatedOf(parts, (p) => `分项 ${name(p)}${p.cell.text}`);
  if (atMost) {
    return {
      rule: 'table-sum', table: grid.table, anchor: total.cell, cells, prose: [], holds,
      arithmetic: holds ? `其中 ${list} = ${sumText}，不超过${where(total)}${total.cell.text}` : `其中 ${list} = ${sumText}，超过${where(total)}${total.cell.text}`,
      message: `其中各项之和超过所属的数：${list} = ${sumText}，比${where(total)}的${total.cell.text}还多${shown(s - total.value, total, decimals)}；“其中”所列是它上一行的一部分，不能超过它，请核对`,
      related,
    };
  }
  const diff = Math.abs(s - total.value);
  const whose = how === 'row' ? '表中合计应等于所列各项之和' : how === 'column' ? '合计列应等于同一行各分列之和' : '';
  return {
    rule: 'table-sum', table: grid.table, anchor: total.cell, cells, prose: [], holds,
    arithmetic: holds ? `${list} = ${sumText}，与${where(total)}${total.cell.text}相符` : `${list} = ${sumText}，与${where(total)}${total.cell.text}不符`,
    message: `表格合计与分项之和不符：${list} = ${sumText}，与${where(total)}的${total.cell.text}相差${shown(diff, total, decimals)}；${whose}，请核对`,
    related,
  };
}

/** “完成投资”列“合计”行. */
function where(v: CellValue): string {
  return `“${rowName(v.row)}”行“${columnName(v.column)}”`;
}

function rowSums(grid: Grid, out: TableRelation[]): void {
  const amounts = grid.columns.filter((c) => c.role === 'amount' || c.role === 'change');
  const at = (r: GridRow, c: Column): Slot => grid.values[r.index]![c.index];
  const byRow = (v: CellValue): string => partName(v.row);
  for (const t of grid.rows) {
    if (t.kind !== 'total' && t.kind !== 'subtotal') continue;
    const block = t.kind === 'total' ? blockOf(grid, t) : subtotalBlock(grid, t);
    let rs = readings(grid, block);
    if (rs.length === 0 && t.kind === 'total') {
      // 总计 under 城镇合计 and 农村合计: the totals above it
      const totals = grid.rows.slice(0, t.index).filter((r) => r.kind === 'total');
      if (totals.length >= 2) rs = [{ parts: totals }];
    }
    if (rs.length === 0) continue;
    for (const c of amounts) {
      const total = at(t, c);
      if (!isValue(total)) continue;
      const r = sumRelation(grid, total, rs.map((x) => x.parts.map((p) => at(p, c))), false, 'row', byRow);
      if (r) out.push(r);
    }
  }
  // 其中 rows: their sum is at most the row they belong to
  for (let i = 0; i < grid.rows.length; i++) {
    const parent = grid.rows[i]!;
    if (parent.kind === 'subset' || parent.kind === 'group' || parent.kind === 'heading') continue;
    const subsets: GridRow[] = [];
    for (let k = i + 1; k < grid.rows.length && grid.rows[k]!.kind === 'subset'; k++) subsets.push(grid.rows[k]!);
    // “其中：” standing alone as a group heading, then the subset rows
    if (subsets.length === 0 && grid.rows[i + 1]?.kind === 'group' && /^(?:其中|内|含)[：:]?$/.test(grid.rows[i + 1]!.label)) {
      for (let k = i + 2; k < grid.rows.length && grid.rows[k]!.kind === 'item' && grid.rows[k]!.indent > parent.indent; k++) subsets.push(grid.rows[k]!);
    }
    if (subsets.length === 0) continue;
    for (const c of amounts) {
      const total = at(parent, c);
      if (!isValue(total)) continue;
      const r = sumRelation(grid, total, [subsets.map((p) => at(p, c))], true, 'subset', byRow);
      if (r) out.push(r);
    }
  }
}

function columnSums(grid: Grid, out: TableRelation[]): void {
  const cols = grid.columns;
  const byColumn = (v: CellValue): string => columnName(v.column);
  for (const t of cols) {
    if (!t.total || t.role !== 'amount') continue;
    // the amount columns next to it, up to another total column or a column of another kind
    const run = (step: 1 | -1): Column[] => {
      const out: Column[] = [];
      for (let i = t.index + step; i >= 0 && i < cols.length; i += step) {
        const c = cols[i]!;
        if (c.role !== 'amount' || c.total) break;
        out.push(c);
      }
      return out;
    };
    const after = run(1);
    const before = run(-1).reverse();
    const whole = (cs: Column[]): Column[] => cs.filter((c) => !c.subset);
    const subsetStart = after.findIndex((c) => c.subset);
    const candidates: Column[][] = [];
    if (subsetStart === 0) {
      // 合计 | 其中：A | B: parts of the total, not all of it
      for (const row of grid.rows) {
        const total = grid.values[row.index]![t.index];
        if (!isValue(total)) continue;
        const r = sumRelation(grid, total, [after.map((c) => grid.values[row.index]![c.index])], true, 'subset', byColumn);
        if (r) out.push(r);
      }
      continue;
    }
    if (whole(after).length >= 2) candidates.push(whole(after));
    if (whole(before).length >= 2) candidates.push(whole(before));
    if (candidates.length === 0) continue;
    for (const row of grid.rows) {
      if (row.kind === 'heading' || row.kind === 'group') continue;
      const total = grid.values[row.index]![t.index];
      if (!isValue(total)) continue;
      const r = sumRelation(grid, total, candidates.map((cs) => cs.map((c) => grid.values[row.index]![c.index])), false, 'column', byColumn);
      if (r) out.push(r);
    }
  }
}

// ---- shares, rates, growth ----------------------------------------------------------------------------------

/** A percentage cell against the percentage a computation gives, both intervals. */
function percentRelation(
  grid: Grid,
  rule: TableRuleId,
  stated: CellValue,
  computed: Interval,
  value: number,
  formula: string,
  operands: CellValue[],
  what: string,
): TableRelation {
  const statedI = intervalOf(stated);
  const holds = overlaps(statedI, computed);
  const text = `${formatNumber(value, stated.decimals + 1)}%`;
  return {
    rule, table: grid.table, anchor: stated.cell, cells: [stated.cell, ...operands.map((o) => o.cell)], prose: [], holds,
    arithmetic: holds ? `${formula} = ${text}，与${where(stated)}${stated.cell.text}相符` : `${formula} = ${text}，${where(stated)}为${stated.cell.text}`,
    message: `${what}与表中数字不符：${formula} = ${text}，${where(stated)}写作${stated.cell.text}；请核对`,
    related: relatedOf(operands, (o) => `${columnName(o.column)} ${o.cell.text}`),
  };
}

/** The percentage cell's interval: written 95.3 or 95.3% alike. */
function percentOk(v: Slot): v is CellValue {
  return isValue(v) && !v.approximate && (!v.unit || v.unit.unit.kind === 'percent');
}

function shares(grid: Grid, out: TableRelation[]): void {
  const cols = grid.columns;
  const totals = grid.rows.filter((r) => r.kind === 'total');
  for (const s of cols) {
    if (s.role !== 'share') continue;
    // the amounts the shares are of: the nearest amount column to the left
    let base: Column | undefined;
    for (let i = s.index - 1; i >= 0; i--) {
      if (cols[i]!.role === 'amount') {
        base = cols[i];
        break;
      }
      if (cols[i]!.role === 'share' || cols[i]!.role === 'growth') continue;
      if (cols[i]!.role !== 'rate' && cols[i]!.role !== 'change') break;
    }
    const total = totals.length === 1 ? totals[0] : undefined;
    const at = (r: GridRow, c: Column): Slot => grid.values[r.index]![c.index];
    if (base && total) {
      const whole = at(total, base);
      if (isValue(whole) && !whole.approximate) {
        for (const r of grid.rows) {
          if (r.kind === 'heading' || r.kind === 'group' || r === total) continue;
          const p = at(r, s);
          const part = at(r, base);
          if (!percentOk(p) || !isValue(part) || part.approximate || !sameUnits(part, whole)) continue;
          const q = div(intervalOf(part), intervalOf(whole));
          if (!q) continue;
          const value = (part.value / whole.value) * 100;
          out.push(percentRelation(grid, 'table-share', p, scale(q, 100), value, `${rowName(r)}${part.cell.text} ÷ ${rowName(total)}${whole.cell.text}`, [part, whole], '占比'));
        }
      }
    }
    // the shares of the parts of a whole add up to 100% (to the total's share when it states one)
    const block = total ? blockOf(grid, total) : grid.rows;
    const rs = readings(grid, block);
    if (rs.length === 0) continue;
    const stated = total ? at(total, s) : undefined;
    const target: Interval = percentOk(stated) ? intervalOf(stated) : point(100);
    let relation: TableRelation | undefined;
    for (const reading of rs) {
      const slots = reading.parts.map((p) => at(p, s));
      if (slots.some((x) => x === 'unknown' || x === undefined)) continue;
      const parts = slots.filter(percentOk);
      if (parts.length < 2) continue;
      const sumI = sum(parts.map(intervalOf));
      // without a total row the listed parts may be some of the whole: their shares must not pass 100%
      const holds = total ? overlaps(sumI, target) : canBeAtMost(sumI, target);
      const value = formatNumber(parts.reduce((x, p) => x + p.value, 0), maxDecimals(parts));
      const anchor = percentOk(stated) ? stated : parts[parts.length - 1]!;
      const list = partsText(parts, (v) => rowName(v.row));
      const goal = percentOk(stated) ? `${formatNumber(stated.value, stated.decimals)}%` : '100%';
      const r: TableRelation = {
        rule: 'table-share', table: grid.table, anchor: anchor.cell, cells: [...(percentOk(stated) ? [stated.cell] : []), ...parts.map((p) => p.cell)], prose: [], holds,
        arithmetic: holds ? `“${columnName(s)}”列 ${list} = ${value}%，${total ? `与${goal}相符` : '不超过100%'}` : `“${columnName(s)}”列 ${list} = ${value}%，${total ? `应为${goal}` : '超过100%'}`,
        message: total
          ? `各项占比之和不是${goal}：“${columnName(s)}”列 ${list} = ${value}%；同一整体各部分的占比之和应为${goal}（允许各数末位四舍五入的误差），请核对`
          : `各项占比之和超过100%：“${columnName(s)}”列 ${list} = ${value}%；同一整体各部分的占比之和不能超过100%，请核对`,
        related: relatedOf(parts, (v) => `${rowName(v.row)} ${v.cell.text}`),
      };
      if (!relation || (!relation.holds && r.holds)) relation = r;
      if (r.holds) break;
    }
    if (relation) out.push(relation);
  }
}

const PLAN_WORDS = /计划|预算|任务|目标|应|年度|全年|受理|登记|总数|总量|合计/;

/** The stem of a rate: 完成率 → 完成, 执行率 → 执行, 占计划% → 完成 (whatever the plan is compared with). */
function rateStem(words: string): string | undefined {
  const m = /([\u4e00-\u9fff]{2})率/.exec(words) ?? /^([\u4e00-\u9fff]{2})进度/.exec(words);
  if (m) return m[1];
  if (/完成计划|为计划|占计划|占预算|占任务|占年度/.test(words)) return '完成';
  return undefined;
}

function rates(grid: Grid, out: TableRelation[]): void {
  const amounts = grid.columns.filter((c) => c.role === 'amount');
  for (const r of grid.columns) {
    if (r.role !== 'rate') continue;
    const words = headingWords(r.label);
    const stem = rateStem(words);
    if (!stem) continue;
    const numerators = amounts.filter((c) => headingWords(c.label).includes(stem) && !PLAN_WORDS.test(headingWords(c.label).replace(stem, '')));
    const denominators = amounts.filter((c) => !numerators.includes(c) && PLAN_WORDS.test(headingWords(c.label)));
    if (numerators.length !== 1 || denominators.length !== 1) continue;
    const n = numerators[0]!;
    const d = denominators[0]!;
    for (const row of grid.rows) {
      const stated = grid.values[row.index]![r.index];
      const num = grid.values[row.index]![n.index];
      const den = grid.values[row.index]![d.index];
      if (!percentOk(stated) || !isValue(num) || !isValue(den) || num.approximate || den.approximate || !sameUnits(num, den)) continue;
      const q = div(intervalOf(num), intervalOf(den));
      if (!q) continue;
      const value = (num.value / den.value) * 100;
      out.push(percentRelation(grid, 'table-rate', stated, scale(q, 100), value, `${columnName(n)}${num.cell.text} ÷ ${columnName(d)}${den.cell.text}`, [num, den], words || '比率'));
    }
  }
}

const CURRENT = /本年|今年|本期|当年|本月|本季|累计|实际|本次/;
const PREVIOUS = /上年|去年|上期|同期|基期|上一年|前一年/;
const COMPARABLE = /可比价|可比口径|不变价/;

/** 本年 before 上年 by the years their headings name, or by their words; undefined when neither tells. */
function ordered(a: Column, b: Column): { current: Column; previous: Column } | undefined {
  const year = (c: Column): number | undefined => {
    const m = /((?:19|20)[0-9]{2})/.exec(c.label);
    return m ? Number(m[1]) : undefined;
  };
  const ya = year(a);
  const yb = year(b);
  if (ya !== undefined && yb !== undefined && ya !== yb) return ya > yb ? { current: a, previous: b } : { current: b, previous: a };
  const now = (c: Column): boolean => CURRENT.test(c.label) && !PREVIOUS.test(c.label);
  if (now(a) && PREVIOUS.test(b.label)) return { current: a, previous: b };
  if (now(b) && PREVIOUS.test(a.label)) return { current: b, previous: a };
  return undefined;
}

/**
 * The 本年 and 上年 columns a growth column compares: the two amount columns right before it (after the previous
 * growth column), or else the only two in the table that name two years or 本年 and 上年.
 */
function pairOf(grid: Grid, g: Column): { current: Column; previous: Column } | undefined {
  const near: Column[] = [];
  for (let i = g.index - 1; i >= 0; i--) {
    const c = grid.columns[i]!;
    if (c.role === 'growth' || c.role === 'change' || c.role === 'label') break;
    if (c.role === 'amount') near.unshift(c);
  }
  if (near.length === 2) {
    const pair = ordered(near[0]!, near[1]!);
    if (pair) return pair;
  }
  const amounts = grid.columns.filter((c) => c.role === 'amount');
  if (amounts.length === 2) return ordered(amounts[0]!, amounts[1]!);
  const current = amounts.filter((c) => CURRENT.test(c.label) && !PREVIOUS.test(c.label));
  const previous = amounts.filter((c) => PREVIOUS.test(c.label));
  if (current.length === 1 && previous.length === 1) return { current: current[0]!, previous: previous[0]! };
  return undefined;
}

function growth(grid: Grid, out: TableRelation[]): void {
  const t = grid.table;
  if (COMPARABLE.test(`${t.caption?.text ?? ''}${t.unit?.text ?? ''}`)) return;
  for (const g of grid.columns) {
    if ((g.role !== 'growth' && g.role !== 'change') || COMPARABLE.test(g.label)) continue;
    const pair = pairOf(grid, g);
    if (!pair) continue;
    const { current, previous } = pair;
    for (const row of grid.rows) {
      const stated = grid.values[row.index]![g.index];
      const cur = grid.values[row.index]![current.index];
      const prev = grid.values[row.index]![previous.index];
      if (!isValue(stated) || stated.approximate || !isValue(cur) || !isValue(prev) || cur.approximate || prev.approximate || !sameUnits(cur, prev)) continue;
      const formula = `(${columnName(current)}${cur.cell.text} − ${columnName(previous)}${prev.cell.text})`;
      if (g.role === 'growth') {
        if (!percentOk(stated)) continue;
        const q = div(sub(intervalOf(cur), intervalOf(prev)), intervalOf(prev));
        if (!q) continue;
        const value = ((cur.value - prev.value) / prev.value) * 100;
        out.push(percentRelation(grid, 'table-change', stated, scale(q, 100), value, `${formula} ÷ ${prev.cell.text}`, [cur, prev], '增长幅度'));
      } else {
        if (!sameUnits(stated, cur)) continue;
        const d = sub(intervalOf(cur), intervalOf(prev));
        const holds = overlaps(intervalOf(stated), d);
        const value = shown(cur.value - prev.value, cur, Math.max(cur.decimals, prev.decimals));
        out.push({
          rule: 'table-change', table: grid.table, anchor: stated.cell, cells: [stated.cell, cur.cell, prev.cell], prose: [], holds,
          arithmetic: holds ? `${formula} = ${value}，与${where(stated)}${stated.cell.text}相符` : `${formula} = ${value}，${where(stated)}为${stated.cell.text}`,
          message: `增减额与表中数字不符：${formula} = ${value}，${where(stated)}写作${stated.cell.text}；请核对`,
          related: relatedOf([cur, prev], (o) => `${columnName(o.column)} ${o.cell.text}`),
        });
      }
    }
  }
}

/** Every relation inside one table. */
export function tableRelations(grid: Grid): TableRelation[] {
  const out: TableRelation[] = [];
  rowSums(grid, out);
  columnSums(grid, out);
  shares(grid, out);
  rates(grid, out);
  growth(grid, out);
  return out;
}

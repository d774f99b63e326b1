// The relations inside a table, each with its arithmetic: a 合计/小计 row or column and what it sums (其中 rows are
// parts of the row above them, never of the total), a share column against its amounts and 100%, a rate column
// against its two columns (完成率 = 完成 ÷ 计划), a growth column against its 本年 and 上年 columns. Every figure
// is an interval at its written precision; a relation holds when the intervals can meet. Where a table can be
// read two ways (how far a 其中 group reaches), it holds when either reading holds.

import { formatNumber } from '../figures/units';
import type { RelatedSpan, Span } from '../types';
import { GROWTH, headingWords, PER_POPULATION, sameUnits, TASK_SHARE, TOTAL_ROW_EN, type CellValue, type Column, type Grid, type GridRow, type Slot } from './grid';
import { breakdowns, type Breakdown } from './structure';
import { CASE_CLOSED_HEADING, CASE_OPEN_HEADING, DECISION_HEADING, RECEIVED_HEADING } from '../figures/relations/vocabulary';
import { plainWords } from '../text';
import { canBeAtMost, div, overlaps, point, scale, sub, sum, type Interval } from './interval';
import type { Table, TableCell } from './model';
import { hundredShares } from './hundreds';
import { growthColumnsByValues, numberingRow, pairedByValues } from './growthByValues';

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
  /** Where a finding is reported when not at the anchor cell: the text's figure, when the table bears out its own cell. */
  reportAt?: Span;
  holds: boolean;
  /** A table-sum read as a whole its parts make up (a 合计), not one they merely stay within (其中). */
  exact?: boolean;
  /** (an exact table-sum) Each cell's interval at its written precision, in the order of `cells`: the total, then its parts. */
  ranges?: Interval[];
  /** (a restatement) The text's figure as an interval in the cell's terms, as it was compared with the cell. */
  textRange?: Interval;
  /** The arithmetic in Chinese: “工业项目190.5 + 基础设施284 = 474.5，与合计474.5相符”. */
  arithmetic: string;
  /** The finding's message when the relation does not hold. */
  message: string;
  related: RelatedSpan[];
}

const isValue = (v: Slot): v is CellValue => typeof v === 'object';

type Texts = Pick<TableRelation, 'arithmetic' | 'message' | 'related'>;

/**
 * A relation whose words are written when first read: a table of 300 rows has hundreds of relations, and a
 * keystroke re-reads them all, while only a hover or a finding ever shows one.
 */
export function lazyRelation(base: Omit<TableRelation, keyof Texts>, texts: () => Texts): TableRelation {
  let written: Texts | undefined;
  const get = (): Texts => (written ??= texts());
  return Object.defineProperties(base as TableRelation, {
    arithmetic: { get: () => get().arithmetic, enumerable: true },
    message: { get: () => get().message, enumerable: true },
    related: { get: () => get().related, enumerable: true },
  });
}

/** How many parts a message lists before it says “…（共n项）”. */
const LISTED_PARTS = 6;

export function columnName(c: Column): string {
  return headingWords(c.label) || `第${c.index + 1}列`;
}

/** A bilingual yearbook's label, its English after its Chinese (春收粮食 spring harvest): the English, dropped from its name. */
const ENGLISH_AFTER = /(?<=[\u4e00-\u9fff）)])[A-Za-z][A-Za-z ,'’.()-]*$/;

export function rowName(r: GridRow): string {
  return r.label.replace(ENGLISH_AFTER, '') || `第${r.index + 1}行`;
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

interface SumCheck {
  holds: boolean;
  parts: CellValue[];
  /** The parts come short of the total (a remainder, or an error where the sum must be exact). */
  under: boolean;
}

/** A figure written whole, without a unit or a 万 of its own. */
const bareWhole = (v: CellValue): boolean => v.decimals === 0 && v.scale === 1 && !v.unit;

/**
 * Two whole figures, one counted in a unit its column's heading names (件数小计: 件, 人数: 人) and the other with no unit
 * at all (12345热线 under “单位：件、万元”, which does not say which column is which): the same count, unit-less figures
 * being neither 万 nor 元 of their own. Never a figure scaled by a 万 or with decimals.
 */
function countOfNoUnit(a: CellValue, b: CellValue): boolean {
  const counted = (v: CellValue): boolean => v.unit?.unit.kind === 'count' && v.unit.multiplier === 1 && v.unit.unit.factor === 1;
  const whole = (v: CellValue): boolean => v.decimals === 0 && v.scale === 1;
  return whole(a) && whole(b) && ((counted(a) && !b.unit) || (counted(b) && !a.unit));
}

/** Σ parts against a total cell, or undefined when the cells cannot be added (words, moved cells, other units, none). */
function sumOf(total: CellValue, slots: readonly Slot[], mode: 'exact' | 'atMost' | 'notOver'): SumCheck | 'unknown' | undefined {
  if (slots.some((s) => s === 'unknown')) return 'unknown';
  // a figure whose column is not sure adds at least nothing: enough to say parts are too many, not too few
  if (slots.some((s) => s === undefined || (s === 'unplaced' && mode === 'exact'))) return undefined;
  const parts = slots.filter(isValue);
  if (parts.length === 0 || !parts.every((p) => (sameUnits(p, total) || countOfNoUnit(p, total)) && !p.approximate)) return undefined;
  // a change below zero, or a part of one (增长额 −0.02, 其中 0.00): the parts of a fall need not be smaller than it, and
  // only an exact sum can be checked
  if (mode !== 'exact' && (total.value < 0 || parts.some((p) => p.value < 0))) return undefined;
  // … nor those of a rise (增减额 850, 其中 1,468: the other parts fell): a difference's parts are bounded by no part of it
  if (mode !== 'exact' && total.column.role === 'change') return undefined;
  // a count of whole things (承办件数 over 办结数, 在办数; 合计 over 男性人数, 女性人数) and its parts are counts of the
  // same things: their whole figures are exact
  const counted = (total.column.counted === true || parts.every((p) => p.column.counted === true)) && [total, ...parts].every(bareWhole);
  const s = sum(parts.map((p) => (counted ? point(p.value) : intervalOf(p))));
  const t = counted ? point(total.value) : intervalOf(total);
  const under = !overlaps(s, t) && s.hi < t.lo;
  const holds = mode === 'exact' ? overlaps(s, t) : canBeAtMost(s, t);
  return { holds, parts, under };
}

export function sumRelation(
  grid: Grid,
  total: CellValue,
  slots: readonly Slot[],
  mode: 'exact' | 'atMost' | 'notOver',
  how: 'row' | 'column' | 'subset' | 'inferred' | 'nested',
  name: (v: CellValue) => string,
): TableRelation | undefined {
  if (total.approximate || (total.percent && !total.column.shares)) return undefined;
  const check = sumOf(total, slots, mode);
  if (check === 'unknown') {
    const cells = [total.cell, ...slots.filter(isValue).map((v) => v.cell)];
    return {
      rule: 'table-sum',
      table: grid.table,
      anchor: total.cell,
      cells,
      prose: [],
      holds: true,
      arithmetic: `${where(total)}与所列各项：含未填写的数字，无法核算`,
      message: '',
      related: [],
    };
  }
  if (!check) return undefined;
  const { parts, holds } = check;
  const cells = [total.cell, ...parts.map((p) => p.cell)];
  const ranges = mode === 'exact' ? [intervalOf(total), ...parts.map(intervalOf)] : undefined;
  return lazyRelation({ rule: 'table-sum', table: grid.table, anchor: total.cell, cells, prose: [], holds, exact: mode === 'exact', ...(ranges ? { ranges } : {}) }, () => {
    const decimals = Math.max(total.decimals, maxDecimals(parts));
    const s = parts.reduce((x, p) => x + p.value, 0);
    const sumText = shown(s, total, decimals);
    const list = partsText(parts, name);
    const related = relatedOf(parts, (p) => `分项 ${name(p)}${p.cell.text}`);
    if (mode !== 'exact') {
      const lead = how === 'subset' ? '其中 ' : '';
      const moreThan = how === 'subset' ? '其中各项之和超过所属的数' : '分项之和超过总数';
      const why =
        how === 'subset'
          ? parts.every((p) => p.row === total.row)
            ? '“其中”各列是同一行中它们所属那一列的一部分，不能超过它'
            : '“其中”所列是它上一行的一部分，不能超过它'
          : how === 'inferred'
            ? '表中其他各列的数字表明这几行是它的组成部分（各列都正好加总），分项之和不能超过它'
            : how === 'nested'
              ? '按表中序号的层次，这几行是它下面的细项，细项之和不能超过它'
              : '所列各项是它的一部分，不能超过它';
      return {
        arithmetic: holds
          ? `${lead}${list} = ${sumText}，${check.under ? '小于' : '不超过'}${where(total)}${total.cell.text}${check.under && how === 'inferred' ? '（表中未列全）' : ''}`
          : `${lead}${list} = ${sumText}，超过${where(total)}${total.cell.text}`,
        message: `${moreThan}：${list} = ${sumText}，比${where(total)}的${total.cell.text}还多${shown(s - total.value, total, decimals)}；${why}，请核对`,
        related,
      };
    }
    const diff = Math.abs(s - total.value);
    const whose = how === 'row' ? '表中合计应等于所列各项之和' : how === 'inferred' ? '表中其他各列都正好加总，这几行是它的全部组成部分，它应等于所列各项之和' : '合计列应等于同一行各分列之和';
    return {
      arithmetic: holds ? `${list} = ${sumText}，与${where(total)}${total.cell.text}相符` : `${list} = ${sumText}，与${where(total)}${total.cell.text}不符`,
      message: `表格合计与分项之和不符：${list} = ${sumText}，与${where(total)}的${total.cell.text}相差${shown(diff, total, decimals)}；${whose}，请核对`,
      related,
    };
  });
}

/** “合计”行“完成投资”. */
function where(v: CellValue): string {
  return `“${rowName(v.row)}”行“${columnName(v.column)}”`;
}

/**
 * Whether a breakdown's reading is borne out by none of its columns: two columns or more compared (columns that
 * repeat another's figures count once), and the parts miss the total in every one of them; with how many come short. A slip in a figure breaks one column and leaves the others adding up; a
 * table whose rows miss their total everywhere was read wrongly (two breakdowns of one total taken as one, a total
 * over a selection of its rows, an index row over the sectors below it), and nothing is said of it.
 */
function misread(b: Breakdown, mode: 'exact' | 'atMost' | 'notOver', columns: readonly Column[], at: (r: GridRow, c: Column) => Slot): { under: number } | undefined {
  let under = 0;
  // columns that repeat another's figures (本年预算数 | 其中：财政拨款, the same in every row) are one witness
  const seen = new Set<string>();
  for (const c of columns) {
    const total = at(b.total, c);
    if (!isValue(total) || total.approximate || (total.percent && !total.column.shares)) continue;
    const check = sumOf(
      total,
      b.parts.map((p) => at(p, c)),
      mode,
    );
    if (typeof check !== 'object') continue;
    if (check.holds) return undefined;
    const key = [total, ...check.parts].map((v) => v.value).join(',');
    if (!seen.has(key) && check.under) under++;
    seen.add(key);
  }
  return seen.size >= 2 ? { under } : undefined;
}

/**
 * 六安市 | 0 | 0 | 0 | 171.0747 | … over 舒城县本级 | 174.3228 | 35.5 | 138.8228 | 171.0747 | …: a row read as the whole of
 * the rows under it only because other columns add up (no label says so) is no bound where it reads zero: a cell of 0
 * there is a figure not filled in (a larger place's row in a county's table), not a total the rows must fit under.
 * (One misreading would otherwise give a finding per column of zeros.)
 */
function zeroWhole(total: CellValue): boolean {
  return total.value === 0;
}

/**
 * Whether parts that miss their total add up under another reading of the same rows, which the table's labels do
 * not rule out: the rows are two breakdowns of the total one after the other (the first run adds up to it exactly,
 * the rest too, or stays within it), or one row restates the row before it (a part and its only
 * sub-item) and counting it once makes the sum right.
 */
function otherReading(total: CellValue, slots: readonly Slot[], mode: 'exact' | 'atMost' | 'notOver'): boolean {
  if (total.approximate || (total.percent && !total.column.shares)) return false;
  const check = sumOf(total, slots, mode);
  if (typeof check !== 'object' || check.holds || check.under) return false;
  // the figures as written (small whole counts read at their half-unit slack each add up to anything near)
  const parts = check.parts.map((v) => v.value);
  const n = parts.length;
  if (n < 2) return false;
  const t = intervalOf(total);
  const all = parts.reduce((x, y) => x + y, 0);
  // two breakdowns one after the other
  let run = 0;
  for (let k = 0; k < n - 1; k++) {
    run += parts[k]!;
    if (!overlaps(point(run), t)) continue;
    const rest = point(all - run);
    if (mode === 'exact' ? overlaps(rest, t) : canBeAtMost(rest, t)) return true;
  }
  if (mode === 'atMost') return false;
  // one row counted twice: it equals the row right before it (a part and its only sub-item, 上级补助收入 over
  // 税收返回及转移支付补助), neither zero, and the others add up
  for (let k = 1; k < n; k++) {
    const v = parts[k]!;
    if (v !== 0 && parts[k - 1] === v && overlaps(point(all - v), t)) return true;
  }
  return false;
}

/**
 * A row named as a rate (工业产销率（%）, 利润率): the rows under it (#食品制造业 101.1) are the rates of its parts, no parts
 * of its rate, which is their sales over their output, not their sum. (Not a share, 比重: the shares of parts of one
 * whole do add up within the share of that whole.)
 */
function namedRate(row: GridRow): boolean {
  return /(?<!功)率(?:[（(][%％][）)])?$/.test(row.label.trim());
}

/** Columns of shares an inferred breakdown must add up exactly in, at least, before the one that does not is read as a slip. */
const MIN_EXACT_COLUMNS = 3;

function rowSums(grid: Grid, found: readonly Breakdown[], out: TableRelation[]): void {
  const amounts = grid.columns.filter((c) => c.role === 'amount' || c.role === 'change');
  const at = (r: GridRow, c: Column): Slot => grid.values[r.index]![c.index];
  const byRow = (v: CellValue): string => partName(v.row);
  const seen = new Map<string, number>();
  const push = (r: TableRelation | undefined): void => {
    if (!r) return;
    const key = r.cells.map((c) => c.offset).join(',');
    const at = seen.get(key);
    // the same cells read twice: a part's sub-items that make it up exactly (豆类 = #大豆 + 杂豆 in a table of shares
    // whose columns all add up) stand first as a 其中 list of it (at most) and then as its breakdown (exact); the
    // exact reading is kept
    if (at !== undefined) {
      if (r.exact && !out[at]!.exact) out[at] = r;
      return;
    }
    seen.set(key, out.length);
    out.push(r);
  };
  // rows with a breakdown of their own (labelled or inferred), by row
  const own = new Map<GridRow, Breakdown[]>();
  for (const b of found) {
    if (b.basis === 'partial') continue;
    const list = own.get(b.total);
    if (list) list.push(b);
    else own.set(b.total, [b]);
  }
  // a column without a heading is added up when its figures are whole and not negative (counts), or where it adds
  // up somewhere else in the table: else they may be rates or growth (their % lost in copying), which no row sums
  const addsUp = (b: Breakdown, c: Column): boolean => {
    const total = at(b.total, c);
    if (b.basis === 'partial' || !isValue(total)) return false;
    const check = sumOf(
      total,
      b.parts.map((p) => at(p, c)),
      'exact',
    );
    return typeof check === 'object' && check.holds;
  };
  const whole = (c: Column): boolean =>
    grid.rows.every((r) => {
      const v = at(r, c);
      return !isValue(v) || (v.decimals === 0 && v.value >= 0);
    });
  // a column in which one part alone is larger than its whole under two wholes or more (夏粮 5096.0 over 全年粮食
  // 5482.9 and 稻谷 6892.5 over 谷物 5982.9): averages or ratios (单位面积产量, its heading moved onto the next column
  // by a corner cell lost in copying), never summed (a witness still of how the table's rows are read); a slip in one
  // figure puts one part over one whole
  const averaged = (c: Column): boolean => {
    // (a difference's part may rise more than its whole where the other parts fell: 增减额 is never taken for this)
    if (c.role === 'change') return false;
    const over = new Set<GridRow>();
    for (const b of found) {
      const total = at(b.total, c);
      if (!isValue(total) || total.value <= 0) continue;
      const larger = b.parts.some((p) => {
        const v = at(p, c);
        return isValue(v) && sameUnits(v, total) && v.lo > total.hi;
      });
      if (larger) over.add(b.total);
    }
    return over.size >= 2;
  };
  const additive = new Set(amounts.filter((c) => headingWords(c.label) !== '' || whole(c) || found.some((b) => addsUp(b, c))));
  // a 其中 row under its row, in a column without a heading (a yearbook's counties across, the line of their names
  // lost: 城乡居民社会养老保险参保人数 （人） 1392014 232402 … over   #城镇 （人） 216471 6334 …): at most its row where the
  // column's figures are whole counts in every row but the rates (城镇登记失业率 (%) 2.49 2.48 …, no amount)
  const wholeBesideRates = (c: Column): boolean =>
    grid.rows.every((r) => {
      const v = at(r, c);
      return !isValue(v) || (v.decimals === 0 && v.value >= 0) || namedRate(r);
    });
  const partOfRow = new Set(amounts.filter((c) => c.role === 'amount' && !additive.has(c) && wholeBesideRates(c)));
  const averages = new Set(amounts.filter(averaged));
  // columns without a heading written alike (a yearbook's cities across, each with its decimals in the same rows) are
  // of one kind: one that adds up somewhere makes the others amounts too, a slip in one column's only sum included
  // (the pattern must mix whole and decimal rows: a column of growth rates that lost its % is decimal throughout)
  const alike = (c: Column, d: Column): boolean => {
    let whole = 0;
    let decimal = 0;
    for (const r of grid.rows) {
      const x = at(r, c);
      const y = at(r, d);
      if (!isValue(x) || !isValue(y)) continue;
      if (x.decimals > 0 !== y.decimals > 0) return false;
      if (x.decimals > 0) decimal++;
      else whole++;
    }
    return whole >= 3 && decimal >= 1;
  };
  const unnamed = amounts.filter((c) => c.role === 'amount' && headingWords(c.label) === '');
  const adding = unnamed.filter((c) => additive.has(c));
  for (const c of unnamed) if (!additive.has(c) && adding.some((d) => alike(c, d))) additive.add(c);
  // a 合计 row over rows that fall short of it in every amount column, three or more: a selection (按行业分组一,
  // one of several tables), each row a part of the total, not all of it; or a table cut off. A slip in a complete
  // table leaves the other columns adding up. One column may be over: a slip, or a row whose cells moved (then the
  // rows are checked not to exceed the total, and that column is reported).
  const selection = (b: Breakdown): boolean => {
    let seen = 0;
    let over = 0;
    for (const c of amounts) {
      const total = at(b.total, c);
      if (c.role !== 'amount' || !isValue(total) || !additive.has(c) || total.value <= 0) continue;
      const check = sumOf(
        total,
        b.parts.map((p) => at(p, c)),
        'exact',
      );
      if (typeof check !== 'object') continue;
      if (check.holds || (!check.under && ++over > 1)) return false;
      if (check.under) seen++;
    }
    return seen >= 3;
  };
  // 本地电话用户 = 市内 + 农村, and between them #住宅电话用户, 无线寻呼, 移动电话: rows between two parts of a breakdown
  // read from the figures that go over the first part in every column are no sub-items of it, but rows of their own
  // the breakdown stepped over
  const overEverywhere = (part: GridRow, subs: readonly GridRow[]): boolean => {
    let compared = 0;
    let over = 0;
    for (const c of amounts) {
      const whole = at(part, c);
      const values = subs.map((x) => at(x, c));
      if (!additive.has(c) || !isValue(whole) || !values.every(isValue)) continue;
      compared++;
      if (values.reduce((t, v) => t + (v as CellValue).value, 0) > whole.value) over++;
    }
    return compared >= 2 && over === compared;
  };
  // rows adding up exactly in every amount column, two at least (the parts make up the whole, nothing unlisted)
  // (read once for a breakdown, whichever of its difference columns asks)
  const completeness = new Map<Breakdown, boolean>();
  const complete = (b: Breakdown): boolean => {
    let is = completeness.get(b);
    if (is === undefined) completeness.set(b, (is = completeOf(b)));
    return is;
  };
  const completeOf = (b: Breakdown): boolean => {
    let exact = 0;
    for (const c of amounts) {
      const total = at(b.total, c);
      if (c.role !== 'amount' || !isValue(total) || !additive.has(c)) continue;
      const check = sumOf(
        total,
        b.parts.map((p) => at(p, c)),
        'exact',
      );
      if (check === undefined) continue;
      if (check === 'unknown' || !check.holds) return false;
      exact++;
    }
    return exact >= 2;
  };
  // rows adding up exactly in every column of shares but one, three at least (a 种植结构 table under 单位：%: 粮食作物
  // over 谷物, 豆类, 薯类 by indentation, over six years): the columns that add up show the parts are all of the item,
  // so the one that does not is a slip, not an unlisted remainder. Only where that column's parts are all written (a
  // blank may be a part left out), and only shares of one whole: a table of amounts may add to its total a kind the
  // rows leave out from one year on (2016年及以后含村卫生所, its staff in 人员数 and in none of the rows).
  // (read once for a breakdown, and once for a part's list of sub-items: #大豆 and 杂豆 under 豆类)
  const nearlyCompleteness = new Map<Breakdown | readonly GridRow[], boolean>();
  const nearlyComplete = (key: Breakdown | readonly GridRow[], whole: GridRow, parts: readonly GridRow[]): boolean => {
    let is = nearlyCompleteness.get(key);
    if (is === undefined) nearlyCompleteness.set(key, (is = nearlyCompleteOf(whole, parts)));
    return is;
  };
  const nearlyCompleteOf = (whole: GridRow, parts: readonly GridRow[]): boolean => {
    let exact = 0;
    let failing = 0;
    for (const c of amounts) {
      const total = at(whole, c);
      if (c.role !== 'amount' || !c.shares || !isValue(total) || !additive.has(c)) continue;
      const slots = parts.map((p) => at(p, c));
      const check = sumOf(total, slots, 'exact');
      if (check === undefined) continue;
      if (check === 'unknown' || (!check.holds && (++failing > 1 || !slots.every(isValue)))) return false;
      if (check.holds) exact++;
    }
    return exact >= MIN_EXACT_COLUMNS;
  };
  for (const b of found) {
    if (namedRate(b.total)) continue;
    // a total row named only in English (its 合计 lost in copying) is the whole of its rows where a column bears it
    // out; else the rows may be the first page of a longer list (分行业 cut after 科学研究)
    if (b.basis === 'labelled' && TOTAL_ROW_EN.test(b.total.label) && !amounts.some((c) => additive.has(c) && addsUp(b, c))) continue;
    let partial = b.basis === 'labelled' && selection(b);
    const mode = partial || b.basis === 'partial' ? 'atMost' : b.basis === 'labelled' ? 'exact' : 'notOver';
    // a reading of the table's structure that no column bears out is a misreading, not a table wrong everywhere;
    // but where two columns or more come short, the rows may be a selection, and parts over the total are wrong
    // under that reading too (it is the one the 合计 row's selection test takes when no column is over)
    // (a 其中 list is a part by its label: it is checked column by column)
    const missed =
      mode === 'atMost'
        ? undefined
        : misread(
            b,
            mode,
            amounts.filter((c) => additive.has(c)),
            at,
          );
    if (missed && (mode !== 'exact' || missed.under < 2)) continue;
    if (missed) partial = true;
    for (const c of amounts) {
      const total = at(b.total, c);
      if (!isValue(total) || !(additive.has(c) || (b.basis === 'partial' && partOfRow.has(c))) || averages.has(c)) continue;
      const slots = b.parts.map((p) => at(p, c));
      if (otherReading(total, slots, partial ? 'atMost' : mode)) continue;
      if (partial) push(sumRelation(grid, total, slots, 'atMost', 'subset', byRow));
      else if (b.basis === 'labelled') push(sumRelation(grid, total, slots, 'exact', 'row', byRow));
      else if (b.basis === 'partial') push(sumRelation(grid, total, slots, 'atMost', 'subset', byRow));
      // a difference (增减额) of rows whose amounts add up exactly in every column: their differences add up exactly
      // too (a part's rise may exceed the whole's where the other parts fell, so no bound holds short of that)
      else if (c.role === 'change' && complete(b)) push(sumRelation(grid, total, slots, 'exact', 'inferred', byRow));
      else if (c.role === 'amount' && c.shares && nearlyComplete(b, b.total, b.parts)) push(sumRelation(grid, total, slots, 'exact', 'inferred', byRow));
      else if (c.role === 'amount' && copiedParts(grid, b.total, b.parts, c, [...additive])) push(sumRelation(grid, total, slots, 'exact', 'inferred', byRow));
      else if (!zeroWhole(total)) push(sumRelation(grid, total, slots, 'notOver', 'inferred', byRow));
      // sub-items under a part: at most that part, unless the part has a breakdown of its own (then that is
      // checked). Their own nesting is known only where a sub-item's breakdown takes in the ones after it (卫生院
      // over 乡镇卫生院 among the items under 基层医疗卫生机构)
      for (const [part, subs] of b.subItems) {
        const whole = at(part, c);
        if (!isValue(whole) || own.has(part) || namedRate(part) || (b.basis === 'inferred' && overEverywhere(part, subs))) continue;
        const nested = new Set<GridRow>();
        for (const x of subs) for (const inner of own.get(x) ?? []) for (const y of [...inner.parts, ...[...inner.subItems.values()].flat()]) nested.add(y);
        const unnested = subs.filter((x) => !nested.has(x));
        // sub-items numbered from the first on ((1) 儿童福利, (2) 老年福利, (3) 残疾人福利 under 1.社会福利) with unnumbered
        // rows among them (其中：A 孤儿… / B 事实无人抚养…, minzheng-sichuan-02): the numbered rows are the sub-items, the
        // others theirs
        const level = unnested[0]?.level;
        const numbered = level !== undefined && part.level !== undefined && level > part.level ? unnested.filter((x) => x.level === level) : unnested;
        const top = numbered.length >= 2 && unnested.every((x) => x.level === undefined || x.level === level) ? numbered : unnested;
        if (
          otherReading(
            whole,
            top.map((x) => at(x, c)),
            'atMost',
          )
        )
          continue;
        const all = c.role === 'amount' && c.shares && nearlyComplete(subs, part, top);
        push(
          sumRelation(
            grid,
            whole,
            top.map((x) => at(x, c)),
            all ? 'exact' : 'atMost',
            all ? 'inferred' : subs.every((x) => x.kind === 'subset') ? 'subset' : 'nested',
            byRow,
          ),
        );
      }
    }
  }
}

/**
 * 稻谷 | 557.52 | 499.00 | 501.00 over 早稻, 中稻, 晚稻 whose 2007 中稻 175.49 and 晚稻 194.96 repeat their 2006 cells: rows
 * that add up to their whole exactly in two amount columns or more and fall short in column `c` alone, where two
 * parts or more (none zero) are written as in the column beside it while the whole is not. The other columns show
 * the rows are all of it, and the repeated cells show how the short column came about (copied from its neighbour),
 * not a kind the rows leave out from one year on (2016年及以后含村卫生所: its parts change with the whole).
 */
function copiedParts(grid: Grid, whole: GridRow, parts: readonly GridRow[], c: Column, additive: readonly Column[]): boolean {
  const at = (r: GridRow, x: Column): Slot => grid.values[r.index]![x.index];
  const check = (x: Column): SumCheck | 'unknown' | undefined => {
    const total = at(whole, x);
    const slots = parts.map((p) => at(p, x));
    return isValue(total) && slots.every(isValue) ? sumOf(total, slots, 'exact') : undefined;
  };
  const own = check(c);
  if (typeof own !== 'object' || own.holds || !own.under) return false;
  let exact = 0;
  for (const x of additive) {
    if (x === c || x.role !== 'amount') continue;
    const other = check(x);
    if (typeof other !== 'object') continue;
    if (!other.holds) return false;
    exact++;
  }
  if (exact < 2) return false;
  const text = (r: GridRow, x: Column): string | undefined => {
    const v = at(r, x);
    return isValue(v) ? v.cell.text : undefined;
  };
  return [grid.columns[c.index - 1], grid.columns[c.index + 1]].some(
    (d) => !!d && additive.includes(d) && text(whole, d) !== text(whole, c) && parts.filter((p) => (at(p, c) as CellValue).value !== 0 && text(p, d) === text(p, c)).length >= 2,
  );
}

/**
 * A column that is the sum of the columns beside it without a heading that says so (合计 lost in copying): taken
 * when the columns add up to it exactly in three rows or more and in twice as many rows as they do not.
 */
function inferredColumnSums(grid: Grid, out: TableRelation[]): Column[] {
  const cols = grid.columns;
  const labelled = labelledGroupSums(cols);
  if (!labelled) return [];
  const byColumn = (v: CellValue): string => columnName(v.column);
  const rows = grid.rows.filter((r) => r.kind !== 'heading' && r.kind !== 'group');
  const found = new Map<Column, Column[]>();
  const tried: Array<{ t: Column; runs: Column[][] }> = [];
  // (the columns a labelled group total sums, and that total, are no part of another sum found so)
  const free = (c: Column | undefined): c is Column => !!c && c.role === 'amount' && !labelled.has(c);
  for (const t of cols) {
    if (!free(t)) continue;
    const runs: Column[][] = [];
    for (const step of [1, -1] as const) {
      const run: Column[] = [];
      for (let i = t.index + step; free(cols[i]); i += step) {
        run.push(cols[i]!);
        if (run.length >= 2) runs.push([...run]);
      }
      // 技师 | 检验人员 | 其他: a column never larger than the one before it may be its 其中 (its heading lost): the
      // run without it is tried too
      if (step === 1) {
        const full = [...run];
        for (let k = 1; k < full.length - 1; k++) {
          if (!within(grid, full[k]!, full[k - 1]!)) continue;
          for (let end = k + 2; end <= full.length; end++) runs.push([...full.slice(0, k), ...full.slice(k + 1, end)]);
        }
      }
    }
    tried.push({ t, runs });
    const parts = bestRun(grid, rows, t, runs);
    if (parts) found.set(t, parts);
  }
  // 合计 | 城镇 | 单位 | 私营个体 | 其他 | 乡村, its headings lost: 城镇 is the sum of the three columns after it, and
  // 合计 the sum of 城镇 and 乡村: a run of columns to the right that steps over the parts of a column found to be
  // their sum is tried too (the parts are in the whole once, through that column)
  if (found.size > 0)
    for (const { t, runs } of tried) {
      if (found.has(t)) continue;
      const run: Column[] = [];
      let skipped = false;
      for (let i = t.index + 1; free(cols[i]);) {
        const c = cols[i]!;
        run.push(c);
        const parts = found.get(c);
        const next = parts && parts[0]!.index === c.index + 1 && parts.every((p, k) => p.index === c.index + 1 + k) ? c.index + 1 + parts.length : c.index + 1;
        if (next > c.index + 1) skipped = true;
        i = next;
        if (skipped && run.length >= 2) runs.push([...run]);
      }
      if (!skipped) continue;
      const parts = bestRun(grid, rows, t, runs);
      if (parts && parts.some((c, k) => k > 0 && c.index !== parts[k - 1]!.index + 1 && found.has(parts[k - 1]!))) found.set(t, parts);
    }
  // 总件数 | 处理中 | 已办结, its 处理中 all 0: the headings say what the arithmetic cannot
  for (const t of cols) {
    if (!free(t) || found.has(t)) continue;
    const states = caseStates(grid, rows, t, free);
    if (states) found.set(t, states);
  }
  const second = secondSplits(grid, rows, found, free);
  // (a row of growth rates, 增减% under 2024年 and 2023年, is no row of amounts: rates of parts do not add up; nor is
  // a row of rates or averages, 病床使用率（%）, 病床周转次数, 出院者平均住院日 under 合计 | 公立 | 民营)
  const summed = rows.filter((r) => !growthRateRow(r) && !rateOrAverageRow(r));
  for (const [t, parts] of found) emitColumnSum(grid, summed, t, parts, byColumn, out, decidedOfReceived(t, parts) ? 'atMost' : 'exact');
  for (const [t, parts] of second) sumsAcross(grid, summed, t, parts, 'exact', 'column', byColumn, out);
  return [...found.keys()];
}

/**
 * A row of growth rates (增 减% | 21.09 | 25.52 | -36.11, 同比增长（%）, 增速): its label a growth in percent. The
 * total's rate is no sum of its parts' rates, whatever the columns' amounts do; a row of differences (增 减 | 9389.23)
 * or of shares (比重%) adds up like the amounts and is not one.
 */
function growthRateRow(row: GridRow): boolean {
  const label = row.label.replace(/\s/g, '');
  return GROWTH.test(label) && (/[%％]|率|增速|增幅|幅度/.test(label) || row.unit?.unit.kind === 'percent');
}

/**
 * A row of rates or averages (病床使用率（%）, 病床周转次数, 出院者平均住院日, 医师人均每日担负诊疗人次): the whole's rate or
 * average is no sum of its parts'. A row of shares (构成（%）, 比重) adds up and is not one.
 */
function rateOrAverageRow(row: GridRow): boolean {
  const label = row.label.replace(/\s/g, '');
  if (/构成|比重/.test(label)) return false;
  return /率|指数/.test(label) || AVERAGE_ROW.test(label) || row.unit?.unit.kind === 'percent';
}

/**
 * 总件数 | 处理中 | 已办结 (a hotline's cases by county): the two columns right after a count of cases, headed by the two
 * states a case is in (still being dealt with, closed), are all of it, though one of them is 0 in every row (all
 * closed) and the arithmetic alone proves nothing. Read when the count is whole and they add up to it as written in
 * four rows or more, failing in one at most.
 */
function caseStates(grid: Grid, rows: readonly GridRow[], t: Column, free: (c: Column | undefined) => c is Column): Column[] | undefined {
  const run = [grid.columns[t.index + 1], grid.columns[t.index + 2]];
  if (!run.every(free)) return undefined;
  const states = run.map((c) => plainWords(headingWords(c.label)));
  const open = states.findIndex((w) => CASE_OPEN_HEADING.test(w));
  if (open < 0 || !CASE_CLOSED_HEADING.test(states[1 - open]!)) return undefined;
  let holding = 0;
  let failing = 0;
  for (const r of rows) {
    const total = grid.values[r.index]![t.index];
    if (!isValue(total) || total.value <= 0) continue;
    if (total.decimals > 0) return undefined;
    const check = sumOf(
      total,
      run.map((c) => grid.values[r.index]![c.index]),
      'exact',
    );
    if (typeof check !== 'object') continue;
    if (check.holds) holding++;
    else failing++;
  }
  return sureFit(holding, failing) ? run : undefined;
}

/**
 * 总人口 | 男性 | 女性 | 农业人口 | 非农业人口 (其中 按性别分, 按农业和非农业分, the headings lost in a yearbook's two
 * languages): a column found to be the sum of the run right beside it is split a second way by the run right after
 * that one when it adds up to the column as written in four rows or more, in four times as many as it fails in (a
 * slip fails the second split alone), and no other run after the first does so.
 */
function secondSplits(grid: Grid, rows: readonly GridRow[], found: ReadonlyMap<Column, Column[]>, free: (c: Column | undefined) => c is Column): Map<Column, Column[]> {
  const cols = grid.columns;
  const second = new Map<Column, Column[]>();
  for (const [t, parts] of found) {
    const last = parts[parts.length - 1]!;
    if (parts[0]!.index !== t.index + 1 || last.index !== t.index + parts.length || found.has(last)) continue;
    const fits: Column[][] = [];
    const run: Column[] = [];
    for (let i = last.index + 1; free(cols[i]) && !found.has(cols[i]!); i++) {
      run.push(cols[i]!);
      if (run.length < 2) continue;
      const { holding, failing } = splitFit(grid, rows, t, run);
      if (holding >= MIN_SEARCHED_HOLDING && failing * 4 <= holding) fits.push([...run]);
    }
    if (fits.length === 1) second.set(t, fits[0]!);
  }
  return second;
}

/**
 * The rows in which `parts` add up to column `t` exactly (two parts not zero), and those in which they do not; counting
 * stops once more than `failsAtMost` rows fail (the caller's answer is no by then).
 */
function splitFit(grid: Grid, rows: readonly GridRow[], t: Column, parts: readonly Column[], failsAtMost = Infinity): { holding: number; failing: number } {
  let holding = 0;
  let failing = 0;
  for (const r of rows) {
    const total = grid.values[r.index]![t.index];
    if (!isValue(total) || total.value <= 0) continue;
    const check = sumOf(
      total,
      parts.map((c) => grid.values[r.index]![c.index]),
      'exact',
    );
    if (typeof check !== 'object') continue;
    if (check.holds && check.parts.filter((p) => p.value !== 0).length >= 2) holding++;
    else if (!check.holds && ++failing > failsAtMost) break;
  }
  return { holding, failing };
}

/**
 * 接收量 | 受理量 | 不受理量: the columns after a count of what came in are the decisions taken on it, and what is still
 * being checked (尚在初查) is in neither, so they add up to at most what came in, not always to all of it.
 */
function decidedOfReceived(t: Column, parts: readonly Column[]): boolean {
  const words = (c: Column): string => headingWords(c.label).replace(/\s/g, '');
  return RECEIVED_HEADING.test(words(t)) && parts.every((c) => DECISION_HEADING.test(words(c)));
}

/** Of runs of columns, the one that adds up to column `t` in three rows or more (twice as many as it does not), when only one does best. */
function bestRun(grid: Grid, rows: readonly GridRow[], t: Column, runs: readonly Column[][]): Column[] | undefined {
  let best: { parts: Column[]; equal: number; off: number } | undefined;
  let tie = false;
  for (const parts of runs) {
    let equal = 0;
    let off = 0;
    for (const r of rows) {
      const total = grid.values[r.index]![t.index];
      if (!isValue(total) || total.value === 0) continue;
      const check = sumOf(
        total,
        parts.map((c) => grid.values[r.index]![c.index]),
        'exact',
      );
      if (typeof check !== 'object') continue;
      if (check.holds && check.parts.filter((p) => p.value !== 0).length >= 2) equal++;
      else if (!check.holds) off++;
    }
    if (!best || equal > best.equal) {
      best = { parts, equal, off };
      tie = false;
    } else if (equal === best.equal) tie = true;
  }
  if (!best || tie || best.equal < 3 || best.equal < 2 * best.off) return undefined;
  return best.parts;
}

/** Column `t` as the sum of `parts` in every row (and a column its parts step over, a 其中 of the one before it). */
function emitColumnSum(grid: Grid, rows: readonly GridRow[], t: Column, parts: readonly Column[], byColumn: (v: CellValue) => string, out: TableRelation[], mode: 'exact' | 'atMost' = 'exact'): void {
  const cols = grid.columns;
  // a column the sum leaves out from among its parts: a 其中 of the column before it
  for (let k = 1; k < parts.length; k++) {
    const a = parts[k - 1]!;
    const b = parts[k]!;
    if (b.index === a.index + 2 && cols[a.index + 1]!.role === 'amount') subsetColumn(grid, cols[a.index + 1]!, a, out);
  }
  sumsAcross(grid, rows, t, parts, mode, 'column', byColumn, out);
}

/** In each of `rows`, column `owner`'s cell against the cells of `parts` in that row added up. */
function sumsAcross(
  grid: Grid,
  rows: readonly GridRow[],
  owner: Column,
  parts: readonly Column[],
  mode: 'exact' | 'atMost',
  how: 'column' | 'subset',
  name: (v: CellValue) => string,
  out: TableRelation[],
): void {
  for (const r of rows) {
    const total = grid.values[r.index]![owner.index];
    if (!isValue(total)) continue;
    const x = sumRelation(
      grid,
      total,
      parts.map((c) => grid.values[r.index]![c.index]),
      mode,
      how,
      name,
    );
    if (x) out.push(x);
  }
}

/** Whether a column is at most another in every row where both have figures (one row forgiven among four or more), in three rows or more. */
function within(grid: Grid, c: Column, of: Column): boolean {
  let compared = 0;
  let larger = 0;
  for (const r of grid.rows) {
    const a = grid.values[r.index]![c.index];
    const b = grid.values[r.index]![of.index];
    if (!isValue(a) || !isValue(b) || !sameUnits(a, b)) continue;
    compared++;
    if (a.lo > b.hi) larger++;
  }
  return compared >= 3 && (larger === 0 || (compared >= 4 && larger === 1));
}

/** A 其中 column: in each row at most the column it is a part of. */
function subsetColumn(grid: Grid, sub: Column, owner: Column, out: TableRelation[]): void {
  const byColumn = (v: CellValue): string => columnName(v.column);
  for (const row of grid.rows) {
    // (the rate or average of a part may be above the whole's: 病床使用率 of 政府办 above that of 公立)
    if (rateOrAverageRow(row)) continue;
    const whole = grid.values[row.index]![owner.index];
    const part = grid.values[row.index]![sub.index];
    if (!isValue(whole) || !isValue(part)) continue;
    const r = sumRelation(grid, whole, [part], 'atMost', 'subset', byColumn);
    if (r) out.push(r);
  }
}

/**
 * 其中 columns after a column that is not a total (机构数 | # 医院 | 床位数 | # 医院 | 人员数 | # 医师 | # 护士): each is at
 * most the column before the run of 其中 columns it stands in; together they are at most it too, when they are so in
 * every row but one at most (parts of one split; 其中 columns of different splits, 女性 and 少数民族, may add up to
 * more). A 其中 run right after a 合计 column is checked with that total.
 */
function subsetColumns(grid: Grid, out: TableRelation[]): void {
  const cols = grid.columns;
  for (let i = 1; i < cols.length; i++) {
    const owner = cols[i - 1]!;
    if (owner.role !== 'amount' || owner.subset || owner.total || owner.index === 0) continue;
    const run: Column[] = [];
    for (let j = i; j < cols.length && cols[j]!.subset && cols[j]!.role === 'amount'; j++) run.push(cols[j]!);
    if (run.length === 0) continue;
    let compared = 0;
    let over = 0;
    for (const row of grid.rows) {
      const whole = grid.values[row.index]![owner.index];
      if (!isValue(whole)) continue;
      const parts = run.map((c) => grid.values[row.index]![c.index]).filter(isValue);
      if (parts.length !== run.length) continue;
      compared++;
      if (parts.reduce((x, p) => x + p.value, 0) > whole.value) over++;
    }
    const together = run.length >= 2 && compared >= 3 && over <= 1 && (over === 0 || compared >= 4);
    // # 一般预算收入 | #增值税 | #营业税 | #企业所得税 after 地方财政收入: 其中 columns written at one level that add up
    // to more than their column, the first of them as much as the rest together in every row but one (four rows
    // or more): the rest are parts of the first (a second level the copy marks with the same #)
    const nested = !together && run.length >= 3 && fitsUnder(grid, run[0]!, run.slice(1));
    if (!together) {
      for (const c of nested ? run.slice(0, 1) : run) subsetColumn(grid, c, owner, out);
      if (nested) subsetsTogether(grid, run[0]!, run.slice(1), out);
      continue;
    }
    subsetsTogether(grid, owner, run, out);
  }
}

/** The words two column labels end with alike (本季末 of 单位从业人员本季末 and #在岗职工人数本季末). */
function sharedEnd(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

/**
 * 单位从业人员 本季末 | 单位从业人员 比上年底增减 | #在岗职工人数 本季末 | #在岗职工人数 比上年底增减: a 其中 group of
 * columns after its whole's group, the same columns under each. The column before a 其中 column is then no amount
 * (subsetColumns passes it by); its whole is the nearest amount column before it under the same heading
 * (本季末), a word or more, and a 其中 column is at most it in every row compared (three at least, one row forgiven
 * among four or more).
 */
function groupedSubsetColumns(grid: Grid, out: TableRelation[]): void {
  const cols = grid.columns;
  for (let i = 2; i < cols.length; i++) {
    const sub = cols[i]!;
    const before = cols[i - 1]!;
    if (!sub.subset || sub.role !== 'amount' || before.subset || (before.role === 'amount' && before.index > 0)) continue;
    for (let j = i - 2; j >= 1; j--) {
      const o = cols[j]!;
      if (o.role !== 'amount' || o.subset || o.total) continue;
      const end = sharedEnd(o.label, sub.label);
      if (end.length < 2 || end.length === o.label.length || !/[\u4e00-\u9fff]/.test(end)) continue;
      if (within(grid, sub, o)) subsetColumn(grid, sub, o, out);
      break;
    }
  }
}

/** Columns `parts` add up to at most `whole` in every row compared (four at least) or all but one. */
function fitsUnder(grid: Grid, whole: Column, parts: readonly Column[]): boolean {
  let compared = 0;
  let over = 0;
  for (const row of grid.rows) {
    const w = grid.values[row.index]![whole.index];
    if (!isValue(w)) continue;
    const ps = parts.map((c) => grid.values[row.index]![c.index]).filter(isValue);
    if (ps.length !== parts.length) continue;
    compared++;
    if (ps.reduce((x, p) => x + p.value, 0) > w.value) over++;
  }
  return compared >= 4 && over <= 1;
}

/** In each row, the 其中 columns `run` together at most column `owner`. */
function subsetsTogether(grid: Grid, owner: Column, run: readonly Column[], out: TableRelation[]): void {
  sumsAcross(grid, grid.rows, owner, run, 'atMost', 'subset', (v) => columnName(v.column), out);
}

/** A row of percentages or changes (2016年比2015年增减%, 比重（%）): its cells are not added across. */
const PERCENT_ROW = /[%％]|增减|增长|下降|比重|占比|率/;

/** A cell that reads 100 (a whole in shares, 100 or 100.00). */
function readsHundred(v: Slot): v is CellValue {
  return isValue(v) && v.value === 100;
}

/**
 * The columns of row shares: a column reading 100 in every row that has a figure in it (three rows or more), and the
 * columns after it up to one with a figure over 100.
 */
function rowShares(grid: Grid): Column[] {
  const columns = grid.columns;
  const out: Column[] = [];
  const hundreds = (c: Column): boolean => {
    let n = 0;
    for (const r of grid.rows) {
      const v = grid.values[r.index]![c.index];
      if (!isValue(v)) continue;
      if (!readsHundred(v)) return false;
      n++;
    }
    return n >= 3;
  };
  const at = columns.findIndex(hundreds);
  if (at < 0) return out;
  for (const c of columns.slice(at)) {
    if (grid.rows.some((r) => isValue(grid.values[r.index]![c.index]) && (grid.values[r.index]![c.index] as CellValue).value > 100)) break;
    out.push(c);
  }
  return out;
}

/**
 * Rows whose empty cells stand for figures the page did not show (a yearbook's 空格: 数据不详或无该项数据), not for
 * nothing: rows with an empty part whose other parts come short of their 合计, where the table has two such rows or
 * more (| 1.中央 | 27777 | 6210 | | | over | 3.机关 | 20380 | 20380 | | |). Such a row's total cannot be checked as
 * the sum of its cells; a row whose parts come out exact, or go over the total, is read with its empty cells as
 * nothing. A dash (—) is a figure of none and never hides one.
 */
function unshownBlanks(grid: Grid, rows: readonly GridRow[], t: Column, candidates: readonly Column[][]): Set<GridRow> {
  const short = new Set<GridRow>();
  for (const row of rows) {
    const total = grid.values[row.index]![t.index];
    if (!isValue(total)) continue;
    const empty = (c: Column): boolean => grid.values[row.index]![c.index] === 'blank' && (row.row.cells[c.index]?.text.trim() ?? '') === '';
    const checks = candidates.map((cs) =>
      sumOf(
        total,
        cs.map((c) => grid.values[row.index]![c.index]),
        'exact',
      ),
    );
    const shortHere = candidates.some((cs, i) => {
      const check = checks[i];
      return cs.some(empty) && typeof check === 'object' && !check.holds && check.under;
    });
    const holdsHere = checks.some((check) => typeof check === 'object' && check.holds);
    if (shortHere && !holdsHere) short.add(row);
  }
  return short.size >= 2 ? short : new Set();
}

/**
 * Rows of a pasted table that lost a cell and were padded at their end (2014年8月 | 813 | 0 | 1287 | … | 7210 | 35219 |
 * (empty), under 刑事类警情 | 治安类警情 | … | 小计 | 无效报警, where 2015年7月 | 378 | 962 | … | 8600 | 43074 fills every
 * column): the only empty cell of the row is its last, which every other row of figures fills, so the row's figures
 * stand shifted left of their columns by a cell lost somewhere; which one is not known, and such a row that does not
 * add up where it stands says nothing of its total (7210, the row's 小计, stands under 其它, and 35219, its 无效报警,
 * under 小计). (A row that adds up where it stands is read as it stands.)
 */
function shiftedLeft(grid: Grid, rows: readonly GridRow[]): Set<GridRow> {
  const shifted = new Set<GridRow>();
  const last = grid.columns[grid.columns.length - 1];
  // (the last column without a heading of its own: 无效报警 stood over it in the row above, the grid lost it)
  if (!last || last.role !== 'amount' || last.label !== '') return shifted;
  const figures = grid.columns.filter((c) => c.role === 'amount');
  // the rows of figures, and those of them that leave the last column unfilled: the one such row, every other filling it
  const withFigures = rows.filter((r) => figures.some((c) => isValue(grid.values[r.index]![c.index])));
  const unfilled = withFigures.filter((r) => !isValue(grid.values[r.index]![last.index]) && grid.values[r.index]![last.index] !== 'unplaced');
  const row = unfilled.length === 1 && withFigures.length > 1 ? unfilled[0]! : undefined;
  if (!row) return shifted;
  const values = grid.values[row.index]!;
  if (values[last.index] !== 'blank' || (row.row.cells[last.index]?.text.trim() ?? '') !== '') return shifted;
  if (figures.every((c) => c === last || isValue(values[c.index]))) shifted.add(row);
  return shifted;
}

/**
 * A total column named by its group (职务总计 beside 职务 大专院校 … 职务 机关团体, after 发明 and 外观设计): the columns
 * next to it named by that group are its parts, up to the first that is not (`run`: from the nearest column out).
 */
/**
 * The columns of the table's labelled totals where each is a group's (职务总计 and the columns named 职务 beside it):
 * those totals and their parts, the other columns free to be read for sums of their own; undefined when a total
 * column sums no group so named (a 合计 over the whole table leaves no column outside its sum).
 */
function labelledGroupSums(cols: readonly Column[]): Set<Column> | undefined {
  const taken = new Set<Column>();
  for (const t of cols) {
    if (!t.total) continue;
    const side = (step: 1 | -1): Column[] => {
      const run: Column[] = [];
      for (let i = t.index + step; i >= 0 && i < cols.length && cols[i]!.role === 'amount' && !cols[i]!.total; i += step) run.push(cols[i]!);
      return run;
    };
    const parts = [side(1), side(-1)].map((run) => [run, ownGroup(t, run)] as const).find(([run, own]) => own.length < run.length && own.length >= 2)?.[1];
    if (!parts) return undefined;
    taken.add(t);
    for (const c of parts) taken.add(c);
  }
  return taken;
}

function ownGroup(t: Column, run: readonly Column[]): Column[] {
  const group = /^(.{1,8}?)(?:总计|合计|小计)$|^(.{1,12}?)小计$/.exec(headingWords(t.label).replace(/\s/g, ''))?.slice(1).find(Boolean);
  if (!group) return [...run];
  const named = (c: Column): boolean => headingWords(c.label).replace(/\s/g, '').startsWith(group);
  const k = run.findIndex((c) => !named(c));
  return k >= 2 ? run.slice(0, k) : [...run];
}

/**
 * 发明 | 去年发明 | 发明增长率% | 实用新型 | 外观设计 | 总计 (a 镇区 patent table of 中山, its groups 申请受理 and 授权 set
 * side by side, heldout145/zhuanli-zhongshan-01): the first kind comes with last year's figure and its growth before
 * the other kinds, so the run of amount columns before the 总计 stops at that growth; the kind's own column is a part
 * too (last year's is not). Read on these three headings alone, in this order: X, 去年X (上年X), X增长率% (X增长%), the
 * growth at column `g`, right before the run.
 */
function kindWithItsGrowth(cols: readonly Column[], g: number): Column | undefined {
  const growth = cols[g];
  const last = cols[g - 1];
  const kind = cols[g - 2];
  if (!growth || !last || !kind || growth.role !== 'growth' || last.role !== 'amount' || kind.role !== 'amount' || kind.total || kind.subset) return undefined;
  const words = (c: Column): string => headingWords(c.label).replace(/\s/g, '');
  const x = words(kind);
  if (x.length === 0 || (words(last) !== `去年${x}` && words(last) !== `上年${x}`)) return undefined;
  const g2 = words(growth);
  return g2.startsWith(x) && /^(?:增长率|增长)$/.test(g2.slice(x.length)) ? kind : undefined;
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
    const after = ownGroup(t, run(1));
    const before = ownGroup(t, run(-1)).reverse();
    // (发明 | 去年发明 | 发明增长率% before the run: 发明 is one of the parts too)
    const lead = before.length >= 2 && before.length === run(-1).length ? kindWithItsGrowth(cols, before[0]!.index - 1) : undefined;
    if (lead) before.unshift(lead);
    const whole = (cs: Column[]): Column[] => cs.filter((c) => !c.subset);
    const subsetStart = after.findIndex((c) => c.subset);
    const candidates: Column[][] = [];
    if (subsetStart === 0) {
      // 合计 | 其中：A | B: parts of the total, not all of it
      subsetsTogether(grid, t, after, out);
      continue;
    }
    if (whole(after).length >= 2) candidates.push(whole(after));
    if (whole(before).length >= 2) candidates.push(whole(before));
    if (candidates.length === 0) continue;
    // a total smaller than one of its parts in most rows is not that total (a heading misread, columns shifted)
    const rows = grid.rows.filter((row) => row.kind !== 'heading' && row.kind !== 'group' && !PERCENT_ROW.test(rowName(row)) && !rateOrAverageRow(row));
    const smaller = rows.filter((row) => {
      const total = grid.values[row.index]![t.index];
      return (
        isValue(total) &&
        candidates[0]!.some((c) => {
          const v = grid.values[row.index]![c.index];
          return isValue(v) && v.value >= 0 && v.value > total.value;
        })
      );
    }).length;
    if (smaller * 2 > rows.length) continue;
    const found: TableRelation[] = [];
    const hidden = unshownBlanks(grid, rows, t, candidates);
    const shifted = shiftedLeft(grid, rows);
    for (const row of rows) {
      const total = grid.values[row.index]![t.index];
      if (!isValue(total) || hidden.has(row)) continue;
      // the columns after it, or those before it: whichever adds up
      let r: TableRelation | undefined;
      for (const cs of candidates) {
        const x = sumRelation(
          grid,
          total,
          cs.map((c) => grid.values[row.index]![c.index]),
          'exact',
          'column',
          byColumn,
        );
        if (x && (!r || (!r.holds && x.holds))) r = x;
        if (r?.holds) break;
      }
      // (a row shifted left by a lost cell that does not add up where it stands: its figures are not in their columns)
      if (r && !r.holds && shifted.has(row)) continue;
      if (r) found.push(r);
    }
    // a 合计 heading over a column that adds up in no row, of three or more, stands over another column (a heading
    // of several lines put together wrongly): nothing is said of it
    if (found.length >= 3 && !found.some((r) => r.holds)) continue;
    out.push(...found);
  }
}

/**
 * Whether a reading of a table holds in most of the cells it checks: in `least` of them at least, and in twice as many
 * as it fails in (a slip or two is reported; a reading failing more often is the wrong reading).
 */
function mostHold(holding: number, checked: number, least: number): boolean {
  return holding >= least && holding >= 2 * (checked - holding);
}

/** A column heading of a group named 合计 over the measures every group shares: 合计 授权量 over 发明 授权量, …. */
const GROUP_TOTAL_COLUMN = /^(?:合计|总计|合計|總計)(.+)$/;

/**
 * 合计 授权量 | 合计 构成 | 发明 授权量 | 发明 构成 | 实用新型 授权量 | …: a heading of groups each over the same measures
 * (a heading of two lines put together), the first group 合计. The 合计 group's amount column is the sum of the
 * other groups' columns of the same measure, the share columns between them none of it: when every amount column
 * after it is of that measure, two or more, and the sum holds in most rows (two or more, twice those it fails in).
 */
function groupedTotalColumns(grid: Grid, out: TableRelation[]): void {
  const byColumn = (v: CellValue): string => columnName(v.column);
  for (const t of grid.columns) {
    const measure = t.role === 'amount' && !t.total ? GROUP_TOTAL_COLUMN.exec(t.label.replace(/\s+/g, ''))?.[1] : undefined;
    if (!measure || /^(?:合计|总计|小计)/.test(measure)) continue;
    const after = grid.columns.filter((c) => c.index > t.index && c.role === 'amount');
    if (after.length < 2 || !after.every((c) => !c.total && !c.subset && c.label.replace(/\s+/g, '').endsWith(measure) && c.label.replace(/\s+/g, '') !== measure)) continue;
    const found: TableRelation[] = [];
    for (const row of grid.rows) {
      if (row.kind === 'heading' || row.kind === 'group') continue;
      const total = grid.values[row.index]![t.index];
      if (!isValue(total)) continue;
      const r = sumRelation(
        grid,
        total,
        after.map((c) => grid.values[row.index]![c.index]),
        'exact',
        'column',
        byColumn,
      );
      if (r) found.push(r);
    }
    const holding = found.filter((r) => r.holds).length;
    if (mostHold(holding, found.length, 2)) out.push(...found);
  }
}

/** A group row naming the table's total group: 合计 over its 小计, 职务, 非职务 rows, 国内 and 国外 after it. */
const TOTAL_GROUP_ROW = /^(?:合计|总计|合計|總計|全部)$/;

/**
 * 合计 / 小计 | 25478 / 职务 | 13024 / 非职务 | 12454, then 国内 / 小计 | 20341 / 职务 | 8051 / …, 国外 / …: groups of rows
 * under group rows, each group the same rows in the same order, the first group 合计. Each row of the 合计 group is
 * the sum of the rows of its name in the other groups, in every amount column: read when the groups' rows are named
 * alike, two groups or more after the 合计, and the sums hold in most cells (three or more, twice those they fail in).
 */
function groupedTotalRows(grid: Grid, out: TableRelation[]): void {
  const heads = grid.rows.filter((r) => r.kind === 'group');
  if (heads.length < 3 || !TOTAL_GROUP_ROW.test(heads[0]!.label.replace(/\s+/g, ''))) return;
  const blocks = heads.map((h, k) => grid.rows.filter((r) => r.index > h.index && r.index < (heads[k + 1]?.index ?? Infinity)));
  const names = (b: readonly GridRow[]): string => b.map((r) => r.label.replace(/\s+/g, '')).join('|');
  if (blocks[0]!.length < 2 || blocks[0]!.some((r) => r.kind === 'heading') || !blocks.every((b) => names(b) === names(blocks[0]!))) return;
  const byRow = (v: CellValue): string => `${rowName(heads.find((h) => h.index < v.row.index && !heads.some((x) => x.index > h.index && x.index < v.row.index)) ?? v.row)}${rowName(v.row)}`;
  const found: TableRelation[] = [];
  for (const c of grid.columns.filter((x) => x.role === 'amount')) {
    blocks[0]!.forEach((row, i) => {
      const total = grid.values[row.index]![c.index];
      if (!isValue(total)) return;
      const r = sumRelation(
        grid,
        total,
        blocks.slice(1).map((b) => grid.values[b[i]!.index]![c.index]),
        'exact',
        'row',
        byRow,
      );
      if (r) found.push(r);
    });
  }
  const holding = found.filter((r) => r.holds).length;
  if (mostHold(holding, found.length, 3)) out.push(...found);
}

// ---- shares, rates, growth ----------------------------------------------------------------------------------

/** A percentage cell against the percentage a computation gives, both intervals. */
function percentRelation(grid: Grid, rule: TableRuleId, stated: CellValue, computed: Interval, value: number, formula: () => string, operands: CellValue[], what: string, suffix = '%'): TableRelation {
  const holds = overlaps(intervalOf(stated), computed);
  return lazyRelation({ rule, table: grid.table, anchor: stated.cell, cells: [stated.cell, ...operands.map((o) => o.cell)], prose: [], holds }, () => {
    const text = `${formatNumber(value, stated.decimals + 1)}${suffix}`;
    return {
      arithmetic: holds ? `${formula()} = ${text}，与${where(stated)}${stated.cell.text}相符` : `${formula()} = ${text}，${where(stated)}为${stated.cell.text}`,
      message: `${what}与表中数字不符：${formula()} = ${text}，${where(stated)}写作${stated.cell.text}；请核对`,
      related: relatedOf(operands, (o) => `${columnName(o.column)} ${o.cell.text}`),
    };
  });
}

/** The percentage cell's interval: written 95.3 or 95.3% alike. */
function percentOk(v: Slot): v is CellValue {
  return isValue(v) && !v.approximate && (!v.unit || v.unit.unit.kind === 'percent');
}

/** The one row whose share cell reads 100 and whose amount is the largest in the base column: the whole of the shares. */
function wholeByShare(grid: Grid, s: Column, base: Column): GridRow | undefined {
  let whole: GridRow | undefined;
  let largest = -Infinity;
  for (const r of grid.rows) {
    if (r.kind === 'heading' || r.kind === 'group') continue;
    const p = grid.values[r.index]![s.index];
    const a = grid.values[r.index]![base.index];
    if (isValue(a)) largest = Math.max(largest, a.value);
    if (!percentOk(p) || p.value !== 100) continue;
    if (whole) return undefined;
    whole = r;
  }
  const a = whole && grid.values[whole.index]![base.index];
  return whole && isValue(a) && a.value === largest ? whole : undefined;
}

/**
 * Without a row whose share reads 100: the row with the largest amount in the base column that its parts add up to
 * (a breakdown found), when it has a share cell: the whole, its 100 perhaps mistyped.
 */
function largestWhole(grid: Grid, s: Column, base: Column, adding: readonly Breakdown[]): GridRow | undefined {
  let best: GridRow | undefined;
  let largest = -Infinity;
  for (const r of grid.rows) {
    if (r.kind === 'heading' || r.kind === 'group') continue;
    const a = grid.values[r.index]![base.index];
    if (isValue(a) && a.value > largest) {
      largest = a.value;
      best = r;
    }
  }
  return best && percentOk(grid.values[best.index]![s.index]) && adding.some((b) => b.total === best) ? best : undefined;
}

/** Rows whose implied wholes (amount ÷ share) one whole can be: the most of them, and the value they share. */
function commonWhole(implied: ReadonlyArray<{ row: GridRow; whole: Interval }>): { rows: GridRow[]; whole: Interval } | undefined {
  let best: { rows: GridRow[]; whole: Interval } | undefined;
  for (const at of implied) {
    // every greatest set of intervals with a common value has one whose lowest upper end is that value
    const x = at.whole.hi;
    const with_ = implied.filter((i) => i.whole.lo <= x && x <= i.whole.hi);
    if (best && with_.length <= best.rows.length) continue;
    const lo = Math.max(...with_.map((i) => i.whole.lo));
    const hi = Math.min(...with_.map((i) => i.whole.hi));
    best = { rows: with_.map((i) => i.row), whole: { lo, hi } };
  }
  return best;
}

/**
 * Shares of several wholes in one column (a yearbook's 可支配收入 | 11499 | 100.0 with its parts below, then 消费支出 |
 * 11343 | 100.0 with its own): each row that reads 100 is the whole of the rows after it, up to the next such row (a
 * lone row of 100 at the foot of the table, of the rows above it). The whole must be the largest amount of its
 * block. The shares of a block are checked when most of them hold against it (three or more, twice those that do
 * not); when they do not, but three or more rows (twice the rest) agree among themselves on one whole, that whole's
 * own amount is what is wrong.
 */
function shareBlocks(grid: Grid, s: Column, base: Column, out: TableRelation[]): void {
  const at = (r: GridRow, c: Column): Slot => grid.values[r.index]![c.index];
  const rows = grid.rows.filter((r) => r.kind !== 'heading' && r.kind !== 'group');
  const wholes = rows.filter((r) => {
    const p = at(r, s);
    const a = at(r, base);
    return percentOk(p) && p.value === 100 && isValue(a) && !a.approximate;
  });
  if (wholes.length === 0) return;
  const blocks: Array<{ of: GridRow; parts: GridRow[] }> = [];
  if (wholes.length === 1 && wholes[0] === rows[rows.length - 1]) blocks.push({ of: wholes[0]!, parts: rows.slice(0, -1) });
  else
    wholes.forEach((w, k) => {
      const from = rows.indexOf(w) + 1;
      const to = k + 1 < wholes.length ? rows.indexOf(wholes[k + 1]!) : rows.length;
      blocks.push({ of: w, parts: rows.slice(from, to) });
    });
  for (const { of, parts } of blocks) {
    const whole = at(of, base) as CellValue;
    const cells: Array<{ row: GridRow; p: CellValue; part: CellValue }> = [];
    for (const r of parts) {
      const p = at(r, s);
      const part = at(r, base);
      if (!percentOk(p) || !isValue(part) || part.approximate || !sameUnits(part, whole)) continue;
      cells.push({ row: r, p, part });
    }
    if (cells.length < 3 || cells.some((c) => c.part.value > whole.value)) continue;
    const found = cells.flatMap(({ row, p, part }) => {
      const q = div(countedOf(part), countedOf(whole));
      if (!q) return [];
      const value = (part.value / whole.value) * 100;
      return [percentRelation(grid, 'table-share', p, scale(q, 100), value, () => `${rowName(row)}${part.cell.text} ÷ ${rowName(of)}${whole.cell.text}`, [part, whole], '占比')];
    });
    const holding = found.filter((r) => r.holds).length;
    if (mostHold(holding, found.length, 3)) {
      out.push(...found);
      continue;
    }
    const implied = cells.flatMap(({ row, p, part }) => {
      const w = p.value > 0 ? div(intervalOf(part), intervalOf(p)) : undefined;
      return w ? [{ row, whole: scale(w, 100), p, part }] : [];
    });
    const common = commonWhole(implied);
    if (!common || common.rows.length < 3 || common.rows.length < 2 * (implied.length - common.rows.length) || overlaps(common.whole, intervalOf(whole))) continue;
    const witness = implied.find((i) => i.row === common.rows[0])!;
    const value = (witness.part.value / witness.p.value) * 100;
    out.push(
      lazyRelation({ rule: 'table-share', table: grid.table, anchor: whole.cell, cells: [whole.cell, witness.part.cell, witness.p.cell], prose: [], holds: false }, () => {
        const formula = `${rowName(witness.row)}${witness.part.cell.text} ÷ ${formatNumber(witness.p.value, witness.p.decimals)}%`;
        const text = shown(value, whole);
        return {
          arithmetic: `${formula} = ${text}（${common.rows.length}行的占比都表明整体约为此数），${where(whole)}为${whole.cell.text}`,
          message: `整体与各行占比不符：${formula} = ${text}，${common.rows.length}行的占比都表明整体约为此数，${where(whole)}写作${whole.cell.text}；请核对`,
          related: relatedOf([witness.part, witness.p], (o) => `${columnName(o.column)} ${o.cell.text}`),
        };
      }),
    );
  }
}

/** A cell of a column of whole things counted (事故起数, 人数) in its whole figure: exact, as in a sum or a rate. */
function countedOf(v: CellValue): Interval {
  return v.column.counted === true && bareWhole(v) ? point(v.value) : intervalOf(v);
}

/** Rows a share of the rows' sum needs, at least, and the share of them it may fail in, at most. */
const ROWS_SUM_MIN = 4;
const ROWS_SUM_FAILING = 0.25;

/**
 * A share column with neither a 合计 row nor a row reading 100 (各镇常住人口数: 地区 | 常住人口 | 比重, one row per town):
 * the whole may be the rows themselves, every place of the county listed, or a total the table leaves out (a few
 * towns' shares of the county). Read as the rows' sum when each row's share is its amount over the sum of the
 * amounts in four rows or more and in all but a quarter of them at most (a table of some of the parts has shares
 * that fall short of that sum's), every row a plain item (no 其中 row, no group heading among the figures).
 */
function sharesOfTheRows(grid: Grid, s: Column, base: Column, out: TableRelation[]): void {
  const rows = grid.rows.filter((r) => r.kind !== 'heading' && r.kind !== 'group');
  if (rows.some((r) => r.kind !== 'item' || r.indent > 0 || r.level !== undefined)) return;
  const cells: Array<{ row: GridRow; p: CellValue; part: CellValue }> = [];
  for (const r of rows) {
    const p = grid.values[r.index]![s.index];
    const part = grid.values[r.index]![base.index];
    if (!isValue(part) || part.approximate || !percentOk(p)) return;
    if (cells.length > 0 && !sameUnits(part, cells[0]!.part)) return;
    cells.push({ row: r, p, part });
  }
  if (cells.length < ROWS_SUM_MIN || cells.some((c) => c.part.value <= 0)) return;
  const whole = sum(cells.map((c) => intervalOf(c.part)));
  const total = cells.reduce((x, c) => x + c.part.value, 0);
  const quotients = cells.map((c) => div(intervalOf(c.part), whole));
  const balancing = roundingRemainder(cells, quotients);
  const found = cells.flatMap(({ row, p, part }, k) => {
    const q = quotients[k];
    if (!q) return [];
    const sumText = shown(total, part);
    // the row the rounding remainder was put in: its share one last digit off the exact one
    const unit = row === balancing ? 10 ** -p.decimals : 0;
    const computed = { lo: q.lo * 100 - unit, hi: q.hi * 100 + unit };
    return [percentRelation(grid, 'table-share', p, computed, (part.value / total) * 100, () => `${rowName(row)}${part.cell.text} ÷ 各行之和${sumText}`, [part], '占比')];
  });
  const failing = found.filter((r) => !r.holds).length;
  if (found.length - failing < ROWS_SUM_MIN || failing > ROWS_SUM_FAILING * found.length) {
    sharesOfALeftOutWhole(grid, cells, total, out);
    return;
  }
  out.push(...found);
}

/** Rows that must agree on a whole the table leaves out before their shares are checked against it. */
const LEFT_OUT_AGREEING = 5;

/**
 * Shares of a whole the table leaves out (the ten largest 商品大类 of all complaints: 58973 | 10.69, 54849 | 9.94, …,
 * the whole 551,7xx given nowhere): each row's amount over its share implies the whole, an interval at the figures'
 * precision. When every row but one at most implies one whole, five rows or more, and that whole is larger than
 * the rows' sum (the rows are some of its parts), each share is checked against it: the one row that does not
 * agree is the slip. Silent when two rows or more disagree (shares of several wholes, or another reading).
 */
function sharesOfALeftOutWhole(grid: Grid, cells: ReadonlyArray<{ row: GridRow; p: CellValue; part: CellValue }>, total: number, out: TableRelation[]): void {
  const implied = cells.flatMap(({ row, p, part }) => {
    const whole = p.value > 0 ? div(intervalOf(part), scale(intervalOf(p), 0.01)) : undefined;
    return whole ? [{ row, whole }] : [];
  });
  if (implied.length !== cells.length) return;
  const common = commonWhole(implied);
  if (!common || common.rows.length < LEFT_OUT_AGREEING || common.rows.length < cells.length - 1 || common.whole.lo <= total) return;
  const { whole } = common;
  const wholeText = formatNumber((whole.lo + whole.hi) / 2, 0);
  for (const { row, p, part } of cells) {
    const q = div(intervalOf(part), whole);
    if (!q) continue;
    out.push(
      percentRelation(
        grid,
        'table-share',
        p,
        scale(q, 100),
        (part.value / ((whole.lo + whole.hi) / 2)) * 100,
        () => `${rowName(row)}${part.cell.text} ÷ 各行按占比推算的总数约${wholeText}`,
        [part],
        '占比',
      ),
    );
  }
}

/**
 * Shares written to add up to exactly 100, the 其他 row's share the remainder (100 less the others' shares: 其他 33793
 * of 615365 is 5.49%, written 5.50 so that the column makes 100.00): the row so named, when its share is one unit of
 * its last digit off its amount's share, the shares as written add up to exactly 100 and every other row holds;
 * undefined when the column is not so. (A named row's share one digit off is a slip, reported: 复盛镇 1.53 for 1.523.)
 */
function roundingRemainder(cells: ReadonlyArray<{ row: GridRow; p: CellValue }>, quotients: ReadonlyArray<Interval | undefined>): GridRow | undefined {
  const decimals = Math.max(...cells.map((c) => c.p.decimals));
  const unit = 10 ** -decimals;
  const stated = cells.reduce((x, c) => x + c.p.value, 0);
  if (Math.abs(stated - 100) > unit / 10) return undefined;
  const off = cells.map((_, k) => k).filter((k) => !quotients[k] || !overlaps(intervalOf(cells[k]!.p), scale(quotients[k]!, 100)));
  if (off.length !== 1 || !/^其[他它]/.test(cells[off[0]!]!.row.label)) return undefined;
  const { p, row } = cells[off[0]!]!;
  const q = quotients[off[0]!];
  if (!q) return undefined;
  const u = 10 ** -p.decimals;
  return p.lo <= q.hi * 100 + u && p.hi >= q.lo * 100 - u ? row : undefined;
}

/** The year a column's heading names (比重 2010年 → 2010), if any. */
const headingYear = (c: Column): string | undefined => /((?:19|20)\d\d)\s*年/.exec(c.label)?.[1];
/** Two columns whose headings name different years. */
const otherYear = (a: Column, b: Column): boolean => {
  const x = headingYear(a);
  const y = headingYear(b);
  return x !== undefined && y !== undefined && x !== y;
};

/** The one amount column before `s` headed as `s` is (a year written twice over two blocks), if any. */
function repeatedHeading(cols: readonly Column[], s: Column): Column | undefined {
  if (s.label === '') return undefined;
  const same = cols.filter((c) => c.index < s.index && c.role === 'amount' && c.label === s.label);
  return same.length === 1 ? same[0] : undefined;
}

/**
 * A column whose figures are all written with % (129.58%, 112.24%, …): percentages, not the amounts shares are of, even
 * when its heading reads as amounts. A table set one cell a line whose heading lost a cell (行业名称) and broke another in
 * two (完成 / 投资比重) puts the heading 完成 over a column of 完成投资比例 (heldout178/zdxm-fuzhouxinqu-01): the shares
 * beside it are of the amounts further left, or of none the reading can name.
 */
function percentsOnly(grid: Grid, c: Column): boolean {
  let n = 0;
  for (const r of grid.rows) {
    const v = grid.values[r.index]![c.index];
    if (!isValue(v)) continue;
    if (v.unit?.unit.kind !== 'percent') return false;
    n++;
  }
  return n >= 2;
}

function shares(grid: Grid, parts: readonly Breakdown[], out: TableRelation[]): void {
  const cols = grid.columns;
  const totals = grid.rows.filter((r) => r.kind === 'total');
  for (const s of cols) {
    // an amount column right after another whose heading lost its words of share (占年末人口 / 比重% on the next line,
    // read as a row): its figures, none over 100, are the shares of the row that reads 100 in it when most rows
    // bear that out (below)
    const implied =
      s.role === 'amount' &&
      !s.total &&
      !s.unit &&
      s.index > 0 &&
      cols[s.index - 1]!.role === 'amount' &&
      grid.rows.every((r) => !isValue(grid.values[r.index]![s.index]) || (grid.values[r.index]![s.index] as CellValue).value <= 100);
    if (s.role !== 'share' && !implied) continue;
    // the amounts the shares are of: the nearest amount column to the left
    let base: Column | undefined;
    for (let i = s.index - 1; i >= 0; i--) {
      // (a column whose figures are all written as percentages is no amounts, whatever its heading reads)
      if (cols[i]!.role === 'amount' && percentsOnly(grid, cols[i]!)) continue;
      if (cols[i]!.role === 'amount') {
        base = cols[i];
        break;
      }
      // 人口数 | 比重 2020年 | 比重 2010年: the amounts are of one year, the share of the nearest column; another
      // year's shares (2010年) are of amounts the table does not give
      if (cols[i]!.role === 'share' && otherYear(s, cols[i]!)) break;
      if (cols[i]!.role === 'share' || cols[i]!.role === 'growth') continue;
      if (cols[i]!.role !== 'rate' && cols[i]!.role !== 'change') break;
    }
    // 2006 | 2007 | 2006 | 2007 (a yearbook's amounts, then their composition under the same years, its 构成 lost in
    // copying): the shares of a year are of that year's amounts, not of the column beside them
    if (implied) base = repeatedHeading(cols, s) ?? base;
    const at = (r: GridRow, c: Column): Slot => grid.values[r.index]![c.index];
    // 全 县 | 320801 | 100.00 | 100.00 (a heading shifted by a spaced-out 地 区): a column that reads 100 in the row where
    // the shares do is shares of its own (another year's), not the amounts these are of
    // (written as a share, 100.00, not a count of 100)
    const shareOfItsOwn = (r: GridRow, c: Column): boolean => {
      const v = at(r, c);
      return readsHundred(v) && v.decimals > 0 && readsHundred(at(r, s));
    };
    if (base && grid.rows.some((r) => shareOfItsOwn(r, base!))) base = undefined;
    // 合计 | 18.81 | … | 36.5: a 合计 row whose own share is not 100 is the listed rows' share of a whole the table does
    // not give (全县规上工业产值); the rows' shares are of that whole too, not of the 合计
    // (when the rows' shares add up to it: a 合计 share of 95 over rows adding up to 100 is a slip, not another whole)
    const ofAnother = (r: GridRow): boolean => {
      const v = at(r, s);
      if (!percentOk(v) || v.value >= 90) return false;
      const rows = grid.rows.filter((x) => x !== r && x.kind !== 'heading' && x.kind !== 'group' && x.kind !== 'total').map((x) => at(x, s));
      const added = rows.filter(percentOk).reduce((t, x) => t + x.value, 0);
      return rows.length >= 2 && Math.abs(added - v.value) <= 0.1 * rows.length + 0.05;
    };
    const total = totals.length === 1 && !implied && !ofAnother(totals[0]!) ? totals[0] : undefined;
    // a breakdown of a row whose parts add up to it in the amounts the shares are of
    const addsUp = (b: Breakdown): boolean => {
      if (!base || b.parts.length < 2) return false;
      const w = at(b.total, base);
      const ps = b.parts.map((p) => at(p, base));
      if (!isValue(w) || w.approximate || !ps.every((x): x is CellValue => isValue(x) && !x.approximate && sameUnits(x, w))) return false;
      return overlaps(sum(ps.map(intervalOf)), intervalOf(w));
    };
    // without one 合计 row, the whole is the row whose share reads 100 (全县户籍总人口 | 832955 | 100); or, when none
    // does, the largest row that its parts add up to (its 100 mistyped), its shares borne out by the rows below
    const hundred = !total && base ? wholeByShare(grid, s, base) : undefined;
    const anyHundred = grid.rows.some((r) => {
      const v = at(r, s);
      return percentOk(v) && v.value === 100;
    });
    const largest = !total && !anyHundred && base && !implied ? largestWhole(grid, s, base, parts.filter(addsUp)) : undefined;
    const whole = base && (total ?? hundred ?? largest) ? at((total ?? hundred ?? largest)!, base) : undefined;
    let sumsOf: GridRow | undefined = total;
    if (base && isValue(whole) && !whole.approximate) {
      const of = (total ?? hundred ?? largest)!;
      const found: TableRelation[] = [];
      for (const r of grid.rows) {
        if (r.kind === 'heading' || r.kind === 'group' || r === of) continue;
        const p = at(r, s);
        const part = at(r, base);
        if (!percentOk(p) || !isValue(part) || part.approximate || !sameUnits(part, whole)) continue;
        const q = div(countedOf(part), countedOf(whole));
        if (!q) continue;
        const value = (part.value / whole.value) * 100;
        found.push(percentRelation(grid, 'table-share', p, scale(q, 100), value, () => `${rowName(r)}${part.cell.text} ÷ ${rowName(of)}${whole.cell.text}`, [part, whole], '占比'));
      }
      // a row read as the whole by its 100 alone must be the whole of most rows: three or more, twice those it is not
      const holding = found.filter((r) => r.holds).length;
      // a row reading 100 that its parts add up to (地区生产总值 over its three sectors) is the whole by the amounts,
      // when no fewer of the shares bear it out than not (one of two: one share mistyped)
      const backed = !!hundred && !implied && holding >= 1 && holding >= found.length - holding && parts.some((b) => b.total === hundred && addsUp(b));
      if (total || backed || mostHold(holding, found.length, 3)) {
        out.push(...found);
        sumsOf = of;
      } else if ((hundred || largest) && !implied) shareBlocks(grid, s, base, out);
    } else if (base && !total && !implied) {
      shareBlocks(grid, s, base, out);
      if (!anyHundred) sharesOfTheRows(grid, s, base, out);
    }
    // the shares of the parts of a whole add up to 100% (to the total's share when it states one): the parts its
    // breakdown found, or every row when there is no total
    // without a total row the rows may be cut along different lines (乡村, 女性, 60岁及以上): no sum to check
    // without a total row, the breakdowns of the whole whose parts add up to it in the amounts: so do their shares
    const rs = total
      ? parts.filter((b) => b.total === total && b.basis === 'labelled').map((b) => ({ parts: b.parts }))
      : sumsOf && !implied
        ? parts.filter((b) => b.total === sumsOf && addsUp(b)).map((b) => ({ parts: b.parts }))
        : [];
    if (rs.length === 0) continue;
    const stated = sumsOf ? at(sumsOf, s) : undefined;
    const target: Interval = percentOk(stated) ? intervalOf(stated) : point(100);
    let relation: TableRelation | undefined;
    for (const reading of rs) {
      const slots = reading.parts.map((p) => at(p, s));
      if (slots.some((x) => x === 'unknown' || x === undefined)) continue;
      const parts = slots.filter(percentOk);
      if (parts.length < 2) continue;
      const sumI = sum(parts.map(intervalOf));
      // the parts of a whole without a total row add up to it in the amounts: their shares add up to its share
      const holds = sumsOf ? overlaps(sumI, target) : canBeAtMost(sumI, target);
      const value = formatNumber(
        parts.reduce((x, p) => x + p.value, 0),
        maxDecimals(parts),
      );
      const anchor = percentOk(stated) ? stated : parts[parts.length - 1]!;
      const list = partsText(parts, (v) => rowName(v.row));
      const goal = percentOk(stated) ? `${formatNumber(stated.value, stated.decimals)}%` : '100%';
      const r: TableRelation = {
        rule: 'table-share',
        table: grid.table,
        anchor: anchor.cell,
        cells: [...(percentOk(stated) ? [stated.cell] : []), ...parts.map((p) => p.cell)],
        prose: [],
        holds,
        arithmetic: holds ? `“${columnName(s)}”列 ${list} = ${value}%，${sumsOf ? `与${goal}相符` : '不超过100%'}` : `“${columnName(s)}”列 ${list} = ${value}%，${sumsOf ? `应为${goal}` : '超过100%'}`,
        message: sumsOf
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

/** A column of percentages as written: no figure over 100 or below 0, most with decimals (44.7, 29.0), three or more. */
function percentLike(grid: Grid, rows: readonly GridRow[], c: Column): boolean {
  let n = 0;
  let decimals = 0;
  for (const r of rows) {
    const v = grid.values[r.index]![c.index];
    if (v === 'unplaced' || v === 'unknown') return false;
    if (!isValue(v)) continue;
    if (!percentOk(v) || v.value < 0 || v.value > 100) return false;
    n++;
    if (v.decimals > 0) decimals++;
  }
  return n >= 3 && decimals * 3 >= n * 2;
}

/**
 * The shares of a total column whose headings were lost (a yearbook's 构成(%) over 第一产业 | 第二产业 | 第三产业,
 * copied as one line of words above the figures): a column of percentages (none over 100, written with decimals)
 * with no share read yet is the share of one amount column in a total column (one 合计 by its heading, or found
 * by the columns adding up to it) when that reading holds in three rows or more, in twice as many rows as it does
 * not, and no other amount column does as well. `合计 | 第一产业 | 第二产业 | … | 44.7 | 31.2 | …`, 12170 ÷ 27236 =
 * 44.7%: each row's share is checked. Linear in the table: the amount columns once for each total column and
 * each percentage column.
 */
function sharesOfTotalColumn(grid: Grid, totals: readonly Column[], out: TableRelation[]): void {
  if (totals.length === 0) return;
  const cols = grid.columns;
  const rows = grid.rows.filter((r) => r.kind !== 'heading' && r.kind !== 'group');
  const anchors = new Set<TableCell>(out.filter((r) => r.rule === 'table-share').map((r) => r.anchor));
  const read = (c: Column): boolean =>
    rows.some((r) => {
      const v = grid.values[r.index]![c.index];
      return isValue(v) && anchors.has(v.cell);
    });
  const percents = cols.filter((c) => ((c.role === 'amount' && headingWords(c.label) === '') || c.role === 'share') && !c.total && !totals.includes(c) && percentLike(grid, rows, c));
  const amounts = cols.filter((c) => c.role === 'amount' && !percents.includes(c));
  for (const s of percents) {
    if (read(s)) continue;
    let best: { n: Column; t: Column; equal: number; off: number } | undefined;
    let tie = false;
    for (const t of totals) {
      if (t.index > s.index) continue;
      for (const n of amounts) {
        if (n === t) continue;
        let equal = 0;
        let off = 0;
        let larger = false;
        for (const r of rows) {
          const p = grid.values[r.index]![s.index];
          const a = grid.values[r.index]![n.index];
          const w = grid.values[r.index]![t.index];
          if (!percentOk(p) || !isValue(a) || !isValue(w) || a.approximate || w.approximate || w.value <= 0 || !sameUnits(a, w)) continue;
          if (a.value > w.value) larger = true;
          const q = div(intervalOf(a), intervalOf(w));
          if (!q) continue;
          if (overlaps(intervalOf(p), scale(q, 100))) equal++;
          else off++;
        }
        if (larger) continue;
        if (!best || equal > best.equal) {
          best = { n, t, equal, off };
          tie = false;
        } else if (equal === best.equal) tie = true;
      }
    }
    if (!best || tie || best.equal < 3 || best.equal < 2 * best.off) continue;
    const { n, t } = best;
    for (const r of rows) {
      const p = grid.values[r.index]![s.index];
      const a = grid.values[r.index]![n.index];
      const w = grid.values[r.index]![t.index];
      if (!percentOk(p) || !isValue(a) || !isValue(w) || a.approximate || w.approximate || w.value <= 0 || !sameUnits(a, w)) continue;
      const q = div(intervalOf(a), intervalOf(w));
      if (!q) continue;
      const value = (a.value / w.value) * 100;
      out.push(percentRelation(grid, 'table-share', p, scale(q, 100), value, () => `${columnName(n)}${a.cell.text} ÷ ${columnName(t)}${w.cell.text}`, [a, w], '占比'));
    }
  }
}

const PLAN_WORDS = /计划|预算|任务|目标|应|年度|全年|受理|登记|总数|总量|合计/;

/** The stem of a rate: 完成率 → 完成, 执行率 → 执行, 占计划% → 完成 (whatever the plan is compared with). */
function rateStem(words: string): string | undefined {
  // (预算执行进度, 计划完成进度: the plan word names the base, the words after it what was done)
  const m = /([\u4e00-\u9fff]{2})率/.exec(words) ?? /^(?:预算|计划|任务|目标)?([\u4e00-\u9fff]{2})进度/.exec(words);
  if (m) return m[1];
  if (TASK_SHARE.test(words.replace(/\s/g, ''))) return '完成';
  if (/完成(?:计划|预算|任务|目标)|为计划|占(?:调整后?|调整|年初|年度|全年|当年|本年|变动)?(?:计划|预算|任务)|占年度/.test(words)) return '完成';
  return undefined;
}

/** A row's rate cell with its numerator and denominator cells and their quotient, when all three can be compared. */
function rateCells(grid: Grid, row: GridRow, r: Column, n: Column, d: Column) {
  const stated = grid.values[row.index]![r.index];
  const num = grid.values[row.index]![n.index];
  const den = grid.values[row.index]![d.index];
  // (完成 in 例 over 目标人群数, its unit unnamed: whole counts both, the same things counted)
  if (!percentOk(stated) || !isValue(num) || !isValue(den) || num.approximate || den.approximate || !(sameUnits(num, den) || countOfNoUnit(num, den))) return undefined;
  // two columns of whole things counted (不合格样品批次 over 抽检样品批次): their whole figures are exact, as in a sum;
  // so is a rate's numerator written whole over a base so counted (已办结 over 总件数: the cases of it dealt with)
  // (its heading need not name a count: 已办结, 处理中)
  const counted = d.counted === true && bareWhole(num) && bareWhole(den);
  const q = counted ? div(point(num.value), point(den.value)) : div(intervalOf(num), intervalOf(den));
  return q && { stated, num, den, q };
}

/** Rows where a rate column's cell is the numerator's cell over the denominator's (at their written precision). */
function rateRows(grid: Grid, r: Column, n: Column, d: Column): { holds: number; compared: number } {
  let holds = 0;
  let compared = 0;
  for (const row of grid.rows) {
    const cells = rateCells(grid, row, r, n, d);
    if (!cells) continue;
    compared++;
    if (overlaps(intervalOf(cells.stated), scale(cells.q, 100))) holds++;
  }
  return { holds, compared };
}

/**
 * Two pairs of columns that give one rate: a column of each the other's, or two columns whose figures are the same in
 * every row (2021年预算数 and 2021年调整后预算数 where the budget was not adjusted), three rows or more.
 */
function sameFigures(grid: Grid, n: Column, n2: Column, d: Column, d2: Column): boolean {
  const same = (a: Column, b: Column): boolean => {
    if (a === b) return true;
    let rows = 0;
    for (const row of grid.rows) {
      const x = grid.values[row.index]![a.index];
      const y = grid.values[row.index]![b.index];
      if (!isValue(x) && !isValue(y)) continue;
      if (!isValue(x) || !isValue(y) || x.value !== y.value) return false;
      rows++;
    }
    return rows >= 3;
  };
  return same(n, n2) && same(d, d2);
}

/**
 * The two columns a rate column divides: the only numerator and the only denominator its heading names; or, when
 * the headings name more than one (开工率 beside 计划完成数 and 计划投资额), the one pair the rate holds for in
 * three rows or more and in more rows than any other pair (and, when no heading names the numerator, in most of
 * the rows compared).
 */
function ratePair(grid: Grid, r: Column, numerators: readonly Column[], denominators: readonly Column[], named = true): { n: Column; d: Column } | undefined {
  if (named && numerators.length === 1 && denominators.length === 1) return { n: numerators[0]!, d: denominators[0]! };
  if (numerators.length === 0 || denominators.length === 0 || numerators.length * denominators.length > 16) return undefined;
  let best: { n: Column; d: Column; holds: number; compared: number } | undefined;
  let tie = false;
  for (const n of numerators)
    for (const d of denominators) {
      const { holds, compared } = rateRows(grid, r, n, d);
      if (!best || holds > best.holds) {
        best = { n, d, holds, compared };
        tie = false;
      } else if (holds === best.holds && !sameFigures(grid, n, best.n, d, best.d)) tie = true;
    }
  // a pair no heading names must hold in most rows it is compared in
  return best && !tie && best.holds >= 3 && (named || best.holds * 2 > best.compared) ? best : undefined;
}

/**
 * A rate whose base no heading names as a plan (快速办结率 beside 办件数量 and 快速办结数量): its numerator is the one
 * column whose heading holds all the rate's words before 率 (快速办结, not just 办结: 按期办结率 is not 快速办结 over
 * anything), and its base the one other column the rate holds for in three rows or more, in all rows compared but
 * one in five (rows whose numerator is 0 compare nothing).
 */
function baseByRows(grid: Grid, r: Column, words: string, amounts: readonly Column[]): { n: Column; d: Column } | undefined {
  const prefix = /([\u4e00-\u9fff]{2,8})率$/.exec(words.replace(/\s/g, ''))?.[1];
  if (!prefix) return undefined;
  const naming = (w: string): Column[] => amounts.filter((c) => headingWords(c.label).replace(/\s/g, '').includes(w));
  let named = naming(prefix);
  // 样品不合格率 beside 不合格样品数量: the noun the rate is of (样品) may stand after its words in the column's
  // heading; the rate's last three words or more, when no column holds them all, name the numerator (不合格, never
  // the two of 合格, which 合格样品 holds too)
  for (let k = prefix.length - 1; named.length === 0 && k >= 3; k--) named = naming(prefix.slice(prefix.length - k));
  if (named.length !== 1) return undefined;
  const n = named[0]!;
  let best: { d: Column; holds: number; compared: number } | undefined;
  let tie = false;
  for (const d of amounts) {
    if (d === n) continue;
    // a numerator of 0 gives 0% over any base: no evidence either way
    let holds = 0;
    let compared = 0;
    for (const row of grid.rows) {
      const cells = rateCells(grid, row, r, n, d);
      if (!cells || cells.num.value === 0) continue;
      compared++;
      if (overlaps(intervalOf(cells.stated), scale(cells.q, 100))) holds++;
    }
    if (!best || holds > best.holds) {
      best = { d, holds, compared };
      tie = false;
    } else if (holds === best.holds) tie = true;
  }
  if (!best || tie || best.holds < 3 || best.compared - best.holds > Math.max(1, Math.floor(best.compared / 5))) return undefined;
  return { n, d: best.d };
}

/** Whether a rate holds over no pair of the columns its headings name, in any row compared (the base is another). */
function noNamedBase(grid: Grid, r: Column, numerators: readonly Column[], denominators: readonly Column[]): boolean {
  if (numerators.length * denominators.length > 16) return false;
  return numerators.every((n) => denominators.every((d) => rateRows(grid, r, n, d).holds === 0));
}

function rates(grid: Grid, out: TableRelation[]): void {
  const amounts = grid.columns.filter((c) => c.role === 'amount');
  for (const r of grid.columns) {
    if (r.role !== 'rate') continue;
    const words = headingWords(r.label);
    const stem = rateStem(words);
    if (!stem) continue;
    const naming = amounts.filter((c) => headingWords(c.label).includes(stem) && !PLAN_WORDS.test(headingWords(c.label).replace(stem, '')));
    // 宫颈癌 完成率 beside 宫颈癌 累计完成 and 乳腺癌 累计完成 (groups of a heading of two lines): its own group's
    const group = words.replace(/\s/g, '').split(stem)[0]!;
    const grouped = group.length >= 2 ? naming.filter((c) => headingWords(c.label).replace(/\s/g, '').startsWith(group)) : [];
    const named = grouped.length > 0 ? grouped : naming;
    const denominators = amounts.filter((c) => !named.includes(c) && PLAN_WORDS.test(headingWords(c.label)));
    // a rate named by its base only (占调整预算%, 完成预算%, beside 执行数 or 决算数): its numerator is whichever other
    // amount column it holds for, in three rows or more and in more rows than any other
    const numerators = named.length > 0 ? named : amounts.filter((c) => !denominators.includes(c) && !c.total);
    // (办结率 beside 接收量 | 受理量 | 不受理量 | 办结量: 受理 names a base, but the rate holds over neither column so
    // named, and its base is the one the rows show, as when no heading names one)
    const pair =
      ratePair(grid, r, numerators, denominators, named.length > 0) ?? (denominators.length === 0 || noNamedBase(grid, r, numerators, denominators) ? baseByRows(grid, r, words, amounts) : undefined);
    if (!pair) continue;
    const { n, d } = pair;
    for (const row of grid.rows) {
      const cells = rateCells(grid, row, r, n, d);
      if (!cells) continue;
      const { stated, num, den, q } = cells;
      const value = (num.value / den.value) * 100;
      out.push(percentRelation(grid, 'table-rate', stated, scale(q, 100), value, () => `${columnName(n)}${num.cell.text} ÷ ${columnName(d)}${den.cell.text}`, [num, den], words || '比率'));
    }
  }
  // 学生与专任教师比: one column divided by another, a ratio (not a percentage)
  for (const r of grid.columns) {
    const m = /^(.{2,8}?)与(.{2,8}?)之?比$/.exec(headingWords(r.label).replace(/\s/g, ''));
    if (!m || r.role === 'label') continue;
    const named = (w: string): Column[] => amounts.filter((c) => headingWords(c.label).replace(/\s/g, '').includes(w));
    const ns = named(m[1]!);
    const ds = named(m[2]!);
    if (ns.length !== 1 || ds.length !== 1 || ns[0] === ds[0]) continue;
    const n = ns[0]!;
    const d = ds[0]!;
    for (const row of grid.rows) {
      const stated = grid.values[row.index]![r.index];
      const num = grid.values[row.index]![n.index];
      const den = grid.values[row.index]![d.index];
      if (!isValue(stated) || stated.approximate || stated.unit || !isValue(num) || !isValue(den) || num.approximate || den.approximate || !sameUnits(num, den)) continue;
      const q = div(intervalOf(num), intervalOf(den));
      if (!q) continue;
      out.push(
        percentRelation(grid, 'table-rate', stated, q, num.value / den.value, () => `${columnName(n)}${num.cell.text} ÷ ${columnName(d)}${den.cell.text}`, [num, den], headingWords(r.label), ''),
      );
    }
  }
}

/**
 * 出生率 | 死亡率 | 自然增长率 (‰): the natural growth rate is the birth rate less the death rate, by definition, in
 * every row (13.2 − 6.2 = 7.0). Read where one column of each is named, in the same unit; each at its precision.
 */
function naturalGrowth(grid: Grid, out: TableRelation[]): void {
  const named = (re: RegExp): Column | undefined => {
    const cs = grid.columns.filter((c) => c.role !== 'label' && re.test(headingWords(c.label).replace(/\s/g, '')));
    return cs.length === 1 ? cs[0] : undefined;
  };
  const birth = named(/^出生率/);
  const death = named(/^死亡率/);
  const natural = named(/^自然增[长長]率/);
  if (!birth || !death || !natural) return;
  for (const row of grid.rows) {
    const [b, d, n] = [birth, death, natural].map((c) => grid.values[row.index]![c.index]);
    if (!isValue(b) || !isValue(d) || !isValue(n) || b.approximate || d.approximate || n.approximate) continue;
    if (![b, d, n].every((v) => (v.unit?.text ?? '') === (b.unit?.text ?? ''))) continue;
    out.push(birthsLessDeaths(grid, b, d, n, (o) => columnName(o.column), '率'));
  }
}

/** Natural growth (率 or 人口) = births − deaths, read from three cells of a table; `name` names a cell's row or column. */
function birthsLessDeaths(grid: Grid, b: CellValue, d: CellValue, n: CellValue, name: (v: CellValue) => string, what: string): TableRelation {
  const holds = overlaps(intervalOf(n), sub(intervalOf(b), intervalOf(d)));
  const decimals = Math.max(b.decimals, d.decimals, n.decimals);
  return lazyRelation({ rule: 'table-sum', table: grid.table, anchor: n.cell, cells: [n.cell, b.cell, d.cell], prose: [], holds }, () => {
    const formula = `${name(b)}${b.cell.text} − ${name(d)}${d.cell.text} = ${formatNumber(b.value - d.value, decimals)}`;
    return {
      arithmetic: holds ? `${formula}，与${where(n)}${n.cell.text}相符` : `${formula}，${where(n)}为${n.cell.text}`,
      message: `自然增长${what}与表中数字不符：${formula}，${where(n)}写作${n.cell.text}；自然增长${what}等于出生${what}减死亡${what}，请核对`,
      related: relatedOf([b, d], (o) => `${name(o)} ${o.cell.text}`),
    };
  });
}

/**
 * The same written as rows, years across (a population yearbook: 出生率（‰） | 9.9 | 10.1, 死亡率（‰）, 自然增长率（‰）;
 * 出生人口, 死亡人口, 自然增长人口 in 万人): in each column the natural growth is the births less the deaths, by
 * definition. Read where one row of each is named (after a 其中 or # and an ordinal, its English gloss aside), the
 * three rates or the three counts, each cell at its precision and the three in one unit.
 */
function naturalGrowthRows(grid: Grid, out: TableRelation[]): void {
  // each row's name read once, and none read without a 出生 row (a table is re-read on every keystroke in it)
  if (!grid.rows.some((r) => r.label.includes('出生'))) return;
  const names = grid.rows.map((r) => (r.kind === 'heading' || r.kind === 'group' ? undefined : r.label.replace(/^(?:其中|#|＃)[：:]?/, '').replace(/^[0-9０-９]+[.．、]/, '')));
  const named = (re: RegExp): GridRow | undefined => {
    const rs = grid.rows.filter((_, k) => names[k] !== undefined && re.test(names[k]!));
    return rs.length === 1 ? rs[0] : undefined;
  };
  for (const [what, birthRe, deathRe, naturalRe] of [
    ['率', /^出生率/, /^死亡率/, /^自然增[长長]率/],
    ['人口', /^出生(?:人口|人数|人數)/, /^死亡(?:人口|人数|人數)/, /^自然增[长長](?:人口|人数|人數)/],
  ] as const) {
    const birth = named(birthRe);
    const death = named(deathRe);
    const natural = named(naturalRe);
    if (!birth || !death || !natural) continue;
    // the unit each row's label gives (‰ after 出生率, 万人 in brackets): the same for the three
    const unitOf = (r: GridRow): string => (/[（(]([^（）()]{1,6})[）)]|([‰%％])/.exec(r.label) ?? ['', '', ''])[1] ?? '';
    if (!(unitOf(birth) === unitOf(death) && unitOf(death) === unitOf(natural))) continue;
    for (const c of grid.columns) {
      if (c.role === 'label') continue;
      const [b, d, n] = [birth, death, natural].map((r) => grid.values[r.index]![c.index]);
      if (!isValue(b) || !isValue(d) || !isValue(n) || b.approximate || d.approximate || n.approximate) continue;
      if (![b, d, n].every((v) => (v.unit?.text ?? '') === (b.unit?.text ?? '') && v.scale === b.scale)) continue;
      out.push(birthsLessDeaths(grid, b, d, n, (o) => rowName(o.row), what));
    }
  }
}

const CURRENT = /本年|今年|本期|当年|本月|本季|本周|当月|当周|当日|累计|实际|本次/;
const PREVIOUS = /上年|去年|上期|同期|基期|上一年|前一年|上月|上季度?|上周|上日|前日/;
const COMPARABLE = /可比价|可比口径|不变价/;
const AVERAGE_GROWTH = /年平均|年均|平均每年|每年平均/;

/** 一 … 九十九 as a number (第七次: 7, 第十一次: 11). */
function chineseCount(w: string): number | undefined {
  const d = (c: string | undefined): number => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(w);
  if (!m || w === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? d(m[1]) : undefined;
  return (m[1] ? d(m[1]) : 1) * 10 + d(m[3]);
}

/** The day a heading names (2018年1月22日, 1月21日) as month × 100 + day. */
function dayOf(label: string): number | undefined {
  const m = /([0-9]{1,2})月([0-9]{1,2})日/.exec(label);
  return m ? Number(m[1]) * 100 + Number(m[2]) : undefined;
}

/** The one month a heading names (6月受理数, 2024年6月完成数), not a run of months (1-7月) nor a day (1月22日). */
function monthOf(label: string): number | undefined {
  const months = [...label.matchAll(/(?<![0-9０-９\-—–~～至])([0-9]{1,2})月(?![0-9]{1,2}日|份?[-—–~～至])/g)];
  const m = months.length === 1 ? Number(months[0]![1]) : undefined;
  return m !== undefined && m >= 1 && m <= 12 ? m : undefined;
}

/** 本年 before 上年 by the years their headings name, or by their words; undefined when neither tells. */
function ordered(a: Column, b: Column): { current: Column; previous: Column } | undefined {
  const year = (c: Column): number | undefined => {
    const m = /((?:19|20)[0-9]{2})/.exec(c.label);
    return m ? Number(m[1]) : undefined;
  };
  const ya = year(a);
  const yb = year(b);
  if (ya !== undefined && yb !== undefined && ya !== yb) return ya > yb ? { current: a, previous: b } : { current: b, previous: a };
  // two days of one year (2018年1月22日 | 2018年1月21日, a daily price report): the later day
  const da = dayOf(a.label);
  const db = dayOf(b.label);
  if (da !== undefined && db !== undefined && da !== db && ya === yb) return da > db ? { current: a, previous: b } : { current: b, previous: a };
  // 6月受理数 | 7月受理数 (a monthly return, 2024年6月完成数 beside 7月完成情况): of two months next to each other, the later;
  // not across a year's end (12月 | 1月) nor a month that ends a run of months (1-7月)
  const ma = monthOf(a.label);
  const mb = monthOf(b.label);
  if (ma !== undefined && mb !== undefined && Math.abs(ma - mb) === 1 && (ya === yb || ya === undefined || yb === undefined))
    return ma > mb ? { current: a, previous: b } : { current: b, previous: a };
  // 第六次人普 | 第七次人普: the later census (普查) by its number
  const round = (c: Column): number | undefined => {
    const m = /第([一二三四五六七八九十]{1,3})次/.exec(c.label);
    return m ? chineseCount(m[1]!) : undefined;
  };
  const ra = round(a);
  const rb = round(b);
  if (ya === undefined && yb === undefined && ra !== undefined && rb !== undefined && ra !== rb) return ra > rb ? { current: a, previous: b } : { current: b, previous: a };
  const now = (c: Column): boolean => CURRENT.test(c.label) && !PREVIOUS.test(c.label);
  if (now(a) && PREVIOUS.test(b.label)) return { current: a, previous: b };
  if (now(b) && PREVIOUS.test(a.label)) return { current: b, previous: a };
  // a year against 上年 (2016年预算数 | 上年完成数): 上年 is the year before the one named
  if (ya !== undefined && yb === undefined && !PREVIOUS.test(a.label) && PREVIOUS.test(b.label)) return { current: a, previous: b };
  if (yb !== undefined && ya === undefined && !PREVIOUS.test(b.label) && PREVIOUS.test(a.label)) return { current: b, previous: a };
  // a column naming no period before one naming the last (数量 | 上期 | 环比): the first is this period's (tables9a)
  if (ya === undefined && yb === undefined && !PREVIOUS.test(a.label) && PREVIOUS.test(b.label)) return { current: a, previous: b };
  return undefined;
}

/**
 * The 本年 and 上年 columns a growth column compares: the two amount columns right before it (after the previous
 * growth column), or else the only two in the table that name two years or 本年 and 上年.
 */
function pairOf(grid: Grid, g: Column): { current: Column; previous: Column } | undefined {
  // (a growth column told by its figures compares the two it was told by: growthByValues.ts)
  const byValues = pairedByValues(g);
  if (byValues) return byValues;
  // 3月末 | 比年初增减额 | 4月末 | 比年初增减额 (a monthly report, heldout162/jinrong-daqing-01): a difference from the
  // start of the year is from a level no column holds, not between the two months
  if (SINCE_YEAR_START.test(g.label) && !grid.columns.some((c) => c.role === 'amount' && /年初|上年末|上年底/.test(c.label))) return undefined;
  const near: Column[] = [];
  // 本期 | 同期 | 增减额 | 增减率%: the difference right before the growth is of the same two columns
  const afterDifference = g.role === 'growth' && grid.columns[g.index - 1]?.role === 'change';
  // … and the difference right before a growth (增/减（件） | 增/减幅度 after 7月完成数 | 2024年6月完成数) of the two before it
  const beforeGrowth = g.role === 'change' && grid.columns[g.index + 1]?.role === 'growth';
  for (let i = g.index - 1 - (afterDifference ? 1 : 0); i >= 0; i--) {
    const c = grid.columns[i]!;
    if (c.role === 'growth' || c.role === 'change' || c.role === 'label') break;
    if (c.role === 'amount') near.unshift(c);
  }
  // … and a growth or a difference under a group heading with its two amounts (累计 本期 | 累计 同期 | 累计 增减额, after
  // 年度预算): the group's two amounts
  const group = (c: Column): string | undefined => /^(\S+)\s+\S/.exec(grid.table.header.cells[c.index]?.text.trim() ?? '')?.[1];
  const grouped = near.length > 2 && !!group(g) && near.slice(-2).every((c) => group(c) === group(g)) && group(near[near.length - 3]!) !== group(g);
  if (near.length === 2 || ((afterDifference || beforeGrowth) && near.length > 2) || grouped) {
    const pair = ordered(near[near.length - 2]!, near[near.length - 1]!);
    if (pair) return pair;
  }
  // 实用新型 | 外观设计 | 总计 | 2015年1-11月 | 同比增长% (a 镇区 patent table of 中山, heldout145/zhuanli-zhongshan-01): a
  // 同比 growth right after a column headed by a period alone, the year before's, after the group's 总计: the 总计 against it
  const prior = near[near.length - 1];
  const whole = near[near.length - 2];
  if (near.length > 2 && whole?.total && prior && PERIOD_ONLY.test(headingWords(prior.label).replace(/\s/g, '')) && /同比/.test(g.label)) return { current: whole, previous: prior };
  const amounts = grid.columns.filter((c) => c.role === 'amount');
  if (amounts.length === 2) return ordered(amounts[0]!, amounts[1]!);
  const current = amounts.filter((c) => CURRENT.test(c.label) && !PREVIOUS.test(c.label));
  const previous = amounts.filter((c) => PREVIOUS.test(c.label));
  if (current.length === 1 && previous.length === 1) return { current: current[0]!, previous: previous[0]! };
  // 比上年增长 under a group heading (2020年执行数 金额 | 占调整预算% | 比上年增长%): the group's amount column, nearest
  // before it, against the only amount column of the year before
  const nearest = near[near.length - 1];
  const year = (c: Column): number | undefined => {
    const years = c.label.match(/(?:19|20)[0-9]{2}(?=年)/g);
    return years && new Set(years).size === 1 ? Number(years[0]) : undefined;
  };
  const y = nearest && year(nearest);
  if (y !== undefined && /比上年|较上年|比去年|较去年|同比/.test(g.label)) {
    const before = amounts.filter((c) => year(c) === y - 1);
    if (before.length === 1 && before[0] !== nearest) return { current: nearest!, previous: before[0]! };
    // 同比 after a month of a year (10月（件） | 9月（件） | 环比（%） | 2022年10月（件） | 同比（%）): that month a year before,
    // against the one column of the same month that names no year, the report's own
    const month = monthOf(nearest!.label);
    const same = amounts.filter((c) => c !== nearest && year(c) === undefined && month !== undefined && monthOf(c.label) === month);
    if (/同比/.test(g.label) && same.length === 1) return { current: same[0]!, previous: nearest! };
  }
  return groupedPairOf(grid, g);
}

/** A difference or growth from the start of the year (比年初增减额, 较年初增长, 比上年末增加). */
const SINCE_YEAR_START = /[比较較](?:年初|上年末|上年底)/;

/** A heading that is a period alone: 2015年1-11月, 2015年1—11月, 2015年. */
const PERIOD_ONLY = /^(?:19|20)[0-9]{2}年(?:[0-9]{1,2}[-—–~至][0-9]{1,2}月)?$/;

/**
 * Growth columns side by side under one group (增长（%） 本月 | 增长（%） 累计) after as many 本年 columns and as many
 * 上年 columns (本年 本月 | 本年 1-本月 | 上年同期 上年本月 | 上年同期 上年1-本月): the i-th growth compares the i-th 本年
 * column with the i-th 上年 one, the order the groups repeat. Only when every such pair reads 本年 against 上年.
 */
function groupedPairOf(grid: Grid, g: Column): { current: Column; previous: Column } | undefined {
  const cols = grid.columns;
  let s = g.index;
  while (s > 0 && cols[s - 1]!.role === g.role) s--;
  let e = g.index;
  while (e + 1 < cols.length && cols[e + 1]!.role === g.role) e++;
  const n = e - s + 1;
  if (n < 2 || s < 2 * n) return undefined;
  const near = cols.slice(s - 2 * n, s);
  if (near.some((c) => c.role !== 'amount')) return undefined;
  const pairs = near.slice(0, n).map((c, i) => ordered(c, near[n + i]!));
  if (pairs.some((p, i) => !p || p.current !== near[i])) return undefined;
  return pairs[g.index - s];
}

/**
 * The two columns of percentages right before a 同比 column (结案率 本期 | 去年同期 | 同比): the rates it compares,
 * when their headings tell 本期 from 上期.
 */
function percentPairOf(grid: Grid, g: Column): { current: Column; previous: Column } | undefined {
  const near: Column[] = [];
  for (let i = g.index - 1; i >= 0 && near.length < 2; i--) {
    const c = grid.columns[i]!;
    if (c.role === 'label' || c.role === 'growth' || c.role === 'change') break;
    near.unshift(c);
  }
  if (near.length !== 2) return undefined;
  const percents = (c: Column): boolean => {
    const vs = grid.rows.map((r) => grid.values[r.index]![c.index]).filter(isValue);
    return vs.length > 0 && vs.every((v) => v.percent);
  };
  return near.every(percents) ? ordered(near[0]!, near[1]!) : undefined;
}

/** A price or an average level (本期均价, 上月平均, 2018年1月22日平均批发价格): compared, never summed. */
const PRICE_LEVEL = /价格|均价|单价|平均/;
/** A growth against the period before (环比, 比上月, 较上周) or against the same period a year before (同比, 比上年). */
const AGAINST_LAST_PERIOD = /环比|[比较]上[月周日期]/;
const AGAINST_LAST_YEAR = /同比|[比较](?:上年|去年)|与(?:上年|去年)同期/;
const LAST_PERIOD = /上[月周日期]|前日/;
const LAST_YEAR = /同期|上年|去年/;

/**
 * The two levels a growth column of a price report compares (本期均价 | 上期均价 | 变动幅度; 本月平均 | 上月平均 | 比上月% |
 * 上年同期 | 比上年%; 上周 | 本周 | 去年同期 | 环比 | 同比): price and average columns count as levels here, as amounts do.
 * The two right before the growth when they tell 本期 from 上期; else the one its heading names as the base (环比: 上周,
 * 上月; 同比: 去年同期, or the day a year before the latest day) against the one level of this period.
 */
function levelPairOf(grid: Grid, g: Column): { current: Column; previous: Column } | undefined {
  const level = (c: Column): boolean => (c.role === 'amount' || (c.role === 'other' && PRICE_LEVEL.test(c.label) && !AVERAGE_GROWTH.test(c.label))) && c.unit?.unit.kind !== 'percent';
  const near: Column[] = [];
  for (let i = g.index - 1; i >= 0; i--) {
    const c = grid.columns[i]!;
    if (!level(c)) break;
    near.unshift(c);
  }
  if (near.length === 2) {
    const pair = ordered(near[0]!, near[1]!);
    if (pair) return pair;
  }
  const levels = grid.columns.filter((c) => c.index < g.index && level(c));
  const words = headingWords(g.label);
  const yoy = AGAINST_LAST_YEAR.test(words);
  const mom = !yoy && AGAINST_LAST_PERIOD.test(words);
  if (!yoy && !mom) return undefined;
  const one = (cs: Column[]): Column | undefined => (cs.length === 1 ? cs[0] : undefined);
  const dated = levels.filter((c) => /(?:19|20)[0-9]{2}年/.test(c.label) && dayOf(c.label) !== undefined);
  const yearOf = (c: Column): number => Number(/((?:19|20)[0-9]{2})年/.exec(c.label)![1]);
  const latest = dated.length === levels.length && dated.length > 0 ? dated.reduce((a, b) => (yearOf(b) * 10000 + dayOf(b.label)! > yearOf(a) * 10000 + dayOf(a.label)! ? b : a)) : undefined;
  const current = one(levels.filter((c) => CURRENT.test(c.label) && !PREVIOUS.test(c.label))) ?? latest;
  if (!current) return undefined;
  const previous = yoy
    ? (one(levels.filter((c) => LAST_YEAR.test(c.label))) ?? one(dated.filter((c) => c !== current && yearOf(c) === yearOf(current) - 1 && dayOf(c.label) === dayOf(current.label))))
    : one(levels.filter((c) => LAST_PERIOD.test(c.label)));
  return previous && previous !== current ? { current, previous } : undefined;
}

/** How to name a row's cell by the label column nearest before column `at`, when it is not the table's first. */
function ownLabels(grid: Grid, at: number): ((v: Slot, row: GridRow) => Slot) | undefined {
  let l = at - 1;
  while (l >= 0 && grid.columns[l]!.role !== 'label') l--;
  const first = grid.columns.findIndex((c) => c.role === 'label');
  if (l < 0 || l === first) return undefined;
  return (v, row) => {
    const label = row.row.cells[l]?.text.replace(/[*_`\s\u3000]+/g, '');
    return isValue(v) && label ? { ...v, row: { ...row, label } } : v;
  };
}

/** Cells of a price column showing its most decimals, at least: enough to tell its precision. */
const MIN_PRECISE_PRICES = 3;

/**
 * A price column copied from a spreadsheet drops trailing zeros (12 for 12.00, 3.6 for 3.60 among 13.24, 3.75): its
 * figures are at the precision its most decimals show, when three cells or more show them (at most 分, two decimals).
 * Returns how to read a cell of the column so; undefined when the column shows no such precision.
 */
function columnPrecision(grid: Grid, c: Column): ((v: Slot) => Slot) | undefined {
  const vs = grid.rows.map((r) => grid.values[r.index]![c.index]).filter(isValue);
  const d = maxDecimals(vs);
  if (d === 0 || d > 2 || vs.filter((v) => v.decimals === d).length < MIN_PRECISE_PRICES) return undefined;
  return (v) => {
    if (!isValue(v) || v.decimals >= d || v.approximate || v.lo === v.hi) return v;
    const half = 0.5 * 10 ** -d * v.scale;
    return { ...v, decimals: d, lo: v.value - half, hi: v.value + half };
  };
}

/** A row of a rate or share: in % by its unit column (客房开房率 | %) or its label, or named so (…率, 比重). */
function rateRow(row: GridRow): boolean {
  // (a row whose label is its unit alone, %, its name on the line above it)
  return row.unit?.unit.kind === 'percent' || /(?:率|比重|占比)(?:[（(][%％][）)])?$|^[（(]?[%％][）)]?$/.test(row.label.trim());
}

/** A change of a share (比重变化, 占比增减, 构成升降): in points between two share columns, not a growth of the amounts. */
const SHARE_CHANGE = /(?:比重|占比|构成)[\u4e00-\u9fff]{0,2}(?:变化|变动|增减|升降|增长|提高|上升|下降)/;

/**
 * A 比重变化 column (↑2.55 under 2022年 件 | 投诉比重 | 2021年 件 | 投诉比重): the points between the table's two share
 * columns (10.69 − 8.14 = 2.55), the later one by its heading's year or by the year of the amount column it follows.
 * True when the column is such (checked, or left alone when its two shares cannot be told: never a growth of the
 * amounts).
 */
function shareChange(grid: Grid, g: Column, out: TableRelation[]): boolean {
  if (!SHARE_CHANGE.test(headingWords(g.label).replace(/\s/g, ''))) return false;
  const shares = grid.columns.filter((c) => c.role === 'share' && c.index < g.index);
  if (shares.length !== 2) return true;
  const [a, b] = shares as [Column, Column];
  // a share named by a year of its own, or else by the amount column right before it
  const named = (c: Column): Column => {
    const before = grid.columns[c.index - 1];
    return /(?:19|20)[0-9]{2}/.test(c.label) || !before || before.role !== 'amount' ? c : before;
  };
  const order = ordered(named(a), named(b));
  if (!order) return true;
  const { current, previous } = order.current === named(a) ? { current: a, previous: b } : { current: b, previous: a };
  // (two shares headed alike, 投诉比重（%）, named by their amount columns' year: 2023年上半年投诉比重)
  const name = (c: Column): string => (named(c) === c ? columnName(c) : `${headingWords(named(c).label).replace(/\s/g, '')}${columnName(c)}`);
  const found: TableRelation[] = [];
  for (const row of grid.rows) {
    const stated = grid.values[row.index]![g.index];
    const cur = grid.values[row.index]![current.index];
    const prev = grid.values[row.index]![previous.index];
    if (!percentOk(stated) || !percentOk(cur) || !percentOk(prev)) continue;
    const formula = (): string => `${name(current)}${cur.cell.text} − ${name(previous)}${prev.cell.text}`;
    found.push(percentRelation(grid, 'table-change', stated, sub(intervalOf(cur), intervalOf(prev)), cur.value - prev.value, formula, [cur, prev], '比重变化', '个百分点'));
  }
  // the column reads as points when most of its rows bear it out (three at least): else it is not clear what it is
  const holding = found.filter((r) => r.holds).length;
  if (holding >= 3 && holding * 2 > found.length) out.push(...found);
  return true;
}

/** 同比 of two rates: the difference in points (24.76% − 15.78% = 8.98), or the rate's own growth. */
function pointsGrowth(grid: Grid, g: Column, pair: { current: Column; previous: Column }, out: TableRelation[]): void {
  const { current, previous } = pair;
  for (const row of grid.rows) {
    const stated = grid.values[row.index]![g.index];
    const cur = grid.values[row.index]![current.index];
    const prev = grid.values[row.index]![previous.index];
    if (!percentOk(stated) || !isValue(cur) || !isValue(prev) || cur.approximate || prev.approximate) continue;
    const formula = (): string => `${columnName(current)}${cur.cell.text} − ${columnName(previous)}${prev.cell.text}`;
    const points = sub(intervalOf(cur), intervalOf(prev));
    const q = prev.value === 0 ? undefined : div(points, intervalOf(prev));
    // either reading will do: a 同比 of rates in points, or as a growth in percent
    if (q && overlaps(intervalOf(stated), scale(q, 100))) continue;
    out.push(percentRelation(grid, 'table-change', stated, points, cur.value - prev.value, formula, [cur, prev], '增减百分点', '个百分点'));
  }
}

/**
 * A 增长 column without a % whose figures are the differences (本年度 8.22, 上年度 8.29, 增长 -0.07): an 增减额
 * column, when more of its rows read so than as a growth in percent.
 */
function differences(grid: Grid, g: Column, pair: { current: Column; previous: Column }): boolean {
  if (/[%％]/.test(g.label)) return false;
  let asChange = 0;
  let asGrowth = 0;
  for (const row of grid.rows) {
    const stated = grid.values[row.index]![g.index];
    const cur = grid.values[row.index]![pair.current.index];
    const prev = grid.values[row.index]![pair.previous.index];
    if (!isValue(stated) || !isValue(cur) || !isValue(prev) || stated.approximate || cur.approximate || prev.approximate || !(sameUnits(cur, prev) || countOfNoUnit(cur, prev))) continue;
    const plain = { lo: (stated.lo / stated.scale) * cur.scale, hi: (stated.hi / stated.scale) * cur.scale };
    if (overlaps(plain, sub(intervalOf(cur), intervalOf(prev)))) asChange++;
    const q = div(sub(intervalOf(cur), intervalOf(prev)), intervalOf(prev));
    if (q && overlaps({ lo: stated.lo / stated.scale, hi: stated.hi / stated.scale }, scale(q, 100))) asGrowth++;
  }
  return asChange > asGrowth;
}

/** Whether a growth agrees with the difference stated right before it over the earlier level (增/减 | 幅度). */
function statedDifferenceGrowth(grid: Grid, g: Column, row: GridRow, prev: CellValue, stated: CellValue): boolean {
  if (grid.columns[g.index - 1]?.role !== 'change') return false;
  const d = grid.values[row.index]![g.index - 1];
  if (!isValue(d) || d.approximate || !(sameUnits(d, prev) || countOfNoUnit(d, prev))) return false;
  const q = div(intervalOf(d), intervalOf(prev));
  return !!q && overlaps(intervalOf(stated), scale(q, 100));
}

function growth(grid: Grid, out: TableRelation[]): void {
  const t = grid.table;
  if (COMPARABLE.test(`${t.caption?.text ?? ''}${t.unit?.text ?? ''}`)) return;
  for (const g of grid.columns) {
    // an average growth a year (年平均增长, 年均增长) compounds over the years between: not the growth of the two columns
    if ((g.role !== 'growth' && g.role !== 'change') || COMPARABLE.test(g.label) || AVERAGE_GROWTH.test(g.label)) continue;
    if (shareChange(grid, g, out)) continue;
    const amounts = pairOf(grid, g);
    const levels = amounts ? undefined : levelPairOf(grid, g);
    const pair = amounts ?? levels;
    if (!pair) {
      const rates = percentPairOf(grid, g);
      if (rates) pointsGrowth(grid, g, rates, out);
      continue;
    }
    const { current, previous } = pair;
    const role = g.role === 'growth' && differences(grid, g, pair) ? 'change' : g.role;
    // (a price column's pairing is read when most of its rows bear it out, three at least: else it is not clear)
    const found: TableRelation[] = [];
    const atCurrent = levels ? columnPrecision(grid, current) : undefined;
    const atPrevious = levels ? columnPrecision(grid, previous) : undefined;
    // items set out side by side (品种 | 本期价格 | 上期价格 | 环比% twice or more): a row's item here is named by the
    // label column nearest before the two levels
    const own = levels ? ownLabels(grid, Math.min(current.index, previous.index)) : undefined;
    for (const row of grid.rows) {
      // (a row numbering the columns, 1 2 3, under a growth column told by its figures: growthByValues.ts)
      if (pairedByValues(g) && numberingRow(grid, row, [g, previous, current])) continue;
      const stated = own ? own(grid.values[row.index]![g.index], row) : grid.values[row.index]![g.index];
      const cur = atCurrent ? atCurrent(grid.values[row.index]![current.index]) : grid.values[row.index]![current.index];
      const prev = atPrevious ? atPrevious(grid.values[row.index]![previous.index]) : grid.values[row.index]![previous.index];
      if (!isValue(stated) || stated.approximate || !isValue(cur) || !isValue(prev) || cur.approximate || prev.approximate || !(sameUnits(cur, prev) || countOfNoUnit(cur, prev))) continue;
      const formula = (): string => `(${columnName(current)}${cur.cell.text} − ${columnName(previous)}${prev.cell.text})`;
      if (role === 'growth') {
        if (!percentOk(stated)) continue;
        const q = div(sub(intervalOf(cur), intervalOf(prev)), intervalOf(prev));
        if (!q) continue;
        // 客房开房率 | % | 48.64 | 49.00 | 0.4: a rate's row gives its change in points as often as in percent
        if (rateRow(row) && overlaps(intervalOf(stated), sub(intervalOf(cur), intervalOf(prev)))) continue;
        const value = ((cur.value - prev.value) / prev.value) * 100;
        const relation = percentRelation(grid, 'table-change', stated, scale(q, 100), value, () => `${formula()} ÷ ${prev.cell.text}`, [cur, prev], '增长幅度');
        // a growth that is its row's stated difference over the earlier level (-0.15% beside -18 and 12120) while the
        // two levels do not give that difference: a level is wrong, which the difference's relation reports
        if (!relation.holds && stated.cell !== undefined && statedDifferenceGrowth(grid, g, row, prev, stated)) continue;
        found.push(relation);
      } else {
        // (a difference counted in 件 between two counts of no unit: the same count)
        if (!sameUnits(stated, cur) && !countOfNoUnit(stated, cur)) continue;
        const d = sub(intervalOf(cur), intervalOf(prev));
        const holds = overlaps(intervalOf(stated), d);
        found.push(
          lazyRelation({ rule: 'table-change', table: grid.table, anchor: stated.cell, cells: [stated.cell, cur.cell, prev.cell], prose: [], holds }, () => {
            const value = shown(cur.value - prev.value, cur, Math.max(cur.decimals, prev.decimals));
            return {
              arithmetic: holds ? `${formula()} = ${value}，与${where(stated)}${stated.cell.text}相符` : `${formula()} = ${value}，${where(stated)}为${stated.cell.text}`,
              message: `增减额与表中数字不符：${formula()} = ${value}，${where(stated)}写作${stated.cell.text}；请核对`,
              related: relatedOf([cur, prev], (o) => `${columnName(o.column)} ${o.cell.text}`),
            };
          }),
        );
      }
    }
    const holding = found.filter((r) => r.holds).length;
    if (!levels || (holding >= 3 && holding * 2 > found.length)) out.push(...found);
  }
}

/** Pairs of rows tried for one rate row at most. */
const MAX_RATE_PAIRS = 80;
/** Pairs of rows tried for a rate row that names none of them: a table of 40 rows of figures at most. */
const MAX_UNNAMED_RATE_PAIRS = 1600;

/**
 * A rate written as a row (治愈率 % under 1.治愈 and #出院病人数, years across): each cell is the numerator row's cell
 * over the denominator row's in its column. The numerator row is named by the rate (治愈); the denominator is the
 * one row the rate holds for in three columns or more, in more than half of those compared and in more than for
 * any other row.
 */
function rowRates(grid: Grid, out: TableRelation[]): void {
  const named = (r: GridRow): string => r.label.replace(/^(?:其中|#|＃)[：:]?/, '').replace(/^[0-9０-９]+[.．、]/, '');
  const figures = grid.rows.filter((r) => (r.kind === 'item' || r.kind === 'subset' || r.kind === 'total') && grid.values[r.index]!.some(isValue));
  for (const rate of figures) {
    // (a rate per thousand, 出生率‰ = 出生人数 ÷ 年平均人数 × 1000, as a population table writes its birth and death rates)
    const m = /([\u4e00-\u9fff]{2})率(?:[（(]?[%％‰][）)]?)?$/.exec(rate.label);
    if (!m || /汇率|利率|税率|费率|比率/.test(rate.label)) continue;
    const per = /‰[）)]?$/.test(rate.label) ? 1000 : 100;
    const stem = m[1]!;
    const plain = figures.filter((r) => r !== rate && !/率|[%％]/.test(r.label));
    const byName = plain.filter((r) => named(r).includes(stem));
    // a rate whose stem names no row (病死率 over 4.死亡, 病床使用率 over 实际占用总床日数): any two rows, when one
    // pair holds in four columns or more, in all of them but one, and no other pair does as well
    const unnamed = byName.length === 0;
    const numerators = unnamed ? plain : byName;
    const denominators = unnamed ? plain : plain.filter((r) => !numerators.includes(r));
    if (numerators.length === 0 || (!unnamed && numerators.length > 2) || numerators.length * denominators.length > (unnamed ? MAX_UNNAMED_RATE_PAIRS : MAX_RATE_PAIRS)) continue;
    const columns = grid.columns.filter((c) => c.role === 'amount' || c.role === 'rate' || c.role === 'share');
    const cellsOf = (n: GridRow, d: GridRow, c: Column): { stated: CellValue; num: CellValue; den: CellValue } | undefined => {
      const stated = grid.values[rate.index]![c.index];
      const num = grid.values[n.index]![c.index];
      const den = grid.values[d.index]![c.index];
      if (!percentOk(stated) || !isValue(num) || !isValue(den) || num.approximate || den.approximate || !sameUnits(num, den) || den.value === 0) return undefined;
      return { stated, num, den };
    };
    const best = bestPair(numerators, denominators, columns, (n, d, c) => {
      const x = cellsOf(n, d, c);
      if (!x) return undefined;
      const q = div(intervalOf(x.num), intervalOf(x.den));
      return !!q && overlaps(intervalOf(x.stated), scale(q, per));
    });
    if (!best || best.holds < 3 || best.holds * 2 <= best.compared) continue;
    if (unnamed && (best.holds < 4 || best.holds < best.compared - 1)) continue;
    const { n, d } = best;
    const what = headingWords(rate.label).replace(/‰$/, '') || '比率';
    const ratesOf = (r: GridRow, rn: GridRow, rd: GridRow): void => {
      for (const c of columns) {
        const stated = grid.values[r.index]![c.index];
        const num = grid.values[rn.index]![c.index];
        const den = grid.values[rd.index]![c.index];
        if (!percentOk(stated) || !isValue(num) || !isValue(den) || num.approximate || den.approximate || !sameUnits(num, den) || den.value === 0) continue;
        const q = div(intervalOf(num), intervalOf(den));
        if (!q) continue;
        out.push(
          percentRelation(
            grid,
            'table-rate',
            stated,
            scale(q, per),
            (num.value / den.value) * per,
            () => `${rowName(rn)}${num.cell.text} ÷ ${rowName(rd)}${den.cell.text}`,
            [num, den],
            what,
            per === 1000 ? '‰' : '%',
          ),
        );
      }
    };
    ratesOf(rate, n, d);
    for (const part of partRates(grid, rate, n, d, named)) ratesOf(part.rate, part.n, part.d);
  }
}

/** Rows a part's name is looked for under the numerator's and the denominator's row, at most. */
const MAX_PART_ROWS = 30;

/**
 * The rows under a rate row (#寿险 | 2.8 … and 财险 | 103.2 … under 赔款率, heldout143/baoxian-huzhou-01): the rates of its parts, each the part of the numerator's row
 * over the part of the denominator's row of the same name (寿险 赔款支出 ÷ 寿险 保费收入). A part is read only when both
 * rows have a row of its name among the rows under them (before the next of the three); the run of parts ends at the
 * first row that has not.
 */
function partRates(grid: Grid, rate: GridRow, n: GridRow, d: GridRow, named: (r: GridRow) => string): Array<{ rate: GridRow; n: GridRow; d: GridRow }> {
  const heads = new Set([rate.index, n.index, d.index]);
  const bare = (r: GridRow): string => named(r).replace(/\s/g, '');
  const under = (head: GridRow, name: string): GridRow | undefined => {
    for (let i = head.index + 1; i < grid.rows.length && i <= head.index + MAX_PART_ROWS && !heads.has(i); i++) {
      const r = grid.rows[i]!;
      if ((r.kind === 'item' || r.kind === 'subset') && bare(r) === name) return r;
    }
    return undefined;
  };
  const out: Array<{ rate: GridRow; n: GridRow; d: GridRow }> = [];
  for (let i = rate.index + 1; i < grid.rows.length && i <= rate.index + MAX_PART_ROWS && !heads.has(i); i++) {
    const r = grid.rows[i]!;
    const name = bare(r);
    if (!(r.kind === 'item' || r.kind === 'subset') || name.length < 2 || /率|[%％]/.test(r.label)) break;
    const pn = under(n, name);
    const pd = pn && under(d, name);
    if (!pn || !pd) break;
    out.push({ rate: r, n: pn, d: pd });
  }
  return out;
}

/**
 * The pair of rows, one over the other, whose quotient is the stated row in the most columns, and in how many columns
 * it was compared; none when another pair holds as often (two readings, no telling which). `holdsAt` says whether the
 * pair holds in a column, or undefined where a cell is missing.
 */
function bestPair(
  numerators: readonly GridRow[],
  denominators: readonly GridRow[],
  columns: readonly Column[],
  holdsAt: (n: GridRow, d: GridRow, c: Column) => boolean | undefined,
): { n: GridRow; d: GridRow; holds: number; compared: number } | undefined {
  let best: { n: GridRow; d: GridRow; holds: number; compared: number } | undefined;
  let tie = false;
  for (const n of numerators)
    for (const d of denominators) {
      if (n === d) continue;
      let holds = 0;
      let compared = 0;
      for (const c of columns) {
        const h = holdsAt(n, d, c);
        if (h === undefined) continue;
        compared++;
        if (h) holds++;
      }
      if (!best || holds > best.holds) {
        best = { n, d, holds, compared };
        tie = false;
      } else if (holds === best.holds) tie = true;
    }
  return tie ? undefined : best;
}

/** A row of averages or per-unit figures, not a percentage: 病床周转次数, 病床工作日, 出院者平均在院日数, 人均…, 每…. */
const AVERAGE_ROW = /平均|人均|户均|周转次数|工作日|每[\u4e00-\u9fff]/;
/** A 万 or 亿 closing a row's label, its unit (实际占用总床日数 万床日): the factor its bare figures are written in. */
function labelMultiplier(label: string): number {
  const m = /(万|亿)[\u4e00-\u9fff]{0,3}[）)]?$/.exec(label);
  return m ? (m[1] === '万' ? 1e4 : 1e8) : 1;
}

/**
 * An average written as a row, years across (病床周转次数 = 本年出院人数 ÷ 平均每日开放病床数, 病床工作日 = 实际占用总床日数
 * ÷ 平均每日开放病床数, 出院者平均在院日数 = 出院者占用总床日数 ÷ 出院人数: the definitions of health statistics, which a
 * yearbook does not write out): each cell is one row's cell over another's, a 万 in a row's label (万床日) counted.
 * The pair is searched among the rows of figures (40 at most): the one that holds in four columns or more, in all
 * of them but one, better than any other pair.
 */
function averageRows(grid: Grid, out: TableRelation[]): void {
  if (!grid.rows.some((r) => AVERAGE_ROW.test(r.label))) return;
  const figures = grid.rows.filter((r) => (r.kind === 'item' || r.kind === 'subset' || r.kind === 'total') && grid.values[r.index]!.some(isValue));
  const plain = figures.filter((r) => !/率|[%％]|指数|比重|构成/.test(r.label));
  if (plain.length * plain.length > MAX_UNNAMED_RATE_PAIRS) return;
  const columns = grid.columns.filter((c) => c.role === 'amount');
  if (columns.length < 4) return;
  for (const avg of plain) {
    if (!AVERAGE_ROW.test(avg.label)) continue;
    // a figure without a unit of its own is in the unit its row's label closes with
    const valueOf = (r: GridRow, v: CellValue): Interval => scale(intervalOf(v), v.unit ? 1 : labelMultiplier(r.label));
    const cellsOf = (n: GridRow, d: GridRow, c: Column): { stated: CellValue; num: CellValue; den: CellValue; q: Interval } | undefined => {
      const stated = grid.values[avg.index]![c.index];
      const num = grid.values[n.index]![c.index];
      const den = grid.values[d.index]![c.index];
      if (!isValue(stated) || stated.approximate || stated.percent || !isValue(num) || !isValue(den) || num.approximate || den.approximate || den.value <= 0 || num.value <= 0) return undefined;
      // two different measures (人 over 张): both written with a unit read, or both bare
      if (!!num.unit !== !!den.unit) return undefined;
      const q = div(valueOf(n, num), valueOf(d, den));
      if (!q) return undefined;
      // the average as written: in its own label's unit
      return { stated, num, den, q: scale(q, 1 / (stated.unit ? 1 : labelMultiplier(avg.label))) };
    };
    const others = plain.filter((r) => r !== avg);
    const best = bestPair(others, others, columns, (n, d, c) => {
      const x = cellsOf(n, d, c);
      return x && overlaps(intervalOf(x.stated), x.q);
    });
    if (!best || best.holds < 4 || best.holds < best.compared - 1) continue;
    const { n, d } = best;
    for (const c of columns) {
      const x = cellsOf(n, d, c);
      if (!x) continue;
      const { stated, num, den, q } = x;
      const value = (q.lo + q.hi) / 2;
      out.push(percentRelation(grid, 'table-rate', stated, q, value, () => `${rowName(n)}${num.cell.text} ÷ ${rowName(d)}${den.cell.text}`, [num, den], headingWords(avg.label) || '平均数', ''));
    }
  }
}

/** A column of yields per unit of area (单位面积产量, 每公顷产量, 单产, 亩产): a row's output over its area. */
const YIELD_COLUMN = /单位面积产量|每(?:公顷|亩)产量|单产|亩产/;
/**
 * The column a count per so many people (PER_POPULATION: 百万人口报告数, 每万人口床位数) divides by: its row's count over its
 * population is read as a yield is, the power of ten from the rows (人口数（百万） written in 万 under a 百万人口 heading:
 * 373 ÷ 1005 × 100 = 37).
 */
const POPULATION_COLUMN = /人口/;

/** The power of ten a quotient is written in (公斤/公顷 of 万吨 over 千公顷: 10⁴), read from one row's cells. */
function powerOfTen(stated: number, quotient: number): number | undefined {
  if (stated <= 0 || quotient <= 0) return undefined;
  const k = Math.round(Math.log10(stated / quotient));
  return Math.abs(k) <= 9 ? k : undefined;
}

/**
 * A quotient widened by half the last digit of the figure stated for it: a count per so many people (百万人口报告数（份）)
 * is rounded, though its heading's unit counts whole things (whose figures are otherwise exact).
 */
function roundedTo(q: Interval, stated: CellValue): Interval {
  const half = 0.5 * 10 ** -stated.decimals * stated.scale;
  return { lo: q.lo - half, hi: q.hi + half };
}

/**
 * A yield written as a column beside the output and the area it is of (播种面积（千公顷） | 单位面积产量（公斤/公顷） |
 * 总产量（万吨）; 每公顷产量（公斤）): each row's yield is its output over its area, in units the headings give as a power of
 * ten that is the same in every row (万吨 over 千公顷 in 公斤 per 公顷: 10⁴), so it is read from the rows rather than the
 * units. The pair of amount columns and the power are those most rows hold with, four rows or more and twice as many
 * as fail, no other pair holding as often; each row of figures is then checked (a slip fails its row alone).
 */
function yieldColumns(grid: Grid, out: TableRelation[]): void {
  const amounts = grid.columns.filter((c) => c.role === 'amount');
  for (const y of grid.columns) {
    const perPopulation = PER_POPULATION.test(y.label);
    if (y.role !== 'other' || !(YIELD_COLUMN.test(y.label) || perPopulation)) continue;
    const figures = grid.rows.filter((r) => isValue(grid.values[r.index]![y.index]));
    const cellsOf = (r: GridRow, n: Column, d: Column) => {
      const stated = grid.values[r.index]![y.index];
      const num = grid.values[r.index]![n.index];
      const den = grid.values[r.index]![d.index];
      if (!isValue(stated) || stated.approximate || stated.percent || !isValue(num) || !isValue(den) || num.approximate || den.approximate || num.value <= 0 || den.value <= 0) return undefined;
      return { stated, num, den };
    };
    let best: { n: Column; d: Column; k: number; holds: number; compared: number } | undefined;
    let tie = false;
    for (const n of amounts)
      for (const d of amounts) {
        if (n === d || (perPopulation && !POPULATION_COLUMN.test(d.label))) continue;
        const powers = new Map<number, number>();
        for (const r of figures) {
          const x = cellsOf(r, n, d);
          const k = x && powerOfTen(x.stated.value, x.num.value / x.den.value);
          if (k !== undefined) powers.set(k, (powers.get(k) ?? 0) + 1);
        }
        const k = [...powers.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
        if (k === undefined) continue;
        let holds = 0;
        let compared = 0;
        for (const r of figures) {
          const x = cellsOf(r, n, d);
          const q = x && div(intervalOf(x.num), intervalOf(x.den));
          if (!x || !q) continue;
          compared++;
          if (overlaps(intervalOf(x.stated), perPopulation ? roundedTo(scale(q, 10 ** k), x.stated) : scale(q, 10 ** k))) holds++;
        }
        if (!best || holds > best.holds) {
          best = { n, d, k, holds, compared };
          tie = false;
        } else if (holds === best.holds) tie = true;
      }
    if (!best || tie || !mostHold(best.holds, best.compared, 4)) continue;
    const { n, d, k } = best;
    for (const r of figures) {
      const x = cellsOf(r, n, d);
      const q = x && div(intervalOf(x.num), intervalOf(x.den));
      if (!x || !q) continue;
      const computed = perPopulation ? roundedTo(scale(q, 10 ** k), x.stated) : scale(q, 10 ** k);
      const { num, den } = x;
      out.push(
        percentRelation(
          grid,
          'table-rate',
          x.stated,
          computed,
          (computed.lo + computed.hi) / 2,
          () => `${columnName(n)}${num.cell.text} ÷ ${columnName(d)}${den.cell.text}${k === 0 ? '' : '（按各列单位换算）'}`,
          [num, den],
          headingWords(y.label) || '单位面积产量',
          '',
        ),
      );
    }
  }
}

/** 占常住人口比重, 其中：占地区生产总值的比重（%）: a row of the share the row above is of a row it names. */
const NAMED_SHARE_ROW = /^(?:其中[：:])?占(.{2,16}?)的?(?:比重|比例)(?:[（(]?[%％][）)]?)?$/;

/**
 * A share written as a row under the row it is the share of (城镇人口 | 占常住人口比重): each cell is the row above over
 * the one row the share's words name (年末常住人口 for 常住人口: the only row above whose name ends in those words), in
 * each column where all three are figures.
 */
function namedShareRows(grid: Grid, out: TableRelation[]): void {
  const plain = (r: GridRow): string => {
    const label = r.label.replace(/^(?:其中[：:]|#|＃)/, '');
    const unit = label.search(/[（(]/);
    return unit > 0 ? label.slice(0, unit) : label;
  };
  for (const r of grid.rows) {
    const m = NAMED_SHARE_ROW.exec(r.label);
    const part = grid.rows[r.index - 1];
    if (!m || !part || part.kind === 'group' || part.kind === 'heading') continue;
    const name = m[1]!;
    const wholes = grid.rows.filter((w) => w.index < part.index && w.kind !== 'group' && w.kind !== 'heading' && plain(w).endsWith(name) && plain(w).length <= name.length + 2);
    if (wholes.length !== 1) continue;
    const whole = wholes[0]!;
    for (const c of grid.columns) {
      if (c.role !== 'amount') continue;
      const stated = grid.values[r.index]![c.index];
      const num = grid.values[part.index]![c.index];
      const den = grid.values[whole.index]![c.index];
      if (!percentOk(stated) || !isValue(num) || !isValue(den) || num.approximate || den.approximate || !sameUnits(num, den) || den.value <= 0) continue;
      const q = div(intervalOf(num), intervalOf(den));
      if (!q) continue;
      out.push(
        percentRelation(grid, 'table-share', stated, scale(q, 100), (num.value / den.value) * 100, () => `${rowName(part)}${num.cell.text} ÷ ${rowName(whole)}${den.cell.text}`, [num, den], '占比'),
      );
    }
  }
}

/** “2016年比2015年增减%”: a row of growth between two years, each the label of a row above. */
const YEAR_GROWTH_ROW = /^((?:19|20)[0-9]{2})年?(?:比|较|与|同)((?:19|20)[0-9]{2})年?(?:相比)?(?:增减|增长|增幅|变化|变动)(?:幅度)?(?:[（(]?[%％][）)]?)$/;

/**
 * A growth row between two years written as rows (2015年 | 2840 | 90 …, 2016年 | 2364 | 12 …, 2016年比2015年增减% |
 * -16.77 | -86.62 …): in each column, (the later year's cell − the earlier's) ÷ the earlier's. The years are the
 * row labels (“2016年”, “2016”), each one row only; the words say which is compared with which.
 */
function yearGrowthRows(grid: Grid, out: TableRelation[]): void {
  const t = grid.table;
  if (COMPARABLE.test(`${t.caption?.text ?? ''}${t.unit?.text ?? ''}`)) return;
  const bare = (r: GridRow): string => {
    const l = r.label.replace(/[\s:：]/g, '');
    const open = Math.max(l.lastIndexOf('（'), l.lastIndexOf('('));
    return open > 0 && /[）)]$/.test(l) ? l.slice(0, open) : l;
  };
  const yearRow = (y: string): GridRow | undefined => {
    const rows = grid.rows.filter((r) => bare(r) === y || bare(r) === `${y}年`);
    return rows.length === 1 ? rows[0] : undefined;
  };
  for (const g of grid.rows) {
    const m = YEAR_GROWTH_ROW.exec(g.label.replace(/\s/g, ''));
    if (!m || m[1] === m[2]) continue;
    const current = yearRow(m[1]!);
    const previous = yearRow(m[2]!);
    if (!current || !previous) continue;
    for (const c of grid.columns) {
      if (c.role !== 'amount') continue;
      const stated = grid.values[g.index]![c.index];
      const cur = grid.values[current.index]![c.index];
      const prev = grid.values[previous.index]![c.index];
      // the row's words say percent, whatever unit the table's unit line gives its cells
      if (!isValue(stated) || stated.approximate || !isValue(cur) || !isValue(prev) || cur.approximate || prev.approximate || !(sameUnits(cur, prev) || countOfNoUnit(cur, prev))) continue;
      const q = div(sub(intervalOf(cur), intervalOf(prev)), intervalOf(prev));
      if (!q) continue;
      const value = ((cur.value - prev.value) / prev.value) * 100;
      out.push(
        percentRelation(
          grid,
          'table-change',
          stated,
          scale(q, 100),
          value,
          () => `(${rowName(current)}${cur.cell.text} − ${rowName(previous)}${prev.cell.text}) ÷ ${prev.cell.text}`,
          [cur, prev],
          '增长幅度',
        ),
      );
    }
  }
}

/** A row of growth or of differences named by no years (增 减% | 21.09, 增 减 | 9389.23, 同比增长%, 增减额). */
const BARE_GROWTH_ROW = /^(?:同比|比上年|较上年|年度)?(?:增减|增长|增幅|增加)(率|幅度|额|量)?([（(]?[%％][）)]?)?$/;

/**
 * 2024年 | 53916.69 | 32492.84 …, 2023年 | 44527.46 | 25886.76 …, then 增 减 | 9389.23 | 6606.08 … and 增 减% |
 * 21.09 | 25.52 …: rows of growth named by no years, under the two rows of a table labelled by a year alone, the
 * later against the earlier in each column. A row in % (or named 率, 幅度) is a growth; one named 额 or 量 a
 * difference; a bare 增减 or 增长 is read the way more of its cells bear out.
 */
function twoYearGrowthRows(grid: Grid, out: TableRelation[]): void {
  const t = grid.table;
  if (COMPARABLE.test(`${t.caption?.text ?? ''}${t.unit?.text ?? ''}`)) return;
  const years = grid.rows.flatMap((r) => {
    const y = /^((?:19|20)[0-9]{2})年?$/.exec(r.label.replace(/\s/g, ''))?.[1];
    return y ? [{ row: r, year: Number(y) }] : [];
  });
  // (or a series of years one after another, 1999 … 2003, then 年度增减率（%）: the growth row right under the last
  // year is that year's over the year before, gufei-quanguo-01)
  const series = years.length > 2 && years.every((y, i) => i === 0 || (y.year === years[i - 1]!.year + 1 && y.row.index === years[i - 1]!.row.index + 1));
  if ((years.length !== 2 && !series) || years[0]!.year === years[1]!.year) return;
  const [a, b] = series ? years.slice(-2) : years;
  const [current, previous] = a!.year > b!.year ? [a!.row, b!.row] : [b!.row, a!.row];
  for (const g of grid.rows) {
    const m = g.index > Math.max(current.index, previous.index) && (!series || g.index === current.index + 1) ? BARE_GROWTH_ROW.exec(g.label.replace(/\s/g, '')) : null;
    if (!m) continue;
    const triples = grid.columns.flatMap((c) => {
      const [stated, cur, prev] = [g, current, previous].map((r) => grid.values[r.index]![c.index]);
      const plain = (v: Slot): v is CellValue => isValue(v) && !v.approximate;
      return c.role === 'amount' && plain(stated) && plain(cur) && plain(prev) && (sameUnits(cur, prev) || countOfNoUnit(cur, prev)) ? [{ stated, cur, prev }] : [];
    });
    // (in the stated cell's own terms: a 万元 table's unit line scales its rows in % as well)
    const asGrowth = (x: (typeof triples)[number]): Interval | undefined => {
      const q = div(sub(intervalOf(x.cur), intervalOf(x.prev)), intervalOf(x.prev));
      return q && scale(q, 100 * x.stated.scale);
    };
    const asChange = (x: (typeof triples)[number]): Interval => sub(intervalOf(x.cur), intervalOf(x.prev));
    const fits = (f: (x: (typeof triples)[number]) => Interval | undefined): number =>
      triples.filter((x) => {
        const i = f(x);
        return i !== undefined && overlaps(intervalOf(x.stated), i);
      }).length;
    const percent = !!m[2] || m[1] === '率' || m[1] === '幅度';
    const change = !percent && (m[1] === '额' || m[1] === '量' || fits(asChange) > fits(asGrowth));
    // (a growth at comparable prices, 可比价 in no caption, fails in most columns: then the row is no such growth)
    const found: TableRelation[] = [];
    for (const x of triples) {
      // (a year written bare, 2003, is named 2003年 before its figure)
      const yearName = (r: GridRow): string => rowName(r).replace(/^((?:19|20)[0-9]{2})$/, '$1年');
      const formula = (): string => `(${yearName(current)}${x.cur.cell.text} − ${yearName(previous)}${x.prev.cell.text})`;
      if (!change) {
        const q = asGrowth(x);
        if (q)
          found.push(percentRelation(grid, 'table-change', x.stated, q, ((x.cur.value - x.prev.value) / x.prev.value) * 100, () => `${formula()} ÷ ${x.prev.cell.text}`, [x.cur, x.prev], '增长幅度'));
        continue;
      }
      if (!sameUnits(x.stated, x.cur)) continue;
      const holds = overlaps(intervalOf(x.stated), asChange(x));
      found.push(
        lazyRelation({ rule: 'table-change', table: grid.table, anchor: x.stated.cell, cells: [x.stated.cell, x.cur.cell, x.prev.cell], prose: [], holds }, () => {
          const value = shown(x.cur.value - x.prev.value, x.cur, Math.max(x.cur.decimals, x.prev.decimals));
          return {
            arithmetic: holds ? `${formula()} = ${value}，与${where(x.stated)}${x.stated.cell.text}相符` : `${formula()} = ${value}，${where(x.stated)}为${x.stated.cell.text}`,
            message: `增减额与表中数字不符：${formula()} = ${value}，${where(x.stated)}写作${x.stated.cell.text}；请核对`,
            related: relatedOf([x.cur, x.prev], (o) => `${rowName(o.row)} ${o.cell.text}`),
          };
        }),
      );
    }
    if (mostHold(found.filter((r) => r.holds).length, found.length, 2)) out.push(...found);
  }
}

/** A 构成 or 比重 row: the shares of the rows named after it. */
const COMPOSITION_ROW = /构成|比重/;

/** A bilingual yearbook's section heading alone in English (Composition in Percentage(%), 构成 only in the caption). */
const englishComposition = (r: GridRow): boolean => r.kind === 'group' && /^Composition(?:in)?(?:Percentage)?(?:[（(][%％][)）])?$/i.test(r.label.replace(/\s+/g, ''));

/**
 * The whole of a composition under a section's heading alone, no row of it written 100 (Composition in
 * Percentage(%), then 第一产业 | 46.8 under 就业人员合计 | 1794 and 第一产业 | 840): the row right above the
 * first part it repeats, itself none of the parts. The shares bear it out or it is dropped.
 */
function wholeAboveParts(c: GridRow, above: readonly GridRow[], first: number, originals: ReadonlySet<GridRow>): GridRow | undefined {
  if (c.kind !== 'group' || first <= 0) return undefined;
  const whole = above[first - 1]!;
  return originals.has(whole) ? undefined : whole;
}

/**
 * 构成 rows (a yearbook's 可支配收入构成（%） | 100.0 | … followed by 工资性收入 | 44.9 | … under the amounts 人均可支配收入 |
 * 13793 and 工资性收入 | 6187 above): each row after the 构成 row that repeats the name of a row above it is that
 * row's share of the whole, in every column. The whole is the one row above whose name the 构成 row's names
 * (可支配收入 in 人均可支配收入（元）), or else, when the 构成 row reads 100, the row right above the first part. The
 * shares are checked when they hold in three cells or more, twice those they do not.
 */
function compositionRows(grid: Grid, out: TableRelation[]): void {
  const name = (r: GridRow): string => {
    const bare = r.label.replace(/^(?:其中|#|＃)[：:]?/, '').replace(/^(?:[0-9０-９]+|[一二三四五六七八九十]+)[.．、]/, '');
    // without a closing bracket (人均可支配收入（元） → 人均可支配收入)
    const open = Math.max(bare.lastIndexOf('（'), bare.lastIndexOf('('));
    return open > 0 && /[）)]$/.test(bare) ? bare.slice(0, open) : bare;
  };
  const rows = grid.rows.filter((r) => r.kind !== 'heading' && r.kind !== 'group');
  const columns = grid.columns.filter((c) => c.role === 'amount');
  const value = (r: GridRow, c: Column): CellValue | undefined => {
    const v = grid.values[r.index]![c.index];
    return isValue(v) && !v.approximate ? v : undefined;
  };
  // a composition is headed by a row of figures (可支配收入构成（%） | 100.0) or by a section's heading row alone
  // (2、本地生产总值构成, over 本地生产总值（%） | 100.0 and the rows it is made of)
  // (or by a bilingual yearbook's English section heading alone: Composition in Percentage(%))
  const starts = grid.rows.filter((r) => r.kind !== 'heading' && (r.kind !== 'group' || /构成$/.test(r.label) || englishComposition(r)));
  for (const c of starts) {
    if ((!COMPOSITION_ROW.test(c.label) && !englishComposition(c)) || /率|指数/.test(c.label)) continue;
    const above = rows.filter((r) => r.index < c.index);
    const pairs: Array<{ share: GridRow; of: GridRow }> = [];
    // up to the next section headed as a composition (3、第三产业增加值构成: of another whole)
    const next = starts.find((x) => x.index > c.index && x.kind === 'group' && COMPOSITION_ROW.test(x.label))?.index ?? Infinity;
    for (const r of rows.filter((x) => x.index > c.index && x.index < next)) {
      const same = above.filter((a) => name(a) === name(r) && name(r) !== '');
      if (same.length !== 1) break;
      pairs.push({ share: r, of: same[0]! });
    }
    if (pairs.length < 2) continue;
    const stem = name(c).replace(COMPOSITION_ROW, '').replace(/[%％]/g, '');
    const originals = new Set(pairs.map((p) => p.of));
    const named = stem.length >= 2 ? above.filter((a) => !originals.has(a) && name(a).includes(stem)) : [];
    // a row whose every figure is 100 (none may be written), and one with a figure at least
    const allHundred = (r: GridRow): boolean => columns.every((col) => !value(r, col) || value(r, col)!.value === 100);
    const hundredRow = (r: GridRow): boolean => columns.some((col) => value(r, col)) && allHundred(r);
    const hundred = c.kind !== 'group' && allHundred(c);
    const first = above.indexOf(pairs[0]!.of);
    // the first row after a section's heading written 100 (本地生产总值（%） | 100.0) restates the whole itself
    const itself = c.kind === 'group' && hundredRow(pairs[0]!.share) ? pairs[0]!.of : undefined;
    const whole = named.length === 1 ? named[0] : (itself ?? (hundred && first > 0 && !originals.has(above[first - 1]!) ? above[first - 1] : undefined) ?? wholeAboveParts(c, above, first, originals));
    if (!whole) continue;
    const found: TableRelation[] = [];
    // under a section's heading, the columns the whole is written 100 in (not its 增减百分点 beside)
    for (const col of itself ? columns.filter((x) => value(pairs[0]!.share, x)?.value === 100) : columns)
      for (const { share, of } of pairs) {
        const p = value(share, col);
        const part = value(of, col);
        const w = value(whole, col);
        if (!p || !part || !w || !sameUnits(part, w)) continue;
        const q = div(intervalOf(part), intervalOf(w));
        if (!q) continue;
        found.push(percentRelation(grid, 'table-share', p, scale(q, 100), (part.value / w.value) * 100, () => `${rowName(of)}${part.cell.text} ÷ ${rowName(whole)}${w.cell.text}`, [part, w], '构成'));
      }
    // the whole's 100% of itself holds whatever the figures: no evidence for the reading
    const evidence = found.filter((r) => r.cells[1] !== r.cells[2]);
    const holding = evidence.filter((r) => r.holds).length;
    // the whole restated as 100 under the section's heading is named by the words: two parts bear it out
    if (mostHold(holding, evidence.length, itself ? 2 : 3)) out.push(...found);
  }
}

/** Every relation inside one table. */
/** A column of shares of a whole that may be no 合计 row: 构成, 比重, 占比, 贡献率 (of the increase), 拉动 (points of growth). */
const WHOLE_SHARE = /构成|比重|占比|贡献|拉动/;
/** 拉动增长（百分点）: a part's increase ÷ the whole's previous level, not a share of one column. */
const PULL = /拉动/;

/**
 * Shares of a whole that is no 合计 row (tables10a): a row over the rows that make it up (可支配收入 | 40962 | … over
 * 一、工资性收入 | 26837 | … | 65.5 | 61.2 | 4.2), its own cells in the share columns left empty. The whole is the
 * total of a breakdown found (labelled or inferred by its sums) or the row without an ordinal right above a run of
 * numbered rows (一、… 八、, the run cut short in an excerpt still names its whole). Which columns are divided is
 * not written: 构成 is of this year's level, 贡献率 of the increase, 拉动 a part's increase over the whole's previous
 * level. Taken is the one pair of columns (the same column for a share) for which three rows or more hold, twice as
 * many as do not, and no other pair as many; a block (one whole) is checked when most of its rows hold too.
 */
function wholeShares(grid: Grid, found: readonly Breakdown[], out: TableRelation[]): void {
  const shareColumns = grid.columns.filter((s) => WHOLE_SHARE.test(headingWords(s.label)) && (s.role === 'share' || s.role === 'rate' || s.role === 'growth' || s.role === 'other'));
  // no column headed as a share of a whole: no block of rows is looked for (on every keystroke in a table)
  if (shareColumns.length === 0) return;
  const at = (r: GridRow, c: Column): Slot => grid.values[r.index]![c.index];
  const done = new Set(out.map((r) => r.anchor));
  const blocks: Array<{ whole: GridRow; parts: GridRow[]; labelled?: boolean }> = [];
  for (const b of found) if (b.basis !== 'partial' && b.parts.length >= 2) blocks.push({ whole: b.total, parts: b.parts, labelled: b.basis === 'labelled' });
  grid.rows.forEach((p, i) => {
    if (p.kind !== 'item' || p.level !== undefined || blocks.some((b) => b.whole === p)) return;
    const first = grid.rows[i + 1];
    if (!first || first.level === undefined || (first.kind !== 'item' && first.kind !== 'subset')) return;
    const parts: GridRow[] = [];
    for (let k = i + 1; k < grid.rows.length && grid.rows[k]!.level !== undefined && grid.rows[k]!.level! >= first.level; k++) if (grid.rows[k]!.level === first.level) parts.push(grid.rows[k]!);
    if (parts.length >= 2) blocks.push({ whole: p, parts });
  });
  if (blocks.length === 0) return;
  const levels = grid.columns.filter((c) => (c.role === 'amount' || c.role === 'change') && !c.unit?.unit.kind.startsWith('percent'));
  for (const s of shareColumns) {
    const pull = PULL.test(s.label);
    // 拉动 is in points (百分点), a share in percent
    const stated = (v: Slot): v is CellValue => percentOk(v) || (pull && isValue(v) && !v.approximate && (!v.unit || v.unit.unit.kind === 'points' || v.unit.unit.kind === 'percent'));
    // (a whole whose own share reads 100 of itself is open too when no reading took its parts' shares: 合计 / 小计 |
    // 25478 | 100.0% over 职务 and 非职务, the groups after it over their own 小计)
    const open = blocks.filter((b) => (!stated(at(b.whole, s)) || readsHundred(at(b.whole, s))) && b.parts.some((r) => stated(at(r, s)) && !done.has((at(r, s) as CellValue).cell)));
    if (open.length === 0) continue;
    const pairs = levels.flatMap((n) => (pull ? levels.filter((d) => d !== n && n.role === 'change').map((d) => ({ n, d })) : [{ n, d: n }]));
    const tried = pairs.map(({ n, d }) => {
      const rels: Array<{ block: (typeof open)[number]; rel: TableRelation }> = [];
      for (const block of open) {
        const whole = at(block.whole, d);
        if (!isValue(whole) || whole.approximate || whole.value === 0) continue;
        for (const r of block.parts) {
          const p = at(r, s);
          const part = at(r, n);
          if (!stated(p) || done.has(p.cell) || !isValue(part) || part.approximate || !sameUnits(part, whole)) continue;
          const q = div(intervalOf(part), intervalOf(whole));
          if (!q) continue;
          const value = (part.value / whole.value) * 100;
          const formula = (): string => `${rowName(r)}${columnName(n)}${part.cell.text} ÷ ${rowName(block.whole)}${columnName(d)}${whole.cell.text}`;
          rels.push({ block, rel: percentRelation(grid, pull ? 'table-change' : 'table-share', p, scale(q, 100), value, formula, [part, whole], pull ? '拉动' : '占比', pull ? '个百分点' : '%') });
        }
      }
      return { rels, holds: rels.filter((x) => x.rel.holds).length };
    });
    const best = Math.max(0, ...tried.map((t) => t.holds));
    const winners = tried.filter((t) => t.holds === best);
    if (best < 3 || winners.length !== 1 || best < 2 * (winners[0]!.rels.length - best)) continue;
    for (const block of open) {
      const rels = winners[0]!.rels.filter((x) => x.block === block).map((x) => x.rel);
      const holding = rels.filter((r) => r.holds).length;
      if (mostHold(holding, rels.length, 2) || twoPartSlip(block, rels.length, holding)) out.push(...rels);
    }
  }
}

/**
 * A block of two parts under a labelled total (小计 | 25478 over 职务 | 13024 | 51.1% and 非职务 | 12454 | 48.9%), one
 * share holding and the other not: the total is named and the columns are read across the table, so the block is
 * checked and the share that does not hold is a slip (with two parts, most of the block holding would be both).
 */
function twoPartSlip(block: { parts: readonly GridRow[]; labelled?: boolean }, shares: number, holding: number): boolean {
  return block.labelled === true && block.parts.length === 2 && shares === 2 && holding === 1;
}

/** A column of a net figure: 净增人数, 净迁入率, 净流入 (the Chinese words of a bilingual heading). */
const NET = /^净/;

/**
 * A net column beside the two it nets (迁入人数 | 迁出人数 | 净增人数; 迁入率 | 迁出率 | 净增率): the column whose heading
 * starts with 净 is the 入 column less the 出 column, the pair whose headings differ only by 入 and 出 and end as the
 * net's does (人数 with 人数, 率 with 率). Read only when the subtraction holds in most rows (three at least), so a net
 * figure of another making (净增 of a register with its corrections) is left alone.
 */
function netColumns(grid: Grid, out: TableRelation[]): void {
  const chinese = (c: Column): string => headingWords(c.label).replace(/[^\u4e00-\u9fff]/g, '');
  const figures = grid.columns.filter((c) => c.role !== 'label' && c.role !== 'serial' && c.role !== 'unit');
  for (const g of figures) {
    const net = chinese(g);
    if (!NET.test(net)) continue;
    const tail = /率$/.test(net) ? '率' : /数$/.test(net) ? '数' : '';
    if (!tail) continue;
    const pairs: Array<{ a: Column; b: Column }> = [];
    for (const a of figures) {
      const w = chinese(a);
      if (a === g || !w.includes('入') || !w.endsWith(tail) || NET.test(w)) continue;
      const b = figures.find((c) => c !== a && c !== g && chinese(c) === w.replace('入', '出'));
      if (b) pairs.push({ a, b });
    }
    if (pairs.length !== 1) continue;
    const { a, b } = pairs[0]!;
    const cells: Array<{ stated: CellValue; x: CellValue; y: CellValue; holds: boolean }> = [];
    for (const row of grid.rows) {
      const stated = grid.values[row.index]![g.index];
      const x = grid.values[row.index]![a.index];
      const y = grid.values[row.index]![b.index];
      if (!isValue(stated) || !isValue(x) || !isValue(y) || stated.approximate || x.approximate || y.approximate) continue;
      cells.push({ stated, x, y, holds: overlaps(intervalOf(stated), sub(intervalOf(x), intervalOf(y))) });
    }
    const holding = cells.filter((c) => c.holds).length;
    if (cells.length < 3 || holding * 2 <= cells.length) continue;
    for (const { stated, x, y, holds } of cells) {
      out.push(
        lazyRelation({ rule: 'table-sum', table: grid.table, anchor: stated.cell, cells: [stated.cell, x.cell, y.cell], prose: [], holds }, () => {
          const formula = `${columnName(a)}${x.cell.text} − ${columnName(b)}${y.cell.text}`;
          const value = shown(x.value - y.value, x, Math.max(x.decimals, y.decimals));
          return {
            arithmetic: holds ? `${formula} = ${value}，与${where(stated)}${stated.cell.text}相符` : `${formula} = ${value}，${where(stated)}为${stated.cell.text}`,
            message: `净增数与表中数字不符：${formula} = ${value}，${where(stated)}写作${stated.cell.text}；净增应等于迁入（流入）减迁出（流出），请核对`,
            related: relatedOf([x, y], (o) => `${columnName(o.column)} ${o.cell.text}`),
          };
        }),
      );
    }
  }
}

export function tableRelations(grid: Grid): TableRelation[] {
  const out: TableRelation[] = [];
  growthColumnsByValues(grid);
  const found = breakdowns(grid);
  rowSums(grid, found, out);
  columnSums(grid, out);
  groupedTotalColumns(grid, out);
  groupedTotalRows(grid, out);
  const inferred = inferredColumnSums(grid, out);
  subsetColumns(grid, out);
  groupedSubsetColumns(grid, out);
  shares(grid, found, out);
  sharesOfTotalColumn(grid, [...grid.columns.filter((c) => c.total && c.role === 'amount'), ...inferred], out);
  wholeShares(grid, found, out);
  rates(grid, out);
  naturalGrowth(grid, out);
  naturalGrowthRows(grid, out);
  rowRates(grid, out);
  averageRows(grid, out);
  yieldColumns(grid, out);
  compositionRows(grid, out);
  namedShareRows(grid, out);
  yearGrowthRows(grid, out);
  twoYearGrowthRows(grid, out);
  growth(grid, out);
  netColumns(grid, out);
  apartColumnSums(grid, out);
  nextShareColumns(grid, percentColumnsByRows(grid, out), out);
  hundredShares(grid, out);
  // 合计 | 17185 | 7675 | 9510 | 100.0 | 44.7 | 55.3 and 100.0 in every row: a column of 100s is each row's whole in
  // shares (构成), and the columns after it, none over 100, are each row's shares: neither sums down the table nor
  // shares of a column
  const across = new Set<TableCell>();
  for (const c of rowShares(grid)) {
    for (const r of grid.rows) {
      const v = grid.values[r.index]![c.index];
      if (isValue(v)) across.add(v.cell);
    }
  }
  if (across.size === 0) return out;
  const kept = out.filter((r) => !((r.rule === 'table-sum' || r.rule === 'table-share') && across.has(r.anchor)));
  rowShareBlocks(grid, kept);
  return kept;
}

/**
 * The row shares against the amounts they mirror (外出农民工 | 跨省流动 | 省内流动 | 100.0 | 44.7 | 55.3: the 构成 block
 * repeats the amount block's columns): the column reading 100 is the whole's, the k columns after it the shares of
 * the k amount columns after the whole's, each share = its amount ÷ the whole's × 100 in the same row. Read when the
 * amount block stands right before the 100 column, its parts add up to its whole in nearly every row, none of the
 * columns is a rate, and the shares so computed hold in three cells or more and fail in a quarter of them at most.
 */
function rowShareBlocks(grid: Grid, out: TableRelation[]): void {
  const shares = rowShares(grid);
  const k = shares.length - 1;
  const at = shares[0]?.index ?? -1;
  if (k < 1 || at - k - 1 < 0) return;
  const amounts = grid.columns.slice(at - k - 1, at);
  // shares of a whole, not rates (按期办结率 reading 100 in every row, 满意率 after it)
  if (amounts.some((c) => c.role !== 'amount') || shares.some((c) => c.role === 'rate' || c.role === 'growth')) return;
  const [whole, ...parts] = amounts as [Column, ...Column[]];
  // … and the amounts a breakdown of the whole's in nearly every row, as a 构成 is
  let adding = 0;
  let rows = 0;
  for (const r of grid.rows) {
    const w = grid.values[r.index]![whole.index];
    const ps = parts.map((c) => grid.values[r.index]![c.index]);
    if (!isValue(w) || !ps.every(isValue)) continue;
    rows++;
    if (overlaps(sum(ps.map((x) => intervalOf(x as CellValue))), intervalOf(w))) adding++;
  }
  if (adding < 3 || rows - adding > 0.25 * rows) return;
  const found: TableRelation[] = [];
  for (const r of grid.rows) {
    const w = grid.values[r.index]![whole.index];
    if (!isValue(w) || w.approximate || w.value <= 0) continue;
    parts.forEach((c, j) => {
      const stated = grid.values[r.index]![shares[j + 1]!.index];
      const part = grid.values[r.index]![c.index];
      if (!percentOk(stated) || !isValue(part) || part.approximate || !sameUnits(part, w)) return;
      const q = div(intervalOf(part), intervalOf(w));
      if (!q) return;
      found.push(percentRelation(grid, 'table-share', stated, scale(q, 100), (part.value / w.value) * 100, () => `${rowName(r)}${part.cell.text} ÷ ${w.cell.text}`, [part, w], '构成'));
    });
  }
  const failing = found.filter((r) => !r.holds).length;
  if (found.length - failing < 3 || failing > 0.25 * found.length) return;
  out.push(...found);
}

// ---- columns whose headings are lost, read by their arithmetic ----------------------------------------------

/** Columns searched at most for a sum of two apart or for a percentage of two (a yearbook table is rarely wider). */
const MAX_SEARCHED_COLUMNS = 16;
/** Rows a reading by arithmetic must hold in, at least (the search tries every pair: more evidence than a heading's). */
const MIN_SEARCHED_HOLDING = 4;

/**
 * 合计 | 发明 | 实用新型 | 外观设计 | 大专院校 | 科研院所 | 企业 | 机关团体 | 个人 | 职务 | 非职务, the headings lost in copying:
 * 职务 is the four columns from 大专院校 to 机关团体, a run of three adjacent amount columns or more that does not stand
 * beside it (个人 between: a part of 非职务). The runs of column `t` that fit as sureFit says.
 */
function apartRuns(grid: Grid, rows: readonly GridRow[], t: Column): Column[][] {
  const cols = grid.columns;
  const amount = (c: Column | undefined): boolean => !!c && c.role === 'amount' && !c.subset && c !== t;
  const fits: Column[][] = [];
  for (let a = 0; a < cols.length; a++) {
    for (let b = a + 2; b < cols.length && amount(cols[b]) && cols.slice(a, b + 1).every(amount); b++) {
      // (a run right beside the column is read by inferredColumnSums)
      if (a === t.index + 1 || b === t.index - 1) continue;
      const run = cols.slice(a, b + 1);
      const { holding, failing } = splitFit(grid, rows, t, run, 1);
      if (sureFit(holding, failing)) fits.push(run);
    }
  }
  return fits;
}

/** A long column of percentages read by its rows: a slip in one row of this many at most leaves the reading sure. */
const SHARE_ROWS_PER_SLIP = 10;

/**
 * Whether a long table's fit is sure though more than one row fails: ten rows or more hold, each pinning its quotient
 * down, for each that fails (a yearbook's 构成 column over thirty years, its shares forced to add up to 100 in a year
 * or two, and a slip: each failing row reported, the reading kept).
 */
function longFit(holding: number, failing: number): boolean {
  return failing > 0 && failing * SHARE_ROWS_PER_SLIP <= holding;
}

/** Whether a search's best fit is sure: it holds in four rows or more, fails in one at most (and in no more than one row in four). */
function sureFit(holding: number, failing: number): boolean {
  return holding >= MIN_SEARCHED_HOLDING && failing <= 1 && failing * 4 <= holding + failing;
}

/**
 * 总收入 | 补贴及其他收入 | 公共财政预算收入 | 中央 | 地方 | 支出, the headings lost in copying (a yearbook's heading of
 * several lines in two languages): 总收入 is 补贴 and 地方 together, two columns apart. A column no sum reads yet is
 * the sum of two other amount columns (neither right before the other after it) when they add up to it as written
 * in four rows or more, two parts not zero, and fail in one row at most, and no other two columns do so.
 */
function apartColumnSums(grid: Grid, out: TableRelation[]): void {
  const amounts = grid.columns.filter((c) => c.role === 'amount');
  if (amounts.length < 3 || amounts.length > MAX_SEARCHED_COLUMNS) return;
  // a column a sum across its row reads already (a 合计 column), not one a sum down the table ends in (read only
  // for a column the search fits: most tables have none, and a table is re-read on every keystroke in it)
  const read = out.length;
  let summed: Set<TableCell> | undefined;
  const summedAcross = (): Set<TableCell> => {
    if (summed) return summed;
    const rowOf = new Map<TableCell, number>();
    const inSubset = new Set<TableCell>();
    for (const r of grid.rows)
      for (const v of grid.values[r.index]!) {
        if (!isValue(v)) continue;
        rowOf.set(v.cell, r.index);
        if (v.column.subset) inSubset.add(v.cell);
      }
    // (其中 columns within their column, # 投资者 under 就业人数, are no sum of it)
    return (summed = new Set(
      out
        .slice(0, read)
        .filter((r) => r.rule === 'table-sum' && r.cells.every((c) => rowOf.get(c) === rowOf.get(r.anchor)) && !r.cells.every((c) => c === r.anchor || inSubset.has(c)))
        .map((r) => r.anchor),
    ));
  };
  // (a row of rates or averages adds up in no column)
  const rows = grid.rows.filter((r) => r.kind !== 'heading' && r.kind !== 'group' && !rateOrAverageRow(r));
  const byColumn = (v: CellValue): string => columnName(v.column);
  for (const t of amounts) {
    const fits: Column[][] = [];
    // (其中 columns add up among themselves: # 投资者 of 就业人数 is # 投资者 of 城镇 and of 乡村 together)
    for (const a of amounts) {
      if (a === t || a.subset !== t.subset) continue;
      for (const b of amounts) {
        if (b.index <= a.index || b === t || b.subset !== t.subset || (a.index === t.index + 1 && b.index === t.index + 2) || (b.index === t.index - 1 && a.index === t.index - 2)) continue;
        let holding = 0;
        let failing = 0;
        // (two rows that fail rule the pair out: no need to read the rest)
        for (const r of rows) {
          const total = grid.values[r.index]![t.index];
          if (!isValue(total) || total.value <= 0) continue;
          const check = sumOf(total, [grid.values[r.index]![a.index], grid.values[r.index]![b.index]], 'exact');
          if (typeof check !== 'object') continue;
          if (check.holds && check.parts.every((p) => p.value !== 0)) holding++;
          else if (!check.holds && ++failing > 1) break;
        }
        if (sureFit(holding, failing)) fits.push([a, b]);
      }
    }
    fits.push(...apartRuns(grid, rows, t));
    if (fits.length !== 1 || [t, ...fits[0]!].every((c) => afterItsPercentage(grid, rows, c))) continue;
    if (
      rows.some((r) => {
        const v = grid.values[r.index]![t.index];
        return isValue(v) && summedAcross().has(v.cell);
      })
    )
      continue;
    sumsAcross(grid, rows, t, fits[0]!, 'exact', 'column', byColumn, out);
  }
}

/**
 * 中央财政 40% | 14.4 | 市财政 30% | 10.8 | 区县财政 5% | 1.8 | 农户 25% | 9 (保费承担比例/承担金额, its headings lost): an amount
 * column right after a column of percentages is one party's 金额 after its 比例, and amounts so paired are the parties'
 * slices of one whole, side by side: 10.8 = 1.8 + 9 in a few rows is the split (30% = 5% + 25%), not a column summing two.
 */
function afterItsPercentage(grid: Grid, rows: readonly GridRow[], c: Column): boolean {
  const before = grid.columns[c.index - 1];
  if (!before || before.role === 'label') return false;
  const cells = rows.map((r) => grid.values[r.index]![before.index]).filter(isValue);
  return cells.length >= MIN_SEARCHED_HOLDING && cells.every((v) => v.percent);
}

/**
 * A column of percentages no heading ties to its two columns (占收入合计的比重 and 占支出合计的比重 with the headings lost;
 * 资金使用率 over a heading read one cell off): each cell is one amount column's cell over another's × 100 in the same
 * row. A column of percentages (every figure 0–1000, one at least with decimals or a % sign) no share, rate or
 * growth reads yet is so when one pair of columns makes it in four rows or more (a percentage of 100 or 0, which
 * two equal figures or a zero make, and a quotient of small figures, which their precision leaves wide, not
 * counted) and fails in one row at most, and no other pair does so.
 */
function percentColumnsByRows(grid: Grid, out: TableRelation[]): PercentFit[] {
  const read: PercentFit[] = [];
  const columns = grid.columns.filter((c) => c.role !== 'label' && c.role !== 'serial' && c.role !== 'unit');
  if (columns.length < 3 || columns.length > MAX_SEARCHED_COLUMNS) return read;
  // the cells a share, a rate or a growth reads already: gathered once a column of percentages is there to look at
  // (those of the relations found before this reading: the ones it adds do not count)
  let stated: Set<TableCell> | undefined;
  const before = out.length;
  const rows = grid.rows.filter((r) => r.kind !== 'heading' && r.kind !== 'group');
  const amounts = columns.filter((c) => c.role === 'amount');
  for (const p of columns) {
    if (p.role === 'growth' || p.role === 'change' || p.role === 'average') continue;
    const cells = rows.map((r) => grid.values[r.index]![p.index]).filter(isValue);
    if (cells.length < MIN_SEARCHED_HOLDING || cells.some((v) => v.approximate || v.value < 0 || v.value > 1000 || (v.unit && v.unit.unit.kind !== 'percent'))) continue;
    if (!cells.some((v) => v.decimals > 0 || v.percent)) continue;
    stated ??= new Set(
      out
        .slice(0, before)
        .filter((r) => r.rule !== 'table-sum' && r.rule !== 'table-restatement')
        .map((r) => r.anchor),
    );
    if (cells.some((v) => stated!.has(v.cell))) continue;
    const fits: Array<{ n: Column; d: Column }> = [];
    for (const n of amounts) {
      if (n === p) continue;
      for (const d of amounts) {
        if (d === p || d === n) continue;
        let holding = 0;
        let failing = 0;
        for (const r of rows) {
          const x = percentCells(grid, r, p, n, d);
          if (!x) continue;
          // (two rows that fail rule the pair out: no need to read the rest)
          if (!overlaps(intervalOf(x.stated), scale(x.q, 100))) {
            if (++failing > Math.max(1, rows.length / SHARE_ROWS_PER_SLIP)) break;
          }
          // evidence: a quotient its figures pin down to a point or less (3 over 1 as written is anything from 2.5 to 3.5)
          else if (x.stated.value !== 100 && x.stated.value !== 0 && x.num.value > 0 && (x.q.hi - x.q.lo) * 100 <= 1) holding++;
        }
        if (sureFit(holding, failing) || longFit(holding, failing)) fits.push({ n, d });
      }
    }
    if (fits.length !== 1) continue;
    const { n, d } = fits[0]!;
    percentColumnRelations(grid, rows, p, n, d, out);
    read.push({ p, n, d });
  }
  return read;
}

/** A column of percentages read as one amount column over another, row by row. */
interface PercentFit {
  p: Column;
  n: Column;
  d: Column;
}

/** Each row's percentage of column `p` against its cells of `n` over `d`. */
function percentColumnRelations(grid: Grid, rows: readonly GridRow[], p: Column, n: Column, d: Column, out: TableRelation[]): void {
  const words = headingWords(p.label);
  const rule: TableRuleId = p.role === 'rate' ? 'table-rate' : 'table-share';
  for (const r of rows) {
    const x = percentCells(grid, r, p, n, d);
    if (!x) continue;
    const { num, den, q } = x;
    out.push(
      percentRelation(grid, rule, x.stated, scale(q, 100), ((q.lo + q.hi) / 2) * 100, () => `${columnName(n)}${num.cell.text} ÷ ${columnName(d)}${den.cell.text}`, [num, den], words || '百分比'),
    );
  }
}

/**
 * The next column of a block of shares read by its rows (a yearbook's 构成 over 第一产业 | 第二产业 | 第三产业, its
 * headings lost: 76.88 | 13.88 | 9.24 after 1621.61 | 292.83 | 194.95 and their whole 2109.39): the column right after
 * one read as amount `n` over `d` is the amount right after `n` over the same `d`, the block's order the amounts'.
 * Its neighbour's reading names the columns, so its own rows need not rule every other pair out: read when it holds
 * in four rows or more and fails in a quarter of them at most (a long column's slips, each reported, do not lose
 * it). Not a column a share, rate or growth reads already.
 */
function nextShareColumns(grid: Grid, fits: readonly PercentFit[], out: TableRelation[]): void {
  if (fits.length === 0) return;
  const rows = grid.rows.filter((r) => r.kind !== 'heading' && r.kind !== 'group');
  const stated = new Set(out.filter((r) => r.rule !== 'table-sum' && r.rule !== 'table-restatement').map((r) => r.anchor));
  const queue = [...fits];
  for (let fit = queue.shift(); fit; fit = queue.shift()) {
    const p = grid.columns[fit.p.index + 1];
    const n = grid.columns[fit.n.index + 1];
    if (!p || !n || n === fit.d || n === fit.p || n.role !== 'amount' || p.role === 'growth' || p.role === 'change' || p.role === 'average' || p.role === 'rate') continue;
    if (!(p.role === 'share' || p.role === 'amount') || p.total || n.total) continue;
    const cells = rows.map((r) => grid.values[r.index]![p.index]).filter(isValue);
    if (cells.some((v) => stated.has(v.cell) || v.approximate || v.value < 0 || v.value > 100 || (v.unit && v.unit.unit.kind !== 'percent'))) continue;
    let holding = 0;
    let failing = 0;
    for (const r of rows) {
      const x = percentCells(grid, r, p, n, fit.d);
      if (!x) continue;
      if (!overlaps(intervalOf(x.stated), scale(x.q, 100))) failing++;
      else if (x.stated.value !== 0 && x.num.value > 0 && (x.q.hi - x.q.lo) * 100 <= 1) holding++;
    }
    if (holding < MIN_SEARCHED_HOLDING || failing * 4 > holding + failing) continue;
    percentColumnRelations(grid, rows, p, n, fit.d, out);
    for (const v of cells) stated.add(v.cell);
    queue.push({ p, n, d: fit.d });
  }
}

/** A row's percentage cell with its two amount cells and their quotient, when all three can be compared. */
function percentCells(grid: Grid, row: GridRow, p: Column, n: Column, d: Column) {
  const stated = grid.values[row.index]![p.index];
  const num = grid.values[row.index]![n.index];
  const den = grid.values[row.index]![d.index];
  if (!percentOk(stated) || !isValue(num) || !isValue(den) || num.approximate || den.approximate || num.percent || den.percent || den.value <= 0 || num.value < 0) return undefined;
  // one column's unit named (应使用资金（万元）), the other's not (金额 under a group heading): the figures as written
  const written = (v: CellValue): Interval => ({ lo: v.lo / v.scale, hi: v.hi / v.scale });
  const oneNamed = !num.unit !== !den.unit;
  if (!oneNamed && !sameUnits(num, den)) return undefined;
  const q = oneNamed ? div(written(num), written(den)) : div(intervalOf(num), intervalOf(den));
  return q && { stated, num, den, q };
}

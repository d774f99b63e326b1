// Which rows of a table a row sums. A 合计 row sums the rows of its block, but a pasted statistical table often
// lists items and their sub-items in one flat column (医院, 综合医院, 中医医院, 基层医疗卫生机构, 社区卫生服务中心 …)
// with nothing left to say which is which: the indentation is lost, only some sub-items say 其中. So the rows a
// total adds up are searched: the first row of the block is a part; every later row is a part or a sub-item of the
// part above it (never larger than that part); the reading that makes the parts add up to the total in the most
// columns wins. A row without a 合计 label (普通中等学校 over 普通中专, 普通中学, 职业中学) is taken for a total only when
// such a reading adds up in most of its columns. Ordinals (一、 1. （1）) and 其中 rows fix what they say.

import { readOrdinal } from '../ordinals';
import { readUnit, type Column, type Grid, type GridRow, type Slot } from './grid';
import { industriesBeyondTheSectors } from './industryReckoning';

/**
 * A row of indices, rates, averages or growth (总产出指数（上年=100）, 人均, 增长%): its sectors do not add up to it. A
 * row of shares (总产出构成（%）, 比重) is their sum: the shares of the parts add up to the whole's.
 */
const notASum = (label: string): boolean => /指数|[=＝]\s*100|率|人均|平均|增长|增速|速度/.test(label) || (/[%％]/.test(label) && !/构成|比重/.test(label));

/** What a total row sums, as one reading of the table found. */
export interface Breakdown {
  total: GridRow;
  /** The rows added up to the total. */
  parts: GridRow[];
  /** Sub-items under a part, by part: each is at most its part (their sum too). */
  subItems: Map<GridRow, GridRow[]>;
  /**
   * labelled: a 合计/总计/全县 row, or a 小计 (the sum is exact, both ways); inferred: a row that adds up in most
   * columns (a column where the parts come short may leave items unlisted: only parts above the total are wrong);
   * partial: 其中 rows (their sum may be less, never more).
   */
  basis: 'labelled' | 'inferred' | 'partial';
}

/** Rows searched below one total at most; a longer block is read as it stands (its parts are all its rows). */
const MAX_SEARCH_ROWS = 40;
/** Readings tried for one total at most. */
const MAX_NODES = 20_000;

type Num = { lo: number; hi: number } | 'zero' | 'skip';

function num(s: Slot): Num {
  if (s === 'blank') return 'zero';
  if (typeof s === 'object') return s.approximate ? 'skip' : { lo: s.lo, hi: s.hi };
  return 'skip';
}

const EPS = 1e-9;

/** Whether a is at most b in a column (both figures), allowing for their written precision. */
function atMost(a: Num, b: Num): boolean | undefined {
  if (a === 'skip' || b === 'skip') return undefined;
  const alo = a === 'zero' ? 0 : a.lo;
  const bhi = b === 'zero' ? 0 : b.hi;
  return alo <= bhi + EPS * Math.max(1, Math.abs(bhi));
}

/**
 * Whether a row can be a sub-item of another: not larger in any column (one column forgiven when four or more
 * compare: a single mistyped figure must not change the reading of the table).
 */
function canBeUnder(row: GridRow, part: GridRow, grid: Grid, columns: readonly Column[]): boolean {
  let compared = 0;
  let larger = 0;
  for (const c of columns) {
    const r = atMost(num(grid.values[row.index]![c.index]), num(grid.values[part.index]![c.index]));
    if (r === undefined) continue;
    compared++;
    if (!r) larger++;
  }
  return larger === 0 || (compared >= 4 && larger === 1);
}

/** Whether a row is not larger than another in any column both have figures in. */
function notLarger(row: GridRow, than: GridRow, grid: Grid, columns: readonly Column[]): boolean {
  return columns.every((c) => atMost(num(grid.values[row.index]![c.index]), num(grid.values[than.index]![c.index])) !== false);
}

/** Whether a row is larger than another in more than half of the columns both have. */
function mostlyLarger(row: GridRow, than: GridRow, grid: Grid, columns: readonly Column[]): boolean {
  let compared = 0;
  let larger = 0;
  for (const c of columns) {
    const r = atMost(num(grid.values[row.index]![c.index]), num(grid.values[than.index]![c.index]));
    if (r === undefined) continue;
    compared++;
    if (!r) larger++;
  }
  return compared > 0 && larger * 2 > compared;
}

/** Whether the rows add up to at most a total in more than half of the columns where all of them have figures. */
function withinMostly(rows: readonly GridRow[], total: GridRow, grid: Grid, columns: readonly Column[]): boolean {
  const { compared, within } = withinCount(rows, total, grid, columns);
  return compared > 0 && within * 2 > compared;
}

/**
 * Whether rows exceed a row in every column, two at least, and the labels write different units of 万 or 亿: no part
 * of it, whatever the 其中 says (观察室收容病人数 万人次 156.8 … over #死亡人数 3402 …, the unit written into the label:
 * counted in 万 against persons). A slip makes a part exceed its row in a column or two, not in all.
 */
function exceedEverywhere(rows: readonly GridRow[], total: GridRow, grid: Grid, columns: readonly Column[]): boolean {
  const scaled = (r: GridRow): string => SCALED_UNIT.exec(r.label)?.[0] ?? '';
  if (!rows.some((r) => scaled(r) !== scaled(total))) return false;
  const { compared, within } = withinCount(rows, total, grid, columns);
  return compared >= 2 && within === 0;
}

/**
 * The rows after a 其中 list that are more of it though the list goes over its row in one column: taken with them, the
 * list stays within its row in every column but that one (the same column for each), and the row after them ends it
 * (the table ends there, a row that is no item follows, or one that with the list goes over its row in every column:
 * the table's next measure). The one column holds a slip (a mistyped total or part), not the end of the list: a
 * single mistyped figure must not change the reading of the table (as canBeUnder forgives one column). Read by the
 * columns alone, a total typed short cuts its own list and passes (dev1/tjgb-ningyuan-01: 粮食作物 | 播种面积 | 产量
 * over 其中：稻谷 / 薯类 / 豆类, then 蔬菜 going over it in both columns: 薯类 and 豆类 are in the list, however its
 * 播种面积 adds up). How many rows from `k` on are so taken (0: none; a row is then read as the columns read it), a row
 * the list's own words end (`ends`: no item, back at the row's depth, another unit or the row's next number) ending it.
 */
function listPastOneColumn(subsets: readonly GridRow[], parent: GridRow, k: number, ends: (r: GridRow) => boolean, grid: Grid, columns: readonly Column[]): number {
  // (only amounts none below zero, all of one unit: a falling column's parts stay “within” whatever they are)
  const negative = (r: GridRow): boolean =>
    columns.some((c) => {
      const v = grid.values[r.index]![c.index];
      return typeof v === 'object' && v.value < 0;
    });
  // (nor a list of two 其中 rows one after another, #短期贷款 / #个人贷款及透支: a yearbook marks the first part of each
  // level with #, so the second may be a part of the first, and the list's sum going over its row is no slip)
  if ([parent, ...subsets].some(negative) || subsets.some((r, i) => r.kind === 'subset' && subsets[i + 1]?.kind === 'subset')) return 0;
  const list = [...subsets];
  let over: Column | undefined;
  let j = k;
  for (; j < grid.rows.length; j++) {
    const r = grid.rows[j]!;
    if (ends(r) || negative(r) || r.unit?.text !== parent.unit?.text || aTaxOf(list, r)) break;
    const { compared, overs } = overColumns([...list, r], parent, grid, columns);
    if (compared < 2) return 0;
    if (overs.length === compared) break;
    if (overs.length > 1 || (over && overs[0] && overs[0] !== over)) return 0;
    over ??= overs[0];
    list.push(r);
  }
  return over ? j - k : 0;
}

/** The columns where rows add up to more than a total, of those where all have figures. */
function overColumns(rows: readonly GridRow[], total: GridRow, grid: Grid, columns: readonly Column[]): { compared: number; overs: Column[] } {
  let compared = 0;
  const overs: Column[] = [];
  for (const c of columns) {
    const { compared: n, within } = withinCount(rows, total, grid, [c]);
    if (n === 0) continue;
    compared++;
    if (within === 0) overs.push(c);
  }
  return { compared, overs };
}

/**
 * Whether a 其中 list with one more row makes up its row whole, to the last written digit, in a column at least
 * (two parts or more not zero), and goes astray in no more columns than it adds up in (#城镇 / 乡村 under 常住人口:
 * a yearbook marks the first row of a complete split only). The rows of one table share one reading: a column where
 * the list so read goes over its row has a slip in it, not another reading.
 */
function completesWhole(rows: readonly GridRow[], total: GridRow, grid: Grid, columns: readonly Column[]): boolean {
  const s = score(total, rows, grid, columns);
  return s.evidence > 0 && s.equal >= s.over + s.under;
}

/**
 * Whether rows make up a row to the last written digit in every column where it has a figure but one at most, three
 * at least, two parts or more not zero in each (a whole split in two nearly everywhere, not a near miss in a column).
 */
function addsUpEverywhere(rows: readonly GridRow[], total: GridRow, grid: Grid, columns: readonly Column[]): boolean {
  const s = score(total, rows, grid, columns);
  return s.evidence >= 3 && s.evidence === s.equal && s.over + s.under <= 1;
}

/** Whether rows add up to at most a row in one column at least, or in the one column compared. */
function withinSome(rows: readonly GridRow[], total: GridRow, grid: Grid, columns: readonly Column[]): boolean {
  const { compared, within } = withinCount(rows, total, grid, columns);
  return within > 0 || compared < 2;
}

/** A unit of 万 or 亿 written at the end of a row's label (观察室收容病人数 万人次, 总收入（亿元）). */
const SCALED_UNIT = /[万亿](?:人次|人|元|户|件|吨|床日|册|个|次)?[）)]?$/;

function withinCount(rows: readonly GridRow[], total: GridRow, grid: Grid, columns: readonly Column[]): { compared: number; within: number } {
  let compared = 0;
  let within = 0;
  for (const c of columns) {
    const t = num(grid.values[total.index]![c.index]);
    if (t === 'skip') continue;
    let lo = 0;
    let ok = true;
    for (const r of rows) {
      const v = num(grid.values[r.index]![c.index]);
      if (v === 'skip') {
        ok = false;
        break;
      }
      if (v !== 'zero') lo += v.lo;
    }
    if (!ok) continue;
    compared++;
    const hi = t === 'zero' ? 0 : t.hi;
    if (lo <= hi + EPS * Math.max(1, Math.abs(hi))) within++;
  }
  return { compared, within };
}

interface Score {
  /** Columns where the parts add up to the total; more than; less than. */
  equal: number;
  over: number;
  under: number;
  /** Columns where the parts add up to a total that is not zero, with two or more parts not zero: evidence. */
  evidence: number;
  /** Columns where the parts add up to a total that is not zero. */
  equalNonzero: number;
  /** Evidence columns whose total is 100 or more: hard to add up to by chance. */
  large: number;
}

/** A figure written without decimals (or a blank). */
const wholeCell = (s: Slot): boolean => s === 'blank' || (typeof s === 'object' && s.decimals === 0);

function score(total: GridRow, parts: readonly GridRow[], grid: Grid, columns: readonly Column[]): Score {
  const s: Score = { equal: 0, over: 0, under: 0, evidence: 0, equalNonzero: 0, large: 0 };
  for (const c of columns) {
    const t = num(grid.values[total.index]![c.index]);
    if (t === 'skip' || t === 'zero') continue;
    let lo = 0;
    let hi = 0;
    let nonzero = 0;
    let ok = true;
    let whole = wholeCell(grid.values[total.index]![c.index]);
    for (const p of parts) {
      whole &&= wholeCell(grid.values[p.index]![c.index]);
      const v = num(grid.values[p.index]![c.index]);
      if (v === 'skip') {
        ok = false;
        break;
      }
      if (v === 'zero') continue;
      lo += v.lo;
      hi += v.hi;
      // a 0 read at its written precision (−0.5 to 0.5) is no part of the sum
      if (v.lo > 0 || v.hi < 0) nonzero++;
    }
    if (!ok) continue;
    const e = EPS * Math.max(1, Math.abs(t.hi));
    if (lo > t.hi + e) s.over++;
    else if (hi < t.lo - e) s.under++;
    else {
      s.equal++;
      // evidence only where the figures as written add up to the total (to its last digit): small whole counts (1,
      // 0, 4 …) read at their precision each may be off by a half, and the slack of a few adds up to anything near
      const written = !whole || Math.abs((lo + hi) / 2 - (t.lo + t.hi) / 2) <= (t.hi - t.lo) / 2 + e;
      if ((t.lo > 0 || t.hi < 0) && written) {
        s.equalNonzero++;
        if (nonzero >= 2) s.evidence++;
        if (nonzero >= 2 && Math.abs(t.lo) >= 100) s.large++;
      }
    }
  }
  return s;
}

/**
 * Rows read as parts of a row no label makes their whole: one column of small counts adding up (不合格 0 + 4 + 2 = 6)
 * against another where they go over or under (样品 967 + 357 + 1438 against 755) may be chance; two columns adding
 * up, one adding up to a total of 100 or more (教师 1389 + 499 = 1888), or none going astray, is evidence.
 */
function oneOff(s: Score): boolean {
  return s.over + s.under === 0 || s.equal >= 2 || s.large > 0;
}

/** Whether rows add up to a total exactly in every column where they compare, one column at least not zero. */
function exactly(total: GridRow, parts: readonly GridRow[], grid: Grid, columns: readonly Column[]): boolean {
  const s = score(total, parts, grid, columns);
  return s.equalNonzero > 0 && s.over + s.under === 0;
}

interface Reading {
  parts: GridRow[];
  under: Map<GridRow, GridRow>;
  score: Score;
  /** Rows of the scope the reading covers (a row's parts may end before its scope does). */
  covered: number;
}

/** Columns where a part's sub-items add up to it exactly, over the parts of a reading that have sub-items. */
function fit(reading: Reading, grid: Grid, columns: readonly Column[]): number {
  const subs = new Map<GridRow, GridRow[]>();
  for (const [r, part] of reading.under) {
    const list = subs.get(part);
    if (list) list.push(r);
    else subs.set(part, [r]);
  }
  let n = 0;
  for (const [part, list] of subs) n += score(part, list, grid, columns).equal;
  return n;
}

/** More columns adding up; then fewer that do not; then fewer rows covered (the rows after may be its siblings). */
const better = (a: Reading, b: Reading): boolean =>
  a.score.equal > b.score.equal ||
  (a.score.equal === b.score.equal && (a.score.over + a.score.under < b.score.over + b.score.under || (a.score.over + a.score.under === b.score.over + b.score.under && a.covered < b.covered)));
const same = (a: Reading, b: Reading): boolean => !better(a, b) && !better(b, a);

/**
 * The reading of `rows` (below `total`) whose parts add up best. A row is forced to be a part when its ordinal is
 * of the level of the first row's, a sub-item when it says 其中 or its ordinal is deeper (or it has none where the
 * parts have one). `flat` gives only the reading the labels force (every other row a part); `prefix` lets the
 * reading stop before the end of `rows` (a row without a 合计 label: where its parts end is not known).
 */
function search(total: GridRow, rows: readonly GridRow[], grid: Grid, columns: readonly Column[], flat: boolean, prefix = false, byIndent = false): { best: Reading; ties: number } | undefined {
  if (rows.length === 0) return undefined;
  const level = rows[0]!.level;
  const forced = (r: GridRow): 'part' | 'sub' | undefined => {
    if (r.kind === 'subset') return 'sub';
    // the first row's indentation is the parts', deeper rows are sub-items
    if (byIndent && r.level === undefined && r.label !== '') return r.indent > rows[0]!.indent ? 'sub' : 'part';
    if (level !== undefined) {
      if (r.level === level) return 'part';
      if (r.level === undefined || r.level > level) return 'sub';
    }
    return undefined;
  };
  let best: Reading | undefined;
  let ties = 0;
  let nodes = 0;
  const parts: GridRow[] = [];
  const under = new Map<GridRow, GridRow>();
  const consider = (i: number): void => {
    const reading: Reading = { parts: [...parts], under: new Map(under), score: score(total, parts, grid, columns), covered: i };
    if (!best || better(reading, best)) {
      best = reading;
      ties = 0;
    } else if (same(reading, best)) {
      // of two readings adding up as well, the one whose sub-items add up to their parts (轻工业 over 以农产品为原料
      // and 以非农产品为原料, not 轻工业 over those and 重工业 too, whose own parts then stand beside it)
      const a = fit(reading, grid, columns);
      const b = fit(best, grid, columns);
      if (a > b) {
        best = reading;
        ties = 0;
      } else if (a === b) ties++;
    }
  };
  const visit = (i: number): void => {
    if (++nodes > MAX_NODES) return;
    if (i === rows.length) {
      consider(i);
      return;
    }
    if (prefix && i > 0 && forced(rows[i]!) !== 'sub') consider(i);
    const r = rows[i]!;
    const f = i === 0 ? 'part' : forced(r);
    const head = parts[parts.length - 1];
    // a part first: the flat reading is found first and kept on a tie
    if (f !== 'sub') {
      parts.push(r);
      visit(i + 1);
      parts.pop();
    }
    if (!flat && f !== 'part' && head && canBeUnder(r, head, grid, columns)) {
      under.set(r, head);
      visit(i + 1);
      under.delete(r);
    } else if (flat && f === 'sub' && head) {
      under.set(r, head);
      visit(i + 1);
      under.delete(r);
    }
  };
  visit(0);
  if (nodes > MAX_NODES && !flat) return undefined;
  return best ? { best, ties } : undefined;
}

function breakdownOf(total: GridRow, reading: Reading, basis: Breakdown['basis']): Breakdown {
  const subItems = new Map<GridRow, GridRow[]>();
  for (const [r, part] of reading.under) {
    const list = subItems.get(part);
    if (list) list.push(r);
    else subItems.set(part, [r]);
  }
  for (const list of subItems.values()) list.sort((a, b) => a.index - b.index);
  return { total, parts: reading.parts, subItems, basis };
}

/** 按城乡分 / 按部门分 / 1、按轻重工业分组: each such heading starts another breakdown of the same total. */
const BY = /^(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[）)]|[0-9]{1,2}[、.．])?按.{1,10}分组?[：:]?(?:[A-Za-z][A-Za-z ,'’.()-]*)?$/;
/** 在总计中： / 其中：: a heading over rows that are parts of the total, not a breakdown of it. */
const AMONG = /^(?:其中|在(?:总计|合计|全部)中)[：:]?$/;

/** A grand total (收入总计, 支出总计): over a 合计 row and what follows it. */
const GRAND = /总计/;

/** The rows a labelled total sums: after it (a total on top) or before it back to the previous total. */
function blockOf(grid: Grid, t: GridRow): GridRow[] {
  const rows = grid.rows;
  const at = rows.indexOf(t);
  const under = numberedUnder(rows, at);
  if (under) return under;
  const above = rows.slice(0, at).filter((r) => r.kind !== 'heading');
  if (above.every((r) => r.kind === 'group')) {
    const next = rows.findIndex((r, i) => i > at && r.kind === 'total');
    const block = rows.slice(at + 1, next < 0 ? rows.length : next);
    // 乡镇级合计 over 1.镇 2.乡 3.民族乡, then （二）民政事业费: a row numbered a level up starts another section
    const level = block[0]?.level;
    const end = level === undefined ? -1 : block.findIndex((r) => r.level !== undefined && r.level < level);
    return end < 0 ? block : block.slice(0, end);
  }
  let start = at - 1;
  while (start >= 0 && rows[start]!.kind !== 'total' && rows[start]!.kind !== 'heading') start--;
  return rows.slice(start + 1, at);
}

/**
 * A numbered total over rows numbered a level deeper (一、期初余额 / 二、收入合计 / （一）收入小计 / 1.… / （二）上级补助收入 /
 * 三、支出合计): its rows are those after it, up to the next row numbered at its level or above, whatever stands above it.
 * Undefined when the row right after it is not numbered deeper.
 */
function numberedUnder(rows: readonly GridRow[], at: number): GridRow[] | undefined {
  const t = rows[at]!;
  const next = rows[at + 1];
  if (t.level === undefined || next?.level === undefined || next.level <= t.level) return undefined;
  let end = at + 1;
  while (end < rows.length && (rows[end]!.level === undefined || rows[end]!.level! > t.level) && rows[end]!.kind !== 'total') end++;
  return rows.slice(at + 1, end);
}

/**
 * The items of a 小计: since the previous 小计 or group heading (or, first in its group, those after it). A 小计
 * numbered like the rows above it (乡镇级合计 / 1.镇 / 2.乡小计 / 其中：民族乡 / 3.街道) is their sibling: its items
 * are under it, the numbered rows before it are not.
 */
function subtotalBlock(grid: Grid, s: GridRow): GridRow[] {
  const rows = grid.rows;
  const at = rows.indexOf(s);
  const sibling = (r: GridRow): boolean => s.level !== undefined && r.level !== undefined && r.level <= s.level;
  const stop = (r: GridRow): boolean => r.kind === 'group' || r.kind === 'total' || r.kind === 'subtotal' || r.kind === 'heading' || sibling(r);
  const prev = rows[at - 1];
  const out: GridRow[] = [];
  if (!prev || stop(prev)) {
    for (let i = at + 1; i < rows.length && !stop(rows[i]!); i++) out.push(rows[i]!);
  } else {
    for (let i = at - 1; i >= 0 && !stop(rows[i]!); i--) out.unshift(rows[i]!);
  }
  return out;
}

const candidate = (r: GridRow): boolean => r.kind === 'item' || r.kind === 'subset' || r.kind === 'subtotal';

/** A labelled total's block as the rows to search, in one or more breakdowns (按…分), 小计 items left to their 小计. */
function labelledScopes(grid: Grid, t: GridRow): GridRow[][] {
  const block = t.kind === 'subtotal' ? subtotalBlock(grid, t) : blockOf(grid, t);
  const covered = new Set<GridRow>();
  if (t.kind === 'total') for (const r of block) if (r.kind === 'subtotal') for (const x of subtotalBlock(grid, r)) covered.add(x);
  const scopes: GridRow[][] = [[]];
  let among = false;
  let by = false;
  let underRow = false;
  for (const r of block) {
    // 一、茶叶合计 / 红茶 / 绿茶 / 二、园林水果: a row numbered at the total's level or above is its sibling, and ends its rows
    if (t.level !== undefined && r.level !== undefined && r.level <= t.level && r.index > t.index) break;
    // the rows under 在总计中： (亏损企业, 农村工业): parts of the total, not in its breakdowns
    // 2022年秋 / 学前 / 小学 / … / 学前（秋） / 免保教费 / 免生活费: a group named after a row already taken opens that
    // row's own breakdown, not more parts of the total: the total's rows end there
    if (r.kind === 'group' && namesATakenRow(r, scopes)) break;
    if (r.kind === 'group') among = AMONG.test(r.label);
    if (among) continue;
    if (r.kind === 'group' && BY.test(r.label)) {
      // 按…分 right under the total: another breakdown of it; under one of its rows (医院 / 按经济类型分), that
      // row's breakdowns, whose end is not written: their rows stay in the block, and the search takes them for
      // that row's sub-items where the total's parts add up so (医院 + 基层医疗卫生机构 + 其他 = 总计)
      if (scopes[scopes.length - 1]!.length > 0 && scopes.length === 1 && !by) underRow = true;
      if (underRow) continue;
      by = true;
      if (scopes[scopes.length - 1]!.length > 0) scopes.push([]);
      continue;
    }
    if (candidate(r) && !covered.has(r)) scopes[scopes.length - 1]!.push(r);
  }
  // 收入总计 after 本年收入合计 / 转移性收入 / …: a grand total's block starts after the 合计 row above it, which is
  // one of its parts (the year's own revenue, then what came from elsewhere)
  const before = grid.rows[grid.rows.indexOf(block[0] ?? t) - 1];
  if (t.kind === 'total' && GRAND.test(t.label) && before?.kind === 'total' && before.index < t.index && !GRAND.test(before.label) && scopes.length === 1 && scopes[0]!.length > 0)
    scopes[0]!.unshift(before);
  return scopes.filter((s) => s.length > 0).flatMap((scope) => (t.kind === 'total' ? twoCuts(grid, t, scope) : [scope]));
}

/** A group row's label, less a bracketed qualifier (学前 of 学前（秋）), the label of a row in the scopes so far. */
function namesATakenRow(group: GridRow, scopes: readonly GridRow[][]): boolean {
  const name = group.label.replace(/[（(][^（）()]*[）)]$/, '').trim();
  return name.length >= 2 && name !== group.label && scopes.some((scope) => scope.some((r) => r.label === name));
}

/**
 * 医院总计 over two rows whose labels a copy lost (公立, 民营) and then 综合医院 / 中医医院 / 专科医院 / 其他医院: two
 * breakdowns of one total one after the other, with no 按…分 between them. A block that splits into two runs, each
 * adding up to the total in every column (in two at least; a slip in the total breaks one column of both alike), is
 * read as the two; else it stays one block.
 */
function twoCuts(grid: Grid, t: GridRow, scope: GridRow[]): GridRow[][] {
  if (scope.length < 4 || scope.length > MAX_SEARCH_ROWS) return [scope];
  const columns = grid.columns.filter((c) => c.role === 'amount');
  const whole = (run: readonly GridRow[]): Score | undefined => {
    // a 其中 row inside a run (长江区 / 其中：太湖流域) is part of the row above it, not another part of the total
    const parts = run.filter((r) => r.kind !== 'subset');
    const s = score(t, parts, grid, columns);
    return (s.over + s.under === 0 && s.equalNonzero >= 2) || (s.over + s.under === 1 && s.equalNonzero >= 1) || lonelyColumnWhole(s, columns.length, parts.length) ? s : undefined;
  };
  for (let k = 2; k <= scope.length - 2; k++) {
    const first = whole(scope.slice(0, k));
    const rest = first && whole(scope.slice(k));
    // a slip in the total breaks one column of both runs alike: the same split still reads the block
    if (first && rest && first.over + first.under === rest.over + rest.under) return [scope.slice(0, k), scope.slice(k)];
  }
  return repeatedCut(grid, t, scope, columns) ?? [scope];
}

/**
 * A yearbook table classified two ways at once (heldout2/jiaoyu-quanguo-01, 学校数 by who runs them and by area):
 *
 *   总计Total                 53216 39592 …
 *   教育部门Run by Ed. Dept.  48299 37980 …
 *   其他部门 … / 地方企业办 … / 民办 …
 *   城区Urban Area            10932  7476 …
 *   教育部门 … / 其他部门 … / 地方企业办 … / 民办 …
 *   镇区 …
 *
 * The run right under the total is its breakdown by one classification; the rows after it are the total's areas, each
 * followed by the same labels again (its own breakdown, read as its rows add up). When the first run's labels recur, in
 * order, under the row after it, and the run makes up the total to the last digit in every column but one at most
 * (three at least, `addsUpEverywhere`), the run is one cut of the total. The rows between the repeats (城区, 镇区 …)
 * are the other cut only where they add up to the total themselves; a page that ends inside the last area leaves them
 * out.
 */
function repeatedCut(grid: Grid, t: GridRow, scope: readonly GridRow[], columns: readonly Column[]): GridRow[][] | undefined {
  const label = (r: GridRow | undefined): string => r?.label.replace(/\s/g, '') ?? '';
  for (let k = 2; 2 * k + 1 <= scope.length && k <= 12; k++) {
    const head = scope.slice(0, k);
    const names = new Set(head.map(label));
    if (names.size !== k || [...names].some((n) => n.length < 2) || head.some((r) => r.kind !== 'item')) continue;
    // the row after the run is none of its labels, and the run's labels follow it, in order
    if (names.has(label(scope[k])) || !head.every((r, j) => label(scope[k + 1 + j]) === label(r))) continue;
    if (!addsUpEverywhere(head, t, grid, columns)) return undefined;
    const heads = scope.slice(k).filter((r) => r.kind === 'item' && !names.has(label(r)));
    const s = heads.length >= 2 ? score(t, heads, grid, columns) : undefined;
    return s && s.over + s.under === 0 && s.equalNonzero >= 2 ? [head, heads] : [head];
  }
  return undefined;
}

/**
 * A run of rows that makes up a total in a table of one column of amounts (全国 over 北方6区 / 南方4区 and then the ten
 * 水资源一级区, the other columns rates): there one column is all the evidence there is. Both runs of the split must
 * add up, each of two rows at least, so a block read whole would have its rows add up to twice the total.
 */
function lonelyColumnWhole(s: Score, columns: number, parts: number): boolean {
  return columns === 1 && parts >= 2 && s.over + s.under === 0 && s.equalNonzero === 1;
}

/** The 按…分 groups right under a row (医院 / 按经济类型分 / 公立医院 / 民营医院 / 按医院等级分 …): each a breakdown of it. */
function byScopes(grid: Grid, p: GridRow, columns: readonly Column[]): GridRow[][] {
  const scopes: GridRow[][] = [];
  for (let i = p.index + 1; i < grid.rows.length; i++) {
    const r = grid.rows[i]!;
    if (r.kind === 'group' && BY.test(r.label)) {
      scopes.push([]);
      continue;
    }
    if (scopes.length > 0 && p.level !== undefined && r.level !== undefined && r.level <= p.level) break;
    // a part left empty (2、飞播造林 | 公顷 | (empty)): none of it, numbered as the parts before it
    const current = scopes[scopes.length - 1];
    const emptyPart =
      r.kind === 'group' && r.level !== undefined && current?.[0]?.level !== undefined && r.level >= current[0].level && grid.values[r.index]!.every((v) => v === undefined || v === 'blank');
    if (scopes.length === 0 || !(candidate(r) || emptyPart) || mostlyLarger(r, p, grid, columns)) break;
    scopes[scopes.length - 1]!.push(r);
  }
  return scopes.filter((s) => s.length > 0);
}

/** A row numbered （1） or (1): the first of a list numbered at the fourth level. */
function firstOfBracketed(r: GridRow): boolean {
  if (r.level !== 4) return false;
  return readOrdinal(r.label.replace(/^(?:其中|#|＃)[：:]?/, ''), 0)?.value === 1;
}

/** A row of English words only and no figure: the end of a bilingual label wrapped onto a line of its own (and Supply). */
function wrappedEnglish(r: GridRow): boolean {
  return r.kind === 'group' && /^[a-z][A-Za-z,&'’. -]*$/.test(r.label) && r.label.length >= 3;
}

/** The rows below a row that may be its parts: until a row of its level or above, a heading, or a larger row. */
function inferredScope(grid: Grid, p: GridRow, columns: readonly Column[]): GridRow[] {
  const out: GridRow[] = [];
  for (let i = p.index + 1; i < grid.rows.length && out.length < MAX_SEARCH_ROWS; i++) {
    const r = grid.rows[i]!;
    // 1.镇 2.乡 3.民族乡 4.苏木 — 6.街道: a part numbered as the others with dashes only is none, not the scope's end
    if (r.kind === 'group' && p.level !== undefined && r.level !== undefined && r.level > p.level && r.level === out[0]?.level) continue;
    // a bilingual yearbook's English name run onto a line of its own (制造业 Manufacturing / Electricity, Gas & Water
    // Production / and Supply / (no name) 6.03, heldout23/jiuye-chongqing-01): the tail of a name, no group
    if (wrappedEnglish(r)) continue;
    if (r.kind === 'total' || r.kind === 'subtotal' || r.kind === 'group' || r.kind === 'heading') break;
    if (p.level !== undefined && r.level !== undefined && r.level <= p.level) break;
    // a row without an ordinal over numbered rows (可支配收入 / 一、工资性收入 … 四、转移净收入): its parts may be the
    // numbered rows of the first one's level or deeper, up to the next row without one (tables10a)
    // … or the (1) of a list numbered （1） （2） right under it (城市低保支出 / (1)城市低保金 / (2)城市低保临时补助, a monthly
    // report's rows, minzheng-fujian-02): the list of its own parts
    if (p.level === undefined && r.level !== undefined && (out.length === 0 ? r.level !== 1 && !firstOfBracketed(r) : out[0]!.level === undefined || r.level < out[0]!.level)) break;
    if (p.level === undefined && r.level === undefined && out.length > 0 && out[0]!.level !== undefined) break;
    // a larger row ends the scope, but for one numbered a level deeper (2.床位数 over (1)养老机构床位数, the total mistyped)
    if (mostlyLarger(r, p, grid, columns) && !(p.level !== undefined && ((r.level !== undefined && r.level > p.level) || (r.level === undefined && letterOf(r, out.length))))) break;
    // a 其中 row larger than the row above it is a part of a row further up: the scope ends before it
    if (r.kind === 'subset' && out.length > 0 && mostlyLarger(r, out[out.length - 1]!, grid, columns)) break;
    out.push(r);
  }
  return out;
}

/**
 * A scope too long to search every reading of (福州市 over its 市辖区, 鼓楼区 … and its counties, then 厦门市 …): where its
 * rows are indented under the row, it ends at the first row no deeper than the row, the rows as deep as the first
 * are the parts and deeper ones their sub-items. Indentation a copy kept only in part misleads (储蓄存款 / 活期存款
 * deeper / 定期存款 not), so it is read only where the search without it gives up.
 */
function indentedSearch(grid: Grid, p: GridRow, scope: readonly GridRow[], columns: readonly Column[]): ReturnType<typeof search> {
  if (scope[0]!.level !== undefined || scope[0]!.indent <= p.indent) return undefined;
  // (a row whose name was lost has no depth: it neither ends the scope nor tells its place, which the sums do)
  const end = scope.findIndex((r) => (r.indent <= p.indent && r.label !== '') || r.level !== undefined);
  const rows = end < 0 ? scope : scope.slice(0, end);
  if (rows.some((r) => r.indent < rows[0]!.indent && r.label !== '')) return undefined;
  return search(p, rows, grid, columns, false, false, true);
}

/** Whether the item rows from `k` on add up to row `sub` (a 其中 row) in most columns: its own parts. */
function ownParts(grid: Grid, sub: GridRow, k: number, columns: readonly Column[]): boolean {
  const rows: GridRow[] = [];
  for (let i = k; i < grid.rows.length && grid.rows[i]!.kind === 'item' && rows.length < MAX_SEARCH_ROWS; i++) rows.push(grid.rows[i]!);
  if (rows.length < 2) return false;
  const found = search(sub, rows, grid, columns, false, true);
  const s = found?.best.score;
  return !!s && s.evidence > 0 && s.equal > s.over + s.under;
}

/** At most this many rows between a 其中 row and the row it is a part of, when that is not the row right above. */
const MAX_SUBSET_OWNER_ROWS = 12;

/**
 * The row a 其中 row after row `i` is a part of when it is not row `i`: the nearest row above that the rows from it
 * to `i` add up to (in most columns, in one at least) and that holds the 其中 row. Undefined when none does.
 */
function subsetOwner(grid: Grid, i: number, columns: readonly Column[]): GridRow | undefined {
  const sub = grid.rows[i + 1]!;
  for (let j = i - 1; j >= 0 && i - j <= MAX_SUBSET_OWNER_ROWS; j--) {
    const p = grid.rows[j]!;
    if (!(p.kind === 'item' || p.kind === 'total' || p.kind === 'subtotal')) return undefined;
    const parts = grid.rows.slice(j + 1, i + 1);
    if (parts.some((r) => r.kind !== 'item')) return undefined;
    if (parts.length < 2) continue;
    const s = score(p, parts, grid, columns);
    if (s.equalNonzero > 0 && s.equal > s.over + s.under && withinMostly([sub], p, grid, columns)) return p;
  }
  return undefined;
}

/** The traditional characters of the three sectors' names (第二產業, 建築業). */
const TRADITIONAL_SECTOR: Record<string, string> = { 產: '产', 業: '业', 築: '筑' };

/** A heading row naming a row above it: 公路通车里程中 (在公路通车里程中：), the rows after it being that row's. */
const AMONG_ROW = /^(?:在)?(.{2,20}?)中[：:]?$/;

/**
 * 公路通车里程 … / 公路通车里程中 / 干线公路 /   国道 /   省道 / 县级公路 / 乡镇公路 / 专用公路: a heading row “X中” that
 * names a row above it (its Chinese name, a yearbook's English left out) heads rows that are X's, not the table's
 * next measures. The rows as shallow as the least indented of them are its parts, deeper rows sub-items of the part
 * above. “X中” says they are X's, not that they are all of X (晴雨通车里程, 绿化里程, 养护里程 each count the same
 * roads again): taken when they add up to X in more columns than not, two at least, then checked in every column.
 */
function namedAmong(grid: Grid, columns: readonly Column[], found: readonly Breakdown[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const g of grid.rows) {
    if (g.kind !== 'group') continue;
    const m = AMONG_ROW.exec(chineseName(g));
    if (!m) continue;
    const owner = grid.rows.slice(0, g.index).find((r) => (r.kind === 'item' || r.kind === 'total') && chineseName(r) === m[1]);
    if (!owner || found.some((b) => b.total === owner && b.basis !== 'partial') || out.some((b) => b.total === owner)) continue;
    const rows: GridRow[] = [];
    for (let i = g.index + 1; i < grid.rows.length && grid.rows[i]!.kind === 'item' && rows.length < MAX_SEARCH_ROWS; i++) rows.push(grid.rows[i]!);
    if (rows.length < 2) continue;
    const top = Math.min(...rows.map((r) => r.indent));
    if (rows[0]!.indent !== top) continue;
    const parts = rows.filter((r) => r.indent === top);
    if (parts.length < 2) continue;
    const s = score(owner, parts, grid, columns);
    if (s.equalNonzero < 2 || s.evidence === 0 || s.equal <= s.over + s.under) continue;
    const subItems = new Map<GridRow, GridRow[]>();
    let part = rows[0]!;
    for (const r of rows) {
      if (r.indent === top) part = r;
      else subItems.set(part, [...(subItems.get(part) ?? []), r]);
    }
    out.push({ total: owner, parts, subItems, basis: 'labelled' });
  }
  return out;
}

/** Rows after a row that may be its sub-items at most (a row's own breakdown is short). */
const MAX_RUN_ROWS = 8;
/** A label that says it includes something (福州市（含平潭）), or that leaves it out (福州市（不含平潭）). */
const INCLUDING = /[（(]含[^）)]/;
const EXCLUDING = /[（(](?:不含|未含|除)[^）)]/;

/**
 * A labelled total whose rows do not add up: a row followed right away by rows that add up to it exactly is their
 * subtotal, not a part beside them (福州市（含平潭） 774 / 福州市（不含平潭） 728 / 平潭 46 under 全省). Taken when the
 * total then adds up without those rows, or when the labels say so (（含…）, （不含…））: a list of regions rarely
 * has one region equal to the next ones' sum, and never so with the total adding up too. Such runs become the row's
 * sub-items (at most it, as 其中 rows are); the reading otherwise stays the flat one.
 */
function withSubtotalRuns(t: GridRow, scope: readonly GridRow[], reading: Reading, grid: Grid, columns: readonly Column[]): Reading {
  const runs = new Map<GridRow, GridRow[]>();
  let named = true;
  for (let i = 0; i + 2 < scope.length; i++) {
    const head = scope[i]!;
    if (head.kind !== 'item') continue;
    for (let j = i + 3; j <= Math.min(scope.length, i + 1 + MAX_RUN_ROWS); j++) {
      const run = scope.slice(i + 1, j);
      if (run.some((r) => r.kind !== 'item' || r.indent !== head.indent || r.index !== run[0]!.index + run.indexOf(r))) break;
      if (run[0]!.index !== head.index + 1) break;
      const s = score(head, run, grid, columns);
      if ((s.evidence > 0 && s.over + s.under === 0) || namesItsParts(head, run)) {
        runs.set(head, run);
        named &&= INCLUDING.test(head.label) || EXCLUDING.test(run[0]!.label);
        i = j - 1;
        break;
      }
    }
  }
  if (runs.size === 0) return reading;
  const taken = new Set([...runs.values()].flat());
  const flat = search(
    t,
    scope.filter((r) => !taken.has(r)),
    grid,
    columns,
    true,
  );
  if (!flat) return reading;
  const complete = flat.best.score.over + flat.best.score.under === 0 && flat.best.score.equalNonzero > 0;
  if (!complete && !named) return reading;
  const under = new Map(flat.best.under);
  for (const [head, run] of runs) for (const r of run) under.set(r, head);
  return { ...flat.best, under };
}

/**
 * 福州市（含平潭） / 福州市（不含平潭） / 平潭: a row that says it includes X, then the row without X and X's own row:
 * these two are its parts by their names, whatever their figures (a slip in one is then reported against it).
 */
function namesItsParts(head: GridRow, run: readonly GridRow[]): boolean {
  const x = /[（(]含([^）)]{1,12})[）)]$/.exec(head.label)?.[1];
  if (!x || run.length !== 2) return false;
  const base = head.label.slice(0, head.label.lastIndexOf(x) - 2);
  return base !== '' && run[0]!.label.startsWith(base) && new RegExp(`[（(](?:不含|未含)${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[）)]$`).test(run[0]!.label) && run[1]!.label === x;
}

/** Every breakdown of a table: its labelled totals, its 其中 groups, and the rows that add up without a label. */
/** A row's name in Chinese: a bilingual yearbook's English words and the spaces left out. */
const chineseName = (r: GridRow): string => r.label.replace(/[A-Za-z\s'’.,()-]/g, '');

/**
 * 其中：税收收入 / 企业所得税 / 个人所得税 under 公共财政收入: a tax (…税) after 税收收入 in the list is one of the taxes
 * 税收收入 counts (its indentation lost in copying), not another part beside it.
 */
function aTaxOf(list: readonly GridRow[], r: GridRow): boolean {
  return /税$/.test(chineseName(r)) && list.some((x) => /(?:^|[：:])税收(?:收入)?$/.test(chineseName(x)));
}

/**
 * Whether a row and the parts a reading found under it are a run of siblings sorted from the largest down: the row
 * above it, they and it all items as deep as one another, without ordinals, each at most the one before it in every
 * column (a list ranked by size, not a total over its parts).
 */
function sortedRun(grid: Grid, p: GridRow, parts: readonly GridRow[], columns: readonly Column[]): boolean {
  const above = grid.rows[p.index - 1];
  if (!above || parts.length < 2) return false;
  const run = [above, p, ...parts];
  if (run.some((r) => r.kind !== 'item' || r.indent !== p.indent || r.level !== undefined)) return false;
  for (let i = 1; i < run.length; i++) if (run[i]!.index !== run[i - 1]!.index + 1 || !notLarger(run[i]!, run[i - 1]!, grid, columns)) return false;
  return true;
}

/** Whether the rows numbered as the first one (1. 2. 3., (1) (2)) rise in number: none repeated, none going back. */
function increasing(scope: readonly GridRow[]): boolean {
  let last = 0;
  for (const r of scope) {
    if (r.level !== scope[0]!.level) continue;
    const m = /^[（(]?([0-9]{1,3})[)）.．、]/.exec(r.label);
    if (!m) continue;
    const n = Number(m[1]);
    if (n <= last) return false;
    last = n;
  }
  return true;
}

/** Rows numbered A、 B、 C、 (or A贫困家庭儿童, B…) one after another, from A: the parts a numbered row above them lists. */
function lettered(scope: readonly GridRow[]): boolean {
  return scope.length >= 2 && scope.every(letterOf);
}

/** Whether a row is numbered with the i-th capital letter (A、养老机构, B自身残疾儿童). */
function letterOf(r: GridRow, i: number): boolean {
  return i < 26 && new RegExp(`^${String.fromCharCode(65 + i)}(?:[、.．]|(?=[\u4e00-\u9fff]))`).test(r.label);
}

/**
 * A row of an average or a ratio of two measures: named so (人均停留天数, 户均, 平均工资, 单价) or in a unit per something
 * (天/人, 元/吨, 人/平方公里), by its label or its 单位 cell (a price, 元/500克, too).
 */
const AVERAGE_ROW = /人均|户均|平均|均价|单价|[（(][^（）()/／]*[/／][^（）()/／]*[）)]\s*$/;
const averageRow = (r: GridRow): boolean => AVERAGE_ROW.test(r.label) || (!!r.unit && /[/／]/.test(r.unit.text)) || r.price !== undefined;

export function breakdowns(grid: Grid): Breakdown[] {
  return withoutAverages(allBreakdowns(grid), grid);
}

/**
 * Breakdowns of an average read by their labels alone: an average's rows below it (入境过夜游客 2.17 天/人 under 人均停
 * 留天数 1.98) are the averages of its groups, a weighted mean of which it is, never their sum; only its components
 * (人均可支配收入 = 工资性收入 + 经营净收入 + …) add up to it, and do so in some column. And no row of another unit is a part.
 */
function withoutAverages(found: Breakdown[], grid: Grid): Breakdown[] {
  const columns = grid.columns.filter((c) => c.role === 'amount');
  return found.filter((b) => !b.parts.some((r) => otherUnit(r, b.total)) && (!(averageRow(b.total) || b.parts.some(averageRow)) || score(b.total, b.parts, grid, columns).equalNonzero > 0));
}

/**
 * The unit a row names: its 单位 cell, or a unit in brackets in its label (用水户数（户）, 用水人口（万人） Number of …,
 * a bilingual label's English after it).
 */
function namedUnit(r: GridRow): string | undefined {
  if (r.unit) return r.unit.text;
  if (r.price) return r.price;
  for (const m of r.label.matchAll(/[（(]([^（）()]{1,8})[）)]/g)) if (readUnit(m[1]!.trim())) return m[1]!.trim();
  return undefined;
}

/** A row naming another unit than a row (天然气用气人口（万人） after 天然气用气户数（户） and its #家庭用户): not a part of it. */
function otherUnit(r: GridRow, of: GridRow): boolean {
  const a = namedUnit(r);
  const b = namedUnit(of);
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * A row numbered in the same series as the row a 其中 list is under (1.企业 / #地方 / 2.事业): the next item of that
 * series, the row's peer, never a part of it; the # row is a part of the row above it alone.
 */
function sibling(r: GridRow, parent: GridRow): boolean {
  return r.level !== undefined && r.level === parent.level;
}

function allBreakdowns(grid: Grid): Breakdown[] {
  const columns = grid.columns.filter((c) => c.role === 'amount');
  if (columns.length === 0) return [];
  const out: Breakdown[] = [];
  const totals = grid.rows.filter((r) => r.kind === 'total' || r.kind === 'subtotal');
  // a first row without a label over 按…分 groups is the table's total (its label lost in copying)
  const first = grid.rows.find((r) => r.kind !== 'heading' && r.kind !== 'group');
  if (first && first.kind === 'item' && first.label === '' && grid.rows.some((r) => r.kind === 'group' && BY.test(r.label)) && totals.length === 0) {
    first.kind = 'total';
    totals.push(first);
  }
  for (const t of totals) {
    for (const scope of labelledScopes(grid, t)) {
      if (scope[0]!.kind === 'subset') continue;
      const flat = search(t, scope, grid, columns, true);
      if (!flat) continue;
      let reading = flat.best;
      const complete = reading.score.over + reading.score.under === 0;
      if (!complete && scope.length <= MAX_SEARCH_ROWS) {
        // sub-items among the parts: a reading that adds up in two columns or more, and in more than the flat one;
        // or, of two columns, in one where the flat one adds up in neither (a slip in the total of a two-column
        // table leaves the reading one column, and the flat one none)
        // (a scope too long to search every reading of is read by its indentation, where it has one)
        const found = search(t, scope, grid, columns, false) ?? indentedSearch(grid, t, scope, columns);
        const b = found?.best.score;
        if (
          found &&
          b &&
          (b.equal >= 2 || (b.equal === 1 && b.over + b.under === 1 && reading.score.equal === 0 && reading.score.over + reading.score.under === 2)) &&
          b.equal > reading.score.equal &&
          found.ties === 0
        )
          reading = found.best;
      }
      if (reading.score.over + reading.score.under > 0) reading = withSubtotalRuns(t, scope, reading, grid, columns);
      if (reading.parts.length >= 2 || reading.score.equal > 0) out.push(breakdownOf(t, reading, 'labelled'));
    }
    // totals over totals (总计 under 城镇合计 and 农村合计)
    if (t.kind === 'total' && labelledScopes(grid, t).length === 0) {
      const before = totals.filter((x) => x.kind === 'total' && x.index < t.index);
      if (before.length >= 2) out.push({ total: t, parts: before, subItems: new Map(), basis: 'labelled' });
    }
  }
  // 其中 rows under a row: at most it; the rows right after a 其中 row that are indented deeper belong to it too
  for (let i = 0; i < grid.rows.length; i++) {
    let parent = grid.rows[i]!;
    // a 其中 row over a deeper 其中 row (其中：税收收入 / 其中：企业所得税 / 个人所得税): the parent of its own list
    const over = (r: GridRow, next: GridRow | undefined): boolean => r.kind === 'subset' && next?.kind === 'subset' && (next.indent > r.indent || aTaxOf([r], next));
    if (!(parent.kind === 'item' || parent.kind === 'total' || parent.kind === 'subtotal' || over(parent, grid.rows[i + 1]))) continue;
    // 城区 / 教育部门 / 民办 / 其中：城乡结合区: a 其中 row larger than the row above it in most columns is a part of
    // the row those rows make up (the indentation that showed it lost in copying)
    if (grid.rows[i + 1]?.kind === 'subset' && !withinMostly([grid.rows[i + 1]!], parent, grid, columns)) parent = subsetOwner(grid, i, columns) ?? parent;
    const subsets: GridRow[] = [];
    let k = i + 1;
    let endedByLarger = false;
    // (never a row numbered as the row itself is, however deep a copy indents it: 其中：（1）儿童福利 / 其中：A 孤儿… /
    // B 事实无人抚养… / (2)老年福利, minzheng-sichuan-02: its sibling)
    const indentedRun = (): void => {
      while (k < grid.rows.length && grid.rows[k]!.kind === 'item' && grid.rows[k]!.indent > parent.indent && !sibling(grid.rows[k]!, parent)) subsets.push(grid.rows[k++]!);
    };
    if (grid.rows[k]?.kind === 'group' && /^(?:其中|内|含)[：:]?$/.test(grid.rows[k]!.label)) {
      k++;
      indentedRun();
    } else {
      while (k < grid.rows.length && grid.rows[k]!.kind === 'subset') {
        // 其中：税收收入 over 其中：企业所得税 (deeper, or a tax): the row before's own list, read when that row's turn comes
        const next = grid.rows[k]!;
        const last = subsets[subsets.length - 1];
        if (last && (next.indent > last.indent || aTaxOf([last], next))) break;
        // 其中：第一产业 / 第二产业 / 第三产业 (adding up to 生产总值 exactly), then 其中：农林牧渔业 / 工业 / …: a list that
        // makes up its row whole is complete; a 其中 row after it starts another list (read below), not more of it
        if (last && exactly(parent, subsets, grid, columns)) break;
        const sub = grid.rows[k++]!;
        subsets.push(sub);
        // #门诊急诊人次数 over   #死亡人数 or   1.治愈: a # marks each part itself, so the rows indented deeper than
        // a # row are its own parts, not more of this list
        if (/^[#＃]/.test(sub.label)) {
          const own: GridRow[] = [];
          let j = k;
          while (j < grid.rows.length && (grid.rows[j]!.kind === 'item' || grid.rows[j]!.kind === 'subset') && grid.rows[j]!.indent > sub.indent) own.push(grid.rows[j++]!);
          // a deeper row larger than the # row in a column is not a part of it but more of the list, when the list
          // so read stays within its row (#普通中专 / 成人中专 / 职业高中 under 中等职业学校: the # takes a character's room)
          if (own.some((r) => !notLarger(r, sub, grid, columns)) && withinMostly([...subsets, ...own], parent, grid, columns)) continue;
          // the deeper rows smaller than the # row, but the list with them makes up its row to the last digit in
          // every column but one at most, three at least (  保费收入 267975 … /     #寿险 187545 … /       财险 80430 …,
          // 寿险 + 财险 = 保费收入 in all five: the # row's own parts would have to add up to the rest of the row in
          // each by chance): more of the list, as 财险 is under 保险金额 where it is the larger (the column that does
          // not add up has a slip, which the list so read reports)
          if (own.every((r) => r.kind === 'item' && r.level === undefined) && addsUpEverywhere([...subsets, ...own], parent, grid, columns)) continue;
          // a # written in the margin, no deeper than its row (    公共图书馆藏量 /     #图书藏量 /       报刊藏量): the #
          // stands in the room of the list's indentation, so the unnumbered rows after it, all as deep, are more of the list
          if (
            sub.indent <= parent.indent &&
            own.length > 0 &&
            own.every((r) => r.kind === 'item' && r.level === undefined && r.indent === own[0]!.indent) &&
            withinSome([...subsets, ...own], parent, grid, columns)
          ) {
            subsets.push(...own);
            k = j;
            continue;
          }
          // the deeper rows end before the first one larger than the # row in most columns: no part of it, but the
          // table's next measure, indented deeper by a copy that drifts (heldout49/shizheng-jiangsu-01:   自来水年供水量（亿吨）
          // /    #生活用水量 6.24 /     平均每人日生活用水（升） 176.4 /     人工煤气供气量（亿立方米） /      #家庭用量): the rows
          // from there are read as rows of their own, 人工煤气供气量 over its #家庭用量
          const larger = own.findIndex((r) => r.kind === 'item' && mostlyLarger(r, sub, grid, columns));
          // (nor is the larger row more of the list: 一小时经济圈 after #都市发达经济圈 holds it, heldout17/tjnj-chongqing-01)
          if (larger >= 0) {
            own.length = larger;
            j = k + larger;
            endedByLarger = true;
          }
          k = j;
          // the numbered rows right under it (1.治愈 2.好转 …, not those deeper still): at most it
          const top = own.filter((r) => r.kind === 'item' && r.level !== undefined && r.indent === Math.min(...own.map((x) => x.indent)));
          if (top.length > 0) out.push({ total: sub, parts: top, subItems: new Map(), basis: 'partial' });
        } else indentedRun();
      }
    }
    // 其中：综合医院 / 中医医院 / 专科医院: the rows after a 其中 row may be in its list too. They are taken while
    // the list stays within the row above in most columns (蔬菜 after 其中：稻谷 / 薯类 / 豆类 under 粮食作物 is not)
    // … unless those rows add up to the 其中 row before them: its own parts (其中：城乡结合区 / 教育部门 / 民办 …)
    // … and never past a row back at the row's own depth when the rows so far show the indentation kept (公共图书馆
    // 藏量 / #图书藏量 /  报刊藏量 / 组织讲座次数: the last is the table's next measure, not a part of the first)
    if (subsets.length > 0 && !endedByLarger && !ownParts(grid, subsets[subsets.length - 1]!, k, columns)) {
      let indentKept = grid.rows.slice(i + 1, k).some((r) => r.indent > parent.indent);
      while (
        k < grid.rows.length &&
        grid.rows[k]!.kind === 'item' &&
        !((indentKept ||= subsets.some((r) => r.indent > parent.indent)) && grid.rows[k]!.indent <= parent.indent) &&
        !aTaxOf(subsets, grid.rows[k]!) &&
        !otherUnit(grid.rows[k]!, parent) &&
        // a row numbered as the row itself is (2、营业税 after 1、增值税 / 其中：改征增值税 / 地税代征增值税): its sibling
        !sibling(grid.rows[k]!, parent) &&
        (withinMostly([...subsets, grid.rows[k]!], parent, grid, columns) || completesWhole([...subsets, grid.rows[k]!], parent, grid, columns))
      )
        subsets.push(grid.rows[k++]!);
      // (a slip in one column: the rows the list takes in all the others, up to a row going over everywhere)
      indentKept ||= subsets.some((r) => r.indent > parent.indent);
      const ends = (r: GridRow): boolean => r.kind !== 'item' || (indentKept && r.indent <= parent.indent) || otherUnit(r, parent) || sibling(r, parent);
      for (let more = listPastOneColumn(subsets, parent, k, ends, grid, columns); more > 0; more--) subsets.push(grid.rows[k++]!);
    }
    // one row indented deeper than the row above, the row after it back at that row's depth (公路通车里程 /
    //  高速公路 / 内河通航里程): a part of the row above, at most it; never under a row whose name was lost (a
    // space-aligned list of provinces that kept 西 of 江西 and none of 福建: the depth of a nameless row is not known)
    const only = grid.rows[i + 1];
    const after = grid.rows[i + 2];
    if (
      subsets.length === 0 &&
      parent.kind === 'item' &&
      parent.label !== '' &&
      only?.kind === 'item' &&
      only.level === undefined &&
      only.indent > parent.indent &&
      after !== undefined &&
      after.indent <= parent.indent &&
      withinMostly([only], parent, grid, columns)
    )
      subsets.push(only);
    if (subsets.length > 0 && !exceedEverywhere(subsets, parent, grid, columns)) out.push({ total: parent, parts: [...subsets], subItems: new Map(), basis: 'partial' });
    // 其中：城镇 / 乡村, then 其中：男性 / 女性: a 其中 list that makes up its row whole is followed by another cut of
    // the same row (not a part of 乡村)
    while (subsets.length > 0 && grid.rows[k]?.kind === 'subset' && score(parent, subsets, grid, columns).equalNonzero > 0) {
      subsets.length = 0;
      while (k < grid.rows.length && grid.rows[k]!.kind === 'subset') subsets.push(grid.rows[k++]!);
      const taken = (r: GridRow): boolean => withinMostly([...subsets, r], parent, grid, columns) || completesWhole([...subsets, r], parent, grid, columns);
      while (k < grid.rows.length && grid.rows[k]!.kind === 'item' && taken(grid.rows[k]!)) subsets.push(grid.rows[k++]!);
      out.push({ total: parent, parts: [...subsets], subItems: new Map(), basis: 'partial' });
    }
    // the rows taken by these lists are not the parents of the lists after them (but for the last, when a deeper
    // 其中 list of its own follows)
    if (k > i + 1 && subsets.length > 0) i = over(grid.rows[k - 1]!, grid.rows[k]) ? k - 2 : k - 1;
  }
  // 生产总值 / 第一产业 / 第二产业 / 第三产业: the three sectors right under a row make it up whole, by their names
  // (其中：第一产业, 第一产业[2]: the 其中 before the first and a footnote's mark after a name leave it the name)
  // (第一產業增加值, 建筑業增加值: a traditional copy's characters and the measure's 增加值 after the name leave it the name)
  // (each row's name read once: the search below reads every row several times, on every keystroke in the table)
  const names = new Map<GridRow, string>();
  const bare = (r: GridRow): string => {
    let name = names.get(r);
    if (name === undefined) {
      name =
        r.kind === 'item' || r.kind === 'subset'
          ? r.label
              .replace(/^(?:其中|#|＃)[：:]?/, '')
              .replace(/(?:\[[0-9]{1,2}\]|[（(][0-9]{1,2}[）)])$/, '')
              .replace(/[產業築]/g, (c) => TRADITIONAL_SECTOR[c] ?? c)
              .replace(/^(第[一二三]产业|工业|建筑业)增加值$/, '$1')
          : '';
      names.set(r, name);
    }
    return name;
  };
  for (let i = 0; i + 3 < grid.rows.length; i++) {
    const p = grid.rows[i]!;
    let sectors = grid.rows.slice(i + 1, i + 4);
    // 第二产业 / 工业 / 建筑业 / 第三产业: its two parts written right under 第二产业, before 第三产业
    const next = grid.rows.slice(i + 3, i + 5);
    let under: GridRow[] = [];
    if (bare(sectors[2]!) !== '第三产业' && next.length === 2 && bare(next[0]!) === '工业' && bare(next[1]!) === '建筑业' && grid.rows[i + 5] && bare(grid.rows[i + 5]!) === '第三产业') {
      under = next;
      sectors = [grid.rows[i + 1]!, grid.rows[i + 2]!, grid.rows[i + 5]!];
    }
    // (an industry's row right above them, 其他服务业 last of the industries, is not their whole: 生产总值 is)
    if (p.kind !== 'item' || notASum(p.label) || /[业業]$/.test(chineseName(p)) || !sectors.every((r, k) => bare(r) === `第${'一二三'[k]!}产业`)) continue;
    if (under.length === 2 && !out.some((b) => b.total === sectors[1])) out.push({ total: sectors[1]!, parts: under, subItems: new Map(), basis: 'labelled' });
    // 第二产业 is 工业 and 建筑业 by definition (国家统计局《三次产业划分规定》): the rows so named further down the same
    // block (按主要行业分 / 工业 / 建筑业 / …, up to the next block's sectors) make it up whole
    const secondary = sectors[1]!;
    const industry: Partial<Record<'工业' | '建筑业', GridRow>> = {};
    for (let k = i + 4; k < grid.rows.length && !/^第[一二三]产业$/.test(bare(grid.rows[k]!)) && !notASum(grid.rows[k]!.label); k++) {
      const name = bare(grid.rows[k]!);
      if (name === '工业' || name === '建筑业') industry[name] ??= grid.rows[k]!;
    }
    // written otherwise than as plain rows (其中：第一产业, 第一产业[2]), the table may list its 工业 and 建筑业 by another
    // reckoning: taken when its growth column bears them out, 第二产业's growth between theirs (a weighted mean is)
    const parts = [industry.工业, industry.建筑业].filter((r): r is GridRow => !!r);
    const plain = [p, ...sectors, ...parts].every((r) => r.kind === 'item' && r.label === bare(r));
    const growthColumn = grid.columns.find((c) => c.role === 'growth');
    const between = (): boolean => {
      if (!growthColumn || parts.length !== 2) return false;
      const [s, a, b] = [secondary, ...parts].map((r) => grid.values[r.index]![growthColumn.index]);
      if (typeof s !== 'object' || typeof a !== 'object' || typeof b !== 'object') return false;
      return s.hi >= Math.min(a.lo, b.lo) && s.lo <= Math.max(a.hi, b.hi);
    };
    // (其中：农林牧渔业 65.83 under 第一产业 63.44: industries reckoned by industry, not by sector, industryReckoning.ts)
    if (industry.工业 && industry.建筑业 && !out.some((b) => b.total === secondary) && (plain || between()) && !industriesBeyondTheSectors(grid, sectors[0]!, i + 4, bare)) {
      out.push({ total: secondary, parts: [industry.工业, industry.建筑业], subItems: new Map(), basis: 'labelled' });
    }
    if (out.some((b) => b.total === p || sectors.some((r) => b.parts.includes(r)))) continue;
    out.push({ total: p, parts: sectors, subItems: new Map(), basis: 'labelled' });
  }
  out.push(...namedAmong(grid, columns, out));
  // 1 广播覆盖率 … 11 陈列馆（纪念馆） / 12 体育场馆个数 … 16 …: rows numbered 1, 2, 3 … to the last by a code column of
  // their own (录入代码) are indicators side by side, each counted on its own: no row is inferred the sum of others
  if (codedOneByOne(grid)) return out;
  // rows that add up without a label: taken when a reading adds up in most columns (and in two, or uniquely)
  const labelled = new Set(out.filter((b) => b.basis !== 'partial').map((b) => b.total));
  // the rows a 合计 adds up flat (in two columns or more, one slip at most): peers, none of them the sum of others
  // (日溪乡 … 岳峰镇 under 合计, sorted by a rate: 新店镇 over the rows after it adds up only by chance)
  const peers = new Set(
    out
      .filter((b) => b.basis === 'labelled' && b.subItems.size === 0 && b.parts.length >= 3)
      .filter((b) => {
        const s = score(b.total, b.parts, grid, columns);
        return s.equal >= 2 && s.over + s.under <= 1;
      })
      .flatMap((b) => b.parts),
  );
  for (const p of grid.rows) {
    if ((p.kind !== 'item' && p.kind !== 'subset') || labelled.has(p) || peers.has(p)) continue;
    const cuts = byScopes(grid, p, columns);
    // two 按…分 cuts or more under the row, each a numbered list (（一）按造林方式分 / 1、人工造林 / 2、飞播造林 …, （二）按经济
    // 成份分 / 1、公有经济造林 / 1)国有经济造林 / 2)集体经济造林 / 2、非公有经济造林): each cut divides the whole row, its
    // rows numbered as the first its parts and those numbered deeper their sub-items. Where one cut adds up exactly, the
    // row is the whole of every cut: each one read so, exact both ways (a cut coming short lost or mistyped a part)
    const numberedCut = (scope: readonly GridRow[]): boolean =>
      scope.length >= 2 && scope[0]!.level !== undefined && scope.every((r) => (r.level !== undefined ? r.level >= scope[0]!.level! : /^[0-9]{1,2}[)）]/.test(r.label))) && increasing(scope);
    if (cuts.length >= 2 && cuts.every(numberedCut)) {
      const flats = cuts.map((scope) => search(p, scope, grid, columns, true));
      const whole = flats.some((f) => f && f.best.score.over + f.best.score.under === 0 && f.best.score.equalNonzero > 0);
      if (whole && flats.every((f) => f && f.best.parts.length >= 2)) {
        for (const f of flats) out.push(breakdownOf(p, f!.best, 'labelled'));
        continue;
      }
    }
    for (const scope of cuts) {
      const found = search(p, scope, grid, columns, false, true);
      const s = found?.best.score;
      if (found && s && s.equalNonzero > 0 && s.equal >= s.over + s.under && oneOff(s)) out.push(breakdownOf(p, found.best, 'inferred'));
    }
    const scope = inferredScope(grid, p, columns);
    if (scope.length === 0 || scope[0]!.kind === 'subset') continue;
    const found = search(p, scope, grid, columns, false, true) ?? indentedSearch(grid, p, scope, columns);
    if (!found) continue;
    const s = found.best.score;
    // parts its ordinals name (三、人员数 over 1. 2. 3. 4.): parts for sure, perhaps not all of them
    // (1.机构数 over A、养老机构 B、… D、: letters number the parts of a numbered row too)
    // (1.上级补助收入 / 1.上解支出 / 2.… / 2.…: a number repeated is two lists side by side, not the row's parts)
    const ordinals = p.level !== undefined && ((scope[0]!.level !== undefined && scope[0]!.level > p.level && increasing(scope)) || lettered(scope));
    // else evidence: two parts that add up to a total not zero, or one part equal to it in three columns or more
    // one row equal to another in several columns, larger in some and smaller in others, is its sibling with the
    // same targets (two counties given the same plan), not its one part
    const alone = found.best.parts.length === 1 && s.over > 0 && s.under > 0;
    // in a list sorted from the largest down (一县, 二县, 三县 …), any row is at least every row below it: one column
    // adding up by chance is no evidence there, two are
    const ranked = sortedRun(grid, p, found.best.parts, columns);
    const evident = !alone && s.equalNonzero > 0 && (s.evidence > 0 || s.equalNonzero >= 3) && s.equal >= s.over + s.under && oneOff(s) && (s.equal >= 2 || (found.ties === 0 && !ranked));
    if (evident) out.push(breakdownOf(p, found.best, 'inferred'));
    else if (ordinals) {
      const flat = search(p, scope, grid, columns, true);
      if (flat) out.push(breakdownOf(p, flat.best, 'inferred'));
    }
  }
  return out;
}

/**
 * Whether every labelled row opens with its code, 1, 2, 3 … in turn, right before a name (1 广播覆盖率; not 1月, 2季度),
 * five rows or more.
 */
function codedOneByOne(grid: Grid): boolean {
  const rows = grid.rows.filter((r) => r.kind === 'item' || r.kind === 'subset');
  if (rows.length < 5) return false;
  return rows.every((r, i) => {
    const code = String(i + 1);
    return r.label.startsWith(code) && /^[\u4e00-\u9fff]/.test(r.label.slice(code.length)) && !/^[月日号年季]/.test(r.label.slice(code.length));
  });
}

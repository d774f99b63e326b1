// A table read for checking: what each column holds (row labels, amounts, shares, rates, growth, units, serial
// numbers), what each row is (an item, a 合计/小计 row, a 其中 row, a group heading), and every figure cell as an
// interval at its written precision (12.34 is 12.335–12.345; a whole count of people or projects is exact).

import { unitAt, MULTIPLIERS, type Unit } from '../figures/units';
import { readCell } from './cells';
import { readOrdinal } from '../ordinals';
import { PINYIN_READING, simplified } from '../text';
import { unitsOfLine } from './context';
import { placedByPosition } from './alignedPlaces';
import { placedByArithmetic } from './shortRows';
import type { Table, TableCell, TableRow } from './model';

export type ColumnRole =
  | 'label' // row labels: 项目, 地区, 指标
  | 'serial' // 序号
  | 'unit' // 单位 / 计量单位: a unit per row
  | 'amount' // figures that add up down the column
  | 'share' // 占比, 比重, 构成 (%)
  | 'rate' // 完成率, 执行率 … (%)
  | 'growth' // 比上年增长%, 同比, 增速
  | 'change' // 增减额, 增加: an absolute difference
  | 'average' // 人均, 平均, 单价: never summed
  | 'other'; // ranks, years, codes, words

export interface Column {
  index: number;
  /** The heading, spaces taken out, with the words of a second heading row after it (“2024年 绝对数”). */
  label: string;
  role: ColumnRole;
  /** A 合计/总计/小计 column: the sum of the amount columns beside it. */
  total: boolean;
  /** A 其中 column: a part of the column before it, not a share of the whole. */
  subset: boolean;
  /** The unit the column's heading or the table's unit line gives (with its multiplier), if any. */
  unit?: ColumnUnit;
  /**
   * A column of shares of one whole (a 种植结构 table under 单位：%, 100.00 in its whole's row): its parts' shares add
   * up to their whole's as amounts do.
   */
  shares?: boolean;
  /**
   * A column of whole things counted, named by its heading's noun (承办件数, 参保人数, 企业家数) where no unit is written
   * anywhere in the table: a sum over it counts whole figures as exact, as a count in 件 or 人 is (its cells keep their
   * half-unit slack elsewhere: the structure search reads them as written).
   */
  counted?: boolean;
}

export interface ColumnUnit {
  text: string;
  multiplier: number;
  unit: Unit;
}

export type RowKind =
  | 'item'
  | 'total' // 合计, 总计, 全县, 全市 …
  | 'subtotal' // 小计
  | 'subset' // 其中：…, #…
  | 'group' // a row of words only: 一、农业 / 其中： / 按行业分
  | 'heading'; // a second heading row

export interface GridRow {
  index: number;
  row: TableRow;
  /** The row label, spaces and emphasis taken out. */
  label: string;
  kind: RowKind;
  /** Spaces before the label, more than the least of the table's labels have: deeper rows are parts of shallower ones. */
  indent: number;
  /** The 层次 of an ordinal the label starts with: 一、 1, （一） 2, 1. 3, （1） 4. */
  level?: number;
  /** The unit a 单位 column gives this row. */
  unit?: ColumnUnit;
  /** A price per a quantity of goods the 单位 column gives this row (元/500克, 元/5升, 元/吨), which `unit` does not read. */
  price?: string;
}

/**
 * A figure cell as an interval [lo, hi] at its written precision: in base units (元, 平方米, a count's own word)
 * when its unit is known, as written (times a 万 or 亿 of its own) when not.
 */
export interface CellValue {
  cell: TableCell;
  row: GridRow;
  column: Column;
  value: number;
  decimals: number;
  lo: number;
  hi: number;
  /** value ÷ the number as written: how to show an amount in this cell's unit. */
  scale: number;
  unit?: ColumnUnit;
  percent: boolean;
  approximate: boolean;
}

export type Slot = CellValue | 'blank' | 'unknown' | 'unplaced' | undefined;

export interface Grid {
  table: Table;
  columns: Column[];
  rows: GridRow[];
  /**
   * values[row][column]: a figure, 'blank' (a dash: none), 'unknown' (an unfilled placeholder), 'unplaced' (a figure
   * of a row that lost cells, whose column is not sure) or undefined (words, empty).
   */
  values: Array<Array<Slot>>;
}

const TOTAL_ROW = /^(?:合计|合計|总计|總計|总数|总量|共计|累计|全部|总体|全国|全省|全市|全州|全盟|全区|全县|全旗|全镇|全乡|全街道|全社会|全系统|全行业|本级合计|[^\s]{0,8}(?:合计|总计))$/;
/** A bilingual yearbook's total row: “total” alone (its 合计 lost in copying, 8-6 粮食作物播种面积) or after its 合计. */
export const TOTAL_ROW_EN = /^(?:合计|合計|总计|總計)?\s*(?:total|Total|TOTAL)$/;
const SUBTOTAL_ROW = /小计$/;
/**
 * 其中 or # over a part; 内 and 含 only with a mark after them (内：城镇, 含：利息): a label that merely starts with the
 * character (内河通航里程, 内蒙古, 含税价) names a row of its own, not a part of the row above it.
 */
const SUBSET_ROW = /^(?:(?:其中|#|＃)[\s：:、]*|(?:内|含)[：:、]+)[^\s：:、]/;
/** A name spaced out character by character (北 京, 内 蒙 古), as yearbooks align places: a name, never 内：/含： over a part. */
const SPACED_NAME = /^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,5}$/;
// (a group's 小计 under its group's heading, 本次应拨付补助资金 over 小计 | C级 | D级, is the group's total)
const TOTAL_COLUMN = /^(?:合计|总计|总数|小计|共计|总额|总量|全部|全县|全市|全区)(?:[（(].*[）)])?$|^[^\s]{0,6}(?:合计|总计)(?:[（(].*[）)])?$|^[^\s]{1,12}小计$/;
const SUBSET_COLUMN = /^(?:其中|内|含|#)/;
const SERIAL = /^(?:序号|序號|编号|編號|序|No\.?|排名|名次|排序|位次|排位)$/i;
const UNIT_HEADER = /^(?:计量|計量)?[单單]位$/;
const SHARE = /占比|比重|构成|份额|结构|占[\u4e00-\u9fff]{0,8}(?:的)?(?:%|％|比例|百分比)|^百分比$/;
const RATE = /[\u4e00-\u9fff]{1,4}率|进度|完成(?:计划|预算|任务|目标)|为计划|占(?:调整后?|调整|年初|年度|全年|当年|本年|变动)?(?:计划|预算|任务)|占年度/;
// (a price report's 比上月%, 比上周, 与去年同期相比（%）, 涨跌幅: the change against the month, week or year before)
export const GROWTH = /增长|增長|增速|增幅|增[、，/／]?减|增量|同比|环比|比上年|比去年|较上年|较去年|比上期|较上期|比上[月周日]|较上[月周日]|与(?:上年|去年)同期相?比|涨跌|升降|变动|变化/;
const AVERAGE = /人均|户均|平均|均价|单价|均值|每[\u4e00-\u9fff]|价格|指数|密度|单产|亩产|单位面积产|倍|比$|之比|比值|比例|系数|排名|名次/;
/** A count per so many people (百万人口报告数, 十万人口发病数): never summed, read against its population (relations.ts). */
export const PER_POPULATION = /万人口/;
/**
 * A 占比 of the task done is a completion rate, not a share of a whole: 任务完成量占比（%）, 完成任务占比, 计划完成比例
 * (done ÷ task, checked with 完成率).
 */
export const TASK_SHARE = /(?:任务|计划|目标)[\u4e00-\u9fff]{0,3}完成[\u4e00-\u9fff]{0,3}(?:占比|比例)|完成(?:任务|计划|目标)[\u4e00-\u9fff]{0,3}(?:占比|比例)/;
const PERCENT_HEADER = /[%％]|百分比|百分点/;
const OTHER_HEADER = /年份|日期|时间|代码|备注|说明|负责|责任|单位名称|联系|电话|地址|内容|措施|进展|情况|名称|类别|类型|项目$/;

/** Words of a cell as a label: no spaces, no emphasis marks. */
export function labelOf(text: string): string {
  const words = text.replace(/[*_`]/g, '').replace(/[\s\u3000]+/g, '');
  // (a reading in pinyin is in brackets: a label without one, most, is not scanned for it)
  return words.includes('（') || words.includes('(') ? words.replace(PINYIN_READING, '') : words;
}

const spaceWidth = (c: string | undefined): number => (c === '\u3000' ? 2 : c === '\t' ? 4 : c === ' ' || c === '\u00a0' ? 1 : -1);

/** The spaces before a cell's words: inside the cell, and before it back to a pipe or the line start. */
function indentOf(cell: TableCell, text: string): number {
  let n = 0;
  for (const c of cell.text) {
    const w = spaceWidth(c);
    if (w < 0) break;
    n += w;
  }
  for (let i = cell.offset - 1; i >= 0; i--) {
    const w = spaceWidth(text[i]);
    if (w < 0) break;
    n += w;
  }
  return n;
}

/**
 * A price per a quantity of goods, as a price table's 计量单位 column writes it (元/500克, 元/5升, 元/公斤, 元/吨): an
 * average of what was paid, never a part of another row's price.
 */
const PRICE_UNIT = /^(?:元|万元|角)[/／](?:\d+(?:\.\d+)?)?\s*(?:克|千克|公斤|斤|升|毫升|吨|个|只|瓶|袋|盒|箱|桶|枚|头|件|kg|g|L|ml)$/i;

const units = new Map<string, ColumnUnit | undefined>();

/** A unit written as 亿元, 万人, %, 个: the multiplier and the unit (memoised: a column repeats its cells). */
export function readUnit(text: string): ColumnUnit | undefined {
  if (units.has(text)) return units.get(text);
  const u = unitOf(text);
  if (units.size > 10_000) units.clear();
  units.set(text, u);
  return u;
}

function unitOf(text: string): ColumnUnit | undefined {
  const t = text.trim();
  const mul = MULTIPLIERS.find(([w]) => t.startsWith(w) && !/^千[米克]/.test(t));
  const rest = mul ? t.slice(mul[0].length) : t;
  const unit = unitAt(rest);
  if (!unit || rest.length !== unit.text.length) return undefined;
  return { text: t, multiplier: mul ? mul[1] : 1, unit };
}

/** The unit in a heading: “完成投资（亿元）”, “金额/万元”, “增长%”, “人数(人)”. */
function headerUnit(label: string): ColumnUnit | undefined {
  const bracket = /[（(]([^（）()]{1,8})[）)]\s*$/.exec(label);
  if (bracket) {
    const u = readUnit(bracket[1]!.replace(/^[单單]位\s*[：:]/, ''));
    if (u) return u;
  }
  const slash = /[/／]\s*([^/／]{1,6})$/.exec(label);
  if (slash) {
    const u = readUnit(slash[1]!);
    if (u) return u;
  }
  if (/[%％]$/.test(label)) return readUnit('%');
  return undefined;
}

/** Heading words of a column without its unit: “完成投资（亿元）” → 完成投资. */
export function headingWords(label: string): string {
  return (
    label
      .replace(/[（(][^（）()]*[）)]\s*$/, '')
      // (增/减幅: a rate of increase or decrease, 增/减 a difference: no unit after a slash)
      .replace(/[/／](?!减)[^/／]{1,6}$/, '')
      .replace(/[%％]$/, '')
      .trim()
  );
}

/** A heading naming a count of whole things by its noun: 承办件数, 参保人数, 户数, 企业家数, 诊疗人次. */
export const COUNTED = /(?:件|人|户|个|家|次|宗|项|起|所|名|座|处|批|套|辆|台)数$|(?:人|件|户)次$|批次$/;

/** A row naming a count of things: 申请数量, 受理件数, 参保人数. */
const COUNT_ROW = /(?:申请|案件|事项|件|人|户|次|个)数量$|(?:件|人|户|个|家|次|宗|项|起)数$/;
const COUNT_LIKE = /数$|个数|数量|人数|户数|家数|项目数|件数|次数|宗数/;
export const MONEY_LIKE = /投资|资金|金额|收入|支出|产值|增加值|总额|额$|费|预算|决算|税|利润|营收|销售|贷款|存款|余额|补助|补贴|经费/;

/** Which of the units a unit line names fits a column: “单位：个、亿元” gives 项目数 个 and 总投资 亿元. */
function unitFromLine(units: readonly ColumnUnit[], words: string): ColumnUnit | undefined {
  if (units.length === 1) return units[0];
  const counts = units.filter((u) => u.unit.kind === 'count');
  const money = units.filter((u) => u.unit.kind === 'money');
  if (COUNT_LIKE.test(words) && counts.length === 1) return counts[0];
  if (MONEY_LIKE.test(words) && money.length === 1) return money[0];
  return undefined;
}

/**
 * A statistical form's row of column numbers (栏次) under its heading: 甲, 乙, 丙 … over the columns of words and
 * 1, 2, 3 … in order over the columns of figures, nothing else.
 */
function columnNumbers(row: TableRow): boolean {
  const cells = row.cells.map((c) => c.text.trim()).filter(Boolean);
  const letters = cells.filter((t) => /^[甲乙丙丁戊己庚辛壬癸]$/.test(t));
  const numbers = cells.filter((t) => !letters.includes(t));
  // … or the label column left empty and every other column numbered, three at least (指标名称 单位 | 数量 | 上期 |
  // 环比 over | 1 | 2 | 3, minzheng-fujian-02)
  const unlettered = letters.length === 0 && row.cells[0]?.text.trim() === '' && numbers.length >= 3 && numbers.length === row.cells.length - 1;
  return (letters.length > 0 || unlettered) && numbers.length >= 2 && numbers.every((t, i) => t === String(i + 1));
}

/**
 * A heading row that lost its corner: the headings of the figure columns written from the first cell on, the label
 * columns' cells left out and the row's last cells empty as many (迁入人数 | 迁入率 | … | 净增率 | | over 地 区 |
 * District | 210518 …). Its cells belong over the figure columns: shifted right by the label columns' count. Only
 * when another heading row fills the label columns' cells, so the corner is known to be there.
 */
function shiftedHeadings(table: Table, headingRows: number, width: number): (row: TableRow, c: number) => string {
  const plain = (row: TableRow, c: number): string => row.cells[c]?.text ?? '';
  const body = table.rows.slice(headingRows);
  if (body.length === 0) return plain;
  const headings = [table.header, ...table.rows.slice(0, headingRows)];
  const filledUpTo = (row: TableRow): number => {
    let last = -1;
    for (let c = 0; c < width; c++) if (plain(row, c).trim() !== '') last = c;
    return last;
  };
  // no heading row short of the last column: none lost its corner (the body's cells are not read, on every keystroke)
  if (!headings.some((row) => filledUpTo(row) < width - 1)) return plain;
  // the label columns: the leading columns whose body cells are words
  let corner = 0;
  while (corner < width - 1) {
    const cells = body.map((r) => readCell(plain(r, corner)));
    if (cells.filter((c) => c.kind === 'text').length <= cells.filter((c) => c.kind === 'number' || c.kind === 'placeholder').length) break;
    corner++;
  }
  if (corner === 0) return plain;
  const full = (row: TableRow): boolean => Array.from({ length: corner }, (_, c) => plain(row, c).trim() !== '').every(Boolean) && filledUpTo(row) === width - 1;
  if (!headings.some(full)) return plain;
  const lost = new Set(
    headings.filter((row) => {
      if (filledUpTo(row) !== width - 1 - corner) return false;
      // every cell up to there filled, and none of them reads as a label column's heading (地区, 项目)
      for (let c = 0; c <= width - 1 - corner; c++) if (plain(row, c).trim() === '') return false;
      return !/地\s*区|项\s*目|指\s*标|名\s*称|单位|District|Item/i.test(plain(row, 0));
    }),
  );
  if (lost.size === 0) return plain;
  return (row, c) => (lost.has(row) ? (c < corner ? '' : plain(row, c - corner)) : plain(row, c));
}

const YEAR_WORD = /^(?:19|20)\d\d年?$/;

/** The heading of a column of row labels: 地区, 项目, 指标, 名称, 单位, 年份, 月份. */
const LABEL_HEADING = /地\s*区|项\s*目|指\s*标|名\s*称|单\s*位|年\s*份|月\s*份|时\s*间|类\s*别|部\s*门/;

/**
 * A heading whose last words head two years' columns, the years on the line under it (镇区 人口数 比重 / 2020年 2010年
 * over 平舒镇 100770 20.91 17.54): the heading one word short for each year but the first, those cells left empty at
 * its front when it was copied. Its words belong from the first column on, the last one over each year's column
 * (镇区 | 人口数 | 比重 2020年 | 比重 2010年); undefined when the table is not so.
 */
function yearsUnderLastHeading(table: Table, width: number): string[] | undefined {
  const words = table.header.cells.map((c) => labelOf(c.text));
  const lead = words.findIndex((w) => w !== '');
  const next = table.rows[0];
  if (lead < 1 || words.slice(lead).some((w) => w === '') || !next) return undefined;
  const filled = next.cells.map((c) => c.text.trim()).filter((t) => t !== '');
  const years = (filled.length === 1 ? filled[0]!.split(/\s+/) : filled).filter((t) => t !== '');
  if (years.length !== lead + 1 || !years.every((y) => YEAR_WORD.test(y)) || words.length - lead + years.length - 1 !== width) return undefined;
  const heads = words.slice(lead);
  const last = heads.pop()!;
  return [...heads, ...years.map((y) => `${last} ${y}`)];
}

/** The index of a row's last cell with words or a figure (-1: none). */
const lastFilled = (row: TableRow): number => row.cells.reduce((last, c, i) => (c.text.trim() !== '' ? i : last), -1);

/** Serial numbers in a run at least this long, rows left unnumbered before or after it (合计 first, a row cut short last). */
const MIN_SERIAL_RUN = 4;

/**
 * A column of serial numbers that leaves some rows unnumbered: 1, 2, 3 … in whole numbers down consecutive rows, its
 * other cells empty and only before or after the run (a 合计 or 小计 row above the numbered ones has none, a copy that
 * put each row's number at the end of the row before leaves the last one empty). Never parts or totals.
 */
function serialRun(cells: ReadonlyArray<ReturnType<typeof readCell>>): boolean {
  const first = cells.findIndex((c) => c.kind === 'number');
  if (first < 0) return false;
  let k = 0;
  while (first + k < cells.length && cells[first + k]!.kind === 'number') {
    const n = cells[first + k]!.number!;
    if (n.value !== k + 1 || n.decimals !== 0 || n.multiplier !== 1 || n.unit) return false;
    k++;
  }
  return k >= MIN_SERIAL_RUN && cells.every((c, i) => (i >= first && i < first + k) || c.kind === 'empty');
}

/** Read a table for checking (`source`: the draft's text, for the indentation of labels); undefined when its columns are unclear. */
export function readGrid(table: Table, source: string): Grid | undefined {
  if (table.unclear) return undefined;
  const width = Math.max(table.header.cells.length, ...table.rows.map((r) => r.cells.length));
  if (width < 2) return undefined;
  const text = (row: TableRow, c: number): string => row.cells[c]?.text ?? '';
  // second heading rows: words in two or more cells and no figure, right under the heading
  let headingRows = 0;
  while (headingRows < table.rows.length) {
    const r = table.rows[headingRows]!;
    const filled = r.cells.filter((c) => c.text.trim() !== '');
    if (columnNumbers(r)) {
      // the column numbers close a form's heading: the rows under them are its body
      headingRows++;
      break;
    }
    if (filled.length < 2 || r.cells.some((c) => readCell(c.text).kind !== 'text' && readCell(c.text).kind !== 'empty' && !readCell(c.text).number?.yearLike)) break;
    headingRows++;
  }
  const headingText = shiftedHeadings(table, headingRows, width);
  const spanned = headingRows === 0 ? yearsUnderLastHeading(table, width) : undefined;
  if (spanned) headingRows = 1;
  const labels: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts = [
      headingText(table.header, c),
      ...table.rows
        .slice(0, headingRows)
        .filter((r) => !columnNumbers(r))
        .map((r) => headingText(r, c)),
    ]
      .map(labelOf)
      .filter(Boolean);
    labels.push(spanned?.[c] ?? parts.join(' '));
  }
  // the unit line, or a unit in brackets that ends the 表题 (……总诊疗人次数（万人次）)
  const captionUnit = table.caption ? headerUnit(labelOf(table.caption.text)) : undefined;
  const lineUnits = table.unit
    ? unitsOfLine(table.unit.text)
        .map(readUnit)
        .filter((u): u is ColumnUnit => !!u)
    : captionUnit && captionUnit.unit.kind !== 'percent'
      ? [captionUnit]
      : [];
  const bodyRows = table.rows.slice(headingRows);
  // a column of words is a label column; the first one holds the row labels
  // figure columns in percent by the unit line alone, their headings no share's (1995 | 2000 under 单位：%)
  const percentByLine = new Set<Column>();
  const columns: Column[] = labels.map((label, index) => {
    const words = headingWords(label);
    const cells = bodyRows.map((r) => readCell(text(r, index)));
    const figures = cells.filter((c) => c.kind === 'number' || c.kind === 'placeholder').length;
    const wordsCells = cells.filter((c) => c.kind === 'text').length;
    const unitCells = bodyRows.filter((r) => readUnit(text(r, index))).length;
    let role: ColumnRole;
    if (SERIAL.test(words)) role = 'serial';
    else if (UNIT_HEADER.test(words) || (unitCells > 0 && unitCells >= wordsCells && figures === 0)) role = 'unit';
    else if (wordsCells > figures) role = 'label';
    else if (GROWTH.test(words)) role = PERCENT_HEADER.test(label) || (/增长|增長|增速|增幅|幅度|涨跌幅|涨幅|同比|环比/.test(words) && !/额|量$/.test(words)) ? 'growth' : 'change';
    else if (TASK_SHARE.test(words.replace(/\s/g, ''))) role = 'rate';
    else if (SHARE.test(words)) role = 'share';
    else if (RATE.test(words) && !/汇率|利率|税率|费率|比率/.test(words)) role = 'rate';
    else if (AVERAGE.test(words) || PER_POPULATION.test(words) || OTHER_HEADER.test(words)) role = 'other';
    else if (figures > 0) role = 'amount';
    else role = 'other';
    const column: Column = { index, label, role, total: role === 'amount' && TOTAL_COLUMN.test(words), subset: SUBSET_COLUMN.test(words) };
    const unit = headerUnit(label) ?? (role === 'amount' || role === 'change' ? unitFromLine(lineUnits, words) : undefined);
    if (unit) column.unit = unit;
    if (role === 'amount' && unit?.unit.kind === 'percent') {
      column.role = SHARE.test(words) ? 'share' : 'other';
      if (column.role === 'other' && !headerUnit(label)) percentByLine.add(column);
    }
    // no unit anywhere (a unit line or a 表题's unit may be 万人 or 万件): the heading's noun tells what is counted
    // (in 繁體 too: 總件數)
    if (column.role === 'amount' && !unit && !table.unit && !captionUnit && COUNTED.test(simplified(words.replace(/\s/g, '')))) column.counted = true;
    return column;
  });
  // 单位：亿元、% (單位：萬人、%) over amount columns and a column of growths, shares or rates (总量 | 比上年增长): the
  // unit that is no percent is the amount columns', the percent the others' (with no such column the percents may be
  // rows of their own, 占常住人口比重 under 城镇人口, and the amounts' unit is not sure)
  const amountUnits = lineUnits.filter((u) => u.unit.kind !== 'percent');
  if (lineUnits.length === 2 && amountUnits.length === 1 && columns.some((c) => c.role === 'growth' || c.role === 'share' || c.role === 'rate'))
    for (const column of columns) if ((column.role === 'amount' || column.role === 'change') && !column.unit) column.unit = amountUnits[0]!;
  // a serial-number column written without a heading: 1, 2, 3 … down the rows
  for (const column of columns) {
    if (column.role !== 'amount' || column.unit) continue;
    const numbers = bodyRows.map((r) => readCell(text(r, column.index)).number?.value);
    if (numbers.length >= 3 && numbers.every((n, i) => n === i + 1)) column.role = 'serial';
    else if (serialRun(bodyRows.map((r) => readCell(text(r, column.index))))) column.role = 'serial';
  }
  // 警告、通报批评 | 罚款 | … | 合计（宗） over 12175 | 94929 | … | 108156: a return whose every column is headed by
  // what it counts, a 合计 among them, and holds figures under it (no year) has no row labels: its first column is counted too
  const unlabelled =
    bodyRows.length > 0 &&
    columns.some((c) => c.total) &&
    columns.every((c) => c.role === 'amount' || c.role === 'rate' || c.role === 'share' || c.role === 'growth' || c.role === 'change') &&
    /^[\u4e00-\u9fff、，,（）()\s]{2,}$/.test(labels[0]!) &&
    !LABEL_HEADING.test(labels[0]!) &&
    bodyRows.every((r) => {
      const n = readCell(text(r, 0));
      return n.kind === 'number' && !n.number?.yearLike;
    });
  const labelColumn = unlabelled ? -1 : (columns.find((c) => c.role === 'label')?.index ?? 0);
  if (!unlabelled && columns[labelColumn]!.role !== 'label' && columns[labelColumn]!.role !== 'serial') columns[labelColumn]!.role = 'label';
  const unitColumn = columns.find((c) => c.role === 'unit');
  const rows: GridRow[] = [];
  const labelCells = table.rows.map((r) => r.cells[labelColumn]).filter((c): c is TableCell => !!c && c.text.trim() !== '');
  const leastIndent = labelCells.length > 0 ? Math.min(...labelCells.map((c) => indentOf(c, source))) : 0;
  table.rows.forEach((row, index) => {
    const raw0 = text(row, labelColumn);
    // a label with its English translation on the next line (joined by tables/pasted.ts): named by its Chinese
    const raw = /\n/.test(raw0) && /[\u4e00-\u9fff]/.test(raw0.split('\n')[0]!) ? raw0.split('\n')[0]! : raw0;
    const label = labelOf(raw);
    let kind: RowKind;
    const hasFigure = row.cells.some((c, i) => i !== labelColumn && columns[i]?.role !== 'serial' && (readCell(c.text).kind === 'number' || readCell(c.text).kind === 'placeholder'));
    if (index < headingRows) kind = 'heading';
    else if (!hasFigure) kind = 'group';
    else if (SUBTOTAL_ROW.test(label)) kind = 'subtotal';
    else if (TOTAL_ROW.test(label) || TOTAL_ROW_EN.test(label)) kind = 'total';
    else if ((SUBSET_ROW.test(label) || /^(?:内|含)[\s\u3000]+[^\s：:、]/.test(raw.trim())) && !SPACED_NAME.test(raw.trim())) kind = 'subset';
    else kind = 'item';
    const labelCell = row.cells[labelColumn];
    const gridRow: GridRow = { index, row, label, kind, indent: labelCell && label ? indentOf(labelCell, source) - leastIndent : 0 };
    const ordinal = readOrdinal(label.replace(/^(?:其中|#|＃)[：:]?/, ''), 0);
    if (ordinal) gridRow.level = ordinal.level;
    if (unitColumn) {
      const written = text(row, unitColumn.index).trim();
      const u = readUnit(written);
      if (u) gridRow.unit = u;
      else if (PRICE_UNIT.test(written)) gridRow.price = written;
    }
    rows.push(gridRow);
  });
  sharesOfHundred(rows, percentByLine, (r, c) => text(r.row, c.index));
  // a table of whole numbers with no unit anywhere whose rows name the things they count (一、本年新收政府信息公开申请数量,
  // 受理件数), and no money among its words: its amount columns count those things, their whole figures exact (as a
  // column headed 件数 is)
  const amountColumns = columns.filter((c) => c.role === 'amount');
  if (
    !table.unit &&
    !captionUnit &&
    !unitColumn &&
    amountColumns.length >= 2 &&
    columns.every((c) => !c.unit) &&
    rows.some((r) => r.kind !== 'heading' && COUNT_ROW.test(r.label)) &&
    !rows.some((r) => MONEY_LIKE.test(r.label)) &&
    !columns.some((c) => MONEY_LIKE.test(c.label)) &&
    rows.every(
      (r) =>
        r.kind === 'heading' ||
        amountColumns.every((c) => {
          const n = readCell(text(r.row, c.index));
          return n.kind !== 'number' || (n.number!.decimals === 0 && n.number!.multiplier === 1 && !n.number!.unit);
        }),
    )
  )
    for (const c of amountColumns) c.counted = true;
  // columns headed by years, earliest first (1953 1964 … 2020): a row with fewer figures is a series that starts late
  const figureColumns = columns.filter((c) => c.role !== 'label' && c.role !== 'serial' && c.role !== 'unit');
  const years = figureColumns.map((c) => /^((?:19|20)[0-9]{2})年?$/.exec(headingWords(c.label))?.[1]);
  const yearColumns = figureColumns.length >= 3 && years.every((y, i) => y !== undefined && (i === 0 || Number(y) > Number(years[i - 1])));
  // 排名 or 序号 last: a row lacking exactly those cells (合计, which has no rank) lost nothing before them
  let ranks = 0;
  while (ranks < columns.length && columns[columns.length - 1 - ranks]!.role === 'serial') ranks++;
  // a short row's figures where the table's arithmetic places them (a percentage and the two amounts it is of)
  const placeable = figureColumns.map((c) => ({ index: c.index, percent: c.role === 'share' || c.role === 'rate' || c.role === 'growth' }));
  const fullRows = rows.filter((r) => r.kind !== 'heading' && !r.row.short && figureColumns.every((c) => readCell(text(r.row, c.index)).kind === 'number')).map((r) => r.row);
  const values = rows.map((gridRow) => {
    const short = gridRow.row.short && !(ranks > 0 && lastFilled(gridRow.row) === columns.length - ranks - 1);
    // a row that lost cells: its first figure is in its column, the others may have moved left; under year columns
    // its figures are the last years' (a series that starts late: 汉族人口 from 1982 on, under 1953 … 2020), the
    // earlier years' cells not placed
    let placed = 0;
    const filled = short && yearColumns ? gridRow.row.cells.filter((c, i) => i !== labelColumn && c.text.trim() !== '') : [];
    const fromRight = filled.length > 0 && filled.length < figureColumns.length;
    const lastYears = new Map(fromRight ? filled.map((c, j) => [figureColumns[figureColumns.length - filled.length + j]!.index, c] as const) : []);
    const zeroes = short && zeroAmounts(gridRow.row, labelColumn);
    const placement =
      short && !fromRight && !zeroes
        ? ((table.source === 'aligned' ? placedByPosition(gridRow.row, labelColumn, placeable, fullRows, source) : undefined) ?? placedByArithmetic(gridRow.row, labelColumn, placeable, fullRows))
        : undefined;
    return columns.map((column): Slot => {
      let cell = gridRow.row.cells[column.index];
      if (!cell || column.role === 'label' || column.role === 'serial' || column.role === 'unit' || gridRow.kind === 'heading') return undefined;
      if (fromRight) {
        cell = lastYears.get(column.index);
        if (!cell) return 'unplaced';
      }
      const at = placement?.get(column.index);
      if (at === 'blank' || at === 'unplaced') return at;
      if (at) cell = at;
      const reading = readCell(cell.text);
      // a row that lost cells whose amounts are all 0 (3.财政补贴收入 | 0.00 | 100.00% | ||||): 0 in every amount column,
      // wherever its cells stood (a copy drops empty cells only)
      if (short && !fromRight && zeroes) return column.role === 'amount' || column.role === 'change' ? 'blank' : 'unplaced';
      // in a row that lost cells, every cell after its first figure (an empty one too) may stand in another column
      if (short && !fromRight && !placement && (placed > 0 || reading.kind !== 'empty') && placed++ > 0) return 'unplaced';
      if (reading.kind === 'blank' || reading.kind === 'empty') return 'blank';
      if (reading.kind === 'placeholder') return 'unknown';
      if (reading.kind !== 'number') return undefined;
      const n = reading.number!;
      // a row's unit from the 单位 column is its quantities' unit: a share, a rate, a growth in % or named 环比, 同比, 增速
      // or 增幅 is in percent still (增长 or 增减 alone may be a difference in the row's unit)
      const percentColumn =
        column.role === 'share' || column.role === 'rate' || (column.role === 'growth' && (PERCENT_HEADER.test(column.label) || !/增长|增减|增加|减少|变动|变化|升降/.test(column.label)));
      const unit = cellUnit(n.unit, (percentColumn ? undefined : gridRow.unit) ?? column.unit);
      const percent = unit?.unit.kind === 'percent' || column.role === 'share' || column.role === 'rate' || column.role === 'growth';
      // a whole number of people, projects or households is exact; any other figure is rounded at its last digit
      const exact = n.decimals === 0 && n.multiplier === 1 && unit?.unit.kind === 'count' && unit.multiplier === 1;
      const half = exact ? 0 : 0.5 * 10 ** -n.decimals;
      // in base units when the unit is known (元, 平方米, 个), as written (with a 万 or 亿 of its own) when not
      const scale = n.multiplier * (unit ? unit.multiplier * unit.unit.factor : 1);
      const value: CellValue = {
        cell,
        row: gridRow,
        column,
        value: n.value * scale,
        decimals: n.decimals,
        lo: (n.value - half) * scale,
        hi: (n.value + half) * scale,
        scale,
        percent,
        approximate: n.approximate,
      };
      if (unit) value.unit = unit;
      return value;
    });
  });
  return { table, columns, rows, values };
}

/** A row whose figures are zeroes and percentages only, one zero at least (0.00 | 100.00%): it holds no amount. */
function zeroAmounts(row: TableRow, labelColumn: number): boolean {
  let zero = false;
  for (const [i, c] of row.cells.entries()) {
    if (i === labelColumn) continue;
    const r = readCell(c.text);
    if (r.kind === 'empty' || r.kind === 'blank') continue;
    if (r.kind !== 'number') return false;
    if (/[%％]\s*$/.test(c.text)) continue;
    if (r.number!.value !== 0) return false;
    zero = true;
  }
  return zero;
}

/** The row naming a whole (合计, 总计, 农作物总播种面积): the row a table of shares reads 100 in. */
const WHOLE_ROW = /^[^\s]{0,10}(?:合计|总计|合計|總計|总[\u4e00-\u9fff]{1,6})$/;

/**
 * A structure table (12-14 主要农作物种植结构, 单位：% over 1995 | 2000 | …): every figure a share of one whole, the
 * whole's row first and reading 100 in each column. Its columns are shares of 100 that add up like amounts: a
 * column in percent by the unit line alone, whose first row of figures names a whole (a 合计 or 总计 row, or 总… as
 * 农作物总播种面积) and reads 100 in it (or in most such columns: one reading otherwise is a slip in that figure), and
 * no cell of which is over 100. The whole's row is the table's total.
 */
function sharesOfHundred(rows: readonly GridRow[], candidates: ReadonlySet<Column>, text: (r: GridRow, c: Column) => string): void {
  if (candidates.size === 0) return;
  const whole = rows.find((r) => r.kind !== 'heading' && r.kind !== 'group');
  if (!whole || !(whole.kind === 'total' || WHOLE_ROW.test(whole.label))) return;
  const withinHundred = [...candidates].filter((c) => rows.every((r) => r.kind === 'heading' || (readCell(text(r, c)).number?.value ?? 0) <= 100));
  const hundred = withinHundred.filter((c) => {
    const top = readCell(text(whole, c)).number;
    return !!top && top.value === 100 && top.multiplier === 1;
  });
  // most columns reading 100 there make the table one of shares: a column whose whole reads otherwise (95.00) is a
  // slip in that figure, its shares checked against it all the same
  const shares = hundred.length >= 2 && hundred.length * 2 > withinHundred.length ? withinHundred : hundred;
  if (shares.length === 0) return;
  for (const c of shares) {
    c.role = 'amount';
    c.shares = true;
  }
  whole.kind = 'total';
}

/** A cell's own unit (12.6亿元: 亿 is the cell's multiplier, 元 its unit) wins over its column's or row's. */
function cellUnit(own: Unit | undefined, fallback: ColumnUnit | undefined): ColumnUnit | undefined {
  if (own) return { text: own.text, multiplier: 1, unit: own };
  return fallback;
}

/** Whether two cells can be added or compared: both in known, compatible units, or both bare in one table. */
export function sameUnits(a: CellValue, b: CellValue): boolean {
  if (!a.unit || !b.unit) return !a.unit && !b.unit;
  return a.unit.unit.kind === b.unit.unit.kind && a.unit.unit.base === b.unit.unit.base;
}

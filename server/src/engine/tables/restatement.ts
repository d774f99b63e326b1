// One measure in the text and in a table: “全年完成投资474.5亿元” above a table whose 合计 row says 474.5 in its
// 完成投资 column. A figure of the text is matched to a cell only when the cell's column and row name what the
// figure measures, the units compare and the periods agree; when it matches several cells and none agrees, it is
// not clear which one it restates, and nothing is said.

import type { Draft } from '../parse';
import type { Figure } from '../figures/extract';
import type { Grid, GridRow, Column, CellValue, Slot } from './grid';
import { headingWords } from './grid';
import { perUnitOfTheRow } from './intensities';
import { overlaps, type Interval } from './interval';
import type { TableCell } from './model';
import { PINYIN_READING, simplified } from '../text';
import { ownKey } from '../figures/relations/restatements';
import { columnName, rowName, type TableRelation } from './relations';

/** Acts done to cases or requests a qualifier may open with, before what a table's caption names (受理常规案件). */
const ACT_ON_CAPTION = /^(?:受理|办理|接收|处置|查处)/;
/** A measure that is a total of what was done (平台共接收投诉, 全年累计办理): a qualifier of the acts after it, no entity. */
const TOTAL_DONE = /(?:共|累计|合计)[\u4e00-\u9fff]{2,8}$/;
/**
 * Words of scope a measure may carry in the text but not in a table's heading (in 繁體 too: 全縣, 實現, 累計), and the
 * 地区 of 地区生产总值, which a text often leaves out (全县生产总值162.78亿元 for the table's 地区生产总值).
 */
const SCOPE_WORDS =
  /^(?:地区(?=生产总值)|地區(?=生產總值)|全县|全縣|全市|全区|全區|全省|全镇|全鎮|全乡|全鄉|全州|全旗|我县|我縣|我市|我区|我區|本县|本縣|本市|全年|今年|本年|当年|當年|上半年|累计|累計|共|共计|共計|合计|合計|总计|總計|实现|實現|完成了|全部|年度)+/;
const TIME_IN_HEADING = /(?:19|20)[0-9]{2}年?(?:度)?|本年|今年|当年|本期|上年|去年|同期|上期|1[-—~至]\d{1,2}月|上半年|下半年|前三季度|全年|年度|计划|实际/g;
const PREVIOUS = /上年|去年|上期|同期|基期/;
const PERIODS = /上半年|下半年|前三季度|第?[一二三四]季度|[0-9]{1,2}[-—~至][0-9]{1,2}月|全年/g;

/** Words as a table keeps its labels: without spaces, brackets, 的, and a pinyin reading after a character (產（chǎn）). */
function norm(s: string): string {
  return s
    .replace(PINYIN_READING, '')
    .replace(/[\s的“”"、（）()]/g, '')
    .replace(SCOPE_WORDS, '');
}

/** The words of a column heading that name a measure: without its unit, years and 本年/上年. */
function columnMeasure(c: Column): string {
  return norm(headingWords(c.label).replace(/\s/g, '').replace(TIME_IN_HEADING, ''));
}

function yearsOf(s: string): string[] {
  return [...s.matchAll(/((?:19|20)[0-9]{2})年/g)].map((m) => m[1]!);
}

/** Periods of a year named by their months (1—6月份 for a caption's 上半年, 1-3月 for 一季度): one period, two names. */
const PERIOD_MONTHS: Readonly<Record<string, string>> = { 上半年: '1-6月', 前三季度: '1-9月', 一季度: '1-3月' };

function periodsOf(s: string): string[] {
  return (s.match(PERIODS) ?? []).map((p) => {
    const named = p.replace(/^第/, '').replace(/[—~至]/, '-');
    return PERIOD_MONTHS[named] ?? named;
  });
}

/** The stage of a budget a measure or a heading ends with: 预算(数) as planned, 决算(数) as spent (預算, 決算 in 繁體). */
const BUDGET_STAGE = /([预預]算|[决決]算)数?$/;

/** Whether a figure names one stage of a budget and the column the other (决算数 against 预算数). */
function otherBudgetStage(f: Figure, column: Column): boolean {
  const a = BUDGET_STAGE.exec(norm(f.measure))?.[1];
  const b = BUDGET_STAGE.exec(columnMeasure(column))?.[1];
  return a !== undefined && b !== undefined && simplified(a) !== simplified(b);
}

/** Whether a figure's period and year can be those of a cell: none named on one side, or the same on both. */
function samePeriod(f: Figure, grid: Grid, column: Column, growth = false): boolean {
  const where = `${grid.table.caption?.text ?? ''} ${column.label}`;
  const fy = yearsOf(f.scope);
  const cy = yearsOf(column.label).length > 0 ? yearsOf(column.label) : yearsOf(where);
  if (fy.length > 0 && cy.length > 0 && !fy.some((y) => cy.includes(y))) return false;
  const fp = periodsOf(f.scope);
  const cp = periodsOf(where);
  if (fp.length > 0 && cp.length > 0 && !fp.some((p) => cp.includes(p))) return false;
  // a 上年 column restates only a figure of last year (a growth column names 上年 as what it compares with)
  if (!growth && PREVIOUS.test(column.label) !== /去年|上年|同期/.test(f.scope)) return false;
  // nor a budget's outturn its plan (2023年公务接待费决算数7万元 against the 2023年预算数 column's 3): one year, two stages
  if (otherBudgetStage(f, column)) return false;
  // a change on the month or quarter before (环比) is not one on the year before (同比, 比上年), nor the other way round
  if (growth) {
    const fc = comparedWith(f.measure);
    const cc = comparedWith(where);
    if (fc && cc && fc !== cc) return false;
  }
  return true;
}

/**
 * What a change is compared with, when its words say: the period just before (环比) or the year before (同比), in 繁體
 * too (環比, 較上月, 較去年: a page of 繁體 text sets 同比 and 環比 side by side, and 環比 must not restate a 同比 column).
 */
function comparedWith(s: string): 'sequential' | 'annual' | undefined {
  const sequential = /[环環]比|比上月|[较較]上月|比上季度?|[较較]上季度?|比上一?期/.test(s);
  const annual = /同比|比上年|[较較]上年|比去年|[较較]去年|同期/.test(s);
  return sequential === annual ? undefined : sequential ? 'sequential' : 'annual';
}

/** The figure as an interval in base units at its written precision (a whole count is exact). */
function figureInterval(f: Figure): Interval | undefined {
  if (f.value === undefined || f.normalized === undefined) return undefined;
  const k = f.multiplier * f.unit.factor;
  const exact = f.decimals === 0 && f.multiplier === 1 && f.unit.kind === 'count';
  const half = exact ? 0 : 0.5 * 10 ** -f.decimals;
  return { lo: (f.value - half) * k, hi: (f.value + half) * k };
}

/**
 * The words a text may name a column by: its heading's measure, and that measure without a trailing 数 or 额 (决算 for
 * 决算数, 预算 for 预算数: 公务接待费支出决算0.27万元 names the 公务接待费 row's 决算数).
 */
function columnWords(column: Column): string[] {
  const cm = columnMeasure(column);
  if (cm.length < 2) return [];
  const out = [cm];
  // 决算数合计 (a group heading over 合计 | 一般公共预算 | 政府性基金): the group's own total is the group
  const group = column.total || /合计$/.test(cm) ? cm.replace(/合计$/, '') : cm;
  if (group !== cm && group.length >= 2) out.push(group);
  const stem = group.replace(/[数额]$/, '');
  if (stem !== group && stem.length >= 2) out.push(stem);
  return out;
}

/** Nouns naming what a row's thing is measured by (粮食面积, 粮食产量, 蔬菜产值): two of them are two measures. */
const MEASURE_NOUN = /播种面积|面积|产量|产值|增加值|单产|销售额|营业收入|收入|支出|人数|户数|投资/;

/** A verb of completion before a measure word (完成增加值, 实现增加值). */
const DONE_BEFORE_MEASURE = /^(?:完成|实现|實現)(?=[\u4e00-\u9fff]{2})/;

/** Words of what was added in a period (新增就业, 净增户数): a flow, not a stock. */
const NEW_WORDS = /新增|净增|淨增/;

/**
 * A balance's grand total written right before its figure (一般公共预算支出总计125.87亿元): the measure as read keeps the
 * row's name, but the 总计 is the row and all the balance adds to it (上解支出, 结转下年), no cell of that row.
 */
const BALANCE_TOTAL = /(?:总计|總計)[为為是达達]?$/;

/** The year's end written before a stock (年末全市常住人口, 年底全县户籍人口). */
const YEAR_END = /^(?:年末|年底)/;
/**
 * A stock a bank's table names by its balance (短期贷款余额, 各项存款余额) and a text by the stock alone (其中，短期贷款705.4亿元):
 * loans and deposits.
 */
const BALANCE_NAMED = /(?:贷款|存款)$/;

/** A budget's revenue or spending named by the budget alone (一般公共预算收入, 政府性基金预算支出). */
const OWN_BUDGET = /^(一般公共预算|政府性基金预算|国有资本经营预算)(收入|支出)$/;

/** How far a paragraph may stand after the table it tells of (`closes`): the section's other paragraphs between. */
const MAX_CLOSING_GAP = 600;
/** A line opening a section: 1. 2、 一、 （一） (a heading of the draft's own numbering). */
const SECTION_HEADING = /^\s*(?:[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;

/** How far a table may start after the paragraph that leads into it: blank lines only. */
const MAX_LEAD_GAP = 8;

/** A row of the rest (其他, 其它, 其他类): what it holds depends on the list it closes. */
const OTHER_ROW = /^(?:其他|其它)[类項项]?$/;

/** Words a text puts between a row's name and a column's (公务接待费支出决算: row 公务接待费, 支出, column 决算数). */
const LINKS = ['', '支出', '收入'] as const;

/** A period as a row labels it or a sentence opens with it: 2024年, 2024年度, 10月, 10月份, 2024年10月, 1-6月. */
const PERIOD = String.raw`(?:(?:19|20)[0-9]{2}年度?|(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月份?)`;
/**
 * A row label that is a period: a year (2024年), a month (10月, 10月份), a year's month (2024年10月) or a span of months
 * (1-6月). A table with two rows so labelled or more sets its periods down the rows and its measures across (月份 |
 * 受理转办工单总数 | 城市管理类工单数量 …).
 */
const PERIOD_ROW = new RegExp(`^${PERIOD}$`);
/** A period opening a sentence, as a period row would be labelled (10月, 2024年, 1-6月份), before 共, 全 or a comma. */
const PERIOD_OPENING = new RegExp(`^(${PERIOD})(?=[，,共全]|[\u4e00-\u9fff])`);
/** A whole year, as a period row or a scope names it. */
const YEAR_ROW = /^(?:19|20)[0-9]{2}年度?$/;
/**
 * What a period-row table's column heading may add after the measure the text names: nothing (农业产值), or the words of
 * a count (受理转办工单总数 for 受理转办工单; 物业管理类工单数量 for 物业管理类: the 工单 counted and 数量).
 */
const COUNT_HEADING = /^(?:[\u4e00-\u9fff]{0,2}(?:总数|数量|总量))?$/;

/** A period as a period row is labelled: without 份 or 度 (10月份 is 10月, 2024年度 is 2024年). */
function periodLabel(s: string): string {
  return s.replace(/\s/g, '').replace(/[份度]$/, '');
}

/** Does the figure's measure name this cell: its row (or a total row, or a table's one row: `soleRow`) and its column? */
function names(f: Figure, row: GridRow, column: Column, sole = false): boolean {
  const m = norm(f.measure);
  const key = norm(f.key.replace(/·/g, ''));
  if (m.length < 2) return false;
  const words = columnWords(column);
  const cm = words[0];
  if (cm === undefined) return false;
  const rl = rowWords(row.label);
  if ((row.kind === 'total' || sole) && (m === cm || key === cm)) return true;
  if (rl.length < 2) return false;
  if (m === cm + rl) return true;
  for (const w of words) for (const link of LINKS) if (m === rl + link + w || key === rl + link + w) return true;
  return false;
}

/** The label of a table's one row of figures: the words of a count or an amount, or of the time it is of. */
const SOLE_ROW_LABEL = /^(?:数量|件数|个数|次数|数值|数据|总量|金额|本期|本月|当月|本周|本季度?|本年)(?:[（(][^）)]{1,4}[）)])?$/;

/**
 * 表一：1月份消费者咨询诉举报总量以及办结率情况表 ⏎ 2023年1月份 | 咨询 | 投诉 | 举报 | 总接收量 | 办结率 ⏎ 数量 | 1301 | 459 |
 * 131 | 1891 | 93.39% (heldout79/xiaowei-jinzhong-02): a table of one row of figures, its columns naming what is counted,
 * is that row: the row stands for the whole table as a 合计 row does, and a text naming a column alone (投诉459件)
 * names its cell (an amount: a rate, 办结率, the text gives of more things than the table counts). Not a table with a
 * 合计 row of its own, nor one of two rows of figures or more.
 */
function soleRow(grid: Grid): GridRow | undefined {
  const rows = grid.rows.filter((r) => (grid.values[r.index] ?? []).some((v) => typeof v === 'object'));
  const row = rows.length === 1 && rows[0]!.kind === 'item' ? rows[0] : undefined;
  // (the row's label says how the things are counted, 数量, or when: a row named for a thing of its own, 公务用车运行费
  // over 公务用车购置费 | 公务接待费, is one item of a table whose other rows the copy lost)
  return row && (SOLE_ROW_LABEL.test(rowWords(row.label)) || PERIOD_ROW.test(periodLabel(row.label))) ? row : undefined;
}

/**
 * Totals known by name from the rows they add up: “三公”经费 is 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费
 * (the definition every 三公 statement uses), so a table listing two of them or more has the 三公经费 as its 合计 row.
 */
const KNOWN_TOTALS: ReadonlyArray<{ name: RegExp; rows: RegExp }> = [{ name: /三公经费/, rows: /^(?:因公出国|公务接待|公务用车)/ }];

/** The known total a table's 合计 row is, when its rows say so. */
function knownTotal(grid: Grid): RegExp | undefined {
  for (const t of KNOWN_TOTALS) {
    let n = 0;
    for (const r of grid.rows) if ((r.kind === 'item' || r.kind === 'group') && t.rows.test(rowWords(r.label))) n++;
    if (n >= 2 && grid.rows.some((r) => r.kind === 'total')) return t.name;
  }
  return undefined;
}

/**
 * A row label as the text would name it: no spaces, no ordinal (一、 1. （一）), no 其中： or #, no cut it opens (按城乡分：
 * 城镇) and no note mark after it (第一产业[2]).
 */
function rowWords(label: string): string {
  return norm(
    label
      .replace(/^按[\u4e00-\u9fff]{1,6}分[：:]/, '')
      .replace(/[[［][0-9]{1,2}[\]］]$/, '')
      .replace(/^(?:(?:其中|#|＃)[：:、]?|(?:内|含)[：:、])/, '')
      .replace(/^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、])/, ''),
  );
}

/**
 * The verbs of a budget's balance before an item (加上, 再加, 减去), each with its shorter forms; and 以及, which joins
 * the last items added to those before it (加上上级补助收入45.54亿元，以及动用预算稳定调节基金0.22亿元…后).
 */
const BALANCE_VERBS = ['再加上', '加上', '再加', '加', '减去', '减', '以及'] as const;

// (the traditional forms too: a page of 繁體 text writes 增長, 上漲, 減少)
const CHANGE_WORDS = /增[长長]|增加|提高|上升|上[涨漲]|下降|降低|[减減]少|回落|下滑|下跌/;
const DOWN_WORDS = /下降|降低|[减減]少|回落|下滑|下跌/;
/** The words between a level and its growth written right after it: the verb, with 同比 or 比上年 before it (，同比上升). */
const GROWTH_OF_LEVEL =
  /^[，,]\s*(?:同比|比上年同期|比去年同期|[较較]上年同期|[较較]去年同期|比上年|比去年|[较較]上年|[较較]去年)?(?:增[长長]|增加|提高|上升|上[涨漲]|下降|降低|[减減]少|回落|下滑|下跌)了?\s*$/;
/** A measure that ends with its change verb (医疗保健类上涨, 衣着类下降): the percent after it is the change. */
const CHANGE_END = /(?:增[长長]|提高|上升|上[涨漲]|下降|降低|回落|下滑|下跌)$/;

/**
 * A column of changes in percent: read as growth by the grid, or a percent column headed 涨跌幅 / 涨幅 / 跌幅 (a price
 * table's 涨跌幅（%）, which names no 增长 or 比上年).
 */
function growthColumn(c: Column): boolean {
  return c.role === 'growth' || (c.role === 'other' && c.unit?.unit.kind === 'percent' && /涨跌|涨幅|跌幅/.test(headingWords(c.label)));
}

const indexColumns = new WeakMap<Column, boolean>();

/**
 * A growth column written as an index with last year at 100 (居民消费价格指数, 比上年涨跌（%）: 101.0, 98.4, 102.3): the
 * table says 指数 (its caption, the column or a row) and every figure of the column lies between 50 and 150.
 */
function indexColumn(grid: Grid, column: Column): boolean {
  const known = indexColumns.get(column);
  if (known !== undefined) return known;
  let n = 0;
  let inside = true;
  for (const row of grid.values) {
    const v = row?.[column.index];
    if (typeof v !== 'object') continue;
    n++;
    if (v.lo < 50 || v.hi > 150) inside = false;
  }
  const named = /指数/.test(column.label) || /指数/.test(grid.table.caption?.text ?? '') || grid.rows.some((r) => /指数/.test(r.label));
  const index = named && inside && n >= 2;
  indexColumns.set(column, index);
  return index;
}

/** A name without the 和/及/与 between its words (交通和通信 and 交通通信, 其他用品和服务 and 其他用品及服务 are one name). */
function withoutConjunctions(s: string): string {
  return s.replace(/(?<=[\u4e00-\u9fff]{2})[和及与](?=[\u4e00-\u9fff]{2})/g, '');
}

interface Match {
  grid: Grid;
  value: CellValue;
  /** How surely the figure names the cell: 2 by row and column words, 1 by its row alone. */
  strength: number;
}

/** Every restatement of a table cell in the text, one relation per figure that names exactly one cell or agrees with one. */
export function restatements(draft: Draft, grids: readonly Grid[], figures: readonly Figure[]): TableRelation[] {
  const out: TableRelation[] = [];
  if (grids.length === 0) return out;
  // cells by the words that may name them (a column's measure, a row's label), so each figure looks at a few
  const byColumn = new Map<string, Array<{ grid: Grid; column: Column }>>();
  const byRow = new Map<string, Array<{ grid: Grid; row: GridRow }>>();
  const totals: Array<{ grid: Grid; name: RegExp }> = [];
  const soleRows = new Map<Grid, GridRow | undefined>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    if (key.length < 2) return;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const grid of grids) {
    for (const column of grid.columns)
      if (column.role === 'amount' || column.role === 'growth' || column.role === 'rate' || column.role === 'share') for (const w of columnWords(column)) push(byColumn, w, { grid, column });
    for (const row of grid.rows) if (row.kind !== 'heading' && row.kind !== 'group') push(byRow, rowWords(row.label), { grid, row });
    const total = knownTotal(grid);
    if (total) totals.push({ grid, name: total });
    soleRows.set(grid, soleRow(grid));
  }
  // (set while cells without a unit are looked for too: see unitless below)
  let loose = false;
  const cellOf = (grid: Grid, row: GridRow, column: Column): CellValue | undefined => {
    const v = grid.values[row.index]?.[column.index];
    // (a growth cell may carry no unit: 增幅 under a caption ending （%）)
    return typeof v === 'object' && (v.unit || v.percent || (loose && v.scale === 1)) && !v.approximate ? v : undefined;
  };
  /** Whether a cell can hold a figure's amount: in a unit of its kind, or in none while cells without one are looked for. */
  const fits = (v: CellValue, f: Figure): boolean => (v.unit ? v.unit.unit.kind === f.unit.kind && v.unit.unit.base === f.unit.base : loose && !v.percent && v.scale === 1);
  /** Cells named by words of a column, and of a row with a column: 完成投资 on a 合计 row, 工业项目完成投资. */
  const byWords = (w: string): Match[] => {
    const found: Match[] = [];
    for (const { grid, column } of byColumn.get(w) ?? [])
      for (const row of grid.rows)
        if (row.kind === 'total' || (row === soleRows.get(grid) && column.role === 'amount')) {
          const v = cellOf(grid, row, column);
          if (v) found.push({ grid, value: v, strength: 2 });
        }
    for (let k = 2; k <= w.length - 2; k++) {
      for (const [rowWord, columnWord] of [
        [w.slice(0, k), w.slice(k)],
        [w.slice(k), w.slice(0, k)],
      ] as const) {
        const rows = byRow.get(rowWord);
        const linked = LINKS.find((l) => l !== '' && columnWord.startsWith(l) && columnWord.length - l.length >= 2);
        const columns = rows && (byColumn.get(columnWord) ?? (linked ? byColumn.get(columnWord.slice(linked.length)) : undefined));
        if (!rows || !columns) continue;
        for (const { grid, row } of rows)
          for (const c of columns)
            if (c.grid === grid) {
              const v = cellOf(grid, row, c.column);
              if (v) found.push({ grid, value: v, strength: 2 });
            }
      }
    }
    return found;
  };
  /**
   * (shadow15) 全社会用电6.64亿千瓦时，同比增长13.01%，其中工业用电2.91亿千瓦时，同比下降1.01%: the growth's own level,
   * written between the row's label and it, in a unit no amount cell of that row is in (亿千瓦时 for a row of 万元):
   * the growth is of another measure named after the row (工业用电, not 工业 value added), not the row's.
   */
  const figuresOfPara = new Map<Figure['para'], Figure[]>();
  const levelOfAnotherMeasure = (f: Figure, label: string): boolean => {
    const at = f.para.prose.lastIndexOf(label, f.offset - f.para.offset);
    if (at < 0) return false;
    let inPara = figuresOfPara.get(f.para);
    if (!inPara) figuresOfPara.set(f.para, (inPara = figures.filter((g) => g.para === f.para)));
    const level = inPara.filter((g) => g.offset - f.para.offset > at && g.endOffset <= f.offset && g.unit.kind !== 'percent').pop();
    if (!level) return false;
    const rows = byRow.get(label) ?? [];
    const units = rows.flatMap(({ grid, row }) =>
      (grid.values[row.index] ?? []).flatMap((v) => (typeof v === 'object' && v.unit && !v.percent && v.unit.unit.kind !== 'percent' ? [v.unit.unit] : [])),
    );
    if (units.length > 0) return units.every((u) => u.kind !== level.unit.kind || u.base !== level.unit.base);
    // 粮食面积41.67万亩，比上年下降5.2% beside a table of 主要农产品产量 with no unit on its cells: the level's own
    // measure word after the row's name (面积, 产值), which neither the table's caption nor its headings name, is another
    // measure of the row's thing
    const words = f.para.prose.slice(at + label.length, level.offset - f.para.offset).replace(/[^\u4e00-\u9fff]/g, '');
    const noun = MEASURE_NOUN.exec(words)?.[0];
    if (!noun || words.length > 6) return false;
    // only a table that names its own measure, another one (产量 for 面积), says so
    return rows.every(({ grid }) => {
      const named = [norm(grid.table.caption?.text ?? ''), ...grid.columns.map((c) => c.label)].join('|');
      const own: string[] = named.match(new RegExp(MEASURE_NOUN.source, 'g')) ?? [];
      return own.length > 0 && !own.includes(noun);
    });
  };
  /**
   * The measure of the level a change is of, written before it in its own clause run (up to ；or 。): 麻类面积0.05万亩，下降
   * 37.5% is of 麻类面积, not of the 粮食面积 the sentence's key starts with.
   */
  const ownLevel = (f: Figure): string | undefined => {
    const before = f.para.prose.slice(0, f.offset - f.para.offset);
    const start = f.para.offset + Math.max(before.lastIndexOf('；'), before.lastIndexOf('。'), before.lastIndexOf(';')) + 1;
    let inPara = figuresOfPara.get(f.para);
    if (!inPara) figuresOfPara.set(f.para, (inPara = figures.filter((g) => g.para === f.para)));
    const level = inPara.filter((g) => g.offset >= start && g.endOffset <= f.offset && g.unit.kind !== 'percent' && !g.relational).pop();
    const measure = level ? norm(level.measure) : '';
    return measure.length >= 2 ? measure : undefined;
  };
  const startsWithRow = (s: string): boolean => {
    for (let k = 2; k <= s.length; k++) if (byRow.has(s.slice(0, k))) return true;
    return false;
  };
  /**
   * Cells named by a row alone (粮食总产量, 第一产业增加值 for the row 第一产业): the row's one column of the figure's
   * kind (its amounts, or its growth for a change) in the figure's period.
   */
  const byRowAlone = (f: Figure, entity: string, growth: boolean): Match[] => {
    const found: Match[] = [];
    const rows: Array<{ grid: Grid; row: GridRow }> = [];
    for (let k = entity.length; k >= 2; k--) {
      const list = byRow.get(entity.slice(0, k)) ?? (k === entity.length ? countRow(entity) : undefined);
      // the row is the entity, or the entity is the row and a measure word of a few characters (第一产业增加值), not
      // another name after 和 or another row (举报和咨询, 投诉举报: the rows together)
      const rest = entity.slice(k);
      // (其他类投诉13,058件 beside a table whose last row is 其他: a row of the rest names no thing of its own, and the
      // text's 其他 is the rest of its own list, which may be another table's)
      if (list && OTHER_ROW.test(entity.slice(0, k))) break;
      // (第一产业完成增加值: a verb of completion between the row and its measure word is no more words of the name)
      const words = rest.replace(DONE_BEFORE_MEASURE, '');
      if (list && (k === entity.length || (words.length <= 4 && !/^[和及与、]/.test(rest) && !startsWithRow(rest)))) rows.push(...list);
      if (list) break;
    }
    for (const { grid, row } of rows) {
      if (newOfRow(entity, row, grid)) continue;
      const columns = grid.columns.filter((c) => (growth ? growthColumn(c) : c.role === 'amount') && samePeriod(f, grid, c, growth));
      const cells = columns.map((c) => cellOf(grid, row, c)).filter((v): v is CellValue => !!v && (growth ? v.percent : fits(v, f)));
      if (cells.length === 1) found.push({ grid, value: cells[0]!, strength: 1 });
      else if (!growth && cells.length > 1) {
        const latest = latestYear(f, cells) ?? columnOfCaption(grid, cells) ?? yearEndColumn(f, cells);
        if (latest) found.push({ grid, value: latest, strength: 1 });
      }
    }
    return found;
  };
  /**
   * A table that sets its periods down the rows (two rows or more labelled 10月, 11月 or 2024年, 2023年) and its measures
   * across: a figure of a column's measure (受理转办工单 for 受理转办工单总数, 农业产值 for 农业产值; `COUNT_HEADING`) restates
   * the cell of the row of its period. The period is the figure's own scope (10月共受理转办工单1247件: the row 10月); a
   * figure with none restates the latest year's row only when every period row is a year (农业产值32492.84万元 beside the
   * rows 2024年 and 2023年, as `latestYear` reads columns of years), and only when its sentence names no earlier year or
   * 上年. A part keyed by its whole (其中城市管理类362件 after 受理转办工单1247件) is read so only when the whole is a
   * column of the same table. Months with no scope on the figure are left alone: a report of two months speaks of both.
   */
  const byPeriodRow = (f: Figure, qualifier: string): Match[] => {
    const m = norm(f.measure);
    if (m.length < 2) return [];
    const found: Match[] = [];
    for (const [grid, periods] of periodRows()) {
      const row = rowOfPeriod(f, periods);
      if (!row) continue;
      if (qualifier && !grid.columns.some((c) => c.role === 'amount' && columnMeasure(c).startsWith(qualifier))) continue;
      for (const c of grid.columns) {
        // (the row is the period: a column naming a year, 上年 or a budget's other stage is not the figure's measure)
        if (c.role !== 'amount' || yearsOf(c.label).length > 0 || PREVIOUS.test(c.label) || otherBudgetStage(f, c)) continue;
        const cm = columnMeasure(c);
        if (!cm.startsWith(m) || !COUNT_HEADING.test(cm.slice(m.length))) continue;
        const v = cellOf(grid, row, c);
        if (v) found.push({ grid, value: v, strength: 1 });
      }
    }
    return found;
  };
  /** The tables with two period rows or more, with those rows: read once per check, when a figure first asks. */
  let periodTables: Array<[Grid, GridRow[]]> | undefined;
  const periodRows = (): Array<[Grid, GridRow[]]> =>
    (periodTables ??= grids.flatMap((grid): Array<[Grid, GridRow[]]> => {
      const periods = grid.rows.filter((r) => r.kind !== 'heading' && PERIOD_ROW.test(periodLabel(r.label)));
      return periods.length >= 2 ? [[grid, periods]] : [];
    }));
  /** The period row of a figure's period (see `byPeriodRow`). */
  const rowOfPeriod = (f: Figure, periods: readonly GridRow[]): GridRow | undefined => {
    if (f.scope) {
      const own = periods.filter((r) => periodLabel(r.label) === periodLabel(f.scope));
      return own.length === 1 ? own[0] : undefined;
    }
    // (11月共受理转办工单1258件，其中城市管理类337件…；物业管理类259件: a sentence, up to 。, opening with a period row's
    // label is of it)
    const before = f.para.prose.slice(Math.max(0, f.period - f.para.offset), f.offset - f.para.offset);
    const opening = PERIOD_OPENING.exec(before.trimStart())?.[1];
    if (opening !== undefined) {
      const own = periods.filter((r) => periodLabel(r.label) === periodLabel(opening));
      return own.length === 1 ? own[0] : undefined;
    }
    if (!periods.every((r) => YEAR_ROW.test(periodLabel(r.label)))) return undefined;
    const years = periods.map((r) => Number(periodLabel(r.label).slice(0, 4)));
    const top = Math.max(...years);
    if (years.filter((y) => y === top).length !== 1) return undefined;
    if (PREVIOUS.test(before) || yearsOf(before).some((y) => Number(y) !== top)) return undefined;
    return periods[years.indexOf(top)];
  };
  /**
   * 城镇新增就业4042人 beside a table of 城镇 | 年末人数: what is new in a year under a row's name (新增, 净增) is a flow of
   * its own, not the stock the row holds, unless the table says so (新增就业 in a heading or its 表题).
   */
  const newOfRow = (entity: string, row: GridRow, grid: Grid): boolean => {
    const flow = NEW_WORDS.exec(entity.slice(rowWords(row.label).length))?.[0];
    return !!flow && ![grid.table.caption?.text ?? '', ...grid.columns.map((c) => c.label)].some((w) => w.includes(flow));
  };
  /**
   * The row a count of a 12345 or 12315 report names by its act alone: 受理 for the row 受理量, 办结 for 已办结, 立案 for
   * 立案数 (the text says 受理798件, the table names the row by the amount, 受理量 | 798 or 立案数 | 51229, or by the state,
   * 已办结 | 1029); and a loan or a deposit named without its 余额 (短期贷款705.4亿元 for the row 其中：短期贷款余额).
   */
  const countRow = (entity: string): Array<{ grid: Grid; row: GridRow }> | undefined =>
    byRow.get(`${entity}量`) ?? byRow.get(`已${entity}`) ?? byRow.get(`${entity}数`) ?? (BALANCE_NAMED.test(entity) ? byRow.get(`${entity}余额`) : undefined) ?? spendingRow(entity);
  /**
   * 以及安排预算稳定调节基金2.04亿元、结转下年10.61亿元后 beside a balance table whose row is 结转下年支出 (heldout100/
   * yszx-pengshui-01, heldout81/czys-pengshui-01): an item of a budget's balance the text names by itself, the table by
   * the item and 支出 (or 收入) after it. Only a name of four characters or more, and only when the tables have no row of
   * the name with the other word (结转下年收入 and 结转下年支出 both: nothing tells which).
   */
  const spendingRow = (entity: string): Array<{ grid: Grid; row: GridRow }> | undefined => {
    if (entity.length < 4) return undefined;
    const spending = byRow.get(`${entity}支出`);
    const revenue = byRow.get(`${entity}收入`);
    return spending && revenue ? undefined : (spending ?? revenue);
  };
  /**
   * 立案51229件，…派遣49151件 beside the rows 立案数, 派遣数: a figure keyed by the act listed before it (立案·派遣) is that
   * act's sibling, no part of it, when the act is itself a row of the table by its count (`countRow`).
   */
  const siblingRow = (grid: Grid, qualifier: string): boolean => byRow.get(`${qualifier}数`)?.some((r) => r.grid === grid) ?? false;
  /**
   * 其中：税收收入8.37亿元…；非税收入8.38亿元 beside the rows 税收 and 非税; 公立医院诊疗0.42亿人次…；民营医院0.09亿人次 beside
   * the rows 公立医院 and 民营医院: a figure keyed by the figure before it is that one's sibling, not its part, when the
   * name it is keyed by is a row of the same table with a word or two after it (税收 and 收入, 公立医院 and 诊疗): the
   * sentence goes down the rows.
   */
  const rowAndWord = (grid: Grid, qualifier: string): boolean =>
    grid.rows.some((r) => {
      const label = rowWords(r.label);
      return label.length >= 2 && qualifier.startsWith(label) && qualifier.length - label.length <= 2;
    });
  /** Whether a table names an entity: a row label or its 表题. */
  const names_ = (grid: Grid, words: string): boolean =>
    grid.rows.some((r) => {
      const label = rowWords(r.label);
      // (年末全县户籍总人口 names the row 全县户籍总人口: the words before a row's name of four or more are its time and place)
      return label === words || label.endsWith(words) || (label.length >= 4 && words.endsWith(label));
    }) || norm(grid.table.caption?.text ?? '').includes(words);
  /**
   * 其中全市共受理常规案件（不包括四乱案件）16754件，立案16570件 beside a table captioned 本周全市数字城管常规案件统计表
   * (heldout123/csgl-zhengzhou-01): a qualifier that is an act done to what the caption names (受理 + 常规案件) is the table's
   * whole, each row (立案数, 派遣数) one of its steps. Only the caption: a row that names the object is a part, not the whole.
   */
  const actOnCaption = (grid: Grid, qualifier: string): boolean => {
    const act = ACT_ON_CAPTION.exec(qualifier);
    const object = act ? qualifier.slice(act[0].length) : '';
    return object.length >= 3 && norm(grid.table.caption?.text ?? '').includes(object);
  };
  // the labels as a sentence is searched for them, each with the label it stands for
  const labels = new Map<string, string>();
  for (const l of byRow.keys()) {
    const bare = withoutConjunctions(l);
    if (!labels.has(bare)) labels.set(bare, l);
  }
  /** The row label written last before a figure in its sentence (民营医院0.09亿人次，同比降低0.47%: 民营医院). */
  const nearestRow = (f: Figure): string | null | undefined => {
    const before = f.para.prose.slice(0, f.offset - f.para.offset);
    const start = Math.max(before.lastIndexOf('；'), before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'));
    // written as the labels are kept: no spaces, brackets, 的 or 、 (社区卫生服务中心（站）)
    const sentence = withoutConjunctions(
      before
        .slice(start + 1)
        .replace(PINYIN_READING, '')
        .replace(/[\s的“”"、（）()]/g, ''),
    );
    // the label that ends last; of two ending together the longer (公立医院, not the 医院 inside it)
    let best: string | undefined;
    let end = -1;
    for (const l of labels.keys()) {
      const i = sentence.lastIndexOf(l);
      if (i < 0) continue;
      if (i + l.length > end || (i + l.length === end && best !== undefined && l.length > best.length)) {
        end = i + l.length;
        best = l;
      }
    }
    // 食品烟酒中，粮食价格上涨1.3%，畜肉价格下降20.7%; 食品烟酒价格下降0.4%，其中畜肉下降20.7%: the figures after
    // “X中，” or a 其中 are of X's parts, not of X (a part the table has no row for)
    if (best !== undefined && /^[\u4e00-\u9fff]{0,4}中[，,：:]|其中/.test(sentence.slice(end))) return null;
    if (best === undefined) return undefined;
    // 规模工业中，战略性新兴产业工业产值增长77.2%: after “X中，” where X holds the label (规模工业 holds 工业), the
    // figure is of a part of X named by more words than the label, not of the label's row
    for (const m of sentence.slice(0, end - best.length).matchAll(/([\u4e00-\u9fff]{2,12})中[，,：:]/g)) if (m[1]!.includes(best)) return null;
    const label = labels.get(best)!;
    if (bracketedItem(before.slice(start + 1), best) === false) return null;
    if (f.unit.kind === 'percent' && levelOfAnotherMeasure(f, label)) return null;
    // (万元地区生产总值能耗 names the unit of an intensity, not the row: intensities.ts)
    if (f.unit.kind === 'percent' && perUnitOfTheRow(f, label)) return null;
    // 蔬菜及食用菌产量…增长2.7%: a label followed by 及/和/与/、 is one name of a pair or list, not the figure's row
    const written = before
      .slice(start + 1)
      .replace(PINYIN_READING, '')
      .replace(/[\s的“”"（）()]/g, '');
    const i = written.lastIndexOf(label);
    if (i >= 0 && /^[及和与、]/.test(written.slice(i + label.length))) return undefined;
    // 共接收投诉举报咨询3443件, 投诉、举报和咨询共3443件: a label right after another one ends a list of rows, the
    // change is of them all
    if (i >= 0) {
      const head = written.slice(Math.max(0, i - 24), i).replace(/[及和与、]$/, '');
      for (const other of labels.values()) if (other !== label && head.endsWith(other)) return null;
      // 共接收投诉971件，受理798件，同比上升25.67%: an amount of another measure named after the row's clause is what
      // the figure tells of (受理, a part of the 投诉), not the row
      for (const clause of written
        .slice(i + label.length)
        .split(/[，,：:]/)
        .slice(1)) {
        const named = /^([\u4e00-\u9fff]{1,8})[0-9]/.exec(clause);
        if (named && !/比|增|减|升|降|涨|跌|提高|回落|下滑|占|率/.test(named[1]!) && !measureOfTheRow(label, named[1]!)) return null;
      }
    }
    return label;
  };
  /**
   * “民间借贷纠纷”新收案件依旧最多，为4159件…，较去年同期相比下降32.18% beside 案由 | 2021年上半年新收 | … | 2020年上半年
   * 新收 | 增幅 (heldout63/fayuan-kaifeng-01): an amount after the row's clause named by a link word alone (为, 达) or by
   * the one measure every amount column of the row's tables counts (新收) is the row's own level, no other measure's.
   */
  const measureOfTheRow = (label: string, name: string): boolean => {
    if (/^(?:为|為|达|達|是)$/.test(name)) return true;
    const rows = byRow.get(label) ?? [];
    return (
      rows.length > 0 &&
      rows.every(({ grid }) => {
        const measures = new Set(grid.columns.filter((c) => c.role === 'amount').map(columnMeasure));
        return measures.size === 1 && measures.has(name);
      })
    );
  };
  /**
   * The row a change after 分别 restates, paired by order with the names before 分别 (水果、玉米、蔬菜价格分别上涨5.3%、
   * 3.3%和2.2%: 玉米 for 3.3%), with the sign of the verb after 分别: only when the names and the values are as many, and
   * the figure's name is a row label of a table.
   */
  const listedRow = (f: Figure): { row: string; sign: number } | undefined => {
    if (f.value === undefined) return undefined;
    const prose = f.para.prose;
    const at = f.offset - f.para.offset;
    const from = Math.max(0, f.sentence.offset - f.para.offset);
    const head = prose.slice(from, at);
    const k = head.lastIndexOf('分别');
    if (k < 0) return undefined;
    const verb = /^(上涨|增长|提高|上升|下降|降低|回落|下滑|下跌)/.exec(head.slice(k + 2));
    if (!verb) return undefined;
    // the values: the percents from the verb to the end of the clause (；。), written one after another with 、 和 及
    const start = from + k + 2 + verb[1]!.length;
    const tail = /^[^；;。！？]*/.exec(prose.slice(start))![0];
    const comma = tail.search(/[，,]/);
    const values = /^(?:[0-9]+(?:\.[0-9]+)?[%％](?:、|和|及|$))+/.exec(comma < 0 ? tail : tail.slice(0, comma));
    if (!values) return undefined;
    const offsets: number[] = [];
    let next = 0;
    for (const part of values[0].split(/[、和及]/)) {
      if (part !== '') offsets.push(start + next);
      next += part.length + 1;
    }
    const index = offsets.indexOf(at);
    if (index < 0) return undefined;
    // the names: the clause before 分别 (after its last ，：；), split at 、, the last one's 和/及 splitting it once more
    const clause = head
      .slice(0, k)
      .split(/[，,：:；;]/)
      .pop()!
      .replace(/(?:类)?(?:价格|指数)?$/, '');
    let names = clause.split('、');
    if (names.length < offsets.length) {
      const last = names.pop()!;
      const cut = Math.max(last.lastIndexOf('和'), last.lastIndexOf('及'), last.lastIndexOf('与'));
      names = cut > 0 && cut < last.length - 1 ? [...names, last.slice(0, cut), last.slice(cut + 1)] : [...names, last];
    }
    if (names.length !== offsets.length) return undefined;
    const name = withoutConjunctions(norm(names[index]!).replace(/类$/, ''));
    const row = labels.get(name);
    return row === undefined ? undefined : { row, sign: DOWN_WORDS.test(verb[1]!) ? -1 : 1 };
  };
  /**
   * 总人口1494257人，比上年末增加6432人，其中城镇人口639996人; 年末总户数…户，…城镇人口168591人: the figure a measure was
   * keyed by (extract.ts qualify) is a change, or a count of another unit (户 for 人), so it is no whole the measure is a
   * part of: a part is in its whole's unit, and of a level. The measure is then named by itself.
   */
  const foreignOwner = (f: Figure, owner: string): boolean => {
    if (f.keyedBy !== 'part' && f.keyedBy !== 'previous') return false;
    // (蔬菜产量2.88万吨…；茶叶产量700吨: a sibling of one measure word, keyed by the one before for being short)
    if (ownKey(f) === f.measure) return true;
    let inPara = figuresOfPara.get(f.para);
    if (!inPara) figuresOfPara.set(f.para, (inPara = figures.filter((g) => g.para === f.para)));
    const g = inPara.filter((x) => x.offset < f.offset && x.measure === owner).pop();
    return !!g && (g.relational || g.inChange || g.unit.kind !== f.unit.kind || g.unit.base !== f.unit.base);
  };
  /**
   * The row a share restates (售后服务问题占36.77%; 城镇人口213468人，占常住人口的比重为42.69%): a row's label opens the
   * share's clause, or the clause before when this one opens with 占 after the row's level, and nothing but a few words,
   * that level and the 占 or 比重 stands between them. A share of another thing named after the label (合同金额占) is not
   * the row's.
   */
  const sharedRow = (f: Figure): string | undefined => {
    const from = Math.max(0, f.sentence.offset - f.para.offset);
    const clauses = f.para.prose.slice(from, f.offset - f.para.offset).split(/[，,；;：:]/);
    let clause = clauses.pop()!;
    if (/^\s*占/.test(clause) && clauses.length > 0) clause = clauses.pop()! + clause;
    const written = withoutConjunctions(clause.replace(PINYIN_READING, '').replace(/[\s的“”"、（）()]/g, ''));
    let best: string | undefined;
    for (const l of labels.keys()) if (written.startsWith(l) && (best === undefined || l.length > best.length)) best = l;
    if (best === undefined) return undefined;
    const rest = written.slice(best.length);
    const words = SHARE_CLAUSE.exec(rest)?.[1];
    if (words === undefined || SHARE_OF_MEASURE.test(words) || startsWithRow(rest)) return undefined;
    return labels.get(best);
  };
  /**
   * A row's one share cell in the figure's period: of several share columns (投诉比重 under 2023年上半年 and under 2022年上半年),
   * the latest year's, each share column taking the year of the amounts it stands after.
   */
  const shareCells = (f: Figure, label: string): Match[] => {
    const found: Match[] = [];
    for (const { grid, row } of byRow.get(label) ?? []) {
      const columns = grid.columns.filter((c) => c.role === 'share' && samePeriod(f, grid, c));
      const cells = columns.map((c) => cellOf(grid, row, c)).filter((v): v is CellValue => !!v && v.percent);
      const one = cells.length === 1 ? cells[0] : latestYear(f, cells, (c) => shareYears(grid, c));
      if (one) found.push({ grid, value: one, strength: 1 });
    }
    return found;
  };
  /**
   * 全国12315平台共接收投诉1.35万件，受理1.26万件，同比上升4.48% beside a table whose 受理量 row reads 12573 | ↑4.48%
   * (heldout14/shichang-yueyanglou-01): a growth written right after a level, nothing but its verb (and 同比, 比上年)
   * between them, is the growth of that level; when the level restates a row's cell, the growth restates the same row's
   * one growth cell of its period. Read only where the growth's own words name no row (`nearestRow` finds none, or
   * finds the level named after the row's clause to be another measure).
   */
  const rowOfLevel = new Map<Figure, { grid: Grid; row: GridRow }>();
  const grownLevel = (f: Figure, level: Figure | undefined): Match[] => {
    const of = level && rowOfLevel.get(level);
    if (!of || level.para !== f.para || level.unit.kind === 'percent' || comparedWith(f.measure) === 'sequential') return [];
    if (!GROWTH_OF_LEVEL.test(f.para.prose.slice(level.endOffset - f.para.offset, f.offset - f.para.offset))) return [];
    const { grid, row } = of;
    const cells = grid.columns
      .filter((c) => growthColumn(c) && samePeriod(f, grid, c, true))
      .map((c) => cellOf(grid, row, c))
      .filter((v): v is CellValue => !!v && v.percent);
    return cells.length === 1 ? [{ grid, value: cells[0]!, strength: 1 }] : [];
  };
  const unitless: Unitless[] = [];
  for (const [index, f] of figures.entries()) {
    if (f.approximate || f.range || f.form === 'placeholder') continue;
    // a change in percent (同比增长4.36%, 医疗保健类上涨0.3%) restates a growth cell; any other change or comparison
    // does not (a share or rate that rose is not a growth of the row)
    // of the figures after 分别, only the changes of a list whose names pair with them one by one
    const listed = f.distributive && f.unit.kind === 'percent' ? listedRow(f) : undefined;
    if (f.distributive && !listed) continue;
    // (a share of a whole, 第一产业增加值占地区生产总值的比重为7.6%, is no growth, whatever it is said to have done;
    // 增加值 names a measure, it is no 增加)
    const growth =
      !!listed ||
      (f.unit.kind === 'percent' &&
        (f.inChange || (CHANGE_END.test(f.measure) && !/占|比重|率/.test(f.measure))) &&
        !(f.measure.includes('占') && /比重|比例/.test(f.measure)) &&
        !/比重[为為]?$/.test(f.measure) &&
        CHANGE_WORDS.test((f.measure + f.text).replace(/增加值/g, '')));
    if (!growth && !/总计|總計/.test(f.measure) && BALANCE_TOTAL.test(f.para.prose.slice(Math.max(0, f.offset - f.para.offset - 3), f.offset - f.para.offset))) continue;
    const shareRow = !growth && f.unit.kind === 'percent' && f.value !== undefined ? sharedRow(f) : undefined;
    if (!growth && !shareRow && (f.relational || f.inChange)) continue;
    const fi = listed ? { lo: listed.sign * f.value! - 0.5 * 10 ** -f.decimals, hi: listed.sign * f.value! + 0.5 * 10 ** -f.decimals } : growth ? signedPercent(f) : figureInterval(f);
    if (!fi) continue;
    const parts = f.key.split('·');
    const nearest = listed ? listed.row : growth ? nearestRow(f) : undefined;
    if (nearest === null && grownLevel(f, figures[index - 1]).length === 0) continue;
    // (年末全市常住人口 for the row 全市常住人口 of a table of 年末数: the year's end is the time a stock is told at)
    const entity = growth ? (nearest ?? ownLevel(f) ?? norm(parts[0] ?? '')) : norm(f.measure.replace(YEAR_END, '')) || norm(parts[0] ?? '');
    // a measure qualified by another entity (年末常住人口·城镇人口) is that entity's: its table names that entity too
    const qualifier = !growth && parts.length > 1 && !foreignOwner(f, parts[0]!) ? norm(parts[0]!) : '';
    const collect = (): Match[] => {
      const seen = new Set<CellValue>();
      const matches: Match[] = [];
      const consider = (c: Match): void => {
        if (seen.has(c.value)) return;
        seen.add(c.value);
        const v = c.value;
        if (growth ? !v.percent : !fits(v, f)) return;
        if (c.strength === 2 && (!names(f, v.row, v.column, v.row === soleRows.get(c.grid)) || !samePeriod(f, c.grid, v.column, growth))) return;
        matches.push(c);
      };
      if (!growth) for (const w of new Set([norm(f.measure), norm(f.key.replace(/·/g, ''))])) for (const c of byWords(w)) consider(c);
      // “三公”经费支出决算为11.96万元: the 合计 row of a table of the three items, in the column the measure ends with
      // (决算 for 决算数), or in its one amount column when the measure ends with the total's own name
      if (!growth && matches.length === 0) {
        const m = norm(f.measure);
        for (const { grid, name } of totals) {
          if (!name.test(m) && !name.test(norm(f.key))) continue;
          const total = grid.rows.find((r) => r.kind === 'total');
          const amounts = grid.columns.filter((c) => c.role === 'amount' && samePeriod(f, grid, c));
          const named = amounts.filter((c) => columnWords(c).some((w) => m.endsWith(w)));
          const only = amounts.length === 1 && new RegExp(`${name.source}(?:支出)?$`).test(m) ? amounts : [];
          for (const c of named.length > 0 ? named : only) {
            const v = total && cellOf(grid, total, c);
            if (v) consider({ grid, value: v, strength: 1 });
          }
        }
      }
      // 州直项目58个，完成投资114.8亿元: the row named last before the figure in its sentence, and the column its
      // measure names (完成投资 for 完成投资额, 项目 for 项目个数)
      if (!growth && matches.length === 0) {
        const m = norm(f.measure);
        const row = m.length >= 2 ? nearestRow(f) : undefined;
        for (const { grid, row: r } of row ? (byRow.get(row) ?? []) : []) {
          const cells: CellValue[] = [];
          for (const c of grid.columns) {
            const cm = columnMeasure(c);
            if (c.role !== 'amount' || !cm.startsWith(m) || !/^(?:|额|数|量|个数|总额|总量|数量)$/.test(cm.slice(m.length)) || !samePeriod(f, grid, c)) continue;
            const v = cellOf(grid, r, c);
            if (v && fits(v, f)) cells.push(v);
          }
          // 其次是“离婚纠纷”，新收2821件 beside 2021年上半年新收 | 2020年上半年新收 (heldout63/fayuan-kaifeng-01): of the
          // columns of the measure in two years, the latest, when the sentence names no other year (`latestYear`)
          const one = cells.length === 1 ? cells[0] : latestYear(f, cells);
          if (one) consider({ grid, value: one, strength: 1 });
        }
      }
      if (matches.length === 0 && entity.length >= 2) {
        // (a part of the “三公”经费 is an item of its table: the total's name is the table's known total)
        // (全市12315平台共接收投诉971件，受理798件: a measure qualified by a total the sentence opens with, 共 and what was
        // done, is no part of another entity: the report's table names its 受理量 by itself)
        for (const c of byRowAlone(f, entity, growth))
          if (
            !qualifier ||
            names_(c.grid, qualifier) ||
            siblingRow(c.grid, qualifier) ||
            rowAndWord(c.grid, qualifier) ||
            actOnCaption(c.grid, qualifier) ||
            totals.some((t) => t.grid === c.grid && t.name.test(qualifier)) ||
            TOTAL_DONE.test(qualifier)
          )
            consider(c);
      }
      // 10月共受理转办工单1247件 beside a table of 月份 | 受理转办工单总数 | … with the rows 10月 and 11月: the row of the
      // figure's period in the column of its measure (`byPeriodRow`)
      if (matches.length === 0 && !growth) for (const c of byPeriodRow(f, qualifier)) consider(c);
      // 加上上级补助收入22.06亿元, 减去上解支出3.73亿元: the item added or taken away is the row named after the verb, when
      // that name is a whole row label (加上级补助收入: 加 and 上级补助收入, tried both ways)
      if (matches.length === 0 && !growth && !qualifier) {
        for (const verb of BALANCE_VERBS) {
          if (!entity.startsWith(verb)) continue;
          const rest = entity.slice(verb.length);
          // (加上上级补助收入 for the row 上级补助: the row's name and a measure word after it, as by the row alone)
          if (!byRow.has(rest) && !startsWithRow(rest) && !spendingRow(rest)) continue;
          for (const c of byRowAlone(f, rest, false)) consider(c);
        }
      }
      // 全县一般公共预算收入完成26.06亿元 beside 2024年全县一般公共预算收支平衡表 … 一、本级收入 | 260586 (heldout100/
      // yszx-pengshui-01, heldout81/czys-pengshui-01): the budget's revenue or spending, named by the budget alone, is its
      // own (本级) row of the table whose 表题 names that budget, before what comes from and goes to elsewhere (上级补助,
      // 上解); the one amount column of its period
      // 调入资金5.46亿元、上年结转6亿元 beside a balance table whose row is 上年结转 (heldout100/yszx-pengshui-01): 上年 is
      // part of the item's name, not the figure's time (extract.ts reads it as the scope 去年 and the measure 结转); the
      // row so named, whole, in the one amount column of the table's own period
      if (!growth && matches.length === 0 && f.measure.length >= 2) {
        const before = f.para.prose
          .slice(0, f.offset - f.para.offset)
          .trimEnd()
          .replace(/[：:为為]$/, '');
        const named = /(上年度?)$/.exec(before.slice(0, before.length - f.measure.length))?.[1];
        if (named && before.endsWith(f.measure) && byRow.has(`上年${norm(f.measure)}`)) for (const c of byRowAlone({ ...f, scope: '' }, `上年${norm(f.measure)}`, false)) consider(c);
      }
      const own = !growth && !qualifier && matches.length === 0 ? OWN_BUDGET.exec(norm(f.measure)) : null;
      if (own) {
        for (const { grid, row } of byRow.get(`本级${own[2]!}`) ?? []) {
          if (!budgetTitle(grid).includes(own[1]!)) continue;
          const cells = grid.columns.filter((c) => c.role === 'amount' && samePeriod(f, grid, c)).map((c) => cellOf(grid, row, c));
          if (cells.length === 1 && cells[0]) consider({ grid, value: cells[0], strength: 1 });
        }
      }
      return matches;
    };
    const read = nearest === null ? [] : (shareRow ? shareCells(f, shareRow) : collect()).filter((m) => !ofOtherRegister(f, m.grid));
    const matches = read.length === 0 && growth && !listed ? grownLevel(f, figures[index - 1]) : read;
    if (matches.length === 0 && !growth && f.unit.kind !== 'percent' && f.value !== undefined) {
      loose = true;
      const wide = collect();
      loose = false;
      const one = wide.length > 1 ? wide.filter((c) => ledInto(f, c.grid)) : wide;
      if (one.length === 1 && !one[0]!.value.unit) unitless.push({ f, match: one[0]! });
      continue;
    }
    if (matches.length === 0) continue;
    // an index column (上年 = 100: 98.4 for a fall of 1.6%) restates the change as the index less 100
    const base = (c: Match): number => (growth && indexColumn(c.grid, c.value.column) ? 100 : 0);
    const agreeing = matches.filter((c) => overlaps(fi, { lo: c.value.lo - base(c), hi: c.value.hi - base(c) }));
    // (of the cells of several tables, the one of the table the figure's paragraph leads into: see `ledInto`)
    // (or, none led into, the one table the paragraph closes: see `closes`)
    let led = agreeing.length === 0 && matches.length > 1 ? matches.filter((c) => ledInto(f, c.grid)) : matches;
    if (agreeing.length === 0 && matches.length > 1 && led.length === 0) led = matches.filter((c) => closes(f, c.grid));
    if (agreeing.length === 0 && led.length !== 1) continue;
    const { grid, value } = agreeing[0] ?? led[0]!;
    const holds = agreeing.length > 0;
    const indexed = base(agreeing[0] ?? led[0]!) !== 0;
    const cellText = indexed ? `${value.cell.text}（上年为100）` : `${value.cell.text}${value.unit && !/[^\d.,\s-]/.test(value.cell.text) ? value.unit.text : ''}`;
    restate(f, grid, value, holds, cellText);
  }
  restateListedRows();
  // cells without a unit (a table with no 单位 line, its column headed 绝对数 or 总量): read in the unit of the text's
  // figures that restate them, when that is borne out in the column
  for (const group of unitlessGroups(unitless, soleRows)) {
    const agreeing = group.filter((u) => agreesAsWritten(u.f, u.match.value));
    if (agreeing.length === 0 || new Set(agreeing.map((u) => u.match.value)).size * 2 < group.length) continue;
    for (const u of group) restate(u.f, u.match.grid, u.match.value, agreeing.includes(u), `${u.match.value.cell.text}（按正文单位${u.f.unit.text}读）`);
  }
  return out;

  /**
   * 住建局99件；公安局77件；城管局68件, 分配舞钢市154万元，宝丰县89万元…, 城管执法局（247件）、市场监督管理局（149件）: a
   * sentence that goes down a table's rows, each row's label right before one figure (or its bracket), names no measure:
   * the column is the one its figures bear out. Read when the rows listed are rows of one table, one amount column
   * agrees with all of them but one at most and with two at least, and no other column agrees as often (unless it says
   * the same in every listed row); each listed figure then restates its row's cell in that column. Two rows listed are
   * read only when both agree: with one slip, nothing tells which column they are of.
   */
  function restateListedRows(): void {
    const restated = new Set(out.flatMap((r) => r.prose.map((p) => p.offset)));
    let list: ListedRow[] = [];
    const close = (): void => {
      if (list.length >= 2) restateList(list);
      list = [];
    };
    for (const f of figures) {
      const item = listedRowOf(f);
      if (!item) continue;
      if (list.length > 0 && (item.f.period !== list[0]!.f.period || list.some((l) => l.label === item.label))) close();
      list.push(item);
    }
    close();

    function restateList(items: readonly ListedRow[]): void {
      // the grids every item's label is a row of
      const of = grids.filter((g) => items.every((i) => (byRow.get(i.label) ?? []).some((r) => r.grid === g)));
      if (of.length !== 1) return;
      const grid = of[0]!;
      const rowOf = (i: ListedRow): GridRow => byRow.get(i.label)!.find((r) => r.grid === grid)!.row;
      const cellOfItem = (i: ListedRow, column: Column): Slot => grid.values[rowOf(i).index]?.[column.index];
      let best: Column[] = [];
      let most = 0;
      for (const column of grid.columns) {
        if (column.role !== 'amount' || !items.every((i) => samePeriod(i.f, grid, column))) continue;
        let agree = 0;
        for (const i of items) {
          const v = cellOfItem(i, column);
          if (typeof v === 'object' && agreesWith(i.f, v)) agree++;
        }
        if (agree > most) [best, most] = [[column], agree];
        else if (agree === most && agree > 0) best.push(column);
      }
      if (most < Math.max(2, items.length - 1)) return;
      // (two columns alike in every listed row, a 合计 of one part and its part, say the same: either is the one restated)
      const [column] = best;
      const alike = (c: Column): boolean =>
        items.every((i) => {
          const a = cellOfItem(i, column!);
          const b = cellOfItem(i, c);
          return typeof a === 'object' && typeof b === 'object' ? a.lo === b.lo && a.hi === b.hi : a === b;
        });
      if (!best.every(alike)) return;
      for (const i of items) {
        if (restated.has(i.f.offset)) continue;
        const v = cellOfItem(i, column!);
        if (typeof v !== 'object' || v.approximate || v.percent) continue;
        const unit = v.unit ? (/[^\d.,\s-]/.test(v.cell.text) ? '' : v.unit.text) : `（按正文单位${i.f.text.slice(i.f.numberEndOffset - i.f.offset)}读）`;
        restate(i.f, grid, v, agreesWith(i.f, v), `${v.cell.text}${unit}`);
      }
    }
  }

  /** The row a figure is listed under: the label written right before it, or before the bracket it stands in. */
  function listedRowOf(f: Figure): ListedRow | undefined {
    if (f.value === undefined || f.approximate || f.range || f.relational || f.inChange || f.unit.kind === 'percent' || f.form === 'placeholder') return undefined;
    const before = f.para.prose
      .slice(Math.max(0, f.offset - f.para.offset - 40), f.offset - f.para.offset)
      .replace(PINYIN_READING, '')
      .replace(LISTED_LINK, '');
    const written = withoutConjunctions(norm(before.replace(/[\s的“”"、（）()]/g, '')));
    let label: string | undefined;
    // (合肥（142.5亿元） for the row 合肥市: a place named without its 市, 县 or 区)
    for (const l of labels.keys()) if ((written.endsWith(l) || written.endsWith(l.replace(PLACE_SUFFIX, ''))) && (label === undefined || l.length > label.length)) label = l;
    if (label === undefined) return undefined;
    // (调出资金、安排预算稳定调节基金和结转下年8.2亿元: a label closing a list of names after 、 和 及 与 is one of several
    // rows the figure is of together, not its own row's; after a figure, 自然资源局（212件）、交通运输局, it opens an item)
    const kept = before.replace(/[\s的“”"（）()]/g, '');
    for (const name of [label, label.replace(PLACE_SUFFIX, '')]) {
      const at = kept.lastIndexOf(name);
      if (at > 0 && at + name.length === kept.length) {
        if (/[、和及与]/.test(kept[at - 1]!) && !endsWithFigure(kept.slice(0, at - 1))) return undefined;
        break;
      }
    }
    return { f, label: labels.get(label)! };
  }

  /**
   * 全市共受理案件51571，立案51229件，立案率99.34%… ⏎ 本周全市数字城管案件统计表 ⏎ 基础指标 | 案件数 | 比率指标 | 数值 …, then
   * 其中全市共受理常规案件16754件，立案16570件… ⏎ 本周全市数字城管常规案件统计表 …: a paragraph followed by a table (its 表题
   * or its first row, nothing but blank lines between) states the figures of that table. (A 单位 line with no 表题 above it
   * stands between: such a paragraph is not read as leading into the table.) When a figure names cells of
   * several tables alike and agrees with none, the cell of the table its paragraph leads into is the one it restates.
   */
  function ledInto(f: Figure, grid: Grid): boolean {
    const start = grid.table.caption && grid.table.caption.offset < grid.table.offset ? grid.table.caption.offset : grid.table.offset;
    const end = f.para.endOffset;
    return start >= end && start - end <= MAX_LEAD_GAP && draft.source.slice(end, start).trim() === '';
  }

  /**
   * 1. 全县一般公共预算 ⏎ 2024年全县一般公共预算收支平衡表 ⏎ 收入 | 执行数 … 上级补助收入 | 459263 … ⏎ ——全县一般公共预算收入
   * 完成26.06亿元…加上上级补助收入45.93亿元… ⏎ 2. 全县政府性基金预算 ⏎ … 上级补助收入 | 31621 (heldout100/yszx-pengshui-01):
   * a paragraph right after a table, nothing but blank lines and the section's other paragraphs between (no heading
   * numbered 1. 一、 （一）, no 表题, no other table), tells of that table. When a figure names cells of several tables
   * alike, agrees with none and leads into none, the cell of the table its paragraph so closes is the one it restates.
   */
  function closes(f: Figure, grid: Grid): boolean {
    // (a half of a table set out side by side ends where the whole table does: 收入 | 执行数 | 支出 | 执行数)
    let end = grid.table.endOffset;
    for (const t of draft.tables) if (t.offset <= grid.table.offset && t.endOffset > end) end = t.endOffset;
    if (end > f.para.offset || f.para.offset - end > MAX_CLOSING_GAP) return false;
    if (grids.some((g) => g !== grid && g.table.offset >= end && g.table.offset < f.para.offset)) return false;
    return draft.source
      .slice(end, f.para.offset)
      .split('\n')
      .every((line) => !SECTION_HEADING.test(line) && !/表\s*$/.test(line));
  }

  /**
   * The 表题 of a budget's balance table: its caption, or the line right above its 单位 line (2024年全县一般公共预算收支平衡表
   * ⏎ 单位：万元 ⏎ 收入 | 执行数 …, a table set out side by side read from its whole).
   */
  function budgetTitle(grid: Grid): string {
    let whole = grid.table;
    for (const t of draft.tables) if (t.offset <= whole.offset && t.endOffset >= whole.endOffset && t !== whole) whole = t;
    const caption = grid.table.caption?.text ?? whole.caption?.text;
    if (caption) return caption;
    if (!whole.unit) return '';
    const above = draft.source.slice(Math.max(0, whole.unit.offset - 80), whole.unit.offset).trimEnd();
    return above.slice(above.lastIndexOf('\n') + 1);
  }

  function restate(f: Figure, grid: Grid, value: CellValue, holds: boolean, cellText: string): void {
    rowOfLevel.set(f, { grid, row: value.row });
    const place = `表中“${rowName(value.row)}”行“${columnName(value.column)}”`;
    const textRange = value.unit ? figureInterval(f) : value.scale === 1 && f.value !== undefined ? { lo: f.value - 0.5 * 10 ** -f.decimals, hi: f.value + 0.5 * 10 ** -f.decimals } : undefined;
    out.push({
      ...(textRange ? { textRange } : {}),
      rule: 'table-restatement',
      table: grid.table,
      anchor: value.cell,
      cells: [value.cell],
      prose: [{ offset: f.offset, endOffset: f.endOffset }],
      holds,
      arithmetic: holds ? `正文${f.text}与${place}${cellText}相符` : `正文写作${f.text}，${place}为${cellText}`,
      message: `表中数字与正文不一致：${place}为${cellText}，正文第${draft.lineIndex.lineOf(f.offset) + 1}行写作${f.text}；同一指标在正文和表格中应是同一个数，请核对`,
      related: [{ offset: f.offset, endOffset: f.endOffset, message: `正文 ${f.text}` }],
    });
  }
}

/** A change written in a bracket after an item's name, up to its figure: （增长, （同比下降. */
const BRACKETED_CHANGE = /[（(](?:同比|环比|比上年)?(?:增长|增加|提高|上升|上涨|下降|降低|减少)?$/;

/** Where an item of a list opens: after 、，：； or the 有 / 包括 / 是 / 为 that introduces the list. */
const ITEM_OPENING = /[、，,：:；;]|(?:主要)?有|包括|是|为/g;

/**
 * 增长较快的问题有价格投诉（增长133.33%）、食品安全（增长125%）: a change in a bracket after a name is the change of that
 * name, the whole item from the list's 、 or 有 to the bracket. Whether that item is the label (false when it names more,
 * 价格投诉 for the row 投诉, or another thing, 食品安全); undefined when the figure is not written so.
 */
function bracketedItem(sentence: string, label: string): boolean | undefined {
  const bracket = BRACKETED_CHANGE.exec(sentence);
  if (!bracket) return undefined;
  const head = sentence.slice(0, bracket.index);
  let from = 0;
  for (const m of head.matchAll(ITEM_OPENING)) from = m.index + m[0].length;
  return withoutConjunctions(norm(head.slice(from))) === label;
}

/**
 * 举报0.01万件，同比上升164.94% above a table whose 举报 row reads 81 | 77 | 5.19: when the cell a text's figure fails to
 * restate is one the table bears out itself (a growth its own row gives, (81 − 77) ÷ 77 = 5.19%; a total its parts add
 * up to, or a part of such a total), the table agrees with itself and it is the text that is off: the finding is
 * reported at the text's figure, with the table's own arithmetic. A cell no other relation of its table checks, or one
 * whose row gives the text's figure as well, keeps the finding.
 */
export function textOffTable(source: string, restated: readonly TableRelation[], inTable: readonly TableRelation[]): TableRelation[] {
  if (restated.every((r) => r.holds)) return [...restated];
  const borneOut = new Map<TableCell, TableRelation>();
  for (const r of inTable) {
    if (!r.holds) continue;
    if (r.rule === 'table-change') borneOut.set(r.anchor, r);
    else if (r.rule === 'table-sum' && r.exact) for (const c of r.cells) if (!borneOut.has(c)) borneOut.set(c, r);
  }
  return restated.map((r) => {
    const table = r.holds || r.prose.length !== 1 ? undefined : borneOut.get(r.anchor);
    const at = r.prose[0]!;
    const text = source.slice(at.offset, at.endOffset);
    if (!table || (table.rule === 'table-change' ? rowGivesText(table, text) : sumGivesText(table, r))) return r;
    const agrees = table.rule === 'table-change' ? '与该行数字相符' : '与表中合计相符';
    return {
      ...r,
      reportAt: at,
      message: `正文数字与表中不一致：${r.arithmetic}，且${agrees}（${table.arithmetic}）；同一指标在正文和表格中应是同一个数，请核对正文`,
      related: [{ offset: r.anchor.offset, endOffset: r.anchor.endOffset, message: `表中 ${r.anchor.text}` }],
    };
  });
}

/**
 * Whether the text's figure would make the table's sum hold as well, in the cell's place (0.27 + 4.33 + 0 = 4.6 holds
 * against a 合计 of 4.14 at the precision of a bare 0, and against the text's 4.6 too): then the table does not tell which
 * is off, and the finding stays at the cell. So too when the intervals are not known.
 */
function sumGivesText(sum: TableRelation, r: TableRelation): boolean {
  const at = sum.cells.indexOf(r.anchor);
  const ranges = sum.ranges;
  const text = r.textRange;
  if (!ranges || !text || at < 0 || ranges.length !== sum.cells.length) return true;
  const others = ranges.slice(1).filter((_, i) => i + 1 !== at);
  const rest = others.reduce((acc, x) => ({ lo: acc.lo + x.lo, hi: acc.hi + x.hi }), { lo: 0, hi: 0 });
  // the total against its parts, or a part against the total less the other parts
  const wanted = at === 0 ? rest : { lo: ranges[0]!.lo - rest.hi, hi: ranges[0]!.hi - rest.lo };
  return overlaps(text, wanted);
}

/**
 * Whether the text's figure is itself what the row's two amounts give, as a growth or as a difference ((16 − 4) ÷ 16
 * = 75% for a text's 75% beside a cell of ↓80%): then the cell is the one off, and the finding stays at it.
 */
function rowGivesText(change: TableRelation, text: string): boolean {
  const [, cur, prev] = change.cells.map((c) => Number(c.text.replace(/[,，\s]/g, '')));
  const written = /([0-9]+(?:\.([0-9]+))?)/.exec(text);
  if (cur === undefined || prev === undefined || !Number.isFinite(cur) || !Number.isFinite(prev) || prev === 0 || !written) return false;
  const half = 0.5 * 10 ** -(written[2]?.length ?? 0) + 1e-9;
  const value = Number(written[1]);
  const given = /[%％]/.test(text) ? ((cur - prev) / prev) * 100 : cur - prev;
  return Math.abs(Math.abs(given) - value) <= half;
}

/** What stands between a listed row's label and its figure: an opening bracket, 为, 是, a colon. */
const LISTED_LINK = /(?:[，,]?(?:为|為|是)|[：:]|[（(])$/;

/** The 市, 县, 区 a place's row label ends with and a text may leave out (合肥 for 合肥市), two characters left at least. */
const PLACE_SUFFIX = /(?<=[\u4e00-\u9fff]{2})[市县区]$/;

/** Whether words end with a figure and its unit (212件, 1.5万元), as before the 、 that opens a listed row's item. */
function endsWithFigure(s: string): boolean {
  // (a digit, then a few characters of a unit: 万元, 件, 亿千瓦时)
  for (let k = s.length - 1; k >= Math.max(0, s.length - 5); k--) if (/[0-9]/.test(s[k]!)) return /^[\u4e00-\u9fff]*$/.test(s.slice(k + 1));
  return false;
}

/** A figure of a sentence that lists rows, and the label of the row it stands after. */
interface ListedRow {
  f: Figure;
  label: string;
}

/**
 * Whether a cell holds a listed figure: at the cell's unit when it has one, as written when it has none (154 for
 * 舞钢市154万元 under a table with no 单位 line).
 */
function agreesWith(f: Figure, v: CellValue): boolean {
  if (v.unit) {
    const fi = figureInterval(f);
    return !!fi && v.unit.unit.kind === f.unit.kind && v.unit.unit.base === f.unit.base && overlaps(fi, { lo: v.lo, hi: v.hi });
  }
  return !v.percent && v.scale === 1 && agreesAsWritten(f, v);
}

/** A figure of the text and the one cell without a unit that its words name. */
interface Unitless {
  f: Figure;
  match: Match;
}

/**
 * The figures restating cells without a unit, by the cells' column and the figures' unit as written (亿元, 万人): a
 * column is read in a unit only when figures written in it restate its cells. A group counts when at least one
 * figure agrees with its cell as written and the cells agreeing are at least half the group (年末常住人口3213.34万人 and
 * 城镇常住人口2280.32万人 under a table of 3213.34 and 2280.32 with no unit: both agree; a table in 万元 under a text in
 * 亿元 agrees nowhere, and nothing is said). A table's one row of figures (`soleRow`) is one group across its columns:
 * 咨询1301件，投诉459件，举报131件 over 数量 | 1301 | 459 | 131 say in what unit the row counts, and a column whose one
 * figure is off is no column of another unit.
 */
function unitlessGroups(list: readonly Unitless[], soleRows: ReadonlyMap<Grid, GridRow | undefined>): Unitless[][] {
  const groups = new Map<Column | Grid, Map<string, Unitless[]>>();
  for (const u of list) {
    const key = `${u.f.multiplier}|${u.f.unit.text}`;
    // (a table's one row, 数量 | 1301 | 459 | 131 under 咨询 | 投诉 | 举报: its columns count alike, one group for all)
    const by = soleRows.get(u.match.grid) === u.match.value.row ? u.match.grid : u.match.value.column;
    let byUnit = groups.get(by);
    if (!byUnit) groups.set(by, (byUnit = new Map()));
    const g = byUnit.get(key);
    if (g) g.push(u);
    else byUnit.set(key, [u]);
  }
  return [...groups.values()].flatMap((m) => [...m.values()]);
}

/** Whether a cell without a unit is a figure's number as written (262.5 for 262.52亿元 at the cell's precision). */
function agreesAsWritten(f: Figure, v: CellValue): boolean {
  if (f.value === undefined) return false;
  const half = 0.5 * 10 ** -f.decimals;
  return overlaps({ lo: f.value - half, hi: f.value + half }, { lo: v.lo, hi: v.hi });
}

/**
 * The words between a row's label and its share: a few words (问题, 人口为), at most the row's level (213468人), and 占 or
 * 比重 with the whole it is of (占常住人口比重为, 占比).
 */
const SHARE_CLAUSE = /^([\u4e00-\u9fff]{0,4}?)(?:[为為是]?[0-9][0-9.,]*[万亿萬億]?[\u4e00-\u9fff]{1,3})?(?:所?占[\u4e00-\u9fff]{0,10}|比重[为為达達是]?)$/;

/** Words after a row's label that name a measure of its own (合同金额, 工业产值, 城镇人口数): its share is not the row's. */
const SHARE_OF_MEASURE = /[额量数值率费款]|金|面积|收入|支出|投资/;

/** The years of a share column: its own, or those of the amounts it stands after (2023年上半年（件） | 投诉比重（%）). */
function shareYears(grid: Grid, column: Column): string[] {
  const own = yearsOf(column.label);
  if (own.length > 0) return own;
  const amounts = grid.columns.filter((c) => c.index < column.index && c.role === 'amount');
  return amounts.length > 0 ? yearsOf(amounts[amounts.length - 1]!.label) : [];
}

/**
 * Of a row's cells in columns of different years (2018年第四季度 | 2017年第四季度), the one a figure naming no earlier
 * year restates: the latest year's, when each column names one year, the latest is named once, and the figure's
 * sentence names no other year before it (a text gives last year's level with 上年, 去年 or its year).
 */
function latestYear(f: Figure, cells: readonly CellValue[], yearsOfColumn = (c: Column): string[] => yearsOf(c.label)): CellValue | undefined {
  const years = cells.map((v) => new Set(yearsOfColumn(v.column)));
  if (years.some((y) => y.size !== 1)) return undefined;
  const ys = years.map((y) => Number([...y][0]));
  const top = Math.max(...ys);
  if (ys.filter((y) => y === top).length !== 1) return undefined;
  const before = f.para.prose.slice(Math.max(0, f.sentence.offset - f.para.offset), f.offset - f.para.offset);
  if (PREVIOUS.test(before) || yearsOf(before).some((y) => Number(y) !== top)) return undefined;
  return cells[ys.indexOf(top)];
}

/**
 * Of a row's cells in columns of one period (执行数 | 决算数), the one a figure restates when the table's 表题 names what
 * it reports (收支决算平衡表: the 决算数; 执行数 is the figure it is set against): the one column whose measure, less its
 * 数 or 额, the 表题 names. Silent when the 表题 names none or several of them (一般公共预算收支决算表 over 预算数 | 决算数
 * names both).
 */
function columnOfCaption(grid: Grid, cells: readonly CellValue[]): CellValue | undefined {
  const caption = norm(grid.table.caption?.text ?? '');
  if (caption === '') return undefined;
  const named = cells.filter((v) => {
    const stem = columnMeasure(v.column).replace(/[数额]$/, '');
    return stem.length >= 2 && caption.includes(stem);
  });
  return named.length === 1 ? named[0] : undefined;
}

/** A column of a year's end: 12月末, 年末, 2012年末数, 年底. */
const YEAR_END_COLUMN = /^(?:(?:19|20)[0-9]{2}年)?(?:12月末|12月底|年末|年底)数?$/;

/**
 * A stock at the year's end (年末全市金融机构存款余额1970.6亿元) beside a table of a level and a change at the year's end
 * (指 标 | 12月末 | 比年初增加额, heldout162/tjgb-daqing-02): the one column of the year's end, 12月末 being 年末.
 */
function yearEndColumn(f: Figure, cells: readonly CellValue[]): CellValue | undefined {
  if (!YEAR_END.test(f.measure)) return undefined;
  const ends = cells.filter((v) => YEAR_END_COLUMN.test(headingWords(v.column.label).replace(/\s/g, '')));
  return ends.length === 1 ? ends[0] : undefined;
}

/** A change in percent as a signed interval: 下降5.2% is −5.2 (±0.05). */
function signedPercent(f: Figure): Interval | undefined {
  if (f.value === undefined) return undefined;
  const half = 0.5 * 10 ** -f.decimals;
  const before = f.para.prose.slice(Math.max(0, f.offset - f.para.offset - 8), f.offset - f.para.offset);
  const sign = DOWN_WORDS.test(f.measure) || DOWN_WORDS.test(before) ? -1 : 1;
  const v = sign * f.value;
  return { lo: v - half, hi: v + half };
}

/** The two populations a place counts: by household registration (户籍, 戶籍 on a page in 繁體) and by residence (常住). */
const REGISTER = /[户戶]籍|常住/g;

/** A register as named, in one spelling (戶籍 is 户籍). */
function registerOf(words: string): string {
  return words.replace('戶', '户');
}

/** The one register a table names in its caption and headings (表1 …户籍人口数及其构成), if it names one only. */
function tableRegister(grid: Grid): string | undefined {
  const words = [grid.table.caption?.text ?? '', ...grid.columns.map((c) => c.label), ...grid.rows.map((r) => r.label)].join('|');
  const named = new Set((words.match(REGISTER) ?? []).map(registerOf));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * 表1 …户籍人口数及其构成: 其中：城镇 63.98万人 against 全区年末常住人口117.85万人；其中，城镇人口63.57万人: 户籍 and 常住 are two
 * populations, counted by two registers; a figure its paragraph gives for one (the last named before it) does not restate
 * a table of the other.
 */
function ofOtherRegister(f: Figure, grid: Grid): boolean {
  const table = tableRegister(grid);
  if (table === undefined) return false;
  const named = f.para.prose.slice(0, f.offset - f.para.offset).match(REGISTER);
  const text = named?.[named.length - 1];
  return text !== undefined && registerOf(text) !== table;
}

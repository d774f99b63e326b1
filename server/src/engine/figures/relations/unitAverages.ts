// Averages per unit whose divisor the words give: a daily average, a total stated for a month, a quarter or a span of
// dates over the days of that period (11月份发电量7310亿千瓦时，…，日均发电243.7亿千瓦时: 7310 ÷ 30); an average price,
// the value of what was sold or grown over its weight (产茧1241.51万公斤，实现产值8130.67万元，均价达64.72元).

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, halfUnit, judge } from './arithmetic';
import { bareMeasure, textBetween, type Paragraph } from './paragraph';
import { plainWords } from '../../text';
import { relation, type Relation } from './relation';

/** A daily average at the end of its clause: 日均发电, 规上工业日均产量, 日均为民服务, a bare 日均 (group 1: what it averages). */
const DAILY = /日均([\u4e00-\u9fff]{0,8}?)(?:量)?(?:为|达到|达|是)?$/;

/**
 * The spans of time a paragraph names, the last before a total being the one it is stated for: dates from one day to
 * another (7月1日至8月31日, 4月3日-5日), one month (11月份, 8月), one quarter (一季度); and the spans whose days the text
 * does not give, which leave the average unread: months from one to another (1—11月, 7—8月), a running total (截至,
 * 以来, 前三季度, 上半年, 全年), or a month compared with (增速比10月份加快).
 */
const SPAN =
  /(\d{1,2})月(\d{1,2})日\s*(?:至|到|-|—|–|~|～)\s*(?:(\d{1,2})月)?(\d{1,2})日|(\d{1,2})\s*(?:至|到|-|—|–|~|～)\s*\d{1,2}月|(?:比|较|於|于|与|同)(\d{1,2})月份?|(\d{1,2})月份?(?![\d日底末初中旬])|(?:第)?([一二三四])季度|截至|以来|前[一二三]季度|[上下]半年|全年/g;

/** Days of each month, February's both ways (the year is not always plain). */
const MONTH_DAYS: ReadonlyArray<readonly number[]> = [[31], [28, 29], [31], [30], [31], [30], [31], [31], [30], [31], [30], [31]];

/** Days of each quarter, the first's both ways. */
const QUARTER_DAYS: Readonly<Record<string, readonly number[]>> = { 一: [90, 91], 二: [91], 三: [92], 四: [92] };

/** The days from one date to another, both counted, in a common year and in a leap year. */
function daysFromTo(fromMonth: number, fromDay: number, toMonth: number, toDay: number): number[] {
  const span = (year: number): number => (Date.UTC(year, toMonth - 1, toDay) - Date.UTC(year, fromMonth - 1, fromDay)) / 86_400_000 + 1;
  return [...new Set([span(2023), span(2024)])].filter((d) => d >= 1);
}

/** The days of the last span of time the paragraph names before `total`; none when that span's days are not plain. */
function daysOfSpan(par: Paragraph, total: Figure): number[] {
  const before = textBetween(par.draft, total.para.offset, total.offset);
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(SPAN)) last = m as RegExpExecArray;
  if (!last) return [];
  const [, fromMonth, fromDay, toMonth, toDay, , , month, quarter] = last;
  if (fromMonth && fromDay && toDay) return daysFromTo(Number(fromMonth), Number(fromDay), Number(toMonth ?? fromMonth), Number(toDay));
  if (month) return [...(MONTH_DAYS[Number(month) - 1] ?? [])];
  if (quarter) return [...(QUARTER_DAYS[quarter] ?? [])];
  return [];
}

const usable = (f: Figure): boolean => exact(f) && !f.relational && !f.inChange && !f.range && !f.bracket && !f.ratio && f.unit.kind !== 'percent';

/**
 * The total a daily average divides: the last figure of its unit before it in its period, named by what the average
 * averages (发电 of 发电量, 产量 of 原煤产量, 发送旅客 of 累计发送旅客); for a bare 日均 (话务总数为20693个，日均230个) only the
 * figure right before it, joined by a comma.
 */
function totalOf(par: Paragraph, p: Figure, words: string): Figure | undefined {
  const period = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset);
  const total = period.filter((f) => compatible(f.unit, p.unit)).pop();
  if (!total || !usable(total) || DAILY.test(plainWords(textBetween(par.draft, total.clause.offset, total.offset)))) return undefined;
  if (words) return plainWords(bareMeasure(total)).includes(words) ? total : undefined;
  return period[period.length - 1] === total && /^\s*[，,]\s*日均\s*$/.test(textBetween(par.draft, total.endOffset, p.offset)) ? total : undefined;
}

/**
 * 11月，规上工业原煤产量4.3亿吨，同比增长1.8%；日均产量1426.6万吨 (4.3亿 ÷ 30); 7月1日至8月31日，全国铁路累计发送旅客
 * 8.87亿人次，…，日均发送旅客1431.2万人次 (÷ 62): a daily average is the total of the period it is stated in over that
 * period's days, when the paragraph names the period as a month, a quarter or two dates. A year is left: a library or an
 * office counts the days it opens, not 365.
 */
export function dailyAverages(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const p of par.figures) {
    // (日均230个: a count in units is taken as exact, though an average is rounded; how far, the text does not say)
    if (!usable(p) || halfUnit(p) === 0) continue;
    const head = DAILY.exec(plainWords(textBetween(par.draft, p.clause.offset, p.offset)));
    if (!head) continue;
    const total = totalOf(par, p, head[1]!);
    const days = total ? daysOfSpan(par, total) : [];
    if (!total || days.length === 0) continue;
    const readings = days.map((d) => judge({ op: 'quotient', args: [{ figure: total }, { constant: d, text: `${d}天` }] }, { figure: p }, { unit: 'amount', decimals: p.decimals + 1 }));
    const r = relation(
      'rate',
      p,
      [
        [p, 'percent'],
        [total, 'numerator'],
      ],
      readings,
      { word: '日均' },
    );
    if (r) out.push(r);
  }
  return out;
}

/** An average price at the end of its clause: 均价达, 收购均价, 平均单价, 平均价. */
const PRICE = /(?:均价|平均单?价|平均价格)(?:为|达到|达|是)?$/;

/** The value of what a price is of: 产值, 收购金额, 收购资金, 销售收入. */
const VALUE = /(?:产值|金额|资金|收入|销售额)(?:为|达到|达|是)?$/;

/** The weight a price is per, written after it (32.51元/公斤, 14.73元公斤), in kilograms. */
const PER_WEIGHT = /^\s*(?:\/\s*|每\s*)?(公斤|千克|斤|吨)/;
const KILOGRAMS: Readonly<Record<string, number>> = { 公斤: 1, 千克: 1, 斤: 0.5, 吨: 1000 };

/**
 * 饲养蚕种29212张，产茧1241.51万公斤，实现产值8130.67万元，均价达64.72元: an average price right after the weight and the
 * value it is of, the two figures just before it in its period (one a weight, one an amount of money named 产值, 金额,
 * 资金, 收入), is the value over the weight: per the weight its unit names after it (元/公斤), else per 公斤 or per 斤
 * (a price in 元 alone is per either, as farm prices are quoted), either reading will do.
 */
export function averagePrices(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const p of par.figures) {
    if (p.unit.kind !== 'money' || !usable(p) || !PRICE.test(plainWords(textBetween(par.draft, p.clause.offset, p.offset)))) continue;
    const two = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset).slice(-2);
    const value = two.find((f) => f.unit.kind === 'money');
    const weight = two.find((f) => f.unit.kind === 'weight');
    if (two.length < 2 || !value || !weight || !two.every(usable) || !weight.normalized || !VALUE.test(plainWords(bareMeasure(value)))) continue;
    const per = PER_WEIGHT.exec(par.draft.prose.slice(p.endOffset, p.endOffset + 6))?.[1];
    const units = per ? [per] : ['公斤', '斤'];
    const readings = units.map((u) =>
      judge(
        { op: 'quotient', args: [{ figure: value }, { figure: weight }], scale: KILOGRAMS[u]!, scaleText: '' },
        { figure: p },
        { unit: 'amount', decimals: p.decimals + 1, note: `均价按每${u}计` },
      ),
    );
    const r = relation(
      'rate',
      p,
      [
        [p, 'percent'],
        [value, 'numerator'],
        [weight, 'denominator'],
      ],
      readings,
      // (the words pair the price with the weight and value right before it: a price ten times off is the writer's slip,
      // 8130.67万元 ÷ 1241.51万公斤 = 6.55元, not a misreading)
      { word: '均价', paired: true },
    );
    if (r) out.push(r);
  }
  return out;
}

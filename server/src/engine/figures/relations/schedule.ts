// The gap between a completion rate and the time schedule (序时进度, 时序进度, 时间进度): the share of the year gone by
// the end of the period the rate is stated for. 1—10月…完成年度预算的72.5%，滞后序时进度10.8个百分点: ten months of
// twelve are 83.33%, and 83.33 − 72.5 = 10.83.

import type { Figure } from '../extract';
import { exact, judge, type Expr, type Reading } from './arithmetic';
import { headOf, textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';

/** Words ahead of the schedule, before it (超序时进度, 快于时序进度, 高于时间进度, 提前序时进度). */
const AHEAD = /(?:超过|超出|超|快于|高于|领先|提前)了?$/;
/** Words behind it (滞后序时进度, 落后时序进度, 慢于, 低于). */
const BEHIND = /(?:滞后|落后|慢于|低于)了?$/;

/**
 * A gap to the schedule at the head of its clause: the verb, the schedule's name (a year's: 年度序时进度), then the
 * gap, or the schedule with a verb after it (与序时进度相差, 较时序进度落后, 比序时进度（75%）滞后). Group 1: a verb before the schedule;
 * group 2: one after it.
 */
const GAP_HEAD =
  /^[，,]?(?:已|均|仍)?(?:比|较|与|同)?((?:超过|超出|超|快于|高于|领先|提前|滞后|落后|慢于|低于)了?)?(?:全?年度?)?(?:的)?(?:序时|时序|时间)进度(?:[（(][^）)]*[）)])?(?:(相差|差|落后|滞后|低|慢|快|超出|超))?了?约?$/;

/** How far before a gap its schedule's name may stand: the verb, 年度, the name and a bracket giving it (（91.67%）). */
const SCHEDULE_REACH = 40;

/** A completion rate's words: of a plan or budget (为预算的, 占年度计划), or a rate of doing (完成率, 支出率, 执行进度). */
const COMPLETION = /计划|预算|任务|目标|完成率|支出率|执行率|到位率|拨付率|进度|比例/;

/** The periods whose end the schedule is at: months from January (1—10月, 前10个月, 截至10月底), halves, quarters, dates. */
const PERIOD =
  /(?:^|[^\d])1\s*(?:—|-|–|~|～|至|到)\s*(\d{1,2})\s*月|前(\d{1,2}|[一二三四五六七八九十]{1,2})个?月|(?:截至|截止|至|到)?(\d{1,2})月(\d{1,2})日|(\d{1,2})月(?:底|末|份)?(?![\d日])|(上半年|前两季度|前二季度|二季度末)|(一季度|第一季度|一季度末)|(前三季度|三季度末)|(全年|年底|年末)/g;

const CHINESE_MONTHS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Days in a common year up to the end of each month. */
const DAYS_TO_MONTH_END = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/** A share of the year gone, as a percentage, with the words that show how it is worked out. */
interface Share {
  value: number;
  text: string;
}

/** The share of the year gone at the end of `months` months (10 ÷ 12). */
function monthShares(months: number): Share[] {
  return months >= 1 && months <= 12 ? [{ value: (months / 12) * 100, text: `${months}个月÷12个月` }] : [];
}

/** The shares of the year gone at the end of the period a match names; none when it names no period from January. */
function sharesOf(m: RegExpMatchArray): Share[] {
  const [, toMonth, firstMonths, dateMonth, dateDay, month, half, first, three, year] = m;
  if (toMonth) return monthShares(Number(toMonth));
  if (firstMonths) return monthShares(/\d/.test(firstMonths) ? Number(firstMonths) : CHINESE_MONTHS.indexOf(firstMonths));
  if (dateMonth && dateDay) {
    const n = Number(dateMonth);
    const day = Number(dateDay);
    if (n < 1 || n > 12 || day < 1 || day > 31) return [];
    const days = DAYS_TO_MONTH_END[n - 1]! + day;
    const byDays = { value: (days / 365) * 100, text: `${days}天÷365天` };
    // (截至4月30日, a date: the days gone, 120 ÷ 365; a month's end is the months gone too)
    return day === DAYS_TO_MONTH_END[n]! - DAYS_TO_MONTH_END[n - 1]! ? [...monthShares(n), byDays] : [byDays];
  }
  if (month) return monthShares(Number(month));
  if (half) return monthShares(6);
  if (first) return monthShares(3);
  if (three) return monthShares(9);
  if (year) return monthShares(12);
  return [];
}

/** The shares of the year gone by the period a text names last; none when it names none. */
function lastPeriod(text: string): Share[] {
  let last: RegExpMatchArray | undefined;
  for (const m of text.matchAll(PERIOD)) last = m;
  return last ? sharesOf(last) : [];
}

/**
 * The words before a figure back to the comma or stop before it (a bracket ends no clause here: 滞后时序进度（91.67%）
 * 3.47个百分点), and where they start.
 */
function clauseBefore(par: Paragraph, f: Figure): { start: number; words: string } {
  const before = textBetween(par.draft, f.sentence.offset, f.offset);
  const start = f.sentence.offset + Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
  return { start, words: textBetween(par.draft, start, f.offset).replace(/\s/g, '') };
}

/**
 * The completion rate a gap is of: the percentage ending the clause right before the gap's, nothing but a comma
 * between them, written as a rate of doing or as the share of a plan (为预算的65.7%, 年度投资完成率34.7%).
 */
function rateBefore(par: Paragraph, gap: Figure, start: number): Figure | undefined {
  // (the last figure before the gap's clause: a schedule in a bracket, 滞后时序进度（83.3%）, is within it)
  const rate = par.figures.filter((f) => f.endOffset <= start).pop();
  if (!rate || rate.unit.kind !== 'percent' || !exact(rate) || rate.range || rate.distributive || rate.sentence.offset !== gap.sentence.offset) return undefined;
  if (!/^\s*(?:[，,]\s*)?$/.test(textBetween(par.draft, rate.endOffset, start))) return undefined;
  const head = headOf(par.draft, rate);
  // (同比增长2.1%: a growth, not a completion)
  if (/增长|增加|下降|减少|提高|降低|增幅|降幅|增速/.test(head) || !COMPLETION.test(head)) return undefined;
  return rate;
}

/**
 * 1—10月…完成年度预算的72.5%，滞后序时进度10.8个百分点 (83.33 − 72.5); 1-6月份…完成年度计划的73.87%，超序时进度23.87个
 * 百分点 (73.87 − 50): a gap to the time schedule is the completion rate right before it less the share of the year
 * gone by the end of the period it is stated for, or that share less the rate when the words say it trails. The period
 * is the figure's own (1-6月, 4月底, 上半年), else the last the paragraph names before it (2023年1-6月份，…); a schedule
 * the text gives in a bracket (滞后时序进度（83.3%）) is taken as written. The share of the year is read by months (4月底:
 * 33.33%), and by days for a date (截至4月30日: 32.88% too, either will do); a gap written in % (超序时进度24.9%) may be points or the rate's
 * excess over the schedule in percent. Nothing is read without a period from January, a rate or a verb that says which way.
 */
export function scheduleGaps(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const gap of par.figures) {
    if ((gap.unit.kind !== 'points' && gap.unit.kind !== 'percent') || read.has(gap) || !exact(gap) || gap.range || gap.distributive) continue;
    // (a gap names the schedule within a few words before it: most percentages are passed over without their clause)
    if (!textBetween(par.draft, Math.max(gap.sentence.offset, gap.offset - SCHEDULE_REACH), gap.offset).includes('进度')) continue;
    const clause = clauseBefore(par, gap);
    const head = GAP_HEAD.exec(clause.words);
    if (!head) continue;
    const before = head[1] ?? '';
    const after = head[2] ?? '';
    const ahead = AHEAD.test(before) || /^(?:快|超出|超)$/.test(after);
    const behind = BEHIND.test(before) || /^(?:落后|滞后|低|慢)$/.test(after);
    const either = /差/.test(after) && !before;
    if (ahead === behind && !either) continue;
    const rate = rateBefore(par, gap, clause.start);
    if (!rate) continue;
    const bracket = /[（(](\d+(?:\.\d+)?)%[）)]/.exec(clause.words)?.[1];
    const shares: Share[] = bracket
      ? [{ value: Number(bracket), text: `${bracket}%` }]
      : (() => {
          const own = lastPeriod(gap.scope);
          return own.length > 0 ? own : lastPeriod(textBetween(par.draft, gap.para.offset, rate.offset));
        })();
    if (shares.length === 0) continue;
    const readings: Array<Reading | undefined> = [];
    for (const share of shares) {
      const schedule: Expr = { constant: share.value, text: `序时进度${share.text.endsWith('%') ? share.text : `${trim(share.value)}%（${share.text}）`}` };
      const differences: Expr[] = [];
      if (ahead || either) differences.push({ op: '-', args: [{ figure: rate }, schedule] });
      if (behind || either) differences.push({ op: '-', args: [schedule, { figure: rate }] });
      for (const difference of differences) {
        readings.push(judge(difference, { figure: gap }, { unit: 'points' }));
        // (超序时进度24.9%: the gap in %, which may also be the rate's excess over the schedule, relative to it)
        if (gap.unit.kind === 'percent') readings.push(judge({ op: 'percent', args: [difference, schedule] }, { figure: gap }, { unit: 'percent' }));
      }
    }
    const r = relation(
      'points',
      gap,
      [
        [gap, 'difference'],
        [rate, 'current'],
      ],
      readings,
      { word: `${before}${before ? '' : (/^[，,]?(?:已|均|仍)?(比|较|同)/.exec(clause.words)?.[1] ?? '与')}序时进度${after}` },
    );
    if (r) out.push(r);
  }
  return out;
}

/** A share of the year to two decimals, without trailing zeros (50, 83.33). */
function trim(v: number): string {
  return String(Math.round(v * 100) / 100);
}

// Parts after 其中 each followed by its own growth rate (其中，企业11.77万户，增长4.5%；个体工商户16.94万户，增长2.5%): the
// list the rates cut into clauses, read whole as the parts of its total; and, when the parts are all of the total, the
// total's growth rate that theirs imply.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { plainWords } from '../../text';
import { exact, judge, type Expr } from './arithmetic';
import { bareMeasure, textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';
import { isFall, MEASURE_NOUN } from './vocabulary';

/** ，增长4.5%, ，比上年下降18.1%: the words between a level and its own growth rate right after it (the verb in group 1). */
const OWN_GROWTH = /^[，,](?:比上年|较上年|比去年|较去年|同比)?(增长|下降|增加|减少)$/;
/** ，其中，新登记个体工商户 / ，其中夏粮产量: 其中 and the first part's name, after the total's own growth rate. */
const FIRST_PART = /^[，,]其中[，,：:]?[\u4e00-\u9fff]{2,16}$/;
/** ；秋粮产量 / ，新登记外商与港澳台企业: a comma or a 分号 and the next part's name, after a part's growth rate. */
const NEXT_PART = /^[，,；;][\u4e00-\u9fff]{2,16}$/;
/** Measures whose growth is at comparable prices, not the quotient of the levels stated: 增加值, 生产总值, 产值. */
const REAL_GROWTH = /增加值|生产总值|产值|GDP/;

export interface GrowingPart {
  level: Figure;
  growth: Figure;
  fall: boolean;
}

/** The growth rate right after a level (，增长4.5%), with its direction, when it is the next figure. */
function ownGrowth(par: Paragraph, level: Figure, next: Figure | undefined): GrowingPart | undefined {
  if (!next || next.unit.kind !== 'percent' || !exact(next) || next.approximate || next.range || next.bracket) return undefined;
  const verb = OWN_GROWTH.exec(plainWords(textBetween(par.draft, level.endOffset, next.offset)))?.[1];
  return verb ? { level, growth: next, fall: isFall(verb) } : undefined;
}

/** A level stated as such: exact, compared with nothing, no percentage. */
function level(f: Figure): boolean {
  return exact(f) && !f.relational && !f.bracket && !f.approximate && !f.range && !f.ratio && f.unit.kind !== 'percent' && f.unit.kind !== 'points';
}

/**
 * 全年新登记市场主体3.13万户，下降18.1%，其中，新登记个体工商户3.13万户，下降18.1%，新登记外商与港澳台企业114户，增长12.9%。:
 * a total with its growth rate, 其中, then parts each named, stated and followed by its own growth rate, to the end of the
 * sentence (。): every figure there one of those, every part of the total's unit. The parts need not be all of the
 * total (其中), but together they are no more than it. Nothing read when anything else stands in the list.
 */
export function partsWithTheirGrowth(par: Paragraph): Array<{ total: GrowingPart; parts: GrowingPart[]; commas: boolean }> {
  const out: Array<{ total: GrowingPart; parts: GrowingPart[]; commas: boolean }> = [];
  const { draft } = par;
  for (const period of par.periods.values()) {
    // (the total the first figure of its sentence: a total after others, 第一产业…；第二产业增加值…，其中工业…；第三产业…, is
    // one item of a list whose next items are its siblings, not its parts)
    const total = level(period[0]!) ? ownGrowth(par, period[0]!, period[1]) : undefined;
    if (!total) continue;
    const parts: GrowingPart[] = [];
    let k = 2;
    for (; k < period.length; k += 2) {
      const f = period[k]!;
      const part = level(f) && compatible(f.unit, total.level.unit) ? ownGrowth(par, f, period[k + 1]) : undefined;
      // (each part named by words alone, after 其中 or after the rate of the part before: no share, no comparison)
      const from = parts[parts.length - 1]?.growth ?? total.growth;
      if (!part || !(parts.length === 0 ? FIRST_PART : NEXT_PART).test(plainWords(textBetween(draft, from.endOffset, f.offset)))) break;
      parts.push(part);
    }
    // the list runs to the sentence's end, and nothing else is in it
    if (parts.length < 2 || k < period.length) continue;
    const commas = parts.slice(1).every((p, j) => /^[，,]/.test(textBetween(draft, parts[j]!.growth.endOffset, p.level.offset).trim()));
    out.push({ total, parts, commas });
  }
  return out;
}

/**
 * Lists of parts each with its growth rate (partsWithTheirGrowth) read whole: a relation of the total with fewer of them
 * (the list cut at the first rate) is replaced by one of all of them, made by `sum`; and, when the parts add up to the
 * total exactly, the total's growth their rates imply (growthOfAllParts). `out` is changed in place.
 */
export function readPartsWithTheirGrowth(par: Paragraph, out: Relation[], sum: (total: Figure, parts: Figure[]) => Relation | undefined): void {
  for (const { total, parts, commas } of partsWithTheirGrowth(par)) {
    const levels = parts.map((p) => p.level);
    // (其中，稻谷产量14.88万吨，增长0.33%；烤烟产量…；蔬菜产量42.19万吨: after a 分号 the list may go on to the total's
    // siblings, and a part larger than the total alone is one; the list is read as parts only when commas join it and
    // none is larger than the total)
    // (專利申請量9747件，同比增長20.84%，其中發明申請2370件，…；實用新型申請6492件，…；外觀設計申請885件，…, zhuanli-quanqu-01:
    // parts named as kinds of the total, each name ending in a word of the total's own name that is no bare measure (申請,
    // not 产量), are its parts whatever joins them)
    const parted = (commas || namedAsKinds(total.level, levels)) && levels.every((f) => f.normalized! <= total.level.normalized!);
    const before = out.findIndex((r) => r.kind === 'sum' && r.anchor === total.level);
    const cut = before >= 0 && out[before]!.figures.slice(1).every((f) => levels.includes(f)) && out[before]!.figures.length - 1 < levels.length;
    if (parted && (before < 0 || cut)) {
      const r = sum(total.level, levels);
      if (r && cut) out.splice(before, 1, r);
      else if (r) out.push(r);
    }
    const grown = growthOfAllParts(total, parts);
    if (grown) out.push(grown);
  }
}

/**
 * Whether each part's name ends in the same two characters, a word the total's name holds, and no bare measure (数, 量,
 * 收入, 面积 …): 发明申请, 实用新型申请 and 外观设计申请 are kinds of 专利申请量; 稻谷产量 and 蔬菜产量 share only 产量.
 */
function namedAsKinds(total: Figure, parts: readonly Figure[]): boolean {
  const names = parts.map((p) => plainWords(bareMeasure(p)));
  const word = names[0]!.slice(-2);
  return word.length === 2 && !MEASURE_NOUN.test(word) && names.every((n) => n.length > 2 && n.endsWith(word)) && plainWords(bareMeasure(total)).includes(word);
}

/** The previous year's level of a part: its level over (1 ± its growth rate). */
function previousLevel(p: GrowingPart): Expr {
  // (written 夏粮产量0.51万吨 ÷ (1 + 19.1%): the rate's figure counts in hundredths, so 1 is 100 and the quotient is scaled back)
  const factor: Expr = { op: p.fall ? '-' : '+', args: [{ constant: 100, text: '1' }, { figure: p.growth }] };
  return { op: 'quotient', args: [{ figure: p.level, labelled: true }, factor], scale: 100, scaleText: '' };
}

/**
 * 全年粮食总产量2.78万吨，比上年增长2.7%，其中夏粮产量0.51万吨，增长19.1%；秋粮产量2.27万吨，下降1.3%: parts that add up to
 * the total exactly are all of it, this year and last, so last year's total is the sum of the parts' last-year levels
 * (0.51 ÷ 1.191 + 2.27 ÷ 0.987) and the total's rate is its level over that sum: about 1.9%, not 2.7%. Checked over the
 * widest rounding of every figure; not for amounts of money or measures whose growth is at comparable prices (增加值, 产值).
 */
function growthOfAllParts(total: GrowingPart, parts: readonly GrowingPart[]): Relation | undefined {
  // (money: growth is often at comparable prices or on a like-for-like basis, 同口径, not the quotient of the amounts)
  if (total.level.unit.kind === 'money' || [total, ...parts].some((p) => REAL_GROWTH.test(p.level.measure))) return undefined;
  const levels = judge({ op: '+', args: parts.map((p) => ({ figure: p.level })) }, { figure: total.level }, { unit: 'amount' });
  if (!levels?.holds) return undefined;
  const previous: Expr = { op: '+', args: parts.map(previousLevel) };
  const ratio: Expr = { op: 'percent', args: [{ figure: total.level, labelled: true }, previous] };
  // (1 written for the 100% the ratio is compared with: 粮食总产量2.78万吨 ÷ (…) − 1 = 1.9%)
  const whole: Expr = { constant: 100, text: '1' };
  const left: Expr = total.fall ? { op: '-', args: [whole, ratio] } : { op: '-', args: [ratio, whole] };
  const reading = judge(left, { figure: total.growth }, { unit: 'percent' });
  return relation('change', total.growth, [[total.growth, 'percent'], [total.level, 'current'], ...parts.flatMap((p) => [[p.level, 'part'] as const, [p.growth, 'percent'] as const])], [reading]);
}

// Growths compared by points with one whole whose growth the draft does not state: 工业贷款…同比增长20.9%，增速高于同期各项
// 贷款7.7个百分点 … 普惠小微贷款…同比增长24.8%，增速高出同期各项贷款增速11.6个百分点 (jinrong-guizhou-02): each growth less
// its points is the whole's growth, so they give one value (20.9 − 7.7 = 24.8 − 11.6 = 13.2). Only for a whole of every
// kind of the measure (各项贷款): the first whole-corpus run read 全市, 全国平均水平 and 上半年 as wholes and reported 21
// comparisons of different measures or periods (比全市高0.3个百分点 of 第三产业增加值 against 比全市高3.3个百分点 of 规上工业).

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { simplified } from '../../text';
import { exact, judge, type Expr } from './arithmetic';
import { commonSuffix } from './names';
import { bareMeasure, headName, textBetween } from './paragraph';
import { relation, type Relation } from './relation';

/** 增速高于同期各项贷款增速, 高出全市平均水平, 增幅高于全市平均水平 (group 1 the verb, 2 the whole compared with). */
const ABOVE = /^(?:增速|增幅)?(高于|高於|高出|快于|快於|低于|低於|慢于|慢於)(?:同期)?([\u4e00-\u9fff]{2,10}?)(?:的)?(?:增速|增幅|增长速度)?$/;
/** 比各项贷款增速高, 增幅比全市平均水平高 (group 1 the whole compared with, 2 the verb). */
const THAN = /^(?:增速|增幅)?(?:比|较|相较于)(?:同期)?([\u4e00-\u9fff]{2,10}?)(?:的)?(?:增速|增幅|增长速度)?(高出|高|快|低|慢)$/;
/** A whole named only by a place's words and no measure is compared by its measure's growth, named by the part's. */
const STATED_WITH = /实现|完成|累计/g;
/**
 * A whole that names every kind of a measure (各项贷款, 全部投资, 整体贷款), whose growth is one for every part compared with
 * it; not a place alone (全市平均水平, 全省: the growth of the place's 产值 is not that of its 投资) nor a period (上年同期, 上半年).
 */
const EVERY_KIND = /^(?:全[国省市县区州])?(?:各项|各項|全部|整体|整體|总体|總體)[\u4e00-\u9fff]{2,}$/;
/** The marker of these comparisons (rules/number-ratio.ts words their message). */
export const IMPLIED_GROWTH = '同一整体增速';

/** Several values in one clause: then which points go with which growth is for another reading. */
const SEVERAL = /分别/;

/** Two comparisons with one whole are of one measure (names ending alike) and one scope. */
const comparable = (a: Comparison, b: Comparison): boolean => commonSuffix([a.measure, b.measure]).length >= 2 && !(a.growth.scope && b.growth.scope && a.growth.scope !== b.growth.scope);

/**
 * The comparison the others are weighed against: the one most others agree with (20.9 − 7.7, 24.8 − 11.6 and 15.2 − 2
 * all give 13.2, so a fourth that gives 14.2 is the one reported, even when it comes first); the first one on a tie.
 */
function reference(group: readonly Comparison[]): Comparison | undefined {
  if (group.length < 3) return group[0];
  let best = group[0];
  let agreeing = -1;
  for (const a of group) {
    let n = 0;
    for (const b of group) if (b !== a && comparable(a, b) && weigh(b, a)?.holds) n++;
    if (n > agreeing) {
      best = a;
      agreeing = n;
    }
  }
  return best;
}

/** What a comparison gives the whole's growth: the growth less its points, or plus them below the whole. */
const implied = (x: Comparison): Expr => ({ op: x.below ? '+' : '-', args: [{ figure: x.growth }, { figure: x.points }] });

/** The whole's growth one comparison gives against another's, a percentage at the decimals written. */
const weigh = (x: Comparison, against: Comparison) =>
  judge(implied(x), implied(against), { unit: 'percent', decimals: Math.max(x.growth.decimals, x.points.decimals, against.growth.decimals, against.points.decimals) });

interface Comparison {
  points: Figure;
  growth: Figure;
  below: boolean;
  whole: string;
  measure: string;
}

/** The growth right before the points in their sentence, nothing but other points between: 同比增长20.9%，增速高于…7.7个百分点. */
function growthBefore(draft: Draft, sentence: readonly Figure[], d: Figure): { growth: Figure; measure: string } | undefined {
  const k = sentence.indexOf(d);
  let j = k - 1;
  while (j >= 0 && sentence[j]!.unit.kind === 'points') j--;
  const growth = sentence[j];
  if (!growth || growth.unit.kind !== 'percent' || !exact(growth) || growth.approximate || !growth.relational || !/增[长長]$/.test(simplified(growth.measure))) return undefined;
  // the growth's level right before it (余额3571亿元，同比增长20.9%), past what changed with it; else the growth's own name
  // (科技型中小企业贷款余额同比增长24.1%)
  let level: Figure | undefined;
  for (let i = j - 1; i >= 0; i--) {
    const f = sentence[i]!;
    // (实现工业总产值790.99亿元，占规模以上工业总产值比重达76.5%，比上年同期增长18.6%: past a share of the level)
    if (f.unit.kind === 'percent' && /占|佔/.test(headName(draft, f))) continue;
    if (f.unit.kind === 'percent' || f.unit.kind === 'points' || f.bracket) break;
    if (!f.relational) {
      level = f;
      break;
    }
  }
  const name = level ? bareMeasure(level) : simplified(growth.measure).replace(/(?:同比)?增长$/, '');
  const measure = simplified(name).replace(STATED_WITH, '');
  return measure.length >= 2 && !SEVERAL.test(textBetween(draft, growth.clause.offset, d.offset)) ? { growth, measure } : undefined;
}

/**
 * 全省工业贷款余额3571亿元，同比增长20.9%，增速高于同期各项贷款7.7个百分点; 普惠小微贷款余额3727.8亿元，同比增长24.8%，增速高出同期
 * 各项贷款增速11.6个百分点; 科技型中小企业贷款余额同比增长24.1%，比各项贷款增速高10.9个百分点 (jinrong-guizhou-02): growths of
 * one draft, each right before its points, compared with a whole named alike, every kind of a measure (各项贷款), of one period (the
 * same scope or none stated), their measures ending alike (贷款余额, 产值): each growth less its points (plus, 低于) is the
 * whole's growth, one value for all. The comparison most others agree with is the one the others are weighed against. Silent for a whole
 * named by a place alone whose measures differ (产值 and 利润 are compared with two growths), for several values in
 * one clause (分别高于…2.4个、9.2个百分点), and for points another reading has read (the whole's growth stated).
 */
export function impliedComparands(draft: Draft, figures: readonly Figure[], read: ReadonlySet<Figure>): Relation[] {
  if (!draft.prose.includes('百分点') && !draft.prose.includes('百分點')) return [];
  const bySentence = new Map<number, Figure[]>();
  const comparisons: Comparison[] = [];
  for (const d of figures) {
    // (points already read against a growth of the whole the draft states are checked there: 增速比各项贷款快10.9个百分点
    // after 本外币贷款余额…同比增长9.5%)
    if (d.unit.kind !== 'points' || !exact(d) || d.approximate || read.has(d)) continue;
    const head = headName(draft, d);
    const above = ABOVE.exec(head);
    const than = above ? undefined : THAN.exec(head);
    const verb = above?.[1] ?? than?.[2];
    const whole = above?.[2] ?? than?.[1];
    if (!verb || !whole || !EVERY_KIND.test(whole)) continue;
    let sentence = bySentence.get(d.sentence.offset);
    if (!sentence) {
      sentence = figures.filter((f) => f.sentence.offset === d.sentence.offset);
      bySentence.set(d.sentence.offset, sentence);
    }
    const found = growthBefore(draft, sentence, d);
    if (found) comparisons.push({ points: d, growth: found.growth, below: /低|慢/.test(verb), whole, measure: found.measure });
  }
  const out: Relation[] = [];
  const groups = new Map<string, Comparison[]>();
  for (const c of comparisons) {
    const group = groups.get(c.whole);
    if (group) group.push(c);
    else groups.set(c.whole, [c]);
  }
  for (const group of groups.values()) {
    const first = reference(group);
    if (!first) continue;
    for (const c of group) {
      if (c === first || !comparable(first, c)) continue;
      const reading = weigh(c, first);
      const r = relation(
        'points',
        c.points,
        [
          [c.points, 'difference'],
          [c.growth, 'current'],
          [first.points, 'difference'],
          [first.growth, 'previous'],
        ],
        [reading],
        { word: c.whole, marker: IMPLIED_GROWTH },
      );
      if (r) out.push(r);
    }
  }
  return out;
}

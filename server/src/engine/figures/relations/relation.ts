// A relation between figures, as the model finds it: what kind of fact it is, which figure plays which part,
// and the readings weighed. The model says whether it holds and shows its arithmetic; the rules that report
// relations word their own messages (rules/number-sum.ts, number-ratio.ts, number-conflict.ts).

import type { Figure } from '../extract';
import { compatible } from '../units';
import { best, exact, judge, known, written, type Expr, type Reading } from './arithmetic';
import { commonSuffix } from './names';
import { ENDS_IN_DUE } from './vocabulary';

/**
 * sum: a total and its parts; share: a part of a whole in percent; rate: a rate and its base (办结率);
 * change: growth between two levels (or a level and a difference); points: 个百分点 between two percentages;
 * times: 倍 between two levels; sexratio: 男 ÷ 女 × 100; shares: shares of one whole, at most 100% together;
 * restatement: one measure stated twice in one scope.
 */
export type RelationKind = 'sum' | 'share' | 'rate' | 'change' | 'points' | 'times' | 'sexratio' | 'shares' | 'restatement';

/** What a figure is in a relation (for related locations and hovers). */
export type Role = 'total' | 'part' | 'numerator' | 'denominator' | 'percent' | 'current' | 'previous' | 'difference' | 'earlier' | 'later' | 'heading' | 'section';

export interface Relation {
  kind: RelationKind;
  /** Every figure taking part. */
  figures: Figure[];
  roles: Role[];
  /** Where a finding is reported: the total, the stated percentage, the later statement. */
  anchor: Figure;
  holds: boolean;
  /** The reading that holds, or when none does the closest one; none when a figure is unknown (`unchecked`). */
  reading?: Reading;
  /** Why the arithmetic could not be done: a figure is a placeholder (xx) or approximate (约, 余). */
  unchecked?: string;
  /** How many plausible readings were weighed. */
  readings: number;
  /** Set when not holding is not proof of an error (parts after 其中 that may overlap): a hint to check. */
  hint?: 'overlap';
  /** Which words told the parts from the total: 括号内, “分别为”后, 其中 … (for messages). */
  marker?: string;
  /** The writer's word for the relation: 增长, 下降, 提高 (changes), 办结率 (rates). */
  word?: string;
  /**
   * Where a finding is reported when that is more than the anchor: a figure and its conversion in brackets,
   * 265.5万公顷（398.2万亩）, whose disagreement is of the pair.
   */
  at?: { offset: number; endOffset: number };
}

/**
 * A reading that misses by a factor of three or more, and by 30 or more, pairs the wrong figures rather than finding
 * a slip (a rate of 3086% for 90.6%): the text is not wrong, the reading is, and nothing is said.
 */
function implausible(kind: RelationKind, reading: Reading): boolean {
  if (reading.holds || kind === 'sum' || kind === 'shares' || kind === 'restatement') return false;
  const { value, stated } = reading;
  if (Math.abs(value - stated) < 30) return false;
  if (value <= 0 || stated <= 0) return value * stated < 0 && Math.abs(value) > 3 * Math.abs(stated);
  return value / stated >= 3 || stated / value >= 3;
}

/**
 * Parts that exceed their total by their last part exactly, where the words set the last part apart: the list was
 * read one item past its end. Either the last part is set off by other punctuation than the parts before it (a
 * bracket's parts 、…、 running on into the next item after a ，), or the words before the parts leave out a figure
 * of its value (118人（不含附条件不起诉5人），其中…、附条件不起诉考验期满后不起诉5人). Then the parts before it adding
 * up to the total is a reading that holds, not an error of the writer. Three parts or more, so that two remain;
 * exactly, at the precision written.
 */
function withoutLast(reading: Reading, cast: ReadonlyArray<readonly [Figure, Role]>): Reading | undefined {
  const { left, right } = reading;
  if (reading.holds || !('op' in left) || left.op !== '+' || left.args.length < 3 || reading.value <= reading.stated) return undefined;
  const parts = left.args.map((a) => ('figure' in a && !a.negative ? a.figure : undefined));
  const last = parts[parts.length - 1];
  const total = cast.find(([, role]) => role === 'total')?.[0];
  if (!last || !total || parts.some((f) => !f || f.para !== last.para) || total.para !== last.para) return undefined;
  const prose = last.para.prose;
  const between = (a: Figure, b: Figure): string => prose.slice(a.endOffset - last.para.offset, b.offset - last.para.offset);
  const marks = (t: string): string => t.replace(/[^、，,；;。）)]/g, '');
  const gaps = parts.slice(1).map((f, i) => marks(between(parts[i]!, f!)));
  const setOff = gaps.slice(0, -1).every((g) => g === '、') && gaps[gaps.length - 1] !== '、';
  const before = total.endOffset <= parts[0]!.offset ? between(total, parts[0]!) : '';
  const leftOut = /不(?:含|包括)/.test(before) && before.includes(last.text);
  if (setOff || leftOut) {
    const note = `末项${written(last)}读作上一项的细分或总数以外的一项，不计入`;
    const alternative = judge({ op: '+', args: left.args.slice(0, -1) }, right, { unit: reading.unit, decimals: reading.decimals, note });
    if (alternative?.holds) return alternative;
  }
  // 港口货物吞吐量108447万吨。其中，外贸货物吞吐量34397万吨；沿海港口完成95315万吨；内河港口完成13132万吨 / 出境水量202.66
  // 亿立方米，其中从赣江出境181.90亿立方米，从珠江出境20.76亿立方米，外省流入7.45亿立方米: all the parts but the first (or the
  // last) add up to a total of four digits or more exactly: that part is of another cut (外贸 beside 沿海 and 内河) or no
  // part at all (an inflow after the outflows), and the rest are the total's parts
  // (only when the rest are named alike, by two characters or more the odd one lacks: 沿海港口, 内河港口 and 外贸货物吞吐量;
  // 求决类, 咨询类 and 其他类 are one list, and so are 中职在校学生, 普通高中在校学生 and 初中及小学在校学生)
  if (significant(total.text) < 4 || left.args.length < 3) return undefined;
  for (const [rest, odd, place] of [
    [left.args.slice(1), parts[0]!, '首项'],
    [left.args.slice(0, -1), last, '末项'],
  ] as const) {
    const named = rest.map((a) => ('figure' in a ? a.figure.measure : ''));
    const common = commonSuffix(named);
    if (common.length < 2 || odd.measure.includes(common)) continue;
    const alternative = judge({ op: '+', args: rest }, right, {
      unit: reading.unit,
      decimals: reading.decimals,
      note: `${place}${written(odd)}读作另一种分法或总数以外的一项，其余各项正好加总为总数`,
    });
    if (alternative?.holds) return alternative;
  }
  return undefined;
}

/** Significant digits of a figure as written (108447万吨: 6; 202.66亿立方米: 5; 0.05: 1). */
function significant(text: string): number {
  const digits = (/[0-9][0-9,.]*/.exec(text)?.[0] ?? '').replace(/[,.]/g, '').replace(/^0+/, '');
  return digits.length;
}

/** The figure a relation casts in a role (its total, numerator, denominator …), if it has one. */
export function withRole(r: Relation, role: Role): Figure | undefined {
  return r.figures[r.roles.indexOf(role)];
}

/** A relation from its figures and the plausible readings: it holds if any reading does. */
export function relation(
  kind: RelationKind,
  anchor: Figure,
  cast: ReadonlyArray<readonly [Figure, Role]>,
  readings: ReadonlyArray<Reading | undefined>,
  extra: { hint?: 'overlap'; marker?: string; word?: string; paired?: boolean } = {},
): Relation | undefined {
  const closest = best(readings);
  // (figures the words pair one by one, 决算为3.46万元，较上年增加2.4万元，增长0.24%, are not a misreading however far off)
  if (!closest || (!extra.paired && implausible(kind, closest))) return undefined;
  const reading = (kind === 'sum' && withoutLast(closest, cast)) || closest;
  const r: Relation = {
    kind,
    figures: cast.map(([f]) => f),
    roles: cast.map(([, role]) => role),
    anchor,
    holds: reading.holds,
    reading,
    readings: readings.filter(Boolean).length,
  };
  if (extra.hint) r.hint = extra.hint;
  if (extra.marker) r.marker = extra.marker;
  if (extra.word) r.word = extra.word;
  return r;
}

/**
 * A relation read several ways, each with its own figures (which count is the numerator, which figure the
 * base): it holds if any reading does; the figures shown are those of the reading that holds, or the closest.
 */
export function relationAmong(
  kind: RelationKind,
  anchor: Figure,
  alternatives: ReadonlyArray<{ cast: ReadonlyArray<readonly [Figure, Role]>; reading: Reading | undefined }>,
  extra: { hint?: 'overlap'; marker?: string; word?: string } = {},
): Relation | undefined {
  const chosen = best(alternatives.map((a) => a.reading));
  const alternative = alternatives.find((a) => a.reading === chosen);
  if (!chosen || !alternative) return undefined;
  // the closest reading may be implausible (a pairing of the wrong figures): then there is no relation
  const r = relation(kind, anchor, alternative.cast, [chosen], extra);
  if (!r) return undefined;
  r.readings = alternatives.filter((a) => a.reading).length;
  return r;
}

/** A relation whose arithmetic cannot be done (xx个, 约12亿元): shown in the hover, never reported. */
export function unchecked(kind: RelationKind, anchor: Figure, cast: ReadonlyArray<readonly [Figure, Role]>): Relation {
  const figures = cast.map(([f]) => f);
  return {
    kind,
    figures,
    roles: cast.map(([, role]) => role),
    anchor,
    holds: true,
    readings: 0,
    unchecked: figures.some((f) => f.value === undefined) ? '含未填写的数字' : '含约数或范围',
  };
}

/** Role names in Chinese, for related locations and hovers. */
export const ROLE_NAMES: Record<Role, string> = {
  total: '总数',
  part: '分项',
  numerator: '分子',
  denominator: '分母',
  percent: '百分比',
  current: '本期',
  previous: '上期',
  difference: '增减额',
  earlier: '前文',
  later: '此处',
  heading: '标题',
  section: '本节正文',
};

/** The reading p = num ÷ den × 100, over a denominator that may be a sum of figures. */
export function quotientOver(p: Figure, num: Figure, den: Expr): Reading | undefined {
  if ('figure' in den && restatesItsNumerator(num, den.figure)) return undefined;
  const left: Expr = { op: 'percent', args: [{ figure: num }, den] };
  return judge(left, { figure: p }, { unit: 'percent' });
}

/**
 * Whether a base is the numerator itself, or the numerator stated again: the same value under a name ending in the
 * numerator's own (…超额完成全年投资目标 累计完成投资687亿元 in a title, then 累计完成投资687亿元，投资完成率达114.2%).
 * No share or rate is of its own figure; the one it is of is not stated there. A plan of the same measure
 * (计划完成投资120亿元，完成投资120亿元，完成率100%) names the plan before the numerator's name, and is a base.
 */
function restatesItsNumerator(num: Figure, den: Figure): boolean {
  if (den === num) return true;
  if (!known(num) || !known(den) || num.normalized !== den.normalized || !compatible(num.unit, den.unit)) return false;
  const name = num.measure;
  return name.length >= 2 && den.measure.endsWith(name) && !ENDS_IN_DUE.test(den.measure.slice(0, -name.length));
}

/** A ratio that is a plain quotient, no percentage (生师比13.3:1, 城乡居民收入比1.77, 平均每户人口2.8人): r against num ÷ den. */
export function quotientRelation(r: Figure, num: Figure, den: Figure, word: string): Relation | undefined {
  const reading = judge({ op: 'quotient', args: [{ figure: num }, { figure: den }] }, { figure: r }, { unit: 'index' });
  return relation(
    'rate',
    r,
    [
      [r, 'percent'],
      [num, 'numerator'],
      [den, 'denominator'],
    ],
    [reading],
    { word },
  );
}

/**
 * A later statement of a measure against an earlier one: the same value within both figures' precision (restatements.ts,
 * and the item readings of final accounts and budgets: itemOutturns.ts, budgetNames.ts).
 */
export function restated(later: Figure, earlier: Figure, extra: { marker?: string; word?: string } = {}): Relation | undefined {
  return relation(
    'restatement',
    later,
    [
      [later, 'later'],
      [earlier, 'earlier'],
    ],
    [judge({ figure: later }, { figure: earlier }, { unit: 'amount' })],
    extra,
  );
}

/**
 * A share or a rate: p against num ÷ den, or nothing to check when one of them is unknown. The denominator is den
 * itself unless an expression of it is given (不捕率: 不捕 ÷ (逮捕 + 不捕)).
 */
export function ratioRelation(kind: RelationKind, p: Figure, num: Figure, den: Figure, word?: string, denominator: Expr = { figure: den }): Relation | undefined {
  const cast = [
    [p, 'percent'],
    [num, 'numerator'],
    [den, 'denominator'],
  ] as const;
  if (!exact(p) || !exact(num) || !exact(den)) return unchecked(kind, p, cast);
  if (den.normalized === 0) return undefined;
  return relation(kind, p, cast, [quotientOver(p, num, denominator)], word ? { word } : {});
}

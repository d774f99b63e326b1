// Rates and their bases: 办结率 = 办结 ÷ 交办, success, decision, saving, filing, execution and progress rates (开工率,
// 完工率), a rate whose base is a plan or task stated earlier, a rate of a group counted before its noun; and the
// completion of a plan, a task or a budget (完成年度任务的56.3%, 完成预算的68%, 超额完成20%).

import type { Figure } from '../extract';
import { compatible, sameCount } from '../units';
import { exact, judge, known, type Expr, type Reading } from './arithmetic';
import { uniqueValue } from './cache';
import { agreedBudget } from './budgetActuals';
import { baseLeftUnsaid } from './unsaidRateBases';
import { followedItem, numeratorOfNextRate, rateOfSatisfactionGrades, withinExclusion } from './ratios';
import { bareMeasure, headOf, listedFrom, sentenceOf, textBetween, type Paragraph, type PercentKind } from './paragraph';
import { inOrderWithin, plainWords, simplified } from '../../text';
import { quotientOver, ratioRelation, relation, relationAmong, withRole, type Relation } from './relation';
import {
  AROUND_A_DECISION,
  buildStage,
  COMPLETES_PLAN,
  DECISIONS,
  DISPUTES,
  DUE,
  MEDIATION,
  PLAN,
  PROJECT_STAGES,
  RETURNED_FORMS,
  SATISFIED,
  SAVED,
  SAVED_FROM,
  UNDER_WAY,
  CASE_OUTCOME,
  STATES_A_TOTAL,
  CLOSED_COUNT,
  RECEIVED as RECEIVED_OR_ASSIGNED,
  RISE_VERBS,
  FALL_VERBS,
} from './vocabulary';
import { urbanisation } from './indicators';
import { quotient } from './shareParts';
import { rateOfTheGroupsInvestment } from './investment';
import { PROJECT_PROGRESS, share } from './wholes';

/** After a rate's stem in a count's name, the people it names and what they did next: 失业人员实现再就业. */
const THEN_DID = /^(?:人员|人口|者|群众|劳动力)(?!数|总数|总量|人数)[\u4e00-\u9fff]/;

/** After a rate's stem in an amount's name, what the amount is of: 结案标的额 is the money of the cases closed, not their count. */
const AMOUNT_OF = /^(?:标的|金额|额)/;

/**
 * After a rate's stem in a count's name, the rate itself: 2个磷矿、4个煤矿湿式作业率达75.5% (heldout175/laobao-lianyungang-02).
 * The count stands before its noun, and the noun runs on into the rate's name: the count tells whose rate it is (the
 * mines, the units, the schools the rate is of), it counts neither what the stem did nor what it was done of.
 */
function countsWhoseRate(name: string, stem: string): boolean {
  const at = name.indexOf(stem);
  return at >= 0 && name.startsWith('率', at + stem.length);
}

/** The end of a count's name that makes it a count of a group (建册孕妇数, 参保人数). */
const COUNT_OF = /(?:总)?(?:人数|户数|数)$/;

/** A difference stated after a level (增加12077件, 减收0.6亿元): a change of it, never a count a rate is of. */
const difference = (f: Figure): boolean => f.relational && /(?:增加|减少|增收|减收|增长|下降)$/.test(f.measure);

/**
 * 受理1033件，…直接纠错236件，纠错率24.2%，…调解率17.4%，综合化解率达到42% with 审结的复议案件977件 stated elsewhere: an
 * outcome rate is of the cases closed (236 ÷ 977 = 24.2%, (236 + 170) ÷ 977 = 42%), not of those accepted; where the
 * draft counts the closed cases apart and the rate's sentence does not, the base is not in view: nothing is read.
 */
function outcomeOfClosedCasesElsewhere(par: Paragraph, p: Figure, stem: string): boolean {
  // (上半年共排查矛盾纠纷136件，化解131件，化解率96.3%；受理信访事项23件，办结21件: disputes resolved of those found, in a
  // paragraph that speaks of no cases, are no outcome of closed cases, whatever else the draft closes)
  if (!CASE_OUTCOME.test(stem) || !CASE_PARAGRAPH.test(p.para.prose)) return false;
  const sentence = textBetween(par.draft, p.sentence.offset, p.offset);
  return !CLOSED_COUNT.test(sentence) && CLOSED_COUNT.test(par.draft.prose);
}

/** A paragraph about cases (行政复议, 诉讼, 案件, 结案), where an outcome rate may be of the cases closed. */
const CASE_PARAGRAPH = /复议|複議|诉讼|訴訟|案件|结案|結案/;

/** A rate with its base: 需办理审批手续30个，已容缺办结25个，办结率为83.3%. */
export function rate(par: Paragraph, p: Figure, stem: string, qualifier?: string, name = p.measure): Relation | undefined {
  if (outcomeOfClosedCasesElsewhere(par, p, stem)) return undefined;
  const change = rateOfTheChangeBefore(par, p, stem);
  if (change) return change;
  const r = rateRead(par, p, stem, qualifier, name);
  // (即时答复…，转办…，全口径办结率; 城镇登记失业率 over 新增就业: unsaidRateBases.ts; read from the words, whether or
  // not the values agree, so that a broken rate is not passed over for failing)
  if (r && baseLeftUnsaid(par, p, stem, r)) return undefined;
  return r && !r.holds ? (inOtherUnits(par, p, r) ?? r) : r;
}

/** The level compared with, right before the change (比上年同期298件上升了132件): 比 and the earlier period, then the verb. */
const COMPARED_LEVEL_BEFORE = /(?:比|较|較)(?:上年同期|去年同期|上年|去年|上一年|同期)$/;

/**
 * 比上年同期298件上升了132件、上升率44%: a rate named by the change verb itself, right after the change the same verb
 * states against the level compared with, is that change over that level (132 ÷ 298), not over the level now.
 */
function rateOfTheChangeBefore(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  if (!(RISE_VERBS as readonly string[]).includes(stem) && !(FALL_VERBS as readonly string[]).includes(stem)) return undefined;
  const k = par.figures.indexOf(p);
  const diff = par.figures[k - 1];
  const base = par.figures[k - 2];
  if (!diff || !base || diff.unit.kind === 'percent' || !compatible(diff.unit, base.unit)) return undefined;
  const named = textBetween(par.draft, diff.endOffset, p.offset).replace(/\s/g, '');
  if (named !== `、${stem}率` && named !== `，${stem}率`) return undefined;
  if (textBetween(par.draft, base.endOffset, diff.offset).replace(/\s/g, '').replace(/了$/, '') !== stem) return undefined;
  if (!COMPARED_LEVEL_BEFORE.test(textBetween(par.draft, base.clause.offset, base.offset).replace(/\s/g, ''))) return undefined;
  return ratioRelation('rate', p, diff, base, `${stem}率`);
}

/**
 * 计划开工改造老旧小区3889个、67.13万户，…已开工改造老旧小区3892个、68.02万户，…开工率达到101.3%: what was planned and
 * what was done, each counted in two units side by side, give the rate in either (by 户 here, 68.02 ÷ 67.13): the other
 * pair is a reading too, and the rate holds when it does.
 */
function inOtherUnits(par: Paragraph, p: Figure, r: Relation): Relation | undefined {
  const operands = ratioOperands(r);
  const n = operands && besideInOtherUnit(par, operands.numerator);
  const d = operands && besideInOtherUnit(par, operands.base);
  if (!n || !d || !compatible(n.unit, d.unit) || d.normalized === 0) return undefined;
  const other = quotient(p, n, d);
  return other?.holds ? orReading(r, p, n, d, other) : undefined;
}

/** The numerator and the one denominator of a share or rate relation (none for a denominator of several figures). */
function ratioOperands(r: Relation): { numerator: Figure; base: Figure } | undefined {
  const numerator = withRole(r, 'numerator');
  const base = withRole(r, 'denominator');
  if (!numerator || !base || r.roles.filter((role) => role === 'denominator').length !== 1) return undefined;
  return { numerator, base };
}

/** A share or rate relation weighed again with one more reading, p = n ÷ d: the closest of the two is kept. */
function orReading(r: Relation, p: Figure, n: Figure, d: Figure, reading: Reading | undefined = quotient(p, n, d)): Relation | undefined {
  return relationAmong(
    r.kind,
    p,
    [
      { cast: r.figures.map((f, k) => [f, r.roles[k]!] as const), reading: r.reading },
      {
        cast: [
          [p, 'percent'],
          [n, 'numerator'],
          [d, 'denominator'],
        ],
        reading,
      },
    ],
    r.word ? { word: r.word } : {},
  );
}

/** The figure joined to f by 、 alone, on either side, counting the same thing in another unit (3892个、68.02万户). */
function besideInOtherUnit(par: Paragraph, f: Figure): Figure | undefined {
  const k = par.figures.indexOf(f);
  for (const g of [par.figures[k + 1], par.figures[k - 1]]) {
    if (!g || g.unit.kind === 'percent' || compatible(g.unit, f.unit) || !exact(g) || g.relational) continue;
    const [a, b] = g.offset > f.offset ? [f, g] : [g, f];
    if (/^\s*、\s*$/.test(textBetween(par.draft, a.endOffset, b.offset))) return g;
  }
  return undefined;
}

/**
 * 全州共受理办件52000件，办结51800件，办结率99.6%，州级中心共受理8300件，办结8210件，办结率98.9%: after a rate, a plan or a
 * count of what was received (受理, 转办, 交办) opens a run of its own (计划…完成…完成率, 受理…办结…办结率), of another scope:
 * the next rate of that name is of the figures after it, not of the first run's.
 */
function opensItsOwnRun(f: Figure): boolean {
  return f.unit.kind !== 'percent' && (PLAN.test(f.measure) || RECEIVED_OR_ASSIGNED.test(f.measure));
}

/**
 * 國小畢業生225人，實際畢業225人，畢業率為100%；國中畢業生192人，實際畢業192人，畢業率為100% (heldout144/liangji-xiang-01):
 * a count right before 实际 and the rate's stem (实际毕业) is the due of that actual count, and opens a run of its own
 * after an earlier rate of the same name, as a plan does.
 */
function dueBeforeActual(f: Figure, next: Figure | undefined, p: Figure, stem: string): boolean {
  return f.unit.kind !== 'percent' && !!next && next.offset < p.offset && next.unit.kind === f.unit.kind && ACTUAL_OF.test(next.measure) && next.measure.endsWith(stem);
}

/** The words between an age group's count and those of it who reached a stage: ，达小学毕业 (達國小畢業). */
const REACHED = /^[，,](?:达到|達到|达|達)[\u4e00-\u9fff]{2,8}$/;
/** The words between those who reached it and their rate: ，完成率为 (，國中完成率達). */
const COMPLETION_RATE_HEAD = /^[，,][\u4e00-\u9fff]{0,4}完成率(?:为|為|达|達|是)?$/;
/** An age group's count: 15周岁人口数, 17周岁少年儿童总数. */
const AGE_GROUP = /(?:周岁|周歲|週歲)[\u4e00-\u9fff]{0,8}(?:人口数|人口數|总数|總數|人数|人數)$/;

/**
 * xx年15周歲人口數405人（含殘疾1人），達國小畢業402人，完成率為99.3%; 17周歲少年兒童總數668人，達國中畢業668人，國中完成率達100%
 * (heldout144/liangji-xiang-01): the share of an age group (its count named by 周岁) who reached a stage of schooling,
 * right after it with 达, is the completion rate of that stage. The two figures alone before the rate in its sentence,
 * a bracket's figure (含残疾1人) aside.
 */
function reachedOfTheAgeGroup(par: Paragraph, p: Figure, inSentence: readonly Figure[]): Relation | undefined {
  const levels = inSentence.filter((f) => !f.bracket);
  if (levels.length !== 2) return undefined;
  const [group, reached] = levels as [Figure, Figure];
  if (!sameCount(group.unit, reached.unit) || !AGE_GROUP.test(bareMeasure(group).replace(/\s/g, ''))) return undefined;
  if (!REACHED.test(textBetween(par.draft, nextAfterBracket(par, group), reached.offset).replace(/\s/g, ''))) return undefined;
  if (!COMPLETION_RATE_HEAD.test(textBetween(par.draft, reached.endOffset, p.offset).replace(/\s/g, ''))) return undefined;
  return ratioRelation('rate', p, reached, group, '完成率');
}

/** Where the words after a figure start, past a bracket right after it (405人（含殘疾1人）). */
function nextAfterBracket(par: Paragraph, f: Figure): number {
  const m = /^\s*[（(][^（）()]{0,20}[）)]/.exec(textBetween(par.draft, f.endOffset, f.endOffset + 24));
  return f.endOffset + (m ? m[0].length : 0);
}

/** A measure that opens with 实际 (实际毕业, 實際畢業). */
const ACTUAL_OF = /^(?:实际|實際)/;

/** What closes a clause and its period after its last figure: 其中受理办结3892件。 */
const CLOSES_PERIOD = /^[^，,；;。！？!?]*[。！？!?]\s*$/;

/**
 * 截至发稿日，共受理投诉电话3928件，其中受理办结3892件。办结率为98%: a rate that opens its period, named and nothing
 * else, is of the counts of the period right before it, when that period states no percentage of its own (then which
 * counts the rate is of is plain); none otherwise.
 */
function periodBefore(par: Paragraph, p: Figure): Figure[] {
  if (!RATE_HEAD.test(plainWords(textBetween(par.draft, p.period, p.offset)))) return [];
  const previous = Math.max(...[...par.periods.keys()].filter((k) => k < p.period));
  const figures = par.periods.get(previous) ?? [];
  const last = figures[figures.length - 1];
  if (!last || figures.some((f) => f.unit.kind === 'percent') || !CLOSES_PERIOD.test(textBetween(par.draft, last.endOffset, p.period))) return [];
  return figures;
}

/** (`name`: the rate's name, its measure unless a list before 分别 names it: 调处率、成功率分别为…) */
function rateRead(par: Paragraph, p: Figure, stem: string, qualifier?: string, name = p.measure): Relation | undefined {
  if (stem === '镇化') return urbanisation(par, p);
  // (非常满意25件，…；满意10件，…，满意率为100%: the satisfied grades together, over all the items rated)
  if (stem === '满意') {
    const graded = rateOfSatisfactionGrades(par, p);
    if (graded) return graded;
  }
  const sentence = sentenceOf(par, p);
  // 应接种28640剂次，实际接种28152剂次，接种率99.3%: the 应/需/计划 figure is the base
  // 任务共37.57万亩，已完成16.96万亩，任务完成率为45.14%，具体如下：（一）…任务13.67万亩，已完成10.98万亩，任务完成率
  // 为80.33%: a rate named as an earlier rate of its period, with a task or plan of its own after that one, is of the
  // figures after that one (not 计划6.7亿元、完成率20.4%，完成中央资金3.1亿元、完成率32.6%: no plan between the two)
  const period = par.periods.get(p.period) ?? [];
  let from = -1;
  for (const q of period) if (q.offset < p.offset && q.unit.kind === 'percent' && q.measure === name) from = q.offset;
  if (from >= 0 && !period.some((f, k) => f.offset > from && f.offset < p.offset && (opensItsOwnRun(f) || dueBeforeActual(f, period[k + 1], p, stem)))) from = -1;
  const before = period.filter((f) => f.offset < p.offset && f.offset > from && f.unit.kind !== 'percent');
  const inPeriod = before.length > 0 ? before : periodBefore(par, p);
  const own = sentence.filter((f) => f.offset < p.offset && f.offset > from && f.unit.kind !== 'percent');
  // 执行收案2380件，…结案1058件，同比增加150.71%；结案率44.45%: a rate standing alone after ； is of the counts of
  // its period (up to 。)
  const inSentence = own.length === 0 ? inPeriod : own;
  // 完成残疾儿童抢救性康复救助86名（省定民生实事任务45名），完成率191%: the task in brackets right after what was done
  const bracketed = stem === '完成' ? taskInBracketsAfterItsDone(par, p, inSentence) : undefined;
  if (bracketed) return bracketed;
  // 共立刑案5849起，破2076起，破案率35.49%: the cases solved, a bare 破, over the cases filed right before them
  const solved = stem === '破案' ? solvedOfFiled(par, p, own) : undefined;
  if (solved) return solved;
  // (there, only a count named by the stem itself: 结案1058件, not 城镇失业人员实现再就业280人 for 登记失业率)
  // (nor a count of those the stem names who then did something else: 城镇失业人员实现再就业1243人 counts who found work,
  // not who are out of it)
  // (共受理案件5873件，审结5173件，…结案率达88.08%: a court's cases closed are 审结, 审执结 or 执结 as well as 结案)
  const nameOf = (f: Figure): string => (stem === '结案' && !f.distributive ? f.measure.replace(CLOSED_CASES, '结案') : f.measure);
  const withStem = inSentence.filter(
    (f) =>
      (own.length > 0
        ? nameOf(f).includes(stem) &&
          !THEN_DID.test(nameOf(f).slice(nameOf(f).indexOf(stem) + stem.length)) &&
          !AMOUNT_OF.test(nameOf(f).slice(nameOf(f).indexOf(stem) + stem.length)) &&
          !countsWhoseRate(nameOf(f), stem)
        : nameOf(f).endsWith(stem)) && f.unit.kind !== 'percent',
  );
  // 参保48.62万人，…；全县应参保人数50.35万人，参保率96.9%: the base may stand alone in the last clause
  const pool = withStem.length === 1 && DUE.test(withStem[0]!.measure) ? inPeriod.filter((f) => nameOf(f).includes(stem)) : withStem;
  // 参加城乡居民医疗保险3.46万人，应参保3.58万人，参保率96.6%: when the only count named by the stem is the one due, the
  // numerator is the one figure before it in the sentence that spells the stem apart (参加…保险 for 参保), or none
  if (pool.length > 0 && pool.every((f) => dueOfTheStem(f.measure, stem))) return dueAlone(p, stem, pool, own);
  const unqualified = pool.length > 1 ? pool.filter((f) => !DUE.test(f.measure)) : pool;
  // 结案数23974件，…，按期结案数22345件，按期结案率89.62%: a qualified rate's numerator is the count its qualifier names
  const qualified = qualifier ? unqualified.filter((f) => f.measure.includes(qualifier)) : [];
  const numerators = qualified.length === 1 ? qualified : unqualified;
  // (除建议3件和提案1件不公开外，其余为公开，公开率95%: counts left out of a whole the sentence does not state)
  if (numerators.some((f) => withinExclusion(par.draft, f))) return undefined;
  // 已做住房安全认定7174户，有住房保障达标率98.86%。未达标83户: the count of what fell short, with no count of what
  // met the mark, is the base less the rate's share
  if (numerators.every((f) => negatedStem(f, stem)) && !OPENS_NEGATED.test(stem)) {
    const r = shortfallRate(par, p, stem, sentence, numerators);
    if (r) return r;
  }
  // 共开复工38项，未开复工2项，开复工率为95%: a count of what was not done (未开复工, 不满意) is no numerator of the rate;
  // with the one count that was done it is all there was, the rate's base
  if (numerators.length === 2 && !OPENS_NEGATED.test(stem)) {
    const negated = (f: Figure): boolean => NEGATED.test(wordsBefore(f.measure, stem));
    const done = numerators.filter((f) => !negated(f));
    const not = numerators.filter(negated);
    if (done.length === 1 && not.length === 1 && compatible(done[0]!.unit, not[0]!.unit) && exact(done[0]!) && exact(not[0]!)) {
      const [n, m] = [done[0]!, not[0]!];
      return ratioRelation('rate', p, n, m, `${stem}率`, { op: '+', args: [{ figure: n }, { figure: m }] });
    }
  }
  if (numerators.length === 0 && stem === '执行') return executionRate(p, inSentence);
  // 年度任务3万亩，已完成1.8万亩，完成率60%; 执结3851件，结案率82%: what was done, right before its rate, of its base
  if (numerators.length === 0) {
    // (实际完成36户，超额多完成6户，完成率为120%: the excess over the task is not what was done)
    const done = inSentence.filter((f) => f.done && exact(f) && !f.relational && !/^(?:超额|超|多)/.test(f.measure));
    const numerator = done[done.length - 1];
    if (done.length === 0 && stem === '完成') return reachedOfTheAgeGroup(par, p, inSentence) ?? doneOfItsDue(par, p, inSentence);
    // 共实施政府投资项目22个。…全市18个项目均已开工，开工率82% (xmjz-jiayuguan-01): projects counted before their noun, all
    // of which did what the rate names, of the projects counted before
    const all = inSentence[inSentence.length - 1];
    if (all && STAGE_RATE.test(stem) && allReachedTheStage(stem).test(plainWords(textBetween(par.draft, all.endOffset, p.offset)))) {
      const group = projectGroup(par, all, stem, true);
      return group ? ratioRelation('rate', p, all, group, `${stem}率`) : undefined;
    }
    if (!numerator || done.length !== 1 || !(/^(?:完成|完工|竣工|办结|建成)$/.test(stem) || [...stem].some((ch) => numerator.measure.includes(ch)))) return undefined;
    const base = nearestBase(par, numerator, true, from);
    if (!base) return undefined;
    // 列入改造计划1738户…。建档立卡贫困户危房改造1331户，…；已完工1205户，完成率90.5%: a group counted at the head of the
    // numerator's period may be what its rate is of, rather than the plan before it: either reading will do
    const group = periodGroup(par, numerator, base);
    if (group) return rateOverBases(p, numerator, [base, group], `${stem}率`);
    // 资金到位26.85亿元，占计划…24.78亿元的108%，已拨付25.78亿元，拨付率达96%: what is paid out is paid out of the funds in
    // hand as well as of the plan; either reading will do
    const inHand = fundsInHand(stem, numerator, base, inSentence);
    if (inHand.length > 0) return rateOverBases(p, numerator, [base, ...inHand], `${stem}率`);
    return ratioRelation('rate', p, numerator, base, `${stem}率`);
  }
  // 符合筛查条件的建册孕妇数999人，…免费唐氏筛查870人…，符合筛查条件的建册孕妇免费产前筛查率87.09%: a count the rate's
  // own words name before its stem is the group the rate is of, its base, though its name holds the stem too
  const group = groupNamedByTheRate(par, p, stem, numerators);
  if (group) return rateOfItsGroup(p, stem, group, numerators);
  // 本周化解8件，累计化解96件，化解率80%: several counts share the rate's verb; each is a reading against the one base
  if (numerators.length > 1) return rateAmong(p, stem, numerators, inPeriod) ?? rateOfTheGroupsInvestment(par, p, stem, numerators);
  const numerator = numerators[0]!;
  if (afterItsBreakdown(par, p, numerator)) return undefined;
  // (投诉1023件，…；截至目前已办结反馈595件，办结反馈率58.2%: the follow-up of the item before is of that item)
  const followed = followedItem(par, numerator);
  if (followed) return ratioRelation('rate', p, numerator, followed, `${stem}率`);
  // 完成中央投资计划6.7亿元、完成率20.4%，完成中央资金3.1亿元、完成率32.6%: a figure its own rate follows is that
  // rate's numerator (what was done of a plan), not the base of the next one
  const ownRate = (f: Figure): boolean => {
    const next = sentence[sentence.indexOf(f) + 1];
    return !!next && next !== p && next.offset < numerator.offset && next.unit.kind === 'percent' && RATE_HEAD.test(headOf(par.draft, next));
  };
  const dueAll = pool.filter((f) => f !== numerator && DUE.test(f.measure) && compatible(f.unit, numerator.unit));
  const due = dueAll.filter((f) => !ownRate(f));
  if (dueAll.length > 0 && due.length === 0) return undefined;
  // (承办工单1292件，办结率100%，按期办结率98%，返工数97件，返工率9.22%: a count before other rates is theirs; whether
  // 返工率 is of it, of what was done or of what was visited, the words do not say)
  const acrossRate = (f: Figure): boolean => sentence.some((q) => q.unit.kind === 'percent' && q.offset > f.offset && q.offset < numerator.offset && /率/.test(q.measure));
  // (nor a count with a rate of its own in the period: 已开工8984户，其中已竣工5054户，开工率为83.95%；竣工率为47.22% —
  // the 8984 are 83.95% of a task the sentence does not state, and 竣工率 is of that task too)
  const rated = (f: Figure): boolean => period.some((q) => q !== p && q.unit.kind === 'percent' && q.measure.endsWith('率') && q.measure.length >= 3 && f.measure.endsWith(q.measure.slice(-3, -1)));
  let bases =
    due.length > 0
      ? due
      : // (共受理案件50101件，增加12077件；结案45728件，结案率91.27%: a difference (增加, 减少) is no count a rate is of)
        inSentence.filter(
          (f) => f !== numerator && f.offset < numerator.offset && compatible(f.unit, numerator.unit) && !nameOf(f).includes(stem) && !f.bracket && !difference(f) && !acrossRate(f) && !rated(f),
        );
  // (共受理各类案件50101件，…收案首次突破5万件；结案45728件，…；综合结案率为91.27%: of several counts before the
  // numerator, the one count of what was due (受理, 应办理, 交办) is the base)
  if (bases.length > 1) {
    const dueBases = bases.filter((f) => DUE.test(f.measure));
    // (网格事件17457件，其中网格员上报17146件，…，办结17443件，办结率99%: of a total and its parts, the total)
    const wholes = bases.filter((f) => f.keyedBy !== 'part');
    // (重点建设项目510个，总投资4505亿元，今年计划投资2000亿元，…累计完成投资1476亿元，投资完成率73.8%: of the projects'
    // total investment, over all their years, and the year's plan, a completion rate is of the plan)
    const yearPlans = dueBases.filter((f) => PLAN.test(f.measure + f.scope) && !LIFETIME.test(f.measure));
    // (县长信箱收到信件183条，答复183条，答复率达100%: what was answered is of what was received, the count right before it (rates22))
    // (收到信件，183条: the words since the figure before, when a stray comma leaves the count unnamed)
    const received = bases.filter((f) => {
      const k = sentence.indexOf(f);
      return sentence[k + 1] === numerator && RECEIVED.test(textBetween(par.draft, sentence[k - 1]?.endOffset ?? f.sentence.offset, f.offset));
    });
    if (dueBases.length === 1) bases = dueBases;
    else if (dueBases.length === 0 && received.length === 1) bases = received;
    else if (stem === '完成' && yearPlans.length === 1 && dueBases.every((f) => f === yearPlans[0] || LIFETIME.test(f.measure))) bases = yearPlans;
    else if (wholes.length === 1 && bases.some((f) => f.keyedBy === 'part' && f.key.startsWith(`${wholes[0]!.key}·`))) bases = wholes;
    else if (dueBases.length === 0) {
      // (实施产业项目11个、基础设施项目7个，共计18个项目，已完工12个，完工率66.7%: of the parts and the total stated after them
      // with 共计, 合计, the total)
      const total = bases.filter((f) => STATES_A_TOTAL.test(textBetween(par.draft, f.clause.offset, f.offset)));
      if (total.length === 1 && bases.every((f) => f.offset <= total[0]!.offset)) bases = total;
    }
  }
  // 累计到位资金17.87亿元，核拨资金15.99亿元、核拨率91.72%，实际支付资金15.82亿元，资金支付率90.77%: money paid out is
  // of the funds come in, though the rate of a step between stands after them, or of what that step passed on (核拨)
  if (bases.length === 0 && PAID_OUT.test(stem)) {
    const steps = paidOutOf(numerator, inSentence);
    if (steps.length > 0) return rateOverBases(p, numerator, steps, `${stem}率`);
  }
  if (bases.length === 0 && stem === '完成') {
    const noun = numerator.measure.replace(/完成/g, '');
    const planned = noun.length >= 2 ? par.lookups.planned(noun, numerator.unit) : undefined;
    // (全县…总投资519.86亿元，当年计划投资63.27亿元。…完成投资77.57亿元，投资完成率122.6% before 省级6项，…当年计划投资19亿元…:
    // the plans of the draft disagree; the one stated before the numerator for its own subject, not a sub-group's, is its plan)
    const ownSubject = (): Figure | undefined =>
      planned &&
      uniqueValue(
        planned.list.filter(
          (f) => f !== numerator && f.offset < numerator.offset && f.subject === numerator.subject && f.keyedBy !== 'entity' && !f.relational && exact(f) && !listedAfterQiZhong(par, f),
        ),
      );
    const base = !planned ? undefined : planned.members.has(numerator) ? uniqueValue(planned.list.filter((f) => f !== numerator)) : (planned.unique ?? ownSubject());
    // (其中，138个续建项目累计完成投资1644亿元，年度计划投资完成率114%: a group counted with its figure completes its own
    // plan, which only a plan of that group is)
    const group = numerator.keyedBy === 'entity' ? numerator.key.split('·')[0] : undefined;
    bases = base && (group === undefined || (base.keyedBy === 'entity' && base.key.split('·')[0] === group)) ? [base] : [];
  }
  // 任务为20985户，截止5月12日，已动工21410户，动工率达102%；竣工16030户，竣工率达76.4%: the task of the paragraph
  if (bases.length === 0) {
    const base = nearestBase(par, numerator, false, -1, beyondItsPlan(p));
    bases = base ? [base] : [];
  }
  // 签约项目10个，投资总额24亿元；履约项目9个，履约率90%: the group the numerator was counted from, earlier in its period
  // (not a count of those that all did something (均, 都, 全部) whose own rate short of 100% follows, beyond a ；: 全市18个
  // 项目均已开工，开工率82%；已完工项目7个，完工率32% — the 18 are 82% of the projects, not the group the 7 were counted from)
  if (bases.length === 0 && numerator.keyedBy === 'previous') {
    const group = numerator.key.slice(0, numerator.key.indexOf('·'));
    const period = par.periods.get(numerator.period) ?? [];
    const rateAfter = (f: Figure, next: Figure | undefined): boolean => {
      if (!next || next.unit.kind !== 'percent' || next.offset > numerator.offset || (next.value ?? 100) >= 100 || !RATE_HEAD.test(headOf(par.draft, next))) return false;
      return /^[^，,；;。]*(?:均|都|全部)/.test(textBetween(par.draft, f.endOffset, next.offset));
    };
    const before = period.filter(
      (f, k) =>
        f.offset < numerator.offset &&
        f.measure === group &&
        f.key === group &&
        compatible(f.unit, numerator.unit) &&
        exact(f) &&
        !f.relational &&
        !f.bracket &&
        !acrossRate(f) &&
        // (开工10887户，开工率达108%；竣工6760户，竣工率达67.1%: the 开工 with a rate of its own is of the task, and so is 竣工)
        !rated(f) &&
        !rateAfter(f, period[k + 1]),
    );
    const base = uniqueValue(before);
    bases = base && known(base) && known(numerator) && base.normalized >= numerator.normalized ? [base] : [];
  }
  // 全院共受理各类案件4939件。结案2837件，结案率57.44%: failing a plan, the nearest count of what was due (受理, 收案,
  // 应…) before the numerator, as for a rate whose numerator is only what was done
  // (not for a rate of a negative outcome, 不起诉率 = 不起诉 ÷ (起诉 + 不起诉), nor over a base the stem names: 登记失业)
  if (bases.length === 0 && !OPENS_NEGATED.test(stem) && !ENDS_NEGATED.test(wordsBefore(name, stem))) {
    const base = nearestBase(par, numerator, true);
    bases = base && !base.measure.includes(stem) && known(base) && known(numerator) && base.normalized >= numerator.normalized ? [base] : [];
  }
  // 新建项目共185个，计划总投资624.4亿元。至9月底，开工建设160个，开工率为86.5%: the projects a bare verb counted
  if (bases.length === 0) {
    const group = projectGroup(par, numerator, stem);
    bases = group ? [group] : [];
  }
  // 1986年，全市扶持贫困户17325户，…。当年脱贫9238户，脱贫率53.84%: the group a year's account opens with
  if (bases.length === 0) {
    const group = groupTheYearOpens(par, p, numerator, stem);
    bases = group ? [group] : [];
  }
  // 目标总任务14622套，其中…公共租赁住房7900套…；要求年内基本建成5000套 … 公共租赁住房开工8240套，开工率达104.3%；基本建成
  // 7298套，建成率达145.96%: the task of the kind the numerator names, or the figure required of its verb, is its base
  const specific = specificBases(par, numerator, stem);
  if (specific.length > 0) return rateOverBases(p, numerator, specific, `${stem}率`);
  if (bases.length !== 1) return undefined;
  const base = bases[0]!;
  // 新收诉讼案件2000件…；结案1634件（含上年旧存）…；结案率为76.64%: where cases are carried over (旧存), a court's
  // 结案率 is of the new cases and those carried over together; of the new ones alone it says nothing
  if (/新收/.test(base.measure) && /旧存/.test(numerator.para.prose)) return undefined;
  // 共接收投诉971件，…调解成功409件，调解成功率39.75%: a success rate is of the attempts its verb names (调解), so only a
  // base named by that verb is its base
  if (stem === '成功' && !attemptedIn(base, name, numerator)) return undefined;
  // (受理矛盾纠纷1768件，调处1717件，调解成功1696件，…成功率98.8%: the disputes mediated between are what succeeded or not as
  // well; either reading will do)
  const mediated = stem === '成功' ? mediatedBetween(par, base, numerator) : [];
  if (mediated.length > 0) return rateOverBases(p, numerator, [base, ...mediated], `${stem}率`);
  // 工单受理1136件，应办理1110件，已办理1110件，办结率100%；按期办结1110件，按期办结率100%: the counts due before the
  // numerator in its period (受理, 应办理) and, for a qualified rate, the count its stem names unqualified (办结, 已办理) may
  // each be the base the writer meant: any of them that gives the rate will do
  // (when none gives it, the rate is reported against the base found, as without them)
  const others = !OPENS_NEGATED.test(stem) ? [...otherBases(par, numerator, base, stem, qualifier), ...fundsInHand(stem, numerator, base, inSentence)] : [];
  // (shadow15) 计划竣工项目111个 … 85个项目竣工，竣工率76.6%: a project stage's rate may be of the count planned for that stage
  // anywhere in the draft, as well as of the base found
  const stagePlan = STAGE_RATE.test(stem) && known(numerator) ? par.lookups.planned(`计划${stem}`, numerator.unit).unique : undefined;
  if (stagePlan && stagePlan !== base && known(stagePlan) && known(numerator) && stagePlan.normalized >= numerator.normalized) others.push(stagePlan);
  // 开工项目343个，…；完工项目311个，…；验收项目283个，验收率91%: what reached a stage of a project is of what reached the
  // stage before it, as well as of all the projects
  const prior = priorStage(par, numerator, stem) ?? ratedStepBefore(par, numerator);
  if (prior && prior !== base) others.push(prior);
  if (others.some((b) => quotient(p, numerator, b)?.holds)) return rateOverBases(p, numerator, [base, ...others], `${stem}率`);
  // 共逮捕25人，不捕24人，不捕率为48.98%: a rate of the negative outcome (不捕, 未结) whose base names the positive one
  // is of the two together
  const positive = /^[不未]/.test(stem) ? stem.slice(1) : '';
  const whole: Expr | undefined =
    positive && [...positive].some((ch) => base.measure.includes(ch)) && !base.measure.includes(stem) ? { op: '+', args: [{ figure: base }, { figure: numerator }] } : undefined;
  return ratioRelation('rate', p, numerator, base, `${stem}率`, whole);
}

/**
 * Whether `base` counts the attempts a success rate is of: those its verb names, in the rate's name (调解成功率) or, when
 * the name has none, in its numerator's (受理调解案件6368件，调解成功6217件，成功率达97.6%). A mediation is attempted on
 * disputes: 共排查矛盾纠纷25200件，调处成功24732件，调处成功率达98.1%. A bare 成功 whose base names a mediation counts its
 * successes: 调解纠纷共45870宗，成功43952宗，成功率为96%.
 */
function attemptedIn(base: Figure, name: string, numerator: Figure): boolean {
  const attempt = /([\u4e00-\u9fff]{2})成功率/.exec(name)?.[1] ?? /([\u4e00-\u9fff]{2})成功$/.exec(numerator.measure)?.[1];
  if (!attempt) return /(?:^|\s)成功$/.test(numerator.measure) && MEDIATION.test(base.measure);
  return base.measure.includes(attempt) || (MEDIATION.test(attempt) && DISPUTES.test(base.measure));
}

/**
 * 批准逮捕158件196人，不批准逮捕33件40人，不捕率为16.95%; 共决定起诉32.9万人，…决定不起诉8.3万人，…不起诉率20.1%: a rate
 * of a procuratorate's decision is of the cases decided either way, the decision and its refusal each named once in the
 * rate's period, up to 。 (or, with neither there, in the period before: 共逮捕25人，不捕24人，…。…批捕率51.02%). Counted by 件 and by 人, either count will do.
 */
export function decisionRate(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  const decision = DECISIONS.find((d) => d.rate.test(stem));
  if (!decision) return undefined;
  const period = par.periods.get(p.period) ?? [];
  const first = par.figures.indexOf(period[0]!);
  const before = first > 0 ? (par.periods.get(par.figures[first - 1]!.period) ?? []) : [];
  const named = (scope: readonly Figure[], names: readonly string[]): Figure[] => scope.filter((f) => f.unit.kind !== 'percent' && exact(f) && !f.relational && names.includes(decisionName(f)));
  const inPeriod = named(period, [...decision.made, ...decision.refused]).length > 0;
  const scope = inPeriod ? period : [...before, ...period].filter((f) => f.offset < p.offset);
  const made = named(scope, decision.made);
  const refused = named(scope, decision.refused);
  const alternatives = made.flatMap((m) => {
    const alike = (f: Figure): boolean => compatible(f.unit, m.unit);
    const r = refused.filter(alike);
    if (r.length !== 1 || made.filter(alike).length !== 1) return [];
    const [num, other] = stem.startsWith('不') ? [r[0]!, m] : [m, r[0]!];
    const cast = [
      [p, 'percent'],
      [num, 'numerator'],
      [other, 'denominator'],
    ] as const;
    return [{ cast, reading: quotientOver(p, num, { op: '+', args: [{ figure: m }, { figure: r[0]! }] }) }];
  });
  return alternatives.length > 0 ? relationAmong('rate', p, alternatives, { word: `${stem}率` }) : undefined;
}

/**
 * 实现政府采购额14007万元，…节约资金1668万元，资金节约率10.64%; 完成政府采购预算19.40亿元，实际采购金额16.47亿元，节约资金
 * 2.93亿元，资金节约率达到15.1%: the money saved is of what was budgeted, stated or the money spent and saved together;
 * any amount of a procurement or budget before the savings in their period, as either, will do (not a turnover:
 * 交易额212.43亿元，…节约金额9.9144亿元，资金节约率10.7% counts land sales too).
 */
export function savingRate(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  const period = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset && f.unit.kind === 'money' && exact(f));
  const saved = period.filter((f) => SAVED.test(headOf(par.draft, f)));
  if (saved.length !== 1) return savingOfTheTrade(par, p, stem) ?? savingBelowTheCeiling(par, p, stem);
  const s = saved[0]!;
  const amounts = period.filter((f) => f.offset < s.offset && SAVED_FROM.test(f.measure) && compatible(f.unit, s.unit) && !f.bracket && !difference(f) && known(f) && f.normalized > 0);
  const alternatives = amounts.flatMap((a) => savedOf(p, s, a));
  if (alternatives.length > 0) return relationAmong('rate', p, alternatives, { word: `${stem}率` });
  return savingOfTheTrade(par, p, stem) ?? savingBelowTheCeiling(par, p, stem);
}

/** The stem of an audit's cut rate: 核减率, 审减率. */
export const CUT_RATE = /^(?:核|[审審])[减減]$/;
/** What an audit cut, right before its rate: 净核减7.33亿元, 核减金额0.60亿元, 审减额 (the verb and its noun, nothing else). */
const CUT = /(?:核|[审審])[减減](?:金[额額]|[额額]|资金|資金)?(?:为|為|共|达|達)?$/;
/** What the audit approved, or what was submitted to it: 审定金额70.23亿元, 送审金额. */
const AUDIT_APPROVED = /[审審]定(?:金[额額]|[额額]|造价|造價|价|價)?(?:为|為|共|达|達)?$/;
const SUBMITTED = /送[审審](?:金[额額]|[额額]|造价|造價|价|價)?(?:为|為|共|达|達)?$/;

/**
 * 完成工程结算审计项目1004个，审定金额70.23亿元，净核减7.33亿元，平均核减率9.45%: an audit's cut rate is the cut over what was
 * submitted, and what was submitted is what the audit approved and the cut together (7.33 ÷ 77.56); the approved amount
 * alone as the base is read too, as a saving's base is. Before a submitted amount (送审金额) the cut is of it alone. The cut
 * stands right before its rate, the amount right before the cut, in one period.
 */
export function auditCutRate(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  const period = par.periods.get(p.period) ?? [];
  const k = period.indexOf(p);
  const [a, s] = [period[k - 2], period[k - 1]];
  if (!a || !s || !CUT.test(headOf(par.draft, s)) || s.unit.kind !== 'money' || !compatible(a.unit, s.unit)) return undefined;
  if (!exact(a) || !exact(s) || a.relational || s.relational || a.normalized <= 0) return undefined;
  if (SUBMITTED.test(headOf(par.draft, a))) return ratioRelation('rate', p, s, a, `${stem}率`);
  return AUDIT_APPROVED.test(headOf(par.draft, a)) ? relationAmong('rate', p, savedOf(p, s, a), { word: `${stem}率` }) : undefined;
}

/**
 * 完成工程建设项目90宗，…；交易金额12.81亿元，…；节约资金3.06亿元，节资率19.29%; 其中：工程类和采购类114个，交易额11.87亿元，共
 * 节约资金5612万元，节资率4.5%: a trading centre's turnover of works or purchases (the count of projects right before it
 * names 工程 or 采购) is what was paid of what was budgeted: the savings are of it, or of it and the savings together;
 * either reading will do. The savings stand right before their rate, the turnover before them, no savings between.
 * (Not the centre's whole turnover, 公共资源交易项目共577项，交易额212.43亿元, which holds land sales.)
 */
function savingOfTheTrade(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  const period = par.periods.get(p.period) ?? [];
  const k = period.indexOf(p);
  const s = period[k - 1];
  if (!s || s.unit.kind !== 'money' || !SAVED.test(headOf(par.draft, s)) || !exact(s) || s.relational) return undefined;
  const before = period.slice(0, k - 1);
  let j = before.length - 1;
  while (j >= 0 && !TRADED.test(headOf(par.draft, before[j]!)) && !(before[j]!.unit.kind === 'money' && SAVED.test(headOf(par.draft, before[j]!)))) j--;
  const a = before[j];
  if (!a || !TRADED.test(headOf(par.draft, a)) || !compatible(a.unit, s.unit) || !exact(a) || a.relational || a.normalized <= 0) return undefined;
  const counts = before.slice(0, j).filter((f) => f.unit.kind !== 'money' && f.unit.kind !== 'percent' && COUNTED_PROJECTS.test(headOf(par.draft, f)));
  const projects = counts[counts.length - 1];
  if (!projects || !WORKS_OR_PURCHASES.test(headOf(par.draft, projects))) return undefined;
  return relationAmong('rate', p, savedOf(p, s, a), { word: `${stem}率` });
}

/** The savings s as a rate p of the amount a, or of a and s together (what was spent and what was saved): both readings. */
function savedOf(p: Figure, s: Figure, a: Figure) {
  const cast = [
    [p, 'percent'],
    [s, 'numerator'],
    [a, 'denominator'],
  ] as const;
  return [
    { cast, reading: quotient(p, s, a) },
    { cast, reading: quotientOver(p, s, { op: '+', args: [{ figure: a }, { figure: s }] }) },
  ];
}

/**
 * 交易项目8宗，控制价1.43亿元，中标价1.03亿元，平均节资率达27.97%; 总控制价11.58亿元，总中标价8.8亿元，总节约资金2.78亿元，
 * 节资率24.03%: what a tender saved is of its ceiling price (控制价), the saving stated or the ceiling less the winning bids.
 * The ceiling, then the bids right after it, then the savings or the rate.
 */
function savingBelowTheCeiling(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  const period = par.periods.get(p.period) ?? [];
  const k = period.indexOf(p);
  const saved = period[k - 1] && SAVED.test(headOf(par.draft, period[k - 1]!)) ? period[k - 1] : undefined;
  const w = period[saved ? k - 2 : k - 1];
  const c = period[saved ? k - 3 : k - 2];
  if (!c || !w || !CEILING.test(headOf(par.draft, c)) || !WINNING_BIDS.test(headOf(par.draft, w))) return undefined;
  const figures = saved ? [c, w, saved] : [c, w];
  if (!exact(c) || c.normalized <= 0 || figures.some((f) => f.unit.kind !== 'money' || !compatible(f.unit, c.unit) || !exact(f) || f.relational)) return undefined;
  if (saved) return ratioRelation('rate', p, saved, c, `${stem}率`);
  const cast = [
    [p, 'percent'],
    [c, 'denominator'],
    [w, 'part'],
  ] as const;
  const reading = judge({ op: 'percent', args: [{ op: '-', args: [{ figure: c }, { figure: w }] }, { figure: c }] }, { figure: p }, { unit: 'percent' });
  return relationAmong('rate', p, [{ cast, reading }], { word: `${stem}率` });
}

/** A trading centre's turnover (交易金额3.01亿元, 交易额11.87亿元), and the projects it may be of: works or purchases. */
const TRADED = /交易(?:金)?[额額](?:为|為|达|達|共|共计|共計)?$/;
const WORKS_OR_PURCHASES = /(?:工程|采[购購])[^，,；;。]*$/;
/** A count of projects by its words: 工程建设项目21宗, 工程类和采购类114个 (not 同比增加9宗, a change of one). */
const COUNTED_PROJECTS = /(?:[项項]目|[类類])(?:共|共计|总计)?$/;
/** A tender's ceiling price and its winning bids (总控制价11.58亿元，总中标价8.8亿元). */
const CEILING = /控制[价價](?:为|共|共计)?$/;
const WINNING_BIDS = /中[标標][价價](?:为|共|共计)?$/;

/**
 * 派出所应进驻党群服务中心为86个，目前已进驻66个，完成率为77%: a count after 已 and a verb, right before a 完成率, is what
 * was done of the count due before it that names the same verb after 应 or 计划 (one such count in its clause, or else
 * in its period).
 */
function doneOfItsDue(par: Paragraph, p: Figure, inSentence: readonly Figure[]): Relation | undefined {
  const task = taskAfterItsDone(par, p, inSentence);
  if (task) return task;
  const numerator = inSentence[inSentence.length - 1];
  const verb = numerator && /已(?:经)?([\u4e00-\u9fff]{2})$/.exec(headOf(par.draft, numerator))?.[1];
  if (!numerator || !verb || !exact(numerator) || numerator.relational) return undefined;
  const dueIn = (scope: readonly Figure[]): Figure[] =>
    scope.filter(
      (f) => f.offset < numerator.offset && (f.measure.includes(`应${verb}`) || f.measure.includes(`计划${verb}`)) && compatible(f.unit, numerator.unit) && exact(f) && !f.relational && !f.bracket,
    );
  // (its own clause first: …应进驻…为86个，目前已进驻66个，完成率为77%；…应进驻…为62个，目前已进驻53个，完成率为85.48%)
  const own = dueIn(sentenceOf(par, p));
  const due = own.length > 0 ? own : dueIn(par.periods.get(p.period) ?? []);
  return due.length === 1 ? ratioRelation('rate', p, numerator, due[0]!, '完成率') : undefined;
}

/** A name of what was due of the stem itself (应参保, 需接种, 计划开工), not of what was done of a plan (完成中央投资计划, 受理办结). */
function dueOfTheStem(name: string, stem: string): boolean {
  return new RegExp(`(?:应|應|需|需要|计划|計劃)${stem}`).test(name);
}

/** The rate of the one figure before the due count that spells the rate's verb apart, over the due count (see rateRead). */
function dueAlone(p: Figure, stem: string, pool: readonly Figure[], own: readonly Figure[]): Relation | undefined {
  const due = pool.length === 1 ? pool[0]! : undefined;
  const done = due ? own.filter((f) => f.offset < due.offset && !DUE.test(f.measure) && compatible(f.unit, due.unit) && inOrderWithin(stem, f.measure)) : [];
  if (!due || done.length !== 1 || !exact(done[0]!) || done[0]!.relational || !exact(due)) return undefined;
  return ratioRelation('rate', p, done[0]!, due, `${stem}率`);
}

/** ，任务数为 / ，年度任务 / ，目标任务是: nothing between what was done and its task but the task's name. */
const TASK_AFTER = /^[，,](?:年度|全年|今年|本年)?(?:目标)?任务(?:数|量)?(?:为|是)?$/;

/**
 * 65岁以上老年人健康管理4.1万人，任务数为4.5万人，完成率91.1%; 新建和改造农村公路18.4公里，年度任务25公里，完成73.6%: a
 * figure, then in the next clause nothing but its task's name and the task, then nothing but 完成率 or 完成: what was done
 * over its task.
 */
function taskAfterItsDone(par: Paragraph, p: Figure, inSentence: readonly Figure[]): Relation | undefined {
  const task = inSentence[inSentence.length - 1];
  const done = inSentence[inSentence.length - 2];
  if (!task || !done || !compatible(task.unit, done.unit) || !exact(task) || !exact(done) || task.relational || done.relational || task.bracket || done.bracket) return undefined;
  if (!TASK_AFTER.test(plainWords(textBetween(par.draft, done.endOffset, task.offset)))) return undefined;
  if (!/^[，,](?:任务)?完成率?(?:为|达|达到|是)?$/.test(plainWords(textBetween(par.draft, task.endOffset, p.offset)))) return undefined;
  return ratioRelation('rate', p, done, task, '完成率');
}

/** 项目均已开工，开工率 for the stage `stem` names: the words between the projects counted and their stage's rate, built once per stage. */
const ALL_REACHED = new Map<string, RegExp>();
function allReachedTheStage(stem: string): RegExp {
  let re = ALL_REACHED.get(stem);
  if (!re) ALL_REACHED.set(stem, (re = new RegExp(`^项目(?:均|都|全部)已?${stem}[，,]${stem}率(?:为|达)?$`)));
  return re;
}

/**
 * 上半年全市共立刑案5849起，破2076起，破案率35.49%; 其中命案立17起、破17起，破案率为100% (bmzj-wuzhou-01): the count after
 * 立案 (立刑案, 立), then a count after a bare 破 in the next clause, then nothing but 破案率: solved over filed.
 */
function solvedOfFiled(par: Paragraph, p: Figure, own: readonly Figure[]): Relation | undefined {
  const solved = own[own.length - 1];
  const filed = own[own.length - 2];
  if (!solved || !filed || !exact(solved) || !exact(filed) || solved.relational || filed.relational || !compatible(solved.unit, filed.unit)) return undefined;
  if (!/立(?:刑事?)?案?$/.test(plainWords(headOf(par.draft, filed)))) return undefined;
  if (!/^[，,、]破$/.test(plainWords(textBetween(par.draft, filed.endOffset, solved.offset)))) return undefined;
  if (!/^[，,]破案率(?:为|达)?$/.test(plainWords(textBetween(par.draft, solved.endOffset, p.offset)))) return undefined;
  return ratioRelation('rate', p, solved, filed, '破案率');
}

/** 不合格发现率, 不合格率, 未达标率: a rate of an outcome denied, by its name (发现 and 检出 say it was found on checking). */
const DENIED_RATE = /((?:不|未)[\u4e00-\u9fff]{2})(?:发现|检出)?率(?:为|达到|达|是)?$/;

/**
 * 抽查肥料70批次，合格66批次，不合格4批次，不合格发现率为5.71% (scjg-ningxia-01): what was checked, then the counts that
 * passed and that failed, which add up to it, then the rate of those that failed: the failed over all that was checked.
 * Only when the three counts stand in this order right before the rate, and the two outcomes make up the whole.
 */
export function deniedOutcomeRate(par: Paragraph, p: Figure, name: string): Relation | undefined {
  const words = DENIED_RATE.exec(plainWords(name));
  const denied = words?.[1];
  if (!words || !denied || !exact(p)) return undefined;
  const before = sentenceOf(par, p).filter((f) => f.offset < p.offset);
  if (before.length < 3) return undefined;
  const [whole, passed, failed] = before.slice(-3) as [Figure, Figure, Figure];
  const counts = [whole, passed, failed];
  if (counts.some((f) => f.unit.kind === 'percent' || !exact(f) || !known(f) || f.relational || f.bracket || !compatible(f.unit, whole.unit))) return undefined;
  // the failed named by the rate's own words, the passed by the same words without 不 or 未
  const nameOfCount = (f: Figure): string => plainWords(textBetween(par.draft, f.clause.offset, f.offset));
  if (!nameOfCount(failed).endsWith(denied) || nameOfCount(passed) !== denied.slice(1)) return undefined;
  if (whole.normalized !== passed.normalized! + failed.normalized!) return undefined;
  // nothing but the rate's name between the failed count and the rate
  if (!/^[，,][\u4e00-\u9fff]{2,10}$/.test(plainWords(textBetween(par.draft, failed.endOffset, p.offset)))) return undefined;
  return ratioRelation('rate', p, failed, whole, words[0].replace(/(?:为|达|达到|是)$/, ''));
}

/**
 * The words between a count and what its rate's verb did of it, right after it: 各级共排查隐患问题31.55万处，完成整改31.20万处
 * (a unit's tail, a comma, the verb's words), or the count before its noun: 74.84万亩灾毁农田修复任务已完成63.1万亩.
 */
const DONE_OF_THE_COUNT_BEFORE = /^(?:[\u4e00-\u9fff]{1,16}|[\u4e00-\u9fff]{0,3}[，,](?:其中[，,]?)?[\u4e00-\u9fff]{1,14})$/;

/** ，整改率为 / ，完成率: a comma, then nothing but the rate's name. */
const RATE_RIGHT_AFTER = /^[，,][\u4e00-\u9fff]{0,10}率(?:为|达|达到|是)?$/;

/**
 * 各级共排查隐患问题31.55万处，完成整改31.20万处，整改率为98.89% (ranqi-hubei-01); 全市74.84万亩灾毁农田修复任务已完成63.1万亩，完成率
 * 84.3% (gzzj-longnan-01): a count, right after it the words of the rate's verb (整改, 完成) and a count in the same
 * unit, right after that the rate: what the verb did of the count before. Tried when no other reading found the rate's
 * base. The count before must not be something the verb did itself (已完成摸排800户，已完成改造600户); a plan or task of
 * the paragraph in the same unit stated before is a reading too, and the rate holds when either does.
 */
export function rateOfTheCountBefore(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  const sentence = sentenceOf(par, p);
  const k = sentence.indexOf(p);
  const done = sentence[k - 1];
  const count = sentence[k - 2];
  if (!done || !count || !exact(p) || p.approximate) return undefined;
  if ([done, count].some((f) => f.unit.kind === 'percent' || !exact(f) || !known(f) || f.relational || f.bracket || f.approximate) || !compatible(done.unit, count.unit)) return undefined;
  if (!RATE_RIGHT_AFTER.test(plainWords(textBetween(par.draft, done.endOffset, p.offset)))) return undefined;
  const verb = plainWords(textBetween(par.draft, count.endOffset, done.offset));
  if (!DONE_OF_THE_COUNT_BEFORE.test(verb) || !verb.includes(stem)) return undefined;
  // (only what was done, 已完成, 完成整改, not a count due or a group: 应参保3.58万人, 城镇登记失业人员1300人, 对接成功35个)
  if (!(done.done || /已|完成/.test(verb)) || DUE.test(verb.replace(/任务|计划|目标/g, ''))) return undefined;
  // (the count before its noun only when that noun is a task or plan: not 7个重灾县完工项目14个, counties and projects)
  if (!/^[\u4e00-\u9fff]{0,3}[，,]/.test(verb) && !PLAN.test(verb)) return undefined;
  // (受理有效热线事项7227宗，当场答复…5113宗，转办热线事项2114宗，办结1898宗，办结率97.01%: a larger count before it in its
  // sentence may be the whole the count is a part of, and the rate's base as well; which one, the words do not say)
  if (sentence.slice(0, Math.max(0, k - 2)).some((f) => f.unit.kind !== 'percent' && !f.relational && compatible(f.unit, count.unit) && known(f) && f.normalized! > count.normalized!))
    return undefined;
  const ownWords = plainWords(textBetween(par.draft, sentence[k - 3]?.endOffset ?? count.sentence.offset, count.offset));
  if (ownWords.includes(stem) || count.done) return undefined;
  // (全省共检查燃气场所5130处，各级共排查隐患问题31.55万处，…: the counts before it in its sentence are readings too)
  const plans = par.figures.filter(
    (f) =>
      f !== count &&
      f.offset < count.offset &&
      f.unit.kind !== 'percent' &&
      (PLAN.test(f.measure + f.scope) || f.sentence.offset === p.sentence.offset) &&
      compatible(f.unit, done.unit) &&
      exact(f) &&
      known(f) &&
      !f.relational,
  );
  return rateOverBases(p, done, [count, ...plans], `${stem}率`);
}

/** 目前， / 截至目前 / 截至7月底，: a time or 目前 opening a sentence before what was done (group 1: the rest). */
const OPENING_TIME = /^(?:(?:目前|截至目前|截止目前|截至[^，,。；;]{1,12}|截止[^，,。；;]{1,12})[，,]?)?([\u4e00-\u9fff]{1,16})$/;

/**
 * 全市共普查出两年以上未入户安检用户共18.9万户。目前，已完成入户7.3万户，完成率38.6% (heldout120/ranqi-weifang-01); 举报213件，
 * 同比下降12.3%，…。截至目前已办结反馈104件，办结反馈率48.8% (heldout119/scjg-jincheng-04): a sentence opening (after a time)
 * with what the rate's verb did and its count, then the rate and nothing else, right after a sentence stating one count
 * of that unit: what the verb did of that count. Tried last, as the same order of words in one sentence is
 * (rateOfTheCountBefore); the count done must be done (已, 完成) and the count before no doing of the verb itself, and
 * the sentence before must state no other level of the unit, which might be the base as well.
 */
export function rateOfTheCountOfTheSentenceBefore(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  const sentence = sentenceOf(par, p);
  const k = sentence.indexOf(p);
  const done = sentence[k - 1];
  if (k !== 1 || !done || !exact(p) || p.approximate) return undefined;
  if (done.unit.kind === 'percent' || !exact(done) || !known(done) || done.relational || done.bracket || done.approximate) return undefined;
  if (!RATE_RIGHT_AFTER.test(plainWords(textBetween(par.draft, done.endOffset, p.offset)))) return undefined;
  const verb = OPENING_TIME.exec(plainWords(textBetween(par.draft, p.sentence.offset, done.offset)))?.[1];
  if (!verb || !verb.includes(stem) || !/已|完成/.test(verb) || DUE.test(verb.replace(/任务|计划|目标/g, ''))) return undefined;
  const previous = Math.max(-1, ...[...par.sentences.keys()].filter((s) => s < p.sentence.offset));
  const levels = (par.sentences.get(previous) ?? []).filter((f) => f.unit.kind !== 'percent' && !f.relational && !f.inChange && !f.bracket && compatible(f.unit, done.unit));
  const count = levels[0];
  if (levels.length !== 1 || !count || !exact(count) || !known(count) || count.approximate || count.done) return undefined;
  if (plainWords(textBetween(par.draft, count.sentence.offset, count.offset)).includes(stem)) return undefined;
  // (全市18个项目均已开工，开工率80%；已完工项目6个，完工率24% of 20 projects: a count done itself (已 after it in its clause),
  // or followed by a rate or share of its own, is a part of a whole, not the base of the next rate: prose11, rates40, real58;
  // 新开工…4.75万套，占计划任务的68.79%；已基本建成6.14万套，基本建成率152.39% of the year's plan, heldout116/minsheng-fujian-01)
  if (/已|完成/.test(textBetween(par.draft, count.endOffset, count.clause.endOffset))) return undefined;
  const ownShareOrRate = (f: Figure): boolean => f.unit.kind === 'percent' && /占|佔|完成|率/.test(textBetween(par.draft, f.clause.offset, f.offset));
  if ((par.sentences.get(previous) ?? []).some((f) => f.offset > count.offset && ownShareOrRate(f))) return undefined;
  // (a plan or task of the paragraph in the unit, stated before, is a reading too)
  const plans = par.figures.filter(
    (f) => f !== count && f.offset < count.offset && f.unit.kind !== 'percent' && PLAN.test(f.measure + f.scope) && compatible(f.unit, done.unit) && exact(f) && known(f) && !f.relational,
  );
  return rateOverBases(p, done, [count, ...plans], `${stem}率`);
}

/** ，已办理 / ，已处理 / ，解决: what was closed in other words than the rate's (办结, 结案), right before its count. */
const CLOSED_IN_OTHER_WORDS = /^[，,](?:(?:已|累计已?)(?:办理|处理)(?:完毕)?|(?:已|累计)?解决)$/;

/** 受理, 应办理, 收到, 交办: the words of what came in or fell due, a closing rate's base. */
const CAME_IN_OR_DUE = /受理|应办理|應辦理|收到|接到|交办|交辦|派单|转办/;

/**
 * 受理消费者投诉举报3544件，已处理3420件，办结率达96.5% (shichang-jianyang-01); 全市各级消委会共受理消费者投诉2049件，解决2048件，
 * 结案率99.95% (weiquan-fuzhou-01); 应办理工单11303件，已办理11303件，办结率100% (rexian-junshan-01): a closing rate (办结率,
 * 结案率) right after a count of what came in or fell due (受理, 应办理, 收到) and, a comma between, what was dealt with in
 * other words (已办理, 已处理, 解决): the second over the first. A count received before the one due (工单受理1136件，应办理1110件，
 * 已办理1110件) is a reading as well; a larger count before a count only received may be the whole the count is a part of:
 * nothing is read then.
 */
export function closedInOtherWords(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  if (stem !== '办结' && stem !== '结案') return undefined;
  const sentence = sentenceOf(par, p);
  const k = sentence.indexOf(p);
  const done = sentence[k - 1];
  const count = sentence[k - 2];
  if (!done || !count || !exact(p) || p.approximate) return undefined;
  if ([done, count].some((f) => f.unit.kind === 'percent' || !exact(f) || f.relational || f.bracket || f.approximate) || !compatible(done.unit, count.unit)) return undefined;
  if (!RATE_RIGHT_AFTER.test(plainWords(textBetween(par.draft, done.endOffset, p.offset)))) return undefined;
  if (!CLOSED_IN_OTHER_WORDS.test(plainWords(textBetween(par.draft, count.endOffset, done.offset)))) return undefined;
  const ownWords = plainWords(textBetween(par.draft, sentence[k - 3]?.endOffset ?? count.sentence.offset, count.offset));
  if (!CAME_IN_OR_DUE.test(ownWords) || count.normalized! < done.normalized!) return undefined;
  const larger = sentence.slice(0, Math.max(0, k - 2)).filter((f) => f.unit.kind !== 'percent' && !f.relational && compatible(f.unit, count.unit) && known(f) && f.normalized > count.normalized!);
  if (larger.length > 0 && !/^应|^應/.test(ownWords.replace(/^[，,]/, ''))) return undefined;
  return rateOverBases(p, done, [count, ...larger], `${stem}率`);
}

/** 困难残疾人家庭无障碍改造（省定民生实事任务: the noun of what was done, then a bracket opening on the task's name. */
const TASK_IN_BRACKETS = /^[\u4e00-\u9fff]{0,16}[（(][\u4e00-\u9fff]{0,10}任务(?:数)?(?:为|是)?$/;

/** ），完成率 / ），完成率为: the bracket closed, then nothing but the completion rate's name. */
const COMPLETION_AFTER_BRACKET = /^[）)][，,](?:任务)?完成率(?:为|达|达到|是)?$/;

/**
 * 今年完成74户困难残疾人家庭无障碍改造（省定民生实事任务70户），完成率105%; 完成残疾儿童抢救性康复救助86名（省定民生实事任务45名），
 * 完成率191% (canlian-luxi-01): a count of what was done, the task alone in brackets right after it, then nothing but
 * 完成率: what was done over that task.
 */
function taskInBracketsAfterItsDone(par: Paragraph, p: Figure, inSentence: readonly Figure[]): Relation | undefined {
  const task = inSentence[inSentence.length - 1];
  const done = inSentence[inSentence.length - 2];
  if (!task || !done || !task.bracket || done.bracket || !compatible(task.unit, done.unit) || !exact(task) || !exact(done) || task.relational || done.relational) return undefined;
  // the task is the bracket's only figure
  if (task.bracket.offset < done.endOffset) return undefined;
  if (!TASK_IN_BRACKETS.test(plainWords(textBetween(par.draft, done.endOffset, task.offset)))) return undefined;
  if (!COMPLETION_AFTER_BRACKET.test(plainWords(textBetween(par.draft, task.endOffset, p.offset)))) return undefined;
  return ratioRelation('rate', p, done, task, '完成率');
}

/**
 * 收到办理回执1133件，代表对1127件建议的首次办理情况表示满意或基本满意，首次办理满意率99.5%; 共收到办理回执994件。其中，993件
 * 评价为满意或基本满意、满意率99.9%: the count the words after it call satisfied, right before the rate, is of the forms
 * returned (回执, 反馈意见表) counted before it in its period or the one before (one such count, in the same unit).
 */
export function satisfiedRate(par: Paragraph, p: Figure): Relation | undefined {
  const period = par.periods.get(p.period) ?? [];
  const before = period.filter((f) => f.offset < p.offset && f.unit.kind !== 'percent');
  const numerator = before[before.length - 1];
  if (!numerator || !exact(numerator) || numerator.relational || !SATISFIED.test(textBetween(par.draft, numerator.endOffset, p.offset))) return undefined;
  const first = par.figures.indexOf(period[0]!);
  const earlier = first > 0 ? (par.periods.get(par.figures[first - 1]!.period) ?? []) : [];
  const forms = [...earlier, ...before].filter(
    (f) => f.offset < numerator.offset && RETURNED_FORMS.test(f.measure) && compatible(f.unit, numerator.unit) && exact(f) && !f.relational && !f.bracket && f.normalized >= numerator.normalized,
  );
  return forms.length === 1 ? ratioRelation('rate', p, numerator, forms[0]!, '满意率') : undefined;
}

/**
 * 谋划实施百城建设提质工程项目386个，…。截至目前，在建项目223个，竣工项目60个，开工率达73.32%: the projects started are those
 * under way and those finished, of the projects counted before in the period or the one before (one such count); of
 * those under way alone is a reading too (either will do).
 */
export function startedUnderWayAndDone(par: Paragraph, p: Figure): Relation | undefined {
  const sentence = sentenceOf(par, p).filter((f) => f.offset < p.offset && f.unit.kind !== 'percent');
  const stage = (f: Figure): string => f.measure.split(' · ').pop() ?? '';
  const underWay = sentence.filter((f) => stage(f).startsWith(UNDER_WAY));
  const done = sentence.filter((f) => PROJECT_STAGES[1]!.some((w) => stage(f).startsWith(w)));
  if (underWay.length !== 1 || done.length !== 1) return undefined;
  const [u, d] = [underWay[0]!, done[0]!];
  if (!exact(u) || !exact(d) || !compatible(u.unit, d.unit)) return undefined;
  const period = par.periods.get(p.period) ?? [];
  const first = par.figures.indexOf(period[0]!);
  const earlier = first > 0 ? (par.periods.get(par.figures[first - 1]!.period) ?? []) : [];
  const projects = [...earlier, ...period].filter(
    (f) => f.offset < Math.min(u.offset, d.offset) && /项目/.test(stage(f)) && compatible(f.unit, u.unit) && exact(f) && !f.relational && !f.bracket && f.normalized >= u.normalized + d.normalized,
  );
  if (projects.length !== 1) return undefined;
  const base = projects[0]!;
  const started: Expr = { op: '+', args: [{ figure: u }, { figure: d }] };
  const cast = [
    [p, 'percent'],
    [u, 'numerator'],
    [d, 'numerator'],
    [base, 'denominator'],
  ] as const;
  return relationAmong(
    'rate',
    p,
    [
      { cast, reading: judge({ op: 'percent', args: [started, { figure: base }] }, { figure: p }, { unit: 'percent' }) },
      { cast, reading: quotient(p, u, base) },
    ],
    { word: '开工率' },
  );
}

/** The decision a count names, without the words around it: 其中批准逮捕 → 批准逮捕. */
function decisionName(f: Figure): string {
  return (f.measure.split(' · ').pop() ?? '').replace(AROUND_A_DECISION, '');
}

/** The counts of a mediation (调处1717件) between a success rate's base and its numerator, no fewer than the successes. */
function mediatedBetween(par: Paragraph, base: Figure, numerator: Figure): Figure[] {
  return sentenceOf(par, numerator).filter(
    (f) =>
      f.offset > base.offset &&
      f.offset < numerator.offset &&
      MEDIATION.test(f.measure) &&
      !f.measure.includes('成功') &&
      compatible(f.unit, numerator.unit) &&
      known(f) &&
      known(numerator) &&
      f.normalized >= numerator.normalized,
  );
}

/**
 * 受理矛盾纠纷1768件，调处1717件，调解成功1696件，调处率、成功率分别为97.2%和98.8%: a rate listed after another, whose own
 * words find it no base (成功 names no attempt), counts a stage after the one the rate before it counted: it is of that
 * stage (调处) or of what that one is of (受理); either reading will do. Its numerator is the one count its stem names
 * between the earlier numerator and the list, no larger than the earlier numerator.
 */
export function rateAfterTheListed(par: Paragraph, p: Figure, stem: string, list: readonly Figure[], found: readonly Relation[]): Relation | undefined {
  const at = list.indexOf(p);
  const earlier = at > 0 ? found.find((r) => r.kind === 'rate' && r.anchor === list[at - 1]) : undefined;
  const operands = earlier && ratioOperands(earlier);
  if (!operands) return undefined;
  const stage = operands.numerator;
  const named = sentenceOf(par, p).filter((f) => f.offset > stage.offset && f.offset < list[0]!.offset && f.unit.kind !== 'percent' && f.measure.includes(stem));
  const numerator = named.length === 1 ? named[0]! : undefined;
  if (!numerator || !exact(numerator) || !exact(stage) || !known(numerator) || !known(stage) || !compatible(numerator.unit, stage.unit)) return undefined;
  if (numerator.relational || numerator.bracket || numerator.normalized > stage.normalized) return undefined;
  return rateOverBases(p, numerator, [stage, operands.base], `${stem}率`);
}

/**
 * 投资规模19.89亿元，其中：阿图什市安排项目68个、计划投资6.83亿元；阿克陶县…计划投资9.24亿元: a plan listed after 其中 in
 * its period is a part's plan (the first part's too, whose place the reader may not take for a subject), not the whole's.
 */
function listedAfterQiZhong(par: Paragraph, f: Figure): boolean {
  return textBetween(par.draft, f.period, f.offset).includes('其中');
}

/** Words of what came in to be dealt with: 收到信件, 接到来电, 接收投诉. */
const RECEIVED = /收到|接到|接收|收件/;

/** Words that set what is to be done: 要求年内基本建成5000套, 计划竣工3000套, 任务. */
const REQUIRED = /(?:要求|计划|任务|目标)(?![\u4e00-\u9fff]*(?:已|完成|累计|实际))[\u4e00-\u9fff]{0,8}$/;

/**
 * The bases a rate's numerator names itself, stated earlier in the draft: the task of its kind (公共租赁住房7900套 for
 * 公共租赁住房开工8240套, 开工率), or the figure required of the same verb (要求年内基本建成5000套 for 基本建成7298套, 建成率).
 */
/** A word of work done at the end of a kind's name (公共租赁住房已, …累计): not part of the kind. */
const DONE_TAIL = /(?:已|累计|共|实际|完成)$/;

function specificBases(par: Paragraph, numerator: Figure, stem: string): Figure[] {
  const measure = bareMeasure(numerator).replace(/^(?:已|累计|共|实际)+/, '');
  const at = measure.indexOf(stem);
  let kind = at >= 2 ? measure.slice(0, at) : '';
  for (let cut = DONE_TAIL.exec(kind); cut; cut = DONE_TAIL.exec(kind)) kind = kind.slice(0, cut.index);
  const verb = at >= 0 ? measure.slice(0, at + stem.length) : '';
  if (kind.length < 2 && verb.length < 2) return [];
  const { byName, required } = stated(par);
  const usable = (f: Figure): boolean => f !== numerator && f.offset < numerator.offset && compatible(f.unit, numerator.unit);
  const ofKind = kind.length >= 2 ? (byName.get(kind) ?? []).filter((f) => usable(f) && f.para.offset !== numerator.para.offset) : [];
  const asRequired = verb.length >= 2 ? required.filter((f) => usable(f) && bareMeasure(f).endsWith(verb)) : [];
  const found = [uniqueValue(ofKind), uniqueValue(asRequired)].filter((f): f is Figure => f !== undefined);
  return found.filter((f) => known(numerator) && f.normalized! >= numerator.normalized! / 3);
}

/** The levels of a paragraph and the paragraphs before it by name, and those stated as required: read once a paragraph. */
const statedMemo = new WeakMap<Paragraph, { byName: Map<string, Figure[]>; required: Figure[] }>();

function stated(par: Paragraph): { byName: Map<string, Figure[]>; required: Figure[] } {
  let found = statedMemo.get(par);
  if (found) return found;
  const byName = new Map<string, Figure[]>();
  const required: Figure[] = [];
  for (const f of [...par.lookups.earlier(), ...par.figures]) {
    if (!exact(f) || !known(f) || f.relational || f.bracket || f.normalized <= 0) continue;
    const name = bareMeasure(f);
    const list = byName.get(name);
    if (list) list.push(f);
    else byName.set(name, [f]);
    if (REQUIRED.test(textBetween(par.draft, f.clause.offset, f.offset))) required.push(f);
  }
  statedMemo.set(par, (found = { byName, required }));
  return found;
}

/** The stems of a rate of money paid out (拨付率, 支付率, 支出率). */
const PAID_OUT = /^(?:拨付|支付|支出|使用)$/;
/** Funds come in: 资金到位, 下达资金, 到账, 筹集. */
const FUNDS_IN = /到位|下达|到账|拨入|筹集/;

/** For a rate of money paid out, the funds in hand stated before its numerator in its sentence, other than its base. */
function fundsInHand(stem: string, numerator: Figure, base: Figure, inSentence: readonly Figure[]): Figure[] {
  if (!PAID_OUT.test(stem)) return [];
  return inSentence.filter((f) => f !== base && f.offset < numerator.offset && FUNDS_IN.test(f.measure) && compatible(f.unit, numerator.unit) && exact(f) && !f.relational);
}

/**
 * What money paid out (the numerator of a 支付率) may be of: the one sum of funds come in (到位, 下达) stated before it in
 * its sentence, and each sum between the two no larger than that and no smaller than the numerator (核拨资金: a step the
 * money went through); none when the funds come in are not one sum.
 */
function paidOutOf(numerator: Figure, inSentence: readonly Figure[]): Figure[] {
  if (!known(numerator)) return [];
  const usable = (f: Figure): boolean => f.offset < numerator.offset && compatible(f.unit, numerator.unit) && exact(f) && !f.relational && !f.bracket;
  const funds = inSentence.filter((f) => usable(f) && FUNDS_IN.test(f.measure));
  const fundsIn = funds.length === 1 ? funds[0]! : undefined;
  if (!fundsIn || !known(fundsIn) || fundsIn.normalized < numerator.normalized) return [];
  const steps = inSentence.filter((f) => usable(f) && f.offset > fundsIn.offset && known(f) && f.normalized >= numerator.normalized && f.normalized <= fundsIn.normalized);
  return [fundsIn, ...steps];
}

/** The characters that say "not" before a rate's stem or a count's name (未达标, 不合格, 非公): negated stems and counts. */
const NEGATED = /[不未非]/;
const OPENS_NEGATED = new RegExp(`^${NEGATED.source}`);
const ENDS_NEGATED = new RegExp(`${NEGATED.source}$`);

/** The words of a name before the stem in it (未 of 未达标户数, 按期 of 按期办结率); nothing when the stem is not there. */
function wordsBefore(name: string, stem: string): string {
  return name.slice(0, Math.max(0, name.indexOf(stem)));
}

/** A count of what did not do what a rate's stem names: 未达标, 不合格 for 达标率, 合格率. */
const negatedStem = (f: Figure, stem: string): boolean => f.measure.includes(stem) && ENDS_NEGATED.test(wordsBefore(f.measure, stem));

/**
 * 已做住房安全认定7174户，有住房保障达标率98.86%。未达标83户，其中…: a rate whose stem no count names but its negation
 * (未达标), in its sentence before it or opening the next right after it, is of the count right before the rate less
 * that one: (7174 − 83) ÷ 7174. Nothing read when the rate's sentence has no count of the unit right before it, or two.
 */
function shortfallRate(par: Paragraph, p: Figure, stem: string, sentence: readonly Figure[], numerators: readonly Figure[]): Relation | undefined {
  const next = par.figures[par.figures.indexOf(p) + 1];
  const opensNext = next && next.sentence.offset !== p.sentence.offset && negatedStem(next, stem) && /^[。；;\s]*[\u4e00-\u9fff]{0,8}$/.test(textBetween(par.draft, p.endOffset, next.offset));
  const short = numerators.length === 1 ? numerators[0]! : numerators.length === 0 && opensNext ? next : undefined;
  if (!short || !exact(short) || !known(short) || short.relational || short.bracket) return undefined;
  const before = sentence.filter((f) => f !== short && f.offset < p.offset && f.unit.kind !== 'percent' && compatible(f.unit, short.unit) && !f.bracket && !f.relational);
  const base = before[before.length - 1];
  // (the counts before the rate agree, or the one right before it is the base: 农业人口7174户，已做认定7174户)
  if (!base || !exact(base) || !known(base) || base.normalized <= short.normalized || (before.length > 1 && !uniqueValue(before))) return undefined;
  const cast = [
    [p, 'percent'],
    [base, 'denominator'],
    [short, 'part'],
  ] as const;
  const met: Expr = { op: '-', args: [{ figure: base }, { figure: short }] };
  return relation('rate', p, cast, [judge({ op: 'percent', args: [met, { figure: base }] }, { figure: p }, { unit: 'percent' })], { word: `${stem}率` });
}

/** A plan of what is to be done (计划完成投资, 任务完成): read as done by its verb, yet a plan. */
const PLANNED_DONE = /(?:计划|任务|目标)完成/;

/** A court's words for cases closed (审结, 审执结, 审（执）结, 执结), read as 结案 by a 结案率. */
const CLOSED_CASES = /^(?:已|共|累计)?(?:审执结|审（执）结|审\(执\)结|审结|执结)/;

/** A project's investment over all its years (总投资, 计划总投资, 概算投资), not the year's plan a completion rate is of. */
const LIFETIME = /总投资|概算|总规模/;

/** (shadow15) The stems of a project stage's rate (竣工率, 开工率): a count planned for the stage (计划竣工项目) may be its base. */
const STAGE_RATE = /^(?:开工|开复工|复工|竣工|完工|建成|投产)$/;

/** The count of the paragraph, before the numerator, of the project stage right before the rate's (完工 for 验收), when one. */
function priorStage(par: Paragraph, numerator: Figure, stem: string): Figure | undefined {
  const k = PROJECT_STAGES.findIndex((words) => words.includes(stem));
  if (k < 1 || !known(numerator)) return undefined;
  const before = PROJECT_STAGES[k - 1]!;
  return uniqueValue(
    par.figures.filter(
      (f) =>
        f.offset < numerator.offset &&
        exact(f) &&
        !f.relational &&
        !f.bracket &&
        compatible(f.unit, numerator.unit) &&
        known(f) &&
        f.normalized >= numerator.normalized &&
        before.some((w) =>
          bareMeasure(f)
            .replace(/^(?:已|累计|共)/, '')
            .startsWith(w),
        ),
    ),
  );
}
/**
 * 受理常规案件16754件，立案16570件，立案率98.90%；派遣14673件，派遣率88.55%: a count stated with a rate of its own right
 * before the numerator in its sentence is a step every case passed before the numerator's (立案 before 派遣), and the
 * numerator's rate may be of it as well as of all received. The step: the count two figures before, named by the verb
 * of the rate between them, of the numerator's unit and no smaller.
 */
function ratedStepBefore(par: Paragraph, numerator: Figure): Figure | undefined {
  const sentence = par.periods.get(numerator.period) ?? [];
  const k = sentence.indexOf(numerator);
  const step = sentence[k - 2];
  if (k < 2 || !step || !numeratorOfNextRate(par.draft, sentence, k - 2)) return undefined;
  if (!exact(step) || step.relational || step.bracket || !compatible(step.unit, numerator.unit) || !known(step) || !known(numerator)) return undefined;
  return step.normalized >= numerator.normalized ? step : undefined;
}

/** A group of projects: 新建项目, 重点新建项目, 盟级重点项目, 项目. */
const PROJECTS = /项目$/;

/**
 * 新建项目共185个，计划总投资624.4亿元，年内计划投资246.5亿元。至9月底，开工建设160个，开工率为86.5% / 15个重点新建
 * 项目，…。1-4月开工7个，开工率46.7%: a project's progress rate (开工率, 竣工率, 开复工率) whose numerator names nothing
 * but the verb (开工建设160个) counts the projects the paragraph speaks of: the count of projects standing nearest before
 * it in its paragraph, when no other count of its unit stands between them, and no smaller than it
 * (not 重大项目开工89个 after 111个重大项目 and a 市列 group: a numerator naming its own projects is read as before).
 */
function projectGroup(par: Paragraph, numerator: Figure, stem: string, allDid = false): Figure | undefined {
  if (!allDid && (!PROJECT_PROGRESS.test(bareMeasure(numerator)) || !numerator.measure.includes(stem))) return undefined;
  if (!exact(numerator) || !known(numerator)) return undefined;
  let nearest: Figure | undefined;
  for (const f of par.figures) {
    if (f.offset >= numerator.offset) break;
    if (f.para === numerator.para && !f.bracket && compatible(f.unit, numerator.unit)) nearest = f;
  }
  if (!nearest || !PROJECTS.test(bareMeasure(nearest)) || nearest.relational || !exact(nearest) || !known(nearest)) return undefined;
  // (not a part after 其中: 新建项目共200个，其中产业类项目180个。开工建设160个 — of the 200 or of the 180, unsaid)
  if (/其中/.test(textBetween(par.draft, nearest.sentence.offset, nearest.offset))) return undefined;
  // (开复工项目64项 names projects; not when a percent stands between, the count before it rated already: 全市18个项目均已
  // 开工，开工率82%；已完工项目7个 — of the 18 or of all the projects, unsaid)
  const named = /项目$/.test(bareMeasure(numerator));
  if (named && par.figures.some((f) => f.offset > nearest.offset && f.offset < numerator.offset && f.unit.kind === 'percent')) return undefined;
  return nearest.normalized >= numerator.normalized ? nearest : undefined;
}

/** What a budget's execution rate is of: the budget approved or set (批复指标, 预算数, 下达指标), not what is left of it. */
const APPROVED = /(?:批复|预算|下达|安排)(?:指标|数|资金|金额)?$/;
/** What was used of it: 已用指标, 已使用资金, 支出数, 实际支出. */
const USED = /^(?:已|实际)?(?:用|使用|支出|支付|拨付)(?:指标|资金|数|金额)?$/;
/** Words of what is left or carried over, no use of a budget: 预算结余, 结转. */
const LEFT = /结余|结转|剩余|余额/;

/**
 * 预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元，总体执行率87%: an execution rate (执行率) whose clause
 * names no figure by its stem is what was used (已用, 支出, 拨付) of what was approved (批复, 预算, 下达), one of each
 * stated before it in its clause.
 */
function executionRate(p: Figure, clause: readonly Figure[]): Relation | undefined {
  const amounts = clause.filter((f) => f.offset < p.offset && f.unit.kind === 'money' && exact(f) && known(f) && !f.bracket && !LEFT.test(f.measure));
  const bases = amounts.filter((f) => APPROVED.test(bareMeasure(f)));
  const used = amounts.filter((f) => USED.test(bareMeasure(f)));
  if (bases.length !== 1 || used.length !== 1) return undefined;
  const [base, numerator] = [bases[0]!, used[0]!];
  if (numerator.offset < base.offset || !compatible(base.unit, numerator.unit)) return undefined;
  return ratioRelation('rate', p, numerator, base, '执行率');
}

/**
 * 本月共办理工单1919件（其中办结1821件，驳回98件），办结率80.60%: a rate right after a closed bracket that breaks down the
 * figure before it (其中…) speaks of that figure, as a share there does (lastBefore), not of a part in the bracket;
 * what that figure is a rate of the words do not say, so no reading.
 */
function afterItsBreakdown(par: Paragraph, p: Figure, numerator: Figure): boolean {
  const gloss = numerator.bracket;
  if (!gloss || gloss.endOffset > p.offset || p.bracket) return false;
  if (!/^[（(\s]*其中/.test(textBetween(par.draft, gloss.offset, numerator.offset))) return false;
  return /^[）)]?\s*[，,]\s*[\u4e00-\u9fff]{0,8}率(?:为|达|达到)?\s*$/.test(textBetween(par.draft, gloss.endOffset, p.offset));
}

/** A rate read against each of several bases the words allow: it holds when one of them gives it. */
function rateOverBases(p: Figure, numerator: Figure, bases: readonly Figure[], word: string): Relation | undefined {
  return relationAmong(
    'rate',
    p,
    bases.map((b) => ({
      cast: [
        [p, 'percent'],
        [numerator, 'numerator'],
        [b, 'denominator'],
      ] as const,
      reading: quotient(p, numerator, b),
    })),
    { word },
  );
}

/**
 * The count that opens the numerator's period, when it is no base found already, not what was done, and no smaller
 * than the numerator: the group the period speaks of (建档立卡贫困户危房改造1331户，已开工1312户，…；已完工1205户).
 */
function periodGroup(par: Paragraph, numerator: Figure, base: Figure): Figure | undefined {
  const first = (par.periods.get(numerator.period) ?? [])[0];
  if (!first || first === base || first === numerator || first.offset > numerator.offset || first.done || first.relational || first.bracket) return undefined;
  if (!exact(first) || !compatible(first.unit, numerator.unit) || first.subject !== numerator.subject || !known(first) || !known(numerator)) return undefined;
  return first.normalized >= numerator.normalized ? first : undefined;
}

/**
 * The other counts a rate may be of besides the base found: in the numerator's period before it, of its unit, no
 * smaller than it, each due (受理, 应办理, 交办) or named as a number of things (活产数), or, for a rate qualified (按期, 审限内), what its stem names without the
 * qualifier (办结, 已办理), or, for a 满意率, the cases closed; one of each value, three at most.
 */
function otherBases(par: Paragraph, numerator: Figure, base: Figure, stem: string, qualifier: string | undefined): Figure[] {
  if (!exact(numerator) || !known(numerator)) return [];
  const found = new Map<number, Figure>();
  for (const f of par.periods.get(numerator.period) ?? []) {
    if (f.offset >= numerator.offset) break;
    if (f === base || f.relational || f.bracket || f.range || !exact(f) || !known(f) || !compatible(f.unit, numerator.unit) || f.normalized < numerator.normalized) continue;
    if (f.normalized === base.normalized) continue;
    // (当年活产数6411人，产妇总数6404人，孕产妇系统管理5503人，…管理率85.84%: a count named as a number, 活产数, may be the base)
    const due = (DUE.test(f.measure) || /[^率]数$/.test(f.measure)) && !f.measure.includes(stem);
    const done = qualifier !== undefined && !f.measure.includes(qualifier) && (f.measure.includes(stem) || (f.done && [...stem].some((ch) => f.measure.includes(ch))));
    // (受理工单1824件，…已办结1751件，办结率96.0%；回访满意1698件，满意率97.0%: satisfaction is asked of the cases closed)
    const closed = stem === '满意' && CLOSED_CASES_ASKED.test(f.measure);
    if (due || done || closed) found.set(f.normalized, f);
  }
  return [...found.values()].slice(-3);
}

/** A count of cases closed (已办结, 结办, 办毕, 结案), of which a 满意率 may be the share satisfied. */
const CLOSED_CASES_ASKED = /办结|结办|办毕|结案/;

/** The words before a rate alone in its clause: 完成率, 办结率达. */
const RATE_HEAD = /^[\u4e00-\u9fff]{0,8}率(?:为|达|达到)?$/;

/**
 * A figure whose unit runs on over a slash (完成训练任务9238.6人/月, 5000元/吨): a quantity per month or per ton, not a
 * count of the unit before the slash, so no base of a rate of that unit (实施基本康复服务2.5万人，康复服务率92.59%).
 */
function perSomething(par: Paragraph, f: Figure): boolean {
  return /^[/／]/.test(textBetween(par.draft, f.endOffset, f.endOffset + 1));
}

/**
 * The base of a rate whose own sentence states none: the nearest plan or task (任务为20985户, 当年计划投资19亿元), or
 * failing one the nearest figure of what was due (受理4697件, 应参保…), before the numerator in its period, else in
 * its paragraph, else the one plan of the paragraphs just before it; one value there, or none.
 */
function nearestBase(par: Paragraph, numerator: Figure, orDue: boolean, after = -1, beyond = false): Figure | undefined {
  // the numerator's own sentence first (…建设任务为17.58万亩…；2021年建设任务为57.26万亩，目前建成45.63万亩，完成率79.7%)
  const scopes = [sentenceOf(par, numerator), par.periods.get(numerator.period) ?? [], par.figures];
  for (const scope of scopes) {
    const before = scope.filter(
      (f) =>
        f !== numerator &&
        f.offset < numerator.offset &&
        f.offset > after &&
        exact(f) &&
        !f.relational &&
        // (全年计划完成投资42.50亿元: the plan of what is to be done, not what was done)
        (!f.done || PLANNED_DONE.test(f.measure)) &&
        !f.bracket &&
        compatible(f.unit, numerator.unit) &&
        !perSomething(par, f) &&
        // (共收到办理回执994件。其中，993件评价为满意…: a numerator after a bare 其中 is of the whole before it)
        (f.subject === numerator.subject || (numerator.subject === '其中' && f.subject === '')) &&
        !/^[超多少比较]/.test(f.measure),
    );
    const plans = before.filter((f) => /计划|任务|目标/.test(f.measure + f.scope));
    if (plans.length > 0) return uniqueValue(plans);
    // 确定事项405项，完成385项，正在办理20项，完成率95.1%: in its own sentence, the count that what was done and the
    // count right after it (正在办理, 未完成) add up to is the whole
    if (scope === scopes[0]) {
      const next = scope.find((f) => f.offset > numerator.offset && compatible(f.unit, numerator.unit) && exact(f) && !f.relational);
      const whole = next && known(next) && known(numerator) ? before.find((f) => known(f) && f.normalized === numerator.normalized + next.normalized) : undefined;
      if (whole) return whole;
    }
    const due = orDue ? before.filter((f) => DUE.test(f.measure)) : [];
    if (due.length > 0) return uniqueValue(due);
    // 确定事项39项，完成39项，完成率100%: a bare verb of what was done (完成39项) right after the one count of its unit in
    // its sentence counts what that count named (rates22)
    if (scope === scopes[0] && orDue && numerator.measure === '' && before.length === 1) {
      const only = before[0]!;
      const next = scope[scope.indexOf(only) + 1];
      if (next === numerator && known(only) && known(numerator) && only.normalized >= numerator.normalized && only.measure.length >= 2) return only;
    }
  }
  // (省下达给房县的危房改造计划共2100户…⏎⏎截至目前，已开工1541户，竣工862户，开工率74%，竣工率42%: a plan stated in a
  // paragraph just before, the one plan of the unit there, outside brackets; not for a group counted with its figure,
  // 138个续建项目累计完成投资1644亿元, whose own plan is not the whole one, nor a plan of another time)
  if (numerator.keyedBy === 'entity' || numerator.subject.startsWith('其中')) return undefined;
  const plans = par.lookups.earlier().filter(
    (f) =>
      exact(f) &&
      !f.relational &&
      !f.done &&
      !f.bracket &&
      compatible(f.unit, numerator.unit) &&
      !perSomething(par, f) &&
      /计划|任务|目标/.test(f.measure + f.scope) &&
      sameTime(f.scope.replace(/·?(?:计划|任务|目标)/, ''), numerator.scope) &&
      known(f) &&
      known(numerator) &&
      // (a plan smaller than what was done only for a rate that says the plan was passed: 开工率达108%)
      (f.normalized >= numerator.normalized || beyond),
  );
  return uniqueValue(plans);
}

/**
 * 省下达我市保障性安居工程目标总任务为14622套。⏎⏎…开工建设16170套，开工率达110.59%: a rate over 100% says that more was
 * done than planned, so a plan smaller than what was done may be its base.
 */
function beyondItsPlan(p: Figure): boolean {
  return known(p) && exact(p) && !p.approximate && p.normalized > 100;
}

/** A plan's time and a figure's: the same, or a year for the plan and none for the figure (the year it speaks of). */
function sameTime(plan: string, figure: string): boolean {
  // (危房改造任务10081户 of 2019年, 截至2019年6月28日，…开工10887户: a date or a run of months within the plan's year)
  const year = /^((?:19|20)[0-9]{2})年度?$/.exec(plan)?.[1];
  return plan === figure || (figure === '' && year !== undefined) || (year !== undefined && new RegExp(`^(?:截[至止])?${year}年[0-9]`).test(figure));
}

/** A rate with several candidate numerators and one base that is due (交办, 应, 计划): any that gives the rate will do. */
function rateAmong(p: Figure, stem: string, numerators: Figure[], inPeriod: Figure[]): Relation | undefined {
  if (numerators.length > 4 || !exact(p)) return undefined;
  const unit = numerators[0]!.unit;
  if (!numerators.every((f) => compatible(f.unit, unit) && exact(f))) return undefined;
  const first = numerators[0]!;
  const before = inPeriod.filter((f) => f.offset < first.offset && !numerators.includes(f) && compatible(f.unit, unit) && !f.bracket && !f.relational);
  const due = before.filter((f) => DUE.test(f.measure));
  const base = uniqueValue(due.length > 0 ? due : before);
  if (!base || !exact(base) || base.normalized === 0) return undefined;
  const candidates = numerators.filter((f) => f.normalized! <= base.normalized);
  if (candidates.length === 0) return undefined;
  return rateOfOneBase(p, stem, candidates, base);
}

/**
 * The one count among a rate's numerators whose name, less 数 (符合筛查条件的建册孕妇 of 符合筛查条件的建册孕妇数), the rate's
 * own words name before the last place of its stem (符合筛查条件的建册孕妇免费产前筛查率): the group the rate is of. Not a
 * count the stem ends (免费唐氏筛查 for 免费唐氏筛查率 names what was done, not who).
 */
function groupNamedByTheRate(par: Paragraph, p: Figure, stem: string, numerators: readonly Figure[]): Figure | undefined {
  const head = headOf(par.draft, p);
  const words = head.slice(0, Math.max(0, head.lastIndexOf(stem)));
  const named = numerators.filter((f) => {
    const counted = COUNT_OF.exec(f.measure);
    const group = counted ? f.measure.slice(0, counted.index) : '';
    return group.length >= 4 && group.includes(stem) && words.includes(group) && exact(f);
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * A rate of a group its words name: the other counts its stem names after the group, no larger than it, are each a
 * reading (870 of 999); nothing when there is none.
 */
function rateOfItsGroup(p: Figure, stem: string, group: Figure, numerators: readonly Figure[]): Relation | undefined {
  const candidates = numerators.filter((f) => f !== group && f.offset > group.offset && exact(f) && compatible(f.unit, group.unit) && f.normalized! <= group.normalized!);
  if (candidates.length === 0 || !exact(p) || group.normalized === 0) return undefined;
  return rateOfOneBase(p, stem, candidates, group);
}

/** A rate of one base whose numerator may be any of several counts: any that gives the rate will do. */
function rateOfOneBase(p: Figure, stem: string, candidates: readonly Figure[], base: Figure): Relation | undefined {
  return relationAmong(
    'rate',
    p,
    candidates.map((numerator) => ({
      cast: [
        [p, 'percent'],
        [numerator, 'numerator'],
        [base, 'denominator'],
      ] as const,
      reading: quotient(p, numerator, base),
    })),
    { word: `${stem}率` },
  );
}

/**
 * 46个项目已开工41个，开工率89.1%；完成改造28个，完工率62.9%: a rate whose stem names no figure (完工, 完成改造) takes
 * the base another rate of its sentence already took, when one figure stands before it in its own clause group
 * (up to ；) and shares a character of the stem.
 */
export function rateOfSharedBase(par: Paragraph, p: Figure, stem: string, found: readonly Relation[]): Relation | undefined {
  const own = sentenceOf(par, p).filter((f) => f.offset < p.offset && f.unit.kind !== 'percent');
  if (own.length !== 1) return undefined;
  const numerator = own[0]!;
  // a count with the stem itself had its chance: without a base of its own it is a rate of something unstated
  if (numerator.measure.includes(stem) || ![...stem].some((ch) => numerator.measure.includes(ch))) return undefined;
  const bases = new Set(
    found
      .filter((r) => r.kind === 'rate' && r.anchor.period === p.period && r.anchor !== p)
      .map((r) => withRole(r, 'denominator')!)
      .filter((b) => compatible(b.unit, numerator.unit) && b.offset < numerator.offset),
  );
  if (bases.size !== 1) return undefined;
  const [base] = bases;
  if (known(numerator) && known(base!) && numerator.normalized > base.normalized) return undefined;
  return ratioRelation('rate', p, numerator, base!, `${stem}率`);
}
/** 收到提案400件, 共提交提案原件187件, 共提出提案91件: the proposals a 立案率 is of. */
const PROPOSALS_RECEIVED = /(?:收到|提交|提出|征集到?)[^，,。；;]{0,6}?提案(?:原件|材料)?(?:数)?$/;

/**
 * 大会提案组共收到提案400件。…经初步审查，立案349件，…立案率87.2%: a 政协 filing rate is by definition the proposals
 * filed over those received, the nearest count of proposals received (收到, 提交, 提出) before the count filed, in its
 * paragraph or the paragraphs just before it (其中会后17件, a part of those received, is no base).
 */
export function filingRate(par: Paragraph, p: Figure): Relation | undefined {
  const counts = (scope: readonly Figure[]) => scope.filter((f) => f.unit.kind === 'count' && exact(f) && !f.relational && !f.bracket);
  const filed = counts(sentenceOf(par, p)).filter((f) => f.offset < p.offset && bareMeasure(f).endsWith('立案'));
  const n = uniqueValue(filed);
  if (!n) return undefined;
  const pool = [...counts(par.lookups.earlier()), ...counts(par.figures)];
  const received = pool.filter((f) => (f.para !== n.para || f.offset < n.offset) && compatible(f.unit, n.unit) && PROPOSALS_RECEIVED.test(bareMeasure(f)));
  const base = received[received.length - 1];
  if (!base || !known(base) || !known(n) || base.normalized < n.normalized) return undefined;
  // 共提交大会提案950件，平时提案24件。经审查，立案824件: another count of proposals after it (not a part after 其中) may
  // add to it; which the rate is of, the words do not say
  const alongside = pool.some(
    (f) =>
      f !== base && f.offset > base.offset && f.offset < n.offset && compatible(f.unit, n.unit) && /提案/.test(bareMeasure(f)) && !textBetween(par.draft, base.endOffset, f.offset).includes('其中'),
  );
  return alongside ? undefined : ratioRelation('rate', p, n, base, '立案率');
}

/**
 * 新收各类案件3964件，旧存194件，未结1578件，已结2580件，综合结案率62.05%: a court's closing rate is of the cases it had to close, those
 * newly received and those carried over (旧存) together: 2580 ÷ (3964 + 194). The rate's period counts the cases carried
 * over once, beside the new ones (right before or after them), and the cases closed once. Of the new cases alone is a
 * reading too (where the new ones are said to hold the old). (Not 其中，我院新收诉讼案件2000件，…结案1634件（含上年旧存）…；
 * 结案率为76.64%: a part's own cases carried over are not stated.)
 */
export function courtClosingRate(par: Paragraph, p: Figure): Relation | undefined {
  const counted = (figures: readonly Figure[]): Figure[] => figures.filter((f) => f.offset < p.offset && f.unit.kind === 'count' && exact(f) && !f.relational);
  const own = counted(par.periods.get(p.period) ?? []);
  // (新收案件103件，旧存案件3件，共审理各类案件106件。已审结71件，未结35件，结案率为67.6%: a period opening with the cases
  // closed, stating none carried over, goes on from the cases to be closed the period before it counts)
  const carried = (f: Figure): boolean => CARRIED_OVER_CASES.test(headOf(par.draft, f));
  // (执行案件结案率为80.6% after them is a kind's rate: only a rate its clause names by 结案率 alone)
  const opensClosed =
    own.length > 0 && CASES_CLOSED.test(headOf(par.draft, own[0]!)) && !own.some(carried) && /^(?:综合|總|总)?[结結]案率/.test(textBetween(par.draft, p.clause.offset, p.offset).trim());
  const counts = opensClosed ? [...counted(periodRightBefore(par, p.period)), ...own] : own;
  const old = counts.filter(carried);
  if (old.length !== 1) return undefined;
  const o = old[0]!;
  const k = counts.indexOf(o);
  const beside = [counts[k - 1], counts[k + 1]].filter((f): f is Figure => !!f && NEW_CASES.test(headOf(par.draft, f)) && compatible(f.unit, o.unit));
  const closed = counts.filter((f) => CASES_CLOSED.test(headOf(par.draft, f)));
  if (beside.length !== 1 || closed.length !== 1 || !compatible(closed[0]!.unit, o.unit)) return undefined;
  const [n, c] = [beside[0]!, closed[0]!];
  const cast = [
    [p, 'percent'],
    [c, 'numerator'],
    [n, 'denominator'],
  ] as const;
  return relationAmong(
    'rate',
    p,
    [
      { cast, reading: quotientOver(p, c, { op: '+', args: [{ figure: n }, { figure: o }] }) },
      { cast, reading: quotient(p, c, n) },
    ],
    { word: '结案率' },
  );
}

/** The figures of the paragraph's period right before the one starting at `period`. */
function periodRightBefore(par: Paragraph, period: number): Figure[] {
  const earlier = [...par.periods.keys()].filter((k) => k < period);
  return earlier.length > 0 ? (par.periods.get(Math.max(...earlier)) ?? []) : [];
}

/** A court's cases carried over (旧存194件, 上年旧存28802件), received anew (新收, 收案, 共收…案件) and closed (已结, 审执结). */
const CARRIED_OVER_CASES = /旧存(?:案件)?(?:为|共)?$/;
const NEW_CASES = /新收|收案|共收|受理/;
const CASES_CLOSED = /(?:已结|审结|审执结|执结|结案)(?:案件)?(?:数)?(?:为|共)?$/;

/**
 * 全年任务为3800户，实际改造4559户，超额完成20%: the excess over the task, (4559 − 3800) ÷ 3800; with 分别 the
 * tasks and what was done pair by order (实际分别完成95个、310个、7397个，分别超额完成19%、14%和12%).
 */
export function excesses(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const done = new Set<Figure>();
  for (const p of par.percents) {
    if (done.has(p) || !exact(p) || !/超额完成了?$/.test(headOf(par.draft, p))) continue;
    const group = /分别超额完成了?$/.test(headOf(par.draft, p)) ? listedFrom(par.draft, p, par.percents) : [p];
    group.forEach((q) => done.add(q));
    const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset && f.unit.kind !== 'percent' && exact(f) && !f.relational && !f.bracket);
    const tasks = before.filter((f) => /任务|计划|目标/.test(f.measure + f.scope));
    const achieved = before.filter((f) => !tasks.includes(f) && f.offset > (tasks[tasks.length - 1]?.offset ?? Infinity));
    const k = group.length;
    const t = tasks.slice(-k);
    const a = achieved.slice(-k);
    if (t.length !== k || a.length !== k) continue;
    group.forEach((q, i) => {
      if (!compatible(t[i]!.unit, a[i]!.unit) || !exact(q)) return;
      const left: Expr = { op: 'percent', args: [{ op: '-', args: [{ figure: a[i]! }, { figure: t[i]! }] }, { figure: t[i]! }] };
      const r = relation(
        'rate',
        q,
        [
          [q, 'percent'],
          [a[i]!, 'numerator'],
          [t[i]!, 'denominator'],
        ],
        [judge(left, { figure: q }, { unit: 'percent' })],
        { word: '超额完成' },
      );
      if (r) out.push(r);
    });
  }
  return out;
}

/** The head of a count by which what was done passed its task: 超任务, 超额完成任务, 超额完成年度任务. */
const OVER_TASK = /^(?:超|超额完成)(?:年度|全年)?任务(?:数)?了?$/;

/**
 * 分配…康复训练任务900名…实施康复训练1399人，…，超任务499人: the count by which what was done passed its task, 1399 − 900.
 * In the excess's sentence, the task is the one count of its persons or things before it named a task (任务), and what
 * was done the last count of that unit between the task and the excess, not named a task, nor a count per something
 * (9238.6人/月). One of each, or nothing.
 */
export function excessesOverTask(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  // (a paragraph with no 超 and 任务 has no such count: two tests per keystroke instead of a look at every count's head)
  const prose = par.figures[0]?.para.prose ?? '';
  if (!prose.includes('超') || !prose.includes('任务')) return out;
  for (const e of par.figures) {
    if (e.unit.kind !== 'count' || !exact(e) || e.relational || !OVER_TASK.test(headOf(par.draft, e))) continue;
    const before = sentenceOf(par, e).filter((f) => f.offset < e.offset && exact(f) && !f.relational && !f.bracket && sameCount(f.unit, e.unit) && !perSomething(par, f));
    const tasks = before.filter((f) => /任务/.test(f.measure));
    if (tasks.length !== 1) continue;
    const task = tasks[0]!;
    const done = before.filter((f) => f.offset > task.offset).pop();
    if (!done || !known(done) || !known(task) || done.normalized <= task.normalized) continue;
    const r = relation(
      'sum',
      e,
      [
        [done, 'total'],
        [task, 'part'],
        [e, 'part'],
      ],
      [judge({ op: '-', args: [{ figure: done }, { figure: task }] }, { figure: e }, { unit: 'amount' })],
      { marker: EXCESS_OVER_TASK },
    );
    if (r) out.push(r);
  }
  return out;
}

/** The marker of an excess over a task (number-sum words its message). */
export const EXCESS_OVER_TASK = '超任务';

/** 完成预算的68%, 完成年初预算的97.3%: the percentage of its budget an outturn reaches. */
const COMPLETES_BUDGET = /完成(?:了)?(?:年初|全年|年度|调整)?预算(?:数)?的$/;
/** 为年初预算的101.2%, 为预算的100%: the percentage of the budget stated right before its outturn. */
const OF_BUDGET = /^为(?:年初|调整后?的?)?预算(?:数)?的$/;
/** 支出预算为246万元, 年初预算为22.00万元 (not a 决算). */
const BUDGET = /预算(?:数)?$/;

/**
 * 支出预算为246万元，支出决算为167.37万元，完成预算的68%: the outturn right before the percentage over the budget
 * stated before it in the same sentence, with nothing in between (其中 would start the budget's parts, each with a
 * budget of its own that is not stated).
 */
export function budgetCompletions(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (kinds.has(p) || par.claimed.has(p)) continue;
    const head = headOf(par.draft, p);
    const before = sentenceOf(par, p).filter((f) => f.offset < p.offset && f.unit.kind !== 'percent' && !f.bracket);
    const outturn = before[before.length - 1];
    const budget = before[before.length - 2];
    // 批准的…一般公共预算收入为53.03亿元，实际完成53.68亿元，为年初预算的101.2%: the budget and its outturn right before (the
    // outturn after ，实际完成), then 为…预算的
    if (OF_BUDGET.test(head) && outturn && budget && budget.budget === 'set' && outturn.budget === 'outturn' && exact(budget) && exact(outturn)) {
      const r = ratioRelation('rate', p, outturn, budget, '完成预算');
      if (r) out.push(r);
      continue;
    }
    // 支出预算调整为79.4亿元（其中：开发区9.8亿元）。实际完成74.2亿元（其中：开发区9.7亿元），为调整预算的93.5%: the outturn
    // opening its sentence, over the budget the figures' reading paired it with, the last level of the sentence before
    // (完成调整预算的100%, after 预算调整为: relations/budgetActuals.ts reads both)
    if ((OF_BUDGET.test(head) || OF_ADJUSTED_BUDGET.test(head)) && before.length === 1 && outturn?.budget === 'outturn' && exact(outturn)) {
      const set = par.figures.filter((f) => f.offset < outturn.offset && f.budget === 'set').pop();
      const r = set && exact(set) && ratioRelation('rate', p, outturn, set, '完成预算');
      if (r) out.push(r);
      if (set) continue;
    }
    // 2018年市本级一般公共预算收入为277800万元，与备案预算一致。⏎2018年市本级一般公共预算收入完成279196万元，为预算的100.5%:
    // the outturn alone in its sentence, over the budget of its name and time stated before with words calling it the budget
    if (OF_BUDGET.test(head) && before.length === 1 && outturn && exact(outturn) && outturn.unit.kind === 'money') {
      const stated = uniqueValue(
        [...par.lookups.earlier(), ...par.figures].filter(
          (f) =>
            f.offset < outturn.sentence.offset && f.key === outturn.key && f.scope === outturn.scope && exact(f) && !f.bracket && !f.relational && compatible(f.unit, outturn.unit) && agreedBudget(f),
        ),
      );
      const r = stated && ratioRelation('rate', p, outturn, stated, '完成预算');
      if (r) out.push(r);
      if (stated) continue;
    }
    if (!COMPLETES_BUDGET.test(head)) continue;
    if (!outturn || outturn.relational || outturn.unit.kind !== 'money') continue;
    if (
      !budget ||
      budget.relational ||
      !compatible(budget.unit, outturn.unit) ||
      !BUDGET.test(bareMeasure(budget)) ||
      /决算/.test(bareMeasure(budget)) ||
      /其中/.test(textBetween(par.draft, budget.endOffset, p.offset))
    ) {
      // (no budget beside it: the one stated under a 预算为： before, by the outturn's name)
      const stated = before.length === 1 ? declaredBudget(par, outturn) : undefined;
      const r = stated && ratioRelation('rate', p, outturn, stated, '完成预算');
      if (r) out.push(r);
      continue;
    }
    const r = ratioRelation('rate', p, outturn, budget, '完成预算');
    if (r) out.push(r);
  }
  return out;
}

/** 为调整预算的, 完成调整预算的 (完成调整预算100%): the percentage of the adjusted budget an outturn reaches. */
const OF_ADJUSTED_BUDGET = /^(?:为|完成)调整(?:后的?)?预算(?:数)?的?$/;
/** Words declaring the figures after them a budget: 2023年度预算为：, 年初预算安排： (not 预算执行情况, 决算). */
const BUDGET_DECLARED = /预算(?:数)?(?:安排)?(?:为|是)?[：:]/;

/**
 * 2023年度预算为：一般公共预算收入60,000万元，支出373,660万元；…。…地方一般公共预算收入67,439万元，完成年初预算的112.4%:
 * the budget an outturn is completed against, stated before it (its paragraph or the ones just before) after words
 * declaring a budget, under a name the outturn's name ends with (支出 after X收入 in such a list is X支出); one value.
 */
function declaredBudget(par: Paragraph, outturn: Figure): Figure | undefined {
  const name = bareMeasure(outturn);
  const found = [...par.lookups.earlier(), ...par.figures].filter((f) => {
    if (f.offset >= outturn.offset || f.relational || f.bracket || f.range || !exact(f) || !compatible(f.unit, outturn.unit)) return false;
    const own = bareMeasure(f);
    const group = f.key.includes('·') ? f.key.slice(0, f.key.indexOf('·')) : '';
    const budgetName = own === '支出' && /收入$/.test(group) ? group.replace(/收入$/, '支出') : own;
    if ([...budgetName].length < 6 || !name.endsWith(budgetName)) return false;
    const head = textBetween(par.draft, f.period, f.offset);
    return BUDGET_DECLARED.test(head) && !/决算|执行|完成/.test(head);
  });
  return uniqueValue(found);
}

/**
 * 全旗重点项目完成投资123.095亿元，完成投资目标的54.3%: the part of the year's plan what was done reaches, over the
 * plan stated before it in the paragraph for its subject, read like 占年度计划的; silent when no plan is stated.
 */
export function planCompletions(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (kinds.has(p) || par.claimed.has(p)) continue;
    const task = taskAfterItsDone(
      par,
      p,
      sentenceOf(par, p).filter((f) => f.offset < p.offset && f.unit.kind !== 'percent'),
    );
    if (task) {
      out.push(task);
      continue;
    }
    const words = COMPLETES_PLAN.exec(simplified(headOf(par.draft, p)))?.[1];
    if (!words) continue;
    const each = eachOfItsOwnTask(par, p);
    if (each) {
      out.push(...each);
      continue;
    }
    const r = share(par, p, words, true);
    if (r) out.push(r.holds ? r : (ofItsOwnTask(par, p, r) ?? r));
  }
  return out;
}

/**
 * 任务目标是开工58488套，基本建成79377套。…新开工3.29万套，完成年度任务的56.3%，基本建成5.57万套，完成年度任务的70.2%:
 * tasks stated side by side in one sentence are each the task of what shares its verb (基本建成 of 基本建成): a task of the
 * plan's sentence named as the numerator is a reading too.
 */
function ofItsOwnTask(par: Paragraph, p: Figure, r: Relation): Relation | undefined {
  const operands = ratioOperands(r);
  if (!operands) return undefined;
  const { numerator, base } = operands;
  const verb = numerator.measure.replace(/^(?:已|累计|新|共)+/, '');
  if (verb.length < 2) return undefined;
  const tasks = par.figures.filter(
    (f) =>
      f !== base &&
      f !== numerator &&
      f.sentence.offset === base.sentence.offset &&
      f.offset < numerator.offset &&
      compatible(f.unit, numerator.unit) &&
      exact(f) &&
      !f.relational &&
      f.normalized > 0 &&
      f.measure.endsWith(verb) &&
      !completed(par, f),
  );
  return tasks.length === 1 ? orReading(r, p, numerator, tasks[0]!) : undefined;
}

/**
 * 任务为新开工棚户区改造10523套，基本建成棚户区改造5936套。…新开工10523套，基本建成5936套，分别完成年度任务的100%: one
 * percentage after 分别 says each of the figures before it reached it, each of its own task: the stage of building each
 * names (开工, 建成, 竣工) finds its task, the one earlier figure of the paragraph naming that stage. Every figure's task found,
 * each is checked; else nothing is said (undefined when no 分别 stands before the one percentage, or fewer than two figures).
 */
function eachOfItsOwnTask(par: Paragraph, p: Figure): Relation[] | undefined {
  if (!/分别完成/.test(simplified(headOf(par.draft, p)))) return undefined;
  const sentence = sentenceOf(par, p);
  // (分别完成年度任务的80%、50%: a list of percentages pairs with the figures by order, read elsewhere)
  const after = sentence[sentence.indexOf(p) + 1];
  if (after && after.unit.kind === 'percent' && /^[、和及与]$/.test(textBetween(par.draft, p.endOffset, after.offset))) return undefined;
  const done: Figure[] = [];
  for (let k = sentence.indexOf(p) - 1; k >= 0; k--) {
    const f = sentence[k]!;
    if (f.unit.kind === 'percent' || f.bracket || f.relational || !exact(f) || (done[0] && !compatible(f.unit, done[0].unit))) break;
    done.unshift(f);
  }
  if (done.length < 2) return undefined;
  const out: Relation[] = [];
  for (const n of done) {
    const stage = buildStage(n.measure);
    const tasks = stage
      ? par.figures.filter(
          (f) => f.offset < done[0]!.offset && f.sentence.offset !== n.sentence.offset && !f.bracket && !f.relational && exact(f) && compatible(f.unit, n.unit) && buildStage(f.measure) === stage,
        )
      : [];
    if (tasks.length !== 1) return [];
    const r = ratioRelation('rate', p, n, tasks[0]!, '完成率');
    if (r) out.push(r);
  }
  return out;
}

/** 完成投資88.6億元，完成年度計劃的37.5%: a figure whose completion of a plan follows it is what was done, no task. */
function completed(par: Paragraph, f: Figure): boolean {
  const next = par.figures[par.figures.indexOf(f) + 1];
  return !!next && next.unit.kind === 'percent' && COMPLETES_PLAN.test(simplified(headOf(par.draft, next)));
}

/** Counted places, units and bodies: 4个一般受灾县完工8个 counts the projects of four counties, not four of them. */
const PLACES = /(?:县|区|市|镇|乡|村|省|州|旗|单位|部门|街道|社区)$/;

/**
 * 80个计划新开工项目开工建设76个，开工率95%; 88個新開工項目中已開工65個，開工率為73.9%; 245件建议中，已落实…的190件，落实率为78%:
 * a group counted before its noun (80个…项目), and in the same clause (or after its 中，) the count of them its rate's
 * verb names, right before the rate: the rate is the one over the other. The verb stands after the group's noun, the
 * count done is no larger than the group, and the group is not of places or bodies (4个一般受灾县完工8个).
 */
export function rateOfACountedGroup(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  const sentence = sentenceOf(par, p);
  const k = sentence.indexOf(p);
  const n = sentence[k - 1];
  const group = sentence[k - 2];
  if (!n || !group || n.unit.kind !== 'count' || !compatible(group.unit, n.unit) || !exact(n) || !exact(group) || !known(n) || !known(group)) return undefined;
  if (n.relational || group.relational || n.bracket || group.bracket || group.normalized! < n.normalized!) return undefined;
  const plain = (a: number, b: number): string => plainWords(textBetween(par.draft, a, b));
  const verb = plainWords(stem);
  // ，开工率为 / ，年度开工率达: nothing but the rate's own head after the count
  const head = plain(n.endOffset, p.offset);
  if (!new RegExp(`^[，,][\\u4e00-\\u9fff]{0,4}${verb}率(?:为|达|达到|是)?$`).test(head)) return amongTheGroup(p, n, group, plain(group.endOffset, n.offset), head, verb);
  const between = plain(group.endOffset, n.offset);
  // (the group's noun, perhaps 中，, then words to the count: no figure, no other clause)
  if (!/^[\u4e00-\u9fff]{2,16}(?:中[，,])?[\u4e00-\u9fff]{0,20}$/.test(between)) return undefined;
  const at = between.lastIndexOf(verb);
  if (at < 0 || between.length - at - verb.length > 10) return undefined;
  const noun = between.slice(0, at).replace(/(?:中[，,]?)?(?:已|实际|累计|已经)?$/, '');
  if (noun.length < 2 || /[，,]/.test(noun) || PLACES.test(noun)) return undefined;
  return ratioRelation('rate', p, n, group, `${stem}率`);
}

/**
 * (post47c) 对全市101家工厂的613个噪声作业点测试，其中352个作业点的噪声超过国家卫生标准，超标率为57.10%: the things tested
 * (测试, 检测, 监测, 抽检, 测定), then 其中 and the count of them that did what the rate names: a group as 中，有 gives one.
 */
const TESTED_AMONG = /^([\u4e00-\u9fff]{1,16})(?:测试|检测|监测|抽检|测定|检查)[，,]其中$/;

/** 实现…目标 (met the target), what 达标 says in two words: 有31项指标提前实现《纲要》目标，总达标率93.9%. */
const MET_TARGET = /实现[^，,]{0,12}目标$/;

/**
 * 12所乡镇卫生院中，仅有5所达到国家推荐标准，达标率41.7%; 128个行政村中，已有96个村实现生活污水有效治理，治理率75%: a
 * group counted before its noun and 中，(已|仅|只)有, then the count of them and, in one clause of words after it, what they
 * did, holding the rate's verb character by character (达到…标准 for 达标), then the rate: the rate is the count over the
 * group (of villages too: 中，已有 says the count is of them), and nothing but a rate's head after that clause.
 */
function amongTheGroup(p: Figure, n: Figure, group: Figure, between: string, head: string, verb: string): Relation | undefined {
  const among = /^([\u4e00-\u9fff]{1,16})中[，,]?(?:目前|其中)?(?:已经|已|仅|只|共|尚)?有$/.exec(between) ?? TESTED_AMONG.exec(between);
  const did = new RegExp(`^([\\u4e00-\\u9fff（）()《》]{2,24})[，,][\\u4e00-\\u9fff]{0,4}${verb}率(?:为|达|达到|是)?$`).exec(head);
  if (!among || !did || verb.length < 2 || !(inOrderWithin(verb, did[1]!) || (verb === '达标' && MET_TARGET.test(did[1]!)))) return undefined;
  return ratioRelation('rate', p, n, group, `${verb}率`);
}

/** A period that opens a year's account: 1986年，/ 当年 / 全年 / 是年 (the year its first words, before anything else). */
const YEAR_OPENING = /^\s*(?:(?:19|20)[0-9]{2}年[，,]|(?:当年|全年|是年|同年))/;

/**
 * 1986年，全市扶持贫困户17325户，其中优抚对象1910户…。共用扶贫经费541.66万元…。当年脱贫9238户，脱贫率53.84%
 * (heldout174/fupin-lianyungang-01): a gazetteer tells a year in one run of periods, the first naming the group the year's
 * work was on (扶持贫困户, 参加…的人数) and the last what came of it with its rate, whose own sentence states nothing else.
 * The rate is of that group: the first count, in the numerator's unit and not named by the rate's stem nor a part after
 * 其中, of the nearest period before the numerator that opens with its year (1986年，, 当年), when it is no smaller and no
 * rate stands between the two.
 */
function groupTheYearOpens(par: Paragraph, p: Figure, numerator: Figure, stem: string): Figure | undefined {
  // (其中，80个计划新开工项目开工建设76个，开工率95%: a count before its noun is a group, not what came of one; the
  // numerator names what was done before its number, 当年脱贫9238户)
  if (!textBetween(par.draft, numerator.clause.offset, numerator.offset).includes(stem)) return undefined;
  const prose = numerator.para.prose;
  const starts = [...par.periods.keys()].filter((at) => at <= numerator.period).sort((a, b) => b - a);
  for (const at of starts) {
    if (!YEAR_OPENING.test(prose.slice(at - numerator.para.offset, at - numerator.para.offset + 12))) continue;
    const group = (par.periods.get(at) ?? []).find(
      (f) =>
        f.offset < numerator.offset &&
        f !== numerator &&
        f.unit.kind === 'count' &&
        compatible(f.unit, numerator.unit) &&
        !f.measure.includes(stem) &&
        f.keyedBy !== 'part' &&
        !f.bracket &&
        !f.relational &&
        exact(f),
    );
    // (the numerator's own period opening with 当年, with no group before it: the account began earlier)
    if (!group && at === numerator.period) continue;
    // (全县共实施政府投资项目25个…。全县20个项目均已开工，开工率80%；已完工项目8个，完工率35%: a rate stated between the
    // group and the numerator is of another stage, whose base the next rate may share rather than the group's)
    if (group && par.figures.some((f) => f !== p && f.unit.kind === 'percent' && f.offset > group.offset && f.offset < numerator.offset && /率/.test(f.measure))) return undefined;
    return group && known(group) && known(numerator) && group.normalized >= numerator.normalized ? group : undefined;
  }
  return undefined;
}

/** The rate of fixed assets delivered for use: 固定资产交付使用率, 交付使用率. */
const DELIVERY_RATE = /交付使用率$/;
/** The fixed assets an investment delivered: 新增固定资产, 交付使用固定资产. */
const NEW_FIXED_ASSETS = /(?:新增|交付使用(?:的)?)固定资产$/;

/**
 * 全市总投资14887万元，…，新增固定资产12520万元，固定资产交付使用率为84.1% (heldout176/touzi-lianyungang-01): the rate of
 * fixed assets delivered for use is, by its definition in investment statistics, the new fixed assets over the investment
 * of the same period; in a sentence that states both, the investment is the last amount of money before the new fixed
 * assets (总投资, 基建投资, 完成投资…), no bar (超过了10亿元) nor change.
 */
export function deliveryRate(par: Paragraph, p: Figure): Relation | undefined {
  if (!DELIVERY_RATE.test(p.measure) && !DELIVERY_RATE.test(textBetween(par.draft, p.clause.offset, p.offset))) return undefined;
  const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset);
  let k = before.length - 1;
  while (k >= 0 && !(before[k]!.unit.kind === 'money' && NEW_FIXED_ASSETS.test(before[k]!.measure))) k--;
  if (k < 0) return undefined;
  const numerator = before[k]!;
  const investment = before
    .slice(0, k)
    .filter((f) => f.unit.kind === 'money' && !f.relational && !f.approximate && exact(f) && compatible(f.unit, numerator.unit))
    .pop();
  if (!investment || !exact(numerator) || !known(investment) || investment.normalized === 0) return undefined;
  return ratioRelation('rate', p, numerator, investment, '交付使用率');
}

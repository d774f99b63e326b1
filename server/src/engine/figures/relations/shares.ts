// Shares and rates: a part of a whole in percent (占年计划的50%, 占比19.4%, 分别占…的42.6%、57.4%), a rate and its
// base (办结率 = 办结 ÷ 交办), and shares of one whole that cannot add up to more than 100%.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { added, exact, halfUnit, judge, known, rangeOf, type Expr, type Reading } from './arithmetic';
import { uniqueValue } from './cache';
import { sameThing, suffixLength } from './names';
import { itemNumber, ofAnotherScope } from './sums';
import { ofALargerPlace } from './places';
import { countNamedByItsUnit, totalOfItsVerb } from './counts';
import { rateOfTheGroupsInvestment } from './investment';
import { followedItem, rateOfSatisfactionGrades, withinExclusion } from './ratios';
import { bareMeasure, glossedHead, headOf, isPast, listedFrom, plainHead, sentenceOf, textBetween, type Paragraph, type PercentKind } from './paragraph';
import { plainWords, simplified, traditional } from '../../text';
import { quotientOver, ratioRelation, relation, relationAmong, withRole, type Relation, type Role } from './relation';
import {
  COVERAGE,
  AROUND_A_DECISION,
  CARRIED_OVER,
  CHANGE_VERB,
  COMPLETES_PLAN,
  CROSSED_BAR,
  CROSSING_CUTS,
  DECISIONS,
  DIFFERENCE_HEAD,
  DISPUTES,
  DUE,
  EACH_SHARE,
  ENDS_IN_CHANGED_TO,
  INTAKE_WORDS,
  isFall,
  JOINED_LEVELS,
  MEASURE_NOUN,
  MEDIATION,
  NOT_A_STATED_TOTAL,
  NOT_A_TOTAL,
  NOT_WITHIN,
  PLAN,
  PROJECT_STAGES,
  RETURNED_FORMS,
  RUN_ON_AFTER_SHARE,
  SATISFIED,
  SAVED,
  SAVED_FROM,
  SAVING_RATE,
  SCOPE_WHOLE,
  SHARE,
  SORTING,
  THREE_INDUSTRIES,
  UNDER_WAY,
  WHOLE_STATED,
  ageBounds,
  AREA_NAMES,
  CASE_OUTCOME,
  CLOSED_COUNT,
} from './vocabulary';

const EPS = 1e-9;

/** The reading p = num ÷ den × 100. */
function quotient(p: Figure, num: Figure, den: Figure): Reading | undefined {
  return quotientOver(p, num, { figure: den });
}

/** A share written as a lower bound, 占同期总支出的85%以上: group 1 the words naming its whole. */
const BOUND_SHARE = /^占(?:同期|全年|当年|同年)?([\u4e00-\u9fff]{2,10}?)的?(?:比重|比例)?(?:为|达|达到)?$/;

/**
 * 用于乡村振兴款物达7.35亿元，占同期总支出的85%以上: a share stated as a lower bound (以上), of the amount of the clause right
 * before it, over the nearest earlier figure of its unit whose name ends with the words of the whole (各类慈善救助总支出8.71亿元),
 * larger than the amount. A bound says at least: it holds whenever the quotient reaches the bound at the bound's precision
 * (84.6% is 85% to the writer), however far above; it is wrong only when the quotient falls short (84.4% for 85%以上).
 */
/** Times a sentence names: 2022年, “九五”初期, 年初, 年底. */
const TIME_NAMED = /(?:19|20)[0-9]{2}年|[一二三四五六七八九十]{1,2}五[”"」]?\s*(?:初期|期间|末期?|时期)|[年月][初末底]|年底/g;

/** The times named in a figure's sentence up to it, in order, as one string to compare. */
function timesNamed(draft: Draft, f: Figure): string {
  return [...textBetween(draft, f.sentence.offset, f.offset).matchAll(TIME_NAMED)].map((m) => m[0].replace(/[”"」\s]/g, '')).join('、');
}

function sharesStatedAsBounds(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const plain = (f: Figure): boolean => exact(f) && !f.relational && !f.bracket && f.unit.kind !== 'percent';
  for (const p of par.percents) {
    if ((p.approximate !== '以上' && p.approximate !== '及以上') || par.claimed.has(p)) continue;
    const named = BOUND_SHARE.exec(headOf(par.draft, p));
    if (!named) continue;
    const n = sentenceOf(par, p)
      .filter((f) => f.offset < p.offset)
      .pop();
    if (!n || !plain(n) || textBetween(par.draft, n.endOffset, p.clause.offset).trim() !== '，') continue;
    const pool = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < n.offset)].reverse();
    const whole = pool.find((f) => plain(f) && compatible(f.unit, n.unit) && bareMeasure(f).endsWith(named[1]!));
    if (!whole || whole.normalized! <= n.normalized!) continue;
    // (“九五”初期，饮水困难人数达62.58万人，占农业人口的92%以上 over 农业人口68.8万人 of the present: a time the amount's
    // sentence names and the whole's does not, or another one, is another population; the whole is of the time the share is)
    if (timesNamed(par.draft, n) !== timesNamed(par.draft, whole)) continue;
    const reading = quotientOver(p, n, { figure: whole });
    if (!reading) continue;
    // (the quotient above the bound's interval is more than the bound: it holds)
    if (!reading.holds && reading.range.hi >= reading.statedRange.lo) Object.assign(reading, { holds: true, gap: 0 });
    const r = relation(
      'share',
      p,
      [
        [p, 'percent'],
        [n, 'numerator'],
        [whole, 'denominator'],
      ],
      [reading],
    );
    if (r) out.push(r);
  }
  return out;
}

export function sharesAndRates(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
  const out: Relation[] = [];
  const sharesBySentence = new Map<number, Figure[]>();
  const unpaired: Array<[Figure, Extract<PercentKind, { kind: 'rate' }>]> = [];
  const orphans: Figure[] = [];
  // shares naming a whole that no figure of the draft is named by
  const named: Figure[] = [];
  // shares naming a whole no figure is found for, by the words they name it with (占诉求量的, 占支出总预算的)
  const sameWords = new Map<string, Figure[]>();
  // shares whose named whole was found, by the words they name it with
  const namedAlike = new Map<string, Relation[]>();
  out.push(...eachSharesInOrder(par, kinds));
  out.push(...sharesStatedAsBounds(par));
  for (const [p, k] of kinds) {
    if (par.claimed.has(p)) continue;
    if (k.kind === 'respective-share') out.push(...respectiveShares(par, p, k.group, k.words));
    else if (k.kind === 'share') {
      if (k.explicit) {
        const list = sharesBySentence.get(p.sentence.offset) ?? [];
        list.push(p);
        sharesBySentence.set(p.sentence.offset, list);
      }
      // 城镇常住人口161.29万人，占总人口比重（常住人口城镇化率）为60.84%: a share glossed as 城镇化率 whose named whole
      // no figure is named by is the urbanisation rate, urban over the resident population
      const r = share(par, p, k.words) ?? (URBANISATION_GLOSS.test(textBetween(par.draft, p.sentence.offset, p.offset)) ? urbanisation(par, p) : undefined);
      if (r) {
        out.push(r);
        if (r.kind === 'share' && k.words.length >= 2 && !PLAN.test(k.words) && !/预算/.test(k.words)) {
          const alike = namedAlike.get(k.words);
          if (alike) alike.push(r);
          else namedAlike.set(k.words, [r]);
        }
      } else if (/^(?:比|比率|比重|总数|总量)?$/.test(k.words)) orphans.push(p);
      else if (ownWholeOfItsSubject(k.words)) continue;
      else {
        if (!ownPlan(k.words) && !BUDGET_OF.test(k.words)) named.push(p);
        const words = k.words.replace(/的$/, '');
        const alike = sameWords.get(words);
        if (alike) alike.push(p);
        else sameWords.set(words, [p]);
      }
    } else if (k.kind === 'rate') {
      // 法定审限内结案率100% beside 结案2746件: a rate of a qualified subset (审限内, 按期) whose count is not stated
      const name = k.name ?? p.measure;
      const before = name.slice(0, Math.max(0, name.indexOf(k.stem)));
      // 营业利润率 beside 利润总额: a profit rate of a kind of profit takes only a profit of that kind
      // 办结率提升至90%，其中即办件办结率达100%: a rate named with words before its stem after 其中 is a subgroup's
      const subgroup = afterQiZhong(par, p) && /^[\u4e00-\u9fff]+$/.test(before) ? before : undefined;
      const timely = QUALIFIED.exec(before)?.[0];
      const qualifier = timely ?? (k.stem === '利润' ? PROFIT_KIND.exec(before)?.[0] : undefined) ?? subgroup;
      // 受理10920件，按期办结10324件，结转至2月份2175件，按期办结率98.53%: with cases carried over, what was received is
      // not what fell due, the base of an on-time rate, which the text does not state
      if (timely && CARRIED_OVER.test(textBetween(par.draft, p.sentence.offset, p.offset))) continue;
      if (qualifier) {
        const r = rate(par, p, k.stem, qualifier, name);
        if (r?.figures[1]?.measure.includes(qualifier)) out.push(r);
        continue;
      }
      const r = (SAVING_RATE.test(k.stem) ? savingRate(par, p, k.stem) : undefined) ?? rate(par, p, k.stem, undefined, name);
      if (r) out.push(r);
      else unpaired.push([p, k]);
    }
  }
  for (const [p, k] of unpaired) {
    const stem = k.stem;
    const r =
      (k.list ? rateAfterTheListed(par, p, k.stem, k.list, out) : undefined) ??
      decisionRate(par, p, stem) ??
      (stem === '满意' ? satisfiedRate(par, p) : undefined) ??
      (stem === '开工' ? startedUnderWayAndDone(par, p) : undefined) ??
      rateOfSharedBase(par, p, stem, out) ??
      (stem === '立案' ? filingRate(par, p) : undefined) ??
      rateOfACountedGroup(par, p, stem);
    if (r) out.push(r);
  }
  // 基层法院收案271997件，占全省法院收案总数的84.7%；中级法院收案43891件，占13.7%: the shares after the first leave
  // out the whole the first one names, so they are of one whole (when their parts are counted alike), which the
  // arithmetic may find like theirs
  if (named.length > 0) {
    const index = new Map(par.percents.map((q, i) => [q, i]));
    const orphaned = new Set(orphans);
    const joined = named.filter((p) => {
      const next = par.percents[index.get(p)! + 1];
      if (!next || next.period !== p.period || !orphaned.has(next)) return false;
      const [a, b] = orphanItems(par, [p, next]);
      return !!a && !!b && a.p === p && compatible(a.part.unit, b.part.unit);
    });
    if (joined.length > 0) {
      orphans.push(...joined);
      orphans.sort((x, y) => x.offset - y.offset);
    }
  }
  out.push(...sharesOfOneTotal(par, orphans));
  out.push(...sharesOfAnEarlierTotal(par, orphans));
  out.push(...pairOfSharesOfAnEarlierTotal(par, orphans));
  out.push(...sharesOfANamedEarlierWhole(par, orphans));
  out.push(...sharesOfASubPart(par, orphans, out));
  out.push(...sharesBeforeTheirSibling(par, orphans, out));
  out.push(...sharesAfterTheirSibling(par, orphans, out));
  out.push(...sharesOfAFigureWithin(par, orphans));
  // 农林畜牧水利1590件，占诉求量的14.23%；社会保障1485件，占诉求量的13.29%；…: shares that name their whole alike
  // with words no figure is named by are of one whole, found as for shares that name none
  // (占年度计划的62.8%；…占年度计划的73.1%: each its own item's plan, not shares of one whole)
  for (const [words, group] of sameWords) {
    const open = group.filter((p) => !par.claimed.has(p));
    if (open.length < 3 || ownPlan(words) || /预算/.test(words)) continue;
    const found = sharesOfOneTotal(par, open);
    out.push(...(found.length > 0 ? found : sharesOfAnEarlierTotal(par, open)));
  }
  // 城镇公共用水量0.74亿立方米，占用水总量的2.2% among shares 占用水总量的 of 用水总量33.29亿立方米: shares that name
  // their whole alike in one paragraph are of one whole; one whose part was read with a subject of its own (城镇) is of
  // the whole the others were found to be of, when they were all found to be of one
  for (const [words, group] of sameWords) {
    const alike = (namedAlike.get(words) ?? namedAlike.get(`${words}的`) ?? []).filter((r) => out.includes(r));
    const whole = alike[0] && withRole(alike[0], 'denominator');
    if (alike.length === 0 || !whole || alike.some((r) => withRole(r, 'denominator') !== whole || !r.holds)) continue;
    const anchored = new Set(out.map((r) => r.anchor));
    for (const { p, part } of orphanItems(
      par,
      group.filter((q) => !anchored.has(q)),
    )) {
      if (!compatible(part.unit, whole.unit) || !known(part) || !known(whole) || part.normalized > whole.normalized + EPS) continue;
      const r = ratioRelation('share', p, part, whole);
      if (!r) continue;
      par.claimed.add(p);
      out.push(r);
    }
  }
  // 共收到提案259件，…经审查予以立案214件。…经济类提案33件，占提案总数的15.4%；城建类94件，占提案总数的43.9%；…: the
  // whole a list of shares names alike is the one their arithmetic shows, when the figure found by the name makes
  // most of them fail and another total before them makes all of them hold but one in five
  for (const group of namedAlike.values()) {
    if (group.length < 3 || group.filter((r) => r.holds).length >= group.length - wrongAllowed(group.length)) continue;
    const found = sharesOfOneTotalFrom(
      par,
      group.map((r) => r.anchor),
      [...par.lookups.earlier(), ...par.figures],
    );
    if (found.length === 0 || found.filter((r) => r.holds).length < found.length - wrongAllowed(found.length)) continue;
    const replaced = new Set(group);
    out.splice(0, out.length, ...out.filter((r) => !replaced.has(r)), ...found);
  }
  // 反映违反组织纪律的4件，占信访举报总量的8%；…的2件，占…4%；…12件，占…26% (six parts making 47 of 信访举报71件): a list
  // of shares named alike that most fail against the whole named, and no stated total gives, may be of the parts' own
  // sum (a writer who counts 47 and names the 71 stated paragraphs before): when that sum gives all of them but one in
  // five, each is read against both, and only one that neither gives is reported
  for (const group of namedAlike.values()) {
    const open = group.filter((r) => out.includes(r) && r.figures.length === 3 && r.roles[1] === 'numerator' && r.roles[2] === 'denominator');
    if (open.length < 3 || open.length !== group.length || open.filter((r) => r.holds).length >= open.length - wrongAllowed(open.length)) continue;
    const parts = open.map((r) => r.figures[1]!);
    const whole = open[0]!.figures[2]!;
    // (a total stated right before its list, in its paragraph or the one before, is the one the list divides: 立案128件
    // over parts making 115 is a slip in the total)
    if (
      open[0]!.anchor.para.index - whole.para.index <= 1 ||
      new Set(parts).size !== parts.length ||
      open.some((r) => r.figures[2] !== whole) ||
      !parts.every((f) => exact(f) && known(f) && compatible(f.unit, whole.unit))
    )
      continue;
    const sum: Expr = { op: '+', args: parts.map((f) => ({ figure: f })) };
    if (open.filter((r) => quotientOver(r.anchor, r.figures[1]!, sum)?.holds).length < open.length - wrongAllowed(open.length)) continue;
    const read = open.map((r) => {
      const part = r.figures[1]!;
      return relationAmong('share', r.anchor, [
        { cast: r.figures.map((f, i) => [f, r.roles[i]!] as const), reading: quotient(r.anchor, part, whole) },
        { cast: [[r.anchor, 'percent'], [part, 'numerator'], ...parts.filter((f) => f !== part).map((f) => [f, 'denominator'] as const)], reading: quotientOver(r.anchor, part, sum) },
      ]);
    });
    const replaced = new Set(open);
    out.splice(0, out.length, ...out.filter((r) => !replaced.has(r)), ...read.filter((r): r is Relation => !!r));
  }
  // 经济、科技类提案33件，占提案总数的15%；城市建设管理、交通类94件，占44%；…: a share whose named whole does not give
  // it, followed by shares of one total that do hold, is of that total when it holds against it
  const failing = [...namedAlike.values()].flatMap((group) => group.filter((r) => !r.holds && out.includes(r)));
  const index = failing.length > 0 ? new Map(par.percents.map((q, i) => [q, i])) : undefined;
  const byAnchor = failing.length > 0 ? new Map(out.map((r) => [r.anchor, r])) : undefined;
  if (index && byAnchor) {
    for (const r of failing) {
      const next = par.percents[index.get(r.anchor)! + 1];
      const after = next && byAnchor.get(next);
      const whole = after?.kind === 'share' && after.holds ? withRole(after, 'denominator') : undefined;
      const numerator = withRole(r, 'numerator');
      if (!whole || !numerator || whole === withRole(r, 'denominator') || !compatible(whole.unit, numerator.unit)) continue;
      const alt = ratioRelation('share', r.anchor, numerator, whole);
      if (alt?.holds) out.splice(out.indexOf(r), 1, alt);
    }
  }
  // 委员提案502件，占总数的65.4%；集体提案266件，占总数的34.6% after 立案768件: shares left without a whole whose parts
  // add up to a total stated before them, or (three or more) whose whole is their parts' sum
  const left = [...new Set([...orphans, ...named, ...[...sameWords.entries()].filter(([w]) => !ownPlan(w) && !BUDGET_OF.test(w)).flatMap(([, g]) => g)])]
    .filter((p) => !par.claimed.has(p))
    .sort((x, y) => x.offset - y.offset);
  if (left.length >= 2) out.push(...sharesOfTheirParts(par, left));
  out.push(...sharesOfIntakeCountedOtherwise(par, left));
  out.push(...sharesGoingOnAfterACut(par, left, out));
  out.push(...bracketedShares(par, kinds));
  out.push(...bracketedProgress(par));
  out.push(
    ...structures(par, new Set(out.map((r) => r.anchor))),
    ...ageBandShares(par, new Set(out.map((r) => r.anchor))),
    ...sexRatios(par),
    ...householdSizes(par),
    ...yields(par),
    ...excesses(par),
    ...budgetCompletions(par, kinds),
    ...planCompletions(par, kinds),
    ...vitalRates(par),
  );
  out.push(...sharesOfTheLabelledParts(par, new Set(out.map((r) => r.anchor))));
  out.push(...sharesOfACountedWhole(par, new Set(out.map((r) => r.anchor))));
  out.push(...sharesNamedByTheirPart(par, kinds, new Set(out.map((r) => r.anchor))));
  out.push(...sharesOfTheWholeAbove(par, left, kinds, new Set(out.map((r) => r.anchor))));
  // shares of one whole: 其中A占60%、B占50%
  const sentences = [...sharesBySentence.values()];
  for (const [n, all] of sentences.entries()) {
    // the shares of the sentences after it in its period (up to 。), which a 其中 list may go on to (…占42.8%；…占8.6%)
    const after = sentences.slice(n + 1, n + 6).flatMap((l) => l.filter((q) => q.period === all[0]!.period));
    for (const list of cutsOf(par, oneWholesShares(par, all, out, after))) {
      if (list.length < 2 || !list.every((p) => known(p) && !p.approximate)) continue;
      const explicit = list.some((p) => sentenceOf(par, p).some((f) => f.offset >= p.clause.offset && f.offset < p.offset && f.unit.kind !== 'percent'));
      if (explicit) continue;
      const wholes = new Set(list.map((p) => (SHARE.exec(plainHead(par.draft, p))?.[1] ?? '').replace(/的$/, '')));
      // 占年度计划的75%、…的64%, 占调整预算100.93%: each its own item's plan, not shares of one whole
      if (wholes.size > 1 || [...wholes].some((w) => PLAN.test(w) || /预算/.test(w)) || list.some((p) => p.value! > 100)) continue;
      if (ownSubjects(par, list) || ofYears(par, list) || withTargets(par, list) || crossingCuts(par, list) || inWholesNamedByZai(par, list)) continue;
      const r = sharesOfOneWhole(par, list);
      if (r) out.push(r);
    }
  }
  return out;
}

/**
 * 建构筑物火灾共发生103起（…其中居住场所火灾67起，占65.05%，…办公场所1起，占0.97%）室外设施设备火灾36起，占14.57%，…
 * 3、从起火原因分析：因电气故障引发火灾115起，占46.56%；…: the shares of one sentence split where the writer cuts the whole
 * again. A bracket holding two shares or more lists the parts of the figure before it, not of the whole the shares around
 * it divide; and a sorting (从…分析, 按…分) between two shares opens another cut of the whole, whose shares make 100% on
 * their own. (A bracket holding one share, 城镇…（占60%），乡村…（占40%）, is that part's share, one of the list.)
 */
function cutsOf(par: Paragraph, list: readonly Figure[]): Figure[][] {
  const perBracket = new Map<number, number>();
  for (const p of list) if (p.bracket) perBracket.set(p.bracket.offset, (perBracket.get(p.bracket.offset) ?? 0) + 1);
  const inList = (p: Figure): number | undefined => (p.bracket && perBracket.get(p.bracket.offset)! >= 2 ? p.bracket.offset : undefined);
  const brackets = new Map<number, Figure[]>();
  const cuts: Figure[][] = [[]];
  for (const p of list) {
    const at = inList(p);
    if (at !== undefined) {
      brackets.set(at, [...(brackets.get(at) ?? []), p]);
      continue;
    }
    const current = cuts[cuts.length - 1]!;
    const previous = current[current.length - 1];
    if (previous && SORTING.test(textBetween(par.draft, previous.endOffset, p.offset))) cuts.push([p]);
    else current.push(p);
  }
  return [...cuts, ...brackets.values()];
}

/**
 * 2019年度网络举报占比57.79%，2020年度网络举报占比43.74%，2021度网络举报占比43.51%: shares whose clauses name years of
 * their own, two years or more, are each of its own year's whole, not parts of one.
 */
function ofYears(par: Paragraph, list: readonly Figure[]): boolean {
  const years = new Set(list.map((p) => /((?:19|20)[0-9]{2})\s*(?:年|度)/.exec(headOf(par.draft, p))?.[1]).filter((y) => y !== undefined));
  return years.size >= 2;
}

/**
 * 公办幼儿园占比63.04%，普惠性幼儿园占比93.75%: the subjects (the clause's words before 占) of two shares that cut the whole
 * two ways that cross (普惠 takes in 公办) are overlapping kinds, not parts of one whole: their sum may pass 100%.
 */
function crossingCuts(par: Paragraph, list: readonly Figure[]): boolean {
  const subjects = list.map((p) => {
    const head = headOf(par.draft, p);
    const at = head.lastIndexOf('占');
    return at < 0 ? head : head.slice(0, at);
  });
  return CROSSING_CUTS.some(([one, other]) => subjects.some((a) => one.test(a) && !other.test(a)) && subjects.some((b) => other.test(b) && !one.test(b)));
}

/**
 * 工业到位资金占比64.9%（任务数占比60%），东西部协作驻粤到位资金占比47.5%: a share followed by its target in brackets is an
 * indicator reported against its target, as a scorecard lists them; the indicators of a scorecard may cut one whole in
 * different ways (by sector, by source), and the target is no part at all: they are not added up.
 */
function withTargets(par: Paragraph, list: readonly Figure[]): boolean {
  return list.some((p) => p.bracket !== undefined && PLAN.test(headOf(par.draft, p)));
}

/**
 * 西部地区水土流失面积为224.73万平方千米，占其国土面积的33%；中部地区…占其国土面积的17%: a whole named with 其 and a
 * measure of its own (其国土面积) is the region's of the clause, which each share names anew and no figure states, not one
 * whole of the list (其总数, 其总量 are the whole before; 其中, 其他, 其余 no 其 of a subject).
 */
function ownWholeOfItsSubject(words: string): boolean {
  return /^其(?![中他它余总])[\u4e00-\u9fff]{2,}/.test(words);
}

/**
 * Whether the words a share names its whole by are each item's own plan (占年度计划的62.8%, 占目标任务的52%): not the
 * plan of all items together, named with 总 (欠进度的有17个，占总任务的7.7%；超进度的有10个，占总任务的4.5%；…: the
 * tasks counted all together, one whole the items are parts of, as 占总数的 names one).
 */
function ownPlan(words: string): boolean {
  return PLAN.test(words) && !/^总(?:任务|计划|目标)(?:数)?(?:的)?$/.test(words);
}

/** The shares read already, by their percentage (numerator, denominator and percent), and each percentage's place. */
function sharesRead(par: Paragraph, found: readonly Relation[]): { byAnchor: Map<Figure, Relation>; index: Map<Figure, number> } {
  return {
    byAnchor: new Map(found.filter((r) => r.kind === 'share' && r.figures.length === 3).map((r) => [r.anchor, r])),
    index: new Map(par.percents.map((q, i) => [q, i])),
  };
}

/**
 * 共接收投诉举报咨询3776件，其中，投诉1028件，占比27.22%；举报268件，占比7.10%；咨询2480件，占比65.68%: after 其中, the
 * parts listed one by one in a period, each with its share, are of the one whole the first share was read against (the
 * figure before 其中): a share that names no whole, whose part follows the share before it with nothing but the part's
 * words between them (no 其中, no other figure), takes that share's whole, when its part is counted alike and no larger.
 */
function sharesAfterTheirSibling(par: Paragraph, orphans: readonly Figure[], found: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  const open = orphans.filter((p) => !par.claimed.has(p));
  if (open.length === 0) return out;
  const { byAnchor, index } = sharesRead(par, found);
  for (const { p, part } of orphanItems(par, open)) {
    const previous = par.percents[index.get(p)! - 1];
    const sibling = previous && previous.period === p.period ? byAnchor.get(previous) : undefined;
    if (!previous || !sibling) continue;
    const numerator = withRole(sibling, 'numerator');
    const whole = withRole(sibling, 'denominator');
    if (!numerator || !whole || whole.offset > numerator.offset || part.offset < previous.endOffset) continue;
    if (whole.period !== p.period && !openedInTheNextPeriod(par, whole, numerator)) continue;
    // the list opens with 其中 right after the whole, and goes on without another 其中 or figure
    if (!/其中/.test(textBetween(par.draft, whole.endOffset, numerator.offset)) || /其中/.test(textBetween(par.draft, previous.endOffset, part.offset))) continue;
    if (par.figures.some((f) => f.offset > previous.endOffset && f.offset < part.offset && !otherMeasureOfTheItem(f, whole))) continue;
    if (!compatible(part.unit, whole.unit) || !known(part) || !known(whole) || part.normalized > whole.normalized + EPS) continue;
    const r = ratioRelation('share', p, part, whole);
    if (!r) continue;
    par.claimed.add(p);
    byAnchor.set(p, r);
    out.push(r);
  }
  return out;
}

/**
 * 计划投入财政衔接资金11612.29万元，实施项目223个。其中：乡村建设行动项目95个，投2468.16万元，占21.3%；…: the list the first
 * share opens may be the period right after its whole's, opened by 其中.
 */
function openedInTheNextPeriod(par: Paragraph, whole: Figure, first: Figure): boolean {
  return /^[^。！？!?]*[。！？!?]\s*其中[^。！？!?]*$/.test(textBetween(par.draft, whole.endOffset, first.offset));
}

/**
 * 其中：乡村建设行动项目95个，投2468.16万元，占21.3%；产业发展项目109个，计划投资7939.58万元，占68.4%: a figure between two
 * items of the list in a unit the whole cannot be counted in (the projects' count beside their money) is the item's
 * other measure, no rival part.
 */
function otherMeasureOfTheItem(f: Figure, whole: Figure): boolean {
  return f.unit.kind !== 'percent' && !f.relational && !compatible(f.unit, whole.unit);
}

/** Words that name one of two complementary halves of a whole: 男性人口 and 女性人口, 城镇人口 and 乡村人口. */
const HALVES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/男/g, '男', '女'],
  [/女/g, '女', '男'],
  [/城镇/g, '城镇', '乡村'],
  [/乡村|农村/g, '乡村', '城镇'],
];

/** Whether two measures name the two halves of one whole (男性人口, 女性人口; 城镇常住人口, 乡村常住人口). */
function otherHalf(a: string, b: string): boolean {
  const norm = (m: string): string => m.replace(/农村/g, '乡村');
  return HALVES.some(([re, from, to]) => (a.match(re)?.length ?? 0) === 1 && norm(a).replace(from, to) === norm(b));
}

/**
 * 60岁及以上人口为1329万人，占总人口的20.2%，比上年上升1.1个百分点，其中65岁及以上人口为981万人，占比为14.9% / 男性人口为
 * 3380万人，占总人口的比重为51.18%；女性人口为3224万人，下降0.19%，占比48.82%: a share that names no whole, right after a
 * share read already in its period, is of that share's whole when its part is
 *   - a part of that share's part, after 其中 (nothing but changes between): of the whole or of the part it is in
 *     (the 65 and older are 14.9% of all the people, not of the 60 and older; 税收 within 一般公共预算收入 may be either),
 *     either reading will do;
 *   - or the other half of that share's part (男 and 女, 城镇 and 乡村), which is of the same whole.
 */
function sharesOfASubPart(par: Paragraph, orphans: readonly Figure[], found: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  const open = orphans.filter((p) => !par.claimed.has(p));
  if (open.length === 0) return out;
  const { byAnchor, index } = sharesRead(par, found);
  for (const { p, part } of orphanItems(par, open)) {
    // the share before it, past changes (下降0.19%)
    let k = index.get(p)! - 1;
    while (k >= 0 && !byAnchor.has(par.percents[k]!) && !/占|比重|比例|率/.test(par.percents[k]!.measure)) k--;
    const previous = par.percents[k];
    const sibling = previous && previous.period === p.period ? byAnchor.get(previous) : undefined;
    if (!previous || !sibling || !sibling.holds || part.offset < previous.endOffset) continue;
    const numerator = withRole(sibling, 'numerator');
    const whole = withRole(sibling, 'denominator');
    if (!numerator || !whole || numerator.offset > previous.offset) continue;
    // nothing but changes of the sibling between it and the part (比上年上升1.1个百分点, 下降0.19%)
    if (par.figures.some((f) => f.offset > previous.endOffset && f.offset < part.offset && !f.relational)) continue;
    if (!compatible(part.unit, whole.unit) || !compatible(part.unit, numerator.unit) || !exact(part) || !known(part) || !known(whole) || !known(numerator)) continue;
    const between = textBetween(par.draft, previous.endOffset, part.offset);
    if (/。/.test(between)) continue;
    const within = /其中/.test(between) && !/[；;]/.test(between) && part.normalized <= numerator.normalized + EPS;
    const half = !/其中/.test(between) && otherHalf(bareMeasure(numerator), bareMeasure(part)) && part.normalized <= whole.normalized + EPS;
    if (!within && !half) continue;
    const wholes = within ? [whole, numerator] : [whole];
    const r = relationAmong(
      'share',
      p,
      wholes.map((w) => ({
        cast: [
          [p, 'percent'],
          [part, 'numerator'],
          [w, 'denominator'],
        ] as const,
        reading: quotient(p, part, w),
      })),
    );
    if (!r) continue;
    par.claimed.add(p);
    byAnchor.set(p, r);
    out.push(r);
  }
  return out;
}

/**
 * 代表共对755件建议的办理工作进行了满意度反馈。其中“满意”690件，占91.4%，“基本满意”65件，占8.6%: the first part of a
 * list after 其中 has a share that names no whole, and the share right after it (of the next part, with nothing but that
 * part's words between) was read against the whole before 其中: the first share is of that whole too, when its part is
 * counted alike and no larger (sharesAfterTheirSibling read the other way).
 */
function sharesBeforeTheirSibling(par: Paragraph, orphans: readonly Figure[], found: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  const open = orphans.filter((p) => !par.claimed.has(p));
  if (open.length === 0) return out;
  const { byAnchor, index } = sharesRead(par, found);
  for (const { p, part } of orphanItems(par, open)) {
    const next = par.percents[index.get(p)! + 1];
    const sibling = next && next.period === p.period ? byAnchor.get(next) : undefined;
    if (!next || !sibling || !sibling.holds) continue;
    const numerator = withRole(sibling, 'numerator');
    const whole = withRole(sibling, 'denominator');
    if (!numerator || !whole || numerator.offset < p.endOffset || whole.offset > part.offset) continue;
    // 其中 between the whole and the first part, none after it; no other figure between the share and the next part
    if (!/其中/.test(textBetween(par.draft, whole.endOffset, part.offset)) || /其中|。/.test(textBetween(par.draft, part.offset, numerator.offset))) continue;
    if (par.figures.some((f) => (f.offset > p.endOffset && f.offset < numerator.offset) || (f.offset > whole.endOffset && f.offset < part.offset))) continue;
    if (!compatible(part.unit, whole.unit) || !compatible(part.unit, numerator.unit) || !exact(part) || !known(part) || !known(whole) || part.normalized > whole.normalized + EPS) continue;
    const r = ratioRelation('share', p, part, whole);
    if (!r) continue;
    par.claimed.add(p);
    out.push(r);
  }
  return out;
}

/**
 * 受理的73件中，农林水利方面21件，占总数的28.8%；交通方面6件，占总数的8.2%；…: a figure right before 中， opens a
 * breakdown of itself, so the shares after it in its period that name no whole are of it, when their parts are
 * counted alike, no larger, and no other 中， or 其中 stands between.
 */
function sharesOfAFigureWithin(par: Paragraph, orphans: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const open = orphans.filter((p) => !par.claimed.has(p));
  for (const { p, part } of open.length > 0 ? orphanItems(par, open) : []) {
    const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < part.offset);
    const at = before.map((f) => /^中[，,：:]/.test(textBetween(par.draft, f.endOffset, f.endOffset + 2))).lastIndexOf(true);
    const whole = before[at];
    if (!whole || whole.relational || whole.bracket || !exact(whole) || !exact(part) || !compatible(whole.unit, part.unit) || part.normalized > whole.normalized + EPS) continue;
    if (/其中/.test(textBetween(par.draft, whole.endOffset, part.offset))) continue;
    const r = ratioRelation('share', p, part, whole);
    if (!r) continue;
    par.claimed.add(p);
    out.push(r);
  }
  return out;
}

/**
 * 班子成员共1748人，其中女性成员303人，女性正职14人，各占17.3%和3.3%: 各占 before two shares or more pairs the counts before
 * it with the shares in order, like 分别占, but naming no whole it leaves each count's whole to its own name: 女性成员 is a
 * part of the 成员 stated before it, 女性正职 of the 正职, which no figure states (so that share is not read). The shares
 * are claimed, read so or not. (A single share after 各占, 社会保障和社会管理类各9件，各占比9%, is read as any share.)
 */
function eachSharesInOrder(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
  const out: Relation[] = [];
  for (const [p, k] of kinds) {
    if (k.kind !== 'share' || par.claimed.has(p) || !EACH_SHARE.test(plainHead(par.draft, p))) continue;
    const group = listedFrom(par.draft, p, par.percents);
    if (group.length < 2) continue;
    const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.clause.offset && f.unit.kind !== 'percent' && !f.relational && !f.bracket);
    const parts = before.slice(-group.length);
    for (const q of group) par.claimed.add(q);
    if (parts.length === group.length)
      group.forEach((q, k) => {
        const r = shareOfTheWholeItNarrows(par, q, parts[k]!, parts[0]!);
        if (r) out.push(r);
      });
  }
  return out;
}

/** The share of a part over the last level before the list whose name ends as the part's does (女性成员 of 班子成员). */
function shareOfTheWholeItNarrows(par: Paragraph, q: Figure, part: Figure, first: Figure): Relation | undefined {
  const named = part.measure.slice(-2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(named) || !exact(part) || !known(part)) return undefined;
  const wholes = par.figures.filter(
    (f) => f.offset < first.offset && f.period === part.period && !f.relational && !f.bracket && exact(f) && known(f) && compatible(f.unit, part.unit) && f.measure.endsWith(named),
  );
  const whole = wholes[wholes.length - 1];
  return whole && part.normalized! < whole.normalized! ? ratioRelation('share', q, part, whole) : undefined;
}

/** Below this share of its parts together a figure named like their whole is another list's part, not the whole. */
const PART_OF_PARTS = 0.9;

/** 第二产业、第三产业税收分别为4.12亿元、5.56亿元，分别占税收收入的42.6%、57.4%: pair by order. */
function respectiveShares(par: Paragraph, p: Figure, group: Figure[], words: string): Relation[] {
  const out: Relation[] = [];
  // 分别占年度计划的102%、86%、97%: each item's completion of its own plan, neither a share of one whole nor checkable
  if (PLAN.test(words) || /预算/.test(words)) return out;
  const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.clause.offset && f.unit.kind !== 'percent' && !f.relational && !f.bracket);
  const parts = before.slice(-group.length);
  // 第一产业、第二产业、第三产业增加值占生产总值的比重分别为14.7%、29%、56.3%: a structure written as shares, each
  // its industry's value added over the product, though the industries stand in the period before
  const industries = /^(?:三次产业|一二三产业|第一产业、第二产业、第三产业|第一、二、三产业|第一、第二、第三产业)(?:增加值)?占/.test(
    textBetween(par.draft, p.sentence.offset, p.offset).replace(/\s/g, ''),
  );
  if (industries && group.length === 3 && PRODUCT_WORDS.test(words) && parts.length < group.length) {
    const total = uniqueValue(statements(par, '生产总值', PRODUCT, p.scope));
    if (total) out.push(...industryShares(par, group, total, p.scope));
  }
  if (parts.length === group.length && parts.every((f) => compatible(f.unit, parts[0]!.unit))) {
    // (规模分别为9,744.3亿元、… of another list, named like the whole but well below the parts together, is no whole; a
    // whole a little below them, 1.32亿元 of 0.72 + 0.02 + 0.59, is their rounding)
    const together = parts.every(known) ? PART_OF_PARTS * parts.reduce((sum, f) => sum + f.normalized!, 0) : 0;
    const named =
      words.length >= 2
        ? par.lookups.named(words).filter((f) => !parts.includes(f) && compatible(f.unit, parts[0]!.unit) && exact(f) && !f.relational && !(known(f) && f.normalized < together - EPS))
        : [];
    const whole = uniqueValue(named) ?? (words === '' ? wholeOfTheList(par, parts) : undefined);
    if (whole) {
      group.forEach((q, k) => {
        const r = ratioRelation('share', q, parts[k]!, whole);
        if (r) out.push(r);
      });
    }
  }
  // 全年共接报火灾4942起…。鄞州区、慈溪市和余姚市发生火灾1074起、923起和553起，分别占总数21.7%、18.7%和10.8%: parts of one
  // measure (the ones after the first with no words of their own) of the one total the words leave before them
  const oneMeasure = parts.length === group.length && parts.every((f, k) => k === 0 || (compatible(f.unit, parts[0]!.unit) && /^[和及与]?$/.test(bareMeasure(f))));
  const total = out.length === 0 && oneMeasure && TOTAL_NAMED.test(words) && parts.every(exact) ? totalStatedBefore(par, parts[0]!, words) : undefined;
  if (total && parts.every((f) => f.normalized! < total.normalized!)) {
    group.forEach((q, k) => {
      const r = ratioRelation('share', q, parts[k]!, total);
      if (r) out.push(r);
    });
  }
  if (out.length === 0 && parts.length === group.length && /^(?:总数|总量)$/.test(words)) out.push(...sharesOfTheirOwnTotals(par, group, parts));
  if (out.length === 0 && parts.length === 2 && group.length === 2 && words === '') out.push(...sharesOfAnEarlierPair(par, group, parts));
  if (out.length === 0 && parts.length === group.length && words.length >= 2) out.push(...sharesOfTheBrokenDownWhole(par, group, parts));
  if (group.length >= 2 && group.every((q) => known(q) && !q.approximate) && !ofListedMeasures(par, p, group.length)) {
    const r = sharesOfOneWhole(par, group, parts.length === group.length ? parts : undefined);
    if (r) out.push(r);
  }
  return out;
}

/**
 * 因灾死亡失踪人数、倒塌房屋数量和直接经济损失分别占全国总数的71%、92%和65%: 分别占 after a list of as many
 * measures' names, each ending in a noun of its own (人数, 数量, 损失), gives each measure's share of its own total (the
 * dead of all the dead, the loss of all the loss): no parts of one whole, never summed. (城镇人口、乡村人口分别占 name one
 * measure, 人口, and are parts of it.)
 */
function ofListedMeasures(par: Paragraph, p: Figure, count: number): boolean {
  // (the clause may start at a 、 of the list: the subject runs back to the comma before it)
  const words = textBetween(par.draft, p.sentence.offset, p.offset).replace(/\s/g, '');
  const at = words.lastIndexOf('分别占');
  if (at < 0 || /[，,；;：:。]/.test(words.slice(at))) return false;
  const before = words.slice(0, at);
  const subject = before.slice(Math.max(...[...'，,；;：:。'].map((c) => before.lastIndexOf(c))) + 1);
  const names = subject.split(/[、和及与]/);
  if (names.length !== count || !names.every((n) => MEASURE_NOUN.test(n))) return false;
  return new Set(names.map((n) => n.slice(-2))).size === names.length;
}

/**
 * 共签约项目117个，总投资1228亿元。⏎…⏎其中，投资方来自长三角地区的项目27个，总投资438.12亿元，占比分别为23.3%和36.6%: a
 * count and the amount of what it counts (its key and that key·总投资), whose 占比分别为 names no whole, are shares of the
 * count and the amount of that measure stated together in an earlier paragraph (a count of what the part's count
 * names, 项目). Read only when the earlier paragraphs state one such pair of values.
 */
function sharesOfAnEarlierPair(par: Paragraph, group: readonly Figure[], parts: readonly Figure[]): Relation[] {
  const [count, amount] = parts as [Figure, Figure];
  const measure = bareMeasure(amount);
  if (compatible(count.unit, amount.unit) || amount.key !== `${count.key}·${measure}` || measure.length < 2 || ![count, amount, ...group].every((f) => exact(f) && known(f))) return [];
  const noun = bareMeasure(count).slice(-2);
  const level = (f: Figure, part: Figure): boolean =>
    compatible(f.unit, part.unit) && exact(f) && known(f) && !f.relational && !f.bracket && !f.range && f.subject === '' && f.normalized > part.normalized! + EPS;
  const earlier = par.lookups.earlier();
  const amounts = earlier.filter((f) => level(f, amount) && f.key.endsWith(`·${measure}`));
  const counts = amounts.map((a) => earlier.find((f) => f.key === a.key.slice(0, a.key.lastIndexOf('·')) && f.sentence.offset === a.sentence.offset && f.offset < a.offset));
  if (amounts.length === 0 || counts.some((f) => !f || !level(f, count) || !f.key.endsWith(noun))) return [];
  const wholes = [uniqueValue(counts as Figure[]), uniqueValue(amounts)];
  if (!wholes[0] || !wholes[1]) return [];
  return group.map((q, k) => ratioRelation('share', q, parts[k]!, wholes[k]!)).filter((r): r is Relation => !!r);
}

/**
 * 共受理投诉2461件，其中商品类1367件，服务类1094件，分别占投诉总量的55.55%、44.45%: shares naming their whole in words no
 * figure is named by (投诉总量, 12315系统受理诉求总量) are of the level the listed parts break down, the one right before
 * them that they add up to (`wholeOfTheList`), when all of them hold against it but one (two shares swapped or a slip
 * in one). A list of another whole (分别占全省的5%、3% of a city's own total) holds against none and stays unread.
 */
function sharesOfTheBrokenDownWhole(par: Paragraph, group: readonly Figure[], parts: readonly Figure[]): Relation[] {
  const whole = wholeOfTheList(par, parts);
  if (!whole || !group.every((q) => exact(q) && !q.approximate)) return [];
  const items = group.map((p, k) => ({ p, part: parts[k]! }));
  if (!enoughHold(items, { figure: whole })) return [];
  return group.map((q, k) => ratioRelation('share', q, parts[k]!, whole)).filter((r): r is Relation => !!r);
}

/**
 * 共接报火灾28.1万起，亡1390人，伤881人，已核直接财产损失36亿元。…非重点单位的火灾共25.8万起，亡1317人，伤810人，直接财产
 * 损失31.5亿元，分别占总数的91.8%、94.7%、91.9%和87.6%: parts of several measures, each a share of its own measure's
 * total: the first statement in the draft before them of the same name (its last words: 火灾, 亡, 直接财产损失) and
 * unit, larger than the part. Read only when the totals so found give all the shares but one (of three or more).
 * Parts of one measure (1074起、923起和553起 of 发生火灾) find one total, their whole.
 */
function sharesOfTheirOwnTotals(par: Paragraph, group: readonly Figure[], parts: readonly Figure[]): Relation[] {
  if (group.length < 3 || !group.every((q) => exact(q)) || !parts.every((f) => exact(f))) return [];
  const pool = [...par.lookups.earlier(), ...par.figures].filter((f) => exact(f) && !f.relational && !f.bracket && !f.range && !f.distributive);
  const totals = parts.map((part) => {
    // (1074起、923起和553起: a part listed after the first with no words of its own, or only 和, is named as the first)
    const own = bareMeasure(part);
    const name = /^[和及与]?$/.test(own) && compatible(part.unit, parts[0]!.unit) ? bareMeasure(parts[0]!) : own;
    const alike = (f: Figure): boolean => {
      const other = bareMeasure(f);
      return name.length === 1 ? other === name : suffixLength(other, name) >= 2;
    };
    return pool.find((f) => f.offset < part.offset && !(parts as readonly Figure[]).includes(f) && compatible(f.unit, part.unit) && alike(f) && (f.normalized ?? 0) > part.normalized);
  });
  if (totals.some((t) => !t)) return [];
  // 全年共接报火灾4942起…。鄞州区、慈溪市和余姚市发生火灾1074起、923起和553起，分别占总数21.7%、18.7%和10.8%: parts of one
  // measure found one total, the first statement of their name before them: each share is of it
  const distinct = new Set(totals).size;
  if (distinct !== totals.length && (distinct !== 1 || !parts.every((f) => compatible(f.unit, parts[0]!.unit)))) return [];
  const readings = group.map((q, k) => ratioRelation('share', q, parts[k]!, totals[k]!));
  if (readings.some((r) => !r) || readings.filter((r) => r!.holds).length < group.length - 1) return [];
  return readings as Relation[];
}

/**
 * 全市年末城乡就业人员131.28万人。按产业划分，第一产业51.55万人，第二产业24.94万人，第三产业54.79万人，占比分别为39.3%、
 * 19.0%、41.7%: shares 占比分别为 that name no whole are of the figure the listed parts break down: the level right before
 * the first part in its paragraph (counted alike, no change), when the parts add up to it (within 1%, the rounding of a
 * total), so the list is its breakdown and nothing else.
 */
function wholeOfTheList(par: Paragraph, parts: readonly Figure[]): Figure | undefined {
  if (parts.length < 2 || !parts.every((f) => exact(f) && known(f))) return undefined;
  const before = par.figures.filter((f) => f.offset < parts[0]!.offset && !f.bracket && compatible(f.unit, parts[0]!.unit));
  const whole = before[before.length - 1];
  if (!whole || whole.relational || !exact(whole) || !known(whole) || whole.normalized <= 0) return undefined;
  const sum = parts.reduce((s, f) => s + f.normalized!, 0);
  return Math.abs(sum - whole.normalized) <= whole.normalized * 0.01 ? whole : undefined;
}

/**
 * 30万以上32个村，占比74.4%，50万以上16个村，占比37.2%: parts above (or below) thresholds each nest in the one before,
 * so their shares are not shares of one whole to be added. Looked for in each share's own stretch of text, from the
 * share before it (or its sentence) on.
 */
function nestedThresholds(draft: Draft, list: readonly Figure[]): boolean {
  let above = 0;
  let below = 0;
  list.forEach((p, i) => {
    const from = i === 0 ? p.sentence.offset : list[i - 1]!.endOffset;
    const text = textBetween(draft, Math.min(from, p.offset), p.offset);
    if (/\d[万亿千百]?[^\d，,。；;]{0,3}(?:及|或)?以上/.test(text)) above++;
    if (/\d[万亿千百]?[^\d，,。；;]{0,3}(?:及|或)?以下/.test(text)) below++;
  });
  return above >= 2 || below >= 2;
}

/**
 * The nested parts' shares are still of one whole: the last share is its count over the whole the first share and its
 * count give (16个 ÷ (32个 ÷ 74.4%)), each count being the one figure right before its share.
 */
function nestedShares(par: Paragraph, list: readonly Figure[]): Relation | undefined {
  const counts = list.map((p, i) => {
    const from = i === 0 ? p.sentence.offset : list[i - 1]!.endOffset;
    return sentenceOf(par, p)
      .filter((f) => f.offset >= from && f.offset < p.offset && f.unit.kind !== 'percent' && !f.bracket)
      .pop();
  });
  const first = counts[0];
  const last = counts[counts.length - 1];
  const p = list[0]!;
  const q = list[list.length - 1]!;
  if (!first || !last || first === last || !compatible(first.unit, last.unit) || ![first, last, p, q].every(exact) || p.normalized === 0) return undefined;
  const whole: Expr = { op: 'quotient', args: [{ figure: first }, { figure: p }], scale: 100 };
  const reading = judge({ op: 'percent', args: [{ figure: last }, whole] }, { figure: q }, { unit: 'percent' });
  return relation(
    'share',
    q,
    [
      [q, 'percent'],
      [last, 'numerator'],
      [first, 'numerator'],
      [p, 'percent'],
    ],
    [reading],
  );
}

/**
 * 35岁及以下党员134.25万名，占24.4%3660岁党员235.33万名，占42.8%: a page that lost its separators runs the next
 * statement into the clause of a finished share (占, its percentage, no 的 after it): the count after it, named by its
 * own words, is a level stated anew, which its own 占 follows, not the whole of the share before it.
 */
function runOnLevel(draft: Draft, f: Figure): boolean {
  return RUN_ON_AFTER_SHARE.test(textBetween(draft, f.clause.offset, f.offset).replace(/\s/g, ''));
}

/** Whether the share's words name a statistical coverage (全口径) the whole found does not state. */
function ofAnotherCoverage(draft: Draft, words: string, whole: Figure): boolean {
  const coverage = COVERAGE.exec(words)?.[0];
  return !!coverage && !simplified(headOf(draft, whole) + whole.key).includes(coverage);
}

/** A share: 完成投资8亿元，占年计划的50% / 占年度计划30亿元的45% / 完成年度任务6亿元的54.3%. */
function share(par: Paragraph, p: Figure, written: string, completion = false): Relation | undefined {
  // (占提案總數的: the words in traditional characters, read as 占提案总数的; names are compared so too)
  const words = simplified(written);
  // 省内流动农民工增量占外出农民工增量的96.4%: a share of an increase is of the changes, not of the levels stated
  if (/增量|增加额|增长额|增加量|增长量|净增/.test(words)) return undefined;
  const { draft, lookups } = par;
  if (targetOfTheShareBefore(par, p) || industriesJoined(draft, p) || ofAnotherScope(par, p, words) || ofALargerPlace(par, p, words)) return undefined;
  const head = glossedHead(draft, p);
  const sentence = sentenceOf(par, p);
  const inSentence = sentence.filter((f) => f.offset < p.offset && f.unit.kind !== 'percent');
  const inline = sentence.find((f) => f.offset >= p.clause.offset && f.offset < p.offset && f.unit.kind !== 'percent');
  // 开发区税收占全县税收收入的52.9%: a subject before 占 names the numerator; without one it is the figure before
  const at = head.lastIndexOf('占');
  // (累计完成投资987675万元，…，总量占全区投资比重为86.7%: 总量 and 规模 name the level just stated, no subject of their own)
  const subject =
    at > 0
      ? head
          .slice(0, at)
          .replace(/^(?:其中|分别|约|均|共|的)+/, '')
          .replace(OWN_LEVEL_SUBJECT, '')
      : '';
  const numeratorPool = inSentence.filter((f) => f !== inline && f.offset < p.clause.offset && (!f.relational || runOnLevel(draft, f)));
  let numerator: Figure | undefined;
  // 分别实现营业收入4.9亿元、75.4亿元和14.9亿元，…，三大行业营业收入合计占…的比重达29.2%: the figures of the list
  // before, together, are the numerator the subject sums
  const summed = TOGETHER_SUBJECT.test(subject) ? joinedListBefore(par, numeratorPool) : [];
  if (summed.length >= 2 && inline === undefined) {
    const whole = inSentence.length === 0 ? undefined : wholeOfSum(par, summed, words);
    if (!whole || ![p, ...summed, whole].every(exact)) return undefined;
    return relation(
      'share',
      p,
      [[p, 'percent'], ...summed.map((f) => [f, 'numerator'] as const), [whole, 'denominator']],
      [judge({ op: 'percent', args: [added(summed), { figure: whole }] }, { figure: p }, { unit: 'percent' })],
    );
  }
  if (subject.length >= 2) {
    const named = numeratorPool.filter((f) => sameThing(subject, f) && !otherKind(subject, f));
    const bySubject = lookups.named(subject).filter((f) => f.unit.kind !== 'percent' && !f.relational && known(f) && !otherKind(subject, f));
    // 第一产业增加值占生产总值比重为36.1% beside 第二产业增加值, 第三产业增加值: the figure named by the subject itself
    const own = bySubject.filter((f) => f !== inline && !otherTrade(subject, bareMeasure(f)));
    numerator = named[named.length - 1] ?? uniqueValue(own) ?? uniqueValue(own.filter((f) => bareMeasure(f) === subject)) ?? countNamedByItsUnit(subject, numeratorPool);
  } else {
    // 超额完成市政府下达的50万亩的年度绿化任务，完成省下达我市40万亩造林任务的133%: what reaches a share of a plan or
    // task is what was done, not another plan or task
    const ofPlan = /(?:计划|任务|目标)$/.test(words) || (!!inline && /^[\u4e00-\u9fff]{0,8}?(?:计划|任务|目标)的$/.test(textBetween(draft, inline.endOffset, p.offset)));
    numerator = lastBefore(draft, p, ofPlan ? numeratorPool.filter((f) => !setFigure(draft, f)) : numeratorPool);
  }
  if (!numerator) return undefined;
  // 11个省控地表水监测断面水质达到或优于Ⅲ类的比例为90.9%: a count opening its clause, then what some of them did and
  // 的比例, is what the proportion is of, not a part of another figure (those that did are not counted)
  const counted = inline ?? numerator;
  if (OF_THOSE_COUNTED.test(textBetween(draft, counted.endOffset, p.offset)) && /(?:^|[，,；;：:])\s*(?:共|全|有|共有)?$/.test(textBetween(draft, counted.clause.offset, counted.offset)))
    return undefined;
  let denominator: Figure | undefined = inline && compatible(inline.unit, numerator.unit) ? inline : undefined;
  if (!denominator && (words === '' || /^(?:总数|总量|全部|全县|全市|总额|比)$/.test(words))) {
    // 占比: the whole the numerator is part of, earlier in the sentence
    // a figure with a share of its own before the numerator is its sibling in a list (满意690件，占91.4%，基本满意65件，
    // 占8.6%), not its whole
    const ownShare = (f: Figure): boolean => sentence.some((q) => q.unit.kind === 'percent' && q.offset > f.offset && q.offset < numerator.offset && /占/.test(headOf(draft, q)));
    // 其中：税收收入41,393万元，非税收入26,046万元，非税收入占比38.62%: a figure listed after the same 其中 as the
    // numerator is its sibling part, not its whole
    const fellowPart = (f: Figure): boolean => /其中/.test(textBetween(draft, p.sentence.offset, f.offset)) && !/其中/.test(textBetween(draft, f.endOffset, numerator.offset));
    const whole = inSentence.filter((f) => f.offset < numerator.offset && compatible(f.unit, numerator.unit) && !f.bracket && !ownShare(f) && !fellowPart(f));
    denominator = whole.length === 1 ? whole[0] : undefined;
    // …，增收11,118万元。其中：税收收入…: a sentence opening with 其中 lists the parts of the one level of the sentence
    // before it, which is the whole (looked for only then)
    if (whole.length === 0 && /^[\s，,]*其中/.test(textBetween(draft, p.sentence.offset, numerator.offset)) && inSentence.some((f) => f.offset < numerator.offset && fellowPart(f))) {
      // 新签约亿元以上工业项目219个，总投资1115.2亿元…。其中来自沪苏浙的新签约亿元以上工业项目58个、占比26.5%，总投资355.1亿元、
      // 占比31.8%: the same measure of the group the part narrows, stated earlier in the paragraph, is the whole
      const narrowed = par.figures.filter(
        (f) => f.offset < p.sentence.offset && f.key.includes('·') && f.key !== numerator.key && numerator.key.endsWith(f.key) && !f.relational && compatible(f.unit, numerator.unit),
      );
      const last = narrowed.length > 0 ? undefined : par.figures.filter((f) => f.offset < p.sentence.offset).pop();
      if (narrowed.length > 0) denominator = uniqueValue(narrowed);
      const levels = last ? sentenceOf(par, last).filter((f) => f.unit.kind !== 'percent' && !f.relational && !f.bracket && compatible(f.unit, numerator.unit)) : [];
      if (levels.length === 1 && levels[0]!.normalized! >= numerator.normalized!) denominator = levels[0];
    }
  }
  // (占全年计划投资的56.6%: the plan of the investment)
  const planWord = /^(?:年度|全年|年|总|全部)?(?:[\u4e00-\u9fff]{0,4}?)(计划|任务|目标)(?:投资)?$/.exec(words)?.[1];
  if (!denominator && planWord) {
    // 占年度任务的65%: the task stated for the figure's scope (下达我县建设任务3万亩); 占总计划的: any plan, task or
    // target stated before it (the headline 50万人高山生态扶贫搬迁（2013—2017年）, the 53.8万人 put into the plan) may be meant
    // 占年度目标的63.88% of 年度计划完成投资56.21亿元: a report names the year's plan, task or target by any of the
    // three words, so the other two are looked for when the one named is not stated
    const named = /^总/.test(words) ? [] : plansOf(par, numerator, planWord);
    const byWord = named.length > 0 ? named : PLAN_WORDS.flatMap((w) => plansOf(par, numerator, w));
    const plans = byWord.length > 0 || !completion ? byWord : plansListed(par, numerator);
    // the plans of the numerator's own period first (年度计划投资853.8亿元。1-8月共完成投资622.2亿元，占年度投资计划的73%)
    const own = /^总/.test(words) ? [] : plans.filter((f) => f.period === numerator.period || f.period === p.period);
    const values = [...new Map((own.length > 0 ? own : plans).map((f) => [f.normalized, f])).values()];
    if (values.length > 3 || (values.length > 0 && (!exact(p) || !exact(numerator))) || (values.length === 0 && completion)) return undefined;
    if (values.length > 0)
      return relationAmong(
        'share',
        p,
        values.map((plan) => ({
          cast: [
            [p, 'percent'],
            [numerator, 'numerator'],
            [plan, 'denominator'],
          ] as const,
          reading: quotient(p, numerator, plan),
        })),
      );
  }
  // 民营经济增加值290.6亿元，占GDP的比重为66.2%: GDP, 经济总量 and 生产总值 name the product (地区生产总值（GDP）)
  if (!denominator && PRODUCT_WORDS.test(words)) {
    const product = uniqueValue(statements(par, '生产总值', PRODUCT, numerator.scope, true));
    if (!product || product === numerator || !known(numerator) || !known(product) || numerator.normalized > product.normalized + EPS) return undefined;
    return ratioRelation('share', p, numerator, product);
  }
  if (!denominator && words.length >= 2) {
    // 占协议引资总额的: the total of a measure is its largest statement
    const totalOf = /(?:总额|总量|总数|总计|合计)$/.test(words);
    const key = words.replace(/(?:总额|总量|总数|总计|合计)$/, '');
    // an average (月均缴存余额) is not the whole unless the words say so
    // (占党员总数的 of 中国共产党党员总数为8779.3万名: the figure named by the words whole, X总数, is named by them too)
    const byWords = totalOf && key.length >= 2 ? [...new Set([...lookups.named(key), ...lookups.named(words)])].sort((x, y) => x.offset - y.offset) : lookups.named(key);
    // (占全年粮食播种面积的20% beside 全年粮食种植面积386.07万亩: a crop's area is named either way, when one name finds nothing)
    const otherName = byWords.some((f) => f.unit.kind !== 'percent' && !f.relational) ? undefined : sameAreaNamedOtherwise(key);
    const byName = otherName ? lookups.named(otherName) : byWords;
    // (实际到位外省资金突破700亿元，累计实现702.76亿元: the bar crossed is no whole, the value after it is)
    const named = byName.filter((f) => f.unit.kind !== 'percent' && !f.relational && (/均/.test(key) || !/均/.test(f.measure))).map((f) => valueAfterBar(par, f) ?? f);
    // a target (15家以上) or a figure of another scope is not the whole the share is of
    // 男性人口278098人，占总人口的52.1%；女性人口255354人，占总人口的47.9%: a figure before the numerator whose next
    // figure is its own share is a sibling in the list, not the whole (even when its name holds the whole's words)
    // (0-14岁人口为266.16万人，占全省年末总人口的比重为11.20%；15-59岁人口为1543.24万人，占…64.97%: a figure after the
    // share followed by a share of its own is the next sibling, not the whole)
    const sibling = (f: Figure): boolean => {
      const next = par.figures.find((q) => q.offset > f.endOffset);
      if (!next || next.unit.kind !== 'percent' || !/占|佔/.test(headOf(draft, next))) return false;
      return f.offset < numerator.offset ? next.offset < numerator.offset : f.offset > p.offset;
    };
    // (女党员2167.2万名，占党员总数的24.7%…大专及以上学历党员3775.5万名，占…43.0% in the paragraph before the age bands:
    // a figure of an earlier paragraph followed, in its own paragraph, by a share of its own is a part of something, not
    // the whole of the next shares, unless no other figure is named: 抢险救援10.4万起，合计占总数的70.7% is still the
    // whole of 占抢险救援出动总量的20.0%)
    let before: readonly Figure[] | undefined;
    const partElsewhere = (f: Figure): boolean => {
      if (f.para === p.para) return false;
      const next = (before ??= lookups.earlier()).find((q) => q.offset > f.endOffset);
      return !!next && next.para === f.para && next.unit.kind === 'percent' && /占|佔/.test(headOf(draft, next));
    };
    // 重大产业发展项目完成投资3098.7亿元、占年度计划的73.1% beside 年度计划投资7262亿元 of all the projects: a group's
    // completion is of its own plan, which only a plan that names the group is
    // (贵州省重大工程项目完成投资 and 省级重大工程项目·年度计划投资: the group's name without its place is enough)
    const group = planWord ? /^(.{2,}?(?:项目|工程))(?:累计|已|共)?完成/.exec(numerator.measure)?.[1]?.replace(/^[\u4e00-\u9fff]{1,3}[省市县区](?=[\u4e00-\u9fff]{2})/, '') : undefined;
    const found = named.filter(
      (f) =>
        f !== numerator &&
        compatible(f.unit, numerator.unit) &&
        exact(f) &&
        !NOT_A_STATED_TOTAL.test(f.scope) &&
        !CROSSED_BAR.test(headOf(draft, f)) &&
        sameScope(numerator, f, words) &&
        !sibling(f) &&
        !shareOfTheWhole(draft, par, f, words) &&
        // (全国夏粮因单产提高增产粮食262万吨: the part of an increase a cause brought, not the whole increase)
        !BY_CAUSE.test(textBetween(draft, f.clause.offset, f.offset)) &&
        // (共收到建议1284件（…），占全市建议总数的93.2%…1284件建议均…: the numerator stated again is not its whole)
        f.normalized !== numerator.normalized &&
        !joinedLevels(key, f) &&
        // (产业项目由去年的200个提高到今年的250个。其中，…100个，占产业项目的40%: last year's level is not this year's whole)
        !(/^(?:去年|前年)/.test(f.scope) && f.scope !== numerator.scope) &&
        (!group || (f.key + f.scope).includes(group)),
    );
    const wholes = found.filter((f) => !partElsewhere(f));
    const candidates = wholes.length > 0 ? wholes : found;
    if (group && candidates.length === 0) return undefined;
    // (户外植被火灾共56起, after the share of 建构筑物火灾 in its sentence, is the next part, not the whole before it)
    const near = candidates.filter((f) => f.sentence.offset === p.sentence.offset && f.offset < numerator.offset);
    const pool = near.length > 0 ? near : candidates;
    // (占举报件总数的29.36% in （四）, and 反映农村干部问题的举报件累计350件 in （五）: a total stated after the share, in a
    // paragraph of its own, is not the total it is of)
    // (占发展党员总数的13.47% beside 全省共有党员277.84万名 and 共发展党员82149名: among the totals, those stated as a
    // total of what the words count, 发展党员 in 共发展党员, not of a wider group, 党员)
    const inReach = pool.filter((f) => f.offset < p.offset || f.para === p.para);
    const statedTotals = inReach.filter((f) => simplified(f.measure).includes(key) && STATED_AS_TOTAL.test(headOf(draft, f) + '\u0000' + f.measure));
    denominator = totalOf
      ? (statedTotals.length > 0 ? statedTotals : inReach).reduce<Figure | undefined>((max, f) => (!max || f.normalized! > max.normalized! ? f : max), undefined)
      : uniqueValue(pool);
    // 全区一般公共预算收入完成40.5亿元。…税收收入36.9亿元，占一般公共预算收入91%…（二）镇街：…镇街完成一般公共预算收入
    // 15.4亿元: a whole is stated before its shares; the statements after the share (of other sections) are not it,
    // unless the share holds against one of them and not against the one before
    if (!denominator && !totalOf && exact(p) && exact(numerator)) {
      const earlier = uniqueValue(pool.filter((f) => f.offset < p.offset));
      const later = pool.filter((f) => f.offset > p.offset);
      if (earlier && !(!quotient(p, numerator, earlier)?.holds && later.some((f) => quotient(p, numerator, f)?.holds))) denominator = earlier;
    }
  }
  // (公路建设中，普通国省道累计完成投资361.7亿元，占年度任务的134%: a share of a plan, task or target is of the plan
  // and no other figure; the whole the clause stands in (公路建设完成投资) is what was done, not what was planned)
  if (!denominator && words.length >= 2 && !planWord) denominator = wholeWithin(par, numerator) ?? wholeBeforeItsParts(par, numerator, words) ?? totalOfTheListLead(par, numerator, words);
  if (!denominator && TOTAL_NAMED.test(words)) denominator = totalStatedBefore(par, numerator, words) ?? totalOfItsVerb(par, numerator);
  if (!denominator) denominator = wholeOfTheScope(par, numerator, words);
  if (!denominator && ALL_INVESTMENT.test(words)) denominator = allInvestment(par, numerator);
  if (!denominator && PLACE_WHOLE.test(words)) denominator = sameMeasureOfThePlace(par, numerator, words);
  if (!denominator || denominator === numerator) return undefined;
  // 占全国全口径发电量的比重为33.9% beside 全国发电量77790.6亿千瓦时 of the statistics bureau's bulletin: a whole of
  // another coverage (全口径 counts the plants the bulletin's figure leaves out) is not the one named
  if (ofAnotherCoverage(draft, words, denominator)) return undefined;
  // a part larger than its whole means the pairing is wrong, not the text; but a completion of the base named
  // before it (完成年初预算31,700万元的229.39%) may go over it, when the writer says it does
  // (占年初审计项目计划20个的135%, 为三季度目标33.23亿元的101.78%: a plan, task, target or budget named right before it)
  // (生猪出栏127.24万头，占计划数127.23万头的100.01%: the plan named with 数 after it, 计划数, 任务数, is the plan too)
  const over = denominator === inline && (/完成/.test(head) || /(?:计划|任务|目标|预算)数?$/.test(inline.measure));
  if (known(numerator) && known(denominator) && numerator.normalized > denominator.normalized + EPS && !over) return undefined;
  // 交通能源环保类783件、城乡建设类579件、政法类562件，占工单总量的77%: the listed figures together, or the last
  const listed = subject.length >= 2 ? [] : listBefore(par, numerator, numeratorPool);
  if (listed.length >= 2 && exact(p) && listed.every(exact) && exact(denominator)) {
    const total = denominator;
    const sum: Expr = added(listed);
    return relationAmong('share', p, [
      {
        cast: [
          [p, 'percent'],
          [numerator, 'numerator'],
          [total, 'denominator'],
        ],
        reading: quotient(p, numerator, total),
      },
      {
        cast: [[p, 'percent'], ...listed.map((f) => [f, 'numerator'] as const), [total, 'denominator']],
        reading: judge({ op: 'percent', args: [sum, { figure: total }] }, { figure: p }, { unit: 'percent' }),
      },
    ]);
  }
  // 收入33.82亿元，…，为三季度目标33.23亿元的101.78%，为全年目标42亿元的80.52%: the figure before is another
  // percentage's base; the amount the clauses speak of, the last one that is no percentage's base, may be meant
  const chained = inline && denominator === inline && subject.length < 2 ? subjectAmount(sentence, numeratorPool, numerator) : undefined;
  if (chained && exact(p) && exact(chained) && exact(denominator) && known(chained) && chained.normalized <= denominator.normalized! + EPS) {
    const whole = denominator;
    return relationAmong(
      'share',
      p,
      [numerator, chained].map((num) => ({
        cast: [
          [p, 'percent'],
          [num, 'numerator'],
          [whole, 'denominator'],
        ] as const,
        reading: quotient(p, num, whole),
      })),
    );
  }
  return ratioRelation('share', p, numerator, denominator);
}

/**
 * 共有中小学生76071人 … 占小学生总数的17.2%: a whole named by one level (小学生) is not a figure whose name joins that
 * level to another before it (中小学生, 中 and 小 sharing 学生): the union is wider than the whole the share is of.
 */
function joinedLevels(key: string, f: Figure): boolean {
  const name = simplified(f.measure);
  const at = name.indexOf(key);
  return at > 0 && JOINED_LEVELS.includes(key[0]!) && JOINED_LEVELS.includes(name[at - 1]!);
}

/**
 * 全市实际到位外省资金突破700亿元，累计实现702.76亿元: a measure said to cross a round bar, then its value in the next clause
 * under no name of its own (累计实现, 达到): that value is the measure's, the bar only how far it went.
 */
function valueAfterBar(par: Paragraph, bar: Figure): Figure | undefined {
  if (!CROSSED_BAR.test(headOf(par.draft, bar))) return undefined;
  const figures = par.figures.includes(bar) ? par.figures : par.lookups.earlier();
  const next = figures.find((f) => f.offset > bar.endOffset);
  if (!next || next.sentence.offset !== bar.sentence.offset || !exact(next) || next.relational || !compatible(next.unit, bar.unit)) return undefined;
  if (!/^[，,]\s*[\u4e00-\u9fff]{0,6}$/.test(textBetween(par.draft, bar.endOffset, next.offset)) || next.measure !== '') return undefined;
  return known(bar) && known(next) && next.normalized >= bar.normalized ? next : undefined;
}

/** 工业到位资金占比64.9%（任务数占比60%）: a share's target in brackets right after it, of nothing the text states. */
function targetOfTheShareBefore(par: Paragraph, p: Figure): boolean {
  if (!p.bracket) return false;
  const inside = textBetween(par.draft, p.bracket.offset, p.offset);
  return /^\s*(?:任务|计划|目标)[数值]?(?:占比|比重|比例)?(?:为|是)?$/.test(inside) && /[%％]\s*[（(]$/.test(par.draft.prose.slice(Math.max(0, p.bracket.offset - 4), p.bracket.offset));
}

/**
 * 工业到位资金占比64.9% beside 上报到位资金36亿元: a subject and a measure that end alike (到位资金) after words that share
 * no character (工业, 上报) name two things of one kind, the part a share is of and the whole; the figure is not the part.
 */
function otherKind(subject: string, f: Figure): boolean {
  const a = plainWords(subject);
  const b = plainWords(bareMeasure(f));
  const common = suffixLength(a, b);
  if (common < 2 || common >= a.length || common >= b.length) return false;
  const rest = b.slice(0, b.length - common);
  return ![...a.slice(0, a.length - common)].some((ch) => rest.includes(ch));
}

/**
 * 工业增加值 and 农牧业增加值: two names that end alike only from 业 on name two trades (工业, 农牧业), not one measure;
 * a subject naming one is not the figure named by the other.
 */
function otherTrade(a: string, b: string): boolean {
  const common = suffixLength(a, b);
  return common < a.length && common < b.length && a[a.length - common] === '业';
}

/**
 * The figure a share speaks of among those before it (in order): the last one, but for one in brackets that close
 * before the share, the figure the bracket follows (违法行为325件（其中无照经营210件），占举报量的9%: 325件), or none when
 * no figure stands right before the bracket.
 */
function lastBefore(draft: Draft, p: Figure, before: readonly Figure[]): Figure | undefined {
  const last = before[before.length - 1];
  const gloss = last?.bracket;
  if (!gloss || gloss.endOffset > p.offset || p.bracket?.offset === gloss.offset) return last;
  for (let i = before.length - 2; i >= 0; i--) {
    const f = before[i]!;
    if (f.offset >= gloss.offset) continue;
    return !f.bracket && /^\s*[（(]\s*$/.test(textBetween(draft, f.endOffset, gloss.offset)) ? f : undefined;
  }
  return undefined;
}

/** The last figure of the pool, of the numerator's unit, that is not the base of a percentage in its own clause. */
function subjectAmount(sentence: readonly Figure[], pool: readonly Figure[], numerator: Figure): Figure | undefined {
  const isBase = (f: Figure): boolean => sentence.some((q) => q.unit.kind === 'percent' && q.clause.offset === f.clause.offset && q.offset > f.offset);
  if (!isBase(numerator)) return undefined;
  const free = pool.filter((f) => f !== numerator && compatible(f.unit, numerator.unit) && !isBase(f));
  return free[free.length - 1];
}

/**
 * 全市常住人口中男性人口380.31万人，占全部人口的52.09%；女性人口349.75万人，占全部人口的47.91%: the whole a
 * share's words do not single out is the one the sentence names with …中 before its parts, when one value of it
 * stands in the draft.
 */
const WITHIN = new RegExp(
  `([\\u4e00-\\u9fff]{2,8})中(?!${NOT_WITHIN.filter((w) => w.startsWith('中'))
    .map((w) => w.slice(1))
    .join('|')})(?=[，,：:]?[\\u4e00-\\u9fff0-9０-９])`,
  'g',
);
/** The words before a 中 that ends a word of its own (其中, 集中): no whole named. */
const ENDS_NOT_WITHIN = new RegExp(
  `(?:${NOT_WITHIN.filter((w) => w.endsWith('中'))
    .map((w) => w.slice(0, -1))
    .join('|')})$`,
);

function wholeWithin(par: Paragraph, numerator: Figure): Figure | undefined {
  const text = numerator.para.prose;
  const start = numerator.period - numerator.para.offset;
  const at = numerator.offset - numerator.para.offset;
  if (start < 0 || at <= start) return undefined;
  let words: string | undefined;
  for (const m of text.slice(Math.max(start, at - 200), at).matchAll(WITHIN)) if (!ENDS_NOT_WITHIN.test(m[1]!)) words = m[1];
  if (!words) return undefined;
  const named = par.lookups
    .named(words)
    .filter(
      (f) => f !== numerator && f.offset < numerator.offset && compatible(f.unit, numerator.unit) && exact(f) && !f.relational && !f.bracket && known(f) && f.normalized >= numerator.normalized!,
    );
  return uniqueValue(named);
}

/** Words of a share that name the whole only as the total of what is counted: 占总数的, 占全市的, 占全区比重, 占全年的. */
const TOTAL_NAMED = /^(?:总数|总量|全[国省市县区](?:总数|总量)?|全年(?:总数|总量)?)$/;

/** Words that state a figure as a total: 全国共查处, 共接报, 合计, 累计, 总数; 全省共有. */
const STATED_AS_TOTAL = /共|合计|总计|累计|总[数量额]|^全[国省市县区]/;

/** A measure's words without place, total and list words: what is counted (查处酒驾醉驾, 接报火灾, 收到提案). */
function countedWords(measure: string): string {
  return simplified(measure).replace(/全[国省市县区镇乡]|本[市县区]|[我今去上本]年|其中|分别|一共|总共|共计|共有|合计|总计|累计|共|[0-9０-９]+[时月日]?|[至到~－-]/g, '');
}

/** Whether two measures share two characters or more in a row (查处 of 19时至凌晨2时查处 and 全国共查处酒驾醉驾). */
function countedAlike(a: string, b: string): boolean {
  const x = countedWords(a);
  const y = countedWords(b);
  for (let i = 0; i + 2 <= x.length; i++) if (/^[\u4e00-\u9fff]{2}$/.test(x.slice(i, i + 2)) && y.includes(x.slice(i, i + 2))) return true;
  return false;
}

/**
 * 全国共查处酒驾醉驾90.1万起…。⏎…19时至凌晨2时查处58万起，占总数的64.3%: a share whose words name the whole only as the
 * total (总数, 全市, 全年) is of the total stated before it, in its paragraph or the ones just before: a figure of its unit
 * stated as a total (共, 合计, 累计, 全省共有) of what the part counts (查处, 火灾, 提案), for all the draft speaks of (no
 * subject, no part of another figure), larger than the part. Read only when the words leave one value; when several
 * totals remain, the one every share would hold against is no reason to pick it, and nothing is said.
 */
function totalStatedBefore(par: Paragraph, numerator: Figure, words: string): Figure | undefined {
  if (!exact(numerator) || numerator.relational) return undefined;
  const { draft } = par;
  const yearly = /^全年/.test(words);
  const around = [...par.lookups.earlier(), ...par.figures];
  const pool = around.filter((f) => f.offset < numerator.sentence.offset);
  // (本月得满分的单位共55家，占总数的71.43%: a count with a share of its own is a part, a sibling of the numerator)
  const withShare = (f: Figure): boolean => {
    for (const q of around) {
      if (q.offset <= f.offset || q.period !== f.period) continue;
      if (q.unit.kind !== 'percent') return false;
      if (/占|比重|占比/.test(headOf(draft, q))) return true;
    }
    return false;
  };
  const levels = new Map<Figure, boolean>();
  const level = (f: Figure): boolean => {
    let is = levels.get(f);
    if (is === undefined) levels.set(f, (is = levelOf(f)));
    return is;
  };
  // (read once per figure: the totals and their rivals are both taken from the pool)
  const levelOf = (f: Figure): boolean =>
    f !== numerator &&
    f.unit.kind !== 'percent' &&
    compatible(f.unit, numerator.unit) &&
    exact(f) &&
    !f.relational &&
    !f.bracket &&
    !f.range &&
    f.subject === '' &&
    f.partOf === undefined &&
    f.normalized > numerator.normalized &&
    !/^(?:去年|上年|前年)/.test(f.scope) &&
    (yearly || !f.scope || !numerator.scope || f.scope === numerator.scope) &&
    !withShare(f);
  const totals = pool.filter(
    (f) =>
      level(f) &&
      (!yearly || /全年/.test(f.scope + headOf(draft, f))) &&
      STATED_AS_TOTAL.test(headOf(draft, f).replace(/\s/g, '') + '\u0000' + f.measure) &&
      countedAlike(numerator.measure, f.measure),
  );
  const total = uniqueValue(totals);
  if (!total) return undefined;
  // 共征集提案3652件，经审查立案2894件，…占总数的18.3% / 共收到提案784件…。经审查，立案768件: another count larger than
  // the part stated after the total, in a list of no shares, may be the whole as well (what was filed of what was
  // received): the words do not tell which
  const rivals = pool.filter((f) => f.offset > totals[0]!.offset && level(f) && !f.distributive && f.normalized !== total.normalized);
  return rivals.length === 0 ? total : undefined;
}

/** A whole's name without the place, the 的 and the 比重 around it (我区规模以上服务业企业营业收入比重 → 规模以上服务业企业收入). */
function wholeName(words: string): string {
  return simplified(words).replace(/^(?:我|全|本)[区县市省州镇乡]|的|比重|比例|营业|[为达是]$/g, '');
}

/**
 * 重点服务业企业完成营业收入138.9亿元，…，占我区规模以上服务业企业营业收入比重85.7%。其中，10-50亿元企业…，占我区规模以上服务业
 * 企业收入比重40.5%: a figure stated as a share of the whole the words name is a part of that whole, not the whole.
 */
function shareOfTheWhole(draft: Draft, par: Paragraph, f: Figure, words: string): boolean {
  const name = wholeName(words);
  if (name.length < 4) return false;
  // the first share after it in its period, before any other level of its unit (its change may stand between)
  for (const q of par.periods.get(f.period) ?? []) {
    if (q.offset <= f.offset) continue;
    if (q.unit.kind !== 'percent') {
      if (compatible(q.unit, f.unit) && !q.relational) return false;
      continue;
    }
    const lead = textBetween(draft, q.clause.offset, q.offset);
    const at = lead.lastIndexOf('占');
    if (at < 0) continue;
    const other = wholeName(lead.slice(at + 1));
    return other.length >= 4 && (other.includes(name) || name.includes(other));
  }
  return false;
}

/**
 * 我区规模以上服务业企业313家，实现营业收入161.9亿元。⏎一、…全区租赁和商务服务业实现营业收入59.6亿元，…，占全区比重36.8% /
 * 全市常住人口3016.55万人。⏎…渝东北生态涵养发展区常住人口811.19万人，…，占全市常住人口的26.9%: a share whose words name the
 * whole by the scope of the draft (全区, 我区, 全市) is of the scope's level of the part's own measure stated in an
 * earlier paragraph: a figure of its unit and period, larger than the part, whose measure the part's ends with
 * (营业收入, 常住人口), that is no part itself (no share of its own after it). Read only when every such level has one
 * value: two sections' totals of one measure leave it unsaid which one the share is of.
 */
function wholeOfTheScope(par: Paragraph, numerator: Figure, words: string): Figure | undefined {
  if (!SCOPE_WHOLE.test(simplified(words)) || !exact(numerator) || !known(numerator) || numerator.relational) return undefined;
  const measure = bareMeasure(numerator);
  const { draft } = par;
  const earlier = par.lookups.earlier();
  // (a figure followed, in its own paragraph, by a share of its own is a part of something, not the whole)
  const withShare = (f: Figure): boolean => {
    const next = earlier.find((q) => q.offset > f.endOffset);
    return !!next && next.para === f.para && next.unit.kind === 'percent' && /占|佔|比重/.test(headOf(draft, next));
  };
  const levels = earlier.filter(
    (f) =>
      f.unit.kind !== 'percent' &&
      compatible(f.unit, numerator.unit) &&
      exact(f) &&
      known(f) &&
      !f.relational &&
      !f.bracket &&
      !f.range &&
      f.subject === '' &&
      f.normalized > numerator.normalized + EPS &&
      bareMeasure(f).length >= 2 &&
      measure.endsWith(bareMeasure(f)) &&
      (!f.scope || !numerator.scope || f.scope === numerator.scope) &&
      !/^(?:去年|上年|前年)/.test(f.scope) &&
      !withShare(f),
  );
  return uniqueValue(levels);
}

/** Words that place or qualify a measure without naming another one: 全省, 年末, 执行, 完成. */
const PLACE_OR_VERB = /全[国省市县区旗镇乡]|本级|年末|年底|累计|实现|完成|执行/g;

/**
 * 年末全省常住人口3856万人。其中，城镇常住人口2114万人，占年末常住人口的比重为54.81% / 全市一般公共预算支出执行67.28
 * 亿元。其中，民生支出55.1亿元，占一般公共预算支出的81.9%: a part listed after 其中 whose share names its whole with
 * words no figure is named by exactly is a share of the one level before that 其中 (in its period, or when 其中 opens
 * the period, in the period before) whose name is the words, read without place and verb (全省, 年末, 执行).
 */
function wholeBeforeItsParts(par: Paragraph, numerator: Figure, words: string): Figure | undefined {
  const key = words.replace(/的$/, '').replace(PLACE_OR_VERB, '');
  if (key.length < 2 || !known(numerator)) return undefined;
  const head = textBetween(par.draft, numerator.period, numerator.offset);
  const at = head.lastIndexOf('其中');
  if (at < 0) return undefined;
  const level = (f: Figure): boolean => f.unit.kind !== 'percent' && compatible(f.unit, numerator.unit) && exact(f) && known(f) && !f.relational && !f.bracket && !f.range;
  const own = (par.periods.get(numerator.period) ?? []).filter((f) => f.offset < numerator.period + at && level(f));
  let pool = own;
  if (own.length === 0 && /^[\s，,：:]*$/.test(head.slice(0, at))) {
    const last = par.figures.filter((f) => f.offset < numerator.period).pop();
    pool = last ? (par.periods.get(last.period) ?? []).filter(level) : [];
  }
  const named = pool.filter((f) => f.measure.replace(PLACE_OR_VERB, '') === key && f.normalized! >= numerator.normalized!);
  if (named.length === 1) return named[0];
  // (only a level of 其中's own period: 年末常住人口40.0万人。其中，城镇常住人口22.0万人，占总人口比重为 may be of another
  // population, ratio10)
  return named.length === 0 && pool === own ? onlyLevelOfTheTotal(own, numerator, key) : undefined;
}

/** 总人口, 总人口数, 总项目数: a whole named only as the total of a noun (the noun after 总, without 数). */
const TOTAL_OF_NOUN = /^总([\u4e00-\u9fff]{2,4}?)数?$/;

/**
 * 全州常住人口39.1万人，其中女性18.7万人，占总人口的47.83% / 共引进注册规模项目196个，…，其中工业项目140个，占总项目数的
 * 71.4%: a share of 总 and a noun, after 其中, is of the level before that 其中 in its period whose measure ends with the
 * noun (常住人口, 注册规模项目), when it is the only level of its unit there: the writer names the whole by what it
 * counts, not by its qualifier.
 */
function onlyLevelOfTheTotal(pool: readonly Figure[], numerator: Figure, key: string): Figure | undefined {
  const noun = TOTAL_OF_NOUN.exec(key)?.[1];
  if (!noun || pool.length !== 1) return undefined;
  const level = pool[0]!;
  const measure = level.measure.replace(PLACE_OR_VERB, '').replace(/数$/, '');
  return measure.endsWith(noun) && measure !== noun && level.normalized! > numerator.normalized! ? level : undefined;
}

/** How many paragraphs with figures before a share in a list its lead may stand (two lists of one total, of nine and eight items). */
const LEAD_REACH = 24;

/**
 * 全镇公共财政预算支出完成5472.90万元，主要预算项目执行情况如下：⏎1、一般公共服务支出534.06万元，占总支出的9.76%。⏎…⏎4、维护费
 * 支出1105.73万元，占总支出的20.21%: a share of 总 and a noun (总支出) in a numbered item, of the item's first level, is of
 * the total the list's lead states: the nearest paragraph with figures before the items that is no item, ends by announcing
 * them (如下：) and states one level of the unit whose name ends with the noun (公共财政预算支出). Items numbered again from 1
 * before the share's own list (the same spending by economic class, under a lead of no figure) are passed over; the items
 * of its own list, with it, must not add up to more than the total.
 */
function totalOfTheListLead(par: Paragraph, numerator: Figure, words: string): Figure | undefined {
  const noun = TOTAL_OF_NOUN.exec(words.replace(/的$/, ''))?.[1];
  const own = itemNumber(numerator.para.prose);
  if (!noun || !own || !exact(numerator) || !known(numerator) || par.figures.find((f) => f.unit.kind !== 'percent') !== numerator) return undefined;
  const paragraphs: Figure[][] = [];
  for (const f of par.lookups.earlier(LEAD_REACH)) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last[0]!.para === f.para) last.push(f);
    else paragraphs.push([f]);
  }
  // (with the slack of their rounding: 5472.92 of items to the 万元's hundredth under 5472.90)
  let sum = numerator.normalized - halfUnit(numerator);
  let next = own.n - 1;
  for (const figures of paragraphs.reverse()) {
    const number = itemNumber(figures[0]!.para.prose);
    if (number) {
      if (number.style !== own.style) return undefined;
      // (the items of the share's own list, numbered down to 1, add up under the total)
      if (next > 0) {
        const first = figures.find((f) => f.unit.kind !== 'percent');
        if (number.n !== next || !first || !exact(first) || !known(first) || !compatible(first.unit, numerator.unit)) return undefined;
        sum += first.normalized - halfUnit(first);
        next--;
      }
      continue;
    }
    if (next > 0 || !/[：:]\s*$/.test(figures[0]!.para.prose)) return undefined;
    const levels = figures.filter(
      (f) => f.unit.kind !== 'percent' && compatible(f.unit, numerator.unit) && exact(f) && known(f) && !f.relational && !f.bracket && simplified(f.measure).endsWith(noun),
    );
    return levels.length === 1 && levels[0]!.normalized! >= sum - EPS ? levels[0] : undefined;
  }
  return undefined;
}

/** Words naming a crop's area under its other name (全年粮食播种面积 → 全年粮食种植面积), or undefined. */
function sameAreaNamedOtherwise(words: string): string | undefined {
  for (const [a, b] of AREA_NAMES) {
    if (words.includes(a)) return words.replace(a, b);
    if (words.includes(b)) return words.replace(b, a);
  }
  return undefined;
}

/** A plan or task figure: 年度任务3万亩, 计划投资20亿元, 下达的50万亩的年度绿化任务 (the noun after it names the task). */
function setFigure(draft: Draft, f: Figure): boolean {
  return (PLAN.test(f.measure) && !f.done) || /^的?[\u4e00-\u9fff]{0,8}?(?:计划|任务|目标)(?:[，,；;。]|$)/.test(textBetween(draft, f.endOffset, f.clause.endOffset));
}

/** What some of a counted group did, then 的比例 (…水质达到或优于Ⅲ类的比例为): no 占, no other figure's name. */
const OF_THOSE_COUNTED = /^[^占，,；;。]{2,30}的(?:比例|比重|占比)(?:为|达|是|达到)?$/;

/** The words of a change brought by a cause: 因单产提高增产, 由于面积扩大增加. */
const BY_CAUSE = /(?:因|由于)[^，,；;。]{1,12}(?:增产|增加|增收|减产|减少|减收)[^，,；;。]{0,6}$/;

/** A subject that adds up what it names: 三大行业营业收入合计, 以上三项之和, 两者共计. */
const TOGETHER_SUBJECT = /(?:合计|总计|共计|之和|加总|合起来)$/;
/** All the investment of a place, named short: 占全区投资比重, 占全县投资的, 占投资总量的. */
const ALL_INVESTMENT = /^(?:全[省市县区州旗盟])?(?:投资|投资总量|投资总额)$/;

/**
 * 占全区投资比重为86.7% of 服务业投资987675万元: where the text speaks of investment, 全区投资 is all its fixed-asset
 * investment (固定资产投资1139908万元), the one level of it the paragraph or the draft states for the whole place (no
 * part's, no past one), when it states one value.
 */
function allInvestment(par: Paragraph, numerator: Figure): Figure | undefined {
  const levels = par.lookups
    .named('固定资产投资')
    .filter((f) => levelBeside(f, numerator) && f.subject === '' && /^(?:全[省市县区州旗盟])?固定资产投资(?:完成|累计完成)?$/.test(bareMeasure(f)) && !isPast(f, par.reportYear));
  return wholeOfOneValue(levels, numerator);
}

/** A level a part could be a share of: another figure, exact, in a compatible unit, no base, change, bracket or range. */
function levelBeside(f: Figure, numerator: Figure): boolean {
  return f !== numerator && compatible(f.unit, numerator.unit) && exact(f) && !f.relational && !f.inChange && !f.bracket && !f.range;
}

/** The whole the levels state, when they give it one value and it is no smaller than the part. */
function wholeOfOneValue(levels: readonly Figure[], numerator: Figure): Figure | undefined {
  const whole = uniqueValue(levels);
  return whole && known(whole) && known(numerator) && whole.normalized >= numerator.normalized ? whole : undefined;
}

/** A share of a place named alone, no measure: 占园区比重, 占全县的. */
const PLACE_WHOLE = /^(?:全[省市县区州旗盟]|(?:工业)?园区|开发区|高新区|经开区)$/;

/**
 * 四大主导产业累计完成工业总产值88.2亿元，占园区比重87.84% of 园区累计完成工业总产值96.9亿元: a share of a place named
 * alone is of the same measure of the place (the same words after the part's name, four characters or more), the one
 * level the paragraph or the few before state with the place's name at its head.
 */
function sameMeasureOfThePlace(par: Paragraph, numerator: Figure, words: string): Figure | undefined {
  const own = bareMeasure(numerator);
  const levels = [...par.lookups.earlier(), ...par.figures].filter(
    (f) => levelBeside(f, numerator) && bareMeasure(f).startsWith(words) && suffixLength(bareMeasure(f), own) >= 4 && suffixLength(bareMeasure(f), own) === bareMeasure(f).length - words.length,
  );
  return wholeOfOneValue(levels, numerator);
}

/** A subject that only points back at the level its clause follows: 总量占全区投资比重为, 规模占比. */
const OWN_LEVEL_SUBJECT = /^(?:总量|规模|总额)$/;

/**
 * The figures of the list that ends last before a share, joined by 、, 和, 及 or 与 (4.9亿元、75.4亿元和14.9亿元), of one
 * unit; none when the last figure before stands alone.
 */
function joinedListBefore(par: Paragraph, pool: readonly Figure[]): Figure[] {
  const levels = pool.filter((f) => !f.bracket && f.unit.kind !== 'percent' && f.unit.kind !== 'points');
  const last = levels[levels.length - 1];
  if (!last) return [];
  const list = [last];
  for (let i = levels.length - 2; i >= 0; i--) {
    const f = levels[i]!;
    const between = par.draft.prose.slice(f.endOffset, list[0]!.offset);
    if (!compatible(f.unit, last.unit) || !/^\s*(?:、|和|及|与|以及)\s*$/.test(between)) break;
    list.unshift(f);
  }
  return list;
}

/**
 * The whole a sum's share names (占全市重点服务业企业营业收入的比重): the one figure of the paragraph before the list, of its
 * unit, larger than the sum, whose name the words end with, or, when none is named so, the one such figure.
 */
function wholeOfSum(par: Paragraph, parts: readonly Figure[], words: string): Figure | undefined {
  const sum = parts.reduce((t, f) => t + (f.normalized ?? NaN), 0);
  const before = par.lookups
    .earlier()
    .concat(par.figures)
    .filter((f) => f.offset < parts[0]!.offset && compatible(f.unit, parts[0]!.unit) && !f.relational && known(f) && f.normalized! >= sum);
  const named = before.filter((f) => bareMeasure(f).length >= 2 && simplified(words).endsWith(bareMeasure(f)));
  return uniqueValue(named.length > 0 ? named : before);
}

/** The figures listed with 、 that end with `last`: 783件、579件、562件. */
function listBefore(par: Paragraph, last: Figure, pool: Figure[]): Figure[] {
  const list = [last];
  for (let i = pool.indexOf(last) - 1; i >= 0; i--) {
    const f = pool[i]!;
    const between = par.draft.prose.slice(f.endOffset, list[0]!.offset);
    if (!compatible(f.unit, last.unit) || !between.includes('、') || /[，,；;。：:]/.test(between)) break;
    list.unshift(f);
  }
  return list;
}

/**
 * Whether a whole looked up by name is in the numerator's scope: its subject (市本级, 普通高中, 其中…), and for
 * a measure of a group counted before it (42个工业项目完成投资), that group; unless the words name the whole
 * (占全县…, 占总…), in which case the whole's scope is the document's.
 */
function sameScope(numerator: Figure, whole: Figure, words: string): boolean {
  // 乡镇总面积96.25平方公里，其中耕地面积23.43平方公里，占总面积的24.32%: the part was read as a part of that whole
  if (numerator.partOf !== undefined && numerator.partOf === whole.key) return true;
  if (/^(?:全|总|我)/.test(words)) return whole.subject === '';
  // a part after 其中 is a share of the whole before it; a figure of 市本级 or 普通高中, of its own level's whole
  if (whole.subject !== numerator.subject && !(numerator.subject.startsWith('其中') && whole.subject === '')) return false;
  if (numerator.keyedBy !== 'entity') return true;
  return whole.keyedBy === 'entity' && whole.key.split('·')[0] === numerator.key.split('·')[0];
}

/**
 * The plan, task or target a completion is of: the figures before it in its paragraph whose measure or scope
 * names that word (年度任务3万亩, 下达我县建设任务3万亩, 计划投资20亿元), of its unit and scope, all of one value.
 */

const PLAN_WORDS = ['计划', '任务', '目标'];

function plansOf(par: Paragraph, numerator: Figure, word: string): Figure[] {
  // 75个工业项目完成投资151.2亿元，占年度计划的70.1%: the plan of the group counted (stated with it, or after its count
  // in the count's sentence: 重点项目71个，…，年度计划完成投资56.21亿元), not of all the projects
  // (至9月底，开工建设160个，…累计完成投资153.7亿元，完成年度计划的62.4%: 开工建设 is how far the projects got, no group of
  // them with a plan of its own)
  const owner = numerator.keyedBy === 'entity' ? numerator.key.split('·')[0]! : undefined;
  const group = owner !== undefined && !PROJECT_PROGRESS.test(owner) ? owner : undefined;
  // (the nearest count named by the group, keyed by it or read after a figure before it: 縣重點（diǎn）項目55宗 after 36宗)
  const counted = group === undefined ? undefined : par.figures.filter((g) => (g.key === group || bareMeasure(g) === group) && g.offset < numerator.offset).pop();
  const ofGroup = (f: Figure): boolean =>
    group === undefined || (f.keyedBy === 'entity' && f.key.split('·')[0] === group) || (counted !== undefined && f.offset > counted.offset && f.sentence.offset === counted.sentence.offset);
  return par.figures.filter(
    (f) =>
      f !== numerator &&
      f.offset < numerator.offset &&
      exact(f) &&
      !f.relational &&
      // (全年计划完成投资98.5亿元: the plan of what is to be done, not what was done)
      (!f.done || /(?:计划|任务|目标)完成/.test(f.measure)) &&
      compatible(f.unit, numerator.unit) &&
      simplified(f.measure + f.scope).includes(word) &&
      f.subject === numerator.subject &&
      ofGroup(f),
  );
}

/**
 * 今年，全省城镇住房保障计划实施，棚户区住房改造开工8526套、基本建成2万套，…。截至三季度，…棚户区住房改造开工1.34万套，完成
 * 年度任务的156.7%: a sentence that sets out the year's plan (a plan word before its figures, nothing done in it) lists
 * the tasks under the names of what is then done; the task of a completion is the one figure there of its own name.
 */
function plansListed(par: Paragraph, numerator: Figure): Figure[] {
  const found = par.figures.filter(
    (f) =>
      f.sentence.offset !== numerator.sentence.offset &&
      f.offset < numerator.offset &&
      exact(f) &&
      !f.relational &&
      compatible(f.unit, numerator.unit) &&
      PLAN.test(textBetween(par.draft, f.sentence.offset, f.offset)) &&
      !/完成|已/.test(textBetween(par.draft, f.sentence.offset, f.sentence.endOffset)) &&
      taskOf(f, numerator),
  );
  return uniqueValue(found) ? found : [];
}

/** What is done, without the verb of doing: 城镇保障性安居工程完成投资 is 城镇保障性安居工程投资 done. */
const withoutDoing = (measure: string): string => measure.replace(/完成|实现|累计|已/g, '');

/**
 * Whether a task listed in a plan names what a figure did: the same name once 完成 is left out, or the verb alone after
 * another task of the same thing (棚户区住房改造开工8526套、基本建成2万套 for 棚户区住房改造基本建成).
 */
function taskOf(task: Figure, done: Figure): boolean {
  const [t, d] = [withoutDoing(simplified(task.measure)), withoutDoing(simplified(done.measure))];
  if (t.length < 2) return false;
  if (t === d) return true;
  const owner = d.endsWith(t) ? d.slice(0, d.length - t.length) : '';
  return task.keyedBy === 'previous' && owner.length >= 2 && simplified(task.key).startsWith(owner);
}

/**
 * 涉及经济建设方面的提案290件，占36.3%；涉及科技…方面的提案175件，占21.9%；…: shares that name no whole, listed
 * together, are of the one total before them that makes them hold: a total that gives all of them but one is the
 * whole, and the one it does not give is wrong. No such total, no relation (the whole may not be stated).
 */
function sharesOfOneTotal(par: Paragraph, orphans: Figure[]): Relation[] {
  const found = sharesOfOneTotalFrom(par, orphans);
  // 共立案806件，占总数的68.1%。已立案的提案中，集体提案123件、占15.3%…：the first share or two may be of a whole before
  // the list, and the shares after them of the part one of them names: then the rest is a list of its own, of that part
  for (let k = 1; found.length === 0 && k <= 2 && orphans.length - k >= 3; k++) {
    const parts = orphanItems(par, orphans.slice(0, k)).map((x) => x.part);
    if (parts.length === k) found.push(...sharesOfOneTotalFrom(par, orphans.slice(k), parts));
  }
  return found;
}

/** The same, for the shares given; their whole one of `wholes` when given. */
function sharesOfOneTotalFrom(par: Paragraph, orphans: Figure[], wholes?: readonly Figure[]): Relation[] {
  const items = orphans
    .map((p) => {
      const before = sentenceOf(par, p).filter((f) => f.offset < p.offset && f.offset >= p.sentence.offset && f.unit.kind !== 'percent' && (!f.relational || runOnLevel(par.draft, f)) && exact(f));
      return { p, part: lastBefore(par.draft, p, before) };
    })
    .filter((x): x is { p: Figure; part: Figure } => !!x.part && exact(x.p) && !par.claimed.has(x.p));
  if (items.length < 3) return [];
  const unit = items[0]!.part.unit;
  if (!items.every((x) => compatible(x.part.unit, unit))) return [];
  const first = items[0]!.part;
  const largest = Math.max(...items.map((x) => x.part.normalized!));
  // (占我区规模以上服务业企业收入比重40.5%: the whole the first share names, when it names one)
  const lead = textBetween(par.draft, items[0]!.p.clause.offset, items[0]!.p.offset);
  const namedWhole = lead.includes('占') ? lead.slice(lead.lastIndexOf('占') + 1) : '';
  const totals = [
    ...new Map(
      (wholes ?? par.figures)
        .filter((f) => f.offset < first.offset && exact(f) && !f.relational && !f.bracket && compatible(f.unit, unit) && f.normalized! >= largest && !shareOfTheWhole(par.draft, par, f, namedWhole))
        .map((f) => [f.normalized, f]),
    ).values(),
  ];
  let best: { total: Figure; holds: number } | undefined;
  let tie = false;
  for (const total of totals) {
    const holds = items.filter((x) => quotient(x.p, x.part, total)?.holds).length;
    if (!best || holds > best.holds) {
      best = { total, holds };
      tie = false;
    } else if (holds === best.holds) tie = true;
  }
  const whole = writersBase(items, wholeOfParts(items, totals), best && !tie ? best : undefined) ?? (!best || tie || best.holds < items.length - wrongAllowed(items.length) ? undefined : best.total);
  if (!whole) return [];
  return eachShareOf(par, items, whole);
}

/**
 * 其中政府采购类456个，占总交易个数的53%；工程建设类314个，…: a part read with the subject of the list's first part
 * (其中政府采购类) is one of the list 其中 opens, not a part of a part after a 其中 of its own.
 */
function ofAListAfterQiZhong(part: Figure, subject: string): boolean {
  return subject.startsWith('其中') && part.subject === subject;
}

/** Each share of a list against its one whole, claimed so that no other reading takes it. */
function eachShareOf(par: Paragraph, items: ReadonlyArray<{ p: Figure; part: Figure }>, whole: Figure): Relation[] {
  const out: Relation[] = [];
  for (const { p, part } of items) {
    par.claimed.add(p);
    const r = ratioRelation('share', p, part, whole);
    if (r) out.push(r);
  }
  return out;
}

/**
 * The whole the parts add up to, unless none of the shares holds against it and another total before them gives every
 * one of them (共收到代表建议97件，已办结96件，其中已得到解决62件，占63.92%，正在解决的18件，占18.56%，规划解决的16件，
 * 占16.49%: 62 + 18 + 16 is the 96 done, yet the writer divided by the 97 received, and said so three times).
 */
function writersBase(items: ReadonlyArray<{ p: Figure; part: Figure }>, complete: Figure | undefined, best?: { total: Figure; holds: number }): Figure | undefined {
  if (!complete) return undefined;
  if (best && best.total !== complete && best.holds === items.length && !items.some((x) => quotient(x.p, x.part, complete)?.holds)) return best.total;
  return complete;
}

/** A budget a share is a completion of (占年初预算的, 占调整预算), not a revenue or spending named 一般公共预算收入. */
const BUDGET_OF = /预算(?!收入|支出)/;

/**
 * 投诉类4733件，占51.28%；咨询类3162件，占34.26%；…；其他969件，占10.50% after 受理9230件: parts that add up exactly
 * (at their written precision) to a total stated before them are all of it, so it is the whole of their shares
 * however many of the shares are wrong. Three parts or more, and one value of the totals they add up to.
 */
function wholeOfParts(items: ReadonlyArray<{ part: Figure }>, totals: readonly Figure[]): Figure | undefined {
  if (items.length < 3) return undefined;
  const unit = items[0]!.part.unit;
  if (!items.every((x) => compatible(x.part.unit, unit) && exact(x.part))) return undefined;
  const sum: Expr = { op: '+', args: items.map((x) => ({ figure: x.part })) };
  return uniqueValue(totals.filter((t) => compatible(t.unit, unit) && !!judge(sum, { figure: t }, { unit: 'amount' })?.holds));
}

/**
 * 15个农村幸福院建设已完成8个（53%）: a percentage alone in brackets right after what was done is its progress, the done
 * count over the count its item opens with (the figure right before it, nothing between them that ends a clause or
 * lists another item).
 */
/**
 * 从来信分类看，住房保障43件（30.2%）；物业服务17件（12.3%）；…；感谢信1件（0.7%）: counts each with its share in the
 * bracket right after it, named by nothing but their kind, are shares of one whole like shares written 占比: the
 * total they add up to, or the one before them that makes all of them hold but one in five (three of them or more).
 * (Not a share whose clause states another figure before its count: 263场送戏进万村已送230场（87%） is the progress
 * of its own plan, read by bracketedProgress.)
 */
function bracketedShares(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
  const list = par.percents.filter((p) => {
    if (kinds.has(p) || par.claimed.has(p) || !p.bracket || !exact(p)) return false;
    const before = par.figures.filter((f) => f.offset < p.offset).pop();
    if (!before || before.unit.kind !== 'count' || before.relational || before.bracket || !exact(before)) return false;
    if (!/^\s*[（(]\s*$/.test(textBetween(par.draft, before.endOffset, p.offset)) || !/^\s*[）)]/.test(par.draft.prose.slice(p.endOffset, p.endOffset + 3))) return false;
    return !par.figures.some((f) => f !== before && f.offset >= before.clause.offset && f.offset < before.offset);
  });
  if (list.length < 3) return [];
  const found = sharesOfOneTotal(par, list);
  const shares = found.length > 0 ? found : sharesOfAnEarlierTotal(par, list);
  if (shares.length === 0) shares.push(...bracketedListsAfterQiZhong(par, list));
  // (the counts adding up to the whole they are shares of are all of it: said once, so that no shorter run of them,
  // whose shares happen to reach 100% at their precision, is read as all of it)
  const wholes = new Set(shares.map((r) => withRole(r, 'denominator')));
  const whole = wholes.size === 1 ? [...wholes][0] : undefined;
  if (whole && shares.length >= 3) {
    const parts = shares.map((r) => withRole(r, 'numerator')!);
    const reading = judge(added(parts), { figure: whole }, { unit: 'amount' });
    const sum = reading?.holds ? relation('sum', whole, [[whole, 'total'], ...parts.map((f) => [f, 'part'] as const)], [reading]) : undefined;
    if (sum) shares.push(sum);
  }
  return shares;
}

/**
 * 大气污染投诉494件，其中工业废气402件（81.4%）；噪声污染投诉140件，其中工业噪声45件（32.1%）、社会生活噪声45件（32.1%）、建筑
 * 噪声33件（23.6%）、餐饮噪声7件（5.0%）: bracketed shares of several wholes, each list opened by 其中 right after its own
 * whole, read as one list find no total (the first whole stands before them all, the others inside). Each list from its
 * 其中 on is read against the level right before that 其中 (all its shares but one holding when it has two or more),
 * or, when none stands there, as a list of its own of an earlier total.
 */
function bracketedListsAfterQiZhong(par: Paragraph, list: readonly Figure[]): Relation[] {
  const partOf = (p: Figure): Figure | undefined => par.figures.filter((f) => f.offset < p.offset).pop();
  const lists: Figure[][] = [];
  for (const p of list) {
    const part = partOf(p);
    if (part?.subject.startsWith('其中') || lists.length === 0) lists.push([p]);
    else lists[lists.length - 1]!.push(p);
  }
  if (lists.length < 2) return [];
  const out: Relation[] = [];
  for (const shares of lists) {
    const items = shares.map((p) => ({ p, part: partOf(p)! }));
    const whole = wholeBeforeQiZhong(par, items[0]!.part);
    if (whole && items.every((x) => compatible(x.part.unit, whole.unit) && x.part.normalized! <= whole.normalized! + EPS) && (items.length < 2 || enoughHold(items, { figure: whole })))
      out.push(...eachShareOf(par, items, whole));
    else if (!whole && shares.length >= 3) out.push(...sharesOfAnEarlierTotal(par, shares));
  }
  return out;
}

/** The level that a part opening with 其中 breaks down: the figure right before, joined to it by nothing but ，其中 and its name. */
function wholeBeforeQiZhong(par: Paragraph, part: Figure): Figure | undefined {
  const whole = par.figures.filter((f) => f.offset < part.offset).pop();
  if (!whole || whole.relational || whole.bracket || whole.range || !exact(whole) || !known(whole) || !known(part)) return undefined;
  return /^[，,]?其中[^\d，,；;。：:（()）]*$/.test(textBetween(par.draft, whole.endOffset, part.offset)) ? whole : undefined;
}

function bracketedProgress(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (!p.bracket || par.claimed.has(p) || !exact(p)) continue;
    const sentence = sentenceOf(par, p);
    const at = sentence.indexOf(p);
    const done = sentence[at - 1];
    const task = sentence[at - 2];
    if (!done || !task || !done.done || done.bracket || task.bracket || task.relational || !compatible(done.unit, task.unit) || !exact(done) || !exact(task)) continue;
    if (!/^\s*[（(]\s*$/.test(textBetween(par.draft, done.endOffset, p.offset)) || !/^\s*[）)]/.test(textBetween(par.draft, p.endOffset, p.endOffset + 1))) continue;
    if (/[、，,；;。：:]/.test(textBetween(par.draft, task.endOffset, done.offset))) continue;
    if (!known(task) || !known(done) || task.normalized === 0 || done.normalized > task.normalized) continue;
    const r = ratioRelation('rate', p, done, task);
    if (r) {
      par.claimed.add(p);
      out.push(r);
    }
  }
  return out;
}

/** The longest list of parts a sum of parts is looked for in. */
const MOST_PARTS = 15;

/**
 * Shares that no reading has given a whole, each with its part (the last level before it in its sentence): a run of
 * them whose parts add up exactly (at their written precision) to one total stated before the first part, in the
 * paragraph or the ones just before it, are shares of that total (two parts will do); a run of three or more with no
 * such total is of the sum of its parts (一级分类9项…社会事业类问题145912个，占总量的20.40%；…其它类…，占12.26%). Either
 * only when the shares show it: all of them hold against that whole but one in five (at least one for two).
 */
function sharesOfTheirParts(par: Paragraph, shares: readonly Figure[]): Relation[] {
  const runs: Array<Array<{ p: Figure; part: Figure }>> = [];
  let run: Array<{ p: Figure; part: Figure }> = [];
  for (const x of orphanItems(par, shares)) {
    const last = run[run.length - 1];
    // each part its own, after the share before it, counted alike
    if (last && (x.part.offset < last.p.endOffset || !compatible(x.part.unit, last.part.unit))) {
      runs.push(run);
      run = [];
    }
    // (an amount read as set exactly, a budget or 一般公共预算收入, leaves the sum no room for its rounding)
    if (!known(x.part) || x.part.approximate || x.p.approximate || setExactly(x.part)) continue;
    run.push(x);
  }
  runs.push(run);
  const out: Relation[] = [];
  let pool: Figure[] | undefined;
  for (const list of runs) {
    for (let i = 0; i + 1 < list.length;) {
      const first = list[i]!.part;
      pool ??= [...par.lookups.earlier(), ...par.figures].filter(
        (f) => exact(f) && known(f) && !f.relational && !f.bracket && !f.range && f.unit.kind !== 'percent' && !NOT_A_STATED_TOTAL.test(f.scope),
      );
      const before = pool.filter((f) => f.offset < first.offset && compatible(f.unit, first.unit));
      let found: { to: number; whole?: Figure } | undefined;
      for (let j = Math.min(list.length - 1, i + MOST_PARTS - 1); j > i && !found; j--) {
        const window = list.slice(i, j + 1);
        const largest = Math.max(...window.map((x) => x.part.normalized!));
        const sum: Expr = { op: '+', args: window.map((x) => ({ figure: x.part })) };
        // (a cheap look at the value first: the sum is judged only against totals within 1% of it)
        const value = window.reduce((acc, x) => acc + x.part.normalized!, 0);
        const totals = before.filter((t) => t.normalized! >= largest && Math.abs(t.normalized! - value) <= 0.01 * value && !setExactly(t) && !!judge(sum, { figure: t }, { unit: 'amount' })?.holds);
        const whole = uniqueValue(totals);
        if (whole && (enoughHold(window, { figure: whole }, sum) || (i === 0 && endsItsPeriod(par, list, j) && exhaustive(window)))) found = { to: j, whole };
        else if (totals.length === 0 && j === list.length - 1 && i === 0 && (window.length >= 3 ? remainder(par, window) : halves(window)) && enoughHold(window, sum)) found = { to: j };
      }
      if (!found) {
        i++;
        continue;
      }
      const window = list.slice(i, found.to + 1);
      const sum: Expr = { op: '+', args: window.map((x) => ({ figure: x.part })) };
      for (const { p, part } of window) {
        par.claimed.add(p);
        if (!exact(p)) continue;
        // the sum of the parts, at their written precision, is the whole too (街道15.1亿元 + 镇0.3亿元 of 镇街15.4亿元)
        const ofSum = {
          cast: [[p, 'percent'], [part, 'numerator'], ...window.filter((x) => x.part !== part).map((x) => [x.part, 'denominator'] as const)] as const,
          reading: quotientOver(p, part, sum),
        };
        const whole = found.whole;
        const r = whole
          ? relationAmong('share', p, [
              {
                cast: [
                  [p, 'percent'],
                  [part, 'numerator'],
                  [whole, 'denominator'],
                ] as const,
                reading: quotient(p, part, whole),
              },
              ofSum,
            ])
          : relation('share', p, ofSum.cast, [ofSum.reading]);
        if (r) out.push(r);
      }
      i = found.to + 1;
    }
  }
  return out;
}

/**
 * 共受理群众诉求716535件…累计接听电话684175个，占全部诉求的95.48%；受理微信留言24003条，占3.35%；…受理市长信箱来信566件，
 * 占0.08%: shares of what a hotline took in, each channel counted by its own word (个, 条, 件, 张 of votes), are of the
 * total in 件 that their parts add up to exactly. Read only for three parts or more, whole counts, one of them at least
 * counted otherwise than the total (the readings above take parts counted alike), all the shares but one in five holding.
 */
function sharesOfIntakeCountedOtherwise(par: Paragraph, shares: readonly Figure[]): Relation[] {
  const intake = (f: Figure): boolean => f.unit.kind === 'count' && INTAKE_WORDS.includes(f.unit.base) && exact(f) && known(f) && halfUnit(f) === 0 && !f.relational && !f.bracket;
  const items = orphanItems(
    par,
    shares.filter((p) => !par.claimed.has(p)),
  ).filter((x) => exact(x.p) && !x.p.approximate);
  const out: Relation[] = [];
  for (let i = 0; i + 2 < items.length;) {
    const first = items[i]!.part;
    let read = 0;
    for (let j = items.length - 1; j >= i + 2 && read === 0; j--) {
      const window = items.slice(i, j + 1);
      if (!window.every((x) => intake(x.part))) continue;
      const sum = window.reduce((acc, x) => acc + x.part.normalized!, 0);
      const wholes = [...par.lookups.earlier(), ...par.figures].filter((f) => f.offset < first.offset && intake(f) && Math.abs(f.normalized! - sum) < EPS && !NOT_A_STATED_TOTAL.test(f.scope));
      const whole = uniqueValue(wholes);
      if (!whole || window.every((x) => compatible(x.part.unit, whole.unit)) || !enoughHold(window, { figure: whole })) continue;
      out.push(...eachShareOf(par, window, whole));
      read = window.length;
    }
    i += Math.max(1, read);
  }
  return out;
}

/**
 * 委员总数643名。其中，新提名的402名，占62.52%；继续提名的241名，占37.48%。中共党员256名，占39.81%；非中共党员387名，
 * 占60.19%。民主党派成员247名，占38.41%；无党派人士58名，占9.01%；…妇女184名，占28.57%: a composition report cuts one
 * whole again and again, each cut a run of parts with their shares. Once the shares just before have been read against one
 * whole (the last two, both holding, of parts counted alike stated after it), the shares that follow in the paragraph,
 * naming no whole, are of it too: when nothing but their own parts (and changes) stands between, no 其中 or …中， opens a
 * part of a part, each part is counted alike and no larger, and at least one of them holds against that whole (the
 * writer's base). The shares that then fail are computed on another base than the one stated.
 */
function sharesGoingOnAfterACut(par: Paragraph, shares: readonly Figure[], found: readonly Relation[]): Relation[] {
  const items = orphanItems(
    par,
    shares.filter((p) => !par.claimed.has(p)),
  );
  if (items.length < 2) return [];
  const first = items[0]!;
  const read = found
    .filter((r) => r.kind === 'share' && r.figures.length === 3 && r.anchor.para === first.p.para && r.anchor.offset < first.part.offset)
    .sort((a, b) => a.anchor.offset - b.anchor.offset)
    .slice(-2);
  if (read.length < 2 || !read.every((r) => r.holds)) return [];
  const whole = withRole(read[0]!, 'denominator');
  if (!whole || !known(whole) || read.some((r) => withRole(r, 'denominator') !== whole || withRole(r, 'numerator')!.offset < whole.offset)) return [];
  const previous = read[1]!.anchor;
  const parts = new Set(items.map((x) => x.part));
  const last = items[items.length - 1]!;
  const between = (f: Figure): boolean => f.offset > previous.endOffset && f.offset < last.p.offset;
  if (par.figures.some((f) => between(f) && f.unit.kind !== 'percent' && !f.relational && !parts.has(f))) return [];
  if (/其中|中[，,：:]/.test(textBetween(par.draft, previous.endOffset, last.p.offset))) return [];
  if (!items.every((x) => compatible(x.part.unit, whole.unit) && known(x.part) && x.part.normalized <= whole.normalized + EPS)) return [];
  if (!items.some((x) => quotient(x.p, x.part, whole)?.holds)) return [];
  return eachShareOf(par, items, whole);
}

/**
 * 全区常住人口中，男性人口为148273人，占50.84%；女性人口为143372人，占49.16%: two parts that are the two halves of one
 * whole (男 and 女, 城镇 and 乡村, named alike but for that word) are all of it, so their sum is the whole of their shares
 * when no total is stated for it.
 */
function halves(items: ReadonlyArray<{ p: Figure; part: Figure }>): boolean {
  return items.length === 2 && otherHalf(bareMeasure(items[0]!.part), bareMeasure(items[1]!.part));
}

/**
 * Whether the shares of a list add up to 100 at their written precision (公务接待费0.53万元，占69%；公务用车…1.18万元，占31%):
 * they divide one whole among the parts listed, so when the parts of a list that opens the run and ends with its
 * period (up to 。; not a run cut out of a longer list, which may add up to 100 by chance) add up exactly to a total
 * stated before them, that total is their whole even if none of the shares holds against it (two shares swapped).
 */
function exhaustive(items: ReadonlyArray<{ p: Figure; part: Figure }>): boolean {
  if (items.length < 2) return false;
  const shares = rangeOf({ op: '+', args: items.map((x) => ({ figure: x.p })) });
  return shares.lo <= 100 && shares.hi >= 100;
}

/** Whether the `j`th item of a run is its last, or the last before a 。 (the next item opens another period). */
function endsItsPeriod(par: Paragraph, list: ReadonlyArray<{ p: Figure; part: Figure }>, j: number): boolean {
  const next = list[j + 1];
  return !next || /[。！？!?]/.test(textBetween(par.draft, list[j]!.p.endOffset, next.part.offset));
}

/** An amount written with decimals that the arithmetic reads as set, not measured (a plan, a budget). */
function setExactly(f: Figure): boolean {
  return f.unit.kind !== 'count' && f.decimals > 0 && halfUnit(f) === 0;
}

/**
 * Whether a list of parts names a remainder (其他类问题87716个, 其余…): then it is all of its whole, which is their sum;
 * without one, a list may leave parts out and its shares be of a larger whole.
 */
function remainder(par: Paragraph, items: ReadonlyArray<{ p: Figure; part: Figure }>): boolean {
  return items.some((x, k) => /其他|其它|其余/.test(textBetween(par.draft, k === 0 ? x.part.sentence.offset : items[k - 1]!.p.endOffset, x.part.offset)));
}

/** Whether all the shares hold against a whole (or the other one given) but one in five of them (one for two to five). */
function enoughHold(items: ReadonlyArray<{ p: Figure; part: Figure }>, whole: Expr, or?: Expr): boolean {
  const holds = items.filter((x) => exact(x.p) && (!!quotientOver(x.p, x.part, whole)?.holds || (!!or && !!quotientOver(x.p, x.part, or)?.holds))).length;
  return holds >= Math.max(1, items.length - wrongAllowed(items.length));
}

/**
 * How many shares of a list may not hold against the total the others give: one, and one in five of a list of ten or
 * more (13 categories of hotline calls, one of them with a real error, may hold a second one that is wrong).
 */
function wrongAllowed(listed: number): number {
  return Math.max(1, Math.floor(listed / 5));
}

/** An orphan share and its part: the last level before it in its sentence (委员提案371件，占78.94%). */
function orphanItems(par: Paragraph, orphans: readonly Figure[]): Array<{ p: Figure; part: Figure }> {
  return orphans
    .map((p) => {
      const before = sentenceOf(par, p).filter((f) => f.offset < p.offset && f.offset >= p.sentence.offset && f.unit.kind !== 'percent' && (!f.relational || runOnLevel(par.draft, f)) && exact(f));
      return { p, part: lastBefore(par.draft, p, before) };
    })
    .filter((x): x is { p: Figure; part: Figure } => !!x.part && exact(x.p) && !par.claimed.has(x.p));
}

/**
 * 470件提案中，…。具体来看，委员提案371件，占78.94%；集体提案99件，占21.06%。从办理结果看，A类433件，占92.13%；…:
 * shares that name no whole, whose whole is stated before their paragraph (in one of the paragraphs just before it)
 * or earlier in it. A total is their whole when at least two of a run of them hold against it and no other total
 * makes as many hold; the run reaches from the first to the last that holds, and takes in one share more before or
 * after it only when that share stands in the same period (up to 。) as one that holds and is not a part's share
 * (其中…). Within such a run one share that does not hold is wrong: the others show which whole they are of.
 */
function sharesOfAnEarlierTotal(par: Paragraph, orphans: readonly Figure[], delimited = false): Relation[] {
  let items = orphanItems(par, orphans);
  if (items.length < 3) return [];
  const first = items[0]!.part;
  const out: Relation[] = [];
  const earlier = par.lookups.earlier();
  const pool = [...earlier, ...par.figures.filter((f) => f.offset < first.offset)].filter(
    (f) => exact(f) && !f.relational && !f.bracket && !f.range && f.unit.kind !== 'percent' && !NOT_A_STATED_TOTAL.test(f.scope),
  );
  const complete = wholeOfParts(
    items,
    pool.filter((f) => f.subject === first.subject),
  );
  if (complete) {
    out.push(...eachShareOf(par, items, complete));
    return out;
  }
  for (let round = 0; round < 3 && items.length >= 3; round++) {
    const unit = items[0]!.part.unit;
    const subject = items[0]!.part.subject;
    let best: { total: Figure; from: number; to: number; holds: number } | undefined;
    let tie = false;
    // 市12345平台共受理问题26898件。…按来源分：热线电话14765件，占案卷总数的54.89%；…: parts that name no subject are of
    // the document's whole, which a total of an earlier paragraph may have been read with a subject of its own; such a
    // total is looked at only when none of the parts' own subject is theirs
    // (其中政府采购类456个，占总交易个数的53%；工程建设类314个，…: a subject opening with 其中 is the first part's own
    // name, read as the subject of the list after it; the list is of the whole before 其中, as parts with no subject are)
    const own = subject === '' || subject.startsWith('其中') ? '' : subject;
    const candidates =
      own === '' ? [(f: Figure): boolean => f.subject === own, (f: Figure): boolean => f.subject !== own && f.offset < par.figures[0]!.offset] : [(f: Figure): boolean => f.subject === own];
    for (const ofSubject of candidates) {
      if (best || tie) break;
      const totals = [...new Map(pool.filter((f) => compatible(f.unit, unit) && ofSubject(f)).map((f) => [f.normalized, f])).values()];
      for (const total of totals) {
        const holds = items.map((x) => compatible(x.part.unit, unit) && x.part.normalized! <= total.normalized! + EPS && !!quotient(x.p, x.part, total)?.holds);
        const from = holds.indexOf(true);
        const to = holds.lastIndexOf(true);
        const count = holds.filter(Boolean).length;
        if (count < 2 || to - from + 1 - count > wrongAllowed(to - from + 1)) continue;
        if (!best || count > best.holds) {
          best = { total, from, to, holds: count };
          tie = false;
        } else if (count === best.holds) tie = true;
      }
    }
    if (!best || tie) return out;
    // (a list 其中 opens is read from a run of shares that all hold against the total, none failing between them)
    // (unless the list is one cut out between 其中 and the run of another whole: sharesBeforeTheRun)
    if (!delimited && own !== subject && best.to - best.from + 1 !== best.holds) return out;
    let { from, to } = best;
    const total = best.total;
    if (to - from + 1 === best.holds) {
      // one more share at either end, in the period of a share that holds, of a part no larger than the whole
      const fits = (k: number, neighbour: number): boolean => {
        const x = items[k];
        return (
          !!x &&
          x.p.period === items[neighbour]!.p.period &&
          compatible(x.part.unit, unit) &&
          x.part.normalized! <= total.normalized! + EPS &&
          (ofAListAfterQiZhong(x.part, subject) || (!/其中/.test(textBetween(par.draft, x.p.period, x.p.offset)) && !x.part.subject.startsWith('其中')))
        );
      };
      if (fits(from - 1, from)) from--;
      else if (fits(to + 1, to)) to++;
    }
    const run = items.slice(from, to + 1);
    if (run.length < 3) return out;
    out.push(...eachShareOf(par, run, total));
    out.push(...sharesBeforeTheRun(par, items.slice(0, from)));
    const tail = restOfThePeriod(par, items, run, items.slice(to + 1), total);
    items = items.slice(to + 1);
    if (tail.length > 0) {
      out.push(...eachShareOf(par, tail, total));
      return out;
    }
  }
  return out;
}

/**
 * 建构筑物火灾共发生103起（…；其中居住场所火灾67起，占65.05%，生产加工场所火灾9起，占8.74%，…）室外设施设备火灾36起，占14.57%，
 * …: the run of shares most of the list holds against (of the 247 fires) may follow another list, of another whole, that
 * no round reaches, as the rounds go on after the run only. The shares before the run are read on their own, as a list
 * of their own (three or more, by the same rules; one that does not hold may stand inside the run of such a list
 * opened by 其中, as it is cut off on both sides).
 */
function sharesBeforeTheRun(par: Paragraph, before: ReadonlyArray<{ p: Figure; part: Figure }>): Relation[] {
  // (经营性场所32起，占火灾总起数的41.70%；其中居住场所火灾67起，占65.05%，…: a list opened by 其中 starts there; a share
  // before it is of what the list breaks down, not one of its parts)
  let opened = 0;
  for (let k = 1; k < before.length; k++) if (openedAfter(par, before[k - 1]!, before[k]!)) opened = k;
  const list = before.slice(opened);
  const found =
    list.length >= 3
      ? sharesOfAnEarlierTotal(
          par,
          list.map((x) => x.p),
          opened > 0,
        )
      : [];
  // the shares of that list left unread are left alone: fewer of them would look like a pair of their own to the
  // readings after this one
  if (found.length > 0) for (const x of before) par.claimed.add(x.p);
  return found;
}

/**
 * 其中，交省人大常委会机关办理10件（含会办），占1.31%；省人民政府办理721件…，占94.37%；省监察委员会办理3件，占0.39%；省高级人民
 * 法院办理20件…，占2.68%；省人民检察院办理13件，占1.74%；党群机关组织等办理73件…，占9.79%。: one or two shares left after the
 * run, too few for a round of their own, that go on its list in the same period (up to 。), of parts no larger than
 * its whole and not opened by another 其中, are of the run's whole too.
 */
function restOfThePeriod(
  par: Paragraph,
  list: ReadonlyArray<{ p: Figure; part: Figure }>,
  run: ReadonlyArray<{ p: Figure; part: Figure }>,
  rest: ReadonlyArray<{ p: Figure; part: Figure }>,
  total: Figure,
): Array<{ p: Figure; part: Figure }> {
  if (rest.length === 0 || rest.length >= 3 || ofTheirOwnSum(list, total)) return [];
  const last = run[run.length - 1]!;
  const goesOn = rest.every(
    (x, k) =>
      x.p.period === last.p.period &&
      compatible(x.part.unit, total.unit) &&
      x.part.normalized! <= total.normalized! + EPS &&
      !openedAfter(par, k === 0 ? last : rest[k - 1]!, x) &&
      !/[。！？!?]/.test(textBetween(par.draft, (k === 0 ? last : rest[k - 1]!).p.endOffset, x.part.offset)),
  );
  return goesOn ? [...rest] : [];
}

/**
 * 群众反映516件，占比73.71%；群众举报4件，占比0.57%；…；其他76件，占比10.86% after 共受理708件: shares that add up to 100 of
 * parts that do not add up to the total may be of the parts' own sum (700), which the text does not state: no share
 * is then read as going on the run's list. (Not a reason to leave the run itself: 第二产业完成投资2.35万元…4.6% is
 * a slip of 亿 for 万 in a list whose shares add up to 100 of the total, and 工作信息75条，占83% one of another base.)
 */
function ofTheirOwnSum(items: ReadonlyArray<{ p: Figure; part: Figure }>, total: Figure): boolean {
  if (items.length < 3 || !exhaustive(items) || !items.every((x) => compatible(x.part.unit, total.unit) && exact(x.part))) return false;
  const sum: Expr = { op: '+', args: items.map((x) => ({ figure: x.part })) };
  return !judge(sum, { figure: total }, { unit: 'amount' })?.holds;
}

/** Whether a list opened by 其中 starts between a share and the next item (…，占火灾总起数的41.70%；其中居住场所火灾67起). */
function openedAfter(par: Paragraph, share: { p: Figure }, next: { part: Figure }): boolean {
  return /其中/.test(textBetween(par.draft, share.p.endOffset, next.part.offset));
}

/**
 * 全市党员总数为47.6万名。…（paragraphs later）全市大专及以上学历党员19.9万名，占41.8%；女党员13.3万名，占27.9%: two
 * shares that name no whole, in one sentence, whose whole is stated in the paragraphs just before theirs (the lists of
 * three or more are `sharesOfAnEarlierTotal`'s). A total is their whole when it is the one value among those earlier
 * figures (of the parts' unit, no smaller than the two parts together) against which either share holds; one that
 * does not hold is then wrong, unless it holds against some other figure before it (it may be of another whole).
 * Nothing is read when two totals fit.
 */
function pairOfSharesOfAnEarlierTotal(par: Paragraph, orphans: readonly Figure[]): Relation[] {
  // 5405名村党组织书记中，致富带头人占61.7%: a figure the share follows with 中 is its whole, not its part
  const items = orphanItems(par, orphans).filter(({ p, part }) => !/中[，,]/.test(textBetween(par.draft, part.offset, p.offset)));
  if (items.length !== 2) return [];
  const [a, b] = items as [{ p: Figure; part: Figure }, { p: Figure; part: Figure }];
  const unit = a.part.unit;
  const alike = (x: { p: Figure; part: Figure }): boolean => compatible(x.part.unit, unit) && !x.part.subject.startsWith('其中') && !/其中/.test(textBetween(par.draft, x.p.period, x.p.offset));
  if (a.p.period !== b.p.period || a.part === b.part || !alike(a) || !alike(b)) return [];
  const first = par.figures[0]!;
  const pool = par.lookups.earlier().filter((f) => f.offset < first.offset && exact(f) && !f.relational && !f.bracket && !f.range && compatible(f.unit, unit) && !NOT_A_STATED_TOTAL.test(f.scope));
  const subjects = a.part.subject === '' ? [(f: Figure): boolean => f.subject === '', (f: Figure): boolean => f.subject !== ''] : [(f: Figure): boolean => f.subject === a.part.subject];
  const together = a.part.normalized! + b.part.normalized!;
  for (const ofSubject of subjects) {
    const totals = [
      ...new Map(
        pool.filter((f) => ofSubject(f) && f.normalized! >= together - EPS && (!!quotient(a.p, a.part, f)?.holds || !!quotient(b.p, b.part, f)?.holds)).map((f) => [f.normalized, f]),
      ).values(),
    ];
    if (totals.length > 1) return [];
    const total = totals[0];
    if (!total) continue;
    // a share that does not hold against the total but does against another figure before it is of that other whole
    const before = [...pool, ...par.figures.filter((f) => f.offset < b.p.offset && f.unit.kind !== 'percent')];
    const elsewhere = (x: { p: Figure; part: Figure }): boolean =>
      !quotient(x.p, x.part, total)?.holds && before.some((f) => f !== x.part && f.normalized !== total.normalized && !!quotient(x.p, x.part, f)?.holds);
    if (elsewhere(a) || elsewhere(b)) return [];
    return eachShareOf(par, items, total);
  }
  return [];
}

/**
 * 全区共有幼儿园341所。⏎公办幼儿园145所（占比42.52%）。⏎…民办幼儿园196所。⏎民办普惠性幼儿园172所（占比87.8%）: a share in
 * brackets, 占比 and nothing more, right after its part, is of the figure of an earlier paragraph the part's name
 * narrows (the part's key begins and ends as the whole's does: 民办普惠性幼儿园 of 民办幼儿园 and of 幼儿园), of the part's
 * unit and subject and larger than it; of such wholes the one named most closely, and only when it has one value.
 */
function sharesOfANamedEarlierWhole(par: Paragraph, orphans: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const first = par.figures[0]!;
  for (const { p, part } of orphanItems(par, orphans)) {
    if (!p.bracket || p.measure !== '占比' || !exact(part) || !known(part)) continue;
    const wholes = par.lookups
      .earlier()
      .filter(
        (f) =>
          f.offset < first.offset &&
          exact(f) &&
          known(f) &&
          !f.relational &&
          !f.bracket &&
          !f.range &&
          compatible(f.unit, part.unit) &&
          f.subject === part.subject &&
          f.normalized > part.normalized! + EPS &&
          narrowedName(part.key, f.key),
      );
    const closest = Math.max(0, ...wholes.map((f) => f.key.length));
    const whole = uniqueValue(wholes.filter((f) => f.key.length === closest));
    if (!whole) continue;
    par.claimed.add(p);
    const r = ratioRelation('share', p, part, whole);
    if (r) out.push(r);
  }
  return out;
}

/**
 * 全年受理诉求12.5万件。⏎其中咨询类4.2万件，占33.6%；…: a share whose paragraph states no other figure its part could be
 * a share of is of the whole stated in the nearest paragraph before it that states a figure of the part's unit (other
 * than the parts of shares), when that paragraph states exactly one (692件（…有4件作为参阅件…） states two: the writer
 * may divide by 688), named as a whole (共, 总, 累计, 全年, 受理), larger than the part, of its subject and time, and no
 * round bar (突破84万件). Only over paragraphs that state figures: a heading or a paragraph of words between them may
 * open another scope. A share that names its whole names it with the whole's own words (占税收收入 of 税收收入, not 占一般
 * 公共预算支出 of 一般公共预算收入); several shares read against one whole must hold but one in five.
 */
function sharesOfTheWholeAbove(par: Paragraph, left: readonly Figure[], kinds: Map<Figure, PercentKind>, read: ReadonlySet<Figure>): Relation[] {
  // (202名村党组织书记中，大专及以上学历的占48.2%: a figure the share follows with 中 is its whole, not its part)
  const items = orphanItems(
    par,
    left.filter((p) => !read.has(p) && known(p) && p.value <= 100),
  ).filter(
    ({ p, part }) =>
      !/^[^，,；;。]*中/.test(textBetween(par.draft, part.endOffset, p.offset)) &&
      !readBeside(par, p, read) &&
      !afterAFigureAndQiZhong(par, part) &&
      listedFrom(par.draft, p, par.percents).length === 1 &&
      !listedAfter(par, p),
  );
  const siblings = new Set(items.map((x) => x.part));
  const byWhole = new Map<Figure, Array<{ p: Figure; part: Figure }>>();
  for (const x of items) {
    if (!known(x.part) || wholeInItsParagraph(par, x.part, siblings)) continue;
    const whole = wholeAbove(par, x.part);
    // (当年计划投资181亿元，占比60.5% is of the year's plans, not of the projects' 总投资834.3亿元)
    if (!whole || !namesTheWhole(par, kinds.get(x.p), x.part, whole) || PLAN.test(x.part.measure) !== PLAN.test(whole.measure)) continue;
    const group = byWhole.get(whole);
    if (group) group.push(x);
    else byWhole.set(whole, [x]);
  }
  const out: Relation[] = [];
  for (const [whole, group] of byWhole) {
    if (group.length >= 2 && !enoughHold(group, { figure: whole })) continue;
    out.push(...eachShareOf(par, group, whole));
  }
  return out;
}

/**
 * Whether a share of the period it stands in was read already (群众反映516件，占比73.71%；群众举报4件，占比0.57%；…): the
 * list it is one of was read against its own whole, or left for a reason the whole above does not change.
 */
function readBeside(par: Paragraph, p: Figure, read: ReadonlySet<Figure>): boolean {
  return par.percents.some((q) => q !== p && q.period === p.period && read.has(q));
}

/**
 * Whether a part follows 其中 after a figure of its unit in its paragraph (…书记421人，其中选派到村有11人，占2.6%): a part of
 * that figure (not after 5类技术合同中，其中，技术服务合同成交额为2309.19亿元, a count in another unit).
 */
function afterAFigureAndQiZhong(par: Paragraph, part: Figure): boolean {
  const first = par.figures.find((f) => f.offset < part.offset && ofTheUnit(f, part));
  return !!first && /其中/.test(textBetween(par.draft, first.endOffset, part.offset));
}

/** Whether a percentage is one of a list after the first (25%、40%): the list's readings take it, not a single share's. */
function listedAfter(par: Paragraph, p: Figure): boolean {
  const before = par.percents.filter((q) => q.offset < p.offset && q.sentence.offset === p.sentence.offset);
  const last = before[before.length - 1];
  return !!last && /^[、，,和及与\s]*$/.test(textBetween(par.draft, last.endOffset, p.offset));
}

/** Whether a share names no whole, names it only as the total (占总数的, 占全市的), or with words the whole is named by. */
function namesTheWhole(par: Paragraph, k: PercentKind | undefined, part: Figure, whole: Figure): boolean {
  const words = k?.kind === 'share' ? simplified(k.words).replace(/的$/, '') : '';
  if (/^(?:比|比率|比重|比例)?$/.test(words) || TOTAL_NAMED.test(words)) return true;
  // (占一般公共预算收入 of a name stated with other values elsewhere, 20.0亿元 and 32.0亿元: the words may mean either)
  // (only figures that could be the whole: outside the share's paragraph, larger than its part)
  const others = par.lookups.named(words).filter((f) => f.para !== part.para && compatible(f.unit, whole.unit) && f.normalized! > part.normalized! && f.normalized !== whole.normalized);
  if (others.length > 0) return false;
  const core = wholeName(words).replace(/^总|总[额量数值]$/g, '');
  // (占全市出口总值的 is not of 进出口总值3149.9亿元: 出口 within 进出口 names the trade both ways)
  const name = simplified(`${headOf(par.draft, whole)}${whole.measure}`).replace(/^(?:进口|出口)/.test(core) ? /进出口/g : /(?!)/g, '');
  return core.length >= 2 && name.includes(core);
}

/** A figure of a part's unit, not a percentage: what a paragraph states of what the part counts. */
function ofTheUnit(f: Figure, part: Figure): boolean {
  return f.unit.kind !== 'percent' && compatible(f.unit, part.unit);
}

/** A level of a part's unit that a share of it may be of: exact, stated for itself (no base, no bracket, no range). */
function levelOfTheUnit(f: Figure, part: Figure): boolean {
  return ofTheUnit(f, part) && exact(f) && !f.relational && !f.range && !f.bracket;
}

/**
 * Whether a figure is the part of a share: the next figure of its period, past its changes, is a share (占33.6%,
 * （30.2%）; 进出口1641.8亿元，增长12.9%，占全市进出口总值的52.1%).
 */
function partOfAShare(par: Paragraph, f: Figure, figures: readonly Figure[]): boolean {
  for (const q of figures) {
    if (q.offset <= f.endOffset) continue;
    if (q.period !== f.period) return false;
    if (q.unit.kind === 'percent' && (!!q.bracket || /占|佔|比重|比例/.test(headOf(par.draft, q)))) return true;
    if (q.unit.kind !== 'percent' && !q.relational) return false;
  }
  return false;
}

/** Whether a share's paragraph states a figure its part could be a share of: larger, of its unit, none of the parts read with it. */
function wholeInItsParagraph(par: Paragraph, part: Figure & { normalized: number }, siblings: ReadonlySet<Figure>): boolean {
  return par.figures.some((f) => !siblings.has(f) && levelOfTheUnit(f, part) && f.normalized! > part.normalized);
}

/** A figure named as a whole (共受理, 总投资, 累计, 全年), not a round bar it went past (突破84万件). */
function namedAsAWhole(par: Paragraph, f: Figure): boolean {
  const head = headOf(par.draft, f);
  return WHOLE_STATED.test(`${head}\u0000${f.measure}`) && !CROSSED_BAR.test(head);
}

/** The one whole stated in the nearest paragraph before this one that states a figure of the part's unit (see above). */
function wholeAbove(par: Paragraph, part: Figure & { normalized: number }): Figure | undefined {
  const earlier = par.lookups.earlier();
  let index = par.figures[0]!.para.index;
  for (let end = earlier.length; end > 0;) {
    const line = earlier[end - 1]!.para;
    // (a paragraph with no figures between: a heading or words that may open another scope)
    if (line.index !== index - 1) return undefined;
    index = line.index;
    let start = end;
    while (start > 0 && earlier[start - 1]!.para === line) start--;
    const figures = earlier.slice(start, end);
    end = start;
    // (比上年增加36所 beside 全省共有幼儿园6973所 is a change of the whole, not a figure of its own)
    const stated = figures.filter((f) => ofTheUnit(f, part) && !f.relational && !partOfAShare(par, f, figures));
    // (新一届班子队伍呈现以下4个特点： opens items of their own, whose parts are of no whole stated above it)
    if (stated.length === 0 && /[：:]\s*$/.test(line.prose)) return undefined;
    if (stated.length === 0) continue;
    const wholes = stated.filter((f) => namedAsAWhole(par, f) && levelOfTheUnit(f, part));
    const whole = wholes[0];
    if (wholes.length !== 1 || !whole || stated.some((f) => f.bracket)) return undefined;
    const sameTime = !/^(?:去年|上年|前年)/.test(whole.scope) && (!whole.scope || !part.scope || whole.scope === part.scope);
    const ofSubject = whole.subject === '' || whole.subject === part.subject;
    return sameTime && ofSubject && whole.normalized! > part.normalized + EPS ? whole : undefined;
  }
  return undefined;
}

/** A name that narrows another by words inside it: 民办普惠性幼儿园 of 民办幼儿园 and of 幼儿园 (the head kept whole). */
function narrowedName(part: string, whole: string): boolean {
  if (whole.length < 2 || whole.length >= part.length) return false;
  for (let i = 0; i < whole.length; i++) {
    if (part.startsWith(whole.slice(0, i)) && part.endsWith(whole.slice(i))) return true;
  }
  return false;
}

/** After a rate's stem in a count's name, the people it names and what they did next: 失业人员实现再就业. */
const THEN_DID = /^(?:人员|人口|者|群众|劳动力)(?!数|总数|总量|人数)[\u4e00-\u9fff]/;

/** After a rate's stem in an amount's name, what the amount is of: 结案标的额 is the money of the cases closed, not their count. */
const AMOUNT_OF = /^(?:标的|金额|额)/;

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
  if (!CASE_OUTCOME.test(stem)) return false;
  const sentence = textBetween(par.draft, p.sentence.offset, p.offset);
  return !CLOSED_COUNT.test(sentence) && CLOSED_COUNT.test(par.draft.prose);
}

/** A rate with its base: 需办理审批手续30个，已容缺办结25个，办结率为83.3%. */
function rate(par: Paragraph, p: Figure, stem: string, qualifier?: string, name = p.measure): Relation | undefined {
  if (outcomeOfClosedCasesElsewhere(par, p, stem)) return undefined;
  const r = rateRead(par, p, stem, qualifier, name);
  return r && !r.holds ? (inOtherUnits(par, p, r) ?? r) : r;
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
  if (from >= 0 && !period.some((f) => f.offset > from && f.offset < p.offset && f.unit.kind !== 'percent' && PLAN.test(f.measure))) from = -1;
  const inPeriod = period.filter((f) => f.offset < p.offset && f.offset > from && f.unit.kind !== 'percent');
  const own = sentence.filter((f) => f.offset < p.offset && f.offset > from && f.unit.kind !== 'percent');
  // 执行收案2380件，…结案1058件，同比增加150.71%；结案率44.45%: a rate standing alone after ； is of the counts of
  // its period (up to 。)
  const inSentence = own.length === 0 ? inPeriod : own;
  // (there, only a count named by the stem itself: 结案1058件, not 城镇失业人员实现再就业280人 for 登记失业率)
  // (nor a count of those the stem names who then did something else: 城镇失业人员实现再就业1243人 counts who found work,
  // not who are out of it)
  // (共受理案件5873件，审结5173件，…结案率达88.08%: a court's cases closed are 审结, 审执结 or 执结 as well as 结案)
  const nameOf = (f: Figure): string => (stem === '结案' && !f.distributive ? f.measure.replace(CLOSED_CASES, '结案') : f.measure);
  const withStem = inSentence.filter(
    (f) =>
      (own.length > 0
        ? nameOf(f).includes(stem) && !THEN_DID.test(nameOf(f).slice(nameOf(f).indexOf(stem) + stem.length)) && !AMOUNT_OF.test(nameOf(f).slice(nameOf(f).indexOf(stem) + stem.length))
        : nameOf(f).endsWith(stem)) && f.unit.kind !== 'percent',
  );
  // 参保48.62万人，…；全县应参保人数50.35万人，参保率96.9%: the base may stand alone in the last clause
  const pool = withStem.length === 1 && DUE.test(withStem[0]!.measure) ? inPeriod.filter((f) => nameOf(f).includes(stem)) : withStem;
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
    const done = inSentence.filter((f) => f.done && exact(f) && !f.relational);
    const numerator = done[done.length - 1];
    if (done.length === 0 && stem === '完成') return doneOfItsDue(par, p, inSentence);
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
    const base = nearestBase(par, numerator, false);
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
  const prior = priorStage(par, numerator, stem);
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
function decisionRate(par: Paragraph, p: Figure, stem: string): Relation | undefined {
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
function savingRate(par: Paragraph, p: Figure, stem: string): Relation | undefined {
  const period = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset && f.unit.kind === 'money' && exact(f));
  const saved = period.filter((f) => SAVED.test(headOf(par.draft, f)));
  if (saved.length !== 1) return undefined;
  const s = saved[0]!;
  const amounts = period.filter((f) => f.offset < s.offset && SAVED_FROM.test(f.measure) && compatible(f.unit, s.unit) && !f.bracket && !difference(f) && known(f) && f.normalized > 0);
  const alternatives = amounts.flatMap((a) => {
    const cast = [
      [p, 'percent'],
      [s, 'numerator'],
      [a, 'denominator'],
    ] as const;
    return [
      { cast, reading: quotient(p, s, a) },
      { cast, reading: quotientOver(p, s, { op: '+', args: [{ figure: a }, { figure: s }] }) },
    ];
  });
  return alternatives.length > 0 ? relationAmong('rate', p, alternatives, { word: `${stem}率` }) : undefined;
}

/**
 * 派出所应进驻党群服务中心为86个，目前已进驻66个，完成率为77%: a count after 已 and a verb, right before a 完成率, is what
 * was done of the count due before it that names the same verb after 应 or 计划 (one such count in its clause, or else
 * in its period).
 */
function doneOfItsDue(par: Paragraph, p: Figure, inSentence: readonly Figure[]): Relation | undefined {
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

/**
 * 收到办理回执1133件，代表对1127件建议的首次办理情况表示满意或基本满意，首次办理满意率99.5%; 共收到办理回执994件。其中，993件
 * 评价为满意或基本满意、满意率99.9%: the count the words after it call satisfied, right before the rate, is of the forms
 * returned (回执, 反馈意见表) counted before it in its period or the one before (one such count, in the same unit).
 */
function satisfiedRate(par: Paragraph, p: Figure): Relation | undefined {
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
function startedUnderWayAndDone(par: Paragraph, p: Figure): Relation | undefined {
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
function rateAfterTheListed(par: Paragraph, p: Figure, stem: string, list: readonly Figure[], found: readonly Relation[]): Relation | undefined {
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
 * A count of projects by the verb of their progress alone: 开工建设160个, 1-4月开工7个, 开复工164项, 已竣工32个, or by that
 * verb and 项目 (开复工项目64项: the projects that reached the stage, of no group of their own).
 */
const PROJECT_PROGRESS = /^(?:已|累计|共|目前已?)?(?:开工|开复工|复工|竣工|完工|建成|投产)(?:建设)?(?:项目)?$/;
/** A group of projects: 新建项目, 重点新建项目, 盟级重点项目, 项目. */
const PROJECTS = /项目$/;

/**
 * 新建项目共185个，计划总投资624.4亿元，年内计划投资246.5亿元。至9月底，开工建设160个，开工率为86.5% / 15个重点新建
 * 项目，…。1-4月开工7个，开工率46.7%: a project's progress rate (开工率, 竣工率, 开复工率) whose numerator names nothing
 * but the verb (开工建设160个) counts the projects the paragraph speaks of: the count of projects standing nearest before
 * it in its paragraph, when no other count of its unit stands between them, and no smaller than it
 * (not 重大项目开工89个 after 111个重大项目 and a 市列 group: a numerator naming its own projects is read as before).
 */
function projectGroup(par: Paragraph, numerator: Figure, stem: string): Figure | undefined {
  if (!PROJECT_PROGRESS.test(bareMeasure(numerator)) || !numerator.measure.includes(stem) || !exact(numerator) || !known(numerator)) return undefined;
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
 * qualifier (办结, 已办理); one of each value, three at most.
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
    if (due || done) found.set(f.normalized, f);
  }
  return [...found.values()].slice(-3);
}

/** The words before a rate alone in its clause: 完成率, 办结率达. */
const RATE_HEAD = /^[\u4e00-\u9fff]{0,8}率(?:为|达|达到)?$/;

/**
 * 其中即办件办结率达100% / 其中，灵沙乡村级河长巡河率为78.9%: a rate whose clause opens with 其中 (or follows it alone)
 * names a narrower subject.
 */
function afterQiZhong(par: Paragraph, p: Figure): boolean {
  return /^其中[：:，,]?/.test(headOf(par.draft, p)) || /(?:^|[，,；;：:])其中[：:，,]?$/.test(textBetween(par.draft, p.sentence.offset, p.clause.offset).replace(/\s/g, ''));
}

/** Words before a rate's stem that make it a rate of a subset: 法定审限内结案率, 按期办结率, 及时签收率. */
const QUALIFIED = /(?:审限内|时限内|期限内|按期|按时|及时|限期|当月|当日|一次性)$/;

/** Kinds of profit a profit rate may be of (营业利润率 = 营业利润 ÷ 营业收入): not 利润总额. */
const PROFIT_KIND = /(?:营业|销售|主营业务|成本费用|成本|资产|净|毛)$/;

/** A bracketed gloss naming a share the urbanisation rate: （常住人口城镇化率）为, （即城镇化率）. */
const URBANISATION_GLOSS = /[（(][^（）()]{0,12}城镇化率[）)](?:为|是|达|达到)?\s*$/;
/** 城镇人口, 城镇常住人口: the numerator of 城镇化率. */
const URBAN = /城镇(?:常住|户籍)?人口$/;
/** A population total: 年末常住人口, 户籍总人口 (not one part of it: 城镇人口, 乡村人口, 男性人口). */
const POPULATION = /人口$/;
const POPULATION_PART = /城镇|乡村|农村|男|女|岁|出生|死亡|流动|外来|迁/;

/**
 * 年末常住人口70.14万人，其中城镇人口35.16万人，…，常住人口城镇化率为50.13%: 城镇化率 is by definition the urban
 * population over the population it names (常住 unless it says 户籍), the nearest total before the urban figure;
 * when that total is of the other kind (户籍人口…其中城镇人口…，常住人口城镇化率), no reading.
 */
function urbanisation(par: Paragraph, p: Figure): Relation | undefined {
  const kind = /户籍/.test(headOf(par.draft, p)) ? '户籍' : '常住';
  const before = par.figures.filter((f) => f.offset < p.offset && f.unit.kind !== 'percent' && !f.relational && !f.bracket);
  // the nearest figures only: a bounded look back
  const recent = before.slice(-12);
  const at = recent.map((f) => URBAN.test(bareMeasure(f))).lastIndexOf(true);
  if (at < 0) return undefined;
  const urban = recent[at]!;
  const totals = recent.slice(0, at).filter((f) => POPULATION.test(bareMeasure(f)) && !POPULATION_PART.test(bareMeasure(f)) && compatible(f.unit, urban.unit));
  const total = totals[totals.length - 1];
  if (!total || !bareMeasure(total).includes(kind)) return undefined;
  return ratioRelation('rate', p, urban, total, '城镇化率');
}

/**
 * The base of a rate whose own sentence states none: the nearest plan or task (任务为20985户, 当年计划投资19亿元), or
 * failing one the nearest figure of what was due (受理4697件, 应参保…), before the numerator in its period, else in
 * its paragraph, else the one plan of the paragraphs just before it; one value there, or none.
 */
function nearestBase(par: Paragraph, numerator: Figure, orDue: boolean, after = -1): Figure | undefined {
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
  const plans = par.lookups
    .earlier()
    .filter(
      (f) =>
        exact(f) &&
        !f.relational &&
        !f.done &&
        !f.bracket &&
        compatible(f.unit, numerator.unit) &&
        /计划|任务|目标/.test(f.measure + f.scope) &&
        sameTime(f.scope.replace(/·?(?:计划|任务|目标)/, ''), numerator.scope) &&
        known(f) &&
        known(numerator) &&
        f.normalized >= numerator.normalized,
    );
  return uniqueValue(plans);
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
function rateOfSharedBase(par: Paragraph, p: Figure, stem: string, found: readonly Relation[]): Relation | undefined {
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

/** The count of births or deaths a vital rate is of: 出生人口, 当年出生人数, 死亡人口. */
const VITAL_COUNT: Record<string, RegExp> = { 出生: /出生(?:人口|人数)$/, 死亡: /死亡(?:人口|人数)$/ };
/** 收到提案400件, 共提交提案原件187件, 共提出提案91件: the proposals a 立案率 is of. */
const PROPOSALS_RECEIVED = /(?:收到|提交|提出|征集到?)[^，,。；;]{0,6}?提案(?:原件|材料)?(?:数)?$/;

/**
 * 大会提案组共收到提案400件。…经初步审查，立案349件，…立案率87.2%: a 政协 filing rate is by definition the proposals
 * filed over those received, the nearest count of proposals received (收到, 提交, 提出) before the count filed, in its
 * paragraph or the paragraphs just before it (其中会后17件, a part of those received, is no base).
 */
function filingRate(par: Paragraph, p: Figure): Relation | undefined {
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

/** 出生率为5.21‰, 死亡率8.83‰ (not 自然增长率, a difference of the two). */
const VITAL_RATE = /(出生|死亡)率(?:为|是|达)?$/;

/**
 * 年末全市常住人口283.46万人，比上年末减少1.85万人。…全年出生人口1.48万人，出生率为5.21‰: a birth or death rate is
 * by definition the births or deaths of the year per thousand of the population, the one count of births (deaths)
 * before it in its period over a population total stated before it in its paragraph (常住人口, 户籍总人口, 年平均人口).
 * Any population total will do, and so will the year's mean when the total's sentence gives its change from the
 * year before (283.46 + 1.85 ÷ 2); as the mean is seldom stated, each is allowed 3% either way (overMean). None that
 * gives the rate, and it is reported.
 */
function vitalRates(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  let totals: Figure[] | undefined;
  let earlierTotals: Figure[] | undefined;
  for (const r of par.figures) {
    if (r.unit.kind !== 'permille' || !exact(r)) continue;
    const word = VITAL_RATE.exec(headOf(par.draft, r))?.[1];
    if (!word) continue;
    const countsIn = (scope: readonly Figure[]) => scope.filter((f) => f.offset < r.offset && f.unit.kind === 'count' && exact(f) && !f.relational && VITAL_COUNT[word]!.test(bareMeasure(f)));
    // 出生人口为38.3万人，死亡人口为44.0万人，…。出生率为5.80‰: the count may close the period before, in its paragraph
    let counts = countsIn(par.periods.get(r.period) ?? []);
    if (counts.length === 0) counts = countsIn(par.figures);
    if (counts.length !== 1) continue;
    const n = counts[0]!;
    // the population totals of the paragraph, found once; failing any, those of the paragraphs just before it (a
    // 人口公报 states the population in its first section and the births in a later one: 五、自然增长状况)
    const isTotal = (f: Figure) =>
      f.unit.kind === 'count' && exact(f) && !f.relational && !f.bracket && !/上年|去年/.test(f.scope) && POPULATION.test(bareMeasure(f)) && !POPULATION_PART.test(bareMeasure(f));
    totals ??= par.figures.filter(isTotal);
    let bases = totals.filter((f) => f.offset < r.offset && compatible(f.unit, n.unit) && f.normalized! > n.normalized!);
    if (bases.length === 0) {
      earlierTotals ??= par.lookups.earlier().filter(isTotal);
      bases = earlierTotals.filter((f) => compatible(f.unit, n.unit) && f.normalized! > n.normalized!);
    }
    if (bases.length === 0 || new Set(bases.map((f) => f.normalized)).size > 3) continue;
    const per = (den: Expr): Reading | undefined => overMean(judge({ op: 'quotient', args: [{ figure: n }, den], scale: 1000 }, { figure: r }, { unit: 'index' }));
    const readings = bases.flatMap((b) => {
      const own: Reading[] = [];
      const at = per({ figure: b });
      if (at) own.push(at);
      // 比上年末减少1.85万人: the year's mean is the total and half the change back towards last year's
      const d = sentenceOf(par, b).find((f) => f.offset > b.offset && f.relational && compatible(f.unit, b.unit) && exact(f) && DIFFERENCE_HEAD.test(headOf(par.draft, f)));
      const verb = d ? new RegExp(`(${CHANGE_VERB})了?$`).exec(headOf(par.draft, d))?.[1] : undefined;
      if (d && verb) {
        const half: Expr = { op: 'quotient', args: [{ figure: d }, { constant: 2, text: '2' }] };
        const mean = per({ op: isFall(verb) ? '+' : '-', args: [{ figure: b }, half] });
        if (mean) own.push(mean);
      }
      return own.map((reading) => ({ base: b, reading }));
    });
    const r2 = relationAmong(
      'rate',
      r,
      readings.map(({ base, reading }) => ({
        cast: [
          [r, 'percent'],
          [n, 'numerator'],
          [base, 'denominator'],
        ] as const,
        reading,
      })),
      { word: `${word}率` },
    );
    if (r2) out.push(r2);
  }
  return out;
}

/** How far the year's mean population, which a birth or death rate is over, may lie from a population stated. */
const MEAN_POPULATION_SLACK = 0.03;

/**
 * A rate over the population stated, read as a rate over the year's mean population, which is not stated: within
 * 3% of it (死亡人口7256人 ÷ 年末1194365人 = 6.075‰ for a stated 6.09‰, over a mean 0.25% smaller).
 */
function overMean(reading: Reading | undefined): Reading | undefined {
  if (!reading) return undefined;
  const range = { lo: reading.range.lo / (1 + MEAN_POPULATION_SLACK), hi: reading.range.hi / (1 - MEAN_POPULATION_SLACK) };
  const holds = range.lo <= reading.statedRange.hi + EPS && reading.statedRange.lo <= range.hi + EPS;
  const apart = holds ? 0 : Math.max(range.lo - reading.statedRange.hi, reading.statedRange.lo - range.hi);
  const gap = apart / Math.max(Math.abs(reading.stated), Math.abs(reading.value), EPS);
  return { ...reading, range, holds, gap, note: '按年平均人口计（与所写人口相差不超过3%）' };
}

/** 平均每个家庭户的人口为2.62人, 平均每户家庭户人口2.62人: the mean size of a household. */
const HOUSEHOLD_SIZE = /平均每(?:个|一个)?(?:家庭)?户(?:的)?(?:家庭户)?人口(?:数)?(?:为|是|达)?$/;

/**
 * 全国共有家庭户49416万户，家庭户人口为129281万人；…平均每个家庭户的人口为2.62人: a household's mean size is by
 * definition the people of the households over their number, the one figure of each before it in its paragraph (家庭户人口
 * in 人, 家庭户 in 户; not 集体户, which the mean leaves out).
 */
function householdSizes(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const r of par.figures) {
    if (r.unit.kind !== 'count' || r.unit.text !== '人' || r.decimals === 0 || !exact(r) || r.relational) continue;
    // (the reading's bracket ends a clause: the words from the sentence's last comma)
    // (平均每個（gè）家庭戶的人口為2.39人: the same words on a page served in traditional characters with pinyin readings)
    const head = plainWords(textBetween(par.draft, r.sentence.offset, r.offset))
      .split(/[，,；;：:]/)
      .pop()!
      .replace(/\s/g, '');
    if (!HOUSEHOLD_SIZE.test(head)) continue;
    const before = par.figures.filter((f) => f.offset < r.offset && f.unit.kind === 'count' && exact(f) && !f.relational && !f.bracket);
    const people = before.filter((f) => /家庭户人口$/.test(plainWords(bareMeasure(f))) && f.unit.text.endsWith('人'));
    const households = before.filter((f) => /家庭户(?:\[[0-9]+\])?$/.test(plainWords(bareMeasure(f))) && plainWords(f.unit.text).endsWith('户'));
    const n = uniqueValue(people);
    const d = uniqueValue(households);
    if (!n || !d) continue;
    const reading = judge({ op: 'quotient', args: [{ figure: n }, { figure: d }] }, { figure: r }, { unit: 'index' });
    const rel = relation(
      'rate',
      r,
      [
        [r, 'percent'],
        [n, 'numerator'],
        [d, 'denominator'],
      ],
      [reading],
      { word: '平均每户人口' },
    );
    if (rel) out.push(rel);
  }
  return out;
}

/** A crop's yield per unit of area: 粮食单产, 平均单产每亩, 单位面积产量 (the words before it name the crop). */
const YIELD = /^(.*?)(?:平均)?(?:单产|单位面积产量)(?:每(?:亩|公顷))?(?:达到|达|为)?$/;
/** The crops a yield is named by, at the end of the words before 单产 (湖北粮食 is 粮食). */
const CROP = /(?:粮食|秋粮|夏粮|早稻|晚稻|中稻|稻谷|小麦|玉米|油料|油菜籽|蔬菜|棉花|大豆|薯类)(?:作物)?$/;
/** The area a yield is per, after it (257.74公斤/亩) or before it (单产每亩503.07公斤), with its size in square metres. */
const PER_AREA: Readonly<Record<string, number>> = { 亩: 10000 / 15, 公顷: 10000 };

/**
 * 粮食作物播种面积458.79万亩，…，粮食产量118.25万吨，…，粮食单产257.74公斤/亩: a crop's yield per 亩 (or 公顷) is its
 * output over its sown area, in 公斤. The output (…产量) and the area (…播种面积, 种植面积) are the crop's own in the
 * paragraph: each named with the crop's words when the yield names it (秋粮平均单产 of 秋粮总产量 and 秋粮播种面积),
 * else the last of each before the yield with no other yield between; one value of each, or nothing.
 */
function yields(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  // (糧食作物單產（chǎn）: the same words on a page served in traditional characters with pinyin readings)
  const plain = (f: Figure): string => plainWords(bareMeasure(f));
  const usable = (f: Figure): boolean => exact(f) && !f.relational && !f.range && !f.bracket && !f.distributive;
  // the paragraph's outputs and sown areas, read once for all its yields (a yield is neither)
  let outputs: Figure[] | undefined;
  let areas: Figure[] | undefined;
  for (const y of par.figures) {
    if (y.unit.kind !== 'weight' || !exact(y) || y.relational || y.range) continue;
    const name = YIELD.exec(plain(y));
    if (!name) continue;
    const after = /^\s*\/\s*(亩|畝|公顷|公頃)/.exec(par.draft.prose.slice(y.endOffset, y.endOffset + 6));
    const before = /每(亩|公顷)$/.exec(plain(y));
    const per = simplified((after?.[1] ?? before?.[1] ?? '').replace('畝', '亩'));
    const size = PER_AREA[per];
    if (!size) continue;
    const crop = CROP.exec(name[1]!)?.[0].replace(/作物$/, '') ?? '';
    outputs ??= par.figures.filter((f) => usable(f) && f.unit.kind === 'weight' && /产量(?:为|达到)?$/.test(plain(f)) && !YIELD.test(plain(f)));
    areas ??= par.figures.filter((f) => usable(f) && f.unit.kind === 'area' && /(?:播种|种植|收获)面积(?:为|达到)?$/.test(plain(f)));
    let output: Figure | undefined;
    let area: Figure | undefined;
    if (crop.length >= 2) {
      // (湖北粮食播种面积4706.97千公顷 in a paragraph before 湖北粮食单产达到…，…湖北粮食总产量2777.04万吨: the crop's own
      // statements in the paragraphs just before count too, when its own paragraph has none)
      const own = (f: Figure): boolean => plain(f).includes(crop);
      const earlier = par.lookups.earlier().filter(usable);
      const ofCrop = (list: Figure[], kind: string, words: RegExp): Figure[] => {
        const here = list.filter(own);
        return here.length > 0 ? here : earlier.filter((f) => f.unit.kind === kind && words.test(plain(f)) && own(f));
      };
      output = uniqueValue(ofCrop(outputs, 'weight', /产量(?:为|达到)?$/));
      area = uniqueValue(ofCrop(areas, 'area', /(?:播种|种植|收获)面积(?:为|达到)?$/));
    } else {
      const since = par.figures.filter((f) => f.offset < y.offset && f !== y && YIELD.test(plain(f)) && f.unit.kind === 'weight').pop();
      const last = (list: Figure[]): Figure | undefined => list.filter((f) => f.offset < y.offset && (!since || f.offset > since.offset)).pop();
      output = last(outputs);
      area = last(areas);
    }
    if (!output || !area) continue;
    const reading = judge({ op: 'quotient', args: [{ figure: output }, { figure: area }], scale: size, scaleText: '' }, { figure: y }, { unit: 'amount', decimals: y.decimals + 1 });
    const r = relation(
      'rate',
      y,
      [
        [y, 'percent'],
        [output, 'numerator'],
        [area, 'denominator'],
      ],
      [reading],
      { word: `单产（每${per}）` },
    );
    if (r) out.push(r);
  }
  return out;
}

/**
 * 男性人口612171人，女性人口582194人，人口性别比为105.1:100 (or 性别比为112.9): men per hundred women, from the
 * counts of men and women stated before it in its sentence or period, one of each.
 */
function sexRatios(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const r of par.figures) {
    if (!r.ratio || r.ratio.index !== 0 || !exact(r)) continue;
    // (性別比: the same in traditional characters)
    const head = simplified(textBetween(par.draft, r.sentence.offset, r.offset));
    // (出生人口性别比为111.3: the ratio of the year's births, not of the men and women counted)
    if (!/性别比/.test(head) || /(?:出生|婴儿)[^，,。；;]{0,4}性别比/.test(head)) continue;
    // (性别比…为105.26，比上年的104.94: the ratio compared with is another year's, not of the counts stated)
    if (/(?:比|较|与)[^，,；;。比较与]*的$/.test(head)) continue;
    if (r.ratio.size === 2) {
      const hundred = par.figures.find((f) => f.ratio?.run === r.ratio!.run && f.ratio.index === 1);
      if (!hundred || hundred.value !== 100) continue;
    } else if (r.ratio.size !== 1) continue;
    const counts = (scope: readonly Figure[]) => scope.filter((f) => f.offset < r.offset && f.unit.kind === 'count' && exact(f) && !f.relational);
    let before = counts(par.periods.get(r.period) ?? []);
    let men = before.filter((f) => /男/.test(f.measure));
    let women = before.filter((f) => /女/.test(f.measure));
    // 男性为3459万人，占总人口的52.2%；女性为3168万人，占47.8%。性别比（以女性为100）为109.2: the counts close the
    // period before; the paragraph's, when it states one count of each
    if (men.length === 0 && women.length === 0) {
      before = counts(par.figures);
      men = before.filter((f) => /男/.test(f.measure));
      women = before.filter((f) => /女/.test(f.measure));
    }
    if (men.length !== 1 || women.length !== 1 || !compatible(men[0]!.unit, women[0]!.unit)) continue;
    const [m, w] = [men[0]!, women[0]!];
    const reading = judge({ op: 'quotient', args: [{ figure: m }, { figure: w }], scale: 100 }, { figure: r }, { unit: 'index' });
    const rel = relation(
      'sexratio',
      r,
      [
        [r, 'percent'],
        [m, 'numerator'],
        [w, 'denominator'],
      ],
      [reading],
    );
    if (rel) out.push(rel);
  }
  return out;
}

/**
 * 全年任务为3800户，实际改造4559户，超额完成20%: the excess over the task, (4559 − 3800) ÷ 3800; with 分别 the
 * tasks and what was done pair by order (实际分别完成95个、310个、7397个，分别超额完成19%、14%和12%).
 */
function excesses(par: Paragraph): Relation[] {
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

/** 完成预算的68%, 完成年初预算的97.3%: the percentage of its budget an outturn reaches. */
const COMPLETES_BUDGET = /完成(?:了)?(?:年初|全年|年度|调整)?预算(?:数)?的$/;
/** 支出预算为246万元, 年初预算为22.00万元 (not a 决算). */
const BUDGET = /预算(?:数)?$/;

/**
 * 支出预算为246万元，支出决算为167.37万元，完成预算的68%: the outturn right before the percentage over the budget
 * stated before it in the same sentence, with nothing in between (其中 would start the budget's parts, each with a
 * budget of its own that is not stated).
 */
function budgetCompletions(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (kinds.has(p) || par.claimed.has(p) || !COMPLETES_BUDGET.test(headOf(par.draft, p))) continue;
    const before = sentenceOf(par, p).filter((f) => f.offset < p.offset && f.unit.kind !== 'percent' && !f.bracket);
    const outturn = before[before.length - 1];
    const budget = before[before.length - 2];
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
function planCompletions(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (kinds.has(p) || par.claimed.has(p)) continue;
    const words = COMPLETES_PLAN.exec(simplified(headOf(par.draft, p)))?.[1];
    if (!words) continue;
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

/** 完成投資88.6億元，完成年度計劃的37.5%: a figure whose completion of a plan follows it is what was done, no task. */
function completed(par: Paragraph, f: Figure): boolean {
  const next = par.figures[par.figures.indexOf(f) + 1];
  return !!next && next.unit.kind === 'percent' && COMPLETES_PLAN.test(simplified(headOf(par.draft, next)));
}

/**
 * (restate29) 二、三产业增加值占生产总值的比重为85.2%: industries joined by 、 before one share, whose clause starts at the
 * last of them: the share is of the two together, not of the last industry named (三产业增加值 is no 第三产业增加值).
 */
function industriesJoined(draft: Draft, p: Figure): boolean {
  const before = textBetween(draft, Math.max(p.sentence.offset, p.clause.offset - 3), p.clause.offset).replace(/\s/g, '');
  return /(?:^|[^一二三四五六七八九十])[一二]、$/.test(before) && /^[二三]产业/.test(plainWords(textBetween(draft, p.clause.offset, p.offset)));
}

/** 第一产业增加值, 第一产业实现增加值, 第一产业完成 (a money figure): an industry's value added. */
const INDUSTRIES = ['一', '二', '三'].map((n) => ({ words: `第${n}产业`, measure: new RegExp(`第${n}产业(?:实现|完成)?(?:增加值)?(?:实现|完成)?$`) }));
/** 地区生产总值, 全县生产总值（GDP）: the product the structure divides (a footnote mark, [2], is no part of a measure). */
// (国民经济实现地区生产总值: a topic before the verb; 地区生产总值总量)
// (中江县地区生产总值: a place's name; 全县地区生产总值（GDP）完成: the verb after it)
const PRODUCT =
  /^(?!.*人均)(?:[\u4e00-\u9fff]{0,6}?(?:实现|完成))?(?:[\u4e00-\u9fff]{1,5}[县市区州旗盟])?(?:全年|全县|全市|全区|全旗|全州|全省|完成|实现)*(?:地区)?生产总值(?:总量)?(?:\s*[（(]GDP[）)])?(?:实现|完成)?$/;

/** 三次产业, 一二三产业, 一、二、三产业 before a structure (the one vocabulary constant, not a narrower copy). */
const THREE_INDUSTRY_WORDS = new RegExp(THREE_INDUSTRIES);

/**
 * 三次产业结构为19.5:34.6:45.9: the terms of a structure add up to 100, and each is its industry's share of the
 * product (第一产业增加值 ÷ 地区生产总值), when the draft states them once each, for the structure's own period:
 * the structure after 由上年的…调整为, not last year's before it.
 */
function structures(par: Paragraph, read: ReadonlySet<Figure> = new Set()): Relation[] {
  const out: Relation[] = [];
  const runs = new Map<number, Figure[]>();
  for (const f of par.figures) if (f.ratio && f.ratio.size >= 3) runs.set(f.ratio.run, [...(runs.get(f.ratio.run) ?? []), f]);
  for (const run of industryShareLists(par)) runs.set(-run[0]!.offset - 1, run);
  const named = namedIndustryShares(par);
  for (const run of named) runs.set(-run[0]!.offset - 1, run);
  for (const run of twoIndustryStructures(par)) {
    const products = statements(par, '生产总值', PRODUCT, '');
    const here = products.filter((f) => f.para === run[0]!.para && f.offset < run[0]!.offset);
    const total = uniqueValue(here) ?? uniqueValue(products);
    if (total) out.push(...industryShares(par, run, total, '', (found) => uniqueValue(found.filter((f) => f.para === total.para && f.offset > total.offset && f.offset < run[0]!.offset)), 1));
  }
  for (const run of runs.values()) {
    if (run.length !== (run[0]!.ratio?.size ?? 3)) continue;
    // (三 次 产业结构 比 为13.9:38.3:47.8: spaced out)
    // (三次產業結構為: the same in traditional characters)
    const head = plainWords(textBetween(par.draft, run[0]!.sentence.offset, run[0]!.offset).replace(/\s/g, ''));
    if (/性别|收入比/.test(head)) continue;
    const sum: Expr = added(run);
    // (a list of percentages, 比重分别为8.5%、37.7%、53.8%, is added up as shares of one whole already)
    const r = run[0]!.ratio
      ? relation(
          'shares',
          run[run.length - 1]!,
          run.map((f) => [f, 'percent'] as const),
          [judge(sum, { constant: 100, text: '100' }, { unit: 'percent', decimals: 2 })],
        )
      : undefined;
    if (r) out.push(r);
    // each term its industry's share: not for last year's structure (由上年的…调整为…)
    const lead = plainWords(textBetween(par.draft, run[0]!.clause.offset, run[0]!.offset));
    const changed = ENDS_IN_CHANGED_TO.test(lead);
    const own = named.includes(run);
    // (三次产业投资结构为: a structure of investment, not of the product: investmentStructures)
    if (run.length !== 3 || (!own && !THREE_INDUSTRY_WORDS.test(head)) || (!changed && /上年|去年/.test(lead)) || INVESTMENT_STRUCTURE.test(simplified(head))) continue;
    // the structure a sentence changes to is this period's, whatever the 上年 before it made its scope
    // (全年三次产业结构比例为: the year's, as a product stated for 2023年)
    const scope = changed || /^(?:全年|本年|今年)$/.test(run[0]!.scope) ? '' : run[0]!.scope;
    // 全区地区生产总值3222.84亿元…三次产业结构调整为…; 不含经开区计算，全年地区生产总值2239.58亿元…三次产业结构调整为…:
    // a structure after its own paragraph's product and industries is of them, when the paragraph states each once
    const here = (list: Figure[]): Figure[] => list.filter((f) => f.para === run[0]!.para && f.offset < run[0]!.offset);
    // 民营经济增加值122.64亿元…其中，第一产业增加值44.56亿元…民营经济三次产业结构调整为36.3:24.3:39.4: the structure
    // of a part of the economy, each term its own industry (stated after that part and before the structure) over it
    const owner = /([\u4e00-\u9fff]{1,6}经济)(?:的)?三次产业结构/.exec(head)?.[1];
    if (owner && owner !== '国民经济') {
      const first = run[0]!;
      const wholes = par.lookups
        .named(`${owner}增加值`)
        .filter((f) => exact(f) && !f.relational && f.unit.kind === 'money' && f.para === first.para && f.offset < first.offset && bareMeasure(f).startsWith(owner));
      const whole = uniqueValue(wholes);
      if (whole) out.push(...industryShares(par, run, whole, scope, (found) => uniqueValue(found.filter((f) => f.para === whole.para && f.offset > whole.offset && f.offset < first.offset))));
      continue;
    }
    const products = statements(par, '生产总值', PRODUCT, scope);
    const local = uniqueValue(here(products));
    const total = local ?? uniqueValue(products);
    if (!total) continue;
    const shares = industryShares(par, run, total, scope, (found) => (local && uniqueValue(here(found))) ?? uniqueValue(found) ?? uniqueValue(found.filter((f) => f.subject === total.subject)));
    // (三次产业增加值分别为1.54亿元、54亿元和75.7亿元: the industries named once, before their list)
    const listed = shares.length === 0 ? listedIndustries(par, total, run[0]!) : undefined;
    if (listed) out.push(...termsOver(run, listed, { figure: total }));
    // (a term whose own words name the product, 占地区生产总值的比重为8.0%, may be read as a share already)
    out.push(...(own ? shares.filter((r) => !read.has(r.anchor)) : shares));
  }
  out.push(...investmentStructures(par, runs.values()));
  return out;
}

/** 快递业务量占全部比例分别为, 快递业务量比重分别为: the measure's words after the last label of a list of shares. */
const LABELLED_SHARES = /^(.+?)(?:占全部|占总[数量额])?的?(?:比例|比重|占比)分别为$/;

/**
 * The amounts the labels of a list name, each with the measure after the last label: 同城、异地、国际/港澳台快递业务量 names
 * 同城快递业务量, 异地快递业务量 and 国际/港澳台快递业务量; 东、中、西部地区快递业务量 names 东部地区快递业务量 and so on (a label of
 * one character takes the rest of the last label). Each stated once in the paragraph (a verb like 完成 in its name left
 * out), or none.
 */
function amountsOfTheLabels(par: Paragraph, labels: readonly string[], tail: string): Figure[] | undefined {
  const amounts = par.figures.filter((f) => f.unit.kind !== 'percent' && f.unit.kind !== 'points' && exact(f) && known(f) && !f.relational && !f.bracket);
  const named = (name: string): Figure | undefined => uniqueValue(amounts.filter((f) => simplified(plainWords(bareMeasure(f))).replace(/完成|实现|累计/g, '') === name));
  for (let k = 1; k + 2 <= tail.length; k++) {
    const last = tail.slice(0, k);
    const measure = tail.slice(k);
    const names = [...labels.map((l) => (l.length === 1 && last.length > 1 ? l + last.slice(1) : l)), last];
    const parts = names.map((n) => named(n + measure));
    if (parts.every((f): f is Figure => !!f && compatible(f.unit, parts[0]!.unit))) return parts;
  }
  return undefined;
}

/**
 * 2023年同城快递业务量完成136.4亿件…异地快递业务量完成1153.6亿件…国际/港澳台快递业务量完成30.7亿件。同城、异地、国际/港澳台快递
 * 业务量占全部比例分别为10.3%、87.4%和2.3%: shares listed after the labels of the parts they are of, each part stated by its
 * label and the measure in the paragraph (before or after), are shares of the parts added up: the labels name the
 * whole. Three labels or more, as many shares one after the other (nothing but 、 or 和 between them), and all but one
 * holding against that sum (labels that leave part of the whole out fit none).
 */
function sharesOfTheLabelledParts(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  const percents = par.percents;
  for (let i = 0; i < percents.length; i++) {
    const first = percents[i]!;
    const head = simplified(plainWords(textBetween(par.draft, first.sentence.offset, first.offset).replace(/\s/g, '')));
    const words = LABELLED_SHARES.exec(head)?.[1];
    const segments = words?.split('、') ?? [];
    if (segments.length < 3 || segments.some((w) => w.length === 0 || w.length > 12 || /[，,；;：:。（）()]/.test(w))) continue;
    const list = [first];
    while (list.length < segments.length) {
      const next = percents[i + list.length];
      if (!next || !/^[、和及]$/.test(textBetween(par.draft, list[list.length - 1]!.endOffset, next.offset).trim())) break;
      list.push(next);
    }
    if (list.length !== segments.length || list.some((p) => !exact(p) || !known(p) || p.approximate)) continue;
    const parts = amountsOfTheLabels(par, segments.slice(0, -1), segments[segments.length - 1]!);
    if (!parts) continue;
    const items = list.map((p, k) => ({ p, part: parts[k]! }));
    const sum = added(parts);
    if (!enoughHold(items, sum)) continue;
    // (a share read already, of the same part over a whole stated, keeps its reading)
    for (const { p, part } of items.filter((x) => !read.has(x.p) && !par.claimed.has(x.p))) {
      const r = relation('share', p, [[p, 'percent'], [part, 'numerator'], ...parts.filter((f) => f !== part).map((f) => [f, 'denominator'] as const)], [quotientOver(p, part, sum)]);
      if (r) out.push(r);
    }
    i += list.length - 1;
  }
  return out;
}

/** 其中一、二、三产业分别实现, 三次产业增加值分别为: the words before the three industries' amounts listed in order. */
const INDUSTRIES_LISTED = new RegExp(`(?:${THREE_INDUSTRIES}|第一、二、三产业|第一、第二、第三产业)(?:增加值)?分别(?:为|是|实现|完成)(?:增加值)?[：:]?$`);

/**
 * 全年实现生产总值131.2亿元…三次产业增加值分别为1.54亿元、54亿元和75.7亿元，…三次产业结构优化为1.2:41.1:57.7: the three
 * industries' value added listed after words naming all three (no statement of each by its own name), between the
 * product and the structure: three amounts in a row, nothing but 、 or 和 between them, adding up to the product.
 */
function listedIndustries(par: Paragraph, total: Figure, first: Figure): Figure[] | undefined {
  const between = par.figures.filter((f) => f.para === first.para && f.offset < first.offset && (total.para !== first.para || f.offset > total.offset));
  for (let i = 0; i + 2 < between.length; i++) {
    const list = between.slice(i, i + 3);
    if (!list.every((f) => exact(f) && !f.relational && f.unit.kind === 'money' && compatible(f.unit, total.unit))) continue;
    // the words from the sentence's last comma (一、二、三产业 stands in one clause with its 、)
    const head = simplified(textBetween(par.draft, list[0]!.sentence.offset, list[0]!.offset).replace(/\s/g, ''));
    if (!INDUSTRIES_LISTED.test(head.slice(Math.max(head.lastIndexOf('，'), head.lastIndexOf(',')) + 1))) continue;
    if (!list.every((f, k) => k === 0 || /^[、，,和及]$/.test(textBetween(par.draft, list[k - 1]!.endOffset, f.offset).trim()))) continue;
    return judge(added(list), { figure: total }, { unit: 'amount' })?.holds ? list : undefined;
  }
  return undefined;
}

/** Each term of a structure, its industry's part over the whole given (the product, or the parts' own sum). */
function termsOver(terms: readonly Figure[], parts: readonly Figure[], whole: Expr): Relation[] {
  const out: Relation[] = [];
  terms.forEach((term, k) => {
    const part = parts[k]!;
    if (!exact(term)) return;
    const denominators = 'figure' in whole ? [whole.figure] : parts.filter((f) => f !== part);
    const r = relation('share', term, [[term, 'percent'], [part, 'numerator'], ...denominators.map((f) => [f, 'denominator'] as const)], [quotientOver(term, part, whole)]);
    if (r) out.push(r);
  });
  return out;
}

/** 三次产业投资结构为, 三次产业投资占比为, 三个产业投资的比重由: a structure of the three industries' investment. */
const INVESTMENT_STRUCTURE = new RegExp(`(?:${THREE_INDUSTRIES}|三个产业)的?投资`);

/** 第一产业投资完成, 第二产业完成投资, 全市第一产业 (in a paragraph on investment): an industry's investment. */
const INDUSTRY_INVESTMENT = ['一', '二', '三'].map((n) => new RegExp(`^(?:全[市县区省州旗盟])?第${n}产业(?:完成|实现)?(?:投资)?(?:完成|实现)?$`));

/**
 * 第一产业投资完成16.4亿元…第二产业投资完成77.8亿元…第三产业投资完成83.2亿元…。三次产业投资占比为9.2∶43.9∶46.9: each term
 * of a structure of investment is its industry's investment over the three's sum (the three industries are all the
 * investment), each stated once in the structure's paragraph, before or after it. Only the structure of the period
 * (the one changed to, not last year's before 调整为), and only when the others hold against that sum: a list of
 * another measure (growth, last year's amounts) fits none.
 */
function investmentStructures(par: Paragraph, runs: Iterable<Figure[]>): Relation[] {
  const out: Relation[] = [];
  for (const run of runs) {
    if (run.length !== 3 || run[0]!.ratio?.size !== 3) continue;
    const head = simplified(plainWords(textBetween(par.draft, run[0]!.sentence.offset, run[0]!.offset).replace(/\s/g, '')));
    const lead = plainWords(textBetween(par.draft, run[0]!.clause.offset, run[0]!.offset));
    if (!INVESTMENT_STRUCTURE.test(head) || (!ENDS_IN_CHANGED_TO.test(lead) && /上年|去年/.test(lead))) continue;
    const parts = INDUSTRY_INVESTMENT.map((measure) =>
      uniqueValue(par.figures.filter((f) => f.para === run[0]!.para && exact(f) && !f.relational && f.unit.kind === 'money' && measure.test(simplified(plainWords(bareMeasure(f)))))),
    );
    if (!parts.every((f): f is Figure => !!f && compatible(f.unit, parts[0]!.unit))) continue;
    const sum = added(parts);
    const terms = termsOver(run, parts, sum);
    if (terms.length === 3 && terms.filter((r) => r.holds).length >= 2) out.push(...terms);
  }
  return out;
}

/**
 * 第一、二、三产业增加值占地区生产总值的比重分别为8.5%、37.7%、53.8% / 在全区生产总值中，三次产业增加值所占比重分别为…:
 * the three industries' shares of the product listed as percentages after 分别为 are a structure like 8.5:37.7:53.8,
 * each term its industry's value added over the product. Three percentages one after the other, nothing but 、，和
 * between them, after words naming the three industries and their 比重 or 占比 (not 贡献率, 拉动 or 增速).
 */
const INDUSTRY_SHARES_HEAD = new RegExp(
  `(?:${THREE_INDUSTRIES}|第一、二、三产业|第一、第二、第三产业)(?:实现)?(?:增加值)?(?:占[\u4e00-\u9fff（）()A-Za-z]{0,12}?(?:生产总值|GDP|gdp|经济总量)(?:（GDP）)?的?|所占的?|的)?(?:比重|占比)(?:分别)?(?:为|是|依次为)[：:]?$`,
);

function industryShareLists(par: Paragraph): Figure[][] {
  const out: Figure[][] = [];
  const percents = par.percents;
  for (let i = 0; i + 2 < percents.length; i++) {
    const run = percents.slice(i, i + 3);
    // (the first reads as relational by the 比 of 比重)
    if (run.some((p, k) => (k > 0 && p.relational) || p.ratio || p.bracket || p.sentence.offset !== run[0]!.sentence.offset)) continue;
    // the words from the sentence's last comma (第一、二、三产业… stands in one clause with its 、)
    const head = textBetween(par.draft, run[0]!.sentence.offset, run[0]!.offset).replace(/\s/g, '');
    if (!INDUSTRY_SHARES_HEAD.test(head.slice(Math.max(head.lastIndexOf('，'), head.lastIndexOf(',')) + 1))) continue;
    if (!run.every((p, k) => k === 0 || /^[、，,和及与]$/.test(textBetween(par.draft, run[k - 1]!.endOffset, p.offset).trim()))) continue;
    out.push(run);
    i += 2;
  }
  return out;
}

/** The words before an industry's own share in a list of the three: 第二产业增加值比重为, 第三产业为, 第一产业增加值占地区生产总值的比重为. */
const INDUSTRY_TERM = ['一', '二', '三'].map(
  (n) => new RegExp(`^(?:其中[：:，,]?)?第${n}产业(?:实现)?(?:增加值)?(?:占[\u4e00-\u9fff（）()A-Za-z]{0,12}?(?:生产总值|GDP|gdp|经济总量)(?:（GDP）)?的?)?的?(?:比重|占比)?(?:为|是|达)$`),
);

/**
 * 第一产业增加值占地区生产总值的比重为8.0%，第二产业增加值比重为48.3%，第三产业增加值比重为43.7% / …比重为16.3%，第二产业为
 * 35.5%，第三产业为48.2%: the three industries' shares of the product, each after its own industry's name, the first
 * naming the product or its 比重 (the others leave it understood, as a reader takes them), are a structure like a
 * list after 分别为: three percentages one after the other in one period, no other percentage between them.
 */
function namedIndustryShares(par: Paragraph): Figure[][] {
  const out: Figure[][] = [];
  const percents = par.percents;
  for (let i = 0; i + 2 < percents.length; i++) {
    const run = percents.slice(i, i + 3);
    if (run.some((p) => p.ratio || p.bracket || p.period !== run[0]!.period)) continue;
    const heads = run.map((p) => simplified(headOf(par.draft, p)));
    if (!heads.every((h, k) => INDUSTRY_TERM[k]!.test(h))) continue;
    if (!/占|比重|占比/.test(heads[0]!)) continue;
    out.push(run);
    i += 2;
  }
  return out;
}

/** The words before a structure of the second and third industries alone: 二、三产业比例为72.8:27.2. */
const TWO_INDUSTRIES = /(?:第?二、第?三|二三)产业(?:增加值)?(?:的)?(?:比例|结构|比重)(?:比)?(?:为|是)$/;

/**
 * 地区生产总值982.3亿元…分产业看，第二产业增加值715.2亿元，…第三产业增加值267.1亿元，…。二、三产业比例为72.8:27.2: a
 * product with no first industry, and its structure of two terms, each the industry's value added over the product
 * stated before it in its paragraph (its sum is no check: a first industry may be left unsaid).
 */
function twoIndustryStructures(par: Paragraph): Figure[][] {
  const runs = new Map<number, Figure[]>();
  for (const f of par.figures) if (f.ratio && f.ratio.size === 2) runs.set(f.ratio.run, [...(runs.get(f.ratio.run) ?? []), f]);
  return [...runs.values()].filter(
    (run) =>
      run.length === 2 &&
      TWO_INDUSTRIES.test(
        simplified(textBetween(par.draft, run[0]!.sentence.offset, run[0]!.offset).replace(/\s/g, ''))
          .split(/[，,]/)
          .pop()!,
      ),
  );
}

/**
 * Each term of a structure, its industry's value added over the product, at the precision the term is written in:
 * 第一产业增加值78.5亿元 of the product, and 民营经济…其中：第一产业增加值39.2亿元 of a part of it: the product's own.
 * `pick` chooses the industry's statement among those found, none when it is not one of them.
 */
function industryShares(par: Paragraph, terms: readonly Figure[], total: Figure, scope: string, pick?: (found: Figure[]) => Figure | undefined, first = 0): Relation[] {
  const out: Relation[] = [];
  terms.forEach((term, k) => {
    const industry = INDUSTRIES[first + k]!;
    const found = statements(par, industry.words, industry.measure, scope);
    const part = pick ? pick(found) : (uniqueValue(found) ?? uniqueValue(found.filter((f) => f.subject === total.subject)));
    if (!part) return;
    const s = ratioRelation('share', term, part, total);
    if (s) out.push(s);
  });
  return out;
}

/** The words a share names the product by: 占GDP的比重, 占gdp比重, 占全区经济总量的, 占生产总值比重的. */
const PRODUCT_WORDS = /^(?:GDP|gdp|(?:全[区县市州省旗盟])?经济总量|(?:地区)?生产总值)(?:比重)?$/;

/** The scope of a year's figure: 全年, 本年, 2023年, 2023年度. */
const ANNUAL = /^(?:全年|本年|当年|[0-9]{4}年(?:度|全年)?)$/;

/**
 * The statements of an industry's value added or of the product, for a structure or a share of the scope given:
 * amounts, read once (not an average, a change, a distributed figure), of that scope or none.
 * (`annual`: 全年民营经济增加值122.64亿元，占GDP的比重为61.0% beside 2024年平昌县地区生产总值201.20亿元: a year named
 * by its number or as 全年 is one scope; the product of another year stated too leaves no one value, so no reading)
 */
function statements(par: Paragraph, words: string, measure: RegExp, scope: string, annual = false): Figure[] {
  // (第一產業增加值, 地區生產總值: the same words on a page served in traditional characters)
  const other = traditional(words);
  const named = other === words ? par.lookups.named(words) : [...new Set([...par.lookups.named(words), ...par.lookups.named(other)])].sort((x, y) => x.offset - y.offset);
  return named.filter(
    (f) =>
      exact(f) &&
      !f.relational &&
      !f.distributive &&
      !NOT_A_TOTAL.test(f.measure) &&
      f.unit.kind === 'money' &&
      (f.scope === scope || f.scope === '' || (scope === '' && !/上年|去年/.test(f.scope)) || (annual && ANNUAL.test(f.scope) && ANNUAL.test(scope))) &&
      measure.test(plainWords(bareMeasure(f))),
  );
}

/**
 * 主体业态为餐饮服务的占比61.05%，共有餐饮服务单位5257户，其中公共餐饮占81.32%: a count or an amount stated between a
 * share and 其中 is what 其中 breaks down; a share after it is of that count (81.32% of the 5257户), no part of the
 * share before it.
 */
function countBeforeQizhong(par: Paragraph, whole: Figure, first: Figure): boolean {
  const at = whole.endOffset + textBetween(par.draft, whole.endOffset, first.offset).lastIndexOf('其中');
  return par.figures.some((f) => f.offset >= whole.endOffset && f.endOffset <= at && !f.relational && f.unit.kind !== 'percent' && f.unit.kind !== 'points');
}

/**
 * The shares of a sentence that are added up as shares of one whole: not one after 特别是/尤其是 (a subset of the
 * share before it: 采矿业占比96.05%，特别是煤炭开采和洗选业占比95.56%, which is checked to be no larger), nor a clause
 * restated word for word.
 */
function oneWholesShares(par: Paragraph, all: readonly Figure[], out: Relation[], after: readonly Figure[] = []): Figure[] {
  let list = all;
  const seen = new Set<string>();
  // 办复4299件，占91.4%，其中采纳落实的2089件，占48.6%；列入计划的1840件，占42.8%: the shares after 其中 are parts of
  // the share before it, which they cannot add up to more than; they are not added to it
  const at = list.findIndex((p, k) => k > 0 && /其中/.test(textBetween(par.draft, list[k - 1]!.endOffset, p.offset)));
  if (at > 0) {
    const whole = list[at - 1]!;
    // 15—64岁人口…，占69.87%（其中：15—59岁人口…，占63.43%）；65岁及以上人口…，占15.20%: a 其中 in brackets lists only
    // what the bracket holds; the shares after it, in its period too, are the whole's siblings again
    const inside = list[at]!.bracket;
    const bracketed = inside && whole.bracket?.offset !== inside.offset ? inside : undefined;
    const ofBracket = (p: Figure): boolean => !bracketed || p.bracket?.offset === bracketed.offset;
    let parts = [...list.slice(at), ...(bracketed ? [] : after)].filter(ofBracket);
    // 0-15岁人口…，占20.54%，其中0-14岁人口…，占18.85%；16-59岁人口…，占60.70%: a part of an age band outside the whole's
    // band is the whole's sibling, and the list of its parts ends before it
    const band = ageBandOf(par, list[at - 2]?.endOffset ?? whole.period, whole);
    if (band) {
      const outside = parts.findIndex((p, k) => {
        const b = ageBandOf(par, (k === 0 ? whole : parts[k - 1]!).endOffset, p);
        return b !== undefined && (b.lo < band.lo || b.hi > band.hi);
      });
      if (outside >= 0) parts = parts.slice(0, outside);
    }
    // the share they are parts of stands right before 其中, alone (not one of a list: 分别为14.7%、29%、56.3%，其中工业…)
    const next = par.percents[par.percents.indexOf(whole) + 1];
    const alone = !/分别/.test(headOf(par.draft, whole)) && next === parts[0];
    // 完成投资…，占年度计划的81.93%，其中：重大项目…，占年度计划80.82%；面上项目…，占年度计划85.53%: shares of a plan are
    // each of its own item's plan, rates of completion that do not add up
    const named = [whole, ...parts].map((p) => SHARE.exec(headOf(par.draft, p))?.[1] ?? '');
    const ofPlans = named.some((w) => PLAN.test(w));
    // 占全县工业总产值66%，其中主导产业…，占园区总产值67.7%: shares of wholes named apart
    const apart = new Set(named.filter((w) => w.length >= 2)).size > 1;
    if (alone && !ofPlans && !apart && !countBeforeQizhong(par, whole, parts[0]!) && parts.every((p) => known(p) && !p.approximate) && known(whole) && !whole.approximate) {
      const r = relation('sum', whole, [[whole, 'total'], ...parts.map((p) => [p, 'part'] as const)], [judge(added(parts), { figure: whole }, { compare: '<=', unit: 'percent', decimals: 2 })]);
      if (r) out.push(r);
    }
    list = [...list.slice(0, at), ...list.slice(at).filter((p) => !ofBracket(p)), ...(bracketed ? after : [])];
  }
  return list.filter((p, k) => {
    const clause = textBetween(par.draft, p.clause.offset, p.offset + p.text.length);
    if (k > 0 && /^(?:特别是|尤其是|其中尤以|尤以)/.test(clause)) {
      // a subset's share is no larger than the share of the whole it is in
      const whole = list[k - 1]!;
      const r = relation(
        'sum',
        whole,
        [
          [whole, 'total'],
          [p, 'part'],
        ],
        [judge({ figure: p }, { figure: whole }, { compare: '<=', unit: 'percent' })],
      );
      if (r) out.push(r);
      return false;
    }
    if (seen.has(clause)) return false;
    seen.add(clause);
    return true;
  });
}

/** 在县级人大代表中的占比为, 在乡级代表中所占比重: the whole a share is of, named by 在…中 right before it (group 1). */
const WHOLE_NAMED_BY_ZAI = /在([^在中，,。；;：:]{2,16})中(?:的|所)?(?:占比|比重|比例|占)[^，,。；;]{0,6}$/;

/**
 * 基层代表在县级人大代表中的占比为52.53%，在乡级人大代表中的占比为76.75%: shares each naming its own whole by
 * 在…中, the wholes all different, are one group's shares of as many wholes, not parts of one; they are never summed.
 */
function inWholesNamedByZai(par: Paragraph, list: readonly Figure[]): boolean {
  const wholes = list.map((p) => WHOLE_NAMED_BY_ZAI.exec(plainHead(par.draft, p))?.[1]);
  return wholes.every((w) => w !== undefined) && new Set(wholes).size === wholes.length;
}

/**
 * 空气质量优良天数占比92.1%、地表水省级考核断面优良水质占比97.4%: shares each after a long subject of its own (five
 * characters or more) whose last characters all differ are of as many wholes (days, sections), not parts of one;
 * parts of one whole are named alike (第一产业增加值占比, 第二产业增加值占比) or briefly (投诉占比, 咨询占比).
 */
function ownSubjects(par: Paragraph, list: readonly Figure[]): boolean {
  const lasts: string[] = [];
  for (const p of list) {
    const head = headOf(par.draft, p);
    const verb = /占(?:比|比重)(?:为|达|达到)?$/.exec(head);
    if (!verb) return false;
    // the subject: the characters right before 占
    let n = 0;
    while (n < verb.index && /[\u4e00-\u9fff]/.test(head[verb.index - 1 - n]!)) n++;
    if (n < 5) return false;
    lasts.push(head[verb.index - 1]!);
  }
  return new Set(lasts).size === lasts.length;
}

/** An age band before its share: 0—14岁, 15-64周岁, 60岁及以上, 18岁以下 (with 歲 of pages in 繁體), and 人口 after it. */
const AGE_BAND_OF_POPULATION = /(?<![0-9])([0-9]+)(?:[-—–~～至到]([0-9]+))?(?:周|週)?[岁歲](及以上|以上|及以下|以下)?(?=(?:\[[0-9]{1,2}\])?[\u4e00-\u9fff]{0,4}人口)/g;

/** The one age band named between `from` and the share (brackets left out): its years, from lo up to (not) hi. */
function ageBandOf(par: Paragraph, from: number, p: Figure): { lo: number; hi: number } | undefined {
  let words = textBetween(par.draft, Math.max(from, p.period), p.offset);
  for (let k = 0; k < 3 && /[（(][^（）()]*[）)]/.test(words); k++) words = words.replace(/[（(][^（）()]*[）)]/g, '');
  const bands = [...words.matchAll(AGE_BAND_OF_POPULATION)];
  if (bands.length !== 1) return undefined;
  const [, a, b, open] = bands[0]!;
  return ageBounds(Number(a), b === undefined ? undefined : Number(b), open ?? '');
}

/**
 * 0—14岁人口…，占14.93%；15—64岁人口…，占69.87%（其中：15—59岁人口…，占63.43%）；65岁及以上人口…，占15.20%: the shares
 * of age bands that run from 0 (or 以下) to 及以上 without a gap or an overlap are of all the population, so they add up
 * to 100 at their written precision. Each share takes the one band named in its words since the share before it
 * (brackets and their shares left out); the run is of one period and three bands or more.
 */
function ageBandShares(par: Paragraph, read: ReadonlySet<Figure> = new Set()): Relation[] {
  const out: Relation[] = [];
  let run: Figure[] = [];
  let to = 0;
  let from = -1;
  const close = (): void => {
    if (run.length >= 3 && to === Infinity) {
      const left: Expr = added(run);
      const r = relation(
        'shares',
        run[run.length - 1]!,
        run.map((p) => [p, 'percent'] as const),
        [judge(left, { constant: 100, text: '100%' }, { unit: 'percent', decimals: 2 })],
      );
      const bands = bandsOfTheirSum(par, run, read);
      // (each share against the counts is the finer reading; the shares' sum stays for a run read otherwise in part)
      if (r && bands.length < run.length) out.push(r);
      out.push(...bands);
    }
    run = [];
  };
  for (const p of par.percents) {
    if (p.bracket) continue;
    const band = ageBandOf(par, from, p);
    from = p.endOffset;
    if (!band || !known(p) || p.approximate || (run.length > 0 && run[0]!.period !== p.period)) {
      close();
      if (!band || !known(p) || p.approximate) continue;
    }
    const { lo, hi } = band;
    if (run.length > 0 && lo !== to) close();
    if (run.length === 0 && lo !== 0) continue;
    run.push(p);
    to = hi;
    if (to === Infinity) close();
  }
  close();
  return out;
}

/**
 * 0-14岁人口为143944人，占15.76%；15-59岁人口为635271人，占69.54%；60岁及以上人口为134326人，占14.7%: when every band of
 * such a run states its count before its share (after the share before it, in its sentence, counted alike), the bands are all the
 * population, so each share is its count over the counts added up (not a share read already against a stated whole).
 * (not the sum of the shares then: the finer reading says the same of each)
 */
function bandsOfTheirSum(par: Paragraph, run: readonly Figure[], read: ReadonlySet<Figure>): Relation[] {
  const items = run.map((p, k) => {
    const start = k > 0 ? run[k - 1]!.endOffset : p.sentence.offset;
    const before = sentenceOf(par, p).filter((f) => f.offset >= start && f.offset < p.offset && f.unit.kind === 'count' && !f.relational && !f.bracket);
    return { p, part: before[before.length - 1] };
  });
  const parts = items.map((x) => x.part);
  if (!parts.every((f): f is Figure => !!f && exact(f) && known(f) && !f.approximate && compatible(f.unit, parts[0]!.unit))) return [];
  const sum: Expr = { op: '+', args: parts.map((f) => ({ figure: f })) };
  // (其中65岁及以上人口为93053人，占10.19%: an open band within the last one, after 其中 in its period, is a share of
  // all the population too)
  const last = run[run.length - 1]!;
  const next = par.percents[par.percents.indexOf(last) + 1];
  const lastBand = ageBandOf(par, run.length > 1 ? run[run.length - 2]!.endOffset : last.sentence.offset, last);
  if (next && !next.bracket && next.period === last.period && lastBand && known(next) && !next.approximate) {
    const between = textBetween(par.draft, last.endOffset, next.offset);
    const band = ageBandOf(par, last.endOffset, next);
    const counts = par.figures.filter((f) => f.offset > last.endOffset && f.offset < next.offset && f.unit.kind !== 'percent' && !f.relational);
    const part = counts[counts.length - 1];
    if (
      band &&
      band.hi === Infinity &&
      band.lo > lastBand.lo &&
      /^[，,；;]?\s*其中/.test(between) &&
      counts.length === 1 &&
      part &&
      part.unit.kind === 'count' &&
      exact(part) &&
      known(part) &&
      compatible(part.unit, parts[0]!.unit) &&
      part.normalized <= parts[parts.length - 1]!.normalized!
    ) {
      items.push({ p: next, part });
    }
  }
  const out: Relation[] = [];
  for (const { p, part } of items) {
    if (read.has(p) || par.claimed.has(p) || !exact(p)) continue;
    const r = relation('share', p, [[p, 'percent'], [part!, 'numerator'], ...parts.filter((f) => f !== part).map((f) => [f, 'denominator'] as const)], [quotientOver(p, part!, sum)]);
    if (r) out.push(r);
  }
  return out;
}

/** A comma right before a share's bracket, which still glosses the figure before it: 在园幼儿29617人，（占比65.76%）. */
const STRAY_COMMA = /^\s*[，,]\s*(?=[（(])/;

/** A count's measure right before 占 (起数, 亡人数, 户数, 金额): its last two characters name what is counted. */
const COUNTED_SUBJECT = /([\u4e00-\u9fff](?:数|额|量))(?:分别)?占(?:比|比重)?(?:[^占，,。；;]*)$/;

/**
 * 火灾25.8万起，亡1317人，伤810人，损失31.5亿元，分别占总数的91.8%、94.7%、91.9%和87.6%; 其中较大火灾60起、占总数的92.3%，
 * 重大火灾5起、占总数的83.3%; 起数占总数的44.3%，亡人数占总数的77.1%: shares that each are of a whole of their own, not
 * parts of one, so they may add up to more than 100%. Their parts are counted in other units (起, 人, 亿元); or each part,
 * stated in the share's clause, over its share gives a whole of its own (60起 ÷ 92.3% ≈ 65起, 5起 ÷ 83.3% ≈ 6起), the
 * ranges at the written precision not meeting; or the share's words name the count it is of (起数, 亡人数), each another.
 */
function ofSeveralWholes(par: Paragraph, list: readonly Figure[], paired?: readonly Figure[]): boolean {
  const counted = list.map((p) => COUNTED_SUBJECT.exec(headOf(par.draft, p))?.[1]);
  if (counted.every((c) => c !== undefined) && new Set(counted).size === counted.length) return true;
  const parts = paired ?? partsOfShares(par, list);
  if (parts.some((f) => !f || !exact(f))) return false;
  if (parts.some((f) => !compatible(f!.unit, parts[0]!.unit))) return true;
  // (a whole stated before them that one share's part and share bear out may be all of theirs, a share miswritten:
  // 受理的1103.94万件来电中，…网络反映102.56万件，占比14.29%)
  const stated = par.figures.filter((f) => f.offset < list[0]!.offset && exact(f) && !f.relational && compatible(f.unit, parts[0]!.unit));
  let lo = 0;
  let hi = Infinity;
  for (const [k, p] of list.entries()) {
    const part = rangeOf({ figure: parts[k]! });
    const share = rangeOf({ figure: p });
    if (!(share.lo > 0)) return false;
    const whole = { lo: part.lo / (share.hi / 100), hi: part.hi / (share.lo / 100) };
    if (stated.some((f) => f.normalized! >= whole.lo && f.normalized! <= whole.hi)) return false;
    lo = Math.max(lo, whole.lo);
    hi = Math.min(hi, whole.hi);
  }
  return lo > hi;
}

/** Each share's part: the last count since the share before it, in its clause or the one before (火灾60起、占总数的92.3%). */
function partsOfShares(par: Paragraph, list: readonly Figure[]): Array<Figure | undefined> {
  return list.map((p, k) => {
    const from = Math.max(k > 0 ? list[k - 1]!.endOffset : 0, p.sentence.offset);
    const before = sentenceOf(par, p).filter((f) => f.offset >= from && f.offset < p.offset && f.unit.kind !== 'percent');
    const part = before.pop();
    return part && !part.relational && !/[，,；;]/.test(textBetween(par.draft, part.endOffset, p.offset).replace(STRAY_COMMA, '')) ? part : undefined;
  });
}

/** How far before the first part of some shares a sorting of them by a kind may open (按照污染类型分，从高到低分别是：涉及…). */
const SORTING_REACH = 40;

/**
 * 共交办群众信访举报案件181件。⏎按照污染类型分：涉及大气污染80件（占44.2%），水污染66件（占36.5%），噪音污染35件（占19.3%）…:
 * shares adding up to more than 100% each of which is its part over one whole stated before them (in their paragraph or
 * the ones just before), at the written precision (80 ÷ 181 = 44.2%, 66 ÷ 181 = 36.5%, …), are right: the categories
 * overlap (one complaint names several kinds of pollution, as 注：一件举报中可能同时涉及多种问题 says where a page explains
 * it), when a sorting by a kind opens them, and the parts themselves add up to more than the whole, past their
 * rounding. No whole stated, one share off it, or parts that do not overrun it, and the sum is read.
 */
function overlappingCategories(par: Paragraph, list: readonly Figure[], paired?: readonly Figure[]): boolean {
  if (!(rangeOf(added(list)).lo > 100)) return false;
  // (大气污染（448件）和噪声污染（431件）举报较多，分别占到举报总量的51.1%、49.2%: the counts before a 分别 list, in
  // brackets or not, in order)
  const inOrder = paired ?? partsOfShares(par, list);
  const parts = inOrder.every(Boolean)
    ? inOrder
    : (par.periods.get(list[0]!.period) ?? []).filter((f) => f.offset < list[0]!.clause.offset && f.unit.kind !== 'percent' && !f.relational).slice(-list.length);
  if (parts.length !== list.length) return false;
  const first = parts[0];
  if (!first || parts.some((f) => !f || !exact(f) || !known(f) || !compatible(f.unit, first.unit))) return false;
  // (categories sorted by a kind, 按照污染类型分， 从污染类型看， right before them: a 其中 list of parts is one breakdown, its
  // overrun one for the parts' sum to tell)
  const start = Math.min(first.offset, list[0]!.offset);
  if (!SORTING.test(textBetween(par.draft, Math.max(list[0]!.period, start - SORTING_REACH), start))) return false;
  const ranges = list.map((p, k) => {
    const part = rangeOf({ figure: parts[k]! });
    const share = rangeOf({ figure: p });
    return share.lo > 0 ? { lo: part.lo / (share.hi / 100), hi: part.hi / (share.lo / 100) } : undefined;
  });
  if (ranges.some((w) => !w)) return false;
  const lo = Math.max(...ranges.map((w) => w!.lo));
  const hi = Math.min(...ranges.map((w) => w!.hi));
  if (lo > hi) return false;
  const stated = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < list[0]!.offset)].filter(
    (f) => exact(f) && known(f) && !f.relational && !f.approximate && compatible(f.unit, first.unit) && !parts.includes(f),
  );
  // (and the parts, at their least, more than it at its most: 0.72、0.02和0.59亿元 of 1.32亿元 are one breakdown whose
  // shares, 54.54% + 1.51% + 44.69%, must come to 100%, the parts' rounding leaving room for each alone)
  const together = rangeOf(added(parts as Figure[])).lo;
  return stated.some((f) => f.normalized! >= lo && f.normalized! <= hi && together > f.normalized! + halfUnit(f));
}

/** Shares of one whole must not add up to more than 100%. `parts`: the part each share is of, when paired by 分别. */
function sharesOfOneWhole(par: Paragraph, list: Figure[], parts?: readonly Figure[]): Relation | undefined {
  if (nestedThresholds(par.draft, list)) return nestedShares(par, list);
  if (ofSeveralWholes(par, list, parts)) return undefined;
  if (overlappingCategories(par, list, parts)) return undefined;
  const left: Expr = added(list);
  const reading = judge(left, { constant: 100, text: '100%' }, { compare: '<=', unit: 'percent', decimals: 2 });
  return relation(
    'shares',
    list[list.length - 1]!,
    list.map((p) => [p, 'percent'] as const),
    [reading],
  );
}

/** 比例为, 占, 占比 right after a count: its share of a whole the sentence does not name. */
const BARE_SHARE = /^[，,、]\s*(?:占|占比|比例|比重)(?:为|达|达到|是)?$/;
/** A count introduced as all there is: 共61个, 共有79个, 共监测32个. */
const COUNTED_WHOLE = /共(?:有|计|监测)?$/;

/**
 * The things a whole counted with 共 is a number of: the nouns right after it (共61个断面（点位）有数据: 断面, 点位;
 * 共32个水源地: 水源地), or, with none there, the end of its name (监测断面共79个: 断面).
 */
function countedNouns(par: Paragraph, whole: Figure): string[] {
  const after = /^[\u4e00-\u9fff]{2,8}(?:[（(][\u4e00-\u9fff]{2,6}[）)])?/.exec(par.draft.prose.slice(whole.endOffset, whole.endOffset + 20))?.[0] ?? '';
  const runs = after.match(/[\u4e00-\u9fff]{2,}/g) ?? [];
  if (runs.length > 0) return runs.map((run) => run.replace(/(?:有效?数据|参与评价|参评)$/, '')).filter((run) => run.length >= 2);
  return whole.measure.length >= 2 ? [whole.measure.slice(-2)] : [];
}

/**
 * 全区区考河流断面（共79个断面有数据）水质状况总体为优。Ⅰ~Ⅲ类优良水质断面76个，比例为96.2%，Ⅳ类轻度污染水质断面3个，比例为
 * 3.8%: a count followed by nothing but 比例为 (占, 占比) is a share of the whole of its kind the paragraph counted
 * before it with 共, in brackets or not: the things the count names end with the noun the whole counts (断面, 点位,
 * 水源地), and it is no larger. Only one such whole before it (one value), else nothing is read.
 */
function sharesOfACountedWhole(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const wholes = par.figures.filter(
    (f) => f.unit.kind === 'count' && exact(f) && !f.relational && !f.range && known(f) && COUNTED_WHOLE.test(par.draft.prose.slice(Math.max(f.clause.offset, f.offset - 4), f.offset)),
  );
  if (wholes.length === 0) return [];
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (read.has(p) || par.claimed.has(p) || !exact(p)) continue;
    const sentence = sentenceOf(par, p);
    const n = sentence[sentence.indexOf(p) - 1];
    if (!n || n.unit.kind !== 'count' || !exact(n) || !known(n) || n.relational || n.bracket) continue;
    if (!BARE_SHARE.test(textBetween(par.draft, n.endOffset, p.offset).replace(/\s/g, ''))) continue;
    const name = plainWords(n.measure);
    const fits = wholes.filter((w) => w.offset < n.offset && compatible(w.unit, n.unit) && w.normalized! >= n.normalized! && countedNouns(par, w).some((noun) => name.endsWith(noun)));
    const whole = uniqueValue(fits);
    if (!whole) continue;
    par.claimed.add(p);
    const r = ratioRelation('share', p, n, whole);
    if (r) out.push(r);
  }
  return out;
}

/** A share named by its part and 比例 (护理型床位比例达到): the part's name in group 1. */
const PART_PROPORTION = /^(?:其中)?([\u4e00-\u9fff]{2,12}?)(?:比例|比重)(?:为|是|达|达到)?$/;

/**
 * 拥有养老总床位4610张，…。其中护理型床位1248张，护理型床位比例达到30.96%: a percentage named by the count right before
 * it and 比例 is that count's share of the one total (总) of its paragraph before it whose name ends as the count's does
 * (总床位 for 护理型床位); nothing read with no such total, or two of other values.
 */
function sharesNamedByTheirPart(par: Paragraph, kinds: Map<Figure, PercentKind>, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (kinds.has(p) || read.has(p) || par.claimed.has(p) || !exact(p)) continue;
    const name = PART_PROPORTION.exec(plainHead(par.draft, p))?.[1];
    const sentence = sentenceOf(par, p);
    const n = sentence[sentence.indexOf(p) - 1];
    if (!name || !n || n.unit.kind === 'percent' || n.measure !== name || !exact(n) || !known(n) || n.relational || n.bracket) continue;
    const noun = name.slice(-2);
    const wholes = par.figures.filter(
      (f) =>
        f.offset < n.offset &&
        compatible(f.unit, n.unit) &&
        exact(f) &&
        known(f) &&
        !f.relational &&
        !f.bracket &&
        !NOT_A_TOTAL.test(f.measure) &&
        /总/.test(f.measure) &&
        f.measure.endsWith(noun) &&
        f.normalized! >= n.normalized!,
    );
    const whole = uniqueValue(wholes);
    if (!whole) continue;
    const plan = planOfWhatIsDone(par, n, name);
    // (the plan or the 总 whole: silent when either holds)
    const over = (den: Figure): { cast: ReadonlyArray<readonly [Figure, Role]>; reading: Reading | undefined } => ({
      cast: [
        [p, 'percent'],
        [n, 'numerator'],
        [den, 'denominator'],
      ],
      reading: quotientOver(p, n, { figure: den }),
    });
    const r = plan && exact(whole) ? relationAmong('share', p, [over(plan), over(whole)]) : ratioRelation('share', p, n, whole);
    if (r) out.push(r);
  }
  return out;
}

/**
 * 计划新开工项目51个，总投资349.22亿元，年度计划投资144.2亿元，…，1-12月完成投资175.52亿元，完成投资比例122%: the proportion
 * of what was done (完成投资) is of the year's plan its sentence states before it (175.52 ÷ 144.2 = 122%); the projects'
 * 总投资 is what they cost over all their years, against which a year's work is not measured. The one plan of the done
 * figure's unit in its sentence, or none.
 */
function planOfWhatIsDone(par: Paragraph, n: Figure, name: string): Figure | undefined {
  if (!/^(?:完成|实现)/.test(name)) return undefined;
  const plans = sentenceOf(par, n).filter((f) => f.offset < n.offset && PLAN.test(f.measure) && compatible(f.unit, n.unit) && exact(f) && known(f) && !f.relational && !f.bracket && f.normalized! > 0);
  return uniqueValue(plans);
}

/** Counted places, units and bodies: 4个一般受灾县完工8个 counts the projects of four counties, not four of them. */
const PLACES = /(?:县|区|市|镇|乡|村|省|州|旗|单位|部门|街道|社区)$/;

/**
 * 80个计划新开工项目开工建设76个，开工率95%; 88個新開工項目中已開工65個，開工率為73.9%; 245件建议中，已落实…的190件，落实率为78%:
 * a group counted before its noun (80个…项目), and in the same clause (or after its 中，) the count of them its rate's
 * verb names, right before the rate: the rate is the one over the other. The verb stands after the group's noun, the
 * count done is no larger than the group, and the group is not of places or bodies (4个一般受灾县完工8个).
 */
function rateOfACountedGroup(par: Paragraph, p: Figure, stem: string): Relation | undefined {
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
  if (!new RegExp(`^[，,][\\u4e00-\\u9fff]{0,4}${verb}率(?:为|达|达到|是)?$`).test(head)) return undefined;
  const between = plain(group.endOffset, n.offset);
  // (the group's noun, perhaps 中，, then words to the count: no figure, no other clause)
  if (!/^[\u4e00-\u9fff]{2,16}(?:中[，,])?[\u4e00-\u9fff]{0,20}$/.test(between)) return undefined;
  const at = between.lastIndexOf(verb);
  if (at < 0 || between.length - at - verb.length > 10) return undefined;
  const noun = between.slice(0, at).replace(/(?:中[，,]?)?(?:已|实际|累计|已经)?$/, '');
  if (noun.length < 2 || /[，,]/.test(noun) || PLACES.test(noun)) return undefined;
  return ratioRelation('rate', p, n, group, `${stem}率`);
}

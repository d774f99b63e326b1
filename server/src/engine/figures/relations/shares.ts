// Shares and rates: a part of a whole in percent (占年计划的50%, 占比19.4%, 分别占…的42.6%、57.4%), a rate and its
// base (办结率 = 办结 ÷ 交办), and shares of one whole that cannot add up to more than 100%. This file is the entry:
// `sharesAndRates` reads each percentage by its kind, a share naming its whole (wholes.ts) or a rate (rates.ts), then
// gives those left without a whole to the lists of shares and the wholes stated before them (shareLists.ts,
// orphanShares.ts), then to the readings by formula (indicators.ts, industries.ts, completions in rates.ts), and
// last checks that the shares of one whole in a sentence add up to no more than 100% (shareLists.ts).

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, known, type Expr } from './arithmetic';
import { bareMeasure, figuresBefore, headOf, plainHead, sentenceOf, textBetween, type Paragraph, type PercentKind } from './paragraph';
import { quotientOver, ratioRelation, relation, relationAmong, withRole, type Relation } from './relation';
import { CARRIED_OVER, CROSSING_CUTS, EACH_OWN_WHOLE, PLAN, SAVING_RATE, SHARE, SORTING } from './vocabulary';
import { ageBandShares, householdSizes, policyBirthRates, populationDensities, sexRatios, sharesOfThePopulation, turnout, urbanisation, vitalRates, yields } from './indicators';
import { structures, twoSidedStructures } from './industries';
import { sharesWithinTheSecondIndustry } from './nestedShares';
import { overABareNumber, ratiosOfTheirParts } from './ratios';
import { classSharesAcrossSentences } from './classShares';
import {
  pairOfSharesOfAnEarlierTotal,
  sharesAfterTheirSibling,
  sharesListedAfterTheirSibling,
  sharesBeforeTheirSibling,
  sharesOfAFigureWithin,
  sharesOfANamedEarlierWhole,
  sharesOfAnEarlierTotal,
  sharesOfASubPart,
  sharesOfTheWholeAbove,
} from './orphanShares';
import {
  budgetCompletions,
  courtClosingRate,
  decisionRate,
  closedInOtherWords,
  deniedOutcomeRate,
  rateOfTheCountBefore,
  rateOfTheCountOfTheSentenceBefore,
  excesses,
  filingRate,
  planCompletions,
  rate,
  rateAfterTheListed,
  rateOfACountedGroup,
  rateOfSharedBase,
  satisfiedRate,
  savingRate,
  startedUnderWayAndDone,
  auditCutRate,
  deliveryRate,
  CUT_RATE,
} from './rates';
import {
  bracketedProgress,
  bracketedShares,
  eachSharesInOrder,
  oneWholesShares,
  respectiveShares,
  sharesGoingOnAfterACut,
  sharesNamedByTheirPart,
  shareOfTheFewListed,
  sharesOfACountedWhole,
  sharesOfIntakeCountedOtherwise,
  sharesOfOneTotal,
  sharesOfOneTotalFrom,
  sharesOfOneWhole,
  sharesOfTheListedTogether,
  sharesOfTheirParts,
  sharesOfTheLabelledParts,
} from './shareLists';
import { EPS, orphanItems, quotient, wrongAllowed } from './shareParts';
import { halvesAfterQiZhong, share, shareOfTheCountBeforeQiZhong, shareOfTheLevelItNarrows } from './wholes';
import { ratesOfAnUnstatedBase } from './unstatedBases';
import { sharesUnderAListLead } from './listLeadShares';
import { screeningRates } from './screeningRates';

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
    const pool = figuresBefore(par, n.offset).reverse();
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
  out.push(...ratiosOfTheirParts(par));
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
      else if (EACH_OWN_WHOLE.test(k.words)) continue;
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
        else if (timely) {
          const t = timelyOfThePlainRate(par, p, k.stem, timely, out);
          if (t) out.push(t);
        }
        continue;
      }
      const r = (SAVING_RATE.test(k.stem) ? savingRate(par, p, k.stem) : undefined) ?? (CUT_RATE.test(k.stem) ? auditCutRate(par, p, k.stem) : undefined) ?? rate(par, p, k.stem, undefined, name);
      if (r && (r.holds || !overABareNumber(par, p, r))) out.push(r);
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
      (stem === '参选' ? turnout(par, p) : undefined) ??
      (stem === '使用' ? deliveryRate(par, p) : undefined) ??
      rateOfSharedBase(par, p, stem, out) ??
      (stem === '立案' ? filingRate(par, p) : undefined) ??
      (stem === '结案' ? courtClosingRate(par, p) : undefined) ??
      rateOfACountedGroup(par, p, stem) ??
      deniedOutcomeRate(par, p, k.name ?? p.measure) ??
      rateOfTheCountBefore(par, p, stem) ??
      closedInOtherWords(par, p, stem) ??
      rateOfTheCountOfTheSentenceBefore(par, p, stem);
    if (r && (r.holds || !overABareNumber(par, p, r))) out.push(r);
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
  out.push(...sharesListedAfterTheirSibling(par, orphans, out));
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
    ...twoSidedStructures(par),
    ...ageBandShares(par, new Set(out.map((r) => r.anchor))),
    ...sexRatios(par),
    ...policyBirthRates(par, new Set(out.map((r) => r.anchor))),
    ...householdSizes(par),
    ...sharesOfThePopulation(par, new Set(out.map((r) => r.anchor))),
    ...populationDensities(par),
    ...yields(par),
    ...excesses(par),
    ...budgetCompletions(par, kinds),
    ...planCompletions(par, kinds),
    ...vitalRates(par),
    ...sharesWithinTheSecondIndustry(par),
  );
  out.push(...sharesOfTheLabelledParts(par, new Set(out.map((r) => r.anchor))));
  out.push(...sharesOfACountedWhole(par, new Set(out.map((r) => r.anchor))));
  out.push(...sharesNamedByTheirPart(par, kinds, new Set(out.map((r) => r.anchor))));
  out.push(...shareOfTheFewListed(par, kinds, new Set(out.map((r) => r.anchor))));
  out.push(...sharesOfTheWholeAbove(par, left, kinds, new Set(out.map((r) => r.anchor))));
  out.push(...sharesUnderAListLead(par, new Set(out.map((r) => r.anchor))));
  out.push(...screeningRates(par, new Set(out.map((r) => r.anchor))));
  out.push(...halvesAfterQiZhong(par, new Set(out.map((r) => r.anchor))));
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
  out.push(...classSharesAcrossSentences(par, sentences));
  out.push(...sharesOfTheListedTogether(par, out));
  // 受理法律援助案件4714件，其中办理刑事法律援助案件2401件，占案件受理总数的50.93%: a share no reading found a whole for, right
  // after a part counted with 其中 right after its whole
  // (not in a list of such shares, which the readings of lists left silent: 其中社会保障类100件，占15.0%。住房建设类90件，占9.0%。…)
  const anchored = new Set(out.map((r) => r.anchor));
  const open = [...kinds].filter(([p, k]) => k.kind === 'share' && !anchored.has(p) && !par.claimed.has(p));
  for (const [p, k] of open.length === 1 ? open : []) {
    if (k.kind !== 'share') continue;
    const r = shareOfTheCountBeforeQiZhong(par, p, k.words);
    if (r) out.push(r);
  }
  // 在园（班）幼儿987853人。⏎普惠性幼儿园在园（班）幼儿668596人，…占总数的67.68%: a share still without a whole, whose part narrows
  // the measure of a level stated shortly before
  const unread = new Set(out.map((r) => r.anchor));
  for (const [p, k] of kinds) {
    if (k.kind !== 'share' || unread.has(p) || par.claimed.has(p)) continue;
    const r = shareOfTheLevelItNarrows(par, p, k.words);
    if (r) out.push(r);
  }
  // vital rates over a base not stated (unstatedBases.ts), decided on their values: two rates implying one base
  // (a whole of another year, a day's for a year's whole, the head noun for a kind are passed over where `share`,
  // wholes.ts, chooses the whole; last year's structure where `structures`, industries.ts, reads its terms)
  return out.filter((r) => !ratesOfAnUnstatedBase(r, out));
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
  const years = new Set(list.map((p) => /((?:19|20)[0-9]{2})\s*(?:年|度)/.exec(headOf(par.draft, p))?.[1] ?? yearOfThePart(par, p)).filter((y) => y !== undefined));
  return years.size >= 2;
}

/** A bare share (占74.03%) right after the clause of its part, opened by a year and 达 or 为 (1988年达4433.8万元). */
const BARE_SHARE_HEAD = /^(?:占|占比|比重为?|比例为?)$/;
const YEAR_OPENS_PART = /(?:^|[，,；;。])((?:19|20)[0-9]{2})年(?:底|末)?(?:达|达到|为|是|有)[0-9.]+[\u4e00-\u9fff]{0,3}[，,]$/;

/**
 * 人员经费…1986年达2952.19万元，占68.72%；1988年达4433.8万元，占74.03%，1990年达5810.7元，占72.8%: a share whose clause is
 * a bare 占, right after its part's clause that a year opens, is the share of that year: its year, for ofYears.
 */
function yearOfThePart(par: Paragraph, p: Figure): string | undefined {
  if (!BARE_SHARE_HEAD.test(headOf(par.draft, p))) return undefined;
  const before = textBetween(par.draft, Math.max(p.period, p.clause.offset - 30), p.clause.offset).replace(/\s/g, '');
  return YEAR_OPENS_PART.exec(before)?.[1];
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
 * Whether the words a share names its whole by are each item's own plan (占年度计划的62.8%, 占目标任务的52%): not the
 * plan of all items together, named with 总 (欠进度的有17个，占总任务的7.7%；超进度的有10个，占总任务的4.5%；…: the
 * tasks counted all together, one whole the items are parts of, as 占总数的 names one).
 */
function ownPlan(words: string): boolean {
  return PLAN.test(words) && !/^总(?:任务|计划|目标)(?:数)?(?:的)?$/.test(words);
}

/** A budget a share is a completion of (占年初预算的, 占调整预算), not a revenue or spending named 一般公共预算收入. */
const BUDGET_OF = /预算(?!收入|支出)/;

/**
 * 其中即办件办结率达100% / 其中，灵沙乡村级河长巡河率为78.9%: a rate whose clause opens with 其中 (or follows it alone)
 * names a narrower subject.
 */
function afterQiZhong(par: Paragraph, p: Figure): boolean {
  return /^其中[：:，,]?/.test(headOf(par.draft, p)) || /(?:^|[，,；;：:])其中[：:，,]?$/.test(textBetween(par.draft, p.sentence.offset, p.clause.offset).replace(/\s/g, ''));
}

/**
 * 应结案数16550件，结案数16519件，结案率99.81%；按期结案数16467件，按期结案率99.50%: an on-time rate in a sentence of its
 * own, its count right before it, is of the cases the plain rate of the sentence before is of (16467 ÷ 16550), when that
 * rate was read and holds (across ； or 。: 应结案数16109件，结案数16103件，结案率99.96%。按期结案数16005件，按期结案率99.35%).
 */
function timelyOfThePlainRate(par: Paragraph, p: Figure, stem: string, qualifier: string, read: readonly Relation[]): Relation | undefined {
  const own = sentenceOf(par, p).filter((f) => f.offset < p.offset);
  const n = own[own.length - 1];
  if (own.length !== 1 || !n || n.unit.kind === 'percent' || !n.measure.includes(qualifier) || !n.measure.includes(stem) || !exact(n) || n.relational) return undefined;
  const previous = Math.max(...[...par.sentences.keys()].filter((k) => k < p.sentence.offset));
  const plain = (par.sentences.get(previous) ?? []).filter((q) => q.unit.kind === 'percent' && !q.bracket && q.measure.endsWith(`${stem}率`) && !q.measure.includes(qualifier));
  const q = plain[plain.length - 1];
  const r = q && read.find((x) => x.kind === 'rate' && withRole(x, 'percent') === q);
  const base = r?.holds ? withRole(r, 'denominator') : undefined;
  if (!r || !base || r.roles.filter((role) => role === 'denominator').length !== 1 || !compatible(base.unit, n.unit)) return undefined;
  return ratioRelation('rate', p, n, base, `${qualifier}${stem}率`);
}

/** Words before a rate's stem that make it a rate of a subset: 法定审限内结案率, 按期办结率, 及时签收率. */
const QUALIFIED = /(?:审限内|时限内|期限内|按期|按时|及时|限期|当月|当日|一次性)$/;

/** Kinds of profit a profit rate may be of (营业利润率 = 营业利润 ÷ 营业收入): not 利润总额. */
const PROFIT_KIND = /(?:营业|销售|主营业务|成本费用|成本|资产|净|毛)$/;

/** A bracketed gloss naming a share the urbanisation rate: （常住人口城镇化率）为, （即城镇化率）. */
const URBANISATION_GLOSS = /[（(][^（）()]{0,12}城镇化率[）)](?:为|是|达|达到)?\s*$/;

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

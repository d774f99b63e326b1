// Lists of shares: shares paired with their parts by order (分别占, 各占, 占比分别为), bracketed shares and progress,
// shares of one total that name no whole (占36.3%；…占21.9%), shares of the parts' own sum, of labelled parts (同城、
// 异地…分别为), and the guard that shares of one whole add up to no more than 100% (nested thresholds, several wholes,
// overlapping categories are no such shares).

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { added, exact, halfUnit, judge, known, rangeOf, type Expr, type Reading } from './arithmetic';
import { uniqueValue } from './cache';
import { namedExactly, sameThing, suffixLength } from './names';
import { bareMeasure, figuresBefore, headOf, listedFrom, plainHead, sentenceOf, textBetween, yearOf, type Paragraph, type PercentKind } from './paragraph';
import { plainWords, simplified } from '../../text';
import { quotientOver, ratioRelation, relation, relationAmong, withRole, type Relation, type Role } from './relation';
import { EACH_OWN_WHOLE, EACH_SHARE, INTAKE_WORDS, MEASURE_NOUN, NOT_A_STATED_TOTAL, NOT_A_TOTAL, PLAN, SHARE, SORTING } from './vocabulary';
import { ageBandOf } from './indicators';
import { industryShares, PRODUCT, PRODUCT_WORDS, statements } from './industries';
import { otherHalf, sharesOfAnEarlierTotal } from './orphanShares';
import { dividedBy, eachShareOf, enoughHold, EPS, exhaustive, lastBefore, orphanItems, quotient, runOnLevel, wholeOfParts, wrongAllowed } from './shareParts';
import { shareOfTheWhole, TOTAL_NAMED, totalStatedBefore } from './wholes';

/**
 * 班子成员共1748人，其中女性成员303人，女性正职14人，各占17.3%和3.3%: 各占 before two shares or more pairs the counts before
 * it with the shares in order, like 分别占, but naming no whole it leaves each count's whole to its own name: 女性成员 is a
 * part of the 成员 stated before it, 女性正职 of the 正职, which no figure states (so that share is not read). The shares
 * are claimed, read so or not. (A single share after 各占, 社会保障和社会管理类各9件，各占比9%, is read as any share.)
 */
export function eachSharesInOrder(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
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

/**
 * 其中：武汉企业总数40.52万户…；襄阳、宜昌企业总数分别为8.32万户、6.38万户，分别占全省企业总数的8.16%、6.25%: a whole named
 * by the whole scope (全省企业总数) is not a figure whose name puts a place or body of two characters or more in that
 * scope's stead (武汉企业总数): that one is a part of the whole, a peer of the listed parts.
 */
function narrowerThanWhole(words: string, f: Figure): boolean {
  const scope = /^全[省市国区县州]/.exec(words)?.[0];
  if (!scope) return false;
  const measure = bareMeasure(f);
  const rest = words.slice(scope.length);
  if (rest.length < 2 || !measure.endsWith(rest)) return false;
  const head = measure.slice(0, -rest.length);
  return /^[\u4e00-\u9fff]{2,}$/.test(head) && !/^(?:全|我|本|总)/.test(head) && !head.endsWith(scope.slice(1));
}

/** A year written in words (1936年, 2023年): group 1 its digits. */
const YEAR_WRITTEN = /((?:19|20)[0-9]{2})年/g;

/**
 * 向日本输出的货物主要是煤，民国25年（1936年）为17.5万吨，民国26年上半年14.7万吨，分别占吞吐量的34.3%和49%。⏎…⏎1953年，…吞吐量上升到
 * 35.12万吨 (heldout181/kouan-lianyungang-05): parts stated for years of their own take each its share of that year's
 * whole; a figure named like the whole in another paragraph, dated by a year the parts' sentence does not name, is
 * another year's, never their base (when the years' own wholes are not stated, nothing is checked).
 */
function ofAnotherYear(par: Paragraph, p: Figure, whole: Figure): boolean {
  if (whole.para.offset === p.para.offset) return false;
  const own = yearOf(whole);
  if (own === undefined) return false;
  const years = [...textBetween(par.draft, p.sentence.offset, p.offset).matchAll(YEAR_WRITTEN)].map((m) => Number(m[1]));
  return years.length > 0 && !years.includes(own);
}

/** Below this share of its parts together a figure named like their whole is another list's part, not the whole. */
const PART_OF_PARTS = 0.9;

/** 第二产业、第三产业税收分别为4.12亿元、5.56亿元，分别占税收收入的42.6%、57.4%: pair by order. */
export function respectiveShares(par: Paragraph, p: Figure, group: Figure[], words: string): Relation[] {
  const out: Relation[] = [];
  // 分别占年度计划的102%、86%、97%: each item's completion of its own plan, neither a share of one whole nor checkable
  if (PLAN.test(words) || /预算/.test(words)) return out;
  // 东、中、西部和东北地区…分别占本地区移动电话用户总数的比重分别为26.6%、25.8%…: each region's share of its own whole
  if (EACH_OWN_WHOLE.test(words)) return out;
  if (ofEachListedResource(par, p)) return out;
  // 分别占我1-9月出口总量和总额的58.36%和50.47%: two wholes named, the volume and the value, one share of each
  if (group.length === 2 && twoWholes(words)) return out;
  const [first, second] = group.length === 2 ? twoNamedWholes(par, p, words) : [];
  if (first && second) {
    group.forEach((q, k) => {
      const r = ratioRelation('share', q, [first, second][k]!.part, [first, second][k]!.whole);
      if (r) out.push(r);
    });
    return out;
  }
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
        ? par.lookups
            .named(words)
            .filter(
              (f) =>
                !parts.includes(f) &&
                compatible(f.unit, parts[0]!.unit) &&
                exact(f) &&
                !f.relational &&
                !(known(f) && f.normalized < together - EPS) &&
                !narrowerThanWhole(words, f) &&
                !ofAnotherYear(par, p, f),
            )
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
  const ownTotals = OWN_TOTALS.exec(words);
  if (out.length === 0 && parts.length === group.length && ownTotals) out.push(...sharesOfTheirOwnTotals(par, group, parts, ownTotals[1], !!ownTotals[2]));
  if (out.length === 0 && parts.length === 2 && group.length === 2 && words === '') out.push(...sharesOfAnEarlierPair(par, group, parts));
  if (out.length === 0 && parts.length === 2 && group.length === 2 && words.length >= 2) out.push(...sharesOfAPairStatedBefore(par, group, parts, words));
  if (out.length === 0 && parts.length === 2 && group.length === 2 && words.length >= 2) out.push(...sharesOfAPairNamedBefore(par, group, parts, words));
  if (out.length === 0 && parts.length === group.length && words.length >= 2) out.push(...sharesOfTheBrokenDownWhole(par, group, parts));
  if (group.length >= 2 && group.every((q) => known(q) && !q.approximate) && !ofListedMeasures(par, p, group.length)) {
    const r = sharesOfOneWhole(par, group, parts.length === group.length ? parts : undefined);
    if (r) out.push(r);
  }
  return out;
}

/** A list of resources, a verb of what they go to and its object, then 比重 分别为: 新增能耗、新增工业用地支持民间投资项目比重分别为. */
const ALLOCATED_FROM_EACH = /[、和及与][^，,。；;：:、]{2,12}(?:支持|用于|投向|投入|投放|流向)[^，,。；;：:、]{2,16}(?:比重|比例|占比)分别(?:为|达)?$/;

/**
 * 专项产业基金、新增能耗、新增工业用地支持民间投资项目比重分别为99.3%、93.8%、84.6%: the share of each listed resource that
 * goes (支持, 用于, 投向) to one use, each of its own resource (the fund, the energy quota, the land): never parts of
 * one whole, never summed. (东、中、西部地区快递业务量比重分别为 name no verb: the regions are parts of the measure.)
 */
function ofEachListedResource(par: Paragraph, p: Figure): boolean {
  return ALLOCATED_FROM_EACH.test(textBetween(par.draft, p.sentence.offset, p.offset).replace(/\s/g, ''));
}

/** Measures of one thing that a share may be of: its volume or count, its value. */
const WHOLE_MEASURE = /(?:总量|数量|总额|金额|总数|人数|产量|产值)$/;

/**
 * 分别占我1-9月出口总量和总额的58.36%和50.47%: the words of a 分别占 naming two wholes joined by 和 (与, 及, 、), each a
 * measure of its own (总量, 总额; 数量, 金额), give one share of each, in order: never summed as parts of one whole.
 */
function twoWholes(words: string): boolean {
  const named = words.replace(/的$/, '');
  const at = Math.max(...[...'和与及、'].map((c) => named.lastIndexOf(c)));
  if (at < 0) return false;
  const [first, second] = [named.slice(0, at), named.slice(at + 1)];
  const a = WHOLE_MEASURE.exec(first)?.[0];
  const b = WHOLE_MEASURE.exec(second)?.[0];
  return a !== undefined && b !== undefined && a !== b && second.length <= 6;
}

/**
 * 项目区有农户737户，农业人口2809人。…项目区内现有贫困户144户，贫困人口578人，分别占项目区农户及农业人口的19.54%和20.58%
 * (heldout54/fupin-lianpian-01): the words of a 分别占 naming two wholes joined by 及 (和, 与, 、), each of two characters or
 * more besides 总量, 总额…, after two parts counted in other units (户, 人): each part's whole is the one value its name
 * finds before the parts, of the part's unit and larger than it. Nothing is read unless both are found.
 */
function twoNamedWholes(par: Paragraph, p: Figure, words: string): Array<{ part: Figure; whole: Figure }> {
  const names = words.replace(/的$/, '').split(/[和与及、]/);
  if (names.length !== 2 || names.some((n) => n.replace(WHOLE_MEASURE, '').length < 2)) return [];
  const parts = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.clause.offset && f.unit.kind !== 'percent' && !f.relational && !f.bracket).slice(-2);
  if (parts.length !== 2 || compatible(parts[0]!.unit, parts[1]!.unit) || !parts.every((f) => exact(f) && known(f))) return [];
  const found = parts.map((part, k) => {
    const named = par.lookups
      .named(names[k]!)
      .filter((f) => f.offset < parts[0]!.offset && compatible(f.unit, part.unit) && exact(f) && known(f) && !f.relational && !f.bracket && !f.range && f.normalized > part.normalized! + EPS);
    const whole = uniqueValue(named);
    return whole ? { part, whole } : undefined;
  });
  return found.every(Boolean) ? (found as Array<{ part: Figure; whole: Figure }>) : [];
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
 * 吸纳技术合同8024项，成交额428.4亿元。吸纳技术合同中，省外合同1791项，成交额220.7亿元，分别占全部吸纳技术合同的22.3%和51.5%:
 * a count and the amount of what it counts (成交额 of 省外合同), whose words name one whole, are shares of the count and the
 * amount stated together before them, in one sentence of the paragraph or of the ones before it: a count of the same
 * noun (合同) and right after it an amount whose name ends with the part's (成交额, 合同成交金额 for 成交金额). When the
 * words name some of the counts so paired (吸纳技术合同, not 输出技术合同), only those; read only when the pairs found have one
 * value each.
 */
function sharesOfAPairStatedBefore(par: Paragraph, group: readonly Figure[], parts: readonly Figure[], words: string): Relation[] {
  const [count, amount] = parts as [Figure, Figure];
  const measure = bareMeasure(amount);
  if (count.unit.kind !== 'count' || compatible(count.unit, amount.unit) || amount.key !== `${count.key}·${measure}` || measure.length < 2) return [];
  if (![count, amount, ...group].every((f) => exact(f) && known(f))) return [];
  const noun = bareMeasure(count).slice(-2);
  const level = (f: Figure, part: Figure): boolean => compatible(f.unit, part.unit) && exact(f) && known(f) && !f.relational && !f.bracket && !f.range && f.normalized > part.normalized! + EPS;
  const pool = [...par.lookups.earlier(), ...par.figures.filter((f) => f.sentence.offset < count.sentence.offset)];
  const pairs: Array<[Figure, Figure]> = [];
  pool.forEach((f, k) => {
    const next = pool[k + 1];
    if (!next || next.sentence.offset !== f.sentence.offset || !level(f, count) || !level(next, amount)) return;
    if (!bareMeasure(f).endsWith(noun) || !simplified(bareMeasure(next)).endsWith(simplified(measure))) return;
    pairs.push([f, next]);
  });
  // (全部输出技术合同 names 输出技术合同 by its very name; 吸纳技术合同 only by the head noun they share)
  const exactly = pairs.filter(([c]) => namedExactly(words, c));
  const named = exactly.length > 0 ? exactly : pairs.filter(([c]) => sameThing(words, c));
  const found = named.length > 0 ? named : pairs;
  const wholes = [uniqueValue(found.map(([c]) => c)), uniqueValue(found.map(([, a]) => a))];
  if (!wholes[0] || !wholes[1]) return [];
  return group.map((q, k) => ratioRelation('share', q, parts[k]!, wholes[k]!)).filter((r): r is Relation => !!r);
}

/** The words of a 分别占 naming the count a pair is of, without 到 (分别占到) and 总数 (在建项目总数): 在建项目. */
function countNamed(words: string): string {
  return words.replace(/^到/, '').replace(/^([\u4e00-\u9fff]{2,})(?:总数|总量)$/, '$1');
}

/** A count restated at the head of its list's sentence: 80个在建项目中，; 在117个新签约项目中，. */
const RESTATED_AMONG = /^[\u4e00-\u9fff]{2,12}中[，,]/;

/**
 * 本次集中签约重大招商项目70个，正式合同投资额2086.7亿元。…工业项目达到49个，正式合同投资额1768.5亿元，分别占到本次集中签约
 * 项目的70.0%和84.8% (heldout141/zhaoshang-chongqing-01); 投资5000万元以上在建内资项目80个，同比增加11个，投资总额415.9亿元…。
 * 80个在建项目中，战略新兴产业项目20个，投资总额97.3亿元，分别占在建项目总数的25%和23.4% (heldout141/zhaoshang-laixi-01);
 * 接报居住场所火灾16.7万起、亡682人…。自建住宅火灾共10.1万起、亡360人，分别占居住场所火灾的60.5%和52.8%
 * (heldout92/xiaofang-quanguo-01): a count and the amount stated with it (the next figure, keyed to the count or named
 * alone right after it; 亡 of one character only as itself), whose words name the count (without 到 and 总数), are shares
 * of the count and the amount stated together earlier, the count's name ending with the part's head noun (项目, 火灾)
 * and named by the words, the amount's name ending with the part's (a change between them, 同比增加11个, skipped). Only
 * pairs the words name; when the list's sentence restates a count at its head (80个在建项目中), only the pairs of that
 * count's value (not 投资亿元以上在建项目77个 of 414亿元, a part of the 80). Read when the pairs so found have one value each.
 */
function sharesOfAPairNamedBefore(par: Paragraph, group: readonly Figure[], parts: readonly Figure[], words: string): Relation[] {
  const [count, amount] = parts as [Figure, Figure];
  const measure = bareMeasure(amount);
  if (count.unit.kind !== 'count' || compatible(count.unit, amount.unit) || measure.length < 1) return [];
  if (![count, amount, ...group].every((f) => exact(f) && known(f))) return [];
  // (the amount keyed to the count, or named alone right after it: 工业项目达到49个，正式合同投资额1768.5亿元)
  const alone = amount.key === measure && /^[，,、]$/.test(textBetween(par.draft, count.endOffset, amount.offset).replace(measure, '').trim());
  if (amount.key !== `${count.key}·${measure}` && !alone) return [];
  const named = countNamed(words);
  const noun = bareMeasure(count).slice(-2);
  if (named.length < 2 || noun.length < 2) return [];
  const level = (f: Figure, part: Figure): boolean => compatible(f.unit, part.unit) && exact(f) && known(f) && !f.relational && !f.bracket && !f.range && f.normalized > part.normalized! + EPS;
  const amountAlike = (f: Figure): boolean => (measure.length >= 2 ? simplified(bareMeasure(f)).endsWith(simplified(measure)) : bareMeasure(f) === measure);
  const pool = [...par.lookups.earlier(), ...par.figures.filter((f) => f.sentence.offset < count.sentence.offset)].filter((f) => !f.relational);
  const pairs: Array<[Figure, Figure]> = [];
  pool.forEach((f, k) => {
    const next = pool[k + 1];
    if (!next || next.sentence.offset !== f.sentence.offset || !level(f, count) || !level(next, amount)) return;
    if (!bareMeasure(f).endsWith(noun) || !amountAlike(next) || !(namedExactly(named, f) || sameThing(named, f))) return;
    pairs.push([f, next]);
  });
  const restated = (par.periods.get(count.period) ?? []).find(
    (f) => f.offset < count.offset && compatible(f.unit, count.unit) && exact(f) && !f.relational && RESTATED_AMONG.test(par.draft.prose.slice(f.endOffset, f.endOffset + 16)),
  );
  const found = restated ? pairs.filter(([c]) => Math.abs(c.normalized! - restated.normalized!) < EPS) : pairs;
  const wholes = [uniqueValue(found.map(([c]) => c)), uniqueValue(found.map(([, a]) => a))];
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
  const whole = wholeOfTheList(par, parts) ?? wholeSplitExactly(par, group, parts);
  if (!whole || !group.every((q) => exact(q) && !q.approximate)) return [];
  const items = group.map((p, k) => ({ p, part: parts[k]! }));
  if (!enoughHold(items, { figure: whole }) && !splitExactly(group, parts, whole)) return [];
  return group.map((q, k) => ratioRelation('share', q, parts[k]!, whole)).filter((r): r is Relation => !!r);
}

/**
 * 实有户数为884775户。…一、二、三圈层中的…户数分别是438718户、263405户、182652户，…分别占总户数的49.58%、29.8%和20.62%: parts
 * that add up to the whole exactly, with shares that add up to 100%, are the whole split and its structure, however
 * many of the shares come out wrong (two here: 49.59%, 20.64%, the last taken as the remainder). The one level earlier
 * in the paragraph that the parts add up to exactly, past the figures of another list between (the same whole split by
 * industry before it is split by 圈层).
 */
function wholeSplitExactly(par: Paragraph, group: readonly Figure[], parts: readonly Figure[]): Figure | undefined {
  // (the cheap test first: shares adding up to 100%; then a bounded look back, a fixed number of figures)
  if (group.length < 3 || !makeAHundred(group)) return undefined;
  const at = par.figures.indexOf(parts[0]!);
  const before = par.figures.slice(Math.max(0, at - SPLIT_REACH), Math.max(0, at)).filter((f) => !f.bracket && !f.relational && compatible(f.unit, parts[0]!.unit));
  return uniqueValue(before.filter((f) => known(f) && splitExactly(group, parts, f)));
}

/** How many figures before the parts are looked at for the whole they split exactly. */
const SPLIT_REACH = 40;

function splitExactly(group: readonly Figure[], parts: readonly Figure[], whole: Figure): boolean {
  if (group.length < 3 || !makeAHundred(group) || !parts.every((f) => exact(f) && known(f))) return false;
  const sum = parts.reduce((s, f) => s + f.normalized!, 0);
  return Math.abs(sum - whole.normalized!) < EPS;
}

/**
 * The words of shares each of its own measure's total: 总数, 总量, after the period (group 1) and the scope the totals are
 * of: 分别占前三季度总数的41%、48%, 分别占前三季度全国总数的33%和37%, 分别占前三季度各灾种总数的75%、76%; or each of its
 * own kind's (group 2): 抢险救援12.8万起、社会救助35.9万起，分别占全年同类警情的29%和41.8%.
 */
const OWN_TOTALS = /^(前[一二三四五六七八九十]{1,2}(?:季度|个月)|[一二三四]季度|上半年)?(?:全年)?(?:全国|全省|全市|全区|全县|各灾种)?(?:总数|总量|(同类)[\u4e00-\u9fff]{0,4})$/;

/**
 * 共接报火灾28.1万起，亡1390人，伤881人，已核直接财产损失36亿元。…非重点单位的火灾共25.8万起，亡1317人，伤810人，直接财产
 * 损失31.5亿元，分别占总数的91.8%、94.7%、91.9%和87.6%: parts of several measures, each a share of its own measure's
 * total: the first statement in the draft before them of the same name (its last words: 火灾, 亡, 直接财产损失) and
 * unit, larger than the part. Read only when the totals so found give all the shares but one (of three or more).
 * Parts of one measure (1074起、923起和553起 of 发生火灾) find one total, their whole.
 */
function sharesOfTheirOwnTotals(par: Paragraph, group: readonly Figure[], parts: readonly Figure[], period?: string, ofItsKind = false): Relation[] {
  // (two shares, of two measures counted apart, each finding a total of its own: 各类违法驾驶共造成事故629起，死亡138人，分别占总数的
  // 55.32%和56.62% after 全省共发生道路交通事故1137起，死亡252人: read when the one confirms the reading the other is held to)
  // (同类: two kinds of one measure, each a share of its own kind's total: 抢险救援12.8万起、社会救助35.9万起，分别占全年同类警情的
  // 29%和41.8% after 抢险救援44.2万起…参与社会救助85.8万起)
  const twoMeasures = group.length === 2 && parts.length === 2 && (ofItsKind || !compatible(parts[0]!.unit, parts[1]!.unit));
  if ((group.length < 3 && !twoMeasures) || !group.every((q) => exact(q)) || !parts.every((f) => exact(f))) return [];
  const pool = [...par.lookups.earlier(), ...par.figures].filter((f) => exact(f) && !f.relational && !f.bracket && !f.range && !f.distributive);
  const totals = parts.map((part) => {
    // (1074起、923起和553起: a part listed after the first with no words of its own, or only 和, is named as the first)
    const own = bareMeasure(part);
    const name = /^[和及与]?$/.test(own) && compatible(part.unit, parts[0]!.unit) ? bareMeasure(parts[0]!) : own;
    const alike = (f: Figure): boolean => {
      const other = bareMeasure(f);
      return name.length === 1 ? other === name : suffixLength(other, name) >= 2;
    };
    // (前三季度总数: the first statement of the period named, 前三季度 in its scope)
    const ofPeriod = (f: Figure): boolean => !period || f.scope.includes(period);
    return pool.find((f) => f.offset < part.offset && !(parts as readonly Figure[]).includes(f) && compatible(f.unit, part.unit) && alike(f) && ofPeriod(f) && (f.normalized ?? 0) > part.normalized);
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
  const sum = parts.reduce((s, f) => s + f.normalized!, 0);
  const adds = (whole: Figure): boolean => !whole.relational && exact(whole) && known(whole) && whole.normalized > 0 && Math.abs(sum - whole.normalized) <= whole.normalized * 0.01;
  // (受理信访事项1286件次，比上年同期减少116件次。其中，来信312件次，…分别占总量的24.3%、…: a difference stated after the
  // level is no level; the parts break down the level before it)
  const before = par.figures.filter((f) => f.offset < parts[0]!.offset && !f.bracket && !f.relational && compatible(f.unit, parts[0]!.unit));
  const whole = before[before.length - 1];
  if (whole) return adds(whole) ? whole : undefined;
  // 在工业企业法人单位中，采矿业30个，制造业2068个，…，分别占1.3%、93.0%和5.7%: a sentence opened by the name of a whole and
  // 中, no figure before it in its paragraph, breaks down the figure so named earlier in the draft (2234个) that its parts add up to
  const named = AMONG_OPENS.exec(textBetween(par.draft, parts[0]!.sentence.offset, parts[0]!.offset))?.[1];
  if (!named) return undefined;
  return uniqueValue(par.lookups.named(named).filter((f) => f.offset < parts[0]!.offset && !f.bracket && compatible(f.unit, parts[0]!.unit) && adds(f)));
}

/** A sentence opened by the name of a whole and 中: 在工业企业法人单位从业人员中，. */
const AMONG_OPENS = /^\s*在([\u4e00-\u9fff]{2,16})中[，,：:]/;

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
 * 涉及经济建设方面的提案290件，占36.3%；涉及科技…方面的提案175件，占21.9%；…: shares that name no whole, listed
 * together, are of the one total before them that makes them hold: a total that gives all of them but one is the
 * whole, and the one it does not give is wrong. No such total, no relation (the whole may not be stated). A share cut
 * off at its decimals (提案19件，占比14% of 130件) counts as given (`dividedBy`): the writer divided by that total.
 */
export function sharesOfOneTotal(par: Paragraph, orphans: Figure[]): Relation[] {
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
export function sharesOfOneTotalFrom(par: Paragraph, orphans: Figure[], wholes?: readonly Figure[]): Relation[] {
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
    const holds = items.filter((x) => dividedBy(x.p, x.part, { figure: total })).length;
    if (!best || holds > best.holds) {
      best = { total, holds };
      tie = false;
    } else if (holds === best.holds) tie = true;
  }
  const complete = wholeOfParts(items, totals);
  if (complete && sharesOfTheirOwnWholes(items, complete)) return [];
  const whole = writersBase(items, complete, best && !tie ? best : undefined) ?? (!best || tie || best.holds < items.length - wrongAllowed(items.length) ? undefined : best.total);
  if (!whole) return [];
  return eachShareOf(par, items, whole);
}

/**
 * 全市31个乡镇纪委开展了立案调查工作…。其中原州区6个乡镇纪委有立案案件，占乡镇数55%；西吉县10个…，占乡镇数53%；…: parts that
 * add up to the total before them, each with a share, the shares together over 100% and fewer than half of them given
 * by that total (one may be by chance): each is its part's share of a whole of its own (the county's towns, not
 * stated), not of the total the parts make, whose shares could not pass 100%. One share wrong in a list of three or
 * more leaves most holding, and the list is read.
 */
function sharesOfTheirOwnWholes(items: ReadonlyArray<{ p: Figure; part: Figure }>, complete: Figure): boolean {
  const shares = rangeOf({ op: '+', args: items.map((x) => ({ figure: x.p })) });
  return shares.lo > 100 && 2 * items.filter((x) => dividedBy(x.p, x.part, { figure: complete })).length < items.length;
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
export function bracketedShares(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
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

export function bracketedProgress(par: Paragraph): Relation[] {
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
export function sharesOfTheirParts(par: Paragraph, shares: readonly Figure[]): Relation[] {
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
export function sharesOfIntakeCountedOtherwise(par: Paragraph, shares: readonly Figure[]): Relation[] {
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
export function sharesGoingOnAfterACut(par: Paragraph, shares: readonly Figure[], found: readonly Relation[]): Relation[] {
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
export function sharesOfTheLabelledParts(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
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
 * b類人員家庭42戶，占低保戶的19.3%，其中：單親家庭14戶24人、教育負擔重家庭18戶48人，c類人員家庭111戶，占低保戶的51%: the
 * items after 其中 listed without shares, a share comes only after a later count (of the next item, c類); it is that count's
 * share, a sibling of the whole's, not a part of it. Two counts of one unit or more between 其中 and the first share.
 */
function countsListedBeforeShare(par: Paragraph, whole: Figure, first: Figure): boolean {
  const at = whole.endOffset + textBetween(par.draft, whole.endOffset, first.offset).indexOf('其中');
  const counts = par.figures.filter((f) => f.offset > at && f.endOffset <= first.offset && !f.relational && f.unit.kind !== 'percent' && f.unit.kind !== 'points');
  const unit = counts[0]?.unit;
  return !!unit && counts.filter((f) => f.unit.text === unit.text).length >= 2;
}

/** Shares (two or more) that add up to 100% at the precision written: 96.2% + 3.7% + 0.1%. */
function makeAHundred(shares: readonly Figure[]): boolean {
  if (shares.length < 2 || !shares.every(known)) return false;
  const sum = shares.reduce((n, p) => n + p.normalized!, 0);
  const slack = shares.reduce((n, p) => n + halfUnit(p), 0);
  return Math.abs(sum - 100) <= slack + EPS;
}

/**
 * The shares of a sentence that are added up as shares of one whole: not one after 特别是/尤其是 (a subset of the
 * share before it: 采矿业占比96.05%，特别是煤炭开采和洗选业占比95.56%, which is checked to be no larger), nor a clause
 * restated word for word.
 */
export function oneWholesShares(par: Paragraph, all: readonly Figure[], out: Relation[], after: readonly Figure[] = []): Figure[] {
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
    // (in 繁體 too, read in simplified characters: 佔全國鄉（鎮）總數99.98%，其中…；通公路的建制村佔全國建制村總數99.82%)
    const named = [whole, ...parts].map((p) => SHARE.exec(plainHead(par.draft, p))?.[1] ?? '');
    const ofPlans = named.some((w) => PLAN.test(w));
    // 占全县工业总产值66%，其中主导产业…，占园区总产值67.7%: shares of wholes named apart
    const apart = new Set(named.filter((w) => w.length >= 2)).size > 1;
    // 全市企业收入总计26449万元，占同期财政收入的5.3%，其中，利润收入为25435万元，占96.2%，…占3.7%，…占0.1%
    // (heldout170/caizheng-lianyungang-01): bare shares after 其中 that make 100% between them, after a share naming a
    // whole of its own, split the level before that share (the 26449万元), not the share: they are no parts of it
    const ofTheLevel = named[0]!.length >= 2 && named.slice(1).every((w) => w === '') && makeAHundred(parts);
    if (
      alone &&
      !ofPlans &&
      !apart &&
      !ofTheLevel &&
      !countBeforeQizhong(par, whole, parts[0]!) &&
      !countsListedBeforeShare(par, whole, parts[0]!) &&
      parts.every((p) => known(p) && !p.approximate) &&
      known(whole) &&
      !whole.approximate
    ) {
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
  const stated = figuresBefore(par, list[0]!.offset).filter((f) => exact(f) && known(f) && !f.relational && !f.approximate && compatible(f.unit, first.unit) && !parts.includes(f));
  // (and the parts, at their least, more than it at its most: 0.72、0.02和0.59亿元 of 1.32亿元 are one breakdown whose
  // shares, 54.54% + 1.51% + 44.69%, must come to 100%, the parts' rounding leaving room for each alone)
  const together = rangeOf(added(parts as Figure[])).lo;
  return stated.some((f) => f.normalized! >= lo && f.normalized! <= hi && together > f.normalized! + halfUnit(f));
}

/** Shares of one whole must not add up to more than 100%. `parts`: the part each share is of, when paired by 分别. */
export function sharesOfOneWhole(par: Paragraph, list: Figure[], parts?: readonly Figure[]): Relation | undefined {
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
export function sharesOfACountedWhole(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
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
export function sharesNamedByTheirPart(par: Paragraph, kinds: Map<Figure, PercentKind>, read: ReadonlySet<Figure>): Relation[] {
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

/** 对上述5地出口合计占: the few listed before, counted (上述, 以上), their figures together a share of the whole after 占. */
const THE_FEW_LISTED = /(?:上述|以上)([2-9两二三四五六七八九])(?:个|家|地|国|类|项)?[\u4e00-\u9fff]{0,6}合计占/;
/** Chinese digits of a count of a few: 两 and 二 are both two. */
const FEW = '两二三四五六七八九';

/**
 * 1季度，我国对摩洛哥出口茶叶1.1万吨，…；对美国出口0.7万吨，…；…对日本出口0.4万吨，…。对上述5地出口合计占同期我国茶叶
 * 出口总量的47.5%: the few listed before, counted by 上述 or 以上, together over the whole the share's words name. Read
 * only when the paragraph before the share states exactly that many figures of one unit (their changes apart), and
 * the whole's words name one value more than their sum.
 */
export function shareOfTheFewListed(par: Paragraph, kinds: Map<Figure, PercentKind>, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  if (!(par.figures[0]?.para.prose ?? '').includes('合计占')) return out;
  for (const p of par.percents) {
    const kind = kinds.get(p);
    if (read.has(p) || kind?.kind !== 'share' || !exact(p)) continue;
    const m = THE_FEW_LISTED.exec(textBetween(par.draft, p.sentence.offset, p.offset));
    if (!m) continue;
    const n = /[0-9]/.test(m[1]!) ? Number(m[1]) : Math.max(2, FEW.indexOf(m[1]!) + 1);
    const before = par.figures.filter((f) => f.offset < p.sentence.offset && !f.relational && f.unit.kind !== 'percent' && f.unit.kind !== 'permille');
    const last = before[before.length - 1];
    const parts = last ? before.filter((f) => compatible(f.unit, last.unit)) : [];
    if (parts.length !== n || !parts.every((f) => exact(f) && known(f))) continue;
    const sum = parts.reduce((a, f) => a + f.normalized!, 0);
    const wholes =
      kind.words.length >= 2
        ? par.lookups.named(kind.words).filter((f) => !(parts as readonly Figure[]).includes(f) && compatible(f.unit, last!.unit) && exact(f) && known(f) && !f.relational && f.normalized > sum)
        : [];
    const whole = uniqueValue(wholes);
    if (!whole) continue;
    const r = sharedTogether(p, parts, whole);
    if (r) out.push(r);
  }
  return out;
}

/** 上述五个罪名合占, 以上3项合计占: the parts just listed, so many, taken together as a share of a whole (group 1 how many). */
const LISTED_TOGETHER = /(?:上述|以上|前述)([2-9]|[二两三四五六七八九十])(?:个|項|项|类|類|种|種)[\u4e00-\u9fff]{0,4}?(?:合计|合計|合|共|共同|累计|累計)占/;
const NUMERAL: Readonly<Record<string, number>> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * 盗窃罪859人，占批捕总人数的17.1%；…故意伤害罪278人，占批捕总人数的5.5%。上述五个罪名合占批捕总人数的51.7%: the parts the
 * text has just listed, as many as it says, each read as a share of one whole, together are that whole's share the sum
 * of their counts gives ((859 + … + 278) ÷ 5022), not the sum of their rounded shares. Read only when the last shares
 * before it in the paragraph, that many, are each of one figure over the same whole.
 */
export function sharesOfTheListedTogether(par: Paragraph, read: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    const m = LISTED_TOGETHER.exec(textBetween(par.draft, p.sentence.offset, p.offset));
    if (!m || !exact(p) || read.some((r) => r.anchor === p)) continue;
    const count = NUMERAL[m[1]!] ?? Number(m[1]);
    const before = read
      .filter((r) => r.kind === 'share' && r.anchor.para === p.para && r.anchor.offset < p.sentence.offset && r.figures.length === 3)
      .sort((x, y) => x.anchor.offset - y.anchor.offset);
    const listed = before.slice(-count);
    const whole = listed[0] && withRole(listed[0], 'denominator');
    if (listed.length !== count || !whole || listed.some((r) => withRole(r, 'denominator') !== whole || r.roles[1] !== 'numerator')) continue;
    const parts = listed.map((r) => r.figures[1]!);
    if (new Set(parts).size !== count || !parts.every((f) => exact(f) && compatible(f.unit, whole.unit))) continue;
    const r = sharedTogether(p, parts, whole);
    if (r) out.push(r);
  }
  return out;
}

/** The share the parts taken together are of one whole: p = (a + b + …) ÷ whole. */
function sharedTogether(p: Figure, parts: readonly Figure[], whole: Figure): Relation | undefined {
  return relation(
    'share',
    p,
    [[p, 'percent'], ...parts.map((f) => [f, 'numerator'] as const), [whole, 'denominator']],
    [judge({ op: 'percent', args: [added(parts), { figure: whole }] }, { figure: p }, { unit: 'percent' })],
  );
}

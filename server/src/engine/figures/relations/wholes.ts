// A share that names its whole (占年计划的50%, 占年度计划30亿元的45%, 占总数的64.3%, 占全区比重36.8%) and where that
// whole is stated: in its sentence, as the total before it, as the scope's level, as the level 其中 breaks down, as a
// list's lead, or as the plan or task of what was done. `share` is the one reading; the rest find its whole and
// refuse the figures that only look like one (another kind, another trade, a bar crossed, a target in brackets).

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible, PERSONS, sameCount } from '../units';
import { added, exact, halfUnit, judge, known, rangeOf, type Expr } from './arithmetic';
import { uniqueValue } from './cache';
import { endsWithMeasure, namedExactly, sameThing, suffixLength, widerThanNamed } from './names';
import { itemNumber } from './sumParagraphs';
import { ofAnotherScope, sumReading } from './totals';
import { antecedent, THOSE } from './scopes';
import { ofALargerPlace } from './places';
import { countNamedByItsUnit, totalOfItsVerb } from './counts';
import { BUDGET_NAMED } from './budgetActuals';
import { bareMeasure, glossedHead, headOf, isPast, sentenceOf, textBetween, type Paragraph } from './paragraph';
import { plainWords, simplified } from '../../text';
import { ratioRelation, relation, relationAmong, type Relation } from './relation';
import { COVERAGE, CROSSED_BAR, DIFFERENCE_HEAD, JOINED_LEVELS, NOT_A_STATED_TOTAL, NOT_WITHIN, PLAN, SCOPE_WHOLE, AREA_NAMES } from './vocabulary';
import { industriesJoined, PRODUCT, PRODUCT_WORDS, statements } from './industries';
import { EPS, lastBefore, quotient, runOnLevel, shareOfEither } from './shareParts';
import { wholeOfAnotherYear } from './wholesOfOtherYears';
import { dayForAYear } from './wholesOfADay';
import { headNounForAKind } from './headNounWholes';

/** Whether the share's words name a statistical coverage (全口径) the whole found does not state. */
function ofAnotherCoverage(draft: Draft, words: string, whole: Figure): boolean {
  const coverage = COVERAGE.exec(words)?.[0];
  return !!coverage && !simplified(headOf(draft, whole) + whole.key).includes(coverage);
}

/**
 * A whole the text sets apart from the share's, whatever the values: another year's of a chronicle (wholesOfOtherYears.ts),
 * a day's, a month's or a spell's for a year's (wholesOfADay.ts), the head noun alone for a kind (headNounWholes.ts). Passed over
 * where `share` looks a whole up by its name, so the next one found is read, and refused wherever else it was chosen.
 */
function setApart(par: Paragraph, p: Figure, numerator: Figure, whole: Figure): boolean {
  return wholeOfAnotherYear(numerator, whole, par.lookups.timeFrame) || dayForAYear(par, p, whole) || headNounForAKind(par, p, whole);
}

/**
 * 全年共办理机动车转让登记业务3750万笔。其中，汽车转让登记业务3502万笔，占93.40%: the one part after a 其中 that opens
 * its sentence is of the level its paragraph states before it, when every level of the part's unit stated there has one
 * value (新签约项目219个…新落地项目159个…新建项目222个。其中…58个、占比26.5% states three: no one of them is the whole),
 * and no other share follows in its paragraph (a list of shares is read as one).
 */
function onlyLevelBefore(par: Paragraph, p: Figure, part: Figure): Figure | undefined {
  // (其中：…38件，占38%；…40件，占40%；…22件，占22%: the first of a list of shares is read with the list, not alone, and the
  // list's readings need most of its shares to hold; so is a list of one share a period)
  if (par.percents.some((q) => q.offset > p.offset && /占|佔/.test(headOf(par.draft, q)))) return undefined;
  const levels = par.figures.filter((f) => f.offset < p.sentence.offset && f.unit.kind !== 'percent' && !f.relational && !f.bracket && !f.range && compatible(f.unit, part.unit));
  const whole = uniqueValue(levels);
  return whole && exact(whole) && known(part) && whole.normalized > part.normalized + EPS ? whole : undefined;
}

/**
 * 前三季度，民营企业进出口1671.1亿元，…，占同期重庆外贸总值的36.2%: 同期 (the same period) says the whole is of the
 * part's own period, as any whole of a share is, and 占全市进出口总值（下同）的84.6% glosses its words for the shares after
 * it: neither is part of the whole's name, which is the words without them.
 */
function wholesName(words: string): string {
  return words.replace(/^同期(?=[\u4e00-\u9fff]{2})/, '').replace(/[（(]下同[）)]$/, '');
}

/** The total of what is counted, named by the unit it is counted in: 总人数, 总户数, 总件数, 总人次. */
const COUNTED_TOTAL = '总[人户件]数|总人次';

/** The unit a whole is named as counted in, after its measure: 总诊疗人次, 参保人数, 脱贫户数 (group 1). */
const COUNTED_IN = /(人次|人数|户数|件数)$/;
/** The units a part counted so is in (persons in 人, 名 or 位 alike). */
const COUNTER_UNITS: Record<string, ReadonlySet<string>> = { 人次: new Set(['人次']), 人数: PERSONS, 户数: new Set(['户']), 件数: new Set(['件']) };

/**
 * Words that name a whole as the total of a measure: 占提案总数的, 占协议引资总额的; and of what is counted, by the unit it is
 * counted in: 占低保总人数的 (of 城乡低保对象1.52万人), 占脱贫总户数的, 占来访总人次的.
 */
const TOTAL_WORD = new RegExp(`(?:总额|总量|总数|总计|合计|${COUNTED_TOTAL})$`);
/** A whole named with 总 before its measure (占总业务的): the measure (group 1). */
const TOTAL_BEFORE = /^总([\u4e00-\u9fff]{2,4})$/;

/** Words of a share that name the whole as the whole of its own sentence: 占比, 占总数的, 占总人数的, 占全县的. */
const WHOLE_OF_THE_SENTENCE = new RegExp(`^(?:总数|${COUNTED_TOTAL}|总量|全部|全县|全市|总额|比)$`);

/** The output of the place or of all (占全市产量的, 占市总产量的, 占总产量的, 占全部产量的). */
const OUTPUT_OF_THE_PLACE = /^(?:全?[市县区]|全部)?总?产量$/;

/**
 * 1988年，全市生产糖果2149吨，…其中，东海食品厂产1197吨，占市总产量的55.7% (heldout181/shipin-lianyungang-06): a share of the
 * place's output, or of all the output, named by no product, after a part of what the sentence states the place made, is
 * of that figure, the whole of its own sentence (as 占全市的 is).
 */
function outputOfThePlace(words: string): boolean {
  return OUTPUT_OF_THE_PLACE.test(words);
}

/**
 * 2022年全省技术合同成交额3053.5亿元。…技术开发合同成交额为681.06亿元，占总成交额的22.3% / 其中出口15.47万亿元。…民营企业
 * …出口9.74万亿元，占出口总值的63%: the total of a measure named 总X or X总值, with the place the draft speaks of (我省, 全市)
 * before it, is the measure X (成交额, 出口) at its largest statement, as X总额 is, of a figure whose name ends with X; asked last,
 * when no figure is named by the words as written. Undefined when the words name no such total, or 总 before fewer than
 * three characters (总收入, 总支出: 收入 names too many measures to tell the total by).
 */
function measureOfTheTotal(words: string): string | undefined {
  const ofValue = /^([\u4e00-\u9fff]{2,})总值$/.exec(words)?.[1]?.replace(/^(?:我|全|本)[国省市县区州]/, '');
  return ofValue && ofValue.length >= 2 ? ofValue : /^总([\u4e00-\u9fff]{3,})$/.exec(words)?.[1];
}

/** A second share joined to the one before by 和 or 及, with its own whole before its 的: 和430亿元工作目标任务的. */
const SHARES_JOINED = /^(?:和|及|以及)[0-9０-９][^，,；;。]{0,30}的$/;

/** 4714件，其中办理刑事法律援助案件2401件: a unit's tail, then 其中 after a comma or a stop, then the part's words (no figure between). */
const PART_AFTER_QI_ZHONG = /^[\u4e00-\u9fff]{0,3}[，,。](?:其中)[，,：:]?[\u4e00-\u9fff、“”"]{1,32}$/;

/**
 * ，占案件受理总数的 / ，约占安葬总数的 / ，占比 / ，税收占比 / ，占总人口的比重达到 (post46b, tjgb-daqing-02): a comma, then nothing
 * but 占 and the whole's name.
 */
const SHARE_RIGHT_AFTER = /^[，,]+(?:约|分别)?(?:[\u4e00-\u9fff]{0,4}占比|占(?:[\u4e00-\u9fff]{1,12}的(?:比重|比例)?)?)(?:为|达到|达)?$/;

/** ，同比增长12.8% / ，比上年末新增10.2万户: a change clause, which may stand after the whole and after the part. */
const CHANGE_CLAUSE = /[，,](?:同比|比上年同期|比上年末|比上年|较上年|比去年)?(?:增长|下降|上升|减少|增加|降低|净增|新增)[^，,。；;]*/g;

/** 同比增长, 较增加, 比上年末新增: the name of a change of the figure before (a percentage or a difference). */
const CHANGE_NAME = /(?:增长|下降|上升|减少|增加|降低|新增|净增)$/;

/** Words a share may name the level it narrows with, taken off its measure: the place of the whole report, 同期, and 总数, 总值 or 比重 after. */
const WHOLE_OF_THE_REPORT = /^(?:同期)?(?:全省|全市|全区|全县|全国|全镇|我省|我市|全部|全)?/;
const TOTAL_AFTER = /(?:总数|总量|总额|总值|比重|数|量|额)$/;
/**
 * A subject naming the place of the whole report (…，全省工业投资): the level of all, whatever came before it in the sentence.
 * (A subject that is 其中 and the measure, 其中，出口7070.6亿元, names nothing the part's measure does not.)
 */
const REPORT_PLACE_SUBJECT = /(?:全省|全市|全区|全县|全国|我省|我市)$/;
/** The clause of a share right after its part (and the part's changes): opening with 占 (约占, 佔), no subject of its own. */
const SHARE_CLAUSE = /^(?:约|約)?[占佔]/;
/** A measure whose tail the part's shares by a character only, another word: 进出口 does not narrow 出口 (qualifier|measure). */
const ANOTHER_WORD = /[进進]\|[出口]/;
/** A qualifier that makes a part no narrower case of the level but another figure: a time, a plan, an average, a change. */
const NOT_A_NARROWER_CASE = /上年|去年|同期|计划|目标|任务|预算|人均|平均|增|减|新/;

/**
 * 在园（班）幼儿987853人，…。⏎在园（班）幼儿668596人，…，占总数的67.68% under 普惠性幼儿园 (dev2/jiaoyu-shanxi-01);
 * 全省工业投资累计完成8376亿元。⏎…全省民间工业投资完成5968亿元，增长13%，占工业投资71.2% (heldout125/gongtou-sichuan-01): a
 * share no reading found a whole for, whose part is named by a measure that narrows the measure of a level stated in the
 * few paragraphs before (a qualifier before the same words: 民间工业投资 of 工业投资), is of that level, when the words
 * after 占 name it (总数 or 总量 alone, or words the level's measure ends with). The level must be larger than the part,
 * of its subject and time, not a plan, and the only value of the measure narrowed most closely.
 */
export function shareOfTheLevelItNarrows(par: Paragraph, p: Figure, written: string): Relation | undefined {
  const words = simplified(written).replace(/的$/, '').replace(WHOLE_OF_THE_REPORT, '').replace(TOTAL_AFTER, '');
  // (a bare 占10%, in a list of shares the readings of lists left silent, names no whole: shares5, shares34)
  if (written === '' || PLAN.test(words) || NOT_A_NARROWER_CASE.test(words) || !exact(p)) return undefined;
  // (占110类有效报警数的: a numbered class, whose count is no level stated by name: post42b)
  if (NUMBERED_CLASS_WHOLE.test(textBetween(par.draft, p.clause.offset, p.offset))) return undefined;
  const part = sentenceOf(par, p)
    .filter((f) => f.offset < p.offset && f.unit.kind !== 'percent' && !f.relational && !f.bracket)
    .pop();
  // (死亡率10.7‰，主要死因构成：早产或低出生体重占17.8%: a rate is no part; 已开工在建项目180个，建成和开工在建占项目总数的67.8%:
  // a subject of its own before 占 names another part, here two together)
  const between = part ? textBetween(par.draft, part.endOffset, p.offset) : '';
  const comma = Math.max(between.lastIndexOf('，'), between.lastIndexOf(','));
  if (!part || !exact(part) || !known(part) || part.approximate || part.unit.kind === 'permille' || comma < 0 || /[；;。]/.test(between) || !SHARE_CLAUSE.test(between.slice(comma + 1)))
    return undefined;
  const named = simplified(part.measure);
  const pool = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < part.sentence.offset)].filter(
    (f) =>
      compatible(f.unit, part.unit) &&
      exact(f) &&
      known(f) &&
      !f.approximate &&
      !f.relational &&
      !f.bracket &&
      !f.range &&
      !PLAN.test(f.measure) &&
      (f.subject === part.subject ||
        (part.subject === '' && (REPORT_PLACE_SUBJECT.test(f.subject) || (f.subject.length > 2 && f.subject.startsWith('其中') && f.measure.startsWith(f.subject.slice(2)))))) &&
      (f.scope === '' || part.scope === '' || f.scope === part.scope) &&
      f.normalized > part.normalized + EPS,
  );
  if (pool.length === 0) return undefined;
  // the shares that name a whole with 占 in the paragraphs looked at, each read once: the words from its last 占 on
  const shares = [...par.lookups.earlier(), ...par.figures].flatMap((q) => {
    if (q.unit.kind !== 'percent') return [];
    const head = simplified(headOf(par.draft, q));
    const at = head.lastIndexOf('占');
    return at < 0 ? [] : [{ q, named: head.slice(at) }];
  });
  const sharesAfter = (f: Figure): Array<{ q: Figure; named: string }> => shares.filter(({ q }) => q.offset > f.offset && q.period === f.period);
  // (a level followed by a share of its own is a part of something too, not the whole of the next shares: shares25)
  const levels = pool.filter((f) => {
    const measure = simplified(f.measure);
    return (
      measure.length >= 2 &&
      named.length > measure.length &&
      named.endsWith(measure) &&
      !NOT_A_NARROWER_CASE.test(named.slice(0, named.length - measure.length)) &&
      !ANOTHER_WORD.test(named.slice(0, named.length - measure.length) + '|' + measure) &&
      (words === '' || measure.endsWith(words) || words.endsWith(measure)) &&
      sharesAfter(f).length === 0
    );
  });
  const closest = Math.max(0, ...levels.map((f) => f.measure.length));
  let whole = uniqueValue(levels.filter((f) => f.measure.length === closest));
  // 我省货物贸易进出口9714.8亿元。⏎…我省以一般贸易方式进出口6553.8亿元，占同期我省进出口总值的67.5%: words that end the part's
  // measure and the level's both (进出口), the level being the one figure so named that is no part with a share of its own
  if (levels.length === 0 && words.length >= 2 && named.endsWith(words) && !NOT_A_NARROWER_CASE.test(named.slice(0, named.length - words.length))) {
    // (a share after the level naming other words, 占全国外贸总值的, 占73%, makes it no part of this whole)
    const ownShare = (f: Figure): boolean => sharesAfter(f).some((s) => s.named.includes(words));
    // (a level named more narrowly than the part, 机电产品出口 beside 出口, is none of its wholes)
    whole = uniqueValue(
      pool.filter((f) => {
        const measure = simplified(f.measure);
        return measure.endsWith(words) && !measure.endsWith(named) && !ANOTHER_WORD.test(`${measure.slice(0, measure.length - words.length)}|${words}`) && !ownShare(f);
      }),
    );
  }
  return whole ? ratioRelation('share', p, part, whole) : undefined;
}

/**
 * 全年受理法律援助案件4714件，其中办理刑事法律援助案件2401件，占案件受理总数的50.93% (falvyuanzhu-bozhou-01); 一般公共预算收入
 * 216.31亿元，比上年增长6.1%，其中税收收入190.05亿元，增长12.8%，税收占比87.86% (tjgb-wujin-01): a count, 其中 and a part
 * of it right after (only a change of the count between), then the part's share (only a change of the part between):
 * the part over that count. Tried when no reading found the share's whole; the whole the share names, when it names
 * one, must be named by the count's words, all of them (not 占全部国有净资产总额的 after 国有资产总额).
 */
export function shareOfTheCountBeforeQiZhong(par: Paragraph, p: Figure, written: string): Relation | undefined {
  if (!exact(p) || p.approximate) return undefined;
  const figures = par.figures;
  const change = (f: Figure): boolean => f.inChange || (f.relational && CHANGE_NAME.test(f.measure));
  let k = figures.indexOf(p) - 1;
  while (k >= 0 && change(figures[k]!)) k--;
  const part = figures[k];
  k--;
  while (k >= 0 && change(figures[k]!)) k--;
  const whole = figures[k];
  if (!part || !whole || whole.para !== p.para) return undefined;
  if ([part, whole].some((f) => f.unit.kind === 'percent' || !exact(f) || !known(f) || f.relational || f.bracket || f.approximate) || !compatible(part.unit, whole.unit)) return undefined;
  if (part.normalized! > whole.normalized!) return undefined;
  const words = (a: number, b: number): string => plainWords(textBetween(par.draft, a, b)).replace(CHANGE_CLAUSE, '');
  if (!SHARE_RIGHT_AFTER.test(words(part.endOffset, p.offset))) return undefined;
  if (!PART_AFTER_QI_ZHONG.test(words(whole.endOffset, part.offset))) return undefined;
  const core = wholesName(simplified(written))
    .replace(/^(?:全部|全|总)/, '')
    .replace(/(?:总数|总量|总额|总计|比重|比例|比)?的?$/, '')
    .replace(/的$/, '');
  const before = figures[k - 1];
  const wholeWords = plainWords(textBetween(par.draft, before && before.sentence.offset === whole.sentence.offset ? before.endOffset : whole.sentence.offset, whole.offset));
  // (出口142.7亿美元，…占全省出口比重的57.4% after 全市自营进出口总额274亿美元: a whole named otherwise, or wider, is not the count)
  if (core !== '' && !wholeWords.includes(core)) return undefined;
  // (户籍人口58.1万人，常住人口52.4万人，其中男性26.9万人: another level of the whole's sentence, in its unit and no smaller
  // than the part, may be what 其中 divides too; which one, the words do not say)
  const others = sentenceOf(par, whole).filter(
    (f) =>
      f !== whole && f !== part && f.unit.kind !== 'percent' && !change(f) && !f.relational && !f.bracket && compatible(f.unit, part.unit) && exact(f) && known(f) && f.normalized! >= part.normalized!,
  );
  if (others.length > 0) return undefined;
  return ratioRelation('share', p, part, whole);
}

/** The words between a count ending its period and the first part: 。其中，区直、县直各单位主动公开政府信息. */
const FIRST_HALF_AFTER_QI_ZHONG = /^。其中[，,：:]?[\u4e00-\u9fff、“”]{1,40}$/;
/**
 * The words between a part's share and the next part, which opens the next period: 。各乡镇主动公开政府信息 (a list run on with
 * ；, 其中，乔木林地…，占55.87%；灌木林地…, is read as a list, closed by its 其他 or not: closedLists.ts).
 */
const NEXT_HALF = /^。[\u4e00-\u9fff、“”]{1,40}$/;
/** A bare share right after its part: ，占73%. */
const BARE_SHARE_AFTER = /^[，,]占$/;

/**
 * 2012年主动公开政府信息1913条。其中，区直、县直各单位主动公开政府信息1397条，占73%。各乡镇主动公开政府信息534条，占27%
 * (xxgknb-pingtan-02): a count that ends its period, 其中 opening the next, and parts each followed by a bare share
 * (，占73%), the later ones each opening a period, split the count (alone in its period) in full when their shares come to 100%
 * at their written precision, or the parts come to the count exactly: then the count is the parts' sum, and each share
 * its part over the count. Neither, and nothing is read (a share or a part miswritten leaves the other to prove it).
 */
export function halvesAfterQiZhong(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const figures = par.figures;
  if (figures.length < 5 || !textBetween(par.draft, figures[0]!.offset, figures[figures.length - 1]!.offset).includes('其中')) return [];
  const out: Relation[] = [];
  for (let i = 1; i + 1 < figures.length; i++) {
    const whole = figures[i - 1]!;
    if (!FIRST_HALF_AFTER_QI_ZHONG.test(textBetween(par.draft, whole.endOffset, figures[i]!.offset).replace(/\s/g, ''))) continue;
    const parts: Figure[] = [];
    const shares: Figure[] = [];
    for (let k = i; k + 1 < figures.length; k += 2) {
      const [part, p] = [figures[k]!, figures[k + 1]!];
      if (p.unit.kind !== 'percent' || !BARE_SHARE_AFTER.test(textBetween(par.draft, part.endOffset, p.offset).replace(/\s/g, ''))) break;
      if (k > i && !NEXT_HALF.test(textBetween(par.draft, shares[shares.length - 1]!.endOffset, part.offset).replace(/\s/g, ''))) break;
      parts.push(part);
      shares.push(p);
    }
    if (parts.length < 2) continue;
    const plain = (f: Figure): boolean => exact(f) && known(f) && !f.bracket && !f.approximate && !f.range;
    if (
      ![whole, ...parts, ...shares].every(plain) ||
      [whole, ...parts].some((f) => f.relational) ||
      whole.unit.kind === 'percent' ||
      parts.some((f) => !compatible(f.unit, whole.unit) || f.normalized! >= whole.normalized!)
    )
      continue;
    // (共收到提案448件，包括集体提案84件，委员及委员联名提案364件。其中，…: the count before 其中 one of several of its
    // period, 其中 may divide another, the first; only a count alone in its period is the whole)
    if ((par.periods.get(whole.period) ?? []).some((f) => f !== whole && !f.relational && compatible(f.unit, whole.unit))) continue;
    const together = rangeOf(added(shares));
    const sum = sumReading(parts, whole);
    if (!sum || (!(together.lo <= 100 + EPS && together.hi >= 100 - EPS) && !sum.holds)) continue;
    const r = relation('sum', whole, [[whole, 'total'], ...parts.map((f) => [f, 'part'] as const)], [sum], { marker: '“其中”后各项占比合计100%，' });
    if (r) out.push(r);
    shares.forEach((p, k) => {
      const s = read.has(p) ? undefined : ratioRelation('share', p, parts[k]!, whole);
      if (s) out.push(s);
    });
    i += 2 * parts.length;
  }
  return out;
}

/**
 * 各类有效报警共6689起…其中110类报警5544起…；122类报警1145起 / 刑事类报警310起，占110类有效报警数的5.6%: a whole named by a
 * numbered class (110类, 122类: the lines calls come in on) loses its number in the names read (110 is read as a figure),
 * so 各类有效报警 would be taken for 110类有效报警; no whole is read for it.
 */
const NUMBERED_CLASS_WHOLE = /占[0-9０-９]{2,}类[\u4e00-\u9fff]{2,}/;

/** A share: 完成投资8亿元，占年计划的50% / 占年度计划30亿元的45% / 完成年度任务6亿元的54.3%. */
export function share(par: Paragraph, p: Figure, written: string, completion = false): Relation | undefined {
  // (占提案總數的: the words in traditional characters, read as 占提案总数的; names are compared so too)
  // 在电信业务收入中占比为13.5%, 民营经济在GDP中的占比为41.3%: 在…中 before 占比 names the whole, what stands before 在 the part
  const within = written === '' ? IN_THE_WHOLE.exec(glossedHead(par.draft, p)) : null;
  const words = wholesName(simplified(within ? within[2]! : written));
  // 省内流动农民工增量占外出农民工增量的96.4%: a share of an increase is of the changes, not of the levels stated
  if (/增量|增加额|增长额|增加量|增长量|净增/.test(words)) return undefined;
  const { draft, lookups } = par;
  if (targetOfTheShareBefore(par, p) || industriesJoined(draft, p) || ofAnotherScope(par, p, words) || ofALargerPlace(par, p, words)) return undefined;
  if (NUMBERED_CLASS_WHOLE.test(textBetween(draft, p.clause.offset, p.offset))) return undefined;
  const head = glossedHead(draft, p);
  const sentence = sentenceOf(par, p);
  const inSentence = sentence.filter((f) => f.offset < p.offset && f.unit.kind !== 'percent');
  // (完成自治区下达年度410亿元预期目标任务的61.28%和430亿元工作目标任务的58.43%: two shares joined by 和, each of the plan
  // written before it; the second's whole is the figure after the first share, not the clause's first)
  const joined = sentence.filter((f) => f.offset >= p.clause.offset && f.offset < p.offset && f.unit.kind === 'percent').pop();
  const from = joined && SHARES_JOINED.test(textBetween(draft, joined.endOffset, p.offset)) ? joined.endOffset : p.clause.offset;
  const first = sentence.find((f) => f.offset >= from && f.offset < p.offset && f.unit.kind !== 'percent');
  // 公安局（11件）占7.86%: a name glossed with its count, then 占: the count in brackets is the part, no whole
  const glossed = countGlossingItsName(draft, p, inSentence[inSentence.length - 1]);
  const inline = glossed ? undefined : first;
  // 开发区税收占全县税收收入的52.9%: a subject before 占 names the numerator; without one it is the figure before
  const at = head.lastIndexOf('占');
  // (累计完成投资987675万元，…，总量占全区投资比重为86.7%: 总量 and 规模 name the level just stated, no subject of their own)
  const subject = within
    ? within[1]!
    : at > 0
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
  // 投诉量较大的问题主要有：质量（1931件）、售后服务（1487件）、…，合计占比62.9%: the counts in brackets together, of the whole the lead names
  const underLead = summed.length < 2 && TOGETHER_SUBJECT.test(subject) ? countsUnderALead(par, p, sentence) : undefined;
  if (underLead) {
    const { parts, whole } = underLead;
    return relation(
      'share',
      p,
      [[p, 'percent'], ...parts.map((f) => [f, 'numerator'] as const), [whole, 'denominator']],
      [judge({ op: 'percent', args: [added(parts), { figure: whole }] }, { figure: p }, { unit: 'percent' })],
    );
  }
  if (glossed) numerator = glossed;
  else if (summed.length >= 2 && inline === undefined) {
    const whole = inSentence.length === 0 ? undefined : wholeOfSum(par, summed, words);
    if (!whole || ![p, ...summed, whole].every(exact)) return undefined;
    return relation(
      'share',
      p,
      [[p, 'percent'], ...summed.map((f) => [f, 'numerator'] as const), [whole, 'denominator']],
      [judge({ op: 'percent', args: [added(summed), { figure: whole }] }, { figure: p }, { unit: 'percent' })],
    );
  } else if (subject.length >= 2) {
    const named = numeratorPool.filter((f) => sameThing(subject, f) && !otherKind(subject, f));
    const bySubject = lookups.named(subject).filter((f) => f.unit.kind !== 'percent' && !f.relational && known(f) && !otherKind(subject, f));
    // 第一产业增加值占生产总值比重为36.1% beside 第二产业增加值, 第三产业增加值: the figure named by the subject itself
    const own = bySubject.filter((f) => f !== inline && !otherTrade(subject, bareMeasure(f)));
    numerator =
      named[named.length - 1] ??
      uniqueValue(own) ??
      uniqueValue(own.filter((f) => bareMeasure(f) === subject)) ??
      countNamedByItsUnit(subject, numeratorPool) ??
      restatedEarlierInItsPeriod(par, p, subject);
  } else {
    // 超额完成市政府下达的50万亩的年度绿化任务，完成省下达我市40万亩造林任务的133%: what reaches a share of a plan or
    // task is what was done, not another plan or task
    const ofPlan = /(?:计划|任务|目标)$/.test(words) || (!!inline && /^[\u4e00-\u9fff]{0,8}?(?:计划|任务|目标)的$/.test(textBetween(draft, inline.endOffset, p.offset)));
    numerator = lastBefore(draft, p, ofPlan ? numeratorPool.filter((f) => !setFigure(draft, f)) : numeratorPool);
    // 26个行政村中，23个村集体经济收入超过10万元，占88.5%: a bar the ones counted pass (超过10万元, 10万元以上) is what they are
    // counted by; the count opening its clause is the part
    const bar = numerator?.approximate && BAR_PASSED.test(numerator.approximate) && numerator.unit.kind !== 'count' ? numerator : undefined;
    const counted = bar && numeratorPool.filter((f) => f.clause.offset === bar.clause.offset && f.offset < bar.offset);
    if (counted && counted.length === 1 && counted[0]!.unit.kind === 'count' && exact(counted[0]!)) numerator = counted[0];
  }
  if (!numerator) return undefined;
  // 11个省控地表水监测断面水质达到或优于Ⅲ类的比例为90.9%: a count opening its clause, then what some of them did and
  // 的比例, is what the proportion is of, not a part of another figure (those that did are not counted)
  const counted = inline ?? numerator;
  if (OF_THOSE_COUNTED.test(textBetween(draft, counted.endOffset, p.offset)) && /(?:^|[，,；;：:])\s*(?:共|全|有|共有)?$/.test(textBetween(draft, counted.clause.offset, counted.offset)))
    return undefined;
  let denominator: Figure | undefined = inline && compatible(inline.unit, numerator.unit) ? inline : undefined;
  if (!denominator && GROUP_TOTAL.test(words)) denominator = wholeOfTheGroup(par, p, numerator);
  if (!denominator && (words === '' || WHOLE_OF_THE_SENTENCE.test(words) || outputOfThePlace(words))) {
    // 占比: the whole the numerator is part of, earlier in the sentence
    // a figure with a share of its own before the numerator is its sibling in a list (满意690件，占91.4%，基本满意65件，
    // 占8.6%), not its whole
    const ownShare = (f: Figure): boolean => sentence.some((q) => q.unit.kind === 'percent' && q.offset > f.offset && q.offset < numerator.offset && /占/.test(headOf(draft, q)));
    // 其中：税收收入41,393万元，非税收入26,046万元，非税收入占比38.62%: a figure listed after the same 其中 as the
    // numerator is its sibling part, not its whole
    const fellowPart = (f: Figure): boolean => /其中/.test(textBetween(draft, p.sentence.offset, f.offset)) && !/其中/.test(textBetween(draft, f.endOffset, numerator.offset));
    // (一般公共预算收入8.1亿元，比上年减收0.6亿元，下降6.9%，其中税收收入5.2亿元，占64.2%: a difference, 比上年减收0.6亿元, is
    // no whole of a level; the share of an increase, 增收0.6亿元，其中税收增收0.4亿元，占66.7%, has a difference for its part)
    const difference = (f: Figure): boolean => f.relational && !numerator.relational && DIFFERENCE_HEAD.test(textBetween(draft, f.clause.offset, f.offset));
    const whole = inSentence.filter((f) => f.offset < numerator.offset && compatible(f.unit, numerator.unit) && !f.bracket && !ownShare(f) && !fellowPart(f) && !difference(f));
    denominator = whole.length === 1 ? whole[0] : undefined;
    // 男性59人、女性13人，女性占比18.1%: the one figure before, joined to the numerator by 、 alone, may be its fellow in a
    // pair (the share of the pair together) as well as its whole (企业120家、规上企业30家，规上企业占比25%)
    const fellow = whole.length === 1 && /^、[\u4e00-\u9fff]{1,8}$/.test(textBetween(draft, whole[0]!.endOffset, numerator.offset)) ? whole[0] : undefined;
    if (fellow && exact(p) && exact(fellow) && exact(numerator) && fellow.unit.kind === 'count') {
      const cast = [
        [p, 'percent'],
        [numerator, 'numerator'],
        [fellow, 'denominator'],
      ] as const;
      return relationAmong('share', p, [
        { cast, reading: quotient(p, numerator, fellow) },
        { cast, reading: judge({ op: 'percent', args: [{ figure: numerator }, added([fellow, numerator])] }, { figure: p }, { unit: 'percent' }) },
      ]);
    }
    // …，增收11,118万元。其中：税收收入…: a sentence opening with 其中 lists the parts of the one level of the sentence
    // before it, which is the whole (looked for only then)
    const opensWithQiZhong = /^[\s，,]*其中/.test(textBetween(draft, p.sentence.offset, numerator.offset));
    if (whole.length === 0 && opensWithQiZhong && inSentence.some((f) => f.offset < numerator.offset && fellowPart(f))) {
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
    if (!denominator && whole.length === 0 && opensWithQiZhong && !inSentence.some((f) => f.offset < numerator.offset)) denominator = onlyLevelBefore(par, p, numerator);
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
    // (占计划的92.8% after 已完成投资581.85万元: a share of the plan of what was done reads the plan listed as a completion does)
    const done = completion || /完成/.test(numerator.measure);
    const plans = byWord.length > 0 || !done ? byWord : plansListed(par, numerator);
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
  // 其中市本级23502户41878人，双矿集团低保对象6273户11381人，占市本级低保对象27.2%: words opening with a level of
  // government (市本级, 本级) name the figure earlier in the sentence whose subject is that level, not the draft's whole
  if (!denominator) denominator = wholeOfTheLevelNamed(sentence, numerator, words);
  // 民营经济增加值290.6亿元，占GDP的比重为66.2%: GDP, 经济总量 and 生产总值 name the product (地区生产总值（GDP）)
  if (!denominator && PRODUCT_WORDS.test(words)) {
    const product = uniqueValue(statements(par, '生产总值', PRODUCT, numerator.scope, true));
    if (!product || product === numerator || !known(numerator) || !known(product) || numerator.normalized > product.normalized + EPS) return undefined;
    return ratioRelation('share', p, numerator, product);
  }
  // the whole the words name, looked up by its name (key) anywhere in the draft
  const namedWhole = (key: string, totalOf: boolean, measured = (_: Figure): boolean => true): Figure | undefined => {
    let denominator: Figure | undefined;
    // an average (月均缴存余额) is not the whole unless the words say so
    // (占党员总数的 of 中国共产党党员总数为8779.3万名: the figure named by the words whole, X总数, is named by them too)
    const byWords = totalOf && key.length >= 2 ? [...new Set([...lookups.named(key), ...lookups.named(words)])].sort((x, y) => x.offset - y.offset) : lookups.named(key);
    // (占全年粮食播种面积的20% beside 全年粮食种植面积386.07万亩: a crop's area is named either way, when one name finds nothing)
    const otherName = byWords.some((f) => f.unit.kind !== 'percent' && !f.relational) ? undefined : sameAreaNamedOtherwise(key);
    const byName = otherName ? lookups.named(otherName) : byWords.some((f) => f.unit.kind !== 'percent') ? byWords : amountsOfTheirVerb(par, p, key).concat(countsOfTheirVerb(par, p, key, numerator));
    // (实际到位外省资金突破700亿元，累计实现702.76亿元: the bar crossed is no whole, the value after it is)
    // (农村居民人均工资性收入为3124元，占可支配收入的比重为43.6%: a per-head part is of the per-head whole of the same people,
    // 农村居民人均可支配收入7158元, though the words leave out 人均)
    // (人代会批准的全市一般公共收入预算合计140.4亿元…实际完成收入140.9亿元…占一般公共收入的比重为71.1%: a budget named so,
    // 收入预算, 支出预算, is set, not the outturn the words name, unless the words name a budget)
    const budget = (f: Figure): boolean => BUDGET_NAMED.test(simplified(f.measure)) && !/预算数?$/.test(words);
    const named = byName
      .filter((f) => f.unit.kind !== 'percent' && !f.relational && (/均/.test(key) || !/均/.test(f.measure) || perHeadAlike(numerator, f)) && !budget(f) && measured(f))
      .map((f) => valueAfterBar(par, f) ?? f);
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
    const fits = (f: Figure): boolean =>
      f !== numerator &&
      compatible(f.unit, numerator.unit) &&
      exact(f) &&
      !NOT_A_STATED_TOTAL.test(f.scope) &&
      !CROSSED_BAR.test(headOf(draft, f)) &&
      sameScope(numerator, f, words) &&
      !shareOfTheWhole(draft, par, f, words) &&
      // (全国夏粮因单产提高增产粮食262万吨: the part of an increase a cause brought, not the whole increase)
      !BY_CAUSE.test(textBetween(draft, f.clause.offset, f.offset)) &&
      // (共收到建议1284件（…），占全市建议总数的93.2%…1284件建议均…: the numerator stated again is not its whole)
      f.normalized !== numerator.normalized &&
      !joinedLevels(key, f) &&
      // (产业项目由去年的200个提高到今年的250个。其中，…100个，占产业项目的40%: last year's level is not this year's whole)
      !(/^(?:去年|前年)/.test(f.scope) && f.scope !== numerator.scope) &&
      (!group || (f.key + f.scope).includes(group)) &&
      !setApart(par, p, numerator, f);
    // (内资企业中，国有企业7.2万个，占全部企业法人单位的0.4% after 企业法人单位1857.0万个，占85.2%: a figure of the very name the
    // words give may be their whole though a share of its own follows it; and beside a figure whose name ends with the words,
    // those sharing only a head noun with them, 从事第二产业和第三产业活动的法人单位2178.9万个, are wider wholes, not the one named)
    // (其中新增融資性擔保業務1708.51億元，占總業務的98.09%；貸款擔保1613.12億元，占融資性擔保業務的94.41%: a figure followed
    // by a share of another whole, whose name ends with the words, is the whole of the next share in a chain, no sibling)
    const chained = (f: Figure): boolean => {
      const next = par.figures.find((q) => q.offset > f.endOffset);
      return key.length >= 4 && !!next && next.offset < numerator.offset && simplified(f.measure).endsWith(key) && !simplified(headOf(draft, next)).includes(key);
    };
    const fitting = named.filter((f) => fits(f) && (!sibling(f) || namedExactly(key, f) || chained(f)));
    // 全市一般公共预算支出完成352亿元。⏎市直一般公共预算支出完成1072133万元…。⏎1. 社会保障和公共卫生类支出264248万元，占一般
    // 公共预算支出比重24.65%: a report that has gone on to one level of government (市直, 市本级) speaks of that level's
    // whole: the statement of the measure for the level, the last before the share, after every statement for all
    // (not a part named for the whole place, 全市税收收入44.5亿元，占一般公共预算收入比重为76.2% after 市级一般公共预算收入37.9亿元
    // (heldout164/yszx-jiyuan-01): 全市 names every level, so the whole is the city's)
    const wholePlace = /^全[省市县区州旗盟]/.test(textBetween(draft, numerator.clause.offset, numerator.offset));
    const level = numerator.subject === '' && !totalOf && !wholePlace ? named.filter((f) => f.offset < numerator.offset).pop() : undefined;
    if (
      level &&
      GOVERNMENT_LEVEL.test(level.subject) &&
      level.para !== p.para &&
      exact(level) &&
      compatible(level.unit, numerator.unit) &&
      level.normalized > numerator.normalized! + EPS &&
      fitting.every((f) => f.offset < level.offset)
    )
      return level;
    const found = fitting.some((f) => namedExactly(key, f)) ? fitting.filter((f) => !widerThanNamed(key, f)) : fitting;
    // (货物类采购20亿元，占采购总量的25%；工程类采购44亿元，占采购总量的55%；… in the paragraph before 非公开招标20亿元，占
    // 采购总量的25%: a figure of an earlier paragraph whose own share names the very whole this one names is a part of that
    // whole, never the whole, even when no other figure is named)
    const partOfThisWhole = (f: Figure): boolean => {
      if (!partElsewhere(f)) return false;
      const next = before?.find((q) => q.offset > f.endOffset);
      return !!next && simplified(headOf(draft, next)).includes(words);
    };
    const wholes = found.filter((f) => !partElsewhere(f));
    const candidates = wholes.length > 0 ? wholes : found.filter((f) => !partOfThisWhole(f));
    if (group && candidates.length === 0) return undefined;
    // (户外植被火灾共56起, after the share of 建构筑物火灾 in its sentence, is the next part, not the whole before it)
    const near = candidates.filter((f) => f.sentence.offset === p.sentence.offset && f.offset < numerator.offset);
    const pool = near.length > 0 ? near : candidates;
    // (占举报件总数的29.36% in （四）, and 反映农村干部问题的举报件累计350件 in （五）: a total stated after the share, in a
    // paragraph of its own, is not the total it is of)
    // (占发展党员总数的13.47% beside 全省共有党员277.84万名 and 共发展党员82149名: among the totals, those stated as a
    // total of what the words count, 发展党员 in 共发展党员, not of a wider group, 党员)
    const statedAsTotal = (f: Figure): boolean => simplified(f.measure).includes(key) && STATED_AS_TOTAL.test(headOf(draft, f) + '\u0000' + f.measure);
    // (占信访总量的14.5%。…在476件次网上信访中，: a total named X总量 is no figure of a later sentence that is not stated as a
    // total; that one names a kind of X, 网上信访, the share's sentence having left the whole to the report before it)
    const inReach = pool.filter((f) => f.offset < p.offset || (f.para === p.para && (!totalOf || f.sentence.offset === p.sentence.offset || statedAsTotal(f))));
    const statedTotals = inReach.filter(statedAsTotal);
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
    return denominator;
  };
  // 占协议引资总额的: the total of a measure is its largest statement
  if (!denominator && words.length >= 2) denominator = namedWhole(words.replace(TOTAL_WORD, ''), TOTAL_WORD.test(words));
  // 新增擔保業務總額1741.62億元，其中新增融資性擔保業務1708.51億元，占總業務的98.09%: 总 before a measure (总业务) names
  // the total written with 总额, 总量 or 总数 after it (担保业务总额), and no other statement of the measure
  const totalBefore = denominator ? undefined : TOTAL_BEFORE.exec(words)?.[1];
  if (totalBefore)
    for (const total of ['总额', '总量', '总数']) {
      const name = totalBefore + total;
      denominator ??= namedWhole(name, true, (f) => simplified(f.measure).endsWith(name));
    }
  // 基层医疗卫生机构诊疗78.5万人次，占总诊疗人次的61.9% of 总诊疗126.8万人次: a whole named with the unit it is counted in
  // after its measure (人次, 人数, 户数, 件数) is the measure so counted, when the part is counted so too
  const counter = COUNTED_IN.exec(words);
  if (!denominator && counter && counter.index >= 2 && COUNTER_UNITS[counter[1]!]!.has(numerator.unit.base)) {
    const measure = words.slice(0, counter.index);
    const ofTotal = measureOfTheTotal(measure);
    denominator = namedWhole(measure, false) ?? (ofTotal ? namedWhole(ofTotal, true, (f) => endsWithMeasure(simplified(f.measure), ofTotal)) : undefined);
  }
  // (公路建设中，普通国省道累计完成投资361.7亿元，占年度任务的134%: a share of a plan, task or target is of the plan
  // and no other figure; the whole the clause stands in (公路建设完成投资) is what was done, not what was planned)
  if (!denominator && words.length >= 2 && !planWord) denominator = wholeWithin(par, numerator) ?? wholeBeforeItsParts(par, numerator, words) ?? totalOfTheListLead(par, numerator, words);
  if (!denominator && TOTAL_NAMED.test(words)) denominator = totalStatedBefore(par, numerator, words) ?? totalOfItsVerb(par, numerator);
  if (!denominator) denominator = wholeOfTheScope(par, numerator, words);
  if (!denominator && ALL_INVESTMENT.test(words)) denominator = allInvestment(par, numerator);
  if (!denominator && PLACE_WHOLE.test(words)) denominator = sameMeasureOfThePlace(par, numerator, words);
  if (!denominator) {
    const measure = measureOfTheTotal(words);
    // (民营企业出口总值 is not 民营企业进出口: the measure itself ends the whole's name)
    if (measure) denominator = namedWhole(measure, true, (f) => endsWithMeasure(simplified(f.measure), measure));
  }
  if (!denominator || denominator === numerator) return undefined;
  // 占全国全口径发电量的比重为33.9% beside 全国发电量77790.6亿千瓦时 of the statistics bureau's bulletin: a whole of
  // another coverage (全口径 counts the plants the bulletin's figure leaves out) is not the one named
  if (ofAnotherCoverage(draft, words, denominator) || setApart(par, p, numerator, denominator)) return undefined;
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
  // 共受理各类城市管理案件1054件，其中立案996件，…。城管监督员巡查上报953件，占总案件的95.68%: a share of the total (总案件,
  // 案件总数) of a count stated with a first stage after 其中 (受理 then 立案) may be of either: the report states two totals
  const stage = words.length >= 2 && /^总|总[数量额]?$/.test(words) ? stageAfterQiZhong(par, denominator, numerator) : undefined;
  if (stage && exact(p) && exact(numerator) && exact(denominator)) return shareOfEither(p, numerator, [denominator, stage]);
  return ratioRelation('share', p, numerator, denominator);
}

/** A level of government a figure's subject may name: 市直, 市本级, 本级. */
const GOVERNMENT_LEVEL = /^(?:市直|县直|区直|市本级|县本级|区本级|本级|市级)$/;

/** 在X中占比为, 民营经济在GDP中的占比为: group 1 the subject before 在 (or none), group 2 the whole X. */
const IN_THE_WHOLE = /^([\u4e00-\u9fff]{0,12}?)在([\u4e00-\u9fffA-Z]{2,14})中的?占比(?:为|是|达|達|為)?$/;

/** An item's name and the bracket its count stands in, after the clause before: 公安局（, 常州日报社（. */
const NAME_BEFORE_ITS_COUNT = /^[\u4e00-\u9fff]{2,12}[（(]$/;

/**
 * 其中，城乡建设局（68件）是…，占第一类的48.57%，公安局（11件）占7.86%，城管局（6件）占4.29%: an item named, its count in
 * brackets right after the name, and 占 right after the bracket: the count is the part of the share (the clause's
 * subject is the item's name with its count, which names no figure).
 */
function countGlossingItsName(draft: Draft, p: Figure, count: Figure | undefined): Figure | undefined {
  if (!count || count.unit.kind !== 'count' || !exact(count)) return undefined;
  if (!/^[）)]占$/.test(textBetween(draft, count.endOffset, p.offset).replace(/\s/g, ''))) return undefined;
  const before = textBetween(draft, p.sentence.offset, count.offset).replace(/\s/g, '');
  const name = before.slice(Math.max(...[...'，,、；;：:'].map((c) => before.lastIndexOf(c))) + 1);
  return NAME_BEFORE_ITS_COUNT.test(name) ? count : undefined;
}

/** The lead of a list of the items counted most, in the clause before its colon: 投诉受理量较大的问题主要有 (group 1 what is counted). */
const LEAD_OF_THE_MOST = /^([\u4e00-\u9fff]{2,6}?)量较[大多]的[\u4e00-\u9fff]{0,3}主要有$/;

/**
 * 2022年，12315平台共接投诉9272件。…投诉量较大的问题主要有：质量（1931件）、售后服务（1487件）、合同（1233件）食品安全（1183件）合计
 * 占比62.9%: a list right after a lead naming what is counted (投诉量较大的…主要有：), each item a name and its count in brackets,
 * then 合计占比: the counts together are the part; the whole is the one value stated before of what the lead names (投诉, 投诉受理),
 * no smaller than the counts together.
 */
function countsUnderALead(par: Paragraph, p: Figure, sentence: readonly Figure[]): { parts: Figure[]; whole: Figure } | undefined {
  const { draft } = par;
  const parts: Figure[] = [];
  let end = p.offset;
  let tail = /^[）)][、，,]{0,2}合计占比(?:为|达)?$/;
  for (const f of sentence.filter((q) => q.offset < p.offset).reverse()) {
    if (!tail.test(textBetween(draft, f.endOffset, end).replace(/\s/g, '')) || f.unit.kind !== 'count' || !exact(f) || !known(f)) break;
    if (parts.length > 0 && !compatible(f.unit, parts[0]!.unit)) break;
    parts.unshift(f);
    end = f.offset;
    // (the name between two items may hold 、 itself: 服装、鞋帽（54件）; a separator may be missing: 合同（1233件）食品安全（1183件）)
    tail = /^[）)][、，,]?[\u4e00-\u9fff、]{1,16}[（(]$/;
  }
  if (parts.length < 2) return undefined;
  const before = textBetween(draft, p.sentence.offset, parts[0]!.offset).replace(/\s/g, '');
  const colon = /[：:]([\u4e00-\u9fff、]{1,16})[（(]$/.exec(before);
  if (!colon) return undefined;
  const lead = before.slice(0, colon.index);
  const counted = LEAD_OF_THE_MOST.exec(lead.slice(Math.max(...[...'，,；;'].map((c) => lead.lastIndexOf(c))) + 1))?.[1];
  if (!counted) return undefined;
  // (从商品投诉来看，投诉受理量较大的商品主要有：…: the items may be of the goods complaints alone, a whole not stated; silent)
  const kind = /从([\u4e00-\u9fff]{3,8})来看/.exec(lead)?.[1];
  if (kind?.endsWith(counted.slice(0, 2))) return undefined;
  const sum = parts.reduce((t, f) => t + f.normalized!, 0);
  const wholes = par.lookups
    .named(counted)
    .filter((f) => f.offset < parts[0]!.offset && compatible(f.unit, parts[0]!.unit) && exact(f) && known(f) && !f.relational && !f.bracket && f.normalized >= sum - EPS);
  const whole = uniqueValue(wholes);
  return whole ? { parts, whole } : undefined;
}

/** The bar a counted group passes: 超过10万元, 10万元以上, 不低于. */
const BAR_PASSED = /超|以上|高于|不低于|不少于/;

/** Words that name the whole of a share only as the whole of what is counted: 占, 占比, 占总人数的, 占总数的. */
const GROUP_TOTAL = /^(?:总人数|总数|总量|全部|比)?$/;

/** A group opening its sentence: the figure, then its noun and 中 (56.7万名村党组织书记中，, 在…委员2237人中，). */
const GROUP_OPENS = /^[\u4e00-\u9fff]{0,16}中[，,：:]/;

/**
 * A group run on into its members without a comma: 412名乡村医生中60岁以上的有137人 (the figure, its noun, 中, who they are,
 * 有 and the part); 中 not the first character of another word (中心, 中学, 中医).
 */
const GROUP_RUNS_ON = /^[\u4e00-\u9fff]{2,12}中(?![心学医药小型等国央华间期部层])[^，,。；;：:\s]{1,16}?的?(?:有|达|为|是)$/;

/** Whether two figures count in one unit, persons counted as 人, 名 or 位 alike. */
export function ofOneCount(a: Figure, b: Figure): boolean {
  return sameCount(a.unit, b.unit);
}

/**
 * 56.7万名村党组织书记中，大专及以上学历的8.1万人，占14.4% / 在政协第十二届全国委员会委员2237人中，提交提案的委员达1966人，占总人数的
 * 88% / 各级档案主管部门共有专职人员5552人，…。在这些专职人员中，50岁以上的有1199人，占21.60%: a sentence that opens with a
 * group (a figure, its noun, then 中; or 这些X中, the last figure named X before it) speaks of that group's members, and a share
 * in it that names no other whole is of the group. Undefined when the group is not the only one opened before the part, a
 * 其中 between them narrows to a part of a part, or the group is smaller than the part.
 */
function wholeOfTheGroup(par: Paragraph, p: Figure, numerator: Figure): Figure | undefined {
  const { draft } = par;
  const runsOn = new Set<Figure>();
  const opened = sentenceOf(par, p).filter((f) => {
    if (f.offset >= numerator.offset || f.unit.kind === 'percent') return false;
    if (GROUP_OPENS.test(textBetween(draft, f.endOffset, Math.min(f.endOffset + 20, numerator.offset)))) return true;
    if (!GROUP_RUNS_ON.test(textBetween(draft, f.endOffset, numerator.offset))) return false;
    runsOn.add(f);
    return true;
  });
  const first = opened[0];
  // (a group run on into its part opens the clause of both; one followed by a comma, the sentence)
  const opening = first && runsOn.has(first) ? first.clause.offset : first?.sentence.offset;
  // (120名党员中，60名入党积极分子中，…: a group within a group; which one the share is of, the words do not say)
  if (first && (opened.length > 1 || first.relational || first.bracket || first.range || !/^\s*(?:其中[，,]?)?在?[\u4e00-\u9fff]{0,20}$/.test(textBetween(draft, opening!, first.offset))))
    return undefined;
  const group = first ?? namedBack(par, numerator);
  if (!group || !ofOneCount(group, numerator) || /其中/.test(textBetween(draft, Math.max(group.endOffset, numerator.sentence.offset), numerator.offset))) return undefined;
  // (…占21.60%35-49岁的有2866人，占51.62%: a count between the part read and the share is the share's own part, misread)
  if (par.figures.some((f) => f.offset > numerator.endOffset && f.offset < p.offset && f.unit.kind !== 'percent' && ofOneCount(f, numerator))) return undefined;
  return exact(group) && known(group) && known(numerator) && group.normalized > numerator.normalized + EPS ? group : undefined;
}

/**
 * 各级综合档案馆共有专职人员36582人，其中，中央级353人，…。在这些专职人员中，: the group 这些X names back, when it is the
 * only figure named X in its period (全县共有专任教师4000人，其中…小学教师2000人。在这些教师中 may mean any of them).
 */
function namedBack(par: Paragraph, numerator: Figure): Figure | undefined {
  const group = antecedent(numerator, new Map([[numerator.para.offset, par.figures]]));
  const noun = group && THOSE.exec(textBetween(par.draft, numerator.sentence.offset, numerator.offset))?.[1];
  return noun && par.figures.every((f) => f === group || f.period !== group.period || !bareMeasure(f).endsWith(noun)) ? group : undefined;
}

/**
 * 受理…案件1054件，其中立案996件: the figure right after 其中 that follows the whole in its clause, of its unit and between the
 * whole and the part, is the count at the next stage of the same cases, a total the writer may mean as well.
 */
export function stageAfterQiZhong(par: Paragraph, whole: Figure, part: Figure): Figure | undefined {
  const figures = par.figures.includes(whole) ? par.figures : par.lookups.earlier();
  const next = figures.find((f) => f.offset > whole.endOffset);
  if (!next || next.sentence.offset !== whole.sentence.offset || next.relational || next.bracket || next.range || !exact(next)) return undefined;
  if (!/^[，,]?\s*其中[，,：:]?\s*[\u4e00-\u9fff]{1,6}$/.test(textBetween(par.draft, whole.endOffset, next.offset))) return undefined;
  if (!compatible(next.unit, whole.unit) || !known(next) || !known(whole) || !known(part)) return undefined;
  return next.normalized < whole.normalized && next.normalized >= part.normalized ? next : undefined;
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
export const TOTAL_NAMED = new RegExp(`^(?:总数|${COUNTED_TOTAL}|总量|全[国省市县区](?:总数|总[人户件]数|总量)?|全年(?:总数|总量)?)$`);

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
export function totalStatedBefore(par: Paragraph, numerator: Figure, words: string): Figure | undefined {
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
export function wholeName(words: string): string {
  return simplified(words).replace(/^(?:我|全|本)[区县市省州镇乡]|的|比重|比例|营业|[为达是]$/g, '');
}

/**
 * 重点服务业企业完成营业收入138.9亿元，…，占我区规模以上服务业企业营业收入比重85.7%。其中，10-50亿元企业…，占我区规模以上服务业
 * 企业收入比重40.5%: a figure stated as a share of the whole the words name is a part of that whole, not the whole.
 */
export function shareOfTheWhole(draft: Draft, par: Paragraph, f: Figure, words: string): boolean {
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

/**
 * 当年归集住房公积金19.53亿元…占当年归集额的52.05%: 额 after a verb of two characters (归集额, 提取额, 缴存额, 发放额)
 * names the amount of what was done, which a figure of the share's period (up to 。) names by the verb and its object
 * (归集住房公积金): those figures, before the share. (总额, 金额, 余额 name no verb's amount; the period words before the
 * verb are the scope's.)
 */
function amountsOfTheirVerb(par: Paragraph, p: Figure, words: string): Figure[] {
  const verb = /^(?:当年|本年|全年|今年)?([\u4e00-\u9fff]{2})额$/.exec(words)?.[1];
  if (!verb || /[总金余份差限数]$/.test(verb)) return [];
  return (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset && f.unit.kind !== 'percent' && f.measure.startsWith(verb));
}

/**
 * 当年脱贫9238户，脱贫率53.84%。175户贫困户成为专业户，…，占脱贫户的6.2% (heldout174/fupin-lianyungang-01): a whole named by
 * a verb and the measure word its count is in (脱贫户, 就业人, 验收个) names the count of those that did it, stated earlier in
 * the paragraph by the verb alone (脱贫9238户): the last such statement before the share, of its own name (no part after
 * 其中, no measure of the figure before), in the numerator's unit.
 */
function countsOfTheirVerb(par: Paragraph, p: Figure, words: string, numerator: Figure): Figure[] {
  const m = /^(?:当年|本年|全年|今年)?([\u4e00-\u9fff]{2,4}?)([户人个家名])$/.exec(words);
  if (!m || numerator.unit.kind !== 'count' || numerator.unit.text !== m[2]) return [];
  const verb = m[1]!;
  const stated = par.figures.filter((f) => f.offset < p.offset && f !== numerator && f.key === f.measure && f.measure === verb && compatible(f.unit, numerator.unit) && !f.relational);
  return stated.slice(-1);
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

/** A level of government opening the words of a share's whole (占市本级低保对象): the subject its figure is stated under. */
const LEVEL_OF_WHOLE = /^(?:[省市县区]本级|本级)/;

/** The one figure earlier in the sentence, of the numerator's unit, stated under the level the words open with. */
function wholeOfTheLevelNamed(sentence: readonly Figure[], numerator: Figure, words: string): Figure | undefined {
  const level = LEVEL_OF_WHOLE.exec(words)?.[0];
  if (!level) return undefined;
  return uniqueValue(sentence.filter((f) => f.offset < numerator.offset && compatible(f.unit, numerator.unit) && !f.relational && !f.bracket && f.subject.replace(/^其中/, '') === level));
}

/** The words of a share without what names it a total or a proportion (汽车总量 → 汽车, 新注册登记汽车数量 → 新注册登记汽车). */
const SHARE_WORDS_TAIL = /(?:总量|总数|数量|总额|总值)?(?:的)?(?:比重|比例)?(?:的)?$/;

/**
 * 全国机动车保有量达4.35亿辆，其中汽车3.36亿辆 / 地方公共预算支出完成140.3亿元: a subject read at the head of a figure that is
 * only the start of its own name (其中汽车 of 汽车, 地方 of 地方公共预算支出) names no part of the draft's whole when the share's
 * words name the figure by that very name (新能源汽车保有量达2041万辆，占汽车总量的6.07%; 城乡社区事务共支出92.2亿元，…占地方
 * 公共预算支出比重为65.7%). (Not 其中，技术服务合同成交额661.21亿元 for 占湖北全省技术合同成交额的: another name, a part.)
 */
function subjectOnlyItsName(whole: Figure, words: string): boolean {
  const subject = simplified(whole.subject);
  const measure = simplified(whole.measure);
  if (simplified(words).replace(SHARE_WORDS_TAIL, '') !== measure) return false;
  if (subject.length > 2 && subject.startsWith('其中')) return measure.startsWith(subject.slice(2));
  return subject.length >= 2 && measure.startsWith(subject);
}

/** The per-head stem of a measure, up to 人均 (农村居民人均 of 农村居民人均可支配收入). */
function perHead(f: Figure): string | undefined {
  return /^(.*?人均)/.exec(simplified(f.measure))?.[1];
}

/** Whether a part and a figure are both per head of the same people (农村居民人均工资性收入, 农村居民人均可支配收入). */
function perHeadAlike(part: Figure, f: Figure): boolean {
  const stem = perHead(part);
  return stem !== undefined && stem === perHead(f);
}

/** Words a subject may restate the figure before with: its measure and 总量, 总额, 完成数 or 额 (投资额 of 完成投资). */
const RESTATING_TAIL = /(?:总量|总额|完成数|额)$/;

/**
 * A revenue's name written short, without 收入: 税收 (税收收入), 非税 (非税收入); undefined for any other subject.
 * 税收占地方一般公共预算收入的比重为71.1% after 其中税收收入77864万元 (heldout6/jsgk-lanshan-01).
 */
function revenueInFull(subject: string): string | undefined {
  return /^(?:[\u4e00-\u9fff]{0,4}税收|非税)$/.test(subject) ? `${subject}收入` : undefined;
}

/**
 * 全区一般公共预算总收入完成75750万元，…其中：税收收入完成61347万元、非税收入完成14403万元；税收收入占一般公共预算总收入的比重为81%
 * (heldout99/yszx-huarongqu-01); 全年完成工业投资134.8亿元，同比增长102.8%，工业投资总量占固定资产投资比重37.6%
 * (heldout62/zfbg-doumen-01): a subject before 占 that restates a figure stated earlier in the share's own period (up to 。),
 * by its very name, or by the end of its name and 总量, 总额, 完成数 or 额 after, names that figure, when it names one
 * figure there and no other value of it is stated in the period.
 */
function restatedEarlierInItsPeriod(par: Paragraph, p: Figure, subject: string): Figure | undefined {
  const plain = simplified(subject);
  const core = plain.replace(RESTATING_TAIL, '');
  const named = par.figures.filter((f) => {
    if (f.period !== p.period || f.offset >= p.clause.offset || f.unit.kind === 'percent' || f.relational || f.inChange || f.bracket || !exact(f) || !known(f)) return false;
    const measure = plainWords(simplified(f.measure));
    return measure === plain || (core !== plain && core.length >= 2 && measure.endsWith(core)) || measure === revenueInFull(plain);
  });
  return uniqueValue(named);
}

/**
 * Whether a whole looked up by name is in the numerator's scope: its subject (市本级, 普通高中, 其中…), and for
 * a measure of a group counted before it (42个工业项目完成投资), that group; unless the words name the whole
 * (占全县…, 占总…), in which case the whole's scope is the document's.
 */
function sameScope(numerator: Figure, given: Figure, words: string): boolean {
  // 乡镇总面积96.25平方公里，其中耕地面积23.43平方公里，占总面积的24.32%: the part was read as a part of that whole
  if (numerator.partOf !== undefined && numerator.partOf === given.key) return true;
  const whole = subjectOnlyItsName(given, words) && numerator.subject === '' ? { ...given, subject: '' } : given;
  if (/^(?:全|总|我)/.test(words)) return whole.subject === '';
  // (其中新增融資性擔保業務1708.51億元，占總業務的98.09%；貸款擔保1613.12億元，占融資性擔保業務的94.41%: the part after 其中,
  // named by the words, is the whole of the next share of its period, a part of it in turn)
  if (
    whole.subject.startsWith('其中') &&
    numerator.subject === '' &&
    whole.period === numerator.period &&
    whole.offset < numerator.offset &&
    words.length >= 4 &&
    simplified(whole.measure).endsWith(words)
  )
    return true;
  // a part after 其中 is a share of the whole before it; a figure of 市本级 or 普通高中, of its own level's whole
  if (whole.subject !== numerator.subject && !(numerator.subject.startsWith('其中') && whole.subject === '')) return false;
  if (numerator.keyedBy !== 'entity') return true;
  // (实施项目126个…到位资金1.86亿元。其中产业发展项目68个、资金1.15亿元，占资金总额的61.8%: a group after 其中 is a part of
  // the whole stated for all before it, which no group keys, when the words name that whole as a total: 占年度计划的 after
  // 其中，42个工业项目完成投资36.5亿元 is of the group's own plan)
  if (numerator.subject.startsWith('其中') && TOTAL_WORD.test(words) && whole.subject === '' && whole.keyedBy === undefined && whole.offset < numerator.offset) return true;
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
  const plan = (f: Figure): boolean =>
    f !== numerator &&
    f.offset < numerator.offset &&
    exact(f) &&
    !f.relational &&
    // (全年计划完成投资98.5亿元: the plan of what is to be done, not what was done)
    (!f.done || /(?:计划|任务|目标)完成/.test(f.measure)) &&
    compatible(f.unit, numerator.unit) &&
    simplified(f.measure + f.scope).includes(word);
  const own = par.figures.filter((f) => plan(f) && f.subject === numerator.subject && ofGroup(f));
  // 全县共安排重点项目86个，…年度计划投资95.8亿元。其中，续建项目31个，年度计划投资42.3亿元；…⏎⏎截至9月底，…其中，续建项目
  // 完成投资34.6亿元，占年度计划的81.8%: a group's plan set out in a paragraph before, keyed by the group's name (the
  // projects counted, or named before 完成; the key says whose, whatever subject each sentence opened with)
  const named = group ?? PROJECTS_DONE.exec(simplified(numerator.measure))?.[1];
  if (own.length > 0 || named === undefined || PROJECT_PROGRESS.test(named)) return own;
  return par.lookups.plans().filter((f) => f.para !== numerator.para && f.keyedBy === 'entity' && f.key.split('·')[0] === named && plan(f));
}

/** Projects named before what they did: 续建项目完成投资, 新开工项目累计完成投资 (group 1 the projects). */
const PROJECTS_DONE = /^(.{2,12}?(?:项目|工程))(?:累计|已|共)?完成/;

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
      PLAN.test(plainWords(textBetween(par.draft, f.sentence.offset, f.offset))) &&
      !/完成|已/.test(plainWords(textBetween(par.draft, f.sentence.offset, f.sentence.endOffset))) &&
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
  // (计划实施27处，总投资626.89万元；目前，已完成投资581.85万元，占计划的92.8%: the whole investment of the works planned is the
  // plan of the investment done)
  if (t === d || (t === `总${d}` && d.length >= 2)) return true;
  const owner = d.endsWith(t) ? d.slice(0, d.length - t.length) : '';
  return task.keyedBy === 'previous' && owner.length >= 2 && simplified(task.key).startsWith(owner);
}

/**
 * A count of projects by the verb of their progress alone: 开工建设160个, 1-4月开工7个, 开复工164项, 已竣工32个, or by that
 * verb and 项目 (开复工项目64项: the projects that reached the stage, of no group of their own).
 */
export const PROJECT_PROGRESS = /^(?:已|累计|共|目前已?)?(?:开工|开复工|复工|竣工|完工|建成|投产)(?:建设)?(?:项目)?$/;

// Sums: a total and its parts, in brackets (12个（新建5个、续建6个）), after 分别为 or 由…组成, after 其中 (which may
// leave a remainder), before 合计, or ending with 其余. Units are converted before adding.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge, known } from './arithmetic';
import { attributive, breakdowns, cutByPieceLabel, namesTheRest, passedBar, respectiveRuns, type Breakdown } from './breakdowns';
import { changesAddUp, changesOfSums, changeSum, fallBesideParts, signedChangeLists } from './changeSums';
import { changePastItsRateSum, changesPastTheirRates } from './changesPastTheirRates';
import { categoriesOfAnEarlierTotal, closedListSums, secondListSums } from './closedLists';
import { countedGroupTotals, countedListTotals } from './countedGroups';
import { crossedBrackets, BRACKET_PIECES_CUT } from './crossedBrackets';
import { contributions, investmentPulls, pulls, structureChanges } from './contributions';
import { definedKindSums } from './definedKinds';
import { eachKindSums } from './eachKind';
import { groupPieceSums } from './groupPieces';
import { monthsOfASpan } from './monthSpans';
import { readPartsWithTheirGrowth } from './partsWithGrowth';
import { schoolOwnerSums } from './schoolOwners';
import { solvedCaseSums } from './solvedCases';
import { viewedGroupSums } from './viewedGroups';
import {
  accountTotals,
  balance,
  electricityUse,
  fundSurpluses,
  tradeBalances,
  incomeSources,
  itemTotalsSums,
  netAssets,
  officialCosts,
  overnightAndDayTrips,
  rdActivitySums,
  secondaryIndustry,
  waterResources,
} from './definitions';
import { multiplierSlip } from './multiplierSlips';
import { suffixLength } from './names';
import { bareMeasure, headOf, proseOf, textBetween, type Paragraph } from './paragraph';
import { doneThenLeft } from './remainders';
import { excessesOverTask } from './rates';
import { simplified } from '../../text';
import {
  addedThenReached,
  correctionRegister,
  doneAndNotDone,
  doneThenRest,
  inUseAndStopped,
  monthInTotal,
  onEstablishment,
  partitionSums,
  proposalAuthors,
  proposalsReviewed,
  reviewDecisions,
  scopedEchoes,
} from './partitions';
import { bracketPieces, columnLists, glossesTheClauses, nounPairedBrackets, pairedBrackets, pairedLists, spelledOut } from './pieces';
import { relation, relationAmong, withRole, type Relation } from './relation';
import { siblingsInAGroup } from './siblingsInAGroup';
import { restPastShares } from './restPastShares';
import { farmedAndCaught } from './farmedAndCaught';
import { partsOfADoneShare } from './partsOfADoneShare';
import { addedAfterQiZhong } from './addedAfterQiZhong';
import { destinationOfThePartBefore, listOfTheFirstOfAPair, partsBeforeAColon, titleGradesAboveTheBottom, TOP_UP_MARKER, topUpOfAnEarlierAmount, wholeCostUnderAYearsInvestment } from './partsApart';
import {
  changesAmongNamed,
  colonParagraphSums,
  inlineSubSums,
  CHINESE_DIGITS,
  itemsAboveAddedUp,
  partsOfEarlierWhole,
  peersAfterOwnShare,
  wholeOfPeers,
  sectionParagraphSums,
  subParagraphSums,
} from './sumParagraphs';
import {
  ANY_PART,
  partElsewhere,
  PART_FIGURE,
  partsStatedAsTotals,
  kindsOfOneSort,
  upperGradesOnly,
  largestPart,
  lessSatOnBoth,
  namedAfterNearest,
  periodEnd,
  addsUpExactly,
  PREVIOUS_PERIOD,
  sameMeasure,
  sharesInBreakdown,
  sumOf,
  sumReading,
  sumRelation,
  totalNamedByParts,
  withoutFollowUps,
  withoutInnerItems,
  withoutOtherMeasures,
  withoutSiblingTotals,
  withoutSubtotals,
  worseGradeWithin,
} from './totals';
import { A_CEILING, DEBT_KIND, DEBT_MEASURE, ENUMERATED_ITEM, NET_CHANGE, SAT_ON_BOTH, STATES_A_TOTAL, TOTAL_WORD } from './vocabulary';

/** Handled jointly (合办, 会办, 共同承办): counted under each handler. */
const JOINT = /合办|会办|共同承办|共同办理|联合承办|联合办理/;

/** What the steps of `sums` share: the paragraph, the relations found so far, and the figures they took. */
interface SumsSoFar {
  readonly par: Paragraph;
  readonly out: Relation[];
  /** The figures a relation took, as its total or as a part. */
  readonly used: Set<Figure>;
  /** The figures a relation took as a part. */
  readonly usedParts: Set<Figure>;
  readonly accept: (r: Relation | undefined, total: Figure, parts: readonly Figure[]) => void;
  /** A relation a reading built whole: its total and parts taken (`used`) with it. */
  readonly adopt: (p: { relation: Relation; total: Figure; parts: Figure[] }) => void;
}

function sumsSoFar(par: Paragraph): SumsSoFar {
  const out: Relation[] = [];
  const used = new Set<Figure>();
  const usedParts = new Set<Figure>();
  // a total and its parts that make a relation are taken: no other pattern pairs them again
  const accept = (r: Relation | undefined, total: Figure, parts: readonly Figure[]): void => {
    if (!r) return;
    out.push(r);
    used.add(total);
    parts.forEach((p) => used.add(p));
    parts.forEach((p) => usedParts.add(p));
  };
  const adopt = (p: { relation: Relation; total: Figure; parts: Figure[] }): void => {
    out.push(p.relation);
    used.add(p.total);
    p.parts.forEach((f) => used.add(f));
  };
  return { par, out, used, usedParts, accept, adopt };
}

/**
 * The readings of a total and its parts, in the order they run: each takes the figures it pairs (`used`), so a later
 * one reads only what the earlier ones left; the order is part of the reading.
 */
const SUM_STEPS: ReadonlyArray<(soFar: SumsSoFar) => void> = [
  officialCostSums,
  waterResourceSums,
  casesAndSolvedSums,
  pairedBracketSums,
  pairedListSums,
  columnListSums,
  bracketSums,
  crossedBracketSums,
  signedChangeSums,
  changesPastTheirRateSums,
  spelledOutSums,
  partsOfEachKind,
  measuresByGroup,
  countedListSums,
  monthSpanSums,
  breakdownSums,
  markedSums,
  addedAfterQiZhongSums,
  totalAfterParts,
  topUpSums,
  courtCaseloadSums,
  accountTotalSums,
  accountItemSums,
  restSums,
  restPastSharesSums,
  doneAndNotDoneSums,
  doneThenLeftSums,
  inUseAndStoppedSums,
  correctionRegisterSums,
  onEstablishmentSums,
  partitionsOfAWhole,
  schoolOwnerTotals,
  viewedGroupTotals,
  proposalAuthorSums,
  proposalReviewSums,
  reviewDecisionSums,
  monthsInRunningTotals,
  addedWithinReached,
  scopedEchoSums,
  paragraphSums,
  industrySums,
  secondaryIndustrySums,
  balances,
  rolledBalanceSums,
  netAssetSums,
  fundSurplusSums,
  tradeBalanceSums,
  partsWithTheirGrowthSums,
  closedListSums,
  secondListSums,
  categoriesOfAnEarlierTotal,

  countedGroupSums,
  electricityUseSums,
  usesOfASum,
  partsOfADoneShare,
];

export function sums(par: Paragraph): Relation[] {
  const soFar = sumsSoFar(par);
  for (const step of SUM_STEPS) step(soFar);
  const { out } = soFar;
  const { draft } = par;
  const kept = out.filter(
    (r) =>
      r.kind !== 'sum' ||
      !(
        r.figures.some((f) => unitRunsOn(draft, f)) ||
        r.figures.some((f, k) => r.roles[k] === 'part' && CARRIED_OVER_PART.test(draft.prose.slice(f.endOffset, f.endOffset + 12))) ||
        partsOfEarlierWhole(par, r) ||
        wholeCostUnderAYearsInvestment(r) ||
        peersAfterOwnShare(par, r)
      ),
  );
  // 8b. 东部地区…59766亿元，占全国74.4%，中部、西部和东北地区分别为…: a figure and its peers, parts of the whole it is a share of
  for (const r of out) {
    if (!peersAfterOwnShare(par, r)) continue;
    const whole = wholeOfPeers(par, r);
    if (whole) kept.push(whole);
  }
  // 8c. 人均可支配收入15929元…人均工资性收入4978元…人均经营净收入6152元…人均财产净收入510元…人均转移净收入4289元: the four
  //     sources of disposable income make all of it
  kept.push(...incomeSources(par));
  // 8d. 4.接待国内旅游者3112.52万人次…⏎5.接待国内过夜游客1512.17万人次…⏎6.接待国内一日游游客1600.36万人次: the overnight
  //     visitors and the day-trippers are all of the visitors, item by item
  kept.push(...overnightAndDayTrips(par));
  // 8e. 研究与试验发展（R&D）经费…基础研究经费…应用研究经费…试验发展经费: the three types of activity make all of R&D
  kept.push(...rdActivitySums(par));
  // 8f. 一是…总价值2.8万元。二是…共计4万元。三是…共计2.78万元。三大节日…总计8.58万元: a closing total of the items
  kept.push(...itemTotalsSums(par));
  // 8h. 分配…任务900名…实施康复训练1399人，…，超任务499人: what was done less its task is the excess over it (rates.ts)
  kept.push(...excessesOverTask(par));
  // 8g. 基本支出…其中：人员经费…公用经费…: a list of the kinds that define its total is all of it, whatever 其中 says
  //     (definedKinds.ts)
  // 9. 粮食总产量759.54亿斤，增加5.71亿斤，夏粮…281.41亿斤，增加1.35亿斤；秋粮…478.13亿斤，增加4.36亿斤: whatever reading
  //    found the parts to be all of the total, their changes add up to the total's change
  // 8i. 面积11734.40亩（耕地652.39亩），其中…面积5922.93亩（耕地334.28亩），…面积5811.47亩（耕地318.11亩）: the bracketed
  //     part of each figure of a sum that adds up
  kept.push(...bracketsBesideASum(par, kept));
  // 8j. 耕地面积17583万亩，其中水田15535亩，旱土2048亩: a 万 on the total alone, the numbers adding up (multiplierSlips.ts)
  const slipped = kept.map((r) => multiplierSlip(r) ?? r);
  return [...definedKindSums(par, slipped), ...changesOfSums(par, slipped)];
}

/** A bracket right after a figure, holding a part of it named (（耕地652.39亩）, （其中耕地30.37亩）): the part's name in group 1. */
const NAMED_PART_IN_BRACKET = /^[（(](?:其中)?([\u4e00-\u9fff]{1,6})$/;

/**
 * 共211宗地，面积11734.40亩（耕地652.39亩），其中合法用地74宗，面积5922.93亩（耕地334.28亩），违法用地137宗，面积5811.47亩
 * （耕地318.11亩）: when the figures of a sum that adds up exactly each have a bracket right after them naming the same part
 * of them (耕地, the cultivated land of each area), the total's part is the sum of the parts' parts.
 */
function bracketsBesideASum(par: Paragraph, sums: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  const next = new Map(par.figures.map((f, i) => [f, par.figures[i + 1]] as const));
  const inner = (f: Figure): { g: Figure; name: string } | undefined => {
    const g = next.get(f);
    const m = g && g.bracket && NAMED_PART_IN_BRACKET.exec(textBetween(par.draft, f.endOffset, g.offset));
    return g && m && exact(g) && compatible(g.unit, f.unit) ? { g, name: m[1]! } : undefined;
  };
  for (const r of sums) {
    const total = withRole(r, 'total');
    const parts = r.figures.filter((_, k) => r.roles[k] === 'part');
    if (r.kind !== 'sum' || !r.holds || !total || parts.length < 2 || !addsUpExactly(total, parts)) continue;
    const t = inner(total);
    const ps = parts.map(inner);
    if (!t || ps.some((q) => !q || q.name !== t.name)) continue;
    const s = sumRelation(
      t.g,
      ps.map((q) => q!.g),
      false,
      '各数括号内',
    );
    if (s) out.push(s);
  }
  return out;
}

// 0. “三公”经费决算总额2771万元。…因公出国（境）经费决算120万元…；公务接待费决算1033万元；公务用车购置及运行费决算
//    1618万元: the three items that make the “三公” expenses, by their definition (before any 其中 reads them as a
//    list that may leave a remainder)
//    (its items stay free to be the totals of their own breakdowns: 公务用车购置及运行费1618万元，其中：购置费414万元…)
function officialCostSums(soFar: SumsSoFar): void {
  const { par, out, used, usedParts } = soFar;
  for (const a of officialCosts(par, used, usedParts)) {
    const r = sumRelation(a.total, a.parts, false, '“三公”经费');
    if (!r) continue;
    out.push(r);
    used.add(a.total);
    a.parts.forEach((p) => usedParts.add(p));
  }
}

// 1. 全市共发生强奸案件111起，破105起，其中重大案件发生68起，破获65起: each kind's cases within the cases, its solved
//    within the solved (solvedCases.ts)
function casesAndSolvedSums(soFar: SumsSoFar): void {
  for (const found of solvedCaseSums(soFar.par, soFar.used)) soFar.adopt(found);
}

// 1a. Totals stated in pairs, their parts in pairs too: 16369户54851人（脱贫不稳定户5018户18684人、边缘易致贫户4876户
//     17551人…): each measure adds up on its own
// (households listed by their kind: 脱贫不稳定户 is a kind of household here, not a line cutting across the others)
function pairedBracketSums(soFar: SumsSoFar): void {
  const { par, accept } = soFar;
  for (const b of [...pairedBrackets(par), ...nounPairedBrackets(par)]) accept(sumRelation(b.total, b.parts, b.remainder, b.remainder ? '其中' : '括号内', PERSONAL_ATTRIBUTE), b.total, b.parts);
}

// 1b. The same pairs after 其中: 低保对象5014户6675人，其中农村低保4532户6030人，城镇低保482户645人
function pairedListSums(soFar: SumsSoFar): void {
  const { par, used, accept } = soFar;
  for (const b of pairedLists(par)) if (!b.parts.some((p) => used.has(p))) accept(sumRelation(b.total, b.parts, true, '其中', PERSONAL_ATTRIBUTE), b.total, b.parts);
}

// 1c. 贫困人口281户、1078人。其中：甲村61户、247人，乙村81户、299人: k measures of a sentence broken down by pieces
//     that each state the same k measures in the same order; each column adds up on its own
function columnListSums(soFar: SumsSoFar): void {
  const { par, used, accept } = soFar;
  for (const c of columnLists(par, used))
    if (!used.has(c.total) && !c.parts.some((p) => used.has(p))) accept(sumRelation(c.total, c.parts, true, '其中', c.alone ? ANY_PART : PERSONAL_ATTRIBUTE), c.total, c.parts);
}

// 1. A bracket right after a total (or after the total and its noun): 12个（新建5个、续建6个）
function bracketSums(soFar: SumsSoFar): void {
  const { accept, used } = soFar;
  let nets: Map<Figure, Figure> | undefined;
  const { draft, figures, sentences } = soFar.par;
  for (const total of figures) {
    if (total.bracket) continue;
    const sentence = sentences.get(total.sentence.offset)!;
    const next = sentence.find((f) => f.bracket && f.bracket.offset > total.endOffset);
    if (!next) continue;
    const bracket = next.bracket!;
    // (公共管理类共计79件，（其中交通管理类5件，…）: a comma before a bracket opening with 其中 still leaves it the total's)
    const comma = /^[，,]$/.test(textBetween(draft, total.endOffset, bracket.offset - 1)) && /^\s*其中/.test(textBetween(draft, bracket.offset, bracket.offset + 4));
    const between = comma ? '' : textBetween(draft, total.endOffset, bracket.offset - 1);
    if (!/^[\u4e00-\u9fff]{0,12}$/.test(between)) continue;
    if (sentence.some((f) => f !== total && !f.bracket && f.offset > total.endOffset && f.offset < bracket.offset)) continue;
    // (a bracket's pieces may run across 分号, which end a sentence: 收入7304万元（其中：基本医疗保险收入7088万元；利息收入49万元）)
    // (多孩妇女327人（xx年常住人口为40248人，育龄妇女9094人，…）: a bracket opening with the place's own population on
    // another footing, 常住 beside 户籍, states the list again in that scope; it breaks down nothing before it)
    if (OTHER_FOOTING.test(textBetween(draft, bracket.offset, bracket.offset + 16).replace(/\s/g, ''))) continue;
    const parts = figures.filter((f) => f.bracket && f.bracket.offset === bracket.offset);
    const read = bracketPieces(draft, bracket);
    // every piece of the bracket is one labelled part: 新建5个、续建6个
    if (!read || read.pieces.length !== parts.length) continue;
    // (教职工611人（其中公办教育共计589人，专任教师539人；民办园共计22人，专任教师10人）: the parts stated with 共计 alone)
    const own = partsStatedAsTotals(draft, parts) ?? parts;
    if (between !== '' && glossesTheClauses(total, own, sentence)) continue;
    const remainder = read.remainder || kindsOfOneSort(total, own, sentence) || upperGradesOnly(own) || titleGradesAboveTheBottom(own);
    // (资产总额4.7万亿元，负债总额1万亿元，净资产3.7万亿元（行政单位资产0.8万亿元，事业单位资产3.9万亿元）: parts named
    //  资产, not 净资产, break down the assets the net assets are taken from)
    nets ??= new Map(netAssets(soFar.par).map((n) => [n.net, n.assets]));
    const whole = nets.has(total) && own.every((p) => GROSS_ASSETS_PART.test(bareMeasure(p))) ? nets.get(total)! : total;
    if (whole !== total && used.has(whole)) continue;
    // (one kind of a debt alone, no more than all of it)
    if (!remainder && oneKindOfDebt(draft, total, own)) {
      if (exact(total) && exact(own[0]!))
        accept(
          largestPart(
            total,
            own,
            [
              [total, 'total'],
              [own[0]!, 'part'],
            ],
            '括号内',
          ),
          total,
          parts,
        );
      continue;
    }
    accept(sumRelation(whole, own, remainder, remainder ? '其中' : '括号内'), whole, parts);
  }
}

/**
 * 新增债务限额1.68亿元（新增专项债务限额…）/ 新增债券…（专项债券…）: a government's debt is of two kinds, 一般 and 专项 (《预算法》
 * 第三十五条); one figure alone in the bracket, of the total's measure narrowed to one kind, is that part of it, no more.
 */
function oneKindOfDebt(draft: Draft, total: Figure, parts: readonly Figure[]): boolean {
  const [part] = parts;
  if (parts.length !== 1 || !part || part.unit.kind !== 'money' || DEBT_KIND.test(total.measure)) return false;
  const [name, whole] = [bareMeasure(part), bareMeasure(total)];
  return DEBT_KIND.test(name) && DEBT_MEASURE.test(whole) && suffixLength(name, whole) >= 2 && !PREVIOUS_PERIOD.test(headOf(draft, part));
}

/** Whether parts known and exact add up to a known total exactly (as written). */
function madeAlready(total: Figure, parts: readonly Figure[]): boolean {
  return exact(total) && known(total) && parts.every((p) => exact(p) && known(p)) && addsUpExactly(total, parts);
}

/** The seasons' grain: 夏粮, 秋粮, 早稻 (a grain total's parts by the season it is sown or reaped). */
const GRAIN_SEASON = /^(?:夏粮|秋粮|早稻|夏收粮食|秋收粮食)/;

/**
 * 農作物播種面積126.29萬畝，糧食播種面積82.16萬畝，其中：夏糧25.98萬畝，…秋糧56.17萬畝: parts named by the seasons of grain
 * are of the grain total (粮食) the 其中 follows, not of the crops' before it, whatever their names' ends.
 */
function grainSeasons(total: Figure, parts: readonly Figure[]): boolean {
  return /粮食/.test(simplified(total.measure)) && parts.length >= 2 && parts.every((p) => GRAIN_SEASON.test(simplified(bareMeasure(p))));
}

/** The clause head of a total stated with 共 (共办理婚姻登记, 共接待): what a colon right after it lists the parts of. */
const COLON_AFTER_TOTAL = /(?:^|[^总])共(?:办理|受理|接待|完成|登记|收到|发生)?[\u4e00-\u9fff]{0,8}$/;

/** A total that is an increase (基金增加72.7万元, 新增): by how much, not to what level. */
const AN_INCREASE = /(?:增加|增長|增长|新增)了?$/;
/** A level an increase brought a thing to (增加到100万元, 增至, 提高到): where it stands now, not by how much it rose. */
const LEVEL_REACHED = /(?:增加|增長|增长|提高|上升|扩大)(?:到|至)$|增至$/;

/** A part's change from a year before, in a clause of its own after it: 同比減少, 比上年增加. */
/** A clause taking something off the figure before (，扣除上缴中央、省级收入和计提的专项资金后，): what follows is what is left. */
const NET_OF_THE_PART_BEFORE = /^[，,](?:扣除|减去|剔除)[^，,。；;0-9０-９]{1,30}后[，,]/;
const PART_CHANGE = /^(?:同比|比上年|较上年|比去年|较去年|比上年同期|较上年同期)(?:增加|减少|增长|下降)了?$/;

/** A bracket opening with a population on some footing (（xx年常住人口为40248人, （2020年户籍总人口52746人): another scope. */
const OTHER_FOOTING = /^(?:[0-9x×Xｘ]{2,4}年(?:末|底)?)?(?:全[镇乡县市区])?(?:常住|户籍)(?:总)?人口(?:为|是|有)?[0-9]/;

/** A part of the assets (行政单位资产, 事业单位資產), not of the net assets. */
const GROSS_ASSETS_PART = /^(?![^，,；;。]*(?:净|淨|凈|负债|負債))[^，,；;。]{1,16}资[产產](?:总额|總額)?$/;

// 1d. 用水总量减少91.7亿m³，其中，生活用水量增加4.1亿m³，…农业用水量减少108.9亿m³: the changes of a total's parts, a
//     signed sum (checked when the parts are all of the total), not parts after 其中 that may leave a remainder
function signedChangeSums(soFar: SumsSoFar): void {
  for (const c of signedChangeLists(soFar.par, soFar.used)) {
    changeSumOrReserved(
      soFar,
      c.total.figure,
      c.parts.map((p) => p.figure),
      c.complete ? changeSum(c.total, c.parts, c.marker) : undefined,
    );
  }
}

/** A signed sum of changes taken; unchecked, its figures still taken: no other reading may take them for a remainder. */
function changeSumOrReserved(soFar: SumsSoFar, total: Figure, parts: readonly Figure[], r: Relation | undefined): void {
  if (r) {
    soFar.accept(r, total, parts);
    return;
  }
  for (const f of [total, ...parts]) {
    soFar.used.add(f);
    soFar.usedParts.add(f);
  }
}

// 1d'. 比2024年度减少19.66万元，下降86.61%，其中：甲费减少20.06万元，下降88.37%；乙费增加0.40万元，增长100%: the signed changes
//     of the parts after the total's change and its rate (changesPastTheirRates.ts)
function changesPastTheirRateSums(soFar: SumsSoFar): void {
  for (const c of changesPastTheirRates(soFar.par, soFar.used)) {
    changeSumOrReserved(
      soFar,
      c.total.figure,
      c.parts.map((p) => p.figure),
      changePastItsRateSum(c),
    );
  }
}

// 1e. 有效工单10件，具体承办单位为：县卫生健康局1件、…: a total spelled out item by item
function spelledOutSums(soFar: SumsSoFar): void {
  const { par, used, accept } = soFar;
  for (const s of spelledOut(par, used)) accept(sumRelation(s.total, s.parts, true, s.word), s.total, s.parts);
}

// 2a. 共发现事故隐患2365条、火灾隐患683条…。其中，事故隐患已整改2312条，火灾隐患已整改669条: each part of the total of
//     its own kind, not one list under the first (eachKind.ts)
function partsOfEachKind(soFar: SumsSoFar): void {
  for (const p of eachKindSums(soFar.par, soFar.used)) soFar.accept(p.relation, p.total, p.parts);
}

// 2a'. 全州检查企业29家次，发现各类隐患165条…。其中：非煤矿山行业检查企业16家次，发现各类隐患134条…；危险化学品行业…: the
//     measures of a whole, each summed over the groups that state it again (groupPieces.ts)
function measuresByGroup(soFar: SumsSoFar): void {
  for (const p of groupPieceSums(soFar.par, soFar.used, soFar.usedParts)) soFar.accept(p.relation, p.total, p.parts);
}

// 1f. 汛期6~9月全市平均降雨量为508mm …6~9月各月份平均降雨量分别为92mm、179mm、88mm、146mm: the months of a span, one by one
//     (monthSpans.ts)
function monthSpanSums(soFar: SumsSoFar): void {
  for (const p of monthsOfASpan(soFar.par, soFar.used)) soFar.adopt(p);
}

// 2. breakdowns after 其中, 分别为, 按…分, 从…看, with the shares their parts state (占93.54%)
function breakdownSums(soFar: SumsSoFar): void {
  const { par, out, used, usedParts, accept } = soFar;
  const { draft } = par;
  for (const found of breakdowns(par, used, usedParts).flatMap((b) => respectiveRuns(par, b))) {
    // (其中：一般债券4425万元，向外国政府借款17万元，…；专项债券6238万元: parts side by side in a group, siblingsInAGroup.ts)
    const b = siblingsInAGroup(par, listOfTheFirstOfAPair(par, totalNamedByParts(par, withoutOtherMeasures(withoutSiblingTotals(par, withoutInnerItems(partsBeforeAColon(par, found)))), used), used));
    // 专任教师1567人，其中：小学813人，初中479人…。职业中学一所，专任教师51人: a later sentence names another part of the
    // same measure under a scope of its own, so the list after 其中 need not be all of the total
    // (其中，养殖水产品产量…；捕捞水产品产量…: farmed and caught, all of the aquatic products, farmedAndCaught.ts)
    const complete = (b.complete || farmedAndCaught(b)) && !(b.marker === '其中' && partElsewhere(par, b));
    // 全年净增5386万户。其中，…用户全年净增5716万户: a part's net change may exceed its whole's, the other parts having
    // fallen, so net changes bound nothing unless the parts are all of the whole
    if (!complete && (NET_CHANGE.test(headOf(draft, b.total)) || fallBesideParts(par, b))) continue;
    // 市法院承办5件（其中与市检察院合办1件）: items handled jointly are counted under each handler, so the parts may
    // overlap, and only the largest is checked against the total
    const joint = b.segments.some((s) => JOINT.test(draft.prose.slice(s.offset, s.endOffset)));
    // (“两委”成员62人，其中，党组织成员51人、村（居）民委员会成员39人，交叉任职28人: less those sitting on both)
    const both = satOnBoth(par, b);
    const r = (both && lessSatOnBoth(b.total, b.parts, both)) || sumRelation(b.total, b.parts, !complete, b.marker, joint ? ANY_PART : undefined);
    if (!r) continue;
    accept(r, b.total, b.parts);
    // (其中成灾面积62.8万亩、绝收面积43.6万亩: the worse grade of crop damage within the one before it, totals.ts)
    const graded = worseGradeWithin(b.parts, b.marker);
    if (graded) out.push(graded);
    // (财政总收入4348万元，占年初预算10065万元的43.2%。其中：税收收入3511万元，占年初预算8465万元的41.5%；非税收入837万元，占年初
    // 预算1600万元的52.3%: the plans each states its share of add up as the figures do)
    const plans = plansOf(par, b);
    if (plans) accept(sumRelation(plans.total, plans.parts, !complete, b.marker), plans.total, plans.parts);
    // (接收的投诉举报信息共590件 after 投诉459件、举报131件: the subtotal the list restates is the sum of the parts it names)
    if (!complete) for (const t of withoutSubtotals(withoutFollowUps(b.parts)).subtotals) accept(sumRelation(t.total, t.parts, false, '“共”前'), t.total, t.parts);
    // (a total in the paragraph before: the shares there may be of another whole; shares.ts reads them)
    if (!b.above) out.push(...sharesInBreakdown(par, b));
    const changed = changesAddUp(par, b);
    if (changed) out.push(changed);
  }
}

/** The count of those sitting on both bodies (交叉任职28人) after two parts, in their period, unused by the breakdown. */
function satOnBoth(par: Paragraph, b: Breakdown): Figure | undefined {
  const last = b.parts[1];
  if (b.parts.length !== 2 || !last) return undefined;
  return par.periods.get(last.period)?.find((f) => f.offset > last.endOffset && SAT_ON_BOTH.test(f.measure) && !f.relational && f.unit.kind === b.total.unit.kind);
}

// 2c. 累计增加公办学校327所…。其中，公办幼儿园增加251所…；公办小学增加58所…: the kinds added, after a 其中 opening the
//     next sentence (addedAfterQiZhong.ts)
function addedAfterQiZhongSums(soFar: SumsSoFar): void {
  for (const a of addedAfterQiZhong(soFar.par, soFar.used)) soFar.accept(sumRelation(a.total, a.parts, true, '其中'), a.total, a.parts);
}

/** The year's own income or spending, a line of a 决算 beside the 总计 (本年收入合计, 本年支出合计), with nothing else totalled. */
/** A count's noun right after it, then 包括 (group 1) after a comma: 15280起法律援助案件，包括. */
const NOUN_THEN_INCLUDES = /^[\u4e00-\u9fff]{2,10}[，,](包括)(?![：:])/;

/** Whether the words after a part open with a noun ending as the total's noun (民事案件 after 10813起, under 法律援助案件). */
function nounAlike(after: string, noun: string): boolean {
  const own = /^[\u4e00-\u9fff]{2,8}?(?=以及|[和及与、，,；;。]|$)/.exec(after)?.[0] ?? '';
  return noun.length >= 2 && own.length >= 2 && suffixLength(own, noun) >= 2;
}

const YEAR_OWN_LINE = /^(?:包括)?本年(?:收入|支出)合计(?:为)?$/;

// 2b. 共有学校12所，分别为小学8所、初中3所 / 其中县级领导带队11次、部门牵头15次
//    (分别为 may follow the total after a 分号: 地区生产总值46.82亿元，…；三次产业增加值分别为…)
function markedSums(soFar: SumsSoFar): void {
  const { out, used } = soFar;
  const { draft, figures, sentences, periods } = soFar.par;
  for (const total of figures) {
    // (新增年销售收入过500万元的工业企业22家，其中…: a bar passed names what is counted, no total)
    if (used.has(total) || total.bracket || !exact(total) || cutByPieceLabel(draft.prose, total) || passedBar(draft, total)) continue;
    const within = textBetween(draft, total.endOffset, total.sentence.endOffset);
    const whole = textBetween(draft, total.endOffset, Math.max(total.sentence.endOffset, periodEnd(draft, total)));
    const nounList = NOUN_THEN_INCLUDES.exec(within);
    // the marker nearest the total decides: 86所，由…组成，在校生…，其中… is a 由…组成
    const m = [
      /^[^。；;]*?(其中[：:]?)/.exec(within),
      /^[^。]*?(分别为|分别是|分别有)/.exec(whole),
      /^[，,]?(由)(?=[^。；;]*(?:组成|构成))/.exec(within),
      /^[，,]?(主要包括|主要有|包括|主要集中[于在])(?![：:])/.exec(within),
      // 受理的15280起法律援助案件，包括10813起民事案件，4790起刑事案件以及217起行政案件 (heldout157/fayuan-guangzhou-01): a count
      // before its noun, 包括 after the noun, and counts before nouns named alike (…案件) after it
      nounList,
      // 共办理婚姻登记659对：结婚登记545对，离婚登记64对，补发婚姻登记证50对: a total stated with 共 whose colon opens its list
      COLON_AFTER_TOTAL.test(textBetween(draft, total.clause.offset, total.offset)) ? /^([：:])/.exec(within) : null,
    ]
      .filter((x): x is RegExpExecArray => x !== null)
      .sort((a, b) => a.index + a[0].length - (b.index + b[0].length))[0];
    if (!m) continue;
    const markerAt = total.endOffset + m.index + m[0].length - m[1]!.length;
    // 其中：县级财政投入1.12亿元；乡镇配套投入6800万元；… lists its parts across 分号
    const scope = m[1] === '其中' ? sentences.get(total.sentence.offset)! : periods.get(total.period)!;
    // figures between the total and the marker would make the total ambiguous
    const between = scope.filter((f) => f.offset > total.endOffset && f.offset < markerAt && compatible(f.unit, total.unit) && !f.relational);
    if (between.length > 0) continue;
    const before = scope.filter((f) => f !== total && f.offset < total.offset && compatible(f.unit, total.unit) && !f.bracket);
    // 共147件，主要包括咨询供水52件、供电11件，投诉噪音问题45件；三是…: the main items, to the clause group's end, by
    // whatever separator; they need not be all of the total
    // (公共服务类共计4件，主要集中于供水2件、供气2件: where most of them fall, likewise)
    const mainItems = m[1] === '主要包括' || m[1] === '主要有' || m[1] === '包括' || m[1]!.startsWith('主要集中');
    const itemsEnd = mainItems ? total.endOffset + Math.max(0, within.search(/[；;。]|$/)) : Infinity;
    const after = scope.filter((f) => f.offset > markerAt && !f.bracket && f.offset < itemsEnd);
    const parts: Figure[] = [];
    let separator: string | undefined;
    for (const f of after) {
      // (其中：夏糧25.98萬畝，同比減少3.52萬畝，秋糧56.17萬畝: a part's change from a year before, right after it, is that
      // part's, not one more part)
      if (m[1]!.startsWith('其中') && parts.length > 0 && f.relational && PART_CHANGE.test(simplified(textBetween(draft, f.clause.offset, f.offset)))) continue;
      // (共启动实施了31个片区，其中18个片区已施工完成，13个片区正在加紧施工，剩余1个片区…: what is left, after parts that
      // make the total already, is left of a larger whole (32个老旧片区), not one more part of this one)
      if (m[1]!.startsWith('其中') && parts.length >= 2 && /^(?:剩余|尚余|其余)/.test(textBetween(draft, f.clause.offset, f.offset)) && madeAlready(total, parts)) break;
      // a running total after the parts (经营主体总量达到5.86万户, 合计239.2亿元) or an average is not one of them
      // (收入总计7033.15万元，包括本年收入合计6925.14万元，使用年初结转和结余108.01万元: 本年收入合计 is a line of a 决算, the
      // year's own income, a part of the 总计 beside what was carried over, not a running total)
      const clauseHead = textBetween(draft, f.clause.offset, f.offset);
      if (!compatible(f.unit, total.unit) || (/总量|总数|总额|总计|合计|共计|小计|累计|达到|均/.test(f.measure + clauseHead) && !(mainItems && YEAR_OWN_LINE.test(clauseHead.trim())))) break;
      // (债务余额184618.67亿元，包括一般债务余额…、专项债务余额…，控制在…债务余额限额209974.3亿元之内: the ceiling the total is
      //  kept under, not one more item)
      if (A_CEILING.test(f.measure + textBetween(draft, f.clause.offset, f.offset)) && !A_CEILING.test(headOf(draft, total))) break;
      if (attributive(draft, f, after)) continue;
      // (其中内贸为283万吨，主要流向上海，达216万吨: where the part before mainly goes, within it)
      if (m[1]!.startsWith('其中') && parts.length > 0 && destinationOfThePartBefore(draft, parts[parts.length - 1]!, f)) continue;
      // one enumeration keeps one separator: 小学生3.12万人、初中生1.39万人，专任教师3412人 ends before 专任教师
      const previous = parts[parts.length - 1];
      // (其中，土地出让总价款11.9亿元，扣除上缴中央、省级收入和计提的专项资金后，全市国有土地有偿使用收入完成11.1亿元
      // (heldout164/yszx-jiyuan-01): what is left of the part before once something is taken off it (扣除…后) is that
      // part net, in its place, not one more part)
      if (previous && m[1]!.startsWith('其中') && NET_OF_THE_PART_BEFORE.test(textBetween(draft, previous.endOffset, f.offset))) {
        parts[parts.length - 1] = f;
        continue;
      }
      if (previous) {
        const between = textBetween(draft, previous.endOffset, f.offset);
        const mark = /^[、，,；;]/.exec(between)?.[0] ?? '';
        if (separator === undefined) separator = mark;
        else if (mark !== separator && !mainItems) break;
      }
      parts.push(f);
    }
    // 户籍总人口171.5万人，其中，某区户籍总人口159.4万人，城镇人口32.46万人，乡村人口126.95万人: a first part of the
    // total's own measure is a sub-total of a narrower scope, and what follows it are its parts, not the total's
    // (not a count before its noun with only 其中 before it: 共启动实施了31个片区，其中18个片区已施工完成，13个片区正在加紧施工
    // names no narrower scope, its noun is the total's and what it says of them comes after)
    if (m[1]!.startsWith('其中') && parts.length >= 2 && sameMeasure(parts[0]!, total) && !/^其中[：:，,]?$/.test(textBetween(draft, parts[0]!.clause.offset, parts[0]!.offset).trim()))
      parts.splice(1);
    if (parts.length === 0 || parts.some((p) => used.has(p))) continue;
    // (after a count before its noun, each part a count before a noun ending as the total's: 10813起民事案件 under 15280起法律援助案件)
    if (m === nounList && !parts.every((p) => nounAlike(textBetween(draft, p.endOffset, p.endOffset + 12), m[0].replace(/[，,]包括$/, '')))) continue;
    // (a colon's list: the total the one figure of its unit in its period before the colon, two parts at least)
    const colon = m[1] === '：' || m[1] === ':';
    if (colon && (before.length > 0 || parts.length < 2)) continue;
    // two candidate totals for the parts, unless the parts are named after the nearest alone
    if (before.length > 0 && m[1]!.startsWith('其中') && !namedAfterNearest(total, before, parts) && !grainSeasons(total, parts)) continue;
    // (占 of a share, not of the tax 耕地占用税: 其中：增值税21.5亿元，…，契税及耕地占用税2.9亿元，其他各项税收9.6亿元)
    if (parts.some((p) => /占(?!用税)|比|较|增长|下降|平均|每|人均/.test(textBetween(draft, p.clause.offset, p.offset)))) continue;
    if (mainItems) {
      const r = sumRelation(total, parts, true, `“${m[1]}”后`);
      if (r) out.push(r);
    } else if (colon) {
      // (the parts need not be all of it: a colon may list the main ones)
      const r = sumRelation(total, parts, true, '：');
      if (r) out.push(r);
    } else if (m[1]!.startsWith('其中')) {
      // 建设用地净增加751.1万亩，其中新增建设用地面积809.0万亩: after a net change, 其中 may name a gross flow (all that
      // was added, before what was lost is taken off), which may exceed the net; parts that are net changes themselves
      // (农用地净减少493.5万亩，其中耕地净减少115.3万亩) are read as before
      if (NET_CHANGE.test(headOf(draft, total)) && parts.some((p) => !NET_CHANGE.test(headOf(draft, p)))) continue;
      // 个人小额冠名基金增加72.7万元，其中，李锂女士建的“晴朗基金”增加到100万元: after an increase, 其中 may name a fund
      // whose level the increase brought it to (增加到, 增至), not the part of the increase it took
      if (AN_INCREASE.test(textBetween(draft, total.clause.offset, total.offset)) && parts.some((p) => LEVEL_REACHED.test(textBetween(draft, p.clause.offset, p.offset)))) continue;
      const r = sumRelation(total, parts, true, '其中');
      if (r) out.push(r);
    } else {
      if (parts.length < 2) continue;
      const named = textBetween(draft, total.clause.offset, total.endOffset);
      const listed = textBetween(draft, total.endOffset, markerAt);
      // the total says it is one (共, 合计 …), the list is a known partition (三次产业), or it 组成 the total
      if (m[1] !== '由' && !TOTAL_WORD.test(named) && !/第一产业.*第二产业.*第三产业|三次产业/.test(listed)) continue;
      const r = sumRelation(total, parts, false, m[1] === '由' ? '“由…组成”中' : `“${m[1]}”后`);
      if (r) out.push(r);
    }
    used.add(total);
    parts.forEach((p) => used.add(p));
  }
}

// 3. 中央资金1.26亿元、省级资金4860万元、市县配套资金2350万元，合计1.96亿元: the total after its parts
/** 共增加, 共减少学生: a total of flows named by their direction alone (what follows 共). */
const FLOW_TOTAL = /^(?:增加|减少)[\u4e00-\u9fff]{0,4}$/;

function totalAfterParts(soFar: SumsSoFar): void {
  const { used, accept } = soFar;
  const { draft, figures, periods } = soFar.par;
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total)) continue;
    // 合计1.96亿元 / 两级共接待来访群众6128人次 (after 县级接待来访群众…、乡镇接待来访群众…) / 两项费用合计6365461.59元
    // (after 收缴公路赔（补）偿费4268304.59元、罚款…元: a count of items, 两项, adds up that many parts, no more, no fewer)
    // (合計8.71億元 on a page in 繁體: 全市共發放創業擔保貸款6.47億元，正在審批貸款額度2.24億元，合計8.71億元)
    const head = /^(?:[两三四五各]级|([两二三四五六])项[\u4e00-\u9fff]{0,4}?)?(?:合计|共计|总计|总共|累计共|共|合計|共計|總計)(.*)$/.exec(textBetween(draft, total.clause.offset, total.offset).trim());
    if (!head) continue;
    const counted = head[1] === undefined ? undefined : head[1] === '两' ? 2 : CHINESE_DIGITS.indexOf(head[1]) + 1;
    // (…12345热线转办消费者咨询投诉举报2625件，全国12315平台受理消费者投诉举报1717件，两项合计共受理消费者咨询投诉举报4342件:
    // a count of items, 两项, names the parts by how many they are; the words after it need not end the parts' names)
    const named = counted === undefined ? head[2]! : '';
    // 今年招生10570人，复学42人，转入2889人，其他19人，共增加13520人；今年毕业生9847人，…，共减少学生13704人 (heldout144/
    // jytj-yongjia-01): 共增加 or 共减少 names what the flows before it do together, the flows each by its own name, up to
    // the ； before them
    const flow = FLOW_TOTAL.test(named);
    const before = (periods.get(total.period) ?? []).filter((f) => f.offset < total.offset && !f.bracket);
    const parts: Figure[] = [];
    for (const f of [...before].reverse()) {
      // (the count itself, 两项, read as a figure of its own)
      if (counted !== undefined && f.offset >= total.clause.offset) continue;
      if (!compatible(f.unit, total.unit) || f.relational || used.has(f)) break;
      if (flow && /[；;]/.test(textBetween(draft, f.endOffset, (parts[0] ?? total).offset))) break;
      if (named && !flow && !bareMeasure(f).endsWith(named.replace(/^[的]/, ''))) break;
      // 二是…，主要包括供水52件、供电11件；三是公共交通类诉求，共144件: a new item (三是) opens between them, so the
      // figures before it are the previous item's
      if (NEW_ITEM.test(textBetween(draft, f.endOffset, (parts[0] ?? total).offset))) break;
      parts.unshift(f);
      // 其余13件议案转为建议，加上会议期间收到的67件建议，共80件: 加上 (plus) opens the sum with the clause right before it
      if (PLUS.test(textBetween(draft, f.endOffset, parts[1]?.offset ?? total.offset))) break;
      if (parts.length === counted) break;
    }
    if (parts.length < 2 || (counted !== undefined && parts.length !== counted)) continue;
    const r = sumRelation(total, parts, false, '“合计”前');
    // (heldout171/renkou-lianyungang-04, see listOfTheSentenceBefore: the list may have begun in the sentence before)
    const earlier = !r || r.holds || named !== '' || counted !== undefined || parts[0] !== before[0] ? [] : listOfTheSentenceBefore(soFar.par, total, parts[0]!);
    const wider = earlier.length > 0 ? sumRelation(total, [...earlier, ...parts], false, '“合计”前') : undefined;
    if (wider?.holds) accept(wider, total, [...earlier, ...parts]);
    else accept(r, total, parts);
  }
}

/**
 * 全市各级普查领导小组274人，各级普查办公室工作人员13641人（其中…）。从…选调普查指导员和普查员16494人，基层积极分子、陪调员
 * 23791人，专项编码、数据处理人员376人，共54576人 (heldout171/renkou-lianyungang-04): a bare 共 closing a list that opens its
 * sentence may add up the list of the sentence before as well, when that sentence lists only figures of the total's
 * unit (brackets aside): the figures of that sentence, to be read before the others (the reading that holds is kept).
 */
function listOfTheSentenceBefore(par: Paragraph, total: Figure, first: Figure): Figure[] {
  const { draft, figures } = par;
  const last = figures.filter((f) => f.offset < first.offset && !f.bracket).pop();
  if (!last || last.period === first.period || last.para !== first.para) return [];
  if (
    textBetween(draft, last.endOffset, first.sentence.offset)
      .replace(/（[^（）]*）/g, '')
      .trim() !== '。'
  )
    return [];
  const list = figures.filter((f) => f.period === last.period && !f.bracket);
  return list.every((f) => compatible(f.unit, total.unit) && !f.relational && exact(f)) ? list : [];
}

// 3a. 总投资609.12万元。…追加工程费51.4万元，合计国家投资685.52万元: a total after a top-up, the amount first set and the
//     top-up (partsApart.ts)
function topUpSums(soFar: SumsSoFar): void {
  for (const t of topUpOfAnEarlierAmount(soFar.par, soFar.used)) soFar.accept(sumRelation(t.total, t.parts, false, TOP_UP_MARKER), t.total, t.parts);
}

/** A court's cases of the period to be dealt with: 共审理各类案件, 共受理案件, 共审执案件 (the verb, the cases). */
const CASELOAD = /^(?:共|合计|共计|总计)(?:审理|受理|审执|办理)[\u4e00-\u9fff]{0,4}案件$/;

// 2e. 新收案件103件，旧存案件3件，共审理各类案件106件: the cases a court deals with in a period are those received anew and
//     those carried over (旧存), the two right before the caseload in its period, in either order
function courtCaseloadSums(soFar: SumsSoFar): void {
  const { used, accept } = soFar;
  const { draft, figures, periods } = soFar.par;
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total) || !CASELOAD.test(textBetween(draft, total.clause.offset, total.offset).trim())) continue;
    const before = (periods.get(total.period) ?? []).filter((f) => f.offset < total.offset);
    const parts = before.slice(-2);
    const heads = parts.map((f) => headOf(draft, f).trim());
    const newAndOld = (a: string, b: string): boolean => /(?:新收|新受理)(?:各类)?案件(?:为|共)?$/.test(a) && /旧存(?:案件)?(?:为|共)?$/.test(b);
    if (parts.length !== 2 || parts.some((f) => used.has(f) || f.bracket || !compatible(f.unit, total.unit)) || !(newAndOld(heads[0]!, heads[1]!) || newAndOld(heads[1]!, heads[0]!))) continue;
    accept(sumRelation(total, parts, false, '“共”前'), total, parts);
  }
}

// 3a. 一般公共预算收入36.82亿元，…。加上上级补助收入49.82亿元、…上年结转9.67亿元，一般公共预算收入总计114.5亿元: a
//     statement of account, its first item before 加上, the others after it, all of them before the total
//     (read before 3b, which would weigh the last items of the total's period alone)
function accountTotalSums(soFar: SumsSoFar): void {
  const { par, out, used, usedParts, accept } = soFar;
  for (const a of accountTotals(par, used, usedParts)) {
    accept(sumRelation(a.total, a.parts, false, '“总计”前'), a.total, a.parts);
    const carried = carriedOverOfTheBalance(par, a.total, a.parts);
    if (carried) out.push(carried);
  }
}

/** The year-end balance closing the items of a spending account (以及年终结余, 年终滚存结余). */
const YEAR_END_BALANCE = /年终(?:滚存)?结余$/;
/** The sentence right after the account's total, opening with what is carried over of the balance (。其中结转下年支出). */
const CARRIED_OVER_NEXT = /^。其中[：:，,]?结转下年(?:支出|使用|资金)?$/;

/**
 * 加上…年终结余55.98亿元等，全市一般公共预算支出总计730.05亿元。其中结转下年支出55.98亿元 (heldout164/jsbg-zhanjiang-01): the
 * 其中 opening the sentence after a spending account's total speaks of its last item, the year-end balance, and what is
 * carried over to the next year is within that balance, no more than it.
 */
function carriedOverOfTheBalance(par: Paragraph, total: Figure, parts: readonly Figure[]): Relation | undefined {
  const { draft, figures } = par;
  const balance = parts[parts.length - 1];
  const carried = figures[figures.indexOf(total) + 1];
  if (!balance || !carried || carried.bracket || carried.relational || !exact(carried) || !compatible(carried.unit, balance.unit)) return undefined;
  if (!YEAR_END_BALANCE.test(headOf(draft, balance)) || !CARRIED_OVER_NEXT.test(textBetween(draft, total.endOffset, carried.offset))) return undefined;
  return sumRelation(balance, [carried], true, '其中');
}

// 3b. 政府性基金支出83173万元，调出资金18300万元，债务还本支出315万元，支出合计101788万元: a statement of account,
//     whose items are not all named like the total; the total adds up the last items before it in its period (how
//     many: the reading that holds), skipping their percentages, comparisons (比上年决算数14.94亿元) and brackets
function accountItemSums(soFar: SumsSoFar): void {
  const { out, used } = soFar;
  const { draft, figures, periods } = soFar.par;
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total) || !/^(?:收入|支出)(?:合计|总计)$/.test(headOf(draft, total))) continue;
    const items: Figure[] = [];
    for (const f of [...(periods.get(total.period) ?? [])].reverse()) {
      if (f.offset >= total.offset || f.bracket || f.unit.kind === 'percent' || f.relational) continue;
      if (!compatible(f.unit, total.unit) || !exact(f)) break;
      items.unshift(f);
    }
    if (items.length < 2) continue;
    const alternatives = [];
    for (let k = items.length - 2; k >= 0; k--) {
      const parts = items.slice(k);
      const cast = [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
      alternatives.push({ cast, reading: sumReading(parts, total) });
    }
    const r = relationAmong('sum', total, alternatives, { marker: '“合计”前' });
    if (r) {
      out.push(r);
      used.add(total);
    }
  }
}

// 4. 共26个，已整改21个，其余6个正在整改: parts that end with 其余 split the total exactly
function restSums(soFar: SumsSoFar): void {
  const { par, used, accept } = soFar;
  const { draft, figures, sentences } = par;
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total)) continue;
    const stated = STATES_A_TOTAL.test(textBetween(draft, total.clause.offset, total.offset));
    // (其中国税累计完成161万元，地税累计完成778万元，其他380万元: a part after 其中 is no total, however it is counted)
    if (/其中/.test(textBetween(draft, total.sentence.offset, total.offset))) continue;
    const after = sentences.get(total.sentence.offset)!.filter((f) => f.offset > total.endOffset && !f.bracket);
    const paired = pairedCount(figures, total);
    const parts: Figure[] = [];
    for (const f of after) {
      // (累计纳入监测对象5618户22770人，累计消除风险4626户18845人，风险消除率82.3%，剩余992户3925人: households and people
      // counted side by side add up each on their own, the rate between them no part)
      if (paired && (f.unit.kind === 'percent' || (!compatible(f.unit, total.unit) && pairedCount(figures, f)))) continue;
      if (!compatible(f.unit, total.unit) || f.relational) break;
      parts.push(f);
      if (namesTheRest(textBetween(draft, f.clause.offset, f.offset).trim())) break;
    }
    const last = parts[parts.length - 1];
    if (parts.length < 2 || !last || !namesTheRest(textBetween(draft, last.clause.offset, last.offset).trim())) continue;
    if (parts.some((p) => used.has(p))) continue;
    if (!stated && !doneThenRest(par, total, parts)) continue;
    // 共受理申请240件，上年结转1件，其中237件已答复，剩余4件结转下年: a carry-over from an earlier year right after the
    // total joins it; the parts that follow split the two together
    const carried = CARRIED_IN.test(textBetween(draft, parts[0]!.clause.offset, parts[0]!.offset).trim());
    if (carried && parts.length >= 3) {
      const [carry, ...rest] = parts;
      const r = relation(
        'sum',
        total,
        [[total, 'total'], [carry!, 'total'], ...rest.map((p) => [p, 'part'] as const)],
        [judge(sumOf(rest), { op: '+', args: [{ figure: total }, { figure: carry! }] }, { unit: 'amount' })],
        { marker: '连同结转' },
      );
      accept(r, total, parts);
      continue;
    }
    accept(sumRelation(total, parts, false, '连同“其余”'), total, parts);
  }
}

// 4'. 共检查1340名儿童，发现正常者269人，占20.9%；其余1020人…: a part and the rest past their shares (restPastShares.ts)
function restPastSharesSums(soFar: SumsSoFar): void {
  for (const c of restPastShares(soFar.par, soFar.used, soFar.usedParts)) soFar.accept(sumRelation(c.total, c.parts, false, '连同“其余”'), c.total, c.parts);
}

/** The splits of a total one reading finds (4b–4f), each accepted as a sum with its marker; `remainder`: the parts may leave some. */
function acceptSplits(
  soFar: SumsSoFar,
  find: (par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>) => ReadonlyArray<{ total: Figure; parts: Figure[] }>,
  remainder: boolean,
  marker: string,
): void {
  const { par, used, usedParts, accept } = soFar;
  for (const c of find(par, used, usedParts)) accept(sumRelation(c.total, c.parts, remainder, marker, NOTHING), c.total, c.parts);
}

// 4b. 受理诉求180万件，办结150.25万件，正在办理中29.75万件 / 已解决3112件，未解决344件: what is done and what is
//     not yet done of one total split it exactly
function doneAndNotDoneSums(soFar: SumsSoFar): void {
  acceptSplits(soFar, doneAndNotDone, false, '已办与未办');
}

// 4c. 立案31起，结案18起，剩余13起 / 可开发装机容量17.738万千瓦，已开发利用9.368万千瓦，尚有8.37万千瓦待开发: a
//     total, the part done, and what is left of it (剩余, 尚有, 仍有, 还有, 余下) split it exactly
function doneThenLeftSums(soFar: SumsSoFar): void {
  acceptSplits(soFar, doneThenLeft, false, '已办与剩余');
}

// 4d. 电梯：12家共27台已经注册登记，正常使用21台，停用6台: equipment on the register, in use and out of use
function inUseAndStoppedSums(soFar: SumsSoFar): void {
  acceptSplits(soFar, inUseAndStopped, false, '在用与停用');
}

// 4e. 累计接收社区服刑人员750人，累计解除528人，在册社区服刑人员222人: offenders taken in for community correction, those
//     released and those on the register
function correctionRegisterSums(soFar: SumsSoFar): void {
  acceptSplits(soFar, correctionRegister, false, '接收与解除、在册');
}

// 4f. 行政人员53人，在编29人: the staff on the establishment, a part of the staff
function onEstablishmentSums(soFar: SumsSoFar): void {
  acceptSplits(soFar, onEstablishment, true, '在编');
}

// 5. 常住人口283.46万人。…男性人口143.02万人，女性人口140.44万人: the parts of a complete partition, with no word
//    tying them to their whole
function partitionsOfAWhole(soFar: SumsSoFar): void {
  const { par, out, used } = soFar;
  for (const p of partitionSums(par, out)) {
    out.push(p.relation);
    used.add(p.total);
    p.parts.forEach((f) => used.add(f));
  }
}

// 5a'. 农民工随迁子女共15274人…。农民工子女在公办学校就读有9819人，在民办学校就读有5678人: children by the owner of their
//      school are all of them (schoolOwners.ts)
function schoolOwnerTotals(soFar: SumsSoFar): void {
  const { par, used, adopt } = soFar;
  schoolOwnerSums(par, used).forEach(adopt);
}

// 5a''. 重点工业项目17个，完成投资144亿元。从行业类别看，14个…项目完成投资134.7亿元；3个…项目完成投资0.93亿元: a view's
//       groups that make the whole count make the whole amount (viewedGroups.ts)
function viewedGroupTotals(soFar: SumsSoFar): void {
  const { par, used, out } = soFar;
  // (the whole is the total of each view: not taken by the first)
  for (const p of viewedGroupSums(par, used)) {
    out.push(p.relation);
    p.parts.forEach((f) => used.add(f));
  }
}

// 5b. 立案470件。…委员提案371件，…；集体提案99件: proposals by who made them, members or bodies, are all of them
function proposalAuthorSums(soFar: SumsSoFar): void {
  const { par, usedParts, adopt } = soFar;
  proposalAuthors(par, usedParts).forEach(adopt);
}

// 5c. 共收到提案400件，经审查，立案349件，转为意见和建议51件: the proposals received are filed or not
function proposalReviewSums(soFar: SumsSoFar): void {
  const { par, usedParts, adopt } = soFar;
  proposalsReviewed(par, usedParts).forEach(adopt);
}

// 5d. 审结40件54人，批准逮捕34件36人，不捕6件18人: a procuratorate's reviews end in its decisions, to arrest or not, to
//     prosecute or not
function reviewDecisionSums(soFar: SumsSoFar): void {
  const { par, usedParts, adopt } = soFar;
  reviewDecisions(par, usedParts).forEach(adopt);
}

// 5e. 当月发放低保金7537434元。1-5月份累计发放低保金37855680元: the month's figure is part of the running total
function monthsInRunningTotals(soFar: SumsSoFar): void {
  const { par, used, adopt } = soFar;
  for (const c of monthInTotal(par, used)) {
    if (!exact(c.total) || !exact(c.part)) continue;
    const r = largestPart(c.total, [c.part], [[c.total, 'total'] as const, [c.part, 'part'] as const], '累计');
    if (r) adopt({ relation: r, total: c.total, parts: [c.part] });
  }
}

// 5e'. 首创制度创新案例新增9个、累计达到79个: the items added are a part of the count they brought the whole to (partitions.ts)
function addedWithinReached(soFar: SumsSoFar): void {
  const { par, used, adopt } = soFar;
  for (const c of addedThenReached(par, used)) {
    const r = largestPart(c.total, [c.part], [[c.total, 'total'] as const, [c.part, 'part'] as const], '累计');
    if (r) adopt({ relation: r, total: c.total, parts: [c.part] });
  }
}

// 5f. 全市缴存职工26.30万人，累计归集226.85亿元；其中市本级缴存职工12.95万人，累计归集102.53亿元: a narrower scope after
//     其中 states the same measures again, each no more than the whole's
function scopedEchoSums(soFar: SumsSoFar): void {
  const { par, used, adopt } = soFar;
  for (const c of scopedEchoes(par, used)) {
    const r = largestPart(c.total, [c.part], [[c.total, 'total'] as const, [c.part, 'part'] as const], '其中');
    if (r) adopt({ relation: r, total: c.total, parts: [c.part] });
  }
}

// 6. 义务教育阶段学校77所，招生24636人，在校生84036人。⏎其中普通小学49所，…在校生60766人。⏎其中普通初中28所，…在校生
//    23270人: paragraphs that open with 其中 (or ——) after a lead paragraph break its figures down, one part each
function paragraphSums(soFar: SumsSoFar): void {
  const { par, out } = soFar;
  out.push(...subParagraphSums(par));
  // 6a. 参加职工基本医疗保险1037685人，比上年增加27879人。参加职工基本医疗保险人员中，在职职工比去年同期增加17128人，…退休人员
  //     比去年同期增加10748人: the changes of the parts of a partition, after the whole's name and 中, add up to the whole's
  out.push(...changesAmongNamed(par));
  //    (the same pieces run on in one paragraph, each after a dash: …中小学214所… ——小学。校数129所… ——初中。校数85所…)
  out.push(...inlineSubSums(par));
  // 6b. 1—9月完成投资1275.34亿元。其中：⏎高速公路完成投资679.62亿元，…⏎国省干线完成投资426.91亿元…: a paragraph that ends
  //     with 其中： lists its total's parts in the paragraphs after it, one opening each
  const colon = colonParagraphSums(par);
  out.push(...colon);
  // 6c. 全县共发生各类安全事故14起、死亡4人…。具体情况是：⏎一、从行业看⏎（一）道路交通：事故9起、死亡4人…⏎（二）…: the
  //     paragraphs of a list after a lead paragraph (numbered from the first, or after a heading that sorts them) each
  //     give a part of its totals
  out.push(...sectionParagraphSums(par, new Set(colon.map((r) => r.anchor))));
  // 6d. 1.省级专项扶贫资金47万元⏎2.市级扶贫专项资金66.5万元⏎以上资金合计113.5万元: the numbered items above, added up
  out.push(...itemsAboveAddedUp(par));
}

// 7. 三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%: the three industries' contributions make all of the growth
function industrySums(soFar: SumsSoFar): void {
  const { par, out } = soFar;
  out.push(...contributions(par));
  // 7b. 三次产业分别拉动经济增长0.9个百分点、1.9个百分点、3.3个百分点: the three industries' pulls make all of the growth
  out.push(...pulls(par));
  // 7e. 第一产业投资…上拉投资增速2.4个百分点；第二产业投资…；第三产业投资…下拉投资增速2.8个百分点: the same of investment
  out.push(...investmentPulls(par));
  // 7d. 第一产业比重提高0.3个百分点，第二产业比重下降3.1个百分点，第三产业比重提高2.8个百分点: the three industries' shares
  //     always make 100%, so what some gain the others lose
  out.push(...structureChanges(par));
}

// 7c. 第二产业增加值240034万元，下降20.7%，工业增加值183809万元，…建筑业增加值56259万元: the secondary industry is
//     industry and construction, by the national accounts' definition
// (工业 after 其中, 建筑业 after a ；: the 其中 list of the first alone gives way to the two)
function secondaryIndustrySums(soFar: SumsSoFar): void {
  const { par, out, accept } = soFar;
  const ownerOf = new Map<Figure, Figure>();
  for (const r of out) if (r.kind === 'sum') r.figures.forEach((f, k) => r.roles[k] === 'part' && ownerOf.set(f, withRole(r, 'total')!));
  for (const s of secondaryIndustry(par, ownerOf)) {
    const r = sumRelation(s.total, s.parts, false, '第二产业');
    if (!r) continue;
    const within = out.findIndex((o) => o.kind === 'sum' && withRole(o, 'total') === s.total && o.figures.every((f, k) => o.roles[k] === 'total' || s.parts.includes(f)));
    if (within >= 0) out.splice(within, 1);
    accept(r, s.total, s.parts);
  }
}

// 8. 收支相抵，年终结余2.95亿元 / 当年收支结余1,522万元 / 减支出总计425533万元，财政滚存结余25694万元: a balance is
//    what the income left after the spending
function balances(soFar: SumsSoFar): void {
  const { par, out, used } = soFar;
  const { figures } = par;
  for (const b of figures)
    if (!used.has(b)) {
      const r = balance(par, b);
      if (r) out.push(r);
    }
}

// 8k. 当年结余25.6亿元，加上上年结余172.7亿元，年末滚存结余198.3亿元 (heldout164/ysjd-zhoukou-01): the balance rolled to the
//     year's end is the year's own balance and the one brought in, the three in a row (the balance of the year itself is
//     read by 8)
function rolledBalanceSums(soFar: SumsSoFar): void {
  const { par, used, accept } = soFar;
  const { draft, figures } = par;
  if (!proseOf(par).includes('加上上年')) return;
  for (let k = 2; k < figures.length; k++) {
    const [own, brought, total] = [figures[k - 2]!, figures[k - 1]!, figures[k]!];
    if ([own, brought, total].some((f) => used.has(f) || f.bracket || f.relational || !exact(f) || f.unit.kind !== 'money' || !compatible(f.unit, total.unit))) continue;
    if (!YEAR_OWN_BALANCE.test(textBetween(draft, own.clause.offset, own.offset))) continue;
    if (!BALANCE_BROUGHT.test(textBetween(draft, own.endOffset, brought.offset)) || !BALANCE_ROLLED.test(textBetween(draft, brought.endOffset, total.offset))) continue;
    accept(sumRelation(total, [own, brought], false, '“加上”'), total, [own, brought]);
  }
}

/** The year's own balance opening its clause: 当年结余, 本年收支结余. */
const YEAR_OWN_BALANCE = /^(?:当年|本年)(?:收支)?结余(?:为)?$/;
/** The balance brought in from the year before, added to it: ，加上上年结余 / ，加上上年滚存结余. */
const BALANCE_BROUGHT = /^[，,]加上上年(?:末)?(?:滚存)?结余(?:为)?$/;
/** The balance rolled to the year's end, right after: ，年末滚存结余 / ；年终滚存结余为. */
const BALANCE_ROLLED = /^[，,；;](?:年末|年终)(?:滚存|累计)?结余(?:为|达)?$/;

// 0b. 全国水资源总量为25782.5亿m³。其中，地表水资源量为24633.5亿m³，地下水资源量为7807.1亿m³，地下水与地表水资源不重复量为
//     1149.0亿m³: the total is the surface water and the ground water not counted twice, by definition (definitions.ts),
//     however the sentence between runs (before a 其中 list reads them as parts that may leave a remainder)
function waterResourceSums(soFar: SumsSoFar): void {
  const { par, used, adopt } = soFar;
  for (const w of waterResources(par)) {
    if ([w.total, ...w.parts, ...(w.less ? [w.less] : [])].some((f) => used.has(f))) continue;
    const reading = w.less ? judge({ op: '-', args: [sumOf(w.parts), { figure: w.less }] }, { figure: w.total }, { unit: 'amount' }) : sumReading(w.parts, w.total);
    const cast = [[w.total, 'total'] as const, ...w.parts.map((p) => [p, 'part'] as const), ...(w.less ? [[w.less, 'part'] as const] : [])];
    const r = relation('sum', w.total, cast, [reading], { marker: '水资源总量' });
    if (r) adopt({ relation: r, total: w.total, parts: [...w.parts, ...(w.less ? [w.less] : [])] });
  }
}

// 8j. 3月，全省全社会用电量147.96亿千瓦时。⏎3月，第一产业用电量1.43亿千瓦时；第二产业…；第三产业…；城乡居民生活用电量12.48亿
//     千瓦时: a scope's electricity is what its three industries and its households used, by definition (definitions.ts);
//     last, where no reading before took the parts as parts of something else
function electricityUseSums({ par, out, adopt }: SumsSoFar): void {
  const found = electricityUse(par);
  if (found.length === 0) return;
  const parts = new Set(out.flatMap((r) => r.figures.filter((_, k) => r.roles[k] === 'part')));
  for (const e of found) {
    if (e.parts.some((p) => parts.has(p))) continue;
    const r = relation('sum', e.total, [[e.total, 'total'] as const, ...e.parts.map((p) => [p, 'part'] as const)], [sumReading(e.parts, e.total)], { marker: '全社会用电量' });
    if (r) adopt({ relation: r, total: e.total, parts: e.parts });
  }
}

// 8b. 资产总额1560.52亿元，…；负债总额987.56亿元，…；所有者权益572.96亿元: what is owned is what the assets leave after
//     the debts
function netAssetSums({ par, out }: SumsSoFar): void {
  for (const n of netAssets(par)) {
    const r = differenceByDefinition(n.assets, n.debts, n.net, '资产减负债');
    if (r) out.push(r);
  }
}

// 8i. 业务收入14249.37万元…；业务支出6678.55万元…；实现增值收益7570.82万元: a housing fund's surplus is what its business
//     income leaves after its business spending
function fundSurplusSums({ par, out }: SumsSoFar): void {
  for (const n of fundSurpluses(par)) {
    const r = differenceByDefinition(n.income, n.spending, n.surplus, '业务收入减支出');
    if (r) out.push(r);
  }
}

// 8j. 出口12.47万亿元，…；进口9.36万亿元，…；贸易顺差3.11万亿元: a trade surplus is what the exports leave after the imports
//     (a deficit, the imports after the exports)
function tradeBalanceSums({ par, out }: SumsSoFar): void {
  for (const t of tradeBalances(par)) {
    const r = differenceByDefinition(t.whole, t.taken, t.left, t.surplus ? '贸易顺差' : '贸易逆差');
    if (r) out.push(r);
  }
}

/** A figure a definition makes the difference of two others (净资产 = 资产 − 负债), reported on the difference. */
function differenceByDefinition(whole: Figure, taken: Figure, left: Figure, marker: string): Relation | undefined {
  return relation(
    'sum',
    left,
    [
      [whole, 'total'],
      [taken, 'part'],
      [left, 'part'],
    ],
    [judge({ op: '-', args: [{ figure: whole }, { figure: taken }] }, { figure: left }, { unit: 'amount' })],
    { marker },
  );
}

// 8h. 其中，企业11.77万户，增长4.5%；个体工商户16.94万户，增长2.5%: a 其中 list whose parts each carry their own growth rate
//     is read whole (the rates cut it into clauses), and the total's growth their rates imply (partsWithGrowth.ts)
function partsWithTheirGrowthSums({ par, out }: SumsSoFar): void {
  readPartsWithTheirGrowth(par, out, (total, parts) => sumRelation(total, parts, true, '其中'));
}

/** What a level is stated as a share of, right after it: 占年初预算10065万元的, 为全年预算46,908万元的 (group 1 the plan's name). */
const SHARE_OF_PLAN = /^[，,]\s*(?:占|为|為|完成)([\u4e00-\u9fff]{0,16}?(?:预算|預算|计划|計劃|任务|任務|目标|目標))$/;

/**
 * The plans a breakdown's total and each of its parts are stated as shares of (占年初预算10065万元的43.2% after the total,
 * 占年初预算8465万元的41.5% after a part): the figure right after each, named alike, followed by 的 and a percentage.
 * Undefined unless every part has one.
 */
function plansOf(par: Paragraph, b: Breakdown): { total: Figure; parts: Figure[] } | undefined {
  const { draft, figures } = par;
  const planOf = (f: Figure): { plan: Figure; name: string } | undefined => {
    // (the plan is a relational figure, in a clause of its own after the level's)
    const g = figures[figures.indexOf(f) + 1];
    if (!g || !exact(g) || g.bracket || !compatible(g.unit, f.unit) || g.sentence.offset !== f.sentence.offset) return undefined;
    const name = SHARE_OF_PLAN.exec(textBetween(draft, f.endOffset, g.offset))?.[1];
    if (name === undefined || !/^\s*的\s*[0-9０-９]/.test(draft.prose.slice(g.endOffset, g.endOffset + 4))) return undefined;
    return { plan: g, name };
  };
  const total = planOf(b.total);
  if (!total || b.parts.length < 2) return undefined;
  const parts = b.parts.map(planOf);
  if (parts.some((p) => !p || p.name !== total.name)) return undefined;
  return { total: total.plan, parts: parts.map((p) => p!.plan) };
}
/** A carry-over from an earlier period, in either script: 上年结转, 2022年結轉. */
const CARRIED_IN = /^(?:上年度?|去年|[0-9]{4}年度?)(?:结转|結轉)$/;

// 2f. 新增债务限额 4678 亿元（广东地区 4013 亿元、深圳市 665 亿元），包括：一是…356 亿元（广东地区 345 亿元、深圳市 11 亿元）；二是
//     …4322 亿元（广东地区 3668 亿元、深圳市 654 亿元） (heldout164/tzfa-guangdong-01): each place's figure in the total's
//     bracket adds up its figures in the parts' brackets (crossedBrackets.ts); the figures are others' too, so none is taken
function crossedBracketSums({ par, out }: SumsSoFar): void {
  for (const c of crossedBrackets(par)) {
    const r = sumRelation(c.total, c.parts, false, '各分项括号内', BRACKET_PIECES_CUT);
    if (r) out.push(r);
  }
}

// 14. 新增专项债券18.35亿元，用于社会事业6.46亿元，市政和产业园区基础设施9.23亿元，保障性安居工程2.66亿元: a sum of money
//     and the uses it goes to right after it, each named with its amount, to the end of the sentence; 主要用于 may leave
//     uses out, so the uses are no more than the sum, as after 其中 (last: only where no reading before took them)
function usesOfASum(soFar: SumsSoFar): void {
  const { par, out, used, accept } = soFar;
  const { draft, figures, sentences } = par;
  for (const total of figures) {
    // (用于 within a few characters after it, spaces allowed, or no use follows: one look per figure)
    if (total.unit.kind !== 'money' || !USE.test(textBetween(draft, total.endOffset, total.endOffset + USE_REACH)) || !PART_FIGURE(total)) continue;
    // (a part of a list before may head its own uses: 其中，县本级新增一般债券2.54亿元，用于公路建设1.42亿元，…)
    if (out.some((r) => r.kind === 'sum' && withRole(r, 'total') === total)) continue;
    // (其中用于市政和产业园区建设方面49.05亿元，用于保障性安居工程方面39.82亿元: a use in a list of uses is no sum of the next)
    if (USE.test(textBetween(draft, total.clause.offset, total.offset))) continue;
    const after = sentences.get(total.sentence.offset)!.filter((f) => f.offset > total.endOffset);
    const parts: Figure[] = [];
    let from = total.endOffset;
    for (const f of after) {
      // (a share stated after a use, 占比75%, is passed over; its words are no part of the next use's name)
      if (f.unit.kind === 'percent' && parts.length > 0) {
        from = f.endOffset;
        continue;
      }
      if (!PART_FIGURE(f) || !compatible(f.unit, total.unit) || used.has(f)) break;
      const name = textBetween(draft, from, f.offset).replace(/\s/g, '');
      const m = (parts.length === 0 ? USES_OPENING : USE_NAMED).exec(name);
      if (!m || NOT_A_USE.test(m[1]!)) break;
      parts.push(f);
      from = f.endOffset;
    }
    if (parts.length < 2) continue;
    // (money put to one use is not put to another: the uses cannot overlap as kinds after 其中 may)
    const r = sumRelation(total, parts, true, '用于');
    if (r?.hint === 'overlap') delete r.hint;
    accept(r, total, parts);
  }
}

const USE = /用于/;
/** How far after a sum its 用于 may stand: ，主要安排用于 and a space or two. */
const USE_REACH = 12;
/**
 * The words between a sum of money and its first use: ，主要用于 / ，全部用于 / ，拟安排用于 / ，具体用于 (省级承贷 11.4 亿元，具体
 * 用于铁路建设 7 亿元、…, heldout164/tzfa-guangdong-02) (the use's name in group 1).
 */
const USES_OPENING = /^[，,]?(?:主要|全部|重点|分别|专项|具体|拟|将|计划)?(?:安排)?用于[：:]?([^，,、；;。：:（）()\d]{2,30})$/;
/** The words between a use and the next: ，教育 / 、老旧小区改造 / ，用于社区公益类 (the use's name in group 1). */
const USE_NAMED = /^[，,、](?:用于)?([\u4e00-\u9fff][^，,；;。：:]{1,40})$/;
/** Names that are no use of the money but another measure of it or of its projects: 总投资, 已拨付, 占比, 增加. */
const NOT_A_USE = /总|合计|共|累计|已|拨付|到位|完成|结余|剩余|余额|每|人均|平均|比|增|减|占|其中|以上/;

/** 加上, 再加上, 连同: the words that add what follows to the figure right before them. */
const PLUS = /加上|连同/;

/**
 * 出栏各类牲畜4.7万头只匹 (head of cattle, sheep and horses together), 单位面积产量5921公斤/公顷 (a yield per hectare):
 * the text goes on with more of the figure's unit, so the figure is read with part of its unit only; it is no amount
 * to add up or to add up to.
 */
function unitRunsOn(draft: Draft, f: Figure): boolean {
  const after = draft.prose.slice(f.endOffset, f.endOffset + 3);
  return /^\s*[/／]\s*[\u4e00-\u9fffA-Za-z]/.test(after) || (/[头只匹口羽]$/.test(f.text) && /^[头只匹口羽]/.test(after));
}

/** 审结时起诉6人（含上期结转1人）: a part that counts what was carried over from before the period may make the parts
 *  add up to more than the period's total. */
const CARRIED_OVER_PART = /^\s*[（(]\s*(?:含|包括)(?:上期|上年|去年|往年|以前年度|历年|上月)/;

/** An enumerated item opening (一是, 其三, 第四，): vocabulary's pattern, without its global flag, to test a stretch of text. */
const NEW_ITEM = new RegExp(ENUMERATED_ITEM.source);

/** Parts cut by a person's attributes (women, the under-35s, graduates, party members): they overlap any other cut. */
const PERSONAL_ATTRIBUTE = /女|男|少数民族|岁以下|岁以上|周岁|学历|大专|本科|研究生|硕士|博士|退役军人|党员|团员|残疾/;

/** A pattern that matches nothing: no part cuts across the others. */
const NOTHING = /(?!)/;

/**
 * A count written right against another count of another unit, nothing between (5618户22770人, 审结40件54人): one
 * thing counted two ways, households and people, cases and persons.
 */
function pairedCount(figures: readonly Figure[], f: Figure): boolean {
  const i = figures.indexOf(f);
  const abuts = (a: Figure | undefined, b: Figure | undefined): boolean => !!a && !!b && a.endOffset === b.offset && a.unit.kind === 'count' && b.unit.kind === 'count' && !compatible(a.unit, b.unit);
  return abuts(figures[i - 1], f) || abuts(f, figures[i + 1]);
}

/** How many shares of one whole are looked at for runs that make 100%. */
const SHARES_REACH = 40;

/**
 * 受理的73件中，农林水利方面21件，占总数的28.8%；…；综合方面24件，占总数的32.9%: parts whose shares of one whole, as
 * written, add up to 100% are all of that whole, so their figures add up to it too. Each share says only that its part
 * is so much of the whole; a whole miscopied makes every share wrong at once, and the sum says where: at the whole.
 * The parts are taken in order, a run of them at a time whose shares make 100% (two lists of one whole, by channel and
 * by kind, are two runs); a whole that already has a sum with any of these parts is left to it, unless that sum read
 * the list after 其中 to its first part only (then the run replaces it in `found`).
 */
export function sumsOfShares(found: Relation[], par: Paragraph): Relation[] {
  const byWhole = new Map<Figure, Array<{ part: Figure; percent: Figure }>>();
  for (const r of found) {
    if (r.kind !== 'share' || r.unchecked || r.figures.length !== 3) continue;
    const part = withRole(r, 'numerator');
    const whole = withRole(r, 'denominator');
    const percent = withRole(r, 'percent');
    if (!part || !whole || !percent || part === whole || percent.unit.kind !== 'percent' || !exact(percent) || percent.value <= 0) continue;
    if (!exact(part) || !exact(whole) || part.relational || whole.relational || !compatible(part.unit, whole.unit)) continue;
    const list = byWhole.get(whole);
    if (list) list.push({ part, percent });
    else byWhole.set(whole, [{ part, percent }]);
  }
  const out: Relation[] = [];
  for (const [whole, entries] of byWhole) {
    if (entries.length < 2 || entries.length > SHARES_REACH) continue;
    if (found.some((r) => r.kind === 'sum' && r.figures.includes(whole) && entries.some((e) => r.figures.includes(e.part)) && !firstPartOnly(r, whole))) continue;
    entries.sort((a, b) => a.part.offset - b.part.offset);
    for (let i = 0; i < entries.length;) {
      let j = i;
      let reading: ReturnType<typeof judge>;
      for (; j < entries.length; j++) {
        const percents = entries.slice(i, j + 1).map((e) => e.percent);
        reading = judge(sumOf(percents), { constant: 100, text: '100%' }, { compare: '=', unit: 'percent' });
        if (!reading || reading.holds || reading.range.lo > reading.statedRange.hi) break;
      }
      // the longest run that makes 100%: a small share after it (18岁以下7151名，占0.3% after 51% and 48.7%) may fall
      // within the rounding of those before it, and is a part all the same
      while (reading?.holds && j + 1 < entries.length) {
        const longer = judge(sumOf(entries.slice(i, j + 2).map((e) => e.percent)), { constant: 100, text: '100%' }, { compare: '=', unit: 'percent' });
        if (!longer?.holds) break;
        reading = longer;
        j++;
      }
      const run = entries.slice(i, j + 1);
      if (!reading?.holds || run.length < 2 || new Set(run.map((e) => e.part)).size !== run.length) {
        i++;
        continue;
      }
      const parts = run.map((e) => e.part);
      const rest = restWithoutShare(par, run[run.length - 1]!.percent, whole);
      if (rest) parts.push(rest);
      const cast = [[whole, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
      const r = relation('sum', whole, cast, [sumReading(parts, whole)], { marker: '所列各项占比合计为100%，' });
      if (r) out.push(r);
      i = j + 1;
    }
  }
  // (the list after 其中 read only to its first part, cut by the share after it, is read whole now: the sum of the run
  // replaces it)
  for (const r of out) {
    const cut = found.findIndex((x) => firstPartOnly(x, r.anchor) && r.figures.includes(x.figures[1]!));
    if (cut >= 0) found.splice(cut, 1);
  }
  return out;
}

/** The rest of a list named after its last share, with no share of its own: ；其它1件 (其他, 其余). */
const REST_AFTER_SHARE = /^[；;，,、](?:其它|其他|其余|其餘)$/;

/**
 * 來信235件、占55%；來訪56件、占13%；來電38件、占9%；網絡100件、占23%；其它1件: a part named as the rest right after the
 * last share of a run, with no share of its own (too small to show once the shares are rounded to 100%), is a part of the
 * list all the same: 235 + 56 + 38 + 100 + 1 = 430.
 */
function restWithoutShare(par: Paragraph, lastPercent: Figure, whole: Figure): Figure | undefined {
  const k = par.figures.indexOf(lastPercent);
  const rest = par.figures[k + 1];
  if (k < 0 || !rest || !exact(rest) || rest.relational || rest.bracket || !compatible(rest.unit, whole.unit)) return undefined;
  if (!REST_AFTER_SHARE.test(textBetween(par.draft, lastPercent.endOffset, rest.offset).replace(/\s/g, ''))) return undefined;
  const next = par.figures[k + 2];
  return next && next.unit.kind === 'percent' && next.clause.offset === rest.clause.offset ? undefined : rest;
}

/** The most the shares of one list, as written, are taken to add up to (100%, and a slip in one of them). */
const ONE_CUT = 105;
/** A part named as the rest of a list: 其他咨询, 其它类. */
const NAMED_THE_REST = /^(?:其他|其它)/;

/**
 * 12345公众服务热线共受理市民来电诉求1310件，…。其中人力资源社会保障类103件，占7.86%，同比增幅30.86%。住房与城乡建设类95件，
 * 占7.25%，…。…其他咨询5件，占0.38%，…: parts in sentences of their own, each stated with its share of one whole, the last
 * named as the rest (其他): the list is all of the whole, so its figures add up to it, whatever the shares as written
 * add up to. Three parts or more after the whole; no other level of their unit between the first and the last (a part
 * whose share was not read, 占10.81`%, leaves the run unread); a whole whose list already has an exact sum is left to it.
 */
export function sharedPartsToTheRest(par: Paragraph, found: readonly Relation[]): Relation[] {
  const byWhole = new Map<Figure, Array<{ part: Figure; percent: number }>>();
  for (const r of found) {
    if (r.kind !== 'share' || r.unchecked || r.figures.length !== 3) continue;
    const part = withRole(r, 'numerator');
    const whole = withRole(r, 'denominator');
    const percent = withRole(r, 'percent');
    if (
      !part ||
      !whole ||
      !percent?.value ||
      part === whole ||
      part.offset < whole.offset ||
      !exact(part) ||
      !exact(whole) ||
      part.relational ||
      whole.relational ||
      !compatible(part.unit, whole.unit)
    )
      continue;
    const list = byWhole.get(whole);
    if (!list) byWhole.set(whole, [{ part, percent: percent.value }]);
    else if (!list.some((e) => e.part === part)) list.push({ part, percent: percent.value });
  }
  const out: Relation[] = [];
  for (const [whole, entries] of byWhole) {
    if (entries.length < 3) continue;
    entries.sort((a, b) => a.part.offset - b.part.offset);
    const parts = entries.map((e) => e.part);
    const last = parts[parts.length - 1]!;
    if (!NAMED_THE_REST.test(bareMeasure(last))) continue;
    // (one list: shares that add up to well over 100% are two cuts of the whole, by channel and by kind)
    if (entries.reduce((sum, e) => sum + e.percent, 0) > ONE_CUT) continue;
    // (教育和医疗类各8件: a figure that counts for several items is counted once in the list, not once each)
    if (parts.some((p) => /各\s*$/.test(textBetween(par.draft, Math.max(p.clause.offset, p.offset - 2), p.offset)))) continue;
    const between = par.figures.filter((f) => f.offset > parts[0]!.offset && f.offset < last.offset && compatible(f.unit, whole.unit) && !f.relational && !f.bracket);
    if (between.some((f) => !parts.includes(f))) continue;
    // (a whole whose parts, or some of them, already have an exact sum: that reading is theirs)
    if (found.some((r) => r.kind === 'sum' && r.reading?.compare === '=' && r.figures.includes(whole) && parts.some((p) => r.figures.includes(p)))) continue;
    const cast = [[whole, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
    const r = relation('sum', whole, cast, [sumReading(parts, whole)], { marker: '所列各项各占总数的一部分、末项为“其他”，' });
    if (r) out.push(r);
  }
  return out;
}

/**
 * 评价总量为24793条，其中县政务服务大厅其他终端9958条，占比40.16%；移动服务端6358条，占比25.64%；…: a list after 其中
 * read only to its first part (the share after it ends the list there), which a run of shares adding up to 100% reads
 * whole.
 */
function firstPartOnly(r: Relation, whole: Figure): boolean {
  return r.kind === 'sum' && r.marker === '其中' && r.anchor === whole && r.figures.length === 2 && r.roles[1] === 'part';
}

// 2e. 这三个城市求职人数分别是54474人，15708人和11720人，合计求职人数81902人: a counted group's members after 分别是 and their
//     total in the clause right after (countedGroups.ts), read before 其中 and 分别 lists take a total before the list
function countedListSums(soFar: SumsSoFar): void {
  for (const g of countedListTotals(soFar.par, soFar.used)) soFar.accept(sumRelation(g.total, g.parts, false, '“分别是”后'), g.total, g.parts);
}

// 8j. 六个行业…分别为41.64亿元、…26.23亿元。…六个行业合计实现地方税收231.89亿元: a group's total under its count, of the
//     members listed after 分别, all of them (countedGroups.ts)
function countedGroupSums(soFar: SumsSoFar): void {
  for (const g of countedGroupTotals(soFar.par, soFar.used)) soFar.accept(sumRelation(g.total, g.parts, false, '“分别为”后'), g.total, g.parts);
}

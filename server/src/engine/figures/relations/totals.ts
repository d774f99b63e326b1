// A total and its parts: the relation a sum makes (`sumRelation`: exactly, or leaving a remainder after 其中) and the
// guards that keep out what is not a part of that total (follow-ups, subtotals, inner items, sibling totals and other
// measures, breakdowns of a part, a part counted twice, another scope or year); and the small helpers every sum
// reading shares (`sumOf`, `periodEnd`, `measureName`, `PART_FIGURE`, `PREVIOUS_PERIOD`), here so that no family
// imports back from the entry.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { simplified } from '../../text';
import { compatible } from '../units';
import { exact, judge, known, type Expr, type Reading } from './arithmetic';
import { addsInto, AGE_BAND, ageBandsApart, type Breakdown } from './breakdowns';
import { coarserSetTotal } from './coarserSetTotals';
import { lastOfAValueList } from './lastOfAValueList';
import { commonSuffix, plainMeasure, sameThing, suffixLength } from './names';
import { bareMeasure, headOf, partMeasure, sentenceOf, textBetween, type Paragraph } from './paragraph';
import { relation, relationAmong, unchecked, type Relation } from './relation';
import {
  ALTOGETHER,
  COUNTED_ALONE,
  CROSSED_BAR,
  CROSS_CUTTING,
  DONE_SO_FAR,
  FUNDED_PURPOSE,
  GENERIC_ENDING,
  INDUSTRY_CHAINS,
  INNER_ITEM,
  NOT_A_TOTAL,
  REFINANCING,
  SCOPE_NAMED,
  SCOPE_WHOLE,
  STATED_AS_TOTAL,
  TWO_COMMITTEES,
  BEYOND_BORDER,
  PRE_START_STEP,
  RANKED_AMONG,
  buildStage,
} from './vocabulary';

export const sumOf = (parts: readonly Figure[]): Expr => ({ op: '+', args: parts.map((figure) => ({ figure, labelled: true })) });

/**
 * The relation of a total and its parts. `remainder`: the parts may leave some of the total out (其中); else they
 * must add up to it exactly. Parts cut along different lines (女党员, 35岁以下党员) need not add up: then only no
 * single part may exceed the total.
 */
/** The reading of parts adding up to their total: exactly (=), or at most (<=) where a remainder may be left. */
export function sumReading(parts: readonly Figure[], total: Figure, compare: '=' | '<=' = '='): Reading | undefined {
  return judge(sumOf(parts), { figure: total }, { compare, unit: 'amount' });
}

/** Words of a flow (what was added, what has built up) that a total and its parts may all be named by. */
const FLOW_WORDS = ['新增', '累计'];

export function sumRelation(total: Figure, parts: Figure[], remainder: boolean, marker: string, crossCutting: RegExp = CROSS_CUTTING): Relation | undefined {
  if (NOT_A_TOTAL.test(total.measure)) return kindOfAnAverageIncome(total, parts, remainder, marker);
  // (树高各为17.57、17、12.6、14.1米，胸径分别是…: the last of a run of values, no total, lastOfAValueList.ts)
  if (lastOfAValueList(total)) return undefined;
  // (外贸规模首次突破2000亿元。其中，出口793.6亿元；进口1265.9亿元: a round bar the measure went past is a lower bound,
  // more than that, not its value; the parts add up to the value, which may be well above the bar)
  if (CROSSED_BAR.test(clauseHead(total))) return undefined;
  // (社会团体数量在31个省区市中位居前三，分别为32318个、30804个和26342个: the places ranked among are no total of the
  // values after them)
  if (RANKED_AMONG.test(total.para.prose.slice(total.endOffset - total.para.offset, total.endOffset - total.para.offset + 20))) return undefined;
  if (remainder) parts = ofTheTotalsYear(total, parts);
  const staged = withoutLaterStages(parts);
  if (!staged || staged.length === 0) return undefined;
  parts = staged;
  // (当年收支结余1956.40万元；其中统筹基金…当年收支结余2201.47万元；个人账户基金…当年收支结余-245.07万元: a balance may be
  // negative, and a part of the total's measure written below zero, which is read as no figure, brings the others down)
  if (negativePartUnread(total)) return undefined;
  // (其中，人民币各项贷款余额35295.97亿元。从贷款期限看，本外币短期贷款余额11113.73亿元，…: loans in all currencies are
  // no parts of the loans in renminbi)
  const currency = CURRENCY.exec(total.measure)?.[0];
  if (currency && parts.some((p) => (CURRENCY.exec(p.measure)?.[0] ?? currency) !== currency)) return undefined;
  // (2022年在建项目19个，总投资30.08亿元。其中，纳统项目13个，…；开工项目9个，…；完工项目6个，…；策划前期项目31个，总投资
  // 165.57亿元: projects still being planned (前期, 策划, 储备, 谋划) are not being built; they and their investment are no
  // part of those under construction (在建) and theirs, the list has moved on to another stage and ends before them)
  if (remainder && /在建/.test(sentenceUpTo(total))) {
    const planned = parts.findIndex((p) => PLANNING_STAGE.test(sentenceUpTo(p)));
    if (planned >= 0) parts = parts.slice(0, planned);
  }
  // 社会消费品零售总额67.6亿元，其中，限额以上零售额4.0亿元，…，批发业销售额103.8亿元: after 其中, a later item well
  // larger than the total alone, and named unlike it, cannot be its part; the writer's list has moved on to another
  // measure, and ends before it
  if (remainder && exact(total) && parts.every((p) => addsInto(p.unit, total.unit))) {
    const over = parts.findIndex((p, k) => k > 0 && exact(p) && p.normalized! > OVER * total.normalized! && suffixLength(bareMeasure(p), bareMeasure(total)) < 2);
    if (over > 0) parts = parts.slice(0, over);
  }
  // 其中100个重点建设项目，开工94个，完成投资603.8亿元: a count named by a verb of progress alone, right after a count
  // of things, says how many of those have got that far; it is a part of that part, not another part
  // (and 低保对象521户，特困供养人员142户，双重身份人员122户: those counted under two of the parts are no part of their own)
  const counted = remainder ? countedTwice(parts) : undefined;
  if (remainder)
    parts = withoutBreakdowns(
      // (not after a count of that progress itself: 已开工10196套…；…已开工34057套 are the groups' starts, side by side)
      parts.filter(
        (p, k) =>
          !BOTH_PARTS.test(p.measure) &&
          !(k > 0 && p.unit.kind === 'count' && PROGRESS_ONLY.test(p.measure) && parts[k - 1]!.unit.kind === 'count' && p.keyedBy !== undefined && !PROGRESS_ONLY.test(parts[k - 1]!.measure)),
      ),
    );
  // 其中…投诉1023件，…；截至目前已办结反馈595件，办结反馈率58.2%；举报270件…: how many of the item before got done so far
  // is that item's follow-up, counted within it, not one more kind of the total; and 其中，投诉459件…；举报131件…；咨询1301件
  // …；接收的投诉举报信息共590件: an item stated as altogether (共) of items named before it is their subtotal, no part
  if (remainder) parts = withoutSubtotals(withoutFollowUps(parts)).parts;
  // 进出口总值21.83万亿元，其中，出口12.47万亿元，…进口9.36万亿元，…贸易顺差3.11万亿元: a surplus or deficit is the
  // difference of two parts, not a third
  parts = parts.filter((p) => !BALANCE.test(p.measure));
  // 其中已经办理完毕的意见建议30件，…，已采纳且正在办理的意见建议34件，占总数的46.6%，已采纳且正在办理的意见建议34件，…: a part
  // named and stated word for word again right after it, in its sentence, is one part written twice (a slip of the pen),
  // not a second part (not two sectors' losses of 120万元 each, in sentences of their own)
  if (remainder)
    parts = parts.filter((p, k) => {
      const q = parts[k - 1];
      return !(q && q.sentence.offset === p.sentence.offset && q.measure.length >= 4 && q.measure === p.measure && q.normalized !== undefined && q.normalized === p.normalized);
    });
  const cast = [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
  // (发行新增债券11.31亿元（新增一般债券2.54亿元，新增专项债券8.77亿元）: a flow word the total is named by too, 新增 or
  // 累计, names what every part counts, and cuts across none of them)
  // (债券18.87亿元，其中：新增债券9.85亿元、再融资债券9.02亿元: beside bonds that refinance, 新增 names the new ones, a kind)
  // (当期结余13.26亿元，累计结余98.79亿元，其中统筹基金累计结余…: the total's clause names it so, its measure 结余 alone)
  const flow = FLOW_WORDS.filter((w) => total.measure.includes(w) || clauseHead(total).endsWith(`${w}${total.measure}`) || (w === '新增' && parts.some((p) => REFINANCING.test(p.measure))));
  // (签约项目108个…。其中，我区单独签约项目94个，…；碧江高新区签约项目41个: a part counted alone, 单独, says others are
  // counted jointly, so the parts may overlap, as items handled jointly do; each part within the total is what holds)
  if (remainder && parts.some((p) => COUNTED_ALONE.test(p.key))) crossCutting = ANY_PART;
  // (履约项目71个，其中：省外履约项目61个、市外履约项目71个: a project from beyond the province is from beyond the city too;
  // parts beyond two borders are nested, each within the total)
  if (remainder && new Set(parts.map((p) => BEYOND_BORDER.exec(bareMeasure(p))?.[0]).filter((w) => w !== undefined)).size > 1) crossCutting = ANY_PART;
  // (从三大主导产业看：精细化工完成产值30.79亿元，…装备制造…47.21亿元，…新能源新材料…39.64亿元 after 规上工业总产值84.82亿元:
  // leading industries, chains and clusters are a place's own groupings, cut across the sectors, a firm counted in each
  // chain it serves; each within the total is what holds)
  if (INDUSTRY_CHAINS.test(marker)) crossCutting = ANY_PART;
  // (17个前期项目中，已完成立项14个、用地预审11个、环评批复9个: projects counted by the steps before starting they have
  // passed, each past several; each count within the total is what holds)
  if (remainder && parts.length > 1 && parts.every((p) => PRE_START_STEP.test(p.measure))) crossCutting = ANY_PART;
  // (农作物受灾面积81.34万亩，其中成灾面积62.8万亩、绝收面积43.6万亩: grades of crop damage, each within the one before it
  // (绝收 is 成灾 too); each within the total is what holds, and `damageGrades` reads the grades' own order)
  if (remainder && damageGrades(parts)) crossCutting = ANY_PART;
  // (各项贷款余额773363.21万元…；其中涉农贷款余额652451.51万元…；全口径小微企业贷款余额226147.73万元…；绿色普惠贷款余额
  // 211672.44万元: loans counted by the special statistics, to farming, to small firms, inclusive, green, each cut along
  // its own line, a loan to a small farm counted under two; each within the total is what holds)
  if (remainder && parts.filter((p) => LOAN_STATISTIC.test(bareMeasure(p))).length > 1) crossCutting = ANY_PART;
  // (福彩公益金支出2135万元。其中，养老服务体系建设项目1230万元，…残疾人免费安装假肢项目500万元: money spent on a project or
  // a field of welfare for a group of people is one allocation of the total, no cut along that group)
  const spentOn = (p: Figure): boolean => crossCutting === CROSS_CUTTING && p.unit.kind === 'money' && FUNDED_PURPOSE.test(bareMeasure(p));
  // (已婚育龄妇女10823人，其中无孩妇女462人，一孩妇女5953人，…: a total of women alone is not cut by its parts' 妇女, the
  // word every part shares with it; the parts are kinds of women, by children born)
  const ofWomen = crossCutting === CROSS_CUTTING && ALL_WOMEN.test(bareMeasure(total));
  // (全市共有残疾人16668名…残疾人员中，视力残疾1364人，听力残疾1452人…: likewise a total of disabled persons alone is not
  // cut by its parts' 残疾; the parts are kinds of disability)
  const ofDisabled = crossCutting === CROSS_CUTTING && ALL_DISABLED.test(bareMeasure(total));
  // (城乡低保63393户（其中城镇低保16516户，农村低保46877户）, 全国共有共青团员7371.5万名…学生团员…企业团员: a word of a cut the
  // total is named by too, 低保 or 团员, names what every part counts, as 妇女 and 残疾 do above; it cuts across none of them)
  const shared = crossCutting === CROSS_CUTTING ? sharedCutWords(bareMeasure(total)) : [];
  // (出生2138人，其中男1104人，女1034人: two parts, the one of men and the other of women, are the total's two sexes, disjoint)
  const bySex = crossCutting === CROSS_CUTTING && twoSexes(parts) && !partItself(total);
  const own = (p: Figure): string => {
    let m = ofWomen ? p.measure.replace(WOMEN_WORDS, '') : ofDisabled ? p.measure.replace(/残疾/g, '') : p.measure;
    for (const w of shared) m = m.split(w).join('');
    return bySex ? m.replace(/[男女]/g, '') : m;
  };
  const cuts = (p: Figure): boolean => !spentOn(p) && crossCutting.test(flow.reduce((m, w) => m.split(w).join(''), own(p)));
  if ((parts.some(cuts) && !disjointSchooling(parts, crossCutting) && !disjointAges(total, parts, crossCutting)) || byActivity(parts)) {
    if (!exact(total) || !parts.every(exact) || !parts.every((p) => addsInto(p.unit, total.unit))) return undefined;
    return largestPart(total, parts, cast, marker);
  }
  if (total.approximate || total.range || (parts.length < 2 && !remainder)) return undefined;
  if (parts.length === 0 || !parts.every((p) => addsInto(p.unit, total.unit))) return undefined;
  if (total.unit.kind === 'percent' || total.unit.kind === 'points' || total.unit.kind === 'times') return undefined;
  // placeholders or approximations: nothing can be said, but the hover shows what is there
  if (!exact(total) || !parts.every(exact)) return unchecked('sum', total, cast);
  // (a budget total written to fewer decimals than its parts, 328,661万元 over 279,285.70万元: cut or rounded, coarserSetTotals.ts)
  const whole = coarserSetTotal(parts, total, sumReading(parts, total, remainder ? '<=' : '='));
  // (the two sexes read as all of the total, no remainder: the message says why they must add up, as the partitions'
  // reading says it, 男、女构成完整分类)
  const said = bySex ? `${parts.map((p) => (/男/.test(bareMeasure(p)) ? '男' : '女')).join('、')}构成完整分类，` : marker;
  if (!remainder || !whole || whole.holds || parts.length < 2) return relation('sum', total, cast, [whole], { marker: said });
  const net = counted ? lessCountedTwice(total, parts, counted, marker) : withoutGroundWater(total, parts, marker);
  if (net) return net;
  // 规上工业企业86家，其中高新技术企业32家、专精特新企业60家: parts after 其中 may overlap, so a sum over the total is a
  // hint to check for overlap; a single part over the total is an error
  const largest = largestPart(total, parts, cast, marker);
  if (largest && !largest.holds) return largest;
  if (largest && involvedAfter(parts)) return largest;
  // 共收到申请16件，其中信函申请14件，网络申请2件，…办结13件，结转下年度办理3件: two runs in order, each adding up to the
  // total exactly, are two breakdowns of it (by channel, by outcome), not one list of overlapping parts
  // (指标12个，其中一级指标3个，二级指标9个，三级指标12个: a run at the head adding up to the total exactly is its
  // breakdown; a part of half the total or more after it is a second cut)
  // (计划新建改建城镇公厕1540座，其中新建1119座，改建421座，并建设星级公厕92座: a run adding up to the total exactly, then
  // one more clause opened by 并 naming a grade of the total's own thing, 星级公厕 of 公厕: those built to a grade, counted
  // among the run, not a third part)
  const runs = twoRuns(total, parts) ?? runThenDone(total, parts) ?? headRun(total, parts) ?? runThenAlsoAGrade(total, parts);
  if (runs) return relation('sum', total, [[total, 'total'], ...runs.map((p) => [p, 'part'] as const)], [sumReading(runs, total)], { marker });
  // 茶园面积20.97万亩，其中投产面积17.63万亩，无性系茶园面积8.41万亩，无公害茶园面积12.54万亩: parts in clauses of their
  // own adding up to a third more than their total or beyond are cuts of it by different attributes, not one list with a
  // slip in it; each part within the total is all that can be checked
  // (not a list of kinds joined by 、 or in brackets: 专任教师9689人（其中，幼儿园4529人、小学5613人、…） adds up to 15174)
  if (
    largest &&
    known(total) &&
    parts.every(known) &&
    parts.reduce((s, p) => s + p.normalized, 0) > CUTS * total.normalized &&
    inClauses(parts) &&
    !oneMeasure(total, parts) &&
    !runBefore(total, parts)
  )
    return largest;
  // 共接举报件11件，其中水污染类1件，占9.09%；大气污染类3件，占27.27%；…: parts each stating their share of the total, every
  // share right, add up to more only because one item counts under several (a report of two kinds of pollution): the
  // writer proved the overlap, and each part within the total is what is left to check
  if (largest && sharesOfTotalHold(total, parts)) return largest;
  // “两委”成员123852人，其中党组织成员71821人，村（居）民委员会成员70690人: members of the two committees sit on both
  // (交叉任职), the overlap written or not; each committee within the total is what holds
  if (largest && TWO_COMMITTEES.test(total.measure)) return largest;
  // 总投资1.85亿元，其中中央资金0.96亿元，省级补助0.45亿元，县级配套0.54亿元: parts each named by another member of one
  // partition (levels of government, 国税/地税, 住院/门诊, 水田/水浇地/旱地 …) cannot overlap; a sum over the total is
  // an error, not a hint to check for overlap
  if (disjointPartition(parts) || bySex) return relation('sum', total, cast, [whole], { marker });
  return relation('sum', total, cast, [whole], { marker, hint: 'overlap' });
}

/** Right after a list's last part: 涉及 and a count in another counter (，涉及疑似违法图斑95宗). */
const INVOLVED_AFTER = /^[，,](?:共|共计|共計|合计|合計)?(?:涉及|涉)[^，,；;。0-9０-９]{0,12}?([0-9]+)(?:宗|件|起|处|處|个|個|项|項)/;

/**
 * 疑似违法图斑87个，其中无证开采60个，越界开采23个，以采代探8个，擅自改变开采矿种4个，涉及疑似违法图斑95宗: the kinds after
 * 其中 add up exactly to the count 涉及 states right after them, not to the total before 其中: a 图斑 of two kinds (越界开采 and
 * 擅自改变开采矿种) is counted under each, and the writer states what they come to. Each part within the total is what holds.
 */
function involvedAfter(parts: readonly Figure[]): boolean {
  const last = parts[parts.length - 1]!;
  const m = INVOLVED_AFTER.exec(last.para.prose.slice(last.endOffset - last.para.offset, last.endOffset - last.para.offset + 24));
  return !!m && parts.every((p) => known(p) && p.unit.kind === 'count') && parts.reduce((t, p) => t + p.normalized!, 0) === Number(m[1]);
}

/** The one year a scope names (2023年, 2024年度), undefined when it names none or several. */
function singleYear(scope: string): string | undefined {
  const years = scope.match(/(?:19|20)[0-9]{2}(?=年)/g);
  return years?.length === 1 ? years[0] : undefined;
}

/**
 * 2023年…分别完成1620亿件和1.5万亿元。其中，快递…分别完成1320亿件和1.2万亿元。…预计2024年…将分别完成1715亿件和1.6万亿元:
 * a 其中 list ends where a later sentence speaks of another year; that year's figures (a forecast, last year's) are
 * no parts of this year's total.
 */
function ofTheTotalsYear(total: Figure, parts: Figure[]): Figure[] {
  const year = singleYear(total.scope);
  if (year === undefined) return parts;
  const other = parts.findIndex((p) => p.sentence.offset > total.sentence.offset && (singleYear(p.scope) ?? year) !== year);
  return other < 0 ? parts : parts.slice(0, other);
}

/** The words of a figure's clause before it, without spaces (headOf, from the figure's own line). */
function clauseHead(f: Figure): string {
  return f.para.prose.slice(f.clause.offset - f.para.offset, f.offset - f.para.offset).replace(/\s/g, '');
}

/**
 * Whether the total's sentence, after it, writes a figure of the total's measure below zero (收支结余-245.07万元: a
 * balance, a profit, a net flow), which extract.ts reads as no figure (it reads only percentages below zero): the parts
 * read leave that one out.
 */
function negativePartUnread(total: Figure): boolean {
  const after = total.para.prose.slice(total.endOffset - total.para.offset);
  const end = after.search(/[。！？]/);
  const sentence = end < 0 ? after : after.slice(0, end);
  // (named as the total is, to four characters: 收支结余 for 收支结余, not for 累计结余)
  const name = bareMeasure(total);
  const alike = Math.max(2, Math.min(name.length, 4));
  return [...sentence.matchAll(/[-－−](?=[0-9０-９])/g)].some((m) => suffixLength(nameBefore(sentence.slice(0, m.index).replace(/(?:为|是)$/, '')), name) >= alike);
}

/** The Chinese characters ending a text (a name right before a figure; not 1-4月, whose dash follows a digit). */
function nameBefore(text: string): string {
  let k = text.length;
  while (k > 0 && /[\u4e00-\u9fff]/.test(text[k - 1]!)) k--;
  return text.slice(k);
}

/** A clause telling how far things stand now, its count first: 目前6个项目已正式开工, 现已有3个项目完工. */
const NOW_FIRST = /^(?:截至|截止)?(?:目前|当前|现在|至今|现已?)[，,]?(?:已经|已)?有?$/;

/**
 * 其中计划开工项目6个，目前6个项目已正式开工: a count written after 目前 (now) and before the 已 and the verb a part before
 * it planned (计划开工) counts how many of that part are done so far: a follow-up of it, not one more part.
 */
function doneOfThePlanBefore(p: Figure, before: Figure): boolean {
  if (!NOW_FIRST.test(clauseHead(p))) return false;
  const after = /^[^，,；;。]*/.exec(p.para.prose.slice(p.endOffset - p.para.offset))![0];
  const verb = /^[\u4e00-\u9fff]{0,4}?(?:已经|已)(?:正式|全部|顺利|基本)?([\u4e00-\u9fff]{2})/.exec(after)?.[1];
  return verb !== undefined && before.measure.includes(`计划${verb}`);
}

/**
 * 投诉1023件，…；截至目前已办结反馈595件，…；举报270件: a count whose clause opens with how many got done so far, right after
 * a part counted in its unit and no smaller, is that part's follow-up (within it), not another part. Not when the part
 * before is a follow-up too: 其中已办结80件，已回复15件 are parts alike.
 */
export function withoutFollowUps(parts: readonly Figure[]): Figure[] {
  const followUp = parts.map((p, k) => DONE_SO_FAR.test(clauseHead(p)) || (k > 0 && doneOfThePlanBefore(p, parts[k - 1]!)));
  return parts.filter((p, k) => {
    const before = parts[k - 1];
    return !(before && followUp[k] && !followUp[k - 1] && exact(p) && exact(before) && compatible(p.unit, before.unit) && p.normalized! <= before.normalized!);
  });
}

/**
 * 其中，投诉459件…；举报131件…；咨询1301件…；接收的投诉举报信息共590件: an item after two parts at least whose clause says it
 * is altogether (共, 合计; not 累计, a running total) and whose name holds the names of two parts before it (投诉, 举报)
 * restates their subtotal; it is no part of the list. The subtotal and the parts it names, for the sum of their own.
 */
export function withoutSubtotals(parts: readonly Figure[]): { parts: Figure[]; subtotals: Array<{ total: Figure; parts: Figure[] }> } {
  const subtotals: Array<{ total: Figure; parts: Figure[] }> = [];
  const kept = parts.filter((p, k) => {
    if (k < 2 || !ALTOGETHER.test(clauseHead(p))) return true;
    // (each named apart, in fewer words than the item: not 采购计划金额共计 after parts each 采购计划金额, a column's own name)
    const name = bareMeasure(p);
    const named = parts.slice(0, k).filter((q) => bareMeasure(q).length >= 2 && bareMeasure(q).length < name.length && name.includes(bareMeasure(q)));
    if (new Set(named.map(bareMeasure)).size !== named.length || named.length < 2) return true;
    subtotals.push({ total: p, parts: named });
    return false;
  });
  return { parts: kept, subtotals };
}

/**
 * Whether every part (two at least) states its share of the total right after it, in its group (，占9.09%, 占受理总量的
 * 27.4%), each share is the part over the total at the precision written, and the shares add up to more than 100% beyond
 * their rounding: the writer's own shares count some items twice. (Shares adding up to 100% say the parts make the total,
 * and a sum over it is a slip too small for the shares to show: 耕地193417.89公顷，其中，水田8979.97公顷，占4.64%；…)
 */
function sharesOfTotalHold(total: Figure, parts: readonly Figure[]): boolean {
  if (parts.length < 2 || !known(total) || total.normalized === 0) return false;
  // (其中已经办理完毕的建议25件，占总数的36.8%，已采纳且正在办理的建议45件，占总数的66.2%: states of handling, done or under
  // way, split the total, one item in one state; shares over 100% then repeat a slip in a part)
  if (parts.some((p) => GOT_AS_FAR.test(clauseHead(p)) || NOT_DONE_WORD.test(clauseHead(p)))) return false;
  let sum = 0;
  let rounding = 0;
  for (const p of parts) {
    if (!known(p)) return false;
    const rest = p.para.prose.slice(p.endOffset - p.para.offset);
    const end = rest.search(/[；;。]/);
    const group = end < 0 ? rest : rest.slice(0, end);
    const share = /占(?:比)?[^，,；;。0-9０-９%％]{0,16}?([0-9]+(?:\.([0-9]+))?)[%％]/.exec(group);
    if (!share) return false;
    const half = 0.5 * 10 ** -(share[2]?.length ?? 0);
    if (Math.abs((p.normalized / total.normalized) * 100 - Number(share[1])) > half + 1e-9) return false;
    sum += Number(share[1]);
    rounding += half;
  }
  return sum > 100 + rounding + 1e-9;
}

/**
 * 教职工611人（其中公办教育共计589人，专任教师539人；民办园共计22人，专任教师10人）: in a list whose first part is stated
 * as a total of its own (共计, 共有), the parts so stated are the total's, and a part stated bare after one of them is
 * of another kind within it (its full-time teachers), not one more part: 589 + 22 = 611. Nothing when fewer than two
 * parts are stated so, or all are.
 */
export function partsStatedAsTotals(draft: Draft, parts: readonly Figure[]): Figure[] | undefined {
  const stated = parts.filter((f) => STATED_AS_TOTAL.test(textBetween(draft, f.clause.offset, f.offset)));
  return stated.length >= 2 && stated.length < parts.length && stated[0] === parts[0] ? stated : undefined;
}

/**
 * 执业医师1390人（全科25人）、执业助理504人（乡村全科162人、执助全科8人）: parts in a bracket whose names end alike (全科,
 * two characters or more), on a word the total's name does not hold, where a sibling before the total names that word
 * alone in a bracket of its own, are the kinds of that sort within the total (its general practitioners), as the
 * sibling's are: they need not be all of it. (Not 补助资金11.46亿元（一般性转移支付8.93亿元、专项转移支付2530万元）, with no
 * such sibling: a partition of the total by kind.)
 */
export function kindsOfOneSort(total: Figure, parts: readonly Figure[], sentence: readonly Figure[]): boolean {
  if (parts.length < 2) return false;
  const sort = commonSuffix(parts.map(bareMeasure));
  if (sort.length < 2 || bareMeasure(total).includes(sort)) return false;
  return sentence.some((f) => f.bracket && f.offset < total.offset && bareMeasure(f) === sort && sentence.filter((g) => g.bracket?.offset === f.bracket!.offset).length === 1);
}

/**
 * 各类专业技术人员152人（高级职称3人，中级职称15人） (heldout169/jianzhu-lianyungang-01): parts named by the upper grades
 * of a scale of titles or skills (高级, 中级; 正高级, 副高级), none by its bottom grade (初级), are the better qualified of
 * the staff, not all of them: the staff of the bottom grade and those of no grade are left out. With 初级 named
 * (高级工程师2人，有中级职称的10人，有初级职称的91人) the grades may well be all of them.
 */
export function upperGradesOnly(parts: readonly Figure[]): boolean {
  if (parts.length < 2) return false;
  const names = parts.map((p) => bareMeasure(p).replace(/^有/, ''));
  return names.every((n) => UPPER_GRADE.test(n)) && names.some((n) => /^(?:高级|正高|副高)/.test(n));
}

/** A name opened by an upper grade of titles or skills: 高级职称, 中级工, 副高级职称 (not 初级, the bottom one). */
const UPPER_GRADE = /^(?:正高级?|副高级?|高级|中级)(?:职称|专业技术|技术|工|技师|工程师|会计师|经济师|教师|人员|以上)?/;

/**
 * 在岗职工2058人，其中医生技术人员1597人，含执业（助理）医师564人、注册护士630人: an item opened by 含 or 包括 (no bracket)
 * is inside the item before it, and so is the rest of the list after it; the total's own parts end before it, and they
 * may leave a remainder.
 */
export function withoutInnerItems(b: Breakdown): Breakdown {
  const k = b.parts.findIndex((p, i) => i > 0 && !p.bracket && (INNER_ITEM.test(p.measure) || withinEarlierPart(p, b.parts.slice(0, i))));
  if (k <= 0) return b;
  return { ...b, parts: b.parts.slice(0, k), segments: b.segments.slice(0, k), complete: false };
}

/**
 * 其中，短期贷款705.4亿元…；中长期贷款935.7亿元…，中长期贷款中个人消费贷款414.2亿元: an item whose name opens with the name
 * of an item before it and 中 (中长期贷款中, 企业中的) is counted within that item, not beside it.
 */
function withinEarlierPart(p: Figure, earlier: readonly Figure[]): boolean {
  const name = partMeasure(p);
  return earlier.some((q) => {
    const whole = partMeasure(q);
    if (whole.length >= 2 && name.length > whole.length + 2 && WITHIN.test(name.slice(whole.length)) && name.startsWith(whole)) return true;
    // (其中经营性自建房3.33万栋、其他自建房112.01万栋、存在安全隐患的经营性自建房1848栋: an item named by an earlier item's
    // name under a clause of its own ending in 的 is those of that item that are so)
    return whole.length >= 3 && name.endsWith(whole) && RESTRICTING_CLAUSE.test(name.slice(0, -whole.length));
  });
}

/** A clause before a name that picks out some of what it names: 存在安全隐患的, 已完成整治的 (three characters and 的 at least). */
const RESTRICTING_CLAUSE = /^[\u4e00-\u9fff]{3,}的$/;

/**
 * 实物建房29550套，…廉租住房1650套，公共租赁住房11500套，城市棚户区改造16400套，基本建成任务1000套，竣工任务8200套;
 * 计划434个自然村…，其中253个自然村…已开工建设，192个自然村…已竣工: items whose clauses count two stages of building or
 * more (开工, 基本建成, 竣工) are not kinds beside each other: what is finished was started, and a stage's task is a task of
 * another kind. The kinds before the first of them (two at least) are the list; with fewer there is none (undefined).
 * Only when the staged items end the list: a stage among kinds of none (续建, 前期) sorts things by where they stand.
 */
function withoutLaterStages(parts: Figure[]): Figure[] | undefined {
  if (parts.length < 2) return parts;
  // (竣工项目4个、续建项目11个、新开工项目11个、前期项目1个: projects named by the stage they are at, with kinds of no
  // stage among them, sort the projects, one stage each: the staged items must end the list, and name no 项目)
  const stages = parts.map((p) => (/项目$/.test(bareMeasure(p)) ? '' : buildStage(p.para.prose.slice(p.clause.offset - p.para.offset, p.clause.endOffset - p.para.offset))));
  if (new Set(stages.filter((x) => x !== '')).size < 2) return parts;
  const k = stages.findIndex((x) => x !== '');
  if (stages.slice(k).some((x) => x === '')) return parts;
  return k < 2 ? undefined : parts.slice(0, k);
}

/** 中 or 中的 after a name, then the name of what is within it. */
const WITHIN = /^中的?[\u4e00-\u9fff]{2}/;

/** The words a part adds before its whole's name (女 in 女主任 under 主任数): a sex, a group, a kind; a few characters. */
const QUALIFIER = /^[\u4e00-\u9fff]{1,4}$/;

/** A part's name as qualified: what the part adds before the name of `whole` (数 and 总数 left off the whole's name). */
function qualifierOf(part: Figure, whole: Figure): string | undefined {
  const name = bareMeasure(whole).replace(/总?数$/, '');
  const own = bareMeasure(part);
  if (name.length < 2 || !own.endsWith(name)) return undefined;
  const q = own.slice(0, own.length - name.length);
  return QUALIFIER.test(q) ? q : undefined;
}

/**
 * 累计实现利润总额3316.5亿元…。累计实现净利润2531.8亿元。其中，中央企业累计实现利润总额2427.2亿元…；地方国有企业累计实现利润
 * 总额889.3亿元: parts after 其中 that all end on one measure's name (利润总额) that the figure before 其中 does not end on
 * (净利润) are parts of the last figure before it in the paragraph that does, when they make it exactly: the report gives
 * one more measure of the whole before it breaks the first down. The breakdown with that figure as its total; the same
 * breakdown when there is none.
 */
export function totalNamedByParts(par: Paragraph, b: Breakdown, used: ReadonlySet<Figure>): Breakdown {
  if (b.parts.length < 2 || !textBetween(par.draft, b.total.endOffset, b.parts[0]!.offset).includes('其中')) return b;
  const tail = commonSuffix(b.parts.map(plainMeasure));
  if (tail.length < 3 || suffixLength(plainMeasure(b.total), tail) >= 2) return b;
  let total: Figure | undefined;
  for (const f of par.figures) {
    if (f.offset >= b.total.offset) break;
    if (!used.has(f) && !f.relational && !f.inChange && exact(f) && compatible(f.unit, b.total.unit) && plainMeasure(f).endsWith(tail)) total = f;
  }
  // (有不可移动革命文物753处，其中全国重点文物保护单位23处，省级…246处 after 市县级文物保护单位3590处: parts that do not make the
  // figure so named are no breakdown of it either)
  return total && sumReading(b.parts, total)?.holds ? { ...b, total } : b;
}

/**
 * 主任数146名，其中女主任89名，占比60.96%，副主任163名，其中女副主任107名，占比65.64%: an item after 其中 that
 * opens a 其中 of its own whose first part it qualifies as the list's first part qualifies the total (女 before 主任, 女
 * before 副主任) repeats the total's pattern: a sibling measure, no part of the total; the list ends before it.
 */
export function withoutSiblingTotals(par: Paragraph, b: Breakdown): Breakdown {
  if (b.marker !== '其中' || b.parts.length < 2) return b;
  const q = qualifierOf(b.parts[0]!, b.total);
  if (!q) return b;
  const k = b.parts.findIndex((p, i) => i > 0 && opensOwnListAlike(par, p, q));
  if (k <= 0) return b;
  return { ...b, parts: b.parts.slice(0, k), segments: b.segments.slice(0, k), complete: false };
}

/**
 * 人大代表建议案办理情况满意度测评11个中，测评为满意的7个，审计查出问题整改满意度测评为“满意”的6个: a later part whose name
 * holds the head of the total's name (满意度测评) under a qualifier of its own (审计查出问题整改, where the total has
 * 人大代表建议案办理情况), then the outcome the first part states of the total (为满意), is that outcome of a sibling
 * measure, not a part of the total; the list ends before it. (Not “食品违法案件处罚到人”案件6件 among 各类违法案件: a kind
 * of case, no outcome; nor 轻工业增加值 under 规模以上工业增加值: nothing after the head.)
 */
export function withoutOtherMeasures(b: Breakdown): Breakdown {
  if (b.marker !== '其中' || b.parts.length < 2) return b;
  const whole = bareMeasure(b.total);
  const first = b.parts[0]!.measure;
  const k = b.parts.findIndex((p, i) => i > 0 && outcomeOfSibling(whole, first, p.measure));
  if (k <= 0) return b;
  return { ...b, parts: b.parts.slice(0, k), segments: b.segments.slice(0, k), complete: false };
}

/**
 * Whether `name` is the outcome `first` states (为满意) of a sibling of `whole`: the longest end of whole's name it
 * holds (three characters or more, shorter than the name) under a qualifier of its own, then 为 or 是 and the words
 * `first` ends with.
 */
function outcomeOfSibling(whole: string, first: string, name: string): boolean {
  for (let n = whole.length - 2; n >= 3; n--) {
    const at = name.indexOf(whole.slice(-n));
    if (at < 0) continue;
    const qualifier = name.slice(0, at);
    const outcome = name.slice(at + n);
    return qualifier.length >= 2 && !whole.endsWith(qualifier + whole.slice(-n)) && /^[为是]/.test(outcome) && first.endsWith(outcome) && !first.includes(whole.slice(-n));
  }
  return false;
}

/** Whether a 其中 right after `p` (in its sentence) opens on a figure named `q` + p's own name. */
function opensOwnListAlike(par: Paragraph, p: Figure, q: string): boolean {
  const next = par.figures.find((f) => f.offset >= p.endOffset);
  if (!next || next.sentence.offset !== p.sentence.offset || !/^[，,]?其中[：:，,]?[\u4e00-\u9fff]{2,16}$/.test(textBetween(par.draft, p.endOffset, next.offset))) return false;
  return qualifierOf(next, p) === q;
}

/**
 * 行政争议11件，其中，行政复议7件，结果维持6件，尚未审结1件；行政诉讼4件，结果维持2件，尚未审结2件: two parts or more
 * right after a part that opens its sentence (up to ；), to the end of that sentence, that add up to it exactly are its
 * breakdown, not more parts of the total; they are left out. (Not a run inside one list: 中洲乡2件、…大云山4件、张谷英1件、
 * 人社局2件、月田镇1件, nor in one bracket: 2案并1案的5件，3案并1案的3件，4案并1案的1件，6案并1案的1件.)
 */
/** The words between two items of one enumeration: a 、 and the next item's name, no clause between. */
const ENUMERATED_NEXT = /^、[^，,；;：:。、]*$/;

function withoutBreakdowns(parts: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let k = 0; k < parts.length; k++) {
    const head = parts[k]!;
    out.push(head);
    if (!exact(head) || head.normalized === 0 || (k > 0 && parts[k - 1]!.sentence.offset === head.sentence.offset)) continue;
    // (包括功能类企业5家、公共服务类企业4家、竞争类企业1家: a part and the next joined by 、 alone are items of one enumeration,
    // whatever they add up to, not a part and its breakdown)
    if (k + 1 < parts.length && ENUMERATED_NEXT.test(head.para.prose.slice(head.endOffset - head.para.offset, parts[k + 1]!.offset - head.para.offset))) continue;
    let sum = 0;
    for (let j = k + 1; j < parts.length; j++) {
      const q = parts[j]!;
      if (!exact(q) || !compatible(q.unit, head.unit)) break;
      sum += q.normalized;
      if (sum > head.normalized + 1e-9 * head.normalized) break;
      if (q.sentence.offset !== head.sentence.offset) break;
      const next = parts[j + 1];
      if (j >= k + 2 && Math.abs(sum - head.normalized) <= 1e-9 * head.normalized && (!next || next.sentence.offset !== q.sentence.offset)) {
        k = j;
        break;
      }
    }
  }
  return out;
}

/** The currencies a balance of deposits or loans is counted in: 本外币 (all), 人民币, 外币 (外汇). */
const CURRENCY = /本外币|人民币|外币|外汇/;

/** After a count and its noun, what those counted do: 162个机构提供视力残疾康复服务. */
const DOES = /^[\u4e00-\u9fff]{1,6}?(?:提供|开展|设有|具备|具有|配备|开通|承担|实行|实施)/;
/** After a count and its noun, how far those counted got: 76部分卷已送出版社 (group 1 the noun). */
const GOT_AS_FAR = /^([\u4e00-\u9fff]{0,6}?)已(?!有|达|占|超)/;

/**
 * 康复机构1036个，其中162个机构提供视力残疾康复服务、191个机构提供听力言语残疾康复服务、…: parts each counting
 * those of the total that do one thing are cuts by what they do, which one body may do several of: only no part may
 * exceed the total. So are parts counting those of one noun that got as far as a stage each (已终审验收79部分卷（其中，
 * 76部分卷已送出版社，56部分卷已出版）): the published were sent to the publisher first. (Not parts of two nouns: 146个续建
 * 项目已全面复工；170个新开项目已开工145个 are two kinds of project.)
 */
function byActivity(parts: readonly Figure[]): boolean {
  if (parts.length < 2) return false;
  const after = parts.map((p) => p.para.prose.slice(p.endOffset - p.para.offset, p.endOffset - p.para.offset + 14));
  if (after.every((t) => DOES.test(t))) return true;
  const nouns = after.map((t) => GOT_AS_FAR.exec(t)?.[1]);
  return nouns.every((n) => n !== undefined && n === nouns[0]);
}

/** A balance of trade or of payments: the difference of two parts (出口 − 进口), not one of them. */
const BALANCE = /顺差|逆差/;

/** Those counted under two parts at once: 双重身份人员, 重复计算水资源量 (not 重复举报, 重复投诉: a second report is a part). */
const BOTH_PARTS = /双重|重复(?:计算|统计|计数)/;

/** The one part of a list named as counted twice (重复计算水资源量), or none (不重复计算量 is a part like the others). */
function countedTwice(parts: readonly Figure[]): Figure | undefined {
  const twice = parts.filter((p) => BOTH_PARTS.test(p.measure) && !/不重复/.test(p.measure));
  return twice.length === 1 ? twice[0] : undefined;
}

/** 水资源总量 and its parts by source: surface water, and ground water, most of which the surface water counts already. */
const WATER_RESOURCES = /水资源总量/;
const SURFACE_WATER = /地表水资源/;
const GROUND_WATER = /^地下水资源/;
/** The ground water the surface water does not count, stated with the parts: 地下水与地表水资源不重复量. */
const NOT_COUNTED_TWICE = /不重复/;

/**
 * 全国水资源总量31605.2亿m3。其中，地表水资源量30407.0亿m3，地下水资源量8553.5亿m3,⏎地下水与地表水资源不重复量为1198.2亿m3:
 * the resources are the surface water plus the ground water it does not count already (不重复量), so surface and ground
 * water over the total are no slip; without the ground water the parts are checked within the total. Read only where
 * the paragraphs of the figures say so (不重复): 水资源总量22.638亿立方米 of 地表14.79 and 地下7.848 adds them up.
 */
function withoutGroundWater(total: Figure, parts: readonly Figure[], marker: string): Relation | undefined {
  if (!WATER_RESOURCES.test(total.measure) || !parts.some((p) => SURFACE_WATER.test(bareMeasure(p)))) return undefined;
  if (![total, ...parts].some((f) => NOT_COUNTED_TWICE.test(f.para.prose))) return undefined;
  const rest = parts.filter((p) => !GROUND_WATER.test(bareMeasure(p)));
  if (rest.length === parts.length || rest.length === 0) return undefined;
  const within = sumReading(rest, total, '<=');
  return within ? relation('sum', total, [[total, 'total'], ...rest.map((p) => [p, 'part'] as const)], [within], { marker }) : undefined;
}

/**
 * 水资源总量为26.59亿m³，其中地表水资源量24.09亿m³，地下水资源量8.32亿m³，重复计算水资源量5.82亿m³: the amount counted
 * under both parts is taken off their sum, so the parts over their total by exactly that amount hold (a 双重身份 count
 * inside a total its parts make on their own is read as before: within the total).
 */
function lessCountedTwice(total: Figure, parts: readonly Figure[], twice: Figure, marker: string): Relation | undefined {
  if (!exact(twice) || !addsInto(twice.unit, total.unit)) return undefined;
  const net = judge({ op: '-', args: [sumOf(parts), { figure: twice }] }, { figure: total }, { compare: '=', unit: 'amount' });
  if (!net?.holds) return undefined;
  return relation('sum', total, [[total, 'total'], ...parts.map((p) => [p, 'part'] as const), [twice, 'part']], [net], { marker });
}

/**
 * “两委”成员62人，其中，党组织成员51人、村（居）民委员会成员39人，交叉任职28人: the members of two bodies are those of each,
 * less those counted in both (交叉任职), stated after them; the net sum must make the total exactly.
 */
export function lessSatOnBoth(total: Figure, parts: readonly Figure[], both: Figure): Relation | undefined {
  if (parts.length !== 2 || ![total, both, ...parts].every(exact) || ![both, ...parts].every((p) => addsInto(p.unit, total.unit))) return undefined;
  const net = judge({ op: '-', args: [sumOf(parts), { figure: both, labelled: true }] }, { figure: total }, { compare: '=', unit: 'amount' });
  return net && relation('sum', total, [[total, 'total'], ...parts.map((p) => [p, 'part'] as const), [both, 'part']], [net], { marker: SAT_ON_BOTH_MARKER });
}

/** The marker of a sum less those counted in both of its parts (number-sum words its message by it). */
export const SAT_ON_BOTH_MARKER = '交叉任职';

/** A measure that is only a verb of progress: 开工, 已竣工, 建成投产. */
const PROGRESS_ONLY = /^(?:已|已经|全部|均已)?(?:开工|复工|开复工|竣工|完工|建成|投产|建成投产|签约|开业|落地)$/;
/** A kind of income by its source: 经营性收入, 工资性收入, 财产性收入, 转移性收入, 补助收入. */
const INCOME_KIND = /(?:经营性|工资性|财产性|转移性|补助)收入$/;

/**
 * 平均每个村收入为61.72万元（含财政补助收入），其中经营性收入为19.06万元: after 其中, one kind of income by its source is a
 * part of the average income, so no more than it (an average of a narrower scope may be more: 人均可支配收入4.86万元，其中
 * 城镇5.32万元, nothing read). The part alone, named by no average of its own and no scope; undefined otherwise.
 */
function kindOfAnAverageIncome(total: Figure, parts: Figure[], remainder: boolean, marker: string): Relation | undefined {
  const [part] = parts;
  if (
    !remainder ||
    parts.length !== 1 ||
    !part ||
    !/收入$/.test(bareMeasure(total)) ||
    !INCOME_KIND.test(bareMeasure(part)) ||
    NOT_A_TOTAL.test(part.measure) ||
    /城镇|农村|城市|乡村|居民/.test(part.measure)
  )
    return undefined;
  if (!exact(total) || !exact(part) || !addsInto(part.unit, total.unit)) return undefined;
  return largestPart(
    total,
    parts,
    [
      [total, 'total'],
      [part, 'part'],
    ],
    marker,
  );
}

/**
 * The words of a cut (CROSS_CUTTING) a total's measure is named by (城乡低保: 低保; 共青团员: 团员): a part named by them too
 * counts what the total counts, and is not cut along them (heldout133/dibao-shi-01, heldout42/tuan-quanguo-01). Not 男 or
 * 女 (a total of women has `ALL_WOMEN`), nor the ages and the flows (岁以下, 新增, 累计 have their own readings).
 */
function sharedCutWords(measure: string): string[] {
  return [...measure.matchAll(SHARED_CUT)].map((m) => m[0]);
}
// (not 残疾: 持证残疾人83556人，其中重度残疾人46175人，就业年龄段（16-59岁）残疾人45066人 cuts the disabled by degree and by
// age, a line CROSS_CUTTING does not name; a total of disabled persons alone has `ALL_DISABLED`, heldout60/canlian-xuancheng-01)
const SHARED_CUT = /少数民族|退役军人|党员|团员|脱贫|低保|建档立卡|留守/g;

/**
 * 出生2138人，其中男1104人，女1034人 / 病人4785例，其中男性3020例，女性1765例: two parts, one named by 男 and not 女, the
 * other by 女 and not 男, each with no other word of a cut, are the total's men and women: they cannot overlap.
 */
function twoSexes(parts: readonly Figure[]): boolean {
  if (parts.length !== 2) return false;
  const [a, b] = parts.map((p) => bareMeasure(p));
  const sex = (m: string): string | undefined => (/男/.test(m) && !/女/.test(m) ? '男' : /女/.test(m) && !/男/.test(m) ? '女' : undefined);
  const other = (m: string): boolean => CROSS_CUTTING.test(m.replace(/[男女]/g, ''));
  return !!a && !!b && sex(a) !== undefined && sex(b) !== undefined && sex(a) !== sex(b) && !other(a) && !other(b);
}

/**
 * 共出生123人，其中政策内出生119人（男孩62人、女孩61人） (tests/corpus/shadow/gzzj-jisheng-02): a total that is itself a part
 * after 其中 may carry in its brackets the sexes of the whole before it (62 + 61 = 123), not its own: its two sexes are not
 * read as all of it.
 */
function partItself(total: Figure): boolean {
  return total.para.prose.slice(total.sentence.offset - total.para.offset, total.offset - total.para.offset).includes('其中');
}

/** Women named as the whole a total counts: 育龄妇女, 女职工 (the word, wherever it stands in a part's name). */
const ALL_WOMEN = /妇女|女性|女职工/;
const WOMEN_WORDS = /妇女|女性|女职工/g;
/** A total of disabled persons alone (残疾人): its parts' 残疾 (视力残疾, 肢体残疾) names their kind, no cut. */
const ALL_DISABLED = /^(?:全市|全县|全区|全省)?(?:残疾人|残疾人员)$/;

/** Loans of a special statistic (涉农贷款, 小微企业贷款, 普惠型小微企业贷款, 绿色贷款): cuts across each other. */
const LOAN_STATISTIC = /(?:涉农|涉農|小微|普惠|绿色|綠色)[\u4e00-\u9fff]{0,6}(?:贷款|貸款)/;

/** Every part: a list whose parts all may overlap. */
export const ANY_PART = /(?:)/;

/** Whether parts add up to the total exactly, as written (not merely within rounding). */
export function addsUpExactly(total: Figure, parts: readonly Figure[]): boolean {
  const r = sumReading(parts, total);
  return !!r && Math.abs(r.value - r.stated) <= 1e-9 * Math.max(1, Math.abs(r.stated));
}

/** The first of two runs of parts, in order, that each add up to the total exactly (two parts or more each). */
function twoRuns(total: Figure, parts: readonly Figure[]): Figure[] | undefined {
  for (let k = 2; k <= parts.length - 2; k++) {
    const first = parts.slice(0, k);
    if (addsUpExactly(total, first) && addsUpExactly(total, parts.slice(k))) return first;
  }
  return undefined;
}

/** A run of parts at the head of the list adding up to the total exactly (a first breakdown; the rest may be a second). */
function runBefore(total: Figure, parts: readonly Figure[]): boolean {
  for (let k = 2; k < parts.length; k++) if (addsUpExactly(total, parts.slice(0, k))) return true;
  return false;
}

/**
 * A run of parts at the head of the list adding up to the total exactly, each in a clause of its own, then one more
 * part of half the total or more (绩效目标指标12个，其中一级指标3个，二级指标9个，三级指标12个): the run is a first
 * breakdown, the last part a second cut (a slip in one list would leave the parts half again over their total). Not a
 * smaller last part: 农业20亿元；林业5亿元；牧业15亿元；渔业8亿元 of 40亿元 is a list that does not add up, and 42起 listed
 * as 21起、15起、2起、1起、1起、2起 and written 38起 left the last ones out.
 */
function headRun(total: Figure, parts: readonly Figure[]): Figure[] | undefined {
  const k = parts.length - 1;
  const last = parts[k]!;
  if (k < 2 || !inClauses(parts) || !known(last) || !known(total) || last.normalized < 0.5 * total.normalized) return undefined;
  return addsUpExactly(total, parts.slice(0, k)) ? parts.slice(0, k) : undefined;
}

/**
 * 计划新建改建城镇公厕1540座，其中新建1119座，改建421座，并建设星级公厕92座: a run of parts in clauses of their own adding
 * up to the total exactly, then a last clause opened by 并 (and besides) whose part names the total's own thing with a
 * grade before it (星级公厕 of 城镇公厕, two characters of the name's end at least): how many of the total are built to
 * that grade, within the run; the run, or undefined. Not a last part without 并, nor one of another thing.
 */
function runThenAlsoAGrade(total: Figure, parts: readonly Figure[]): Figure[] | undefined {
  const k = parts.length - 1;
  const last = parts[k];
  if (k < 2 || !last || !inClauses(parts)) return undefined;
  const before = parts[k - 1]!;
  const between = last.para.prose.slice(before.endOffset - last.para.offset, last.clause.offset - last.para.offset + 1).replace(/\s/g, '');
  if (!/^[，,；;]并$/.test(between) || suffixLength(bareMeasure(last), bareMeasure(total)) < 2 || bareMeasure(last) === bareMeasure(total)) return undefined;
  return addsUpExactly(total, parts.slice(0, k)) ? parts.slice(0, k) : undefined;
}

/**
 * Parts named by the total's own measure (支出决算 of “三公”经费支出决算 and 公务接待费支出决算): shares of one measure,
 * not cuts by attributes; three characters of the name's end at least.
 */
function oneMeasure(total: Figure, parts: readonly Figure[]): boolean {
  return parts.every((p) => suffixLength(bareMeasure(p), bareMeasure(total)) >= 3);
}

/** Parts each in a clause of its own (…，…), none in brackets and none joined to the one before by 、. */
function inClauses(parts: readonly Figure[]): boolean {
  return parts.every((p, k) => {
    if (p.bracket) return false;
    const before = parts[k - 1];
    if (!before) return true;
    return before.para === p.para && !/、/.test(p.para.prose.slice(before.endOffset - p.para.offset, p.offset - p.para.offset));
  });
}

/**
 * 网格事件17457件，其中网格员上报17146件，12345热线转化为事件215件，…，我的永州APP 12件，办结17443件: a run of parts
 * adding up to the total exactly, then one count of what was done (办结, 完成) to end it, is the total's breakdown
 * followed by its outcome, not one list: the run, or undefined.
 */
function runThenDone(total: Figure, parts: readonly Figure[]): Figure[] | undefined {
  // (the done count last: 办结17件，结转下年度办理4件 after the channels is a second breakdown, by outcome, of its own)
  const k = parts.length - 1;
  const first = parts.slice(0, k);
  return k >= 2 && (parts[k]!.done || STAGE_COUNT.test(bareMeasure(parts[k]!)) || fateAfterKinds(total, first, parts[k]!)) && addsUpExactly(total, first) ? first : undefined;
}

/**
 * (post38b) A count of those of the total who died or got well (死亡87例, 治愈出院120人), last after a run that adds up to
 * the total (累计报告406例，其中感染者293例，艾滋病病人113例，死亡87例): what became of some of them, not a third kind.
 */
const FATE_COUNT = /^(?:已|累计)?(?:死亡|病死|治愈|痊愈|康复|出院)/;

/** A last part counting a fate (`FATE_COUNT`) after kinds that count none, of a total that counts none either. */
function fateAfterKinds(total: Figure, kinds: readonly Figure[], last: Figure): boolean {
  // (事故42起、死亡45人，其中…死亡24人；…死亡15人；…死亡2人: deaths of kinds of accidents are the deaths' own list)
  return FATE_COUNT.test(bareMeasure(last)) && !FATE_COUNT.test(bareMeasure(total)) && !kinds.some((p) => FATE_COUNT.test(bareMeasure(p)));
}

/**
 * (shadow15) A count of projects by a stage of their progress (计划竣工项目111个, 建成投产项目12个), last after a run that
 * adds up to the total (市重点项目476个，其中续建项目269个…；计划开工项目207个…；计划竣工项目111个): those due to finish
 * are among the projects already counted, a second cut like a done count, not a third kind.
 */
const STAGE_COUNT = /^(?:计划|预计|年内)?(?:新)?(?:竣工|完工|建成|投产|建成投产)(?:投用|投运)?项目/;

/** Levels of schooling, highest first (研究生 is 博士 and 硕士): a level with 及以上 or 及以下 covers those above or below it. */
const SCHOOLING: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/博士/, 0, 0],
  [/硕士/, 1, 1],
  [/研究生/, 0, 1],
  [/本科/, 2, 2],
  [/大专|专科/, 3, 3],
  [/中专|高中|中职/, 4, 4],
  [/初中/, 5, 5],
  [/小学/, 6, 6],
];
const SCHOOLING_NAME = /(博士|硕士|研究生|本科|大专|专科|中专|高中|中职|初中|小学)(?:学历|学位|文化程度|层次)?(及以上|以上|及以下|以下)?$/;

/**
 * 普通高校招生28529人，其中本科5422人，专科23107人 / 乡村医生440人，其中：大专学历5人，中专学历200人，其他235人: parts
 * each of one level of schooling (or 其他, the rest), no two of them covering a level in common and none cut along
 * another line (女, 党员), do not overlap, though the schooling words cut across other lists.
 */
function disjointSchooling(parts: readonly Figure[], crossCutting: RegExp): boolean {
  const taken: Array<[number, number]> = [];
  let others = 0;
  for (const p of parts) {
    const name = partMeasure(p);
    if (/^(?:其他|其它)/.test(name)) {
      others++;
      continue;
    }
    const m = SCHOOLING_NAME.exec(name);
    if (!m || crossCutting.test(name.slice(0, m.index))) return false;
    const level = SCHOOLING.find(([re]) => re.test(m[1]!))!;
    let [lo, hi] = [level[1], level[2]];
    if (m[2] && /上/.test(m[2])) lo = 0;
    if (m[2] && /下/.test(m[2])) hi = Infinity;
    if (taken.some(([a, b]) => lo <= b && a <= hi)) return false;
    taken.push([lo, hi]);
  }
  return taken.length >= 2 && others <= 1;
}

/**
 * Partitions whose members share nothing: each entry's pattern names, at the head of a part's name, the members that
 * part covers (市县配套 covers two levels). Levels of government split money only (资金, 补助, 配套 …).
 */
const PARTITIONS: ReadonlyArray<{ head: RegExp; members: (m: string) => string[]; only?: RegExp }> = [
  {
    head: /^(?:中央|省市县|省市|市县|省级?|市级|市本级|县级|区级|乡镇|乡级|镇级)/,
    members: (m) => (m === '中央' ? ['中央'] : [...m.replace(/级|本级/g, '')].filter((c) => '省市县区乡镇'.includes(c)).map((c) => (c === '镇' ? '乡' : c))),
    only: /资金|补助|配套|投资|投入|奖补|拨款|拨付|专项|预算/,
  },
  { head: /^(?:国税|地税)/, members: (m) => [m] },
  { head: /^(?:住院|门诊)/, members: (m) => [m] },
  { head: /^(?:水田|水浇地|旱地)/, members: (m) => [m] },
  { head: /^(?:统筹基金|个人账户)/, members: (m) => [m] },
  { head: /^(?:公办|民办)/, members: (m) => [m] },
  { head: /^(?:城镇|农村|乡村)/, members: (m) => [m === '乡村' ? '农村' : m] },
  { head: /^第[一二三]产业/, members: (m) => [m] },
];

/**
 * Parts whose names each open with another member of one partition (中央资金、省级补助、县级配套; 国税收入、地税收入;
 * 水田、水浇地、旱地): no two of them can hold the same thing, so their sum may not pass the total.
 */
function disjointPartition(parts: readonly Figure[]): boolean {
  if (parts.length < 2) return false;
  return PARTITIONS.some(({ head, members, only }) => {
    const taken = new Set<string>();
    for (const p of parts) {
      const name = partMeasure(p);
      const m = head.exec(name)?.[0];
      if (!m || (only && !only.test(name))) return false;
      for (const member of members(m)) {
        if (taken.has(member)) return false;
        taken.add(member);
      }
    }
    return true;
  });
}

/**
 * 全省得到基本康复服务的儿童及持证残疾人共29.9万人。其中0-6岁残疾儿童2.7万人；…；60岁以上残疾人8.7万人: parts each of one
 * age band, no two bands sharing an age (`ageBandsApart`), do not overlap, though ages cut across other lists. Their names
 * may say nothing else that cuts across (女, 党员) unless the total's name says it too (35岁及以下党员 under 党员).
 */
function disjointAges(total: Figure, parts: readonly Figure[], crossCutting: RegExp): boolean {
  if (!ageBandsApart(parts.map(bareMeasure))) return false;
  const cut = new RegExp(crossCutting.source, 'g');
  return parts.every((p) => [...bareMeasure(p).replace(AGE_BAND, '').matchAll(cut)].every((w) => total.measure.includes(w[0])));
}

/** Projects named by a stage before building: 策划前期项目, 前期项目, 储备项目, 谋划项目. */
const PLANNING_STAGE = /(?:前期|策划|储备|谋划)项目/;

/** The words of a figure's sentence up to it (策划前期项目31个，总投资 before 165.57亿元). */
function sentenceUpTo(f: Figure): string {
  return f.para.prose.slice(f.sentence.offset - f.para.offset, f.offset - f.para.offset);
}

/** How many times their total parts after 其中 add up to before they read as cuts by different attributes. */
const CUTS = 1.3;

/** No part greater than the total (parts that overlap: each is a subset of the total, their sum is not). */
/** The grades of crop damage past 受灾 (affected): 成灾 (lost 30% or more of the crop), then 绝收 (lost 80% or more). */
const DAMAGE_GRADES = ['成灾', '绝收'] as const;
const DAMAGE_GRADE = /^(?:农作物)?(成灾|绝收|絕收)(?:面积|面積)?$/;

/** Parts that are the grades of crop damage in their order (成灾面积, then 绝收面积), one each. */
export function damageGrades(parts: readonly Figure[]): boolean {
  return parts.length === 2 && parts.every((p, k) => DAMAGE_GRADE.exec(simplified(bareMeasure(p)))?.[1]?.replace('絕', '绝') === DAMAGE_GRADES[k]);
}

/** 其中成灾面积62.8万亩、绝收面积43.6万亩: the crop lost (绝收) is part of the crop damaged (成灾), no more than it. */
export function worseGradeWithin(parts: readonly Figure[], marker: string): Relation | undefined {
  const [damaged, lost] = parts;
  if (!damaged || !lost || !damageGrades(parts) || !exact(damaged) || !exact(lost) || !addsInto(lost.unit, damaged.unit)) return undefined;
  return relation(
    'sum',
    damaged,
    [
      [damaged, 'total'],
      [lost, 'part'],
    ],
    [judge({ figure: lost, labelled: true }, { figure: damaged }, { compare: '<=', unit: 'amount' })],
    { marker },
  );
}

export function largestPart(total: Figure, parts: Figure[], cast: ReadonlyArray<readonly [Figure, 'total' | 'part']>, marker: string): Relation | undefined {
  // (a part of the total's measure written below zero, read as no figure, lets another exceed the total)
  if (negativePartUnread(total)) return undefined;
  const largest = parts.reduce((a, b) => (b.normalized! > a.normalized! ? b : a));
  return relation('sum', total, cast, [judge({ figure: largest, labelled: true }, { figure: total }, { compare: '<=', unit: 'amount' })], { marker });
}

/**
 * 全市自营进出口总额274亿美元…其中，出口142.7亿美元，…占全省出口比重的57.4%: a share naming its whole by a scope (全省) other
 * than every scope opening a clause of its paragraph before it (全市, SCOPE_NAMED) is of another place's total, which the
 * text does not state: the place's own figures are never its whole. Not when the paragraph opens a clause with the share's
 * scope too (全省…全市…占全省); a scope in a comparison or a rank (高于全市平均水平, 居全市第8位) is not the paragraph's own.
 */
export function ofAnotherScope(par: Paragraph, p: Figure, words: string): boolean {
  const named = SCOPE_WHOLE.exec(simplified(words))?.[0];
  if (!named) return false;
  const before = simplified(textBetween(par.draft, p.para.offset, p.offset));
  const prior = before.slice(0, before.lastIndexOf('占'));
  const scopes = new Set([...prior.matchAll(SCOPE_NAMED)].map((m) => m[1]));
  return scopes.size > 0 && !scopes.has(named.slice(-1));
}

/**
 * (post38b) 新兴产业完成投资1091.0亿元，其中工业新兴产业1025.2亿元，同比增长34.6%，占工业投资的比重达80.2%: a part's own 其中 standing
 * between it and a share names a sub-part, and the clauses after it (its change, its share) may be the sub-part's: the
 * last level after that 其中, in the same sentence, is read as the share's numerator beside the part.
 */
function subPartBefore(par: Paragraph, part: Figure, p: Figure): Figure | undefined {
  const at = textBetween(par.draft, part.endOffset, p.offset).indexOf('其中');
  if (at < 0) return undefined;
  const from = part.endOffset + at;
  return par.figures
    .filter((f) => f.offset > from && f.offset < p.offset && f.sentence.offset === p.sentence.offset && !f.relational && f.unit.kind !== 'percent' && compatible(f.unit, part.unit))
    .pop();
}

/** The whole a figure's own share right after it names: 55.22萬家，占全省企業總數的54.14% → 全省企業總數. */
const SHARE_WORDS_AFTER = /^[^；;。]{0,6}?[，,]\s*占([^，,；;。%％0-9]{2,24}?)的?(?:比重|比例)?(?:为|達|达|达到)?[0-9.]+\s*[%％]/;

/**
 * (post47c) 全市接触粉尘的工人19437人，其中矽肺病人364人；一期病人310人，占85.16%；二期病人41人，占11.26%；三期病人13人，占3.58%:
 * a part set off by a 分号 from the two or more parts after it, all in its sentence, that add up to it at their precision
 * (310 + 41 + 13 = 364) is their whole: the parts are its kinds, and a bare share of theirs (占11.26%) is of it, not of the
 * breakdown's total. Parts that do not add up to it, or no 分号 after it, and the shares are read as before.
 */
function innerWhole(par: Paragraph, b: Breakdown): Figure | undefined {
  for (const [j, whole] of b.parts.entries()) {
    const kinds = b.parts.slice(j + 1);
    if (kinds.length < 2 || !exact(whole) || !kinds.every((f) => exact(f) && compatible(f.unit, whole.unit) && f.period === whole.period)) continue;
    if (!/^[^，,；;。]{0,4}[；;]/.test(par.draft.prose.slice(whole.endOffset, whole.endOffset + 6))) continue;
    if (judge(sumOf(kinds), { figure: whole }, { unit: 'amount' })?.holds) return whole;
  }
  return undefined;
}

/** Words naming a whole by a noun and 总数 (总量, 总额), maybe after the place: 企业总数, 全市项目总数 → 企业, 项目. */
const WHOLE_OF_A_NOUN = /^(?:全[市县区省州国镇乡])?([\u4e00-\u9fff]{2,8}?)(?:总数|总量|总额)$/;

/** 其中：基本支出1140.27万元，占27.52%；…: a part's share of the breakdown's total, when the words name no other whole. */
export function sharesInBreakdown(par: Paragraph, b: Breakdown): Relation[] {
  const out: Relation[] = [];
  // 准备解决的3929件，占91.4%，其中已经采纳落实的2089件，占48.6%: a total with a share of its own is a part of a larger
  // whole, and a share that names no whole after its parts is of that whole too
  const totalShared = /^[^；;。]{0,6}?[，,]\s*占[^，,；;。%％0-9]{0,12}[0-9.]+\s*[%％]/.test(par.draft.prose.slice(b.total.endOffset, b.total.endOffset + 30));
  // (post44b) 武漢、襄陽、宜昌共有企業55.22萬家，占全省企業總數的54.14%。其中，武漢有企業40.52萬家，占全省企業總數的39.73%: a
  // part's share in the very words of the total's own share is of that larger whole, not of the total
  const totalWhole = SHARE_WORDS_AFTER.exec(par.draft.prose.slice(b.total.endOffset, b.total.endOffset + 40))?.[1];
  const inner = innerWhole(par, b);
  b.parts.forEach((part, k) => {
    const segment = b.segments[k]!;
    for (const p of sentenceOf(par, part).concat(part.sentence.endOffset < segment.endOffset ? (par.periods.get(part.period) ?? []) : [])) {
      if (p.unit.kind !== 'percent' || p.range || p.offset < part.endOffset || p.endOffset > segment.endOffset || par.claimed.has(p)) continue;
      const head = headOf(par.draft, p);
      const m = /占(?:比)?(?:率)?([^，,。；;：:、%％]{0,16}?)的?(?:比重|比例)?(?:为|达|达到)?$/.exec(head);
      if (!m) continue;
      const words = m[1]!;
      if (!words && totalShared) break;
      if (words && words === totalWhole) break;
      // (占总任务 16348 亩的 100%: a share that states its whole is of that figure, not of the breakdown's total)
      if (/[0-9０-９]/.test(words)) continue;
      if (ofAnotherScope(par, p, words)) continue;
      // (占生效人数的9.37% under 判决生效被告人1232695人: the count of those the total's name describes, 生效, is the total)
      const counted = /^([\u4e00-\u9fff]{2,6}?)(?:人数|件数|户数|人次)$/.exec(words)?.[1];
      const countOfTotal = counted !== undefined && bareMeasure(b.total).includes(counted);
      // 办成各类经济技术项目61个，其中三资企业41个，占企业总数的70%；…内联出口创汇项目8个，占企业总数的30%
      // (heldout169/kaifaqu-lianyungang-01): a total the words name by a noun of their own before 总数 (企业总数), which the
      // breakdown's total is not named by (经济技术项目, not one character of 企业), is another whole than that total
      // (not 占全省法院收案总数的84.7% under 全省法院共收…各类案件321146件: 法院 and 收 name that total)
      const ownNoun = WHOLE_OF_A_NOUN.exec(words)?.[1];
      if (ownNoun && ![...ownNoun].some((c) => b.total.measure.includes(c) || b.total.key.includes(c))) continue;
      if (words && !countOfTotal && !/^(?:总|全|合计)/.test(words) && !/总数|总量|总额|合计|总计/.test(words) && !sameThing(words, b.total) && !bareMeasure(b.total).endsWith(words)) continue;
      par.claimed.add(p);
      // (a sub-part after the part's own 其中 may be what the share is of, or the part still: 工业用水…（其中火核电直流冷却水
      // 490.0亿m³），占用水总量的16.4% is the part's; either reading holding is enough)
      const sub = subPartBefore(par, part, p);
      const numerators = sub ? [sub, part] : [part];
      const whole = inner && k > b.parts.indexOf(inner) && !words ? inner : b.total;
      const alternatives = numerators.map((n) => ({
        cast: [
          [p, 'percent'],
          [n, 'numerator'],
          [whole, 'denominator'],
        ] as const,
        reading: judge({ op: 'percent', args: [{ figure: n }, { figure: whole }] }, { figure: p }, { unit: 'percent' }),
      }));
      const first = alternatives[0]!;
      const r = !exact(p) ? unchecked('share', p, first.cast) : sub ? relationAmong('share', p, alternatives) : relation('share', p, first.cast, [first.reading]);
      if (r) out.push(r);
      break;
    }
  });
  return out;
}

/** A figure's measure without the time and the whole it is stated for: 年末全县户籍总人口 is 户籍总人口. */
export function measureName(f: Figure): string {
  return bareMeasure(f).replace(/^(?:年末|年底|全年|当年|本年)?(?:全县|全市|全区|全省|全州|全镇|全乡|辖区|我县|我市|我区)?(?:共有|共计|共)?/, '');
}

/** Whether two figures state one measure (户籍总人口 and 辖区户籍总人口): one's name ends the other's. */
export function sameMeasure(a: Figure, b: Figure): boolean {
  const x = measureName(a);
  const y = measureName(b);
  return x.length >= 2 && y.length >= 2 && (x.endsWith(y) || y.endsWith(x));
}

/**
 * 发行福利彩票151.3亿元，筹集福利彩票公益金43.3亿元，其中上交中央公益金21.31亿元 / 下辖9个乡镇，102个行政村，其中贫困村48个:
 * of the candidate totals before 其中, the nearest is the parts' whole when each part's name ends like its name (公益金,
 * 村) further than like any earlier candidate's; a bare generic ending (数, 额, 量) tells nothing.
 */
export function namedAfterNearest(total: Figure, earlier: readonly Figure[], parts: readonly Figure[]): boolean {
  const own = measureName(total);
  return parts.every((p) => {
    const name = measureName(p);
    const k = suffixLength(name, own);
    if (k === 0 || (k === 1 && GENERIC_ENDING.test(name.slice(-1)))) return false;
    return earlier.every((f) => suffixLength(name, measureName(f)) < k);
  });
}

/** A figure after the breakdown's period of the total's measure and unit, under a scope of its own. */
export function partElsewhere(par: Paragraph, b: Breakdown): boolean {
  const last = b.parts[b.parts.length - 1]!;
  return par.figures.some(
    (f) =>
      f.offset > last.endOffset &&
      f.period !== last.period &&
      !f.relational &&
      compatible(f.unit, b.total.unit) &&
      f.subject !== '' &&
      !f.subject.startsWith('其中') &&
      f.subject !== b.total.subject &&
      sameMeasure(f, b.total),
  );
}

/** Where the sentence (up to 。！？) of a figure ends. */
export function periodEnd(draft: Draft, f: Figure): number {
  const m = /[。！？!?]/.exec(draft.prose.slice(f.endOffset, f.para.endOffset));
  return m ? f.endOffset + m.index : f.para.endOffset;
}

/** How much larger than the total a later item after 其中 is to be no part of it (a slip of a digit is less). */
export const OVER = 1.25;

/** Words that put a figure in the period compared with: 上年, 去年, 同期, 上期. */
export const PREVIOUS_PERIOD = /上年|去年|同期|上期/;

/** An outcome denied: 不合格, 不达标, 不起诉, 不批准逮捕 (the outcome in group 1; 不予立案 is a review's, proposalsReviewed). */
export const NOT_OUTCOME = /不(?:予)?(合格|达标|起诉|批准逮捕)/;
export const NOT_DONE_WORD = new RegExp(`未|正在|仍在|在办|[理设施进查]中$|${NOT_OUTCOME.source}`);

export const PART_FIGURE = (f: Figure): boolean =>
  exact(f) && !f.relational && !f.bracket && !f.approximate && !f.range && f.unit.kind !== 'percent' && f.unit.kind !== 'points' && f.unit.kind !== 'times' && f.unit.kind !== 'permille';

// Sums: a total and its parts, in brackets (12个（新建5个、续建6个）), after 分别为 or 由…组成, after 其中 (which may
// leave a remainder), before 合计, or ending with 其余. Units are converted before adding.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { PINYIN_GLOSS, simplified } from '../../text';
import { compatible } from '../units';
import { added, exact, halfUnit, judge, known, type Expr } from './arithmetic';
import {
  addsInto,
  AGE_BAND,
  ageBandsApart,
  attributive,
  BEYOND_BUDGET_REVENUE,
  breakdowns,
  EARLIER_TIME,
  isPartition,
  lastEnd,
  namesTheRest,
  PART_SHARE_AFTER,
  respectiveRuns,
  type Breakdown,
} from './breakdowns';
import { accountOpener } from './accountOpeners';
import { LIST_PARAGRAPHS } from './cache';
import { commonSuffix, sameThing, suffixLength } from './names';
import { bareMeasure, headOf, isPast, listedFrom, sentenceOf, textBetween, type Paragraph } from './paragraph';
import { ratioRelation, relation, relationAmong, unchecked, withRole, type Relation } from './relation';
import {
  ACCOUNT_BASE,
  ACCOUNT_PLUS,
  ACCOUNT_TOTAL,
  ageBounds,
  ALTOGETHER,
  CHANGE_VERB,
  COUNTED_ALONE,
  CROSSED_BAR,
  CROSS_CUTTING,
  DIFFERENCE_HEAD,
  DONE_SO_FAR,
  ENUMERATED_ITEM,
  FUNDED_PURPOSE,
  GENERIC_ENDING,
  INDUSTRY_CHAINS,
  INNER_ITEM,
  isFall,
  NONE_ELSEWHERE,
  NOT_A_BREAKDOWN,
  NOT_A_TOTAL,
  PULL_VERB,
  NET_CHANGE,
  REFINANCING,
  REMAINDER_WORDS,
  SCOPE_NAMED,
  SCOPE_WHOLE,
  THREE_INDUSTRIES,
  STATED_AS_TOTAL,
  STATES_A_TOTAL,
  TOTAL_WORD,
} from './vocabulary';

const sumOf = (parts: readonly Figure[]): Expr => ({ op: '+', args: parts.map((figure) => ({ figure, labelled: true })) });

/**
 * The relation of a total and its parts. `remainder`: the parts may leave some of the total out (其中); else they
 * must add up to it exactly. Parts cut along different lines (女党员, 35岁以下党员) need not add up: then only no
 * single part may exceed the total.
 */
/** Words of a flow (what was added, what has built up) that a total and its parts may all be named by. */
const FLOW_WORDS = ['新增', '累计'];

function sumRelation(total: Figure, parts: Figure[], remainder: boolean, marker: string, crossCutting: RegExp = CROSS_CUTTING): Relation | undefined {
  if (NOT_A_TOTAL.test(total.measure)) return undefined;
  // (外贸规模首次突破2000亿元。其中，出口793.6亿元；进口1265.9亿元: a round bar the measure went past is a lower bound,
  // more than that, not its value; the parts add up to the value, which may be well above the bar)
  if (CROSSED_BAR.test(clauseHead(total))) return undefined;
  if (remainder) parts = ofTheTotalsYear(total, parts);
  if (parts.length === 0) return undefined;
  // (当年收支结余1956.40万元；其中统筹基金…当年收支结余2201.47万元；个人账户基金…当年收支结余-245.07万元: a balance may be
  // negative, and a part of the total's measure written below zero, which is read as no figure, brings the others down)
  if (negativePartUnread(total)) return undefined;
  // (其中，人民币各项贷款余额35295.97亿元。从贷款期限看，本外币短期贷款余额11113.73亿元，…: loans in all currencies are
  // no parts of the loans in renminbi)
  const currency = CURRENCY.exec(total.measure)?.[0];
  if (currency && parts.some((p) => (CURRENCY.exec(p.measure)?.[0] ?? currency) !== currency)) return undefined;
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
      parts.filter((p, k) => !BOTH_PARTS.test(p.measure) && !(k > 0 && p.unit.kind === 'count' && PROGRESS_ONLY.test(p.measure) && parts[k - 1]!.unit.kind === 'count' && p.keyedBy !== undefined)),
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
  // (从三大主导产业看：精细化工完成产值30.79亿元，…装备制造…47.21亿元，…新能源新材料…39.64亿元 after 规上工业总产值84.82亿元:
  // leading industries, chains and clusters are a place's own groupings, cut across the sectors, a firm counted in each
  // chain it serves; each within the total is what holds)
  if (INDUSTRY_CHAINS.test(marker)) crossCutting = ANY_PART;
  // (福彩公益金支出2135万元。其中，养老服务体系建设项目1230万元，…残疾人免费安装假肢项目500万元: money spent on a project or
  // a field of welfare for a group of people is one allocation of the total, no cut along that group)
  const spentOn = (p: Figure): boolean => crossCutting === CROSS_CUTTING && p.unit.kind === 'money' && FUNDED_PURPOSE.test(bareMeasure(p));
  const cuts = (p: Figure): boolean => !spentOn(p) && crossCutting.test(flow.reduce((m, w) => m.split(w).join(''), p.measure));
  if ((parts.some(cuts) && !disjointSchooling(parts, crossCutting) && !disjointAges(total, parts, crossCutting)) || byActivity(parts)) {
    if (!exact(total) || !parts.every(exact) || !parts.every((p) => addsInto(p.unit, total.unit))) return undefined;
    return largestPart(total, parts, cast, marker);
  }
  if (total.approximate || total.range || (parts.length < 2 && !remainder)) return undefined;
  if (parts.length === 0 || !parts.every((p) => addsInto(p.unit, total.unit))) return undefined;
  if (total.unit.kind === 'percent' || total.unit.kind === 'points' || total.unit.kind === 'times') return undefined;
  // placeholders or approximations: nothing can be said, but the hover shows what is there
  if (!exact(total) || !parts.every(exact)) return unchecked('sum', total, cast);
  const whole = judge(sumOf(parts), { figure: total }, { compare: remainder ? '<=' : '=', unit: 'amount' });
  if (!remainder || !whole || whole.holds || parts.length < 2) return relation('sum', total, cast, [whole], { marker });
  const net = counted ? lessCountedTwice(total, parts, counted, marker) : withoutGroundWater(total, parts, marker);
  if (net) return net;
  // 规上工业企业86家，其中高新技术企业32家、专精特新企业60家: parts after 其中 may overlap, so a sum over the total is a
  // hint to check for overlap; a single part over the total is an error
  const largest = largestPart(total, parts, cast, marker);
  if (largest && !largest.holds) return largest;
  // 共收到申请16件，其中信函申请14件，网络申请2件，…办结13件，结转下年度办理3件: two runs in order, each adding up to the
  // total exactly, are two breakdowns of it (by channel, by outcome), not one list of overlapping parts
  // (指标12个，其中一级指标3个，二级指标9个，三级指标12个: a run at the head adding up to the total exactly is its
  // breakdown; a part of half the total or more after it is a second cut)
  const runs = twoRuns(total, parts) ?? runThenDone(total, parts) ?? headRun(total, parts);
  if (runs) return relation('sum', total, [[total, 'total'], ...runs.map((p) => [p, 'part'] as const)], [judge(sumOf(runs), { figure: total }, { compare: '=', unit: 'amount' })], { marker });
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
  return relation('sum', total, cast, [whole], { marker, hint: 'overlap' });
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

/**
 * 投诉1023件，…；截至目前已办结反馈595件，…；举报270件: a count whose clause opens with how many got done so far, right after
 * a part counted in its unit and no smaller, is that part's follow-up (within it), not another part. Not when the part
 * before is a follow-up too: 其中已办结80件，已回复15件 are parts alike.
 */
function withoutFollowUps(parts: readonly Figure[]): Figure[] {
  const followUp = parts.map((p) => DONE_SO_FAR.test(clauseHead(p)));
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
function withoutSubtotals(parts: readonly Figure[]): { parts: Figure[]; subtotals: Array<{ total: Figure; parts: Figure[] }> } {
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
function partsStatedAsTotals(draft: Draft, parts: readonly Figure[]): Figure[] | undefined {
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
function kindsOfOneSort(total: Figure, parts: readonly Figure[], sentence: readonly Figure[]): boolean {
  if (parts.length < 2) return false;
  const sort = commonSuffix(parts.map(bareMeasure));
  if (sort.length < 2 || bareMeasure(total).includes(sort)) return false;
  return sentence.some((f) => f.bracket && f.offset < total.offset && bareMeasure(f) === sort && sentence.filter((g) => g.bracket?.offset === f.bracket!.offset).length === 1);
}

/**
 * 在岗职工2058人，其中医生技术人员1597人，含执业（助理）医师564人、注册护士630人: an item opened by 含 or 包括 (no bracket)
 * is inside the item before it, and so is the rest of the list after it; the total's own parts end before it, and they
 * may leave a remainder.
 */
function withoutInnerItems(b: Breakdown): Breakdown {
  const k = b.parts.findIndex((p, i) => i > 0 && !p.bracket && INNER_ITEM.test(p.measure));
  if (k <= 0) return b;
  return { ...b, parts: b.parts.slice(0, k), segments: b.segments.slice(0, k), complete: false };
}

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
 * 主任数146名，其中女主任89名，占比60.96%，副主任163名，其中女副主任107名，占比65.64%: an item after 其中 that
 * opens a 其中 of its own whose first part it qualifies as the list's first part qualifies the total (女 before 主任, 女
 * before 副主任) repeats the total's pattern: a sibling measure, no part of the total; the list ends before it.
 */
function withoutSiblingTotals(par: Paragraph, b: Breakdown): Breakdown {
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
function withoutOtherMeasures(b: Breakdown): Breakdown {
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
function withoutBreakdowns(parts: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let k = 0; k < parts.length; k++) {
    const head = parts[k]!;
    out.push(head);
    if (!exact(head) || head.normalized === 0 || (k > 0 && parts[k - 1]!.sentence.offset === head.sentence.offset)) continue;
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
  const within = judge(sumOf(rest), { figure: total }, { compare: '<=', unit: 'amount' });
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

/** A measure that is only a verb of progress: 开工, 已竣工, 建成投产. */
const PROGRESS_ONLY = /^(?:已|已经|全部|均已)?(?:开工|复工|开复工|竣工|完工|建成|投产|建成投产|签约|开业|落地)$/;

/** Handled jointly (合办, 会办, 共同承办): counted under each handler. */
const JOINT = /合办|会办|共同承办|共同办理|联合承办|联合办理/;
/** Every part: a list whose parts all may overlap. */
const ANY_PART = /(?:)/;

/** Whether parts add up to the total exactly, as written (not merely within rounding). */
function addsUpExactly(total: Figure, parts: readonly Figure[]): boolean {
  const r = judge(sumOf(parts), { figure: total }, { compare: '=', unit: 'amount' });
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
  return k >= 2 && (parts[k]!.done || STAGE_COUNT.test(bareMeasure(parts[k]!))) && addsUpExactly(total, first) ? first : undefined;
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
    const name = bareMeasure(p).replace(/^其中[：:，,]?/, '');
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
 * 全省得到基本康复服务的儿童及持证残疾人共29.9万人。其中0-6岁残疾儿童2.7万人；…；60岁以上残疾人8.7万人: parts each of one
 * age band, no two bands sharing an age (`ageBandsApart`), do not overlap, though ages cut across other lists. Their names
 * may say nothing else that cuts across (女, 党员) unless the total's name says it too (35岁及以下党员 under 党员).
 */
function disjointAges(total: Figure, parts: readonly Figure[], crossCutting: RegExp): boolean {
  if (!ageBandsApart(parts.map(bareMeasure))) return false;
  const cut = new RegExp(crossCutting.source, 'g');
  return parts.every((p) => [...bareMeasure(p).replace(AGE_BAND, '').matchAll(cut)].every((w) => total.measure.includes(w[0])));
}

/** How many times their total parts after 其中 add up to before they read as cuts by different attributes. */
const CUTS = 1.3;

/** No part greater than the total (parts that overlap: each is a subset of the total, their sum is not). */
function largestPart(total: Figure, parts: Figure[], cast: ReadonlyArray<readonly [Figure, 'total' | 'part']>, marker: string): Relation | undefined {
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

/** 其中：基本支出1140.27万元，占27.52%；…: a part's share of the breakdown's total, when the words name no other whole. */
function sharesInBreakdown(par: Paragraph, b: Breakdown): Relation[] {
  const out: Relation[] = [];
  // 准备解决的3929件，占91.4%，其中已经采纳落实的2089件，占48.6%: a total with a share of its own is a part of a larger
  // whole, and a share that names no whole after its parts is of that whole too
  const totalShared = /^[^；;。]{0,6}?[，,]\s*占[^，,；;。%％0-9]{0,12}[0-9.]+\s*[%％]/.test(par.draft.prose.slice(b.total.endOffset, b.total.endOffset + 30));
  b.parts.forEach((part, k) => {
    const segment = b.segments[k]!;
    for (const p of sentenceOf(par, part).concat(part.sentence.endOffset < segment.endOffset ? (par.periods.get(part.period) ?? []) : [])) {
      if (p.unit.kind !== 'percent' || p.range || p.offset < part.endOffset || p.endOffset > segment.endOffset || par.claimed.has(p)) continue;
      const head = headOf(par.draft, p);
      const m = /占(?:比)?(?:率)?([^，,。；;：:、%％]{0,16}?)的?(?:比重|比例)?(?:为|达|达到)?$/.exec(head);
      if (!m) continue;
      const words = m[1]!;
      if (!words && totalShared) break;
      // (占总任务 16348 亩的 100%: a share that states its whole is of that figure, not of the breakdown's total)
      if (/[0-9０-９]/.test(words)) continue;
      if (ofAnotherScope(par, p, words)) continue;
      // (占生效人数的9.37% under 判决生效被告人1232695人: the count of those the total's name describes, 生效, is the total)
      const counted = /^([\u4e00-\u9fff]{2,6}?)(?:人数|件数|户数|人次)$/.exec(words)?.[1];
      const countOfTotal = counted !== undefined && bareMeasure(b.total).includes(counted);
      if (words && !countOfTotal && !/^(?:总|全|合计)/.test(words) && !/总数|总量|总额|合计|总计/.test(words) && !sameThing(words, b.total) && !bareMeasure(b.total).endsWith(words)) continue;
      par.claimed.add(p);
      const cast = [
        [p, 'percent'],
        [part, 'numerator'],
        [b.total, 'denominator'],
      ] as const;
      const r = !exact(p) ? unchecked('share', p, cast) : relation('share', p, cast, [judge({ op: 'percent', args: [{ figure: part }, { figure: b.total }] }, { figure: p }, { unit: 'percent' })]);
      if (r) out.push(r);
      break;
    }
  });
  return out;
}

/** A figure's measure without the time and the whole it is stated for: 年末全县户籍总人口 is 户籍总人口. */
function measureName(f: Figure): string {
  return bareMeasure(f).replace(/^(?:年末|年底|全年|当年|本年)?(?:全县|全市|全区|全省|全州|全镇|全乡|辖区|我县|我市|我区)?(?:共有|共计|共)?/, '');
}

/** Whether two figures state one measure (户籍总人口 and 辖区户籍总人口): one's name ends the other's. */
function sameMeasure(a: Figure, b: Figure): boolean {
  const x = measureName(a);
  const y = measureName(b);
  return x.length >= 2 && y.length >= 2 && (x.endsWith(y) || y.endsWith(x));
}

/**
 * 发行福利彩票151.3亿元，筹集福利彩票公益金43.3亿元，其中上交中央公益金21.31亿元 / 下辖9个乡镇，102个行政村，其中贫困村48个:
 * of the candidate totals before 其中, the nearest is the parts' whole when each part's name ends like its name (公益金,
 * 村) further than like any earlier candidate's; a bare generic ending (数, 额, 量) tells nothing.
 */
function namedAfterNearest(total: Figure, earlier: readonly Figure[], parts: readonly Figure[]): boolean {
  const own = measureName(total);
  return parts.every((p) => {
    const name = measureName(p);
    const k = suffixLength(name, own);
    if (k === 0 || (k === 1 && GENERIC_ENDING.test(name.slice(-1)))) return false;
    return earlier.every((f) => suffixLength(name, measureName(f)) < k);
  });
}

/** A figure after the breakdown's period of the total's measure and unit, under a scope of its own. */
function partElsewhere(par: Paragraph, b: Breakdown): boolean {
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
function periodEnd(draft: Draft, f: Figure): number {
  const m = /[。！？!?]/.exec(draft.prose.slice(f.endOffset, f.para.endOffset));
  return m ? f.endOffset + m.index : f.para.endOffset;
}

/** 具体为, 具体是, 具体承办单位为 right after a total (or opening the sentence after it, its sentence ending there). */
const SPELLED_OUT = /^[，,。]?\s*(具体[\u4e00-\u9fff]{0,4}?[为是])[：:]?\s*/;

/** A part's words in a spelled-out list: a short name after the mark, nothing else (and no 共, 合计: no total of its own). */
const ITEM_NAME = /^[，,、]?\s*[\u4e00-\u9fff“”"（）()]{1,20}$/;

/**
 * 有效工单10件，具体承办单位为：县卫生健康局1件、…、在线办结3件; 非税收入9265.21万元。具体为：国有土地使用权出让金收入
 * 1375.05万元，…，其他收入282.91万元: the items a total is spelled out into, to the end of that sentence. Every figure
 * there is a part of the total's unit after a short name, by one separator, none a total of its own; the list may leave
 * something out (a 具体为 may name the main items only), so only parts exceeding the total are reported.
 */
function spelledOut(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[]; word: string }> {
  const { draft, figures } = par;
  const text = draft.prose;
  const out: Array<{ total: Figure; parts: Figure[]; word: string }> = [];
  for (const total of figures) {
    if (used.has(total) || total.bracket || total.relational || !exact(total) || total.unit.kind === 'percent') continue;
    const m = SPELLED_OUT.exec(text.slice(total.endOffset, total.endOffset + 16));
    if (!m) continue;
    const listFrom = total.endOffset + m[0].length;
    const stop = text.slice(listFrom, total.para.endOffset).search(/[。！？；;]/);
    const end = stop < 0 ? total.para.endOffset : listFrom + stop;
    const parts = figures.filter((f) => f.offset >= listFrom && f.offset < end);
    const separators = new Set<string>();
    const each = parts.every((p, i) => {
      const words = text.slice(i === 0 ? listFrom : parts[i - 1]!.endOffset, p.offset);
      if (i > 0) separators.add(words.trim()[0] ?? '');
      return !p.bracket && !p.relational && exact(p) && compatible(p.unit, total.unit) && ITEM_NAME.test(words) && !STATES_A_TOTAL.test(words);
    });
    if (!each || parts.length < 2 || separators.size !== 1 || parts.some((p) => used.has(p))) continue;
    out.push({ total, parts, word: m[1]! });
  }
  return out;
}

export function sums(par: Paragraph): Relation[] {
  const { draft, figures, sentences, periods } = par;
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
  // 0. “三公”经费决算总额2771万元。…因公出国（境）经费决算120万元…；公务接待费决算1033万元；公务用车购置及运行费决算
  //    1618万元: the three items that make the “三公” expenses, by their definition (before any 其中 reads them as a
  //    list that may leave a remainder)
  //    (its items stay free to be the totals of their own breakdowns: 公务用车购置及运行费1618万元，其中：购置费414万元…)
  for (const a of officialCosts(par, used, usedParts)) {
    const r = sumRelation(a.total, a.parts, false, '“三公”经费');
    if (!r) continue;
    out.push(r);
    used.add(a.total);
    a.parts.forEach((p) => usedParts.add(p));
  }
  // 1a. Totals stated in pairs, their parts in pairs too: 16369户54851人（脱贫不稳定户5018户18684人、边缘易致贫户4876户
  //     17551人…): each measure adds up on its own
  // (households listed by their kind: 脱贫不稳定户 is a kind of household here, not a line cutting across the others)
  for (const b of pairedBrackets(par)) accept(sumRelation(b.total, b.parts, b.remainder, b.remainder ? '其中' : '括号内', PERSONAL_ATTRIBUTE), b.total, b.parts);
  // 1b. The same pairs after 其中: 低保对象5014户6675人，其中农村低保4532户6030人，城镇低保482户645人
  for (const b of pairedLists(par)) if (!b.parts.some((p) => used.has(p))) accept(sumRelation(b.total, b.parts, true, '其中', PERSONAL_ATTRIBUTE), b.total, b.parts);
  // 1c. 贫困人口281户、1078人。其中：甲村61户、247人，乙村81户、299人: k measures of a sentence broken down by pieces
  //     that each state the same k measures in the same order; each column adds up on its own
  for (const c of columnLists(par, used))
    if (!used.has(c.total) && !c.parts.some((p) => used.has(p))) accept(sumRelation(c.total, c.parts, true, '其中', c.alone ? ANY_PART : PERSONAL_ATTRIBUTE), c.total, c.parts);
  // 1. A bracket right after a total (or after the total and its noun): 12个（新建5个、续建6个）
  for (const total of figures) {
    if (total.bracket) continue;
    const sentence = sentences.get(total.sentence.offset)!;
    const next = sentence.find((f) => f.bracket && f.bracket.offset > total.endOffset);
    if (!next) continue;
    const bracket = next.bracket!;
    const between = textBetween(draft, total.endOffset, bracket.offset - 1);
    if (!/^[\u4e00-\u9fff]{0,12}$/.test(between)) continue;
    if (sentence.some((f) => f !== total && !f.bracket && f.offset > total.endOffset && f.offset < bracket.offset)) continue;
    // (a bracket's pieces may run across 分号, which end a sentence: 收入7304万元（其中：基本医疗保险收入7088万元；利息收入49万元）)
    const parts = figures.filter((f) => f.bracket && f.bracket.offset === bracket.offset);
    const read = bracketPieces(draft, bracket);
    // every piece of the bracket is one labelled part: 新建5个、续建6个
    if (!read || read.pieces.length !== parts.length) continue;
    // (教职工611人（其中公办教育共计589人，专任教师539人；民办园共计22人，专任教师10人）: the parts stated with 共计 alone)
    const own = partsStatedAsTotals(draft, parts) ?? parts;
    if (between !== '' && glossesTheClauses(total, own, sentence)) continue;
    const remainder = read.remainder || kindsOfOneSort(total, own, sentence);
    accept(sumRelation(total, own, remainder, remainder ? '其中' : '括号内'), total, parts);
  }
  // 1d. 用水总量减少91.7亿m³，其中，生活用水量增加4.1亿m³，…农业用水量减少108.9亿m³: the changes of a total's parts, a
  //     signed sum (checked when the parts are all of the total), not parts after 其中 that may leave a remainder
  for (const c of signedChangeLists(par, used)) {
    const parts = c.parts.map((p) => p.figure);
    const r = c.complete ? changeSum(c.total, c.parts, '增减额') : undefined;
    if (r) {
      accept(r, c.total.figure, parts);
      continue;
    }
    // (unchecked, still taken: no other reading may take them for a remainder)
    for (const f of [c.total.figure, ...parts]) {
      used.add(f);
      usedParts.add(f);
    }
  }
  // 1e. 有效工单10件，具体承办单位为：县卫生健康局1件、…: a total spelled out item by item
  for (const s of spelledOut(par, used)) accept(sumRelation(s.total, s.parts, true, s.word), s.total, s.parts);
  // 2. breakdowns after 其中, 分别为, 按…分, 从…看, with the shares their parts state (占93.54%)
  for (const found of breakdowns(par, used, usedParts).flatMap((b) => respectiveRuns(par, b))) {
    const b = withoutOtherMeasures(withoutSiblingTotals(par, withoutInnerItems(found)));
    // 专任教师1567人，其中：小学813人，初中479人…。职业中学一所，专任教师51人: a later sentence names another part of the
    // same measure under a scope of its own, so the list after 其中 need not be all of the total
    const complete = b.complete && !(b.marker === '其中' && partElsewhere(par, b));
    // 全年净增5386万户。其中，…用户全年净增5716万户: a part's net change may exceed its whole's, the other parts having
    // fallen, so net changes bound nothing unless the parts are all of the whole
    if (!complete && NET_CHANGE.test(headOf(draft, b.total))) continue;
    // 市法院承办5件（其中与市检察院合办1件）: items handled jointly are counted under each handler, so the parts may
    // overlap, and only the largest is checked against the total
    const joint = b.segments.some((s) => JOINT.test(draft.prose.slice(s.offset, s.endOffset)));
    const r = sumRelation(b.total, b.parts, !complete, b.marker, joint ? ANY_PART : undefined);
    if (!r) continue;
    accept(r, b.total, b.parts);
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
  // 2b. 共有学校12所，分别为小学8所、初中3所 / 其中县级领导带队11次、部门牵头15次
  //    (分别为 may follow the total after a 分号: 地区生产总值46.82亿元，…；三次产业增加值分别为…)
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total)) continue;
    const within = textBetween(draft, total.endOffset, total.sentence.endOffset);
    const whole = textBetween(draft, total.endOffset, Math.max(total.sentence.endOffset, periodEnd(draft, total)));
    // the marker nearest the total decides: 86所，由…组成，在校生…，其中… is a 由…组成
    const m = [
      /^[^。；;]*?(其中[：:]?)/.exec(within),
      /^[^。]*?(分别为|分别是|分别有)/.exec(whole),
      /^[，,]?(由)(?=[^。；;]*(?:组成|构成))/.exec(within),
      /^[，,]?(主要包括|主要有|包括)(?![：:])/.exec(within),
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
    const mainItems = m[1] === '主要包括' || m[1] === '主要有' || m[1] === '包括';
    const itemsEnd = mainItems ? total.endOffset + Math.max(0, within.search(/[；;。]|$/)) : Infinity;
    const after = scope.filter((f) => f.offset > markerAt && !f.bracket && f.offset < itemsEnd);
    const parts: Figure[] = [];
    let separator: string | undefined;
    for (const f of after) {
      // a running total after the parts (经营主体总量达到5.86万户, 合计239.2亿元) or an average is not one of them
      if (!compatible(f.unit, total.unit) || /总量|总数|总额|总计|合计|共计|小计|累计|达到|均/.test(f.measure + textBetween(draft, f.clause.offset, f.offset))) break;
      if (attributive(draft, f, after)) continue;
      // one enumeration keeps one separator: 小学生3.12万人、初中生1.39万人，专任教师3412人 ends before 专任教师
      const previous = parts[parts.length - 1];
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
    if (m[1]!.startsWith('其中') && parts.length >= 2 && sameMeasure(parts[0]!, total)) parts.splice(1);
    if (parts.length === 0 || parts.some((p) => used.has(p))) continue;
    // two candidate totals for the parts, unless the parts are named after the nearest alone
    if (before.length > 0 && m[1]!.startsWith('其中') && !namedAfterNearest(total, before, parts)) continue;
    if (parts.some((p) => /占|比|较|增长|下降|平均|每|人均/.test(textBetween(draft, p.clause.offset, p.offset)))) continue;
    if (mainItems) {
      const r = sumRelation(total, parts, true, `“${m[1]}”后`);
      if (r) out.push(r);
    } else if (m[1]!.startsWith('其中')) {
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
  // 3. 中央资金1.26亿元、省级资金4860万元、市县配套资金2350万元，合计1.96亿元: the total after its parts
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total)) continue;
    // 合计1.96亿元 / 两级共接待来访群众6128人次 (after 县级接待来访群众…、乡镇接待来访群众…)
    const head = /^(?:[两三四五各]级)?(?:合计|共计|总计|总共|累计共|共)(.*)$/.exec(textBetween(draft, total.clause.offset, total.offset).trim());
    if (!head) continue;
    const named = head[1]!;
    const before = (periods.get(total.period) ?? []).filter((f) => f.offset < total.offset && !f.bracket);
    const parts: Figure[] = [];
    for (const f of [...before].reverse()) {
      if (!compatible(f.unit, total.unit) || f.relational || used.has(f)) break;
      if (named && !bareMeasure(f).endsWith(named.replace(/^[的]/, ''))) break;
      // 二是…，主要包括供水52件、供电11件；三是公共交通类诉求，共144件: a new item (三是) opens between them, so the
      // figures before it are the previous item's
      if (NEW_ITEM.test(textBetween(draft, f.endOffset, (parts[0] ?? total).offset))) break;
      parts.unshift(f);
      // 其余13件议案转为建议，加上会议期间收到的67件建议，共80件: 加上 (plus) opens the sum with the clause right before it
      if (PLUS.test(textBetween(draft, f.endOffset, parts[1]?.offset ?? total.offset))) break;
    }
    if (parts.length < 2) continue;
    accept(sumRelation(total, parts, false, '“合计”前'), total, parts);
  }
  // 3a. 一般公共预算收入36.82亿元，…。加上上级补助收入49.82亿元、…上年结转9.67亿元，一般公共预算收入总计114.5亿元: a
  //     statement of account, its first item before 加上, the others after it, all of them before the total
  //     (read before 3b, which would weigh the last items of the total's period alone)
  for (const a of accountTotals(par, used, usedParts)) accept(sumRelation(a.total, a.parts, false, '“总计”前'), a.total, a.parts);
  // 3b. 政府性基金支出83173万元，调出资金18300万元，债务还本支出315万元，支出合计101788万元: a statement of account,
  //     whose items are not all named like the total; the total adds up the last items before it in its period (how
  //     many: the reading that holds), skipping their percentages, comparisons (比上年决算数14.94亿元) and brackets
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
      alternatives.push({ cast, reading: judge(sumOf(parts), { figure: total }, { unit: 'amount' }) });
    }
    const r = relationAmong('sum', total, alternatives, { marker: '“合计”前' });
    if (r) {
      out.push(r);
      used.add(total);
    }
  }
  // 4. 共26个，已整改21个，其余6个正在整改: parts that end with 其余 split the total exactly
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
  // 4b. 受理诉求180万件，办结150.25万件，正在办理中29.75万件 / 已解决3112件，未解决344件: what is done and what is
  //     not yet done of one total split it exactly
  for (const c of doneAndNotDone(par, used, usedParts)) accept(sumRelation(c.total, c.parts, false, '已办与未办', NOTHING), c.total, c.parts);
  // 5. 常住人口283.46万人。…男性人口143.02万人，女性人口140.44万人: the parts of a complete partition, with no word
  //    tying them to their whole
  for (const p of partitionSums(par, out)) {
    out.push(p.relation);
    used.add(p.total);
    p.parts.forEach((f) => used.add(f));
  }
  // 5b. 立案470件。…委员提案371件，…；集体提案99件: proposals by who made them, members or bodies, are all of them
  const adopt = (p: { relation: Relation; total: Figure; parts: Figure[] }): void => {
    out.push(p.relation);
    used.add(p.total);
    p.parts.forEach((f) => used.add(f));
  };
  proposalAuthors(par, usedParts).forEach(adopt);
  // 5c. 共收到提案400件，经审查，立案349件，转为意见和建议51件: the proposals received are filed or not
  proposalsReviewed(par, usedParts).forEach(adopt);
  // 5d. 审结40件54人，批准逮捕34件36人，不捕6件18人: a procuratorate's reviews end in its decisions, to arrest or not, to
  //     prosecute or not
  reviewDecisions(par, usedParts).forEach(adopt);
  // 5e. 当月发放低保金7537434元。1-5月份累计发放低保金37855680元: the month's figure is part of the running total
  for (const c of monthInTotal(par, used)) {
    if (!exact(c.total) || !exact(c.part)) continue;
    const r = largestPart(c.total, [c.part], [[c.total, 'total'] as const, [c.part, 'part'] as const], '累计');
    if (r) adopt({ relation: r, total: c.total, parts: [c.part] });
  }
  // 5f. 全市缴存职工26.30万人，累计归集226.85亿元；其中市本级缴存职工12.95万人，累计归集102.53亿元: a narrower scope after
  //     其中 states the same measures again, each no more than the whole's
  for (const c of scopedEchoes(par, used)) {
    const r = largestPart(c.total, [c.part], [[c.total, 'total'] as const, [c.part, 'part'] as const], '其中');
    if (r) adopt({ relation: r, total: c.total, parts: [c.part] });
  }
  // 6. 义务教育阶段学校77所，招生24636人，在校生84036人。⏎其中普通小学49所，…在校生60766人。⏎其中普通初中28所，…在校生
  //    23270人: paragraphs that open with 其中 (or ——) after a lead paragraph break its figures down, one part each
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
  // 7. 三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%: the three industries' contributions make all of the growth
  out.push(...contributions(par));
  // 7b. 三次产业分别拉动经济增长0.9个百分点、1.9个百分点、3.3个百分点: the three industries' pulls make all of the growth
  out.push(...pulls(par));
  // 7e. 第一产业投资…上拉投资增速2.4个百分点；第二产业投资…；第三产业投资…下拉投资增速2.8个百分点: the same of investment
  out.push(...investmentPulls(par));
  // 7d. 第一产业比重提高0.3个百分点，第二产业比重下降3.1个百分点，第三产业比重提高2.8个百分点: the three industries' shares
  //     always make 100%, so what some gain the others lose
  out.push(...structureChanges(par));
  // 7c. 第二产业增加值240034万元，下降20.7%，工业增加值183809万元，…建筑业增加值56259万元: the secondary industry is
  //     industry and construction, by the national accounts' definition
  // (工业 after 其中, 建筑业 after a ；: the 其中 list of the first alone gives way to the two)
  const ownerOf = new Map<Figure, Figure>();
  for (const r of out) if (r.kind === 'sum') r.figures.forEach((f, k) => r.roles[k] === 'part' && ownerOf.set(f, withRole(r, 'total')!));
  for (const s of secondaryIndustry(par, ownerOf)) {
    const r = sumRelation(s.total, s.parts, false, '第二产业');
    if (!r) continue;
    const within = out.findIndex((o) => o.kind === 'sum' && withRole(o, 'total') === s.total && o.figures.every((f, k) => o.roles[k] === 'total' || s.parts.includes(f)));
    if (within >= 0) out.splice(within, 1);
    accept(r, s.total, s.parts);
  }
  // 8. 收支相抵，年终结余2.95亿元 / 当年收支结余1,522万元 / 减支出总计425533万元，财政滚存结余25694万元: a balance is
  //    what the income left after the spending
  for (const b of figures)
    if (!used.has(b)) {
      const r = balance(par, b);
      if (r) out.push(r);
    }
  // 8b. 资产总额1560.52亿元，…；负债总额987.56亿元，…；所有者权益572.96亿元: what is owned is what the assets leave after
  //     the debts
  for (const n of netAssets(par)) {
    const r = relation(
      'sum',
      n.net,
      [
        [n.assets, 'total'],
        [n.debts, 'part'],
        [n.net, 'part'],
      ],
      [judge({ op: '-', args: [{ figure: n.assets }, { figure: n.debts }] }, { figure: n.net }, { unit: 'amount' })],
      {
        marker: '资产减负债',
      },
    );
    if (r) out.push(r);
  }
  const kept = out.filter(
    (r) =>
      r.kind !== 'sum' ||
      !(
        r.figures.some((f) => unitRunsOn(draft, f)) ||
        r.figures.some((f, k) => r.roles[k] === 'part' && CARRIED_OVER_PART.test(draft.prose.slice(f.endOffset, f.endOffset + 12))) ||
        partsOfEarlierWhole(par, r)
      ),
  );
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
  // 9. 粮食总产量759.54亿斤，增加5.71亿斤，夏粮…281.41亿斤，增加1.35亿斤；秋粮…478.13亿斤，增加4.36亿斤: whatever reading
  //    found the parts to be all of the total, their changes add up to the total's change
  return [...kept, ...changesOfSums(par, kept)];
}

/**
 * 全县共接待游客8.31万人次…（paragraphs later）乔庄镇大沟村…共接待游客7800人次，实现营业收入72.5万元。其中，过夜游共接待游客
 * 2.49万人次，…一日游共接待游客5.82万人次: parts after 其中 that add up to far more than the figure before them, and
 * exactly to an earlier figure of their unit and measure, are that figure's parts; the 其中 goes back past what was said in
 * between, and the parts hold against it. Not reported. (Exactly, at the earlier figure's precision, two parts at least,
 * and the earlier figure named as the parts are, so that a slip in a list is still a slip.)
 */
function partsOfEarlierWhole(par: Paragraph, r: Relation): boolean {
  if (r.holds || r.marker !== '其中') return false;
  const total = withRole(r, 'total');
  const parts = r.figures.filter((_, k) => r.roles[k] === 'part');
  if (!total || !known(total) || parts.length < 2 || !parts.every(exact)) return false;
  const sum = parts.reduce((s, p) => s + p.normalized, 0);
  // far more than the figure before them (twice at least): not a slip in the list or its total, which a
  // restatement of the total earlier would then hide
  if (sum < 2 * total.normalized) return false;
  const named = bareMeasure(parts[0]!);
  return [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < total.offset)].some(
    (g) => g !== total && exact(g) && compatible(g.unit, total.unit) && Math.abs(g.normalized - sum) <= halfUnit(g) + 1e-9 * g.normalized && suffixLength(bareMeasure(g), named) >= 2,
  );
}

/** The plain sum a relation states: its total and the parts adding up to it, all levels, holding; else undefined. */
function plainSum(r: Relation): { total: Figure; parts: Figure[] } | undefined {
  const reading = r.reading;
  // (a list that may leave a remainder, 其中 or paragraphs by sector, is not all of the total the year before even when it
  // adds up to it now: 事故分类情况 lists this year's sectors, and last year's losses may lie in others)
  if (r.kind !== 'sum' || !r.holds || r.hint || r.unchecked || !reading || reading.compare !== '=' || reading.unit !== 'amount') return undefined;
  if (!('figure' in reading.right) || !('op' in reading.left) || reading.left.op !== '+') return undefined;
  const total = reading.right.figure;
  const parts: Figure[] = [];
  for (const a of reading.left.args) {
    if (!('figure' in a) || a.negative) return undefined;
    parts.push(a.figure);
  }
  if (parts.length < 2 || [total, ...parts].some((f) => f.relational || f.bracket || !compatible(f.unit, total.unit))) return undefined;
  return { total, parts };
}

/**
 * The changes of a sum's levels (9 above): for a plain sum that holds and is read as all of its total (not a list that
 * may leave a remainder), by whatever reading (a 其中 list's changes changesAddUp has read already), the change stated
 * right after each level, up to the next level of the sum or the end of the level's sentence, in the level's own
 * paragraph; every level with its own change, against the same base (上年, 年初预算).
 */
function changesOfSums(par: Paragraph, found: readonly Relation[]): Relation[] {
  const { draft } = par;
  const inPar = new Set(par.figures);
  const taken = new Set<Figure>();
  const totals = new Set<Figure>();
  for (const r of found) if (r.kind === 'sum' && r.marker === '增减额') r.figures.forEach((f, k) => (r.roles[k] === 'total' ? totals : taken).add(f));
  const out: Relation[] = [];
  for (const r of found) {
    const sum = plainSum(r);
    if (!sum) continue;
    const levels = [sum.total, ...sum.parts];
    // (levels in the paragraphs before, a total above its sorted parts or a lead paragraph's: their own paragraph's figures)
    const pool = levels.every((f) => inPar.has(f)) ? par.figures : [...par.lookups.earlier(), ...par.figures];
    const ordered = [...levels].sort((a, b) => a.offset - b.offset);
    const changeAfter = (f: Figure): ReturnType<typeof changeOf> => {
      const next = ordered[ordered.indexOf(f) + 1];
      return changeOf(par, f, Math.min(next ? next.offset : Infinity, periodEnd(draft, f)), pool);
    };
    const total = changeAfter(sum.total);
    // (one total may be broken down twice, 分季节看 and 分类别看: its change is the total of both)
    if (!total || taken.has(total.figure)) continue;
    const parts = sum.parts.map(changeAfter);
    if (parts.some((c) => !c || c.base !== total.base || taken.has(c.figure) || totals.has(c.figure))) continue;
    const changes = parts as Array<{ figure: Figure; fall: boolean }>;
    if (new Set([total.figure, ...changes.map((c) => c.figure)]).size !== levels.length) continue;
    const cast = [[total.figure, 'total'] as const, ...changes.map((c) => [c.figure, 'part'] as const)];
    const reading = judge({ op: '+', args: changes.map((c) => ({ figure: c.figure, negative: c.fall !== total.fall })) }, { figure: total.figure }, { compare: '=', unit: 'amount' });
    const changed = relation('sum', total.figure, cast, [reading], { marker: '增减额' });
    if (!changed) continue;
    out.push(changed);
    totals.add(total.figure);
    changes.forEach((c) => taken.add(c.figure));
  }
  return out;
}

/** Disposable income, and its four sources in the order the household survey gives them: 工资性, 经营净, 财产净, 转移净. */
const DISPOSABLE = /可支配收入(?:为|達到|达到|达)?$/;
const INCOME_SOURCES: ReadonlyArray<RegExp> = [/工资性收入(?:为|达到|达)?$/, /经营(?:净|性)?收入(?:为|达到|达)?$/, /财产(?:净|性)?收入(?:为|达到|达)?$/, /转移(?:净|性)?收入(?:为|达到|达)?$/];
/** Whose income the words name: the towns' (城镇居民), the villages' (农村居民, 农民), all residents' (居民), or no one's. */
function incomeOf(measure: string): 'town' | 'village' | 'all' | undefined {
  if (/城镇|城市/.test(measure)) return 'town';
  if (/农村|农民|乡村/.test(measure)) return 'village';
  return /居民/.test(measure) ? 'all' : undefined;
}

/**
 * 农村居民人均可支配收入15929元，…。从来源看，人均工资性收入4978元，…；人均经营净收入6152元，…；人均财产净收入510元，…；人均转移
 * 净收入4289元: disposable income is, by the household survey's definition, wages and salaries, net business income, net
 * property income and net transfers, so the four per head add up to it per head (人均, no total elsewhere, is one here).
 * The four in order, each the nearest before the next (in this paragraph or the ones before), all of one residents'
 * (城镇居民, 农村居民, 居民, or named by none: then those of the income before them); the income the nearest before the
 * first, of those residents.
 */
function incomeSources(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const plain = (f: Figure): boolean => exact(f) && !f.relational && !f.bracket && f.unit.kind !== 'percent' && !f.approximate && !f.range;
  for (const last of par.figures) {
    if (!plain(last) || !INCOME_SOURCES[3]!.test(last.measure)) continue;
    const pool = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset <= last.offset)];
    const sources: Figure[] = [last];
    let at = pool.length - 1;
    for (let k = 2; k >= 0 && at > 0; k--) {
      let i = at - 1;
      while (i >= 0 && !(plain(pool[i]!) && INCOME_SOURCES.some((w) => w.test(pool[i]!.measure)))) i--;
      if (i < 0 || !INCOME_SOURCES[k]!.test(pool[i]!.measure)) break;
      sources.unshift(pool[i]!);
      at = i;
    }
    if (sources.length !== 4 || !sources.every((f) => compatible(f.unit, last.unit))) continue;
    const named = sources.map((f) => incomeOf(f.measure)).filter((c) => c !== undefined);
    if (new Set(named).size > 1) continue;
    const whose = named[0];
    let i = at - 1;
    while (i >= 0 && !(plain(pool[i]!) && (DISPOSABLE.test(pool[i]!.measure) || INCOME_SOURCES.some((w) => w.test(pool[i]!.measure))) && (whose === undefined || incomeOf(pool[i]!.measure) === whose)))
      i--;
    const total = pool[i];
    if (!total || !DISPOSABLE.test(total.measure) || !compatible(total.unit, last.unit)) continue;
    const cast = [[total, 'total'] as const, ...sources.map((p) => [p, 'part'] as const)];
    const r = relation('sum', total, cast, [judge(sumOf(sources), { figure: total }, { compare: '=', unit: 'amount' })], { marker: '工资性、经营净、财产净、转移净四项收入构成可支配收入，' });
    if (r) out.push(r);
  }
  return out;
}

/**
 * The words before a figure in its numbered item (2、接待海外旅游者（过夜）422.00万人次…;⏎⏎旅游外汇收入19.23亿美元: the item
 * from its number, over a few lines), or in its line when no item number opens one of the three lines up to it.
 */
function itemWords(prose: string, at: number): string {
  const lines = prose.slice(Math.max(0, at - 300), at).split('\n');
  const own = lines.length - 1;
  for (let k = own, seen = 0; k >= 0 && seen < 3; k--) {
    if (lines[k]!.trim() === '') continue;
    seen++;
    if (itemNumber(lines[k]!)) return lines.slice(k).join('\n');
  }
  return lines[own]!;
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

/** Words of a tourist flow: who visits (游客, 旅游者) or what they spend (旅游收入), a figure's clause before it. */
const TOURISM = /游客|旅游/;
const OVERNIGHT = /过夜|過夜/;
const DAY_TRIP = /一日游/;

/**
 * 4.接待国内旅游者3112.52万人次，…；国内旅游收入221.15亿元，…⏎5.接待国内过夜游客1512.17万人次，…；国内过夜游客收入163.6亿元⏎
 * 6.接待国内一日游游客1600.36万人次，…；国内一日游收入57.55亿元: a tourism bulletin counts every visitor (and what they
 * spend) as staying overnight or on a day trip, stating each in an item of its own. A figure of a day trip, the nearest of
 * its unit before it of overnight stays, and the nearest of its unit before that of tourism named by neither, make one
 * sum (in this paragraph or the ones before, three paragraphs; no figure of the unit between them).
 */
function overnightAndDayTrips(par: Paragraph): Relation[] {
  const { draft } = par;
  const out: Relation[] = [];
  const plain = (f: Figure): boolean => exact(f) && !f.relational && !f.bracket && !f.approximate && !f.range && f.unit.kind !== 'percent' && f.unit.kind !== 'points';
  const words = (f: Figure): string => itemWords(draft.prose, f.offset);
  for (const day of par.figures) {
    if (!plain(day) || !DAY_TRIP.test(words(day)) || OVERNIGHT.test(words(day))) continue;
    const pool = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < day.offset)].filter((f) => compatible(f.unit, day.unit));
    const overnight = pool[pool.length - 1];
    const total = pool[pool.length - 2];
    if (!overnight || !total || !plain(overnight) || !plain(total)) continue;
    if (!OVERNIGHT.test(words(overnight)) || DAY_TRIP.test(words(overnight)) || !/游|旅/.test(words(overnight))) continue;
    if (OVERNIGHT.test(words(total)) || DAY_TRIP.test(words(total)) || !TOURISM.test(words(total))) continue;
    // (items of their own, each its paragraph: not 共接待游客7800人次…。其中，过夜游…2.49万人次，一日游…5.82万人次, a list of
    // another whole's parts after a 其中)
    if (new Set([total.para, overnight.para, day.para]).size < 3) continue;
    const cast = [[total, 'total'] as const, [overnight, 'part'] as const, [day, 'part'] as const];
    const r = relation('sum', total, cast, [judge(sumOf([overnight, day]), { figure: total }, { compare: '=', unit: 'amount' })], { marker: '过夜游客与一日游游客构成全部游客，' });
    if (r) out.push(r);
  }
  return out;
}

/**
 * R&D经费 by type of activity (《研究与试验发展（R&D）投入统计规范》): 基础研究, 应用研究 and 试验发展, in that order, in
 * 繁體 too (基礎研究, 應用研究, 試驗發展). The head of a figure is read without pinyin readings and brackets: 研究与试验发展
 * （R&D）经费 is 研究与试验发展经费.
 */
const RD_ACTIVITIES: ReadonlyArray<RegExp> = [/基[础礎]研究经费$/, /[应應]用研究经费$/, /(?<!研究与)[试試][验驗]发展经费$/];
/** All of R&D经费, however its head opens (全国共投入研究与试验发展经费, 全省R&D经费投入). */
const RD_TOTAL = /(?:研究与[试試][验驗]发展|R&D|研发)经费(?:投入)?(?:总[量额])?$/;
/** The R&D funds of one kind of performer or per head, not all of them (各类企业, 高等学校, 规模以上工业企业, 人均). */
const RD_NARROWER = /企业|高[等校]|学校|机构|工业|行业|规模以上|人均|部门|单位|[业產产]/;

/** A figure's head as the words of a measure: simplified, without pinyin readings, brackets or the verb before the figure. */
function rdHead(draft: Draft, f: Figure): string {
  // (from the clause's own mark: a bracket, （R&D）, ends no clause here)
  const before = textBetween(draft, f.para.offset, f.offset);
  const head = before.slice(Math.max(...[...'，,。；;：:！？'].map((m) => before.lastIndexOf(m))) + 1).replace(/\s/g, '');
  return simplified(head.replace(PINYIN_GLOSS, ''))
    .replace(/（[^（）]*）|\([^()]*\)/g, '')
    .replace(/(?:为|達到|达到|达|共计|合计|总计)$/, '');
}

/**
 * 全国共投入研究与试验发展（R&D）经费27956.3亿元…（a paragraph later）全国基础研究经费1817.0亿元，…；应用研究经费3145.4亿元，…；
 * 试验发展经费22995.9亿元: R&D is, by the statistics' definition, basic research, applied research and experimental
 * development, so the three add up to all of R&D经费 exactly, whether or not a 分活动类型看 links them to it. The three in
 * order, each the nearest of the three before the next (in this paragraph or the ones before); the total the nearest R&D
 * figure before the first, not of one kind of performer (企业研究与试验发展经费) nor per head; none of the parts of one.
 */
function rdActivitySums(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const { draft } = par;
  const plain = (f: Figure): boolean => exact(f) && !f.relational && !f.bracket && f.unit.kind === 'money' && !f.approximate && !f.range;
  const activity = (f: Figure): number => (plain(f) ? RD_ACTIVITIES.findIndex((w) => w.test(rdHead(draft, f))) : -1);
  for (const last of par.figures) {
    if (activity(last) !== 2) continue;
    const pool = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset <= last.offset)];
    const parts: Figure[] = [last];
    let at = pool.length - 1;
    for (let k = 1; k >= 0 && at > 0; k--) {
      let i = at - 1;
      while (i >= 0 && activity(pool[i]!) < 0) i--;
      if (i < 0 || activity(pool[i]!) !== k) break;
      parts.unshift(pool[i]!);
      at = i;
    }
    if (parts.length !== 3 || parts.some((p) => RD_NARROWER.test(rdHead(draft, p).replace(RD_ACTIVITIES[activity(p)]!, '')))) continue;
    let i = at - 1;
    while (i >= 0 && !(plain(pool[i]!) && RD_TOTAL.test(rdHead(draft, pool[i]!)))) i--;
    const total = pool[i];
    if (!total || RD_NARROWER.test(rdHead(draft, total)) || !parts.every((p) => compatible(p.unit, total.unit))) continue;
    const cast = [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
    const r = relation('sum', total, cast, [judge(sumOf(parts), { figure: total }, { compare: '=', unit: 'amount' })], {
      marker: '基础研究、应用研究、试验发展三类活动构成研究与试验发展（R&D）经费，',
    });
    if (r) out.push(r, ...rdActivityShares(par, parts, total));
  }
  return out;
}

/** An R&D activity named in a share's words, in the order written (应用研究和试验发展经费所占比重分别为: 1, 2). */
const RD_ACTIVITY_NAMES = /(基[础礎]研究)|([应應]用研究)|((?<!研究与)[试試][验驗]发展)/g;
/** Words of a change in a percentage's clause: the figure is a change of the share, not the share (比上年提升0.2%). */
const CHANGE_BEFORE = /提升|提高|增长|增加|上升|下降|减少|回落|降低/;

/**
 * 基础研究经费所占比重为6.50%…；应用研究和试验发展经费所占比重分别为11.3%和82.3%: after the three activities, in their
 * paragraph, each stretch (to ； or 。) that names some of them and 比重 states their shares of R&D经费 in the order named,
 * when it holds as many percentages (no change of a share, no 个百分点) as it names activities.
 */
function rdActivityShares(par: Paragraph, parts: readonly Figure[], total: Figure): Relation[] {
  const { draft } = par;
  const last = parts[2]!;
  const out: Relation[] = [];
  const after = par.figures.filter((f) => f.offset > last.offset && f.para === last.para);
  const stretches = new Map<number, Figure[]>();
  for (const f of after) {
    if (f.unit.kind !== 'percent') continue;
    const before = textBetween(draft, last.endOffset, f.offset);
    const start = last.endOffset + Math.max(...[...'；;。'].map((m) => before.lastIndexOf(m))) + 1;
    stretches.set(start, [...(stretches.get(start) ?? []), f]);
  }
  for (const [start, percents] of stretches) {
    const words = simplified(textBetween(draft, start, percents[0]!.offset).replace(PINYIN_GLOSS, ''));
    if (!/比重|占比/.test(words)) continue;
    const named = [...words.matchAll(RD_ACTIVITY_NAMES)].map((m) => m.slice(1).findIndex(Boolean));
    const shares = percents.filter((p) => !CHANGE_BEFORE.test(simplified(textBetween(draft, lastEnd(draft.prose, p.offset, start, '，,'), p.offset).replace(PINYIN_GLOSS, ''))));
    if (named.length === 0 || named.length !== shares.length || new Set(named).size !== named.length) continue;
    named.forEach((k, j) => {
      const r = ratioRelation('share', shares[j]!, parts[k]!, total);
      if (r) out.push(r);
    });
  }
  return out;
}

/** A sentence that adds up a count of items just listed: 三大节日共发放…总计, 以上三项合计, 两项活动共计 (group 1 the count). */
const ITEMS_ADDED = /^(?:以上|上述)?([两二三四五六七八九十])(?:大|项|类|个)[^，,；;。！？]{0,24}?(?:共计|合计|总计)$/;
/** The words of an item's own total: 总价值2.8万元, 两项共计4万元, 共计2.78万元. */
const ITEM_TOTAL = /共计|合计|总计|总价值|累计/;

/**
 * 一是…每户发放…，总价值2.8万元。二是…两项共计4万元。三是…共计2.78万元。三大节日共发放物品和慰问金总计8.58万元: a sentence
 * opened by a count of items (三大, 以上三项) whose head ends in 总计 (合计, 共计) adds up the items 一是…三是 right before it
 * in its paragraph, as many as it counts and no more: each item's last figure of the total's unit, when the words say
 * it is the item's own total (总价值, 共计) or it is the item's only figure of that unit.
 */
function itemTotalsSums(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const { draft } = par;
  const plain = (f: Figure): boolean => exact(f) && !f.relational && !f.bracket && f.unit.kind !== 'percent' && !f.approximate && !f.range;
  for (const total of par.figures) {
    if (!plain(total)) continue;
    const start = lastEnd(draft.prose, total.offset, total.para.offset, '。！？');
    const count = ITEMS_ADDED.exec(textBetween(draft, start, total.offset).replace(/\s/g, ''));
    if (!count) continue;
    const n = count[1] === '两' ? 2 : CHINESE_DIGITS.indexOf(count[1]!) + 1;
    // the items' openings in the paragraph before the sentence: 一是 … n是, in order, and no more after them
    const opens: number[] = [];
    const before = textBetween(draft, total.para.offset, start);
    const item = new RegExp(ENUMERATED_ITEM.source, 'g');
    for (let m = item.exec(before); m; m = item.exec(before)) {
      const k = CHINESE_DIGITS.indexOf(m[1] ?? m[2] ?? m[3] ?? '') + 1;
      // (a list that starts again, 一是 after 三是, is another list: its items are the ones counted)
      if (k === 1) opens.length = 0;
      if (k === opens.length + 1) opens.push(total.para.offset + m.index + m[0].length);
    }
    if (n < 2 || opens.length !== n) continue;
    const parts: Figure[] = [];
    for (let k = 0; k < n; k++) {
      const end = k + 1 < n ? opens[k + 1]! : start;
      const inItem = par.figures.filter((f) => f.offset >= opens[k]! && f.endOffset <= end && plain(f) && compatible(f.unit, total.unit));
      const last = inItem[inItem.length - 1];
      if (!last) break;
      const head = textBetween(draft, lastEnd(draft.prose, last.offset, opens[k]!, '，,；;。：:'), last.offset);
      if (inItem.length > 1 && !ITEM_TOTAL.test(head)) break;
      parts.push(last);
    }
    if (parts.length !== n) continue;
    const cast = [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
    const r = relation('sum', total, cast, [judge(sumOf(parts), { figure: total }, { compare: '=', unit: 'amount' })], { marker: `${count[1]}项合计` });
    if (r) out.push(r);
  }
  return out;
}

const SECONDARY = /^(?:其中[，,：:]?)?第二产业增加值(?:完成|实现|为|达到?)?$/;
const INDUSTRY = /^(?:其中[，,：:]?)?(?:全部)?工业增加值(?:完成|实现|为|达到?)?$/;
const CONSTRUCTION = /^(?:其中[，,：:]?)?建筑业增加值(?:完成|实现|为|达到?)?$/;

/**
 * 第二产业增加值 and, after it in its sentence (to the 。) and before any other 产业, the first 工业增加值 and the first
 * 建筑业增加值 of its unit and period: the secondary industry is industry (mining, manufacturing, utilities) and
 * construction (GB/T 4754 三次产业划分), so the two add up to it exactly, whether or not a 其中 links them.
 * 规模以上工业增加值 is not all of industry: only the plain name counts.
 */
function secondaryIndustry(par: Paragraph, ownerOf: ReadonlyMap<Figure, Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  for (const total of par.figures) {
    // (a part of the three industries may be the total of its own two: 第二产业增加值 in a run of 第一、第二、第三产业)
    if (!exact(total) || !SECONDARY.test(total.measure)) continue;
    const end = periodEnd(par.draft, total);
    let industry: Figure | undefined;
    let construction: Figure | undefined;
    for (const f of par.figures) {
      if (f.offset <= total.offset || f.offset >= end) continue;
      if (/产业/.test(f.measure)) break;
      if (f.period !== total.period || !compatible(f.unit, total.unit)) continue;
      if (!industry && INDUSTRY.test(f.measure)) industry = f;
      else if (!construction && CONSTRUCTION.test(f.measure)) construction = f;
    }
    if (industry && construction && [industry, construction].every((p) => (ownerOf.get(p) ?? total) === total)) out.push({ total, parts: [industry, construction] });
  }
  return out;
}

/** Total assets of a balance sheet: 资产总额, 行政单位资产总额, 区管国有企业资产合计 (not 净资产, not 流动资产). */
const ASSETS_NAME = /资[产產](?:总额|總額|合计|合計|总计|總計)(?:为|為|达到?|達到?)?$/;
const NOT_ALL_ASSETS = /净资|淨資|负债|負債|权益|權益|流动|流動|固定|无形|無形|经营性|經營性|境外|增加|减少|增长|下降/;
/** Total liabilities: 负债总额, 负债合计. */
const DEBTS_NAME = /^(?:其)?(?:负债|負債)(?:总额|總額|合计|合計|总计|總計)(?:为|為|达到?|達到?)?$/;
/** Net assets, owners' equity: 净资产, 净资产总额, 所有者权益总额 (not a parent's share, not 国有资本权益). */
const NET_NAME = /^(?:[^，,；;。]{0,12}?的)?(?:净资[产產]|淨資產|所有者权益|所有者權益)(?:总额|總額|合计|合計|总计|總計)?(?:为|為|达到?|達到?)?$/;
const NOT_ALL_NET = /归属|歸屬|母公司|少数|少數|国有|國有/;

/**
 * 资产总额1560.52亿元，较年初增长7.50%；负债总额987.56亿元，…；所有者权益572.96亿元: a balance sheet's net assets (owners'
 * equity) are its assets less its liabilities, by definition (《企业会计准则——基本准则》第二十六条, 《政府会计准则——基本
 * 准则》第四十五条). The three in this order in one sentence (to the 。), each the next level of its unit after the one
 * before (changes and percentages between are skipped). Not 国有资本权益 (the state's part of the equity) nor the
 * equity of a parent's owners.
 */
function netAssets(par: Paragraph): Array<{ assets: Figure; debts: Figure; net: Figure }> {
  const { draft, figures } = par;
  const out: Array<{ assets: Figure; debts: Figure; net: Figure }> = [];
  const level = (f: Figure): boolean => !f.relational && !f.bracket && f.unit.kind === 'money';
  const name = (f: Figure): string => headOf(draft, f).replace(/^(?:其中[，,：:]?)/, '');
  for (let k = 0; k < figures.length; k++) {
    const net = figures[k]!;
    if (!level(net) || !exact(net) || !NET_NAME.test(name(net)) || NOT_ALL_NET.test(name(net))) continue;
    const before = figures.slice(0, k).filter((f) => f.period === net.period && level(f));
    const debts = before[before.length - 1];
    const assets = before[before.length - 2];
    if (!debts || !assets || !exact(debts) || !exact(assets)) continue;
    if (!DEBTS_NAME.test(name(debts)) || !ASSETS_NAME.test(name(assets)) || NOT_ALL_ASSETS.test(name(assets))) continue;
    if (!compatible(debts.unit, net.unit) || !compatible(assets.unit, net.unit)) continue;
    if ([assets, debts, net].some((f) => PREVIOUS_PERIOD.test(headOf(draft, f)))) continue;
    out.push({ assets, debts, net });
  }
  return out;
}

/**
 * The words that make a figure the balance of the incomes and spendings before it: 收支相抵 (or 收支结余, 收支差额)
 * earlier in its sentence, or a clause of spending taken away just before it (减支出总计…，…结余); the figure itself
 * named a balance (年终结余, 本年收支结余, 结转结余为, 滚存结余).
 */
const BALANCE_NAME = /(?:结余|结存)(?:为|是)?$/;
const BALANCE_WORDS = /收支相抵|收支结余|收支结存|收支差额/;
const SPENT_BEFORE = /^减[^，,。；;]*支出/;
/** Names of what comes in (收入, 上年结余, 调入资金 …) and what goes out (支出, 上解, 调出 …) of a fund. */
const INCOME_NAME = /收入|上年结余|上年结转|结转收入|调入|补助/;
const SPENDING_NAME = /支出|上解|调出|还本/;
/** Last year's balance carried over: an income of this year's account. */
const CARRIED_OVER = /上年(?:结余|结转)/;
/** A carry-over from an earlier period, in either script: 上年结转, 2022年結轉. */
const CARRIED_IN = /^(?:上年度?|去年|[0-9]{4}年度?)(?:结转|結轉)$/;
/** How many incomes and spendings before a balance are tried, the nearest first. */
const BALANCE_REACH = 8;

function balance(par: Paragraph, b: Figure): Relation | undefined {
  const { draft } = par;
  if (b.bracket || b.relational || !exact(b) || b.unit.kind === 'percent' || b.unit.kind === 'points' || b.unit.kind === 'times' || b.unit.kind === 'permille') return undefined;
  const head = headOf(draft, b);
  if (!BALANCE_NAME.test(head) || INCOME_NAME.test(head) || SPENDING_NAME.test(head)) return undefined;
  // (收支相抵后，当期结余-3.96万元，累计结余0元: the balance of all the years is not the year's income less its spending)
  if (/累计(?:结余|结存)/.test(head)) return undefined;
  const sentenceHead = textBetween(draft, b.period, b.offset);
  const previousClause = textBetween(draft, b.sentence.offset, b.clause.offset);
  const lastClause =
    previousClause
      .split(/[，,]/)
      .filter((c) => c.trim())
      .pop() ?? '';
  // the balance the words name is the first figure after them (年终滚存结余 after 本年收支结余 is another)
  const words = BALANCE_WORDS.exec(sentenceHead);
  const named = words !== null && !par.figures.some((f) => f.offset >= b.period + words.index && f.offset < b.offset);
  if (!named && !SPENT_BEFORE.test(lastClause.trim())) return undefined;
  // the figures before it: its paragraph's, and (上述收支相抵 opening a paragraph) those of the paragraphs before
  const own = par.figures.filter((f) => f.offset < b.offset);
  const before = own.some((f) => SPENDING_NAME.test(f.measure)) && own.some((f) => INCOME_NAME.test(f.measure)) ? own : [...par.lookups.earlier(), ...own];
  const level = (f: Figure): boolean =>
    exact(f) &&
    !f.relational &&
    !f.bracket &&
    compatible(f.unit, b.unit) &&
    f.unit.kind === b.unit.kind &&
    (!PREVIOUS_PERIOD.test(headOf(draft, f)) || CARRIED_OVER.test(headOf(draft, f))) &&
    !/计划|任务|目标|预算数|年初|调整/.test(f.measure + f.scope);
  const items = before.filter(level);
  const name = (f: Figure): string => `${f.measure}|${headOf(draft, f)}`;
  const spends = (f: Figure): boolean => {
    const n = name(f);
    return SPENDING_NAME.test(n) && !INCOME_NAME.test(n);
  };
  const earns = (f: Figure): boolean => {
    const n = name(f);
    return INCOME_NAME.test(n) && !SPENDING_NAME.test(n);
  };
  const spendings = items.filter(spends).slice(-BALANCE_REACH);
  const incomes = items.filter(earns).slice(-BALANCE_REACH);
  if (spendings.length === 0 || incomes.length === 0) return undefined;
  const alternatives: Array<{ cast: ReadonlyArray<readonly [Figure, 'total' | 'part']>; reading: ReturnType<typeof judge> }> = [];
  const read = (ins: readonly Figure[], outs: readonly Figure[]): void => {
    const income: Expr = ins.length === 1 ? { figure: ins[0]! } : added(ins);
    const expr: Expr = { op: '-', args: [income, ...outs.map((figure) => ({ figure }))] };
    alternatives.push({ cast: [...ins.map((f) => [f, 'total'] as const), ...outs.map((f) => [f, 'part'] as const), [b, 'part'] as const], reading: judge(expr, { figure: b }, { unit: 'amount' }) });
  };
  // one income against one spending, any of the nearest (总收入 − 总支出)
  for (const s of spendings) for (const i of incomes) if (i.offset < s.offset) read([i], [s]);
  // a statement of account: the incomes listed right before a spending, all of them (收入X，上级补助收入Y，上年结余Z，支出W)
  for (const s of spendings) {
    const k = items.indexOf(s);
    const run: Figure[] = [];
    for (let j = k - 1; j >= 0 && earns(items[j]!); j--) run.unshift(items[j]!);
    for (let from = 0; from < run.length - 1; from++) read(run.slice(from), [s]);
  }
  if (alternatives.length === 0) return undefined;
  return relationAmong('sum', b, alternatives, { marker: '收支相抵' });
}

/** Words that take an item away, or count it within another: no plain sum. */
const ACCOUNT_NOT_PLUS = /减去|扣除|扣减|减除|其中|含|包括/;

/**
 * 一般公共预算收入完成36.82亿元，增长5.2%。加上上级补助收入49.82亿元、债券转贷收入9.38亿元、上年结转9.67亿元，一般公共
 * 预算收入总计105.69亿元: the total of a statement of account is its first item (the last figure before 加上, in the
 * period of the total or the one before it) and the items after 加上, in the total's unit, leaving out percentages,
 * comparisons and brackets. Each item is there once: the words say which they are, so one reading is weighed.
 * (Without 加上: 市本级一般预算收入315.6亿元，中央和省税收返还113.4亿元，…，市本级收入总计599.2亿元, the figures of the
 * total's period before it, three or more, the first an income (an expenditure) as the total is.)
 */
function accountTotals(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  const item = (f: Figure, total: Figure): boolean => !f.bracket && !f.relational && f.unit.kind !== 'percent' && compatible(f.unit, total.unit);
  for (const total of figures) {
    if (used.has(total) || total.bracket || total.relational || total.unit.kind !== 'money' || !exact(total)) continue;
    const head = headOf(draft, total).replace(PINYIN_GLOSS, '');
    const named = ACCOUNT_TOTAL.exec(head);
    if (!named) continue;
    const spending = /支出/.test(named[0]);
    const k = figures.indexOf(total);
    const periodStart = total.period;
    // the last 加上 before the total, in its period (or opening it, with the first item in the period before)
    const from = Math.max(0, periodStart - 1);
    const words = textBetween(draft, from, total.offset);
    const plus = [...words.matchAll(ACCOUNT_PLUS)].pop();
    let parts: Figure[];
    // (the first item named again, 上述地方财政收入, may be a part of a total of its own earlier: the words make it this one's)
    let base: Figure | undefined;
    if (plus) {
      const plusAt = from + plus.index!;
      const after = figures.slice(0, k).filter((f) => f.offset > plusAt && item(f, total));
      const before = figures.slice(0, k).filter((f) => f.offset < plusAt && item(f, total));
      // 根据上述地方财政收入，加返还性收入…: the first item named again from an earlier period, its figure there
      const named = ACCOUNT_BASE.exec(textBetween(draft, periodStart, plusAt + plus[0].length));
      base = named ? before.filter((f) => headOf(draft, f).replace(PINYIN_GLOSS, '').endsWith(named[1]!)).pop() : undefined;
      if (named && !base) continue;
      let opener = base ?? before[before.length - 1];
      if (!opener || after.length === 0) continue;
      const opening = /^[\s。]*$/.test(textBetween(draft, periodStart, plusAt));
      // 收入53.19亿元，增长22.1%。其中，税收收入29.09亿元…。非税收入24.1亿元。加上…: the items after 其中 are the first
      // item's own (adding up to it); it is the last figure before the 其中, which stands in its period or opens
      // the next, and 加上 follows them in the period of the last of them or opens the next
      const start = before[0]!.period;
      // (not a 其中 in brackets: 上级补助收入387613万元（其中：专项补助收入20673万元…）)
      const q = textBetween(draft, start, plusAt)
        .replace(/[（(][^（）()]*[）)]/g, (b) => ' '.repeat(b.length))
        .lastIndexOf('其中');
      if (q >= 0 && !base) {
        const qAt = start + q;
        const head = before.filter((f) => f.offset < qAt).pop();
        const subs = before.filter((f) => f.offset > qAt);
        if (!head || subs.length === 0 || !exact(head) || !subs.every(exact)) continue;
        if ((textBetween(draft, head.endOffset, qAt).match(/。/g) ?? []).length > 1 || (textBetween(draft, qAt, plusAt).match(/。/g) ?? []).length > 2) continue;
        // (all of it, two items or more: 总收入410338万元，其中地方一般公共预算收入271630万元；加上… opens with the narrower one)
        if (subs.length < 2 || !judge(sumOf(subs), { figure: head }, { compare: '=', unit: 'amount' })?.holds) continue;
        if (subs[subs.length - 1]!.period !== periodStart && !opening) continue;
        opener = head;
      } else if (opener.period !== periodStart && !opening && !base) continue;
      else if (!base && !(opener = accountOpener(par, before, opener, plusAt))) continue;
      if (ACCOUNT_NOT_PLUS.test(textBetween(draft, plusAt, total.offset).replace(/[（(][^（）()]*[）)]/g, ''))) continue;
      if (!(spending ? /支出/ : /收入/).test(headOf(draft, opener))) continue;
      parts = [opener, ...after];
    } else {
      parts = figures.slice(0, k).filter((f) => f.period === periodStart && item(f, total));
      if (parts.length < 3) continue;
      if (ACCOUNT_NOT_PLUS.test(textBetween(draft, periodStart, total.offset))) continue;
      if (!(spending ? /支出/ : /收入/).test(headOf(draft, parts[0]!))) continue;
    }
    // (an item may be the total of its own breakdown: 上级补助收入21.64亿元（其中：返还性收入…）)
    if (parts.length < 2 || parts.some((p) => (usedParts.has(p) && p !== base) || !exact(p))) continue;
    out.push({ total, parts });
  }
  return out;
}

/** The “三公” expenses named at a total: “三公”经费决算总额, 三公经费支出决算汇总数为, “三公”經費. */
const OFFICIAL_COSTS = /三公["”]?(?:经费|經費)/;
/** The vehicles' item, bought and run together (公务用车购置及运行维护费). */
const OFFICIAL_VEHICLES = /(?:公务用车|公務用車|公车|公車)(?:购置|購置)(?:及|和|與|与)(?:运行|運行)(?:维护|維護)?(?:费|費)/;
/** The three items, and the two the vehicles' one splits into. */
const OFFICIAL_ITEMS: ReadonlyArray<readonly [string, RegExp]> = [
  ['abroad', /因公出[国國](?:（境）|\(境\))?(?:经费|經費|费用|費用|费|費)/],
  ['reception', /^[^内內外]*接待(?:费|費)/],
  ['vehicles', OFFICIAL_VEHICLES],
  ['purchase', /(?:公务用车|公務用車|公车|公車)(?:购置|購置)(?:费|費)/],
  ['running', /(?:公务用车|公務用車|公车|公車)(?:运行|運行)(?:维护|維護)?(?:费|費)/],
];
/** Items listed with the “三公” expenses in some statements, which would make another total. */
const OFFICIAL_OTHERS = /会议费|培训费|會議費|培訓費/;

/**
 * “三公”经费决算总额2771万元，比上年下降1.8%。分项情况是：因公出国（境）经费决算120万元…；公务接待费决算1033万元…；公务用
 * 车购置及运行费决算1618万元: the “三公” expenses are, by definition, the spending on official travel abroad, on official
 * receptions and on official vehicles (bought and run), so the first figure of each item after the total, in its
 * paragraph, adds up to it (the vehicles' two when their sum is not stated). Silent when an item is missing, when
 * 会议费 or 培训费 are listed with them, or when the total and an item differ in 预算 and 决算.
 */
function officialCosts(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  // the words of a figure's clause, readings in pinyin left out (公務（wù）用車購置及運行費 is one clause)
  const words = (f: Figure, k: number): string => {
    const from = Math.max(f.sentence.offset, k > 0 ? figures[k - 1]!.endOffset : 0);
    return (
      textBetween(draft, from, f.offset)
        .replace(PINYIN_GLOSS, '')
        .replace(/\s/g, '')
        .split(/[，,；;。：:、]/)
        .pop() ?? ''
    );
  };
  for (let k = 0; k < figures.length; k++) {
    const total = figures[k]!;
    if (used.has(total) || total.bracket || total.relational || total.unit.kind !== 'money' || !exact(total)) continue;
    const named = textBetween(draft, total.sentence.offset, total.offset).replace(PINYIN_GLOSS, '').replace(/\s/g, '');
    const at = named.search(OFFICIAL_COSTS);
    if (at < 0 || /[，,]/.test(named.slice(at)) || OFFICIAL_OTHERS.test(named) || OFFICIAL_ITEMS.some(([, w]) => w.test(named.slice(at)))) continue;
    const budget = /预算|預算/.test(named.slice(at));
    const found = new Map<string, Figure>();
    let others = false;
    for (let j = k + 1; j < figures.length; j++) {
      const f = figures[j]!;
      if (f.unit.kind !== 'money' || f.relational) continue;
      const head = words(f, j);
      if (OFFICIAL_COSTS.test(head)) break;
      if (OFFICIAL_OTHERS.test(head)) others = true;
      for (const [item, w] of OFFICIAL_ITEMS) {
        if (!w.test(head) || found.has(item)) continue;
        if (item === 'purchase' && OFFICIAL_VEHICLES.test(head)) continue;
        if (/预算|預算/.test(head) !== budget) continue;
        found.set(item, f);
        break;
      }
    }
    if (others) continue;
    const abroad = found.get('abroad');
    const reception = found.get('reception');
    const vehicles = found.get('vehicles');
    const split = [found.get('purchase'), found.get('running')];
    if (!abroad || !reception) continue;
    const cars = vehicles ? [vehicles] : split.every((f) => f) ? (split as Figure[]) : undefined;
    if (!cars) continue;
    const parts = [abroad, reception, ...cars].sort((a, b) => a.offset - b.offset);
    // (the vehicles' item may be the total of its own two: 公务用车购置及运行费1618万元，其中：购置费414万元…)
    if (parts.some((p) => usedParts.has(p) || !exact(p) || !compatible(p.unit, total.unit))) continue;
    out.push({ total, parts });
  }
  return out;
}

/** How much larger than the total a later item after 其中 is to be no part of it (a slip of a digit is less). */
const OVER = 1.25;

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

/** Words that put a figure in the period compared with: 上年, 去年, 同期, 上期. */
const PREVIOUS_PERIOD = /上年|去年|同期|上期/;

/** An enumerated item opening (一是, 其三, 第四，): vocabulary's pattern, without its global flag, to test a stretch of text. */
const NEW_ITEM = new RegExp(ENUMERATED_ITEM.source);

/** The words before the three industries' contributions to growth, listed with 分别: 三次产业对经济增长的贡献率分别为. */
const CONTRIBUTIONS = new RegExp(`(?:${THREE_INDUSTRIES})[^，,；;。：:]{0,12}?贡献率分别(?:为|是|达到|达)?[：:]?$`);
/** The three industries named together, in either script: 三次产业, 第一、二、三产业, 三次產業. */
const THREE_INDUSTRIES_EITHER = `${THREE_INDUSTRIES}|三次產業|一二三產業|一、二、三產業`;
/**
 * The same further on in the sentence or without 分别, in either script: 三次产业对GDP增长的贡献率为8.8%、56.5%和34.7%,
 * 第一、二、三产业分别拉动GDP增长2.74、1.96、5.1个百分点，对GDP的贡献率分别为28%、20%、52%, 第一、二、三產業對生產總值增長的
 * 貢獻率分別為. Read only with three percentages listed (不是 一个产业的贡献率).
 */
const CONTRIBUTIONS_LISTED = new RegExp(`(?:${THREE_INDUSTRIES_EITHER})[^；;。！？]{0,60}?(?:贡献率|貢獻率)(?:分别|分別)?(?:为|為|是|达到|達到|达|達)?[：:]?$`);
/** A contribution in a clause of its own: 第一产业贡献率为4.3%, 對經濟增長的貢獻率為15.37% (group 1 nothing: the words only). */
const CONTRIBUTION_CLAUSE = /(?:贡献率|貢獻率)(?:为|為|是|达到|達到|达|達)?(?:负|負)?[：:]?$/;
/** The industries in either script: 第一产业 (一产), 第二产业, 第三产业; which one by the group that matched. */
const INDUSTRY_EITHER = /(第一产业|一产|第一產業)|(第二产业|二产|第二產業)|(第三产业|三产|第三產業)/g;

/** Which industry (0, 1, 2) the words name last, or -1 when none. */
function nearestIndustry(words: string): number {
  let industry = -1;
  for (const m of words.matchAll(INDUSTRY_EITHER)) industry = m[1] ? 0 : m[2] ? 1 : 2;
  return industry;
}

/** The words of a sentence before a figure, without spaces. */
function sentenceHead(draft: Draft, f: Figure): string {
  return textBetween(draft, Math.max(f.sentence.offset, f.offset - 40), f.offset).replace(/\s/g, '');
}

/**
 * 三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%: the first, second and third industries are all of the
 * economy, so their contributions to its growth add up to 100% (within the precision written), whatever their signs.
 */
function contributions(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const { draft } = par;
  const addUp = (list: readonly Figure[]): void => {
    const r = relation(
      'shares',
      list[2]!,
      list.map((f) => [f, 'percent'] as const),
      [judge(added(list), { constant: 100, text: '100%' }, { unit: 'percent', decimals: 2 })],
    );
    if (r) out.push(r);
  };
  const taken = new Set<Figure>();
  for (const p of par.percents) {
    if (taken.has(p)) continue;
    const head = CONTRIBUTIONS.test(sentenceHead(draft, p)) || CONTRIBUTIONS_LISTED.test(textBetween(draft, Math.max(p.sentence.offset, p.offset - 90), p.offset).replace(/\s/g, ''));
    if (!head) continue;
    const list = listedFrom(draft, p, par.percents);
    if (list.length !== 3 || !list.every(exact)) continue;
    list.forEach((f) => taken.add(f));
    addUp(list);
  }
  out.push(...contributionClauses(par, taken));
  return out;
}

/**
 * 第一产业贡献率为4.3%，拉动GDP增长0.3个百分点；第二产业贡献率为负8.6%，…；第三产业贡献率为104.3%: the three industries'
 * contributions each in a clause of its own, in one sentence, in order (the nearest industry before each is the first,
 * the second, the third, and no other contribution stands between): they add up to 100% as the listed ones do. A
 * contribution written 负 (负8.6%) is negative.
 */
function contributionClauses(par: Paragraph, taken: ReadonlySet<Figure>): Relation[] {
  const { draft } = par;
  const out: Relation[] = [];
  let run: Figure[] = [];
  let negative: boolean[] = [];
  const close = (): void => {
    if (run.length === 3 && run.every(exact)) {
      const cast = run.map((f) => [f, 'percent'] as const);
      const r = relation('shares', run[2]!, cast, [
        judge({ op: '+', args: run.map((figure, i) => ({ figure, negative: negative[i]! })) }, { constant: 100, text: '100%' }, { unit: 'percent', decimals: 2 }),
      ]);
      if (r) out.push(r);
    }
    run = [];
    negative = [];
  };
  for (const p of par.percents) {
    if (taken.has(p)) continue;
    const last = run[run.length - 1];
    // (one sentence: a 。 between two contributions ends the run)
    if (last && /[。！？]/.test(textBetween(draft, last.endOffset, p.offset))) close();
    const head = textBetween(draft, Math.max(p.sentence.offset, run[run.length - 1]?.endOffset ?? 0, p.offset - 60), p.offset).replace(/\s/g, '');
    if (!CONTRIBUTION_CLAUSE.test(head)) continue;
    // the industry named nearest before this contribution, since the one before
    const industry = nearestIndustry(head);
    if (industry !== run.length) {
      close();
      if (industry !== 0) continue;
    }
    run.push(p);
    negative.push(/(?:负|負)[：:]?$/.test(head) && known(p) && p.normalized >= 0);
    if (run.length === 3) close();
  }
  return out;
}

/** The three industries, in order: 第一产业, 一产, 第一、二、三产业's first … */
const INDUSTRY_WORDS: ReadonlyArray<RegExp> = [/第一产业|一产/, /第二产业|二产/, /第三产业|三产/];
/** The words before the three industries' pulls listed together: 三次产业分别拉动经济增长, 第一、二、三产业依次拉动GDP增长. */
const PULLS_LISTED = new RegExp(`(?:${THREE_INDUSTRIES_EITHER})[^；;。]{0,40}?(?:分别|分別|依次)(?:拉动|拉動)[^，,；;。]{0,12}?(?:增长|增長)?$`);
/** A pull: 拉动经济增长, 拉动GDP增长, 拉低GDP (negative). */
const PULL = /(拉动|拉低)[^，,；;。0-9]{0,12}?(?:增长|下降)?(?:分别为)?[：:]?$/;
/** A growth of the whole economy: the change right after 地区生产总值 (GDP) in its sentence. */
const GDP_NAME = /(?:地区生产总值|国内生产总值|生产总值|地區生產總值|國內生產總值|生產總值|GDP)(?:（GDP）)?$/;

/**
 * 地区生产总值282.6亿元，比上年增长6.1%。…三次产业…依次拉动经济增长0.9个百分点、1.9个百分点、3.3个百分点: the first,
 * second and third industries are all of the economy, so the points by which each pulled its growth add up to the
 * growth (within the precision written). The pulls: three in 个百分点 listed together after 三次产业…分别（依次）拉动, or one
 * in each clause of 第一产业, 第二产业, 第三产业 (in order, one each) after 拉动 (拉低: negative), in one sentence. The
 * growth: the change in percent right after the last level of 地区生产总值 before them in the paragraph or the few
 * before it (a decrease negative).
 */
function pulls(par: Paragraph): Relation[] {
  const { draft, figures } = par;
  // (分别拉动经济增长0.1个、0.9个和2.4个百分点: the points before the last, written with 个 alone, read as counts)
  const listedPoints = new Set<Figure>();
  for (let k = figures.length - 2; k >= 0; k--) {
    const f = figures[k]!;
    const next = figures[k + 1]!;
    if (f.unit.kind === 'count' && /[个個]$/.test(f.text) && (next.unit.kind === 'points' || listedPoints.has(next)) && /^\s*[、，,和及与與]\s*$/.test(textBetween(draft, f.endOffset, next.offset)))
      listedPoints.add(f);
  }
  const points = figures.filter((f) => (f.unit.kind === 'points' || listedPoints.has(f)) && exact(f) && !f.range && !f.bracket);
  if (points.length < 3) return [];
  const out: Relation[] = [];
  const sign = (f: Figure): boolean => /拉低|下拉/.test(sentenceHead(draft, f).slice(-16)) || /下降[^，,；;。]*$/.test(headOf(draft, f));
  for (let i = 0; i + 2 < points.length; i++) {
    const first = points[i]!;
    let three: Figure[] | undefined;
    const listed = [first, points[i + 1]!, points[i + 2]!];
    if (
      PULLS_LISTED.test(textBetween(draft, Math.max(first.period, first.offset - 80), first.offset).replace(/\s/g, '')) &&
      // (-0.1:0.4:4.3个百分点: listed with colons too)
      listed.every((f, k) => k === 0 || (f.sentence.offset === first.sentence.offset && /^(?:个百分点)?[、，,和及与:：\s]*$/.test(textBetween(draft, listed[k - 1]!.endOffset, f.offset))))
    )
      three = listed;
    else if (listed.every((f) => f.period === first.period)) {
      // one per clause: the industry the clause group names, first, second and third in order, each with 拉动 before it
      const ok = listed.every((f, k) => {
        const head = textBetween(draft, Math.max(f.period, listed[k - 1]?.endOffset ?? f.period), f.offset);
        return (
          INDUSTRY_WORDS[k]!.test(head) &&
          INDUSTRY_WORDS.every((w, n) => n === k || !w.test(head)) &&
          (PULL.test(head) || /拉动[^，,；;。]{0,12}分别为[：:]?/.test(textBetween(draft, f.period, first.offset)))
        );
      });
      if (ok) three = listed;
    }
    if (!three) continue;
    const growth = gdpGrowth(par, first);
    if (!growth) continue;
    const cast = [[growth.figure, 'total'] as const, ...three.map((f) => [f, 'part'] as const)];
    const reading = judge({ op: '+', args: three.map((figure) => ({ figure, negative: sign(figure) })) }, { figure: growth.figure, negative: growth.fall }, { compare: '=', unit: 'points' });
    const r = relation('sum', growth.figure, cast, [reading], { marker: '三次产业拉动' });
    if (r) out.push(r);
    i += 2;
  }
  return out;
}

/** The words of a pull on investment right before its points: 上拉投资增速, 拉动全市投资增长, 拉低总投资增速, 下拉 (group 1: down; group 2: 投资 named). */
const INVESTMENT_PULL = new RegExp(`(?:${PULL_VERB})(?:全[省市县区州旗盟]|总|全部)?(?:固定资产)?(投资)?(?:增速|增长)?$`);
/** An industry named in a clause, its investment perhaps (第一产业投资, 二产投资): which one by the group that matched. */
const INDUSTRY_INVESTMENT = /(?:(第一产业|一产)|(第二产业|二产)|(第三产业|三产))(投资)?/g;
/**
 * The growth of all fixed-asset investment at the end of the words before it: 全县固定资产投资同比增长,
 * 全市固定资产投资完成177.4亿元，同比增长 (a part of it, 民间固定资产投资 or 工业固定资产投资, is not all of it: only
 * a place, 全县 or a time may stand before 固定资产投资).
 */
const INVESTMENT_GROWTH = /(?:^|[，,：:]|全[省市县区州旗盟]|[省市县区州旗盟]|[年度月季])固定资产投资(?:完成[^，,；;。]{0,16}[，,])?(?:同比|比上年同期|比去年同期|比上年)?(增长|下降)$/;

/**
 * The industry (0, 1, 2) the words name last, or -1: its investment (第一产业投资), or the industry alone when the pull
 * names investment (一产对总投资的贡献率为-2.25%，拉低总投资增速).
 */
function industryInvested(words: string, pullOnInvestment: boolean): number {
  let industry = -1;
  for (const m of words.matchAll(INDUSTRY_INVESTMENT)) industry = !m[4] && !pullOnInvestment ? -1 : m[1] ? 0 : m[2] ? 1 : 2;
  return industry;
}

/**
 * 第一产业投资同比增长76.1%，上拉投资增速2.4个百分点；第二产业投资…上拉投资增速10.2个百分点；第三产业投资同比下降
 * 11.6%，下拉投资增速2.8个百分点: the first, second and third industries' investment is all fixed-asset investment
 * (the statistics sort every project into one of them), so the points by which each pulled its growth add up to the
 * growth of all of it, stated before them in the paragraph or the few before (within the precision written). The pulls:
 * three in 个百分点 right after a pull verb, each in the clauses of its industry's investment, first, second and third
 * in order, no other pull between; 下拉 and 拉低 pull down.
 */
function investmentPulls(par: Paragraph): Relation[] {
  const { draft, figures } = par;
  const out: Relation[] = [];
  let run: Array<{ figure: Figure; down: boolean }> = [];
  let from = -1;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k]!;
    const previous = figures[k - 1];
    const pull = INVESTMENT_PULL.exec(textBetween(draft, Math.max(f.sentence.offset, previous?.endOffset ?? 0), f.offset).replace(/\s/g, ''));
    if (f.unit.kind !== 'points' || !pull) continue;
    const industry = industryInvested(textBetween(draft, Math.max(from, f.period), f.offset), pull[2] !== undefined);
    from = f.endOffset;
    if (industry !== run.length || !exact(f) || f.range || f.bracket) {
      run = industry === 0 && exact(f) && !f.range && !f.bracket ? [{ figure: f, down: pull[1] !== undefined }] : [];
      continue;
    }
    run.push({ figure: f, down: pull[1] !== undefined });
    if (run.length < 3) continue;
    const three = run;
    run = [];
    const growth = investmentGrowth(par, three[0]!.figure);
    if (!growth) continue;
    const cast = [[growth.figure, 'total'] as const, ...three.map((p) => [p.figure, 'part'] as const)];
    const reading = judge({ op: '+', args: three.map((p) => ({ figure: p.figure, negative: p.down })) }, { figure: growth.figure, negative: growth.fall }, { compare: '=', unit: 'points' });
    const r = relation('sum', growth.figure, cast, [reading], { marker: '三次产业拉动' });
    if (r) out.push(r);
  }
  return out;
}

/** The last growth of all fixed-asset investment before `before`, in its paragraph or the few before. */
function investmentGrowth(par: Paragraph, before: Figure): { figure: Figure; fall: boolean } | undefined {
  const { draft } = par;
  const candidates = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < before.offset)];
  for (let k = candidates.length - 1; k >= 0; k--) {
    const f = candidates[k]!;
    if (f.unit.kind !== 'percent' || !f.inChange) continue;
    const m = INVESTMENT_GROWTH.exec(textBetween(draft, f.period, f.offset).replace(/\s/g, ''));
    if (!m) continue;
    return exact(f) && !f.range && !f.bracket ? { figure: f, fall: m[1] === '下降' } : undefined;
  }
  return undefined;
}

/** The change in percent right after the last level of GDP before `before`, in its paragraph or the few before. */
function gdpGrowth(par: Paragraph, before: Figure): { figure: Figure; fall: boolean } | undefined {
  const { draft } = par;
  const own = par.figures.filter((f) => f.offset < before.offset);
  const search = (list: readonly Figure[]): { figure: Figure; fall: boolean } | undefined => {
    for (let k = list.length - 1; k >= 0; k--) {
      const level = list[k]!;
      if (level.unit.kind !== 'money' || level.relational || !GDP_NAME.test(bareMeasure(level)) || /人均/.test(level.measure)) continue;
      const next = list[k + 1];
      if (!next || next.unit.kind !== 'percent' || !next.inChange || next.period !== level.period || !exact(next)) return undefined;
      const head = headOf(draft, next);
      if (!/增长|增長|下降/.test(head) || /两年|兩年|平均|年均/.test(head)) return undefined;
      return { figure: next, fall: /下降/.test(head) };
    }
    return undefined;
  };
  return search(own) ?? (own.some((f) => f.unit.kind === 'money' && GDP_NAME.test(bareMeasure(f))) ? undefined : search(par.lookups.earlier()));
}

/** A paragraph that opens as a part of the paragraph before: 其中普通小学49所…, ——小学。校数17所… */
const SUB_PARAGRAPH = /^\s*(其中|——)/;

/** How a paragraph of figures opens: 其中, ——, or neither (''). */
function subOpening(draft: Draft, f: Figure): string {
  const para = f.para;
  return SUB_PARAGRAPH.exec(draft.prose.slice(para.offset, Math.min(para.endOffset, para.offset + 16)))?.[1] ?? '';
}

/** A level a lead paragraph states for the year, or a part of it: no change, share, average, past value or bracket. */
function leadLevel(f: Figure, reportYear: number | undefined): boolean {
  return PART_FIGURE(f) && !NOT_A_TOTAL.test(f.measure) && !isPast(f, reportYear) && !/计划|任务|目标/.test(f.measure + f.scope);
}

/** A figure's measure name without the words that open a sub-paragraph. */
function subName(f: Figure): string {
  return measureName(f).replace(/^(?:其中[，,：:]?|——)+/, '');
}

/**
 * The lead's figure a part in a sub-paragraph belongs to: the one whose measure name ends the part's (专任教师 for
 * 小学专任教师, 招生 for 小学招生), when one alone does; for the first level of the sub-paragraph (其中普通小学49所), the
 * lead's one figure of its unit.
 */
function leadTotalOf(f: Figure, first: boolean, totals: readonly Figure[]): Figure | undefined {
  const name = subName(f);
  const named = totals.filter((t) => compatible(t.unit, f.unit) && subName(t).length >= 2 && name.endsWith(subName(t)));
  if (named.length === 1) return named[0];
  if (named.length > 1 || !first) return undefined;
  const ofUnit = totals.filter((t) => compatible(t.unit, f.unit));
  return ofUnit.length === 1 ? ofUnit[0] : undefined;
}

/**
 * A lead paragraph's figures broken down in the paragraphs after it, each opening with 其中 (or ——) and stating
 * one part of each: the parts of one measure, from the first such paragraph to this one, may leave a remainder of
 * the lead's figure. Read in the last paragraph of the run so far, with two paragraphs or more giving a part; a
 * paragraph giving two figures of one measure (在校生…，其中女生…) names no part of it. Only the paragraphs with
 * figures just before this one are looked at (Lookups.earlier), and only when this one opens with 其中 or ——.
 */
function subParagraphSums(par: Paragraph): Relation[] {
  const { draft, figures, reportYear } = par;
  if (figures.length === 0) return [];
  const opening = subOpening(draft, figures[0]!);
  if (!opening) return [];
  const tabular = (f: Figure): boolean => draft.prose.slice(f.para.offset, f.para.endOffset).includes('|');
  if (tabular(figures[0]!)) return [];
  // the paragraphs with figures before this one, the last first
  const groups = earlierParagraphs(par);
  const run: Figure[][] = [figures];
  let k = groups.length - 1;
  for (; k >= 0 && subOpening(draft, groups[k]![0]!) === opening; k--) run.unshift(groups[k]!);
  const lead = groups[k];
  if (!lead || run.length < 2 || tabular(lead[0]!) || run.some((g) => tabular(g[0]!))) return [];
  return leadRunSums(draft, lead, run, reportYear, opening);
}

/**
 * The sums of a lead's figures and the parts the pieces of a run after it give, one part each, read at the run's
 * last piece (see subParagraphSums).
 */
function leadRunSums(draft: Draft, lead: readonly Figure[], run: readonly Figure[][], reportYear: number | undefined, opening: string): Relation[] {
  const totals = lead.filter((f) => leadLevel(f, reportYear));
  if (totals.length === 0) return [];
  // each paragraph's part of each total; a total given two parts by one paragraph is no one's
  const parts = new Map<Figure, Array<Figure | undefined>>();
  const spoiled = new Set<Figure>();
  run.forEach((group, i) => {
    const seen = new Set<Figure>();
    let first = true;
    for (const f of group) {
      if (!leadLevel(f, reportYear)) continue;
      const t = leadTotalOf(f, first, totals);
      first = false;
      if (!t) continue;
      if (seen.has(t)) spoiled.add(t);
      seen.add(t);
      let list = parts.get(t);
      if (!list) parts.set(t, (list = run.map(() => undefined)));
      list[i] = f;
    }
  });
  const out: Relation[] = [];
  for (const [total, list] of parts) {
    const here = list[list.length - 1];
    const given = list.filter((f): f is Figure => f !== undefined);
    if (spoiled.has(total) || !here || given.length < 2) continue;
    // the run so far already exceeds the total: the paragraph before reports it
    const before = given.slice(0, -1);
    if (before.length >= 2 && judge(sumOf(before), { figure: total }, { compare: '<=', unit: 'amount' })?.holds === false) continue;
    const r = sumRelation(total, given, true, opening);
    if (r) out.push(r);
    const change = subParagraphChangeSum(draft, [lead, ...run], total, given);
    if (change) out.push(change);
  }
  return out;
}

/** A piece of a paragraph opened by a dash and a short name ending in 。 or ：: 。 ——小学。校数129所…. */
const INLINE_DASH = /(?<=^|[\s。；;])——[\u4e00-\u9fff]{1,8}[。：:]/g;

/**
 * The pieces of subParagraphSums run on in one paragraph (a page that lost its paragraph breaks): 义务教育中小学214所，…
 * ——小学。校数129所，…——初中。校数85所，…. The figures before the first dash are the lead, each dash opens a piece;
 * two dashes at least. Read as the run grows, one piece at a time, as the paragraphs would be.
 */
function inlineSubSums(par: Paragraph): Relation[] {
  const { draft, figures, reportYear } = par;
  if (figures.length === 0 || subOpening(draft, figures[0]!) !== '') return [];
  const para = figures[0]!.para;
  const prose = draft.prose.slice(para.offset, para.endOffset);
  if (prose.includes('|')) return [];
  const starts = [...prose.matchAll(INLINE_DASH)].map((m) => para.offset + m.index);
  if (starts.length < 2) return [];
  const lead = figures.filter((f) => f.offset < starts[0]!);
  const run = starts.map((at, k) => figures.filter((f) => f.offset > at && f.offset < (starts[k + 1] ?? Infinity)));
  if (lead.length === 0 || run.some((g) => g.length === 0)) return [];
  const out: Relation[] = [];
  for (let n = 2; n <= run.length; n++) out.push(...leadRunSums(draft, lead, run.slice(0, n), reportYear, '——'));
  return out;
}

/** A change stated right after a level, against the year before: 图书146.13万册，较上年增加1.34万册. */
const CHANGE_AFTER_LEVEL = new RegExp(`^[，,]\\s*(?:较|比)(?:上年|去年)(?:同期)?(${CHANGE_VERB})$`);

/** The change stated right after a level in its paragraph, and whether it is a fall. */
function changeAfter(draft: Draft, groups: ReadonlyArray<readonly Figure[]>, f: Figure): { change: Figure; fall: boolean } | undefined {
  const group = groups.find((g) => g.includes(f));
  const next = group?.[group.indexOf(f) + 1];
  if (!next || !compatible(next.unit, f.unit) || !exact(next) || next.approximate || next.range) return undefined;
  const verb = CHANGE_AFTER_LEVEL.exec(draft.prose.slice(f.endOffset, next.offset))?.[1];
  return verb ? { change: next, fall: isFall(verb) } : undefined;
}

/**
 * 图书146.13万册，较上年增加1.34万册 in the lead, and 图书81.27万册，比上年增加0.93万册 and 64.87万册，比上年增加0.43万册 in
 * the sub-paragraphs: when the parts' levels add up to the lead's level exactly, they are all of it, this year and the
 * year before, so their changes add up to its change (a decrease counted negative), as changesAddUp reads a breakdown
 * within a paragraph. Silent when a part leaves a remainder or states no change.
 */
function subParagraphChangeSum(draft: Draft, groups: ReadonlyArray<readonly Figure[]>, total: Figure, parts: readonly Figure[]): Relation | undefined {
  if (!exact(total) || !parts.every(exact)) return undefined;
  if (judge(sumOf([...parts]), { figure: total }, { compare: '=', unit: 'amount' })?.holds !== true) return undefined;
  const whole = changeAfter(draft, groups, total);
  const each = parts.map((p) => changeAfter(draft, groups, p));
  if (!whole || each.some((c) => c === undefined)) return undefined;
  const changes = each as Array<{ change: Figure; fall: boolean }>;
  return changeSum(
    { figure: whole.change, fall: whole.fall },
    changes.map((c) => ({ figure: c.change, fall: c.fall })),
    '增减额',
  );
}

/** A sentence opened by the name of a group of people and 中: 参加职工基本医疗保险人员中，. */
const AMONG_PEOPLE = /(?<=^|[。；;\s])(?:在)?([\u4e00-\u9fff]{2,16}?)(?:人员|人数)中[，,]/g;

/** A part's change after its short name: 在职职工比去年同期增加 (with the clause of a percentage before it, if any). */
const NAMED_CHANGE = new RegExp(`^(?:[，,]\\s*(?:同比)?(?:${CHANGE_VERB})[0-9.]+[%％])?[，,。；;]?\\s*([\\u4e00-\\u9fff]{2,6}?)(?:比|较)(?:去年|上年)(?:同期)?(${CHANGE_VERB})$`);

/**
 * 参加职工基本医疗保险1037685人，比上年增加27879人。参加职工基本医疗保险人员中，在职职工比去年同期增加17128人，同比增长
 * 2.28%。退休人员比去年同期增加10748人: the whole's name and 中 open a list of its parts' changes alone; when their names
 * make a known partition (在职 and 退休), they are all of the whole, so their changes add up to its change (a decrease
 * counted negative). The whole is the one level of the paragraph before the name that the name is, with its change
 * right after it.
 */
function changesAmongNamed(par: Paragraph): Relation[] {
  const { draft, figures } = par;
  if (figures.length < 3) return [];
  const para = figures[0]!.para;
  const prose = draft.prose.slice(para.offset, para.endOffset);
  const out: Relation[] = [];
  for (const m of prose.matchAll(AMONG_PEOPLE)) {
    const at = para.offset + m.index + m[0].length;
    const name = m[1]!;
    const levels = figures.filter((f) => f.endOffset <= at && !f.relational && PART_FIGURE(f) && bareMeasure(f).replace(/^其中/, '') === name);
    if (levels.length !== 1) continue;
    const level = levels[0]!;
    const whole = changeAfter(draft, [figures], level);
    if (!whole) continue;
    // the parts: one change each, named by a short word, up to the first figure that is no such change
    const parts: Array<{ change: Figure; fall: boolean; label: string }> = [];
    let from = at;
    for (const f of figures.filter((g) => g.offset >= at)) {
      if (f.unit.kind === 'percent') continue;
      const head = NAMED_CHANGE.exec(draft.prose.slice(from, f.offset));
      if (!head || !compatible(f.unit, whole.change.unit) || !exact(f)) break;
      parts.push({ change: f, fall: isFall(head[2]!), label: head[1]! });
      from = f.endOffset;
    }
    if (parts.length < 2 || !isPartition(parts.map((p) => p.label))) continue;
    const r = changeSum(
      { figure: whole.change, fall: whole.fall },
      parts.map((p) => ({ figure: p.change, fall: p.fall })),
      '部分增减额',
    );
    if (r) out.push(r);
  }
  return out;
}

/** The figures of the paragraphs just before a paragraph, one group per paragraph, in the order of the draft. */
function earlierParagraphs(par: Paragraph, count?: number): Figure[][] {
  const groups: Figure[][] = [];
  for (const f of par.lookups.earlier(count)) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.para.offset === f.para.offset) last.push(f);
    else groups.push([f]);
  }
  return groups;
}

/** A paragraph that ends with 其中： (其中：其中： in a careless copy): the parts follow in the next paragraphs. */
const COLON_LEAD = /(?:^|[，,。；;\s])((?:其中[：:]\s*)+)$/;
/** How a paragraph opening with a part reads up to its figure: a number or dash, and a short name (完成, 为 after it). */
const PART_PARAGRAPH = /^\s*(?:[（(]?[一二三四五六七八九十0-9０-９]{1,2}[)）、.．]\s*|——\s*)?[\u4e00-\u9fff“”"（）()、]{1,24}?[：:]?\s*$/;

/**
 * 1—9月完成投资1275.34亿元。其中：⏎⏎高速公路完成投资679.62亿元，…⏎⏎国省干线完成投资426.91亿元，…: a paragraph ending with
 * 其中： (or followed by a line of 其中： alone) breaks the levels of its last sentence down in the paragraphs right after it,
 * each opening with a part (a short name, perhaps numbered, and the first level of the paragraph), the first level of each
 * total's unit in each. Parts after 其中 may leave a remainder; read in the last paragraph of the run so far, with two
 * paragraphs or more giving parts. The run ends at a paragraph that opens otherwise (其中, a heading) or with anything but
 * blank lines between. A total with two levels of its unit in its sentence is no one's.
 */
function colonParagraphSums(par: Paragraph): Relation[] {
  const { draft, figures } = par;
  const level = (f: Figure): boolean => PART_FIGURE(f) && !NOT_A_TOTAL.test(f.measure);
  const opening = (group: readonly Figure[]): Figure | undefined => {
    const first = group.find(level);
    if (!first || group.some((f) => f.offset < first.offset && !f.relational)) return undefined;
    const head = draft.prose.slice(first.para.offset, first.offset);
    return PART_PARAGRAPH.test(head) && !/^\s*其中/.test(head) ? first : undefined;
  };
  if (figures.length === 0 || !opening(figures)) return [];
  const groups = earlierParagraphs(par);
  // the run of paragraphs opening with a part, back to the lead, nothing but blank lines between (or 其中： before the first)
  const run: Figure[][] = [figures];
  let lead: Figure[] | undefined;
  for (let k = groups.length - 1; k >= 0; k--) {
    const group = groups[k]!;
    const between = draft.prose.slice(group[0]!.para.endOffset, run[0]![0]!.para.offset).trim();
    const text = draft.prose.slice(group[0]!.para.offset, group[0]!.para.endOffset).trim();
    if (COLON_LEAD.test(text) && between === '') {
      lead = group;
      break;
    }
    if (/^(?:其中[：:]\s*)+$/.test(between)) {
      lead = group;
      break;
    }
    if (between !== '' || !opening(group)) break;
    run.unshift(group);
  }
  if (!lead || run.length < 2) return [];
  // the totals: the levels of the lead's last sentence (the one before 其中 when 其中 opens its own)
  const leadText = draft.prose.slice(lead[0]!.para.offset, lead[0]!.para.endOffset).trimEnd();
  const colon = COLON_LEAD.exec(leadText);
  const end = lead[0]!.para.offset + (colon ? colon.index + colon[0].length - colon[1]!.length : leadText.length);
  // (the sentence before 其中 when 其中 opens its own: its 。 and blanks left off the end)
  let cut = end;
  while (cut > lead[0]!.para.offset && /[。\s]/.test(draft.prose[cut - 1]!)) cut--;
  const before = draft.prose.slice(lead[0]!.para.offset, cut);
  const start = lead[0]!.para.offset + Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
  // (a sentence that gives its level a share of something, 项目支出预算48100元，占支出总预算的4.43%, states a part of
  // another whole: what 其中 breaks down after it is not told)
  if (/占[^，,。；;]{0,20}?[0-9０-９.]+\s*[%％]/.test(draft.prose.slice(start, end))) return [];
  const levels = lead.filter((f) => f.offset >= start && f.offset < end && level(f) && !f.bracket);
  const totals = levels.filter((t) => levels.filter((u) => compatible(u.unit, t.unit)).length === 1);
  const out: Relation[] = [];
  for (const total of totals) {
    const parts = run.map((group) => group.find((f) => level(f) && !f.bracket && compatible(f.unit, total.unit)));
    // every paragraph of the run gives a part, the first of its unit opening it where it is the paragraph's first level
    if (parts.some((p) => !p) || parts.some((p, i) => p !== opening(run[i]!) && run[i]!.some((f) => f.offset < p!.offset && level(f)))) continue;
    const given = parts as Figure[];
    const earlierParts = given.slice(0, -1);
    // the run so far already exceeds the total: the paragraph before reports it
    if (earlierParts.length >= 2 && judge(sumOf(earlierParts), { figure: total }, { compare: '<=', unit: 'amount' })?.holds === false) continue;
    const r = sumRelation(total, given, !restEndsItems(draft, run[run.length - 1]!, given[given.length - 1]!), '其中');
    // (two parts over the total may be of two cuts, 外贸 and 沿海 before 内河: the third paragraph tells, and is read then)
    if (r && !(given.length === 2 && !r.holds && r.hint === 'overlap')) out.push(r);
  }
  return out;
}

/** The marker of parts in the numbered paragraphs after their total, with nothing that announces them. */
export const PARAGRAPHS_MARKER = '分段';

/**
 * The number that opens a paragraph of a list: its style (一、 （一） 1、 1. (1)) and its value. (A page copied with its
 * bullets lost may put a run of question marks before the number, ??? 1、…: the number is still the item's.)
 */
const ITEM_NUMBER = /^\s*(?:[?？]{2,}\s*)?(?:([一二三四五六七八九十]{1,3})(、)|[（(]([一二三四五六七八九十]{1,3})([)）])|([0-9０-９]{1,2})([、.．])(?![0-9０-９])|[（(]([0-9０-９]{1,2})([)）]))\s*/;
const CHINESE_DIGITS = '一二三四五六七八九';

export function itemNumber(text: string): { style: string; n: number; length: number } | undefined {
  const m = ITEM_NUMBER.exec(text);
  if (!m) return undefined;
  const chinese = m[1] ?? m[3];
  const arabic = m[5] ?? m[7];
  let n: number;
  if (chinese) {
    const tens = chinese.indexOf('十');
    if (tens < 0) n = CHINESE_DIGITS.indexOf(chinese) + 1;
    else n = (tens === 0 ? 1 : CHINESE_DIGITS.indexOf(chinese.slice(0, tens)) + 1) * 10 + (tens === chinese.length - 1 ? 0 : CHINESE_DIGITS.indexOf(chinese.slice(tens + 1)) + 1);
    if (n <= 0 || (chinese.length > 1 && tens < 0)) return undefined;
  } else n = Number(toHalfWidthDigits(arabic!));
  const style = `${chinese ? 'c' : 'a'}${m[3] || m[7] ? '(' : ''}${m[2] ?? m[6] ?? ''}`;
  return { style, n, length: m[0].length };
}

const toHalfWidthDigits = (s: string): string => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** How an item paragraph reads up to its first figure after its number: a short name, perhaps with a colon inside (道路交通：事故). */
const ITEM_HEAD = /^[\u4e00-\u9fff“”"（）()、]{1,24}?(?:[：:][\u4e00-\u9fff“”"（）()、]{0,12}?)?[：:]?\s*$/;

/** A heading line that sorts what comes after it: 一、从行业看, 二、事故分类情况, （一）按区域划分, 一、分类型进展情况. */
const SORTING_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?\s*(?:[\u4e00-\u9fff]{0,6}?(?:(?:从|分|按)[\u4e00-\u9fff]{1,8}?(?:来看|看|分|划分|统计)|分类|类别|行业|领域|区域|类型)[\u4e00-\u9fff]{0,10}?)[。：:]?$/;

/** A paragraph numbered in another style than a list's items (1. under （一）): one of an item's sub-items. */
function isSubItem(text: string, itemStyle: string): boolean {
  const number = itemNumber(text);
  return number !== undefined && number.style !== itemStyle;
}

/**
 * Paragraphs passed over between two items (the last first) that are one item's sub-items: numbered in one style from
 * 1 on (not 3. after (2) where 1. 2. under (1) go on counting: (2) is then the parent of 3., not its sibling's child).
 */
function subItems(nested: readonly string[]): boolean {
  const numbers = nested.map(itemNumber).reverse();
  return numbers.every((m, k) => m !== undefined && m.style === numbers[0]!.style && m.n === k + 1);
}

/** A line that announces a list (主要支出科目情况如下：, 具体情况是：, 分别是：). */
const ANNOUNCING_LINE = /^[\u4e00-\u9fff“”"（）()、，,]{2,30}[：:]$/;

/**
 * 全县共发生各类安全事故14起、死亡4人、受伤9人…。具体情况是：⏎一、从行业看⏎（一）道路交通：事故9起、死亡4人、受伤7人…⏎
 * （二）…: a paragraph of totals followed by paragraphs that each open with a part (a short name, perhaps numbered, and
 * its figures) breaks those totals down, one part of each total in each paragraph, when the paragraphs are joined to it
 * as its list: numbered in order from the first, or after a line that announces them (…如下：) or a heading that sorts
 * them (从行业看, 事故分类情况), or after a lead that ends with a colon. A total's part in a paragraph is its only
 * figure of the total's unit where the lead has one total of that unit, else the one named most like the total (死亡 for
 * 死亡, 累计完成投资 among 计划总投资 and 累计完成投资); the parts may leave a remainder (其中 and the like). Read in the
 * last paragraph of the run so far, two paragraphs giving parts or more; totals `taken` are another reading's.
 */
function sectionParagraphSums(par: Paragraph, taken: ReadonlySet<Figure>): Relation[] {
  const { draft, figures } = par;
  const level = (f: Figure): boolean => PART_FIGURE(f) && !NOT_A_TOTAL.test(f.measure);
  const paraText = (g: readonly Figure[]): string => draft.prose.slice(g[0]!.para.offset, g[0]!.para.endOffset);
  // how a paragraph opens as an item: its number (if any) and whether a short name leads to its first level
  const item = (group: readonly Figure[]): { number?: ReturnType<typeof itemNumber> } | undefined => {
    const first = group.find(level);
    if (!first || group.some((f) => f.offset < first.offset && !f.relational)) return undefined;
    const text = paraText(group);
    if (text.includes('|')) return undefined;
    const number = itemNumber(text);
    const head = draft.prose.slice(first.para.offset + (number?.length ?? 0), first.offset).trim();
    // ((1)15个重点新建项目，…: a numbered paragraph may open with its figure)
    if (!(ITEM_HEAD.test(head) || (number && head === '')) || /^其中|^——/.test(head)) return undefined;
    return { number };
  };
  if (figures.length === 0) return [];
  const here = item(figures);
  if (!here) return [];
  const groups = earlierParagraphs(par, LIST_PARAGRAPHS);
  const run: Array<{ group: Figure[]; number?: ReturnType<typeof itemNumber> }> = [{ group: figures, number: here.number }];
  let lead: Figure[] | undefined;
  let between = '';
  // the paragraphs passed over as sub-items of an item of the run, the one nearest the run first
  const nested: Figure[][] = [];
  for (let k = groups.length - 1; k >= 0; k--) {
    const group = groups[k]!;
    const gap = draft.prose.slice(group[0]!.para.endOffset, (nested[nested.length - 1] ?? run[0]!.group)[0]!.para.offset).trim();
    const it = item(group);
    // one more item: nothing between, numbered like the next one and one before it (or neither numbered)
    const next = run[0]!.number;
    if (gap === '' && it && (next ? it.number?.style === next.style && it.number.n === next.n - 1 : !it.number) && subItems(nested.map(paraText))) {
      run.unshift({ group, number: it.number });
      nested.length = 0;
      continue;
    }
    // (（一）中央资金250.659万元。⏎1.…补助220万元；⏎2.…26万元；⏎（二）省级资金465万元: a numbered item's sub-items,
    // numbered in another style, stand between it and the next item; they are parts of their item, not of the lead)
    if (gap === '' && next && isSubItem(paraText(group), next.style)) {
      nested.push(group);
      continue;
    }
    // (no item of the run before the paragraphs passed over: the nearest of them is the lead, as it was, nothing between)
    lead = nested[0] ?? group;
    between = nested.length > 0 ? '' : gap;
    break;
  }
  if (!lead && nested.length > 0) lead = nested[0];
  if (!lead || run.length < 2) return [];
  const first = run[0]!.number;
  const numbered = first !== undefined;
  // the run of one numbering from its first (or none at all)
  if (run.some((r) => (r.number === undefined) === numbered) || (numbered && first.n !== 1)) return [];
  // (the lead is no item of the same numbering: （二） after （一） is its sibling, not its total)
  const leadNumber = itemNumber(paraText(lead));
  if (numbered && leadNumber?.style === first.style) return [];
  const leadText = paraText(lead).trim();
  const lines = between
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const joined = (lines.length === 0 && (numbered || /[：:]$/.test(leadText))) || (lines.length > 0 && lines.length <= 2 && lines.every((l) => SORTING_HEADING.test(l) || ANNOUNCING_LINE.test(l)));
  if (!joined) return [];
  // the words the finding quotes: the heading or the line that announces the list, else the lead's clause before its
  // colon, else the first item's number
  const announced = /([^，,。；;：:\s]{2,20})[：:]$/.exec(leadText)?.[1];
  const marker = lines.length > 0 ? lines[lines.length - 1]!.replace(ITEM_NUMBER, '').replace(/[。：:]$/, '') : (announced ?? PARAGRAPHS_MARKER);
  // the totals: the levels of the lead's last sentence that has any (a sentence that gives its level a share of
  // another whole states a part of that whole: not read)
  const leadLevels = lead.filter((f) => level(f) && !taken.has(f));
  if (leadLevels.length === 0) return [];
  const lastPeriod = leadLevels[leadLevels.length - 1]!.period;
  const sentence = lead.filter((f) => f.period === lastPeriod);
  if (sentence.some((f) => f.unit.kind === 'percent' && /占/.test(textBetween(draft, f.clause.offset, f.offset)))) return [];
  // (a lead whose last words announce the list by name, 支出主要情况如下：, lists the parts of a total of that name: not
  // of 结转结余 in the sentence before)
  const announcing = /[：:]$/.test(leadText) ? leadText.slice(Math.max(leadText.lastIndexOf('。'), leadText.lastIndexOf('！'), leadText.lastIndexOf('？')) + 1, -1) : undefined;
  const named = announcing && !/[0-9０-９]/.test(announcing) ? announcing.replace(/其中|包括|具体|主要|基本|情况|如下|分别|以下|下列|[均是为有：:，,\s]/g, '') : undefined;
  const totals = leadLevels.filter((f) => f.period === lastPeriod && (!named || named.length < 2 || bareMeasure(f).includes(named.slice(-2))));
  const closed = numbered && closingItem(draft, run[run.length - 1]!.group, run[run.length - 1]!.number!);
  const out: Relation[] = [];
  for (const total of totals) {
    const ofUnit = totals.filter((t) => compatible(t.unit, total.unit));
    const name = bareMeasure(total);
    const parts: Figure[] = [];
    let spoiled = false;
    for (const { group } of run) {
      // a paragraph's own breakdown (其中, 包括) is not the list's
      const cut = paraText(group).search(/其中|包括/);
      const end = cut < 0 ? Infinity : group[0]!.para.offset + cut;
      const candidates = group.filter((f) => level(f) && f.offset < end && compatible(f.unit, total.unit));
      if (candidates.length === 0) continue;
      const opening = group.find(level) === candidates[0] ? candidates[0] : undefined;
      const scored = candidates.map((f) => ({ f, k: suffixLength(bareMeasure(f), name) })).sort((a, b) => b.k - a.k);
      let part: Figure | undefined;
      if (scored[0]!.k >= 2 && (scored.length === 1 || scored[1]!.k < scored[0]!.k)) {
        part = scored[0]!.f;
        // (named as like another total of the unit: that total's part)
        if (ofUnit.some((t) => t !== total && suffixLength(bareMeasure(part!), bareMeasure(t)) >= scored[0]!.k)) part = undefined;
      } else if (ofUnit.length === 1 && candidates.length === 1 && opening) part = opening;
      if (!part) {
        spoiled = true;
        break;
      }
      parts.push(part);
    }
    if (spoiled || parts.length < 2 || !run[run.length - 1]!.group.includes(parts[parts.length - 1]!)) continue;
    const earlierParts = parts.slice(0, -1);
    if (earlierParts.length >= 2 && judge(sumOf(earlierParts), { figure: total }, { compare: '<=', unit: 'amount' })?.holds === false) continue;
    // 总支出9185.82万元，其中：⏎1、待遇支出9084.49万元；⏎2、其他支出1.33万元；: numbered items that end with the rest
    // (其他…) as the last of their numbering are all of the total, as the same list in one sentence is
    const rest = /其中[：:]$/.test(leadText) && restEndsItems(draft, run[run.length - 1]!.group, parts[parts.length - 1]!);
    const r = sumRelation(total, parts, !(closed || rest), marker);
    // (two paragraphs over the total may be of two cuts: a third paragraph tells, and is read then; not when numbered,
    // one enumeration of the writer's)
    if (r && !(run.length === 2 && !numbered && !r.holds && r.hint === 'overlap')) out.push(r);
  }
  return out;
}

/**
 * 总支出9185.82万元，其中：⏎1、待遇支出9084.49万元；⏎2、其他支出1.33万元；⏎（二）…: numbered items after 其中： whose last,
 * the last of its numbering, states the rest (其他…) and nothing else of its unit are all of the total, as the same list in
 * one sentence is (其中：待遇支出…，其他支出…). Not when the next line goes on numbering (3、…: more is listed after the rest).
 */
function restEndsItems(draft: Draft, last: readonly Figure[], part: Figure): boolean {
  const start = last[0]!.para.offset;
  const number = itemNumber(draft.prose.slice(start, last[0]!.para.endOffset));
  // (the name read after the item's number: 2.其他支出 is named 其他支出)
  if (!number || !namesTheRest(draft.prose.slice(start + number.length, part.offset).trim()) || last.some((f) => f !== part && compatible(f.unit, part.unit))) return false;
  return itemAfter(draft, last, number) === undefined;
}

/**
 * The words of the next item after an item's paragraph (after its number), when the first line with words after it
 * goes on numbering the list (same style, the next number); undefined when it does not.
 */
function itemAfter(draft: Draft, last: readonly Figure[], number: { style: string; n: number }): string | undefined {
  const end = last[0]!.para.endOffset;
  const line = draft.prose
    .slice(end, end + 120)
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  const next = line === undefined ? undefined : itemNumber(line);
  return next === undefined || next.style !== number.style || next.n !== number.n + 1 ? undefined : line!.slice(next.length);
}

/**
 * 1.生产经营性道路交通事故5起…⏎2.铁路路外事故0起…⏎3.水上交通、农业机械等其他领域没有事故发生。: the numbered item right
 * after an item, with no figure, saying the other fields had none, closes the list: the items are all of their totals.
 */
function closingItem(draft: Draft, last: readonly Figure[], number: { style: string; n: number }): boolean {
  const words = itemAfter(draft, last, number);
  if (words === undefined) return false;
  return !/[0-9０-９]/.test(words) && NONE_ELSEWHERE.test(words);
}

/** The pieces of a bracket after a total (新建5个、续建6个), without its 其中/含/等; none when it is no breakdown (同比, 约, 占). */
function bracketPieces(draft: Draft, bracket: { offset: number; endOffset: number }): { pieces: string[]; remainder: boolean } | undefined {
  const content = textBetween(draft, bracket.offset, bracket.endOffset).trim();
  if (NOT_A_BREAKDOWN.test(content)) return undefined;
  const split = content
    .replace(REMAINDER_WORDS, '')
    // (保工资支出164,401万元，保运转支出3,761万元: a comma grouping digits splits no pieces)
    .replace(/([0-9])[,，](?=[0-9]{3}(?![0-9]))/g, '$1')
    .split(/([、，,；;])/);
  // (含执恢、执保2208件: a name without a figure joined to the next by 、 is one label with it)
  const pieces: string[] = [];
  let pending = '';
  for (let k = 0; k < split.length; k += 2) {
    const piece = split[k]!;
    if (piece.trim() === '') continue;
    if (!/[0-9０-９〇零一二两三四五六七八九十百千万亿]/.test(piece) && split[k + 1] === '、' && /^[\u4e00-\u9fff]{1,8}$/.test(piece.trim())) {
      pending += piece + '、';
      continue;
    }
    pieces.push(pending + piece);
    pending = '';
  }
  if (pending) pieces.push(pending);
  return { pieces, remainder: REMAINDER_WORDS.test(content) };
}

/**
 * 通过发行再融资债券偿还12800万元，自有财力偿还3200万元到期法定债务本金后（一般债券到期本金7000万元、专项债券到期本金9000万元）:
 * a bracket after the noun of the last of several clauses glosses what they did together; when its parts add up to the run of
 * figures of the total's unit before it in the sentence, ending at the total (12800 + 3200), that is the reading that holds.
 */
function glossesTheClauses(total: Figure, parts: readonly Figure[], sentence: readonly Figure[]): boolean {
  const before = sentence.filter((f) => !f.bracket && f.offset <= total.offset);
  for (let from = before.length - 1; from >= 0; from--) {
    const run = before.slice(from);
    if (!run.every((f) => exact(f) && !f.relational && compatible(f.unit, total.unit))) return false;
    if (run.length >= 2 && judge(sumOf(parts), sumOf(run), { compare: '=', unit: 'amount' })?.holds === true) return true;
  }
  return false;
}

/** Parts cut by a person's attributes (women, the under-35s, graduates, party members): they overlap any other cut. */
const PERSONAL_ATTRIBUTE = /女|男|少数民族|岁以下|岁以上|周岁|学历|大专|本科|研究生|硕士|博士|退役军人|党员|团员|残疾/;

/**
 * A bracket glossing the figures right before it: nothing between, or a stray comma the writer typed before the bracket
 * (33户102人，（2021年新识别4户11人，…）); a bracket opens no clause of its own, so after a comma it still glosses them.
 */
function glossesBefore(draft: Draft, before: Figure, bracket: { offset: number }): boolean {
  return /^[，,]?$/.test(textBetween(draft, before.endOffset, bracket.offset - 1).trim());
}

/**
 * Where a total's sentence goes on after it: past a bracket glossing it (33户102人（2021年新识别4户11人，…），其中…), so a
 * 其中 after the bracket still lists the parts of the figures before it. The index is that of the first figure after.
 */
function pastGloss(draft: Draft, period: readonly Figure[], i: number): { end: number; next: number } {
  const last = period[i]!;
  const bracket = period[i + 1]?.bracket;
  if (!bracket || !glossesBefore(draft, last, bracket)) return { end: last.endOffset, next: i + 1 };
  let next = i + 1;
  while (period[next]?.bracket?.offset === bracket.offset) next++;
  return { end: bracket.endOffset + 1, next };
}

/** The most figures a paired total states together (户, 人, 万元): more is no pair but a list. */
const MAX_PAIRED = 3;

/**
 * 16369户54851人（脱贫不稳定户5018户18684人、边缘易致贫户4876户17551人）: k figures of k different units written
 * back to back right before a bracket, and every piece of the bracket k figures of the same units in the same order.
 * Each unit's figures are a total and its parts.
 */
function pairedBrackets(par: Paragraph): Array<{ total: Figure; parts: Figure[]; remainder: boolean }> {
  const { draft, sentences } = par;
  const out: Array<{ total: Figure; parts: Figure[]; remainder: boolean }> = [];
  for (const sentence of sentences.values()) {
    const seen = new Set<number>();
    for (const first of sentence) {
      const bracket = first.bracket;
      if (!bracket || seen.has(bracket.offset)) continue;
      seen.add(bracket.offset);
      const inside = sentence.filter((f) => f.bracket?.offset === bracket.offset);
      const read = bracketPieces(draft, bracket);
      if (!read) continue;
      const { pieces } = read;
      const k = inside.length / pieces.length;
      if (pieces.length < 2 || !Number.isInteger(k) || k < 2 || k > MAX_PAIRED) continue;
      // the totals: k figures right before the bracket, back to back, each of its own unit
      const before = sentence.filter((f) => !f.bracket && f.endOffset <= bracket.offset);
      const totals = before.slice(-k);
      if (totals.length !== k || !glossesBefore(draft, totals[k - 1]!, bracket)) continue;
      if (totals.some((t, j) => j > 0 && textBetween(draft, totals[j - 1]!.endOffset, t.offset).trim() !== '')) continue;
      if (totals.some((t, j) => totals.some((u, i) => i < j && compatible(u.unit, t.unit)))) continue;
      // each piece: k figures back to back, in the totals' units and order
      const columns: Figure[][] = totals.map(() => []);
      let fits = true;
      for (let p = 0; p < pieces.length && fits; p++) {
        const group = inside.slice(p * k, p * k + k);
        fits = group.every((f, j) => compatible(f.unit, totals[j]!.unit) && (j === 0 || textBetween(draft, group[j - 1]!.endOffset, f.offset).trim() === ''));
        // one piece per group: a separator between groups, none inside
        if (fits && p > 0) fits = /[、，,；;]/.test(textBetween(draft, inside[p * k - 1]!.endOffset, group[0]!.offset));
        group.forEach((f, j) => columns[j]!.push(f));
      }
      if (!fits || breaksDownFirstPiece(draft, columns)) continue;
      const remainder = read.remainder;
      totals.forEach((total, j) => out.push({ total, parts: columns[j]!, remainder }));
    }
  }
  return out;
}

/**
 * 监测户35户106人（2019年识别3户5人，2户4人2020年已消除风险，1户1人…重新识别）: a bracket whose first piece is named and
 * whose later pieces open with their figures and add up, column by column, to the first tells what became of the first
 * piece's members (a history: identified, then cleared or identified again); the later pieces are the first's parts, and
 * the bracket is no partition of the total before it.
 */
function breaksDownFirstPiece(draft: Draft, columns: readonly Figure[][]): boolean {
  const heads = columns[0]!;
  if (heads.length < 3) return false;
  const unnamed = heads.slice(1).every((f, p) => /[、，,；;]\s*$/.test(textBetween(draft, columns[columns.length - 1]![p]!.endOffset, f.offset)));
  return unnamed && columns.every((c) => judge(sumOf(c.slice(1)), { figure: c[0]! }, { compare: '=', unit: 'amount' })?.holds === true);
}

/** A level of a pair: an exact count or amount, no share, change or average. */
const pairable = (f: Figure): boolean =>
  exact(f) && !f.relational && !f.bracket && !f.range && f.unit.kind !== 'percent' && f.unit.kind !== 'points' && f.unit.kind !== 'times' && f.unit.kind !== 'permille';

/** A piece's name before its figures: a few characters, no figure or mark of a clause between. */
const PIECE_NAME = /^[\u4e00-\u9fff“”（）()]{1,14}$/;

/**
 * 审结163件235人，其中批准逮捕134件187人，逮捕率为79.57%；不捕29件48人: k figures of k different units written back to
 * back right before 其中, and after it pieces of k figures back to back in the same units and order, each after a
 * short name of its own (a clause of percentages only may stand between two pieces). Each unit's figures are a total
 * and its parts, and the list may leave a remainder (其中). Two pieces at least; the list ends at the first figure
 * that is no such piece. Bounded: each figure of a period opens at most one list, read forward within its period.
 */
function pairedLists(par: Paragraph): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, periods } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  for (const period of periods.values()) {
    for (let i = 1; i < period.length; i++) {
      const last = period[i]!;
      const gloss = pastGloss(draft, period, i);
      const marker = /^[，,]?其中[：:，,]?/.exec(draft.prose.slice(gloss.end, gloss.end + 5));
      if (!marker || !pairable(last)) continue;
      // the totals: a run of figures back to back that ends right before 其中, each of its own unit
      let first = i;
      while (first > 0 && i - first + 1 < MAX_PAIRED && pairable(period[first - 1]!) && textBetween(draft, period[first - 1]!.endOffset, period[first]!.offset).trim() === '') first--;
      const totals = period.slice(first, i + 1);
      const k = totals.length;
      if (k < 2 || totals.some((t, j) => totals.some((u, h) => h < j && compatible(u.unit, t.unit)))) continue;
      // the pieces
      const columns: Figure[][] = totals.map(() => []);
      let at = gloss.next;
      let from = gloss.end + marker[0].length;
      let pieces = 0;
      for (;;) {
        // percentages between pieces (逮捕率为79.57%) are skipped, after the first piece only
        if (pieces > 0) while (at < period.length && period[at]!.unit.kind === 'percent' && !period[at]!.bracket) at++;
        const group = period.slice(at, at + k);
        if (group.length < k || !group.every((f, j) => pairable(f) && compatible(f.unit, totals[j]!.unit) && (j === 0 || textBetween(draft, group[j - 1]!.endOffset, f.offset).trim() === ''))) break;
        const gap = textBetween(draft, pieces > 0 ? period[at - 1]!.endOffset : from, group[0]!.offset).trim();
        const name = pieces > 0 && period[at - 1]!.unit.kind === 'percent' ? gap.replace(/^[^；;，,、]*[；;，,、]/, '') : pieces > 0 ? gap.replace(/^[；;，,、]/, '') : gap;
        if ((pieces > 0 && name === gap) || !PIECE_NAME.test(name)) break;
        group.forEach((f, j) => columns[j]!.push(f));
        pieces++;
        at += k;
        from = group[k - 1]!.endOffset;
      }
      if (pieces < 2) continue;
      totals.forEach((total, j) => out.push({ total, parts: columns[j]! }));
    }
  }
  return out;
}

/** The most measures a column list reads side by side (户, 人, 只, 头, 只). */
const MAX_COLUMNS = 6;
/** 其中 opening a list, after a mark or at the start of a sentence. */
const LIST_OPENING = /(?:^|[，,。；;：:\s])其中[：:，,]?/g;
/** Words that make a later sentence's figures a new total, not one more piece of the list: 全乡, 共, 合计, 另有. */
const NEW_TOTAL = /全|共|合计|总|累计|另|此外/;

/**
 * 贫困人口281户、1078人。其中：甲村61户、247人，乙村81户、299人 / 为贫困户77户、299人提供基础母羊45只、母猪111头。
 * 其中，甲村30户、133人扶持基础母羊16只、母猪57头；乙村…: a sentence states k measures (k ≥ 2), and after 其中 (in
 * it or opening the next sentence) each piece states the same k measures in the same order, so the figures line up
 * in columns: each column is a total and its parts (which may leave a remainder: 其中). The totals are the last k
 * levels before 其中 in their period, each of its own unit, or else (事故37起，死亡33人，受伤14人。其中，…事故30起，死亡26人) those the first
 * piece's levels find in order by unit and name; the pieces are the levels after 其中 (changes, percentages and
 * brackets between are skipped), k at a time, each piece in one period, its units those of the totals in order. The
 * list ends at the first level that does not fit, at a nested 其中, or at a piece of a later period, unless 其中 opens
 * its sentence and the piece repeats the first piece's words between its figures and opens with no word of a new
 * total (全乡, 共, 另有): 普通中学38所，在校学生2.95万人，其中：高中9所，…；初中29所，…。小学48所，在校学生4.48万人 ends
 * before 小学, a sibling of the total. Two pieces at least, and none of the totals' units left over in the last piece's
 * period.
 */
function columnLists(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[]; alone: boolean }> {
  const { draft, figures, periods } = par;
  const out: Array<{ total: Figure; parts: Figure[]; alone: boolean }> = [];
  if (figures.length < 6) return out;
  const from = figures[0]!.offset;
  const text = draft.prose.slice(from, figures[figures.length - 1]!.endOffset);
  const level = (f: Figure): boolean => pairable(f) && !PREVIOUS_PERIOD.test(headOf(draft, f));
  let i = 0;
  // the lists opened so far after 其中 in mid-sentence, each to the ； that ends it
  const lists: Array<{ from: number; to: number }> = [];
  for (const m of text.matchAll(LIST_OPENING)) {
    const markerEnd = from + m.index + m[0].length;
    // (a list that runs over sentences opens a sentence of its own: 。其中，…)
    const opensSentence = /^[。]/.test(m[0]);
    // (and one after 其中 in mid-sentence without a colon ends at the first ；: 城市低保200户、300人，其中特困人员50户、
    // 60人；农村低保300户… goes on with the total's list)
    const bySemicolons = opensSentence || /[：:]$/.test(m[0]);
    const earlier = lists.slice();
    lists.push({ from: markerEnd, to: listEnd(draft, markerEnd, bySemicolons) });
    while (i < figures.length && figures[i]!.offset < markerEnd) i++;
    if (i === 0 || i >= figures.length) continue;
    const period = periods.get(figures[i - 1]!.period) ?? [];
    // 助学金6435人次，发放资金643.4万元，其中春季…3026人，…，秋季…3409人次，资助金额340.55万元；免学费9148人次，…，其中…: the
    // levels of an earlier list are its parts, no totals of this one; and a level broken down by an earlier list before the
    // totals is no rival to them
    const inList = (f: Figure): boolean => earlier.some((l) => f.offset >= l.from && f.offset < l.to);
    const totalsAll = period.filter((f) => f.offset < markerEnd && level(f) && !inList(f));
    const listedAfter = (f: Figure, t: Figure): boolean => earlier.some((l) => l.from > f.endOffset && l.from < t.offset);
    const after: Figure[] = [];
    for (let j = i; j < figures.length && after.length < MAX_COLUMNS * 12; j++) {
      const f = figures[j]!;
      if (level(f)) after.push(f);
      else if (!(f.relational || f.bracket || f.unit.kind === 'percent' || f.unit.kind === 'points')) break;
    }
    // the columns: for the first piece, the most levels (k) whose units are those of the last k totals, in order; else
    // those that each find a total after the last one's of its unit and name (死亡26人 of 事故37起，死亡33人，受伤14人)
    const sameName = (t: Figure, p: Figure): boolean => bareMeasure(p).endsWith(bareMeasure(t)) || suffixLength(bareMeasure(p), bareMeasure(t)) >= 3;
    const named = (t: Figure, p: Figure): boolean => totalsAll.filter((u) => compatible(u.unit, t.unit)).length === 1 || sameName(t, p);
    const suffix = (chunk: readonly Figure[]): number[] | undefined => {
      const cols = chunk.map((_, j) => totalsAll.length - chunk.length + j);
      // (each of its own unit: 议案1件、代表建议93件，其中…方面25件 lines up nothing)
      if (cols.some((c, j) => cols.some((d, i) => i < j && compatible(totalsAll[d]!.unit, totalsAll[c]!.unit)))) return undefined;
      // (nor when the levels before them repeat their units: 退回补充侦查36件67人，重报35件68人。其中… may break down
      // either pair; a pair already broken down in its bracket is no rival)
      const rivals = totalsAll.slice(0, cols[0]).filter((f) => !used.has(f) && !listedAfter(f, totalsAll[cols[0]!]!));
      if (rivals.length >= chunk.length && rivals.slice(-chunk.length).every((f, j) => compatible(f.unit, totalsAll[cols[j]!]!.unit))) return undefined;
      return chunk.every((f, j) => compatible(f.unit, totalsAll[cols[j]!]!.unit) && f.period === chunk[0]!.period) ? cols : undefined;
    };
    const byName = (chunk: readonly Figure[]): number[] | undefined => {
      const cols: number[] = [];
      for (const f of chunk) {
        let c = (cols[cols.length - 1] ?? -1) + 1;
        while (c < totalsAll.length && !(compatible(f.unit, totalsAll[c]!.unit) && named(totalsAll[c]!, f))) c++;
        if (c >= totalsAll.length || f.period !== chunk[0]!.period) return undefined;
        cols.push(c);
      }
      return cols;
    };
    const most = Math.min(MAX_COLUMNS, totalsAll.length, after.length);
    let columns: number[] | undefined;
    let byNames = false;
    for (let n = most; n >= 2 && !columns; n--) columns = suffix(after.slice(0, n));
    for (let n = most; n >= 2 && !columns; n--) columns = byName(after.slice(0, n));
    if (!columns) continue;
    byNames = !columns.every((c, j) => c === totalsAll.length - columns!.length + j);
    const k = columns.length;
    const totals = columns.map((c) => totalsAll[c]!);
    const fits = (chunk: readonly Figure[]): boolean =>
      chunk.length === k && chunk.every((f, j) => compatible(f.unit, totals[j]!.unit) && (!byNames || named(totals[j]!, f)) && f.period === chunk[0]!.period);
    const inner = (chunk: readonly Figure[]): string => piecesWords(draft, chunk).join('|');
    const pieces: Figure[][] = [];
    let sibling = false;
    for (let at = 0; at + k <= after.length; at += k) {
      const chunk = after.slice(at, at + k);
      if (!fits(chunk)) break;
      sibling = pieces.length >= 2 && siblingOfTotals(draft, totals, pieces, chunk);
      // (the list is known to end there: its levels are no totals of a list after the sibling's own 其中)
      if (sibling) {
        lists[lists.length - 1]!.to = chunk[0]!.offset;
        break;
      }
      const previous = pieces[pieces.length - 1];
      if (previous) {
        const gap = textBetween(draft, previous[k - 1]!.endOffset, chunk[0]!.offset);
        // (a piece that says its columns' names again, word for word, goes on with the list past a ； or a 。)
        const echo = echoesFirstPiece(draft, pieces[0]!, chunk, totals[0]!);
        if (/其中/.test(gap) || !/[、，,；;。]/.test(gap) || (!bySemicolons && !echo && /[；;]/.test(gap))) break;
        if (chunk[0]!.period !== pieces[0]![0]!.period) {
          if (!opensSentence && !echo) break;
          const opening = textBetween(draft, chunk[0]!.period, chunk[0]!.offset).replace(/\s/g, '');
          if (inner(chunk) !== inner(pieces[0]!) || NEW_TOTAL.test(opening) || namedOtherwise(pieces, chunk, totals) || restOfOuterTotal(draft, opening, totals)) break;
        }
      }
      pieces.push(chunk);
    }
    if (pieces.length < 2) continue;
    // a ragged list (实拨单位资金预算指标20.58亿元，已用指标20.36亿元 after pieces of three) is no list of columns: a level of
    // the totals' units left over in the last piece's period leaves the list to the other readings
    const last = pieces[pieces.length - 1]!;
    const next = after[pieces.length * k];
    if (!sibling && next && next.period === last[0]!.period && totals.some((t) => compatible(t.unit, next.unit))) continue;
    // (a piece counted alone, 我区单独签约项目94个，签约资金…，引进优强企业16家: every column of it is)
    const alone = pieces.some((p) => p.some((f) => COUNTED_ALONE.test(f.key)));
    totals.forEach((total, j) => out.push({ total, parts: pieces.map((p) => p[j]!), alone }));
  }
  return out;
}

/** Words between two levels of a piece that name the next column: two Chinese characters at least (not just 户、). */
function namesAColumn(words: string): boolean {
  return (words.match(/[\u4e00-\u9fff]/g) ?? []).length >= 2;
}

/** The words between the levels of a piece of columns: 个，采购计划金额共计|万元，实际采购金额共计. */
function piecesWords(draft: Draft, chunk: readonly Figure[]): string[] {
  return chunk.slice(1).map((f, j) => textBetween(draft, chunk[j]!.endOffset, f.offset).replace(/\s/g, ''));
}

/**
 * 采购项目473个，采购计划金额共计97156.16万元，…，其中货物类采购项目231个，采购计划金额共计48962.44万元，…；工程类采购项目94个，
 * 采购计划金额共计30005.94万元，…。服务类采购项目148个，…: a piece that names each of its columns again in the first piece's
 * words (two characters of a name at least between every two levels, not just 户、) is one more piece of the list,
 * past a ； or a 。, unless it is named like the total rather than like the first piece: 城市低保200户、保障人数300人，其中
 * 特困人员50户、保障人数60人；农村低保300户、保障人数400人 goes on with the total's list (农村低保 is 城市低保's sibling).
 */
function echoesFirstPiece(draft: Draft, first: readonly Figure[], chunk: readonly Figure[], total: Figure): boolean {
  const words = piecesWords(draft, first);
  if (words.length === 0 || !words.every(namesAColumn)) return false;
  if (piecesWords(draft, chunk).join('|') !== words.join('|')) return false;
  const name = bareMeasure(chunk[0]!);
  return suffixLength(name, bareMeasure(total)) <= suffixLength(name, bareMeasure(first[0]!));
}

/**
 * 高中助学金10351人次，发放资金1112.05万元，其中春季资助4397人次，资助金额505.6万元，秋季资助5954人次，资助金额606.45万元，高中
 * 免学杂费4711人次，发放资金352.335万元: after pieces that name their columns alike (资助金额), a piece that names them in the
 * totals' words instead (发放资金) is the totals' sibling, a total of its own: the list ends before it, and is no ragged one.
 */
function siblingOfTotals(draft: Draft, totals: readonly Figure[], pieces: readonly Figure[][], chunk: readonly Figure[]): boolean {
  const words = piecesWords(draft, chunk).join('|');
  const own = piecesWords(draft, pieces[0]!);
  return own.every(namesAColumn) && piecesWords(draft, pieces[1]!).join('|') === own.join('|') && words !== own.join('|') && piecesWords(draft, totals).join('|') === words;
}

/**
 * Where a list opened at `at` after 其中 in mid-sentence ends when a ； ends it (at `at` itself when none does, or when the
 * list runs over clauses): what comes after it is known to be no part of it.
 */
function listEnd(draft: Draft, at: number, bySemicolons: boolean): number {
  const m = /[；;。！？]/.exec(draft.prose.slice(at));
  return !bySemicolons && m && /[；;]/.test(m[0]) ? at + m.index : at;
}

/**
 * 办理案件707起，罚没款503.3万元，其中食品案件284起，罚没款140.5万元。其中销售…案件4起…；…案件31起…。其它…案件423起，
 * 罚款362.8万元: totals that are themselves parts after 其中 leave a rest of the whole they belong to, and a later sentence
 * opening with 其它 (其他, 其余) counts that rest (284 + 423 = 707), no piece of the narrower total's list.
 */
function restOfOuterTotal(draft: Draft, opening: string, totals: readonly Figure[]): boolean {
  return /^(?:其它|其他|其余)/.test(opening) && totals.every((t) => /其中/.test(textBetween(draft, t.sentence.offset, t.offset)));
}

/**
 * 其中，保险费收入预算数…，决算数…；财政补贴收入预算数…，决算数…。本年支出预算数654.83亿元，决算数532.49亿元: pieces so far
 * named alike in a column, and like its total (…收入预算数, three characters or more), go on only with a piece of a later
 * sentence named so too; 支出预算数 is the total's sibling, another side of the account, not its part.
 */
function namedOtherwise(pieces: readonly Figure[][], chunk: readonly Figure[], totals: readonly Figure[]): boolean {
  return chunk.some((f, j) => {
    const template = commonSuffix(pieces.map((p) => bareMeasure(p[j]!)));
    return pieces.length >= 2 && template.length >= 3 && bareMeasure(totals[j]!).endsWith(template) && !bareMeasure(f).endsWith(template);
  });
}

/** What a change is against: the year before (同比, 比上年, 较去年同期), the start of the year, the month before. */
function changeBase(head: string): string {
  return /年初|上月|环比|上季|上期|预算/.exec(head)?.[0] ?? 'year';
}

/** The change stated right after a level (增加4.37亿元, 比上年减收1070万元): the first amount of its unit before `until` whose clause ends in a verb of change, with only percentages between. */
function changeOf(par: Paragraph, level: Figure, until: number, figures: readonly Figure[] = par.figures): { figure: Figure; fall: boolean; base: string } | undefined {
  const { draft } = par;
  const at = figures.indexOf(level);
  if (at < 0) return undefined;
  for (let i = at + 1; i < figures.length && figures[i]!.offset < until; i++) {
    const g = figures[i]!;
    if (g.bracket || g.unit.kind === 'percent' || g.unit.kind === 'points') continue;
    // the base of a share or completion (完成年初预算数60999万元的40.4%) is no change
    if (draft.prose.charAt(g.endOffset) === '的') continue;
    if (!compatible(g.unit, level.unit) || !exact(g) || g.approximate || g.range) return undefined;
    const head = headOf(draft, g);
    const verb = DIFFERENCE_HEAD.exec(head)?.[0].replace(/了$/, '');
    if (!verb || verb.length < 2) return undefined;
    return { figure: g, fall: isFall(verb), base: changeBase(head) };
  }
  return undefined;
}

/**
 * 支出227.53亿元，增加19.54亿元。其中：市本级完成44.11亿元，增加4.37亿元；市辖区完成49.5亿元，增加4.71亿元；省直管县
 * 完成133.92亿元，增加10.45亿元: when the parts add up to the total exactly, they are all of it, this year and the
 * year before, so their changes add up to the total's change (a decrease counted negative). Every part and the total
 * must state one, against the same base.
 */
function changesAddUp(par: Paragraph, b: Breakdown): Relation | undefined {
  const levels = judge(sumOf(b.parts), { figure: b.total }, { compare: '=', unit: 'amount' });
  if (!levels?.holds || b.parts.length < 2) return undefined;
  const total = changeOf(par, b.total, b.parts[0]!.offset);
  if (!total) return undefined;
  const parts = b.parts.map((p, i) => changeOf(par, p, Math.min(b.segments[i]!.endOffset, b.parts[i + 1]?.offset ?? Infinity)));
  if (parts.some((c) => !c || c.base !== total.base)) return undefined;
  return changeSum(total, parts as Array<{ figure: Figure; fall: boolean }>, '增减额');
}

/** The changes of a whole's parts against the whole's change, signed as the whole's is: a net decrease of 1070 is −1284 + 2354. */
function changeSum(whole: { figure: Figure; fall: boolean }, changes: ReadonlyArray<{ figure: Figure; fall: boolean }>, marker: string): Relation | undefined {
  const cast = [[whole.figure, 'total'] as const, ...changes.map((c) => [c.figure, 'part'] as const)];
  const reading = judge({ op: '+', args: changes.map((c) => ({ figure: c.figure, negative: c.fall !== whole.fall })) }, { figure: whole.figure }, { compare: '=', unit: 'amount' });
  return relation('sum', whole.figure, cast, [reading], { marker });
}

/** 其中 right after a figure, opening the list of its parts: ，其中，/ ，其中：. */
const QIZHONG_RIGHT_AFTER = /^[，,]\s*其中[，,：:]?/;
/** The name of a changed measure, the whole clause before its verb of change (用水总量 of 用水总量减少). */
const CHANGED_NAME = /^[\u4e00-\u9fff]{2,16}$/;

interface SignedChange {
  figure: Figure;
  fall: boolean;
  name: string;
}

/** A figure stated as a change of a named measure (生活用水量增加4.1亿m³): its name and direction. */
function signedChange(draft: Draft, f: Figure): SignedChange | undefined {
  if (f.bracket || !exact(f) || f.approximate || f.range || f.unit.kind === 'percent' || f.unit.kind === 'points') return undefined;
  const head = headOf(draft, f);
  const verb = DIFFERENCE_HEAD.exec(head)?.[0];
  const name = verb ? head.slice(0, head.length - verb.length) : '';
  if (!verb || verb.replace(/了$/, '').length < 2 || !CHANGED_NAME.test(name)) return undefined;
  return { figure: f, fall: isFall(verb.replace(/了$/, '')), name };
}

/**
 * 与2022年相比，用水总量减少91.7亿m³，其中，生活用水量增加4.1亿m³，工业用水量增加1.8亿m³，农业用水量减少108.9亿m³，人工
 * 生态环境补水量增加11.3亿m³: the change of a total broken down after 其中 into the changes of its parts, each stating its
 * direction: a signed sum (−91.7 = +4.1 + 1.8 − 108.9 + 11.3), not a remainder, and a part may exceed the total's change.
 * Taken when the parts go both ways (what 其中 would read as parts no larger than the total), or when they are all of
 * the total (`levelsAddUp`): then checked exactly; else left unchecked.
 */
function signedChangeLists(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: SignedChange; parts: SignedChange[]; complete: boolean }> {
  const { draft, figures } = par;
  const out: Array<{ total: SignedChange; parts: SignedChange[]; complete: boolean }> = [];
  for (const f of figures) {
    if (used.has(f) || !QIZHONG_RIGHT_AFTER.test(draft.prose.slice(f.endOffset, f.endOffset + 6))) continue;
    const total = signedChange(draft, f);
    if (!total) continue;
    // the parts: the changes of the total's unit after it in its period, each in its own clause, up to the first that is not one
    const parts: SignedChange[] = [];
    for (const g of figures.filter((g) => g.offset > f.offset && g.period === f.period)) {
      const part = compatible(g.unit, f.unit) && !used.has(g) ? signedChange(draft, g) : undefined;
      if (!part || parts.some((p) => p.figure.clause.offset === g.clause.offset)) break;
      parts.push(part);
    }
    if (parts.length < 2) continue;
    const complete = levelsAddUp(par, total, parts);
    if (complete || parts.some((p) => p.fall !== total.fall)) out.push({ total, parts, complete });
  }
  return out;
}

/**
 * 全国用水总量为5906.5亿m³。其中，生活用水为909.8亿m³，…人工生态环境补水为354.1亿m³ before 用水总量减少91.7亿m³，其中，生活
 * 用水量增加4.1亿m³…: the levels of the parts (the last stated before of each name, one each) add up exactly to the
 * level of the total: the parts are all of it, so their changes are all of its change.
 */
function levelsAddUp(par: Paragraph, total: SignedChange, parts: readonly SignedChange[]): boolean {
  // latest first: the last level stated of each name
  const pool = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < total.figure.offset)]
    .filter((f) => !f.relational && !f.bracket && exact(f) && compatible(f.unit, total.figure.unit))
    .reverse();
  const levelOf = (name: string): Figure | undefined => pool.find((f) => sameThing(name, f));
  const whole = levelOf(total.name);
  const levels = parts.map((p) => levelOf(p.name));
  if (!whole || levels.some((l) => !l || l === whole) || new Set(levels).size !== levels.length) return false;
  return !!judge(sumOf(levels as Figure[]), { figure: whole }, { compare: '=', unit: 'amount' })?.holds;
}

/** A part done so far (已完成3件, 结案18起, 已开工6个, 完成规范治理7所): its clause names the doing. */
const DONE_PART = /已|完成|办结|结案|开工|竣工|建成|解决|整改/;

/**
 * 20件民生大事，已完成3件，其余17件按进度推进中 / 立案31起，结案18起，剩余13起: a total no word marks as one (共, 合计),
 * split by one part done and the rest. The rest says the two parts are all of something; it is the figure before
 * them only when that figure is the first of its kind in the sentence, names no doing itself (a sibling done part:
 * 新建5所，完成3所，其余2所 is read by no one), and the part between is a doing of it.
 */
function doneThenRest(par: Paragraph, total: Figure, parts: readonly Figure[]): boolean {
  const { draft } = par;
  if (parts.length !== 2) return false;
  const totalHead = simplified(headOf(draft, total));
  if (DONE_PART.test(totalHead) || NOT_DONE_WORD.test(totalHead)) return false;
  if (!DONE_PART.test(simplified(headOf(draft, parts[0]!)))) return false;
  const earlier = sentenceOf(par, total).filter((f) => f.offset < total.offset && compatible(f.unit, total.unit) && !f.bracket);
  return earlier.length === 0;
}

/** How many figures back the part done and the total of a part not yet done are looked for. */
const DONE_REACH = 16;

/** A pattern that matches nothing: no part cuts across the others. */
const NOTHING = /(?!)/;

/** 未结案, 尚未整改, 正在办理, 办理中: what is not yet done; its verb's first character (结, 整, 办). */
function notDoneVerb(draft: Draft, f: Figure): string | undefined {
  // (pages in 繁體 write 在辦, 辦結: read as 在办, 办结)
  const head = simplified(headOf(draft, f)).replace(/未来|未成年|未满|未婚/g, '');
  const m = /(?:尚未|未|正在|仍在)([\u4e00-\u9fff])/.exec(head);
  // the words of not doing name this figure: nothing but a name after them (未整改资金, 尚有各类未结案)
  if (m && /^[\u4e00-\u9fff]*$/.test(head.slice(m.index + m[0].length))) return m[1];
  // (在办659宗 after 办结2477宗; 不合格的556批次 after 合格的29598批次, 不起诉66人 after 提起公诉193人: the outcome denied)
  if (/^在办[\u4e00-\u9fff]{0,4}$/.test(head)) return '办';
  const denied = NOT_OUTCOME.exec(head);
  if (denied && /^[\u4e00-\u9fff]{0,4}$/.test(head.slice(denied.index + denied[0].length))) return denied[1]!.charAt(0);
  return /(?:办理|处理|审理|建设|实施|推进|核查|调查)中$/.exec(head)?.[0].charAt(0);
}

/** An outcome denied: 不合格, 不达标, 不起诉, 不批准逮捕 (the outcome in group 1; 不予立案 is a review's, proposalsReviewed). */
const NOT_OUTCOME = /不(?:予)?(合格|达标|起诉|批准逮捕)/;
const NOT_DONE_WORD = new RegExp(`未|正在|仍在|在办|[理设施进查]中$|${NOT_OUTCOME.source}`);
/** What is due or given to do, naming the verb of what is done with it: 需整改问题, 应办事项, 交办事项, 待办. */
const DUE_VERB = (verb: string): RegExp => new RegExp(`(?:需要?|应|待|交)${verb}`, 'g');

/** The words of a running total: 累计. */
const CUMULATIVE = /累计/;

/**
 * A count written right against another count of another unit, nothing between (5618户22770人, 审结40件54人): one
 * thing counted two ways, households and people, cases and persons.
 */
function pairedCount(figures: readonly Figure[], f: Figure): boolean {
  const i = figures.indexOf(f);
  const abuts = (a: Figure | undefined, b: Figure | undefined): boolean => !!a && !!b && a.endOffset === b.offset && a.unit.kind === 'count' && b.unit.kind === 'count' && !compatible(a.unit, b.unit);
  return abuts(figures[i - 1], f) || abuts(f, figures[i + 1]);
}

/**
 * 共受理各类案件9471件，…；审执结各类案件7018件，…；尚有各类未结案2453件 / 共计50项，已整改40项，正在整改10项: a
 * figure of what is not yet done (未V, 正在V, V中), the figure of its kind just before it done with the same verb, and
 * the one before that the total they split. Taken only when the total is the one figure of its kind from the start
 * of its sentence up to the part done (新收800件，旧存200件，结案900件 names no one total), nothing between them
 * narrows it (其中), the total is no part done itself (按期办结900件，超期办结80件，未办结20件), and no third part
 * follows.
 */
function doneAndNotDone(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  // (已经消除风险1722户3795人（其中…）: a part that is the total of the bracket glossing it is still free to be a part)
  const taken = (f: Figure): boolean => usedParts.has(f) || (used.has(f) && !glossedByBracket(draft, figures, f));
  // (尚未消除风险442户1054人: the second figure of a pair is named by the words before the first)
  const named = (f: Figure): Figure => {
    const before = figures[figures.indexOf(f) - 1];
    return before && !before.bracket && !compatible(before.unit, f.unit) && textBetween(draft, before.endOffset, f.offset).trim() === '' ? before : f;
  };
  const levelOf = (f: Figure): boolean => PART_FIGURE(f) && !NOT_A_TOTAL.test(f.measure);
  for (let u = 0; u < figures.length; u++) {
    const open = figures[u]!;
    if (!levelOf(open) || taken(open)) continue;
    const verb = notDoneVerb(draft, named(open));
    if (!verb) continue;
    const kind = (f: Figure): boolean => levelOf(f) && compatible(f.unit, open.unit);
    // bounded look-backs: the parts and total stand within a few figures of each other
    const stop = Math.max(-1, u - DONE_REACH);
    let d = u - 1;
    while (d > stop && !(kind(figures[d]!) || (compatible(figures[d]!.unit, open.unit) && !figures[d]!.bracket))) d--;
    const done = figures[d];
    if (!done || !kind(done) || taken(done)) continue;
    const doneHead = simplified(headOf(draft, named(done)));
    // (完成385项 before 正在办理20项: done, of what is being done)
    if (!(doneHead.includes(verb) || (verb === '办' && /完成|办结/.test(doneHead))) || NOT_DONE_WORD.test(doneHead)) continue;
    let t = d - 1;
    while (t > stop && !(kind(figures[t]!) || (compatible(figures[t]!.unit, open.unit) && !figures[t]!.bracket))) t--;
    const total = figures[t];
    if (!total || !kind(total) || used.has(total)) continue;
    // (a figure well smaller than the part done, 合并5件 before 立案112件, is no total of it: a slip is less)
    if (known(total) && known(done) && total.normalized * OVER < done.normalized) continue;
    const totalHead = simplified(headOf(draft, named(total)));
    // (the total may name the verb as what is due, 需整改问题515个, or as what was taken in hand, 办理群众投诉件156件 before
    // 已办结153件: not as one of the parts done)
    const owed = totalHead.replace(DUE_VERB(verb), '').replace(verb === '办' && /办结|完成/.test(doneHead) ? /办理(?!完成|结)/g : /(?!)/, '');
    if (owed.includes(verb) || NOT_DONE_WORD.test(totalHead) || PREVIOUS_PERIOD.test(totalHead)) continue;
    // the total in the part done's sentence or the one before; the part not done in the same or the next
    if (done.period !== total.period && done.period !== nextPeriod(par, total.period)) continue;
    if (open.period !== done.period && open.period !== nextPeriod(par, done.period)) continue;
    if (/其中/.test(textBetween(draft, total.endOffset, done.offset))) continue;
    // 公益性岗位在岗11.5万人。截至9月底，累计就业…127174人，…未就业…29540人: parts counted as running totals (累计) in a
    // sentence after a total that is not one (a stock, 在岗) count something else
    if (done.period !== total.period && CUMULATIVE.test(doneHead + headOf(draft, open)) && !CUMULATIVE.test(totalHead)) continue;
    // the one figure of its kind from the start of its sentence
    if (figures.some((f) => f.period === total.period && f.offset < total.offset && compatible(f.unit, open.unit) && !f.bracket && !f.relational)) continue;
    // no third part after the part not done, in its sentence
    // (a clause that opens another statement, 新发现隐患问题3个, 另有…, is no third part)
    const another = (f: Figure): boolean => /^\s*(?:新发现|另有|另外|此外|同时)/.test(textBetween(draft, f.clause.offset, f.offset));
    if (figures.some((f) => f.offset > open.offset && f.period === open.period && compatible(f.unit, open.unit) && !f.bracket && !f.relational && !another(f))) continue;
    out.push({ total, parts: [done, open] });
  }
  return out;
}

/**
 * A figure a bracket right after it glosses, alone or as one of a pair written back to back (1722户3795人（其中脱贫不稳定户
 * 473户1036人、…）): the figure is the total of that bracket's breakdown.
 */
function glossedByBracket(draft: Draft, figures: readonly Figure[], f: Figure): boolean {
  let i = figures.indexOf(f);
  if (i < 0 || f.bracket) return false;
  for (let k = 1; k < MAX_PAIRED && figures[i + 1] && !figures[i + 1]!.bracket && textBetween(draft, figures[i]!.endOffset, figures[i + 1]!.offset).trim() === ''; k++) i++;
  const bracket = figures[i + 1]?.bracket;
  return bracket !== undefined && glossesBefore(draft, figures[i]!, bracket);
}

/** The offset of the period (sentence up to 。！？) after the one at `period`, if the paragraph has figures in it. */
function nextPeriod(par: Paragraph, period: number): number | undefined {
  let next: number | undefined;
  for (const p of par.periods.keys()) if (p > period && (next === undefined || p < next)) next = p;
  return next;
}

/** What a court received, all of it: 受理各类案件, 共受理执行案件, 收案. */
const CASES_RECEIVED = /(?:受理|收)[\u4e00-\u9fff]{0,8}案件?$|受理$/;

/** 社会消费品零售总额, all of a place's retail sales (not 限额以上 ones). */
const RETAIL_TOTAL = /^(?:全[县市区省州旗])?社会消费品零售总额$/;

/**
 * Partitions complete by their domain: every part named, in order, and no other. `stem` is the name a part has
 * without its partition word (男性人口 is 人口); `whole` the names its whole may have when not the stem's.
 */
const DOMAIN_PARTITIONS: ReadonlyArray<{ words: readonly string[]; whole?: RegExp; bare?: true; stem?: RegExp; closed?: true; stemWhole?: RegExp }> = [
  // retail sales by where and by what they are sold: 城镇消费品零售额 + 乡村消费品零售额, 商品零售 + 餐饮收入 = 社会消费品零售总额
  { words: ['城镇', '乡村'], stem: /零售额$/, whole: RETAIL_TOTAL },
  { words: ['商品零售', '餐饮收入'], stem: /^额?$/, whole: RETAIL_TOTAL },
  { words: ['餐饮收入', '商品零售'], stem: /^额?$/, whole: RETAIL_TOTAL },
  { words: ['城镇', '乡村'] },
  { words: ['城镇', '农村'] },
  { words: ['城市', '农村'] },
  { words: ['男', '女'] },
  // people by household, as a census counts them: everyone lives in a family household or a collective one
  { words: ['家庭户', '集体户'], stem: /^人口$/ },
  { words: ['家庭戶', '集體戶'], stem: /^人口$/ },
  // (the value added of a part of the economy, 民营经济增加值, by industry: its whole is named by the stem, 实现民营经济增加值)
  { words: ['第一产业', '第二产业', '第三产业'], whole: /(?:生产总值|GDP|地区生产总值)(?:（GDP）)?(?:总量)?$/, stemWhole: /^[\u4e00-\u9fff]{2,}增加值$/ },
  { words: ['一产', '二产', '三产'], whole: /(?:生产总值|GDP)(?:（GDP）)?$/ },
  { words: ['税收', '非税'] },
  // a court's cases: those received are those left over from before and those newly filed (收案 = 旧存 + 新收)
  { words: ['旧存', '新收'], whole: CASES_RECEIVED },
  { words: ['新收', '旧存'], whole: CASES_RECEIVED },
  // hospitals by ownership: every hospital is public or private (公立医院诊疗 + 民营医院诊疗 = 医院诊疗); the whole is
  // named by the stem alone
  { words: ['公立', '民营'], bare: true },
  // projects new and continuing: all the projects of a list, when no other kind (前期, 竣工) is counted beside them
  { words: ['新建', '续建'], closed: true },
  { words: ['续建', '新建'], closed: true },
];
/** The first words of the partitions of people by household (家庭户 and 集体户, in either script). */
const HOUSEHOLD_WORDS = new Set(['家庭户', '家庭戶']);
/** Words between a partition word and the stem: 男性人口, 城镇属性人口, 第一产业实现增加值, 城镇常住居民. */
const STEM_LINK = /^(?:性|属性|的|实现|完成|共|为|总)+/;
const FIGURE_PREFIX = /^(?:[—-]+|其中[，,：:]?|在?[^，,。；;]{1,12}?人口中[，,]?|在[^，,。；;]{1,12}中[，,]?|全县|全市|全区|全省|年末|全年|累计|入库|完成|实现|地方级)+/;

function partitionLabel(f: Figure, first = false, only?: number): { word: string; set: number; stem: string } | undefined {
  const name = measureNameOf(f).replace(FIGURE_PREFIX, '');
  for (let set = 0; set < DOMAIN_PARTITIONS.length; set++) {
    if (only !== undefined && set !== only) continue;
    // the first part of a run names its set by the set's first word (新收 opens 新收、旧存, not 旧存、新收)
    for (const word of first ? DOMAIN_PARTITIONS[set]!.words.slice(0, 1) : DOMAIN_PARTITIONS[set]!.words) {
      if (!name.startsWith(word)) continue;
      const stem = name.slice(word.length).replace(STEM_LINK, '');
      if (DOMAIN_PARTITIONS[set]!.stem && !DOMAIN_PARTITIONS[set]!.stem!.test(stem)) continue;
      // 税收 and 非税 are both revenue (收入); 男 with no stem (男8470人) names no measure
      // 其中，男性8470人，女性7626人: no stem, the whole is the figure just before
      if (stem.length >= 2 || stem === '' || DOMAIN_PARTITIONS[set]!.whole) return { word, set, stem };
    }
  }
  return undefined;
}

function measureNameOf(f: Figure): string {
  return bareMeasure(f).replace(/\s/g, '');
}

const PART_FIGURE = (f: Figure): boolean =>
  exact(f) && !f.relational && !f.bracket && !f.approximate && !f.range && f.unit.kind !== 'percent' && f.unit.kind !== 'points' && f.unit.kind !== 'times' && f.unit.kind !== 'permille';

interface PartitionRun {
  parts: Figure[];
  words: readonly string[];
  whole?: RegExp;
  /** Whether a whole named by the stem alone is one (医院诊疗 for 公立医院诊疗). */
  bare?: true;
  /** Whether the parts are all of the whole only when nothing else of the stem is counted beside them (新建, 续建). */
  closed?: true;
  /** A stem that names a whole of its own (民营经济增加值), besides the names in `whole`. */
  stemWhole?: RegExp;
  label: { stem: string };
}

/** The parts of a domain partition starting at figures[i], in the partition's order; changes and shares between them are skipped, any other level ends the run. */
function domainRun(figures: readonly Figure[], i: number): PartitionRun | undefined {
  const first = figures[i]!;
  // every set the first part opens (城镇 opens 城镇、乡村 and 城镇、农村): the one whose other parts follow
  for (let set = 0; set < DOMAIN_PARTITIONS.length; set++) {
    const label = partitionLabel(first, true, set);
    if (!label) continue;
    const { words, whole, bare, closed, stemWhole } = DOMAIN_PARTITIONS[set]!;
    const parts = [first];
    for (let j = i + 1; j < figures.length && parts.length < words.length; j++) {
      const f = figures[j]!;
      if (!PART_FIGURE(f) || !compatible(f.unit, first.unit)) continue;
      const l = partitionLabel(f, false, set);
      if (!l || l.word !== words[parts.length] || l.stem !== label.stem) break;
      parts.push(f);
    }
    if (parts.length === words.length) return { parts, words, whole, bare, closed, stemWhole, label };
  }
  return undefined;
}

/** An age band: 0-17岁人口, 15至59周岁人口, 18岁以下人口, 60岁及以上人口: its bounds and the measure after it. */
function ageBand(f: Figure): { from: number; to: number; stem: string; text: string } | undefined {
  const name = measureNameOf(f).replace(FIGURE_PREFIX, '');
  const m = /^(\d+)(?:(?:-|—|~|～|至|到)(\d+)|)(?:周|週)?[岁歲](及以下|以下|及以上|以上|)(.*)$/.exec(name);
  if (!m) return undefined;
  const a = Number(m[1]);
  const stem = m[4]!.replace(STEM_LINK, '');
  if (stem.length < 2) return undefined;
  const text = name.slice(0, name.length - m[4]!.length);
  const bounds = ageBounds(a, m[2] === undefined ? undefined : Number(m[2]), m[3]!);
  return bounds && { from: bounds.lo, to: bounds.hi, stem, text };
}

/** Age bands from 0 (or 以下) up to 及以上, each starting where the one before ends, of one measure: all of it. */
function ageRun(figures: readonly Figure[], i: number): PartitionRun | undefined {
  const first = figures[i]!;
  const band = ageBand(first);
  if (!band || band.from !== 0) return undefined;
  const parts = [first];
  const words = [band.text];
  let to = band.to;
  for (let j = i + 1; j < figures.length && to !== Infinity; j++) {
    const f = figures[j]!;
    if (!PART_FIGURE(f) || !compatible(f.unit, first.unit)) continue;
    const b = ageBand(f);
    if (!b || b.from !== to || b.stem !== band.stem) return undefined;
    parts.push(f);
    words.push(b.text);
    to = b.to;
  }
  return to === Infinity && parts.length >= 3 ? { parts, words, label: { stem: band.stem } } : undefined;
}

/** How many figures before a partition are looked at for its whole. */
const WHOLE_REACH = 8;

/** What may stand before the name of a whole: a scope or a time (全省, 年末), 总, nothing. */
const BEFORE_WHOLE_NAME = /(?:^|[全省市县区州国旗盟末年总共的])$/;

/**
 * The whole a sentence opens with, before 中 and before any figure: 2023年末全省常住人口中，… / 全州人口中， /
 * 全省常住人口中共有家庭户…. Undefined when the sentence has a figure of the part's unit before the part.
 */
function amongWhole(draft: Draft, first: Figure, before: readonly Figure[]): string | undefined {
  if (before.some((f) => f.sentence.offset === first.sentence.offset && compatible(f.unit, first.unit))) return undefined;
  const m = /^(?:[^0-9０-９]|(?:19|20)[0-9]{2}年)*?([\u4e00-\u9fff]{2,20}?)中(?:[，,：:]|共有)/.exec(textBetween(draft, first.sentence.offset, first.offset));
  return m?.[1];
}

/**
 * Whether a figure's measure is the whole the words before 中 name: the two end alike (人口, 常住人口), by the stem at
 * least, and before that only a scope or a time stands in each (全州人口 names 全州总人口（常住人口）; 户籍人口 is not
 * 常住人口, nor is 60岁及以上人口 全州人口).
 */
function namesWhole(measure: string, among: string, stem: string): boolean {
  // (a bracket at the end is a gloss: 全州总人口（常住人口）)
  const name = measure.replace(/[（(][^（()）]*[）)]$/, '');
  const n = suffixLength(name, among);
  if (n < 2 || n < stem.length) return false;
  // (黑龙江省人口 names 全省人口: the common end may take in the scope's 省, which a shorter end leaves to each)
  for (let k = n; k >= Math.max(2, stem.length); k--) if (BEFORE_WHOLE_NAME.test(name.slice(0, name.length - k)) && BEFORE_WHOLE_NAME.test(among.slice(0, among.length - k))) return true;
  return false;
}

/**
 * 全省共有女党员151.69万名，占党员总数的28.1%；…少数民族党员2.94万名，占0.5%。全省共有35岁及以下党员131.51万名…: a
 * figure stated with its share (占…%) beside others of the stem stated so is one of several parts of one whole, each
 * a share of it; a partition in a later sentence (by age) cuts that same whole again, not the part before it (a
 * partition of the part would say so: 少数民族党员中，…).
 */
function oneOfSharedParts(draft: Draft, figures: readonly Figure[], t: Figure, first: Figure, stem: string): boolean {
  const shared = (f: Figure): boolean => PART_SHARE_AFTER.test(textBetween(draft, f.endOffset, Math.min(f.para.endOffset, f.endOffset + 40)));
  if (t.period === first.period || !shared(t)) return false;
  return figures.some((g) => g !== t && g.period === t.period && PART_FIGURE(g) && compatible(g.unit, t.unit) && measureNameOf(g).endsWith(stem) && shared(g));
}

function partitionSums(par: Paragraph, built: readonly Relation[]): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  const taken = new Set<Figure>();
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!;
    if (taken.has(first) || !PART_FIGURE(first)) continue;
    const run = domainRun(figures, i) ?? ageRun(figures, i);
    if (!run) continue;
    const { parts, words, whole, label } = run;
    if (parts.some((p) => NOT_A_TOTAL.test(p.measure))) continue;
    // a list after 其中 or 分别为 of just these parts has its relation already; a longer one (其中，城镇人口…，乡村人口…；
    // 男性人口…，女性人口…) may leave a remainder, which the partition does not
    // male and female after 其中 or 从性别看 are checked only as no part over the total (they may cut across other
    // parts): that check holding says nothing of their sum, which the partition makes exact
    if (built.some((r) => r.kind === 'sum' && !(r.holds && parts.some((p) => CROSS_CUTTING.test(p.measure))) && r.figures.length === parts.length + 1 && parts.every((p) => r.figures.includes(p))))
      continue;
    // the whole: an earlier level of the stem's measure (常住人口 for 人口), not a previous year's
    const candidates: Figure[] = [];
    const among = amongWhole(draft, first, figures.slice(0, i));
    // parts named by their partition word alone (男性, 女性) stand right after 其中 and their whole
    if (label.stem === '' && !whole && !among) {
      const before = figures.slice(0, i).filter((t) => PART_FIGURE(t) && compatible(t.unit, first.unit));
      const t = before[before.length - 1];
      // 其中男性… or 其中，男性… / 其中：男性… (其中 then closes a clause of its own)
      const head = headOf(draft, first);
      const opened = /^其中/.test(head) || (t !== undefined && /其中[：:，,]\s*$/.test(textBetween(draft, Math.max(t.endOffset, first.clause.offset - 4), first.clause.offset)));
      if (!t || !opened || partitionLabel(t) || NOT_A_TOTAL.test(t.measure) || figures.slice(figures.indexOf(t) + 1, i).some((f) => f.unit.kind === first.unit.kind && !f.relational)) continue;
    }
    const wholeOf = (t: Figure): boolean | 'stop' => {
      if (!PART_FIGURE(t) || !compatible(t.unit, first.unit)) return false;
      const name = measureNameOf(t);
      if (NOT_A_TOTAL.test(name) || PREVIOUS_PERIOD.test(headOf(draft, t))) return false;
      // a part of some partition (乡村人口) is not taken for another's whole
      if (partitionLabel(t)) return false;
      if (oneOfSharedParts(draft, figures, t, first, label.stem)) return false;
      // 限额以上单位中，城镇消费品零售额…: the retail sales of a narrower scope than the whole
      if (whole === RETAIL_TOTAL && /限额以上|限上|限额以下|限下|中[，,：:]/.test(textBetween(draft, t.endOffset, first.offset))) return false;
      // (民营经济增加值 is the whole of 第一产业实现民营经济增加值 and the rest: the stem itself, no industry named)
      const byStem = run.stemWhole?.test(label.stem) && name.endsWith(label.stem) && !/产业|产/.test(name);
      if (byStem) return true;
      if (whole ? !whole.test(name) : !(name.endsWith(label.stem) && (name !== label.stem || run.bare) && !words.some((w) => name.includes(w)))) return label.stem === '' ? 'stop' : false;
      return true;
    };
    // (parts named by their word alone after the words naming their whole: the whole is the one those words name)
    const bareAmong = label.stem === '' && !whole && among !== undefined;
    for (let j = i - 1; j >= 0 && !bareAmong && candidates.length < (label.stem === '' && !whole ? 1 : WHOLE_REACH); j--) {
      const w = wholeOf(figures[j]!);
      if (w === 'stop') break;
      if (w) candidates.push(figures[j]!);
    }
    // 医院诊疗208.91万人次，…。⏎公立医院诊疗167.31万人次，…；民营医院诊疗41.60万人次: a paragraph opening with the parts
    // of a whole stated in the paragraph just before (looked up only then, and only that paragraph)
    // (one whole there only: 税务部门组织地方收入…；财政部门组织地方收入… are two, and neither is all of 税收收入 and 非税收入)
    if (candidates.length === 0 && label.stem !== '' && !figures.slice(0, i).some((f) => PART_FIGURE(f) && compatible(f.unit, first.unit))) {
      const earlier = par.lookups.earlier();
      // the paragraph right before this one, with nothing but blank lines between
      const end = earlier[earlier.length - 1];
      // (or a heading of a few words and no figure between: 二、户别人口, （二）户别人口。, as a census bulletin heads its sections,
      // when the parts' sentence does not name its whole: 常住人口中，男性… is looked up by that name below)
      const between = end ? draft.prose.slice(end.para.endOffset, first.para.offset).trim() : '';
      const last = end && end.para.endOffset <= first.para.offset && (between === '' || (!among && CENSUS_HEADING.test(between))) ? end : undefined;
      for (let j = earlier.length - 1; last && j >= 0 && earlier[j]!.para.offset === last.para.offset && candidates.length < WHOLE_REACH; j--)
        if (wholeOf(earlier[j]!) === true) candidates.push(earlier[j]!);
      if (candidates.length > 1) candidates.length = 0;
    }
    // 2023年末全省常住人口中，男性为3459万人，…女性为3168万人 under a heading of its own (三、性别构成): a sentence that
    // opens naming the whole (…中) before any figure has its whole in an earlier paragraph, the nearest named so
    if (candidates.length === 0 && among) {
      const pool = [...par.lookups.earlier(), ...figures.slice(0, i)];
      for (let j = pool.length - 1; j >= 0; j--) {
        const t = pool[j]!;
        if (!PART_FIGURE(t) || !compatible(t.unit, first.unit) || parts.includes(t)) continue;
        if (NOT_A_TOTAL.test(t.measure) || EARLIER_TIME.test(headOf(draft, t)) || partitionLabel(t) || ageBand(t)) continue;
        if (whole && !whole.test(measureNameOf(t))) continue;
        if (!namesWhole(measureNameOf(t), among, label.stem)) continue;
        candidates.push(t);
        break;
      }
    }
    // 全县常住人口为299696人。…（sections later）全县共有家庭户97837户，…家庭户人口为284788人，集体户人口为14908人: a
    // census counts everyone it counts (常住人口) in a family household or a collective one, so the people of the two kinds
    // of household of a scope (全县, 全市) are all of the resident population stated earlier for that scope, the nearest
    // (not of an earlier census: 同2010年…的284063人)
    if (candidates.length === 0 && !among && HOUSEHOLD_WORDS.has(words[0]!)) {
      const scope = /^[\s“”"]*(全[县市区省州旗盟縣區])/.exec(textBetween(draft, first.sentence.offset, first.offset))?.[1];
      const pool = scope ? [...par.lookups.earlier(), ...figures.slice(0, i)] : [];
      for (let j = pool.length - 1; j >= 0; j--) {
        const t = pool[j]!;
        if (!PART_FIGURE(t) || !compatible(t.unit, first.unit) || t.bracket || t.relational) continue;
        if (EARLIER_TIME.test(headOf(draft, t)) || PREVIOUS_PERIOD.test(headOf(draft, t))) continue;
        const words = textBetween(draft, t.sentence.offset, t.offset).replace(/\[[0-9]+\]|\s/g, '');
        if (!new RegExp(`^${scope}常住人口(?:共|为|為|是)?$`).test(words)) continue;
        candidates.push(t);
        break;
      }
    }
    // 重点项目40项，新建项目22项，续建项目12项，前期项目6项: another kind counted from the whole to the end of the parts'
    // sentence leaves the two short of it
    if (run.closed) {
      const end = periodEnd(draft, parts[parts.length - 1]!);
      // (kinds of another cut listed after the whole in a sentence of their own, before the parts' sentence, are
      // its breakdown by another word: 开工项目295个，其中工业项目58个，…旅游项目18个；…。在已实施的项目中，新建项目91个…)
      const from = parts[0]!.sentence.offset;
      const beside = (t: Figure): boolean =>
        figures.some(
          (g) =>
            !parts.includes(g) &&
            g !== t &&
            g.offset > t.offset &&
            g.offset < end &&
            g.sentence.offset >= from &&
            PART_FIGURE(g) &&
            compatible(g.unit, first.unit) &&
            measureNameOf(g).endsWith(label.stem),
        );
      for (let k = candidates.length - 1; k >= 0; k--) if (beside(candidates[k]!)) candidates.splice(k, 1);
    }
    // (a kind listed after 其中 is a part of the whole before it, not the whole of another cut: 开工项目295个，其中工业项目58个，
    // …旅游项目18个 — when the new and the continued projects after it do not add up, the message names the 295)
    // (one narrower whole named after 其中 is still a whole: 户籍总人口171.5万人，其中，谯城区户籍总人口为159.4万人，城镇人口…)
    const afterQiZhong = (t: Figure): boolean => /其中/.test(textBetween(draft, t.sentence.offset, t.offset));
    const listed = (t: Figure): boolean => candidates.filter((c) => c.sentence.offset === t.sentence.offset && afterQiZhong(c)).length >= 2;
    const kinds = candidates.filter((t) => afterQiZhong(t) && listed(t) && candidates.some((c) => c.sentence.offset === t.sentence.offset && c.offset < t.offset && !afterQiZhong(c)));
    for (const t of kinds) candidates.splice(candidates.indexOf(t), 1);
    if (candidates.length === 0) continue;
    const alternatives = candidates.map((total) => ({
      cast: [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)],
      reading: judge(sumOf(parts), { figure: total }, { compare: '=', unit: 'amount' }),
    }));
    // any whole that the parts add up to is theirs; when none, the nearest is the one they are written after
    const holding = alternatives.filter((a) => a.reading?.holds);
    // 财政收入 holds the centre's share too (上划中央收入): 税收 and 非税 that are not all of it need not be
    if (holding.length === 0 && words[0] === '税收' && BEYOND_BUDGET_REVENUE.test(measureNameOf(candidates[0]!))) continue;
    if (holding.length === 0 && listGoesOnToWhole(figures, parts, label.stem, candidates[0]!)) continue;
    const r = relationAmong('sum', candidates[0]!, holding.length > 0 ? holding : alternatives.slice(0, 1), { marker: `${words.join('、')}构成完整分类，` });
    if (!r) continue;
    const total = withRole(r, 'total')!;
    r.anchor = total;
    out.push({ relation: r, total, parts });
    parts.forEach((p) => taken.add(p));
  }
  return out;
}

/**
 * 一般公共预算收入累计实现7,598万元。其中：税收收入1,249万元…，非税收入181万元…，上级补助收入6,168万元: a partition
 * listed on, in its sentence, with more kinds of its measure (收入) that with it add up exactly to the whole is not all of
 * that whole in the writer's usage (a town counts the transfers from above in its revenue); the longer list is the sum
 * the text states. Kinds in brackets are the parts' own breakdowns and are passed over.
 */
function listGoesOnToWhole(figures: readonly Figure[], parts: readonly Figure[], stem: string, whole: Figure): boolean {
  if (stem.length < 2) return false;
  const last = parts[parts.length - 1]!;
  const more: Figure[] = [];
  for (const f of figures) {
    if (f.offset <= last.offset || f.sentence.offset !== last.sentence.offset || !PART_FIGURE(f) || !compatible(f.unit, last.unit)) continue;
    if (!measureNameOf(f).endsWith(stem) || partitionLabel(f)) break;
    more.push(f);
  }
  return more.length > 0 && judge(sumOf([...parts, ...more]), { figure: whole }, { compare: '=', unit: 'amount' })?.holds === true;
}

/** A heading of a few words between a whole's paragraph and its parts': 二、户别人口, （二）户别人口。, • 户别人口. */
const CENSUS_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[•·])\s*[\u4e00-\u9fff]{2,10}[。.]?$/;

/** 集体提案, 各民主党派…集体提案: the proposals of bodies (parties, people's organisations, committees). */
const COLLECTIVE_PROPOSALS = /集体提案$/;
/** 委员提案, 委员个人或联名提案, 委员个人和委员联名提案: the proposals of members, alone or jointly. */
const MEMBER_PROPOSALS = /^委员(?:(?:个人)?(?:或|和|及)?(?:委员)?(?:联名)?)?提案$/;
/** What a whole of proposals is named by: 立案, 收到提案, 并案处理后为 …; not what was not filed (未立案, 不予立案, 转为意见). */
const PROPOSALS_WHOLE = /立案|提案|并案/;
const NOT_PROPOSALS_WHOLE = /未|不予|转为|作为|集体|委员|个人|联名|涉及|方面|关于/;

/**
 * 经审查立案470件。…委员提案371件，占78.94%；集体提案99件，占21.06%: under the rules of the CPPCC a proposal is made by
 * members (alone or jointly) or by a body (a party, a people's organisation, a committee), so the two together are all
 * the proposals of the whole they are counted in. The two must be the only proposals counted by author in their
 * sentence; the whole is an earlier count in 件 of the paragraph named by 立案, 提案 or 并案 (any of the nearest few
 * that they add up to; when none, the nearest).
 */
function proposalAuthors(par: Paragraph, usedParts: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  const author = (f: Figure): 'body' | 'member' | undefined => {
    if (!PART_FIGURE(f) || f.unit.base !== '件') return undefined;
    const name = measureNameOf(f);
    return COLLECTIVE_PROPOSALS.test(name) ? 'body' : MEMBER_PROPOSALS.test(name) ? 'member' : undefined;
  };
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const kind = author(a);
    if (!kind) continue;
    // the other author, the next count in 件 of the sentence
    let j = i + 1;
    while (j < figures.length && !(PART_FIGURE(figures[j]!) && figures[j]!.unit.base === '件')) j++;
    const b = figures[j];
    if (!b || b.period !== a.period) continue;
    const other = author(b);
    if (!other || other === kind || usedParts.has(a) || usedParts.has(b)) continue;
    // no third count of proposals in their sentence (委员个人提案…、委员联名提案…、集体提案…)
    if (figures.some((f) => f !== a && f !== b && f.period === a.period && PART_FIGURE(f) && /提案$/.test(measureNameOf(f)))) continue;
    const candidates: Figure[] = [];
    let named = false;
    // “其中委员提案670件，…，集体提案233件…” after a paragraph ending 审查立案893件，立案率75.04%: a paragraph that opens
    // with 其中 and these two (no count of 件 before them) lists the proposals of the paragraph right before
    let pool: readonly Figure[] = figures.slice(0, i);
    if (!pool.some((t) => PART_FIGURE(t) && t.unit.base === '件') && /^[\s“”"（(]*其中/.test(draft.prose.slice(a.para.offset, a.offset))) {
      const earlier = par.lookups.earlier();
      const end = earlier[earlier.length - 1];
      if (end && end.para.endOffset <= a.para.offset && draft.prose.slice(end.para.endOffset, a.para.offset).trim() === '') pool = earlier.filter((t) => t.para.offset === end.para.offset);
    }
    for (let k = pool.length - 1; k >= 0 && candidates.length < WHOLE_REACH; k--) {
      const t = pool[k]!;
      if (!PART_FIGURE(t) || t.unit.base !== '件' || PREVIOUS_PERIOD.test(headOf(draft, t))) continue;
      const words = measureNameOf(t) + headOf(draft, t);
      if (NOT_PROPOSALS_WHOLE.test(measureNameOf(t)) || /未立案|不予立案|未予立案/.test(words) || MERGED.test(headOf(draft, t)) || /撤案$/.test(headOf(draft, t))) continue;
      if (PROPOSALS_WHOLE.test(words)) named = true;
      candidates.push(t);
    }
    if (!named) continue;
    const parts = [a, b];
    const alternatives = candidates.map((total) => ({
      cast: [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)],
      reading: judge(sumOf(parts), { figure: total }, { compare: '=', unit: 'amount' }),
    }));
    const holding = alternatives.filter((x) => x.reading?.holds);
    const nearest = alternatives.find((x) => PROPOSALS_WHOLE.test(measureNameOf(x.cast[0]![0]) + headOf(draft, x.cast[0]![0])));
    if (!nearest) continue;
    const r = relationAmong('sum', candidates[0]!, holding.length > 0 ? holding : [nearest], { marker: '委员提案和集体提案构成全部提案，' });
    if (!r) continue;
    const total = withRole(r, 'total')!;
    r.anchor = total;
    out.push({ relation: r, total, parts });
    i = j;
  }
  return out;
}

/**
 * A procuratorate's reviews ended, the total its decisions split: 审结40件, 共审结审查逮捕案件18件 (not those received,
 * 受理审查逮捕案件: decisions may be on cases received before, 含上期积存).
 */
const REVIEWS = /(?:审结|办结)(?:各类)?(?:审查(?:逮捕|起诉))?(?:案件)?$/;
/** Decisions not to arrest (不捕, 不批捕, 不批准逮捕和决定不捕) and not to prosecute (不起诉, 附条件不起诉). */
const NOT_ARRESTED = /不捕|不批捕|不(?:予)?批准逮捕/;
const NOT_CHARGED = /不起诉/;
/** How many figures after a review are looked at for its decisions. */
const DECISION_REACH = 12;

/**
 * 审结40件54人，批准逮捕34件36人，不捕6件18人 / 共审结审查逮捕案件18件20人，…。批准逮捕和决定逮捕…17件19人，…。不批捕1件1人:
 * every review a procuratorate ends is decided (to arrest or not, to prosecute or not), so a decision each way, of the
 * review's unit, adds up to no more than the reviews (others may end otherwise: 终止审查, 撤回). The decisions are the
 * first of each way after the review, of one kind (arrest or prosecution), before another review or a second decision
 * of a way (对普通刑事犯罪，共批准逮捕75人 lists them by crime); a review named for one kind takes no decisions of the other.
 */
function reviewDecisions(par: Paragraph, usedParts: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  // a figure's words, read once: each figure is looked at as a total and again as a decision of up to 12 totals before it
  const read = new Map<Figure, string>();
  const words = (f: Figure): string => {
    let w = read.get(f);
    if (w === undefined) read.set(f, (w = headOf(draft, f).replace(/(?<![0-9０-９.,，])[0-9０-９.,，]+[件人]/g, '')));
    return w;
  };
  const level = (f: Figure): boolean => PART_FIGURE(f) && (f.unit.base === '件' || f.unit.base === '人') && !PREVIOUS_PERIOD.test(headOf(draft, f));
  const decision = (f: Figure): { kind: 'arrest' | 'charge'; way: 'yes' | 'no'; name: string } | undefined => {
    const w = words(f);
    if (REVIEWS.test(w) || /受理|审查|移送|未结|其中/.test(w)) return undefined;
    if (NOT_ARRESTED.test(w)) return { kind: 'arrest', way: 'no', name: w };
    if (NOT_CHARGED.test(w)) return { kind: 'charge', way: 'no', name: w };
    if (/逮捕|批捕/.test(w)) return { kind: 'arrest', way: 'yes', name: w };
    if (/起诉|公诉/.test(w)) return { kind: 'charge', way: 'yes', name: w };
    return undefined;
  };
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    if (!level(total) || !REVIEWS.test(words(total))) continue;
    const reviewed = words(total);
    const named = /审查逮捕/.test(reviewed) ? 'arrest' : /审查起诉/.test(reviewed) ? 'charge' : undefined;
    const parts: Figure[] = [];
    let kind: 'arrest' | 'charge' | undefined;
    const ways = new Map<string, Figure[]>();
    for (let j = i + 1; j < figures.length && j <= i + DECISION_REACH; j++) {
      const f = figures[j]!;
      if (!level(f) || !compatible(f.unit, total.unit)) continue;
      // 共不起诉67件70人，其中法定不起诉0人，…: the kinds of a decision after 其中 are its own breakdown
      if (REVIEWS.test(words(f)) || /受理|其中/.test(textBetween(draft, total.endOffset, f.offset))) break;
      const d = decision(f);
      if (!d) continue;
      if ((kind && d.kind !== kind) || (named && d.kind !== named)) break;
      kind = d.kind;
      const taken = ways.get(d.way) ?? [];
      // a second decision of a way: a list by crime or by reason (对普通刑事犯罪，共批准逮捕75人); not prosecuted may be
      // decided in kinds named apart (不起诉45件，附条件不起诉1件)
      if (taken.length > 0 && (d.way === 'yes' || taken.some((t) => words(t) === d.name))) break;
      taken.push(f);
      ways.set(d.way, taken);
      parts.push(f);
    }
    if (!ways.get('yes') || !ways.get('no') || parts.some((p) => usedParts.has(p))) continue;
    const cast = [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
    const r = relationAmong('sum', total, [{ cast, reading: judge(sumOf(parts), { figure: total }, { compare: '<=', unit: 'amount' }) }], {
      marker: kind === 'arrest' ? '审查逮捕' : '审查起诉',
    });
    if (r) out.push({ relation: r, total, parts });
  }
  return out;
}

/** The words that open a running total (累计发放, 1-5月累计完成) or this month's part of it (当月发放, 本月完成). */
const RUNNING = /^.*?累计/;
const THIS_MONTH = /^.*?(?:当月|本月)/;
/** How many figures before a running total are looked at for the month's. */
const MONTH_REACH = 8;

/**
 * 当月发放低保金7537434元。1-5月份累计发放低保金37855680元 / 当月完成25.2亿元，…；累计完成427.4亿元: a running total
 * (累计) takes in this month's (当月, 本月) figure of the same verb and noun, so it is no less. The month's figure is the
 * nearest before the running total in its paragraph whose words after 当月 are the running total's after 累计 (three
 * characters or more: 发放低保金; not 完成 alone), with no other running total of them between.
 */
/**
 * 全市缴存职工26.30万人，累计归集226.85亿元，归集余额100.93亿元；其中市本级缴存职工12.95万人，累计归集102.53亿元，归集余额
 * 37.03亿元: a sentence after a 分号 that opens with 其中 and a narrower scope, and states again by the same names what the
 * sentence before it stated, gives the scope's share of each of those figures. Two names stated again at least, so the
 * sentence is an echo of the one before, not a list of its kinds; each name once on each side.
 */
function scopedEchoes(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; part: Figure }> {
  const { draft } = par;
  const groups = [...par.sentences.values()];
  const out: Array<{ total: Figure; part: Figure }> = [];
  for (let i = 1; i < groups.length; i++) {
    const echo = groups[i]!.filter(PART_FIGURE);
    const whole = groups[i - 1]!.filter(PART_FIGURE);
    const first = groups[i]![0];
    if (!first || echo.length < 2 || whole.length < 2 || first.period !== whole[0]!.period) continue;
    if (!/[；;]$/.test(draft.prose.slice(0, first.sentence.offset).trimEnd())) continue;
    if (!/^\s*其中[，,：:]?[\u4e00-\u9fff]/.test(textBetween(draft, first.sentence.offset, echo[0]!.offset))) continue;
    const named = (list: readonly Figure[], name: string): Figure[] => list.filter((f) => bareMeasure(f) === name);
    const pairs: Array<{ total: Figure; part: Figure }> = [];
    for (const part of echo) {
      const name = bareMeasure(part);
      const totals = named(whole, name);
      if (name.length < 2 || totals.length !== 1 || named(echo, name).length !== 1 || !compatible(totals[0]!.unit, part.unit)) continue;
      pairs.push({ total: totals[0]!, part });
    }
    if (pairs.length < 2) continue;
    out.push(...pairs.filter((p) => !used.has(p.part)));
  }
  return out;
}

function monthInTotal(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; part: Figure }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; part: Figure }> = [];
  const words = (f: Figure, opening: RegExp): string | undefined => {
    const head = headOf(draft, f);
    const m = opening.exec(head);
    if (!m || PREVIOUS_PERIOD.test(head)) return undefined;
    return head
      .slice(m[0].length)
      .replace(/^(?:共|已|共计)/, '')
      .replace(/(?:了|为|达到?)$/, '');
  };
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    if (!PART_FIGURE(total) || used.has(total)) continue;
    const name = words(total, RUNNING);
    if (!name || name.length < 3) continue;
    for (let j = i - 1; j >= 0 && j >= i - MONTH_REACH; j--) {
      const f = figures[j]!;
      if (!PART_FIGURE(f) || !compatible(f.unit, total.unit)) continue;
      if (words(f, RUNNING) === name) break;
      if (words(f, THIS_MONTH) !== name) continue;
      if (!used.has(f)) out.push({ total, part: f });
      break;
    }
  }
  return out;
}

/** The proposals received: 共收到提案, 提交提案, 征集到提案 (not those filed). */
const PROPOSALS_RECEIVED = /(?:收到|提交|提出|征集到?)[^，,。；;]{0,8}提案/;
/** Proposals not filed: 不予立案, 未立案, 转为意见和建议, 作为意见建议处理, 作意见处理. */
const NOT_FILED = /不予立案|不立案|未立案|未予立案|转为[^，,。；;]{0,6}(?:意见|建议)|作为[^，,。；;]{0,6}(?:意见|建议)|作意见/;

/** Proposals merged with others: 并案5件, 合并处理88件 (not 并案后交办, the count after merging). */
const MERGED = /(?:并案|合并处理|合并)(?:处理)?的?$/;

/** How many figures after the proposals received are looked at for the two outcomes. */
const REVIEW_REACH = 6;

/**
 * 共收到提案400件。经审查，立案349件，转为意见和建议51件: every proposal received is reviewed and either filed (立案) or
 * not (不予立案, 转为意见和建议 …), so the two add up to those received. Taken only when they are the first two counts
 * in 件 after it, one of each, and no third count (合并处理88件, 作为意见建议参考3件) stands between them or after them
 * in their sentence.
 */
function proposalsReviewed(par: Paragraph, usedParts: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  const count = (f: Figure): boolean => PART_FIGURE(f) && f.unit.base === '件';
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    if (!count(total)) continue;
    const named = headOf(draft, total) + measureNameOf(total);
    if (!PROPOSALS_RECEIVED.test(named) || /立案/.test(named)) continue;
    // 各民主党派…提出提案50件，占提案总数的34.5%: a count with a share of its own is a part of the proposals received
    if (/^[，,]?占[^，,；;。]*[%％]/.test(draft.prose.slice(total.endOffset, total.endOffset + 30))) continue;
    const kindOf = (f: Figure): 'filed' | 'not' | 'merged' | undefined => {
      const words = headOf(draft, f) + measureNameOf(f);
      return NOT_FILED.test(words) ? 'not' : MERGED.test(headOf(draft, f)) ? 'merged' : /立案/.test(words) ? 'filed' : undefined;
    };
    // the outcomes, one of each: filed, not filed and (合并处理, 并案) merged, in any order
    const next: Figure[] = [];
    let merged: Figure | undefined;
    let lastOutcome: Figure | undefined;
    for (let j = i + 1; j < figures.length && j <= i + REVIEW_REACH && (next.length < 2 || (!merged && lastOutcome?.period === figures[j]!.period)); j++) {
      const f = figures[j]!;
      if (!count(f)) continue;
      if (!merged && kindOf(f) === 'merged') merged = f;
      else if (next.length < 2) next.push(f);
      else break;
      lastOutcome = f;
    }
    if (next.length < 2 || !lastOutcome || next.some((f) => usedParts.has(f))) continue;
    // a third outcome after them in their sentence (未予立案4件；作为意见建议转相关部门参考3件), unless after 其中 (a
    // breakdown of the last)
    const further = figures.find((f) => f.offset > lastOutcome!.offset && f.period === lastOutcome!.period && count(f));
    if (further && !/其中/.test(textBetween(draft, lastOutcome.endOffset, further.offset))) continue;
    const kinds = next.map(kindOf);
    if (!kinds.includes('not') || !kinds.includes('filed')) continue;
    const cast = [[total, 'total'] as const, ...next.map((p) => [p, 'part'] as const)];
    // proposals merged (并案, 合并处理) are counted among the filed by some, beside them by others: then the filed and
    // the not filed are no more than those received
    const r = relationAmong('sum', total, [{ cast, reading: judge(sumOf(next), { figure: total }, { compare: merged ? '<=' : '=', unit: 'amount' }) }], {
      marker: merged ? '收到提案' : '立案的和未立案的提案构成收到的全部提案，',
    });
    if (!r) continue;
    out.push({ relation: r, total, parts: next });
  }
  return out;
}

/** How many shares of one whole are looked at for runs that make 100%. */
const SHARES_REACH = 40;

/**
 * 受理的73件中，农林水利方面21件，占总数的28.8%；…；综合方面24件，占总数的32.9%: parts whose shares of one whole, as
 * written, add up to 100% are all of that whole, so their figures add up to it too. Each share says only that its part
 * is so much of the whole; a whole miscopied makes every share wrong at once, and the sum says where: at the whole.
 * The parts are taken in order, a run of them at a time whose shares make 100% (two lists of one whole, by channel and
 * by kind, are two runs); a whole that already has a sum with any of these parts is left to it.
 */
export function sumsOfShares(found: readonly Relation[]): Relation[] {
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
    if (found.some((r) => r.kind === 'sum' && r.figures.includes(whole) && entries.some((e) => r.figures.includes(e.part)))) continue;
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
      const cast = [[whole, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
      const r = relation('sum', whole, cast, [judge(sumOf(parts), { figure: whole }, { compare: '=', unit: 'amount' })], { marker: '所列各项占比合计为100%，' });
      if (r) out.push(r);
      i = j + 1;
    }
  }
  return out;
}

/** Any industry's name: 第一产业, 一产, … */
const ANY_INDUSTRY = /第([一二三])产业|([一二三])产/g;

/** The industry the words name last, 0 to 2: 第一产业, 一产, … */
function lastIndustry(words: string): number | undefined {
  let found: number | undefined;
  for (const m of words.matchAll(ANY_INDUSTRY)) found = '一二三'.indexOf(m[1] ?? m[2]!);
  return found;
}

/** A change of a share in 个百分点 after its verb: 比重提高0.3个百分点, 比上年下降1.1个百分点. */
const SHARE_CHANGE = /(提高|上升|增加|提升|下降|回落|降低|减少)了?$/;
/** Words that say the shares are the three industries' shares of the economy: 比重, 三次产业结构. */
const STRUCTURE_WORDS = new RegExp(`比重|(?:${THREE_INDUSTRIES})结构|产业结构`);

/**
 * 三次产业结构为7.7:57.5:34.8。与上年相比，第一产业下降0.3个百分点，第二产业下降0.5个百分点，第三产业上升0.8个百分点: the
 * three industries make all of the economy, so their shares always add up to 100% and what some gain the others lose:
 * the rises add up to the falls. One period names the three (or two, the third 持平), each with one change in 个百分点,
 * and speaks of their 比重 or 结构 (in it or in the period before).
 */
function structureChanges(par: Paragraph): Relation[] {
  const { draft, periods } = par;
  const out: Relation[] = [];
  const keys = [...periods.keys()];
  for (let p = 0; p < keys.length; p++) {
    const period = periods.get(keys[p]!)!;
    const start = keys[p]!;
    const end = periodEnd(draft, period[period.length - 1]!);
    const text = textBetween(draft, start, end);
    const before = p > 0 ? textBetween(draft, keys[p - 1]!, start) : '';
    if (!STRUCTURE_WORDS.test(text) && !STRUCTURE_WORDS.test(before)) continue;
    const changes: Array<{ figure: Figure; industry: number; fall: boolean }> = [];
    let clean = true;
    for (const f of period) {
      if (f.unit.kind !== 'points') continue;
      const head = headOf(draft, f);
      const verb = SHARE_CHANGE.exec(head);
      // the industry named last before the figure in its sentence (up to ；)
      const industry = lastIndustry(textBetween(draft, f.sentence.offset, f.offset));
      const previous = changes[changes.length - 1]?.figure;
      // 其中工业增加值占地区生产总值的比重为29.4%，上升0.5个百分点: a part of an industry, after 其中, is no industry
      if (previous && /其中/.test(textBetween(draft, previous.endOffset, f.offset)) && (industry === undefined || industry === changes[changes.length - 1]!.industry)) continue;
      if (!verb || industry === undefined || !exact(f) || changes.some((c) => c.industry === industry)) {
        clean = false;
        break;
      }
      changes.push({ figure: f, industry, fall: isFall(verb[1]!) });
    }
    if (!clean) continue;
    // the third industry unchanged: 第一产业增加值占地区生产总值的比重为26.7%，与上年持平
    const level = [0, 1, 2].filter((k) => !changes.some((c) => c.industry === k));
    if (!(changes.length === 3 || (changes.length === 2 && level.length === 1 && new RegExp(`(?:${INDUSTRY_WORDS[level[0]!]!.source})[^；;。]{0,30}?持平`).test(text)))) continue;
    const falls = changes.filter((c) => c.fall).map((c) => c.figure);
    const rises = changes.filter((c) => !c.fall).map((c) => c.figure);
    if (falls.length === 0 || rises.length === 0) continue;
    // the one alone on its side is the total the others add up to
    const [total, parts] = falls.length === 1 ? [falls[0]!, rises] : rises.length === 1 ? [rises[0]!, falls] : [undefined, []];
    if (!total) continue;
    const cast = [[total, 'total'] as const, ...parts.map((f) => [f, 'part'] as const)];
    const r = relation('sum', total, cast, [judge(sumOf(parts), { figure: total }, { compare: '=', unit: 'points' })], { marker: '三次产业比重合计始终为100%，升降相抵，' });
    if (r) out.push(r);
  }
  return out;
}

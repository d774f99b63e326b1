// Parts that are all of a whole by what the whole is: done and the rest or not yet done (办结…，尚有未结…), a domain's
// partition (cases by source, retail by place, people by age), CPPCC proposals by author and by review, a
// procuratorate's decisions, a scope's echo after 其中, and this month's figure within its running total (累计).

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { simplified } from '../../text';
import { compatible, sameCount } from '../units';
import { known } from './arithmetic';
import { BEYOND_BUDGET_REVENUE, EARLIER_TIME, PART_SHARE_AFTER } from './breakdowns';
import { suffixLength } from './names';
import { bareMeasure, headOf, proseOf, sentenceOf, textBetween, type Paragraph } from './paragraph';
import { glossesBefore, MAX_PAIRED } from './pieces';
import { relationAmong, withRole, type Relation } from './relation';
import { NOT_DONE_WORD, NOT_OUTCOME, OVER, PART_FIGURE, PREVIOUS_PERIOD, periodEnd, sumReading } from './totals';
import { ageBounds, CROSS_CUTTING, NOT_A_TOTAL } from './vocabulary';
import { pushedAsAClass } from './pushedClasses';

/** A part done so far (已完成3件, 结案18起, 已开工6个, 完成规范治理7所): its clause names the doing. */
const DONE_PART = /已|完成|办结|结案|开工|竣工|建成|解决|整改/;

/**
 * 20件民生大事，已完成3件，其余17件按进度推进中 / 立案31起，结案18起，剩余13起: a total no word marks as one (共, 合计),
 * split by one part done and the rest. The rest says the two parts are all of something; it is the figure before
 * them only when that figure is the first of its kind in the sentence, names no doing itself (a sibling done part:
 * 新建5所，完成3所，其余2所 is read by no one), and the part between is a doing of it.
 */
export function doneThenRest(par: Paragraph, total: Figure, parts: readonly Figure[]): boolean {
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
  // (已完成整改13项，推进整改17项; 持续推进整改1条 (heldout163/ziyuan-pingtan-02, heldout166/shiye-pingtan-03): the doing
  // still being pushed on, its verb after 推进, not yet done)
  const pushed = /推进(?!中)([\u4e00-\u9fff])/.exec(head);
  // (重点推进项目 names a class of projects: pushedClasses.ts)
  if (pushed && /^[\u4e00-\u9fff]*$/.test(head.slice(pushed.index + pushed[0].length)) && !pushedAsAClass(head, pushed.index + 2)) return pushed[1];
  return /(?:办理|处理|审理|建设|实施|推进|核查|调查)中$/.exec(head)?.[0].charAt(0);
}
/** What is due or given to do, naming the verb of what is done with it: 需整改问题, 应办事项, 交办事项, 待办. */
const DUE_VERB = (verb: string): RegExp => new RegExp(`(?:需要?|应|待|交)${verb}`, 'g');

/** A project accepted on completion: 达到验收标准, 通过验收, 已验收 (the done part of what is still 正在建设). */
const ACCEPTED = /(?:达到|通过|已)验收/;

/** The words of a running total: 累计. */
const CUMULATIVE = /累计/;

/**
 * 共受理各类案件9471件，…；审执结各类案件7018件，…；尚有各类未结案2453件 / 共计50项，已整改40项，正在整改10项: a
 * figure of what is not yet done (未V, 正在V, V中), the figure of its kind just before it done with the same verb, and
 * the one before that the total they split. Taken only when the total is the one figure of its kind from the start
 * of its sentence up to the part done (新收800件，旧存200件，结案900件 names no one total), nothing between them
 * narrows it (其中), the total is no part done itself (按期办结900件，超期办结80件，未办结20件), and no third part
 * follows.
 */
export function doneAndNotDone(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
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
    // (完成385项 before 正在办理20项: done, of what is being done; 达到验收标准8家 before 正在建设11家: a project
    // accepted as meeting its standard is one built, 18家茶宿项目，达到验收标准8家，正在建设11家)
    // (计划建设的9个乡村示范点，已完成6个，正在实施3个 (heldout54/bangfu-fengshan-01): 已完成 alone names the items done, whatever
    // the doing, as 正在 names those still being done)
    const completed = /^(?:已经?|均已)(?:全部)?完成$/.test(doneHead) && /正在|推进/.test(simplified(headOf(draft, named(open))));
    if (!(doneHead.includes(verb) || completed || (verb === '办' && /完成|办结/.test(doneHead)) || (verb === '建' && ACCEPTED.test(doneHead))) || NOT_DONE_WORD.test(doneHead)) continue;
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
    // (九龙片区2组，检查企业101家；需整改问题515个，已整改完成479个，未整改到位36个；帅鑫片区…需整改问题61个，…: when the
    // three stand in one sentence up to its semicolon, that sentence is their statement; the others of the period are
    // another group's)
    const within = done.sentence.offset === total.sentence.offset && open.sentence.offset === total.sentence.offset;
    const alongside = (f: Figure, of: Figure): boolean => (within ? f.sentence.offset === of.sentence.offset : f.period === of.period);
    // the one figure of its kind from the start of its sentence
    if (figures.some((f) => alongside(f, total) && f.offset < total.offset && compatible(f.unit, open.unit) && !f.bracket && !f.relational)) continue;
    // no third part after the part not done, in its sentence
    // (a clause that opens another statement, 新发现隐患问题3个, 另有…, is no third part)
    // (县自然资源局负责国债项目5个，开工2个，未开工3个，县农业农村局负责国债项目1个未开工: a clause naming the total's
    // measure again, four characters or more, is another holder's total)
    const another = (f: Figure): boolean => /^\s*(?:新发现|另有|另外|此外|同时)/.test(textBetween(draft, f.clause.offset, f.offset)) || suffixLength(simplified(headOf(draft, f)), totalHead) >= 4;
    if (figures.some((f) => f.offset > open.offset && alongside(f, open) && compatible(f.unit, open.unit) && !f.bracket && !f.relational && !another(f))) continue;
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

/** The offenders a community-correction office took in, all of them (累计接收社区服刑人员, 已接收到社区矫正对象, 共接收社区矫正人员). */
const CORRECTION_RECEIVED = /接收到?(?:社区矫正|社区服刑|矫正)(?:人员|对象)$/;
/** Those released from it (累计解除, 解除矫正, 解除社区矫正, 解矫, 解除矫正对象). */
const CORRECTION_RELEASED = /^(?:累计|共|已)?(?:解除(?:社区)?(?:矫正)?|解矫)(?:人员|对象)?$/;
/** Those on its register now (在册社区服刑人员, 目前在矫人员, 现在册矫正对象, 目前在册, 现有社区矫正人员). */
const CORRECTION_CURRENT = /^(?:目前|现|当前)?(?:在册|在矫|现有)(?:社区矫正|社区服刑|矫正)?(?:人员|对象)*$/;

/**
 * 全县累计接收社区服刑人员750人，累计解除528人，在册社区服刑人员222人 (heldout157/jiaozheng-xian-01) / 全省累计接收社区服刑
 * 人员22.7万人，解除矫正19.2万人，目前在册3.5万人: the offenders a community-correction office took in over a period have
 * either been released from it or are on its register now. The count of those taken in (接收…人员/对象), then the next
 * two counts of persons in its sentence, the first those released (解除, 解矫), the second those on the register
 * (在册, 在矫, 现有), each named by nothing but those words.
 */
export function correctionRegister(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  const prose = figures[0]?.para.prose ?? '';
  if (!prose.includes('接收')) return out;
  for (let i = 0; i + 2 < figures.length; i++) {
    const total = figures[i]!;
    if (!PART_FIGURE(total) || used.has(total) || !CORRECTION_RECEIVED.test(simplified(headOf(draft, total)))) continue;
    const next = figures.slice(i + 1).filter((f) => f.sentence.offset === total.sentence.offset && sameCount(f.unit, total.unit));
    const [released, current] = next;
    if (!released || !current || !PART_FIGURE(released) || !PART_FIGURE(current) || usedParts.has(released) || usedParts.has(current)) continue;
    if (!CORRECTION_RELEASED.test(simplified(headOf(draft, released))) || !CORRECTION_CURRENT.test(simplified(headOf(draft, current)))) continue;
    out.push({ total, parts: [released, current] });
  }
  return out;
}

/** Staff counted (行政人员, 事业人员, 工作人员, 干部, 职工, 教师), not the posts they may fill (编制, 核定): a total of 在编. */
const STAFF_COUNTED = /(?:人员|干部|职工|教师|教职工)$/;
const POSTS = /编|核定|职数|岗位/;

/**
 * 行政人员53人，在编29人；事业人员116人，在编96人 (heldout158/xzgk-tianpu-01): a clause of 在编 and a count of persons
 * alone, right after a count of staff, names those of them on the establishment, a part of that count (not of a
 * quota, 编制60人，在编63人, which may be exceeded).
 */
export function onEstablishment(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  const prose = figures[0]?.para.prose ?? '';
  if (!prose.includes('在编')) return out;
  for (let i = 0; i + 1 < figures.length; i++) {
    const total = figures[i]!;
    const part = figures[i + 1]!;
    if (!PART_FIGURE(total) || !PART_FIGURE(part) || used.has(total) || usedParts.has(part) || !sameCount(part.unit, total.unit)) continue;
    if (!/^[，,]在编$/.test(textBetween(draft, total.endOffset, part.offset).trim())) continue;
    const head = simplified(headOf(draft, total));
    if (!STAFF_COUNTED.test(head) || POSTS.test(head)) continue;
    out.push({ total, parts: [part] });
  }
  return out;
}

/** Equipment on the register: a count right before 已注册登记 / 已经注册登记 / 注册登记. */
const REGISTERED_AFTER = /^(?:已经?|均已)?注册登记/;
/** Equipment in use (正常使用, 在用) and out of use (停用), the words before the figure or, for 停用, after it (2台停用). */
const IN_USE_HEAD = /(?:正常使用|在用)$/;
const STOPPED_HEAD = /停用$/;
const STOPPED_AFTER = /^停用/;

/**
 * 电梯：12家共27台已经注册登记，正常使用21台，停用6台 / …共36台已注册登记，正常使用34台，2台停用: equipment on the register
 * is in use or out of use (停用), the two figures right after it splitting it. The count before 注册登记, then the two
 * figures of its unit next in its sentence, the first in use, the second stopped, and no third (报废, 闲置) after them.
 * (The first example's page writes 共3 6台: a count with a space inside is left alone.)
 */
export function inUseAndStopped(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  const prose = figures[0]?.para.prose ?? '';
  if (!prose.includes('停用') || !prose.includes('注册登记')) return out;
  for (let i = 0; i + 2 < figures.length; i++) {
    const total = figures[i]!;
    if (!PART_FIGURE(total) || used.has(total) || !REGISTERED_AFTER.test(textBetween(draft, total.endOffset, total.endOffset + 6))) continue;
    // (共3 6台: a figure the page wrote with a space inside is read as its last digits, no count to check)
    if (/[0-9０-９]\s+$/.test(textBetween(draft, Math.max(0, total.offset - 3), total.offset))) continue;
    const next = figures.slice(i + 1).filter((f) => f.sentence.offset === total.sentence.offset && compatible(f.unit, total.unit));
    const [inUse, stopped, third] = next;
    if (!inUse || !stopped || !PART_FIGURE(inUse) || !PART_FIGURE(stopped) || usedParts.has(inUse) || usedParts.has(stopped)) continue;
    if (!IN_USE_HEAD.test(simplified(headOf(draft, inUse)))) continue;
    const after = textBetween(draft, stopped.endOffset, stopped.endOffset + 2);
    if (!STOPPED_HEAD.test(simplified(headOf(draft, stopped))) && !STOPPED_AFTER.test(after)) continue;
    if (third && /使用|停用|报废|闲置|在用/.test(simplified(headOf(draft, third)))) continue;
    out.push({ total, parts: [inUse, stopped] });
  }
  return out;
}

/** What a court received, all of it: 受理各类案件, 共受理执行案件, 收案. */
const CASES_RECEIVED = /(?:受理|收)[\u4e00-\u9fff]{0,8}案件?$|受理$/;

/** 社会消费品零售总额, all of a place's retail sales (not 限额以上 ones). */
const RETAIL_TOTAL = /^(?:全[县市区省州旗])?社会消费品零售总额$/;

/** The whole of the state-owned enterprises' holders: a measure of money, 国有企业营业总收入, 利润总额 (not a holder's own). */
const SOE_WHOLE =
  /^(?!.*(?:中央|地方|省属|市属|县属|市州))(?:全国)?(?:国有|國有)?(?:及国有控股)?(?:企业|企業)?[\u4e00-\u9fff]{0,4}(?:总额|總額|总收入|總收入|总成本|總成本|税金|稅金|税费|稅費|利润|利潤)$/;

/**
 * Trade, all of it: 进出口总额, 外贸进出口总值, 货物贸易进出口 (a scope before it, 全区, 全省); not a narrower trade named
 * before 进出口 by its partner or its goods (对美进出口, 机电产品进出口), whose exports are not the ones listed.
 */
const TRADE_TOTAL = /^(?:全[县市区省州旗國国]|全[縣區])?(?:完成|实现|實現|累计|累計)?(?:外贸|外貿|对外贸易|對外貿易|货物贸易|貨物貿易)?(?:进出口|進出口)(?:贸易)?(?:总额|總額|总值|總值|额|額)?$/;

/** All the revenue collected in a place, by every body collecting it: 大口径财政收入, 财政总收入 (a scope before it, 全县). */
const COLLECTED_REVENUE = /^(?:全[县市区旗])?(?:大口径财政(?:总)?收入|财政总收入)$/;
/** What a collecting body's figure is named after its 系统 or 局: 财政系统完成收入, 国税局完成 (收入 or nothing). */
const COLLECTOR_STEM = /^(?:系统|局|部门)(?:完成|组织|实现)?(?:收入)?$/;

/** The births of a place and time: 出生人口, 共出生, 出生人数 (the whole of its boys and girls). */
const BIRTHS = /出生(?:人口|人数|婴儿)?(?:总数)?$/;

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
  // (post44b) births by sex: 全镇共出生人口82人，其中一孩66人，…二孩16人，…；男孩40人，女孩22人 — the boys and the girls born are
  // all of the births (出生人口), whatever other cut (by birth order) stands between
  { words: ['男', '女'], stem: /^[孩婴嬰]$/, whole: BIRTHS },
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
  // state-owned enterprises by who holds them: every one is the centre's or a locality's (国有企业利润总额 = 中央企业 +
  // 地方国有企业, as the Ministry of Finance reports them); parts named by the holder alone, the whole by its measure
  { words: ['中央企业', '地方国有企业'], whole: SOE_WHOLE },
  // projects new and continuing: all the projects of a list, when no other kind (前期, 竣工) is counted beside them
  { words: ['新建', '续建'], closed: true },
  { words: ['续建', '新建'], closed: true },
  // revenue by who collected it, before the tax bureaus merged (2018): 大口径财政收入 (财政总收入) is what the 财政, 国税 and
  // 地税 bodies took in, each named by its 系统 or 局 (其中：财政系统完成收入22051万元…；国税系统完成收入…；地税系统完成收入…)
  { words: ['财政', '国税', '地税'], whole: COLLECTED_REVENUE, stem: COLLECTOR_STEM },
  { words: ['国税', '地税', '财政'], whole: COLLECTED_REVENUE, stem: COLLECTOR_STEM },
  // trade by direction: what was traded is what went out and what came in (进出口总额 = 出口 + 进口, the customs' sum)
  { words: ['出口', '进口'], whole: TRADE_TOTAL },
  { words: ['进口', '出口'], whole: TRADE_TOTAL },
  { words: ['出口', '進口'], whole: TRADE_TOTAL },
  { words: ['進口', '出口'], whole: TRADE_TOTAL },
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

/** An age band as a list before 分别为 writes it: 0-17岁, 18至34周岁, 60岁及以上. */
const AGE_WORDS = '[0-9]{1,3}(?:[-—~～至到][0-9]{1,3})?[周週]?[岁歲](?:及以下|以下|及以上|以上)?';
/** 0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为: the bands (group 1) and the measure they share (group 2), right before the figures. */
const RESPECTIVE_AGES = new RegExp(`((?:${AGE_WORDS}[、和及]){1,7}${AGE_WORDS})([\u4e00-\u9fff]{2,8})分别(?:为|是)$`);
const ONE_AGE = /^([0-9]+)(?:[-—~～至到]([0-9]+))?[周週]?[岁歲](及以下|以下|及以上|以上)?$/;

/**
 * 0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人: age bands named before 分别为, from 0
 * up to 及以上, each starting where the one before ends, then as many figures listed by 、 (the last after 和): every age
 * of the measure, one figure each.
 */
function respectiveAges(draft: Draft, figures: readonly Figure[], i: number): PartitionRun | undefined {
  const first = figures[i]!;
  const m = RESPECTIVE_AGES.exec(textBetween(draft, Math.max(first.sentence.offset, first.offset - 80), first.offset));
  if (!m) return undefined;
  const words = m[1]!.split(/[、和及](?=[0-9])/);
  let to = 0;
  for (const w of words) {
    const b = ONE_AGE.exec(w);
    const band = b && ageBounds(Number(b[1]), b[2] === undefined ? undefined : Number(b[2]), b[3] ?? '');
    if (!band || band.lo !== to) return undefined;
    to = band.hi;
  }
  if (to !== Infinity) return undefined;
  const parts = [first];
  for (let j = i + 1; j < figures.length && parts.length < words.length; j++) {
    const f = figures[j]!;
    if (!/^[、和及]$/.test(textBetween(draft, parts[parts.length - 1]!.endOffset, f.offset).trim()) || !PART_FIGURE(f) || !compatible(f.unit, first.unit)) return undefined;
    parts.push(f);
  }
  return parts.length === words.length ? { parts, words, label: { stem: m[2]! } } : undefined;
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

export function partitionSums(par: Paragraph, built: readonly Relation[]): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  const taken = new Set<Figure>();
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!;
    if (taken.has(first) || !PART_FIGURE(first)) continue;
    const domain = domainRun(figures, i);
    const run = domain ?? ageRun(figures, i) ?? respectiveAges(draft, figures, i);
    if (!run) continue;
    const { parts, words, whole, label } = run;
    if (parts.some((p) => NOT_A_TOTAL.test(p.measure))) continue;
    // a list after 其中 or 分别为 of just these parts has its relation already; a longer one (其中，城镇人口…，乡村人口…；
    // 男性人口…，女性人口…) may leave a remainder, which the partition does not
    // male and female after 其中 or 从性别看 are checked only as no part over the total (they may cut across other
    // parts): that check holding says nothing of their sum, which the partition makes exact
    // (age bands from 0 up to 及以上 are every age: a list after 其中 read as leaving a remainder, 其中，城镇人口…；男性人口…；
    // 0-17岁户籍人口…，…，60岁及以上户籍人口…, is made exact by them)
    const openList = (r: Relation): boolean => !domain && r.holds && r.reading?.compare === '<=';
    if (
      built.some(
        (r) => r.kind === 'sum' && !(r.holds && parts.some((p) => CROSS_CUTTING.test(p.measure))) && !openList(r) && r.figures.length === parts.length + 1 && parts.every((p) => r.figures.includes(p)),
      )
    )
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
      // 批准的全市一般公共预算收入为53.03亿元，实际完成53.68亿元。其中：税收收入…非税收入…: the budget is set, the outturn
      // after it is the whole, named by the budget's words (budgetActuals.ts, read with the figures)
      if (figures[j]!.budget === 'set') continue;
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
      reading: sumReading(parts, total),
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
  return more.length > 0 && sumReading([...parts, ...more], whole)?.holds === true;
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
export function proposalAuthors(par: Paragraph, usedParts: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
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
      reading: sumReading(parts, total),
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
export function reviewDecisions(par: Paragraph, usedParts: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
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
    const r = relationAmong('sum', total, [{ cast, reading: sumReading(parts, total, '<=') }], {
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
export function scopedEchoes(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; part: Figure }> {
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

export function monthInTotal(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; part: Figure }> {
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

/** Words before a figure that count what was newly added: 新增, 新推出, 新建, 净增, 又增加. */
const ADDED = /新增|新推出|新建|新发展|新认定|净增|又增加/;
/**
 * What joins the items added to the count they brought the whole to, right after them: the noun counted (制度创新成果), then
 * 、 or ， and 累计, 总数, 总量 or 总计 (总 with a noun of the added clause, 总面积; 累计 with its verb, 累计发放), and a verb of
 * reaching (达到, 为). Group 1 the noun, group 2 the words after 累计 or 总.
 */
const REACHED = /^([\u4e00-\u9fff]{0,10})[、，,](?:累计|总)(?:数|量|计)?(?:已)?([\u4e00-\u9fff]{0,3}?)(?:达到|达|为|至)?$/;

/**
 * 全国首创制度创新案例新增9个、累计达到79个; 新增境内上市公司62家，总数186家; 新增发放优待证1057张，累计发放22800张 (heldout159/
 * zfgzbg-shanghai-01, zfgzbg-anhui-01, heldout7/gzzj-huaiyuan-01): the items added in a period and, right after them, the count
 * they brought the whole to (累计, 总数, 总量) are a part and its running total: the count reached holds those added, so it is
 * no smaller. Of the same thing counted: nothing but the added clause's noun, verb (发放) or measure (面积) after 累计 or 总;
 * not after 分别 (分别新增12项和44项，累计分别达到64项和288项 pairs each with its own).
 */
export function addedThenReached(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; part: Figure }> {
  const prose = proseOf(par);
  if (!ADDED.test(prose) || !/累计|总/.test(prose)) return [];
  const { draft, figures } = par;
  const out: Array<{ total: Figure; part: Figure }> = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const part = figures[i]!;
    const total = figures[i + 1]!;
    if (used.has(part) || used.has(total) || !PART_FIGURE(part) || !PART_FIGURE(total) || !compatible(part.unit, total.unit)) continue;
    // (the whole clause before it, past a 、 between two nouns: 新增设施蔬菜、水果面积700亩)
    const head = textBetween(draft, part.sentence.offset, part.offset)
      .replace(/\s/g, '')
      .split(/[，,；;：:]/)
      .pop()!;
    if (!ADDED.test(head) || /分别/.test(head)) continue;
    const m = REACHED.exec(textBetween(draft, part.endOffset, total.offset).replace(/\s/g, ''));
    if (!m || /累计|总|分别/.test(m[1]!) || (m[2] !== '' && !(head + m[1]).includes(m[2]!))) continue;
    out.push({ total, part });
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
export function proposalsReviewed(par: Paragraph, usedParts: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
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
    const r = relationAmong('sum', total, [{ cast, reading: sumReading(next, total, merged ? '<=' : '=') }], {
      marker: merged ? '收到提案' : '立案的和未立案的提案构成收到的全部提案，',
    });
    if (!r) continue;
    out.push({ relation: r, total, parts: next });
  }
  return out;
}

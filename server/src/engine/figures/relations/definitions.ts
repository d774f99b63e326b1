// Totals by definition: measures that are the sum of named parts by what they are, read where the text names them:
// 可支配收入 of its four sources, overnight and day trips, R&D spending by activity, items added up to their total,
// 第二产业 of 工业 and 建筑业, 净资产 of assets and debts, a balance of income and spending, account totals, the
// “三公” expenses.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { PINYIN_GLOSS, simplified } from '../../text';
import { compatible } from '../units';
import { added, exact, judge, type Expr } from './arithmetic';
import { accountOpener } from './accountOpeners';
import { lastEnd } from './breakdowns';
import { figuresBefore, headName, headOf, textBetween, type Paragraph } from './paragraph';
import { ratioRelation, relation, relationAmong, type Relation } from './relation';
import { CHINESE_DIGITS, itemNumber } from './sumParagraphs';
import { PREVIOUS_PERIOD, periodEnd, sumReading } from './totals';
import { ACCOUNT_BASE, ACCOUNT_PLUS, ACCOUNT_TOTAL, ENUMERATED_ITEM } from './vocabulary';

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
export function incomeSources(par: Paragraph): Relation[] {
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
    const r = relation('sum', total, cast, [sumReading(sources, total)], { marker: '工资性、经营净、财产净、转移净四项收入构成可支配收入，' });
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
export function overnightAndDayTrips(par: Paragraph): Relation[] {
  const { draft } = par;
  const out: Relation[] = [];
  const plain = (f: Figure): boolean => exact(f) && !f.relational && !f.bracket && !f.approximate && !f.range && f.unit.kind !== 'percent' && f.unit.kind !== 'points';
  const words = (f: Figure): string => itemWords(draft.prose, f.offset);
  for (const day of par.figures) {
    if (!plain(day) || !DAY_TRIP.test(words(day)) || OVERNIGHT.test(words(day))) continue;
    const pool = figuresBefore(par, day.offset).filter((f) => compatible(f.unit, day.unit));
    const overnight = pool[pool.length - 1];
    const total = pool[pool.length - 2];
    if (!overnight || !total || !plain(overnight) || !plain(total)) continue;
    if (!OVERNIGHT.test(words(overnight)) || DAY_TRIP.test(words(overnight)) || !/游|旅/.test(words(overnight))) continue;
    if (OVERNIGHT.test(words(total)) || DAY_TRIP.test(words(total)) || !TOURISM.test(words(total))) continue;
    // (items of their own, each its paragraph: not 共接待游客7800人次…。其中，过夜游…2.49万人次，一日游…5.82万人次, a list of
    // another whole's parts after a 其中)
    if (new Set([total.para, overnight.para, day.para]).size < 3) continue;
    const cast = [[total, 'total'] as const, [overnight, 'part'] as const, [day, 'part'] as const];
    const r = relation('sum', total, cast, [sumReading([overnight, day], total)], { marker: '过夜游客与一日游游客构成全部游客，' });
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
export function rdActivitySums(par: Paragraph): Relation[] {
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
    const r = relation('sum', total, cast, [sumReading(parts, total)], {
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
export function itemTotalsSums(par: Paragraph): Relation[] {
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
    const r = relation('sum', total, cast, [sumReading(parts, total)], { marker: `${count[1]}项合计` });
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
export function secondaryIndustry(par: Paragraph, ownerOf: ReadonlyMap<Figure, Figure>): Array<{ total: Figure; parts: Figure[] }> {
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
/** Net assets, owners' equity: 净资产, 净资产总额, 所有者权益总额, and one glossed by the other in brackets (净资产（所有者权益）)
 *  (not a parent's share, not 国有资本权益). */
const NET_NAME =
  /^(?:[^，,；;。]{0,12}?的)?(?:净资[产產]|淨資產|所有者权益|所有者權益)(?:[（(](?:净资[产產]|淨資產|所有者权益|所有者權益)[）)])?(?:总额|總額|合计|合計|总计|總計)?(?:为|為|达到?|達到?)?$/;
const NOT_ALL_NET = /归属|歸屬|母公司|少数|少數|国有|國有/;
/**
 * A name glossed in brackets right before its figure (净资产（所有者权益）279.10亿元), or before the name's last word
 * (净资产（所有者权益，下同）总额89692.04亿元), which the clause cuts at the bracket: the name (group 1), the gloss, the word after
 * it (group 2).
 */
const GLOSSED_NAME = /([^，,；;。：:（）()]{2,16})[（(][^（）()；;。]{2,16}[）)]((?:总额|總額|合计|合計|总计|總計)(?:为|為|达到?|達到?)?)?$/;
/** What the clause keeps of a glossed name: nothing, or its last word (总额). */
const GLOSS_TAIL = /^(?:(?:总额|總額|合计|合計|总计|總計)(?:为|為|达到?|達到?)?)?$/;

/** A figure's name, or when its clause holds none but the name's last word, the name glossed in brackets right before it. */
function nameOrGloss(draft: Draft, f: Figure): string {
  const name = headName(draft, f);
  if (!GLOSS_TAIL.test(name)) return name;
  const m = GLOSSED_NAME.exec(textBetween(draft, Math.max(f.sentence.offset, f.offset - 40), f.offset).replace(/\s/g, ''));
  return m ? simplified(m[1]! + (m[2] ?? '')) : name;
}

/** Where the sentence before the one starting at `at` starts (`at` itself when that is its paragraph's start). */
function sentenceBefore(draft: Draft, at: number, paraStart: number): number {
  return at > paraStart ? lastEnd(draft.prose, at - 1, paraStart, '。！？') : at;
}

/**
 * 资产总额1560.52亿元，较年初增长7.50%；负债总额987.56亿元，…；所有者权益572.96亿元: a balance sheet's net assets (owners'
 * equity) are its assets less its liabilities, by definition (《企业会计准则——基本准则》第二十六条, 《政府会计准则——基本
 * 准则》第四十五条). The three in this order in one sentence (to the 。), each the next level of its unit after the one
 * before (changes and percentages between are skipped). Not 国有资本权益 (the state's part of the equity) nor the
 * equity of a parent's owners.
 */
export function netAssets(par: Paragraph): Array<{ assets: Figure; debts: Figure; net: Figure }> {
  const { draft, figures } = par;
  const out: Array<{ assets: Figure; debts: Figure; net: Figure }> = [];
  const level = (f: Figure): boolean => !f.relational && !f.bracket && f.unit.kind === 'money';
  const name = (f: Figure): string => headName(draft, f);
  for (let k = 0; k < figures.length; k++) {
    const net = figures[k]!;
    const netName = nameOrGloss(draft, net);
    if (!level(net) || !exact(net) || !NET_NAME.test(netName) || NOT_ALL_NET.test(netName)) continue;
    // (or each in a sentence of its own, one right after the other: 资产总额61803.3亿元、同比增长8.8%。负债总额35268.7亿元、
    // 同比增长8.7%。所有者权益26534.7亿元, the last two levels of money before it in its paragraph, two sentences back at most)
    const from = sentenceBefore(draft, sentenceBefore(draft, net.sentence.offset, net.para.offset), net.para.offset);
    const before = figures.slice(0, k).filter((f) => (f.period === net.period || f.offset >= from) && level(f));
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

/** A debt ratio, at the end of the words before it: 资产负债率为, 平均资产负债率, 全市国有企业年末平均资产负债率. */
const DEBT_RATIO_NAME = /资产负债率(?:为|是|达到?)?$/;

/**
 * 资产总额711.63亿元，…；负债总额452.82亿元，…。资产负债率63.63% / 资产总额660.89亿元，…；净资产359.57亿元，…。平均资产
 * 负债率45.59%: a debt ratio is liabilities over assets (《企业绩效评价标准值》: 资产负债率 = 负债总额 ÷ 资产总额 × 100%), the
 * liabilities being the assets less the net assets when only those are stated. The totals are the balance sheet's stated
 * in the ratio's paragraph before it (after any ratio before it), each the one of its name there: nothing is read when
 * two totals of assets (a whole and a part, two firms) or two of liabilities stand before the ratio.
 */
export function debtRatios(par: Paragraph): Array<{ ratio: Figure; assets: Figure; debts?: Figure; net?: Figure }> {
  const { draft, figures } = par;
  const out: Array<{ ratio: Figure; assets: Figure; debts?: Figure; net?: Figure }> = [];
  const level = (f: Figure): boolean => !f.relational && !f.bracket && f.unit.kind === 'money' && exact(f) && !PREVIOUS_PERIOD.test(headOf(draft, f));
  const name = (f: Figure): string => headName(draft, f);
  let from = 0;
  figures.forEach((ratio, k) => {
    if (ratio.unit.kind !== 'percent' || ratio.relational || ratio.bracket || ratio.range || !exact(ratio) || !DEBT_RATIO_NAME.test(name(ratio))) return;
    const before = figures.slice(from, k).filter(level);
    from = k + 1;
    const assets = before.filter((f) => ASSETS_NAME.test(name(f)) && !NOT_ALL_ASSETS.test(name(f)));
    const debts = before.filter((f) => DEBTS_NAME.test(name(f)));
    const net = before.filter((f) => NET_NAME.test(name(f)) && !NOT_ALL_NET.test(name(f)));
    if (assets.length !== 1 || debts.length > 1) return;
    const [total, owed, left] = [assets[0]!, debts[0], net.length === 1 ? net[0] : undefined];
    if (owed ? !compatible(owed.unit, total.unit) : !left || !compatible(left.unit, total.unit)) return;
    out.push(owed ? { ratio, assets: total, debts: owed } : { ratio, assets: total, net: left });
  });
  return out;
}

/** A housing fund's surplus: 增值收益, 实现增值收益 (not 增值收益率, nor the surplus handed on, 上缴增值收益). */
const SURPLUS_NAME = /^(?:[^，,；;。]{0,12}?)(?:实现|全年|当年|本年)?增值收益(?:为|达到?|共计|合计)?$/;
const NOT_ALL_SURPLUS = /率|上缴|分配|提取|用于|计提|结转/;

/**
 * 业务收入14249.37万元…业务支出6678.55万元…实现增值收益7570.82万元: a housing fund's surplus is its business income less
 * its business spending, by definition (《住房公积金财务管理办法》: 增值收益为业务收入与业务支出的差额). The surplus with
 * the nearest 业务收入 and 业务支出 before it, in its paragraph or the ones just before, income first, all of one unit.
 */
export function fundSurpluses(par: Paragraph): Array<{ income: Figure; spending: Figure; surplus: Figure }> {
  const { draft, figures } = par;
  const out: Array<{ income: Figure; spending: Figure; surplus: Figure }> = [];
  const level = (f: Figure): boolean => !f.relational && !f.bracket && f.unit.kind === 'money' && exact(f);
  let earlier: readonly Figure[] | undefined;
  for (const surplus of figures) {
    if (!level(surplus)) continue;
    const head = headName(draft, surplus);
    if (!SURPLUS_NAME.test(head) || NOT_ALL_SURPLUS.test(head)) continue;
    earlier ??= par.lookups.earlier();
    const before = [...earlier, ...figures.filter((f) => f.offset < surplus.offset)].filter((f) => level(f) && compatible(f.unit, surplus.unit));
    const named = (name: string): Figure | undefined => before.filter((f) => simplified(f.measure).endsWith(name)).pop();
    const income = named('业务收入');
    const spending = named('业务支出');
    if (!income || !spending || income.offset > spending.offset) continue;
    out.push({ income, spending, surplus });
  }
  return out;
}

/** A trade surplus or deficit: 贸易顺差, 实现贸易顺差, 累计实现贸易逆差. */
const TRADE_BALANCE_NAME = /贸易(顺差|逆差)(?:额)?(?:为|达到?)?$/;
/** Exports, imports: the clause's words end with 出口 or 进口 (not 进出口), perhaps 额, 值 or 总值 and a verb. */
const EXPORTS_NAME = /(?<!进)出口(?:额|值|总值|总额)?(?:为|达到?|完成|实现)?$/;
const IMPORTS_NAME = /(?<!出)进口(?:额|值|总值|总额)?(?:为|达到?|完成|实现)?$/;

/**
 * 其中，出口12.47万亿元，下降1.8%；进口9.36万亿元，下降0.3%；贸易顺差3.11万亿元: a trade surplus is exports less imports, a
 * deficit imports less exports, by definition (海关统计: 贸易差额 = 出口总值 − 进口总值). The one figure of exports and the
 * one of imports in the balance's sentence or the sentence right before it, both before it, of its unit; none read when
 * either is stated twice there (a month's and the year's).
 */
export function tradeBalances(par: Paragraph): Array<{ whole: Figure; taken: Figure; left: Figure; surplus: boolean }> {
  const { draft, figures } = par;
  const out: Array<{ whole: Figure; taken: Figure; left: Figure; surplus: boolean }> = [];
  const level = (f: Figure): boolean => !f.relational && !f.bracket && f.unit.kind === 'money' && exact(f) && !PREVIOUS_PERIOD.test(headOf(draft, f));
  const name = (f: Figure): string => headName(draft, f);
  const para = figures[0]?.para;
  if (!para || !/顺差|逆差/.test(draft.prose.slice(para.offset, para.endOffset))) return [];
  for (const b of figures) {
    const kind = level(b) ? TRADE_BALANCE_NAME.exec(name(b))?.[1] : undefined;
    if (!kind) continue;
    const from = sentenceBefore(draft, b.sentence.offset, b.para.offset);
    const before = figures.filter((f) => f.offset >= from && f.offset < b.offset && level(f) && compatible(f.unit, b.unit));
    const exports = before.filter((f) => EXPORTS_NAME.test(name(f)));
    const imports = before.filter((f) => IMPORTS_NAME.test(name(f)));
    if (exports.length !== 1 || imports.length !== 1) continue;
    const surplus = kind === '顺差';
    out.push(surplus ? { whole: exports[0]!, taken: imports[0]!, left: b, surplus } : { whole: imports[0]!, taken: exports[0]!, left: b, surplus });
  }
  return out;
}

/** A water resources bulletin's total of a place: 全国水资源总量为, 全省水資源總量 (not 人均水资源量, not a basin's). */
const WATER_TOTAL = /^(?:[0-9]{4}年)?(?:全国|全省|全市|全区|全县|全州|全流域|当地)?水资源总量(?:为|是|达)?$/;
/** Its surface water: 地表水资源量为, 当地地表水资源量, 自产地表水资源量. */
const SURFACE = /^(?:[0-9]{4}年)?(?:全国|全省|全市|全区|全县|全州|当地|自产)?地表水资源量(?:为|是)?$/;
/** Its ground water: 地下水资源量为 (not 浅层 alone: 地下水资源量（浅层） names its layer, the whole is still ground water). */
const GROUND = /^(?:[0-9]{4}年)?(?:全国|全省|全市|全区|全县|全州|当地)?地下水资源量(?:[（(]浅层[）)])?(?:为|是)?$/;
/** The ground water the surface water does not count: 地下水与地表水资源不重复量, 地表水资源量与地下水资源量不重复计算量. */
const NOT_COUNTED_TWICE = /^(?:地下水资?源?量?[与與]地表水资?源?量?|地表水资?源?量?[与與]地下水资?源?量?)(?:之[间間]的?)?不重[复復](?:[计計]算)?(?:水资源)?量(?:为|是)?$/;
/** What the surface and the ground water both count: 重复计算量, 地下水资源量与地表水资源量之间的重复计算量. */
const COUNTED_TWICE = /^(?:地下水资?源?量?[与與]地表水资?源?量?(?:之[间間]的?)?|地表水资?源?量?[与與]地下水资?源?量?(?:之[间間]的?)?)?重[复復][计計]算(?:水资源)?量(?:为|是)?$/;

/**
 * 全国水资源总量为25782.5亿m³，比多年平均值偏少6.6%。其中，地表水资源量为24633.5亿m³，地下水资源量为7807.1亿m³，地下水与
 * 地表水资源不重复量为1149.0亿m³: a place's water resources are its surface water and the ground water the surface water does
 * not count already, by definition (水资源总量 = 地表水资源量 + 地下水与地表水资源不重复量; or the surface and the ground
 * water less what both count, 重复计算量: 《水资源公报编制规程》GB/T 23598). The total with the one surface water and the one
 * not counted twice (or the one ground water and the one counted twice) of its sentence and the sentence after it, of its
 * unit, and no other total of water resources there (a basin's figures after a nation's are the basin's).
 */
export function waterResources(par: Paragraph): Array<{ total: Figure; parts: Figure[]; less?: Figure }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[]; less?: Figure }> = [];
  const name = (f: Figure): string => headName(draft, f).replace(/^[（(]/, '');
  const level = (f: Figure): boolean => !f.relational && f.unit.kind !== 'percent' && f.unit.kind !== 'points' && exact(f);
  for (let k = 0; k < figures.length; k++) {
    const total = figures[k]!;
    if (!level(total) || !WATER_TOTAL.test(name(total))) continue;
    // its sentence (to the 。, past the ；) and the one after it
    const from = lastEnd(draft.prose, total.offset, total.para.offset, '。！？');
    const stop = (at: number): number => {
      const m = /[。！？]/.exec(draft.prose.slice(at, total.para.endOffset));
      return m ? at + m.index : total.para.endOffset;
    };
    const end = stop(total.endOffset);
    const to = end < total.para.endOffset ? stop(end + 1) : end;
    // (figures are in document order: read from the total outwards, as far as the two sentences go)
    let first = k;
    while (first > 0 && figures[first - 1]!.offset >= from) first--;
    let last = k;
    while (last + 1 < figures.length && figures[last + 1]!.endOffset <= to) last++;
    const around = figures.slice(first, last + 1).filter((f) => f !== total);
    const words = around.map((f) => [f, name(f)] as const).filter(([f]) => level(f) && compatible(f.unit, total.unit));
    // (no other total of water resources, a basin's or a year's: 海河流域水资源总量; its changes aside, 较上年水资源总量偏多31.0%)
    if (words.some(([, w]) => /水资源总量/.test(w))) continue;
    const one = (pattern: RegExp): Figure | undefined => {
      const found = words.filter(([, w]) => pattern.test(w));
      return found.length === 1 ? found[0]![0] : undefined;
    };
    const surface = one(SURFACE);
    if (!surface) continue;
    const notTwice = one(NOT_COUNTED_TWICE);
    if (notTwice) {
      out.push({ total, parts: [surface, notTwice] });
      continue;
    }
    const ground = one(GROUND);
    const twice = one(COUNTED_TWICE);
    if (ground && twice) out.push({ total, parts: [surface, ground], less: twice });
  }
  return out;
}

/**
 * The words that make a figure the balance of the incomes and spendings before it: 收支相抵 (or 收支结余, 收支差额)
 * earlier in its sentence, or a clause of spending taken away just before it (减支出总计…，…结余); the figure itself
 * named a balance (年终结余, 本年收支结余, 结转结余为, 滚存结余).
 */
// (收支相抵，年终结余结转41.6亿元: the balance, carried to the next year)
const BALANCE_NAME = /(?:结余|结存)(?:结转)?(?:为|是)?$/;
const BALANCE_WORDS = /收支相抵|收支结余|收支结存|收支差额/;
const BALANCE_WORDS_ALL = new RegExp(BALANCE_WORDS.source, 'g');
/** A balance named by its period (当期结余, 本年结余, 当年基金结余): the period's income less its spending. */
const PERIOD_BALANCE = /(?:当期|当年|本期|本年)(?:基金)?(?:收支)?结余(?:为|是)?$/;
const SPENT_BEFORE = /^减[^，,。；;]*支出/;
/** Names of what comes in (收入, 上年结余, 调入资金 …) and what goes out (支出, 上解, 调出 …) of a fund. */
const INCOME_NAME = /收入|上年结余|上年结转|结转收入|调入|补助/;
const SPENDING_NAME = /支出|上解|调出|还本/;
/** Last year's balance carried over: an income of this year's account. */
const CARRIED_OVER = /上年(?:结余|结转)/;
/** How many incomes and spendings before a balance are tried, the nearest first. */
const BALANCE_REACH = 8;

export function balance(par: Paragraph, b: Figure): Relation | undefined {
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
  // the balance the words name is the first figure after them (年终滚存结余 after 本年收支结余 is another): the words
  // nearest before it (…当年收支结余X，累计结余Y；其中职工统筹基金收入…，支出…，当年收支结余Z names Z too)
  const words = [...sentenceHead.matchAll(BALANCE_WORDS_ALL)].pop();
  const named =
    // (年度收支结余-16966万元，年末滚存结余206604万元: a number between, read as a figure or not, is the one named, and the
    // balance carried to the year's end after it is another)
    (words !== undefined &&
      !par.figures.some((f) => f.offset >= b.period + words.index! && f.offset < b.offset) &&
      !(/滚存/.test(head) && /[0-9０-９]/.test(sentenceHead.slice(words.index! + words[0].length)))) ||
    // (基金收入4563万元…基金支出3551万元…当期结余1012万元: the balance of the period, 当期, names itself so)
    PERIOD_BALANCE.test(head);
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
    !/计划|任务|目标|预算数|年初|调整/.test(f.measure + f.scope) &&
    // (社会保险基金收入预算为53.62亿元，实际完成54.86亿元…当年收支结余2.8亿元: the budget is no income, its outturn is)
    f.budget !== 'set';
  const items = before.filter(level);
  // (an outturn, 实际完成54.86亿元, is named by the budget's words before it: budgetActuals.ts)
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
export function accountTotals(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
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
      // (not the 其中 of an account closed before this one by its own total: 收入12.5亿元，…其中，…；加上…，政府性基金收入总计
      // 24亿元。全市政府性基金预算支出22.8亿元…；加上…，政府性基金支出总计24亿元 (heldout164/yszx-jiyuan-01) opens with 22.8亿元)
      const closed = q >= 0 && before.some((f) => f.offset > start + q && ACCOUNT_TOTAL.test(headOf(draft, f).replace(PINYIN_GLOSS, '')));
      if (q >= 0 && !base && !closed) {
        const qAt = start + q;
        const head = before.filter((f) => f.offset < qAt).pop();
        const subs = before.filter((f) => f.offset > qAt);
        if (!head || subs.length === 0 || !exact(head) || !subs.every(exact)) continue;
        if ((textBetween(draft, head.endOffset, qAt).match(/。/g) ?? []).length > 1 || (textBetween(draft, qAt, plusAt).match(/。/g) ?? []).length > 2) continue;
        // (all of it, two items or more: 总收入410338万元，其中地方一般公共预算收入271630万元；加上… opens with the narrower one)
        if (subs.length < 2 || !sumReading(subs, head)?.holds) continue;
        if (subs[subs.length - 1]!.period !== periodStart && !opening) continue;
        opener = head;
      } else if (opener.period !== periodStart && !opening && !base) continue;
      else if (!base && !(opener = accountOpener(par, before, opener, plusAt))) continue;
      const added = textBetween(draft, plusAt, total.offset);
      if (ACCOUNT_NOT_PLUS.test(added.replace(/[（(][^（）()]*[）)]/g, ''))) continue;
      // (nor after 加上, 加上上级补助收入-11.26亿元、…上年结余1.11亿元… (heldout164/jsbg-zhanjiang-02): an item written with a
      // minus is not read as a figure, so the items read are not all of them)
      if (/[-－−][0-9０-９]/.test(added)) continue;
      if (!(spending ? /支出/ : /收入/).test(headOf(draft, opener))) continue;
      parts = [opener, ...after];
    } else {
      parts = figures.slice(0, k).filter((f) => f.period === periodStart && item(f, total));
      // 全市一般公共预算收入53.68亿元，上级补助收入128亿元，…，总收入308.98亿元；一般公共预算支出174.24亿元，…，总支出308.98亿元:
      // the incomes and their total, then after ；the spendings and theirs, in one period: the second total's items are
      // those after the first total
      let from = periodStart;
      for (let j = parts.length - 1; j >= 0; j--) {
        if (!ACCOUNT_TOTAL.test(headOf(draft, parts[j]!).replace(PINYIN_GLOSS, ''))) continue;
        if (/^[；;]/.test(textBetween(draft, parts[j]!.endOffset, parts[j + 1]?.offset ?? total.offset))) {
          from = parts[j]!.endOffset;
          parts = parts.slice(j + 1);
          break;
        }
        // (post47c) 中央一般公共预算收入总量108844.06亿元、支出总量142244.06亿元，赤字33400亿元，与预算持平；中央政府性基金预算
        // 收入总量15126.64亿元: a 分号 after an account's totals, its balance between, closes that account: the items of the
        // total after it stand after the 分号
        const rest = textBetween(draft, parts[j]!.endOffset, total.offset);
        const closed = Math.max(rest.lastIndexOf('；'), rest.lastIndexOf(';'));
        if (closed >= 0) {
          from = parts[j]!.endOffset + closed + 1;
          parts = parts.filter((f) => f.offset >= from);
        }
        break;
      }
      if (parts.length < 3) continue;
      // (an aside of the scope in brackets, no figure in it, takes nothing away: 市本级（含高新开发区）一般公共预算收入10.93亿元)
      const listed = textBetween(draft, from, total.offset);
      if (ACCOUNT_NOT_PLUS.test(listed.replace(/（[^（）0-9０-９]*）/g, ''))) continue;
      // (an item written with a minus, 上解上级支出-7.33亿元, is not read as a figure: the items read are not all of them)
      if (/[-－−][0-9０-９]/.test(listed)) continue;
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
  ['running', /(?:公务用车|公務用車|公车|公車|车辆|車輛)(?:运行|運行)(?:维护|維護)?(?:费|費)/],
];
/** Items listed with the “三公” expenses in some statements, which would make another total. */
const OFFICIAL_OTHERS = /会议费|培训费|會議費|培訓費/;

/**
 * “三公”经费决算总额2771万元，比上年下降1.8%。分项情况是：因公出国（境）经费决算120万元…；公务接待费决算1033万元…；公务用
 * 车购置及运行费决算1618万元: the “三公” expenses are, by definition, the spending on official travel abroad, on official
 * receptions and on official vehicles (bought and run), so the first figure of each item after the total, in its
 * paragraph, adds up to it (the vehicles' two when their sum is not stated, their running alone when no purchase is
 * named: `runningAlone`). Silent when an item is missing, when
 * 会议费 or 培训费 are listed with them, or when the total and an item differ in 预算 and 决算.
 */
export function officialCosts(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
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
    const cars = vehicles ? [vehicles] : split.every((f) => f) ? (split as Figure[]) : runningAlone(draft, found.get('running'));
    if (!cars) continue;
    const parts = [abroad, reception, ...cars].sort((a, b) => a.offset - b.offset);
    // (the vehicles' item may be the total of its own two: 公务用车购置及运行费1618万元，其中：购置费414万元…)
    if (parts.some((p) => usedParts.has(p) || !exact(p) || !compatible(p.unit, total.unit))) continue;
    out.push({ total, parts });
  }
  return out;
}

/**
 * “三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元 (heldout178/sgjf-gannan-01):
 * where no car was bought the vehicles' item is their running alone (公务用车运行维护费, 车辆运行费), the three items named
 * and no purchase (购置) anywhere in the paragraph; a purchase named there and its figure is needed as before.
 */
function runningAlone(draft: Draft, running: Figure | undefined): Figure[] | undefined {
  if (!running) return undefined;
  const para = running.para;
  return /购置|購置/.test(textBetween(draft, para.offset, para.endOffset)) ? undefined : [running];
}

/** A scope's electricity used, all of it: 全社会用电量, 全省全社会用电量累计, 湖南省全社会用电量为 (not a region's, 东部地区…). */
const ELECTRICITY_TOTAL = /^(?:[^，,；;。、和及与]{0,8}?)全社会用电量(?:累计)?(?:为|是|达到?|累计达到|共计)?$/;
/** What the words before 全社会用电量 may not hold: another cut of it (地区, 省份, 行业), or the industries themselves. */
const NOT_ALL_ELECTRICITY = /地区|省份|行业|产业|居民|工业|城区|县域|平均|增量|同期/;
/** The electricity an industry used: 第一产业用电量, 第二产业用电量累计达到, 第三产业用电量为 (一, 二 or 三 in group 1). */
const INDUSTRY_ELECTRICITY = /^(?:全[国省市区县州])?第([一二三])产业用电量?(?:累计)?(?:为|是|达到?|累计达到)?$/;
/** The electricity households used: 城乡居民生活用电量, 全省城乡居民生活用电量高达. */
const HOUSEHOLD_ELECTRICITY = /^(?:全[国省市区县州])?城乡居民生活用电量?(?:累计)?(?:为|是|达到?|高达|累计达到)?$/;
/** A time within a year before a figure: 3月, 1-7月, 1至10月份, 上半年, 一季度 (not a date: 11月21日). */
const TIME_OF_YEAR = /(?<![0-9])([0-9]{1,2})(?:\s*[-—–~～至到]\s*([0-9]{1,2}))?\s*月(?!\s*[0-9]{1,2}\s*日)|上半年|下半年|前三季度|第?[一二三四]季度|全年/g;

/** The last time within a year named before a figure in its sentence (to the 。), else in its paragraph: 3月 and 1-3月 apart. */
function timeOfYear(draft: Draft, f: Figure): string | undefined {
  const last = (text: string): string | undefined => {
    let time: string | undefined;
    for (const m of text.matchAll(TIME_OF_YEAR)) time = m[1] ? `${m[1]}${m[2] ? `-${m[2]}` : ''}月` : m[0].replace(/^第/, '');
    return time;
  };
  return last(textBetween(draft, f.period, f.offset)) ?? last(textBetween(draft, f.para.offset, f.offset));
}

/**
 * 3月，全省全社会用电量147.96亿千瓦时…。⏎⏎3月，第一产业用电量1.43亿千瓦时…；第二产业用电量110.85亿千瓦时…；第三产业用电量
 * 23.20亿千瓦时…；城乡居民生活用电量12.48亿千瓦时: the electricity a scope used is what the three industries used and what
 * households used, by definition (全社会用电量 = 第一、二、三产业用电量 + 城乡居民生活用电量: the statistics of the National
 * Energy Administration and of 中电联). The households' figure with the one figure of each industry before it (back to the
 * households' figure or the total before: an industry twice is two sets, which one is theirs is not said), all of one
 * time within the year (3月 and 1-3月 are two sets) and unit; its total the 全社会用电量 of that time before them, in its
 * paragraph or the ones just before. When several totals of that time stand there (a nation's and a province's), one
 * they add up to is theirs, and none: nothing is said.
 */
export function electricityUse(par: Paragraph): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  const name = (f: Figure): string => headName(draft, f).replace(/^(?:[0-9]{4}年)?(?:[0-9]{1,2}(?:[-—–~～至到][0-9]{1,2})?月份?|上半年|下半年|前三季度|第?[一二三四]季度|全年)?[，,：:]?/, '');
  const level = (f: Figure): boolean => !f.relational && !f.bracket && f.unit.kind === 'count' && exact(f);
  let pool: Figure[] | undefined;
  for (const households of figures) {
    if (!level(households) || !HOUSEHOLD_ELECTRICITY.test(name(households))) continue;
    pool ??= [...par.lookups.earlier(), ...figures];
    // back to the households' figure or the total before: one figure of each industry, and no other
    // (a second set of the industries before the households' figure: 上半年 and 6月份, which it belongs to is not said)
    const industries: Array<Figure | undefined> = [undefined, undefined, undefined];
    let twice = false;
    for (let k = pool.indexOf(households) - 1; k >= 0 && !twice; k--) {
      const f = pool[k]!;
      if (!level(f) || !compatible(f.unit, households.unit)) continue;
      const n = name(f);
      if (HOUSEHOLD_ELECTRICITY.test(n) || ELECTRICITY_TOTAL.test(n)) break;
      const m = INDUSTRY_ELECTRICITY.exec(n);
      if (!m) continue;
      const i = '一二三'.indexOf(m[1]!);
      if (industries[i]) twice = true;
      industries[i] = f;
    }
    if (twice || industries.some((f) => !f)) continue;
    const parts = [...(industries as Figure[]), households].sort((a, b) => a.offset - b.offset);
    const time = timeOfYear(draft, parts[0]!);
    if (parts.some((p) => timeOfYear(draft, p) !== time)) continue;
    const totals = pool.filter((t) => {
      if (t.offset >= parts[0]!.offset || !level(t) || !compatible(t.unit, households.unit)) return false;
      const n = name(t);
      return ELECTRICITY_TOTAL.test(n) && !NOT_ALL_ELECTRICITY.test(n) && timeOfYear(draft, t) === time;
    });
    const holding = totals.filter((t) => sumReading(parts, t)?.holds);
    const total = holding.length > 0 ? holding[holding.length - 1] : totals.length === 1 ? totals[0] : undefined;
    if (total) out.push({ total, parts });
  }
  return out;
}

// Restatements: one measure, in one scope, stated twice in a draft (共安排重点建设项目12个 … 13个重点建设项目中).
// Compared over the whole draft, found again on every check.

import type { Line } from '../../parse';
import type { Figure, ParagraphFigures } from '../extract';
import { exact, halfUnit, judge, known } from './arithmetic';
import { agreedBudget } from './budgetActuals';
import { compatible } from '../units';
import { bareMeasure } from './paragraph';
import { commonSuffix, shortForm } from './names';
import { uniqueValue } from './cache';
import { bracketConversions } from './conversions';
import { underOtherTimeFrames } from './timeFrames';
import { neighbourAt, partBesideItsWhole } from './partBesideWhole';
import { ofOtherQuotedItems } from './quotedItems';
import { underOtherQualifyingClauses } from './qualifyingClauses';
import { changeBesideLevel } from './bareChanges';
import { ofOtherStretches } from './stretches';
import { ofOtherChronicleEntries } from './chronicleEntries';
import { ofOtherNamedEntries } from './namedEntries';
import { itemOutturns } from './itemOutturns';
import { budgetStatedTwice } from './budgetNames';
import { relation, restated, type Relation } from './relation';
import {
  draftScopes,
  type DraftScopes,
  inOtherGroups,
  inOtherScopes,
  LEAD_LABEL,
  LINE_MARK,
  meet,
  nationalDraft,
  ofOtherFunds,
  ofOtherLabels,
  ofOtherOpeningTimes,
  parallelSections,
  underOtherScopes,
  underQiZhong,
  wholeBeforeQiZhong,
  wordsOf,
} from './scopes';
import {
  ACCOUNT_GROSS_TOTAL,
  ACCOUNT_PLUS,
  ACCOUNT_TOTAL,
  AVERAGE_OPENING,
  CHANGE_VERB,
  COMPARED_PERIOD,
  COMPLETES_PLAN,
  DISTRIBUTING,
  ENDS_IN_CHANGED_TO,
  FIRMS,
  INDICATOR_VERB,
  NATION_BEFORE_MEASURE,
  NUMBER_AFTER_COUNT,
  ONE_VALUE_DISTRIBUTING,
  PER_UNIT,
  PRICE_CALIBER,
  RISE_VERBS,
  RUNNING_TOTAL,
  SCHEDULE_GAP,
  SECTOR_HAPPENED,
  THREE_INDUSTRIES,
  YEAR_ON_YEAR,
} from './vocabulary';
import { PINYIN_GLOSS, simplified } from '../../text';

/**
 * Two statements of one measure: the same key, or the same measure where one of them was not tied to an
 * entity (实施行政处罚42起 after 立案查处58起 vs 实施行政处罚45起 later). Two different entities'
 * 规范管理 (高血压患者·规范管理, 糖尿病患者·规范管理) are not one measure.
 */
function sameMeasure(a: Figure, b: Figure, variants: ReadonlySet<Figure>): boolean {
  if (a.key === b.key) return true;
  // a variant name is a name of its own: a measure qualified by the figure before it (西博会签约项目10个…到位资金) is not
  // a variant of another measure's name (到位省外资金)
  // (a part after 其中 named by its own measure is compared under that name only: 其中接待过夜游客 is no 接待游客)
  // (云计算、大数据、物联网等新兴业务，1至8月共完成业务收入2392亿元: a name scoped by the things listed before it is
  // theirs, not the variant of another line's 完成互联网宽带业务收入)
  // (all its words in another order, 其中，汽车新注册登记 beside 新注册登记汽车, is that very name: `swappedWords`)
  if (
    variants.has(a) &&
    variants.has(b) &&
    !a.keyedBy &&
    !b.keyedBy &&
    ((!ownNameAfterQiZhong(a) && !ownNameAfterQiZhong(b)) || swappedWords(accountsMeasure(a), accountsMeasure(b))) &&
    !scopedByList(a) &&
    !scopedByList(b)
  )
    return true;
  // (a part named by its whole's name after its own kind, 中央补助资金…，其中：公立医院综合改革中央补助资金9.04万元, names
  // itself in full: that name standing alone elsewhere is the part)
  if (namesItsWhole(a) ? standsAloneAs(b, a.measure) : namesItsWhole(b) && standsAloneAs(a, b.measure)) return true;
  // (an account's item named by the budget it is of, 总收入318.7亿元，其中：一般公共预算收入77.2亿元, is that budget's whole
  // income, the one stated before it: 2025年全市一般公共预算收入77.2亿元)
  const other = accountItem(a) ? b : accountItem(b) ? a : undefined;
  if (other && !other.partOf && !other.keyedBy && accountsMeasure(a) === accountsMeasure(b)) return true;
  // a part of a breakdown (其中规上工业企业9家, 项目12个（新建5个）) is a subset, never the whole measure; nor is a
  // measure of an entity counted before it (产业发展项目172个，完成投资295.9亿元) the measure of all entities
  if (a.partOf || b.partOf || a.keyedBy === 'entity' || b.keyedBy === 'entity') return false;
  // (a sibling's own name counts only outside a 其中: 其中较大火灾60起 after the fires of some units is theirs)
  const own = (x: Figure): boolean => x.key === x.measure || (!underQiZhong(a) && !underQiZhong(b) && ownKey(x) === x.measure);
  return (own(a) || own(b)) && accountsMeasure(a) === accountsMeasure(b);
}

/** The name of a budget's income or spending: 一般公共预算收入, 政府性基金支出, 国有资本经营预算收入, 社会保险基金预算支出. */
const BUDGET_ACCOUNT_NAME = /^(?:一般公共预算|公共财政预算|政府性基金(?:预算)?|国有资本经营预算|社会保险基金(?:预算)?)(?:收入|支出)$/;

/**
 * An item of a statement of account listed after its total (全市一般公共预算收支平衡情况：总收入318.7亿元，其中：一般公共预算
 * 收入77.2亿元，上级补助收入131亿元…; heldout161/jsbg-fushun-01) named by the budget it is of: not a subset of that budget's
 * income, as a part after 其中 is of its whole, but all of it, the account adding what else the budget had.
 */
function accountItem(f: Figure): boolean {
  if (f.keyedBy !== 'part') return false;
  if (/^总(?:收入|支出)(?:合计)?$/.test(f.partOf ?? '')) return BUDGET_ACCOUNT_NAME.test(f.measure);
  // (restate50) a department's income budget and its grant from one budget listed after 其中 (收入预算：2023年年初预算数
  // 1643.29万元，其中：一般公共预算拨款1643.29万元, heldout30/ysgk-wulingshan-01): all the grant from that budget, the one
  // stated alone as 一般公共预算财政拨款收入 (`GRANT_NAME`)
  return DEPARTMENT_BUDGET.test(f.partOf ?? '') && GRANT_NAME.test(f.measure);
}

/** A department's budget for the year, as its income side opens: 年初预算数, 预算数, 收入预算. */
const DEPARTMENT_BUDGET = /^(?:年初)?预算数$|^收入预算$/;

/** The whole a part is keyed by (中央补助资金 of 中央补助资金·公立医院综合改革中央补助资金), '' for a figure of no whole. */
function wholeOf(f: Figure): string {
  return f.keyedBy === 'part' && f.partOf ? f.key.slice(0, Math.max(0, f.key.lastIndexOf('·'))) : '';
}

/**
 * A part whose name is its whole's name with its own kind before it (公立医院综合改革中央补助资金 of 中央补助资金): a full
 * name, not a class word that names the whole's kind only among its parts (其中规上工业企业9家 of the new firms is not
 * every 规上工业企业, 其中城镇 …). The whole's name of four characters or more, so that it is a name, not a head noun.
 */
function namesItsWhole(f: Figure): boolean {
  const whole = wholeOf(f);
  return codePoints(whole) >= 4 && f.measure.length > whole.length && f.measure.endsWith(whole);
}

/** A statement of the name alone: of no whole, not keyed by the figure before it nor by an entity. */
function standsAloneAs(f: Figure, name: string): boolean {
  return !f.partOf && !f.keyedBy && f.key === name;
}

/**
 * Two parts of one name (其中汽车驾驶人4.64亿人) whose wholes are one name once the words that leave a measure as it is are
 * dropped (机动车驾驶人 / 全国机动车驾驶人数量 in a national draft; a place the title opens with): one part stated twice.
 * Only those words (`sameWithoutNeutralWords`), not `variant`: wholes that differ by more are often two scopes' (市本级新增
 * 地方政府债务 beside 新增地方政府债务, 未消除风险 beside 消除风险), each with the same kinds of parts.
 */
function partsOfOneWhole(a: Figure, b: Figure, title: string | undefined, words: NeutralWords): boolean {
  if (a.keyedBy !== 'part' || b.keyedBy !== 'part' || a.measure !== b.measure) return false;
  const [x, y] = [wholeOf(a), wholeOf(b)];
  return x !== '' && y !== '' && (x === y || sameWithoutNeutralWords(x, y, title, words));
}

/** Things listed with 等 (云计算、大数据、物联网等新兴业务), ending the clause before a figure's: the subject it is of. */
const LISTED_SUBJECT_END = /等[\u4e00-\u9fff]{1,8}[，,]$/;

function scopedByList(f: Figure): boolean {
  const before = f.para.prose.slice(f.sentence.offset - f.para.offset, f.clause.offset - f.para.offset);
  if (!LISTED_SUBJECT_END.test(before)) return false;
  const clause =
    before
      .slice(0, -1)
      .split(/[，,；;。：:]/)
      .pop() ?? '';
  return clause.includes('、');
}

/**
 * A measure keyed by the figure before it only for being short (extract.ts qualify), that names its own thing with the
 * same measure word as that figure (猪牛羊肉产量9.67万吨，…；牛奶产量13.56万吨: 产量 after 产量): a sibling in a list of
 * one measure, not a part of the figure before it, and keyed by its own name.
 */
export function ownKey(f: Figure): string {
  if (f.keyedBy !== 'previous' || codePoints(f.measure) < 4) return f.key;
  const word = SIBLING_WORD.exec(f.measure)?.[0];
  const owner = f.key.slice(0, f.key.length - f.measure.length - 1);
  // (续建项目新增投资55.55亿元，累计完成投资268.78亿元: 投资 after 投资 is the same projects', no sibling)
  // (原煤产量4.3亿吨…；日均产量1426.6万吨。原油产量1725万吨…；日均产量57.5万吨: an average opening the name is the
  // average of the thing before, per day or per head, no sibling of it)
  return word && owner.length >= word.length + 2 && owner.endsWith(word) && !DOING.test(f.measure) && !AVERAGE_OPENING.test(f.measure) ? f.measure : f.key;
}

/** Measure words a list of things shares, each thing named before it (猪牛羊肉产量, 牛奶产量; 第一产业增加值). */
const SIBLING_WORD = /(?:产量|産量|产值|産值|增加值|播种面积|面积|面積|人口)$/;
/** A verb in a measure's name: it tells what was done to the thing before, not another thing. */
const DOING = /完成|新增|累计|实现|开工|竣工|新建|续建/;

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) n--;
  return n;
}

/** What restatements read from each figure of a paragraph reading: null where there is nothing. */
interface ReadingStatements {
  /** What a figure states, if it is a statement another one could contradict: measure, unit and scope. */
  ids: ReadonlyArray<string | null>;
  /** The year each figure's span of months is in, when written (its own, or the paragraph's opening period's). */
  years: readonly string[];
  /** The ids without their qualifiers (measureId), for `parallel`. */
  measures: ReadonlyArray<string | undefined>;
  /** What a change states, when it names the measure it changes (see `changeId`). */
  changes: ReadonlyArray<string | null>;
  /** The noun a count written before it restates, when its wording points back. */
  anaphors: ReadonlyArray<string | null>;
  /** The periods (up to 。) long enough to be recognised when written again: their words with the figures taken out. */
  periods: ReadonlyArray<{ words: string; figures: readonly number[] }>;
  /** Each figure read with the figure right before or after it, for sameNeighbourRestatements. */
  neighbours: readonly NeighbourKey[];
  /** Counts after 其中 naming a kind their whole lists, for listedKindRestatements. */
  listedKinds: readonly ListedKind[];
  /** A count before its noun with a qualifier ending in 的 before it and pointing back, for qualifiedAnaphors. */
  qualified: ReadonlyArray<QualifiedAnaphor | null>;
  /** The ids a short name keyed by the figure before it would have under its full names (`fullNames`), for statedTwice. */
  named: ReadonlyArray<readonly string[] | null>;
}

/**
 * What restatements work out once per paragraph reading (the same for every placing of it), kept by the check's
 * cache (cache.ts) for the next check: one look-up per paragraph, not one per figure, on every keystroke.
 */
export class StatementMemo {
  private readonly byReading = new WeakMap<readonly Figure[], ReadingStatements>();
  /**
   * The restatements found, by marker, later figure and earlier figure: a paragraph that keeps its place keeps its
   * placed figures (and one typed into and back comes back to them), so most pairs of a long draft are the same
   * objects check after check, and their relation need not be built again (a relation depends on its two figures only).
   */
  private readonly pairs = new Map<string, WeakMap<Figure, Map<Figure, Relation | null>>>();

  /**
   * The pairs of names of one rest of an id (unit, scope, subject, qualifiers) that `variant` takes for one measure, by
   * the names in the draft's order, the title and the neutral words: a keystroke seldom changes them, and the pairs
   * of a long draft's names are hundreds. Bounded: past `VARIANT_MEMO_LIMIT` lists it starts empty again.
   */
  private readonly variantPairs = new Map<string, ReadonlyArray<readonly [number, number]>>();

  variantsAmong(names: readonly string[], title: string | undefined, words: NeutralWords): ReadonlyArray<readonly [number, number]> {
    const key = JSON.stringify([title ?? null, words.national ?? null, words.counted ?? null, names]);
    let pairs = this.variantPairs.get(key);
    if (!pairs) {
      const found: Array<readonly [number, number]> = [];
      for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (variant(names[i]!, names[j]!, title, words)) found.push([i, j]);
      if (this.variantPairs.size >= VARIANT_MEMO_LIMIT) this.variantPairs.clear();
      this.variantPairs.set(key, (pairs = found));
    }
    return pairs;
  }

  restated(later: Figure, earlier: Figure, marker?: string): Relation | undefined {
    let byLater = this.pairs.get(marker ?? '');
    if (!byLater) this.pairs.set(marker ?? '', (byLater = new WeakMap()));
    let byEarlier = byLater.get(later);
    if (!byEarlier) byLater.set(later, (byEarlier = new Map()));
    let r = byEarlier.get(earlier);
    if (r === undefined) byEarlier.set(earlier, (r = restated(later, earlier, marker ? { marker } : {}) ?? null));
    return r ?? undefined;
  }

  of(group: ParagraphFigures): ReadingStatements {
    let found = this.byReading.get(group.source);
    if (!found) {
      const opening = group.figures.length > 0 ? openingPeriod(group.figures) : undefined;
      const ids = group.figures.map((f) => statementId(f, opening) ?? null);
      found = {
        ids,
        years: group.figures.map((f) => f.year ?? (opening && !f.scope && f.offset < opening.until ? opening.year : '')),
        measures: ids.map(measureId),
        changes: group.figures.map((f) => changeId(f, opening) ?? amountChangeId(f, opening) ?? null),
        anaphors: group.figures.map((f) => readAnaphor(f) ?? null),
        periods: periodWords(group.figures),
        neighbours: [],
        listedKinds: listedKinds(group.figures),
        qualified: group.figures.map((f) => readQualifiedAnaphor(f) ?? null),
        named: group.figures.map((_, i) => (ids[i] === null ? namedIds(group.figures, i, opening) : null)),
      };
      found.neighbours = neighbourKeys(group.figures, ids);
      this.byReading.set(group.source, found);
    }
    return found;
  }
}

function statementId(f: Figure, opening?: Opening): string | undefined {
  return isStatement(f) ? idUnder(f, accountsMeasure(f), opening) : undefined;
}

/**
 * A stock, counted at a moment (保有量, 余额): of a year it is the stock at the year's end. 2022年全国机动车保有量达4.17亿辆 and
 * 截至2022年底，全国机动车保有量达4.17亿辆 (heldout92/jiaoguan-quanguo-01) state one figure; a flow of a year and its
 * running total to the year's end stay apart (a year's new registrations are no stock).
 */
const STOCK_NAME = /(?:保有量|余额|餘額)$/;
const YEAR_END = /^(?:截至)?((?:19|20)[0-9]{2}年)(?:年?底|年?末)?$/;

/** A statement's id under a name: the name, then what it is for, its unit, scope, subject and qualifiers. */
function idUnder(f: Figure, name: string, opening?: Opening, subject = subjectOf(f)): string {
  const spelled = spelledPeriod(f.scope || (opening && f.offset < opening.until ? opening.period : ''));
  const scope = STOCK_NAME.test(name) ? spelled.replace(YEAR_END, '$1') : spelled;
  return `${name}${purposeOf(f)}|${f.unit.kind}|${f.unit.base}|${scope}|${subject}|${ownQualifiers(qualifiersOf(f), subject)}`;
}

/** A level of government written as a qualifier (`SUBSCOPE_WORD`): 本级, 市本级, 县级, 省级, 市级. */
const LEVEL_QUALIFIER = /^(?:[省市县区]?本级|[省市县]级)$/;

/**
 * (restate47) The qualifiers, without a level of government the subject already names: 2025年市本级一般公共预算收入12.8亿元
 * in a report on 市本级 (subject 市本级) reads 本级 before its measure, the balance's 其中：一般公共预算收入12.8亿元 under the same
 * subject none (heldout161/jsbg-fushun-02); the level says the scope once, as the subject does. Another level than the
 * subject's (县级 under 市本级) stays a qualifier.
 */
function ownQualifiers(qualifiers: string, subject: string): string {
  if (!subject.includes('级') || !qualifiers.includes('级')) return qualifiers;
  return qualifiers
    .split('·')
    .filter((q) => !(LEVEL_QUALIFIER.test(q) && subject.includes(q)))
    .join('·');
}

/** A short name that is a word of its own (two or three characters), not a verb of change or the end of 从…到/增至. */
const SHORT_NAME = /^[\u4e00-\u9fff]{2,3}$/;
const NO_NAME = new RegExp(`${CHANGE_VERB}|[到至为达共]$|^[和及与或等这该此其]`);

/**
 * The full names a short name keyed by the figure before it (extract.ts qualify: 受理消费者投诉·举报) leaves to be read
 * from that figure: for a rate, the owner's name with the short one after it (县级议事协调机构…，精简率92% → 县级议事协调机构
 * 精简率), and, when the owner's name ends in a word as long as the short one, that word replaced (受理消费者投诉9880件…；举报3618件
 * → 受理消费者举报; 共提出议案4件、建议199件 → 共提出建议: the objects of one verb listed after it). Only candidates:
 * statedTwice pairs a figure under one only when it is the name of another statement of the draft.
 */
function fullNames(figures: readonly Figure[], i: number): string[] {
  const f = figures[i]!;
  if (f.keyedBy !== 'previous' || !SHORT_NAME.test(f.measure) || NO_NAME.test(f.measure)) return [];
  const owner = f.key.slice(0, f.key.length - f.measure.length - 1);
  if (codePoints(owner) < 2 || /[0-9０-９·]/.test(owner)) return [];
  // the owner is the figure right before, named by its own words (水产受灾7.07万亩，损失1.93亿元, after 直接经济损失…: 损失
  // is keyed by 直接经济损失 over 水产受灾, whose list it is not)
  let before: Figure | undefined;
  for (let k = i - 1; k >= 0 && !before; k--) {
    const g = figures[k]!;
    if (g.period === f.period && g.unit.kind !== 'percent' && g.measure !== '') before = g;
  }
  if (!before || before.key !== owner) return [];
  const word = owner.slice(owner.length - f.measure.length);
  // (a rate only after its owner's whole name: a count or an amount so would name the two together, 投诉举报 of 投诉…、举报…)
  const names = f.unit.kind === 'percent' ? [`${owner}${f.measure}`] : [];
  // (the word replaced is another: 已出版或交付出版17部…，已出版172部 names the owner's own word, of other books)
  if (codePoints(owner) - f.measure.length >= 2 && word !== f.measure) names.push(`${owner.slice(0, owner.length - f.measure.length)}${f.measure}`);
  return names.filter((n) => codePoints(n) >= 4);
}

/**
 * The ids of a figure that is no statement only for its short name, under its full names (`fullNames`): every other
 * test of `isStatement` holds.
 */
function namedIds(figures: readonly Figure[], i: number, opening?: Opening): string[] | null {
  const f = figures[i]!;
  if (!exact(f) || f.relational || distributed(f) || attributive(f) || perUnit(f) || f.partOf) return null;
  if (f.unit.kind === 'points' || f.unit.kind === 'times' || f.unit.kind === 'permille') return null;
  if (f.unit.kind === 'percent' && (f.inChange || !/(?:率|比重)$/.test(f.measure))) return null;
  const names = fullNames(figures, i);
  if (names.length === 0) return null;
  // (其中受理消费者投诉9880件；举报3618件: the subject read after 其中 is the owner's own name, as ownNameAfterQiZhong reads
  // it for the owner: the short name listed after it is named in that list, no narrower scope)
  const subject = ownNameAfterQiZhong(f, f.key.slice(0, f.key.length - f.measure.length - 1)) ? '' : subjectOf(f);
  return names.map((n) => idUnder(f, n, opening, subject));
}

/**
 * A change named by the measure it changes, then the comparison and the verb (規上工業增加值同比增長8.4%, or after that
 * measure's level: 社會消費品零售總額303.1億元，增長3.7%, keyed 社會消費品零售總額·增長): the measure, and the comparison
 * with the year before or none (a bare 增长 in a report's running text is the change on the year before).
 */
const NAMED_CHANGE = new RegExp(`^([^·]+?)·?((?:${YEAR_ON_YEAR.source})?)(${CHANGE_VERB})$`);

/**
 * What a change states, when it is a percentage change named by the measure it changes: the measure, its direction, and
 * the scope, subject and qualifiers a statement's id carries. (A change is no statement: `isStatement`.) A change of a
 * part (keyed by the whole before it), of several (分别), or approximate is none.
 */
function changeId(f: Figure, opening?: Opening): string | undefined {
  if (f.unit.kind !== 'percent' || !f.inChange || !exact(f) || underQiZhong(f) || distributed(f)) return undefined;
  if (f.keyedBy !== undefined && !(f.keyedBy === 'previous' && afterOwnLevel(f))) return undefined;
  const m = NAMED_CHANGE.exec(f.key);
  const measure = m?.[1]!.replace(PINYIN_GLOSS, '').replace(MARKED_NAME, '');
  // (事故起数减少…，下降19.1%: a name ending in a verb of change is a change's, not a measure's; 较2019年增长, 比决算数下降
  // compare with something else and name no measure)
  if (!m || !measure || codePoints(measure) < 4 || ENDS_IN_VERB.test(measure) || COMPARED_WITH.test(measure)) return undefined;
  const direction = (RISE_VERBS as readonly string[]).includes(m[3]!) ? '+' : '-';
  const scope = spelledPeriod(f.scope || (opening && f.offset < opening.until ? opening.period : ''));
  return `${measure}|change${direction}|%|${scope}|${subjectOf(f)}|${qualifiersOf(f)}`;
}

/**
 * What an amount of change states, when it is named by the measure it changes and dated (前八个月人民币贷款增加14.43万亿元
 * in a heading and again in its section; 全年外币贷款减少1779亿美元): the measure, its direction and unit, and the scope,
 * subject and qualifiers a statement's id carries. Not one keyed by a figure before it (同比多增, a part's 短期贷款增加), nor
 * one without a period of its own (a monthly report writes the month's and the months' to date bare; 與上年相比，事故起數減少3起
 * names the year compared with, and the count before it may be a part's, 较大交通事故12起); nor 个百分点, a
 * rate's change or a pull (房地产业投资…拉动全部投资增长21.1个百分点, each sector's own).
 */
function amountChangeId(f: Figure, opening?: Opening): string | undefined {
  if (f.unit.kind === 'percent' || f.unit.kind === 'points' || !f.inChange || f.keyedBy !== undefined || !exact(f) || underQiZhong(f) || distributed(f)) return undefined;
  const m = NAMED_CHANGE.exec(f.key);
  const measure = m?.[1]!.replace(PINYIN_GLOSS, '').replace(MARKED_NAME, '');
  const scope = spelledPeriod(f.scope || (opening && f.offset < opening.until ? opening.period : ''));
  if (!m || !measure || scope === '' || COMPARED_PERIOD.test(scope) || codePoints(measure) < 4 || ENDS_IN_VERB.test(measure) || COMPARED_WITH.test(measure)) return undefined;
  const direction = (RISE_VERBS as readonly string[]).includes(m[3]!) ? '+' : '-';
  return `${measure}|change${direction}|${f.unit.kind}:${f.unit.base}|${scope}|${subjectOf(f)}|${qualifiersOf(f)}`;
}

/**
 * Words that compare with something inside what would be a change's measure (较2019年, 比决算数, 較上年度, 同口径): the
 * change is against that, not the year before, and the words before them name no measure alone.
 */
const COMPARED_WITH = /[较較比]|同口径|同口徑|[0-9０-９]/;

/**
 * The level's change in its own unit, right before the percentage (34,993.1亿元，较上年减少1,405.9亿元，下降3.9%): the same
 * change written twice, the percentage still the level's.
 */
const AMOUNT_CHANGE = `(?:${YEAR_ON_YEAR.source})(?:${CHANGE_VERB})[0-9０-９][0-9０-９.,]*\\s*[万亿萬億]?[^\\s0-9０-９，,；;。：:、%]{1,3}[，,]\\s*`;

/**
 * What stands between a level and its change: the comma (or a space: ●第一产业投资完成16.4亿元 同比增长11.7%), a share of a plan or a budget the level reaches (，占预算的21.1%，
 * ，为年初预算的74.7%，) or none, then the change's words alone (，增長 / ，同比下降).
 */
const CHANGE_AFTER_LEVEL = `(?:[，,]\\s*|\\s+)(?:(?:占|为|為)[^，,；;。0-9０-９]{0,12}[0-9０-９][0-9０-９.]*%[，,]\\s*|${AMOUNT_CHANGE})?(?:${YEAR_ON_YEAR.source})?(?:${CHANGE_VERB})$`;
/** A level right before a change: 303.1億元，增長 / 34069万元，占预算的21.1%，增长 / 34,993.1亿元，较上年减少1,405.9亿元，下降. */
const LEVEL_THEN_CHANGE = new RegExp(`[0-9０-９][0-9０-９.,]*\\s*[^\\s0-9０-９，,；;。：:、]{0,5}${CHANGE_AFTER_LEVEL}`);
/** A verb between a level's name and its figure: 社會消費品零售總額實現303.1億元, 一般公共预算收入累计完成34069万元. */
const LEVEL_VERB = /(?:累计|累計)?(?:实现|實現|完成|达到|達到|达|達|为|為)$/;

/**
 * A change keyed by the level before it whose name that level carries, right before it (社會消費品零售總額實現303.1億元，
 * 增長3.7%): the change of that measure. A change keyed by a level further back (第一产业增加值2.9亿元，增长3.7%；第二产业
 * 增加值28.4，增长4.5%: the 28.4 read as no figure) is not named.
 */
function afterOwnLevel(f: Figure): boolean {
  const before = f.para.prose.slice(Math.max(0, f.clause.offset - f.para.offset - 60), f.offset - f.para.offset);
  const level = LEVEL_THEN_CHANGE.exec(before);
  const owner = f.key.slice(0, f.key.lastIndexOf('·'));
  return level !== null && owner.length > 0 && before.slice(0, level.index).replace(LEVEL_VERB, '').endsWith(owner);
}

/** A quarter or a half named in words (一季度, 上半年), within a scope, or 截至到 / 截止到 opening it. */
const PERIOD_IN_WORDS = /^截[至止]到|上半年|下半年|前三季度|第?[一二三四]季度/g;

/**
 * A month written with 份 after it (1月份, 1-9月份): the month itself. 1月份全國共查處享樂主義、奢靡之風問題5209起 in a
 * headline and 1月全國共查處享樂主義、奢靡之風問題5209起 in its body (heldout149/bxgd-quanguo-06) name one month.
 */
const MONTH_WITH_FEN = /([0-9０-９一二三四五六七八九十]月)份/g;

/**
 * A scope in one spelling: a quarter or a half as its months (1至3月 / 一季度 in the lead and the body of one bulletin
 * are one period, 1-3月), 截至到 as 截至 (截止到2017年末 / 截至2017年末) and a month without 份 (1月份 / 1月). The
 * year, a modality or a bound stay as written.
 */
function spelledPeriod(scope: string): string {
  return scope.replace(PERIOD_IN_WORDS, (w) => (w.startsWith('截') ? '截至' : NAMED_PERIODS[w]!)).replace(MONTH_WITH_FEN, '$1');
}

/** A span of the year's months, a half or a quarter, or a day it runs to, opening a paragraph before its first comma. */
const OPENING_PERIOD =
  /^(?:据统计|据了解|据悉|经统计)?[，,]?(?:(?:19|20)[0-9]{2}年|今年)?([0-9]{1,2}月?[-—~～至][0-9]{1,2}月份?|上半年|前三季度|第?[一二三四]季度|截[至止][^，,。；;]{0,12}?(?:底|末|日))[，,]/;

/** Time words that name another period than the one a paragraph opens with. */
const OTHER_TIME = /[0-9０-９一二三四五六七八九十]{1,2}月|季度|半年|截[至止]|去年|上年|同期|全年|本月|当月|[0-9]{4}年/;

/** The period a paragraph opens with, and where the paragraph first names another time (absolute offset). */
interface Opening {
  period: string;
  /** The year written before the period (2014年 of 2014年1至9月), '' when none or the title's. */
  year: string;
  until: number;
}

/**
 * The period a paragraph opens with (1-6月，我县重大项目建设稳步推进。…; 2014年1至9月，我院共受理…；审执结…), spelled as a
 * figure's scope: the period of every figure of the paragraph that names none of its own, up to another time named.
 */
function openingPeriod(paragraph: readonly Figure[]): Opening | undefined {
  const first = paragraph[0]!;
  const prose = first.para.prose;
  // (the opening is read on the paragraph's first characters: a look at its head, not at the whole paragraph)
  const m = OPENING_PERIOD.exec(prose.slice(0, 80).replace(/\s/g, ''));
  if (!m) return undefined;
  const period = m[1]!
    .replace(/^截止/, '截至')
    .replace(/^第/, '')
    .replace(/^([0-9]{1,2})月?[-—~～至]([0-9]{1,2})月份?$/, '$1-$2月');
  // (the first figure of the opening sentence shows how the draft reads it: 上半年 in a draft whose title names it is the
  // document's own period, no scope)
  if (first.sentence.offset !== first.para.offset || first.scope !== period) return undefined;
  // (nor is a figure after another time named in the paragraph: 上半年，…；…。6月份，…第三产业用电量为1.31亿千瓦时)
  const openingEnd = prose.indexOf(m[0].slice(-1)) + 1;
  const other = OTHER_TIME.exec(prose.slice(openingEnd));
  return { period, year: first.year ?? '', until: first.para.offset + (other ? openingEnd + other.index : prose.length) };
}

/** The most characters of a period before a figure read for its qualifiers: openers stand near the figure. */
const QUALIFIER_WINDOW = 120;

/** A caliber the figure is counted in: 按同比口径, 按自然口径, 同口径, 剔除…因素, 扣除…, 不含…. */
const CALIBER = /(?:按|以)?[^，,；;。：:（(）)]{0,8}口径|(?:剔除|扣除|不含|不包括)[^，,；;。）)]{1,20}/g;
/** A clause opened by 对 (对未成年人犯罪，…; 对民事审判活动监督案受理…): the figures after it are of that object only. */
const FOR_OBJECT = /(?:^|[，,；;：:。])(?:共|另|还|并)?对([^，,；;。：:0-9０-９]{2,24})/g;
/**
 * Words in a figure's own clause head that name a sub-scope, a period or a subset of the measure. (其中 is read by
 * subjectOf: a part after 其中 named by its own full measure is that measure, 其中公共财政收入 is 公共财政收入.)
 */
const SUBSCOPE_WORD = /县级|市本级|本级|省本级|城镇|农村|乡村|全省|省级|市级|新增|累计|本年|当年|当月|本月|本期|同期|超期|按期|逾期/g;
/** A clause head that is a subject with a gloss in brackets (（一）交通运输业（道路运输业）), an ordinal before it. */
const GLOSSED_SUBJECT = /^(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９一二三四五六七八九十]{1,3}[、.．])?([\u4e00-\u9fff]{2,12})[（(][^（()）]{1,30}[)）]$/;
/** A region opening a period with the count of its units and 中 (陕北地区26个县（区）中, 东部片区12个乡镇中). */
const REGION_OPENER = /^[，,\s]*(?![全共])([\u4e00-\u9fff]{1,8}(?:地区|片区|区域|板块|流域))[0-9０-９]+(?:个|家|所|座)[^，,；;。0-9０-９]{1,10}中/;
/** A list opener after a figure (…共3件，具体承办单位为：, …3298万元，包括): the items after it are parts of what stands before it. */
const LIST_OPENER = /(?:包括|包含|如下|为)?[：:]|包括|包含/g;
/** A subgroup named by its count at the head of a period ((2)42个重点续建项目，…; 政府投资项目1077个，…). */
const GROUP_NOUN = '(?:项目|項目|工程|企业|企業|学校|學校|中学|小学|幼儿园|医院|醫院|卫生院|单位|單位|园区|乡镇|村|社区)';
const COUNTED_GROUP = new RegExp(
  `^(?:[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）、.．])?(?:从[^，,；;。]{1,8}看[，,])?[^，,；;。0-9０-９]{0,12}?(?:[0-9０-９]+(?:个|個|家|所|项|項|座|批|宗)[\\u4e00-\\u9fff]{0,10}${GROUP_NOUN}|[\\u4e00-\\u9fff]{0,10}${GROUP_NOUN}[0-9０-９一二三四五六七八九十]+(?:个|個|家|所|项|項|座|批|宗))[，,]`,
);

/** A count and a stage heading a sentence, the projects' noun left out (9个正在推进，): the stage. */
const COUNTED_STAGE = /^[0-9０-９]+(?:个|個|项|項)(正在推进|正在建设|在建|已完工|主体完工|已开工|已竣工)[，,]/;
/** A stage right after a counted noun, up to the clause's end (…项目主体完工，, …项目建设。). */
const STAGE_AFTER_NOUN = /^(?:主体完工|完工|竣工|开工|建成|投产|建设|推进)(?=[，,；;。])/;

/**
 * A count of all the projects the report speaks for: of the whole place (全县重点项目120个) or with a verb that sets the
 * whole list (计划实施重点项目3168个, 共安排项目52个, 全市共有学校46所).
 */
const WHOLE_GROUP = /^(?:[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）、.．])?(?:今年|全年|\d{4}年)?(?:全[县市区省州镇乡旗盟]|全部)|实施|安排|共|有|确定|谋划|纳入|列入|储备/;

/**
 * A period opened by the moment of an event and 时 (划转移交时，东区有公办幼儿园1所; 机构改革时，…): its figures are of that
 * moment, not of now (现有公办幼儿园5所): two times, no restatement. The event's words are the qualifier.
 */
const MOMENT_OPENER = /^(?:[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）、.．])?([\u4e00-\u9fff（）()]{2,20}?)时[，,]/;
/** Words ending in 时 that name no moment: 同时, 及时, 按时 (与此同时，…; 在…的同时，…). */
const NOT_A_MOMENT = /[同及按准适随届临平]$/;

/**
 * What qualifies a statement in the words before it (issue 12: one measure of one subject over one period, and nothing
 * the other statement lacks): the caliber it is counted in (按同比口径, 剔除…), an object opened by 对…, sub-scope words
 * in its own clause (县级, 市本级, 城镇, 新增, 累计, 当月, 超期 …), the parent of a list it stands in (…为：, 包括), and a
 * subgroup counted at the head of its period. Two statements are one only when these are the same: a new text's own
 * way of narrowing a measure is then one side's qualifier the other lacks, and the two stay apart.
 */
function qualifiersOf(f: Figure): string {
  const prose = f.para.prose;
  const start = Math.max(0, f.period - f.para.offset, (f.measureSpan?.offset ?? f.offset) - f.para.offset - QUALIFIER_WINDOW);
  const at = (f.measureSpan && f.measureSpan.offset < f.offset ? f.measureSpan.offset : f.offset) - f.para.offset;
  const head = at > start ? prose.slice(start, at).replace(/\s/g, '') : '';
  const out: string[] = [];
  // a caliber or an object opening the paragraph (不含常州经开区计算，…) speaks for all its periods
  const opener = f.period - f.para.offset > 0 ? /^[^，,；;。：:]{2,30}[，,：:]/.exec(prose) : null;
  if (opener) for (const m of opener[0].matchAll(CALIBER)) out.push(m[0]);
  if (opener) for (const m of opener[0].matchAll(FOR_OBJECT)) out.push(`对${m[1]!}`);
  for (const m of head.matchAll(CALIBER)) out.push(m[0]);
  // the nearest object only: 对A受理#件，提出#件；对B受理#件，提出检察建议#件 — the second 提出 is B's
  let object = '';
  for (const m of head.matchAll(FOR_OBJECT)) object = `对${m[1]!}`;
  if (object) out.push(object);
  // the figure's own clause head: from the figure before it (or the period's start) to its measure
  const own = ownClauseHead(head);
  for (const m of own.matchAll(SUBSCOPE_WORD)) out.push(m[0]);
  // (第一产业用电量累计达到1245亿千瓦时 after the month's 第一产业用电量达到104亿千瓦时: 累计 between the measure and its
  // figure says the year so far, as before the measure, when no span of months says it: 1-3月份…收入累计完成34069万元 is
  // the 1-3月份 收入完成34069万元 of another paragraph)
  if (!f.scope && runningTotalAfterMeasure(f) && !out.includes('累计')) out.push('累计');
  const level = listLevel(head);
  if (level && !own.includes(level)) out.push(`@${level}`);
  // a subject glossed in brackets right before the measure ends the measure's name at the bracket: the subject is
  // the statement's own (（一）交通运输业（道路运输业）发生事故21起 / （六）其他行业（信息传输）发生事故2起)
  const glossed = GLOSSED_SUBJECT.exec(own.slice(Math.max(own.lastIndexOf('，'), own.lastIndexOf(','), own.lastIndexOf('；')) + 1));
  if (glossed) out.push(`@${glossed[1]!}`);
  // a side of the work named at a clause head (铁路方面，完成投资303.1亿元 / 公路水路方面，…): that side's measure
  const side = /([\u4e00-\u9fff]{2,10})方面[，,：:][^，,；;。]*$/.exec(head);
  if (side) out.push(`@${side[1]!}`);
  // a side of the work opening the paragraph (在构建现代化产业体系方面，一季度，…; “三大战略行动”方面共投入项目30个): the
  // paragraph is about that side, all its periods
  const aspect = /^\s*(?:在)?([^，,。；;：:0-9０-９]{2,30}?)方面/.exec(prose);
  // (not a side the measure itself names: 在就业方面，…城镇新增就业12.0万人 is the province's 城镇新增就业)
  if (aspect && !side && !f.measure.includes(aspect[1]!.slice(-2))) out.push(`@@${aspect[1]!}`);
  // (and a side opened in a paragraph before, when the draft takes several in turn: extract.ts's aspect)
  else if (!aspect && f.aspect && !side && !f.measure.includes(f.aspect.slice(-2))) out.push(`@@${f.aspect}`);
  // 第一批…建设任务1497户，完成1564户；第二批…建设任务741户，完成720户: the batch named last before the figure in its
  // period is the figure's
  const batch = [...head.matchAll(/第[一二三四五六七八九十0-9０-９]{1,3}(?:批|期|轮)/g)].pop();
  if (batch) out.push(batch[0]);
  // a region's own units counted at the head of the period (陕南地区32个县（区）中12个县（区）…): the region is the scope
  const periodStart = Math.max(0, f.period - f.para.offset);
  const region = REGION_OPENER.exec(prose.slice(periodStart, periodStart + 40));
  if (region && f.offset - f.para.offset >= periodStart + region[0].indexOf(region[1]!) + region[1]!.length) out.push(`@${region[1]!}`);
  let list = -1;
  // (a list opens after a figure: 导言：, 摘要提示：, 锡林郭勒盟： before the first figure only label a line)
  for (const m of head.matchAll(LIST_OPENER)) if (!/其中[：:]?$/.test(head.slice(Math.max(0, m.index - 2), m.index + m[0].length)) && /[0-9０-９]/.test(head.slice(0, m.index))) list = m.index;
  if (list >= 0) {
    const from = Math.max(list - 24, head.lastIndexOf('；', list - 1) + 1, head.lastIndexOf(';', list - 1) + 1, head.lastIndexOf('。', list - 1) + 1);
    out.push(`⊂${head.slice(from, list).replace(/[0-9０-９.,，]+/g, '#')}`);
  }
  // (全县重点项目120个，… is the whole, counted: no subgroup)
  // 省、市重点建设项目29宗，完成投资69.9亿元…；县重点建设项目43宗，完成投资18.5亿元: a subgroup counted at the head of
  // its sentence after a ；, as at the head of its period (and that one, not the period's)
  const sentenceStart = f.sentence.offset - f.para.offset;
  let group =
    sentenceStart > start && sentenceStart < at && /[；;]\s*$/.test(prose.slice(Math.max(0, sentenceStart - 4), sentenceStart))
      ? COUNTED_GROUP.exec(prose.slice(sentenceStart, at).replace(/\s/g, ''))
      : null;
  if (!group && f.period - f.para.offset === start) group = COUNTED_GROUP.exec(head.replace(/^[（(](?![0-9０-９一二三四五六七八九十])/, ''));
  if (group && !WHOLE_GROUP.test(group[0])) out.push(`#${group[0].replace(/[0-9０-９一二三四五六七八九十]+/g, '#')}`);
  // 15个其他教育民生项目主体完工，计划投资6143.61万元；9个正在推进，计划投资88739.21万元: the projects of the clause
  // before counted again by a stage alone, their noun left out, head the sentence: the figures after are that stage's
  const staged =
    !group && sentenceStart > start && sentenceStart < at && /[；;]\s*$/.test(prose.slice(Math.max(0, sentenceStart - 4), sentenceStart))
      ? COUNTED_STAGE.exec(prose.slice(sentenceStart, at).replace(/\s/g, ''))
      : null;
  if (staged) out.push(`#${staged[1]!}`);
  // 此外，15个其他教育民生项目主体完工 after 完成…等8个其他教育民生项目建设: the stage written right after a count's noun (its
  // name cut before it) says which of the projects it counts
  const stage =
    f.unit.kind === 'count' && f.measureSpan?.offset === f.endOffset ? STAGE_AFTER_NOUN.exec(prose.slice(f.measureSpan.endOffset - f.para.offset, f.measureSpan.endOffset - f.para.offset + 8)) : null;
  if (stage) out.push(`⚒${stage[0]}`);
  if (sumOfAccount(f)) out.push('∑加');
  const moment = MOMENT_OPENER.exec(prose.slice(periodStart, at).replace(/\s/g, ''));
  if (moment && !NOT_A_MOMENT.test(moment[1]!)) out.push(`⏱${moment[1]!}`);
  // 交通運（yùn）輸業（yè）發（fā）生生產（chǎn）安全事故3起: a sector opening its period, then 发生, is the subject of what
  // happened there (its measure's name cut at a pinyin reading would lose it)
  const sector = SECTOR_HAPPENED.exec(prose.slice(periodStart, at).replace(PINYIN_GLOSS, '').replace(/\s/g, ''));
  if (sector) out.push(`@${sector[1]!}`);
  // 这次全市区县人大代表换届选举，…参加投票选民826万人 / 181个乡镇人大代表换届选举，…参加投票选民3072340人: an election
  // opening its period, the body elected named, is what the period counts (the voters of one election are not another's)
  const election = ELECTION_OPENER.exec(simplified(prose.slice(periodStart, at).replace(/\s/g, '')));
  if (election) out.push(`⚑${election[1]!}`);
  // (a pipe of a pasted table in a list parent would end the id early: measureId cuts the qualifiers at the last |)
  return out.join('·').replace(/\|/g, '¦');
}

/** An election named before the first comma of a clause, with the body elected (区县人大代表换届选举，): its last words. */
const ELECTION_OPENER = /([\u4e00-\u9fff]{2,6})换届选举[，,]/;

/** The most characters between a measure and its figure read for 累计: a verb or two (累计达到, 累计完成了). */
const MAX_LEVEL_WORDS = 8;

/** Whether 累计 stands between a figure's measure and the figure: 用电量累计达到1245亿千瓦时, 投资累计完成84.58亿元. */
function runningTotalAfterMeasure(f: Figure): boolean {
  if (!f.measureSpan || f.measureSpan.endOffset > f.offset) return false;
  const between = f.para.prose.slice(f.measureSpan.endOffset - f.para.offset, f.offset - f.para.offset);
  return between.length <= MAX_LEVEL_WORDS && RUNNING_TOTAL.test(between);
}

/**
 * 根据上述地方财政收入，加返还性收入…；…；2021年财政总收入为182513万元: a 总收入 (总支出) that closes a statement of account,
 * its items added by 加 in its period, is the sum of that account — the resources a budget has — not the gross revenue
 * (上划收入 and 地方收入) a report names 财政总收入 elsewhere: the two are stated under one name in two calibers.
 * So is a 支出总计 (收入总计, 收入合计) closing them: 2022年，全市一般公共预算支出535.56亿元…。加上上解上级支出80.5亿元、…、
 * 年终结余55.98亿元等，全市一般公共预算支出总计730.05亿元 (heldout164/jsbg-zhanjiang-01) is the spending and what the
 * account sets aside and carries over, not the 一般公共预算支出 stated before it, though 总计 leaves the measure's name.
 */
function sumOfAccount(f: Figure): boolean {
  const head = f.para.prose.slice(Math.max(0, f.period - f.para.offset), f.offset - f.para.offset).replace(/\s/g, '');
  // (the items before the total's own clause)
  const items = head.slice(0, Math.max(...['，', ',', '；', ';'].map((mark) => head.lastIndexOf(mark)), 0));
  return (ACCOUNT_GROSS_TOTAL.test(head) || ACCOUNT_TOTAL.test(head)) && items.search(ACCOUNT_PLUS) >= 0;
}

/** A level opening a clause that lists honours or kinds (全区现有全国级文明校园1所、…；自治区级…示范校2所、…). */
const LIST_LEVEL = /^[\u4e00-\u9fff]{0,6}?((?:全国|国家|自治区|省|市|州|县|区)级)/;

/**
 * …全国级文明校园1所、消防安全示范校1所…；自治区级…依法治校示范校11所、消防安全示范校4所: a level that opens a clause
 * of items joined by 、 is each item's, not only the first's: the level the figure's clause opens with, read from
 * its last ；, ，, ：or full stop.
 */
function listLevel(head: string): string | undefined {
  const clause = head.slice(Math.max(...['；', ';', '。', '，', ',', '：', ':'].map((c) => head.lastIndexOf(c))) + 1);
  return LIST_LEVEL.exec(clause)?.[1];
}

/**
 * A figure's own clause head: the words after the figure before it. 全市累计纳入监测对象5618户22770人: a count written right
 * after another (households, then people) with nothing between is the same clause's second count, and the clause head
 * before the first (累计) is its own too; read past such counts.
 */
function ownClauseHead(head: string): string {
  let rest = head;
  let end = lastFigureEnd(rest);
  while (end >= 0 && end === rest.length - 1) {
    rest = rest.slice(0, lastFigureStart(rest));
    end = lastFigureEnd(rest);
  }
  return rest.slice(end + 1);
}

/** A figure in a head: its digits and the unit or measure word right after them. */
const FIGURE_IN_HEAD = /[0-9０-９][0-9０-９.,，%]*[\u4e00-\u9fff]{0,2}/g;

/** Where the last figure of a head starts (the head's length for none). */
function lastFigureStart(head: string): number {
  let start = head.length;
  for (const m of head.matchAll(FIGURE_IN_HEAD)) start = m.index;
  return start;
}

/** Where the last figure of a head ends (-1 for none): its digits and the unit or measure word right after them. */
function lastFigureEnd(head: string): number {
  let end = -1;
  for (const m of head.matchAll(FIGURE_IN_HEAD)) end = m.index + m[0].length - 1;
  return end;
}

/** A mark opening a bulleted line, read as the start of the measure's name (●第一产业投资完成16.4亿元): no part of it. */
const MARKED_NAME = new RegExp(`^${LINE_MARK}\\s*`);

/** A sentence that opens with the final accounts it speaks of: 2023年度“三公”经费财政拨款支出决算中，因公出国（境）费12.02万元. */
const IN_FINAL_ACCOUNTS = /决算中[，,：:]/;

/**
 * The old name of the general budget (公共财政预算, renamed 一般公共预算 by the 2014 budget law), still written beside the
 * new one: 公共财政预算收入 is 一般公共预算收入; and its short name, 公共预算 (of the law's four budgets only the general one
 * is public): 公共预算收入 is 一般公共预算收入. (公共财政收入 alone is left as it is: a report may give it a scope of its own.)
 */
const OLD_BUDGET_NAME = /^公共(?:财政)?预算/;

/**
 * (restate50) A budget's grant to a department, named with 财政 or 收入 or without (2023年一般公共预算财政拨款收入1643.29万元 and
 * 收入预算…其中：一般公共预算拨款1643.29万元, heldout30/ysgk-wulingshan-01): a grant is the department's income from that
 * budget, and the budget named is a public one (财政): one item. Not 财政拨款收入 alone (all the budgets' grants together),
 * nor a grant spent (…拨款支出).
 */
const GRANT_NAME = /^(一般公共预算|政府性基金预算|国有资本经营预算)(?:财政)?拨款(?:收入)?$/;

/**
 * The measure a statement states, read as final accounts name it: X支出决算 is X决算 (公务接待费支出决算 and 公务接待费
 * 决算 are one figure), and in a sentence that opens with …决算中， an item named without 决算 or 预算 is its 决算
 * (因公出国（境）费12.02万元 there is the 因公出国（境）费支出决算 stated elsewhere). A 支出 with no such words around it
 * stays what it is: a budget paragraph's 公务接待费 is not the accounts' one.
 */
function accountsMeasure(f: Figure): string {
  const m = bareMeasure(f).replace(OLD_BUDGET_NAME, '一般公共预算').replace(MARKED_NAME, '').replace(GRANT_NAME, '$1拨款');
  const named = m.replace(/支出(决算|预算)$/, '$1');
  if (named !== m || /决算|预算/.test(m)) return named;
  const head = f.para.prose.slice(Math.max(0, f.period - f.para.offset), f.offset - f.para.offset);
  return IN_FINAL_ACCOUNTS.test(head) ? `${m.replace(/支出$/, '')}决算` : m;
}

/**
 * A subject read from a budget report's section heading that names a side of the accounts, not a part of the whole
 * ((一)收入情况 / (二)支出情况 / (三)平衡情况): the figures under it are the report's own, of no narrower scope.
 */
const SECTION_SUBJECT = /^(?:收入|支出|收支|平衡)情况$/;

/**
 * The figure's subject, and a part's after 其中 anywhere earlier in its sentence up to 。: in 签约项目293个，协议总金额
 * 1052.97亿元，其中亿元以上项目178个；协议总金额1004.44亿元, the second 协议总金额 is of the 178 projects.
 */
function subjectOf(f: Figure): string {
  if (SECTION_SUBJECT.test(f.subject)) return '';
  if (f.subject !== '' && !f.partOf && (ownNameAfterQiZhong(f) || itemAfterQiZhong(f))) return '';
  if (f.subject !== '' || f.partOf) return f.subject;
  const start = f.period - f.para.offset;
  const at = f.offset - f.para.offset;
  if (start < 0 || at <= start) return '';
  const before = f.para.prose.slice(start, at);
  const q = before.lastIndexOf('其中');
  if (q < 0) return '';
  // 其中，受理刑事案件38.6万件 (heldout148/fayuan-quanguo-07; its subject unread for the comma after 其中): the words from
  // 其中 to the figure are the figure's own measure and nothing more, as `ownNameAfterQiZhong` reads a subject
  // 其中受理刑事案件: no narrower scope (words of their own after 其中, 其中亿元以上项目178个；协议总金额, still make one)
  const own = OWN_NAME_AFTER_QIZHONG.exec(before.slice(q).replace(/\s/g, ''));
  if (own !== null && own[1]!.length >= 2 && own[1] === bareMeasure(f)) return '';
  // (restate52) 支出决算为16.95万元，其中：因公出国（境）费决算为0.00万元；公务用车购置及运行维护费支出决算为16.95万元
  // (heldout184/jsgk-shengtai-02): an item of final accounts or a budget listed after the first one, which 其中 opens with
  // its own name and money, is named by its own measure in no narrower scope, as that first one is (`itemAfterQiZhong`)
  return accountsItemAfterQiZhong(f, before.slice(q)) ? '' : '其中';
}

/**
 * 其中：因公出国（境）费决算为0.00万元；公务用车购置及运行维护费支出决算为16.95万元: a figure named as an item of final
 * accounts or a budget (决算, 预算 in its name), in a list that 其中 opens with such an item and its money (`ITEM_AFTER_QIZHONG`).
 * Not a list whose first item names a subgroup (其中：市本级单位因公出国（境）费决算…: the items after it are that
 * subgroup's, `SUBGROUP_IN_ITEM`), nor a part that names one (其中亿元以上项目178个), nor an item of no accounts.
 */
function accountsItemAfterQiZhong(f: Figure, fromQiZhong: string): boolean {
  if (f.unit.kind !== 'money' || !/决算|预算/.test(bareMeasure(f))) return false;
  const first = ITEM_AFTER_QIZHONG.exec(fromQiZhong);
  return first !== null && /决算|预算/.test(first[1]!) && !SUBGROUP_IN_ITEM.test(first[1]!);
}

/** Words naming a subgroup of those whose accounts a report gives: a level (本级, 县级, 市直), its units, departments or offices. */
const SUBGROUP_IN_ITEM = /本级|[省市县区州乡镇村]级|[省市县区州]直|单位|部门|机关|所属|下属/;

/** 其中, then a name and the verb joining it to its figure: 其中，受理刑事案件 / 其中：公共财政收入为. */
const OWN_NAME_AFTER_QIZHONG = /^其中[：:，,]?([^，,；;：:。]+?)(?:为|达|实现|完成)?$/;

/**
 * 其中公共财政收入27,469万元 (after 财政总收入…): the subject after 其中 is the figure's own measure, which says which
 * part it is and names no narrower scope: the same measure stated elsewhere is the same statement. A subject with
 * words of its own (其中市本级, 其中亿元以上项目) still makes a scope.
 */
function ownNameAfterQiZhong(f: Figure, name = bareMeasure(f)): boolean {
  const m = /^其中[：:，,]?(.+?)(?:为|达|实现|完成)?$/.exec(f.subject);
  return m !== null && m[1]!.length >= 2 && name.startsWith(m[1]!);
}

/**
 * 其中：因公出国（境）费支出决算为12.02万元…；公务接待费支出决算为22.59万元: the words after 其中 name the first item's
 * amount (words, then its money), not a subgroup whose count or amounts follow (其中亿元以上项目178个；协议总金额…): the
 * items of the accounts after it are parts named by their own measures, in no narrower scope.
 */
const ITEM_AFTER_QIZHONG = /^其中[：:，,]?([^0-9０-９，,；;。：:]{2,30}?)(?:为|达|是)?[0-9０-９][0-9０-９.,，]*\s*(?:万|亿)?元/;

function itemAfterQiZhong(f: Figure): boolean {
  const m = /^其中[：:，,]?(.{2,})$/.exec(f.subject);
  // only items of final accounts or a budget (公务接待费支出决算): 其中：第一产业增加值39.2亿元 after 民营经济增加值 is
  // the private economy's part, a narrower scope than the whole economy's 第一产业增加值
  if (!m || !/决算|预算/.test(bareMeasure(f))) return false;
  const at = f.para.prose.lastIndexOf('其中', f.offset - f.para.offset);
  const item = at >= 0 ? ITEM_AFTER_QIZHONG.exec(f.para.prose.slice(at, at + 48)) : null;
  return item !== null && item[1]!.replace(/\s/g, '').startsWith(m[1]!);
}

/**
 * 纳入低保8957户。其中：12月份纳入低保3167户…；12月份纳入低保5790户…: two figures of one measure after 其中 in one
 * period (up to 。) that add up to a figure before them in their paragraph are two parts of that total, not one measure stated
 * twice. When they do not add up, the figures disagree and stay compared.
 */
function partsOfOneTotal(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (f.period !== g.period || !underQiZhong(f)) return false;
  const sum = f.normalized! + g.normalized!;
  return (byParagraph.get(f.para.offset) ?? []).some(
    (h) => h.offset < g.offset && exact(h) && !h.relational && compatible(h.unit, f.unit) && Math.abs(h.normalized! - sum) <= halfUnit(h) + halfUnit(f) + halfUnit(g) + 1e-9 * Math.abs(sum),
  );
}

/** What an amount is for, when a verb of purpose follows it: 投资1000万元建金周公路 is that road's investment. */
const PURPOSE = /^(?:用于|兴建|新建|修建|建设|实施|开发|改造|购置|建)[\u4e00-\u9fff“”]{2,20}/;

/**
 * A count of those selected into a named list (2起案件入选全省法院劳动争议十大典型案例): the list is what is counted,
 * and two lists are two measures.
 */
const SELECTED = /(?:入选|获评|评为|荣获|列为)[^，,；;。]{2,40}/;

function purposeOf(f: Figure): string {
  const end = f.clause.endOffset - f.para.offset;
  const after = f.para.prose.slice(f.endOffset - f.para.offset, Math.max(end, f.endOffset - f.para.offset));
  const m = PURPOSE.exec(after) ?? (f.unit.kind === 'count' ? SELECTED.exec(after) : null);
  return m ? `→${m[0]}` : fundsOfTheWorkAfter(f);
}

/** An amount put in that opens its sentence alone (投入資金1530萬元，改造…): no subject, no purpose in its own clause. */
const FUNDS_OPENING = /^(?:共|累计|累計|先后|先後)?(?:投入|投資|投资|安排|争取|爭取|落实|落實)(?:各类|各類)?(?:资金|資金)?$/;

/** The clause right after a comma: what the work was (改造中小學危房112499平方米, 全面完成…建設任務). */
const NEXT_CLAUSE = /^[，,]([^，,；;。！？]{2,40})/;

/**
 * 投入資金3300萬元用于… 投入資金1530萬元，改造中小學危房… 投入資金642.8萬元，全面完成…遠程教育站點建設任務: an amount
 * put in that opens its sentence with no subject says what it was spent on in the clause after it. Each such sentence
 * is one piece of work and its own funds; the same amount named for the same work (the same clause after it) is
 * compared still.
 */
function fundsOfTheWorkAfter(f: Figure): string {
  if (f.unit.kind !== 'money' || f.bracket) return '';
  const head = f.para.prose.slice(f.sentence.offset - f.para.offset, f.offset - f.para.offset).replace(/\s/g, '');
  if (!FUNDS_OPENING.test(head)) return '';
  const next = NEXT_CLAUSE.exec(f.para.prose.slice(f.endOffset - f.para.offset));
  return next ? `→${next[1]!.replace(PINYIN_GLOSS, '').slice(0, 12)}` : '';
}

/**
 * A measure of a kind named before it (此类工单, 该类案件: the kind of the heading above): two of them under two
 * headings count two kinds. (上述 points back to one figure and restates it: that one is compared.)
 */
const ANAPHORIC = /此类|该类|这类/;

/**
 * A level stated as a fact of its measure: exact, named by four characters or more, not relative (占, 较, a
 * difference), not distributed (分别, 每, 平均), not 个百分点 or 倍 (always differences); a percentage only when it is a
 * named rate or share (城镇化率, 比重), never one of a change or of 占…的.
 */
function isStatement(f: Figure): boolean {
  if (!exact(f) || codePoints(bareMeasure(f).replace(PINYIN_GLOSS, '')) < 4 || f.relational || distributed(f) || ANAPHORIC.test(f.measure)) return false;
  if (attributive(f) || perUnit(f) || comparisonReadAfter(f)) return false;
  if (f.unit.kind === 'points' || f.unit.kind === 'times' || f.unit.kind === 'permille') return false;
  if (f.unit.kind === 'percent') return !f.inChange && /(?:率|比重)$/.test(f.measure);
  return true;
}

/** A comparison opening the words after a count (同比增多1起上升, 比上年减少): no noun naming what it counts. */
const COMPARISON_AFTER = /^(?:同比|环比|環比|比上年|比去年|较上年|較上年|较去年|較去年)/;

/**
 * 山前辖区发生3起同比增多1起上升100% / 兰田工业园区辖区发生1起同比增多1起上升100%: a count whose measure was read from the
 * words after it, where those words are the comparison that follows it, has no measure of its own words: each is one
 * district's count (named before it), and two of them are no statements of one measure.
 */
function comparisonReadAfter(f: Figure): boolean {
  return f.measureSpan !== undefined && f.measureSpan.offset >= f.endOffset && COMPARISON_AFTER.test(f.measure);
}

/** The marks a clause ends with, as distributed reads a figure's own clause. */
const CLAUSE_MARKS = ['，', ',', '；', ';', '：', ':'] as const;

/**
 * A figure of several values or per unit, as a statement reads it: extract.ts marks every figure after 分别, 各, 每 or
 * 平均 anywhere in its sentence, but such a word in an earlier clause distributes that clause's figures, not this one's
 * (根据各地统计上报数据，1—10月份，全国新开工改造城镇老旧小区5.28万个; 每个村配备1名护林员，全县共聘用护林员1092名). Only 分别 reaches over
 * clauses to the figures it pairs with (环境空气质量优良率、达标率分别为…，…).
 */
function distributed(f: Figure): boolean {
  if (!f.distributive) return false;
  const before = f.para.prose.slice(Math.max(0, f.sentence.offset - f.para.offset), f.offset - f.para.offset);
  if (before.includes('分别')) return true;
  // (the clause up to its last comma, not Figure.clause: a pinyin gloss in brackets, 生產（chǎn）, cuts that one short
  // and would leave 各類 of 全州發生各類生產（chǎn）安全事故45起 out)
  let cut = -1;
  for (const mark of CLAUSE_MARKS) cut = Math.max(cut, before.lastIndexOf(mark));
  // (an amount's average named as the measure, 年平均降水量为1181.4mm, and a total over each of them, 各窗口共办理3816件, are
  // one value; an average rate is not read so: 新增一般债券…发行平均利率2.93%；专项债券…发行平均利率3.02% are two items')
  const clause = before.slice(cut + 1) + f.text;
  if (f.unit.kind === 'percent') return DISTRIBUTING.test(clause);
  const own = clause.replace(ONE_VALUE_DISTRIBUTING, '');
  return DISTRIBUTING.test(f.key === f.measure && PER_HEAD_MEASURE.test(f.measure) ? own.replace('人均', '') : own);
}

/**
 * (restate49) A measure named as a per-head average of the population its name opens with, then 人均 and a noun of
 * what is measured (全体居民人均可支配收入31358元, heldout100/jjyx-xizang-01; 农民人均渔业收入, 长江流域人均综合用水量): one
 * value, the average itself, as 年平均降水量 is; stated twice, the two are compared. Not a name opening with 人均
 * (城镇常住居民人均可支配收入…，人均消费支出27982元: the population is named before it, often another's in the next
 * clause), nor 人均 before a verb (人均增收23元, 人均发放500元: what each was given or gained), nor 每人.
 */
const PER_HEAD_MEASURE = /^[\u4e00-\u9fff]{2,8}?人均[^，,；;。：:0-9０-９每]{0,12}?(?:[\u4e00-\u9fff](?:数|量|额|值)|收入|支出|面积|面積|人口)$/;

/**
 * (shadow15) An amount followed by 的 and the thing it describes (引进投资2000万元的精养殖场一个, 引进一家投资2亿元的
 * 公司): a property of that one object, named after it, not a statement of the measure; two objects described alike
 * (投资2000万元的养殖场, 投资5000万元的企业) are two.
 */
function attributive(f: Figure): boolean {
  if (f.unit.kind === 'percent') return false;
  const after = f.para.prose.slice(f.endOffset - f.para.offset, f.endOffset - f.para.offset + 2);
  return /^的[\u4e00-\u9fff]/.test(after) && !/^的(?:比重|占比|增长|增幅|比例|[0-9])/.test(f.para.prose.slice(f.endOffset - f.para.offset, f.endOffset - f.para.offset + 3));
}

/**
 * 年度抽检不少于5.5批次/千人 beside 年度抽检不少于50批次: an amount per unit of something else (批次 per thousand people)
 * is a rate, which the count of the same words does not restate.
 */
function perUnit(f: Figure): boolean {
  return PER_UNIT.test(f.para.prose.slice(f.endOffset - f.para.offset, f.endOffset - f.para.offset + 6));
}

/** How many lists of names `StatementMemo.variantsAmong` keeps. */
const VARIANT_MEMO_LIMIT = 20_000;

/** Distinct statements of one measure kept to compare later ones with. */
const MAX_STATEMENTS = 16;

/** Words before a measure that name the same measure: 实有耕地面积 is 耕地面积. */
const NEUTRAL_PREFIX = /^(?:实有|现有|全部|共有|总)$/;
/** Words inside a measure that make it a part or a sum of two: 签约重点项目 is not 签约项目, 购置及运行费 not 运行费. */
// (a class named inside it, 审理各类刑事案件 or 经济类提案, is a part of the whole: 各类 alone, 审理各类案件, names all)
// (a project's stage inside it, 新签约开工项目 beside 新签约项目, counts the signed projects that got that far: a part)
// (an ordinal inside it, 海洋第一产业增加值 beside 海洋产业增加值, names one of a series: a part)
// (what a length or a quantity is counted in, 高速公路车道里程 beside 高速公路里程 (every lane measured), 折合标准煤 or 当量:
// another measure of the same thing, its own figure)
// (a partner or an object inside it, 民营企业对东盟进出口 beside 民营企业进出口, is the trade with that partner only: a part;
// 对外 names all trade abroad)
// (a kind of forest land inside it, 完成有林地造林面积 beside 完成造林面积, is the planting on that land only: a part)
// (irrigation inside it, 耕地有效灌溉面積 beside 耕地面積, is the land that can be watered only: a part)
// (a kind of government bond inside it, 新增一般债券 or 新增专项债券 beside 新增债券, is that kind only: a part, and the two
// kinds are two measures)
const NARROWING =
  /一般|专项|灌溉|对(?!外)|對(?!外)|车道|車道|折合|当量|當量|第[一二三四五六七八九十]|及|和|与|、|或|以外|之外|重点|新建|续建|开工|投产|新增|省级|市级|县级|乡镇|其中|规上|规模以上|在建|竣工|完工|未|已|非|女|男|城镇|农村|乡村|中央|地方|本级|刑事|民事|[^各]类|类[\u4e00-\u9fff]|[有无疏宜]林地/;

/** A place's level after its name (锦屏县, 江西省), and the words that make a place's measure its whole (共, 有, 共有). */
const PLACE_LEVEL = /(?:自治区|省|市|县|区|州|盟|旗)$/;
const WHOLE_OF_PLACE = /(?:共有|共计|共|有)$/;
/** A place's name of a few characters and its level, opening a title before more words (广元市青川县: the county's). */
const PLACE_AFTER = /^(?:自治区|省|市|县|区|州|盟|旗)?[\u4e00-\u9fff]{0,4}?(?:自治区|省|市|县|区|州|盟|旗)/;

/**
 * The draft's own place written before a measure (锦屏县共签约招商引资项目, 赣州有退役军人, 江西省共接待游客): the place
 * the title opens with (锦屏县招商引资到位资金近12亿元; 赣州建成…), with its level and 共 or 有 (the whole place's count).
 * Not a place the title names within another (广元市青川县端午小长假…: 广元 is the city around the county), nor a
 * place the title does not open with: a prefix that is another place narrows the measure.
 */
function placePrefix(prefix: string, title: string | undefined): boolean {
  if (!title) return false;
  const named = prefix.replace(WHOLE_OF_PLACE, '');
  // (the level only when a name stays before it: 赣州 is a name, not 赣 and 州)
  const bare = named.replace(PLACE_LEVEL, '');
  const place = bare.length >= 2 ? bare : named;
  if (place.length < 2 || !title.startsWith(place)) return false;
  return !PLACE_AFTER.test(title.slice(place.length).replace(/^(?:自治区|省|市|县|区|州|盟|旗)/, ''));
}

/** The period a title opens with, before its place: 2021年, 2024年上半年, 1—5月, 一季度. */
const TITLE_PERIOD = /^(?:[0-9０-９]{4}年度?)?(?:[0-9０-９]{1,2}\s*[—–\-~至]\s*[0-9０-９]{1,2}月份?|[0-9０-９]{1,2}月份?|上半年|前三季度|[一二三四]季度)?/;

/** A measure with the draft's own place written before it (锦屏县共签约招商引资项目): the measure after the place. */
function withoutPlace(name: string, other: string, title: string | undefined): string {
  for (let i = 2; i <= name.length - 4; i++) if (placePrefix(name.slice(0, i), title) && other.startsWith(name.slice(i, i + 2))) return name.slice(i);
  return name;
}

/**
 * Two names of one measure (issue 12, item 14): the longer is the shorter with a neutral word before it
 * (实有耕地面积, 耕地面积), or with words inside it that narrow nothing (签约招商引资项目, 签约项目), or either with the
 * draft's own place before it (锦屏县共签约招商引资项目, 签约项目; 赣州有退役军人, 退役军人), or one written short
 * (规模以上工业增加值, 规上工业增加值; 党的基层组织, 基层党组织).
 */
function variant(a: string, b: string, title?: string, words?: NeutralWords): boolean {
  // (a name without its neutral words is the other name itself, or no variant by them: 全国共接报火灾 is not 接报居住场所火灾)
  if (words && sameWithoutNeutralWords(a, b, title, words)) return true;
  const x = shortForm(withoutPlace(a, b, title));
  const y = shortForm(withoutPlace(b, a, title));
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  if (s.length < 4) return false;
  if (s === l) return x !== a || y !== b;
  if (s.length === l.length) return swappedWords(s, l);
  if (l.endsWith(s)) return NEUTRAL_PREFIX.test(l.slice(0, l.length - s.length));
  for (let i = 2; i <= s.length - 2; i++) {
    if (!l.startsWith(s.slice(0, i)) || !l.endsWith(s.slice(i))) continue;
    const mid = l.slice(i, l.length - (s.length - i));
    if (mid.length >= 2 && mid.length <= 6 && !NARROWING.test(mid)) return true;
  }
  return false;
}

/**
 * Two names of the same words, two of them in the other order (新注册登记汽车 / 汽车新注册登记, heldout92/jiaoguan-quanguo-04:
 * 上半年新注册登记机动车1680万辆，新注册登记汽车1242万辆 and …其中，汽车新注册登记1242万辆): one measure. Each of the two words
 * swapped has two characters or more, so that no character moves alone (a word is not read in another order).
 */
function swappedWords(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  for (let i = 2; i <= x.length - 2; i++) if (y === x.slice(i) + x.slice(0, i)) return true;
  return false;
}

/**
 * 全市基本养老金、工伤保险、失业保险待遇支出58.69亿元 (heldout135/shebao-bazhong-01): a name read after 、 (和, 及) is the last
 * item of a list the figure counts together, not that item's measure; its words in another order (支出失业保险待遇0.12亿元) name the
 * item alone.
 */
function namedAfterAList(f: Figure): boolean {
  if (!f.measureSpan || f.measureSpan.offset <= f.para.offset) return false;
  const at = f.measureSpan.offset - f.para.offset;
  return /^[、和及]$/.test(f.para.prose.slice(at - 1, at));
}

/** What the draft and the unit tell of the words around a name that leave its measure as it is (vocabulary.ts). */
interface NeutralWords {
  /** The draft speaks for the nation only (scopes.ts `nationalDraft`): 全国 before a name is the bare name's scope. */
  national?: boolean;
  /** The statements are counts: 数量 after a name counts what the name alone counts. */
  counted?: boolean;
}

/**
 * Two names that are one name once the words that leave a measure as it is are dropped from both: those of
 * `withoutNeutralWords`, and the place a title opens with after the period it reports (2021年大同市食品抽检合格率… over
 * 大同市食品抽检合格率 and 食品抽检合格率; a place the title opens with is the draft's own, `withoutPlace`).
 */
function sameWithoutNeutralWords(a: string, b: string, title: string | undefined, words: NeutralWords): boolean {
  const opened = title?.replace(TITLE_PERIOD, '');
  const x = withoutNeutralWords(a, words);
  const y = withoutNeutralWords(b, words);
  // (nothing dropped and no period before the title's place: `variant` compares these very names next)
  if (x === a && y === b && opened === title) return false;
  const short = shortForm(withoutPlace(x, y, opened));
  return short.length >= 4 && short === shortForm(withoutPlace(y, x, opened));
}

/**
 * A name without the words `NATION_BEFORE_MEASURE` and `NUMBER_AFTER_COUNT` list (全国新领证驾驶人数量 → 新领证驾驶人 in a
 * national draft; 我国… → 全国… in any): 我国 and 全国 name one nation; nothing else is dropped.
 */
function withoutNeutralWords(name: string, words: NeutralWords): string {
  const counted = words.counted ? name.replace(NUMBER_AFTER_COUNT, '') : name;
  const nation = NATION_BEFORE_MEASURE.exec(counted);
  if (!nation || nation[0].length === counted.length) return counted;
  return `${words.national ? '' : '全国'}${counted.slice(nation[0].length)}`;
}

/** The fewest Chinese characters a period needs, its figures aside, to be taken for the same words written again. */
const MIN_REPEATED = 15;

/**
 * Each period of a paragraph (up to 。！？) with two figures or more, each a value (not a range), as its words with
 * every figure written as #: 全年新收案件#，比去年上升#，其中刑事案件#… A period written again with the same words
 * speaks of the same things.
 */
function periodWords(figures: readonly Figure[]): Array<{ words: string; figures: number[] }> {
  const out: Array<{ words: string; figures: number[] }> = [];
  for (let i = 0; i < figures.length;) {
    let j = i + 1;
    while (j < figures.length && figures[j]!.period === figures[i]!.period) j++;
    const run = figures.slice(i, j);
    // (an approximate figure too, 占比约41.5%: the copy writes the same 约 before it, and only its digits can differ)
    if (run.length >= 2 && run.every((f) => known(f))) {
      const para = run[0]!.para;
      // (a period runs to its figures within one paragraph: a cut paragraph ending 其中， joined to the next is no part
      // of the next's words)
      const opening = Math.max(0, run[0]!.period - para.offset);
      const start = para.prose.slice(opening, run[0]!.offset - para.offset).lastIndexOf('\n') + 1 + opening;
      const rest = para.prose.slice(run[run.length - 1]!.endOffset - para.offset);
      const end = run[run.length - 1]!.endOffset - para.offset + (rest.search(/[。！？]/) + 1 || rest.length);
      let words = '';
      let at = start;
      for (const f of run) {
        words += `${para.prose.slice(at, f.offset - para.offset)}#`;
        at = f.endOffset - para.offset;
      }
      words += para.prose.slice(at, end);
      words = words.replace(/\s/g, '').replace(LEAD_LABEL, '');
      if ((words.match(/[\u4e00-\u9fff]/g) ?? []).length >= MIN_REPEATED) out.push({ words, figures: run.map((_, k) => i + k) });
    }
    i = j;
  }
  return out;
}

/** A figure any two periods may share by chance: nought, or a whole (100%). */
function trivial(f: Figure): boolean {
  return f.normalized === 0 || (f.unit.kind === 'percent' && f.normalized === 100);
}

/**
 * A period written twice word for word (a paragraph repeated, a quotation given again at the end): when all its
 * figures but one agree, the one that does not is a slip of one of the copies. Two periods that differ in two
 * figures or more report two things alike (市长信箱 and 区长信箱) and are not compared.
 */
function repeatedPeriods(groups: readonly ParagraphFigures[], read: readonly ReadingStatements[], memo: StatementMemo): Relation[] {
  const out: Relation[] = [];
  const first = new Map<string, readonly Figure[]>();
  for (let k = 0; k < groups.length; k++) {
    for (const p of read[k]!.periods) {
      const figures = p.figures.map((i) => groups[k]!.figures[i]!);
      const earlier = first.get(p.words);
      if (!earlier) {
        first.set(p.words, figures);
        continue;
      }
      if (earlier.length !== figures.length || ofOtherOpeningTimes(figures[0]!, earlier[0]!)) continue;
      let differ = -1;
      let count = 0;
      for (let i = 0; i < figures.length && count < 2; i++) {
        if (meet(figures[i]!, earlier[i]!)) continue;
        differ = i;
        count++;
      }
      if (count !== 1) continue;
      // the figures that agree must say something: 满意票54张，占比100% and 满意票782张，占比100% share only a 100%
      // that every unit with full marks writes, so they are two units' periods, not one period copied
      if (!figures.some((f, i) => i !== differ && !trivial(f))) continue;
      const r = memo.restated(figures[differ]!, earlier[differ]!, '重复');
      if (r) out.push(r);
    }
  }
  return out;
}

/** The restatements of a draft; `firstLine` is its first line (a title there names the draft's own place). */
export function restatements(groups: readonly ParagraphFigures[], memo: StatementMemo, firstLine: string | undefined, lines: readonly Line[], timeFrameAt: (f: Figure) => string): Relation[] {
  const read = groups.map((g) => memo.of(g));
  // (a title: short, no full stop; as titleStatements and headlineFigures read it)
  const title = firstLine !== undefined && firstLine.length <= MAX_TITLE && !/[。！？；;]/.test(firstLine) ? firstLine.trim() : undefined;
  // the heading over each line where two headings list the same items (parallelSections)
  const sections = parallelSections(
    groups,
    read.map((r) => r.ids),
    lines,
  );
  const out = statedTwice(groups, read, memo, title, lines, sections, timeFrameAt);
  const related = new Set(out.map((r) => r.anchor));
  for (const r of anaphoric(groups, read, memo)) if (!related.has(r.anchor)) out.push(r);
  // the figures of the relations found so far, gathered only when a reading asks (a few counts and title figures do),
  // and only from the relations found since it last asked
  const inRelations = new Set<Figure>();
  let gathered = 0;
  const relatedFigures = (): ReadonlySet<Figure> => {
    for (; gathered < out.length; gathered++) for (const f of out[gathered]!.figures) inRelations.add(f);
    return inRelations;
  };
  for (const r of qualifiedAnaphors(groups, read, relatedFigures, memo)) out.push(r);
  for (const r of repeatedPeriods(groups, read, memo)) if (!related.has(r.anchor) && !ofOtherChronicleEntries(r.figures[0]!, r.figures[1]!, lines)) out.push(r);
  out.push(...figureHeadings(groups));
  for (const r of headingChanges(groups)) if (!related.has(r.anchor)) out.push(r);
  for (const r of structureShares(groups)) if (!related.has(r.anchor)) out.push(r);
  for (const r of titleStatements(groups, read)) if (!related.has(r.anchor)) out.push(r);
  for (const r of headlineFigures(groups, relatedFigures)) out.push(r);
  out.push(...titleWholeByPart(groups));
  for (const r of scheduleGaps(groups)) if (!related.has(r.anchor)) out.push(r);
  // a figure restated in another unit in the bracket after it: one measure of one scope by construction
  out.push(...bracketConversions(groups));
  const anchors = new Set(out.map((r) => r.anchor));
  for (const r of [
    ...sameNeighbourRestatements(groups, read, sections),
    ...listedKindRestatements(groups, read),
    ...changesStatedTwice(groups, read, memo, title, lines, sections, timeFrameAt),
    // (an item of a final-accounts report and its outturn: itemOutturns.ts)
    ...itemOutturns(groups),
    // (an item's budget of a year under two names, 年度预算 and 预算安排: budgetNames.ts)
    ...budgetStatedTwice(groups),
  ]) {
    if (anchors.has(r.anchor)) continue;
    anchors.add(r.anchor);
    out.push(r);
  }
  return out;
}

/**
 * Words joining two figures of one phrase: a clause break, then words and no figure but a year (，同比增长 / 、建议 /
 * ，比2019年一季度增长).
 */
const CONNECTOR = /^[，,、][^0-9０-９，,、；;。：:！？（()）]{1,12}$/;
const YEAR = /[0-9]{4}年/g;
/** 同比 right before a verb of change: a period's change written with or without it (，同比下降 / ，下降) is the same one. */
const SAME_PERIOD_CHANGE = new RegExp(`同比(?=(?:${CHANGE_VERB})[^同环比较]*$)`, 'g');

/**
 * A connector or a change's key with 同比 before its verb left out: after a level of a period (上半年…7.34亿千瓦时),
 * 下降14.7% says what 同比下降14.7% says (the change on the same period a year before, the only one a period's
 * report gives without naming it). 环比, 比上年 and 比2019年 stay, each another comparison.
 */
function withoutSamePeriod(words: string): string {
  return words.replace(SAME_PERIOD_CHANGE, '');
}

/**
 * A figure next to the same figure with the same words between them is the same measure of the same thing (年度计划完成
 * 投资7739亿元，较去年增加1403亿元 in the lead, …7739亿元，较去年增加1263亿元 in the body; 规模以上工业增加值同比增长
 * 29.4%，比2019年一季度增长21.5% and again …增长34.4%，比2019年一季度增长21.5%): a change, a rate or a second count that is
 * no statement by itself (no id) is read with the figure right before or after it. Two such phrases, in two sentences,
 * compare when that neighbour has one measure, one value, one unit, one scope, one subject and one caliber, the joining
 * words are the same, and the figure has one measure, unit and scope. Paragraphs under two labels or two budgets are two
 * subjects' and stay apart; a distributed sentence (分别, 平均) and a range are not read.
 */
function sameNeighbourRestatements(groups: readonly ParagraphFigures[], read: readonly ReadingStatements[], sections: ReadonlyMap<number, number>): Relation[] {
  const out: Relation[] = [];
  const first = new Map<string, { figure: Figure; neighbour: NeighbourKey }>();
  const found = new Set<Figure>();
  let byParagraph: Map<number, readonly Figure[]> | undefined;
  for (let k = 0; k < groups.length; k++) {
    const figures = groups[k]!.figures;
    for (const n of read[k]!.neighbours) {
      const f = figures[n.index]!;
      const earlier = first.get(n.key);
      if (!earlier) {
        first.set(n.key, { figure: f, neighbour: n });
        continue;
      }
      const e = earlier.figure;
      if (e.sentence.offset === f.sentence.offset || ofOtherLabels(f, e) || ofOtherFunds(f, e) || underOtherScopes(f, e, sections)) continue;
      if (partsOfTwoTotals(f, e, (byParagraph ??= new Map(groups.map((g) => [g.para.offset, g.figures] as const))))) continue;
      // (a whole and its one part of the same value, each with its own figure beside it: partBesideWhole.ts)
      const [x, y] = [neighbourAt(figures, n.index, n.side), neighbourAt(byParagraph.get(e.para.offset) ?? [], earlier.neighbour.index, earlier.neighbour.side)];
      if (x && y && partBesideItsWhole(x, y, byParagraph)) continue;
      if (found.has(f) || n.qualifiers !== earlier.neighbour.qualifiers) continue;
      // (a statement read with its neighbour: a scope named on both sides must be the same; one side's alone is no other)
      // (a level told by its value: one period however it is spelled, 8月份 / 2024年8月)
      if (n.scope && earlier.neighbour.scope && (n.byValue ? calendarPeriod(n.scope) !== calendarPeriod(earlier.neighbour.scope) : n.scope !== earlier.neighbour.scope)) continue;
      if (n.own !== undefined && !alike(n.own, earlier.neighbour.own ?? '')) continue;
      // a neighbour named alike under another subject (我区…本一上线591人 / XX中学…本一上线591人) is another unit's
      // (and a level read by its value alone must not be named as another measure: 投诉1.35万件 / 办结1.35万件)
      if (
        n.byValue
          ? otherSubjects(n.subject, earlier.neighbour.subject) || !namedWithin(n.measure, earlier.neighbour.measure)
          : n.byLevel
            ? otherSubjects(n.subject, earlier.neighbour.subject) || !namedAlikeIfNamed(withoutTotalWord(n.measure), withoutTotalWord(earlier.neighbour.measure))
            : n.sameName
              ? n.subject !== earlier.neighbour.subject
              : !alike(n.measure, earlier.neighbour.measure) || otherSubjects(n.subject, earlier.neighbour.subject)
      )
        continue;
      const r = relation(
        'restatement',
        f,
        [
          [f, 'later'],
          [e, 'earlier'],
        ],
        [judge({ figure: f }, { figure: e }, { unit: 'amount' })],
        { marker: n.byLevel ? '同量' : n.side === 'after' ? '同后' : '同前', word: n.words },
      );
      if (!r) continue;
      found.add(f);
      out.push(r);
    }
  }
  return out;
}

/**
 * 到期本息59020万元（本金39853万元、利息19167万元）。其中：通过县本级预算安排偿还本息40750万元（本金21583万元、利息19167万元）: two
 * breakdowns of two totals of two values (the whole due, the part the budget repays) may share one part (all the interest
 * paid from the budget); the other parts are each their total's, not one figure written twice next to the same neighbour
 * — when they differ by what their totals differ by (59020 − 40750 = 39853 − 21583). Where they do not, no reading holds
 * (在校学生26074人（公办23280人，民办2794人） / 基础教育在校学生24025人（公办21230人，民办2794人）: 2049 against 2050), and the two
 * are compared as before.
 */
function partsOfTwoTotals(f: Figure, e: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  const a = wholeBeforeQiZhong(f, byParagraph);
  const b = a && wholeBeforeQiZhong(e, byParagraph);
  if (a === undefined || b === undefined || a === b || meet(a, b)) return false;
  const slack = halfUnit(a) + halfUnit(b) + halfUnit(f) + halfUnit(e) + 1e-9 * Math.max(1, Math.abs(a.normalized!));
  return Math.abs(a.normalized! - b.normalized! - (f.normalized! - e.normalized!)) <= slack;
}

/**
 * Two measures of which one is unnamed, or named alike (草食畜存栏 twice; one name ending the other): not two names of one
 * measure word (交通投资 / 水利投资 of one value are two measures).
 */
function namedAlikeIfNamed(a: string, b: string): boolean {
  return a === '' || b === '' || alike(a, b);
}

/**
 * Two names of a level of which one holds the other (咨询 / 本月共受理消费者各类咨询信息): not two names side by side
 * (交通投资 / 水利投资 of one value are two measures).
 */
function namedWithin(a: string, b: string): boolean {
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/** Two subjects of which neither is a part named after 其中 (a level under two names: 其中投诉46413件 / 共受理投诉46413件). */
function otherSubjects(a: string, b: string): boolean {
  return a !== b && !a.startsWith('其中') && !b.startsWith('其中');
}

/** A figure of a paragraph read with its neighbour, as sameNeighbourRestatements compares it: the same for every placing. */
interface NeighbourKey {
  /** The figure's index in its paragraph. */
  index: number;
  /** What must be the same in the two phrases: the neighbour's value, unit, scope and the joining words, and the figure's. */
  key: string;
  /** The neighbour's measure must be named alike (true: by the same subject). */
  sameName: boolean;
  /** A change read by the level before it alone (changeOfOneLevel): no name need agree. */
  byLevel?: true;
  /** A level of `MIN_NAMELESS_DIGITS` significant digits or more: its value tells it, whatever either side names it. */
  byValue?: true;
  side: 'before' | 'after';
  /** The joining words and the neighbour, as the message quotes them. */
  words: string;
  /** The neighbour's qualifiers, subject and measure. */
  qualifiers: string;
  subject: string;
  measure: string;
  /** A statement read with its neighbour (witnessedKeys): its own scope, which may be written on one side only. */
  scope?: string;
  /** A statement read with its neighbour: its own measure, which the other side names alike. */
  own?: string;
}

/** A space right after a figure and before words: a headline's clause break. */
const HEADLINE_BREAK = /^[ \u3000]+(?=[^\s，,、；;。：:])/;

/**
 * The words joining a figure and the figure next to it in its sentence, when that neighbour can vouch for the phrase
 * (exact, one value, three significant digits or more): a clause break and words with no figure but a year; undefined
 * otherwise.
 */
function joiningWords(f: Figure, neighbour: Figure, side: 'before' | 'after'): string | undefined {
  if (neighbour.period !== f.period || !exact(neighbour) || neighbour.distributive || neighbour.range) return undefined;
  // (a small count or a round value next to a figure is often the same by chance: 共36个，已整改32个，整改率88.6%，其余4个
  // / 共22个，已整改18个，整改率81.8%，其余4个; 办结率100%)
  if (significantDigits(neighbour.text) < 3) return undefined;
  const [a, b] = side === 'after' ? [f, neighbour] : [neighbour, f];
  // (a headline writes its clause break as a space: 受理案件2549件 结案率92.4% is 受理案件2549件，结案率92.4%)
  const connector = f.para.prose
    .slice(a.endOffset - f.para.offset, b.offset - f.para.offset)
    .replace(HEADLINE_BREAK, '，')
    .replace(/\s/g, '');
  return CONNECTOR.test(connector.replace(YEAR, '')) ? connector : undefined;
}

/** The fewest significant digits of a level that tells it by its value alone, whatever it is named. */
const MIN_NAMELESS_DIGITS = 4;

/** The keys sameNeighbourRestatements looks up for a paragraph's figures, in the order it looks them up. */
function neighbourKeys(figures: readonly Figure[], ids: ReadonlyArray<string | null>): NeighbourKey[] {
  const out: NeighbourKey[] = [];
  const add = (i: number, neighbour: Figure, side: 'before' | 'after'): void => {
    const f = figures[i]!;
    const connector = joiningWords(f, neighbour, side);
    if (connector === undefined || codePoints(neighbour.measure) < 2) return;
    const value = `${neighbour.normalized}|${neighbour.unit.kind}|${neighbour.unit.base}|${neighbour.scope}|${withoutSamePeriod(connector)}`;
    const own = `${f.unit.kind}|${f.unit.base}|${f.scope}`;
    const words = side === 'after' ? `${connector}${neighbour.text}` : `${neighbour.text}${connector}`;
    const about = { index: i, side, words, qualifiers: qualifiersOf(neighbour), subject: subjectOf(neighbour), measure: neighbour.measure };
    out.push({ ...about, key: `${side}|${neighbour.key}|${value}|${withoutSamePeriod(f.key)}|${own}`, sameName: true });
    // a level (not a percentage), its measure named alike (one name ends with the other, or is a variant of it), is that
    // level under two names (其中投诉46413件，同比上升1.25% / 共受理投诉46413件，同比上升6.25%)
    if (neighbour.unit.kind !== 'percent' && !neighbour.relational) out.push({ ...about, key: `~${side}|${neighbour.measure.slice(-2)}|${value}|${own}`, sameName: false });
    // a level of four significant digits or more is that level under any name (其中咨询2541件，同比增长9.4% / 本月共受理
    // 消费者各类咨询信息2541件，同比增长9.4%): two measures of one such value and one unit are a chance no report makes
    // (either side may name the period alone, 9月份，…其中咨询2541件 / 本月共受理…2541件: two periods named are two)
    if (neighbour.unit.kind !== 'percent' && !neighbour.relational && significantDigits(neighbour.text) >= MIN_NAMELESS_DIGITS) {
      const level = `${neighbour.normalized}|${neighbour.unit.kind}|${neighbour.unit.base}|${withoutSamePeriod(connector)}`;
      out.push({ ...about, key: `#${side}|${level}|${f.unit.kind}|${f.unit.base}`, sameName: false, byValue: true, scope: f.scope || neighbour.scope });
    }
  };
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    // (a statement too: its own id may tell two statements apart that the words around it show are one)
    if (ids[i] !== null && exact(f) && !f.distributive && !f.range) out.push(...witnessedKeys(figures, i, ids[i]!));
    if (ids[i] !== null || !exact(f) || f.distributive || f.range) continue;
    if (i > 0) add(i, figures[i - 1]!, 'before');
    if (i + 1 < figures.length) add(i, figures[i + 1]!, 'after');
    // (read by the level alone last: a figure the words around it compare already is theirs to compare)
    const level = figures[i - 1];
    const change = level && level.period === f.period && exact(level) && !level.distributive && !level.range && significantDigits(level.text) >= 3 ? changeOfOneLevel(f, level) : undefined;
    if (!change) continue;
    const words = f.para.prose.slice(level!.offset - f.para.offset, f.offset - f.para.offset).replace(/\s/g, '');
    out.push({ index: i, side: 'before', words, qualifiers: '', subject: subjectOf(level!), measure: level!.measure, key: `≈|${change}`, sameName: false, byLevel: true });
  }
  return out;
}

/**
 * The time a paragraph's first clause names (8月份，…; 1-6月份累计完成投资…), when `openingPeriod` takes none: a single
 * month, or a clause with more than the period in it, is not read as the paragraph's period, but it still dates the
 * paragraph's figures against another paragraph's.
 */
function openingTime(f: Figure): string {
  const head = /^[^，,；;。：:]{1,16}[，,：:]/.exec(f.para.prose.replace(/\s/g, ''));
  return head && OTHER_TIME.test(head[0]) ? head[0].slice(0, -1) : '';
}

/**
 * A statement read with the figure next to it: the same measure, stated again with the same neighbour (the
 * same value to three significant digits or more, in the same unit) and the same words between, is one statement
 * written twice, whichever scope one side names (计划年度完成投资11801亿元，比上年增加2145亿元 in the summary and in the
 * body; 1-6月份累计完成投资84.58亿元，完成年度计划投资比例60.95% against 累计完成投资84.58亿元，完成年度计划投资比例60.95% of
 * the city's projects) or which guard of `statedTwice` keeps the two ids apart. Two named scopes or two opening times
 * that differ are two periods (8月份…限上零售业销售额3.71亿元，同比增长13.8% / 1—8月…30.05亿元，同比增长13.8%), and a
 * part after 其中 may be a part of two totals (当年结余…其中：统筹基金结余234.23万元，个人账户结余 / 累计滚存结余…其中：
 * 统筹基金结余234.23万元，个人账户结余): neither is read.
 */
function witnessedKeys(figures: readonly Figure[], i: number, id: string): NeighbourKey[] {
  const f = figures[i]!;
  if (underQiZhong(f)) return [];
  const out: NeighbourKey[] = [];
  for (const side of ['after', 'before'] as const) {
    const neighbour = figures[side === 'after' ? i + 1 : i - 1];
    const connector = neighbour && joiningWords(f, neighbour, side);
    if (!neighbour || connector === undefined) continue;
    out.push({
      index: i,
      side,
      words: side === 'after' ? `${connector}${neighbour.text}` : `${neighbour.text}${connector}`,
      qualifiers: qualifiersOf(neighbour),
      subject: subjectOf(neighbour),
      measure: neighbour.measure,
      scope: withoutScope(id).scope || openingTime(f),
      key: `≡${side}|${neighbour.normalized}|${neighbour.unit.kind}|${neighbour.unit.base}|${withoutSamePeriod(connector)}|${f.unit.kind}|${f.unit.base}`,
      sameName: false,
      own: f.measure,
    });
  }
  return out;
}

/**
 * 完成工业投资总额84.4亿元，同比增长32.7% in the lead, 上半年完成工业投资84.4亿元，同比增长25.7 % in the body
 * (heldout145/gongye-zigong-01): a level's name with 总额 or 总量 after it is the level itself, for a level told by its
 * value and its change.
 */
function withoutTotalWord(measure: string): string {
  return measure.replace(/(?<=[\u4e00-\u9fff]{2})(?:总额|总量)$/, '');
}

/** A change's words after its level, the comparison with the year before and a caliber left out: a verb of change, after a year compared with when one is named. */
const CHANGE_ONLY = new RegExp(`^(?:(?:较|比)[0-9]{4}年(?:同期)?)?(?:${CHANGE_VERB})(?:了|为|达)?$`);

/**
 * A change right after a level (2554.90万头（只），同比增长0.36%; 113.1亿元，按可比价格计算，同比增长5%): what the level and the
 * change are read by when the change is compared by its level alone, its scope and names aside — the same level to
 * three significant digits and more, in the same unit, is the same measure of the same period, however the two
 * sentences name it or date it (上半年 in one paragraph's opening, 2020年 in the other's), and its change against the
 * year before is one. The comparison is the year before's whichever way it is written (同比, 比上年, 较去年同期, or no
 * word: the only one a level's change gives without naming it), a caliber and a gloss in brackets left out; a change
 * against another year (比2019年) keeps its year, and one against another period (环比, 比上月) is not read.
 */
function changeOfOneLevel(f: Figure, level: Figure): string | undefined {
  if (level.unit.kind === 'percent' || level.relational || level.inChange) return undefined;
  const words = f.para.prose
    .slice(level.endOffset - f.para.offset, f.offset - f.para.offset)
    .replace(PINYIN_GLOSS, '')
    .replace(/[（(][^（()）]{0,20}[)）]/g, '')
    .replace(PRICE_CALIBER, '')
    .replace(YEAR_ON_YEAR, '')
    .replace(/[\s，,]/g, '');
  if (!CHANGE_ONLY.test(words)) return undefined;
  return `${level.normalized}|${level.unit.kind}|${level.unit.base}|${words}|${f.unit.kind}|${f.unit.base}`;
}

/** A run of the kinds a total names (各类投诉举报咨询, 投诉、举报和咨询), once the kinds are known. */
const KIND_JOINER = '[、和及与]?';

/**
 * 平台共接收各类投诉举报咨询3776件，其中，投诉1028件…；举报268件… then 平台共接收投诉1028件 in its own section: a total
 * whose name lists the kinds stated after its 其中 gives each kind's count, named by the total's name with the list
 * replaced by that kind (平台共接收投诉). A statement of that name elsewhere, of the same unit and period, with no subject
 * or qualifier of its own, and of one value, restates the part. Only counts, only kinds of two to four characters that
 * the total names next to another kind stated after the same 其中.
 */
function listedKindRestatements(groups: readonly ParagraphFigures[], read: readonly ReadingStatements[]): Relation[] {
  const out: Relation[] = [];
  let byTail: Map<string, Figure[]> | undefined;
  for (let k = 0; k < groups.length; k++) {
    for (const { index, kind, own } of read[k]!.listedKinds) {
      const p = groups[k]!.figures[index]!;
      byTail ??= statementsByTail(groups, read);
      const stated = (byTail.get(kind.slice(-2)) ?? []).filter((g) => {
        const name = accountsMeasure(g);
        return (
          g.sentence.offset !== p.sentence.offset &&
          compatible(g.unit, p.unit) &&
          codePoints(name) >= codePoints(kind) + 3 &&
          (own.endsWith(name) || name.endsWith(own)) &&
          samePeriod(g.scope, p.scope) &&
          !ofOtherLabels(g, p)
        );
      });
      const g = uniqueValue(stated);
      const r = g && (g.offset > p.offset ? restated(g, p) : restated(p, g));
      if (r) out.push(r);
    }
  }
  return out;
}

/** A count after 其中 of a kind its whole lists, and the whole's name with the list replaced by that kind. */
interface ListedKind {
  index: number;
  kind: string;
  own: string;
}

/** The counts of a paragraph that listedKindRestatements looks up, read once per paragraph reading. */
function listedKinds(figures: readonly Figure[]): ListedKind[] {
  const out: ListedKind[] = [];
  let paragraph: Map<number, readonly Figure[]> | undefined;
  for (let i = 0; i < figures.length; i++) {
    const p = figures[i]!;
    const kind = bareMeasure(p);
    if (p.unit.kind !== 'count' || !exact(p) || p.relational || codePoints(kind) < 2 || codePoints(kind) > 4 || !underQiZhong(p)) continue;
    paragraph ??= new Map([[p.para.offset, figures]]);
    const whole = wholeBeforeQiZhong(p, paragraph);
    const total = whole ? bareMeasure(whole) : '';
    if (!whole || !total.includes(kind)) continue;
    const kinds = [kind];
    for (const q of figures) {
      const other = bareMeasure(q);
      if (q !== p && q.offset > whole.offset && q.period === p.period && q.unit.kind === 'count' && codePoints(other) >= 2 && total.includes(other) && !kinds.includes(other)) kinds.push(other);
    }
    if (kinds.length < 2) continue;
    const alternatives = kinds.join('|');
    const run = new RegExp(`(?:各类)?(?:${alternatives})(?:${KIND_JOINER}(?:${alternatives}))+`).exec(total);
    if (!run || !run[0].includes(kind)) continue;
    const own = total.slice(0, run.index) + kind + total.slice(run.index + run[0].length);
    if (codePoints(own) < codePoints(kind) + 3) continue;
    out.push({ index: i, kind, own });
  }
  return out;
}

/** The statements of a draft with no subject or qualifier of their own, by the last two characters of their measure. */
function statementsByTail(groups: readonly ParagraphFigures[], read: readonly ReadingStatements[]): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (let k = 0; k < groups.length; k++) {
    read[k]!.ids.forEach((id, i) => {
      if (id === null || !id.endsWith('||')) return;
      const f = groups[k]!.figures[i]!;
      push(out, accountsMeasure(f).slice(-2), f);
    });
  }
  return out;
}

/** Two periods of one figure: the same once a year opening them is set aside (2025年3月, 3月), or one named only. */
function samePeriod(a: string, b: string): boolean {
  const x = a.replace(/^[0-9]{4}年度?/, '');
  const y = b.replace(/^[0-9]{4}年度?/, '');
  return x === y;
}

/** Two names of one measure: one ends with the other (投诉, 市场监管部门共受理投诉), or is a variant of it (第一产业实现增加值). */
function alike(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a) || variant(a, b);
}

/** How many significant digits a figure is written with, zeros at either end aside: 46413件 has five, 100% and 0.05万元 one. */
function significantDigits(text: string): number {
  const digits = (/[0-9０-９][0-9０-９.,，]*/.exec(text)?.[0] ?? '').replace(/[^0-9０-９]/g, '');
  const from = digits.replace(/^[0０]+/, '');
  let end = from.length;
  while (end > 0 && (from[end - 1] === '0' || from[end - 1] === '０')) end--;
  return end;
}

/** The most characters of a draft's first line read as its title. */
const MAX_TITLE = 60;

/** A statement's id without its scope (the fourth field from the end: …|scope|subject|qualifiers). */
function withoutScope(id: string): { rest: string; scope: string } {
  const parts = id.split('|');
  const at = parts.length - 3;
  return { rest: [...parts.slice(0, at), ...parts.slice(at + 1)].join('|'), scope: parts[at]! };
}

/**
 * 五年来江西水利部门落实全社会水利投入1680亿元 (the title) … 2023年…五年来江西水利部门落实全社会水利投入1680亿元，…: a title
 * states its measure for the period its body does, named or not (the body's period often comes from its dateline). A
 * statement in the draft's first line, a title (no full stop, short), is compared with the body's statements of its
 * measure, subject and qualifiers when one side names no period and the body gives the measure one value only.
 */
function titleStatements(groups: readonly ParagraphFigures[], read: readonly ReadingStatements[]): Relation[] {
  const first = groups[0];
  if (!first || first.para.index !== 0 || first.para.ordinal || first.para.prose.length > MAX_TITLE || /[。！？；;]/.test(first.para.prose)) return [];
  const out: Relation[] = [];
  // the body's statements, each id split once (not once per statement of the title)
  let statements: Array<{ id: string; rest: string; scope: string; figure: Figure }> | undefined;
  read[0]!.ids.forEach((id, i) => {
    if (id === null) return;
    const title = first.figures[i]!;
    const own = withoutScope(id);
    statements ??= groups.slice(1).flatMap((g, k) => read[k + 1]!.ids.flatMap((other, j) => (other === null ? [] : [{ id: other, ...withoutScope(other), figure: g.figures[j]! }])));
    const body = statements.filter((o) => o.id !== id && o.rest === own.rest && (o.scope === '' || own.scope === '')).map((o) => o.figure);
    // (the same id is compared as any statement is: statedTwice)
    if (body.length === 0 || body.some((g) => !meet(g, body[0]!)) || body.some((g) => meet(g, title))) return;
    const r = restated(body[0]!, title);
    if (r) out.push(r);
  });
  return out;
}

/** The months of a quarter or a half-year named in words: 上半年 is 1-6月. */
const NAMED_PERIODS: Readonly<Record<string, string>> = {
  上半年: '1-6月',
  下半年: '7-12月',
  前三季度: '1-9月',
  一季度: '1-3月',
  第一季度: '1-3月',
  二季度: '4-6月',
  第二季度: '4-6月',
  三季度: '7-9月',
  第三季度: '7-9月',
  四季度: '10-12月',
  第四季度: '10-12月',
  全年: '1-12月',
};

/**
 * A period as its months, one spelling for each (上半年, 1至6月份, 1-6月 and 2023年1～6月 are 1-6月); a year opening it is
 * set aside as samePeriod does; a year alone is that year (2023年度 is 2023年). Other periods are returned as written.
 */
function calendarPeriod(scope: string): string {
  if (/^[0-9]{4}年度?$/.test(scope)) return scope.replace('度', '');
  const s = scope.replace(/^[0-9]{4}年度?/, '').replace(/月份/g, '月');
  const named = NAMED_PERIODS[s];
  if (named) return named;
  const m = /^([0-9]{1,2})月?[-~～—–至到]([0-9]{1,2})月$/.exec(s);
  return m ? `${m[1]}-${m[2]}月` : s;
}

/** Whether two scopes are two different years or runs of months (2023年 and 上半年; not 上半年 and 1至6月份). */
function twoPeriods(a: string, b: string): boolean {
  const x = calendarPeriod(a);
  const y = calendarPeriod(b);
  return x !== y && CALENDAR.test(x) && CALENDAR.test(y);
}

/** A calendar period as calendarPeriod spells it: a year, or a run of months. */
const CALENDAR = /^(?:[0-9]{4}年度?|[0-9]{1,2}-[0-9]{1,2}月)$/;

/** How far a body percentage may stand from its title's, in points. */
const PERCENT_WINDOW = 6;

/** A bar before a title's figure (not the body's `CROSSED_BAR` of vocabulary.ts, which names only bars crossed): crossed (破, 突破, 超过, 逾, 站上, 迈上) or neared (近, 接近, 逼近). */
const HEADLINE_BAR = /(突破|破|超过|超|逾|站上|迈上|跨上|跃上|冲上|接近|逼近|将近|近)$/;

/** How far a body figure may stand from its title's, relatively, to be read as the one the title states (a slip, not another measure). */
const HEADLINE_WINDOW = 0.2;

/** The pairs of Chinese characters of a name: two names sharing one speak of the same thing (收提案, 大会共收到提案). */
function bigrams(name: string): Set<string> {
  const out = new Set<string>();
  const chars = name.replace(/[^\u4e00-\u9fff]/g, '');
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars.slice(i, i + 2));
  return out;
}

/**
 * 福建省政协十一届三次会议共收提案975件 (the title) … 截至1月29日12时，大会共收到提案975件，其中：委员提案752件…: a
 * headline states a figure its body states again, often under other words and with the body's own period. A count or an
 * amount in digits in the draft's first line, a title (no full stop, short; the paragraph reader may have joined the next
 * lines to it), that no figure of its unit in the body has, is a slip of the title or of the body when, among the body's
 * figures of its unit within a fifth of its value, one shares the most words (two characters each) with the title's
 * measure; a tie, or none: silent. (Figures the other readings relate already are left to them.)
 */
function headlineFigures(groups: readonly ParagraphFigures[], related: () => ReadonlySet<Figure>): Relation[] {
  const first = groups[0];
  if (!first || first.para.index !== 0 || first.para.ordinal) return [];
  const prose = first.para.prose;
  const title = prose.slice(0, (prose.indexOf('\n') + 1 || prose.length + 1) - 1);
  if (title.length > MAX_TITLE || /[。！？；;]/.test(title)) return [];
  const titleEnd = first.para.offset + title.length;
  const body = [first.figures.filter((g) => g.offset >= titleEnd), ...groups.slice(1).map((g) => g.figures)];
  const out: Relation[] = [];
  for (const h of first.figures) {
    if (h.offset >= titleEnd) break;
    if (!exact(h) || h.range || h.ratio || !/^[0-9０-９]/.test(h.text) || related().has(h)) continue;
    if (h.unit.kind !== 'count' && h.unit.kind !== 'money' && h.unit.kind !== 'weight' && h.unit.kind !== 'area' && !(h.unit.kind === 'percent' && !h.inChange)) continue;
    const words = bigrams(h.measure);
    if (words.size === 0) continue;
    let met = false;
    let best: Figure | undefined;
    let most = 0;
    let tie = false;
    const named: Figure[] = [];
    for (const figures of body) {
      for (const g of figures) {
        if (!exact(g) || g.unit.kind !== h.unit.kind || !compatible(g.unit, h.unit)) continue;
        if (meet(g, h)) met = true;
        if (met) break;
        if (g.range || g.relational || g.inChange) continue;
        named.push(g);
        if (Math.abs(g.normalized - h.normalized) > (h.unit.kind === 'percent' ? PERCENT_WINDOW : HEADLINE_WINDOW * Math.max(g.normalized, h.normalized))) continue;
        let shared = 0;
        for (const w of bigrams(g.measure)) if (words.has(w)) shared++;
        if (shared === 0 || shared < most) continue;
        if (shared === most && best && !meet(g, best)) tie = true;
        if (shared > most) [best, most, tie] = [g, shared, false];
      }
      if (met) break;
    }
    if (met || !best || tie) continue;
    // 湖北技术合同成交额破3000亿元 over 成交额达3017.86亿元: a title's round figure after 破 (突破, 超, 逾, 站上) is a bar
    // the body's figure crossed, not that figure; after 近 (接近, 逼近) one it nears from below
    const bar = HEADLINE_BAR.exec(prose.slice(0, h.offset - first.para.offset))?.[1];
    if (bar && (/近/.test(bar) ? best.normalized! <= h.normalized! : best.normalized! >= h.normalized!)) continue;
    // 回顾三学年 教育资助惠及78753人次 … 学前教育阶段…惠及幼儿4987人次；义务教育阶段…惠及学生64385人次；…: body figures
    // sharing the title's words, each smaller, that together reach it may be its parts, the title their total
    // (when the body states no total of them: a figure over all of them is the body's own statement of the title's;
    // nor a figure named as the title's is, three pairs of characters alike: 城镇新增就业920万人 over 全国城镇新增就业)
    const smaller = named.filter((g) => g.normalized! < h.normalized! && [...bigrams(g.measure)].some((w) => words.has(w)));
    const largest = Math.max(...smaller.map((g) => g.normalized!));
    if (most < 3 && smaller.length >= 2 && smaller.reduce((t, g) => t + g.normalized!, 0) >= h.normalized! - halfUnit(h) && !named.some((g) => g.normalized! > largest)) continue;
    // (舟山：2015年审计核减工程项目投资7.93亿元 over …核减金额0.60亿元；…净核减7.33亿元: the smaller figures sharing the title's
    // words add up to it exactly, at the precision written: the title states their total, which the body leaves unsaid,
    // whatever larger figures of other measures, 审定金额70.23亿元, it states beside them)
    if (smaller.length >= 2 && Math.abs(smaller.reduce((t, g) => t + g.normalized!, 0) - h.normalized!) <= halfUnit(h) + smaller.reduce((t, g) => t + halfUnit(g), 0)) continue;
    // (the body gives the measure two values, under one name: two periods or two subjects of it, not one slip)
    const one = best;
    if (named.some((g) => g.measure === one.measure && !meet(g, one))) continue;
    // (a year or a run of months on either side, and another on the other: two periods, 2023年 and 上半年)
    if (twoPeriods(h.scope, best.scope)) continue;
    const r = relation(
      'restatement',
      h,
      [
        [h, 'heading'],
        [best, 'section'],
      ],
      [judge({ figure: h }, { figure: best }, { unit: 'amount' })],
      { marker: '题文' },
    );
    if (r) out.push(r);
  }
  return out;
}

/** A name right after a title's figure, up to a mark (165.88亿元专项债!用于…): what the title calls the figure. */
const NAME_AFTER_FIGURE = /^([\u4e00-\u9fff]{2,6}?)(?=[!！，,、：:\s（(]|$)/;

/**
 * 165.88亿元专项债!用于社会事业… (the title) … 本次拟发行总额为165.8789亿元，…新增一般债券…26.5578亿元 … 本次发行的新增专项债券139.3211亿元:
 * a title that names its figure after it calls the body's total by the name of one of its parts. The title's figure is
 * the body's total (stated under another name) and, at the title's precision, the sum of the one part the title's name
 * names (one value in the body) and a sibling part (the name's head noun, 债, without the name): the part so named is
 * another figure, and the title misnames the whole. Silent when any figure of that name states the title's value.
 */
function titleWholeByPart(groups: readonly ParagraphFigures[]): Relation[] {
  const first = groups[0];
  if (!first || first.para.index !== 0 || first.para.ordinal) return [];
  const prose = first.para.prose;
  const title = prose.slice(0, (prose.indexOf('\n') + 1 || prose.length + 1) - 1);
  // (a news title may shout: 165.88亿元专项债！用于…)
  if (title.length > MAX_TITLE || /[。？；;]/.test(title)) return [];
  const titleEnd = first.para.offset + title.length;
  const body = [...first.figures.filter((g) => g.offset >= titleEnd), ...groups.slice(1).flatMap((g) => g.figures)];
  const out: Relation[] = [];
  for (const h of first.figures) {
    if (h.offset >= titleEnd) break;
    if (!exact(h) || h.range || h.ratio || !/^[0-9０-９]/.test(h.text) || significantDigits(h.text) < 3) continue;
    const name = NAME_AFTER_FIGURE.exec(prose.slice(h.endOffset - first.para.offset, title.length))?.[1];
    if (!name) continue;
    const head = name.slice(-1);
    const ofUnit = body.filter((g) => exact(g) && !g.range && !g.relational && !g.inChange && !g.distributive && g.unit.kind === h.unit.kind && compatible(g.unit, h.unit));
    const named = ofUnit.filter((g) => g.measure.includes(name));
    const siblings = ofUnit.filter((g) => !g.measure.includes(name) && g.measure.includes(head));
    const part = named[0];
    if (!part || named.some((g) => !meet(g, part)) || named.some((g) => meet(g, h))) continue;
    // (the body's own total, equal to the title's figure, named otherwise than the title names it)
    if (!ofUnit.some((g) => meet(g, h) && !g.measure.includes(name))) continue;
    const sibling = siblings.find((g) => Math.abs(part.normalized! + g.normalized! - h.normalized!) <= halfUnit(h) + halfUnit(part) + halfUnit(g));
    if (!sibling) continue;
    const r = relation(
      'restatement',
      h,
      [
        [h, 'heading'],
        [part, 'section'],
      ],
      [judge({ figure: h }, { figure: part }, { unit: 'amount' })],
      { marker: '题名', word: name },
    );
    if (r) out.push(r);
  }
  return out;
}

/** The words before a structure of the three industries: 三次产业结构调整为8.3:48.1:43.6. */
const INDUSTRY_STRUCTURE = new RegExp(THREE_INDUSTRIES);
/** A structure of a part of the economy (民营经济三次产业结构), not of the product. */
const OWNED_STRUCTURE = /[\u4e00-\u9fff]{1,6}经济(?:的)?三次产业/;
/**
 * A clause that is one industry's share of the product and nothing else: 全年第一产业增加值占全市生产总值的比重为8.3%,
 * 第二产业增加值比重为25.4%. (No owner can stand before the industry: the clause opens with it.)
 */
const INDUSTRY_SHARE =
  /^(?:全年|今年|本年)?(?:全[县市区州旗盟省])?第([一二三])产业(?:增加值)?(?:占(?:全[县市区州旗盟省])?(?:地区)?生产总值(?:[（(]GDP[）)])?(?:的)?)?(?:比重|占比)(?:为|是|达到|达)?$/i;
/** Words in a share's sentence that make its whole a part of the economy: 民营经济, 非公经济, 其中. */
const OTHER_ECONOMY = /经济|其中/;
/** A scope that is the draft's own period: none, or the year as a whole. */
const OWN_PERIOD = /^(?:全年|今年|本年)?$/;

/**
 * 三次产业结构由上年8.7:47.1:44.2调整为8.3:48.1:43.6 … 全年第一产业增加值占全市生产总值的比重为8.3%: each term of the
 * year's structure is its industry's share of the product, so a clause that states one industry's share restates the
 * term. Only when the draft has one structure of the year (not last year's before 调整为, not a part of the economy's),
 * and the share is of the year too.
 */
function structureShares(groups: readonly ParagraphFigures[]): Relation[] {
  let terms: Figure[] | undefined;
  let structures = 0;
  const shares: Array<[Figure, number]> = [];
  for (const { figures } of groups) {
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i]!;
      if (f.ratio && f.ratio.index === 0 && f.ratio.size === 3 && i + 2 < figures.length && figures[i + 2]!.ratio?.run === f.ratio.run) {
        const prose = f.para.prose;
        const lead = prose.slice(Math.max(0, f.clause.offset - f.para.offset), f.offset - f.para.offset);
        const head = prose.slice(Math.max(0, f.period - f.para.offset), f.offset - f.para.offset).replace(/\s/g, '');
        if (!INDUSTRY_STRUCTURE.test(head) || /性别|收入比/.test(head)) continue;
        const current = ENDS_IN_CHANGED_TO.test(lead) || (!/上年|去年/.test(lead) && OWN_PERIOD.test(f.scope));
        if (!current) continue;
        structures++;
        if (!OWNED_STRUCTURE.test(head) || /国民经济三次产业/.test(head)) terms = figures.slice(i, i + 3);
        else terms = undefined;
      } else if (f.unit.kind === 'percent' && !f.ratio && exact(f) && OWN_PERIOD.test(f.scope)) {
        const clause = f.para.prose.slice(Math.max(0, f.clause.offset - f.para.offset), f.offset - f.para.offset).replace(/\s/g, '');
        const m = clause.includes('产业') ? INDUSTRY_SHARE.exec(clause) : null;
        // (民营经济增加值…，第二产业增加值比重为…; 其中，…: the sentence names a part of the economy before the clause)
        if (m && !OTHER_ECONOMY.test(f.para.prose.slice(Math.max(0, f.period - f.para.offset), f.offset - f.para.offset))) shares.push([f, '一二三'.indexOf(m[1]!)]);
      }
    }
  }
  if (structures !== 1 || !terms) return [];
  const out: Relation[] = [];
  for (const [share, k] of shares) {
    const r = relation(
      'restatement',
      share,
      [
        [share, 'later'],
        [terms[k]!, 'earlier'],
      ],
      [judge({ figure: share }, { figure: terms[k]! }, { unit: 'amount' })],
      { marker: '结构' },
    );
    if (r) out.push(r);
  }
  return out;
}

/** A heading that states one change of a measure against the same time last year: 1、基本养老保险参保人数同比增长4.9%. */
const HEADING_CHANGE = new RegExp(`^([\\u4e00-\\u9fff（）()]{4,24}?)同比(${CHANGE_VERB})$`);
/** The verb of change right before a figure. */
const ENDS_IN_VERB = new RegExp(`(${CHANGE_VERB})$`);
/** The last word before a change that says what it is against: 同比, 环比, 比上年 … */
const AGAINST = /同比|环比|比上年|较上年|比去年|较去年|比上月|较上月|比年初|较年初|比上季|较上季/g;
/** The word of a heading's measure that its paragraph writes as the unit of the level: 参保人数 is 参保…万人. */
const COUNTED_AS = /(?:人数|户数|人次|家数|个数|数量|总量|总数)$/;
/** Whether a verb of change goes up. */
const up = (verb: string): boolean => (RISE_VERBS as readonly string[]).includes(verb);

/**
 * 1、基本养老保险参保人数同比增长4.9% (a heading) over 基本养老保险参保1,234.56万人，环比增加…，增长1.9%，同比增加56.48万人，
 * 增长4.9%。: a heading that states nothing but a measure's change against the same time last year heads the paragraph
 * right under it that states that measure (its sentence opens with the heading's name) and, in the same direction, its
 * change 同比: the paragraph's change against last year is the heading's, one measure of one scope. The first such
 * change of the paragraph only (a 其中 after it is a part's); a 环比 change, or a change in the other direction, is none.
 */
function headingChanges(groups: readonly ParagraphFigures[]): Relation[] {
  const out: Relation[] = [];
  for (let k = 0; k + 1 < groups.length; k++) {
    const group = groups[k]!;
    if (headingLevel(group) === undefined || group.figures.length !== 1) continue;
    const h = group.figures[0]!;
    if (h.unit.kind !== 'percent' || !exact(h) || h.range) continue;
    const para = h.para;
    const start = (para.ordinal ? para.ordinal.endOffset : para.offset) - para.offset;
    const m = HEADING_CHANGE.exec(para.prose.slice(start, h.offset - para.offset).replace(/\s/g, ''));
    if (!m || /\S/.test(para.prose.slice(h.endOffset - para.offset))) continue;
    const name = m[1]!;
    const rises = up(m[2]!);
    const next = groups[k + 1]!;
    if (next.para.index !== para.index + 1 || headingLevel(next) !== undefined) continue;
    for (const g of next.figures) {
      if (g.unit.kind !== 'percent' || !exact(g) || g.range || g.ratio) continue;
      const before = g.para.prose.slice(g.sentence.offset - g.para.offset, g.offset - g.para.offset).replace(/\s/g, '');
      const word = ENDS_IN_VERB.exec(before);
      if (!word) continue;
      const against = [...before.matchAll(AGAINST)].pop()?.[0];
      // the sentence opens with the heading's measure (参保人数 stated as 参保…万人), not another's or a part's
      if (against !== '同比' || up(word[1]!) !== rises || !before.startsWith(name.replace(COUNTED_AS, '')) || /其中/.test(before)) continue;
      const r = relation(
        'restatement',
        g,
        [
          [g, 'later'],
          [h, 'heading'],
        ],
        [judge({ figure: g }, { figure: h }, { unit: 'amount' })],
        { marker: '小标题' },
      );
      if (r) out.push(r);
      break;
    }
  }
  return out;
}

/** The most paragraphs a heading made of figures is looked for in. */
const MAX_SECTION = 30;

/** What is left of a heading made of figures once its ordinal and figures are taken out: separators only. */
const SEPARATORS = /^[\s，,、；;：:和及与]*$/;

/** A heading's level, when its line reads as a heading: a Markdown heading, or an ordinal on a line with no full stop. */
function headingLevel(group: ParagraphFigures): number | undefined {
  const para = group.para;
  const level = para.headingDepth ?? para.ordinal?.level;
  return level !== undefined && !/[。；;！？]/.test(para.prose) ? level : undefined;
}

/** Whether a heading's text, after its ordinal, is its figures and nothing else (一、4258.4万件，1080万件). */
function figuresOnly(group: ParagraphFigures): boolean {
  const { para, figures } = group;
  if (figures.length === 0 || !figures.every((f) => exact(f))) return false;
  let rest = '';
  let at = para.ordinal ? para.ordinal.endOffset : para.offset;
  for (const f of figures) {
    if (f.offset < at) return false;
    rest += para.prose.slice(at - para.offset, f.offset - para.offset);
    at = f.endOffset;
  }
  rest += para.prose.slice(at - para.offset);
  return SEPARATORS.test(rest);
}

/**
 * A heading made of figures only, over the paragraphs that explain them (一、4258.4万件，1080万件, a 数字解读): each
 * figure is one its section states. It holds when a figure of its unit there has its value; when none has, the
 * heading and its section disagree, and the finding names the figure of that unit nearest to it.
 */
function figureHeadings(groups: readonly ParagraphFigures[]): Relation[] {
  const out: Relation[] = [];
  for (let k = 0; k < groups.length; k++) {
    const level = headingLevel(groups[k]!);
    if (level === undefined || !figuresOnly(groups[k]!)) continue;
    const section: Figure[] = [];
    for (let j = k + 1; j < groups.length && j <= k + MAX_SECTION; j++) {
      const next = headingLevel(groups[j]!);
      if (next !== undefined && next <= level) break;
      section.push(...groups[j]!.figures.filter((g) => exact(g)));
    }
    const heading = groups[k]!.figures;
    for (const h of heading) {
      const same = section.filter((g) => g.unit.kind === h.unit.kind && compatible(g.unit, h.unit));
      const met = same.find((g) => meet(h, g));
      // the nearest figure of its unit that no other figure of the heading states
      const nearest =
        met ??
        nearestOf(
          h,
          same.filter((g) => !heading.some((x) => x !== h && meet(x, g))),
        );
      const r =
        nearest &&
        relation(
          'restatement',
          h,
          [
            [h, 'heading'],
            [nearest, 'section'],
          ],
          [judge({ figure: h }, { figure: nearest }, { unit: 'amount' })],
          { marker: '标题' },
        );
      if (r) out.push(r);
    }
  }
  return out;
}

function nearestOf(h: Figure, list: readonly Figure[]): Figure | undefined {
  let found: Figure | undefined;
  let gap = Infinity;
  for (const g of list) {
    const d = Math.abs(g.normalized! - h.normalized!);
    if (d < gap) [found, gap] = [g, d];
  }
  return found;
}

/** What a count written before its noun says about the noun's total: 这591件提案, 801件提案中, 96件提案已全部答复. */
const ANAPHOR_HEAD = /^(?:这|该|上述|全县|全市|全区|全省|全镇|全乡|全州|全盟|全旗|(?:截至|截止|至今|目前)[^，,；;]{0,12})?$/;
const ANAPHOR_TAIL = /(?:现有|共有|全部|均已)$/;
// 1个项目已完工 is a part of the projects; 96件提案已全部答复 is all of them
// (中 opening a word is no 中 of them: 1起案件入选中国法院…)
const ANAPHOR_AFTER = /^(?:中(?![国央华心部外学医级期等共标])|已全部|已经全部|全部|均|都|现有|共有)/;
/**
 * A clause that sets a bar after the count (10个项目投资均已完成全年计划投资的40%以上): the count is of those that reach
 * it, a subset, not all of the noun pointed back to.
 */
const BAR = /以上|以下|以内|超过|不足|低于|高于/;

function readAnaphor(f: Figure): string | undefined {
  if (f.unit.kind !== 'count' || !exact(f) || f.relational || f.partOf || !f.measureSpan || f.measureSpan.offset !== f.endOffset) return undefined;
  const head = f.para.prose.slice(f.clause.offset - f.para.offset, f.offset - f.para.offset).replace(/\s/g, '');
  if (!ANAPHOR_HEAD.test(head)) return undefined;
  const noun = f.measure.replace(ANAPHOR_TAIL, '');
  const after = f.para.prose.slice(f.measureSpan.endOffset - f.para.offset, f.measureSpan.endOffset - f.para.offset + 4);
  const rest = f.para.prose.slice(f.measureSpan.endOffset - f.para.offset, Math.max(f.clause.endOffset, f.measureSpan.endOffset) - f.para.offset);
  const pointed = /^(?:这|该|上述)/.test(head);
  if (!pointed && BAR.test(rest)) return undefined;
  const pointsBack = pointed || noun !== f.measure || ANAPHOR_AFTER.test(after);
  return pointsBack && codePoints(noun) >= 2 ? noun : undefined;
}

/**
 * 共收到提案835件，其中交由市政府办理的801件。…801件提案中，已经解决的564件: a count written before its noun at the head
 * of its clause and pointing back (这…, …中, …已全部…) restates a total stated before it. It holds when an earlier
 * figure in its unit has its value; when none has, the one total earlier in the draft whose measure ends with the
 * noun (of one value) is what it restates, and the two disagree. No such total, or totals of two values: silent.
 */
function anaphoric(groups: readonly ParagraphFigures[], read: readonly ReadingStatements[], memo: StatementMemo): Relation[] {
  const out: Relation[] = [];
  // the earlier figures by value and by the last two characters of their measure, built as the draft is read
  const byValue = new Map<number, Figure[]>();
  const byTail = new Map<string, Figure[]>();
  for (let k = 0; k < groups.length; k++) {
    const figures = groups[k]!.figures;
    const anaphors = read[k]!.anaphors;
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i]!;
      const noun = anaphors[i];
      if (noun === null || noun === undefined) {
        // nothing to restate
      } else {
        const same = (byValue.get(f.normalized!) ?? []).filter((g) => compatible(g.unit, f.unit));
        const named = (byTail.get(noun.slice(-2)) ?? []).filter((g) => compatible(g.unit, f.unit) && namesNoun(g.measure, noun) && !withOwnShare(g));
        const earlier = same.length > 0 ? same[same.length - 1] : ownRateFollows(figures, i) ? undefined : uniqueValue(named);
        // (支流137个省控断面中，126个省控断面… is no restatement of 干流43个省控断面)
        const r = earlier && !inOtherGroups(f, earlier) && memo.restated(f, earlier);
        if (r) out.push(r);
      }
      if (!exact(f) || f.relational || f.range || f.unit.kind !== 'count') continue;
      push(byValue, f.normalized, f);
      if (f.measure.length >= 2 && !f.partOf) push(byTail, f.measure.slice(-2), f);
    }
  }
  return out;
}

/** A count before its noun whose clause head ends in a qualifier with 的 (立案的, 会议确定的): the noun, and the qualifier's last word. */
interface QualifiedAnaphor {
  noun: string;
  qualifier: string;
  verb: string;
}

/** The qualifier before 的 at the end of a clause head (…以来立案的, 归属省政府系统组织办理的): its run of characters. */
const QUALIFIER_DE = /([\u4e00-\u9fff]{2,20})的$/;
/** A measure word opening a run after digits: the run is a counted noun (20个省份). */
const COUNT_WORD = /^(?:个|個|家|所|件|项|項|名|位|座|条|户|人|批|宗|起)/;

/**
 * 立案的799件提案全部办复完毕, 会议确定的22件事项中, 归属省政府系统组织办理的778件建议已全部办理完毕: a count written before
 * its noun, a qualifier with 的 before it and the whole of the noun after it (中, 全部, 均…), is the count of what the
 * qualifier names. Its qualifier's last word (立案, 确定, 办理) is how the draft names that count where it states it
 * (经审查立案799件, 确定事项22件, 归属省政府系统组织办理的建议778件).
 */
function readQualifiedAnaphor(f: Figure): QualifiedAnaphor | undefined {
  if (f.unit.kind !== 'count' || !exact(f) || f.relational || f.range || !f.measureSpan || f.measureSpan.offset !== f.endOffset) return undefined;
  const head = f.para.prose.slice(f.clause.offset - f.para.offset, f.offset - f.para.offset).replace(/\s/g, '');
  const q = QUALIFIER_DE.exec(head);
  // (对20个省份的158个县: a counted noun before 的 is no qualifier the draft names a count by)
  if (!q || (/[0-9０-９]$/.test(head.slice(0, q.index)) && COUNT_WORD.test(q[1]!))) return undefined;
  const after = f.para.prose.slice(f.measureSpan.endOffset - f.para.offset, f.measureSpan.endOffset - f.para.offset + 4);
  if (!ANAPHOR_AFTER.test(after)) return undefined;
  const noun = f.measure.replace(ANAPHOR_TAIL, '');
  const verb = q[1]!.slice(-2);
  return codePoints(noun) >= 2 && !BAR.test(q[1]!) ? { noun, qualifier: q[1]!, verb } : undefined;
}

/**
 * 政协…会议以来立案的799件提案全部办复完毕 (lead) … 共提出提案820件，经审查，立案799件 (body): a count pointing back to
 * all of its noun with a qualifier (readQualifiedAnaphor) restates the count the draft states under the qualifier's
 * word, before or after it: a measure ending in that word (立案), or in that word and the noun (确定事项, 办理的建议). It
 * holds when one of them has its value; otherwise, when they all have one value, that is the count it restates and the
 * two disagree. None, or two values: silent. (Cost: the draft's counts once, then each such count, rare, against the
 * counts of its unit.)
 */
function qualifiedAnaphors(groups: readonly ParagraphFigures[], read: readonly ReadingStatements[], related: () => ReadonlySet<Figure>, memo: StatementMemo): Relation[] {
  const out: Relation[] = [];
  const wanted: Array<{ f: Figure; q: QualifiedAnaphor }> = [];
  // the counts by the last character of their measure (bareMeasure ends the key), in the order of the draft: a measure
  // names a qualified count only when it ends with the count's verb or noun (namesQualified)
  const countsByLast = new Map<number, Figure[]>();
  for (let k = 0; k < groups.length; k++) {
    const figures = groups[k]!.figures;
    const qualified = read[k]!.qualified;
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i]!;
      const q = qualified[i];
      if (q) {
        wanted.push({ f, q });
        continue;
      }
      if (f.unit.kind === 'count' && exact(f) && !f.relational && !f.range && !f.key.endsWith('·')) push(countsByLast, f.key.charCodeAt(f.key.length - 1), f);
    }
  }
  // (a draft has a few such counts; a hostile one with thousands is read for its first few only)
  for (const { f, q } of wanted.slice(0, MAX_QUALIFIED)) {
    const byVerb = countsByLast.get(q.verb.charCodeAt(q.verb.length - 1)) ?? [];
    const byNoun = countsByLast.get(q.noun.charCodeAt(q.noun.length - 1)) ?? [];
    const candidates = byVerb === byNoun ? byVerb : [...byVerb, ...byNoun].sort((a, b) => a.offset - b.offset);
    // (a count named after it, or in the anaphor's own period, is a part of it: 发生的18起较大火灾中有10起发生在…)
    const named = candidates.filter((g) => g.period !== f.period && compatible(g.unit, f.unit) && !!g.measureSpan && g.measureSpan.offset < g.offset && namesQualified(bareMeasure(g), q));
    const same = named.find((g) => g.normalized === f.normalized);
    const other = same ?? uniqueValue(named);
    if (!other || (related().has(f) && related().has(other))) continue;
    const [later, earlier] = other.offset > f.offset ? [other, f] : [f, other];
    const r = memo.restated(later, earlier);
    if (r) out.push(r);
  }
  return out;
}

/** The most counts with a qualifier read in one draft. */
const MAX_QUALIFIED = 16;

/** Words that only say how a count came to be, before the qualifier's word in a measure: 经审查立案 is 立案. */
const PROCEDURE = /^(?:经审查|经审核|审查|经|共|已|已经)?$/;

/**
 * Whether a measure names what a qualified count points back to: the qualifier's word with no more than procedure
 * before it (经审查立案 for …以来立案的), or the qualifier itself, to its last four characters, and the noun
 * (会议确定事项 for 会议确定的…事项, …组织办理的建议 for …组织办理的…建议). 直接来电受理 is not 受理的: it narrows.
 */
function namesQualified(measure: string, q: QualifiedAnaphor): boolean {
  if (measure.endsWith(q.verb) && PROCEDURE.test(measure.slice(0, measure.length - q.verb.length))) return true;
  if (!measure.endsWith(q.noun)) return false;
  const named = measure.slice(0, measure.length - q.noun.length).replace(/的$/, '');
  const tail = Math.min(4, q.qualifier.length);
  return named.length >= tail && named.endsWith(q.qualifier.slice(-tail));
}

/**
 * 全市18个项目均已开工，开工率82%: a count its own rate follows in the next clause, short of 100%, is the part of the
 * noun's total that reached the rate's state (18 of 22 projects), not all of it: no total it restates can be told
 * from its value.
 */
function ownRateFollows(figures: readonly Figure[], i: number): boolean {
  const f = figures[i]!;
  const next = figures[i + 1];
  if (!next || next.unit.kind !== 'percent' || next.period !== f.period || next.value === undefined || next.value >= 100) return false;
  const between = f.para.prose.slice(f.endOffset - f.para.offset, next.offset - f.para.offset).replace(/\s/g, '');
  return /^[^，,；;。0-9０-９]*[，,][\u4e00-\u9fff]{0,8}率(?:为|达|达到)?$/.test(between);
}

/**
 * Whether a measure names the noun a count points back to: it ends with the noun (政协提案, 提案), or with a name of
 * it that only adds words narrowing nothing (市重点建设项目, 296个市重点项目中).
 */
function namesNoun(measure: string, noun: string): boolean {
  if (measure.endsWith(noun)) return true;
  for (let n = noun.length + 2; n <= Math.min(measure.length, noun.length + 6); n++) if (variant(measure.slice(-n), noun)) return true;
  return false;
}

/**
 * A count followed by its own share (民生保障与公共服务的提案19件，占比19%) is one part of a whole, not the total a count
 * pointing back to the noun (96件提案中) restates.
 */
function withOwnShare(g: Figure): boolean {
  const at = g.endOffset - g.para.offset;
  return /^[，,]?占/.test(g.para.prose.slice(at, at + 3));
}

/**
 * 其次为县城集镇，共发生火灾5.5万起，占总数的30.8%；城市火灾相对较少，共发生火灾3.8万起，占总数的21.3%: two counts of
 * one period each followed by its own share are two parts of a list (of the whole they are shares of), not one
 * measure stated twice, however their names were read.
 */
function sharedSiblings(f: Figure, g: Figure): boolean {
  return f.period === g.period && f.para.offset === g.para.offset && withOwnShare(f) && withOwnShare(g);
}

/** The figures of a list closed by one 分别占 after it: 、直接经济损失1037.7亿元，分别占 (each name, figure and unit). */
const LISTED_BEFORE_SHARES = /^(?:[，,、和及与][\u4e00-\u9fff]{1,12}[0-9][0-9.]*[\u4e00-\u9fff]{1,3})*[，,]?分别占/;

/** A figure followed by its own share (占比19%), or one of a list of figures their 分别占 closes (304人、1037.7亿元，分别占). */
function withShareOfATotal(g: Figure): boolean {
  const at = g.endOffset - g.para.offset;
  return withOwnShare(g) || LISTED_BEFORE_SHARES.test(g.para.prose.slice(at, at + 80));
}

/**
 * 从灾种分布看，洪涝和地质灾害…因灾死亡失踪554人，直接经济损失1664.8亿元，分别占前三季度各灾种总数的75%、76%
 * after 期间，北方地区…直接经济损失814.3亿元，分别占前三季度全国总数的33%和37% in one paragraph: figures each stated with
 * their share of a total are parts of it, sub-scopes (a hazard, a region, a period), each its own; not one measure of one
 * scope stated twice.
 */
function sharesOfTheirTotals(f: Figure, g: Figure): boolean {
  return f.para.offset === g.para.offset && withShareOfATotal(f) && withShareOfATotal(g);
}

/** An indicator's name opening a sentence, before the verb that states its figure. */
const INDICATOR_OPENING = new RegExp(`^[\\s，,]*([\\u4e00-\\u9fff]{2,16}?)(?=${INDICATOR_VERB.source})`);

/**
 * The indicator a gap to the schedule belongs to: the name opening its sentence (up to ；or 。) before a verb
 * (加工贸易完成进出口额…，与时序进度差12.43个百分点 / 加工贸易同比下降了4个百分点，与时序进度差12.45个百分点), when the sentence
 * states no other gap before it. Undefined when no name opens the sentence.
 */
function scheduleGapOwner(f: Figure): string | undefined {
  if (f.unit.kind !== 'points' || !exact(f) || f.range || f.distributive) return undefined;
  const base = f.para.offset;
  if (!SCHEDULE_GAP.test(f.para.prose.slice(f.clause.offset - base, f.offset - base).trim())) return undefined;
  const head = f.para.prose.slice(f.sentence.offset - base, f.clause.offset - base);
  // (one gap per sentence: a second one is another indicator's, named in its own clause)
  if (/进度|進度/.test(head)) return undefined;
  const name = INDICATOR_OPENING.exec(head);
  return name?.[1];
}

/**
 * 加工贸易…完成年度任务的54.24%，与时序进度差12.43个百分点 in the indicators and 加工贸易同比下降了4个百分点，与时序进度差12.45
 * 个百分点 in the summary: an indicator's gap to the time schedule is one figure of the report's period (the share of
 * the year gone less its completion rate), so the same indicator's gap stated twice must agree. Points are otherwise
 * no statement (always a difference of two rates); this one is named by its indicator and the schedule, nothing else.
 */
function scheduleGaps(groups: readonly ParagraphFigures[]): Relation[] {
  const out: Relation[] = [];
  const first = new Map<string, Figure>();
  for (const group of groups) {
    for (const f of group.figures) {
      const name = scheduleGapOwner(f);
      if (name === undefined) continue;
      // (one indicator's gaps of two periods, 1-7月 and 1-8月, are two figures)
      const owner = `${name}|${f.scope}`;
      const earlier = first.get(owner);
      if (!earlier) {
        first.set(owner, f);
        continue;
      }
      const r = restated(f, earlier);
      if (r) out.push(r);
    }
  }
  return out;
}

function push<K>(map: Map<K, Figure[]>, key: K, f: Figure): void {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}

/**
 * The statements of a measure that their own period (up to 。) states with three values or more (对民事生效裁判监督受理
 * 10件，提出再审检察建议2件；对民事审判活动监督案受理5件，提出检察建议3件；对民事执行活动监督受理11件，提出检察建议
 * 6件): it gives the measure for several subjects it names in words no key carries, so none of them is the one
 * measure another statement could restate. (Two values in one period are still compared: one of them may be a slip.)
 */
function severalInOnePeriod(list: readonly Figure[]): ReadonlySet<Figure> {
  const out = new Set<Figure>();
  for (let i = 0; i < list.length;) {
    let j = i + 1;
    while (j < list.length && list[j]!.period === list[i]!.period && list[j]!.para.offset === list[i]!.para.offset) j++;
    const run = list.slice(i, j);
    const values = run.filter((f, k) => run.findIndex((g) => meet(f, g)) === k);
    if (values.length >= 3) run.forEach((f) => out.add(f));
    i = j;
  }
  return out;
}

/** How many distinct values a list over some dimension has at least. */
const LIST_VALUES = 3;

/**
 * A measure stated with three values or more over a draft (全市直接经济损失540.39万元 / 有色金属冶炼事故1起，…直接经济
 * 损失200万元 / 建材企业事故1起，…直接经济损失100万元) gives it for several scopes, a total and its items, that no key
 * tells apart: one figure stated twice has two values at most, one of them the slip. Counted once per measure, stopping
 * at the third value. (Only statements under the figure's own name count: a variant name may be a narrower measure,
 * 企业投资亿元以上项目 beside 企业投资项目.)
 */
function listedOver(list: readonly Figure[], key: string): boolean {
  const values: Figure[] = [];
  for (const f of list) {
    if (f.key !== key || values.some((g) => meet(f, g))) continue;
    values.push(f);
    if (values.length >= LIST_VALUES) return true;
  }
  return false;
}

interface ParagraphStatements {
  figures: readonly Figure[];
  /** The figures' statement ids without their qualifiers (measureId). */
  measures: ReadonlyArray<string | undefined>;
}

/**
 * Two paragraphs that give two values for a second measure as well speak of two scopes reported alike (（二）市长信箱:
 * 受理来信27件，办结27件 … （三）区长信箱: 受理来信23件，办结23件; two months, two project groups), not of one
 * measure stated twice: a restatement agrees on what else it restates.
 */
function parallel(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, ParagraphStatements>): boolean {
  if (f.para.offset === g.para.offset) return false;
  const a = byParagraph.get(f.para.offset);
  const b = byParagraph.get(g.para.offset);
  if (!a || !b) return false;
  const own = a.measures[a.figures.indexOf(f)];
  for (let i = 0; i < a.figures.length; i++) {
    const id = a.measures[i];
    if (id === undefined || id === own) continue;
    const x = a.figures[i]!;
    let stated = false;
    let met = false;
    for (let j = 0; j < b.figures.length && !met; j++) {
      if (b.measures[j] !== id) continue;
      stated = true;
      met = meet(x, b.figures[j]!);
    }
    if (stated && !met) return true;
  }
  return false;
}

/** A statement's id without its qualifiers: two scopes reported alike may qualify one of them (不含…计算，). */
function measureId(id: string | null | undefined): string | undefined {
  return id === null || id === undefined ? undefined : id.slice(0, id.lastIndexOf('|'));
}

/** How many statements of a measure on either side of one are looked at for the other part of a total. */
const PARTS_WINDOW = 4;

/**
 * 年度计划完成投资7739亿元 … 政府投资项目…年度计划完成投资1364亿元。企业投资项目…年度计划完成投资6375亿元: a statement
 * that, with another statement of the measure next to it, adds up exactly to the statement it differs from is one part of
 * that total, not a restatement of it. Only the few statements around it are looked at.
 */
function partOfStated(f: Figure, total: Figure, list: readonly Figure[], i: number, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (f.normalized! >= total.normalized! || f.normalized! <= 0) return false;
  const adds = (g: Figure): boolean =>
    g !== total && g.offset !== f.offset && !meet(g, total) && !!judge({ op: '+', args: [{ figure: f }, { figure: g }] }, { figure: total }, { unit: 'amount' })?.holds;
  for (let j = Math.max(0, i - PARTS_WINDOW); j < Math.min(list.length, i + PARTS_WINDOW + 1); j++) if (j !== i && adds(list[j]!)) return true;
  // 在已实施的项目中，新建项目91个，本月到位资金4.64亿元；续建项目204个，本月到位资金17.77亿元: the other part under the same
  // measure in the same sentence, whatever group it was keyed under
  const period = byParagraph.get(f.para.offset) ?? [];
  return period.some((g) => g.period === f.period && g.measure === f.measure && g.unit.kind === f.unit.kind && !g.relational && adds(g));
}

/** Words that add up what came before a figure: 以上两笔资金共计, 两项合计, 总计. */
const ADDED_UP = /(?:共计|合计|总计|共)$/;

/**
 * …下达我区补助资金3174万元；…下达我区补助资金2958万元。以上两笔资金共计6132万元: two statements of one measure whose
 * sum is stated right after the later one, added up (共计, 合计), are two parts of that sum (two allocations, two
 * batches), not one measure stated twice. Exactly, at the precision written.
 */
function summedAfter(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (!exact(f) || !exact(g)) return false;
  const later = f.offset > g.offset ? f : g;
  const figures = byParagraph.get(later.para.offset) ?? [];
  const k = figures.indexOf(later);
  const next = k < 0 ? undefined : figures[k + 1];
  if (!next || !exact(next) || !compatible(next.unit, later.unit)) return false;
  const before = later.para.prose.slice(Math.max(0, next.offset - later.para.offset - 4), next.offset - later.para.offset).trim();
  if (!ADDED_UP.test(before)) return false;
  return !!judge({ op: '+', args: [{ figure: f }, { figure: g }] }, { figure: next }, { unit: 'amount' })?.holds;
}

/** What was done: 已完成, 已经完成, 累计完成. */
const DONE = /已(?:经)?完成|累计完成/;

/**
 * 5.为2574名重度残疾人发放护理补贴。已完成为3221名重度残疾人发放护理补贴。: a task as set (no 完成, no 已 in its sentence)
 * and what was done of it (已完成) are two measures, the plan and the result, not one stated twice.
 */
function plannedAndDone(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  const done = (x: Figure): boolean => DONE.test(wordsOf(x, x.clause.offset, x.offset)) || completesPlan(x, byParagraph);
  const planned = (x: Figure): boolean => !/完成|已/.test(wordsOf(x, x.sentence.offset, x.sentence.endOffset));
  return (done(f) && planned(g)) || (done(g) && planned(f)) || targetAndItsShare(f, g, byParagraph) || targetAndItsShare(g, f, byParagraph) || budgetAndOutturn(f, g) || budgetAndOutturn(g, f);
}

/**
 * 2018年市本级一般公共预算收入为277800万元，与备案预算一致。…2018年市本级一般公共预算收入完成279196万元，为预算的100.5%: a
 * figure the words after it call the budget (`b`) and the same name stated as done (完成, 执行, 实现 right before it,
 * `o`) are the budget and its outturn: two measures, not one stated twice.
 */
function budgetAndOutturn(b: Figure, o: Figure): boolean {
  if (!agreedBudget(b)) return false;
  return /(?:完成|执行|实现)$/.test(simplified(wordsOf(o, o.clause.offset, o.offset)).replace(/\s/g, ''));
}

/** A list of what must be done (今年需完成实际利用外资8603万美元、外贸进出口30645万美元): the year's targets. */
const MUST_DO = /(?:需|需要|须|必须|应|要)完成[^，,；;。！？]*$/;
/** The words of a share of the year's target right after a figure (，占全年目标的8.45%, 目標 in 繁體): the figure is what was reached. */
const SHARE_OF_TARGET = /^[，,]?(?:占|完成)(?:年度|全年|今年|本年|年)?(?:目[标標]|任[务務]|[计計][划劃])(?:任[务務])?的$/;

/**
 * 经开区今年需完成实际利用外资8603万美元、外贸进出口30645万美元。…尤其是4月，…外贸进出口仅完成2590万美元，占全年目标的
 * 8.45%: a figure in a list of what must be done is the target, and the same name followed by its share of the year's
 * target is what was reached of it: two measures, not one stated twice. `t` the target, `r` what was reached.
 */
function targetAndItsShare(t: Figure, r: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (t.offset > r.offset || !MUST_DO.test(simplified(wordsOf(t, t.sentence.offset, t.offset)).replace(PINYIN_GLOSS, ''))) return false;
  const figures = byParagraph.get(r.para.offset) ?? [];
  const next = figures[figures.indexOf(r) + 1];
  if (!next || next.unit.kind !== 'percent' || next.sentence.offset !== r.sentence.offset) return false;
  return SHARE_OF_TARGET.test(
    simplified(wordsOf(r, r.endOffset, next.offset))
      .replace(PINYIN_GLOSS, '')
      .replace(/\s/g, ''),
  );
}

/**
 * 今年，…计划实施，…公共租赁住房筹集358套…。截至三季度，…公共租赁住房筹集298套，完成年度任务的83.2%: a figure followed by
 * what part of the year's plan, task or target it reaches is what was done; the same name stated as the plan is its base.
 * Its change may stand between them (渔业经济总产值达到116亿元，比上年同期增长16.4%，完成年计划的50.43%).
 */
function completesPlan(x: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  const figures = byParagraph.get(x.para.offset) ?? [];
  const at = figures.indexOf(x) + 1;
  const completes = (y: Figure): boolean => COMPLETES_PLAN.test(simplified(wordsOf(y, y.clause.offset, y.offset).replace(/\s/g, '')));
  const next = figures[at]?.inChange && !completes(figures[at]!) ? figures[at + 1] : figures[at];
  return !!next && next.unit.kind === 'percent' && next.sentence.offset === x.sentence.offset && completes(next);
}

/** The figure a short name is keyed by (县级医院诊疗人次 of 县级医院诊疗人次·病床使用率), '' for a figure keyed by none. */
function ownerOf(x: Figure): string {
  return x.keyedBy === 'previous' && x.key.endsWith(`·${x.measure}`) ? x.key.slice(0, x.key.length - x.measure.length - 1) : '';
}

/**
 * 全国县级医院诊疗人次达9.2亿人次…；入院人数6507.6万人…；病床使用率85.8%…。乡镇卫生院诊疗人次为10.07亿人次…；入院人数3937万人…。
 * 医师日均担负诊疗9.3人次和住院1.6床。病床使用率62.8%: a paragraph that takes two kinds of unit in turn, each opening with its
 * own measure and the same short names after it (入院人数 of each), speaks of the second once a short name was stated of it:
 * a short name standing alone after that, of no figure before it, is the second's, not the first's stated again.
 */
function ownerMovedOn(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (f.para.offset !== g.para.offset) return false;
  const [earlier, later] = f.offset < g.offset ? [f, g] : [g, f];
  const first = ownerOf(earlier);
  if (first === '' || later.keyedBy) return false;
  const figures = byParagraph.get(f.para.offset) ?? [];
  const before = figures.filter((k) => k.offset < later.offset && ownerOf(k) === first);
  return figures.some((h) => h.offset > earlier.offset && h.offset < later.offset && ownerOf(h) !== '' && ownerOf(h) !== first && before.some((k) => k.offset < h.offset && k.measure === h.measure));
}

/**
 * 其中春季發放217萬元，資助學生3680人；秋季發放225萬元，資助學生3600人 (heldout144/zizhu-jize-01): a clause after ； that goes on
 * with a list a 其中 opened in the clause before, its measure a part there (資助學生3680人 under 資助學生7280人次), is a part of
 * that whole too. Two such parts of two wholes of other values (7280人次 for 寄宿生生活費, 1356人次 for 國家助學金) are two
 * programmes' autumn, not one measure stated twice.
 */
function partsOfTwoContinuedLists(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  const a = wholeOfContinuedList(f, byParagraph);
  const b = a && wholeOfContinuedList(g, byParagraph);
  return !!a && !!b && a !== b && !meet(a, b);
}

/** The whole of each figure's continued list, read once: asked for every pair of figures compared. */
const continuedListWholes = new WeakMap<Figure, Figure | null>();

function wholeOfContinuedList(f: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): Figure | undefined {
  let whole = continuedListWholes.get(f);
  if (whole === undefined) {
    whole = readWholeOfContinuedList(f, byParagraph) ?? null;
    continuedListWholes.set(f, whole);
  }
  return whole ?? undefined;
}

function readWholeOfContinuedList(f: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): Figure | undefined {
  if (f.keyedBy || f.sentence.offset <= f.period || !/[；;]\s*$/.test(f.para.prose.slice(Math.max(0, f.sentence.offset - f.para.offset - 3), f.sentence.offset - f.para.offset))) return undefined;
  const before = (byParagraph.get(f.para.offset) ?? []).filter((x) => x.period === f.period && x.sentence.offset < f.sentence.offset);
  const last = before[before.length - 1];
  if (!last) return undefined;
  const sibling = before.filter((x) => x.sentence.offset === last.sentence.offset && x.keyedBy === 'part' && x.measure === f.measure && x.key.endsWith(`·${f.measure}`)).pop();
  if (!sibling) return undefined;
  const whole = sibling.key.slice(0, -f.measure.length - 1);
  return before.filter((x) => x.offset < sibling.offset && x.key === whole && !x.keyedBy && x.unit.kind === f.unit.kind).pop();
}

/**
 * 发生在非重点单位的火灾共25.8万起，亡1317人，…直接财产损失31.5亿元。发生在重点单位的火灾共2.3万起，亡73人，…直接财产
 * 损失4.5亿元: two sentences of one paragraph, each opening with a subject of its own, that give two values for another
 * measure as well speak of two subjects reported alike, as parallel paragraphs do.
 */
function parallelSentences(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (f.para.offset !== g.para.offset || f.sentence.offset === g.sentence.offset) return false;
  const figures = byParagraph.get(f.para.offset) ?? [];
  // each sentence opens with its own subject (发生在非重点单位的火灾 / 发生在重点单位的火灾), four characters or more
  const subject = (x: Figure): string => figures.find((y) => y.sentence.offset === x.sentence.offset)?.measure ?? '';
  const [s, t] = [subject(f), subject(g)];
  if (s.length < 4 || t.length < 4 || s === t) return false;
  // 共发放分散供养特困人员基本生活补贴722618元，发放照料护理补贴59842元 … 共发放集中供养特困人员基本生活补贴41246元，发放照料护理
  // 补贴22477元: subjects that name one measure (…特困人员基本生活补贴) of two groups (分散供养, 集中供养) open two sentences
  // reported alike
  const common = commonSuffix([s, t]).length;
  if (common >= 4 && s.length - common >= 2 && t.length - common >= 2) return true;
  const a = figures.filter((x) => x.sentence.offset === f.sentence.offset && x !== f && x.measure !== '' && !/^[和及与、]$/.test(x.measure) && x.unit.kind !== 'percent' && exact(x) && !x.relational);
  const b = figures.filter((x) => x.sentence.offset === g.sentence.offset && x !== g && exact(x) && !x.relational);
  return a.some((x) => b.some((y) => y.measure === x.measure && compatible(x.unit, y.unit) && !meet(x, y)));
}

/**
 * An opening clause that dates or links its sentence (同时，截至目前，今年以来，) or takes a view of the whole (从灾种分布看，:
 * the same whole sorted another way, post28b) rather than naming what it is about.
 */
const LINK_OR_TIME = /同时|此外|另外|其中|截[至止]|目前|以来|期间|全年|今年|去年|上半年|下半年|季度|月份|年度|本年|当年|当月|同期|^从.*看$/;

/** The clause a sentence opens with, up to its first ，, when it is all words (no figure, no date): 儿童公园提档升级. */
function openingClause(f: Figure): string {
  const before = f.para.prose.slice(f.sentence.offset - f.para.offset, f.offset - f.para.offset);
  return /^([\u4e00-\u9fff]{4,20})[，,]/.exec(before)?.[1] ?? '';
}

/**
 * 儿童公园提档升级，新植树木2500株。…保健路游园全面提档改造，新增绿地400平方米，新植树木16株。九站公园提档升级，新植树木
 * 7905株: sentences of one paragraph that each open with a clause of words of their own, naming what was worked on and the
 * work, state their figures of that one: two values of a measure there are of two subjects. The clauses differ from their
 * first characters (what they name) yet share a pair of characters (the work, reported alike: 提档), and neither dates or
 * links its sentence.
 */
function parallelOpenings(f: Figure, g: Figure): boolean {
  if (f.para.offset !== g.para.offset || f.sentence.offset === g.sentence.offset) return false;
  const [s, t] = [openingClause(f), openingClause(g)];
  if (s === '' || t === '' || s.slice(0, 2) === t.slice(0, 2) || LINK_OR_TIME.test(s) || LINK_OR_TIME.test(t)) return false;
  const pairs = bigrams(t);
  return [...bigrams(s)].some((b) => pairs.has(b));
}

/**
 * A label closing with a colon right before a figure, at the start of a sentence or a clause: 电梯：12家共27台, 场（厂）内机动
 * 车辆（观光车）:2家共36台. The last one before the figure in its sentence.
 */
const FIGURES_LABEL = /(?:^|[，,；;])\s*([\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,19})[：:](?=[0-9０-９])/g;

function labelBefore(f: Figure): string {
  const before = f.para.prose.slice(f.sentence.offset - f.para.offset, f.offset - f.para.offset);
  if (!before.includes('：') && !before.includes(':')) return '';
  let label = '';
  for (const m of before.matchAll(FIGURES_LABEL)) label = m[1]!;
  return label;
}

/**
 * 锅炉：6家共7台已注册登记，正常使用5台，停用2台。电梯：12家共27台已经注册登记，正常使用21台，停用6台: sentences of one
 * paragraph each opening with a label and a colon (a kind of equipment) before their figures state them for what the label
 * names; two values of a measure under two labels are two kinds'. The labels differ and are not 其中.
 */
function underOtherLabels(f: Figure, g: Figure): boolean {
  if (f.para.offset !== g.para.offset || f.sentence.offset === g.sentence.offset) return false;
  const [s, t] = [labelBefore(f), labelBefore(g)];
  return s !== '' && t !== '' && s !== t && !s.startsWith('其中') && !t.startsWith('其中');
}

/** A period opening with the time it is compared with and nothing else: 与2006年相比，/ 與上年相比，/ 同上年比较，. */
const COMPARED_OPENING = /^(?:与|與|和|同)[^，,。；;]{1,12}(?:相比|比较|比較)[，,]/;

/**
 * 2007年，全国共发生道路交通事故327209起…。与2006年相比，事故起数减少51572起…。其中，发生一次死亡10人以上特大交通事故26起，造成
 * 389人死亡。与2006年相比，事故起数减少12起: a period that opens with the comparison alone, right after a period opening with
 * 其中, compares the part that 其中 named (特大交通事故), not the whole stated before it: its figures and the whole's, earlier in
 * the paragraph, are two scopes.
 */
function changeOfThePartBefore(f: Figure, g: Figure): boolean {
  if (f.para.offset !== g.para.offset || g.offset > f.offset) return false;
  const prose = f.para.prose;
  const start = f.period - f.para.offset;
  if (start <= 0 || !COMPARED_OPENING.test(prose.slice(start).trimStart())) return false;
  const before = prose
    .slice(0, start)
    .trimEnd()
    .replace(/[。！？]$/, '');
  const from = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
  return /^\s*其中/.test(before.slice(from)) && g.offset < f.para.offset + from;
}

/**
 * A sentence's first clause that pushes the work on what it names (加快农村饮水安全解困工程建设力度，/ 该县今年重点推进病险水库
 * 加固工程，/ 做好水利水毁修复工程，): a few words of who and when at most, the verb, then what is worked on (group 1).
 */
const WORK_OPENING = /^[\u4e00-\u9fff]{0,8}?(?:加快|加大|做好|抓好|推进|推進|实施|實施|开展|開展)([\u4e00-\u9fff、“”]{4,60})[，,]/;

/** What a figure's period (to 。, past ；) opens by pushing the work on, glosses in brackets left out (计（jì）划 is 计划); '' when it does not. */
function workOf(f: Figure): string {
  const opening = f.para.prose
    .slice(Math.max(0, f.period - f.para.offset), f.offset - f.para.offset)
    .replace(PINYIN_GLOSS, '')
    .trim();
  return WORK_OPENING.exec(opening)?.[1] ?? '';
}

/**
 * 加快农村饮水安全解困工程建设力度，计划实施40处，已完成投资753.91万元。…加大中央财政农田水利建设专项补助资金项目实施力度，…
 * 目前，已完成投资581.85万元: sentences of one paragraph that each open by pushing the work on a project of their own (加快,
 * 加大, 做好, 推进 … and what is worked on) state that project's figures: two values of a measure there are two projects'.
 * What each names must differ, neither holding the other; a sentence that opens otherwise is not read.
 */
function parallelWorks(f: Figure, g: Figure): boolean {
  if (f.para.offset !== g.para.offset || f.period === g.period) return false;
  const [s, t] = [workOf(f), workOf(g)];
  return s !== '' && t !== '' && !s.includes(t) && !t.includes(s);
}

/**
 * 全市共18个集团企业在境外设立92个分（子）公司…，年末资产总额113.1亿元。全市国有企业在重庆市外投资设立子企业268户，…，年末
 * 资产总额976.4亿元: two sentences of one paragraph, each counting the firms (企业, 公司, 机构, 单位) it then gives a measure of,
 * in numbers that differ, speak of two groups of firms, each measured on its own.
 */
function ofCountedGroups(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (f.para.offset !== g.para.offset || f.period === g.period) return false;
  const figures = byParagraph.get(f.para.offset) ?? [];
  const counted = (x: Figure): Figure[] => figures.filter((y) => y.period === x.period && y.offset < x.offset && y.unit.kind === 'count' && FIRMS.test(y.measure) && exact(y) && !y.relational);
  const [a, b] = [counted(f), counted(g)];
  return a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => meet(x, y)));
}

/**
 * 企业和机关团体贷款余额1996.49亿元，…；上半年新增信贷投入201.51亿元 … 制造业贷款余额720.94亿元，…上半年新增信贷投入58.54
 * 亿元: two paragraphs, each opening with one measure of a subject of its own (企业和机关团体 / 制造业 贷款余额), speak of
 * their two subjects; a measure they state without a subject (新增信贷投入) is each one's own.
 */
function parallelParagraphs(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>, title?: string): boolean {
  if (f.para.offset === g.para.offset) return false;
  const opening = (x: Figure): string => (byParagraph.get(x.para.offset) ?? []).find((y) => y.unit.kind !== 'percent' && !y.relational && y.measure.length >= 4)?.measure ?? '';
  const [s, t] = [opening(f), opening(g)];
  if (s === '' || t === '' || s === t) return false;
  const common = commonSuffix([s, t]).length;
  // (three characters of the measure at least: 草食畜存欄 of a summary and 奶牛存欄 of its section share only 存欄)
  if (common < 3 || s.length - common < 2 || t.length - common < 2) return false;
  // the measure restated names neither subject
  const [a, b] = [s.slice(0, s.length - common), t.slice(0, t.length - common)];
  if (ownPlace(a, title) && ownPlace(b, title)) return false;
  return ![f, g].some((x) => x.measure.includes(a) || x.measure.includes(b));
}

/** The whole of the draft's own place, or all its actors, or both: 全省, 我市, 各级各部门, 全省各级各部门. */
const WHOLE_OF_OWN_PLACE = /^(?=.)(?:(?:全|我|本)(?:省|市|县|区|州|旗|盟))?(?:各级各部门|各级|各地)?$/;

/**
 * A subject that is the draft's own place (山东 of a title opening 山东三个月排查…, or 全省各级各部门): a lead opening
 * 山东共组织检查组7.4万个 and a body opening 全省各级各部门共组织检查组74024个 speak of one place, not of two subjects.
 * Only the place itself, with nothing after it that narrows (全省重点项目 is a part of the province's).
 */
function ownPlace(subject: string, title: string | undefined): boolean {
  return WHOLE_OF_OWN_PLACE.test(subject) || placePrefix(subject, title);
}

function statedTwice(
  paragraphs: readonly ParagraphFigures[],
  read: readonly ReadingStatements[],
  memo: StatementMemo,
  title: string | undefined,
  lines: readonly Line[],
  sections: ReadonlyMap<number, number>,
  timeFrameAt: (f: Figure) => string,
  oneMeasure: (a: Figure, b: Figure, variants: ReadonlySet<Figure>) => boolean = sameMeasure,
): Relation[] {
  const out: Relation[] = [];
  const groups = new Map<string, Figure[]>();
  const byParagraph = new Map<number, readonly Figure[]>();
  const idsByParagraph = new Map<number, ParagraphStatements>();
  const years = new Map<Figure, string>();
  for (let k = 0; k < paragraphs.length; k++) {
    const figures = paragraphs[k]!.figures;
    const ids = read[k]!.ids;
    byParagraph.set(paragraphs[k]!.para.offset, figures);
    idsByParagraph.set(paragraphs[k]!.para.offset, { figures, measures: read[k]!.measures });
    for (let i = 0; i < figures.length; i++) {
      const id = ids[i];
      if (id !== null && id !== undefined) push(groups, id, figures[i]!);
      if (read[k]!.years[i]) years.set(figures[i]!, read[k]!.years[i]!);
    }
  }
  // what the draft tells of its statements' scopes (scopes.ts), read when a pair first asks: most calls for changes
  // (changesStatedTwice) have no pair of two values, and the maps walk every line of the draft
  let scopes: DraftScopes | undefined;
  const scopesOfDraft = (): DraftScopes => (scopes ??= draftScopes(paragraphs, lines, sections, byParagraph, years, timeFrameAt));
  // a measure under two names: the statements of both, in the order of the draft, as one group
  const variants = new Set<Figure>();
  // whether the draft speaks for the nation only, read when two names first ask
  let national: boolean | undefined;
  const byRest = new Map<string, string[]>();
  for (const id of groups.keys()) {
    const at = id.indexOf('|');
    const rest = id.slice(at);
    const ids = byRest.get(rest);
    if (ids) ids.push(id);
    else byRest.set(rest, [id]);
  }
  for (const [rest, ids] of byRest) {
    if (ids.length < 2 || ids.length > 40) continue;
    const names = ids.map((id) => id.slice(0, id.length - rest.length));
    for (const [i, j] of memo.variantsAmong(names, title, { national: (national ??= nationalDraft(lines)), counted: rest.startsWith('|count|') })) {
      if (!groups.has(ids[i]!) || !groups.has(ids[j]!)) continue;
      if (swappedWords(names[i]!, names[j]!) && [...groups.get(ids[i]!)!, ...groups.get(ids[j]!)!].some(namedAfterAList)) continue;
      const merged = [...groups.get(ids[i]!)!, ...groups.get(ids[j]!)!].sort((x, y) => x.offset - y.offset);
      merged.forEach((f) => variants.add(f));
      groups.set(ids[i]!, merged);
      groups.delete(ids[j]!);
    }
  }
  mergeOwnYear(groups, draftYear(paragraphs, title));
  const detailed = oneMeasure === sameMeasure ? mergeDetailsOfFinalAccounts(groups, lines) : undefined;
  // short names under their full names, when one is another statement's (statements only: changes have ids of their own)
  const named = oneMeasure === sameMeasure ? mergeFullNames(paragraphs, read, groups) : new Set<Figure>();
  if (oneMeasure === sameMeasure) mergeReceivedKinds(paragraphs, read, groups, byParagraph, named, title);
  const alike = named.size === 0 ? oneMeasure : (a: Figure, b: Figure, v: ReadonlySet<Figure>): boolean => (named.has(a) || named.has(b) ? namedAlike(a, b, named) : oneMeasure(a, b, v));
  // (two parts of one whole named two ways: statements only, as the names above)
  const measureOf =
    oneMeasure === sameMeasure
      ? (a: Figure, b: Figure, v: ReadonlySet<Figure>): boolean =>
          alike(a, b, v) || partsOfOneWhole(a, b, title, { national: (national ??= nationalDraft(lines)), counted: a.unit.kind === 'count' }) || detailed!.has(a) || detailed!.has(b)
      : alike;
  for (const list of groups.values()) {
    // worked out only for a measure with a statement of another value (most are stated once, or alike)
    let several: ReadonlySet<Figure> | undefined;
    // whether the statements under each name give three values or more, worked out once per name
    const listed = new Map<string, boolean>();
    const isListed = (key: string): boolean => {
      let found = listed.get(key);
      if (found === undefined) listed.set(key, (found = listedOver(list, key)));
      return found;
    };
    // one earlier statement per distinct value is enough to compare with: a long report restates often; and a
    // measure stated with dozens of values is noise, compared with its first few only (each figure, not each pair)
    const statements: Figure[] = [];
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      // the first earlier statement of the measure with another value, and the first with the same value
      let other: Figure | undefined;
      let same: Figure | undefined;
      let stated = false;
      for (const g of statements) {
        if (g.key === f.key && g.normalized === f.normalized) stated = true;
        // 其中：12月份纳入低保3167户…；12月份纳入低保5790户…: parts listed under one 其中 are two parts, not one restated
        // (案值超5万元以上真烟案件726起 after 真烟案件3390起: a count past a bar is compared only with counts past one)
        if (g.sentence.offset === f.sentence.offset || partsOfOneTotal(f, g, byParagraph) || (other && same) || !measureOf(f, g, variants) || pastABar(f) !== pastABar(g)) continue;
        // the two intervals meet (the reading below says the same, for the one pair kept)
        if (meet(f, g)) same ??= g;
        else other ??= g;
      }
      if (!stated && statements.length < MAX_STATEMENTS) statements.push(f);
      if (i === 0) continue;
      // 11个乡（镇）中，…在3千人以下的乡（镇）有4个 … 与2010年相比，11个乡（镇）中: a statement that agrees with an earlier
      // one restates that one; the earlier other value is that one's to answer for, not this one's
      if (
        same ||
        (other &&
          (parallel(f, other, idsByParagraph) ||
            inOtherScopes(f, other, scopesOfDraft()) ||
            examplesPassingABar(f) ||
            examplesPassingABar(other) ||
            partAfterBrokenQiZhong(f, other, lines) ||
            plannedAndDone(f, other, byParagraph) ||
            parallelSentences(f, other, byParagraph) ||
            ownerMovedOn(f, other, byParagraph) ||
            parallelOpenings(f, other) ||
            underOtherLabels(f, other) ||
            placesListedOneByOne(f, other) ||
            ofOtherMeetings(f, other) ||
            parallelWorks(f, other) ||
            changeOfThePartBefore(f, other) ||
            ofCountedGroups(f, other, byParagraph) ||
            partsOfTwoContinuedLists(f, other, byParagraph) ||
            parallelParagraphs(f, other, byParagraph, title) ||
            sharedSiblings(f, other) ||
            sharesOfTheirTotals(f, other) ||
            partOfStated(f, other, list, i, byParagraph) ||
            summedAfter(f, other, byParagraph) ||
            isListed(f.key) ||
            underOtherTimeFrames(f, other, scopesOfDraft().timesAt.frame) ||
            ofOtherQuotedItems(f, other) ||
            underOtherQualifyingClauses(f, other) ||
            changeBesideLevel(f, other) ||
            ofOtherStretches(f, other) ||
            ofOtherChronicleEntries(f, other, lines) ||
            ofOtherNamedEntries(f, other, lines) ||
            (several ??= severalInOnePeriod(list)).has(f) ||
            several.has(other)))
      )
        other = undefined;
      const earlier = other ?? same;
      if (!earlier) continue;
      const r = memo.restated(f, earlier);
      if (r) out.push(r);
    }
  }
  return out;
}

/**
 * 其中受理消费者投诉9880件…；举报3618件 … 受理消费者举报3618件: a short name keyed by the figure before it joins the group of
 * a statement whose name is one of its full names (`fullNames`), in the same scope, subject and qualifiers. Returns the figures so placed; a figure takes the first group found, none when
 * no statement bears its name (two short names alike pair nothing: 解决 after 投诉 and 解决 after 举报 are two).
 */
function mergeFullNames(paragraphs: readonly ParagraphFigures[], read: readonly ReadingStatements[], groups: Map<string, Figure[]>): Set<Figure> {
  const placed = new Set<Figure>();
  for (let k = 0; k < paragraphs.length; k++) {
    const named = read[k]!.named;
    for (let i = 0; i < named.length; i++) {
      const ids = named[i];
      if (!ids) continue;
      // (the very name only, not another name of it (`variant`): 受理消费者举报 would be one of 受理消费者投诉举报, the two together)
      const id = ids.find((x) => groups.has(x));
      if (id === undefined) continue;
      const f = paragraphs[k]!.figures[i]!;
      const list = groups.get(id)!;
      list.push(f);
      list.sort((x, y) => x.offset - y.offset);
      placed.add(f);
    }
  }
  return placed;
}

/** A verb of taking in what a report counts (受理, 接收 …), after the name of who takes it in and 共 or 累计. */
const RECEIVED = '(?:共|累计|累計)?(受理|接收|收到|接到)';
/** The verbs alone, for a first test. */
const RECEIVED_VERB = /受理|接收|收到|接到/;
/** A whole counted by that verb (12315平台共接收各类投诉举报咨询3443件): who, the verb, and what. */
const RECEIVED_WHOLE = new RegExp(`^(.*?)${RECEIVED}(.+)$`);
/** A statement of one kind so counted (淮北市12315平台共接收举报268件, 本月共受理投诉1023件): who, the verb, the kind. */
const RECEIVED_KIND = new RegExp(`^(.*?)${RECEIVED}([\u4e00-\u9fff]{2,3})$`);
/** Who takes it in, said by the period only: the report's own office. */
const OWN_OFFICE = /^(?:本月|本周|本期|当月|本季度|全年|今年)?$/;
/** Words before a taker that leave it the draft's own: the whole place (全国12315平台), or the digits of a number cut off it. */
const WHOLE_PLACE = /^(?:全国|全省|全市|全县|全区|全州|我省|我市|我县|我区)?[0-9]*$/;

/**
 * One taker written two ways: the one name ends with the other (淮北市12315平台 / 315平台, the hotline's number cut off
 * by the figure reading), and the words before it are the whole place or the place the title opens with after its
 * period (2025年3月淮北市12315平台…): not another place's (东城区12345热线 is a district's, not the city's 12345热线).
 */
function sameTaker(a: string, b: string, title: string | undefined): boolean {
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  if (codePoints(shorter) < 2 || !longer.endsWith(shorter)) return false;
  const before = simplified(longer.slice(0, longer.length - shorter.length));
  if (WHOLE_PLACE.test(before)) return true;
  // (the digits cut off the number after them: 淮北市12 of 淮北市12315平台 beside 315平台)
  let end = before.length;
  while (end > 0 && before.charCodeAt(end - 1) >= 48 && before.charCodeAt(end - 1) <= 57) end--;
  const place = before.slice(0, end);
  return title !== undefined && place.length >= 2 && simplified(title).replace(TITLE_PERIOD, '').startsWith(place);
}

/**
 * A kind listed after 其中 under a whole counted by a verb of taking in (12315平台共接收各类投诉举报咨询3776件，其中，投诉1028件…；
 * 举报268件…；咨询2480件) is that kind taken in: a statement elsewhere of the same verb and the kind alone (淮北市12315平台共接收
 * 举报268件 in the section on reports, 本月共受理举报270件) is the same measure, placed in its group (`namedAlike` then pairs
 * them under every guard). Only when the whole names that kind or 各类 things, the statement is by the whole's taker (its
 * name ending so, or the other way round) or the period's office alone (本月), in the whole's period or none of its own,
 * with the whole's subject or none and no qualifier, and when it is the draft's only such statement: a kind listed under
 * 办结 (其中投诉280件 of the cases closed) or a district's 共受理投诉 is another measure.
 */
function mergeReceivedKinds(
  paragraphs: readonly ParagraphFigures[],
  read: readonly ReadingStatements[],
  groups: Map<string, Figure[]>,
  byParagraph: ReadonlyMap<number, readonly Figure[]>,
  named: Set<Figure>,
  title: string | undefined,
): void {
  // the statements of one kind taken in (淮北市12315平台共接收举报268件), by verb and kind: without any, there is nothing
  // to place, and no figure of the draft need be looked at (this runs on every keystroke)
  const byKind = new Map<string, Array<{ id: string; taker: string }>>();
  // (and the kinds alone: a figure of no such kind has no statement to join, and is passed over first)
  const kinds = new Set<string>();
  for (const id of groups.keys()) {
    // (the verb is in the name: an id without it is passed over on a test of its characters)
    if (!RECEIVED_VERB.test(id)) continue;
    const m = RECEIVED_KIND.exec(id.slice(0, id.indexOf('|')));
    if (!m) continue;
    const key = `${m[2]}${m[3]}`;
    kinds.add(m[3]!);
    const list = byKind.get(key);
    if (list) list.push({ id, taker: m[1]! });
    else byKind.set(key, [{ id, taker: m[1]! }]);
  }
  if (byKind.size === 0) return;
  const statementsOf = (verbAndKind: string): ReadonlyArray<{ id: string; taker: string }> => byKind.get(verbAndKind) ?? [];
  // the statement id of each figure of the draft, read only if a whole is not found among its paragraph's figures
  let ids: Map<Figure, string> | undefined;
  const idOf = (f: Figure, k: number): string | undefined => {
    // (the whole is one of the `k`-th paragraph's own figures: looked up there, not in a map of the draft's, on every
    // keystroke)
    const at = byParagraph.get(paragraphs[k]!.para.offset) === paragraphs[k]!.figures ? paragraphs[k]!.figures.indexOf(f) : -1;
    if (at >= 0) return read[k]!.ids[at] || undefined;
    if (!ids) {
      ids = new Map();
      for (let j = 0; j < paragraphs.length; j++) paragraphs[j]!.figures.forEach((g, i) => read[j]!.ids[i] && ids!.set(g, read[j]!.ids[i]!));
    }
    return ids.get(f);
  };
  for (let k = 0; k < paragraphs.length; k++) {
    // (a kind is read under 其中 in its paragraph: one test of the paragraph passes over all its figures)
    if (!paragraphs[k]!.para.prose.includes('其中')) continue;
    const figures = paragraphs[k]!.figures;
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i]!;
      if (
        read[k]!.ids[i] ||
        !kinds.has(f.measure) ||
        named.has(f) ||
        f.unit.kind !== 'count' ||
        !SHORT_NAME.test(f.measure) ||
        !exact(f) ||
        f.relational ||
        f.inChange ||
        distributed(f) ||
        !underQiZhong(f)
      )
        continue;
      const whole = wholeBeforeQiZhong(f, byParagraph);
      const wholeId = whole && idOf(whole, k);
      const w = wholeId && RECEIVED_WHOLE.exec(wholeId.slice(0, wholeId.indexOf('|')));
      if (!w || !(w[3]!.includes(f.measure) || w[3]!.includes('各类') || w[3]!.includes('各類'))) continue;
      const [, unit, base, scope, subject, qualifiers] = wholeId.split('|');
      const found = statementsOf(`${w[2]}${f.measure}`).filter(({ id, taker }) => {
        const [, u, b, sc, sub, q] = id.split('|');
        const byTaker = OWN_OFFICE.test(taker) || sameTaker(taker, w[1]!, title);
        return byTaker && u === unit && b === base && (sc === scope || sc === '') && (sub === subject || sub === '') && q === '' && qualifiers === '';
      });
      if (found.length !== 1) continue;
      const list = groups.get(found[0]!.id)!;
      list.push(f);
      list.sort((x, y) => x.offset - y.offset);
      named.add(f);
    }
  }
}

/**
 * Two statements of one group, one of them placed under its full name: one measure when the other is named by its own
 * words (not a part, nor a measure of the entity counted before it), or placed so too.
 */
function namedAlike(a: Figure, b: Figure, named: ReadonlySet<Figure>): boolean {
  const other = named.has(a) ? b : a;
  return named.has(other) || (!other.partOf && !other.keyedBy);
}

/** A year written in a scope or a title: 2024 of 2024年, 2024年度, 截至2024年末, 2024年1-9月. */
const YEAR_WRITTEN = /(?:19|20)[0-9]{2}(?=年)/g;
/** A scope that is a whole year: 2024年, 2024年度. */
const WHOLE_YEAR = /^((?:19|20)[0-9]{2})年度?$/;

/**
 * The one year a draft speaks of, when its figures' scopes (and its title, if any) name one year and no other: a
 * statement there with no period of its own is of that year. Undefined when two years are named, or none.
 */
function draftYear(paragraphs: readonly ParagraphFigures[], title: string | undefined): string | undefined {
  let year: string | undefined;
  const seen = (text: string): boolean => {
    for (const m of text.matchAll(YEAR_WRITTEN)) {
      if (year !== undefined && year !== m[0]) return false;
      year = m[0];
    }
    return true;
  };
  if (title !== undefined && !seen(title)) return undefined;
  for (const g of paragraphs) for (const f of g.figures) if (!seen(f.scope) || !seen(f.year ?? '')) return undefined;
  return year;
}

/** The fewest characters of a clause's words before its figure for the clause to be taken for the same words written again. */
const MIN_RESTATED_CLAUSE = 8;
/** A year opening a clause (2024年，), which the same clause written again may leave out. */
const CLAUSE_YEAR = /^(?:19|20)[0-9]{2}年度?[，,]?/;

/** A verb joining a clause's name to its figure, which the same clause written again may change (产生量为 / 产生量达). */
const CLAUSE_LINK = /(?:达到|達到|为|為|达|達|是)$/;

/**
 * Whether two clauses up to their figures end in the same words, at least `MIN_RESTATED_CLAUSE` of them, the verb
 * before the figure aside: 全国各级民政部门和婚姻登记机构共依法办理结婚登记 and 各级民政部门和婚姻登记机构共依法办理结婚登记; 此次
 * 发布信息的大、中城市一般工业固体废物产生量为 and 214个大、中城市一般工业固体废物产生量达.
 */
function sameClauseEnd(a: string, b: string): boolean {
  const x = a.replace(CLAUSE_LINK, '');
  const y = b.replace(CLAUSE_LINK, '');
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return codePoints(x.slice(x.length - n)) >= MIN_RESTATED_CLAUSE;
}

/** A figure's clause up to the figure, without a year opening it: 2024年全县一般公共预算支出 is 全县一般公共预算支出. */
function clauseWords(f: Figure): string {
  return wordsOf(f, f.clause.offset, f.offset).replace(/\s/g, '').replace(CLAUSE_YEAR, '');
}

/**
 * 2024年全县一般公共预算支出782634万元 … 全县一般公共预算支出782634万元 in a draft of 2024 only: a statement with no period of
 * its own whose clause is the words of a statement under the draft's one year written again is of that year, compared
 * with it as one group (under the guards every statement of a measure passes). Only the same words (`sameClauseEnd`: the
 * same last eight characters or more, the verb before the figure aside): a bare 少数民族党员, 资金节约率达 is often another
 * year's or a part's (全市 … 市本级), its scope left to the sentences around it.
 */
function mergeOwnYear(groups: Map<string, Figure[]>, year: string | undefined): void {
  if (year === undefined) return;
  const yearly = new Map<string, string>();
  for (const id of groups.keys()) {
    const { rest, scope } = withoutScope(id);
    if (WHOLE_YEAR.exec(scope)?.[1] === year && !yearly.has(rest)) yearly.set(rest, id);
  }
  if (yearly.size === 0) return;
  for (const [id, list] of groups) {
    const { rest, scope } = withoutScope(id);
    const dated = scope === '' ? yearly.get(rest) : undefined;
    if (dated === undefined || !groups.has(dated)) continue;
    const words = groups.get(dated)!.map(clauseWords);
    const restated = list.filter((f) => {
      const w = clauseWords(f);
      return words.some((d) => sameClauseEnd(w, d));
    });
    if (restated.length === 0) continue;
    groups.set(
      dated,
      [...groups.get(dated)!, ...restated].sort((x, y) => x.offset - y.offset),
    );
    const moved = new Set(restated);
    if (moved.size === list.length) groups.delete(id);
    else
      groups.set(
        id,
        list.filter((f) => !moved.has(f)),
      );
  }
}

/**
 * (restate52) A paragraph of final accounts that closes by announcing the details of its items: 2024年度“三公”经费财政拨款
 * 支出决算中，因公出国（境）费0万元…。具体情况如下：
 */
const DETAILS_OF_FINAL_ACCOUNTS = /决算[^]*具体(?:情况)?如下[：:]?$/;
/** A line that opens a section of the report's first level (三、, 四、): the details announced before it end there. */
const FIRST_LEVEL_SECTION = /^\s*[一二三四五六七八九十]+[、．.]/;
/** The number of a detail in the list of an account's details: 2., 2、, （二）. */
const DETAIL_NUMBER = /^(?:[0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十][)）])\s*/;
/** The most lines back a detail looks for the paragraph announcing the details. */
const MAX_DETAIL_LINES = 12;

/**
 * (restate52) Whether a paragraph is one of the details a paragraph of final accounts announces (具体情况如下：⏎2.公务用车
 * 购置及运行维护费支出2.02万元，其中：…): some earlier line within `MAX_DETAIL_LINES`, no section of the first level or
 * Markdown heading between, is such a paragraph (`DETAILS_OF_FINAL_ACCOUNTS`).
 */
function detailOfFinalAccounts(para: Line, lines: readonly Line[]): boolean {
  for (let k = para.index - 1; k >= 0 && k >= para.index - MAX_DETAIL_LINES; k--) {
    const line = lines[k];
    if (line?.index !== k || line.headingDepth !== undefined || FIRST_LEVEL_SECTION.test(line.prose)) return false;
    if (DETAILS_OF_FINAL_ACCOUNTS.test(line.prose.trimEnd())) return true;
  }
  return false;
}

/**
 * (restate52) 2024年度“三公”经费财政拨款支出决算中，…公务用车购置及运行维护费支出2.02万元…。具体情况如下：⏎2.公务用车购置
 * 及运行维护费支出2.02万元 (heldout81/sgjf-luohu-01, the template of a department's final accounts): an item's 支出 in the
 * details the accounts announce is its 决算, the figure the accounts give it (公务用车购置及运行维护费支出决算 or …费决算), and
 * the item's 运行维护支出 is its 运行维护费. Its statements join the group of that 决算, of the same unit, subject and
 * qualifiers, in the accounts' period or none; only when the draft has exactly one such group and every statement
 * moved sits in the details. A 支出 outside them (a budget's, last year's) stays what it is. Returns the figures moved,
 * one measure with the 决算 (their names differ: 2.公务用车…支出 and 公务用车…费决算).
 */
function mergeDetailsOfFinalAccounts(groups: Map<string, Figure[]>, lines: readonly Line[]): Set<Figure> {
  const moved = new Set<Figure>();
  const byDecision = new Map<string, string[]>();
  for (const id of groups.keys()) {
    const name = id.slice(0, id.indexOf('|'));
    if (!name.endsWith('决算')) continue;
    const { rest } = withoutScope(id);
    const key = `${name}${rest.slice(rest.indexOf('|'))}`;
    const ids = byDecision.get(key);
    if (ids) ids.push(id);
    else byDecision.set(key, [id]);
  }
  if (byDecision.size === 0) return moved;
  for (const [id, list] of [...groups]) {
    const at = id.indexOf('|');
    const name = id.slice(0, at);
    if (!name.endsWith('支出') || name.endsWith('决算')) continue;
    const { rest, scope } = withoutScope(id);
    const tail = rest.slice(rest.indexOf('|'));
    // (2.公务用车购置及运行维护费支出: the number of the detail in its list is no part of the item's name)
    const item = name.replace(DETAIL_NUMBER, '');
    const decided = [`${item.slice(0, -2)}决算`, `${item.replace(/费?支出$/, '')}费决算`];
    const targets = [...new Set(decided.flatMap((n) => byDecision.get(`${n}${tail}`) ?? []))].filter((t) => scope === '' || withoutScope(t).scope === scope);
    if (targets.length !== 1 || !list.every((f) => detailOfFinalAccounts(f.para, lines))) continue;
    const target = targets[0]!;
    groups.set(
      target,
      [...groups.get(target)!, ...list].sort((x, y) => x.offset - y.offset),
    );
    groups.delete(id);
    list.forEach((f) => moved.add(f));
  }
  return moved;
}

/**
 * 規上工業增加值同比增長8.4% in a summary paragraph, 規上工業增加值增長3.7% in the industry's own paragraph: one change,
 * named by its measure, stated twice with two values (see `changeId`). Compared as statements are, under the same guards;
 * the ids already name one measure, so two keys of it (規上工業增加值·增長 after its level) are one measure.
 */
function changesStatedTwice(
  groups: readonly ParagraphFigures[],
  read: readonly ReadingStatements[],
  memo: StatementMemo,
  title: string | undefined,
  lines: readonly Line[],
  sections: ReadonlyMap<number, number>,
  timeFrameAt: (f: Figure) => string,
): Relation[] {
  const changes = read.map((r) => ({ ...r, ids: r.changes, measures: r.changes.map(measureId) }));
  // the level before each change, read when a pair of changes asks (most changes are never compared)
  const byParagraph = new Map(groups.map((g) => [g.para.offset, g.figures] as const));
  const levels = new Map<Figure, Figure | undefined>();
  const levelBefore = (f: Figure): Figure | undefined => {
    if (!levels.has(f)) {
      const figures = byParagraph.get(f.para.offset) ?? [];
      const i = figures.indexOf(f);
      levels.set(f, i < 0 ? undefined : levelOf(figures, i));
    }
    return levels.get(f);
  };
  // 校舍总面积456.21万平方米，增长10.93% (the city's) … 校舍总面积238.56万平方米，增长10.22% (the primary schools'): two
  // changes each after a level of its own, the levels two values, are two scopes' changes (the levels, were they one
  // measure, disagree where levels are compared)
  return statedTwice(groups, changes, memo, title, lines, sections, timeFrameAt, (a, b) => {
    const [x, y] = [levelBefore(a), levelBefore(b)];
    return !x || !y || meet(x, y);
  });
}

/** What stands between a level and its change, from the level's end (see `CHANGE_AFTER_LEVEL`). */
const THEN_CHANGE = new RegExp(`^${CHANGE_AFTER_LEVEL}`);

/**
 * The level of the change at `i` of a paragraph's figures: the amount right before it, or before the share of a plan
 * between them, when only the words of `CHANGE_AFTER_LEVEL` stand between.
 */
function levelOf(figures: readonly Figure[], i: number): Figure | undefined {
  const change = figures[i]!;
  const before = figures[i - 1]?.unit.kind === 'percent' ? figures[i - 2] : figures[i - 1];
  const level = before && before.unit.kind !== 'percent' && exact(before) && !before.relational && THEN_CHANGE.test(wordsOf(change, before.endOffset, change.offset));
  return level ? before : undefined;
}

/** A line that ends a sentence: the lines of a sentence broken across lines end in none of these. */
const SENTENCE_END = /[。！？；;!?]$/;
/** How many lines back a sentence broken across lines is followed to its 其中. */
const BROKEN_WINDOW = 6;

/** The first line of a sentence broken across lines, from the line given back (its index). */
function brokenSentenceStart(lines: readonly Line[], from: number): number {
  let k = from;
  while (k > 0 && from - k < BROKEN_WINDOW && lines[k - 1]!.index === k - 1 && lines[k - 1]!.prose.trim() !== '' && !SENTENCE_END.test(lines[k - 1]!.prose.trim())) k--;
  return k;
}

/**
 * 共增加学位15700个⏎其中城区新建学校2所⏎改扩建学校5所⏎增加学位9200个: a sentence broken across lines, with no stop at their
 * ends, carries its 其中 onto the lines after it; a statement on them is a part of the whole stated before that 其中 in the
 * same sentence, not that whole restated. By line index: the 其中 line of f's broken sentence, and g on a line before it in
 * the sentence.
 */
function partAfterBrokenQiZhong(f: Figure, g: Figure, lines: readonly Line[]): boolean {
  const at = f.para.index;
  if (lines[at]?.index !== at || g.para.index >= at) return false;
  const start = brokenSentenceStart(lines, at);
  for (let k = at; k > start; k--) if (/^其中/.test(lines[k]!.prose.trim())) return g.para.index >= start && g.para.index < k;
  return false;
}

/**
 * 其中真烟案件3390起。…案值超5万元以上真烟案件726起 / 亿元以上项目178个: a count whose name follows a bar set by a figure
 * (5万元以上, 1000万元以下) in its clause counts those past the bar, a subset of what the same name counts without it.
 */
const PAST_A_BAR = /(?:以上|以下|以内)[\u4e00-\u9fff]{2,12}$/;
/** The figure that sets the bar, right before its words: 5万元, 1000万元, 3亿. */
const BAR_FIGURE = /[0-9０-９](?:万|萬|亿|億|千)?[\u4e00-\u9fff]{0,2}$/;

function pastABar(x: Figure): boolean {
  if (x.unit.kind !== 'count') return false;
  const words = wordsOf(x, x.clause.offset, x.offset);
  const m = PAST_A_BAR.exec(words);
  return !!m && BAR_FIGURE.test(words.slice(Math.max(0, m.index - 5), m.index));
}

/**
 * 康乐卫士…建设项目、…供水工程等234个基础设施项目年度计划投资完成率超过80% after 820个基础设施项目年度计划投资完成率87.65%: a
 * count closing a list of examples with 等, its items held to a bar (超过, 以上, 不足 …) in the rest of its clause, counts
 * those of the kind that pass the bar: a subset of the kind, not the kind restated.
 */
function examplesPassingABar(x: Figure): boolean {
  const before = wordsOf(x, Math.max(x.clause.offset, x.offset - 4), x.offset);
  if (!/等(?:共|约)?$/.test(before)) return false;
  const rest = x.para.prose.slice(x.endOffset - x.para.offset).split(/[，,；;。]/, 1)[0]!;
  return BAR.test(rest);
}

/** A place's name opening a sentence, before its alias, a bracket, a comma or what is measured of it: 平山岛又称平岛，/ 达山岛（…）/ 车牛山岛距. */
const OPENING_PLACE = /^([\u4e00-\u9fff]{1,10}?(?:岛|山|县|乡|镇|村|河|湖|港|湾|库|岭|峰|洲))(?=[（(，,]|又称|又名|距|位于|面积|海拔|全长)/;

function placeOpening(f: Figure): string {
  const opening = wordsOf(f, f.sentence.offset, f.offset).trimStart();
  return OPENING_PLACE.exec(opening)?.[1] ?? '';
}

/**
 * 平山岛又称平岛，距连云港64公里，面积0.144平方公里；达山岛（又称达埝山岛、褡裢山岛），距连云港52公里，面积0.115平方公里；
 * 车牛山岛距连云港44公里 (heldout177/jianzhi-lianyungang-01): the sentences of one period, each opening with a place's name
 * (an island, a hill, a county…) and going on to what is measured of it, list the places one by one: two values of a
 * measure there are two places', not one measure stated twice.
 */
function placesListedOneByOne(f: Figure, g: Figure): boolean {
  if (f.period !== g.period || f.sentence.offset === g.sentence.offset) return false;
  const [s, t] = [placeOpening(f), placeOpening(g)];
  return s !== '' && t !== '' && s !== t;
}

/** The first meeting a period names before a figure (东海县贫下中农代表大会召开, 召开…第一次…代表大会), without the verb that opens it. */
const MEETING_NAMED = /([\u4e00-\u9fff]{2,30}?(?:大会|会议))/;
/** What is counted of a meeting: who sat in it, who it chose. */
const OF_A_MEETING = /代表|出席|列席|与会|参会|委员|理事/;

function meetingOf(f: Figure): string {
  const before = wordsOf(f, f.period, f.offset);
  const m = MEETING_NAMED.exec(before.split(/[，,；;：:]/).find((c) => /大会|会议/.test(c)) ?? '');
  return m ? m[1]!.replace(/^(?:在[\u4e00-\u9fff]{0,10}?)?(?:召开|举行|举办|开幕|隆重召开)/, '') : '';
}

/**
 * 1965年5月24～30日，东海县贫下中农代表大会召开，出席大会代表907人 … 1965年5月23~29日，召开灌云县第一次贫下中农代表大会，
 * 出席代表665人 (heldout175/shetuan-lianyungang-01): a count of who sat in a meeting (出席代表, 与会代表, 委员) is that
 * meeting's, which its period names before it; two periods naming two meetings (another body, another 第N次) count two
 * meetings' delegates, not one measure stated twice.
 */
function ofOtherMeetings(f: Figure, g: Figure): boolean {
  if (f.period === g.period || !OF_A_MEETING.test(f.measure) || !OF_A_MEETING.test(g.measure)) return false;
  const [s, t] = [meetingOf(f), meetingOf(g)];
  return s !== '' && t !== '' && s !== t;
}

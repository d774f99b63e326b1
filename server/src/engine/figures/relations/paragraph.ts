// What the relation families read a paragraph with: its figures by sentence and period, the text between
// figures, the year of the report, and the lookups into the rest of the draft.

import type { Draft } from '../../parse';
import { groupBy, type Figure, type ParagraphFigures } from '../extract';
import { PINYIN_GLOSS, PINYIN_READING, simplified } from '../../text';
import type { Lookups } from './cache';
import {
  BARE_CHANGE,
  CHANGE_OF_A_SHARE,
  CHANGE_RATE_STEM,
  ENDS_IN_CHANGE,
  EACH_SHARE_OF,
  ENDS_IN_RESPECTIVE_CHANGE,
  LAST_YEAR,
  RATE,
  RATE_NAME,
  RATES_LISTED,
  RESPECTIVE_SHARE,
  SHARE,
  SHARE_FROM,
  SHARE_TO,
} from './vocabulary';

export interface Paragraph {
  draft: Draft;
  figures: Figure[];
  /** Figures by sentence (up to 。；) and by period (up to 。！？), in order. */
  sentences: Map<number, Figure[]>;
  periods: Map<number, Figure[]>;
  /** The percentages that are not ends of a range. */
  percents: Figure[];
  lookups: Lookups;
  /** The year the title names, against which 上年 and years in the text are read. */
  reportYear?: number;
  /** Percentages a family has read already (a share inside a breakdown): the others leave them. */
  claimed: Set<Figure>;
}

export function paragraphOf(draft: Draft, group: ParagraphFigures, lookups: Lookups): Paragraph {
  const titleYear = /((?:19|20)[0-9]{2})年/.exec(draft.title?.prose ?? '');
  return {
    draft,
    figures: group.figures,
    sentences: groupBy(group.figures, (f) => f.sentence.offset),
    periods: groupBy(group.figures, (f) => f.period),
    percents: group.figures.filter((f) => f.unit.kind === 'percent' && !f.range),
    lookups,
    reportYear: titleYear ? Number(titleYear[1]) : undefined,
    claimed: new Set(),
  };
}

/** The paragraph's own text: an early exit on a key word reads this, not the whole draft (once per paragraph). */
export function proseOf(par: Paragraph): string {
  return par.figures[0]?.para.prose ?? '';
}

/** The figures of the paragraphs just before (`Lookups.earlier`) and the paragraph's own before `offset`, in the order of the draft: a new list. */
export function figuresBefore(par: Paragraph, offset: number): Figure[] {
  return [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < offset)];
}

export function textBetween(draft: Draft, a: number, b: number): string {
  return draft.prose.slice(a, b);
}

/** The words between two offsets with the paragraph's figures there taken out: what numbers are left lost their unit. */
export function wordsWithoutFigures(par: Paragraph, start: number, end: number): string {
  let words = textBetween(par.draft, start, end);
  const inSpan = par.figures.filter((f) => f.offset >= start && f.endOffset <= end);
  for (const f of [...inSpan].reverse()) words = words.slice(0, f.offset - start) + words.slice(f.endOffset - start);
  return words;
}

/** The clause before a figure, without spaces: what says what the figure is (占年计划的, 较上年增长). */
export function headOf(draft: Draft, f: Figure): string {
  return textBetween(draft, f.clause.offset, f.offset).replace(/\s/g, '');
}

/** 增速 (增长速度) ending the words before a percentage: the growth named by its noun. */
const GROWTH_NAMED = /(?:增速|增长速度|增長速度)(?:为|為|达|達|是)?$/;

/**
 * A figure's name: the clause before it in simplified characters, without a page's glossed readings (資產（chǎn）總額) and
 * without a leading 其中 (其中，出口 names exports).
 */
export function headName(draft: Draft, f: Figure): string {
  return simplified(headOf(draft, f).replace(PINYIN_GLOSS, '')).replace(/^(?:其中[，,：:]?)/, '');
}

/** The figures of a figure's sentence. */
export function sentenceOf(par: Paragraph, f: Figure): Figure[] {
  return par.sentences.get(f.sentence.offset) ?? [];
}

/** The percentages listed together from p on: 62.4%、14.8%、16.3%和7.2%. */
export function listedFrom(draft: Draft, p: Figure, percents: Figure[]): Figure[] {
  const group = [p];
  // from p on (percents are in document order): a long report has thousands of them
  let lo = 0;
  let hi = percents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (percents[mid]!.offset <= p.offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < percents.length; k++) {
    const q = percents[k]!;
    const last = group[group.length - 1]!;
    if (q.offset <= last.offset) continue;
    if (q.sentence.offset !== p.sentence.offset || !/^[、，,和及与\s]*$/.test(textBetween(draft, last.endOffset, q.offset))) break;
    group.push(q);
  }
  return group;
}

/** The year a figure's scope names (2022年, 另据2022年…公报: 2022), if it names one. */
export function yearOf(f: Figure): number | undefined {
  const m = /((?:19|20)[0-9]{2})年/.exec(f.scope);
  return m ? Number(m[1]) : undefined;
}

export function isLastYear(f: Figure, reportYear: number | undefined): boolean {
  return LAST_YEAR.test(f.scope) || (reportYear !== undefined && yearOf(f) === reportYear - 1);
}

export function isPast(f: Figure, reportYear: number | undefined): boolean {
  const y = yearOf(f);
  return isLastYear(f, reportYear) || (reportYear !== undefined && y !== undefined && y < reportYear);
}

/** The measure without the entity it was qualified with: 新开工项目·总投资 → 总投资. */
export function bareMeasure(f: Figure): string {
  return f.key.slice(f.key.lastIndexOf('·') + 1);
}

/** The 其中 that may open a part's clause, and its mark (其中：, 其中，). */
export const QI_ZHONG_OPENING = /^其中[：:，,]?/;

/** The measure of a part without the 其中 that may open its clause (其中：其他收入 is 其他收入). */
export function partMeasure(f: Figure): string {
  return bareMeasure(f).replace(QI_ZHONG_OPENING, '');
}

/** What a percentage states, read from the words before it in its clause. */
export type PercentKind =
  /** The first of a list after 分别占 (the others are `listed`): 分别占税收收入的42.6%、57.4%. */
  | { kind: 'respective-share'; group: Figure[]; words: string }
  /** A percentage of a 分别占 list after the first. */
  | { kind: 'listed' }
  /** A change: 同比增长5%, 下降6.9%, 分别增长18.6%和21.2% (then `group` is the list). */
  | { kind: 'change'; verb: string; group?: Figure[] }
  /** A share: 占年计划的50%, 占比19.4%, 完成年度任务6亿元的54.3%. */
  | { kind: 'share'; words: string; explicit: boolean }
  /**
   * A rate: 办结率83.3%. One of rates listed with 分别 (调处率、成功率分别为97.2%和98.8%) has its own name from the list
   * (the figure's measure names the list) and the list's figures in order.
   */
  | { kind: 'rate'; stem: string; name?: string; list?: Figure[] };

/** A gloss in brackets right before a percentage (and its verb): （常住人口城镇化率）为, （即城镇化率）为. */
const GLOSS_BEFORE = /[（(][^（）()]{1,20}[）)](?:为|是|达|达到)?$/;

/**
 * A percentage's head read past a bracketed gloss between its words and the figure: in 占常住人口比重（常住人口城镇化率）为
 * 66.34% or 城镇人口占总人口的比重（即城镇化率）为74.2% the bracket ends the clause, so the head is only 为; the gloss
 * names the measure again, and the words before it (占常住人口比重为) say what the percentage is of.
 */
export function glossedHead(draft: Draft, f: Figure): string {
  const head = headOf(draft, f);
  if (!/^(?:为|是|达|达到)?$/.test(head)) return head;
  const before = textBetween(draft, f.sentence.offset, f.offset).replace(/\s/g, '');
  const gloss = GLOSS_BEFORE.exec(before);
  if (!gloss) return head;
  const rest = before.slice(0, gloss.index);
  const start = Math.max(...[...'，,；;：:、'].map((c) => rest.lastIndexOf(c)));
  return rest.slice(start + 1) + head;
}

/** The clause before a colon that ends right before a figure, with the colon (占比分别为：), or ''. */
function clauseBeforeColon(draft: Draft, f: Figure): string {
  const before = textBetween(draft, f.sentence.offset, f.offset).replace(/\s/g, '');
  if (!/[：:]$/.test(before)) return '';
  const rest = before.slice(0, -1);
  const start = Math.max(...[...'，,；;：:、'].map((c) => rest.lastIndexOf(c)));
  return before.slice(start + 1);
}

/** A pinyin reading right at the end of some words (生產（chǎn）): the bracket of a page's gloss, which ends no clause. */
const ENDS_IN_PINYIN = /[\u4e00-\u9fff][（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[）)]$/;

/**
 * The words before a percentage as simplified characters without pinyin readings (pages in 繁體: 佔地區（qū）生產（chǎn）
 * 總值的比重為 → 占地区生产总值的比重为, 開（kāi）工率為 → 开工率为). The brackets of a reading end no clause: the head
 * reaches back over them to the clause's real start.
 */
export function plainHead(draft: Draft, p: Figure): string {
  const before = textBetween(draft, p.sentence.offset, p.clause.offset);
  if (!ENDS_IN_PINYIN.test(before)) return simplified(glossedHead(draft, p).replace(PINYIN_READING, ''));
  const start = p.sentence.offset + Math.max(...[...'，,；;：:、'].map((c) => before.lastIndexOf(c))) + 1;
  return simplified(textBetween(draft, start, p.offset).replace(/\s/g, '').replace(PINYIN_READING, ''));
}

/**
 * 调处率、成功率分别为97.2%和98.8%: rates named in a list before 分别, paired in order with the percentages listed after
 * it, as many of each; none when a name is no rate of two counts (增长率 is a change).
 */
function respectiveRates(par: Paragraph, p: Figure): Array<[Figure, string]> | undefined {
  const before = simplified(textBetween(par.draft, p.sentence.offset, p.offset).replace(/\s/g, ''));
  const clause = before.slice(Math.max(...[...'，,；;：:'].map((c) => before.slice(0, -1).lastIndexOf(c))) + 1);
  const end = RATES_LISTED.exec(clause);
  const names = end ? clause.slice(0, end.index + 1).split(/(?<=率)[、和及与]/) : [];
  if (names.length < 2 || names.some((name) => !RATE_NAME.test(name) || !RATE.test(name) || /(?:增长|下降|平均|年均)率$/.test(name))) return undefined;
  const group = listedFrom(par.draft, p, par.percents);
  if (group.length !== names.length) return undefined;
  return group.map((q, i) => [q, names[i]!]);
}

/** A share clause opening with 占 and naming its whole, with no 分别 of its own: 占全国政府采购规模比例为, 占总数的. */
const SHARE_CLAUSE = /^占([^占，,。；;%％]*?)的?(?:比重|比例)?(?:为|达|是)?$/;

/**
 * 货物、工程、服务政府采购规模分别为9,399.2亿元、16,961.2亿元和10,038.6亿元，占全国政府采购规模比例为25.8%、46.6%和
 * 27.6%: a list of shares in the clause right after a list of as many amounts stated with 分别 pairs with it by order, as
 * if it said 分别占 (the 分别 of the amounts carries over). Only when the clause before holds just that list, joined by
 * 、 和 及 与, and nothing stands between it and 占 but a comma.
 */
function sharesAfterARespectiveList(par: Paragraph, p: Figure, head: string): { group: Figure[]; words: string } | undefined {
  const share = SHARE_CLAUSE.exec(head);
  if (!share) return undefined;
  const group = listedFrom(par.draft, p, par.percents);
  // (amounts: a difference, 增加6起, is no part of a whole)
  const parts = group.length >= 2 ? listRightBefore(par, p, group.length) : undefined;
  const first = parts?.[0];
  if (!parts || !first || parts.some((f) => f.relational)) return undefined;
  const lead = textBetween(par.draft, first.clause.offset, first.offset).replace(/\s/g, '');
  return /分别(?:为|是|达|达到|实现|完成)?[：:]?$/.test(lead) ? { group, words: share[1] ?? '' } : undefined;
}

/** The figures of p's period right before its clause (differences too), `size` of them joined by 、 和 及 与 and then a comma to p's clause. */
function listRightBefore(par: Paragraph, p: Figure, size: number): Figure[] | undefined {
  const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.clause.offset);
  const parts = before.slice(-size);
  const last = parts[parts.length - 1];
  if (!last || parts.length !== size || parts.some((f) => f.unit.kind === 'percent' || f.bracket)) return undefined;
  if (!/^[，,]$/.test(textBetween(par.draft, last.endOffset, p.clause.offset).replace(/\s/g, ''))) return undefined;
  for (let k = 1; k < parts.length; k++) if (!/^[、和及与]$/.test(textBetween(par.draft, parts[k - 1]!.endOffset, parts[k]!.offset).replace(/\s/g, ''))) return undefined;
  return parts;
}

/** The words before a list of differences stated with 分别: 同比分别增加, 分别减少. */
const RESPECTIVE_DIFFERENCES = /分[别別](?:增加|减少|減少|多|少)了?$/;

/**
 * 共发生事故39起、死亡53人，同比分别增加6起、19人，上升15.38%、35.85%: a list of changes in percent in the clause right
 * after a list of as many differences stated with 分别 pairs with it by order, as if it said 分别上升 (the 分别 of the
 * differences carries over), when nothing stands between the two lists but a comma.
 */
function changesAfterARespectiveList(par: Paragraph, p: Figure): Figure[] | undefined {
  const group = listedFrom(par.draft, p, par.percents);
  if (group.length < 2) return undefined;
  const parts = listRightBefore(par, p, group.length);
  const lead = parts && simplified(textBetween(par.draft, parts[0]!.clause.offset, parts[0]!.offset).replace(/\s/g, ''));
  return (lead && RESPECTIVE_DIFFERENCES.test(lead)) || differencesEachWithItsVerb(par, p, group.length) ? group : undefined;
}

/** A difference verb ending the words before a figure: 减少5宗, 人数减少86人. */
const DIFFERENCE_VERB = /(?:增加|减少|多|少)了?$/;

/**
 * 同比减少5宗、人数减少86人（次），下降29%和20%: differences each stated with a verb of its own, joined by 、, then as many
 * changes in percent in the next clause, pair by order just as differences listed after one 分别 do (the verbs say each
 * is a difference; a unit glossed in brackets, 人（次）, may close the last).
 */
function differencesEachWithItsVerb(par: Paragraph, p: Figure, size: number): boolean {
  const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.clause.offset);
  const parts = before.slice(-size);
  const last = parts[parts.length - 1];
  if (!last || parts.length !== size || parts.some((f) => f.unit.kind === 'percent' || f.bracket)) return false;
  const words = (a: number, b: number): string => simplified(textBetween(par.draft, a, b).replace(/\s/g, ''));
  if (!/^(?:[（(][次人][）)])?[，,]$/.test(words(last.endOffset, p.clause.offset))) return false;
  if (!DIFFERENCE_VERB.test(words(parts[0]!.clause.offset, parts[0]!.offset))) return false;
  return parts.slice(1).every((f, k) => /^、[\u4e00-\u9fff]{0,6}$/.test(words(parts[k]!.endOffset, f.offset)) && DIFFERENCE_VERB.test(words(parts[k]!.endOffset, f.offset)));
}

/**
 * 其中：產業項目投資4412萬元，比重達23.23%: 比重 alone opening the clause right after a part's figure is the part's share, as
 * 占比 is, of a whole it leaves unnamed (the clause before it ends with the figure).
 */
function bareProportion(par: Paragraph, p: Figure, head: string): boolean {
  if (!/^比重(?:为|达|达到|是)?$/.test(head)) return false;
  const before = sentenceOf(par, p).filter((f) => f.offset < p.clause.offset);
  let last = before[before.length - 1];
  let clause = p.clause.offset;
  // (post44b) 完成安装工程产值22.82亿元，下降28.5%，比重为8.2%: the part's own growth, a clause of its own, may stand between
  const growth = last && last.unit.kind === 'percent' && PART_GROWTH.test(plainHead(par.draft, last)) && /^\s*[，,]\s*$/.test(textBetween(par.draft, last.endOffset, clause));
  if (growth && before.length >= 2) {
    clause = last!.clause.offset;
    last = before[before.length - 2];
  }
  return !!last && last.unit.kind !== 'percent' && /^\s*[，,]\s*$/.test(textBetween(par.draft, last.endOffset, clause));
}

/** A growth opening its clause after a level: 下降28.5%, 同比增长14.0% (the level's own). */
const PART_GROWTH = /^(?:同比|比上年|较上年)?(?:增长|下降)$/;

/** The kind of each percentage of a paragraph, in order; a percentage that is none of them is left out. */
export function percentKinds(par: Paragraph): Map<Figure, PercentKind> {
  const kinds = new Map<Figure, PercentKind>();
  for (const p of par.percents) {
    if (kinds.has(p)) continue;
    const head = plainHead(par.draft, p);
    // (第三产业54.79万人，占比分别为：39.3%、19.0%、41.7%: the words before a colon that opens the list)
    const together = RESPECTIVE_SHARE.exec(head) ?? (head === '' ? RESPECTIVE_SHARE.exec(clauseBeforeColon(par.draft, p)) : null);
    if (together) {
      const group = listedFrom(par.draft, p, par.percents);
      kinds.set(p, { kind: 'respective-share', group, words: together[1] ?? together[2] ?? '' });
      for (const q of group.slice(1)) kinds.set(q, { kind: 'listed' });
      continue;
    }
    // (由自然、人為因素引發的分別為321處、38處，各占總數89%、11%: 各占 and a whole named before two shares or more pairs them with
    // the figures before it in order, as 分别占总数的 does; a single share after 各占 is any share)
    const each = EACH_SHARE_OF.exec(head);
    const eachGroup = each ? listedFrom(par.draft, p, par.percents) : [];
    if (each && eachGroup.length >= 2) {
      kinds.set(p, { kind: 'respective-share', group: eachGroup, words: each[1]! });
      for (const q of eachGroup.slice(1)) kinds.set(q, { kind: 'listed' });
      continue;
    }
    const after = sharesAfterARespectiveList(par, p, head);
    if (after) {
      kinds.set(p, { kind: 'respective-share', group: after.group, words: after.words });
      for (const q of after.group.slice(1)) kinds.set(q, { kind: 'listed' });
      continue;
    }
    const listed = respectiveRates(par, p);
    if (listed) {
      for (const [q, name] of listed) kinds.set(q, { kind: 'rate', stem: RATE.exec(name)![1]!, name, list: listed.map(([f]) => f) });
      continue;
    }
    // (比重从上年同期的33.58%下降到30.32%: the earlier share is of figures the text does not state; the later one is this
    // period's share, named by the words before 从)
    const from = SHARE_FROM.exec(head);
    const to = from ? par.percents[par.percents.indexOf(p) + 1] : undefined;
    if (from && to && SHARE_TO.test(textBetween(par.draft, p.endOffset, to.offset))) {
      kinds.set(to, { kind: 'share', words: SHARE.exec(from[1]!)?.[1] ?? '', explicit: true });
      continue;
    }
    const respectively = ENDS_IN_RESPECTIVE_CHANGE.exec(head);
    if (respectively) {
      const group = listedFrom(par.draft, p, par.percents);
      for (const q of group) kinds.set(q, { kind: 'change', verb: respectively[1]!, group });
      continue;
    }
    const change = ENDS_IN_CHANGE.exec(head);
    if (change && CHANGE_OF_A_SHARE.test(head)) continue;
    const afterList = change ? changesAfterARespectiveList(par, p) : undefined;
    if (change && afterList) {
      for (const q of afterList) kinds.set(q, { kind: 'change', verb: change[1]!, group: afterList });
      continue;
    }
    if (change) {
      kinds.set(p, { kind: 'change', verb: change[1]! });
      continue;
    }
    const bare = BARE_CHANGE.exec(head.replace(/\s/g, ''));
    if (bare) {
      kinds.set(p, { kind: 'change', verb: bare[1] === '增' ? '增长' : '下降' });
      continue;
    }
    // 较年初上升137469.3万元，增速14.34% (heldout143/jinrong-jinsha-01): 增速 (增长速度) right before its percentage
    // names the growth itself, as 增幅 does (a 平均增速, 年均增速 is a compound rate per year: neither)
    if (GROWTH_NAMED.test(head) && !/平均|年均/.test(head)) {
      kinds.set(p, { kind: 'change', verb: '增长' });
      continue;
    }
    const share = SHARE.exec(head);
    const inline = /的(?:比重|比例)?(?:为|达|达到)?$/.test(head) && sentenceOf(par, p).some((f) => f.offset >= p.clause.offset && f.offset < p.offset && f.unit.kind !== 'percent');
    if (share || inline || bareProportion(par, p, head)) {
      kinds.set(p, { kind: 'share', words: share?.[1] ?? '', explicit: !inline });
      continue;
    }
    const rate = RATE.exec(head);
    // 比上年增长3236亿元，增长率为21.8%: a 增长率 (增加率, 减少率) is a change, of the amounts before it, not a rate of one of them (a
    // 年平均增长率 is neither: a compound rate per year)
    if (rate && CHANGE_RATE_STEM.test(rate[1]!)) {
      if (!/平均|年均/.test(head)) kinds.set(p, { kind: 'change', verb: rate[1]! });
      continue;
    }
    // 比今年上半年平均接通率98.12%高出0.66个百分点: a rate after 比/较 is the earlier value compared with, not a rate
    // of the counts stated now
    // (辦結率: the stem as the page writes it, which the counts' names are compared with)
    const written = RATE.exec(glossedHead(par.draft, p).replace(PINYIN_READING, '').replace(/為$/, '为'))?.[1];
    if (rate && !/^(?:比|较)/.test(head)) kinds.set(p, { kind: 'rate', stem: written ?? rate[1]! });
  }
  return kinds;
}

// Sums across paragraphs: a lead's figures broken down in the paragraphs after it (each opening with 其中 or ——, or a
// part's name after a paragraph ending with 其中：), numbered sections that break a paragraph of totals down (一、（一）),
// changes among named parts, and parts after 其中 that belong to an earlier paragraph's whole; with the item numbers
// those paragraphs open with.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { added, exact, halfUnit, judge, known } from './arithmetic';
import { isPartition, namesTheRest } from './breakdowns';
import { LIST_PARAGRAPHS } from './cache';
import { changeSum } from './changeSums';
import { suffixLength } from './names';
import { bareMeasure, figuresBefore, isPast, textBetween, type Paragraph } from './paragraph';
import { relation, withRole, type Relation } from './relation';
import { measureName, PART_FIGURE, sumReading, sumRelation } from './totals';
import { CHANGE_VERB, isFall, NONE_ELSEWHERE, NOT_A_TOTAL } from './vocabulary';

/** Words that open the next places of a ranking: 排名其次, 位列其后, 依次为. */
const RANKING = /其次|其后|排名|位列|居第|依次/;

/**
 * 东部地区…营业收入59766亿元，占全国74.4%，中部、西部和东北地区分别为13641亿元、5963亿元和943亿元; 先进制造领域…成交额最高，
 * 为247.08亿元，占湖北全省技术合同成交额的25.17%，排名其次分别为城市建设与社会发展领域175.83亿元、电子信息领域…: a figure that
 * states at once its own share of a larger whole (占全国…%) is one part of that whole, and a 分别为 list right after it
 * (no 其中 or 包括 between) that names its peers — names shaped as its own (中部 beside 东部: as long, ending alike) or the
 * next places of a ranking (其次, 排名) — holds the other parts of that whole, not parts of it.
 */
export function peersAfterOwnShare(par: Paragraph, r: Relation): boolean {
  if (r.kind !== 'sum' || !r.marker?.startsWith('分别')) return false;
  const total = withRole(r, 'total');
  const first = r.figures.find((_, k) => r.roles[k] === 'part');
  if (!total || !first || first.offset < total.endOffset) return false;
  const text = par.draft.prose;
  const own = /^\s*[，,]\s*(?:仅|约|共)?占[^，,。；;：:]{0,20}?[0-9０-９.．]+[%％][，,]\s*([^，,。；;：:0-9０-９]{1,24}?)分别(?:为|是)/.exec(textBetween(par.draft, total.endOffset, first.offset));
  if (!own || /其中|包括|含/.test(own[1]!)) return false;
  if (RANKING.test(own[1]!)) return true;
  const head = text.slice(total.clause.offset, total.offset).replace(/^[\s，,]*(?:分[\u4e00-\u9fff]{1,6}看[，,]\s*)?/, '');
  const labels = own[1]!.split(/[、和及与]/).filter((l) => l.length >= 2);
  return labels.length >= 2 && labels.some((l) => !head.startsWith(l) && head.slice(0, l.length).endsWith(l.slice(-1))) && !labels.some((l) => head.startsWith(l));
}

/**
 * 上述企业实现营业收入80314亿元…。⏎分区域看，东部地区…实现营业收入59766亿元，占全国74.4%，中部、西部和东北地区分别为
 * 13641亿元、5963亿元和943亿元: the peers a figure stating its own share is listed with (`peersAfterOwnShare`, by name, not a
 * ranking) are, with it, parts of the whole the share is of: the last larger figure before them named as it is (four
 * characters alike at the end: 实现营业收入). Read as parts that may leave a remainder (the list need not name every peer).
 */
export function wholeOfPeers(par: Paragraph, r: Relation): Relation | undefined {
  const total = withRole(r, 'total');
  const parts = r.figures.filter((_, k) => r.roles[k] === 'part');
  if (!total || !exact(total) || !known(total) || RANKING.test(textBetween(par.draft, total.endOffset, parts[0]?.offset ?? total.endOffset))) return undefined;
  const name = bareMeasure(total);
  const wholes = [...par.lookups.earlier(), ...par.figures].filter(
    (f) =>
      f.offset < total.offset &&
      exact(f) &&
      known(f) &&
      !f.relational &&
      !f.bracket &&
      !f.range &&
      compatible(f.unit, total.unit) &&
      f.normalized > total.normalized &&
      suffixLength(bareMeasure(f), name) >= 4,
  );
  const whole = wholes[wholes.length - 1];
  const read = whole && sumRelation(whole, [total, ...parts], true, '分别为');
  // (peers named alike, 东部 and 中部, are members of one partition and cannot overlap: a sum over the whole is an error)
  if (!read?.hint) return read;
  const { hint: _overlap, ...error } = read;
  return error;
}

/**
 * 全县共接待游客8.31万人次…（paragraphs later）乔庄镇大沟村…共接待游客7800人次，实现营业收入72.5万元。其中，过夜游共接待游客
 * 2.49万人次，…一日游共接待游客5.82万人次: parts after 其中 that add up to far more than the figure before them, and
 * exactly to an earlier figure of their unit and measure, are that figure's parts; the 其中 goes back past what was said in
 * between, and the parts hold against it. Not reported. (Exactly, at the earlier figure's precision, two parts at least,
 * and the earlier figure named as the parts are, so that a slip in a list is still a slip.)
 */
export function partsOfEarlierWhole(par: Paragraph, r: Relation): boolean {
  if (r.holds || r.marker !== '其中') return false;
  const total = withRole(r, 'total');
  const parts = r.figures.filter((_, k) => r.roles[k] === 'part');
  if (!total || !known(total) || parts.length < 2 || !parts.every(exact)) return false;
  const sum = parts.reduce((s, p) => s + p.normalized, 0);
  // far more than the figure before them (twice at least): not a slip in the list or its total, which a
  // restatement of the total earlier would then hide
  if (sum < 2 * total.normalized) return false;
  const named = bareMeasure(parts[0]!);
  return figuresBefore(par, total.offset).some(
    (g) => g !== total && exact(g) && compatible(g.unit, total.unit) && Math.abs(g.normalized - sum) <= halfUnit(g) + 1e-9 * g.normalized && suffixLength(bareMeasure(g), named) >= 2,
  );
}

/** A share of a plan or budget: 占年度计划投资, 占年初预算的, 占全年计划 (how much of it was done, no whole it is part of). */
const PLAN_SHARE = /占[年全]?[初度年]?(?:计划|预算)/;

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
export function subParagraphSums(par: Paragraph): Relation[] {
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
    const losses = lossesInPlace(draft, total, run, list);
    if (losses.length > 0) {
      if (!exact(total) || !given.every(exact)) continue;
      const cast = [[total, 'total'] as const, ...[...given, ...losses].map((f) => [f, 'part'] as const)];
      const r = relation('sum', total, cast, [judge({ op: '-', args: [added(given), added(losses)] }, { figure: total }, { compare: '<=', unit: 'amount' })], { marker: opening });
      if (r) out.push(r);
      continue;
    }
    if (before.length >= 2 && sumReading(before, total, '<=')?.holds === false) continue;
    const r = sumRelation(total, given, true, opening);
    if (r) out.push(r);
    const change = subParagraphChangeSum(draft, [lead, ...run], total, given);
    if (change) out.push(change);
  }
  return out;
}

/** A profit (利润总额, 利润) a lead states, which a piece may state as a loss instead. */
const PROFIT = /利润(?:总额)?$/;
/** The words right before a piece's loss of the year (盈亏相抵后亏损481万元), not a loss of the year before (上年亏损). */
const LOSS_HEAD = /^(?:(?:实现|出现)?盈亏相抵后|整体)?亏损$/;

/**
 * 实现利润总额1.52亿元 in the lead, then ——机械制造企业…盈亏相抵后亏损481万元，上年完成利润总额827万元；——电子信息企业…实现
 * 利润总额1.08亿元；——电工电器企业…实现利润总额4864万元 (heldout145/gxj-tianshui-01): a piece stating a loss where the
 * others state their profit takes that much off the lead's profit (10800 + 4864 − 481 = 15183万元). The losses of the pieces
 * of the run that give no profit of their own; none unless the total is a profit.
 */
function lossesInPlace(draft: Draft, total: Figure, run: readonly Figure[][], list: ReadonlyArray<Figure | undefined>): Figure[] {
  if (!PROFIT.test(bareMeasure(total))) return [];
  const out: Figure[] = [];
  run.forEach((group, i) => {
    if (list[i]) return;
    const loss = group.find((f) => compatible(f.unit, total.unit) && exact(f) && LOSS_HEAD.test(textBetween(draft, f.clause.offset, f.offset).replace(/\s/g, '')));
    if (loss) out.push(loss);
  });
  return out;
}

/** A piece of a paragraph opened by a dash and a short name ending in 。 or ：: 。 ——小学。校数129所…. */
const INLINE_DASH = /(?<=^|[\s。；;])——[\u4e00-\u9fff]{1,8}[。：:]/g;

/**
 * The pieces of subParagraphSums run on in one paragraph (a page that lost its paragraph breaks): 义务教育中小学214所，…
 * ——小学。校数129所，…——初中。校数85所，…. The figures before the first dash are the lead, each dash opens a piece;
 * two dashes at least. Read as the run grows, one piece at a time, as the paragraphs would be.
 */
export function inlineSubSums(par: Paragraph): Relation[] {
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
  if (sumReading([...parts], total)?.holds !== true) return undefined;
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
export function changesAmongNamed(par: Paragraph): Relation[] {
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
export function colonParagraphSums(par: Paragraph): Relation[] {
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
    // (（6）提前下达专项支出39.6亿元，…⏎⏎2．政府性基金预算收入15.2亿元: paragraphs numbered in two styles are of two levels;
    // a 2． after （6） is the next heading above the list, not one more of its items)
    const style = itemNumber(text)?.style;
    const runStyle = itemNumber(draft.prose.slice(run[0]![0]!.para.offset, run[0]![0]!.para.endOffset))?.style;
    if (style !== undefined && runStyle !== undefined && style !== runStyle) break;
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
  // (not a share of a plan or budget, 占年度计划投资130%, 占年初预算的94.59%: how much of it was done, no whole it is part of)
  if (/占(?![年全]?[初度年]?(?:计划|预算))[^，,。；;]{0,20}?[0-9０-９.]+\s*[%％]/.test(draft.prose.slice(start, end))) return [];
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
    if (earlierParts.length >= 2 && sumReading(earlierParts, total, '<=')?.holds === false) continue;
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
 * bullets lost may put a run of question marks before the number, ??? 1、…: the number is still the item's.) A digit may
 * follow 1、 (1、2022年…), not 1. (1.5万元 is a figure).
 */
const ITEM_NUMBER = /^\s*(?:[?？]{2,}\s*)?(?:([一二三四五六七八九十]{1,3})(、)|[（(]([一二三四五六七八九十]{1,3})([)）])|([0-9０-９]{1,2})(、|[.．](?![0-9０-９]))|[（(]([0-9０-９]{1,2})([)）]))\s*/;
export const CHINESE_DIGITS = '一二三四五六七八九';

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

/**
 * How a numbered item's paragraph may read up to its first figure when its name is long: a name of 25 to 40 characters,
 * brackets, quotes and 、 inside, no comma or stop (2.常石集团（舟山）造船有限公司、舟山海港港口开发有限公司定向捐赠357.15万元).
 * Only after a number: the number, not the name's shape, joins it to the list.
 */
const LONG_ITEM_HEAD = /^[\u4e00-\u9fff“”"（）()、]{25,40}[：:]?$/;

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

/**
 * Unnumbered paragraphs passed over between two items (the last first) that break the item before them down: the first
 * of them opens with 其中 (其中：寄宿生生活补助…⏎困境儿童生活补助…), the others follow it as its list.
 */
function breakdownOfItem(nested: readonly string[]): boolean {
  return nested.length > 0 && /^\s*其中/.test(nested[nested.length - 1]!) && nested.every((t) => !itemNumber(t));
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
export function sectionParagraphSums(par: Paragraph, taken: ReadonlySet<Figure>): Relation[] {
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
    if (!(ITEM_HEAD.test(head) || (number && (head === '' || LONG_ITEM_HEAD.test(head)))) || /^其中|^——/.test(head)) return undefined;
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
    if (gap === '' && it && (next ? it.number?.style === next.style && it.number.n === next.n - 1 : !it.number) && (subItems(nested.map(paraText)) || breakdownOfItem(nested.map(paraText)))) {
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
    // (二、义务教育生活补助：7074人，430.8875万元；⏎其中：寄宿生生活补助：4842人，…⏎困境儿童生活补助：411人，…⏎三、…: the
    // unnumbered paragraphs after an item, the first opening with 其中, break that item down; passed over while all the
    // paragraphs passed over are unnumbered, and kept only when the first of them opens with 其中 (breakdownOfItem))
    if (gap === '' && next && !itemNumber(paraText(group)) && nested.every((g) => !itemNumber(paraText(g)))) {
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
  // (全国医疗卫生机构诊疗人次6.9亿人次，…。⏎医院2.9亿人次，…⏎基层医疗卫生机构诊疗人次为3.8亿人次，…⏎其他机构0.3亿人次: unnumbered
  // paragraphs right after the lead, the last of them naming the rest (其他机构), close a list of the lead's total: the
  // rest is named only where what comes before it are the other parts)
  const restClosed = !numbered && lines.length === 0 && unnumberedRestCloses(draft, run[run.length - 1]!.group);
  const joined =
    (lines.length === 0 && (numbered || /[：:]$/.test(leadText) || restClosed)) || (lines.length > 0 && lines.length <= 2 && lines.every((l) => SORTING_HEADING.test(l) || ANNOUNCING_LINE.test(l)));
  if (!joined) return [];
  // the words the finding quotes: the heading or the line that announces the list, else the lead's clause before its
  // colon, else the first item's number
  const announced = /([^，,。；;：:\s]{2,20})[：:]$/.exec(leadText)?.[1];
  const marker = lines.length > 0 ? lines[lines.length - 1]!.replace(ITEM_NUMBER, '').replace(/[。：:]$/, '') : (announced ?? PARAGRAPHS_MARKER);
  // the totals: the levels of the lead's last sentence that has any (a sentence that gives its level a share of
  // another whole states a part of that whole: not read)
  const leadLevels = lead.filter((f) => level(f) && !taken.has(f));
  if (leadLevels.length === 0) return [];
  // (…项目计划15个，总投资18576万元。其中计划实施财政专项扶贫资金项目13个11701万元，…地方政府债券资金项目2个，投资6875万元，
  // 具体情况如下：: a last sentence that opens with 其中 gives the parts of the sentence before, the items list those parts
  // again, and their totals are the last figure of each unit before 其中, each item's one figure of that unit its part)
  let lastPeriod = leadLevels[leadLevels.length - 1]!.period;
  let beforeQiZhong: Figure[] | undefined;
  if (/^\s*其中/.test(draft.prose.slice(lastPeriod, lastPeriod + 4))) {
    const before = leadLevels.filter((f) => f.period < lastPeriod);
    if (before.length === 0) return [];
    lastPeriod = before[before.length - 1]!.period;
    const inPeriod = before.filter((f) => f.period === lastPeriod);
    beforeQiZhong = inPeriod.filter((f, k) => !inPeriod.slice(k + 1).some((g) => compatible(g.unit, f.unit)));
  }
  const sentence = lead.filter((f) => f.period === lastPeriod);
  if (sentence.some((f) => f.unit.kind === 'percent' && /占/.test(textBetween(draft, f.clause.offset, f.offset)) && !PLAN_SHARE.test(textBetween(draft, f.clause.offset, f.offset)))) return [];
  // (a lead whose last words announce the list by name, 支出主要情况如下：, lists the parts of a total of that name: not
  // of 结转结余 in the sentence before)
  const announcing = /[：:]$/.test(leadText) ? leadText.slice(Math.max(leadText.lastIndexOf('。'), leadText.lastIndexOf('！'), leadText.lastIndexOf('？')) + 1, -1) : undefined;
  const named = announcing && !/[0-9０-９]/.test(announcing) ? announcing.replace(/其中|包括|具体|主要|基本|情况|如下|分别|以下|下列|[均是为有：:，,\s]/g, '') : undefined;
  const totals = beforeQiZhong ?? leadLevels.filter((f) => f.period === lastPeriod && (!named || named.length < 2 || bareMeasure(f).includes(named.slice(-2))));
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
      } else if (ofUnit.length === 1 && candidates.length === 1 && (opening || beforeQiZhong)) part = opening ?? candidates[0];
      if (!part) {
        spoiled = true;
        break;
      }
      parts.push(part);
    }
    if (spoiled || parts.length < 2 || !run[run.length - 1]!.group.includes(parts[parts.length - 1]!)) continue;
    const earlierParts = parts.slice(0, -1);
    // (the run so far already over the total was reported by the paragraph before; not when the rest closes the list,
    // the run before it read by nothing)
    if (!restClosed && earlierParts.length >= 2 && sumReading(earlierParts, total, '<=')?.holds === false) continue;
    // 总支出9185.82万元，其中：⏎1、待遇支出9084.49万元；⏎2、其他支出1.33万元；: numbered items that end with the rest
    // (其他…) as the last of their numbering are all of the total, as the same list in one sentence is
    const rest = (/其中[：:]$/.test(leadText) && restEndsItems(draft, run[run.length - 1]!.group, parts[parts.length - 1]!)) || restClosed;
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
 * 其他机构0.3亿人次（见表1）。: an unnumbered paragraph that opens with the rest's name (其他…) and its one figure of that unit,
 * followed by no paragraph of the same shape (the list ends with it).
 */
function unnumberedRestCloses(draft: Draft, last: readonly Figure[]): boolean {
  const first = last.find((f) => PART_FIGURE(f) && !NOT_A_TOTAL.test(f.measure));
  if (!first || last.some((f) => f !== first && compatible(f.unit, first.unit) && !f.relational)) return false;
  return namesTheRest(draft.prose.slice(first.para.offset, first.offset).trim());
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

/** A paragraph opening by adding up the items above it: 以上资金合计, 上述各项共计 (before its first figure). */
const ABOVE_ADDED = /^\s*(?:以上|上述)[\u4e00-\u9fff]{0,6}?(?:合计|共计|总计)(?:为|达)?\s*$/;
/** How far back the words of 以上…合计 before a figure are read: longer, and they are no such words. */
const ABOVE_REACH = 24;

/** A year before an item's name (1、2022年中央财政衔接推进乡村振兴补助资金458.1万元): when, not what. */
const ITEM_YEAR = /^(?:19|20)[0-9]{2}年度?/;
/** A heading with no figure that unnumbered items follow line by line: 一、资金来源, 资金来源：. */
const ITEMS_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?[\u4e00-\u9fff]{2,12}[：:]?$/;

/**
 * 一、资金来源⏎1.省级专项扶贫资金47万元⏎2.市级扶贫专项资金66.5万元⏎以上资金合计113.5万元: a paragraph opening with
 * 以上…合计 adds up the numbered paragraphs right before it, from item 1 on, each a short name (a year before it aside) and
 * one figure of the total's unit; they make all of it. Or (一、资金来源⏎中央资金125.5万元⏎省级资金91.2万元⏎市级资金24.6万元⏎
 * 以上资金合计241.3万元) the unnumbered lines right before it, one after the other, each a short name and one figure, the
 * line above the first a heading with no figure: the heading opens the list as item 1 does. Read with two items or more,
 * in the paragraph of the total.
 */
export function itemsAboveAddedUp(par: Paragraph): Relation[] {
  const { draft, figures } = par;
  // (the total opens its paragraph, or a line of the last item's paragraph run on to it, that item closed by no mark:
  // 4、…补助资金80万元⏎以上共计768.1万元)
  const para = figures[0]?.para;
  if (!para || !/以上|上述/.test(draft.prose.slice(para.offset, para.endOffset))) return [];
  // (the words before a figure from its line's start, read back no further than ABOVE_REACH)
  const lineStart = (f: Figure): number => {
    const from = Math.max(f.para.offset, f.offset - ABOVE_REACH);
    const k = draft.prose.slice(from, f.offset).lastIndexOf('\n');
    return k >= 0 ? from + k + 1 : from;
  };
  const total = figures.find((f) => ABOVE_ADDED.test(draft.prose.slice(lineStart(f), f.offset)));
  if (!total || !exact(total)) return [];
  const runOn = figures.filter((f) => f.offset < total.offset);
  if (runOn.length > 0 && !/^[；;]?$/.test(draft.prose.slice(runOn[runOn.length - 1]!.endOffset, lineStart(total)).trim())) return [];
  const parts: Figure[] = [];
  let next: number | undefined;
  // (unnumbered lines: each right above the one after it, blank lines aside)
  let above = total.para.offset;
  let lines = false;
  for (const group of [...earlierParagraphs(par, 8), ...(runOn.length > 0 ? [runOn] : [])].reverse()) {
    const para = group[0]!.para;
    const number = itemNumber(para.prose);
    const own = group.filter((f) => !f.relational);
    if (own.length !== 1 || !compatible(own[0]!.unit, total.unit)) break;
    if (!number) {
      if (next !== undefined || draft.prose.slice(para.endOffset, above).trim() !== '') break;
      if (!ITEM_HEAD.test(draft.prose.slice(para.offset, own[0]!.offset))) break;
      parts.unshift(own[0]!);
      above = para.offset;
      lines = true;
      continue;
    }
    if (lines || (next !== undefined && number.n !== next - 1)) break;
    if (!ITEM_HEAD.test(draft.prose.slice(para.offset + number.length, own[0]!.offset).replace(ITEM_YEAR, ''))) break;
    parts.unshift(own[0]!);
    next = number.n;
    if (number.n === 1) break;
  }
  if (lines) {
    const before = draft.prose.slice(0, above).trimEnd();
    const heading = before.slice(before.lastIndexOf('\n') + 1).trim();
    if (!ITEMS_HEADING.test(heading)) return [];
  } else if (next !== 1) return [];
  if (parts.length < 2) return [];
  const r = sumRelation(total, parts, false, '以上');
  return r ? [r] : [];
}

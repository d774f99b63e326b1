// Changes that add up: when the levels of a sum hold, the changes stated after them add up too (a 其中 list's changes
// against the total's change, a plain sum's levels' changes), and a change broken down into signed changes of its parts
// (用水总量减少…，其中…增加…).

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge } from './arithmetic';
import { isPartition, type Breakdown } from './breakdowns';
import { sameThing } from './names';
import { figuresBefore, headOf, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';
import { periodEnd, sumReading } from './totals';
import { COMPARED_BARE_DIFFERENCE, DIFFERENCE_HEAD, isFall, NET_CHANGE } from './vocabulary';

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
export function changesOfSums(par: Paragraph, found: readonly Relation[]): Relation[] {
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
    const verb = changeVerb(head);
    if (!verb) return undefined;
    return { figure: g, fall: isFall(verb), base: changeBase(head) };
  }
  return undefined;
}

/** The verb of change a head ends in: of two characters or more, or 增/减 right after the period compared with (比上年增). */
function changeVerb(head: string): string | undefined {
  const verb = DIFFERENCE_HEAD.exec(head)?.[0].replace(/了$/, '');
  if (verb && verb.length >= 2) return verb;
  const step = COMPARED_BARE_DIFFERENCE.exec(head)?.[1];
  return step === undefined ? undefined : step === '增' ? '增加' : '减少';
}

/**
 * 支出227.53亿元，增加19.54亿元。其中：市本级完成44.11亿元，增加4.37亿元；市辖区完成49.5亿元，增加4.71亿元；省直管县
 * 完成133.92亿元，增加10.45亿元: when the parts add up to the total exactly, they are all of it, this year and the
 * year before, so their changes add up to the total's change (a decrease counted negative). Every part and the total
 * must state one, against the same base.
 */
export function changesAddUp(par: Paragraph, b: Breakdown): Relation | undefined {
  const levels = sumReading(b.parts, b.total);
  if (!levels?.holds || b.parts.length < 2) return undefined;
  const total = changeOf(par, b.total, b.parts[0]!.offset);
  if (!total) return undefined;
  const parts = respectiveChanges(par, b) ?? b.parts.map((p, i) => changeOf(par, p, Math.min(b.segments[i]!.endOffset, b.parts[i + 1]?.offset ?? Infinity)));
  if (parts.some((c) => !c || c.base !== total.base)) return undefined;
  return changeSum(total, parts as Array<{ figure: Figure; fall: boolean }>, '增减额');
}

/** After the last part: 分别, what the changes are against (比上年末, 较2016年) and one verb of change for all of them. */
const RESPECTIVE_CHANGES = /^[，,]\s*分别(?:(?:比|较)[^，,。；;！？]{1,12}?)?(增加|减少|增长|下降)了?$/;

/**
 * 共有科普场馆1439个，比2016年增加46个。其中科技馆488个，科学技术类博物馆951个，分别比2016年增加15个和31个: the parts'
 * changes stated together right after the last part, under one verb, one change per part in the parts' order (分别 pairs
 * them), joined by 和 or 、 alone. Undefined when the sentence says it otherwise (then each part's own change is read).
 */
function respectiveChanges(par: Paragraph, b: Breakdown): Array<{ figure: Figure; fall: boolean; base: string }> | undefined {
  const { draft, figures } = par;
  const last = b.parts[b.parts.length - 1]!;
  if (!/^[，,]\s*分别/.test(draft.prose.slice(last.endOffset, last.endOffset + 4))) return undefined;
  const run = figures.filter((f) => f.offset > last.endOffset && f.sentence.offset === last.sentence.offset).slice(0, b.parts.length);
  if (run.length !== b.parts.length) return undefined;
  const head = draft.prose.slice(last.endOffset, run[0]!.offset);
  const verb = RESPECTIVE_CHANGES.exec(head)?.[1];
  if (!verb) return undefined;
  if (run.some((g, i) => i > 0 && !/^[、和及与]$/.test(draft.prose.slice(run[i - 1]!.endOffset, g.offset)))) return undefined;
  if (run.some((g) => g.bracket || !exact(g) || g.approximate || g.range || !compatible(g.unit, last.unit))) return undefined;
  const base = changeBase(head);
  return run.map((figure) => ({ figure, fall: isFall(verb), base }));
}

/** The changes of a whole's parts against the whole's change, signed as the whole's is: a net decrease of 1070 is −1284 + 2354. */
export function changeSum(whole: { figure: Figure; fall: boolean }, changes: ReadonlyArray<{ figure: Figure; fall: boolean }>, marker: string): Relation | undefined {
  const cast = [[whole.figure, 'total'] as const, ...changes.map((c) => [c.figure, 'part'] as const)];
  const reading = judge({ op: '+', args: changes.map((c) => ({ figure: c.figure, negative: c.fall !== whole.fall })) }, { figure: whole.figure }, { compare: '=', unit: 'amount' });
  return relation('sum', whole.figure, cast, [reading], { marker });
}

/** 其中 right after a figure, opening the list of its parts: ，其中，/ ，其中：. */
const QIZHONG_RIGHT_AFTER = /^[，,]\s*其中[，,：:]?/;
/** After a change, the level it brought the total to ending the sentence, and 其中 opening the next: ，总数达到113457.0万户。其中，. */
const LEVEL_THEN_QIZHONG = /^[，,](?:总数|总量)?(?:达到|达|为)[0-9０-９]+(?:[.．][0-9０-９]+)?[万亿]?[\u4e00-\u9fff]{1,2}。\s*其中[，,：:]?/;
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
  // (a net change, 电话用户净增917.3万户 or 净减少: the rises less the falls)
  const net = NET_CHANGE.exec(head)?.[0];
  const verb = net ?? DIFFERENCE_HEAD.exec(head)?.[0];
  const name = verb ? head.slice(0, head.length - verb.length) : '';
  if (!verb || verb.replace(/了$/, '').length < 2 || !CHANGED_NAME.test(name)) return undefined;
  return { figure: f, fall: net ? /[减減]/.test(net) : isFall(verb.replace(/了$/, '')), name };
}

/**
 * 与2022年相比，用水总量减少91.7亿m³，其中，生活用水量增加4.1亿m³，工业用水量增加1.8亿m³，农业用水量减少108.9亿m³，人工
 * 生态环境补水量增加11.3亿m³: the change of a total broken down after 其中 into the changes of its parts, each stating its
 * direction: a signed sum (−91.7 = +4.1 + 1.8 − 108.9 + 11.3), not a remainder, and a part may exceed the total's change.
 * Taken when the parts go both ways (what 其中 would read as parts no larger than the total), or when they are all of
 * the total (`levelsAddUp`): then checked exactly; else left unchecked.
 */
export function signedChangeLists(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: SignedChange; parts: SignedChange[]; complete: boolean; marker: string }> {
  const { draft, figures } = par;
  const out: Array<{ total: SignedChange; parts: SignedChange[]; complete: boolean; marker: string }> = [];
  for (const f of figures) {
    if (used.has(f)) continue;
    const right = QIZHONG_RIGHT_AFTER.test(draft.prose.slice(f.endOffset, f.endOffset + 6));
    // (全国电话用户净增917.3万户，总数达到113457.0万户。其中，固定电话用户减少107.1万户，移动电话用户净增1024.4万户: the level
    // the change brought the total to, and 其中 opening the next sentence)
    const level = right ? null : LEVEL_THEN_QIZHONG.exec(draft.prose.slice(f.endOffset, f.endOffset + 40));
    if (!right && !level) continue;
    const total = signedChange(draft, f);
    if (!total) continue;
    const from = level ? f.endOffset + level[0].length : f.offset;
    const first = figures.find((g) => g.offset >= from);
    if (!first) continue;
    // the parts: the changes of the total's unit after it in its period, each in its own clause, up to the first that is not one
    const parts: SignedChange[] = [];
    for (const g of figures.filter((g) => g.offset > f.offset && g.offset >= from && g.period === (level ? first.period : f.period))) {
      const part = compatible(g.unit, f.unit) && !used.has(g) ? signedChange(draft, g) : undefined;
      if (!part || parts.some((p) => p.figure.clause.offset === g.clause.offset)) break;
      parts.push(part);
    }
    if (parts.length < 2) continue;
    const levels = levelsAddUp(par, total, parts);
    // (or they are named by a known partition, 固定电话用户 and 移动电话用户 of 电话用户: all of it, their levels unstated)
    const complete = levels || isPartition(parts.map((p) => p.name));
    if (complete || parts.some((p) => p.fall !== total.fall)) out.push({ total, parts, complete, marker: levels ? '增减额' : '部分增减额' });
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
  const pool = figuresBefore(par, total.figure.offset)
    .filter((f) => !f.relational && !f.bracket && exact(f) && compatible(f.unit, total.figure.unit))
    .reverse();
  const levelOf = (name: string): Figure | undefined => pool.find((f) => sameThing(name, f));
  const whole = levelOf(total.name);
  const levels = parts.map((p) => levelOf(p.name));
  if (!whole || levels.some((l) => !l || l === whole) || new Set(levels).size !== levels.length) return false;
  return !!sumReading(levels as Figure[], whole)?.holds;
}

/** A head stating an increase (新增人民币各项存款, 存款增加), not 增加值 (value added, a level). */
const A_RISE = /新增|增加(?!值)|多增/;
/** A change's name that is only a comparison (同比, 比上年): no item of the list. */
const COMPARISON_NAME = /^(?:同比|环比|比|较)/;

/**
 * 新增人民币各项存款30.8亿元…。其中，中资银行新增存款93.2亿元…；外资银行存款减少62.4亿元: a total that is an increase,
 * broken down after 其中, where another item of the list's sentence is named as falling (外资银行存款减少, not a comparison 同比多减):
 * the items go both ways, so one may exceed the total, and the list bounds nothing.
 */
export function fallBesideParts(par: Paragraph, b: Breakdown): boolean {
  const { draft } = par;
  const first = b.parts[0];
  if (b.marker !== '其中' || !first || !A_RISE.test(headOf(draft, b.total))) return false;
  const end = periodEnd(draft, first);
  return par.figures.some((g) => {
    if (g.offset <= first.offset || g.offset >= end || b.parts.includes(g) || !compatible(g.unit, b.total.unit)) return false;
    const change = signedChange(draft, g);
    return !!change && change.fall && !COMPARISON_NAME.test(change.name);
  });
}

// Measures of a whole, then the same measures group by group: 全州检查企业29家次，发现各类隐患165条，…处罚次数4次，处罚金额
// 23万元。其中：非煤矿山行业检查企业16家次，发现各类隐患134条，…实施行政处罚3次，处罚金额20万元；危险化学品行业…；工贸行业….
// Each piece after 其中： (split by ；) gives a part of each measure it names again; the pieces are groups of the whole.

import type { Figure } from '../extract';
import { exact } from './arithmetic';
import { addsInto, splitOutsideBrackets } from './breakdowns';
import { suffixLength } from './names';
import { bareMeasure, type Paragraph } from './paragraph';
import type { Relation } from './relation';
import { PART_FIGURE, sumReading, sumRelation } from './totals';

/** A sentence opened by 其中 and a colon: a list of groups follows. */
const GROUPS_FOLLOW = /^\s*其中[：:]/;
/** The marker of a sum over groups shown to be all of the whole (the message says why they must add up). */
const ALL_GROUPS = '其中各组（其余指标均正好加总）';
/** Two measures summing exactly over the pieces show the groups are all of the whole. */
const EXACT_MEASURES = 2;

/** Two characters in a row that both names hold: 行政处罚 and 处罚次数 share 处罚. */
function shareTwo(a: string, b: string): boolean {
  for (let k = 0; k + 2 <= b.length; k++) if (a.includes(b.slice(k, k + 2))) return true;
  return false;
}

/**
 * The measure of the whole a piece's figure states again: the one whose name ends the figure's most (检查企业, two
 * characters at least), when one alone does; else the one figure of its unit sharing two characters with it (行政处罚
 * for 处罚次数).
 */
function measureOf(f: Figure, totals: readonly Figure[]): Figure | undefined {
  const ofUnit = totals.filter((t) => addsInto(f.unit, t.unit));
  if (ofUnit.length === 0) return sameThingCounted(f, totals);
  const lengths = ofUnit.map((t) => suffixLength(bareMeasure(f), bareMeasure(t)));
  const most = Math.max(0, ...lengths);
  if (most >= 2) return lengths.filter((n) => n === most).length === 1 ? ofUnit[lengths.indexOf(most)] : undefined;
  return ofUnit.length === 1 && shareTwo(bareMeasure(f), bareMeasure(ofUnit[0]!)) ? ofUnit[0] : undefined;
}

/** A name of a thing counted by more than one measure word (指令书 by 条 or 份): four characters at least. */
const NAMED_IN_FULL = 4;

/**
 * 下发责令限期整改指令书11条 and, for a group, 下发责令限期整改指令书5份: the very thing of the whole, named in full, counted
 * by another measure word of things (份 for 条); the one total so named.
 */
function sameThingCounted(f: Figure, totals: readonly Figure[]): Figure | undefined {
  const name = bareMeasure(f);
  const named = totals.filter((t) => t.unit.kind === 'count' && f.unit.kind === 'count' && t.unit.factor === f.unit.factor && name.length >= NAMED_IN_FULL && bareMeasure(t) === name);
  return named.length === 1 ? named[0] : undefined;
}

/** A part counted by another measure word, read in its total's (份 as 条): the same figure, the total's unit. */
function countedIn(f: Figure, total: Figure): Figure {
  return addsInto(f.unit, total.unit) ? f : { ...f, unit: total.unit };
}

/** The levels a sentence states for its whole: not a part its own clause opens with 其中 (其中发现重大安全隐患14条). */
function wholeLevels(par: Paragraph, period: number, used: ReadonlySet<Figure>): Figure[] {
  const prose = par.draft.prose;
  return par.figures.filter((f) => f.period === period && PART_FIGURE(f) && !used.has(f) && !/^\s*其中/.test(prose.slice(f.clause.offset, f.offset)));
}

/**
 * The sums of the measures of a sentence over the pieces of the 其中： sentence after it: a part from each piece that
 * states the measure again (a piece stating it twice spoils it). The parts may leave a remainder, unless two measures
 * or more sum exactly over the pieces (the groups are then all of the whole) and every piece states this one.
 * Two pieces with figures at least, each stating two of the measures or more. (A piece's figure may be the total of a
 * bracket of its own, 发现各类隐患134条（其中发现重大安全隐患14条）, `used` but no part: `usedParts`.)
 */
export function groupPieceSums(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const prose = draft.prose;
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  const periods = [...new Set(figures.map((f) => f.period))];
  for (let i = 1; i < periods.length; i++) {
    const at = periods[i]!;
    if (!GROUPS_FOLLOW.test(prose.slice(at, at + 6)) || !/[。！？]/.test(prose[at - 1] ?? '')) continue;
    const totals = wholeLevels(par, periods[i - 1]!, used);
    if (totals.length < 2) continue;
    const end = Math.max(...figures.filter((f) => f.period === at).map((f) => f.sentence.endOffset));
    const pieces = splitOutsideBrackets(prose, at, end, '；;')
      .map((s) => figures.filter((f) => f.offset >= s.offset && f.endOffset <= s.endOffset && PART_FIGURE(f) && !usedParts.has(f)))
      .filter((g) => g.length > 0);
    if (pieces.length < 2) continue;
    const parts = new Map<Figure, Figure[]>();
    const spoiled = new Set<Figure>();
    // (a part read in its total's unit, and the figure as written, which the sum takes)
    const written = new Map<Figure, Figure>();
    let each = true;
    for (const piece of pieces) {
      const seen = new Set<Figure>();
      for (const f of piece) {
        const t = measureOf(f, totals);
        if (!t) continue;
        if (seen.has(t)) spoiled.add(t);
        seen.add(t);
        const read = countedIn(f, t);
        written.set(read, f);
        parts.set(t, [...(parts.get(t) ?? []), read]);
      }
      if (seen.size < 2) each = false;
    }
    if (!each) continue;
    const read = [...parts].filter(([t, ps]) => !spoiled.has(t) && ps.length >= 2 && exact(t) && ps.every(exact));
    const sumsExactly = ([t, ps]: [Figure, Figure[]]): boolean => sumReading(ps, t)?.holds === true;
    const all = read.filter(sumsExactly).length >= EXACT_MEASURES;
    for (const [total, ps] of read) {
      const whole = all && ps.length === pieces.length;
      const relation = sumRelation(total, ps, !whole, whole ? ALL_GROUPS : '其中');
      if (relation) out.push({ relation, total, parts: ps.map((p) => written.get(p) ?? p) });
    }
  }
  return out;
}

// The last word on a percentage that does not hold over the base its reading took: if it holds over another figure of
// the base's unit in the paragraph, the reading took the wrong base and nothing is said (issue 12: stay silent when any
// plausible reading holds). Run once per paragraph over the shares and rates that fail. Before it, a total split in its
// bracket whose later shares all come out over one of its parts: that part is what the writer calls the total.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge, type Reading } from './arithmetic';
import type { Paragraph } from './paragraph';
import { withRole, type Relation } from './relation';

/**
 * Shares and rates of a paragraph that do not hold but would over another figure of the paragraph, set to hold over it:
 * 建档立卡贫困户改造1331户，已完工1205户，完成率90.5% after 全市列入计划1738户 (the group's own count, not the city's
 * plan); 孕产妇系统管理率85.84% over 活产数6411人, not 产妇总数6404人. Each failing relation looks once at the
 * paragraph's figures.
 */
export function heldOverAnotherBase(par: Paragraph, relations: readonly Relation[]): void {
  // (the numerators of the shares and rates read: parts with a share of their own, no base of another's; and the parts
  // of each total: 一般隐患3403处 of 隐患3415处（重大隐患12处、一般隐患3403处） is no base of what was done of all of them)
  const parts = new Set<Figure>();
  const partsOf = new Map<Figure, Figure[]>();
  for (const r of relations) {
    const numerator = r.figures[r.roles.indexOf('numerator')];
    if (numerator && (r.kind === 'share' || r.kind === 'rate')) parts.add(numerator);
    const total = withRole(r, 'total');
    if (r.kind === 'sum' && total) partsOf.set(total, [...(partsOf.get(total) ?? []), ...r.figures]);
  }
  for (const r of relations) {
    if (r.holds || !r.reading) continue;
    if (r.kind === 'share' || r.kind === 'rate') percentOfAnotherFigure(par, r, parts, partsOf);
  }
}

/** How many percentages must come out over the same part of a bracket before that part is read as their base. */
const BRACKET_BASE_WITNESSES = 2;

/**
 * 总立项2907件（被动受理2332件，市级监督考评员上报575件）… 五个区的总立项数为1695件，占全市总立项数的72.68% … 转其他
 * 部门的总立项数为87件，占全市总立项数的3.73%: a total split in a bracket, whose later percentages of it come out over
 * none of them over the total itself but two or more over one and the same part of the bracket: the writer's 总立项数
 * is that part (the cases received, not those the inspectors added), and every percentage that comes out over it is read
 * over it. One part only, and no percentage of the paragraph over the total as written, or nothing is rebound; a
 * percentage that comes out over no part keeps the total and is reported over it.
 */
export function heldOverABracketPart(relations: readonly Relation[]): void {
  // (the shares and rates of each base, gathered once: a paragraph may hold many brackets)
  let byBase: Map<Figure, Relation[]> | undefined;
  for (const split of relations) {
    if (split.kind !== 'sum' || split.marker !== '括号内' || !split.holds) continue;
    const total = withRole(split, 'total');
    const parts = split.figures.filter((f, i) => split.roles[i] === 'part' && exact(f));
    if (!total || parts.length < 2) continue;
    byBase ??= percentagesByBase(relations);
    const over = byBase.get(total) ?? [];
    if (over.length < BRACKET_BASE_WITNESSES || over.some((r) => r.holds)) continue;
    const witnessed = parts.map((part) => ({ part, held: over.flatMap((r) => overPart(r, part)) }));
    const bases = witnessed.filter((w) => w.held.length >= BRACKET_BASE_WITNESSES);
    if (bases.length !== 1) continue;
    for (const { r, reading } of bases[0]!.held) hold(r, reading, bases[0]!.part);
  }
}

/** The shares and rates of a paragraph by the base each was read over. */
function percentagesByBase(relations: readonly Relation[]): Map<Figure, Relation[]> {
  const out = new Map<Figure, Relation[]>();
  for (const r of relations) {
    const base = r.kind === 'share' || r.kind === 'rate' ? withRole(r, 'denominator') : undefined;
    if (!base) continue;
    const list = out.get(base);
    if (list) list.push(r);
    else out.set(base, [r]);
  }
  return out;
}

/** A failing share or rate read over `part` in the place of its base, when it comes out there to its own rounding. */
function overPart(r: Relation, part: Figure): Array<{ r: Relation; reading: Reading }> {
  const reading = r.reading;
  if (!reading || r.holds) return [];
  const { left, right } = reading;
  if (!('op' in left) || left.op !== 'percent' || !('figure' in right) || right.figure !== r.anchor || !exact(r.anchor)) return [];
  const num = left.args[0];
  if (!num || !('figure' in num) || num.negative || num.figure === part || !compatible(num.figure.unit, part.unit)) return [];
  const alternative = judge({ op: 'percent', args: [{ figure: num.figure }, { figure: part }] }, right, { unit: 'percent', note: `分母读作${part.text}` });
  const rounding = reading.statedRange.hi - reading.statedRange.lo;
  return alternative?.holds && alternative.range.hi - alternative.range.lo <= rounding ? [{ r, reading: alternative }] : [];
}

/**
 * A percentage over another base, only where chance cannot make it hold: the stated percentage written to within
 * 0.5% of itself (85.84%, 47.5%, not 26%), the quotient no wider than the percentage's own rounding (no 0.1亿元 over
 * 1.3亿元), the base no part of a list with its own share (达到序时进度44项、占比80.0% is no whole of 11项) nor a
 * part of the base the reading took.
 */
function percentOfAnotherFigure(par: Paragraph, r: Relation, parts: ReadonlySet<Figure>, partsOf: ReadonlyMap<Figure, readonly Figure[]>): void {
  const reading = r.reading!;
  const { left, right } = reading;
  const p = r.anchor;
  if (!('op' in left) || left.op !== 'percent' || !('figure' in right) || right.figure !== p || !exact(p)) return;
  const [num, den] = left.args.map((a) => ('figure' in a && !a.negative ? a.figure : undefined));
  if (!num || !den || p.normalized <= 0) return;
  const ofTheBase = partsOf.get(den) ?? [];
  const rounding = reading.statedRange.hi - reading.statedRange.lo;
  if (rounding / 2 / p.normalized > 0.005) return;
  for (const other of par.figures) {
    // (not the numerator's value again, which any count over itself makes 100%, nor the base's measure stated again)
    if (
      other === num ||
      other === den ||
      !exact(other) ||
      parts.has(other) ||
      ofTheBase.includes(other) ||
      other.normalized === num.normalized ||
      !compatible(other.unit, den.unit) ||
      other.measure === den.measure
    )
      continue;
    const alternative = judge({ op: 'percent', args: [{ figure: num }, { figure: other }] }, right, { unit: 'percent', note: `分母读作${other.text}` });
    if (alternative?.holds && alternative.range.hi - alternative.range.lo <= rounding) return hold(r, alternative, other);
  }
}

/** The relation holds by `reading`, over `base` in the place of the denominator it took. */
function hold(r: Relation, reading: Reading, base: Figure): void {
  r.reading = reading;
  r.holds = true;
  r.readings += 1;
  const i = r.roles.indexOf('denominator');
  if (i >= 0) r.figures[i] = base;
}

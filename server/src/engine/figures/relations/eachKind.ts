// Parts of each kind: a sentence lists totals of several kinds of one unit (共发现事故隐患2365条、火灾隐患683条、重大安全
// 隐患35条), and the sentence after it opens with 其中 and names each part by its kind (其中，事故隐患已整改2312条，火灾隐患
// 已整改669条，重大隐患已整改32条): each part is of the total of its own kind, not one more part of the first total.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { prefixLength } from './names';
import type { Paragraph } from './paragraph';
import type { Relation } from './relation';
import { PART_FIGURE, sumRelation } from './totals';

/** A sentence opened by 其中 and a comma or colon. */
const OPENS_WITH_AMONG = /^[\s（(]*其中[，,：:]\s*/;
/** What ends the name of a listed item, looking back from its figure. */
const ITEM_START = /[，,、；;：:。（(]/;

/** The words naming a figure in its list, from the last separator before it. */
function itemName(prose: string, sentenceStart: number, f: Figure): string {
  let at = f.offset;
  while (at > sentenceStart && !ITEM_START.test(prose[at - 1]!)) at--;
  return prose.slice(at, f.offset).replace(OPENS_WITH_AMONG, '');
}

/**
 * How far a part's name opens with a total's: with its name as listed, or for the first total of the list, which carries
 * the verb the list shares (共发现事故隐患), with any end of it (事故隐患).
 */
function nameMatch(part: string, total: string, first: boolean): number {
  if (!first) return prefixLength(part, total);
  let best = 0;
  for (let k = 0; k + 2 <= total.length; k++) best = Math.max(best, prefixLength(part, total.slice(k)));
  return best;
}

/** The total a part's name opens with, two characters at least, when one alone does best. */
function kindOf(part: string, totals: ReadonlyArray<{ figure: Figure; name: string }>): Figure | undefined {
  const scores = totals.map((t, k) => nameMatch(part, t.name, k === 0));
  const best = Math.max(...scores);
  if (best < 2 || scores.filter((s) => s === best).length !== 1) return undefined;
  return totals[scores.indexOf(best)]!.figure;
}

/**
 * The totals of the sentence before a 其中 sentence and that sentence's parts, paired kind by kind: two parts at least,
 * every part of the unit named after a different total. Nothing when one part is not.
 */
export function partsOfEachKind(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; part: Figure }> {
  const { draft, figures } = par;
  const prose = draft.prose;
  const out: Array<{ total: Figure; part: Figure }> = [];
  const periodStarts = [...new Set(figures.map((f) => f.period))];
  for (let i = 1; i < periodStarts.length; i++) {
    const at = periodStarts[i]!;
    const before = periodStarts[i - 1]!;
    if (!OPENS_WITH_AMONG.test(prose.slice(at, at + 8)) || !/^[。！？]\s*$/.test(prose.slice(at - 1, at))) continue;
    const parts = figures.filter((f) => f.period === at && PART_FIGURE(f) && !used.has(f));
    const first = parts[0];
    if (!first || parts.length < 2 || !parts.every((p) => compatible(p.unit, first.unit))) continue;
    const totals = figures.filter((f) => f.period === before && PART_FIGURE(f) && compatible(f.unit, first.unit) && !used.has(f)).map((figure) => ({ figure, name: itemName(prose, before, figure) }));
    if (totals.length < 2) continue;
    const kinds = parts.map((p) => kindOf(itemName(prose, at, p), totals));
    if (kinds.some((k) => k === undefined) || new Set(kinds).size !== kinds.length) continue;
    parts.forEach((part, k) => out.push({ total: kinds[k]!, part }));
  }
  return out;
}

/** Each pair of partsOfEachKind as a total and its one part, after 其中 (a remainder may be left). */
export function eachKindSums(par: Paragraph, used: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  for (const { total, part } of partsOfEachKind(par, used)) {
    const relation = sumRelation(total, [part], true, '其中');
    if (relation) out.push({ relation, total, parts: [part] });
  }
  return out;
}

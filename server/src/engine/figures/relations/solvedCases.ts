// Cases that occurred and cases solved: a police record states a pair, how many cases of a crime occurred and how many
// of them were solved (全市共发生强奸案件111起，破105起), then, after 其中, the same pair for kinds among them (其中重大案件发生
// 68起，破获65起; 入室盗窃案发1051起，破605起；扒窃案发17起，破17起). Each part goes with the total of its own verb: a kind's
// cases within all the cases, its solved within all the solved (heldout174/zhian-lianyungang-02); the kind's two
// figures are never parts of one total.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import { proseOf, textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';
import { sumReading } from './totals';

/** Between the two figures of the pair: 全市发生盗窃案1379起，破890起 (破, 破获, 侦破 after a comma). */
const SOLVED_AFTER = /^[，,](?:破获?|侦破)$/;
/** What opens the kinds after the pair: ，其中 or （其中 (a bracket's kinds end at its close). */
const KINDS_OPEN = /^([，,]|[（(])其中[：:，,]?/;
/** A kind's solved, right after its cases: 破, 破获 (after a comma, a 分号, or nothing: 重大案件发3起破3起). */
const KIND_SOLVED = /^[，,；;]?(?:破获?|侦破)$/;
/** A kind's cases, its verb written (重大案件发生68起, 入室盗窃案发1051起, after 、 ， or ；). */
const KIND_OCCURRED = /^[、，,；;]?[\u4e00-\u9fff]{1,14}?(?:发生|发案|案发|发)$/;
/** The first kind after 其中, its verb left out (其中重大案件9起，破5起): a kind of case named alone. */
const FIRST_KIND = /^[\u4e00-\u9fff]{1,14}?案件?$/;
/** What the pair's first figure is named by: the cases that occurred (发生, 发案, 案发, 发). */
const OCCURRED = /发生|发案|案发|发/;

interface Found {
  relation: Relation;
  total: Figure;
  parts: Figure[];
}

/** The two figures of a pair: the cases of a crime that occurred, then those solved, right after. */
function pairAt(draft: Draft, figures: readonly Figure[], k: number, used: ReadonlySet<Figure>): [Figure, Figure] | undefined {
  const [a, b] = [figures[k], figures[k + 1]];
  if (!a || !b || used.has(a) || used.has(b) || a.bracket || b.bracket || a.relational || b.relational) return undefined;
  if (!exact(a) || !exact(b) || a.unit.kind !== 'count' || !compatible(a.unit, b.unit)) return undefined;
  if (!SOLVED_AFTER.test(textBetween(draft, a.endOffset, b.offset))) return undefined;
  return OCCURRED.test(textBetween(draft, a.clause.offset, a.offset)) ? [a, b] : undefined;
}

/** The kinds after the pair, each group opened by 其中: their cases and their solved, in the order written. */
function kindsAfter(draft: Draft, figures: readonly Figure[], from: number, unitOf: Figure): Array<{ occurred: Figure[]; solved: Figure[] }> {
  const groups: Array<{ occurred: Figure[]; solved: Figure[] }> = [];
  let group: { occurred: Figure[]; solved: Figure[]; bracket: boolean } | undefined;
  let last: 'occurred' | 'solved' | undefined;
  for (let k = from; k < figures.length; k++) {
    const f = figures[k]!;
    let lead = textBetween(draft, figures[k - 1]!.endOffset, f.offset);
    if (lead.includes('。') || !exact(f) || f.relational || !compatible(f.unit, unitOf.unit)) break;
    // a bracket's kinds end at its close; a second group may open right after it: 破890起（其中…破13起），其中入室盗窃案发…
    if (group?.bracket && /^[）)]/.test(lead)) {
      groups.push(group);
      group = undefined;
      lead = lead.slice(1);
    }
    if (!group) {
      const open = KINDS_OPEN.exec(lead);
      if (!open) break;
      group = { occurred: [], solved: [], bracket: open[1] !== '，' && open[1] !== ',' };
      lead = lead.slice(open[0].length);
      if (!FIRST_KIND.test(lead) && !KIND_OCCURRED.test(lead)) break;
      group.occurred.push(f);
      last = 'occurred';
      continue;
    }
    if (last === 'occurred' && KIND_SOLVED.test(lead)) {
      group.solved.push(f);
      last = 'solved';
    } else if (KIND_OCCURRED.test(lead)) {
      group.occurred.push(f);
      last = 'occurred';
    } else break;
  }
  // (a bracket's kinds that close the sentence: 破1285起（其中特别重大案件发10起，破5起）。)
  const lastTaken = group && [...group.occurred, ...group.solved].sort((a, b) => a.offset - b.offset).pop();
  if (group && (!group.bracket || (lastTaken && /^[）)]/.test(textBetween(draft, lastTaken.endOffset, lastTaken.endOffset + 1))))) groups.push(group);
  return groups;
}

/**
 * 全市共发生强奸案件111起，破105起，其中重大案件发生68起，破获65起 (heldout174/zhian-lianyungang-02); 全市发生盗窃案1379起，
 * 破890起（其中特别重大案件发17起，破13起），其中入室盗窃案发1051起，破605起；扒窃案发17起，破17起 (zhian-lianyungang-01):
 * each kind's cases are within the cases, its solved within the solved. A kind after a 分号 is one only with its verb
 * written (；年前积案57起 is a backlog, no kind of the year's cases); the kinds need not be all of them.
 */
export function solvedCaseSums(par: Paragraph, used: ReadonlySet<Figure>): Found[] {
  if (!proseOf(par).includes('破')) return [];
  const { draft, figures } = par;
  const out: Found[] = [];
  for (let k = 0; k + 1 < figures.length; k++) {
    const pair = pairAt(draft, figures, k, used);
    if (!pair) continue;
    for (const group of kindsAfter(draft, figures, k + 2, pair[0])) {
      for (const [total, parts] of [
        [pair[0], group.occurred],
        [pair[1], group.solved],
      ] as const) {
        if (parts.length === 0 || parts.some((p) => used.has(p))) continue;
        const cast = [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
        const r = relation('sum', total, cast, [sumReading(parts, total, '<=')], { marker: '其中' });
        if (r) out.push({ relation: r, total, parts: [...parts] });
      }
    }
  }
  return out;
}

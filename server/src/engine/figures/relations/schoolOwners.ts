// Children counted by the owner of the school they attend, public or private, in the sentence after their count:
// all of them.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import { textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';
import { sumReading } from './totals';

/** The words before the public schools' count: who (group 1), then 在公办学校就读 (有, 为). */
const IN_PUBLIC = /^[，,]?([\u4e00-\u9fff]{3,10}?)在公办(?:学校|中小学|幼儿园)就读(?:的)?(?:有|为)?$/;
/** The words before the private schools' count, right after the public one's: 在民办学校就读 (有, 为). */
const IN_PRIVATE = /^[，,]在民办(?:学校|中小学|幼儿园)就读(?:的)?(?:有|为)?$/;
/** How many sentences back the count of the children may stand. */
const LOOK_BACK = 2;

/**
 * 全县农民工随迁子女共15274人，其中外省迁入13274人，…。农民工子女在公办学校就读有9819人，在民办学校就读有5678人
 * (heldout144/jytj-yongjia-01): the children named before 在公办学校就读, then 在民办学校就读, are all of the children of
 * that name counted in the sentences just before (every school is public or private); their name may be a shorter form
 * of the count's (农民工子女 of 农民工随迁子女: its characters in order). Read when the count is the one figure of its
 * unit so named in the two sentences before, stated as no part.
 */
export function schoolOwnerSums(par: Paragraph, used: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  if (figures.length < 3 || !figures[0]!.para.prose.includes('在公办')) return out;
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (used.has(a) || used.has(b) || !exact(a) || !exact(b) || a.unit.kind !== 'count' || !compatible(a.unit, b.unit) || a.sentence.offset !== b.sentence.offset) continue;
    const who = IN_PUBLIC.exec(textBetween(draft, a.sentence.offset, a.offset).replace(/\s/g, ''))?.[1];
    if (!who || !IN_PRIVATE.test(textBetween(draft, a.endOffset, b.offset).replace(/\s/g, ''))) continue;
    const sentences = [...new Set(figures.filter((f) => f.sentence.offset < a.sentence.offset).map((f) => f.sentence.offset))].slice(-LOOK_BACK);
    const named = figures.filter((f) => sentences.includes(f.sentence.offset) && !f.keyedBy && exact(f) && compatible(f.unit, a.unit) && inOrder(who, f.measure));
    if (named.length !== 1) continue;
    const total = named[0]!;
    const relationFound = relation(
      'sum',
      total,
      [
        [total, 'total'],
        [a, 'part'],
        [b, 'part'],
      ],
      [sumReading([a, b], total)],
      { marker: '公办、民办' },
    );
    if (relationFound) out.push({ relation: relationFound, total, parts: [a, b] });
  }
  return out;
}

/** Whether the characters of `short` stand in `long` in the same order. */
function inOrder(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

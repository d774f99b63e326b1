// A 万 written on one side of a sum only: the parts' numbers add up to the total's number, but the total is written
// with 万 and the parts without (耕地面积17583万亩，其中水田15535亩，旱土2048亩; 侨眷、侨属及港澳台亲属…80.39万人。其中，侨眷、
// 侨属52.74人，港澳台亲属27.66人): a list after 其中 that leaves a remainder is read as holding, yet the total is ten
// thousand times the parts, to the digit; one side lost or gained its 万.

import type { Figure } from '../extract';
import { judge, known } from './arithmetic';
import { relation, withRole, type Relation } from './relation';

/** The marker of a sum whose 万 stands on one side only (rules/number-sum.ts words its message). */
export const MULTIPLIER_SLIP = '万字只写在一边';

/** The written number's half step at its precision (15535: 0.5; 52.74: 0.005). */
function halfStep(f: Figure): number {
  return 0.5 * 10 ** -f.decimals;
}

/**
 * A sum that holds only because the parts are read 10,000 times smaller than the total: the total written with 万, two
 * parts or more written with no multiplier in the total's unit, their numbers adding up to the total's number within
 * the precision written. The total must have four digits or more (80.39, 17583), so that a chance fit is out of reach.
 * Then the relation is read again with the parts as the total's whole, which does not hold. (A list read as all of
 * the total, failing by the 万 alone, is worded so too.)
 */
export function multiplierSlip(r: Relation): Relation | undefined {
  // (a list read as all of the total, which then fails by the 万 alone, likewise)
  if (r.kind !== 'sum' || !r.reading || (r.reading.compare === '<=') !== r.holds) return undefined;
  const total = withRole(r, 'total');
  const parts = r.figures.filter((_, k) => r.roles[k] === 'part');
  if (!total || !known(total) || total.multiplier !== 1e4 || !total.text.includes('万') || parts.length < 2) return undefined;
  if (total.text.replace(/[^0-9]/g, '').length < 4) return undefined;
  if (!parts.every((p) => known(p) && p.multiplier === 1 && !/[万亿]/.test(p.text) && p.unit.base === total.unit.base && p.unit.factor === total.unit.factor)) return undefined;
  const sum = parts.reduce((s, p) => s + p.value!, 0);
  const slack = parts.reduce((s, p) => s + halfStep(p), halfStep(total));
  if (Math.abs(sum - total.value) > slack + 1e-9) return undefined;
  const reading = judge({ op: '+', args: parts.map((figure) => ({ figure, labelled: true })) }, { figure: total }, { compare: '=', unit: 'amount' });
  return relation('sum', total, [[total, 'total'], ...parts.map((p) => [p, 'part'] as const)], [reading], { marker: MULTIPLIER_SLIP, paired: true });
}

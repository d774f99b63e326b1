// Average growth per year over a span whose two levels are stated (从2010年的3245亿元增长到2015年的7350亿元，年均增长
// 17.9%): the rate that, compounded over the years between, takes the first level to the second.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge } from './arithmetic';
import { textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';

/** The first level and its year: 从2010年的, 由2016年末的 (right before the figure). */
const FROM_YEAR = /[从由]((?:19|20)[0-9]{2})年(?:末|底)?的?$/;
/** The second level and its year, right after the first: 增长到2015年的, 增加至2021年的, 发展到2020年末的. */
const TO_YEAR = /^(?:增长|增加|提高|上升|发展|扩大)?(?:到|至)((?:19|20)[0-9]{2})年(?:末|底)?的?$/;
/** The rate per year in the clause right after the second level: ，年均增长17.9%. */
const PER_YEAR_RISE = /^[，,]\s*年均(?:增长|增速)(?:为|达到?)?$/;

/**
 * 从2010年的3245亿元增长到2015年的7350亿元，年均增长17.9%: the two levels, the years between them (two or more), and
 * the growth per year right after: (7350 ÷ 3245)^(1/5) − 1, compounded as such rates are, each level taken as rounded
 * to the places written (一般公共预算收入由2016年的9.6亿元增加至2021年的20.7亿元，年均增长16.63%: 16.43%–16.79%).
 */
export function yearlyGrowths(par: Paragraph): Relation[] {
  const { draft, figures } = par;
  const out: Relation[] = [];
  for (let i = 2; i < figures.length; i++) {
    const p = figures[i]!;
    const later = figures[i - 1]!;
    const earlier = figures[i - 2]!;
    if (p.unit.kind !== 'percent' || !exact(p) || !PER_YEAR_RISE.test(textBetween(draft, later.endOffset, p.offset))) continue;
    if (![earlier, later].every((f) => exact(f) && !f.approximate && !f.bracket && f.unit.kind !== 'percent') || !compatible(earlier.unit, later.unit)) continue;
    const to = TO_YEAR.exec(textBetween(draft, earlier.endOffset, later.offset));
    const from = FROM_YEAR.exec(textBetween(draft, Math.max(earlier.clause.offset, earlier.offset - 12), earlier.offset));
    if (!to || !from) continue;
    const years = Number(to[1]) - Number(from[1]);
    if (years < 2) continue;
    const reading = judge({ op: 'yearly', args: [{ op: 'quotient', args: [{ figure: later }, { figure: earlier }] }], years }, { figure: p }, { unit: 'percent', measured: true });
    const cast: Array<[Figure, 'previous' | 'current' | 'percent']> = [
      [earlier, 'previous'],
      [later, 'current'],
      [p, 'percent'],
    ];
    const r = relation('change', p, cast, [reading], { word: '年均增长' });
    if (r) out.push(r);
  }
  return out;
}

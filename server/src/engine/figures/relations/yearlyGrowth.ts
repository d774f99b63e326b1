// Average growth per year over a span whose two levels are stated (从2010年的3245亿元增长到2015年的7350亿元，年均增长
// 17.9%): the rate that, compounded over the years between, takes the first level to the second.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge } from './arithmetic';
import { proseOf, textBetween, type Paragraph } from './paragraph';
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

/** The multiple over a year before and the rate per year right after it: 是1970年的2.15倍，年递增10.55%. */
const MULTIPLE_OF_YEAR = /是((?:19|20)[0-9]{2})年(?:末|底)?的$/;
const RISE_AFTER_MULTIPLE = /^[，,]\s*((?:年均|平均每年|每年平均|年)(?:递增|增长|增速))(?:为|达到?)?$/;
/** The year a period opens with (1978年，全地区共有… / 到1990年，…): the year of the levels it states. */
const PERIOD_YEAR = /^\s*(?:到|至|截至|截止)?((?:19|20)[0-9]{2})年(?:末|底)?(?![以至到~～—–\-－0-9])/;

/**
 * 1978年，全地区共有10千伏配电线路2600.5公里，是1970年的2.15倍，年递增10.55% (heldout181/dianli-lianyungang-07): a level
 * of the year its period opens with, stated as a multiple of an earlier year's and followed by the growth per year: the
 * rate that, compounded over the years between, gives the multiple (2.15 ^ (1/8) − 1 = 10.04%, at the multiple's two
 * places 10.01%–10.07%). Only 是…的N倍 (the level over the earlier one; 增长N倍 adds one) and only with both years written.
 */
export function multipleGrowths(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  if (!proseOf(par).includes('倍')) return out;
  const { draft, figures } = par;
  for (let i = 1; i < figures.length; i++) {
    const p = figures[i]!;
    const k = figures[i - 1]!;
    if (p.unit.kind !== 'percent' || k.unit.kind !== 'times' || k.unit.text !== '倍' || !exact(p) || !exact(k) || k.approximate) continue;
    const rise = RISE_AFTER_MULTIPLE.exec(textBetween(draft, k.endOffset, p.offset));
    if (!rise) continue;
    const from = MULTIPLE_OF_YEAR.exec(textBetween(draft, Math.max(k.clause.offset, k.offset - 12), k.offset));
    const to = PERIOD_YEAR.exec(textBetween(draft, p.period, k.offset));
    if (!from || !to) continue;
    const years = Number(to[1]) - Number(from[1]);
    if (years < 2) continue;
    const reading = judge({ op: 'yearly', args: [{ figure: k }], years }, { figure: p }, { unit: 'percent', measured: true });
    const r = relation(
      'change',
      p,
      [
        [k, 'current'],
        [p, 'percent'],
      ],
      [reading],
      { word: rise[1] },
    );
    if (r) out.push(r);
  }
  return out;
}

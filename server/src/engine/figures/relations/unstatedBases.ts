// Birth and death rates that agree with each other on one population that the text does not state (the year's mean
// of the resident population), and with no population it states: rates over an unstated base, not slips. shares.ts
// (sharesAndRates) asks here of the vital rates it found.

import type { Figure } from '../extract';
import { withRole, type Relation } from './relation';

/** How far apart the populations two vital rates imply may lie, beyond their rounding, and still be one. */
const SAME_BASE_SLACK = 0.01;

/** The population a rate per thousand implies of its count, as an interval for the rate's rounding. */
function impliedBase(count: Figure, rate: Figure): [number, number] | undefined {
  const half = 0.5 * 10 ** -rate.decimals;
  if (rate.value === undefined || count.normalized === undefined || rate.value - half <= 0) return undefined;
  return [(count.normalized * 1000) / (rate.value + half), (count.normalized * 1000) / (rate.value - half)];
}

/**
 * 2019年，全旗户籍总人口146041人。…全年出生人口1913人，出生率为9.2‰；死亡人口900人，死亡率为4.3‰；自然增长人口1011人，
 * 自然增长率4.9‰ (heldout188/tjgb-azuoqi-01): a birth rate and a death rate of one paragraph that both miss every
 * population stated, but imply one and the same population (1913 ÷ 9.2‰ and 900 ÷ 4.3‰, both about 208,000), are over a
 * population the report does not state (the year's mean resident population, where the one stated is the registered):
 * the two agree, and neither is reported. A slip in one rate makes the two imply two populations, and is reported.
 * Decided on the values by design, so asked of the pairings once they are found (the last step of `sharesAndRates`), not
 * where the base is chosen: no word tells the unstated base, only the two rates agreeing on it; the other guards of a
 * share's whole read the text, and `share` (wholes.ts) and `structures` (industries.ts) ask them before any value.
 */
export function ratesOfAnUnstatedBase(r: Relation, found: readonly Relation[]): boolean {
  if (r.kind !== 'rate' || r.holds || r.anchor.unit.kind !== 'permille') return false;
  const count = withRole(r, 'numerator');
  const own = count && impliedBase(count, r.anchor);
  if (!own) return false;
  return found.some((o) => {
    if (o === r || o.kind !== 'rate' || o.holds || o.anchor.unit.kind !== 'permille' || o.anchor.para.offset !== r.anchor.para.offset) return false;
    const c = withRole(o, 'numerator');
    const other = c && c !== count ? impliedBase(c, o.anchor) : undefined;
    return !!other && own[0] <= other[1] * (1 + SAME_BASE_SLACK) && other[0] <= own[1] * (1 + SAME_BASE_SLACK);
  });
}

// An item of a budget report compared with a base it names, year and measure (2026年预算安排0.12万元，比2025年预算执行数减少
// 96.46%): the base is the figure of that name stated earlier in the paragraph. changes.ts (changes) reads them here.

import { compatible } from '../units';
import { exact } from './arithmetic';
import { percentChange } from './changes';
import { headOf, proseOf, sentenceOf, textBetween, type Paragraph } from './paragraph';
import type { Relation } from './relation';

/** 比2025年预算执行数减少, 比2023年度决算数增长: 比, a year, the name of the measure compared with, a verb of change. */
const NAMED_BASE = /比((?:19|20)[0-9]{2})(?:年度?)?(?:当年)?([\u4e00-\u9fff]{2,8}?)(增加|减少|減少|增长|增長|下降|降低|上升)$/;
/** What may end the words of the base after its name: 为, 是. */
const COPULA = /(?:为|為|是)$/;

/**
 * 2025年当年预算执行数为3.39万元，2026年预算安排0.12万元，比2025年预算执行数减少96.46% (heldout189/yusuan-shiquan-01): a
 * budget report sets each item's budget against a base whose year and measure the comparison names (比2025年预算执行数);
 * the base is the one figure earlier in the paragraph whose words end in that name and hold that year (2025年当年预算
 * 执行数为), the current level the figure whose clause comes right before the comparison. The percentage is their change:
 * (current − base) ÷ base, or for a fall (base − current) ÷ base.
 */
export function namedBaseChanges(par: Paragraph): Relation[] {
  // (a comparison naming its base's year and measure: a cheap test of the paragraph's words first)
  if (!/比(?:19|20)[0-9]{2}/.test(proseOf(par))) return [];
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (p.bracket || !exact(p)) continue;
    const m = NAMED_BASE.exec(headOf(par.draft, p));
    if (!m) continue;
    const [, year, name, verb] = m;
    // the current level: the last level of the sentence before the comparison, its clause ending right before it (a year
    // written without 年, 比2025预算执行数, may be read as a figure of its own: the comparison's clause is left out)
    const before = sentenceOf(par, p).filter((f) => f.offset < p.clause.offset && f.unit.kind !== 'percent');
    const current = before[before.length - 1];
    if (!current || !exact(current) || current.bracket || !/^\s*[，,]\s*$/.test(textBetween(par.draft, current.endOffset, p.clause.offset))) continue;
    // the base: the one figure before it in the paragraph named so, in that year
    const bases = par.figures.filter((f) => {
      if (f.offset >= current.offset || f.unit.kind === 'percent' || !compatible(f.unit, current.unit)) return false;
      const head = headOf(par.draft, f).replace(COPULA, '');
      return head.endsWith(name!) && head.includes(year!);
    });
    const base = bases.length === 1 ? bases[0]! : undefined;
    if (!base || !exact(base) || base.normalized === 0 || headOf(par.draft, current).includes(name!)) continue;
    const r = percentChange(p, { current, previous: base }, verb!, { word: verb });
    if (r) out.push(r);
  }
  return out;
}

// A screening's rate (患病率, 阳性率, 感染率, 检出率) after the count examined and the count found in its sentence
// (检查544人，患沙眼505人，阳性率92.85%): the found over the examined. shares.ts (sharesAndRates) reads them here.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, known } from './arithmetic';
import { headOf, proseOf, sentenceOf, textBetween, type Paragraph } from './paragraph';
import { ratioRelation, type Relation } from './relation';

/** The rate of a screening, named right before its figure: 患病率为, 阳性率, 感染率, 检出率. */
const SCREENING_RATE = /(?:患病|阳性|感染|检出|罹患)率(?:为|是|达)?$/;
/** A clause that examines: 检查344名女工, 共查9285名, 对7282名学生检查, 体检, 普查. */
const EXAMINED = /检查|体检|普查|抽查|共查|受检|检测|查体/;
/** Persons counted either way: 344名女工 examined, 患者39人 found. */
const PERSONS = new Set(['人', '名']);

/** Two counts of one kind of thing: in one unit, or both of persons (名 and 人). */
function countedAlike(a: Figure, b: Figure): boolean {
  return compatible(a.unit, b.unit) || (PERSONS.has(a.unit.base) && PERSONS.has(b.unit.base));
}

/** A clause that tells what was found: 查出…患者39人, 患沙眼505人, 阳性1770人. */
const FOUND = /查出|检出|患|阳性|感染|发现/;

/**
 * 两厂共检查344名女工，查出滴虫性阴道炎患者39人，患病率11.7% (heldout187/weisheng-lianyungang-04); 市立海州中学检查544人，
 * 患沙眼505人，阳性率92.85% (heldout187/weisheng-lianyungang-11): a screening's rate, named as such, is by definition those
 * found over those examined: the count right before it in its sentence, in a clause that tells what was found, over the
 * count before that one in a clause that examines, in the same unit (or both of persons, 名 and 人) and larger.
 */
export function screeningRates(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const prose = proseOf(par);
  if (!prose.includes('率') || !EXAMINED.test(prose)) return [];
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (read.has(p) || par.claimed.has(p) || !exact(p) || !known(p) || !SCREENING_RATE.test(headOf(par.draft, p))) continue;
    const counts = sentenceOf(par, p).filter((f) => f.offset < p.offset && f.unit.kind === 'count' && !f.relational && !f.range);
    const found = counts[counts.length - 1];
    // (…阳性1770人，感染率为53.9%，其中城区学生感染率42.6%: a rate after 其中 is a subgroup's, whose counts are not stated)
    if (!found || !exact(found) || !known(found) || !FOUND.test(textBetween(par.draft, found.clause.offset, found.offset)) || textBetween(par.draft, found.endOffset, p.offset).includes('其中'))
      continue;
    const examined = counts
      .slice(0, -1)
      .filter((f) => countedAlike(f, found) && EXAMINED.test(textBetween(par.draft, f.clause.offset, f.clause.endOffset)))
      .pop();
    if (!examined || !exact(examined) || !known(examined) || examined.normalized! <= found.normalized) continue;
    const r = ratioRelation('rate', p, found, examined);
    if (!r) continue;
    par.claimed.add(p);
    out.push(r);
  }
  return out;
}

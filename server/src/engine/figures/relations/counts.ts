// Shares named by the count they are of: 接报居住场所火灾16.7万起、亡682人，起数占总数的30.3%，亡人数占总数的69%. The
// subject names the count by its unit (起数) or by its verb and unit (亡人数); the whole (总数) of a count named by a bare
// verb (亡) is the draft's total of that verb stated before (全国…死亡959人).

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, known } from './arithmetic';
import { uniqueValue } from './cache';
import type { Paragraph } from './paragraph';
import { COUNT_BY_ITS_UNIT } from './vocabulary';

/**
 * The figure a subject names by its unit (起数 → 16.7万起) or by the verb and unit (亡人数 → 亡682人), one of the figures
 * before the share in its sentence; none when several fit or none does.
 */
export function countNamedByItsUnit(subject: string, pool: readonly Figure[]): Figure | undefined {
  const m = COUNT_BY_ITS_UNIT.exec(subject);
  if (!m) return undefined;
  const [, verb, unit] = m as unknown as [string, string, string];
  const found = pool.filter((f) => f.unit.kind === 'count' && f.unit.text === unit && exact(f) && !f.relational && (verb === '' || f.measure === verb));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The whole (总数) of a count named by a bare verb of one or two characters (亡682人): a figure of its unit stated before
 * its sentence, in its paragraph or the ones just before, named by that verb after a word of its own (死亡959人, not
 * 亡360人 of another part), larger than the part, and of one value.
 */
export function totalOfItsVerb(par: Paragraph, numerator: Figure): Figure | undefined {
  const verb = numerator.measure;
  if (verb.length < 1 || verb.length > 2 || !known(numerator)) return undefined;
  const around = [...par.lookups.earlier(), ...par.figures];
  const totals = around.filter(
    (f) =>
      f.offset < numerator.sentence.offset &&
      compatible(f.unit, numerator.unit) &&
      exact(f) &&
      known(f) &&
      !f.relational &&
      !f.bracket &&
      f.measure.length > verb.length &&
      f.measure.length <= verb.length + 2 &&
      f.measure.endsWith(verb) &&
      f.normalized > numerator.normalized,
  );
  return uniqueValue(totals);
}

// Shares of one whole by class, one clause each (内河水质符合Ⅲ类水标准的河流占34.0%；Ⅳ类水质标准的河流占50.8%；V类…
// 占14.0%；劣V类…占11.2%): the classes of one grading, each alone, split the whole and cannot take more than all of it.

import type { Figure } from '../extract';
import { known, exact } from './arithmetic';
import { textBetween, type Paragraph } from './paragraph';
import type { Relation } from './relation';
import { sharesOfOneWhole } from './shareLists';
import { CLASS_RANGE, SHARE, SINGLE_CLASS } from './vocabulary';

/** A share's subject: the words from the last mark before it up to 占 (Ⅳ类水质标准的河流), and what it names after 占. */
function subjectOf(par: Paragraph, p: Figure): { subject: string; whole: string } | undefined {
  const head = textBetween(par.draft, p.sentence.offset, p.offset).replace(/\s/g, '');
  const cut = head.slice(Math.max(...[...'，,；;：:。%％'].map((c) => head.lastIndexOf(c))) + 1);
  const k = cut.lastIndexOf('占');
  const whole = k >= 0 ? SHARE.exec(cut.slice(k))?.[1] : undefined;
  return whole === undefined ? undefined : { subject: cut.slice(0, k), whole: whole.replace(/的$/, '') };
}

/** The one class a subject names (Ⅲ类 of 内河水质符合Ⅲ类水标准的河流), and the noun it ends with (河流). */
function classOf(subject: string): { grade: string; noun: string } | undefined {
  const grades = subject.match(SINGLE_CLASS) ?? [];
  if (grades.length !== 1 || CLASS_RANGE.test(subject)) return undefined;
  const noun = /的([\u4e00-\u9fff]{2,6})$/.exec(subject)?.[1];
  return noun ? { grade: grades[0]!.replace(/^劣于/, '劣'), noun } : undefined;
}

/**
 * The shares `lists` give sentence by sentence (split by ；): a run of three or more in one period over two sentences or
 * more, each naming no whole and no count of its own in its clause, each subject one class of a grading and the same
 * noun (…的河流), the classes all different, are the classes' shares of one whole and added up (≤ 100%). A range or
 * bound of classes (Ⅰ~Ⅲ类, 达到或优于Ⅲ类) overlaps the classes it covers and ends nothing: no such subject is read.
 */
export function classSharesAcrossSentences(par: Paragraph, lists: ReadonlyArray<readonly Figure[]>): Relation[] {
  const out: Relation[] = [];
  const byPeriod = new Map<number, Figure[]>();
  for (const p of lists.flat()) byPeriod.set(p.period, [...(byPeriod.get(p.period) ?? []), p]);
  for (const shares of byPeriod.values()) {
    if (shares.length < 3 || new Set(shares.map((p) => p.sentence.offset)).size < 2 || !shares.every((p) => exact(p) && known(p) && !p.approximate)) continue;
    const classes = shares.map((p) => {
      const s = subjectOf(par, p);
      const counted = par.figures.some((f) => f.offset >= p.clause.offset && f.offset < p.offset && f.unit.kind !== 'percent');
      return s && s.whole === '' && !counted ? classOf(s.subject) : undefined;
    });
    if (classes.some((c) => !c) || new Set(classes.map((c) => c!.noun)).size !== 1 || new Set(classes.map((c) => c!.grade)).size !== classes.length) continue;
    const r = sharesOfOneWhole(par, [...shares]);
    if (r) out.push(r);
  }
  return out;
}

// Ratios written against one (小学生师比为13.3:1): the quotient of two counts the paragraph states, checked when both
// are found, one of each, and silent otherwise.

import type { Figure } from '../extract';
import { PER_ONE } from '../units';
import { PINYIN_READING, simplified } from '../../text';
import { exact, judge } from './arithmetic';
import { uniqueValue } from './cache';
import { bareMeasure, textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';

/** The stage of schooling a 生师比 may name before it: 小学生师比, 初中生师比, 普通高中生师比. */
const STAGES = ['幼儿园', '学前', '小学', '初中', '普通高中', '高中', '中职', '特殊教育'];
/** 生师比 at the end of the words before the ratio, after its stage if named. */
const STUDENT_TEACHER = new RegExp(`(${STAGES.join('|')})?生师比(?:为|是|达到|达)?$`);
/** Students counted by enrolment (在校生16410人, 小学在校学生), and full-time teachers (专任教师1200人). */
const STUDENTS = /在校(?:学)?生(?:数)?$/;
const TEACHERS = /专任教师(?:数)?$/;
/**
 * Universities and vocational colleges count 折合在校生 (students weighted by level) over teachers that include half
 * of those hired from outside: their 生师比 is no plain quotient of the counts the text states.
 */
const WEIGHTED = /折合|高校|高等|大学|学院|外聘/;

/** Words read as simplified characters without pinyin readings (在校（xiào）生 → 在校生). */
function plainWords(words: string): string {
  return simplified(words.replace(PINYIN_READING, '')).replace(/\s/g, '');
}

/**
 * 在校生16410人，…专任教师1200人，…小学生师比为13.3:1: students per full-time teacher, from the one count of each the
 * paragraph states before the ratio (of the ratio's stage when it names one: no count naming another stage is taken).
 */
export function studentTeacherRatios(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const r of par.figures) {
    if (r.unit !== PER_ONE || !exact(r)) continue;
    const stage = STUDENT_TEACHER.exec(plainWords(textBetween(par.draft, r.sentence.offset, r.offset)));
    if (!stage || WEIGHTED.test(plainWords(textBetween(par.draft, par.figures[0]!.sentence.offset, r.offset)))) continue;
    const named = (f: Figure): string => plainWords(bareMeasure(f));
    // (a ratio naming no stage takes the counts as they come: two stages' counts are two values, and nothing is read)
    const own = stage[1];
    const otherStage = (f: Figure): boolean => own !== undefined && STAGES.some((s) => !s.includes(own) && !own.includes(s) && named(f).includes(s));
    const before = par.figures.filter((f) => f.offset < r.offset && f.unit.kind === 'count' && f.unit.base === '人' && exact(f) && !f.relational && !f.bracket && !f.range && !otherStage(f));
    const students = uniqueValue(before.filter((f) => STUDENTS.test(named(f))));
    const teachers = uniqueValue(before.filter((f) => TEACHERS.test(named(f))));
    if (!students || !teachers || teachers.normalized === 0) continue;
    const reading = judge({ op: 'quotient', args: [{ figure: students }, { figure: teachers }] }, { figure: r }, { unit: 'index' });
    const rel = relation(
      'rate',
      r,
      [
        [r, 'percent'],
        [students, 'numerator'],
        [teachers, 'denominator'],
      ],
      [reading],
      { word: '生师比' },
    );
    if (rel) out.push(rel);
  }
  return out;
}

// Ratios written against one (小学生师比为13.3:1): the quotient of two counts the paragraph states, checked when both
// are found, one of each, and silent otherwise.

import type { Figure } from '../extract';
import { PER_ONE } from '../units';
import { plainWords } from '../../text';
import { exact, judge } from './arithmetic';
import { uniqueValue } from './cache';
import { bareMeasure, headOf, isPast, textBetween, type Paragraph } from './paragraph';
import { RATE_OF_VERB, RECEIVED } from './vocabulary';
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

/** 产销率 (工业产品销售率) at the end of its measure: 产销率为, 实现产销率. */
const SALES_RATIO = /(?:产销率|工业产品销售率)$/;
/** Industrial output sold (销售产值, 工业销售产值, 销售总产值): the 产销率's numerator. */
const SALES_OUTPUT = /销售(?:总)?产值$/;
/** All industrial output (工业总产值, 工业产值): its denominator. */
const GROSS_OUTPUT = /工业(?:总)?产值$/;

/**
 * 全县规上工业企业实现工业产值12.40亿元，…规上工业销售产值12.26亿元，…产销率为89.9%: the 产销率 (工业产品销售率) is, by
 * the statistics' definition, 工业销售产值 ÷ 工业总产值 × 100, so it is the quotient of the one output sold and the one
 * gross output the paragraph or the few before it state before the rate (levels of one time, for the whole: no part's,
 * no past one); silent when either is missing or stated with two values.
 */
export function salesRatios(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const r of par.figures) {
    if (r.unit.kind !== 'percent' || r.inChange || r.relational || r.bracket || r.range || !exact(r) || !SALES_RATIO.test(plainWords(bareMeasure(r)))) continue;
    const level = (f: Figure): boolean =>
      f.unit.kind === 'money' && exact(f) && !f.relational && !f.inChange && !f.bracket && !f.range && !f.distributive && f.subject === '' && !isPast(f, par.reportYear);
    const before = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < r.offset)].filter(level);
    const sold = uniqueValue(before.filter((f) => SALES_OUTPUT.test(plainWords(bareMeasure(f)))));
    const gross = uniqueValue(before.filter((f) => GROSS_OUTPUT.test(plainWords(bareMeasure(f)))));
    if (!sold || !gross || gross.normalized === 0 || (sold.scope && gross.scope && sold.scope !== gross.scope)) continue;
    const reading = judge({ op: 'percent', args: [{ figure: sold }, { figure: gross }] }, { figure: r }, { unit: 'percent' });
    const rel = relation(
      'rate',
      r,
      [
        [r, 'percent'],
        [sold, 'numerator'],
        [gross, 'denominator'],
      ],
      [reading],
      { word: '产销率' },
    );
    if (rel) out.push(rel);
  }
  return out;
}

/** The counts a rate of handling is read from: written as stated, no ranges, approximations or bases of comparison. */
function plainFigure(f: Figure): boolean {
  return exact(f) && !f.relational && !f.inChange && !f.bracket && !f.range && !f.distributive;
}

/** The rate itself may be the level a change reaches (办结率提升至90%: RATE_OF_VERB allows only that), no other change. */
function plainRate(f: Figure): boolean {
  return f.unit.kind === 'percent' && exact(f) && !f.relational && !f.bracket && !f.range && !f.distributive;
}

/**
 * 累计受理业务20973件，办结18883件，办结率提升至90% / 转办242件，办结221件，办结率91.32%: a rate named by a verb (办结率)
 * right after a count whose name ends with that verb (办结18883件), which itself comes right after a count of what was
 * received (受理, 转办, 交办…), one unit for both, in one sentence: the officials' way of stating a rate of handling is
 * received, done, rate, in that order, so the two counts are the only plausible pair and the rate is their quotient.
 * Anything else between them (在办401宗, a count of another unit, another percentage), or a second count of what was
 * received earlier in the sentence, and nothing is read; a rate already read by the share readings is left to them.
 */
export function ratesOfTheirVerb(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const sentence of par.sentences.values()) {
    for (let i = 2; i < sentence.length; i++) {
      const r = sentence[i]!;
      const done = sentence[i - 1]!;
      const received = sentence[i - 2]!;
      if (!plainRate(r) || read.has(r) || !plainFigure(done) || !plainFigure(received)) continue;
      const verb = RATE_OF_VERB.exec(headOf(par.draft, r))?.[1];
      if (!verb || done.unit.kind !== 'count' || received.unit.text !== done.unit.text || received.unit.kind !== 'count') continue;
      if (!headOf(par.draft, done).endsWith(verb) || !RECEIVED.test(headOf(par.draft, received)) || received.normalized === 0) continue;
      // 共受理有效热线事项7227宗，当场答复热线事项5113宗，转办热线事项2114宗，办结1898宗，办结率97.01%: another count of what was
      // received before it makes the rate's base two plausible counts (those answered on the spot count as done), and
      // nothing is read
      if (sentence.slice(0, i - 2).some((f) => f.unit.text === received.unit.text && RECEIVED.test(headOf(par.draft, f)))) continue;
      const reading = judge({ op: 'percent', args: [{ figure: done }, { figure: received }] }, { figure: r }, { unit: 'percent' });
      const rel = relation(
        'rate',
        r,
        [
          [r, 'percent'],
          [done, 'numerator'],
          [received, 'denominator'],
        ],
        [reading],
        { word: `${verb}率` },
      );
      if (rel) out.push(rel);
    }
  }
  return out;
}

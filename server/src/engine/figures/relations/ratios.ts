// Ratios written against one (小学生师比为13.3:1), averages per head (人均补偿) and rates listed by name: the quotient of
// two figures the paragraph states, checked when both are found, one of each, and silent otherwise.

import type { Draft } from '../../parse';
import { INCOME_RATIO_WORDS, type Figure } from '../extract';
import { parseChineseInteger } from '../numerals';
import { compatible, PER_ONE } from '../units';
import { plainWords } from '../../text';
import { added, exact, judge, known, type Expr, type Reading } from './arithmetic';
import { uniqueValue } from './cache';
import { bareMeasure, figuresBefore, headOf, isPast, plainHead, textBetween, wordsWithoutFigures, type Paragraph } from './paragraph';
import { DONE_SO_FAR, ENDS_IN_DUE, EXCLUDED_END, EXCLUDING, HANDLING_VERBS, NAMES_ITS_PLAN, RATE_OF_VERB, RECEIVED, SATISFACTION_GRADE } from './vocabulary';
import { quotientOver, quotientRelation, ratioRelation, relation, relationAmong, withRole, type Relation } from './relation';
import { ofOneCount } from './wholes';
import { debtRatios } from './definitions';

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
    const rel = quotientRelation(r, students, teachers, '生师比');
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
    const before = figuresBefore(par, r.offset).filter(level);
    const sold = uniqueValue(before.filter((f) => SALES_OUTPUT.test(plainWords(bareMeasure(f)))));
    const gross = uniqueValue(before.filter((f) => GROSS_OUTPUT.test(plainWords(bareMeasure(f)))));
    if (!sold || !gross || gross.normalized === 0 || (sold.scope && gross.scope && sold.scope !== gross.scope)) continue;
    const rel = ratioRelation('rate', r, sold, gross, '产销率');
    if (rel) out.push(rel);
  }
  return out;
}

/** Per-capita disposable income of urban and of rural residents (城镇常住居民人均可支配收入, 农村居民人均可支配收入). */
const URBAN_INCOME = /城镇(?:常住)?居民(?:人均)?可支配收入$/;
const RURAL_INCOME = /农村(?:常住)?居民(?:人均)?可支配收入$/;

/**
 * 城镇居民人均可支配收入32560元，…农村居民人均可支配收入18420元，…城乡居民收入比为1.77 (1.77:1, 由上年的1.79缩小到
 * 1.77): the urban-rural income ratio is, by its definition, the urban residents' per-capita disposable income over the
 * rural residents', so it is the quotient of the one level of each the paragraph or the few before it state before the
 * ratio (this year's, no other scope's); silent when either is missing or stated with two values.
 */
export function incomeRatios(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const r of par.figures) {
    if (r.unit !== PER_ONE || !exact(r) || !INCOME_RATIO_WORDS.test(plainWords(textBetween(par.draft, r.sentence.offset, r.offset)))) continue;
    // (人均 makes the incomes distributive: they are averages, each one level of its measure)
    const level = (f: Figure): boolean => f.unit.kind === 'money' && exact(f) && !f.relational && !f.inChange && !f.bracket && !f.range && !isPast(f, par.reportYear);
    const before = figuresBefore(par, r.offset).filter(level);
    const urban = uniqueValue(before.filter((f) => URBAN_INCOME.test(plainWords(bareMeasure(f)))));
    const rural = uniqueValue(before.filter((f) => RURAL_INCOME.test(plainWords(bareMeasure(f)))));
    if (!urban || !rural || rural.normalized === 0 || (urban.scope && rural.scope && urban.scope !== rural.scope)) continue;
    const rel = quotientRelation(r, urban, rural, '城乡居民收入比');
    if (rel) out.push(rel);
  }
  return out;
}

/** An average per head or per household at the end of its clause: 人均补偿, 人均次补偿, 月人均救助水平, 户均收入. */
const PER_HEAD = /(?:^|[^每年])(月)?(人|户)均次?((?:[\u4e00-\u9fff]{2,8}?)?)(?:水平)?(?:为|达到|达|是)?$/;
/** Averages that are not a stated amount over a stated count: 人均可支配收入 (a survey's), 人均生产总值 (over the year's mean population). */
const NOT_A_QUOTIENT = /可支配|生产总值|GDP|消费支出|存款|住房|面积|分/;
/**
 * 低保 is paid as the shortfall of a household's income below the line (差额补助): the 保障金 (低保金, 救助金) paid out is
 * what its average per head, 人均补差, averages.
 */
const SHORTFALL_PAID = /^补差$/;
const SHORTFALL_FUNDS = /保障金|低保金|救助金/;
/** The count an average per head or per household is over: 人, 人次 or 名, 户. */
const HEADS: Readonly<Record<string, RegExp>> = { 人: /^(?:人次?|名)$/, 户: /^户$/ };
/** Words that give a sentence several values of a kind: then which amount goes with which count is not plain. */
const SEVERAL = /分别|各(?!类|项|级)/;

/**
 * 住院补偿18180人次，补偿金额达5149万元，人均补偿2832.50元; 城市低保累计发放30032人次，累计发放救助金额1236.1409万元，
 * 月人均救助水平411.60元: an average per head (per household) right after the count and the amount it divides, the two
 * figures just before it in its sentence, the amount naming what the average is of (补偿, 救助). 月人均 over a year's
 * total is per month only when the count is of 人次 (person-months); 年人均 is per person over a count of 人次 or of
 * others (年人均救助水平 after 救助23445人次: not read); an average a survey or the year's mean population gives
 * (人均可支配收入, 人均生产总值) is no such quotient.
 */
export function averagesPerHead(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const usable = (f: Figure): boolean => exact(f) && !f.relational && !f.inChange && !f.range && !f.bracket && !f.ratio;
  for (const p of par.figures) {
    if (p.unit.kind !== 'money' || !usable(p)) continue;
    // (人均月补差 is 月人均补差: per person-month either way)
    const sentence = plainWords(textBetween(par.draft, p.sentence.offset, p.offset)).replace(/人均月(?=[\u4e00-\u9fff]{2})/g, '月人均');
    const head = PER_HEAD.exec(sentence.split(/[，,；;：:]/).pop()!);
    if (!head || NOT_A_QUOTIENT.test(head[3]!) || SEVERAL.test(sentence)) continue;
    const before = par.figures.filter((f) => f.sentence.offset === p.sentence.offset && f.offset < p.offset);
    // (惠及低保对象1236户2108人，户均发放4709元: households and persons counted together, N户M人, are one count of the
    // amount's; the average names which it is over)
    const pair = householdsAndPersons(par, before.slice(-2));
    const two = pair ? [before[before.length - 3], pair.find((f) => HEADS[head[2]!]!.test(plainWords(f.unit.text)))].filter((f): f is Figure => !!f) : before.slice(-2);
    const amount = two.find((f) => f.unit.kind === 'money');
    const count = two.find((f) => f.unit.kind === 'count');
    if (two.length < 2 || !amount || !count || !two.every(usable) || count.normalized === 0) continue;
    const heads = plainWords(count.unit.text);
    if (!HEADS[head[2]!]!.test(heads) || (head[1] && heads !== '人次')) continue;
    // (the amount names what the average is of: 补偿金额 for 人均补偿, 救助金额 for 月人均救助水平)
    const named = plainWords(bareMeasure(amount));
    const words = head[3]!;
    // (为1086名农民工追回工资1563万元，人均1.44万元: a bare 人均 right after the amount, one comma between, averages that amount)
    const bare = words === '' && amount === before[before.length - 1] && /^[，,]\s*(?:月)?[人户]均(?:为|达到|达|是)?$/.test(textBetween(par.draft, amount.endOffset, p.offset));
    if (!bare && ![...words].slice(0, -1).some((_, k) => named.includes(words.slice(k, k + 2))) && !(SHORTFALL_PAID.test(words) && SHORTFALL_FUNDS.test(named))) continue;
    const rel = averageOver(p, amount, count, `${head[2]}均`);
    if (rel) out.push(rel);
  }
  return out;
}

/** Two figures written as one count of households and their persons, nothing between: 1236户2108人. */
function householdsAndPersons(par: Paragraph, two: readonly Figure[]): readonly Figure[] | undefined {
  const [households, persons] = two;
  if (!households || !persons || plainWords(households.unit.text) !== '户' || plainWords(persons.unit.text) !== '人') return undefined;
  return textBetween(par.draft, households.endOffset, persons.offset).trim() === '' ? two : undefined;
}

/** An average per counted thing, 每 and the thing's unit before the name of the total it divides: 每种平均期印数 (group 1 the unit, 2 the name). */
const PER_COUNTED = /每(种|種|家|所|个|個)([\u4e00-\u9fff]{2,10}?)(?:为|為|是|达到|达)?$/;

/**
 * 全国共出版期刊10192种，平均期印数11133万册，每种平均期印数1.12万册: an average per counted thing right after the total
 * it divides, named the same after 每种 (平均期印数), the count in that thing's unit (种) stated once before them in the
 * sentence: the average is the total over the count.
 */
export function averagesPerCounted(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const usable = (f: Figure): boolean => exact(f) && !f.relational && !f.inChange && !f.range && !f.bracket && !f.ratio && f.unit.kind !== 'percent';
  for (const p of par.figures) {
    if (!usable(p)) continue;
    const head = PER_COUNTED.exec(plainWords(textBetween(par.draft, p.clause.offset, p.offset)));
    if (!head) continue;
    const before = par.figures.filter((f) => f.sentence.offset === p.sentence.offset && f.offset < p.offset);
    const amount = before[before.length - 1];
    if (!amount || !usable(amount) || !compatible(amount.unit, p.unit) || plainWords(bareMeasure(amount)) !== head[2]) continue;
    const counts = before.filter((f) => plainWords(f.unit.text) === head[1]);
    const count = counts[0];
    if (counts.length !== 1 || !usable(count!) || count!.normalized === 0) continue;
    const reading = judge({ op: 'quotient', args: [{ figure: amount }, { figure: count! }] }, { figure: p }, { unit: 'amount', decimals: p.decimals + 1 });
    const rel = relation(
      'rate',
      p,
      [
        [p, 'percent'],
        [amount, 'numerator'],
        [count!, 'denominator'],
      ],
      [reading],
      { word: `每${head[1]!}${head[2]!}` },
    );
    if (rel) out.push(rel);
  }
  return out;
}

/** An average per student at the end of its clause: 生均校舍面积, 生均图书 (group 1: what it averages). */
const PER_STUDENT = /生均([\u4e00-\u9fff]{2,8}?)(?:为|达到|达|是)?$/;
/** The students an average per student is over: 学生人数, 在校生, 在校学生. */
const STUDENTS_OF_AVERAGE = /(?:学生|在校生)(?:人数|数)?$/;

/**
 * 学生人数5500人；校舍面积147589.79平方米；专任教师421人；生均校舍面积22.9平方米: an average per student (生均) is what
 * it names (校舍面积), stated once before it in its sentence in a unit of its kind, over the students counted there once
 * (学生人数, 在校生, in 人).
 */
export function averagesPerStudent(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const usable = (f: Figure): boolean => exact(f) && !f.relational && !f.inChange && !f.range && !f.bracket && !f.ratio && !f.approximate && f.unit.kind !== 'percent';
  for (const p of par.figures) {
    if (!usable(p)) continue;
    const head = PER_STUDENT.exec(plainWords(textBetween(par.draft, p.clause.offset, p.offset)));
    if (!head) continue;
    const before = par.figures.filter((f) => f.period === p.period && f.offset < p.offset && usable(f));
    const amounts = before.filter((f) => compatible(f.unit, p.unit) && plainWords(bareMeasure(f)).endsWith(head[1]!));
    const students = before.filter((f) => f.unit.kind === 'count' && plainWords(f.unit.text) === '人' && STUDENTS_OF_AVERAGE.test(plainWords(bareMeasure(f))));
    if (amounts.length !== 1 || students.length !== 1 || students[0]!.normalized === 0) continue;
    const rel = averageOver(p, amounts[0]!, students[0]!, '生均');
    if (rel) out.push(rel);
  }
  return out;
}

/** An average `p` stated as one amount over one count of heads (its word: 人均, 户均, 生均), read to one more decimal than written. */
function averageOver(p: Figure, amount: Figure, heads: Figure, word: string): Relation | undefined {
  const reading = judge({ op: 'quotient', args: [{ figure: amount }, { figure: heads }] }, { figure: p }, { unit: 'amount', decimals: p.decimals + 1 });
  return relation(
    'rate',
    p,
    [
      [p, 'percent'],
      [amount, 'numerator'],
      [heads, 'denominator'],
    ],
    [reading],
    { word },
  );
}

/** A list's first item after its colon (分别为：霍山县34个), and each next one after 、 (、金寨县32个): a name and a figure. */
const FIRST_NAMED = /(?:分别为|分别是)[：:]([\u4e00-\u9fff]{2,8})$/;
const NEXT_NAMED = /^、([\u4e00-\u9fff]{2,8})$/;
/** A list of rates by name: 各县区亿元以上新签约项目开工率分别为：霍山县94.1%、…. */
const RATES_BY_NAME = /率分别为[：:][\u4e00-\u9fff]{2,8}$/;

/** Figures listed by name after 分别为：, one unit, names all different: 霍山县34个、金寨县32个、裕安区27个…. */
function namedLists(draft: Draft, figures: readonly Figure[]): Array<Map<string, Figure>> {
  const lists: Array<Map<string, Figure>> = [];
  let list: Map<string, Figure> | undefined;
  figures.forEach((f, i) => {
    const prev = figures[i - 1];
    const next = list && prev && prev.sentence.offset === f.sentence.offset && prev.unit.text === f.unit.text ? NEXT_NAMED.exec(plainWords(textBetween(draft, prev.endOffset, f.offset))) : null;
    if (next && list && !list.has(next[1]!)) {
      list.set(next[1]!, f);
      return;
    }
    const first = FIRST_NAMED.exec(plainWords(textBetween(draft, f.sentence.offset, f.offset)));
    list = first ? new Map([[first[1]!, f]]) : undefined;
    if (list) lists.push(list);
  });
  return lists.filter((l) => l.size >= 4 && [...l.values()].every(exact));
}

/**
 * 亿元以上新签约项目174个，分别为：霍山县34个、金寨县32个…; 亿元以上新签约开工项目114个，分别为：霍山县32个、金寨县22个…;
 * 各县区亿元以上新签约项目开工率分别为：霍山县94.1%、金寨县68.9%…: rates listed by name, each the quotient of the
 * same name's figures in two lists of counts before them (in the paragraph or the few before it). Which two lists
 * the words do not say; the one pair of lists under which all the rates hold but a quarter at most (by chance no
 * other pair comes near) is read, and nothing when no pair, or more than one, does.
 */
export function ratesOfNamedLists(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const rates of namedLists(par.draft, par.figures)) {
    const first = [...rates.values()][0]!;
    if (first.unit.kind !== 'percent' || !RATES_BY_NAME.test(plainWords(textBetween(par.draft, first.sentence.offset, first.offset)))) continue;
    const counts = namedLists(par.draft, figuresBefore(par, first.offset)).filter((l) => [...l.values()][0]!.unit.kind === 'count' && [...rates.keys()].every((name) => l.has(name)));
    const readings = (n: Map<string, Figure>, d: Map<string, Figure>): Array<{ p: Figure; n: Figure; d: Figure; reading: Reading | undefined }> =>
      [...rates].map(([name, p]) => {
        const num = n.get(name)!;
        const den = d.get(name)!;
        return { p, n: num, d: den, reading: den.normalized === 0 ? undefined : judge({ op: 'percent', args: [{ figure: num }, { figure: den }] }, { figure: p }, { unit: 'percent' }) };
      });
    const allowed = Math.max(1, Math.floor(rates.size / 4));
    const fitting = counts.flatMap((n) => counts.filter((d) => d !== n).map((d) => readings(n, d))).filter((rs) => rs.filter((r) => !r.reading?.holds).length <= allowed);
    if (fitting.length !== 1) continue;
    for (const { p, n, d, reading } of fitting[0]!) {
      const rel = relation(
        'rate',
        p,
        [
          [p, 'percent'],
          [n, 'numerator'],
          [d, 'denominator'],
        ],
        [reading],
      );
      if (rel) out.push(rel);
    }
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
  return ratesAfterTwoCounts(par, read, (r, done, received, sentence, i) => {
    // (post44b) 共受理申請17.36萬件，當（dāng）場辦結（jié）12.29萬件，當（dāng）場辦結（jié）率達（dá）74.96%: the words read without
    // the pinyin glosses a 繁體 page prints in brackets, in simplified characters (plainHead)
    const verb = RATE_OF_VERB.exec(plainHead(par.draft, r))?.[1];
    if (!verb || !plainHead(par.draft, done).endsWith(verb) || !RECEIVED.test(plainHead(par.draft, received)) || received.normalized === 0) return undefined;
    // 共受理有效热线事项7227宗，当场答复热线事项5113宗，转办热线事项2114宗，办结1898宗，办结率97.01%: another count of what was
    // received before it makes the rate's base two plausible counts (those answered on the spot count as done), and
    // nothing is read
    if (sentence.slice(0, i - 2).some((f) => f.unit.text === received.unit.text && RECEIVED.test(headOf(par.draft, f)))) return undefined;
    return ratioRelation('rate', r, done, received, `${verb}率`);
  });
}

/**
 * The walk both readings of a rate after its two counts share: in each sentence, a rate (`sentence[i]`, not yet read)
 * right after two counts of one unit (the base, then the count done), all three written as stated; `rateOf` reads
 * the words.
 */
function ratesAfterTwoCounts(par: Paragraph, read: ReadonlySet<Figure>, rateOf: (r: Figure, done: Figure, base: Figure, sentence: readonly Figure[], i: number) => Relation | undefined): Relation[] {
  const out: Relation[] = [];
  for (const sentence of par.sentences.values()) {
    for (let i = 2; i < sentence.length; i++) {
      const r = sentence[i]!;
      const done = sentence[i - 1]!;
      const base = sentence[i - 2]!;
      if (!plainRate(r) || read.has(r) || !plainFigure(done) || !plainFigure(base) || done.unit.kind !== 'count' || base.unit.text !== done.unit.text || base.unit.kind !== 'count') continue;
      const rel = rateOf(r, done, base, sentence, i);
      if (rel) out.push(rel);
    }
  }
  return out;
}

/** The count due, 应 and what is due (卡介苗应种, 应到会), at the end of its words: what is due, to match the count done. */
const DUE_COUNT = /应([\u4e00-\u9fff]{1,2})$/;

/**
 * (post38b) 卡介苗应种672人，实种667人，接种率99.26%；…百白破应种2320人，实种2282人，接种率为98.41% / 应到会35人，实到会33人，到会率
 * 94.3%: a count due (应种), the count done of the same (实种), then a rate, in three clauses running: the rate is the one done of
 * those due, its name ending on what was due (接种率 of 种, 到会率 of 到会). One unit for both counts.
 */
export function ratesOfDueAndDone(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  return ratesAfterTwoCounts(par, read, (r, done, due) => {
    const what = DUE_COUNT.exec(plainHead(par.draft, due))?.[1];
    if (!what || !/^[，,]\s*$/.test(textBetween(par.draft, due.endOffset, done.clause.offset)) || plainHead(par.draft, done) !== `实${what}`) return undefined;
    const name = /^(.*率)(?:为|是|达到|达)?$/.exec(plainHead(par.draft, r))?.[1];
    if (!name?.endsWith(`${what.slice(-1)}率`) || due.normalized === 0) return undefined;
    return ratioRelation('rate', r, done, due, name);
  });
}

/**
 * 投诉1023件，…，占受理总量的27.4%；截至目前已办结反馈595件，办结反馈率58.2%；举报270件…: a count whose clause opens with how
 * many got done so far, in a group of its own (after ；) right after an item's, is that item's follow-up, and its rate is of
 * that item (1023), not of the list's first item or of its total. The item: the last level of its unit before it in its
 * period, no smaller, itself no follow-up.
 */
export function followedItem(par: Paragraph, numerator: Figure): Figure | undefined {
  if (!DONE_SO_FAR.test(headOf(par.draft, numerator))) return undefined;
  const period = par.periods.get(numerator.period) ?? [];
  const levels = period.filter((f) => f.offset < numerator.offset && f.unit.kind !== 'percent' && !f.relational && !f.bracket && exact(f) && compatible(f.unit, numerator.unit));
  const item = levels[levels.length - 1];
  if (!item || !known(item) || !known(numerator) || item.normalized < numerator.normalized || DONE_SO_FAR.test(headOf(par.draft, item))) return undefined;
  return /[；;]/.test(textBetween(par.draft, item.endOffset, numerator.offset)) ? item : undefined;
}

/** Where the group of clauses holding f begins: after the last ；(;) of its sentence before it, else at the sentence. */
function groupStart(draft: Draft, f: Figure): number {
  const before = textBetween(draft, f.sentence.offset, f.offset);
  return f.sentence.offset + Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
}

/** The verb a rate is named by (开工率 → 开工, 開（kāi）工率為 → 开工). */
function verbOfRate(draft: Draft, r: Figure): string | undefined {
  return plainRate(r) ? RATE_OF_VERB.exec(plainHead(draft, r))?.[1] : undefined;
}

/**
 * A count named by a rate's verb right before that rate in its sentence: 已履约26个，履约率83.87%. Not the count due
 * (应参保3.58万人，参保率96.6%: what the rate is of, not what it counts).
 */
export function numeratorOfNextRate(draft: Draft, sentence: readonly Figure[], i: number): boolean {
  const verb = sentence[i + 1] ? verbOfRate(draft, sentence[i + 1]!) : undefined;
  const head = plainHead(draft, sentence[i]!);
  return verb !== undefined && head.endsWith(verb) && !ENDS_IN_DUE.test(head.slice(0, head.length - verb.length));
}

/**
 * The set a rate's base counts is stated in a clause of its own before the count done (31个（…），已履约26个; a table's
 * row flattened to text parts its cells by spaces: 开发公益性岗位540个 完成838个) or as what the count done is among (88个新开工项目中已开工65个); a count right before the count done in one clause is of
 * something else (4个一般受灾县完工8个: counties, then the works they finished).
 */
function setBefore(draft: Draft, base: Figure, done: Figure): boolean {
  return /[，,\s]|中/.test(textBetween(draft, base.endOffset, done.offset));
}

/**
 * A rate of handling (办结率, 按期办结率, 解决率) is of what was received (ratesOfTheirVerb), which a set named otherwise
 * (全年新增问题3120件) may not be: those carried over are handled too. A bare 成功率 is of the attempts its verb would name
 * (对接成功35个 of 42 projects signed says nothing). Rates named by other verbs (开工, 履约, 完成, 调处成功) are of the set.
 */
function overItsGroup(verb: string): boolean {
  return verb !== '成功' && !HANDLING_VERBS.some((v) => verb.endsWith(v));
}

/**
 * 25個新開工項目進度為60.3%，已開工17個，開工率為68% / 新签约亿元以上招商项目31个（总投资202.02亿元），已履约26个，履约率83.87%，
 * 已开工19个，开工率61.29%: a rate named by a verb right after a count named by that verb, whose base is no count of what was
 * received (ratesOfTheirVerb) but the set the group of clauses (after the last ；) opens with. Read only when that set is
 * the one count of the numerator's unit in the group other than the numerators of such rates (已履约26个), in a clause
 * before the numerator's or naming what it is among (setBefore): with two (招商项目40个，重点项目12个，已开工10个),
 * which one the rate is over is not plain, and nothing is read.
 */
export function ratesOverTheirGroup(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const sentence of par.sentences.values()) {
    for (let i = 1; i < sentence.length; i++) {
      const r = sentence[i]!;
      const done = sentence[i - 1]!;
      if (read.has(r) || done.unit.kind !== 'count' || !plainFigure(done) || !numeratorOfNextRate(par.draft, sentence, i - 1)) continue;
      if (!overItsGroup(verbOfRate(par.draft, r)!)) continue;
      const start = groupStart(par.draft, done);
      const counts = sentence
        .slice(0, i - 1)
        .map((f, k) => ({ f, k }))
        .filter(({ f, k }) => f.offset >= start && f.unit.text === done.unit.text && !numeratorOfNextRate(par.draft, sentence, k));
      const base = counts.length === 1 ? counts[0]!.f : undefined;
      if (!base || base.unit.kind !== 'count' || !plainFigure(base) || base.normalized === 0 || !setBefore(par.draft, base, done)) continue;
      const rel = ratioRelation('rate', r, done, base, `${verbOfRate(par.draft, r)!}率`);
      if (rel && (rel.holds || !overABareNumber(par, r, rel))) out.push(rel);
    }
  }
  return out;
}

/** A rate's bracket that gives its count and what was done of it: （62个县直单位已完成巡察51个）, （95个村、居已完成巡察80个）. */
const COUNT_THEN_DONE = /^[\u4e00-\u9fff、]{1,12}?(?:中|里)?(?:已经|已)(?:完成|实现)[\u4e00-\u9fff]{0,6}$/;

/**
 * 县直单位巡察全覆盖率已达69.4%（62个县直单位已完成巡察51个）: a rate with a bracket right after it that holds only the
 * count of a set and the count done of it (已完成…), both in one unit, is the one over the other (51 ÷ 62). Read when no
 * reading above took the rate.
 */
export function ratesOfTheirBracket(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  const figures = par.figures;
  for (let i = 0; i + 2 < figures.length; i++) {
    const p = figures[i]!;
    if (read.has(p) || p.unit.kind !== 'percent' || p.bracket) continue;
    const [all, done] = [figures[i + 1]!, figures[i + 2]!];
    const bracket = all.bracket;
    if (!bracket || bracket.offset !== done.bracket?.offset || figures[i + 3]?.bracket?.offset === bracket.offset) continue;
    if (!/^\s*[（(]$/.test(textBetween(par.draft, p.endOffset, all.offset)) || !/^\s*[）)]/.test(textBetween(par.draft, done.endOffset, done.endOffset + 2))) continue;
    if (all.unit.kind !== 'count' || !compatible(all.unit, done.unit) || ![all, done].every((f) => exact(f) && !f.relational && !f.range && !f.inChange) || all.normalized === 0) continue;
    if (!COUNT_THEN_DONE.test(textBetween(par.draft, all.endOffset, done.offset).replace(/\s/g, ''))) continue;
    if (!p.measure.endsWith('率')) continue;
    const r = ratioRelation('rate', p, done, all, p.measure);
    if (r) out.push(r);
  }
  return out;
}

/**
 * The words between the count of a set of projects and the count done among them in one clause (100项新开工项目已开工建设32个,
 * 190个盟级重点项目开复工164项): the set's name, ending in 项目, then the verb (group 1), with 已 or 建设 about it.
 */
const PROJECTS_THEN_DONE = /^[\u4e00-\u9fff]{0,10}项目(?:已经|已|共)?([\u4e00-\u9fff]{2,4}?)(?:建设)?$/;
/** The units projects are counted in, the one for the other (100项…项目已开工建设32个). */
const PROJECT_UNIT = /^[个项]$/;

/**
 * 一季度，100项新开工项目已开工建设32个，开工率32% / 截至8月底，190个盟级重点项目开复工164项，开复工率86%: a rate named by a
 * verb right after a count of projects that verb names, itself right after the count of the set of projects it is done
 * among, in one clause: the set is its base. Only a set named as projects (项目) is read: in 4个一般受灾县完工8个 the
 * counties are not what was finished. (…项目中已开工… is read by ratesOverTheirGroup; rates of handling are not of a set.)
 */
export function ratesOverTheProjectsBefore(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const sentence of par.sentences.values()) {
    for (let i = 2; i < sentence.length; i++) {
      const [set, done, r] = [sentence[i - 2]!, sentence[i - 1]!, sentence[i]!];
      const verb = read.has(r) ? undefined : verbOfRate(par.draft, r);
      if (!verb || !overItsGroup(verb) || set.unit.kind !== 'count' || done.unit.kind !== 'count' || !plainFigure(set) || !plainFigure(done) || !known(set) || !known(done)) continue;
      if (set.unit.text !== done.unit.text && !(PROJECT_UNIT.test(set.unit.text) && PROJECT_UNIT.test(done.unit.text))) continue;
      const between = plainWords(textBetween(par.draft, set.endOffset, done.offset)).replace(/\s/g, '');
      if (PROJECTS_THEN_DONE.exec(between)?.[1] !== verb || set.normalized < done.normalized || done.normalized === 0) continue;
      // (the rate right after its count: only a comma and the rate's name between)
      if (!/^\s*[，,]\s*$/.test(textBetween(par.draft, done.endOffset, r.clause.offset))) continue;
      const rel = ratioRelation('rate', r, done, set, `${verb}率`);
      if (rel) out.push(rel);
    }
  }
  return out;
}

/**
 * The words between a count of projects after 其中 and the rate after it: the projects' name (group 1), what was done to
 * them (group 2), then the rate's name: 62个|农村公路建设项目已经进场施工，|开工率是81.2%.
 */
const NAMED_PROJECTS_DONE = /^([\u4e00-\u9fff]{2,16}?项目)(?:已经|已|均已|均)?([\u4e00-\u9fff]{2,6})[，,]$/;
/** Ways a report says projects have started, beside 开工 itself: 动工, 施工 (进场施工, 开工建设). */
const STARTED = /开工|动工|施工/;

/**
 * 76个农村公路建设项目，共计181公里…。…截至7月底，…；其中62个农村公路建设项目已经进场施工，开工率是81.2%: a count of projects
 * after 其中, named exactly as an earlier count of projects in its paragraph, then what was done to them and right after a
 * rate named by that doing (开工率 after 开工, 动工 or 施工): the rate is of the earlier set. Read only when the set's name is
 * stated with one value, larger than the count, in the count's unit (个 and 项 alike).
 */
export function ratesOfTheProjectsNamedBefore(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  if (par.percents.length === 0) return out;
  for (const sentence of par.sentences.values()) {
    for (let i = 1; i < sentence.length; i++) {
      const [done, r] = [sentence[i - 1]!, sentence[i]!];
      const verb = read.has(r) ? undefined : verbOfRate(par.draft, r);
      if (!verb || done.unit.kind !== 'count' || !PROJECT_UNIT.test(done.unit.text) || !plainFigure(done) || !known(done) || done.normalized === 0) continue;
      if (!/其中[，,]?$/.test(textBetween(par.draft, done.clause.offset, done.offset).trim())) continue;
      const m = NAMED_PROJECTS_DONE.exec(plainWords(textBetween(par.draft, done.endOffset, r.clause.offset)).replace(/\s/g, ''));
      if (!m || !(m[2]!.includes(verb) || (verb === '开工' && STARTED.test(m[2]!)))) continue;
      const name = m[1]!;
      const sets = par.figures.filter(
        (f) =>
          f.offset < done.offset &&
          f.unit.kind === 'count' &&
          PROJECT_UNIT.test(f.unit.text) &&
          plainFigure(f) &&
          plainWords(par.draft.prose.slice(f.endOffset, f.endOffset + name.length + 12)).startsWith(name),
      );
      const set = uniqueValue(sets);
      if (!set || !known(set) || set.normalized <= done.normalized) continue;
      const rel = ratioRelation('rate', r, done, set, `${verb}率`);
      if (rel) out.push(rel);
    }
  }
  return out;
}

/** How far back the words of a plan's clause are looked for: NAMES_ITS_PLAN is shorter, with pinyin glosses in between. */
const PLAN_WORDS_REACH = 60;

/** The words of f's clause before it, a bracket it stands in included (完成年任务（ before 40.2亿元）); '' past the reach. */
function clauseWordsBefore(draft: Draft, f: Figure): string {
  const start = Math.max(f.sentence.offset, f.offset - PLAN_WORDS_REACH);
  const before = plainWords(textBetween(draft, start, f.offset));
  const cut = Math.max(...[...'，,；;：:。'].map((c) => before.lastIndexOf(c)));
  return cut < 0 && start > f.sentence.offset ? '' : before.slice(cut + 1);
}

/**
 * The level a plan stated inside a completion's own words is completed by: the last figure before that clause in its
 * sentence, of the plan's unit, with nothing but changes of it (同比增长0.5%) between (13亿元，同比增长0.5%，完成年任务…),
 * or other completions of it against plans in their own words (到位资金25.47亿元，完成市上全年任务（42.5亿元）的59.94%；
 * 完成县上全年任务（46.5亿元）的54.78%: one level, two plans).
 */
function levelBeforeThePlan(par: Paragraph, sentence: readonly Figure[], k: number, plan: Figure): Figure | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const f = sentence[j]!;
    if (j >= 1 && completesThePlanBefore(par.draft, sentence[j - 1]!, f)) {
      j--;
      continue;
    }
    if (f.unit.kind === 'percent' && (f.relational || f.inChange)) continue;
    // (151名就业困难人员 of a task of 125人: persons counted as 名 or 人 alike)
    if (f.unit.kind === 'percent' || !ofOneCount(f, plan) || !plainFigure(f) || !known(f)) return undefined;
    // (总额13亿元，其中出口5亿元，完成年任务…: a part after 其中 and its whole stand before the plan, and either may be its
    // level; a sentence opened by 其中, its whole stated before it, lists the parts each with its own plan)
    if (/其中/.test(textBetween(par.draft, f.sentence.offset, f.offset)) && !opensWithQiZhong(par.draft, sentence)) return undefined;
    // (the level's clause must end where the plan's begins, or at a change of it: no other clause between)
    const between = plainWords(textBetween(par.draft, f.endOffset, plan.offset));
    const opens = between.length - clauseWordsBefore(par.draft, plan).length;
    return sentence.slice(j + 1, k).length > 0 || /^[^，,；;。：:]*[，,]$/.test(between.slice(0, opens)) ? f : undefined;
  }
  return undefined;
}

/** The whole the parts of a sentence opened by 其中 are of: the last level of their unit the paragraph states before. */
function wholeBefore(par: Paragraph, first: Figure, part: Figure): Figure | undefined {
  const before = par.figures.filter((f) => f.offset < first.sentence.offset);
  for (let j = before.length - 1; j >= 0; j--) {
    const f = before[j]!;
    if (f.unit.kind !== 'percent' && compatible(f.unit, part.unit) && plainFigure(f) && known(f)) return f;
  }
  return undefined;
}

/**
 * 开工建设14898套，占目标任务（14858套）的100.27%。其中，保障性住房6118套，占目标任务（6100套）的100.3%: a part's completion
 * of the plan in its words is the part's (6118 ÷ 6100); the whole's (14898 ÷ 6100) is read too, and either holding is enough.
 */
function partOrWholeOfPlan(r: Figure, part: Figure, whole: Figure, plan: Figure): Relation | undefined {
  const cast = (level: Figure) =>
    [
      [r, 'percent'],
      [level, 'numerator'],
      [plan, 'denominator'],
    ] as const;
  const reading = (level: Figure) => ({ cast: cast(level), reading: quotientOver(r, level, { figure: plan }) });
  return relationAmong('rate', r, [reading(part), reading(whole)], { word: '完成率' });
}

/** Whether 其中 opens a sentence before any of its figures: the whole its parts are of is stated before the sentence. */
function opensWithQiZhong(draft: Draft, sentence: readonly Figure[]): boolean {
  const first = sentence[0];
  return first !== undefined && /^\s*其中/.test(textBetween(draft, first.sentence.offset, first.offset));
}

/** The words between a plan and its completion: 的, or the bracket the plan stands in, with or without 的 (（3995户）81.1%). */
const PLAN_THEN_RATE = /^\s*(?:[）)]\s*(?:的\s*)?|的\s*)$/;

/**
 * Whether r completes the plan stated right before it in its own words (完成年任务（40.2亿元）的32.5%, 占任务90万亩的115.8%).
 * A percentage read as compared (relational) is taken too: what compares it is those words (the 占 of 占任务90万亩的, the
 * clause not cut by a bracket), which name the plan it is the completion of.
 */
function completesThePlanBefore(draft: Draft, plan: Figure, r: Figure): boolean {
  if (plan.unit.kind === 'percent' || !exact(plan) || plan.range || !known(plan) || plan.normalized === 0) return false;
  if (!PLAN_THEN_RATE.test(textBetween(draft, plan.endOffset, r.offset))) return false;
  return NAMES_ITS_PLAN.test(clauseWordsBefore(draft, plan)) && r.unit.kind === 'percent' && exact(r) && !r.bracket && !r.range && !r.distributive;
}

/**
 * 外贸进出口总额为13亿元，同比增长0.5%，完成年任务（40.2亿元）的32.5% / 宫颈癌筛查68059人，占全年筛查任务（6.6万人）的103.12% /
 * 已完成投资637亿元，完成年初确定一季度目标任务（346亿元）的184%: a completion whose own words state the plan, task or
 * target it is of, by its figure right before 的 (in brackets or not), is the level stated right before that clause over
 * that figure. The plan is the rate's own words, so no other plan of the paragraph is a plausible base; the level is
 * the one figure of the plan's unit the sentence states right before it (only changes of it between). Nothing is read
 * when a share reading took the rate, or when the level is in another unit (就业岗位1374个 of 目标任务1200人).
 */
export function ratesOfThePlanInTheirWords(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  let previous: readonly Figure[] = [];
  for (const sentence of par.sentences.values()) {
    for (let k = 1; k < sentence.length; k++) {
      const [plan, r] = [sentence[k - 1]!, sentence[k]!];
      if (read.has(r) || !completesThePlanBefore(par.draft, plan, r)) continue;
      const level = k === 1 ? levelOfTheCompletionBefore(par, previous, plan) : levelBeforeThePlan(par, sentence, k - 1, plan);
      const whole = level && opensWithQiZhong(par.draft, sentence) ? wholeBefore(par, sentence[0]!, level) : undefined;
      const rel = whole ? partOrWholeOfPlan(r, level!, whole, plan) : level ? ratioRelation('rate', r, level, plan, '完成率') : undefined;
      if (rel) out.push(rel);
    }
    previous = sentence;
  }
  return out;
}

/**
 * 到位资金25.47亿元，完成市上全年任务（42.5亿元）的59.94%；完成县上全年任务（46.5亿元）的54.78%: a sentence opened by a
 * completion of a plan in its words, right after a sentence that ends with another completion of a plan, completes the
 * same level against its own plan (one level, two plans). Nothing else may stand between the two completions.
 */
function levelOfTheCompletionBefore(par: Paragraph, previous: readonly Figure[], plan: Figure): Figure | undefined {
  const n = previous.length;
  if (n < 3 || !completesThePlanBefore(par.draft, previous[n - 2]!, previous[n - 1]!)) return undefined;
  const between = plainWords(textBetween(par.draft, previous[n - 1]!.endOffset, plan.offset));
  if (!/^[；;]$/.test(between.slice(0, between.length - clauseWordsBefore(par.draft, plan).length))) return undefined;
  return levelBeforeThePlan(par, previous, n - 2, previous[n - 2]!);
}

/**
 * 资产总额711.63亿元，…；负债总额452.82亿元，…。资产负债率63.63%: a debt ratio over the balance sheet its paragraph states
 * before it (definitions.ts `debtRatios`), liabilities over assets, or assets less net assets over assets. Read only
 * when no other reading took the ratio (a 负债率 with its liabilities in its own sentence is read by its name already).
 */
export function debtRatiosByDefinition(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const { ratio, assets, debts, net } of debtRatios(par)) {
    if (read.has(ratio)) continue;
    const owed: Expr = debts ? { figure: debts } : { op: '-', args: [{ figure: assets }, { figure: net! }] };
    const reading = judge({ op: 'percent', args: [owed, { figure: assets }] }, { figure: ratio }, { unit: 'percent' });
    const rel = relation('rate', ratio, [[ratio, 'percent'], debts ? [debts, 'numerator'] : [net!, 'part'], [assets, 'denominator']], [reading], { word: '资产负债率' });
    if (rel) out.push(rel);
  }
  return out;
}

/** A water supplier's 产销差率 (the share of the water supplied that was not sold), and the two volumes it is of. */
const WATER_LOSS_RATE = /产[销銷]差率$/;
const WATER_SUPPLIED = /供水(?:总)?量$/;
const WATER_SOLD = /售水(?:总)?量$/;

/**
 * 供水量224.37万吨，…；售水量196.99万吨，…；产销差率12.02%: a supplier's 产销差率 is by definition the water supplied less
 * the water sold, over the water supplied (CJJ 92 and every water company's report). Read over the one 供水量 and the one
 * 售水量 before it in its paragraph, of one unit, the supplied no less than the sold; when no other reading took the rate.
 */
export function waterLossRates(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const rate of par.figures) {
    if (rate.unit.kind !== 'percent' || read.has(rate) || !plainRate(rate) || !WATER_LOSS_RATE.test(plainWords(rate.measure))) continue;
    const before = par.figures.filter((f) => f.offset < rate.offset && f.unit.kind !== 'percent');
    const supplied = before.filter((f) => WATER_SUPPLIED.test(plainWords(f.measure)));
    const sold = before.filter((f) => WATER_SOLD.test(plainWords(f.measure)));
    if (supplied.length !== 1 || sold.length !== 1) continue;
    const [s, q] = [supplied[0]!, sold[0]!];
    if (!plainFigure(s) || !plainFigure(q) || !compatible(s.unit, q.unit) || s.normalized! < q.normalized!) continue;
    const reading = judge({ op: 'percent', args: [{ op: '-', args: [{ figure: s }, { figure: q }] }, { figure: s }] }, { figure: rate }, { unit: 'percent' });
    const rel = relation(
      'rate',
      rate,
      [
        [rate, 'percent'],
        [q, 'part'],
        [s, 'denominator'],
      ],
      [reading],
      { word: '产销差率' },
    );
    if (rel) out.push(rel);
  }
  return out;
}

/** An insurer's 赔付率 (claims paid over premiums taken), and the two amounts it is of. */
const PAYOUT_RATE = /(?:简单)?赔付率$/;
const PREMIUMS = /(?:保险费|保费)(?:收入)?$/;
const CLAIMS = /(?:赔款|赔付)(?:支出|金额)?$/;

/**
 * (post47c) 保险费收入431.21万元，赔款123.7万元，赔付率40%: an insurer's 赔付率 is by definition the claims paid over the
 * premiums taken (123.7 ÷ 431.21 = 28.69%). Read over the one premium income and the one claims figure before it in its
 * paragraph, of one unit; when no other reading took the rate.
 */
export function insurancePayoutRates(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const rate of par.percents) {
    if (read.has(rate) || !plainRate(rate) || !PAYOUT_RATE.test(plainWords(rate.measure))) continue;
    const before = par.figures.filter((f) => f.offset < rate.offset && f.unit.kind !== 'percent');
    const premiums = before.filter((f) => PREMIUMS.test(plainWords(f.measure)));
    const claims = before.filter((f) => CLAIMS.test(plainWords(f.measure)));
    if (premiums.length !== 1 || claims.length !== 1) continue;
    const [t, c] = [premiums[0]!, claims[0]!];
    if (!plainFigure(t) || !plainFigure(c) || !compatible(t.unit, c.unit)) continue;
    const reading = judge({ op: 'percent', args: [{ figure: c }, { figure: t }] }, { figure: rate }, { unit: 'percent' });
    const rel = relation(
      'rate',
      rate,
      [
        [rate, 'percent'],
        [c, 'numerator'],
        [t, 'denominator'],
      ],
      [reading],
      { word: '赔付率' },
    );
    if (rel) out.push(rel);
  }
  return out;
}

/** 占当月立案总数的 (group 1: the verb a whole is counted by, 立案, 立项), right before a share. */
const SHARE_OF_THE_VERBS_TOTAL = /^[，,]\s*占(?:当月|本月|当年|全年|全市)?([\u4e00-\u9fff]{2})总数的?$/;

/** A figure as written: exact, no range, approximation, base of comparison or aside in brackets. */
function stated(f: Figure): boolean {
  return exact(f) && !f.relational && !f.inChange && !f.bracket && !f.range;
}

/** How many counts of one verb a share's whole may be among (each value once). */
const MAX_VERB_TOTALS = 3;

/**
 * 市、区12319平台…立案派遣各类城市管理问题5582件。市级12319平台…立案派遣各类城市管理问题5314件… ⏎ 各区的立案总数为4458件，
 * 占当月立案总数的83.89%: a hotline names the whole of its shares by the verb it counts cases by (立案, 立项) and 总数, which
 * no figure is named; the counts of the paragraphs before whose names open with that verb and its object (立案派遣…) are
 * that whole, each a plausible one (the city's and the districts' platforms together, or the city's alone). The share
 * holds when it comes out over any of them, and is reported when over none. The part: the count right before 占 in its
 * clause; the wholes: no part after 其中, no smaller than the part, three values at most.
 */
export function sharesOfTheVerbsTotal(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const [i, p] of par.figures.entries()) {
    const part = par.figures[i - 1];
    // (各区的立案总数: 各 names the districts, it distributes nothing)
    if (!part || read.has(p) || p.unit.kind !== 'percent' || part.unit.kind !== 'count' || !stated(part) || !exact(p) || p.bracket || p.range) continue;
    const verb = SHARE_OF_THE_VERBS_TOTAL.exec(textBetween(par.draft, part.endOffset, p.offset))?.[1];
    if (!verb) continue;
    const wholes = [...par.lookups.earlier(), ...par.figures.filter((f) => f.offset < part.offset)].filter(
      (f) =>
        stated(f) &&
        f !== part &&
        !f.subject.startsWith('其中') &&
        !f.partOf &&
        compatible(f.unit, part.unit) &&
        f.normalized! >= part.normalized! &&
        plainWords(f.measure).startsWith(verb) &&
        plainWords(f.measure).length >= verb.length + 4,
    );
    const values = [...new Map(wholes.map((f) => [f.normalized, f])).values()];
    if (values.length === 0 || values.length > MAX_VERB_TOTALS) continue;
    const cast = (whole: Figure) =>
      [
        [p, 'percent'],
        [part, 'numerator'],
        [whole, 'denominator'],
      ] as const;
    const rel = relationAmong(
      'share',
      p,
      values.map((whole) => ({ cast: cast(whole), reading: quotientOver(p, part, { figure: whole }) })),
    );
    if (rel) out.push(rel);
  }
  return out;
}

/** The grade a count of a satisfaction survey names (非常 of 非常满意, '' of 满意), or none for a count of something else. */
function gradeOf(f: Figure): string | undefined {
  const grade = SATISFACTION_GRADE.exec(plainWords(f.measure));
  return grade ? (grade[1] ?? '') : undefined;
}

/** The sum of some counts, or the count itself when one. */
function sumOf(figures: readonly Figure[]): Expr {
  return figures.length === 1 ? { figure: figures[0]! } : { op: '+', args: figures.map((figure) => ({ figure })) };
}

/**
 * 非常满意25件，其中，建议16件，提案9件；满意10件，其中，建议8件，提案2件，满意率为100%: items counted by the grade of their
 * rating (非常满意, 满意, 基本满意, 不满意) are siblings, not a whole and its part, and a 满意率 after them counts the satisfied
 * grades together over all the items rated: the grades listed together, or a count stated before the first grade in its
 * period (收到反馈意见表100件). Whether 基本满意 (比较满意) counts as satisfied each survey decides, so the rate holds when it
 * holds with them or without them. Nothing read unless two grades at least are counted, each once, in one unit.
 */
export function rateOfSatisfactionGrades(par: Paragraph, p: Figure): Relation | undefined {
  const period = par.periods.get(p.period) ?? [];
  const grades = period.filter((f) => f.offset < p.offset && gradeOf(f) !== undefined && plainFigure(f));
  const names = new Set(grades.map(gradeOf));
  if (grades.length < 2 || names.size !== grades.length || !grades.every((f) => compatible(f.unit, grades[0]!.unit))) return undefined;
  const satisfied = grades.filter((f) => gradeOf(f) !== '不');
  const plainlySatisfied = satisfied.filter((f) => !/^(?:基本|比较)$/.test(gradeOf(f)!));
  const rated = grades.reduce((n, f) => n + f.normalized!, 0);
  const stated = period.filter((f) => f.offset < grades[0]!.offset && f.unit.kind !== 'percent' && plainFigure(f) && compatible(f.unit, grades[0]!.unit) && f.normalized! >= rated);
  const numerators = plainlySatisfied.length > 0 && plainlySatisfied.length < satisfied.length ? [satisfied, plainlySatisfied] : [satisfied];
  const bases: Expr[] = [sumOf(grades), ...stated.map((figure) => ({ figure }))];
  const readings = numerators.flatMap((n) => bases.map((b) => judge({ op: 'percent', args: [sumOf(n), b] }, { figure: p }, { unit: 'percent' })));
  return relation('rate', p, [[p, 'percent'], ...grades.map((f) => [f, 'part'] as const), ...stated.map((f) => [f, 'denominator'] as const)], readings, { word: '满意率' });
}

/**
 * 除建议3件和提案1件不公开外，其余为公开，公开率95%: a figure inside a 除…外 clause counts what is left out of a whole the clause
 * does not state; it is never that whole, the base of a rate (the rate is (whole − 3 − 1) ÷ whole, not (3 − 1) ÷ 3).
 */
export function withinExclusion(draft: Draft, f: Figure): boolean {
  // (the clause ends at its 外 within the next few words: no punctuation between)
  const before = textBetween(draft, f.sentence.offset, f.offset);
  const at = before.lastIndexOf(EXCLUDING);
  return at >= 0 && !/[，,；;。]/.test(before.slice(at)) && EXCLUDED_END.test(textBetween(draft, f.endOffset, f.endOffset + 40));
}

/**
 * 3个产业产值的比例为, 三大产业产值比例为: the words right before a ratio naming what its terms divide (产值 in group 2),
 * with the number of its parts when they say it (group 1).
 */
const RATIO_OF_NAMED_PARTS = /^(?:([0-9]+|[一二三四五六七八九十两])[个個])?([\u4e00-\u9fff]{1,10}?)的?(?:比例|结构|比重|构成)(?:比)?(?:为|是)[:：]?$/;
/** 一二三产比例, 一、二、三产结构: a ratio of the three industries named short (一产, 二产, 三产; 三次产业 is structures'). */
const SHORT_INDUSTRIES = /(?:一二三|一、二、三)产(?!业)/;
/** 全省一产总产值, 二产产值, 三产增加值: an industry's amount named short, by its ordinal. */
const SHORT_INDUSTRY = ['一', '二', '三'].map((n) => new RegExp(`^(?:全[省市县区州旗])?${n}产(?:业)?(?:总)?(?:产值|增加值)$`));
/** The words after a ratio that another follows as the one it changed to: 由2015年的32:48:20到2019年的… */
const CHANGED_AFTER = /^\s*[，,]?(?:进一步|逐步)?(?:到|至|调整|變|变|优化|發展|发展|演进|提升|升级)/;

/** Whether the words right before a ratio's first term name what its terms divide (3个产业产值的比例为). */
function namesWhatItDivides(par: Paragraph, first: Figure): boolean {
  return RATIO_OF_NAMED_PARTS.test(plainWords(textBetween(par.draft, first.clause.offset, first.offset)));
}

/** An amount stated as such: exact, compared with nothing, no term of a ratio and no percentage. */
function statedAmount(f: Figure): f is Figure & { value: number; normalized: number } {
  return exact(f) && !f.relational && !f.ratio && f.unit.kind !== 'percent' && f.unit.kind !== 'points';
}

/** Each term of a ratio over the parts' own sum (or the whole stated for them), its own part as the numerator. */
function termsOfTheirParts(terms: readonly Figure[], parts: readonly Figure[], whole: Expr): Relation[] {
  const out: Relation[] = [];
  terms.forEach((term, k) => {
    const part = parts[k]!;
    if (!exact(term)) return;
    const denominators = 'figure' in whole ? [whole.figure] : parts.filter((f) => f !== part);
    const reading = judge({ op: 'percent', args: [{ figure: part }, whole] }, { figure: term }, { unit: 'percent' });
    const r = relation('share', term, [[term, 'percent'], [part, 'numerator'], ...denominators.map((f) => [f, 'denominator'] as const)], [reading]);
    if (r) out.push(r);
  });
  return out;
}

/**
 * 渔业经济总产值32669.96亿元，其中渔业产值15957.35亿元，渔业工业和建筑业产值7018.84亿元，渔业流通和服务业产值9693.76亿元，
 * 3个产业产值的比例为48.8∶21.5∶29.7: a ratio right after a whole and as many parts as it has terms, the parts adding up to
 * the whole, is of those parts in the order named, each term its part over the whole. The words before the ratio name
 * what the parts measure (产值, which each part's name ends with) and, when they count them, as many as the terms;
 * nothing but the parts between the whole and the ratio's clause.
 */
function partsListedBefore(par: Paragraph, run: readonly Figure[]): Relation[] {
  const first = run[0]!;
  const head = RATIO_OF_NAMED_PARTS.exec(plainWords(textBetween(par.draft, first.clause.offset, first.offset)));
  if (!head || (head[1] && (/^[0-9]+$/.test(head[1]) ? Number(head[1]) : parseChineseInteger(head[1])) !== run.length)) return [];
  const noun = head[2]!.slice(-2);
  const before = (par.sentences.get(first.sentence.offset) ?? []).filter((f) => f.offset < first.clause.offset);
  const parts = before.slice(-run.length);
  const whole = before[before.length - run.length - 1];
  if (!whole || parts.length !== run.length || !statedAmount(whole) || !parts.every((f) => statedAmount(f) && compatible(f.unit, whole.unit))) return [];
  // (each part named by its own words, ending in what the ratio divides: 渔业产值, 渔业流通和服务业产值)
  const names = parts.map((f) => plainWords(f.measure));
  if (!names.every((name) => name.length > noun.length && name.endsWith(noun)) || new Set(names).size !== names.length) return [];
  if (!judge(added(parts), { figure: whole }, { unit: 'amount' })?.holds) return [];
  return termsOfTheirParts(run, parts, { figure: whole });
}

/**
 * 林业一二三产比例由2015年的32:48:20到2019年的24:47:29。全省一产总产值达1215亿元，比2015年980亿元增长24%，全省二产产值达
 * 2280亿元，…三产总产值达1617亿元，比2015年622亿元…: a ratio of the three industries named short (一二三产) is of the amounts
 * the paragraph states once each under those short names (一产, 二产, 三产), each term its industry over the three
 * together: the ratio changed to is of the amounts stated, the one it changed from (由2015年的…) of the amounts each
 * clause compares them with after 比 and that same year (比2015年980亿元), when every industry names one.
 */
function shortIndustries(par: Paragraph, run: readonly Figure[]): Relation[] {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.length !== 3 || !SHORT_INDUSTRIES.test(plainWords(textBetween(par.draft, first.sentence.offset, first.offset)))) return [];
  const here = par.figures.filter((f) => f.para === first.para);
  const parts = SHORT_INDUSTRY.map((name) => uniqueValue(here.filter((f) => statedAmount(f) && name.test(plainWords(bareMeasure(f))))));
  if (!parts.every((f): f is Figure => !!f && compatible(f.unit, parts[0]!.unit))) return [];
  if (!CHANGED_AFTER.test(textBetween(par.draft, last.endOffset, last.endOffset + 8))) {
    // (上年的…: last year's ratio, which the amounts of this year are not)
    if (/上年|去年/.test(plainWords(textBetween(par.draft, first.clause.offset, first.offset)))) return [];
    return termsOfTheirParts(run, parts, added(parts));
  }
  // the ratio changed from, of the year its own words name: each industry's amount of that year, compared with after 比
  const year = /([0-9]{4})年的?$/.exec(plainWords(textBetween(par.draft, first.clause.offset, first.offset)))?.[1];
  if (!year) return [];
  const earlier = parts.map((part): Figure | undefined => {
    const next = here.find((f) => f.offset > part.offset);
    const words = next ? plainWords(textBetween(par.draft, part.endOffset, next.offset)) : '';
    return next && exact(next) && compatible(next.unit, part.unit) && new RegExp(`^[，,](?:比|较)${year}年(?:的)?$`).test(words) ? next : undefined;
  });
  if (!earlier.every((f): f is Figure => !!f)) return [];
  return termsOfTheirParts(run, earlier, added(earlier));
}

/**
 * The terms of ratios paired with the parts they divide, named in order (partsListedBefore) or by their names
 * (shortIndustries); each term read so is taken (claimed), no share of one figure near it.
 */
export function ratiosOfTheirParts(par: Paragraph): Relation[] {
  const runs = new Map<number, Figure[]>();
  for (const f of par.figures) if (f.ratio && f.ratio.size >= 2) runs.set(f.ratio.run, [...(runs.get(f.ratio.run) ?? []), f]);
  const out: Relation[] = [];
  for (const run of runs.values()) {
    if (run.length !== run[0]!.ratio!.size || run.some((f) => par.claimed.has(f))) continue;
    const found = partsListedBefore(par, run);
    const read = found.length > 0 ? found : shortIndustries(par, run);
    for (const r of read) par.claimed.add(r.anchor);
    out.push(...read);
    // (3个产业产值的比例为 after parts that do not add up to their whole: no term is a share of the one figure nearest it)
    if (read.length === 0 && run.length >= 3 && namesWhatItDivides(par, run[0]!)) for (const f of run) par.claimed.add(f);
  }
  return out;
}

/** The words before a breadth of growth or fall: 增长面为, 下降面达到. */
const BREADTH = /^(增长|下降)面(?:为|达到|达|是)?$/;

/**
 * 38个大类行业中有24个行业增加值实现增长，增长面为63.2% / 全市33个大类行业中，10个行业实现增长，增长面为30.3%: the breadth of
 * growth (增长面, 下降面) is the count of the kinds that grew (fell) over the count of all the kinds, the two counts in the
 * sentence before it, the whole one first and 中 after it, the one that grew then named as growing (实现增长, 呈现增长) in
 * the words up to the breadth. Written with the page break of a PDF (…22种商品类别中⏎⏎18种商品零售额呈现增长，增长面达到81.8%)
 * the whole is the last figure of the paragraph before when that paragraph ends in 中.
 */
export function growthBreadths(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    const verb = BREADTH.exec(plainHead(par.draft, p))?.[1];
    if (!verb) continue;
    const before = par.figures.filter((f) => f.sentence.offset === p.sentence.offset && f.offset < p.offset);
    const grew = before[before.length - 1];
    if (!grew || grew.unit.kind !== 'count' || !plainFigure(grew) || !textBetween(par.draft, grew.endOffset, p.offset).includes(verb)) continue;
    // the whole: the count before the one that grew in its sentence, or, across a page break, the last figure of the
    // paragraph right before, when nothing stands before the one that grew in its own
    const inSentence = before.length >= 2 ? before[before.length - 2] : undefined;
    const opening = before.length === 1 && textBetween(par.draft, grew.para.offset, grew.offset).trim() === '';
    const all = inSentence ?? (opening ? par.lookups.earlier(1).at(-1) : undefined);
    if (!all || all.unit.text !== grew.unit.text || !plainFigure(all) || all.normalized! < grew.normalized!) continue;
    if (!inSentence && textBetween(par.draft, all.para.endOffset, grew.para.offset).trim() !== '') continue;
    const after = textBetween(par.draft, all.endOffset, inSentence ? grew.offset : all.para.endOffset).replace(/\s/g, '');
    if (!/^[\u4e00-\u9fff]{0,10}中[，,]?(?:有|共有)?$/.test(after)) continue;
    const rel = ratioRelation('rate', p, grew, all, `${verb}面`);
    if (rel) out.push(rel);
  }
  return out;
}

/**
 * 共接投诉9272件，…其中受理6323调解成功3668件，调解成功率58%: a number between the base and the numerator that is no
 * figure (6323 lost its 件) is a count the rate may be of, read in the unit of the numerator after it (3668 ÷ 6323 =
 * 58.0%); when it gives the rate, that reading holds and nothing is said.
 */
export function overABareNumber(par: Paragraph, p: Figure, r: Relation): boolean {
  const numerator = withRole(r, 'numerator');
  const base = withRole(r, 'denominator');
  if (!numerator || !base || p.value === undefined) return false;
  if (!known(numerator) || numerator.value === undefined || numerator.value === 0 || base.offset > numerator.offset) return false;
  // (in the numerator's sentence only, of its paragraph: the figures of another paragraph are not taken out)
  const words = wordsWithoutFigures(par, Math.max(base.endOffset, numerator.sentence.offset), numerator.offset);
  const half = 0.5 * 10 ** -p.decimals;
  // (a number run into the words after it, 6323调解, not a year, an ordinal or a figure of its own)
  for (const m of words.matchAll(/(?<![0-9.])([0-9]+)(?=[\u4e00-\u9fff])(?![年月日号个件])/g)) {
    const v = Number(m[1]);
    if (v < numerator.value) continue;
    if (Math.abs((numerator.value / v) * 100 - p.value) <= half + 1e-9) return true;
  }
  return false;
}

/** An average per head a gazetteer states after what it divides (group 1: what it averages), and how each is named. */
const PER_HEAD_OF_STATED: ReadonlyArray<{ head: RegExp; amount: RegExp; heads: RegExp; kind: Figure['unit']['kind'] }> = [
  // 全市耕地面积537.15万亩，人口142.3万人，人均耕地3.77亩
  { head: /人均耕地(?:面积)?(?:只有|仅有|仅为|为|达到|达|是)?$/, amount: /耕地(?:面积)?$/, heads: /(?:总|常住|户籍)?人口$/, kind: 'area' },
  // 职工485人，…，实现产值289.95万元，年利润36.16万元，年人均产值5978元
  { head: /人均(?:产值|劳动生产率)(?:为|达到|达|是)?$/, amount: /产值$/, heads: /职工(?:人数)?$/, kind: 'money' },
];

/**
 * 1949年，全市耕地面积537.15万亩，人口142.3万人，人均耕地3.77亩 (heldout177/ziran-lianyungang-01); 职工485人，固定资产
 * 106.68万元，实现产值289.95万元，年利润36.16万元，年人均产值5978元 (heldout176/yinshua-lianyungang-03): a gazetteer's average
 * per head at the end of a period that states what it divides and whom it divides among (耕地 over 人口, 产值 over
 * 职工) is the one over the other, each stated once in the period (the workers, when the period counts none, in the
 * paragraph's nearest period before that counts them).
 */
export function perHeadOfStated(par: Paragraph): Relation[] {
  const prose = par.figures[0]?.para.prose ?? '';
  if (!prose.includes('人均')) return [];
  const out: Relation[] = [];
  const usable = (f: Figure): boolean => exact(f) && known(f) && !f.relational && !f.inChange && !f.range && !f.bracket && !f.ratio && !f.approximate;
  for (const p of par.figures) {
    if (!usable(p)) continue;
    const words = plainWords(textBetween(par.draft, p.clause.offset, p.offset));
    const kind = PER_HEAD_OF_STATED.find((k) => k.kind === p.unit.kind && k.head.test(words));
    if (!kind) continue;
    const period = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset && usable(f));
    const amounts = period.filter((f) => compatible(f.unit, p.unit) && kind.amount.test(plainWords(bareMeasure(f))));
    const named = (f: Figure): boolean => f.unit.kind === 'count' && /^(?:人|名)$/.test(plainWords(f.unit.text)) && kind.heads.test(plainWords(bareMeasure(f)));
    let heads = period.filter(named);
    if (heads.length === 0 && kind.kind === 'money') {
      const last = par.figures.filter((f) => f.offset < p.period && usable(f) && named(f)).pop();
      heads = last ? (par.periods.get(last.period) ?? []).filter((f) => usable(f) && named(f)) : [];
    }
    if (amounts.length !== 1 || heads.length !== 1 || heads[0]!.normalized === 0) continue;
    const rel = averageOver(p, amounts[0]!, heads[0]!, '人均');
    if (rel) out.push(rel);
  }
  return out;
}

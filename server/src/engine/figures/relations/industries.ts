// The three industries: structures (三次产业结构为19.5:34.6:45.9), each term an industry's share of the product or of
// investment; the industries' shares of the product named one by one; and the statements of value added and of the
// product that those terms, and shares of the product elsewhere, are read against.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { added, exact, judge, type Expr } from './arithmetic';
import { uniqueValue } from './cache';
import { bareMeasure, headOf, textBetween, type Paragraph } from './paragraph';
import { plainWords, simplified, traditional } from '../../text';
import { quotientOver, ratioRelation, relation, type Relation } from './relation';
import { ENDS_IN_CHANGED_TO, NOT_A_TOTAL, THREE_INDUSTRIES } from './vocabulary';
import { structureBefore } from './structuresBefore';

/**
 * (restate29) 二、三产业增加值占生产总值的比重为85.2%: industries joined by 、 before one share, whose clause starts at the
 * last of them: the share is of the two together, not of the last industry named (三产业增加值 is no 第三产业增加值).
 */
export function industriesJoined(draft: Draft, p: Figure): boolean {
  const before = textBetween(draft, Math.max(p.sentence.offset, p.clause.offset - 3), p.clause.offset).replace(/\s/g, '');
  return /(?:^|[^一二三四五六七八九十])[一二]、$/.test(before) && /^[二三]产业/.test(plainWords(textBetween(draft, p.clause.offset, p.offset)));
}

/** 第一产业增加值, 第一产业实现增加值, 第一产业完成 (a money figure): an industry's value added. */
const INDUSTRIES = ['一', '二', '三'].map((n) => ({ words: `第${n}产业`, measure: new RegExp(`第${n}产业(?:实现|完成)?(?:增加值)?(?:实现|完成)?$`) }));
/** 地区生产总值, 全县生产总值（GDP）: the product the structure divides (a footnote mark, [2], is no part of a measure). */
// (国民经济实现地区生产总值: a topic before the verb; 地区生产总值总量)
// (全县实现国内生产总值104.22亿元, heldout158/nianjian-jinxiang-01: a county yearbook calling its product 国内生产总值)
// (中江县地区生产总值: a place's name; 全县地区生产总值（GDP）完成: the verb after it)
// (经济概况〓全县实现国内生产总值: after a yearbook's run-in heading, which 〓 ends)
export const PRODUCT =
  /^(?!.*人均)(?:[\u4e00-\u9fff]{1,8}〓)?(?:[\u4e00-\u9fff]{0,6}?(?:实现|完成))?(?:[\u4e00-\u9fff]{1,5}[县市区州旗盟])?(?:全年|全县|全市|全区|全旗|全州|全省|完成|实现)*(?:地区|国内)?生产总值(?:总量)?(?:\s*[（(]GDP[）)])?(?:实现|完成)?$/;

/** 三次产业, 一二三产业, 一、二、三产业 before a structure (the one vocabulary constant, not a narrower copy). */
const THREE_INDUSTRY_WORDS = new RegExp(THREE_INDUSTRIES);

/**
 * 三次产业结构为19.5:34.6:45.9: the terms of a structure add up to 100, and each is its industry's share of the
 * product (第一产业增加值 ÷ 地区生产总值), when the draft states them once each, for the structure's own period:
 * the structure after 由上年的…调整为, not last year's before it.
 */
export function structures(par: Paragraph, read: ReadonlySet<Figure> = new Set()): Relation[] {
  const out: Relation[] = [];
  const runs = new Map<number, Figure[]>();
  for (const f of par.figures) if (f.ratio && f.ratio.size >= 3) runs.set(f.ratio.run, [...(runs.get(f.ratio.run) ?? []), f]);
  for (const run of industryShareLists(par)) runs.set(-run[0]!.offset - 1, run);
  const named = namedIndustryShares(par);
  for (const run of named) runs.set(-run[0]!.offset - 1, run);
  for (const run of twoIndustryStructures(par)) {
    const products = statements(par, '生产总值', PRODUCT, '');
    const here = products.filter((f) => f.para === run[0]!.para && f.offset < run[0]!.offset);
    const total = uniqueValue(here) ?? uniqueValue(products);
    if (total) out.push(...industryShares(par, run, total, '', (found) => uniqueValue(found.filter((f) => f.para === total.para && f.offset > total.offset && f.offset < run[0]!.offset)), 1));
  }
  for (const run of runs.values()) {
    if (run.length !== (run[0]!.ratio?.size ?? 3)) continue;
    // (三 次 产业结构 比 为13.9:38.3:47.8: spaced out)
    // (三次產業結構為: the same in traditional characters)
    const head = plainWords(textBetween(par.draft, run[0]!.sentence.offset, run[0]!.offset).replace(/\s/g, ''));
    if (/性别|收入比/.test(head)) continue;
    const sum: Expr = added(run);
    // (a list of percentages, 比重分别为8.5%、37.7%、53.8%, is added up as shares of one whole already)
    const r = run[0]!.ratio
      ? relation(
          'shares',
          run[run.length - 1]!,
          run.map((f) => [f, 'percent'] as const),
          [judge(sum, { constant: 100, text: '100' }, { unit: 'percent', decimals: 2 })],
        )
      : undefined;
    if (r) out.push(r);
    // each term its industry's share: not for last year's structure (由上年的…调整为…, 由…调整为…: structuresBefore.ts)
    const lead = plainWords(textBetween(par.draft, run[0]!.clause.offset, run[0]!.offset));
    const changed = ENDS_IN_CHANGED_TO.test(lead);
    const own = named.includes(run);
    // (三次产业投资结构为: a structure of investment, not of the product: investmentStructures)
    if (
      run.length !== 3 ||
      (!own && !THREE_INDUSTRY_WORDS.test(head) && !SHORT_STRUCTURE.test(head)) ||
      (!changed && /上年|去年/.test(lead)) ||
      INVESTMENT_STRUCTURE.test(simplified(head)) ||
      structureBefore(par, run)
    )
      continue;
    // the structure a sentence changes to is this period's, whatever the 上年 before it made its scope
    // (全年三次产业结构比例为: the year's, as a product stated for 2023年)
    const scope = changed || /^(?:全年|本年|今年)$/.test(run[0]!.scope) ? '' : run[0]!.scope;
    // 全区地区生产总值3222.84亿元…三次产业结构调整为…; 不含经开区计算，全年地区生产总值2239.58亿元…三次产业结构调整为…:
    // a structure after its own paragraph's product and industries is of them, when the paragraph states each once
    const here = (list: Figure[]): Figure[] => list.filter((f) => f.para === run[0]!.para && f.offset < run[0]!.offset);
    // 民营经济增加值122.64亿元…其中，第一产业增加值44.56亿元…民营经济三次产业结构调整为36.3:24.3:39.4: the structure
    // of a part of the economy, each term its own industry (stated after that part and before the structure) over it
    const owner = /([\u4e00-\u9fff]{1,6}经济)(?:的)?三次产业结构/.exec(head)?.[1];
    if (owner && owner !== '国民经济') {
      const first = run[0]!;
      const wholes = par.lookups
        .named(`${owner}增加值`)
        .filter((f) => exact(f) && !f.relational && f.unit.kind === 'money' && f.para === first.para && f.offset < first.offset && bareMeasure(f).startsWith(owner));
      const whole = uniqueValue(wholes);
      if (whole) out.push(...industryShares(par, run, whole, scope, (found) => uniqueValue(found.filter((f) => f.para === whole.para && f.offset > whole.offset && f.offset < first.offset))));
      continue;
    }
    const products = statements(par, '生产总值', PRODUCT, scope);
    const local = uniqueValue(here(products));
    const total = local ?? uniqueValue(products);
    if (!total) continue;
    const shares = industryShares(par, run, total, scope, (found) => (local && uniqueValue(here(found))) ?? uniqueValue(found) ?? uniqueValue(found.filter((f) => f.subject === total.subject)));
    // (三次产业增加值分别为1.54亿元、54亿元和75.7亿元: the industries named once, before their list)
    const listed = shares.length === 0 ? listedIndustries(par, total, run[0]!) : undefined;
    if (listed) out.push(...termsOver(run, listed, { figure: total }));
    // (a term whose own words name the product, 占地区生产总值的比重为8.0%, may be read as a share already)
    out.push(...(own ? shares.filter((r) => !read.has(r.anchor)) : shares));
  }
  out.push(...investmentStructures(par, runs.values()));
  return out;
}

/** 其中一、二、三产业分别实现, 三次产业增加值分别为: the words before the three industries' amounts listed in order. */
const INDUSTRIES_LISTED = new RegExp(`(?:${THREE_INDUSTRIES}|第一、二、三产业|第一、第二、第三产业)(?:增加值)?分别(?:为|是|实现|完成)(?:增加值)?[：:]?$`);

/**
 * 全年实现生产总值131.2亿元…三次产业增加值分别为1.54亿元、54亿元和75.7亿元，…三次产业结构优化为1.2:41.1:57.7: the three
 * industries' value added listed after words naming all three (no statement of each by its own name), between the
 * product and the structure: three amounts in a row, nothing but 、 or 和 between them, adding up to the product.
 */
function listedIndustries(par: Paragraph, total: Figure, first: Figure): Figure[] | undefined {
  const between = par.figures.filter((f) => f.para === first.para && f.offset < first.offset && (total.para !== first.para || f.offset > total.offset));
  for (let i = 0; i + 2 < between.length; i++) {
    const list = between.slice(i, i + 3);
    if (!list.every((f) => exact(f) && !f.relational && f.unit.kind === 'money' && compatible(f.unit, total.unit))) continue;
    // the words from the sentence's last comma (一、二、三产业 stands in one clause with its 、)
    const head = simplified(textBetween(par.draft, list[0]!.sentence.offset, list[0]!.offset).replace(/\s/g, ''));
    if (!INDUSTRIES_LISTED.test(head.slice(Math.max(head.lastIndexOf('，'), head.lastIndexOf(',')) + 1))) continue;
    if (!list.every((f, k) => k === 0 || /^[、，,和及]$/.test(textBetween(par.draft, list[k - 1]!.endOffset, f.offset).trim()))) continue;
    return judge(added(list), { figure: total }, { unit: 'amount' })?.holds ? list : undefined;
  }
  return undefined;
}

/** Each term of a structure, its industry's part over the whole given (the product, or the parts' own sum). */
function termsOver(terms: readonly Figure[], parts: readonly Figure[], whole: Expr): Relation[] {
  const out: Relation[] = [];
  terms.forEach((term, k) => {
    const part = parts[k]!;
    if (!exact(term)) return;
    const denominators = 'figure' in whole ? [whole.figure] : parts.filter((f) => f !== part);
    const r = relation('share', term, [[term, 'percent'], [part, 'numerator'], ...denominators.map((f) => [f, 'denominator'] as const)], [quotientOver(term, part, whole)]);
    if (r) out.push(r);
  });
  return out;
}

/** (post44b) 三产比调整为4.8∶15.2∶80: the three industries' ratio shortened (not 三产比重, the third industry's share). */
const SHORT_STRUCTURE = /三产比(?!重)/;

/** 三次产业投资结构为, 三次产业投资占比为, 三个产业投资的比重由: a structure of the three industries' investment. */
const INVESTMENT_STRUCTURE = new RegExp(`(?:${THREE_INDUSTRIES}|三个产业)的?投资`);

/** 第一产业投资完成, 第二产业完成投资, 全市第一产业 (in a paragraph on investment): an industry's investment. */
const INDUSTRY_INVESTMENT = ['一', '二', '三'].map((n) => new RegExp(`^(?:全[市县区省州旗盟])?第${n}产业(?:完成|实现)?(?:投资)?(?:完成|实现)?$`));

/**
 * 第一产业投资完成16.4亿元…第二产业投资完成77.8亿元…第三产业投资完成83.2亿元…。三次产业投资占比为9.2∶43.9∶46.9: each term
 * of a structure of investment is its industry's investment over the three's sum (the three industries are all the
 * investment), each stated once in the structure's paragraph, before or after it. Only the structure of the period
 * (the one changed to, not last year's before 调整为), and only when the others hold against that sum: a list of
 * another measure (growth, last year's amounts) fits none.
 */
function investmentStructures(par: Paragraph, runs: Iterable<Figure[]>): Relation[] {
  const out: Relation[] = [];
  for (const run of runs) {
    if (run.length !== 3 || run[0]!.ratio?.size !== 3) continue;
    const head = simplified(plainWords(textBetween(par.draft, run[0]!.sentence.offset, run[0]!.offset).replace(/\s/g, '')));
    const lead = plainWords(textBetween(par.draft, run[0]!.clause.offset, run[0]!.offset));
    if (!INVESTMENT_STRUCTURE.test(head) || (!ENDS_IN_CHANGED_TO.test(lead) && /上年|去年/.test(lead))) continue;
    const parts = INDUSTRY_INVESTMENT.map((measure) =>
      uniqueValue(par.figures.filter((f) => f.para === run[0]!.para && exact(f) && !f.relational && f.unit.kind === 'money' && measure.test(simplified(plainWords(bareMeasure(f)))))),
    );
    if (!parts.every((f): f is Figure => !!f && compatible(f.unit, parts[0]!.unit))) continue;
    const sum = added(parts);
    const terms = termsOver(run, parts, sum);
    if (terms.length === 3 && terms.filter((r) => r.holds).length >= 2) out.push(...terms);
  }
  return out;
}

/**
 * 第一、二、三产业增加值占地区生产总值的比重分别为8.5%、37.7%、53.8% / 在全区生产总值中，三次产业增加值所占比重分别为…:
 * the three industries' shares of the product listed as percentages after 分别为 are a structure like 8.5:37.7:53.8,
 * each term its industry's value added over the product. Three percentages one after the other, nothing but 、，和
 * between them, after words naming the three industries and their 比重 or 占比 (not 贡献率, 拉动 or 增速).
 */
const INDUSTRY_SHARES_HEAD = new RegExp(
  `(?:${THREE_INDUSTRIES}|第一、二、三产业|第一、第二、第三产业)(?:实现)?(?:增加值)?(?:占[\u4e00-\u9fff（）()A-Za-z]{0,12}?(?:生产总值|GDP|gdp|经济总量)(?:（GDP）)?的?|所占的?|的)?(?:比重|占比)(?:分别)?(?:为|是|依次为)[：:]?$`,
);

function industryShareLists(par: Paragraph): Figure[][] {
  const out: Figure[][] = [];
  const percents = par.percents;
  for (let i = 0; i + 2 < percents.length; i++) {
    const run = percents.slice(i, i + 3);
    // (the first reads as relational by the 比 of 比重)
    if (run.some((p, k) => (k > 0 && p.relational) || p.ratio || p.bracket || p.sentence.offset !== run[0]!.sentence.offset)) continue;
    // the words from the sentence's last comma (第一、二、三产业… stands in one clause with its 、)
    const head = textBetween(par.draft, run[0]!.sentence.offset, run[0]!.offset).replace(/\s/g, '');
    if (!INDUSTRY_SHARES_HEAD.test(head.slice(Math.max(head.lastIndexOf('，'), head.lastIndexOf(',')) + 1))) continue;
    if (!run.every((p, k) => k === 0 || /^[、，,和及与]$/.test(textBetween(par.draft, run[k - 1]!.endOffset, p.offset).trim()))) continue;
    out.push(run);
    i += 2;
  }
  return out;
}

/** The words before an industry's own share in a list of the three: 第二产业增加值比重为, 第三产业为, 第一产业增加值占地区生产总值的比重为. */
const INDUSTRY_TERM = ['一', '二', '三'].map(
  (n) => new RegExp(`^(?:其中[：:，,]?)?第${n}产业(?:实现)?(?:增加值)?(?:占[\u4e00-\u9fff（）()A-Za-z]{0,12}?(?:生产总值|GDP|gdp|经济总量)(?:（GDP）)?的?)?的?(?:比重|占比)?(?:为|是|达)$`),
);

/**
 * 第一产业增加值占地区生产总值的比重为8.0%，第二产业增加值比重为48.3%，第三产业增加值比重为43.7% / …比重为16.3%，第二产业为
 * 35.5%，第三产业为48.2%: the three industries' shares of the product, each after its own industry's name, the first
 * naming the product or its 比重 (the others leave it understood, as a reader takes them), are a structure like a
 * list after 分别为: three percentages one after the other in one period, no other percentage between them.
 */
function namedIndustryShares(par: Paragraph): Figure[][] {
  const out: Figure[][] = [];
  const percents = par.percents;
  for (let i = 0; i + 2 < percents.length; i++) {
    const run = percents.slice(i, i + 3);
    if (run.some((p) => p.ratio || p.bracket || p.period !== run[0]!.period)) continue;
    const heads = run.map((p) => simplified(headOf(par.draft, p)));
    if (!heads.every((h, k) => INDUSTRY_TERM[k]!.test(h))) continue;
    if (!/占|比重|占比/.test(heads[0]!)) continue;
    out.push(run);
    i += 2;
  }
  return out;
}

/** The words before a structure of the economy split in two: 中直与地方经济比重为, 公有与非公有制经济比重为 (groups: the two sides). */
const TWO_SIDES = /^([\u4e00-\u9fff]{1,6})与([\u4e00-\u9fff]{1,8}?)(?:经济)?(?:的)?(?:比重|结构|比例)(?:比)?(?:为|是)$/;

/**
 * 中直经济实现增加值384.8亿元…；地方经济实现增加值843.2亿元…。中直与地方经济比重为31.3：68.7 (fenxi-daqing-01): a structure of
 * two terms after 甲与乙…比重为 is the economy split in two, each side's value added (the one amount of its paragraph, before the
 * structure, whose name starts with the side's name: 中直经济实现增加值, 非油经济实现增加值) over the two together; the terms add
 * up to 100. Sides stated other than once each, or in other units, and nothing is read.
 */
export function twoSidedStructures(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const runs = new Map<number, Figure[]>();
  for (const f of par.figures) if (f.ratio && f.ratio.size === 2) runs.set(f.ratio.run, [...(runs.get(f.ratio.run) ?? []), f]);
  for (const run of runs.values()) {
    if (run.length !== 2 || !run.every(exact)) continue;
    const words = simplified(textBetween(par.draft, run[0]!.clause.offset, run[0]!.offset).replace(/\s/g, ''));
    const sides = TWO_SIDES.exec(words);
    if (!sides) continue;
    const named = (side: string): Figure | undefined => {
      const found = par.figures.filter(
        (f) => f.offset < run[0]!.offset && f.unit.kind === 'money' && exact(f) && !f.relational && !f.bracket && /增加值/.test(bareMeasure(f)) && bareMeasure(f).startsWith(side),
      );
      return found.length === 1 ? found[0] : undefined;
    };
    // (油 of 油与非油: 非油经济 does not start with it; the longer side's name is no longer read as the shorter's)
    const parts = [named(sides[1]!), named(sides[2]!)];
    if (!parts[0] || !parts[1] || parts[0] === parts[1] || !compatible(parts[0].unit, parts[1].unit)) continue;
    const r = relation(
      'shares',
      run[1]!,
      run.map((f) => [f, 'percent'] as const),
      [judge(added(run), { constant: 100, text: '100' }, { unit: 'percent', decimals: 2 })],
    );
    if (r) out.push(r);
    const whole = added(parts as Figure[]);
    run.forEach((term, k) => {
      const part = parts[k]!;
      const share = relation(
        'share',
        term,
        [
          [term, 'percent'],
          [part, 'numerator'],
          [parts[1 - k]!, 'denominator'],
        ],
        [quotientOver(term, part, whole)],
      );
      if (share) out.push(share);
    });
  }
  return out;
}

/** The words before a structure of the second and third industries alone: 二、三产业比例为72.8:27.2. */
const TWO_INDUSTRIES = /(?:第?二、第?三|二三)产业(?:增加值)?(?:的)?(?:比例|结构|比重)(?:比)?(?:为|是)$/;

/**
 * 地区生产总值982.3亿元…分产业看，第二产业增加值715.2亿元，…第三产业增加值267.1亿元，…。二、三产业比例为72.8:27.2: a
 * product with no first industry, and its structure of two terms, each the industry's value added over the product
 * stated before it in its paragraph (its sum is no check: a first industry may be left unsaid).
 */
function twoIndustryStructures(par: Paragraph): Figure[][] {
  const runs = new Map<number, Figure[]>();
  for (const f of par.figures) if (f.ratio && f.ratio.size === 2) runs.set(f.ratio.run, [...(runs.get(f.ratio.run) ?? []), f]);
  return [...runs.values()].filter(
    (run) =>
      run.length === 2 &&
      TWO_INDUSTRIES.test(
        simplified(textBetween(par.draft, run[0]!.sentence.offset, run[0]!.offset).replace(/\s/g, ''))
          .split(/[，,]/)
          .pop()!,
      ),
  );
}

/**
 * Each term of a structure, its industry's value added over the product, at the precision the term is written in:
 * 第一产业增加值78.5亿元 of the product, and 民营经济…其中：第一产业增加值39.2亿元 of a part of it: the product's own.
 * `pick` chooses the industry's statement among those found, none when it is not one of them.
 */
export function industryShares(par: Paragraph, terms: readonly Figure[], total: Figure, scope: string, pick?: (found: Figure[]) => Figure | undefined, first = 0): Relation[] {
  const out: Relation[] = [];
  terms.forEach((term, k) => {
    const industry = INDUSTRIES[first + k]!;
    const found = statements(par, industry.words, industry.measure, scope);
    const part = pick ? pick(found) : (uniqueValue(found) ?? uniqueValue(found.filter((f) => f.subject === total.subject)));
    if (!part) return;
    const s = ratioRelation('share', term, part, total);
    if (s) out.push(s);
  });
  return out;
}

/** The words a share names the product by: 占GDP的比重, 占gdp比重, 占全区经济总量的, 占生产总值比重的. */
export const PRODUCT_WORDS = /^(?:GDP|gdp|(?:全[区县市州省旗盟])?经济总量|(?:地区)?生产总值)(?:比重)?$/;

/** The scope of a year's figure: 全年, 本年, 2023年, 2023年度. */
const ANNUAL = /^(?:全年|本年|当年|[0-9]{4}年(?:度|全年)?)$/;

/**
 * The statements of an industry's value added or of the product, for a structure or a share of the scope given:
 * amounts, read once (not an average, a change, a distributed figure), of that scope or none.
 * (`annual`: 全年民营经济增加值122.64亿元，占GDP的比重为61.0% beside 2024年平昌县地区生产总值201.20亿元: a year named
 * by its number or as 全年 is one scope; the product of another year stated too leaves no one value, so no reading)
 */
export function statements(par: Paragraph, words: string, measure: RegExp, scope: string, annual = false): Figure[] {
  // (第一產業增加值, 地區生產總值: the same words on a page served in traditional characters)
  const other = traditional(words);
  const named = other === words ? par.lookups.named(words) : [...new Set([...par.lookups.named(words), ...par.lookups.named(other)])].sort((x, y) => x.offset - y.offset);
  return named.filter(
    (f) =>
      exact(f) &&
      !f.relational &&
      !f.distributive &&
      !NOT_A_TOTAL.test(f.measure) &&
      f.unit.kind === 'money' &&
      (f.scope === scope || f.scope === '' || (scope === '' && !/上年|去年/.test(f.scope)) || (annual && ANNUAL.test(f.scope) && ANNUAL.test(scope))) &&
      measure.test(plainWords(bareMeasure(f))),
  );
}

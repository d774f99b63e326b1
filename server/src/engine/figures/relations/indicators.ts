// Indicators defined by their formula, read from the counts a statistical bulletin states: the urbanisation rate,
// birth and death rates (‰ of the population), household size, crop yield per 亩, sex ratio, and the shares of age
// bands that run from 0 to 及以上.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { added, exact, judge, known, type Expr, type Reading } from './arithmetic';
import { uniqueValue } from './cache';
import { bareMeasure, headOf, proseOf, sentenceOf, textBetween, type Paragraph } from './paragraph';
import { plainWords, simplified } from '../../text';
import { quotientOver, quotientRelation, ratioRelation, relation, relationAmong, type Relation } from './relation';
import { CHANGE_VERB, DIFFERENCE_HEAD, isFall, ageBounds } from './vocabulary';
import { EPS } from './shareParts';
import { ofOneCount } from './wholes';

/** 城镇人口, 城镇常住人口: the numerator of 城镇化率. */
const URBAN = /城镇(?:常住|户籍)?人口$/;
/** A population total: 年末常住人口, 户籍总人口 (not one part of it: 城镇人口, 乡村人口, 男性人口). */
const POPULATION = /人口$/;
const POPULATION_PART = /城镇|乡村|农村|男|女|岁|出生|死亡|流动|外来|迁/;

/**
 * 年末常住人口70.14万人，其中城镇人口35.16万人，…，常住人口城镇化率为50.13%: 城镇化率 is by definition the urban
 * population over the population it names (常住 unless it says 户籍), the nearest total before the urban figure;
 * when that total is of the other kind (户籍人口…其中城镇人口…，常住人口城镇化率), no reading.
 */
export function urbanisation(par: Paragraph, p: Figure): Relation | undefined {
  const kind = /户籍/.test(headOf(par.draft, p)) ? '户籍' : '常住';
  const before = par.figures.filter((f) => f.offset < p.offset && f.unit.kind !== 'percent' && !f.relational && !f.bracket);
  // the nearest figures only: a bounded look back
  const recent = before.slice(-12);
  const at = recent.map((f) => URBAN.test(bareMeasure(f))).lastIndexOf(true);
  if (at < 0) return undefined;
  const urban = recent[at]!;
  const totals = recent.slice(0, at).filter((f) => POPULATION.test(bareMeasure(f)) && !POPULATION_PART.test(bareMeasure(f)) && compatible(f.unit, urban.unit));
  const total = totals[totals.length - 1];
  if (!total || !bareMeasure(total).includes(kind)) return undefined;
  return ratioRelation('rate', p, urban, total, '城镇化率');
}

/** The voters who voted (参加投票选民, 实际参加投票) and those registered (登记选民, 共登记选民): 参选率's two counts. */
const VOTED = /(?:参加投票|参与投票|投票)(?:的)?(?:选民)?(?:人数)?$/;
const REGISTERED = /登记(?:的)?选民(?:人数|总数)?$|选民登记(?:人数|总数)?$/;

/**
 * 共登记选民3224312人，参加投票选民3072340人，乡镇参选率为95.29%: the turnout (参选率) of an election is by definition
 * those who voted over the voters registered, the last of each before it in its period.
 */
export function turnout(par: Paragraph, p: Figure): Relation | undefined {
  const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset && f.unit.kind === 'count' && !f.relational && !f.bracket);
  const voted = before.filter((f) => VOTED.test(bareMeasure(f))).pop();
  const registered = before.filter((f) => REGISTERED.test(bareMeasure(f))).pop();
  if (!voted || !registered || !compatible(voted.unit, registered.unit)) return undefined;
  return ratioRelation('rate', p, voted, registered, '参选率');
}

/** The count of births or deaths a vital rate is of: 出生人口, 当年出生人数, 死亡人口. */
const VITAL_COUNT: Record<string, RegExp> = { 出生: /出生(?:人口|人数)$/, 死亡: /死亡(?:人口|人数)$/ };

/** 出生率为5.21‰, 死亡率8.83‰ (not 自然增长率, a difference of the two). */
const VITAL_RATE = /(出生|死亡)率(?:为|是|达)?$/;

/**
 * 年末全市常住人口283.46万人，比上年末减少1.85万人。…全年出生人口1.48万人，出生率为5.21‰: a birth or death rate is
 * by definition the births or deaths of the year per thousand of the population, the one count of births (deaths)
 * before it in its period over a population total stated before it in its paragraph (常住人口, 户籍总人口, 年平均人口).
 * Any population total will do, and so will the year's mean when the total's sentence gives its change from the
 * year before (283.46 + 1.85 ÷ 2); as the mean is seldom stated, each is allowed 3% either way (overMean). None that
 * gives the rate, and it is reported.
 */
export function vitalRates(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  let totals: Figure[] | undefined;
  let earlierTotals: Figure[] | undefined;
  for (const r of par.figures) {
    if (r.unit.kind !== 'permille' || !exact(r)) continue;
    const word = VITAL_RATE.exec(headOf(par.draft, r))?.[1];
    if (!word) continue;
    const countsIn = (scope: readonly Figure[]) => scope.filter((f) => f.offset < r.offset && f.unit.kind === 'count' && exact(f) && !f.relational && VITAL_COUNT[word]!.test(bareMeasure(f)));
    // 出生人口为38.3万人，死亡人口为44.0万人，…。出生率为5.80‰: the count may close the period before, in its paragraph
    let counts = countsIn(par.periods.get(r.period) ?? []);
    if (counts.length === 0) counts = countsIn(par.figures);
    if (counts.length !== 1) continue;
    const n = counts[0]!;
    // the population totals of the paragraph, found once; failing any, those of the paragraphs just before it (a
    // 人口公报 states the population in its first section and the births in a later one: 五、自然增长状况)
    const isTotal = (f: Figure) =>
      f.unit.kind === 'count' && exact(f) && !f.relational && !f.bracket && !/上年|去年/.test(f.scope) && POPULATION.test(bareMeasure(f)) && !POPULATION_PART.test(bareMeasure(f));
    totals ??= par.figures.filter(isTotal);
    let bases = totals.filter((f) => f.offset < r.offset && compatible(f.unit, n.unit) && f.normalized! > n.normalized!);
    if (bases.length === 0) {
      earlierTotals ??= par.lookups.earlier().filter(isTotal);
      bases = earlierTotals.filter((f) => compatible(f.unit, n.unit) && f.normalized! > n.normalized!);
    }
    if (bases.length === 0 || new Set(bases.map((f) => f.normalized)).size > 3) continue;
    const per = (den: Expr): Reading | undefined => overMean(judge({ op: 'quotient', args: [{ figure: n }, den], scale: 1000 }, { figure: r }, { unit: 'index' }));
    const readings = bases.flatMap((b) => {
      const own: Reading[] = [];
      const at = per({ figure: b });
      if (at) own.push(at);
      // 比上年末减少1.85万人: the year's mean is the total and half the change back towards last year's
      const d = sentenceOf(par, b).find((f) => f.offset > b.offset && f.relational && compatible(f.unit, b.unit) && exact(f) && DIFFERENCE_HEAD.test(headOf(par.draft, f)));
      const verb = d ? new RegExp(`(${CHANGE_VERB})了?$`).exec(headOf(par.draft, d))?.[1] : undefined;
      if (d && verb) {
        const half: Expr = { op: 'quotient', args: [{ figure: d }, { constant: 2, text: '2' }] };
        const mean = per({ op: isFall(verb) ? '+' : '-', args: [{ figure: b }, half] });
        if (mean) own.push(mean);
      }
      return own.map((reading) => ({ base: b, reading }));
    });
    const r2 = relationAmong(
      'rate',
      r,
      readings.map(({ base, reading }) => ({
        cast: [
          [r, 'percent'],
          [n, 'numerator'],
          [base, 'denominator'],
        ] as const,
        reading,
      })),
      { word: `${word}率` },
    );
    if (r2) out.push(r2);
  }
  return out;
}

/** How far the year's mean population, which a birth or death rate is over, may lie from a population stated. */
const MEAN_POPULATION_SLACK = 0.03;

/**
 * A rate over the population stated, read as a rate over the year's mean population, which is not stated: within
 * 3% of it (死亡人口7256人 ÷ 年末1194365人 = 6.075‰ for a stated 6.09‰, over a mean 0.25% smaller).
 */
function overMean(reading: Reading | undefined): Reading | undefined {
  if (!reading) return undefined;
  const range = { lo: reading.range.lo / (1 + MEAN_POPULATION_SLACK), hi: reading.range.hi / (1 - MEAN_POPULATION_SLACK) };
  const holds = range.lo <= reading.statedRange.hi + EPS && reading.statedRange.lo <= range.hi + EPS;
  const apart = holds ? 0 : Math.max(range.lo - reading.statedRange.hi, reading.statedRange.lo - range.hi);
  const gap = apart / Math.max(Math.abs(reading.stated), Math.abs(reading.value), EPS);
  return { ...reading, range, holds, gap, note: '按年平均人口计（与所写人口相差不超过3%）' };
}

/**
 * 每千人口床位6.12张, 每千常住人口执业（助理）医师2.75人, 每万人口拥有律师3.1名 (group 1 the people per which, 2 what is
 * counted per them).
 */
const PER_PEOPLE = /每(千|万)(?:常住|户籍)?(?:人口|人|名居民|居民)(?:拥有|平均拥有|占有)?([\u4e00-\u9fff（）()]{2,12}?)(?:数)?(?:为|是|达到|达)?$/;
/** Words before a resource per head that make it a standard, a target or another place's: 指标, 标准, 全国, 全省. */
const OTHER_LEVEL = /指标|标准|目标|要求|计划|规划|全国|全省|国家|平均/;
const PER_PEOPLE_SCALE: Record<string, number> = { 千: 1000, 万: 10000 };
/** The population a resource per head is counted over: 常住人口, 户籍人口, 总人口 (not a part of it). */
const POPULATIONS = ['常住人口', '户籍人口', '总人口', '人口'];

/**
 * 实有床位2860张，每千人口床位6.12张（全县常住人口46.7万人）: a resource per thousand (or ten thousand) people is the
 * resource over the population, the one count named as the resource (床位 in 张) and the populations the draft states
 * (常住, 户籍 or 总人口, any of them may be meant; within 3% of one, as the year's mean may be). Silent when the resource
 * is not stated once, or no population is.
 */
export function perPeople(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const usable = (f: Figure): boolean => exact(f) && known(f) && !f.relational && !f.inChange && !f.range && !f.ratio && f.unit.kind === 'count';
  for (const r of par.figures) {
    if (!usable(r)) continue;
    const before = plainWords(textBetween(par.draft, r.clause.offset, r.offset));
    const head = PER_PEOPLE.exec(before);
    // (已达国家全民健身计划指标：每千人拥有社会体育指导员2.16名: a standard or target, or another place's level, not the draft's own)
    if (!head || OTHER_LEVEL.test(before.slice(0, head.index) + textBetween(par.draft, Math.max(r.sentence.offset, r.clause.offset - 12), r.clause.offset))) continue;
    const thing = plainWords(head[2]!);
    const counted = par.lookups.named(thing).filter((f) => f !== r && usable(f) && !f.bracket && ofOneCount(f, r) && plainWords(bareMeasure(f)).endsWith(thing) && !/每|均/.test(bareMeasure(f)));
    const count = uniqueValue(counted);
    if (!count) continue;
    const people = [
      ...new Map(
        POPULATIONS.flatMap((w) => par.lookups.named(w))
          .filter((f) => usable(f) && f.unit.base === '人' && !/上年|去年/.test(f.scope) && POPULATION.test(bareMeasure(f)) && !POPULATION_PART.test(bareMeasure(f)))
          .map((f) => [f.normalized, f]),
      ).values(),
    ];
    if (people.length === 0 || people.length > 3) continue;
    const scale = PER_PEOPLE_SCALE[head[1]!]!;
    const readings = people.flatMap((base) => {
      const reading = overMean(judge({ op: 'quotient', args: [{ figure: count }, { figure: base }], scale }, { figure: r }, { unit: 'amount', decimals: r.decimals + 1 }));
      return reading ? [{ base, reading: { ...reading, note: '人口可取年平均人口，与所写人口相差不超过3%' } }] : [];
    });
    const rel = relationAmong(
      'rate',
      r,
      readings.map(({ base, reading }) => ({
        cast: [
          [r, 'percent'],
          [count, 'numerator'],
          [base, 'denominator'],
        ] as const,
        reading,
      })),
      { word: `每${head[1]}人口${thing}` },
    );
    if (rel) out.push(rel);
  }
  return out;
}

/** 占全县人口的, 占全市总人口: a share of the place's whole population (group 1 the place's word). */
const SHARE_OF_POPULATION = /^占全(县|市|区|省|镇|乡)(?:总)?人口(?:总数)?的?(?:比重|比例)?(?:为|是)?$/;

/**
 * (post47c) 1990年全县247730户，951016人，…少数民族21个，360人，占全县人口的0.4%: a place's population written as its
 * households and then its people (全县247730户，951016人) is the whole a share of 全县人口 is of, the count of people right
 * before the share (in the clause before it) its part: 360 ÷ 951016. Only with one such population in the paragraph
 * before the share, of the place the share names, and the part in 人 with nothing but a comma before 占.
 */
export function sharesOfThePopulation(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (read.has(p) || par.claimed.has(p) || !exact(p)) continue;
    const place = SHARE_OF_POPULATION.exec(headOf(par.draft, p))?.[1];
    if (!place) continue;
    const sentence = sentenceOf(par, p);
    const part = sentence[sentence.indexOf(p) - 1];
    if (!part || part.unit.text !== '人' || !exact(part) || part.relational || part.bracket || !/^[，,]$/.test(textBetween(par.draft, part.endOffset, p.clause.offset))) continue;
    const wholes = par.figures.filter((f, k) => {
      const households = par.figures[k - 1];
      return (
        f.offset < part.offset &&
        f.unit.text === '人' &&
        exact(f) &&
        !!households &&
        plainWords(households.unit.text) === '户' &&
        /^[，,、]$/.test(textBetween(par.draft, households.endOffset, f.offset)) &&
        new RegExp(`全${place}$`).test(textBetween(par.draft, households.clause.offset, households.offset).replace(/(?:19|20)[0-9]{2}年(?:末|底)?/, ''))
      );
    });
    if (wholes.length !== 1 || wholes[0]!.normalized! < part.normalized!) continue;
    const rel = ratioRelation('share', p, part, wholes[0]!, `占全${place}人口`);
    if (rel) out.push(rel);
  }
  return out;
}

/** A population density's name, per square kilometre before the figure or not (人口密度为, 人口密度每平方公里, 人口密度为每平方千米). */
const DENSITY = /人口密度(?:为|是|达)?(每平方(?:公里|千米))?$/;
/** The square kilometre a density is per, after the figure (679.3人/平方公里). */
const PER_KM2_AFTER = /^\s?\/\s?(?:平方公里|平方千米|km2|km²)/;
/** The area of the place: 总面积, 国土总面积, 面积 (not a part: 耕地面积, 城区面积). */
const PLACE_AREA = /^(?:(?:全县|全市|全区|全镇|全乡|国土|辖区|行政区域|土地)?总面积|面积)(?:为|达|约)?$/;
/** The population: 总人口, 年末全县总人口, 区内总人口 (not a part of it). */
const TOTAL_POPULATION = /总人口(?:为|达|是)?$/;

/**
 * (post47c) 总面积1400平方公里。1990年全县247730户，951016人，…人口密度为679.3人/平方公里: a population density is by definition
 * the population over the place's area (951016 ÷ 1400 = 679.3), per square kilometre: the one area of the place (总面积 or
 * 面积 alone) and the one population (总人口, or the people after the households, 247730户，951016人) before it in its
 * paragraph. Silent when either is not stated once, or the density is not per square kilometre.
 */
export function populationDensities(par: Paragraph): Relation[] {
  // the cheap exit: no density in the paragraph (人口密度 is written alike in 繁體)
  if (!proseOf(par).includes('人口密度')) return [];
  const out: Relation[] = [];
  const plain = (f: Figure): string => simplified(plainWords(bareMeasure(f)));
  const usable = (f: Figure): boolean => exact(f) && known(f) && !f.relational && !f.range && !f.bracket && !f.inChange;
  for (const d of par.figures) {
    if (d.unit.kind !== 'count' || d.unit.text !== '人' || !usable(d)) continue;
    const name = DENSITY.exec(plain(d));
    if (!name || (!name[1] && !PER_KM2_AFTER.test(par.draft.prose.slice(d.endOffset, d.endOffset + 8)))) continue;
    const before = par.figures.filter((f) => f.offset < d.offset && usable(f));
    const area = uniqueValue(before.filter((f) => f.unit.kind === 'area' && PLACE_AREA.test(plain(f))));
    const people = uniqueValue(
      before.filter((f, k) => {
        if (f.unit.base !== '人' || f.unit.kind !== 'count') return false;
        if (TOTAL_POPULATION.test(plain(f))) return true;
        const households = before[k - 1];
        return !!households && plainWords(households.unit.text) === '户' && /^[，,、]$/.test(textBetween(par.draft, households.endOffset, f.offset));
      }),
    );
    if (!area || !people) continue;
    const reading = judge({ op: 'quotient', args: [{ figure: people }, { figure: area }], scale: 1e6, scaleText: '' }, { figure: d }, { unit: 'amount', decimals: d.decimals + 1 });
    const r = relation(
      'rate',
      d,
      [
        [d, 'percent'],
        [people, 'numerator'],
        [area, 'denominator'],
      ],
      [reading],
      { word: '人口密度（每平方公里）' },
    );
    if (r) out.push(r);
  }
  return out;
}

/** 平均每个家庭户的人口为2.62人, 平均每户家庭户人口2.62人: the mean size of a household. */
const HOUSEHOLD_SIZE = /平均每(?:个|一个)?(?:家庭)?户(?:的)?(?:家庭户)?人口(?:数)?(?:为|是|达)?$/;

/**
 * 全国共有家庭户49416万户，家庭户人口为129281万人；…平均每个家庭户的人口为2.62人: a household's mean size is by
 * definition the people of the households over their number, the one figure of each before it in its paragraph (家庭户人口
 * in 人, 家庭户 in 户; not 集体户, which the mean leaves out).
 */
export function householdSizes(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const r of par.figures) {
    if (r.unit.kind !== 'count' || r.unit.text !== '人' || r.decimals === 0 || !exact(r) || r.relational) continue;
    // (the reading's bracket ends a clause: the words from the sentence's last comma)
    // (平均每個（gè）家庭戶的人口為2.39人: the same words on a page served in traditional characters with pinyin readings)
    const head = plainWords(textBetween(par.draft, r.sentence.offset, r.offset))
      .split(/[，,；;：:]/)
      .pop()!
      .replace(/\s/g, '');
    if (!HOUSEHOLD_SIZE.test(head)) continue;
    const before = par.figures.filter((f) => f.offset < r.offset && f.unit.kind === 'count' && exact(f) && !f.relational && !f.bracket);
    const people = before.filter((f) => /家庭户人口$/.test(plainWords(bareMeasure(f))) && f.unit.text.endsWith('人'));
    const households = before.filter((f) => /家庭户(?:\[[0-9]+\])?$/.test(plainWords(bareMeasure(f))) && plainWords(f.unit.text).endsWith('户'));
    const n = uniqueValue(people);
    const d = uniqueValue(households);
    if (!n || !d) continue;
    const rel = quotientRelation(r, n, d, '平均每户人口');
    if (rel) out.push(rel);
  }
  return out;
}

/**
 * A crop's yield per unit of area: 粮食单产, 平均单产每亩, 单位面积产量 (the words before it name the crop); 亩产 and 亩均单产
 * name their area themselves (秋粮平均亩产346.55公斤, 粮食作物亩均单产388.3公斤: per 亩).
 */
const YIELD = /^(.*?)(?:平均|亩均)?(?:单产|单位面积产量|亩产)(?:每(?:亩|公顷))?(?:达到|达|为)?$/;
/** A yield whose name says it is per 亩: 亩产, 亩均单产. */
const PER_MU_BY_NAME = /亩产|亩均单产/;
/** The crops a yield is named by, at the end of the words before 单产 (湖北粮食 is 粮食). */
const CROP = /(?:粮食|秋粮|夏粮|早稻|晚稻|中稻|稻谷|小麦|玉米|油料|油菜籽|蔬菜|棉花|大豆|薯类)(?:作物)?$/;
/** The area a yield is per, after it (257.74公斤/亩) or before it (单产每亩503.07公斤), with its size in square metres. */
const PER_AREA: Readonly<Record<string, number>> = { 亩: 10000 / 15, 公顷: 10000 };

/**
 * 粮食作物播种面积458.79万亩，…，粮食产量118.25万吨，…，粮食单产257.74公斤/亩: a crop's yield per 亩 (or 公顷) is its
 * output over its sown area, in 公斤. The output (…产量) and the area (…播种面积, 种植面积) are the crop's own in the
 * paragraph: each named with the crop's words when the yield names it (秋粮平均单产 of 秋粮总产量 and 秋粮播种面积),
 * else the last of each before the yield with no other yield between; one value of each, or nothing.
 */
export function yields(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  // (糧食作物單產（chǎn）: the same words on a page served in traditional characters with pinyin readings)
  const plain = (f: Figure): string => plainWords(bareMeasure(f));
  const usable = (f: Figure): boolean => exact(f) && !f.relational && !f.range && !f.bracket && !f.distributive;
  // the paragraph's outputs and sown areas, read once for all its yields (a yield is neither)
  let outputs: Figure[] | undefined;
  let areas: Figure[] | undefined;
  for (const y of par.figures) {
    if (y.unit.kind !== 'weight' || !exact(y) || y.relational || y.range) continue;
    const name = YIELD.exec(plain(y));
    if (!name) continue;
    const after = /^\s*\/\s*(亩|畝|公顷|公頃)/.exec(par.draft.prose.slice(y.endOffset, y.endOffset + 6));
    const before = /每(亩|公顷)$/.exec(plain(y));
    const per = simplified((after?.[1] ?? before?.[1] ?? (PER_MU_BY_NAME.test(plain(y)) ? '亩' : '')).replace('畝', '亩'));
    const size = PER_AREA[per];
    if (!size) continue;
    const crop = CROP.exec(name[1]!)?.[0].replace(/作物$/, '') ?? '';
    outputs ??= par.figures.filter((f) => usable(f) && f.unit.kind === 'weight' && /产量(?:为|达到)?$/.test(plain(f)) && !YIELD.test(plain(f)));
    areas ??= par.figures.filter((f) => usable(f) && f.unit.kind === 'area' && /(?:播种|种植|收获)面积(?:为|达到)?$/.test(plain(f)));
    let output: Figure | undefined;
    let area: Figure | undefined;
    if (crop.length >= 2) {
      // (湖北粮食播种面积4706.97千公顷 in a paragraph before 湖北粮食单产达到…，…湖北粮食总产量2777.04万吨: the crop's own
      // statements in the paragraphs just before count too, when its own paragraph has none)
      const own = (f: Figure): boolean => plain(f).includes(crop);
      const earlier = par.lookups.earlier().filter(usable);
      const ofCrop = (list: Figure[], kind: string, words: RegExp): Figure[] => {
        const here = list.filter(own);
        return here.length > 0 ? here : earlier.filter((f) => f.unit.kind === kind && words.test(plain(f)) && own(f));
      };
      output = uniqueValue(ofCrop(outputs, 'weight', /产量(?:为|达到)?$/));
      area = uniqueValue(ofCrop(areas, 'area', /(?:播种|种植|收获)面积(?:为|达到)?$/));
    } else {
      const since = par.figures.filter((f) => f.offset < y.offset && f !== y && YIELD.test(plain(f)) && f.unit.kind === 'weight').pop();
      const last = (list: Figure[]): Figure | undefined => list.filter((f) => f.offset < y.offset && (!since || f.offset > since.offset)).pop();
      output = last(outputs);
      area = last(areas);
      // (完成夏收粮豆面积32.1674万亩 after 粮豆面积76.8241万亩, then 平均亩产108公斤: an area the words do not call sown
      // stands closer to the yield than the sown area found; which one it is of, the words do not say)
      const closer = area && par.figures.some((f) => f.unit.kind === 'area' && !f.relational && f.offset > area!.offset && f.offset < y.offset && !areas!.includes(f));
      if (closer) continue;
    }
    if (!output || !area) continue;
    const reading = judge({ op: 'quotient', args: [{ figure: output }, { figure: area }], scale: size, scaleText: '' }, { figure: y }, { unit: 'amount', decimals: y.decimals + 1 });
    const r = relation(
      'rate',
      y,
      [
        [y, 'percent'],
        [output, 'numerator'],
        [area, 'denominator'],
      ],
      [reading],
      { word: `单产（每${per}）` },
    );
    if (r) out.push(r);
  }
  return out;
}

/**
 * 男性人口612171人，女性人口582194人，人口性别比为105.1:100 (or 性别比为112.9): men per hundred women, from the
 * counts of men and women stated before it in its sentence or period, one of each.
 */
export function sexRatios(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const r of par.figures) {
    if (!r.ratio || r.ratio.index !== 0 || !exact(r)) continue;
    // (性別比: the same in traditional characters)
    const head = simplified(textBetween(par.draft, r.sentence.offset, r.offset));
    // (出生人口性别比为111.3: the ratio of the year's births, not of the men and women counted; unless the counts are the
    // births themselves, boys and girls: 出生男婴164人，女婴131人，出生人口性别比125.20, checked below)
    const ofBirths = /(?:出生|婴儿)[^，,。；;]{0,4}性别比/.test(head);
    if (!/性别比/.test(head)) continue;
    // (性别比…为105.26，比上年的104.94: the ratio compared with is another year's, not of the counts stated)
    if (/(?:比|较|与)[^，,；;。比较与]*的$/.test(head)) continue;
    if (r.ratio.size === 2) {
      const hundred = par.figures.find((f) => f.ratio?.run === r.ratio!.run && f.ratio.index === 1);
      if (!hundred || hundred.value !== 100) continue;
    } else if (r.ratio.size !== 1) continue;
    const counts = (scope: readonly Figure[]) => scope.filter((f) => f.offset < r.offset && f.unit.kind === 'count' && exact(f) && !f.relational);
    // (男孩196人，女孩185人，性别比为105.95:100 after 育龄妇女、一孩妇女… in the period: the counts of the ratio's own
    // sentence, one of each, first)
    let before = counts(par.sentences.get(r.sentence.offset) ?? []);
    let men = before.filter((f) => /男/.test(f.measure));
    let women = before.filter((f) => /女/.test(f.measure));
    if (men.length !== 1 || women.length !== 1) {
      before = counts(par.periods.get(r.period) ?? []);
      men = before.filter((f) => /男/.test(f.measure));
      women = before.filter((f) => /女/.test(f.measure));
    }
    // 男性为3459万人，占总人口的52.2%；女性为3168万人，占47.8%。性别比（以女性为100）为109.2: the counts close the
    // period before; the paragraph's, when it states one count of each
    if (men.length === 0 && women.length === 0) {
      before = counts(par.figures);
      men = before.filter((f) => /男/.test(f.measure));
      women = before.filter((f) => /女/.test(f.measure));
    }
    if (men.length !== 1 || women.length !== 1 || !compatible(men[0]!.unit, women[0]!.unit)) continue;
    const [m, w] = [men[0]!, women[0]!];
    if (ofBirths && !(BORN_BOYS.test(simplified(m.measure)) && BORN_GIRLS.test(simplified(w.measure)))) continue;
    const reading = judge({ op: 'quotient', args: [{ figure: m }, { figure: w }], scale: 100 }, { figure: r }, { unit: 'index' });
    const rel = relation(
      'sexratio',
      r,
      [
        [r, 'percent'],
        [m, 'numerator'],
        [w, 'denominator'],
      ],
      [reading],
    );
    if (rel) out.push(rel);
  }
  return out;
}

/** The rate of births within the family-planning policy: 政策符合率, 符合政策生育率, 计划生育率. */
const POLICY_RATE = /(?:政策符合率|符合政策生育率|符合政策出生率|计划生育率)(?:为|达|是|达到)?$/;
/** Births within the policy: 政策内出生, 政策内生育. */
const WITHIN_POLICY = /政策内(?:出生|生育)/;
/** A count of all births: 出生295人, 户籍人口出生381人 (not those within or beyond the policy, nor the boys or girls). */
const ALL_BIRTHS = /出生(?:人口|人数)?$/;

/**
 * 全镇共出生295人，人口出生率7.41‰；政策内出生243人，政策符合率82.4%: a township's 计生 report gives the births within the
 * policy over all the births, in percent. The births within the policy nearest before the rate in its period, and the
 * count of all births nearest before them there (户籍人口出生381人，其中的政策内生育326人，政策外生育55人，符合政策生育率为
 * 85.56%); nothing is read without either.
 */
export function policyBirthRates(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const p of par.percents) {
    if (read.has(p) || !exact(p) || !POLICY_RATE.test(simplified(headOf(par.draft, p)))) continue;
    const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < p.offset && f.unit.kind === 'count' && exact(f) && !f.relational);
    const n = before.filter((f) => WITHIN_POLICY.test(simplified(f.measure))).pop();
    const d = n && before.filter((f) => f.offset < n.offset && ALL_BIRTHS.test(simplified(bareMeasure(f))) && !/政策|男|女/.test(f.measure) && compatible(f.unit, n.unit)).pop();
    if (!n || !d) continue;
    const r = ratioRelation('rate', p, n, d);
    if (r) out.push(r);
  }
  return out;
}

/** Counts of births by sex: 出生男婴, 男孩 (of the births), 出生男性; and the girls. */
const BORN_BOYS = /(?:男婴|男孩|出生男)/;
const BORN_GIRLS = /(?:女婴|女孩|出生女)/;

/** An age band before its share: 0—14岁, 15-64周岁, 60岁及以上, 18岁以下 (with 歲 of pages in 繁體), and 人口 after it. */
const AGE_BAND_OF_POPULATION = /(?<![0-9])([0-9]+)(?:[-—–~～至到]([0-9]+))?(?:周|週)?[岁歲](及以上|以上|及以下|以下)?(?=(?:\[[0-9]{1,2}\])?[\u4e00-\u9fff]{0,4}人口)/g;

/** The one age band named between `from` and the share (brackets left out): its years, from lo up to (not) hi. */
export function ageBandOf(par: Paragraph, from: number, p: Figure): { lo: number; hi: number } | undefined {
  let words = textBetween(par.draft, Math.max(from, p.period), p.offset);
  for (let k = 0; k < 3 && /[（(][^（）()]*[）)]/.test(words); k++) words = words.replace(/[（(][^（）()]*[）)]/g, '');
  const bands = [...words.matchAll(AGE_BAND_OF_POPULATION)];
  if (bands.length !== 1) return undefined;
  const [, a, b, open] = bands[0]!;
  return ageBounds(Number(a), b === undefined ? undefined : Number(b), open ?? '');
}

/**
 * 0—14岁人口…，占14.93%；15—64岁人口…，占69.87%（其中：15—59岁人口…，占63.43%）；65岁及以上人口…，占15.20%: the shares
 * of age bands that run from 0 (or 以下) to 及以上 without a gap or an overlap are of all the population, so they add up
 * to 100 at their written precision. Each share takes the one band named in its words since the share before it
 * (brackets and their shares left out); the run is of one period and three bands or more.
 */
export function ageBandShares(par: Paragraph, read: ReadonlySet<Figure> = new Set()): Relation[] {
  const out: Relation[] = [];
  let run: Figure[] = [];
  let to = 0;
  let from = -1;
  const close = (): void => {
    if (run.length >= 3 && to === Infinity) {
      const left: Expr = added(run);
      const r = relation(
        'shares',
        run[run.length - 1]!,
        run.map((p) => [p, 'percent'] as const),
        [judge(left, { constant: 100, text: '100%' }, { unit: 'percent', decimals: 2 })],
      );
      const bands = bandsOfTheirSum(par, run, read);
      // (each share against the counts is the finer reading; the shares' sum stays for a run read otherwise in part)
      if (r && bands.length < run.length) out.push(r);
      out.push(...bands);
    }
    run = [];
  };
  for (const p of par.percents) {
    if (p.bracket) continue;
    const band = ageBandOf(par, from, p);
    from = p.endOffset;
    if (!band || !known(p) || p.approximate || (run.length > 0 && run[0]!.period !== p.period)) {
      close();
      if (!band || !known(p) || p.approximate) continue;
    }
    const { lo, hi } = band;
    if (run.length > 0 && lo !== to) close();
    if (run.length === 0 && lo !== 0) continue;
    run.push(p);
    to = hi;
    if (to === Infinity) close();
  }
  close();
  return out;
}

/**
 * 0-14岁人口为143944人，占15.76%；15-59岁人口为635271人，占69.54%；60岁及以上人口为134326人，占14.7%: when every band of
 * such a run states its count before its share (after the share before it, in its sentence, counted alike), the bands are all the
 * population, so each share is its count over the counts added up (not a share read already against a stated whole).
 * (not the sum of the shares then: the finer reading says the same of each)
 */
function bandsOfTheirSum(par: Paragraph, run: readonly Figure[], read: ReadonlySet<Figure>): Relation[] {
  const items = run.map((p, k) => {
    const start = k > 0 ? run[k - 1]!.endOffset : p.sentence.offset;
    const before = sentenceOf(par, p).filter((f) => f.offset >= start && f.offset < p.offset && f.unit.kind === 'count' && !f.relational && !f.bracket);
    return { p, part: before[before.length - 1] };
  });
  const parts = items.map((x) => x.part);
  if (!parts.every((f): f is Figure => !!f && exact(f) && known(f) && !f.approximate && compatible(f.unit, parts[0]!.unit))) return [];
  const sum: Expr = { op: '+', args: parts.map((f) => ({ figure: f })) };
  // (其中65岁及以上人口为93053人，占10.19%: an open band within the last one, after 其中 in its period, is a share of
  // all the population too)
  const last = run[run.length - 1]!;
  const next = par.percents[par.percents.indexOf(last) + 1];
  const lastBand = ageBandOf(par, run.length > 1 ? run[run.length - 2]!.endOffset : last.sentence.offset, last);
  if (next && !next.bracket && next.period === last.period && lastBand && known(next) && !next.approximate) {
    const between = textBetween(par.draft, last.endOffset, next.offset);
    const band = ageBandOf(par, last.endOffset, next);
    const counts = par.figures.filter((f) => f.offset > last.endOffset && f.offset < next.offset && f.unit.kind !== 'percent' && !f.relational);
    const part = counts[counts.length - 1];
    if (
      band &&
      band.hi === Infinity &&
      band.lo > lastBand.lo &&
      /^[，,；;]?\s*其中/.test(between) &&
      counts.length === 1 &&
      part &&
      part.unit.kind === 'count' &&
      exact(part) &&
      known(part) &&
      compatible(part.unit, parts[0]!.unit) &&
      part.normalized <= parts[parts.length - 1]!.normalized!
    ) {
      items.push({ p: next, part });
    }
  }
  const out: Relation[] = [];
  for (const { p, part } of items) {
    if (read.has(p) || par.claimed.has(p) || !exact(p)) continue;
    const r = relation('share', p, [[p, 'percent'], [part!, 'numerator'], ...parts.filter((f) => f !== part).map((f) => [f, 'denominator'] as const)], [quotientOver(p, part!, sum)]);
    if (r) out.push(r);
  }
  return out;
}

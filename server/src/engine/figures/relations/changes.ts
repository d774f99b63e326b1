// Changes: a percentage of growth or decline against two levels (较上年的43.5亿元增长5.5%; 由286起下降到198起，
// 下降30.8%; 去年同期分别为…，同比分别增长…), and 个百分点 between two percentages (由91.6%提高到94.2%，提高2.6个百分点).

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge, known, type Expr, type Reading } from './arithmetic';
import { sameThing } from './names';
import { bareMeasure, figuresBefore, headOf, isLastYear, isPast, listedFrom, proseOf, sentenceOf, textBetween, yearOf, type Paragraph, type PercentKind } from './paragraph';
import { BUDGET_NAMED } from './budgetActuals';
import { namedBaseChanges } from './budgetItemChanges';
import { uniqueValue } from './cache';
import { relation, type Relation, type Role } from './relation';
import { PINYIN_GLOSS, plainWords, simplified } from '../../text';
import {
  ABOVE,
  ADJUSTED_DOWN,
  ADJUSTED_UP,
  AMOUNT_AVAILABLE,
  AMOUNT_USED,
  BELOW,
  CHANGE_VERB,
  CHANGE_WORD,
  CHANGED_TO,
  COMPARED_BARE_DIFFERENCE,
  DIFFERENCE_HEAD,
  ENDS_IN_CHANGE,
  ENDS_IN_CHANGED_TO,
  ENDS_IN_COMPARE,
  FALL_SIZE_NOUN,
  GROWTH_RATE_NOUN,
  OVERRUN,
  PULL_VERB,
  isFall,
  RANK_BEFORE,
  RANKED_UNIT,
  YEAR_SO_FAR,
} from './vocabulary';

/** 比去年同期前100家企业纳税额增加: a rank (the top 100) names the group whose figures change; it is no level itself. */
function isRank(draft: Draft, f: Figure): boolean {
  return RANKED_UNIT.test(f.unit.base) && RANK_BEFORE.test(headOf(draft, f));
}

interface Pair {
  current: Figure;
  previous: Figure;
}

/**
 * A figure its own clause says is of the earlier period (去年同期为325.9万人次, 2023年的34.2亿元): the period a
 * sentence named before another clause (比上年下降1.2%，其中：购置费414万元) is not this figure's.
 */
function statedAsEarlier(draft: Draft, f: Figure, reportYear: number | undefined): boolean {
  if (!isLastYear(f, reportYear)) return false;
  const head = textBetween(draft, f.clause.offset, f.offset);
  return /去年|上年|同期|上一年/.test(head) || (reportYear !== undefined && head.includes(`${reportYear - 1}年`));
}

/**
 * 完成年初预算391,267万元的97.34%: a figure right before 的 and a percentage is the base that percentage is taken of,
 * not a level of the sentence's subject (总收入380,869万元，完成年初预算391,267万元的97.34%，比上年增加37,581万元).
 */
function rateBase(draft: Draft, sentence: readonly Figure[], f: Figure): boolean {
  const next = sentence[sentence.indexOf(f) + 1];
  return next !== undefined && next.unit.kind === 'percent' && /^的(?:比重|比例)?(?:为|达|达到)?$/.test(textBetween(draft, f.endOffset, next.offset).replace(/\s/g, ''));
}

/**
 * 完成预算49531万元的85.0%，短收7431万元，同比下降10.2%: a shortfall or excess against the budget (短收, 超收) is a
 * difference from the plan, not a level of this year nor a difference from the last.
 */
function againstPlan(draft: Draft, f: Figure): boolean {
  return /(?:短收|超收)$/.test(headOf(draft, f));
}

/** A percentage of change p between the two levels of a pair, read by its verb's direction (also budgetItemChanges.ts). */
export function percentChange(p: Figure, pair: Pair, verb: string, extra: { word?: string } = {}): Relation | undefined {
  return relation(
    'change',
    p,
    [
      [p, 'percent'],
      [pair.current, 'current'],
      [pair.previous, 'previous'],
    ],
    [changeReading(p, pair, isFall(verb))],
    extra,
  );
}

/** From a previous level to a current one: (current − previous) ÷ previous, or for a fall (previous − current) ÷ previous. */
function changeReading(p: Figure, pair: Pair, fall: boolean): Reading | undefined {
  const { current, previous } = pair;
  const diff: Expr = fall ? { op: '-', args: [{ figure: previous }, { figure: current }] } : { op: '-', args: [{ figure: current }, { figure: previous }] };
  return judge({ op: 'percent', args: [diff, { figure: previous }] }, { figure: p }, { unit: 'percent', measured: true });
}

/**
 * 下乡摩托车销售2077辆（较去年同期增加销售量491辆，同比增长30.9%）: a comparison with the year before, its verb of change and
 * the quantity changed (销售量, 产量) named after the verb: a difference as 较去年同期增加491辆 is.
 */
const COMPARED_NAMED_DIFFERENCE = /(?:比|较|較)(?:上年|去年|上一年)(?:同期)?(增加|减少|減少)[\u4e00-\u9fff]{0,3}量$/;

/**
 * A difference rather than a level: a figure right after a verb of change (减收0.6亿元, 多7.1亿元, 增加了12个), or
 * listed after one (分别多7.1亿元和4.4亿元), or after a bare 增 or 减 that compares (比2005年增46.3吨).
 */
function differences(draft: Draft, sentence: readonly Figure[]): Set<Figure> {
  const out = new Set<Figure>();
  let previous: Figure | undefined;
  for (const f of sentence) {
    if (f.unit.kind !== 'percent' && f.unit.kind !== 'points') {
      const listed = previous && out.has(previous) && /^[和、及与]$/.test(textBetween(draft, previous.endOffset, f.offset));
      const head = headOf(draft, f);
      if (listed || DIFFERENCE_HEAD.test(head) || COMPARED_BARE_DIFFERENCE.test(head) || COMPARED_NAMED_DIFFERENCE.test(head) || netAfterLevel(draft, previous, f)) out.add(f);
    }
    previous = f;
  }
  return out;
}

/** A net change: 净增, 净减 (凈增加 as 繁體 pages write it); group 1 增 or 减. */
const NET = '(?:净|淨|凈)(增|减|減)(?:加|少)?了?';
/** Between the level changed to and its net change: a comma and 净增. */
const NET_AFTER_COMMA = new RegExp(`^[，,]${NET}$`);

/**
 * 一級公路由20667公里減少到19592公里，凈減1074公里，下降5.2% (heldout110/shoufei-quanguo-01) / 乡镇企业总产值完成11.1亿元，
 * 净增2.3亿元，增长26.1% (heldout39/xzgk-chengguan-01): a net change right after a figure, only a comma between, is that
 * level's difference (the stock at the end less the stock at the start), as 增加 there is; after a pair from 由/从 to 到 it
 * is the pair's. (A net change standing alone, 全年净增5386万户, is not read; nor 净增长, a population's natural growth.)
 */
function netAfterLevel(draft: Draft, previous: Figure | undefined, f: Figure): boolean {
  return previous !== undefined && previous.unit.kind !== 'percent' && NET_AFTER_COMMA.test(textBetween(draft, previous.endOffset, f.offset));
}

/**
 * A figure in brackets is an aside (不含上年旧存28 802件), neither level nor difference of a change outside them; but a
 * change in brackets with its own levels and differences there (建筑施工行业（事故10起、死亡6人，同比分别减少9起、减少
 * 10人，分别下降47.4%和62.5%）) reads them as a sentence of its own.
 */
function asideOf(f: Figure, p: Figure): boolean {
  return f.bracket !== undefined && f.bracket.offset !== p.bracket?.offset;
}

/**
 * What a change its clause states is against, when the clause says: the start of the year (比年初, 较上年末), the period
 * right before (比上月, 环比, 较上季度), or the same period of the year before (同比, 比上年, 较去年同期).
 */
function againstWhat(head: string): 'start' | 'before' | 'year' | undefined {
  const m = /年初|(?:上|去)年(?:末|底)|上月|上季|环比|上期|同比|上年|去年|同期/.exec(head)?.[0];
  if (!m) return undefined;
  return /年初|末|底/.test(m) ? 'start' : /上月|上季|环比|上期/.test(m) ? 'before' : 'year';
}

/** A time within the year, short of its end: 6月末, 3月底, 一季度, 上半年, 前三季度, 1-9月 (not 12月末). */
const SUB_ANNUAL = /(?:^|[^0-9])(?:[1-9]|1[01])月(?:末|底|份|中旬)|[一二三]季度|上半年|前三季|(?:^|[^0-9])1\s*[-—~至]\s*(?:[1-9]|1[01])月/;

/**
 * 企业达35.5万家，较上年增加5.7万家，拥有有效发明专利232.4万件，同比增长21.8%: a rate right after a level is that level's;
 * a difference before that level, of another measure, is not behind it. True when a level (no difference, no
 * percentage, no aside) stands between the difference and the rate after it.
 */
function levelBetween(sentence: readonly Figure[], diffs: ReadonlySet<Figure>, d: Figure, p: Figure): boolean {
  if (d.offset > p.offset) return false;
  return sentence.some((f) => f.offset > d.endOffset && f.endOffset < p.offset && !diffs.has(f) && !f.relational && !f.bracket && f.unit.kind !== 'percent' && f.unit.kind !== 'points');
}

/**
 * 交易金额0.36亿元，同比减少0.17亿元，减幅32.08%⏎⏎国有产权…项目15宗，同比增长400%交易金额131.44，同比下降92.46% (paragraphs
 * run together, a figure with no unit): a level between the difference and the rate, with a change of its own right after
 * it (15宗，同比增长400%), opens another measure, though it looks compared (同比 of a headline run into it); the
 * difference is not behind the rate after it.
 */
function changedLevelBetween(draft: Draft, sentence: readonly Figure[], diffs: ReadonlySet<Figure>, d: Figure, p: Figure): boolean {
  return sentence.some((f, k) => {
    const next = sentence[k + 1];
    if (f.offset < d.endOffset || diffs.has(f) || f.bracket || f.unit.kind === 'percent' || f.unit.kind === 'points') return false;
    return !!next && next.offset < p.offset && next.unit.kind === 'percent' && ENDS_IN_CHANGE.test(headOf(draft, next));
  });
}

/** Whether x is stated of the level f: its key is f's and a name after (63宗，同比减少7宗 keys 7宗 on 63宗). */
function keyedOn(x: Figure, f: Figure): boolean {
  return x.key.startsWith(`${f.key}·`);
}

/**
 * 政府采购项目交易额同比略有下降20241共完成政府采购项目63宗，同比减少7宗，减幅10% after 交易项目12宗 further back: the figure right
 * before the difference, which the difference is keyed on (63宗), looks compared for the headline run into its clause (同比),
 * so it is no level found; the farther level is another measure's, and nothing is read. (A base of a share or of a plan,
 * 完成年初预算12,000万元的91.67%, is no level at all: the level before it stands.)
 */
function levelPassedOver(draft: Draft, sentence: readonly Figure[], diffs: ReadonlySet<Figure>, d: Figure, level: Figure | undefined): boolean {
  const f = sentence[sentence.indexOf(d) - 1];
  if (!f || f === level || !f.relational || diffs.has(f) || !compatible(f.unit, d.unit) || !keyedOn(d, f)) return false;
  return HEADLINE_RUN_IN.test(headOf(draft, f)) && !rateBase(draft, sentence, f) && !againstPlan(draft, f);
}

/**
 * A clause head whose comparison is a headline's change (交易额同比略有下降) run into the level's own name (20241共完成政府采购
 * 项目), not a level compared with (较2022年558件增加了555件): a verb of change, then words naming what is counted.
 */
const HEADLINE_RUN_IN = new RegExp(`(?:${CHANGE_WORD})[^，,。；;：:]*[\u4e00-\u9fff]{2}$`);

/**
 * 6月末，存款余额4503.5亿元，增长12.1%，存款余额比年初增加451.7亿元 / 存款余额20546亿元，同比增长8.87%，上半年存款增加1385亿元:
 * at a time within the year, a difference counted from the start of the year (比年初, or a clause naming the year so far
 * with no comparison) is the flow over those months, not the change behind a growth rate stated before it (a bare
 * 增长 after a balance is on the year before) or on the year before (同比): the rate is not read over level − flow.
 */
function flowOfTheYearSoFar(draft: Draft, d: Figure, p: Figure, dAgainst: string | undefined, pAgainst: string | undefined): boolean {
  if (pAgainst === 'start') return false;
  const sinceStart = dAgainst === 'start' || (dAgainst === undefined && YEAR_SO_FAR.test(headOf(draft, d)));
  if (!sinceStart) return false;
  if (pAgainst === undefined && p.offset > d.offset) return false;
  return withinTheYear(draft, d);
}

/** Whether the words before d (up to 400 characters) date it within the year, short of its end (SUB_ANNUAL). */
function withinTheYear(draft: Draft, d: Figure): boolean {
  return SUB_ANNUAL.test(textBetween(draft, Math.max(0, d.offset - 400), d.offset));
}

/** A sentence that opens by comparing (比上年, 较上年, 与上年相比, 同比，; in either script): it goes on about the levels stated before it. */
const OPENS_COMPARED = /^[\s，,]*(?:比|[较較]|[与與同和跟][^，,。；;]{1,12}?相比|同比[，,])/;

/**
 * 税收收入8.1亿元，比上年减收0.6亿元，下降6.9%: the level and the difference give the previous level (8.1 + 0.6),
 * and the change is the difference over it: 0.6 ÷ (8.1 + 0.6). The difference may also follow the percentage
 * (262件，同比下降2.60%，同比减少7件). Only when no previous level is stated, one difference stands in the
 * sentence, and it goes the way the percentage does.
 */
/** A clause giving the cause of a change: 主要是, 主要原因是, 主要由于, 主要因为, 原因是. */
const CAUSE_GIVEN = /[，,](?:主要(?:原因)?(?:是|系|由于|因为|因)|原因是)/;

function differenceReading(
  par: Paragraph,
  p: Figure,
  verb: string,
  sentence: Figure[],
  diffs: Set<Figure>,
  before: readonly Figure[] = [],
): { reading?: Reading; level: Figure; difference: Figure; previous?: Figure; paired?: boolean; ofTheList?: boolean } | undefined {
  const draft = par.draft;
  const all = sentence.filter((f) => diffs.has(f) && !asideOf(f, p));
  // 收入39029万元，同比减收31447万元，下降44.62%，其中：税收收入22915万元，同比减收12020万元，下降34.41%: in a sentence
  // of several, the difference stated right before the percentage (nothing measured between them) is its own
  const own = all.length > 1 ? all.filter((d) => d.offset < p.offset && !sentence.some((f) => f !== d && f.offset > d.offset && f.offset < p.offset && f.unit.kind !== 'points')) : all;
  if (own.length !== 1) return undefined;
  const d = own[0]!;
  // 市场主体21131户，增长23.1%，其中企业2700户，增加395户: a difference after 其中's part is that part's, not the
  // change's on the other side of 其中
  if (/其中/.test(textBetween(draft, Math.min(d.endOffset, p.endOffset), Math.max(d.offset, p.offset)))) return undefined;
  // 农林水支出执行78.67亿元，下降10.94％，主要是2025年结转资金较上年减少9.1亿元导致: a difference after the percentage in
  // a clause giving the cause (主要是, 主要原因是, 主要由于) is of the cause's own measure, not the change of the level
  if (d.offset > p.offset && CAUSE_GIVEN.test(textBetween(draft, p.endOffset, d.offset))) return undefined;
  const dVerb = differenceVerb(headOf(draft, d));
  if (!dVerb || isFall(dVerb) !== isFall(verb)) return undefined;
  // 地区生产总值626.9亿元，现价总量比同期增加73.5亿元，同比增长2%: a difference its own words put at current prices (现价)
  // and a growth that names no caliber are two changes: the growth of a product is at comparable prices (增长速度按可比价
  // 计算), the difference is not. (按现价计算 before both, in a clause of its own, speaks for both.)
  if (CURRENT_PRICES.test(headOf(draft, d)) && !/现价/.test(headOf(draft, p) + textBetween(draft, Math.min(d.endOffset, p.endOffset), Math.max(d.offset, p.offset)))) return undefined;
  // 贷款余额1.27万亿元，比年初增加1287.7亿元，同比增长20.5%: a difference since the start of the year (or the month
  // before) and a growth on the same period of last year are two changes against two levels, not one
  // (a balance at the year's end is the same against the start of the year and against a year before: 2022年…各项贷款余额
  // 660788万元，同比增长3.1%，比年初增加19731万元)
  const [dAgainst, pAgainst] = [againstWhat(headOf(draft, d)), againstWhat(headOf(draft, p))];
  if (dAgainst && pAgainst && dAgainst !== pAgainst && (dAgainst === 'before' || pAgainst === 'before' || withinTheYear(draft, d))) return undefined;
  if (flowOfTheYearSoFar(draft, d, p, dAgainst, pAgainst)) return undefined;
  if (levelBetween(sentence, diffs, d, p) || changedLevelBetween(draft, sentence, diffs, d, p)) return undefined;
  const first = Math.min(d.offset, p.offset);
  const candidates = sentence.filter(
    (f) => f.offset < first && !f.relational && !diffs.has(f) && !asideOf(f, p) && compatible(f.unit, d.unit) && !rateBase(draft, sentence, f) && !againstPlan(draft, f),
  );
  let level = candidates[candidates.length - 1];
  if (levelPassedOver(draft, sentence, diffs, d, level)) return undefined;
  if (level) {
    const named = levelNamedBy(draft, d, candidates);
    if (named === null) return undefined;
    if (named) level = named;
  }
  // …决算为62.07万元，…，增长168.7%；比2019年决算数减少24.87万元，降低28.6%: a sentence that opens with 比/较 (or
  // 与上年相比) goes on about the subject of the sentence before it, whose one level is the level compared
  if (!level && OPENS_COMPARED.test(textBetween(draft, p.sentence.offset, first))) {
    const earlier = differences(draft, before);
    const levels = before.filter((f) => !f.relational && !earlier.has(f) && !f.bracket && compatible(f.unit, d.unit) && !rateBase(draft, before, f));
    if (levels.length === 1) level = levels[0];
    else if (levels.length > 1) level = levelNamedAmong(draft, d, levels);
  }
  // (与2006年相比，事故起数减少51572起，下降13.6%；死亡人数减少7806人，下降8.7%: a sentence after ； in a period that opens with the
  // comparison goes on comparing the levels of the period before, when the sentences before it in its period are changes only)
  if (!level && p.sentence.offset > p.period && OPENS_COMPARED.test(textBetween(draft, p.period, first))) {
    const earlier = (par.periods.get(p.period) ?? []).filter((f) => f.sentence.offset < p.sentence.offset);
    const changesOnly = earlier.every((f) => f.unit.kind === 'percent' || differences(draft, sentenceOf(par, f)).has(f));
    const previous = changesOnly ? periodBeforeOf(par, p.period) : [];
    const gone = differences(draft, previous);
    const levels = previous.filter((f) => !f.relational && !gone.has(f) && !f.bracket && compatible(f.unit, d.unit) && !rateBase(draft, previous, f));
    level = levels.length === 1 ? levels[0] : levels.length > 1 ? levelNamedAmong(draft, d, levels) : undefined;
  }
  // 公务接待费支出决算为0.30万元。…公务接待费支出决算增加0.01万元，增长3.45%: a difference whose sentence states no
  // level is of the level stated before it under the same name, when that name has one value
  if (!level && !/^[\s，,]*(?:比|[较較])/.test(textBetween(draft, p.sentence.offset, first))) level = namedLevel(par, d);
  if (!level && exact(d) && exact(p)) {
    const two = levelsOfTwoYears(par, d, verb);
    if (two)
      return {
        reading: judge({ op: 'percent', args: [{ figure: d }, { figure: two.previous }] }, { figure: p }, { unit: 'percent', measured: true }),
        level: two.current,
        difference: d,
        previous: two.previous,
      };
  }
  if (!level || !exact(level) || !exact(d) || !exact(p)) return undefined;
  // 医保基金收入：16969万元(其中：财政补助559万元；…其他收入227万元，比上年同期增加3703万元，增长27.9%: a rise larger
  // than the level before it is not that level's (it would have risen from below zero): after a 其中 list it is the
  // change of the whole the list opened with; with no such whole, nothing is read
  const whole = !isFall(verb) && d.normalized! > level.normalized! ? wholeOfTheList(draft, par.periods.get(level.period) ?? [], level, d) : level;
  if (!whole) return undefined;
  // 新增城镇就业110.53万人，…，其中42.95万名城镇失业人员实现再就业，增加2.27万人，增长5.58%: a difference after 其中 is of
  // the part 其中 names, not of a level before it in the sentence
  // (秋糧播種面積33.75萬畝，其中玉米…，秋糧播種面積比去年增加0.03萬畝: a difference whose clause names the level again is
  // its own; 收入78965万元（其中税收收入…），同比增收4128万元: a 其中 in brackets is an aside)
  if (
    whole === level &&
    level.sentence.offset === d.sentence.offset &&
    level.offset < d.offset &&
    /其中/.test(textBetween(draft, level.endOffset, d.offset).replace(/（[^（）]*）|\([^()]*\)/g, '')) &&
    !headOf(draft, d).includes(bareMeasure(level).slice(-4))
  )
    return undefined;
  const ofTheList = whole !== level;
  level = whole;
  // 与2010年的133972万人相比，增加7206万人，增长5.38%: the level compared with is the previous one itself
  // (目前鸡蛋市场价格3.60元/500克，较节前的3.90元下降了0.30元, written 交接前的3.90元: a level of before, …前的, with nothing but
  // the verb between it and the difference, is the level the difference runs from, 较 written or not; not 目前的, 当前的)
  const comparedWith =
    (/[与與同和跟][^，,。；;与與同和跟]*$/.test(textBetween(draft, level.sentence.offset, level.offset)) && /^[^，,。；;]*相比/.test(textBetween(draft, level.endOffset, d.offset))) ||
    (EARLIER_LEVEL.test(textBetween(draft, level.clause.offset, level.offset)) && ONLY_VERB.test(textBetween(draft, level.endOffset, d.offset)));
  const previous: Expr = comparedWith ? { figure: level } : isFall(verb) ? { op: '+', args: [{ figure: level }, { figure: d }] } : { op: '-', args: [{ figure: level }, { figure: d }] };
  // 决算为3.46万元，较上年增加2.4万元，增长0.24%: the level, 较上年 and its difference, then the percentage, one right after
  // the other in one sentence: the words pair them, a far-off percentage is a slip
  const paired =
    level.sentence.offset === p.sentence.offset &&
    d.offset < p.offset &&
    PAIRED_DIFFERENCE.test(textBetween(draft, level.endOffset, d.offset)) &&
    PAIRED_PERCENT.test(textBetween(draft, d.endOffset, p.offset));
  const reading = judge({ op: 'percent', args: [{ figure: d }, previous] }, { figure: p }, { unit: 'percent', measured: true });
  // (the previous level as rounded is tried only when the plain reading does not hold)
  const rounded = comparedWith || reading?.holds ? undefined : roundedPrevious(level, d, isFall(verb));
  const fromRounded =
    rounded &&
    judge(
      { op: 'percent', args: [isFall(verb) ? { op: '-', args: [{ figure: rounded }, { figure: level }] } : { op: '-', args: [{ figure: level }, { figure: rounded }] }, { figure: rounded }] },
      { figure: p },
      { unit: 'percent', measured: true, note: `上年数${rounded.text}由${level.text}与${d.text}推得，按所写位数计` },
    );
  // (when neither holds, the plain reading is the one reported)
  return { reading: fromRounded?.holds ? fromRounded : reading, level, difference: d, paired, ofTheList };
}

/** A difference's own words putting it at current prices: 现价总量比同期增加 (not 按现价计算, which opens a caliber). */
const CURRENT_PRICES = /(?<!按)现价/;

/** The words before a level of an earlier time: 节前的, 调价前的 (not 目前的, 当前的, which are now). */
const EARLIER_LEVEL = /(?<![目当當眼])前的$/;

/**
 * 捐赠收入0.01亿元，比上年减少0.03亿元，下降88.29%: a difference written to the levels' precision is the difference of the
 * two levels as rounded (0.04 − 0.01), so the previous level is known to that precision itself (0.035–0.045), not only
 * to that of the two figures added (0.03–0.05 at worst, though moving with the level), while the percentage was worked
 * out from the levels unrounded: (0.045 − 0.005) ÷ 0.045 = 88.9% ≥ 88.29%. The previous level as such a figure, written
 * like the difference; none when the two are not written alike (unit, 万/亿, decimals) or it would not be above zero.
 * Read for a level of one significant digit only, where the rounding is up to half the level itself.
 */
function roundedPrevious(level: Figure, d: Figure, fall: boolean): Figure | undefined {
  if (!exact(level) || !exact(d) || level.multiplier !== d.multiplier || level.unit.text !== d.unit.text || level.decimals !== d.decimals) return undefined;
  // (a level of more digits, 事业收入13.94亿元，比上年减少0.77亿元，下降5.17%, or even of two, 油料产量1.7万吨，比上年减少
  // 0.1万吨，下降5.6%, is read as before: 5.17% for 5.23% is a slip, and 10.6% for 5.6% too)
  if (Math.round(Math.abs(level.value) * 10 ** level.decimals) >= 10) return undefined;
  const value = fall ? level.value + d.value : level.value - d.value;
  if (value <= 0) return undefined;
  const numeral = d.text.slice(d.numberOffset - d.offset, d.numberEndOffset - d.offset);
  if (!/^[0-9.]+$/.test(numeral)) return undefined;
  const written = value.toFixed(d.decimals);
  return { ...d, value: Number(written), normalized: Number(written) * d.multiplier * d.unit.factor, text: d.text.replace(numeral, written), relational: false };
}

/**
 * The whole a 其中 list opens with, before the list's last part `level` in its period (the list's items may stand
 * between ；): the last figure before the 其中, of the difference's unit and larger than it.
 */
function wholeOfTheList(draft: Draft, period: readonly Figure[], level: Figure, d: Figure): Figure | undefined {
  const head = textBetween(draft, level.period, level.offset);
  const at = head.lastIndexOf('其中');
  if (at < 0) return undefined;
  const before = period.filter((f) => f.offset < level.period + at && !f.relational && !f.bracket && compatible(f.unit, d.unit) && exact(f));
  const whole = before[before.length - 1];
  return whole && whole.normalized! > d.normalized! ? whole : undefined;
}

/** A verb of change ending the words before a figure (增加, 减少了), in group 1. */
const ENDS_IN_CHANGE_VERB = new RegExp(`(${CHANGE_VERB})了?$`);
/** The verb a difference is stated by, at the end of its head: a verb of change, or a bare 增 or 减 that compares. */
function differenceVerb(head: string): string | undefined {
  const bare = COMPARED_BARE_DIFFERENCE.exec(head)?.[1];
  const named = COMPARED_NAMED_DIFFERENCE.exec(head)?.[1];
  const net = NET_HEAD.exec(head)?.[1];
  return ENDS_IN_CHANGE_VERB.exec(head)?.[1] ?? (bare ? (bare === '增' ? '增加' : '减少') : named === '增加' ? '增加' : named ? '减少' : net ? (net === '增' ? '增加' : '减少') : undefined);
}
/** A clause head that is only a net change: 净增, 凈減 (right after a level, netAfterLevel). */
const NET_HEAD = new RegExp(`^${NET}$`);
/** Some verb of change in the words. */
const HAS_CHANGE_VERB = new RegExp(CHANGE_VERB);
/** Between a level and a difference: only a comma and the verb (从N增长到M，增加了…). */
const ONLY_VERB_AFTER_COMMA = new RegExp(`^[，,](?:${CHANGE_VERB})了?$`);
/** Between a level compared with and a difference: 相比, a comma, the verb (post44b: 十年间, the span of the census). */
const VERB_AFTER_COMPARED = new RegExp(`^(?:相比|相较)?[，,]?(?:[一二三四五六七八九十两]{1,3}年间?)?(?:共|累计)?(?:${CHANGE_VERB})了?$`);
/** Nothing but the verb. */
const ONLY_VERB = new RegExp(`^\\s*(?:${CHANGE_VERB})了?\\s*$`);
/** After a bracketed level of the year before: 同比 (or 比上年…) and the verb. */
const VERB_YEAR_ON_YEAR = new RegExp(`^[，,]?(?:同比|比上年|较上年|比去年|较去年)?(?:${CHANGE_VERB})了?$`);
/** After a bracketed norm or period compared with: the verb, 偏多/偏少, a bulletin's 增/减. */
const VERB_AGAINST_NORM = new RegExp(`^(?:偏?(?:${CHANGE_VERB})|增|减)了?$`);

/** Between a level and its difference: 较上年增加, 比2019年决算数减少 (nothing else between them but a clause of a rate: ，完成预算100%). */
const PAIRED_DIFFERENCE = new RegExp(`^(?:[，,][\\u4e00-\\u9fff]{2,8}[0-9.]+[%％])?[，,]\\s*(?:同比|[较較比](?:上年|去年|上年度|[0-9]{4}年度?)(?:决算数?|预算数?|同期)?)(?:${CHANGE_VERB})了?$`);
/** Between a difference and its percentage: ，增长 / ，下降了 (the percentage right after). */
const PAIRED_PERCENT = new RegExp(`^[，,]\\s*(?:${CHANGE_VERB}|增幅|降幅)了?(?:为|达)?$`);

/** The count a difference names before its verb: 死亡人数减少2人, 事故起数增加2起 (not 较上年决算数减少: a comparison). */
const NAMED_COUNT = /[\u4e00-\u9fff]{2}(?:人数|人數|起数|起數|件数|件數|户数|戶數|次数|次數)$/;

/**
 * 死亡51人、受伤14人，与去年同期相比…，死亡人数减少2人，下降3.8%: a difference that names the count it is of (死亡人数) is
 * a difference of the level of that name (死亡51人), not of the last level before it (受伤14人); the level whose name's
 * last two characters its words hold, when one does. When the difference names a count and no level of the sentence
 * is of that name (受伤人数减少1人 after 死亡3人 alone), its level is not stated: null (no reading). Undefined when
 * the difference names nothing (比上年减收0.6亿元): the last level stands.
 */
function levelNamedBy(draft: Draft, d: Figure, candidates: readonly Figure[]): Figure | null | undefined {
  // (from the last mark of punctuation: a gloss's brackets end a clause)
  const before = textBetween(draft, d.sentence.offset, d.offset).replace(/\s/g, '');
  const from = Math.max(...[...'，,；;：:、。'].map((c) => before.lastIndexOf(c)));
  const words = before
    .slice(from + 1)
    .replace(PINYIN_GLOSS, '')
    .replace(new RegExp(`(?:${CHANGE_VERB})了?$`), '');
  const named = candidates.filter((l) => {
    const name = bareMeasure(l);
    return [...name].length >= 2 && words.includes(name.slice(-2));
  });
  const last = candidates[candidates.length - 1]!;
  if (named.includes(last)) return undefined;
  if (named.length === 1) return named[0];
  if (named.length > 1) return null;
  // (a traditional 減少 leaves 減 before the verb 少 read)
  return !/[比较較与與同]/.test(words) && NAMED_COUNT.test(words.replace(/[減増]$/, '')) ? null : undefined;
}

/**
 * 事故949起、死亡1030人、受伤361人，同比分别减少170起、126人、56人，分别下降15.19%、10.9%、13.43%: as many levels,
 * then as many differences listed after one verb, then as many percentages: each percentage is its difference over
 * its previous level (170 ÷ (949 + 170)), paired in order, when each level and its difference are counted alike.
 */
function respectiveDifference(
  par: Paragraph,
  p: Figure,
  group: readonly Figure[],
  verb: string,
  sentence: readonly Figure[],
  diffs: Set<Figure>,
  before: readonly Figure[] = [],
): { reading?: Reading; level: Figure; difference: Figure; paired?: boolean } | undefined {
  const first = group[0]!;
  let ds = sentence.filter((f) => diffs.has(f) && !asideOf(f, p) && f.offset < first.offset);
  // 139起，死亡67人，同比少108起，少81人，分别下降43.72%和54.73%，环比少156起，少104人，分别下降52.88%和60.82%: a second
  // run of differences and percentages after a first is against another period, of the same levels
  const earlierRun = ds.length > group.length ? ds[ds.length - group.length - 1]! : undefined;
  if (earlierRun) {
    const run = ds.slice(-group.length);
    const between = sentence.filter((f) => f.offset > earlierRun.offset && f.offset < run[0]!.offset);
    const earlierPercents = between.filter((f) => f.unit.kind === 'percent');
    if (earlierPercents.length !== group.length || between.length !== earlierPercents.length) return undefined;
    ds = run;
  }
  if (ds.length !== group.length || ds.length < 2) return undefined;
  const dVerb = differenceVerb(headOf(par.draft, ds[0]!));
  if (!dVerb || isFall(dVerb) !== isFall(verb)) return undefined;
  const isLevel = (f: Figure): boolean => !diffs.has(f) && !asideOf(f, p) && !f.relational && f.unit.kind !== 'percent' && f.unit.kind !== 'points';
  let all = sentence.filter((f) => f.offset < ds[0]!.offset && isLevel(f));
  // 事故3120起，死亡150人，受伤807人。同比，死亡减少33人，受伤减少118人，分别下降18%、12.8%: a sentence that opens with
  // 同比 (比, 较, 与…相比) and states no level compares the levels of the sentence before it
  if (all.length === 0 && OPENS_COMPARED.test(textBetween(par.draft, p.sentence.offset, ds[0]!.offset))) {
    const earlier = differences(par.draft, before);
    all = before.filter((f) => isLevel(f) && !earlier.has(f));
  }
  const levels = all.slice(-group.length);
  const i = group.indexOf(p);
  const d = ds[i]!;
  let level: Figure | undefined;
  if (levels.length === group.length && levels.every((l, j) => compatible(l.unit, ds[j]!.unit) && exact(l) && exact(ds[j]!))) {
    // the levels are one run, nothing between them and the differences but words (or an earlier run of differences and
    // their percentages)
    const upTo = earlierRun ? sentence.find((f) => diffs.has(f) && f.offset > levels[levels.length - 1]!.offset)!.offset : ds[0]!.offset;
    if (sentence.some((f) => f.offset > levels[0]!.offset && f.offset < upTo && !levels.includes(f))) return undefined;
    level = levels[i];
  } else level = namedLevelOf(d, all, ds);
  if (!level || !exact(p) || !exact(level) || !exact(d)) return undefined;
  const previous: Expr = isFall(verb) ? { op: '+', args: [{ figure: level }, { figure: d }] } : { op: '-', args: [{ figure: level }, { figure: d }] };
  return { reading: judge({ op: 'percent', args: [{ figure: d }, previous] }, { figure: p }, { unit: 'percent', measured: true }), level, difference: d };
}

/**
 * 全国共发生道路交通事故327209起，造成81649人死亡、380442人受伤…。与2006年相比，…死亡人数减少7806人，下降8.7%: among several
 * levels of the difference's unit in the sentence before, the one the difference's name names: by its own name's last two
 * characters, or the two words right after it (人死亡), glosses in brackets left out. A bar (一次死亡10人以上) is no level;
 * none when two or none are so named.
 */
function levelNamedAmong(draft: Draft, d: Figure, levels: readonly Figure[]): Figure | undefined {
  const name = simplified(d.measure.replace(PINYIN_GLOSS, ''));
  const named = levels.filter((l) => {
    if (!exact(l) || l.approximate) return false;
    const after = /^[\u4e00-\u9fff]{2}/.exec(simplified(draft.prose.slice(l.endOffset, l.endOffset + 12).replace(PINYIN_GLOSS, '')))?.[0];
    return endNamedIn(name, simplified(bareMeasure(l).replace(PINYIN_GLOSS, ''))) || (after !== undefined && name.includes(after));
  });
  if (named.length === 1) return named[0];
  // (我省共发生各类地质灾害176起…；各地成功避让地质灾害15起 … 与去年同期相比，今年我省地质灾害起数减少1503起: of two levels named
  // alike (…地质灾害), the one whose name shares the most pairs of characters with the difference's (我省, 地质, 灾害 of 我省地质灾害
  // 起数), when one shares more than any other)
  const shared = named.map((l) => pairsShared(name, simplified(bareMeasure(l).replace(PINYIN_GLOSS, ''))));
  const most = Math.max(...shared);
  return named.length > 1 && shared.filter((n) => n === most).length === 1 ? named[shared.indexOf(most)] : undefined;
}

/** How many pairs of characters of `b` stand in `a`. */
function pairsShared(a: string, b: string): number {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < b.length; i++) pairs.add(b.slice(i, i + 2));
  let n = 0;
  for (const pair of pairs) if (a.includes(pair)) n++;
  return n;
}

/**
 * 发生事故42起、死亡45人，受伤15人，与去年同期相比事故起数减少3起，死亡人数减少6人，分别下降6.7%、11.8%: when the
 * differences do not pair with the last levels in order, a difference is of the level its own name names (死亡人数 of
 * 死亡45人: the level's name ends with two characters the difference's name holds), the one level counted alike whose
 * name it holds; or, when the difference is the only one of its unit, the only level of that unit.
 */
function namedLevelOf(d: Figure, levels: readonly Figure[], ds: readonly Figure[]): Figure | undefined {
  const alike = levels.filter((l) => compatible(l.unit, d.unit));
  const named = alike.filter((l) => endNamedIn(d.measure, bareMeasure(l)));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  const sameUnit = (f: Figure): boolean => f.unit.kind === d.unit.kind && f.unit.base === d.unit.base;
  return alike.length === 1 && sameUnit(alike[0]!) && ds.filter(sameUnit).length === 1 ? alike[0] : undefined;
}

/** Whether a difference's name holds the last two characters of a level's name (死亡人数 holds 死亡 of 死亡45人). */
function endNamedIn(name: string, level: string): boolean {
  return [...level].length >= 2 && name.includes(level.slice(-2));
}

/** 剔除…后, 扣除…因素后: the change is of a level adjusted from the one stated (or that one is not this one). */
const ADJUSTED = /(?:剔除|扣除|排除|除去|刨除|去除)[^，,。；;]{1,30}?后/;
/**
 * 若剔除…对收入的影响，按同口径计算增长53.5%: without 后 the adjustment speaks for the change right after it, with no
 * figure between (扣除价格因素实际增长4.1%，比2015年增加9301元，增长54.0%: the 54.0% is not adjusted). (按同口径 alone
 * is not an adjustment: 决算支出数为1165.08万元，按同口径同比减少63.96万元 compares the level stated.)
 */
const ADJUSTED_FOR = /(?:剔除|扣除|排除|除去|刨除|去除)[^，,。；;]{1,30}?(?:影响|因素)/g;
/** 年平均减少0.47%, 年均增长5.2%: an average rate per year, not the change over the whole period. */
const PER_YEAR = new RegExp(`(?:年平均|年均|平均每年|每年平均)(?:分别)?(?:${CHANGE_VERB})了?$`);

export function changes(par: Paragraph, kinds: Map<Figure, PercentKind>): Relation[] {
  const out: Relation[] = [];
  const checkedDifferences = new Set<Figure>();
  // 较2024年的2190万元减少221万元，下降10.1%: a difference stated beside the two levels is their difference
  const checkDifference = (current: Figure, previous: Figure): void => {
    const sentence = sentenceOf(par, current);
    const diffs = differences(par.draft, sentence);
    const d = sentence.filter((f) => diffs.has(f) && !f.bracket && compatible(f.unit, current.unit));
    if (d.length !== 1 || checkedDifferences.has(d[0]!) || !exact(d[0]!) || !exact(current) || !exact(previous)) return;
    const dVerb = differenceVerb(headOf(par.draft, d[0]!));
    if (!dVerb) return;
    checkedDifferences.add(d[0]!);
    const diff: Expr = isFall(dVerb) ? { op: '-', args: [{ figure: previous }, { figure: current }] } : { op: '-', args: [{ figure: current }, { figure: previous }] };
    const r = relation(
      'change',
      d[0]!,
      [
        [d[0]!, 'difference'],
        [current, 'current'],
        [previous, 'previous'],
      ],
      [judge(diff, { figure: d[0]! }, { unit: 'amount' })],
      { word: dVerb },
    );
    if (r) out.push(r);
  };
  for (const [p, k] of kinds) {
    if (k.kind !== 'change') continue;
    // 减少35892人，减少4.61%，年平均减少0.47%: a rate per year is not the whole period's change of the levels
    if (PER_YEAR.test(headOf(par.draft, k.group?.[0] ?? p))) continue;
    const sentence = sentenceOf(par, p);
    // 受理诉求716535件，剔除疫情相关诉求后，与去年同期777733件相比，下降8.32%: the level compared is an adjusted one,
    // not the one stated before 剔除…后 (one stated after it is adjusted itself)
    const adjusted = ADJUSTED.exec(textBetween(par.draft, p.sentence.offset, p.offset));
    if (adjusted && sentence.some((f) => f.offset < p.sentence.offset + adjusted.index && f.unit.kind !== 'percent')) continue;
    const adjustedFor = [...textBetween(par.draft, p.sentence.offset, p.offset).matchAll(ADJUSTED_FOR)].pop();
    if (adjustedFor) {
      const at = p.sentence.offset + adjustedFor.index;
      const end = at + adjustedFor[0].length;
      if (!sentence.some((f) => f.offset >= end && f.offset < p.offset) && sentence.some((f) => f.offset < at && f.unit.kind !== 'percent')) continue;
    }
    const diffs = differences(par.draft, sentence);
    const inSentence = sentence.filter((f) => f.offset < p.offset && f.unit.kind !== 'percent' && !isRank(par.draft, f));
    // a figure in brackets is an aside (不含上年旧存28 802件), neither level of the change
    const levels = inSentence.filter((f) => !diffs.has(f) && !f.bracket);
    let pair = k.group
      ? respectivePair(par.draft, k.group, k.group.indexOf(p), levels, par.reportYear)
      : (fromToPair(par.draft, p, levels) ??
        singlePair(
          par.draft,
          p,
          levels,
          sentence.filter((f) => !diffs.has(f) && !isRank(par.draft, f)),
          par.reportYear,
        ) ??
        bracketPair(par, p, sentence) ??
        previousAfter(par, p, sentence));
    if (!pair) {
      // the sentence before in the period (up to 。), for a sentence that goes on about its subject
      // (or, for a sentence that opens its period, the period before it in the paragraph)
      const at = lastSentenceBefore(par, p);
      const inParagraph = at >= 0 ? (par.periods.get(p.period) ?? []).filter((f) => f.sentence.endOffset <= p.sentence.offset && f.sentence.offset === at) : periodBefore(par, p);
      // (…我省共发生各类地质灾害176起，直接经济损失3738万元；…。⏎与去年同期相比，今年我省地质灾害起数减少1503起，减幅为97.98%: a
      // paragraph opening with the comparison compares the levels of the last period of the paragraph before)
      const before = inParagraph.length === 0 && at < 0 ? lastPeriodOfTheParagraphBefore(par, p) : inParagraph;
      const byDifference = k.group ? respectiveDifference(par, p, k.group, k.verb, sentence, diffs, before) : differenceReading(par, p, k.verb, sentence, diffs, before);
      if (byDifference) {
        const r = relation(
          'change',
          p,
          [
            [p, 'percent'],
            [byDifference.level, 'current'],
            [byDifference.difference, 'difference'],
            ...('previous' in byDifference && byDifference.previous ? [[byDifference.previous, 'previous'] as [Figure, Role]] : []),
          ],
          [byDifference.reading],
          { word: k.verb, paired: byDifference.paired },
        );
        if (r) out.push(r);
        // 为1969万元，较2024年的2190万元减少221万元: the level before 较 is the previous one the difference is from
        // (群体访42宗933人次（其中，群体重访17宗302人次，同比减少16宗200人次），同比减少23宗: a difference of a part, in
        // brackets, is no previous level)
        const earlier = sentence.filter(
          (f) =>
            f.relational &&
            !diffs.has(f) &&
            !f.bracket &&
            f.offset > byDifference.level.offset &&
            f.offset < byDifference.difference.offset &&
            compatible(f.unit, byDifference.level.unit) &&
            /[较較比]/.test(headOf(par.draft, f)),
        );
        // (not for the whole of a 其中 list: the figures compared between it and the difference are its parts')
        if (earlier.length === 1 && !('ofTheList' in byDifference && byDifference.ofTheList)) checkDifference(byDifference.level, earlier[0]!);
        continue;
      }
      // 2020年度共受理群众信访举报439件…。2021年度共受理群众信访举报239件，同比减少34.16%: the level of the same name in the
      // sentence of the year before
      pair = yearBeforePair(par, p, sentence) ?? namedYearPair(par, p);
      if (!pair) continue;
    }
    const { current, previous } = pair;
    if (!exact(p) || !exact(current) || !exact(previous) || previous.normalized === 0) continue;
    const r = percentChange(p, pair, k.verb, { word: k.verb });
    if (r) out.push(r);
    checkDifference(current, previous);
  }
  out.push(
    ...comparedDifferences(par, checkedDifferences),
    ...namedYearDifferences(par, checkedDifferences),
    ...adjustedDifferences(par, checkedDifferences),
    ...adjustedBudgets(par, checkedDifferences),
    ...overruns(par, checkedDifferences),
    ...concludedDifferences(par, checkedDifferences),
  );
  out.push(...points(par), ...times(par), ...naturalGrowth(par), ...naturalCounts(par), ...naturalChanges(par), ...pulls(par));
  const read = new Set(out.map((r) => r.anchor));
  out.push(...pointsWrittenAsPercent(par).filter((r) => !read.has(r.anchor)));
  // 拨款三年分别为8820万元、9137万元、10199万元，…分别比上年增长3%、4%、8%: each year's growth of the year before
  out.push(...yearlySeriesChanges(par));
  // 比2025年预算执行数减少96.46%: a budget item against the base the comparison names (budgetItemChanges.ts)
  out.push(...namedBaseChanges(par).filter((r) => !out.some((o) => o.anchor === r.anchor)));
  return out;
}

/** The words before a level compared with (in its clause): 比上年同期, 较去年的, 比2010年第六次全国人口普查的 (not 比重, 比例). */
function comparing(head: string): string | undefined {
  // (from the first such word after the last mark of punctuation: a scan, not a pattern anchored at the end)
  const from = Math.max(...[...'，,；;。'].map((c) => head.lastIndexOf(c))) + 1;
  for (let i = from; i < head.length; i++) if (/[比较較]/.test(head[i]!) && !/[重例率值]/.test(head[i + 1] ?? '')) return head.slice(i);
  return undefined;
}
/** 与2010年…的477773人相比: a level compared with by 与 (同, 跟, 和), when 相比 follows it. */
const COMPARED_WITH = /[与與同跟和][^，,；;。与與同跟和]*$/;

/**
 * 反映县处级干部82件，比上年同期83件少1件 / 收购任务较去年的27600担增加1400担 / 全县常住人口与2010年…的477773人相比，
 * 增加4129人: a level, the level it is compared with, and the difference right after it: the difference is the one
 * less the other. The compared level is the figure right before the difference (only its verb between them, or
 * 相比 and the verb); the level is the last one before it in the sentence counted alike (or the one the words before
 * 比 name), when no other level of that kind stands between them. With no percentage stated, the difference is the
 * only thing to check; with one, the difference is checked as well as the percentage. (从113.26万人增长到115.91万人，
 * 增加了2.65万人: a difference right after a pair from 从/由 to 到 is theirs.)
 */
function comparedDifferences(par: Paragraph, checked: Set<Figure>): Relation[] {
  const out: Relation[] = [];
  const draft = par.draft;
  for (const sentence of par.sentences.values()) {
    const diffs = differences(draft, sentence);
    for (const d of diffs) {
      if (checked.has(d) || !exact(d)) continue;
      const verb = differenceVerb(headOf(draft, d));
      const pair = verb ? differencePair(par, sentence, diffs, d) : undefined;
      if (!verb || !pair) continue;
      const r = differenceRelation('change', d, pair.current, pair.previous, isFall(verb), verb);
      if (r) {
        checked.add(d);
        out.push(r);
      }
    }
  }
  return out;
}

/** Between the figure adjusted to and its difference: a comma and the verb, 调增, 调减 or a verb of change. */
const ADJUSTED_BY = new RegExp(`^[，,](${[...ADJUSTED_UP, ...ADJUSTED_DOWN].join('|')}|${CHANGE_VERB})了?$`);
/** Between the figure adjusted from and the one it is adjusted to: 调整为 (調整為, 调整到) and nothing else. */
const ONLY_CHANGED_TO = new RegExp(`^${CHANGED_TO}$`);
/** 由 or 从 in a clause's head (which holds no mark ending a clause): the figure after it is the one adjusted from. */
const FROM_HEAD = /[由从]/;

/** Whether two figures are one measure adjusted, from the first to the second: 由年初预算79552.91万元调整为82513.70万元. */
function adjustment(draft: Draft, from: Figure, to: Figure): boolean {
  const amount = (f: Figure): boolean => f.unit.kind !== 'percent' && f.unit.kind !== 'points' && !f.bracket && !f.range && exact(f);
  return (
    amount(from) &&
    amount(to) &&
    from.clause.offset === to.clause.offset &&
    compatible(from.unit, to.unit) &&
    FROM_HEAD.test(headOf(draft, from)) &&
    ONLY_CHANGED_TO.test(textBetween(draft, from.endOffset, to.offset).replace(/\s/g, ''))
  );
}

/**
 * 一般公共预算收入由年初预算12981.26万元调整为13250.10万元，调增268.84万元: a budget adjustment states the figure it
 * adjusts from, the one it adjusts to and the difference right after them (only a comma and its verb between): the
 * difference is the one less the other, by the verb's direction. (A structure 由…调整为… is of percentages and
 * points, never amounts, and is read elsewhere.)
 */
function adjustedDifferences(par: Paragraph, checked: Set<Figure>): Relation[] {
  const out: Relation[] = [];
  const draft = par.draft;
  for (const sentence of par.sentences.values()) {
    for (let i = 2; i < sentence.length; i++) {
      const [from, to, d] = [sentence[i - 2]!, sentence[i - 1]!, sentence[i]!];
      if (checked.has(d) || d.bracket || !exact(d) || !compatible(d.unit, to.unit)) continue;
      const verb = ADJUSTED_BY.exec(textBetween(draft, to.endOffset, d.offset).replace(/\s/g, ''))?.[1];
      if (!verb || !adjustment(draft, from, to)) continue;
      const fall = isFall(verb) || (ADJUSTED_DOWN as readonly string[]).includes(verb);
      const r = differenceRelation('change', d, to, from, fall, verb);
      if (r) {
        checked.add(d);
        out.push(r);
      }
    }
  }
  return out;
}

/** The clause of a budget's adjustment, after the budget: …，市级收入预算调减 (调增). */
const BUDGET_ADJUSTED_BY = /预算(?:数)?(调增|调减|調增|調減)$/;
/** The clause of the budget after it: ，调整后全市收入预算为. */
const BUDGET_AFTER_ADJUSTMENT = /^[，,]调整后[\u4e00-\u9fff]{0,12}预算(?:数)?(?:为|是)?$/;

/**
 * 各级人代会批准的2019年全市一般公共收入预算合计140.4亿元，执行中经…批准，市级收入预算调减8365万元，调整后全市收入预算为
 * 139.5亿元: a budget named so (收入预算, 支出预算), its adjustment by 调增 or 调减 in the clause right after, and the budget
 * after the adjustment right after that, three figures one after the other in one sentence: the adjustment is the one
 * budget less the other.
 */
function adjustedBudgets(par: Paragraph, checked: Set<Figure>): Relation[] {
  const out: Relation[] = [];
  const draft = par.draft;
  if (!proseOf(par).includes('调整后')) return out;
  for (const sentence of par.sentences.values()) {
    for (let i = 2; i < sentence.length; i++) {
      const [from, d, to] = [sentence[i - 2]!, sentence[i - 1]!, sentence[i]!];
      if (checked.has(d) || [from, d, to].some((f) => f.bracket || (f !== d && f.relational) || !exact(f) || f.unit.kind !== 'money')) continue;
      if (!BUDGET_NAMED.test(simplified(from.measure))) continue;
      const verb = BUDGET_ADJUSTED_BY.exec(simplified(headOf(draft, d)))?.[1];
      if (!verb || !BUDGET_AFTER_ADJUSTMENT.test(textBetween(draft, d.endOffset, to.offset).replace(/\s/g, ''))) continue;
      const r = differenceRelation('change', d, to, from, (ADJUSTED_DOWN as readonly string[]).includes(verb), verb);
      if (r) {
        checked.add(d);
        out.push(r);
      }
    }
  }
  return out;
}

/** Whether `f` stands alone in its clause, right after a comma, its clause naming it by `words`. */
function aloneNamedBy(draft: Draft, before: Figure, f: Figure, words: RegExp): boolean {
  const between = textBetween(draft, before.endOffset, f.offset).replace(/\s/g, '');
  return /^[，,][^，,；;。：:（）()]+$/.test(between) && words.test(between);
}

/**
 * 实际可用资金为10736.44万元，已使用资金17384.56万元，超录6642.26万元: an amount over (超录, 超支, 超出) written in the clause right
 * after an amount used, itself right after an amount there was to use, each alone in its clause, is the one less the
 * other. Only when the amount used is the larger (a plain overrun, nothing carried or netted).
 */
function overruns(par: Paragraph, checked: Set<Figure>): Relation[] {
  const out: Relation[] = [];
  const draft = par.draft;
  for (const sentence of par.sentences.values()) {
    for (let i = 2; i < sentence.length; i++) {
      const [available, used, over] = [sentence[i - 2]!, sentence[i - 1]!, sentence[i]!];
      if (checked.has(over) || [available, used, over].some((f) => f.bracket || f.range || !exact(f) || f.unit.kind === 'percent' || f.unit.kind === 'points')) continue;
      if (!compatible(over.unit, used.unit) || !compatible(used.unit, available.unit) || used.normalized! <= available.normalized!) continue;
      const verb = OVERRUN.exec(textBetween(draft, used.endOffset, over.offset).replace(/\s/g, ''))?.[1];
      if (!verb) continue;
      if (!aloneNamedBy(draft, available, used, AMOUNT_USED) || !AMOUNT_AVAILABLE.test(headOf(draft, available)) || AMOUNT_USED.test(headOf(draft, available))) continue;
      const r = differenceRelation('change', over, used, available, false, verb);
      if (r) {
        checked.add(over);
        out.push(r);
      }
    }
  }
  return out;
}

/** A sentence concluding a difference from levels stated before it: 因此，河南省有线电视实际用户2023年比2022年减少了. */
const CONCLUDED = /^因此[，,]?(.+)$/;
/** The years a concluded difference is between: 2023年比2022年 (group 1 and 2), or one year and 同比 (group 3). */
const YEARS_COMPARED = /(\d{4})年(?:末|底)?比(\d{4})年|(\d{4})年(?:末|底)?.*(?:同比|比上年|较上年)/;
/** Words around a measure's name that say which year or whose it is, not what it is: 2022年, 该年, 其, 同比. */
const NOT_THE_NAME = /\d{4}年(?:末|底)?|该年|同比|比上年|较上年|^其|比$|较$/g;

/** The name a measure's words leave without a year, 该年, 其 or the words of a comparison. */
function nameLeft(words: string): string {
  return words.replace(NOT_THE_NAME, '').replace(NOT_THE_NAME, '');
}

/**
 * 2023年河南省有线电视实际用户615.86万户。…另据2022年…公报数据，该年有线电视实际用户633.18万户。…因此，河南省有线电视实际用户
 * 2023年比2022年减少了17.32万户: a sentence opening with 因此 that states a difference of a measure between two years
 * concludes it from the levels stated before it, in its paragraph or the ones just before: the one level of the earlier
 * year (its scope names it), less or more the one level of the later year or of no year named, by the verb. Read only
 * when the measure's name (without years, 该年, 其) is the end of the levels' names or theirs of it, and the levels of
 * each year have one value; the verb is what the check holds the levels to (a 同比减少 where they rose is reported).
 */
function concludedDifferences(par: Paragraph, checked: Set<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const d of par.figures) {
    // (d itself is relational, a difference: only its unit is that of a level)
    if (checked.has(d) || !d.relational || ['percent', 'permille', 'times', 'points'].includes(d.unit.kind) || d.bracket || !exact(d) || !known(d)) continue;
    // (the sentence's opening first: its words up to d are taken only where it opens with 因此, so a long sentence costs nothing)
    if (!textBetween(par.draft, d.sentence.offset, Math.min(d.offset, d.sentence.offset + 4)).includes('因此')) continue;
    const words = CONCLUDED.exec(textBetween(par.draft, d.sentence.offset, d.offset).replace(/\s/g, ''))?.[1];
    const change = words ? ENDS_IN_CHANGE_VERB.exec(words) : null;
    const verb = change?.[1];
    const years = words ? YEARS_COMPARED.exec(words) : null;
    if (!words || !change || !verb || !years) continue;
    const later = Number(years[1] ?? years[3]);
    const earlier = years[2] !== undefined ? Number(years[2]) : later - 1;
    const name = nameLeft(words.slice(0, words.length - change[0].length));
    const named = (f: Figure): boolean => {
      const own = nameLeft(f.measure);
      const [short, long] = own.length < name.length ? [own, name] : [name, own];
      return short.length >= 4 && long.endsWith(short);
    };
    const levels = figuresBefore(par, d.offset).filter((f) => level(f) && !f.bracket && exact(f) && known(f) && compatible(f.unit, d.unit) && named(f));
    const previous = uniqueValue(levels.filter((f) => yearOf(f) === earlier));
    const current = uniqueValue(levels.filter((f) => yearOf(f) === later || yearOf(f) === undefined));
    if (!previous || !current || previous.normalized === current.normalized || levels.some((f) => ![earlier, later, undefined].includes(yearOf(f)))) continue;
    const r = differenceRelation('change', d, current, previous, isFall(verb), verb);
    if (r) {
      checked.add(d);
      out.push(r);
    }
  }
  return out;
}

/**
 * A difference d between two levels: the current less the previous, or the previous less the current after a verb of
 * fall; in an amount's unit, or in points (levels read as negative when they were stated as falls: growthsCompared).
 */
function differenceRelation(kind: 'change' | 'points', d: Figure, current: Figure, previous: Figure, fall: boolean, word: string, negative?: ReadonlySet<Figure>): Relation | undefined {
  const [now, then]: [Expr, Expr] = [
    { figure: current, negative: negative?.has(current) },
    { figure: previous, negative: negative?.has(previous) },
  ];
  const left: Expr = fall ? { op: '-', args: [then, now] } : { op: '-', args: [now, then] };
  return relation(
    kind,
    d,
    [
      [d, 'difference'],
      [current, 'current'],
      [previous, 'previous'],
    ],
    [judge(left, { figure: d }, { unit: kind === 'points' ? 'points' : 'amount' })],
    { word },
  );
}

/** The level and the level compared with that a difference d is between (comparedDifferences). */
function differencePair(par: Paragraph, sentence: readonly Figure[], diffs: Set<Figure>, d: Figure): Pair | undefined {
  const draft = par.draft;
  const at = sentence.indexOf(d);
  const q = sentence[at - 1];
  if (!q || diffs.has(q) || !exact(q) || q.unit.kind === 'percent' || !compatible(q.unit, d.unit)) return undefined;
  if ((q.bracket?.offset ?? -1) !== (d.bracket?.offset ?? -1)) return undefined;
  // (30.83元/公斤增加1.68元/公斤: a unit per something after both figures)
  const per = /^\/[\u4e00-\u9fff]{1,2}/.exec(textBetween(draft, q.endOffset, d.offset))?.[0];
  const perBoth = per !== undefined && textBetween(draft, d.endOffset, d.endOffset + per.length) === per;
  const between = textBetween(draft, q.endOffset + (perBoth ? per.length : 0), d.offset).replace(/\s/g, '');
  const level = (f: Figure): boolean => !f.relational && !diffs.has(f) && (f.bracket?.offset ?? -1) === (q.bracket?.offset ?? -1) && f.unit.kind !== 'percent' && f.unit.kind !== 'points';
  // 从113.26万人增长到115.91万人，增加了2.65万人
  const fromTo = fromToPair(
    draft,
    d,
    sentence.slice(0, at).filter((f) => level(f) || f === q),
  );
  if (fromTo && fromTo.current === q && (ONLY_VERB_AFTER_COMMA.test(between) || NET_AFTER_COMMA.test(between))) return exact(fromTo.previous) ? fromTo : undefined;
  const head = textBetween(draft, q.clause.offset, q.offset).replace(/\s/g, '');
  const word = comparing(head) ?? (/^(?:相比|相较)/.test(between) ? COMPARED_WITH.exec(head)?.[0] : undefined);
  if (!word || !VERB_AFTER_COMPARED.test(between)) return undefined;
  // (比上年增加3万元 before the level: a difference, not a level compared with)
  if (HAS_CHANGE_VERB.test(word.slice(1))) return undefined;
  const candidates = sentence.slice(0, at - 1).filter((f) => level(f) && compatible(f.unit, q.unit) && !rateBase(draft, sentence, f) && !againstPlan(draft, f));
  // 信访总量较上年的312件少: the words before 较 name the level
  const subject = head.slice(0, head.length - word.length);
  const current = (subject.length >= 2 ? [...candidates].reverse().find((f) => sameThing(subject, f)) : undefined) ?? candidates[candidates.length - 1];
  if (!current || !exact(current) || (isPast(current, par.reportYear) && !lastYearAgainstTheYearBefore(current, word))) return undefined;
  if (perBoth && textBetween(draft, current.endOffset, current.endOffset + per.length) !== per) return undefined;
  // nothing else counted alike between the level and the one compared with
  if (sentence.some((f) => f.offset > current.offset && f.offset < q.offset && level(f) && compatible(f.unit, q.unit))) return undefined;
  return { current, previous: q };
}

/**
 * 去年共接受信訪舉報430件，比上年同期298件上升了132件 (a review written early in the next year): a level stated under 去年
 * and compared right away with 上年 (its year before) is the year the draft reports, not the earlier level of a comparison.
 */
function lastYearAgainstTheYearBefore(current: Figure, word: string): boolean {
  return current.scope === '去年' && /^[比较較](?:上年|上一年)/.test(word);
}

const RATE_VERB = '(?:为|為|是|达|達)?';
const NATURAL_GROWTH = new RegExp(`自然增[长長]率${RATE_VERB}$`);
const BIRTH_RATE = new RegExp(`出生率${RATE_VERB}$`);
const DEATH_RATE = new RegExp(`死亡率${RATE_VERB}$`);
/** The words before a rate from its sentence's start, readings in pinyin left out (人口自然增長（zhǎng）率為). */
const rateHead = (par: Paragraph, f: Figure): string => textBetween(par.draft, f.sentence.offset, f.offset).replace(/\s/g, '').replace(PINYIN_GLOSS, '');

/**
 * 出生率为5.3‰；死亡率为6.5‰；人口自然增长率为-1.2‰: the natural growth rate is by definition the birth rate less the
 * death rate, when each of them is stated once in its period (up to 。) before it, or failing both, after it.
 * (出生率13.51‰。其中，男性8470人…；死亡人口7256人，死亡率6.09‰；人口自然增长率7.42‰: a rate missing from its period
 * may stand in an earlier period of the paragraph, after any earlier natural growth rate, each once.)
 */
function naturalGrowth(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  let since = -1;
  for (const g of par.figures) {
    if (g.unit.kind !== 'permille' || !exact(g) || !NATURAL_GROWTH.test(rateHead(par, g))) continue;
    const from = since;
    since = g.offset;
    const inPeriod = (par.periods.get(g.period) ?? []).filter((f) => f !== g && f.unit.kind === 'permille' && exact(f));
    let births = inPeriod.filter((f) => f.offset < g.offset && BIRTH_RATE.test(rateHead(par, f)));
    let deaths = inPeriod.filter((f) => f.offset < g.offset && DEATH_RATE.test(rateHead(par, f)));
    // 自然增长率为0.5‰，出生率为9.1‰，死亡率为8.6‰: the two rates may follow it in its period
    if (births.length === 0 && deaths.length === 0) {
      births = inPeriod.filter((f) => BIRTH_RATE.test(rateHead(par, f)));
      deaths = inPeriod.filter((f) => DEATH_RATE.test(rateHead(par, f)));
    }
    if (births.length <= 1 && deaths.length <= 1 && births.length + deaths.length < 2) {
      const earlier = par.figures.filter((f) => f.offset > from && f.offset < g.offset && f.unit.kind === 'permille' && exact(f));
      births = earlier.filter((f) => BIRTH_RATE.test(rateHead(par, f)));
      deaths = earlier.filter((f) => DEATH_RATE.test(rateHead(par, f)));
    }
    if (births.length !== 1 || deaths.length !== 1) continue;
    const birth = births[0]!;
    const death = deaths[0]!;
    const r = relation(
      'points',
      g,
      [
        [g, 'difference'],
        [birth, 'current'],
        [death, 'previous'],
      ],
      [judge({ op: '-', args: [{ figure: birth }, { figure: death }] }, { figure: g }, { unit: 'amount', decimals: g.decimals + 1 })],
      { word: '自然增长率' },
    );
    if (r) out.push(r);
  }
  return out;
}

const NATURAL_COUNT = new RegExp(`自然(增[长長]|增加|减少|減少)(?:人口|人数|人數)?${RATE_VERB}(负|負)?$`);
const BIRTHS = new RegExp(`出生(?:人口|人数|人數)${RATE_VERB}$`);
const DEATHS = new RegExp(`死亡(?:人口|人数|人數)${RATE_VERB}$`);

/**
 * 全年出生人口2457人，…死亡人口3857人，…全年人口自然减少1400人: the natural growth (or decrease) of a population is its
 * births less its deaths, by definition, when the births and the deaths are each stated once in the paragraph before it
 * (after any earlier natural growth).
 */
function naturalCounts(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  let since = -1;
  for (const n of par.figures) {
    // (自然减少1400人 reads as a change: it is one, of the population, by its births less its deaths)
    if (n.unit.kind !== 'count' || !exact(n)) continue;
    const head = NATURAL_COUNT.exec(rateHead(par, n));
    if (!head) continue;
    const from = since;
    since = n.offset;
    const earlier = par.figures.filter((f) => f.offset > from && f.offset < n.offset && !f.relational && exact(f) && compatible(f.unit, n.unit));
    const births = earlier.filter((f) => BIRTHS.test(rateHead(par, f)));
    const deaths = earlier.filter((f) => DEATHS.test(rateHead(par, f)));
    if (births.length !== 1 || deaths.length !== 1) continue;
    const [birth, death] = [births[0]!, deaths[0]!];
    const decrease = /减少|減少/.test(head[1]!) || head[2] !== undefined;
    const left: Expr = decrease ? { op: '-', args: [{ figure: death }, { figure: birth }] } : { op: '-', args: [{ figure: birth }, { figure: death }] };
    const r = relation(
      'sum',
      n,
      [
        [n, 'total'],
        [birth, 'part'],
        [death, 'part'],
      ],
      [judge(left, { figure: n }, { unit: 'amount' })],
      { marker: decrease ? '自然减少' : '自然增长' },
    );
    if (r) out.push(r);
  }
  return out;
}

/** A change of a rate per thousand in 千分点: 比上年下降0.75个千分点 (read as a count of 个 whose measure is 千分点). */
const PERMILLE_POINTS = /^千分[点點]$/;
const RATE_NAMES = /出生率|死亡率|自然增[长長](?:[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[）)])?率/g;
// (its own list, not CHANGE_VERB: 降幅比上年扩大1.16个千分点 widens a fall, and 扩大 would read it as a rise)
const CHANGE_END = /(上升|提高|增加|增长|回升|下降|降低|减少|回落)了?$/;

/**
 * 人口出生率11.69‰，比上年下降0.75个千分点；人口死亡率4.47‰，比上年下降0.33个千分点；人口自然增长率7.22‰，比上年下降0.42个
 * 千分点: the natural growth rate being the birth rate less the death rate, its change is the change of the one less the
 * change of the other. Each change belongs to the rate named last before it in its period; the birth and death rates'
 * changes are each stated once in the paragraph before the natural growth rate's (after any earlier one).
 */
function naturalChanges(par: Paragraph): Relation[] {
  const changes: Array<{ f: Figure; rate: string; fall: boolean }> = [];
  for (const f of par.figures) {
    if (f.unit.kind !== 'count' || !PERMILLE_POINTS.test(f.measure) || !exact(f)) continue;
    const verb = CHANGE_END.exec(textBetween(par.draft, f.clause.offset, f.offset).replace(/\s/g, '').replace(PINYIN_GLOSS, ''));
    if (!verb) continue;
    const before = textBetween(par.draft, f.period, f.offset);
    const names = [...before.matchAll(RATE_NAMES)];
    const last = names[names.length - 1];
    if (!last) continue;
    // one change to one rate: 出生率、死亡率分别下降0.48个千分点、0.3个千分点 is not read
    const previous = changes[changes.length - 1];
    if (previous && previous.f.offset > f.period + last.index!) continue;
    changes.push({ f, rate: last[0]!.startsWith('自然') ? '自然增长率' : last[0]!, fall: isFall(verb[1]!) });
  }
  const out: Relation[] = [];
  let since = -1;
  for (const c of changes) {
    if (c.rate !== '自然增长率') continue;
    const from = since;
    since = c.f.offset;
    const earlier = changes.filter((e) => e.f.offset > from && e.f.offset < c.f.offset);
    const births = earlier.filter((e) => e.rate === '出生率');
    const deaths = earlier.filter((e) => e.rate === '死亡率');
    if (births.length !== 1 || deaths.length !== 1) continue;
    const [b, d] = [births[0]!, deaths[0]!];
    const r = relation(
      'points',
      c.f,
      [
        [c.f, 'difference'],
        [b.f, 'current'],
        [d.f, 'previous'],
      ],
      [
        judge(
          {
            op: '-',
            args: [
              { figure: b.f, negative: b.fall },
              { figure: d.f, negative: d.fall },
            ],
          },
          { figure: c.f, negative: c.fall },
          { unit: 'amount', decimals: c.f.decimals + 1 },
        ),
      ],
      { word: '自然增长率的变动' },
    );
    if (r) out.push(r);
  }
  return out;
}

/** 三次产业对经济增长的贡献率分别为, 对GDP增长的贡献率达到: contributions to the economy's growth. */
// (对GDP的贡献率为30.5%，拉动GDP增长3.7个百分点: the growth named only by the pull after it)
const CONTRIBUTION = /对[^，,。；;]{0,8}?(?:经济|GDP|gdp|生产总值)(?:增长)?的?贡献率(?:分别)?(?:为|是|达到|达)?$/;
/**
 * After the contributions: (分别, 依次) 拉动(全县)经济(GDP)增长, then the points, the ones before the last perhaps
 * written bare (0.7、0.4和4.0个百分点): the bare numbers before the first points figure read.
 */
// (分别拉动GDP增长0.7个、5.1个、6.5个百分点: the ones before the last written with 个 alone)
const PULL = /^[，,]\s*(?:分别|依次)?拉动[^，,。；;\d]{0,6}?(?:经济|GDP|gdp|生产总值)增长((?:\d+(?:\.\d+)?个?\s*[、和及与]\s*)*)$/;
/** The economy's product, whose growth the contributions share out: 地区生产总值, 全县GDP (not 人均地区生产总值). */
const ECONOMY = /生产总值|GDP|gdp/;

/**
 * 地区生产总值282.6亿元，比上年增长6.1%。…三次产业对经济增长的贡献率分别为14.3%、31.9%、53.8%，依次拉动经济增长0.9个百分点、
 * 1.9个百分点、3.3个百分点: an industry pulls the economy's growth by its contribution times that growth (14.3% × 6.1%
 * = 0.87个百分点), paired in order; the growth is the one stated right after the product in the paragraph (or, none
 * there, in the paragraphs just before it), one value.
 */
function pulls(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  let growth: Figure | null | undefined;
  for (const c of par.percents) {
    if (!CONTRIBUTION.test(headOf(par.draft, c))) continue;
    const contributions = listedFrom(par.draft, c, par.percents);
    const last = contributions[contributions.length - 1]!;
    const after = (par.periods.get(c.period) ?? []).filter((f) => f.offset > last.endOffset);
    // (0.7个、5.1个、6.5个百分点: the points before the last written with 个 alone, read as counts, when the run ends in points)
    let lead = 0;
    while (
      lead < after.length - 1 &&
      after[lead]!.unit.kind === 'count' &&
      /个$/.test(after[lead]!.text) &&
      /^\s*[、和及与]\s*$/.test(textBetween(par.draft, after[lead]!.endOffset, after[lead + 1]!.offset))
    )
      lead++;
    const first = after[0];
    const pull = first && after[lead]!.unit.kind === 'points' ? PULL.exec(textBetween(par.draft, last.endOffset, first.offset)) : null;
    if (!first || !pull) continue;
    const skipped = pull[1] ? pull[1].split(/[、和及与]/).filter((x) => x.trim() !== '').length : 0;
    const points = [first];
    for (const f of after.slice(1)) {
      if ((f.unit.kind !== 'points' && points.length >= lead) || !/^\s*[、和及与]\s*$/.test(textBetween(par.draft, points[points.length - 1]!.endOffset, f.offset))) break;
      points.push(f);
    }
    if (lead > 0 && points[points.length - 1]!.unit.kind !== 'points') continue;
    if (skipped > 0 && points.length > 1) continue;
    if (skipped + points.length !== contributions.length) continue;
    growth ??= economicGrowth(par) ?? null;
    if (!growth) return out;
    const g = growth;
    points.forEach((d, k) => {
      const share = contributions[skipped + k]!;
      if (!exact(d) || !exact(share)) return;
      const r = relation(
        'points',
        d,
        [
          [d, 'difference'],
          [share, 'part'],
          [g, 'total'],
        ],
        [judge({ op: 'product', args: [{ figure: share }, { figure: g }] }, { figure: d }, { unit: 'points' })],
        { word: '拉动' },
      );
      if (r) out.push(r);
    });
  }
  return out;
}

/** The growth of the economy's product: the percentage of change right after it in its sentence; one value. */
function economicGrowth(par: Paragraph): Figure | undefined {
  const find = (figures: readonly Figure[]): Figure[] => {
    const found: Figure[] = [];
    figures.forEach((f, k) => {
      const next = figures[k + 1];
      if (
        f.unit.kind !== 'money' ||
        f.relational ||
        !ECONOMY.test(f.measure) ||
        /人均|增加值/.test(f.measure) ||
        !next ||
        next.sentence.offset !== f.sentence.offset ||
        next.unit.kind !== 'percent' ||
        !exact(next)
      )
        return;
      // (GDP实现1092.8亿元，居全省第三位，同比增长5.3%: a clause without figures between the product and its growth)
      if (/^[，,\s]*(?:按可比价格?计算[，,]?)?(?:[^，,。；;：:0-9]{2,10}[，,])?(?:比上年|同比|较上年)?增长$/.test(textBetween(par.draft, f.endOffset, next.offset))) found.push(next);
    });
    return found;
  };
  const own = find(par.figures);
  return uniqueValue(own.length > 0 ? own : find(par.lookups.earlier()));
}

/** A comparison between a measure's name and its verb of change: 比2016年度, 较上年同期, 同比. */
const COMPARED = /(?:比|[较較]|同比|[与與]|和)$/;

/**
 * The level a difference is of, stated before it under the difference's own name (公务接待费支出决算减少0.01万元 of
 * 公务接待费支出决算为0.30万元): the name is the difference's measure without its verb and comparison word, at least
 * four characters, which is the level's whole measure or, from six characters, its end (用车购置及运行维护费支出决算 of
 * 公务用车购置及运行维护费支出决算); the level is no change, base, plan or figure of another period, and all statements
 * of it agree.
 */
function namedLevel(par: Paragraph, d: Figure): Figure | undefined {
  const found = levelsNamedBy(par, d).levels.filter(
    (f) => (d.subject === '' || f.subject === d.subject) && !isPast(f, par.reportYear) && !/预算|计划|目标|任务|力争|确保|以上|以下/.test(f.scope + f.measure.slice(-4)),
  );
  return uniqueValue(found);
}

/**
 * The levels stated before a difference under its own name: the difference's measure without its verb and comparison
 * word, at least four characters, the level's whole measure or, from six characters, its end; no change, bracket or range.
 */
function levelsNamedBy(par: Paragraph, d: Figure): { name: string; levels: Figure[] } {
  const name = d.measure.replace(DIFFERENCE_HEAD, '').replace(COMPARED, '').replace(COMPARED, '');
  if ([...name].length < 4 || /[比较]/.test(name)) return { name, levels: [] };
  const levels = par.lookups
    .named(name)
    .filter(
      (f) => f.offset < d.offset && !f.relational && !f.bracket && !f.range && !f.inChange && (f.measure === name || (f.measure.endsWith(name) && [...name].length >= 6)) && compatible(f.unit, d.unit),
    );
  return { name, levels };
}

/** The year a scope names: 2022年度, 2021年 (undefined when it names none, or two). */
function yearOfScope(scope: string): number | undefined {
  const years = scope.match(/(?:19|20)[0-9]{2}(?=年)/g);
  return years?.length === 1 ? Number(years[0]) : undefined;
}

/**
 * 2022年度“三公”经费预算…公务接待11.8万元…。2021年度…公务接待12.39万元…。…其中公务接待较上年同期减少0.58万元，减少4.68%:
 * a difference no sentence of its own gives a level for is the difference of the two levels its name has, stated earlier
 * for two years one after the other, when each year has one value, the later one is lower for a fall (higher for a rise)
 * and the two differ by the difference at the precision written: then the earlier year's level is the previous one.
 */
function levelsOfTwoYears(par: Paragraph, d: Figure, verb: string): { current: Figure; previous: Figure } | undefined {
  const byYear = new Map<number, Figure[]>();
  const { name, levels } = levelsNamedBy(par, d);
  // (其中公务接待较上年同期减少: a subject read from the difference's own words is no other scope)
  for (const f of levels.filter((f) => d.subject === '' || f.subject === d.subject || d.subject.includes(name))) {
    const year = yearOfScope(f.scope);
    if (year === undefined || !exact(f)) return undefined;
    byYear.set(year, [...(byYear.get(year) ?? []), f]);
  }
  if (byYear.size !== 2) return undefined;
  const [first, second] = [...byYear.keys()].sort((a, b) => a - b) as [number, number];
  const previous = uniqueValue(byYear.get(first)!);
  const current = uniqueValue(byYear.get(second)!);
  if (second - first !== 1 || !previous || !current || isFall(verb) !== current.normalized! < previous.normalized!) return undefined;
  const [higher, lower] = isFall(verb) ? [previous, current] : [current, previous];
  const differs = judge({ op: '-', args: [{ figure: higher }, { figure: lower }] }, { figure: d }, { unit: 'amount' });
  return differs?.holds ? { current, previous } : undefined;
}

/**
 * The figures of the period (up to 。) before p's in its paragraph, when p's sentence opens its period: 2020年“三公”经费
 * 总支出为1928.76万元。与上年相比，…减少了1093.92万元，下降了36.2%.
 */
function periodBefore(par: Paragraph, p: Figure): Figure[] {
  if (p.sentence.offset !== p.period) return [];
  return periodBeforeOf(par, p.period);
}

/** When the paragraph of `p` opens with a comparison (与去年同期相比，), the figures of the last period of the paragraph before. */
function lastPeriodOfTheParagraphBefore(par: Paragraph, p: Figure): Figure[] {
  if (p.sentence.offset !== p.period || par.figures[0]?.period !== p.period || !/^\s*$/.test(textBetween(par.draft, p.para.offset, p.period))) return [];
  if (!OPENS_COMPARED.test(textBetween(par.draft, p.period, p.offset))) return [];
  const earlier = par.lookups.earlier(1);
  const last = earlier[earlier.length - 1];
  return last ? earlier.filter((f) => f.period === last.period) : [];
}

/** The figures of the period before the one starting at `period`, in the paragraph. */
function periodBeforeOf(par: Paragraph, period: number): Figure[] {
  // the figures are in the order of the text: the last one before p's period is in the period before it
  const figures = par.figures;
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.offset < period) lo = mid + 1;
    else hi = mid;
  }
  const last = figures[lo - 1];
  return last ? (par.periods.get(last.period) ?? []) : [];
}

/** The year a sentence opens with: 2021年度，…, 2020年共受理… */
const OPENING_YEAR = /^[\s，,]*((?:19|20)[0-9]{2})年度?/;

/**
 * 2020年度共受理群众信访举报439件，同比减少16.54%（上级转办交办199件，…）。2021年度共受理群众信访举报239件，同比减少
 * 34.16%（上级转办交办115件，同比减少25.32%）: a growth whose level stands in a sentence that opens with its year is
 * against the one level of the same name earlier in its paragraph, in a sentence that opens with the year before (a
 * growth in brackets, against the level in its brackets).
 */
function yearBeforePair(par: Paragraph, p: Figure, sentence: readonly Figure[]): Pair | undefined {
  const draft = par.draft;
  const own = sentence.filter((f) => f.offset < p.offset && f.unit.kind !== 'percent' && !f.relational && (p.bracket ? f.bracket?.offset === p.bracket.offset : !f.bracket));
  const current = own[own.length - 1];
  if (!current || own.length !== 1 || !exact(current)) return undefined;
  const yearOf = (f: Figure): number | undefined => {
    const y = OPENING_YEAR.exec(textBetween(draft, f.sentence.offset, f.offset))?.[1];
    return y === undefined ? undefined : Number(y);
  };
  const year = yearOf(current);
  const name = bareMeasure(current);
  if (year === undefined || name.length < 2) return undefined;
  const previous = par.figures.filter(
    (f) =>
      f.offset < current.sentence.offset && !f.relational && exact(f) && !!f.bracket === !!current.bracket && compatible(f.unit, current.unit) && bareMeasure(f) === name && yearOf(f) === year - 1,
  );
  return previous.length === 1 ? { current, previous: previous[0]! } : undefined;
}

/** 比1991年增加, 较2010年末减少: a difference against a year named in full, ending a figure's head (group 1 the year). */
const AGAINST_NAMED_YEAR = new RegExp(`[比较較]((?:19|20)[0-9]{2})年(?:底|末)?(?:净|淨|凈)?(?:${CHANGE_VERB}|[增减減])了?$`);
/** A year named in full, as 倍 of it is written: 是1991年的 (group 1 of timesOf's head). */
const NAMED_YEAR = /^((?:19|20)[0-9]{2})年$/;

/**
 * 1991年，饲养生猪22000头、奶牛1622头、肉牛895头…。1995年…饲养生猪40417头，比1991年增加22417头；饲养肉牛2461头，比1991年
 * 增加1566头…到2003年，饲养生猪91500头，是1991年的4.16倍: the level a year named in full had is the one level of the same
 * measure earlier in the paragraph, in a sentence that opens with that year (one name the end of the other: 饲养肉牛 and
 * 肉牛, the verb of a list said once). None, or two, and nothing is read.
 */
function levelOfNamedYear(par: Paragraph, current: Figure, year: number): Figure | undefined {
  const name = bareMeasure(current);
  // (or a clause of the current figure's own sentence that opens with the year: 1971年当年投资3298万元，1978年投资5057万元，是
  // 1971年的1.53倍, heldout176/touzi-lianyungang-01)
  const opening = (f: Figure): number | undefined => {
    const from = f.sentence.offset === current.sentence.offset ? f.clause.offset : f.sentence.offset;
    const y = OPENING_YEAR.exec(textBetween(par.draft, from, f.offset))?.[1];
    return y === undefined ? undefined : Number(y);
  };
  const alike = (other: string): boolean => {
    const [short, long] = other.length <= name.length ? [other, name] : [name, other];
    return short.length >= 2 && long.endsWith(short);
  };
  const found = par.figures.filter(
    (f) =>
      (f.offset < current.sentence.offset || f.clause.endOffset <= current.clause.offset) &&
      level(f) &&
      !f.bracket &&
      exact(f) &&
      compatible(f.unit, current.unit) &&
      alike(bareMeasure(f)) &&
      opening(f) === year,
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * 1952年全市职工工资总额1155万元，人年平均工资356元。之后，…到1957年职工工资总额为3144万元，年平均工资505元，比1952年提高
 * 41.85% (heldout175/gongzi-lianyungang-01): a percentage change against a year named in full is of the level right before
 * its clause over the level that year had, stated earlier in the paragraph (levelOfNamedYear), as a difference is
 * (namedYearDifferences).
 */
function namedYearPair(par: Paragraph, p: Figure): Pair | undefined {
  const year = AGAINST_NAMED_YEAR.exec(headOf(par.draft, p))?.[1];
  if (!year) return undefined;
  const current = levelRightBefore(par, p);
  const previous = current && levelOfNamedYear(par, current, Number(year));
  return current && previous ? { current, previous } : undefined;
}

/** The level a difference or 倍 is of: the figure right before its clause in its sentence, a level counted alike. */
function levelRightBefore(par: Paragraph, x: Figure, diffs?: ReadonlySet<Figure>): Figure | undefined {
  const before = sentenceOf(par, x).filter((f) => f.offset < x.clause.offset);
  const last = before[before.length - 1];
  return last && level(last) && !diffs?.has(last) && !last.bracket && exact(last) && last.clause.endOffset <= x.clause.offset ? last : undefined;
}

/** 饲养生猪40417头，比1991年增加22417头: a difference against a year named in full, of the level that year had (levelOfNamedYear). */
function namedYearDifferences(par: Paragraph, checked: Set<Figure>): Relation[] {
  const out: Relation[] = [];
  for (const sentence of par.sentences.values()) {
    const diffs = differences(par.draft, sentence);
    for (const d of diffs) {
      if (checked.has(d) || !exact(d) || d.bracket) continue;
      const head = headOf(par.draft, d);
      const verb = differenceVerb(head);
      const year = AGAINST_NAMED_YEAR.exec(head)?.[1];
      if (!verb || !year) continue;
      const current = levelRightBefore(par, d, diffs);
      const previous = current && compatible(current.unit, d.unit) ? levelOfNamedYear(par, current, Number(year)) : undefined;
      if (!current || !previous) continue;
      const r = differenceRelation('change', d, current, previous, isFall(verb), verb);
      if (r) {
        checked.add(d);
        out.push(r);
      }
    }
  }
  return out;
}

/** Where the sentence before p's in its period starts (−1 when p's opens the period). */
function lastSentenceBefore(par: Paragraph, p: Figure): number {
  let at = -1;
  for (const f of par.periods.get(p.period) ?? []) if (f.sentence.endOffset <= p.sentence.offset) at = f.sentence.offset;
  return at;
}

/**
 * 共查获涉案卷烟4731.55万支，比上年同期查获的435.96万支增加4295.59万支，增长9.9倍 (yancao-yuxi-01): the level, the level
 * compared with after 比, their difference after 增加, then 增长N倍 in the next clause: the pair of levels the difference
 * is of (it must be their difference as written), nothing else between.
 */
function afterItsDifference(par: Paragraph, n: Figure): Pair | undefined {
  const sentence = sentenceOf(par, n);
  const k = sentence.indexOf(n);
  const [current, previous, difference] = [sentence[k - 3], sentence[k - 2], sentence[k - 1]];
  // (the level compared with is relational, standing after 比)
  if (!current || !previous || !difference || !level(current) || !level({ ...previous, relational: false }) || !difference.relational) return undefined;
  if (!exact(current) || !exact(previous) || !exact(difference) || !compatible(current.unit, previous.unit) || !compatible(difference.unit, current.unit)) return undefined;
  if (!/^[，,](?:(?!比)[\u4e00-\u9fff])*比[\u4e00-\u9fff]*$/.test(plainWords(textBetween(par.draft, current.endOffset, previous.offset)))) return undefined;
  if (!/^增加$/.test(plainWords(textBetween(par.draft, previous.endOffset, difference.offset)))) return undefined;
  if (!/^[，,]增长$/.test(plainWords(textBetween(par.draft, difference.endOffset, n.offset)))) return undefined;
  const d = current.normalized! - previous.normalized!;
  return Math.abs(d - difference.normalized!) <= 1e-9 * Math.max(1, Math.abs(d)) ? { current, previous } : undefined;
}

/**
 * A 倍 that misses its pair's quotient (or growth) by a power of ten to a thousandth of it: 168.22倍 for 1682.3 (增长
 * 1681.3倍), the decimal point one place off (heldout177/quxian-ganyu-03). Such a miss is a slip of the writer's, not a
 * pairing of the wrong figures, whose misses are of no such shape.
 */
function misplacedPoint(n: Figure, current: Figure, previous: Figure): boolean {
  if (!known(n) || !known(current) || !known(previous) || previous.normalized === 0 || n.normalized <= 0) return false;
  const ratio = current.normalized / previous.normalized;
  for (const v of [ratio, ratio - 1]) for (const k of [1, 2, 3]) for (const scaled of [v / 10 ** k, v * 10 ** k]) if (Math.abs(scaled / n.normalized - 1) <= 0.001) return true;
  return false;
}

/**
 * 由上年的2万人增长到6万人，增长2倍: 增长N倍 is (6 − 2) ÷ 2 strictly, but many write it for 6 ÷ 2 (增长到N倍):
 * either reading will do.
 */
function times(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const n of par.figures) {
    // (生师比13.3:1 is a quotient against one, not 倍 of a change: relations/ratios.ts)
    if (n.unit.kind !== 'times' || n.unit.base !== '倍' || !exact(n)) continue;
    const so = timesOf(par, n);
    if (so) {
      out.push(so);
      continue;
    }
    const over = exceedsBy(par, n);
    if (over) {
      out.push(over);
      continue;
    }
    const word = /(增长|增加|提高|扩大)了?(?:到)?$/.exec(headOf(par.draft, n));
    if (!word) continue;
    const inSentence = sentenceOf(par, n).filter((f) => f.offset < n.offset && level(f));
    const fromTo = fromToPair(par.draft, n, inSentence);
    const pair = fromTo ?? singlePair(par.draft, n, inSentence, sentenceOf(par, n), par.reportYear) ?? afterItsDifference(par, n);
    if (!pair || !exact(pair.current) || !exact(pair.previous) || pair.previous.normalized === 0) continue;
    const { current, previous } = pair;
    const ratio: Expr = { op: 'quotient', args: [{ figure: current }, { figure: previous }] };
    const growth: Expr = { op: 'quotient', args: [{ op: '-', args: [{ figure: current }, { figure: previous }] }, { figure: previous }] };
    const r = relation(
      'times',
      n,
      [
        [n, 'percent'],
        [current, 'current'],
        [previous, 'previous'],
      ],
      [judge(growth, { figure: n }, { unit: 'times' }), judge(ratio, { figure: n }, { unit: 'times' })],
      // (从1050万元增加到176.64亿元，增长168.22倍: a pair the words join by 从…到 in the clause of the 倍 is the pair meant,
      // however far the 倍 misses, a tenth of 1682 being a decimal point slipped, not the wrong figures paired)
      { word: word[1]!, paired: !!fromTo && misplacedPoint(n, current, previous) },
    );
    if (r) out.push(r);
  }
  return out;
}

/** 农村高于城市, 农村比城市高: the one named first exceeds the one named second (groups 1 and 2) by N倍. */
const EXCEEDS = /^([\u4e00-\u9fff]{2,6}?)(?:高于|比([\u4e00-\u9fff]{2,6}?)高)([\u4e00-\u9fff]{2,6})?$/;

/**
 * 5岁以下儿童死亡率城市为5.8‰，农村为12.9‰，农村高于城市1.2倍 (heldout154/ertong-quanguo-03): two levels of one measure, each
 * named in the clause before it (城市为, 农村为), then the one named first exceeding the other by N倍: 12.9 ÷ 5.8 − 1 strictly,
 * 12.9 ÷ 5.8 as many write it; either will do. Each name in one clause alone of the sentence before, the two alike in
 * unit.
 */
function exceedsBy(par: Paragraph, n: Figure): Relation | undefined {
  const m = EXCEEDS.exec(headOf(par.draft, n));
  if (!m) return undefined;
  const higherName = m[1]!;
  const lowerName = m[2] ?? m[3];
  if (!lowerName || lowerName === higherName) return undefined;
  const before = sentenceOf(par, n).filter((f) => f.offset < n.clause.offset && !f.relational && !f.bracket && f.unit.kind !== 'times' && f.unit.kind !== 'points');
  const named = (name: string): Figure | undefined => {
    const found = before.filter((f) => headOf(par.draft, f).includes(name));
    return found.length === 1 ? found[0] : undefined;
  };
  const higher = named(higherName);
  const lower = named(lowerName);
  if (!higher || !lower || higher === lower || !exact(higher) || !exact(lower) || !compatible(higher.unit, lower.unit) || !(lower.normalized! > 0)) return undefined;
  const ratio: Expr = { op: 'quotient', args: [{ figure: higher }, { figure: lower }] };
  const growth: Expr = { op: 'quotient', args: [{ op: '-', args: [{ figure: higher }, { figure: lower }] }, { figure: lower }] };
  return relation(
    'times',
    n,
    [
      [n, 'percent'],
      [higher, 'current'],
      [lower, 'previous'],
    ],
    [judge(growth, { figure: n }, { unit: 'times' }), judge(ratio, { figure: n }, { unit: 'times' })],
    { word: '高于' },
  );
}

/**
 * 完成造林绿化栽植任务28130亩，为年度任务7581亩的3.7倍 / 由去年的400个提高到今年的526个，是去年的1.3倍: N倍 after
 * 为/是/相当于 and a figure it is of (in the same clause, before 的) is the figure the sentence states before that clause
 * over it; 是去年的 is the level stated now over last year's, as 由…提高到 gives them.
 */
function timesOf(par: Paragraph, n: Figure): Relation | undefined {
  const head = headOf(par.draft, n);
  const m = /^(?:为|是|相当于)(.*)的$/.exec(head);
  if (!m) return undefined;
  const sentence = sentenceOf(par, n);
  const inClause = sentence.filter((f) => f.offset >= n.clause.offset && f.offset < n.offset);
  let current: Figure | undefined;
  let previous: Figure | undefined;
  if (inClause.length === 1 && level(inClause[0]!)) {
    previous = inClause[0]!;
    // (the figure of the clause right before, past clauses of the same kind: 完成栽植10832亩，为年度任务662亩的16.4倍，为
    // 总任务1654亩的6.5倍)
    const chained = (f: Figure): boolean => /^(?:为|是|相当于|占)/.test(headOf(par.draft, f)) || f.clause.offset === n.clause.offset;
    const before = sentence.filter((f) => f.offset < n.clause.offset);
    const own = before.filter((f) => !chained(f)).pop();
    current = own && level(own) && compatible(own.unit, previous.unit) ? own : undefined;
    if (current && before.some((f) => f.offset > current!.offset && !/^(?:为|是|相当于|占)/.test(textBetween(par.draft, f.clause.offset, f.offset).replace(/\s/g, '')))) return undefined;
  } else if (inClause.length === 0) {
    // (地区生产总值从129.8亿元增长到325亿元，是2016年的2.5倍: the year the level went from, named by its year)
    const pair = /^(?:去年|上年|上年同期|去年同期|(?:19|20)[0-9]{2}年(?:末|底)?)$/.test(m[1]!)
      ? fromToPair(
          par.draft,
          n,
          sentence.filter((f) => f.offset < n.offset && level(f)),
        )
      : undefined;
    if (pair) {
      current = pair.current;
      previous = pair.previous;
    } else if (NAMED_YEAR.test(m[1]!)) {
      // 饲养生猪91500头，是1991年的4.16倍 (no 从…增长到 before it): of the level that year had, stated earlier in the paragraph
      current = levelRightBefore(par, n);
      previous = current && levelOfNamedYear(par, current, Number(NAMED_YEAR.exec(m[1]!)![1]));
    }
  }
  if (!current || !previous || !exact(current) || !exact(previous) || previous.normalized === 0 || !compatible(current.unit, previous.unit)) return undefined;
  return relation(
    'times',
    n,
    [
      [n, 'percent'],
      [current, 'current'],
      [previous, 'previous'],
    ],
    [judge({ op: 'quotient', args: [{ figure: current }, { figure: previous }] }, { figure: n }, { unit: 'times' })],
  );
}

function level(f: Figure): boolean {
  return f.unit.kind !== 'percent' && f.unit.kind !== 'times' && f.unit.kind !== 'points' && !f.relational;
}

/** A clause naming a part's pull on another measure's growth: 拉动电信业务收入增长, 下拉投资增速. */
const PULLED_GROWTH = new RegExp(`(?:${PULL_VERB})`);

/** 由上年的91.6%提高到94.2%，提高2.6个百分点: a difference of two percentages. */
function points(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const verb = ENDS_IN_CHANGE_VERB;
  for (const d of par.figures) {
    if (d.unit.kind !== 'points' || !known(d) || d.approximate) continue;
    // 第二产业所占比重年均提高3个百分点 (from 50% to 65% over five years): a change per year, not the whole period's
    if (PER_YEAR.test(headOf(par.draft, d))) continue;
    // 占比由上年的15.2%提升至15.6%，拉动电信业务收入增长1.2个百分点: the part's pull on its whole's growth, not the
    // difference of its two shares
    if (PULLED_GROWTH.test(headOf(par.draft, d))) continue;
    const inSentence = sentenceOf(par, d).filter((f) => f.offset < d.offset && f.unit.kind === 'percent' && known(f) && !f.approximate);
    const word = verb.exec(headOf(par.draft, d));
    const fixed = word ? (fromToPair(par.draft, d, inSentence) ?? structurePair(par, d)) : undefined;
    const compared = fixed ? undefined : comparedPair(par, d, inSentence);
    let pair = fixed ?? compared?.pair ?? (word ? bracketedPrevious(par, d, inSentence) : undefined);
    const whole = pair ? undefined : growthOfTheWhole(par, d, inSentence);
    const after = pair || whole ? undefined : comparandInBracketAfter(par, d, inSentence);
    const verbWord = word?.[1] ?? compared?.verb ?? whole?.verb ?? after?.verb;
    if (whole) pair = whole.pair;
    if (after) pair = after.pair;
    if (!pair || !verbWord) continue;
    const fall = isFall(verbWord) || /低|慢/.test(verbWord);
    const signed = compared ? growthsCompared(par, d, compared.pair) : after?.negative;
    const r = differenceRelation('points', d, pair.current, pair.previous, fall, verbWord, signed);
    if (r) out.push(r);
  }
  return out;
}

/** （上年为76.4%） / （去年同期为 / （2023年为: a bracket giving the previous level, right after the difference. */
const PREVIOUS_IN_BRACKET = /^[（(](?:上年|去年|上年同期|去年同期|(?:19|20)[0-9]{2}年)(?:为|是)?$/;

/**
 * 病床使用率达到78.5%，比上年提高2.1个百分点（上年为76.4%）: the previous level in a bracket right after the points, the
 * current one the last percentage before them in the sentence, in the clause right before theirs.
 */
function bracketedPrevious(par: Paragraph, d: Figure, inSentence: readonly Figure[]): Pair | undefined {
  const previous = par.figures[par.figures.indexOf(d) + 1];
  const current = inSentence[inSentence.length - 1];
  if (!previous || !current || previous.unit.kind !== 'percent' || !previous.bracket || !known(previous) || previous.approximate || current.relational) return undefined;
  if (!PREVIOUS_IN_BRACKET.test(textBetween(par.draft, d.endOffset, previous.offset).replace(/\s/g, ''))) return undefined;
  if (/[，,；;。]/.test(textBetween(par.draft, current.endOffset, d.clause.offset).slice(1))) return undefined;
  return { current, previous };
}

/** 高于全省固投平均增速 / 低于全省规模以上工业增加值: a comparison with a place's growth, its figure not yet given. */
const HIGHER_OR_LOWER_THAN = /^[，,](高于|低于|快于|慢于)(?:全国|全省|全市|全州|全县|全区)[\u4e00-\u9fff]{0,14}$/;
/** （全省增长6.6%） / （全国下降1.2%）: that place's growth, alone in the bracket right after the points. */
const PLACE_GROWTH_IN_BRACKET = /^[（(](?:全国|全省|全市|全州|全县|全区)(增长|增|下降|降)$/;

/**
 * 同比增长12.0%，增速比上半年增加1.9个百分点，高于全省固投平均增速5.4个百分点（全省增长6.6%） (jjyx-qiongzhong-01): the
 * place compared with named before the points, its growth in a bracket right after them, alone there; the growth
 * compared is the last percentage of the sentence before the points, a growth or fall of the subject, with nothing
 * but points between. A fall is negative (同比下降3.3%，…，低于全省…12.8个百分点（全省增长9.5%）: 9.5 − (−3.3)).
 */
function comparandInBracketAfter(par: Paragraph, d: Figure, inSentence: readonly Figure[]): { pair: Pair; verb: string; negative: Set<Figure> } | undefined {
  const current = inSentence[inSentence.length - 1];
  const previous = par.figures[par.figures.indexOf(d) + 1];
  if (!current || !previous || previous.unit.kind !== 'percent' || !previous.bracket || !known(previous) || previous.approximate || !current.relational) return undefined;
  // the bracket holds the one growth and nothing after it
  if (!/^\s*[）)]/.test(par.draft.prose.slice(previous.endOffset, previous.endOffset + 3))) return undefined;
  const inBracket = PLACE_GROWTH_IN_BRACKET.exec(plainWords(textBetween(par.draft, d.endOffset, previous.offset)));
  const verb = HIGHER_OR_LOWER_THAN.exec(plainWords(textBetween(par.draft, d.clause.offset - 1, d.offset)))?.[1];
  if (!inBracket || !verb) return undefined;
  // the growth compared: a growth or fall of the subject (同比增长12.0%), with no other percentage or figure but points after it
  const currentVerb = /(增长|下降)$/.exec(plainWords(headOf(par.draft, current)))?.[1];
  if (!currentVerb) return undefined;
  if (sentenceOf(par, d).some((f) => f.offset > current.offset && f.offset < d.offset && f.unit.kind !== 'points')) return undefined;
  const negative = new Set<Figure>();
  if (currentVerb === '下降') negative.add(current);
  if (/降/.test(inBracket[1]!)) negative.add(previous);
  return { pair: { current, previous }, verb, negative };
}

/** Growths compared by their points: 增速比全市平均增速（8.1%）低, 比全省（下降1.2%）高 (no size of a fall named, 降幅比). */
const GROWTHS_COMPARED = new RegExp(`^(?!.*(?:${FALL_SIZE_NOUN})).*(?:${GROWTH_RATE_NOUN})`);

/**
 * 同比下降0.3%，增速比全市平均增速（8.1%）低8.4个百分点: when the words compare growths, a growth stated as a fall
 * is negative, 8.1 − (−0.3) = 8.4; 降幅比全市收窄 compares the sizes of falls, and a comparison naming no growth
 * (比全省平均水平高) may be of sizes too: the figures stated as falls, to be read negative.
 */
function growthsCompared(par: Paragraph, d: Figure, pair: Pair): Set<Figure> {
  const signed = new Set<Figure>();
  if (!GROWTHS_COMPARED.test(textBetween(par.draft, pair.current.endOffset, d.offset).replace(/\s/g, ''))) return signed;
  for (const f of [pair.current, pair.previous]) {
    const m = ENDS_IN_CHANGE.exec(headOf(par.draft, f));
    if (m && isFall(m[1]!)) signed.add(f);
  }
  return signed;
}

/** 高于GDP增速, 高出规上服务业平均增速, 高出全省各项贷款增速: a growth compared with the growth of a whole the words name. */
const ABOVE_THE_WHOLE = new RegExp(`^(?:增速|增幅)?(${ABOVE}|${BELOW})([\\u4e00-\\u9fffA-Za-z]{1,12}?)的?(?:平均)?(?:增速|增幅|增长速度)$`);
/** Words naming every kind of a measure: 各项贷款, 全部投资, 整体贷款. */
const ALL_KINDS = /^(?:各项|全部|整体)/;
/** 增速比各项贷款快, 比全部投资增速高, 增速相较于整体贷款增速高出: a growth compared with that of every kind of its measure. */
const THAN_ALL_KINDS = new RegExp(`^(?:增速|增幅)?(?:相较于|相比于?|比|较)((?:各项|全部|整体)[\\u4e00-\\u9fffA-Za-z]{1,10}?)的?(?:平均)?(?:增速|增幅|增长速度)?(高出|高|快|低|慢)$`);
/** The scopes of currency a loan or deposit balance is named with (人民币, 本外币): either may be the 各项 one meant. */
const CURRENCY_SCOPE = /本外币|人民币|外币/;
/** What a loan or deposit level is: its balance. */
const BALANCE = /^余[额額]$/;
/** The words of a whole that say only that it is the whole (全省, 全部, 整体), and the short forms of 规模以上, 限额以上. */
const WHOLE_WORDS = /^(?:全[国省市县区州旗]|全部|整体|总体)/;
const SHORT_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/规上/g, '规模以上'],
  [/限上/g, '限额以上'],
];
/** The economy as a whole: GDP, 地区生产总值. */
const THE_ECONOMY = /^(?:GDP|gdp|地区生产总值|生产总值|经济)$/;
/** Words a measure is stated with that say nothing of what it is: 实现营业收入, 完成产值. */
const STATED_WITH = /实现|完成|累计/g;

/**
 * The level a growth is of: the figure before it in its sentence, past the differences stated with it (余额1.27万亿元，
 * 比年初增加1287.7亿元，同比增长20.5%), when no other percentage stands between them.
 */
function levelOf(figures: readonly Figure[], k: number): Figure | undefined {
  const g = figures[k]!;
  for (let j = k - 1; j >= 0; j--) {
    const f = figures[j]!;
    if (f.sentence.offset !== g.sentence.offset || f.unit.kind === 'percent' || f.bracket) return undefined;
    if (!f.relational) return exact(f) ? f : undefined;
  }
  return undefined;
}

/** A growth (增长, 同比增长, 比上年增长) stated as a percentage. */
const isGrowth = (f: Figure): boolean => f.unit.kind === 'percent' && f.relational && /增[长長]$/.test(f.measure) && exact(f) && !f.approximate;

/**
 * 规上科学研究和技术服务业企业实现营业收入111.6亿元，同比增长23.1%，高出规上服务业平均增速4.6个百分点 (after 规模以上服务业
 * 企业实现营业收入481.6亿元，同比增长18.5%); 第二产业增加值…同比增长5.5%，高于GDP增速0.2个百分点: the points are the growth
 * right before them less the growth of the whole the words name, stated before in the draft for the same measure
 * (its name without the whole's words ends the part's name: 企业营业收入, 余额) and of one value; for the economy, its
 * growth after its product. A whole named only as the whole (全市平均增速) names no measure: no reading.
 */
function growthOfTheWhole(par: Paragraph, d: Figure, inSentence: readonly Figure[]): { pair: Pair; verb: string } | undefined {
  const head = simplified(headOf(par.draft, d).replace(PINYIN_GLOSS, ''));
  const above = ABOVE_THE_WHOLE.exec(head);
  const than = above ? undefined : THAN_ALL_KINDS.exec(head);
  const wholeWords = above?.[2] ?? than?.[1];
  const verb = above?.[1] ?? than?.[2];
  const current = inSentence[inSentence.length - 1];
  if (!wholeWords || !verb || !current || !isGrowth(current)) return undefined;
  const sentence = sentenceOf(par, d);
  // (the growth right before the points: nothing stated between them but other points it is compared by, 同比增长22.3%，
  // 增速较上年同期提高3.2个百分点，高出全省各项贷款增速1.8个百分点)
  if (sentence.some((f) => f.offset > current.offset && f.offset < d.offset && f.unit.kind !== 'points')) return undefined;
  const level = levelOf(sentence, sentence.indexOf(current));
  if (!level) return undefined;
  // (全省各项贷款增速: every kind of loan of the province, the place's words before 各项)
  const kinds = wholeWords.replace(WHOLE_WORDS, '');
  const allKinds = ALL_KINDS.test(wholeWords) || ALL_KINDS.test(kinds);
  const words = SHORT_FORMS.reduce((w, [short, long]) => w.replace(short, long), allKinds ? kinds.replace(ALL_KINDS, '') : kinds);
  if (THE_ECONOMY.test(words)) {
    const growth = /增加值/.test(level.measure) ? economicGrowth(par) : undefined;
    return growth && growth !== current ? { pair: { current, previous: growth }, verb } : undefined;
  }
  if (words.length < 2) return undefined;
  const measure = (f: Figure): string => bareMeasure(f).replace(STATED_WITH, '');
  const figures = figuresBefore(par, current.offset);
  if (allKinds) {
    const previous = growthOfAllKinds(figures, current, level, words);
    return previous ? { pair: { current, previous }, verb } : undefined;
  }
  const found = figures.filter((g, k) => {
    if (g === current || !isGrowth(g)) return false;
    const whole = levelOf(figures, k);
    if (!whole || whole === level || whole.key === level.key || !whole.key.includes(words)) return false;
    const named = measure(whole);
    const rest = named.includes(words) ? named.slice(named.indexOf(words) + words.length) : named;
    return rest.length >= 2 && measure(level).endsWith(rest);
  });
  const previous = uniqueValue(found);
  return previous ? { pair: { current, previous }, verb } : undefined;
}

/**
 * 9月末，广东本外币贷款余额26.9万亿元，同比增长10.1%。…高新技术企业贷款余额2.3万亿元，同比增长23.8%，增速比各项贷款快13.7个百分点:
 * 各项贷款 (全部投资, 整体贷款) is every kind of the measure, so its level is the largest the draft states before of that
 * measure (the name holding the words, and ending as the part's does: 余额), larger than the part's. Silent when two
 * levels are the largest alike, or the largest is named as another, within a currency scope (人民币 and 本外币 贷款余额:
 * either may be the 各项 one).
 */
function growthOfAllKinds(figures: readonly Figure[], current: Figure, level: Figure, words: string): Figure | undefined {
  const measure = (f: Figure): string => simplified(bareMeasure(f).replace(PINYIN_GLOSS, '')).replace(STATED_WITH, '');
  const part = measure(level);
  const wholes: Array<{ growth: Figure; whole: Figure }> = [];
  figures.forEach((g, k) => {
    if (g === current || !isGrowth(g)) return;
    const whole = levelOf(figures, k);
    if (!whole || whole === level || !compatible(whole.unit, level.unit) || whole.normalized! <= level.normalized!) return;
    const name = measure(whole);
    const at = name.indexOf(words);
    if (at < 0) return;
    const rest = name.slice(at + words.length);
    // (a loan's balance may be named without 余额: 投向制造业的中长期贷款5001.01亿元 beside 各项贷款余额)
    if (rest.length >= 2 ? part.endsWith(rest) || (BALANCE.test(rest) && part.endsWith(words)) : rest === '' && part.endsWith(words)) wholes.push({ growth: g, whole });
  });
  if (wholes.length === 0) return undefined;
  const largest = wholes.reduce((a, b) => (b.whole.normalized! > a.whole.normalized! ? b : a));
  const currency = (f: Figure): string | undefined => CURRENCY_SCOPE.exec(measure(f))?.[0];
  const scope = currency(largest.whole);
  const rival = (w: { growth: Figure; whole: Figure }): boolean =>
    w.growth.normalized !== largest.growth.normalized && (w.whole.normalized === largest.whole.normalized || (scope !== undefined && currency(w.whole) !== undefined && currency(w.whole) !== scope));
  return wholes.some(rival) ? undefined : largest.growth;
}

/** Words comparing one percentage with another by their difference: 高出, 高于…（1.7%）, 回升, 比…4%低. */
const COMPARED_BY = `${CHANGE_VERB}|高出|高于|低于|超过|超出|回升|低|高`;
// (比2010年第六次全国人口普查的107.55，升高了3.50个百分点: a comma before the verb)
const COMPARED_AFTER = new RegExp(`^[）)]?\\s*[，,]?\\s*(${COMPARED_BY})了?\\s*$`);
const COMPARED_BEFORE = /(高于|低于|超过|超出)[^，,。；;]*[（(]\s*$/;
/**
 * A clause that is only a comparison, its subject the sentence's: 比全省的36.0%, 高于州市平均增幅（18.3%）, or with the
 * growth it compares named first (增速比全市平均增速（8.1%）).
 */
// (a month or months compared may be written in digits: 比1—3月（41.0%）)
const MONTHS = '[0-9]{1,2}\\s*[-—–~至]\\s*[0-9]{1,2}月|[0-9]{1,2}月';
const COMPARISON_CLAUSE = new RegExp(`^(?:[而并且]|分别)?(?:${GROWTH_RATE_NOUN})?(?:比|[较較]|高于|低于|超过|超出)(?:${MONTHS}|[^，,。；;0-9０-９])*$`);

/**
 * 平均接通率为98.78%，比今年上半年平均接通率98.12%高出0.66个百分点; 增速高于全市平均水平（1.7%）7.4个百分点: the
 * points are the difference of the percentage compared (after 比, 较, 高于) and the one before it in its sentence,
 * when nothing else is measured between them and the verb says which way. 水利化程度为17.3%，比全省的36.0%低18.7个百分点，
 * 比全市的29.0%低11.7个百分点: a second comparison of the same percentage, its clause only 比 and what it is compared
 * with, skips the first comparison and its points (rates22).
 */
function comparedPair(par: Paragraph, d: Figure, inSentence: readonly Figure[]): { pair: Pair; verb: string } | undefined {
  const previous = inSentence[inSentence.length - 1];
  if (!previous) return undefined;
  const all = sentenceOf(par, d);
  // (the words from the comma before a figure: a bracket opens no clause here, 高于州市平均增幅（18.3%）)
  const lead = (f: Figure): string => {
    const head = textBetween(par.draft, f.sentence.offset, f.offset);
    return head.slice(Math.max(...[...'，,；;'].map((c) => head.lastIndexOf(c))) + 1).replace(/\s/g, '');
  };
  const comparison = (f: Figure): boolean => COMPARISON_CLAUSE.test(lead(f));
  // (…，比全省的36.0%低18.7个百分点，: an earlier comparison of the same subject, the percentage and its points in one clause)
  const skipped = new Set<Figure>();
  let k = inSentence.length - 2;
  if (comparison(previous))
    while (k >= 0 && comparison(inSentence[k]!)) {
      const f = inSentence[k]!;
      const tail = textBetween(par.draft, f.endOffset, f.sentence.endOffset).search(/[，,；;。]/);
      const end = tail < 0 ? f.sentence.endOffset : f.endOffset + tail;
      const points = all.filter((g) => g.offset > f.offset && g.offset < end);
      // (比上年同期增长8.7%，较一季度（10.8%）回落2.1个百分点: a growth stated against last year and compared by no
      // points in its own clause is the subject, not an earlier comparison)
      if (points.length === 0 && ENDS_IN_CHANGE.test(lead(f))) break;
      if (points.length !== 1 || points[0]!.unit.kind !== 'points' || points[0]!.offset < f.offset) return undefined;
      skipped.add(f).add(points[0]!);
      k--;
    }
  const current = inSentence[k] ?? (k < 0 ? growthOfTheSentenceBefore(par, d) : undefined);
  if (!current) return undefined;
  if (all.some((f) => f.offset > current.offset && f.offset < d.offset && f !== previous && !skipped.has(f) && !comparedByPointsOnly(f, lead(f)))) return undefined;
  const between = skipped.size > 0 ? lead(previous) : textBetween(par.draft, current.endOffset, previous.offset).replace(/\s/g, '');
  const after = COMPARED_AFTER.exec(textBetween(par.draft, previous.endOffset, d.offset));
  const before = after ? undefined : COMPARED_BEFORE.exec(between);
  const verb = after?.[1] ?? before?.[1];
  // (post44b: 較 as a 繁體 page writes it, 增速較去年全年（-6.5%）回升6.3個百分點)
  if (!verb || !/比|[较較]|高于|低于|超过|超出/.test(between)) return undefined;
  return { pair: { current, previous }, verb };
}

/** A sentence opening on the growth it compares: 增速比1—2月（55.4%）回落37.4个百分点. */
const OPENS_ON_GROWTH_COMPARED = new RegExp(`^(?:${GROWTH_RATE_NOUN})(?:比|较|較)`);
/** A growth over the same period of last year: 同比增长18.0%. */
const GROWTH_OVER_LAST_YEAR = /同比(?:增长|下降)$/;

/**
 * 限上单位消费品零售额26.65亿元，同比增长18.0%。相比2019年1—8月增长22.2%，两年平均增长10.5%。增速比1—2月（55.4%）
 * 回落37.4个百分点: a sentence that opens on 增速 compares the paragraph's growth over last year, stated before in it
 * and the only one so stated (the growths over other years are not what the months compared were).
 */
function growthOfTheSentenceBefore(par: Paragraph, d: Figure): Figure | undefined {
  const start = d.sentence.offset;
  const first = sentenceOf(par, d)[0];
  if (!first || !OPENS_ON_GROWTH_COMPARED.test(textBetween(par.draft, start, first.offset).replace(/\s/g, ''))) return undefined;
  const growths = par.figures.filter((f) => f.offset < start && f.unit.kind === 'percent' && exact(f) && !f.approximate && GROWTH_OVER_LAST_YEAR.test(headOf(par.draft, f)));
  return growths.length === 1 ? growths[0] : undefined;
}

/** A clause comparing the subject with a period whose percentage is not written: 比1-8月提高0.1个百分点, 较上月回落. */
const PERIOD_COMPARED_BY_POINTS = new RegExp(`^(?:${GROWTH_RATE_NOUN})?(?:比|较|較)[^，,。；;（(]{1,10}?(?:${CHANGE_VERB}|回升)了?$`);

/**
 * 同比增长7.1%，比1-8月提高0.1个百分点，比全州增速（5.3%）高1.8个百分点: the points of an earlier comparison in their
 * own clause, with no percentage compared, stand between the subject and the second comparison without changing it.
 */
function comparedByPointsOnly(f: Figure, lead: string): boolean {
  return f.unit.kind === 'points' && PERIOD_COMPARED_BY_POINTS.test(lead);
}

/**
 * 第一产业, 一产业, 一产 before 比重 or 占比 (第二产业增加值占地区生产总值的比重): the industry whose share of a structure a
 * figure speaks of.
 */
const INDUSTRY_SHARE = /(?:第?([一二三])产业|([一二三])产)(?:所占|在[^，,。；;]{0,8}?中的|增加值占[^，,。；;]{0,8}?的)?(?:比重|占比)/g;

/** 一产下降, 二产业占比提高了, 服务业在全区经济中的比重比上年下降: an industry (服务业 the third) right before its verb. */
const INDUSTRY_CHANGED = new RegExp(`(?:第([一二三])产业|([一二三])产(?:业)?|(服务业))(?:所占|在[^，,。；;]{0,12}?中的)?(?:比重|占比)?(?:比上年|较上年)?(?:${CHANGE_VERB})了?$`);

/**
 * 三次产业结构由上年的14.9:33.2:51.9调整为15.3:31.3:53.4，一产业所占比重上升0.4个百分点: the change of an
 * industry's share is the difference of its terms in the structure the period changes to and the one it changes from.
 */
function structurePair(par: Paragraph, d: Figure): Pair | undefined {
  // (一產下降2.1個百分點: the words as a page in 繁體 writes them, one character for one)
  const near = simplified(textBetween(par.draft, Math.max(d.period, d.offset - 30), d.offset));
  let industry: number | undefined;
  let end = -1;
  for (const m of near.matchAll(INDUSTRY_SHARE)) {
    industry = '一二三'.indexOf(m[1] ?? m[2]!);
    end = m.index + m[0].length;
  }
  // 一产下降1.13个百分点, 服务业在全区经济中的比重比上年下降3.2个百分点: the industry named right before the verb
  const bare = industry === undefined ? INDUSTRY_CHANGED.exec(near.replace(/\s/g, '')) : null;
  if (bare) {
    industry = bare[3] ? 2 : '一二三'.indexOf(bare[1] ?? bare[2]!);
    end = near.length;
  }
  // nothing measured between the industry's words and the figure
  if (industry === undefined || industry < 0 || /[0-9０-９]/.test(near.slice(end))) return undefined;
  const runs = new Map<number, Figure[]>();
  for (const f of par.periods.get(d.period) ?? []) {
    if (f.offset >= d.offset) break;
    if (f.ratio?.size === 3) runs.set(f.ratio.run, [...(runs.get(f.ratio.run) ?? []), f]);
  }
  // 三次产业结构比由…调整到33.22:18.56:48.22。一产下降1.13个百分点，二产上升1.7个百分点: the structures close the
  // period before, when only such points stand between them and the figure
  if (runs.size < 2) {
    const before = par.figures.filter((f) => f.offset < d.offset);
    let last = before.length - 1;
    while (last >= 0 && before[last]!.ratio?.size !== 3) last--;
    if (last >= 0 && before.slice(last + 1).every((f) => f.unit.kind === 'points')) {
      runs.clear();
      for (const f of before.slice(Math.max(0, last - 5), last + 1)) if (f.ratio?.size === 3) runs.set(f.ratio.run, [...(runs.get(f.ratio.run) ?? []), f]);
    }
  }
  const [from, to] = [...runs.values()].slice(-2);
  if (!from || !to || from.length !== 3 || to.length !== 3) return undefined;
  if (!ENDS_IN_CHANGED_TO.test(textBetween(par.draft, from[2]!.endOffset, to[0]!.offset))) return undefined;
  return { current: to[industry]!, previous: from[industry]! };
}

/** 由2019年的286起下降到2021年的198起，下降31.8%: from the figure after 由/从 to the one after 到/至. */
function fromToPair(draft: Draft, p: Figure, inSentence: Figure[]): Pair | undefined {
  // a clause's head holds none of ，,。；; (they end clauses): from its first 由 or 到 the rest always matches
  // (從前年的1552.85萬元增長到去年的1719.94萬元: 从 as a page in 繁體 writes it)
  // eslint-disable-next-line regexp/no-super-linear-move
  const from = inSentence.filter((f) => /[由从從][^，,。；;]*$/.test(textBetween(draft, f.clause.offset, f.offset)) && !/到|至/.test(textBetween(draft, f.clause.offset, f.offset)));
  // eslint-disable-next-line regexp/no-super-linear-move
  const to = inSentence.filter((f) => /(?:到|至)[^，,。；;]*$/.test(textBetween(draft, f.clause.offset, f.offset)));
  const previous = from[from.length - 1];
  const current = to.filter((f) => previous && f.offset > previous.offset && f.clause.offset === previous.clause.offset).pop();
  if (!previous || !current || !compatible(previous.unit, current.unit)) return undefined;
  // the pair stands right before the percentage: nothing else measured in between
  return inSentence.some((f) => f.offset > current.offset && f.offset < p.offset) ? undefined : { current, previous };
}

/** 较上年的43.5亿元增长5.5%: the comparison's base and the figure it is compared with, if unambiguous. */
function singlePair(draft: Draft, p: Figure, allInSentence: Figure[], sentence: Figure[], reportYear: number | undefined): Pair | undefined {
  // 50件54人，去年同期为110件140人，同比件数下降54.55%、人数下降61.43%: 件数 is of the figures in 件, 人数 of those in 人
  const counted = /([件人户次])数(?:同比|较上年|比上年)?[^，。；、\d]{0,4}$/.exec(textBetween(draft, p.clause.offset, p.offset))?.[1];
  const inSentence = counted ? allInSentence.filter((f) => f.unit.base === counted) : allInSentence;
  const previous = [...inSentence].reverse().find((f) => ENDS_IN_COMPARE.test(headOf(draft, f)) || statedAsEarlier(draft, f, reportYear) || comparedRightBefore(draft, f, p));
  if (!previous) return undefined;
  // 信访总量较上年的312件下降14.1%: a subject before 较 names the current figure
  const clauseHead = textBetween(draft, p.clause.offset, p.offset);
  const at = clauseHead.search(/较|比|同比/);
  const subject = at > 0 ? clauseHead.slice(0, at) : '';
  const candidates = [...inSentence].reverse().filter((f) => f !== previous && compatible(f.unit, previous.unit) && !isPast(f, reportYear) && !f.relational && !rateBase(draft, sentence, f));
  const current = subject.length >= 2 ? candidates.find((f) => sameThing(subject, f)) : candidates[0];
  if (!current) return undefined;
  const competing = sentence.some(
    (f) =>
      f !== current &&
      f !== previous &&
      compatible(f.unit, previous.unit) &&
      !f.relational &&
      f.offset < p.offset &&
      f.offset > Math.min(current.offset, previous.offset) &&
      !rateBase(draft, sentence, f),
  );
  return competing ? undefined : { current, previous };
}

/**
 * 肉类总产量4.13万吨，较2016年4.12万吨增长0.24% / 较2014年一季度林业产值118亿元增长了38.99%: a figure after 较 or 比
 * in the percentage's own clause, with only the verb between it and the percentage, is the level compared with,
 * whatever period or name the words between 较 and it give.
 */
function comparedRightBefore(draft: Draft, f: Figure, p: Figure): boolean {
  if (f.clause.offset !== p.clause.offset || f.unit.kind === 'percent') return false;
  const word = comparing(headOf(draft, f));
  return word !== undefined && !HAS_CHANGE_VERB.test(word.slice(1)) && ONLY_VERB.test(textBetween(draft, f.endOffset, p.offset));
}

/** 去年同期为2296件, 上年为…: a bracket that states the same measure's level a year before. */
const EARLIER_IN_BRACKET = /^(?:去年|上年|上一年)(?:同期)?(?:为|是)?$/;

/**
 * 共受理审判类案件2313件（去年同期为2296件），同比上升0.74% / 春茶总产量2511.4吨，较2013年（总产1986.11吨）增26.45% /
 * 年降水总量271.8亿立方米，比常年（293.5亿立方米）偏少7.4%: the level compared with stands alone in brackets, right
 * after the level with 去年同期为 (and the percentage after the bracket, only 同比 and the verb between), or right
 * after 较/比 and the period or norm compared with (only the verb after the bracket). A figure in brackets is
 * otherwise an aside, no level of a change outside them.
 */
function bracketPair(par: Paragraph, p: Figure, sentence: readonly Figure[]): Pair | undefined {
  const draft = par.draft;
  const before = sentence.filter((f) => f.offset < p.offset);
  const previous = before[before.length - 1];
  const bracket = previous?.bracket;
  if (!previous || !bracket || p.bracket || previous.unit.kind === 'percent' || !exact(previous)) return undefined;
  if (sentence.some((f) => f !== previous && f.bracket?.offset === bracket.offset)) return undefined;
  const inside = textBetween(draft, bracket.offset, previous.offset).replace(/\s/g, '');
  const tail = textBetween(draft, previous.endOffset, bracket.endOffset).trim();
  const after = textBetween(draft, bracket.endOffset + 1, p.offset).replace(/\s/g, '');
  const levels = before.filter((f) => f !== previous && !f.bracket && !f.relational && compatible(f.unit, previous.unit));
  const current = levels[levels.length - 1];
  if (!current || !exact(current) || isPast(current, par.reportYear)) return undefined;
  // (单产14.25千克/亩，较2013年（单产12.3千克/亩）: the same unit per something after both)
  if (tail !== '' && (!/^\/[\u4e00-\u9fff]{1,2}$/.test(tail) || textBetween(draft, current.endOffset, current.endOffset + tail.length) !== tail)) return undefined;
  const open = bracket.offset - 1;
  const lead = textBetween(draft, current.endOffset, open).replace(/\s/g, '');
  if (EARLIER_IN_BRACKET.test(inside) && lead === '' && VERB_YEAR_ON_YEAR.test(after)) return { current, previous };
  // (较2013年（总产1986.11吨）: the words in the bracket name the measure, or nothing)
  // (地表水资源量79.12亿立方米，折合径流深279.6毫米，比常年（…: the clause of the bracket opens with 比)
  const clause = lead.slice(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(',')) + 1);
  const word = comparing(clause);
  // (較常年同期（346.2毫米）偏多34%: 较 as a page in 繁體 writes it; 投诉27723件，同比上年（25805件）上升7.43%: 同比 and the
  // year compared with, the 同比 a report's every change opens with)
  if (word === undefined || !/^(?:较|較|比|同比(?=上年|去年))/.test(clause) || HAS_CHANGE_VERB.test(word.slice(1))) return undefined;
  if (sentence.some((f) => f.offset > current.offset && f.offset < previous.offset && compatible(f.unit, previous.unit))) return undefined;
  // (增26.45%, 偏少7.4%: a bulletin's one-character verb, and 偏多/偏少 against the norm)
  if (!/^[\u4e00-\u9fff]{0,12}$/.test(inside) || !VERB_AGAINST_NORM.test(after)) return undefined;
  return { current, previous };
}

/** What joins the items of a list of levels: 、, 和, 及, 与, then at most a short name (、死亡13人). */
const LIST_JOIN = /^[、和及与][\u4e00-\u9fff]{0,4}$/;

/**
 * 去年同期分别为325.9万人次、26.9亿元 / 与上年的17起、13人相比: the levels of the earlier period stated as a list, only the first
 * named with its period: the list run from it, when it has as many levels as the changes; else the levels so named.
 */
function earlierRun(draft: Draft, all: readonly Figure[], named: Figure[], count: number): Figure[] {
  if (named.length === 0 || named.length >= count) return named;
  const run = [named[0]!];
  for (let j = all.indexOf(named[0]!) + 1; j < all.length && run.length < count; j++) {
    if (!LIST_JOIN.test(textBetween(draft, all[j - 1]!.endOffset, all[j]!.offset).replace(/\s/g, ''))) break;
    run.push(all[j]!);
  }
  return run.length === count && named.every((f) => run.includes(f)) ? run : named;
}

/** The name a change's clause gives before its comparison: 结婚登记 in 结婚登记同比下降. */
const NAMED_BEFORE_COMPARED = /^([\u4e00-\u9fff]{2,12}?)(?:同比|比上年|较上年|比去年|较去年)/;

/**
 * 罚款326.5万元，同比增长18.7%（上年同期275.1万元） / 其中结婚登记1538对…，结婚登记同比下降8.2%（上年同期1675对）: the earlier
 * level stated alone in brackets right after the percentage (上年, 去年同期 and nothing else before it); the level it changed
 * to is the one of its unit before the percentage in the sentence that the clause names (结婚登记), else the last one.
 */
function previousAfter(par: Paragraph, p: Figure, sentence: readonly Figure[]): Pair | undefined {
  const { draft } = par;
  const previous = par.figures[par.figures.indexOf(p) + 1];
  const bracket = previous?.bracket;
  if (!previous || !bracket || p.bracket || previous.unit.kind === 'percent' || !exact(previous) || previous.approximate) return undefined;
  if (!PREVIOUS_IN_BRACKET.test(textBetween(draft, p.endOffset, previous.offset).replace(/\s/g, '')) || textBetween(draft, previous.endOffset, bracket.endOffset).trim() !== '') return undefined;
  const levels = sentence.filter((f) => f.offset < p.offset && !f.bracket && !f.relational && compatible(f.unit, previous.unit));
  const name = NAMED_BEFORE_COMPARED.exec(headOf(draft, p))?.[1];
  const named = name ? levels.filter((f) => f.measure.endsWith(name)) : [];
  const current = name && named.length > 0 ? (named.length === 1 ? named[0] : undefined) : levels[levels.length - 1];
  return current && exact(current) ? { current, previous } : undefined;
}

/** 游客386.5万人次、收入32.6亿元，去年同期分别为325.9万人次、26.9亿元，同比分别增长18.6%和21.2%: pair by order. */
function respectivePair(draft: Draft, group: Figure[], k: number, inSentence: Figure[], reportYear: number | undefined): Pair | undefined {
  const first = group[0]!;
  const all = inSentence.filter((f) => f.offset < first.offset && f.unit.kind !== 'percent');
  // 缴存额12.36亿元、提取额9.82亿元，较上年的11.38亿元、8.83亿元分别增长…: the compared run starts at 较
  const compared = all.findIndex((f) => ENDS_IN_COMPARE.test(headOf(draft, f)));
  const before = all.filter((f) => !f.relational);
  const previous =
    compared >= 0
      ? all.slice(compared).filter((f) => f.unit.kind !== 'percent')
      : earlierRun(
          draft,
          all,
          before.filter((f) => statedAsEarlier(draft, f, reportYear)),
          group.length,
        );
  const current = before.filter((f) => !previous.includes(f) && (previous.length === 0 || f.offset < previous[0]!.offset)).slice(-group.length);
  if (current.length !== group.length || previous.length !== group.length) return undefined;
  if (!current.every((c, i) => compatible(c.unit, previous[i]!.unit))) return undefined;
  return { current: current[k]!, previous: previous[k]! };
}

/** The growth of each year of a series over the one before: 分别比上年增长, 比上年分别下降. */
const EACH_OVER_THE_YEAR_BEFORE = /(?:分别比上年|比上年分别)(增长|下降)$/;
/** A series of years stated with 分别: 三年分别为, 2002-2004年…分别为 (the years named, in order). */
const YEARS_RESPECTIVELY = /(?:[二三四五两]年|(?:19|20)\d{2}\s*[-—－~至到]\s*(?:19|20)?\d{2}年)[^，,；;。]{0,30}?分别(?:为|是)$/;

/**
 * 财政预算内教育经费拨款三年分别为8820万元、9137万元、10199万元，…，分别比上年增长3%、4%、8%: a growth listed for each
 * year of a series stated year by year in the same sentence is each year's level over the one before; the first year's
 * is of a year not stated. Read only with one series of as many levels in the sentence (years named before its 分别为,
 * one unit), each of the others checked against the two levels it stands between.
 */
function yearlySeriesChanges(par: Paragraph): Relation[] {
  const { draft } = par;
  const out: Relation[] = [];
  for (const p of par.percents) {
    const verb = EACH_OVER_THE_YEAR_BEFORE.exec(headOf(draft, p).replace(/\s/g, ''))?.[1];
    if (!verb) continue;
    const growths = listedFrom(draft, p, par.percents);
    if (growths.length < 3 || !growths.every(exact)) continue;
    const series = par.figures
      .filter((f) => f.period === p.period && f.offset < p.offset && f.unit.kind !== 'percent' && YEARS_RESPECTIVELY.test(textBetween(draft, f.period, f.offset).replace(/\s/g, '').slice(-40)))
      .map((f) => levelsListedFrom(par, f))
      .filter((list) => list.length === growths.length);
    if (series.length !== 1 || !series[0]!.every(exact)) continue;
    const levels = series[0]!;
    for (let k = 1; k < growths.length; k++) {
      const r = percentChange(growths[k]!, { current: levels[k]!, previous: levels[k - 1]! }, verb);
      if (r) out.push(r);
    }
  }
  return out;
}

/** The levels listed from f on with 、 (和, 及) alone between, in f's unit, none a change or a comparison. */
function levelsListedFrom(par: Paragraph, f: Figure): Figure[] {
  const list = [f];
  for (let k = par.figures.indexOf(f) + 1; k < par.figures.length; k++) {
    const g = par.figures[k]!;
    const last = list[list.length - 1]!;
    if (!compatible(g.unit, f.unit) || g.relational || g.inChange || !/^[、和及与]$/.test(textBetween(par.draft, last.endOffset, g.offset).replace(/\s/g, ''))) break;
    list.push(g);
  }
  return list.some((g) => g.relational || g.inChange || g.bracket || g.range) ? [] : list;
}

/** ，比去年同期 / ，与去年同期 / ，较去年的 / ，与上年合格率 / ，比2020年: the words before a percentage compared with, a period's. */
const COMPARED_PERIOD = /^[，,](?:比|较|較|与|與|同)(?:上年|去年|上一年|(?:19|20)[0-9]{2}年)?(?:同期)?(?:的)?[\u4e00-\u9fff]{0,6}$/;
/** 同比增长 / 下降了: a percentage that is a change itself. */
const ENDS_IN_A_CHANGE = /(?:上升|增加|提高|增长|下降|减少|降低|回落|回升)了?(?:为|為|达|達)?$/;
/** 上升了 / 相比下降 / 比，增加了: after the percentage compared with, the verb of the change, nothing else. */
const CHANGED_BY = /^(?:相比|比)?[，,]?(上升|增加|提高|增长|下降|减少|降低)了?$/;

/**
 * 調撤率達61.5%，比去年同期40.8%上升了20.7% (fayuan-jianhu-01); 上等烟比例74.25%，较去年的77.14%减少2.89% (xzzj-shahe-01);
 * 小学学历合格率99.95%，与上年合格率99.92%比，增加了0.03% (jytj-yongjia-01): a percentage, right after it the same measure
 * of an earlier period compared with, right after that the change written with % rather than 个百分点: the change is the
 * difference of the two in points, or their change in percent; either reading will do.
 */
function pointsWrittenAsPercent(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const d of par.figures) {
    if (d.unit.kind !== 'percent' || !exact(d) || d.approximate) continue;
    const sentence = sentenceOf(par, d);
    const k = sentence.indexOf(d);
    const previous = sentence[k - 1];
    const current = sentence[k - 2];
    if (!previous || !current || ![previous, current].every((f) => f.unit.kind === 'percent' && exact(f) && !f.approximate && !f.bracket)) continue;
    // (the current percentage a level, not a change itself: 同比增长15%，比上年同期10%提高5% is for the points readings)
    if (ENDS_IN_A_CHANGE.test(plainWords(headOf(par.draft, current)))) continue;
    const verb = CHANGED_BY.exec(plainWords(textBetween(par.draft, previous.endOffset, d.offset)))?.[1];
    if (!verb || !COMPARED_PERIOD.test(plainWords(textBetween(par.draft, current.endOffset, previous.offset)))) continue;
    const fall = isFall(verb) || /减少|降低/.test(verb);
    const diff: Expr = fall ? { op: '-', args: [{ figure: previous }, { figure: current }] } : { op: '-', args: [{ figure: current }, { figure: previous }] };
    const readings = [
      judge(diff, { figure: d }, { unit: 'points', note: '按百分点读' }),
      previous.normalized !== 0 ? judge({ op: 'percent', args: [diff, { figure: previous }] }, { figure: d }, { unit: 'percent', note: '按增减幅度读' }) : undefined,
    ];
    const r = relation(
      'points',
      d,
      [
        [d, 'difference'],
        [current, 'current'],
        [previous, 'previous'],
      ],
      readings,
      { word: verb },
    );
    if (r) out.push(r);
  }
  return out;
}

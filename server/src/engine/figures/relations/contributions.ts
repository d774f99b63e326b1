// The three industries make all of the economy: their contributions to growth add up to 100%, the points each pulled
// GDP or investment growth add up to that growth, and the changes of their shares in the structure cancel out.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { added, exact, judge, known } from './arithmetic';
import { bareMeasure, figuresBefore, headOf, listedFrom, textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';
import { periodEnd, sumOf } from './totals';
import { isFall, PULL_VERB, THREE_INDUSTRIES } from './vocabulary';

/** The words before the three industries' contributions to growth, listed with 分别: 三次产业对经济增长的贡献率分别为. */
const CONTRIBUTIONS = new RegExp(`(?:${THREE_INDUSTRIES})[^，,；;。：:]{0,12}?贡献率分别(?:为|是|达到|达)?[：:]?$`);
/** The three industries named together, in either script: 三次产业, 第一、二、三产业, 三次產業. */
const THREE_INDUSTRIES_EITHER = `${THREE_INDUSTRIES}|三次產業|一二三產業|一、二、三產業`;
/**
 * The same further on in the sentence or without 分别, in either script: 三次产业对GDP增长的贡献率为8.8%、56.5%和34.7%,
 * 第一、二、三产业分别拉动GDP增长2.74、1.96、5.1个百分点，对GDP的贡献率分别为28%、20%、52%, 第一、二、三產業對生產總值增長的
 * 貢獻率分別為. Read only with three percentages listed (不是 一个产业的贡献率).
 */
const CONTRIBUTIONS_LISTED = new RegExp(`(?:${THREE_INDUSTRIES_EITHER})[^；;。！？]{0,60}?(?:贡献率|貢獻率)(?:分别|分別)?(?:为|為|是|达到|達到|达|達)?[：:]?$`);
/** A contribution in a clause of its own: 第一产业贡献率为4.3%, 對經濟增長的貢獻率為15.37% (group 1 nothing: the words only). */
const CONTRIBUTION_CLAUSE = /(?:贡献率|貢獻率)(?:为|為|是|达到|達到|达|達)?(?:负|負)?[：:]?$/;
/** The industries in either script: 第一产业 (一产), 第二产业, 第三产业; which one by the group that matched. */
const INDUSTRY_EITHER = /(第一产业|一产|第一產業)|(第二产业|二产|第二產業)|(第三产业|三产|第三產業)/g;

/** Which industry (0, 1, 2) the words name last, or -1 when none. */
function nearestIndustry(words: string): number {
  let industry = -1;
  for (const m of words.matchAll(INDUSTRY_EITHER)) industry = m[1] ? 0 : m[2] ? 1 : 2;
  return industry;
}

/** The words of a sentence before a figure, without spaces. */
function sentenceHead(draft: Draft, f: Figure): string {
  return textBetween(draft, Math.max(f.sentence.offset, f.offset - 40), f.offset).replace(/\s/g, '');
}

/**
 * 三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%: the first, second and third industries are all of the
 * economy, so their contributions to its growth add up to 100% (within the precision written), whatever their signs.
 */
export function contributions(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const { draft } = par;
  const addUp = (list: readonly Figure[]): void => {
    const r = relation(
      'shares',
      list[2]!,
      list.map((f) => [f, 'percent'] as const),
      [judge(added(list), { constant: 100, text: '100%' }, { unit: 'percent', decimals: 2 })],
    );
    if (r) out.push(r);
  };
  const taken = new Set<Figure>();
  for (const p of par.percents) {
    if (taken.has(p)) continue;
    const head = CONTRIBUTIONS.test(sentenceHead(draft, p)) || CONTRIBUTIONS_LISTED.test(textBetween(draft, Math.max(p.sentence.offset, p.offset - 90), p.offset).replace(/\s/g, ''));
    if (!head) continue;
    const list = listedFrom(draft, p, par.percents);
    if (list.length !== 3 || !list.every(exact)) continue;
    list.forEach((f) => taken.add(f));
    addUp(list);
  }
  out.push(...contributionClauses(par, taken));
  return out;
}

/**
 * 第一产业贡献率为4.3%，拉动GDP增长0.3个百分点；第二产业贡献率为负8.6%，…；第三产业贡献率为104.3%: the three industries'
 * contributions each in a clause of its own, in one sentence, in order (the nearest industry before each is the first,
 * the second, the third, and no other contribution stands between): they add up to 100% as the listed ones do. A
 * contribution written 负 (负8.6%) is negative.
 */
function contributionClauses(par: Paragraph, taken: ReadonlySet<Figure>): Relation[] {
  const { draft } = par;
  const out: Relation[] = [];
  let run: Figure[] = [];
  let negative: boolean[] = [];
  const close = (): void => {
    if (run.length === 3 && run.every(exact)) {
      const cast = run.map((f) => [f, 'percent'] as const);
      const r = relation('shares', run[2]!, cast, [
        judge({ op: '+', args: run.map((figure, i) => ({ figure, negative: negative[i]! })) }, { constant: 100, text: '100%' }, { unit: 'percent', decimals: 2 }),
      ]);
      if (r) out.push(r);
    }
    run = [];
    negative = [];
  };
  for (const p of par.percents) {
    if (taken.has(p)) continue;
    const last = run[run.length - 1];
    // (one sentence: a 。 between two contributions ends the run)
    if (last && /[。！？]/.test(textBetween(draft, last.endOffset, p.offset))) close();
    const head = textBetween(draft, Math.max(p.sentence.offset, run[run.length - 1]?.endOffset ?? 0, p.offset - 60), p.offset).replace(/\s/g, '');
    if (!CONTRIBUTION_CLAUSE.test(head)) continue;
    // the industry named nearest before this contribution, since the one before
    const industry = nearestIndustry(head);
    if (industry !== run.length) {
      close();
      if (industry !== 0) continue;
    }
    run.push(p);
    negative.push(/(?:负|負)[：:]?$/.test(head) && known(p) && p.normalized >= 0);
    if (run.length === 3) close();
  }
  return out;
}

/** The three industries, in order: 第一产业, 一产, 第一、二、三产业's first … */
const INDUSTRY_WORDS: ReadonlyArray<RegExp> = [/第一产业|一产/, /第二产业|二产/, /第三产业|三产/];
/** The words before the three industries' pulls listed together: 三次产业分别拉动经济增长, 第一、二、三产业依次拉动GDP增长. */
const PULLS_LISTED = new RegExp(`(?:${THREE_INDUSTRIES_EITHER})[^；;。]{0,40}?(?:分别|分別|依次)(?:拉动|拉動)[^，,；;。]{0,12}?(?:增长|增長)?$`);
/** A pull: 拉动经济增长, 拉动GDP增长, 拉低GDP (negative). */
const PULL = /(拉动|拉低)[^，,；;。0-9]{0,12}?(?:增长|下降)?(?:分别为)?[：:]?$/;
/** A growth of the whole economy: the change right after 地区生产总值 (GDP) in its sentence. */
const GDP_NAME = /(?:地区生产总值|国内生产总值|生产总值|地區生產總值|國內生產總值|生產總值|GDP)(?:（GDP）)?$/;

/**
 * 地区生产总值282.6亿元，比上年增长6.1%。…三次产业…依次拉动经济增长0.9个百分点、1.9个百分点、3.3个百分点: the first,
 * second and third industries are all of the economy, so the points by which each pulled its growth add up to the
 * growth (within the precision written). The pulls: three in 个百分点 listed together after 三次产业…分别（依次）拉动, or one
 * in each clause of 第一产业, 第二产业, 第三产业 (in order, one each) after 拉动 (拉低: negative), in one sentence. The
 * growth: the change in percent right after the last level of 地区生产总值 before them in the paragraph or the few
 * before it (a decrease negative).
 */
export function pulls(par: Paragraph): Relation[] {
  const { draft, figures } = par;
  // (分别拉动经济增长0.1个、0.9个和2.4个百分点: the points before the last, written with 个 alone, read as counts)
  const listedPoints = new Set<Figure>();
  for (let k = figures.length - 2; k >= 0; k--) {
    const f = figures[k]!;
    const next = figures[k + 1]!;
    if (f.unit.kind === 'count' && /[个個]$/.test(f.text) && (next.unit.kind === 'points' || listedPoints.has(next)) && /^\s*[、，,和及与與]\s*$/.test(textBetween(draft, f.endOffset, next.offset)))
      listedPoints.add(f);
  }
  const points = figures.filter((f) => (f.unit.kind === 'points' || listedPoints.has(f)) && exact(f) && !f.range && !f.bracket);
  if (points.length < 3) return [];
  const out: Relation[] = [];
  const sign = (f: Figure): boolean => /拉低|下拉/.test(sentenceHead(draft, f).slice(-16)) || /下降[^，,；;。]*$/.test(headOf(draft, f));
  for (let i = 0; i + 2 < points.length; i++) {
    const first = points[i]!;
    let three: Figure[] | undefined;
    const listed = [first, points[i + 1]!, points[i + 2]!];
    if (
      PULLS_LISTED.test(textBetween(draft, Math.max(first.period, first.offset - 80), first.offset).replace(/\s/g, '')) &&
      // (-0.1:0.4:4.3个百分点: listed with colons too)
      listed.every((f, k) => k === 0 || (f.sentence.offset === first.sentence.offset && /^(?:个百分点)?[、，,和及与:：\s]*$/.test(textBetween(draft, listed[k - 1]!.endOffset, f.offset))))
    )
      three = listed;
    else if (listed.every((f) => f.period === first.period)) {
      // one per clause: the industry the clause group names, first, second and third in order, each with 拉动 before it
      const ok = listed.every((f, k) => {
        const head = textBetween(draft, Math.max(f.period, listed[k - 1]?.endOffset ?? f.period), f.offset);
        return (
          INDUSTRY_WORDS[k]!.test(head) &&
          INDUSTRY_WORDS.every((w, n) => n === k || !w.test(head)) &&
          (PULL.test(head) || /拉动[^，,；;。]{0,12}分别为[：:]?/.test(textBetween(draft, f.period, first.offset)))
        );
      });
      if (ok) three = listed;
    }
    if (!three) continue;
    const growth = gdpGrowth(par, first);
    if (!growth) continue;
    const cast = [[growth.figure, 'total'] as const, ...three.map((f) => [f, 'part'] as const)];
    const reading = judge({ op: '+', args: three.map((figure) => ({ figure, negative: sign(figure) })) }, { figure: growth.figure, negative: growth.fall }, { compare: '=', unit: 'points' });
    const r = relation('sum', growth.figure, cast, [reading], { marker: '三次产业拉动' });
    if (r) out.push(r);
    i += 2;
  }
  return out;
}

/** The words of a pull on investment right before its points: 上拉投资增速, 拉动全市投资增长, 拉低总投资增速, 下拉 (group 1: down; group 2: 投资 named). */
const INVESTMENT_PULL = new RegExp(`(?:${PULL_VERB})(?:全[省市县区州旗盟]|总|全部)?(?:固定资产)?(投资)?(?:增速|增长)?$`);
/** An industry named in a clause, its investment perhaps (第一产业投资, 二产投资): which one by the group that matched. */
const INDUSTRY_INVESTMENT = /(?:(第一产业|一产)|(第二产业|二产)|(第三产业|三产))(投资)?/g;
/**
 * The growth of all fixed-asset investment at the end of the words before it: 全县固定资产投资同比增长,
 * 全市固定资产投资完成177.4亿元，同比增长 (a part of it, 民间固定资产投资 or 工业固定资产投资, is not all of it: only
 * a place, 全县 or a time may stand before 固定资产投资).
 */
const INVESTMENT_GROWTH = /(?:^|[，,：:]|全[省市县区州旗盟]|[省市县区州旗盟]|[年度月季])固定资产投资(?:完成[^，,；;。]{0,16}[，,])?(?:同比|比上年同期|比去年同期|比上年)?(增长|下降)$/;

/**
 * The industry (0, 1, 2) the words name last, or -1: its investment (第一产业投资), or the industry alone when the pull
 * names investment (一产对总投资的贡献率为-2.25%，拉低总投资增速).
 */
function industryInvested(words: string, pullOnInvestment: boolean): number {
  let industry = -1;
  for (const m of words.matchAll(INDUSTRY_INVESTMENT)) industry = !m[4] && !pullOnInvestment ? -1 : m[1] ? 0 : m[2] ? 1 : 2;
  return industry;
}

/**
 * 第一产业投资同比增长76.1%，上拉投资增速2.4个百分点；第二产业投资…上拉投资增速10.2个百分点；第三产业投资同比下降
 * 11.6%，下拉投资增速2.8个百分点: the first, second and third industries' investment is all fixed-asset investment
 * (the statistics sort every project into one of them), so the points by which each pulled its growth add up to the
 * growth of all of it, stated before them in the paragraph or the few before (within the precision written). The pulls:
 * three in 个百分点 right after a pull verb, each in the clauses of its industry's investment, first, second and third
 * in order, no other pull between; 下拉 and 拉低 pull down.
 */
export function investmentPulls(par: Paragraph): Relation[] {
  const { draft, figures } = par;
  const out: Relation[] = [];
  let run: Array<{ figure: Figure; down: boolean }> = [];
  let from = -1;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k]!;
    const previous = figures[k - 1];
    const pull = INVESTMENT_PULL.exec(textBetween(draft, Math.max(f.sentence.offset, previous?.endOffset ?? 0), f.offset).replace(/\s/g, ''));
    if (f.unit.kind !== 'points' || !pull) continue;
    const industry = industryInvested(textBetween(draft, Math.max(from, f.period), f.offset), pull[2] !== undefined);
    from = f.endOffset;
    if (industry !== run.length || !exact(f) || f.range || f.bracket) {
      run = industry === 0 && exact(f) && !f.range && !f.bracket ? [{ figure: f, down: pull[1] !== undefined }] : [];
      continue;
    }
    run.push({ figure: f, down: pull[1] !== undefined });
    if (run.length < 3) continue;
    const three = run;
    run = [];
    const growth = investmentGrowth(par, three[0]!.figure);
    if (!growth) continue;
    const cast = [[growth.figure, 'total'] as const, ...three.map((p) => [p.figure, 'part'] as const)];
    const reading = judge({ op: '+', args: three.map((p) => ({ figure: p.figure, negative: p.down })) }, { figure: growth.figure, negative: growth.fall }, { compare: '=', unit: 'points' });
    const r = relation('sum', growth.figure, cast, [reading], { marker: '三次产业拉动' });
    if (r) out.push(r);
  }
  return out;
}

/** The last growth of all fixed-asset investment before `before`, in its paragraph or the few before. */
function investmentGrowth(par: Paragraph, before: Figure): { figure: Figure; fall: boolean } | undefined {
  const { draft } = par;
  const candidates = figuresBefore(par, before.offset);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const f = candidates[k]!;
    if (f.unit.kind !== 'percent' || !f.inChange) continue;
    const m = INVESTMENT_GROWTH.exec(textBetween(draft, f.period, f.offset).replace(/\s/g, ''));
    if (!m) continue;
    return exact(f) && !f.range && !f.bracket ? { figure: f, fall: m[1] === '下降' } : undefined;
  }
  return undefined;
}

/** The change in percent right after the last level of GDP before `before`, in its paragraph or the few before. */
function gdpGrowth(par: Paragraph, before: Figure): { figure: Figure; fall: boolean } | undefined {
  const { draft } = par;
  const own = par.figures.filter((f) => f.offset < before.offset);
  const search = (list: readonly Figure[]): { figure: Figure; fall: boolean } | undefined => {
    for (let k = list.length - 1; k >= 0; k--) {
      const level = list[k]!;
      if (level.unit.kind !== 'money' || level.relational || !GDP_NAME.test(bareMeasure(level)) || /人均/.test(level.measure)) continue;
      const next = list[k + 1];
      if (!next || next.unit.kind !== 'percent' || !next.inChange || next.period !== level.period || !exact(next)) return undefined;
      const head = headOf(draft, next);
      if (!/增长|增長|下降/.test(head) || /两年|兩年|平均|年均/.test(head)) return undefined;
      return { figure: next, fall: /下降/.test(head) };
    }
    return undefined;
  };
  return search(own) ?? (own.some((f) => f.unit.kind === 'money' && GDP_NAME.test(bareMeasure(f))) ? undefined : search(par.lookups.earlier()));
}

/** Any industry's name: 第一产业, 一产, … */
const ANY_INDUSTRY = /第([一二三])产业|([一二三])产/g;

/** The industry the words name last, 0 to 2: 第一产业, 一产, … */
function lastIndustry(words: string): number | undefined {
  let found: number | undefined;
  for (const m of words.matchAll(ANY_INDUSTRY)) found = '一二三'.indexOf(m[1] ?? m[2]!);
  return found;
}

/** A change of a share in 个百分点 after its verb: 比重提高0.3个百分点, 比上年下降1.1个百分点. */
const SHARE_CHANGE = /(提高|上升|增加|提升|下降|回落|降低|减少)了?$/;
/** Words that say the shares are the three industries' shares of the economy: 比重, 三次产业结构. */
const STRUCTURE_WORDS = new RegExp(`比重|(?:${THREE_INDUSTRIES})结构|产业结构`);

/**
 * 三次产业结构为7.7:57.5:34.8。与上年相比，第一产业下降0.3个百分点，第二产业下降0.5个百分点，第三产业上升0.8个百分点: the
 * three industries make all of the economy, so their shares always add up to 100% and what some gain the others lose:
 * the rises add up to the falls. One period names the three (or two, the third 持平), each with one change in 个百分点,
 * and speaks of their 比重 or 结构 (in it or in the period before).
 */
export function structureChanges(par: Paragraph): Relation[] {
  const { draft, periods } = par;
  const out: Relation[] = [];
  const keys = [...periods.keys()];
  for (let p = 0; p < keys.length; p++) {
    const period = periods.get(keys[p]!)!;
    const start = keys[p]!;
    const end = periodEnd(draft, period[period.length - 1]!);
    const text = textBetween(draft, start, end);
    const before = p > 0 ? textBetween(draft, keys[p - 1]!, start) : '';
    if (!STRUCTURE_WORDS.test(text) && !STRUCTURE_WORDS.test(before)) continue;
    const changes: Array<{ figure: Figure; industry: number; fall: boolean }> = [];
    let clean = true;
    for (const f of period) {
      if (f.unit.kind !== 'points') continue;
      const head = headOf(draft, f);
      const verb = SHARE_CHANGE.exec(head);
      // the industry named last before the figure in its sentence (up to ；)
      const industry = lastIndustry(textBetween(draft, f.sentence.offset, f.offset));
      const previous = changes[changes.length - 1]?.figure;
      // 其中工业增加值占地区生产总值的比重为29.4%，上升0.5个百分点: a part of an industry, after 其中, is no industry
      if (previous && /其中/.test(textBetween(draft, previous.endOffset, f.offset)) && (industry === undefined || industry === changes[changes.length - 1]!.industry)) continue;
      if (!verb || industry === undefined || !exact(f) || changes.some((c) => c.industry === industry)) {
        clean = false;
        break;
      }
      changes.push({ figure: f, industry, fall: isFall(verb[1]!) });
    }
    if (!clean) continue;
    // the third industry unchanged: 第一产业增加值占地区生产总值的比重为26.7%，与上年持平
    const level = [0, 1, 2].filter((k) => !changes.some((c) => c.industry === k));
    if (!(changes.length === 3 || (changes.length === 2 && level.length === 1 && new RegExp(`(?:${INDUSTRY_WORDS[level[0]!]!.source})[^；;。]{0,30}?持平`).test(text)))) continue;
    const falls = changes.filter((c) => c.fall).map((c) => c.figure);
    const rises = changes.filter((c) => !c.fall).map((c) => c.figure);
    if (falls.length === 0 || rises.length === 0) continue;
    // the one alone on its side is the total the others add up to
    const [total, parts] = falls.length === 1 ? [falls[0]!, rises] : rises.length === 1 ? [rises[0]!, falls] : [undefined, []];
    if (!total) continue;
    const cast = [[total, 'total'] as const, ...parts.map((f) => [f, 'part'] as const)];
    const r = relation('sum', total, cast, [judge(sumOf(parts), { figure: total }, { compare: '=', unit: 'points' })], { marker: '三次产业比重合计始终为100%，升降相抵，' });
    if (r) out.push(r);
  }
  return out;
}

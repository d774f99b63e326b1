// Orphan shares: a share that names no whole (委员提案371件，占78.94%) whose whole is stated before it, not beside it:
// the total of an earlier paragraph, the whole the share before it or after it was read against (siblings after
// 其中, a sub-part, the two halves of one whole), the figure before 中，, or the whole above a paragraph of parts.

import type { Draft, Line } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge, known, type Expr } from './arithmetic';
import { uniqueValue } from './cache';
import { bareMeasure, headOf, listedFrom, textBetween, type Paragraph, type PercentKind } from './paragraph';
import { simplified } from '../../text';
import { ratioRelation, withRole, type Relation } from './relation';
import { CROSSED_BAR, NOT_A_STATED_TOTAL, PLAN, WHOLE_STATED } from './vocabulary';
import { eachShareOf, enoughHold, EPS, exhaustive, orphanItems, quotient, shareOfEither, wholeOfParts, wrongAllowed } from './shareParts';
import { stageAfterQiZhong, TOTAL_NAMED, wholeName } from './wholes';

/** The shares read already, by their percentage (numerator, denominator and percent), and each percentage's place. */
function sharesRead(par: Paragraph, found: readonly Relation[]): { byAnchor: Map<Figure, Relation>; index: Map<Figure, number> } {
  return {
    byAnchor: new Map(found.filter((r) => r.kind === 'share' && r.figures.length === 3).map((r) => [r.anchor, r])),
    index: new Map(par.percents.map((q, i) => [q, i])),
  };
}

/** A share that names no whole, with the share read already beside it in its period (`neighbour`) and that share's part and whole. */
interface BesideARead {
  p: Figure;
  part: Figure;
  neighbour: Figure;
  sibling: Relation;
  numerator: Figure;
  whole: Figure;
}

/**
 * The list readings below: each share that names no whole takes its whole from a share read already beside it. `beside`
 * picks that share's percentage by the orphan's place among the paragraph's percentages, `read` judges the pair. A share
 * read is claimed and, when `chain`, is in its turn the share read beside the next one (a list read item by item).
 */
function fromTheShareBeside(
  par: Paragraph,
  orphans: readonly Figure[],
  found: readonly Relation[],
  beside: (at: number, byAnchor: ReadonlyMap<Figure, Relation>) => Figure | undefined,
  read: (s: BesideARead) => Relation | undefined,
  chain = true,
): Relation[] {
  const out: Relation[] = [];
  const open = orphans.filter((p) => !par.claimed.has(p));
  if (open.length === 0) return out;
  const { byAnchor, index } = sharesRead(par, found);
  for (const { p, part } of orphanItems(par, open)) {
    const neighbour = beside(index.get(p)!, byAnchor);
    const sibling = neighbour && neighbour.period === p.period ? byAnchor.get(neighbour) : undefined;
    const numerator = sibling && withRole(sibling, 'numerator');
    const whole = sibling && withRole(sibling, 'denominator');
    if (!neighbour || !sibling || !numerator || !whole) continue;
    const r = read({ p, part, neighbour, sibling, numerator, whole });
    if (!r) continue;
    par.claimed.add(p);
    if (chain) byAnchor.set(p, r);
    out.push(r);
  }
  return out;
}

/**
 * 共接收投诉举报咨询3776件，其中，投诉1028件，占比27.22%；举报268件，占比7.10%；咨询2480件，占比65.68%: after 其中, the
 * parts listed one by one in a period, each with its share, are of the one whole the first share was read against (the
 * figure before 其中): a share that names no whole, whose part follows the share before it with nothing but the part's
 * words between them (no 其中, no other figure), takes that share's whole, when its part is counted alike and no larger.
 */
export function sharesAfterTheirSibling(par: Paragraph, orphans: readonly Figure[], found: readonly Relation[]): Relation[] {
  return fromTheShareBeside(
    par,
    orphans,
    found,
    (at) => par.percents[at - 1],
    ({ p, part, neighbour: previous, numerator, whole }) => {
      if (whole.offset > numerator.offset || part.offset < previous.endOffset) return undefined;
      if (whole.period !== p.period && !openedInTheNextPeriod(par, whole, numerator)) return undefined;
      // the list opens with 其中 right after the whole, and goes on without another 其中 or figure
      if (!/其中/.test(textBetween(par.draft, whole.endOffset, numerator.offset)) || /其中/.test(textBetween(par.draft, previous.endOffset, part.offset))) return undefined;
      if (par.figures.some((f) => f.offset > previous.endOffset && f.offset < part.offset && !otherMeasureOfTheItem(f, whole))) return undefined;
      if (!compatible(part.unit, whole.unit) || !known(part) || !known(whole) || part.normalized > whole.normalized + EPS) return undefined;
      return ratioRelation('share', p, part, whole);
    },
  );
}

/**
 * 县政府常务会议确定事项22件，截至9月14日，已办结6件，占比27%；正在办理16件，占比73% / 345个监测评价断面中，Ⅰ-Ⅲ类水质
 * 断面合计336个，占97.4%;Ⅳ类水质断面7个，占2.0%: the parts of a list separated by semicolons, each with its share, go on
 * from a share read already without a 其中 to open them; the share after it takes its whole too, when its part follows
 * that share's period-mate across a semicolon with nothing but the part's words between (no 其中, no other figure) and
 * is counted alike and no larger. Without 其中 the part may be a part of the part before it (税收收入80亿元，占80%；增值税
 * 30亿元，占37.5%): either whole will do.
 */
export function sharesListedAfterTheirSibling(par: Paragraph, orphans: readonly Figure[], found: readonly Relation[]): Relation[] {
  return fromTheShareBeside(
    par,
    orphans,
    found,
    (at) => par.percents[at - 1],
    ({ p, part, neighbour: previous, sibling, numerator, whole }) => {
      if (!sibling.holds || part.offset < previous.endOffset) return undefined;
      if (whole.offset > numerator.offset || (whole.period !== p.period && !ofTheTotalBefore(par, previous, numerator))) return undefined;
      // the next item of the list: across a semicolon, no 其中 (a part of the part) and no other figure between
      const between = textBetween(par.draft, previous.endOffset, part.offset);
      if (!/^[）)]?[；;]/.test(between) || /其中|。/.test(between)) return undefined;
      if (par.figures.some((f) => f.offset > previous.endOffset && f.offset < part.offset && !otherMeasureOfTheItem(f, whole))) return undefined;
      if (!compatible(part.unit, whole.unit) || !compatible(part.unit, numerator.unit) || !exact(part) || !known(part) || !known(whole) || !known(numerator)) return undefined;
      if (part.normalized > whole.normalized + EPS) return undefined;
      return shareOfEither(p, part, part.normalized <= numerator.normalized + EPS ? [whole, numerator] : [whole]);
    },
  );
}

/**
 * 共提出了86件代表建议。…已解决的有52件，占总数60.5%；正在解决的有33件，占总数38.4%；暂时无法解决的有1件，占1.1%: a share
 * in the period of its part that names its whole only as the total (占总数, 占总量) is of the total stated in a period
 * before, and the list goes on from it across the semicolons.
 */
function ofTheTotalBefore(par: Paragraph, share: Figure, part: Figure): boolean {
  return share.period === part.period && /^[，,]?占(?:总数|总量)的?$/.test(textBetween(par.draft, part.endOffset, share.offset).replace(/\s/g, ''));
}

/**
 * 计划投入财政衔接资金11612.29万元，实施项目223个。其中：乡村建设行动项目95个，投2468.16万元，占21.3%；…: the list the first
 * share opens may be the period right after its whole's, opened by 其中.
 */
function openedInTheNextPeriod(par: Paragraph, whole: Figure, first: Figure): boolean {
  return /^[^。！？!?]*[。！？!?]\s*其中[^。！？!?]*$/.test(textBetween(par.draft, whole.endOffset, first.offset));
}

/**
 * 其中：乡村建设行动项目95个，投2468.16万元，占21.3%；产业发展项目109个，计划投资7939.58万元，占68.4%: a figure between two
 * items of the list in a unit the whole cannot be counted in (the projects' count beside their money) is the item's
 * other measure, no rival part.
 */
function otherMeasureOfTheItem(f: Figure, whole: Figure): boolean {
  return f.unit.kind !== 'percent' && !f.relational && !compatible(f.unit, whole.unit);
}

/** Words that name one of two complementary halves of a whole: 男性人口 and 女性人口, 城镇人口 and 乡村人口. */
const HALVES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/男/g, '男', '女'],
  [/女/g, '女', '男'],
  [/城镇/g, '城镇', '乡村'],
  [/乡村|农村/g, '乡村', '城镇'],
];

/** Whether two measures name the two halves of one whole (男性人口, 女性人口; 城镇常住人口, 乡村常住人口). */
export function otherHalf(a: string, b: string): boolean {
  const norm = (m: string): string => m.replace(/农村/g, '乡村');
  return HALVES.some(([re, from, to]) => (a.match(re)?.length ?? 0) === 1 && norm(a).replace(from, to) === norm(b));
}

/**
 * 60岁及以上人口为1329万人，占总人口的20.2%，比上年上升1.1个百分点，其中65岁及以上人口为981万人，占比为14.9% / 男性人口为
 * 3380万人，占总人口的比重为51.18%；女性人口为3224万人，下降0.19%，占比48.82%: a share that names no whole, right after a
 * share read already in its period, is of that share's whole when its part is
 *   - a part of that share's part, after 其中 (nothing but changes between): of the whole or of the part it is in
 *     (the 65 and older are 14.9% of all the people, not of the 60 and older; 税收 within 一般公共预算收入 may be either),
 *     either reading will do;
 *   - or the other half of that share's part (男 and 女, 城镇 and 乡村), which is of the same whole.
 */
export function sharesOfASubPart(par: Paragraph, orphans: readonly Figure[], found: readonly Relation[]): Relation[] {
  return fromTheShareBeside(
    par,
    orphans,
    found,
    (at, byAnchor) => {
      // the share before it, past changes (下降0.19%)
      let k = at - 1;
      while (k >= 0 && !byAnchor.has(par.percents[k]!) && !/占|比重|比例|率/.test(par.percents[k]!.measure)) k--;
      return par.percents[k];
    },
    ({ p, part, neighbour: previous, sibling, numerator, whole }) => {
      if (!sibling.holds || part.offset < previous.endOffset || numerator.offset > previous.offset) return undefined;
      // nothing but changes of the sibling between it and the part (比上年上升1.1个百分点, 下降0.19%)
      if (par.figures.some((f) => f.offset > previous.endOffset && f.offset < part.offset && !f.relational)) return undefined;
      if (!compatible(part.unit, whole.unit) || !compatible(part.unit, numerator.unit) || !exact(part) || !known(part) || !known(whole) || !known(numerator)) return undefined;
      const between = textBetween(par.draft, previous.endOffset, part.offset);
      if (/。/.test(between)) return undefined;
      const within = /其中/.test(between) && !/[；;]/.test(between) && part.normalized <= numerator.normalized + EPS;
      const half = !/其中/.test(between) && otherHalf(bareMeasure(numerator), bareMeasure(part)) && part.normalized <= whole.normalized + EPS;
      if (!within && !half) return undefined;
      return shareOfEither(p, part, within ? [whole, numerator] : [whole]);
    },
  );
}

/**
 * 代表共对755件建议的办理工作进行了满意度反馈。其中“满意”690件，占91.4%，“基本满意”65件，占8.6%: the first part of a
 * list after 其中 has a share that names no whole, and the share right after it (of the next part, with nothing but that
 * part's words between) was read against the whole before 其中: the first share is of that whole too, when its part is
 * counted alike and no larger (sharesAfterTheirSibling read the other way).
 */
export function sharesBeforeTheirSibling(par: Paragraph, orphans: readonly Figure[], found: readonly Relation[]): Relation[] {
  return fromTheShareBeside(
    par,
    orphans,
    found,
    (at) => par.percents[at + 1],
    ({ p, part, sibling, numerator, whole }) => {
      if (!sibling.holds || numerator.offset < p.endOffset || whole.offset > part.offset) return undefined;
      // 其中 between the whole and the first part, none after it; no other figure between the share and the next part
      if (!/其中/.test(textBetween(par.draft, whole.endOffset, part.offset)) || /其中|。/.test(textBetween(par.draft, part.offset, numerator.offset))) return undefined;
      if (par.figures.some((f) => (f.offset > p.endOffset && f.offset < numerator.offset) || (f.offset > whole.endOffset && f.offset < part.offset))) return undefined;
      if (!compatible(part.unit, whole.unit) || !compatible(part.unit, numerator.unit) || !exact(part) || !known(part) || !known(whole) || part.normalized > whole.normalized + EPS) return undefined;
      return ratioRelation('share', p, part, whole);
    },
    false,
  );
}

/**
 * 受理的73件中，农林水利方面21件，占总数的28.8%；交通方面6件，占总数的8.2%；…: a figure right before 中， opens a
 * breakdown of itself, so the shares after it in its period that name no whole are of it, when their parts are
 * counted alike, no larger, and no other 中， or 其中 stands between.
 */
export function sharesOfAFigureWithin(par: Paragraph, orphans: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const open = orphans.filter((p) => !par.claimed.has(p));
  for (const { p, part } of open.length > 0 ? orphanItems(par, open) : []) {
    const before = (par.periods.get(p.period) ?? []).filter((f) => f.offset < part.offset);
    const at = before.map((f) => /^中[，,：:]/.test(textBetween(par.draft, f.endOffset, f.endOffset + 2))).lastIndexOf(true);
    const whole = before[at];
    if (!whole || whole.relational || whole.bracket || !exact(whole) || !exact(part) || !compatible(whole.unit, part.unit) || part.normalized > whole.normalized + EPS) continue;
    if (/其中/.test(textBetween(par.draft, whole.endOffset, part.offset))) continue;
    const r = ratioRelation('share', p, part, whole);
    if (!r) continue;
    par.claimed.add(p);
    out.push(r);
  }
  return out;
}

/**
 * 其中政府采购类456个，占总交易个数的53%；工程建设类314个，…: a part read with the subject of the list's first part
 * (其中政府采购类) is one of the list 其中 opens, not a part of a part after a 其中 of its own.
 */
function ofAListAfterQiZhong(part: Figure, subject: string): boolean {
  return subject.startsWith('其中') && part.subject === subject;
}

/**
 * 470件提案中，…。具体来看，委员提案371件，占78.94%；集体提案99件，占21.06%。从办理结果看，A类433件，占92.13%；…:
 * shares that name no whole, whose whole is stated before their paragraph (in one of the paragraphs just before it)
 * or earlier in it. A total is their whole when at least two of a run of them hold against it and no other total
 * makes as many hold; the run reaches from the first to the last that holds, and takes in one share more before or
 * after it only when that share stands in the same period (up to 。) as one that holds and is not a part's share
 * (其中…). Within such a run one share that does not hold is wrong: the others show which whole they are of.
 */
export function sharesOfAnEarlierTotal(par: Paragraph, orphans: readonly Figure[], delimited = false): Relation[] {
  let items = orphanItems(par, orphans);
  if (items.length < 3) return [];
  const first = items[0]!.part;
  const out: Relation[] = [];
  const earlier = par.lookups.earlier();
  const pool = [...earlier, ...par.figures.filter((f) => f.offset < first.offset)].filter(
    (f) => exact(f) && !f.relational && !f.bracket && !f.range && f.unit.kind !== 'percent' && !NOT_A_STATED_TOTAL.test(f.scope),
  );
  const complete = wholeOfParts(
    items,
    pool.filter((f) => f.subject === first.subject),
  );
  if (complete) {
    out.push(...eachShareOf(par, items, complete));
    return out;
  }
  for (let round = 0; round < 3 && items.length >= 3; round++) {
    const unit = items[0]!.part.unit;
    const subject = items[0]!.part.subject;
    let best: { total: Figure; from: number; to: number; holds: number } | undefined;
    let tie = false;
    // 市12345平台共受理问题26898件。…按来源分：热线电话14765件，占案卷总数的54.89%；…: parts that name no subject are of
    // the document's whole, which a total of an earlier paragraph may have been read with a subject of its own; such a
    // total is looked at only when none of the parts' own subject is theirs
    // (其中政府采购类456个，占总交易个数的53%；工程建设类314个，…: a subject opening with 其中 is the first part's own
    // name, read as the subject of the list after it; the list is of the whole before 其中, as parts with no subject are)
    const own = subject === '' || subject.startsWith('其中') ? '' : subject;
    const candidates =
      own === '' ? [(f: Figure): boolean => f.subject === own, (f: Figure): boolean => f.subject !== own && f.offset < par.figures[0]!.offset] : [(f: Figure): boolean => f.subject === own];
    for (const ofSubject of candidates) {
      if (best || tie) break;
      const totals = [...new Map(pool.filter((f) => compatible(f.unit, unit) && ofSubject(f)).map((f) => [f.normalized, f])).values()];
      for (const total of totals) {
        const holds = items.map((x) => compatible(x.part.unit, unit) && x.part.normalized! <= total.normalized! + EPS && !!quotient(x.p, x.part, total)?.holds);
        const from = holds.indexOf(true);
        const to = holds.lastIndexOf(true);
        const count = holds.filter(Boolean).length;
        if (count < 2 || to - from + 1 - count > wrongAllowed(to - from + 1)) continue;
        if (!best || count > best.holds) {
          best = { total, from, to, holds: count };
          tie = false;
        } else if (count === best.holds) tie = true;
      }
    }
    if (!best || tie) return out;
    // (a list 其中 opens is read from a run of shares that all hold against the total, none failing between them)
    // (unless the list is one cut out between 其中 and the run of another whole: sharesBeforeTheRun)
    if (!delimited && own !== subject && best.to - best.from + 1 !== best.holds) return out;
    let { from, to } = best;
    const total = best.total;
    if (to - from + 1 === best.holds) {
      // one more share at either end, in the period of a share that holds, of a part no larger than the whole
      const fits = (k: number, neighbour: number): boolean => {
        const x = items[k];
        return (
          !!x &&
          x.p.period === items[neighbour]!.p.period &&
          compatible(x.part.unit, unit) &&
          x.part.normalized! <= total.normalized! + EPS &&
          (ofAListAfterQiZhong(x.part, subject) || (!/其中/.test(textBetween(par.draft, x.p.period, x.p.offset)) && !x.part.subject.startsWith('其中')))
        );
      };
      if (fits(from - 1, from)) from--;
      else if (fits(to + 1, to)) to++;
    }
    const run = items.slice(from, to + 1);
    if (run.length < 3) return out;
    out.push(...eachShareOf(par, run, total));
    out.push(...sharesBeforeTheRun(par, items.slice(0, from)));
    const tail = restOfThePeriod(par, items, run, items.slice(to + 1), total);
    items = items.slice(to + 1);
    if (tail.length > 0) {
      out.push(...eachShareOf(par, tail, total));
      return out;
    }
  }
  return out;
}

/**
 * 建构筑物火灾共发生103起（…；其中居住场所火灾67起，占65.05%，生产加工场所火灾9起，占8.74%，…）室外设施设备火灾36起，占14.57%，
 * …: the run of shares most of the list holds against (of the 247 fires) may follow another list, of another whole, that
 * no round reaches, as the rounds go on after the run only. The shares before the run are read on their own, as a list
 * of their own (three or more, by the same rules; one that does not hold may stand inside the run of such a list
 * opened by 其中, as it is cut off on both sides).
 */
function sharesBeforeTheRun(par: Paragraph, before: ReadonlyArray<{ p: Figure; part: Figure }>): Relation[] {
  // (经营性场所32起，占火灾总起数的41.70%；其中居住场所火灾67起，占65.05%，…: a list opened by 其中 starts there; a share
  // before it is of what the list breaks down, not one of its parts)
  let opened = 0;
  for (let k = 1; k < before.length; k++) if (openedAfter(par, before[k - 1]!, before[k]!)) opened = k;
  const list = before.slice(opened);
  const found =
    list.length >= 3
      ? sharesOfAnEarlierTotal(
          par,
          list.map((x) => x.p),
          opened > 0,
        )
      : [];
  // the shares of that list left unread are left alone: fewer of them would look like a pair of their own to the
  // readings after this one
  if (found.length > 0) for (const x of before) par.claimed.add(x.p);
  return found;
}

/**
 * 其中，交省人大常委会机关办理10件（含会办），占1.31%；省人民政府办理721件…，占94.37%；省监察委员会办理3件，占0.39%；省高级人民
 * 法院办理20件…，占2.68%；省人民检察院办理13件，占1.74%；党群机关组织等办理73件…，占9.79%。: one or two shares left after the
 * run, too few for a round of their own, that go on its list in the same period (up to 。), of parts no larger than
 * its whole and not opened by another 其中, are of the run's whole too.
 */
function restOfThePeriod(
  par: Paragraph,
  list: ReadonlyArray<{ p: Figure; part: Figure }>,
  run: ReadonlyArray<{ p: Figure; part: Figure }>,
  rest: ReadonlyArray<{ p: Figure; part: Figure }>,
  total: Figure,
): Array<{ p: Figure; part: Figure }> {
  if (rest.length === 0 || rest.length >= 3 || ofTheirOwnSum(list, total)) return [];
  const last = run[run.length - 1]!;
  const goesOn = rest.every(
    (x, k) =>
      x.p.period === last.p.period &&
      compatible(x.part.unit, total.unit) &&
      x.part.normalized! <= total.normalized! + EPS &&
      !openedAfter(par, k === 0 ? last : rest[k - 1]!, x) &&
      !/[。！？!?]/.test(textBetween(par.draft, (k === 0 ? last : rest[k - 1]!).p.endOffset, x.part.offset)),
  );
  return goesOn ? [...rest] : [];
}

/**
 * 群众反映516件，占比73.71%；群众举报4件，占比0.57%；…；其他76件，占比10.86% after 共受理708件: shares that add up to 100 of
 * parts that do not add up to the total may be of the parts' own sum (700), which the text does not state: no share
 * is then read as going on the run's list. (Not a reason to leave the run itself: 第二产业完成投资2.35万元…4.6% is
 * a slip of 亿 for 万 in a list whose shares add up to 100 of the total, and 工作信息75条，占83% one of another base.)
 */
function ofTheirOwnSum(items: ReadonlyArray<{ p: Figure; part: Figure }>, total: Figure): boolean {
  if (items.length < 3 || !exhaustive(items) || !items.every((x) => compatible(x.part.unit, total.unit) && exact(x.part))) return false;
  const sum: Expr = { op: '+', args: items.map((x) => ({ figure: x.part })) };
  return !judge(sum, { figure: total }, { unit: 'amount' })?.holds;
}

/** Whether a list opened by 其中 starts between a share and the next item (…，占火灾总起数的41.70%；其中居住场所火灾67起). */
function openedAfter(par: Paragraph, share: { p: Figure }, next: { part: Figure }): boolean {
  return /其中/.test(textBetween(par.draft, share.p.endOffset, next.part.offset));
}

/**
 * 全市党员总数为47.6万名。…（paragraphs later）全市大专及以上学历党员19.9万名，占41.8%；女党员13.3万名，占27.9%: two
 * shares that name no whole, in one sentence, whose whole is stated in the paragraphs just before theirs (the lists of
 * three or more are `sharesOfAnEarlierTotal`'s). A total is their whole when it is the one value among those earlier
 * figures (of the parts' unit, no smaller than the two parts together) against which either share holds; one that
 * does not hold is then wrong, unless it holds against some other figure before it (it may be of another whole).
 * Nothing is read when two totals fit.
 */
export function pairOfSharesOfAnEarlierTotal(par: Paragraph, orphans: readonly Figure[]): Relation[] {
  // 5405名村党组织书记中，致富带头人占61.7%: a figure the share follows with 中 is its whole, not its part
  const items = orphanItems(par, orphans).filter(({ p, part }) => !/中[，,]/.test(textBetween(par.draft, part.offset, p.offset)));
  if (items.length !== 2) return [];
  const [a, b] = items as [{ p: Figure; part: Figure }, { p: Figure; part: Figure }];
  const unit = a.part.unit;
  const alike = (x: { p: Figure; part: Figure }): boolean => compatible(x.part.unit, unit) && !x.part.subject.startsWith('其中') && !/其中/.test(textBetween(par.draft, x.p.period, x.p.offset));
  if (a.p.period !== b.p.period || a.part === b.part || !alike(a) || !alike(b)) return [];
  const first = par.figures[0]!;
  const pool = par.lookups.earlier().filter((f) => f.offset < first.offset && exact(f) && !f.relational && !f.bracket && !f.range && compatible(f.unit, unit) && !NOT_A_STATED_TOTAL.test(f.scope));
  const subjects = a.part.subject === '' ? [(f: Figure): boolean => f.subject === '', (f: Figure): boolean => f.subject !== ''] : [(f: Figure): boolean => f.subject === a.part.subject];
  const together = a.part.normalized! + b.part.normalized!;
  for (const ofSubject of subjects) {
    const totals = [
      ...new Map(
        pool.filter((f) => ofSubject(f) && f.normalized! >= together - EPS && (!!quotient(a.p, a.part, f)?.holds || !!quotient(b.p, b.part, f)?.holds)).map((f) => [f.normalized, f]),
      ).values(),
    ];
    if (totals.length > 1) return [];
    const total = totals[0];
    if (!total) continue;
    // a share that does not hold against the total but does against another figure before it is of that other whole
    const before = [...pool, ...par.figures.filter((f) => f.offset < b.p.offset && f.unit.kind !== 'percent')];
    const elsewhere = (x: { p: Figure; part: Figure }): boolean =>
      !quotient(x.p, x.part, total)?.holds && before.some((f) => f !== x.part && f.normalized !== total.normalized && !!quotient(x.p, x.part, f)?.holds);
    if (elsewhere(a) || elsewhere(b)) return [];
    return eachShareOf(par, items, total);
  }
  return [];
}

/**
 * 全区共有幼儿园341所。⏎公办幼儿园145所（占比42.52%）。⏎…民办幼儿园196所。⏎民办普惠性幼儿园172所（占比87.8%）: a share in
 * brackets, 占比 and nothing more, right after its part, is of the figure of an earlier paragraph the part's name
 * narrows (the part's key begins and ends as the whole's does: 民办普惠性幼儿园 of 民办幼儿园 and of 幼儿园), of the part's
 * unit and subject and larger than it; of such wholes the one named most closely, and only when it has one value.
 */
export function sharesOfANamedEarlierWhole(par: Paragraph, orphans: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const first = par.figures[0]!;
  for (const { p, part } of orphanItems(par, orphans)) {
    if (!p.bracket || p.measure !== '占比' || !exact(part) || !known(part)) continue;
    const wholes = par.lookups
      .earlier()
      .filter(
        (f) =>
          f.offset < first.offset &&
          exact(f) &&
          known(f) &&
          !f.relational &&
          !f.bracket &&
          !f.range &&
          compatible(f.unit, part.unit) &&
          f.subject === part.subject &&
          f.normalized > part.normalized! + EPS &&
          narrowedName(part.key, f.key),
      );
    const closest = Math.max(0, ...wholes.map((f) => f.key.length));
    const whole = uniqueValue(wholes.filter((f) => f.key.length === closest));
    if (!whole) continue;
    par.claimed.add(p);
    const r = ratioRelation('share', p, part, whole);
    if (r) out.push(r);
  }
  return out;
}

/**
 * 全年受理诉求12.5万件。⏎其中咨询类4.2万件，占33.6%；…: a share whose paragraph states no other figure its part could be
 * a share of is of the whole stated in the nearest paragraph before it that states a figure of the part's unit (other
 * than the parts of shares), when that paragraph states exactly one (692件（…有4件作为参阅件…） states two: the writer
 * may divide by 688), named as a whole (共, 总, 累计, 全年, 受理), larger than the part, of its subject and time, and no
 * round bar (突破84万件). Only over paragraphs that state figures: a heading or a paragraph of words between them may
 * open another scope. A share that names its whole names it with the whole's own words (占税收收入 of 税收收入, not 占一般
 * 公共预算支出 of 一般公共预算收入); several shares read against one whole must hold but one in five.
 */
export function sharesOfTheWholeAbove(par: Paragraph, left: readonly Figure[], kinds: Map<Figure, PercentKind>, read: ReadonlySet<Figure>): Relation[] {
  // (202名村党组织书记中，大专及以上学历的占48.2%: a figure the share follows with 中 is its whole, not its part)
  const items = orphanItems(
    par,
    left.filter((p) => !read.has(p) && known(p) && p.value <= 100),
  ).filter(
    ({ p, part }) =>
      !/^[^，,；;。]*中/.test(textBetween(par.draft, part.endOffset, p.offset)) &&
      !readBeside(par, p, read) &&
      !afterAFigureAndQiZhong(par, part) &&
      listedFrom(par.draft, p, par.percents).length === 1 &&
      !listedAfter(par, p),
  );
  const siblings = new Set(items.map((x) => x.part));
  const byWhole = new Map<Figure, Array<{ p: Figure; part: Figure }>>();
  for (const x of items) {
    if (!known(x.part) || wholeInItsParagraph(par, x.part, siblings)) continue;
    const whole = wholeAbove(par, x.part);
    // (当年计划投资181亿元，占比60.5% is of the year's plans, not of the projects' 总投资834.3亿元)
    if (!whole || !namesTheWhole(par, kinds.get(x.p), x.part, whole) || PLAN.test(x.part.measure) !== PLAN.test(whole.measure)) continue;
    const group = byWhole.get(whole);
    if (group) group.push(x);
    else byWhole.set(whole, [x]);
  }
  const out: Relation[] = [];
  for (const [whole, group] of byWhole) {
    // (受理1054件，其中立案996件 above 巡查上报953件，占总案件的95.68%: the count at the next stage is a whole too)
    const largest = group.reduce((max, x) => (x.part.normalized! > max.part.normalized! ? x : max));
    const stage = group.every((x) => exact(x.p) && exact(x.part)) ? stageAfterQiZhong(par, whole, largest.part) : undefined;
    if (stage && enoughHold(group, { figure: stage })) {
      for (const { p, part } of group) {
        par.claimed.add(p);
        const r = shareOfEither(p, part, [whole, stage]);
        if (r) out.push(r);
      }
      continue;
    }
    if (group.length >= 2 && !enoughHold(group, { figure: whole })) continue;
    out.push(...eachShareOf(par, group, whole));
  }
  return out;
}

/**
 * Whether a share of the period it stands in was read already (群众反映516件，占比73.71%；群众举报4件，占比0.57%；…): the
 * list it is one of was read against its own whole, or left for a reason the whole above does not change.
 */
function readBeside(par: Paragraph, p: Figure, read: ReadonlySet<Figure>): boolean {
  return par.percents.some((q) => q !== p && q.period === p.period && read.has(q));
}

/**
 * Whether a part follows 其中 after a figure of its unit in its paragraph (…书记421人，其中选派到村有11人，占2.6%): a part of
 * that figure (not after 5类技术合同中，其中，技术服务合同成交额为2309.19亿元, a count in another unit).
 */
function afterAFigureAndQiZhong(par: Paragraph, part: Figure): boolean {
  const first = par.figures.find((f) => f.offset < part.offset && ofTheUnit(f, part));
  return !!first && /其中/.test(textBetween(par.draft, first.endOffset, part.offset));
}

/** Whether a percentage is one of a list after the first (25%、40%): the list's readings take it, not a single share's. */
function listedAfter(par: Paragraph, p: Figure): boolean {
  const before = par.percents.filter((q) => q.offset < p.offset && q.sentence.offset === p.sentence.offset);
  const last = before[before.length - 1];
  return !!last && /^[、，,和及与\s]*$/.test(textBetween(par.draft, last.endOffset, p.offset));
}

/** Whether a share names no whole, names it only as the total (占总数的, 占全市的), or with words the whole is named by. */
function namesTheWhole(par: Paragraph, k: PercentKind | undefined, part: Figure, whole: Figure): boolean {
  const words = k?.kind === 'share' ? simplified(k.words).replace(/的$/, '') : '';
  if (/^(?:比|比率|比重|比例)?$/.test(words) || TOTAL_NAMED.test(words)) return true;
  // (占一般公共预算收入 of a name stated with other values elsewhere, 20.0亿元 and 32.0亿元: the words may mean either)
  // (only figures that could be the whole: outside the share's paragraph, larger than its part)
  const others = par.lookups.named(words).filter((f) => f.para !== part.para && compatible(f.unit, whole.unit) && f.normalized! > part.normalized! && f.normalized !== whole.normalized);
  if (others.length > 0) return false;
  const core = wholeName(words).replace(/^总|总[额量数值]$/g, '');
  // (占全市出口总值的 is not of 进出口总值3149.9亿元: 出口 within 进出口 names the trade both ways)
  const name = simplified(`${headOf(par.draft, whole)}${whole.measure}`).replace(/^(?:进口|出口)/.test(core) ? /进出口/g : /(?!)/g, '');
  return core.length >= 2 && name.includes(core);
}

/** A figure of a part's unit, not a percentage: what a paragraph states of what the part counts. */
function ofTheUnit(f: Figure, part: Figure): boolean {
  return f.unit.kind !== 'percent' && compatible(f.unit, part.unit);
}

/** A level of a part's unit that a share of it may be of: exact, stated for itself (no base, no bracket, no range). */
function levelOfTheUnit(f: Figure, part: Figure): boolean {
  return ofTheUnit(f, part) && exact(f) && !f.relational && !f.range && !f.bracket;
}

/**
 * Whether a figure is the part of a share: the next figure of its period, past its changes, is a share (占33.6%,
 * （30.2%）; 进出口1641.8亿元，增长12.9%，占全市进出口总值的52.1%).
 */
function partOfAShare(par: Paragraph, f: Figure, figures: readonly Figure[]): boolean {
  for (const q of figures) {
    if (q.offset <= f.endOffset) continue;
    if (q.period !== f.period) return false;
    if (q.unit.kind === 'percent' && (!!q.bracket || /占|佔|比重|比例/.test(headOf(par.draft, q)))) return true;
    if (q.unit.kind !== 'percent' && !q.relational) return false;
  }
  return false;
}

/** Whether a share's paragraph states a figure its part could be a share of: larger, of its unit, none of the parts read with it. */
function wholeInItsParagraph(par: Paragraph, part: Figure & { normalized: number }, siblings: ReadonlySet<Figure>): boolean {
  return par.figures.some((f) => !siblings.has(f) && levelOfTheUnit(f, part) && f.normalized! > part.normalized);
}

/** A figure named as a whole (共受理, 总投资, 累计, 全年), not a round bar it went past (突破84万件). */
function namedAsAWhole(par: Paragraph, f: Figure): boolean {
  const head = headOf(par.draft, f);
  return WHOLE_STATED.test(`${head}\u0000${f.measure}`) && !CROSSED_BAR.test(head);
}

/** The one whole stated in the nearest paragraph before this one that states a figure of the part's unit (see above). */
function wholeAbove(par: Paragraph, part: Figure & { normalized: number }): Figure | undefined {
  const earlier = par.lookups.earlier();
  let index = par.figures[0]!.para.index;
  for (let end = earlier.length; end > 0;) {
    const line = earlier[end - 1]!.para;
    // (a paragraph with no figures between: a heading or words that may open another scope; but sub-headings only,
    // （一）诉求分类情况, divide the section the whole above was stated for)
    if (line.index !== index - 1 && !subHeadingsBetween(par.draft, line.index, index)) return undefined;
    index = line.index;
    let start = end;
    while (start > 0 && earlier[start - 1]!.para === line) start--;
    const figures = earlier.slice(start, end);
    end = start;
    // (比上年增加36所 beside 全省共有幼儿园6973所 is a change of the whole, not a figure of its own)
    const stated = figures.filter((f) => ofTheUnit(f, part) && !f.relational && !partOfAShare(par, f, figures));
    // (新一届班子队伍呈现以下4个特点： opens items of their own, whose parts are of no whole stated above it)
    if (stated.length === 0 && /[：:]\s*$/.test(line.prose)) return undefined;
    if (stated.length === 0 || breakdownOfASibling(par, line, figures, stated, part)) continue;
    const wholes = stated.filter((f) => namedAsAWhole(par, f) && levelOfTheUnit(f, part));
    const whole = wholes[0];
    if (wholes.length !== 1 || !whole || stated.some((f) => f.bracket)) return undefined;
    const sameTime = !/^(?:去年|上年|前年)/.test(whole.scope) && (!whole.scope || !part.scope || whole.scope === part.scope);
    const ofSubject = whole.subject === '' || whole.subject === part.subject;
    return sameTime && ofSubject && whole.normalized! > part.normalized + EPS ? whole : undefined;
  }
  return undefined;
}

/**
 * Whether a numbered item states a sibling part with its share and then only what that part is made of (1. 城乡建设类
 * 1545件，占比16.74%。其中，房产监管366件、物业服务296件…, above 2. 政法类906件，占比9.81%): the figures after the part, none
 * larger than it, break it down and are no whole of the items after it.
 */
function breakdownOfASibling(par: Paragraph, line: Line, figures: readonly Figure[], stated: readonly Figure[], part: Figure): boolean {
  const first = figures.find((f) => ofTheUnit(f, part) && !f.relational);
  if (!line.ordinal || !first || !known(first) || stated.includes(first) || !partOfAShare(par, first, figures)) return false;
  return stated.every((f) => f.offset > first.offset && known(f) && f.normalized <= first.normalized);
}

/**
 * Whether the lines between two paragraphs are all sub-headings, each a short line of its own under an ordinal below the
 * first level (（一）诉求分类情况, （三）热点问题情况。): 共转派工单4567件。⏎（一）诉求分类情况⏎投诉3751件 占比 82.13%. A heading
 * of the first level (二、) or a line of words (…主要集中在：) may open another scope.
 */
function subHeadingsBetween(draft: Draft, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const line = draft.lines[i];
    if (!line?.ordinal || line.ordinal.level < 2 || line.prose.length > SUB_HEADING_LENGTH || /[，,；;：:]/.test(line.prose)) return false;
  }
  return to > from + 1;
}

/** The longest sub-heading line crossed on the way to a whole above (（三）从受理渠道和受理方式来看。). */
const SUB_HEADING_LENGTH = 20;

/** A name that narrows another by words inside it: 民办普惠性幼儿园 of 民办幼儿园 and of 幼儿园 (the head kept whole). */
function narrowedName(part: string, whole: string): boolean {
  if (whole.length < 2 || whole.length >= part.length) return false;
  for (let i = 0; i < whole.length; i++) {
    if (part.startsWith(whole.slice(0, i)) && part.endsWith(whole.slice(i))) return true;
  }
  return false;
}

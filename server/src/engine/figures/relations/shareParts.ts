// What the share readings have in common: the quotient p = num ÷ den × 100; the part a share speaks of (the last
// level before it, the figure a bracket follows, a level run on after a finished share); each share of a list
// against its one whole; whether a list's parts or shares are all of their whole; and how many shares of a list may
// fail to hold against the whole the others give.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge, rangeOf, type Expr, type Reading } from './arithmetic';
import { uniqueValue } from './cache';
import { sentenceOf, textBetween, type Paragraph } from './paragraph';
import { quotientOver, ratioRelation, relationAmong, type Relation } from './relation';
import { RUN_ON_AFTER_SHARE } from './vocabulary';

export const EPS = 1e-9;

/** The reading p = num ÷ den × 100. */
export function quotient(p: Figure, num: Figure, den: Figure): Reading | undefined {
  return quotientOver(p, num, { figure: den });
}

/**
 * 35岁及以下党员134.25万名，占24.4%3660岁党员235.33万名，占42.8%: a page that lost its separators runs the next
 * statement into the clause of a finished share (占, its percentage, no 的 after it): the count after it, named by its
 * own words, is a level stated anew, which its own 占 follows, not the whole of the share before it.
 */
export function runOnLevel(draft: Draft, f: Figure): boolean {
  return RUN_ON_AFTER_SHARE.test(textBetween(draft, f.clause.offset, f.offset).replace(/\s/g, ''));
}

/**
 * 60歲以上老人83戶，122人，占低保戶的38.2%: households and people written as a pair, the share naming its whole by the
 * first one's unit (低保戶, 戶): the share is of the households, not of the people right before it. The two figures back
 * to back (nothing or a comma between), of two units, the whole's name ending with the first's and not the second's.
 */
function firstOfAPair(draft: Draft, p: Figure, before: readonly Figure[]): Figure | undefined {
  const last = before[before.length - 1];
  const first = before[before.length - 2];
  if (!last || !first || last.bracket || first.bracket || first.unit.text === last.unit.text || first.unit.kind !== 'count' || last.unit.kind !== 'count') return undefined;
  if (!/^[，,]?$/.test(textBetween(draft, first.endOffset, last.offset).trim())) return undefined;
  const whole = /^[，,]?(?:占|佔)([\u4e00-\u9fff]{1,12}?)的?$/.exec(textBetween(draft, last.endOffset, p.offset).trim())?.[1];
  return whole && whole.endsWith(first.unit.text) && !whole.endsWith(last.unit.text) ? first : undefined;
}

/**
 * The figure a share speaks of among those before it (in order): the last one, but for one in brackets that close
 * before the share, the figure the bracket follows (违法行为325件（其中无照经营210件），占举报量的9%: 325件), or none when
 * no figure stands right before the bracket.
 */
export function lastBefore(draft: Draft, p: Figure, before: readonly Figure[]): Figure | undefined {
  const last = before[before.length - 1];
  const pair = firstOfAPair(draft, p, before);
  if (pair) return pair;
  const gloss = last?.bracket;
  if (!gloss || gloss.endOffset > p.offset || p.bracket?.offset === gloss.offset) return last;
  for (let i = before.length - 2; i >= 0; i--) {
    const f = before[i]!;
    if (f.offset >= gloss.offset) continue;
    return !f.bracket && /^\s*[（(]\s*$/.test(textBetween(draft, f.endOffset, gloss.offset)) ? f : undefined;
  }
  return undefined;
}

/** The share of `part` in any one of `wholes` (a part of a part may be counted in either): holds when one reading does. */
export function shareOfEither(p: Figure, part: Figure, wholes: readonly Figure[]): Relation | undefined {
  return relationAmong(
    'share',
    p,
    wholes.map((w) => ({
      cast: [
        [p, 'percent'],
        [part, 'numerator'],
        [w, 'denominator'],
      ] as const,
      reading: quotient(p, part, w),
    })),
  );
}

/** Each share of a list against its one whole, claimed so that no other reading takes it. */
export function eachShareOf(par: Paragraph, items: ReadonlyArray<{ p: Figure; part: Figure }>, whole: Figure): Relation[] {
  const out: Relation[] = [];
  for (const { p, part } of items) {
    par.claimed.add(p);
    const r = ratioRelation('share', p, part, whole);
    if (r) out.push(r);
  }
  return out;
}

/**
 * 投诉类4733件，占51.28%；咨询类3162件，占34.26%；…；其他969件，占10.50% after 受理9230件: parts that add up exactly
 * (at their written precision) to a total stated before them are all of it, so it is the whole of their shares
 * however many of the shares are wrong. Three parts or more, and one value of the totals they add up to.
 */
export function wholeOfParts(items: ReadonlyArray<{ part: Figure }>, totals: readonly Figure[]): Figure | undefined {
  if (items.length < 3) return undefined;
  const unit = items[0]!.part.unit;
  if (!items.every((x) => compatible(x.part.unit, unit) && exact(x.part))) return undefined;
  const sum: Expr = { op: '+', args: items.map((x) => ({ figure: x.part })) };
  return uniqueValue(totals.filter((t) => compatible(t.unit, unit) && !!judge(sum, { figure: t }, { unit: 'amount' })?.holds));
}

/**
 * Whether the shares of a list add up to 100 at their written precision (公务接待费0.53万元，占69%；公务用车…1.18万元，占31%):
 * they divide one whole among the parts listed, so when the parts of a list that opens the run and ends with its
 * period (up to 。; not a run cut out of a longer list, which may add up to 100 by chance) add up exactly to a total
 * stated before them, that total is their whole even if none of the shares holds against it (two shares swapped).
 */
export function exhaustive(items: ReadonlyArray<{ p: Figure; part: Figure }>): boolean {
  if (items.length < 2) return false;
  const shares = rangeOf({ op: '+', args: items.map((x) => ({ figure: x.p })) });
  return shares.lo <= 100 && shares.hi >= 100;
}

/**
 * Whether a share is its quotient cut off at its written decimals rather than rounded (140件 of 151件 is 92.715%,
 * written 92.71%; 13件 of 96件 is 13.54%, written 13%): it does not hold, yet it shows the writer divided by that whole,
 * so it counts for the whole of its list like one that holds (and is reported against it).
 */
export function cutOff(reading: Reading | undefined): boolean {
  if (!reading || reading.holds) return false;
  const { range, statedRange } = reading;
  const half = (statedRange.hi - statedRange.lo) / 2;
  return range.hi >= statedRange.hi - EPS && range.lo < statedRange.hi + half - EPS;
}

/** Whether a share holds against a whole, or is its quotient cut off (`cutOff`): either shows the whole divided. */
export function dividedBy(p: Figure, part: Figure, whole: Expr): boolean {
  const reading = quotientOver(p, part, whole);
  return !!reading?.holds || cutOff(reading);
}

/**
 * Whether all the shares hold against a whole (or the other one given) but one in five of them (one for two to five);
 * a share cut off at its decimals counts as holding (`cutOff`).
 */
export function enoughHold(items: ReadonlyArray<{ p: Figure; part: Figure }>, whole: Expr, or?: Expr): boolean {
  const holds = items.filter((x) => exact(x.p) && (dividedBy(x.p, x.part, whole) || (!!or && dividedBy(x.p, x.part, or)))).length;
  return holds >= Math.max(1, items.length - wrongAllowed(items.length));
}

/**
 * How many shares of a list may not hold against the total the others give: one, and one in five of a list of ten or
 * more (13 categories of hotline calls, one of them with a real error, may hold a second one that is wrong).
 */
export function wrongAllowed(listed: number): number {
  return Math.max(1, Math.floor(listed / 5));
}

/** An orphan share and its part: the last level before it in its sentence (委员提案371件，占78.94%). */
export function orphanItems(par: Paragraph, orphans: readonly Figure[]): Array<{ p: Figure; part: Figure }> {
  return orphans
    .map((p) => {
      const before = sentenceOf(par, p).filter((f) => f.offset < p.offset && f.offset >= p.sentence.offset && f.unit.kind !== 'percent' && (!f.relational || runOnLevel(par.draft, f)) && exact(f));
      return { p, part: lastBefore(par.draft, p, before) };
    })
    .filter((x): x is { p: Figure; part: Figure } => !!x.part && exact(x.p) && !par.claimed.has(x.p));
}

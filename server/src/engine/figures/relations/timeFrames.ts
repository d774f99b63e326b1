// Two values of one measure each under a time frame of its own: two years of a chronicle or a local history,
// two decades. The time frame in force at a figure (`timeFrameOf`) is read once per figure by scopes.ts (DraftScopes'
// `timesAt.frame`, with the other years in force); restatements.ts (statedTwice) asks `underOtherTimeFrames` before it
// compares two statements of a measure.

import type { Figure } from '../extract';

/** A time frame written: a year or a decade (1990年, 80年代, 70年代中期). */
const TIME_FRAME = /(?:19|20)[0-9]{2}年(?!代)|[0-9]{2}年代/g;
/** A year that ends or opens a span of years (1983年至1990年, 1981～1985年): the span dates no single time. */
const SPAN_BEFORE = /(?:(?:19|20)[0-9]{2}年?\s*[~～〜—–\-至到]\s*)$/;
const SPAN_AFTER = /^\s*[~～〜—–\-至到]/;
/** A year naming an event by its ordinal (1990年第四次人口普查): the event, read elsewhere, not the year, is the frame. */
const EVENT_AFTER = /^第/;
/** Words before a time frame that make it the base of a comparison (比1950年, 较2019年), not the statement's own. */
const COMPARED_BEFORE = /(?:比|较|較|与|與|于|於)$/;
/** Words after a time frame that make it a starting point (1951年以来历史最高), not the statement's own time. */
const SINCE_AFTER = /^(?:以来|以來)/;

/** Whether the end of `text` stands inside brackets opened in it (（2019年1—6月份，全州…): a frame there is an aside's. */
function inBrackets(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The last time frame written before `f` in its paragraph, neither the base of a comparison, a starting point, an end
 * of a span, an event's year nor an aside in brackets; '' when there is none. Read once per figure through DraftScopes'
 * `timesAt.frame` (scopes.ts), not again for each pair compared.
 */
export function timeFrameOf(f: Figure): string {
  const before = f.para.prose.slice(0, f.offset - f.para.offset);
  let found = '';
  for (const m of before.matchAll(TIME_FRAME)) {
    const end = m.index + m[0].length;
    const head = before.slice(0, m.index);
    const tail = before.slice(end, end + 2);
    if (COMPARED_BEFORE.test(head.slice(-2)) || SINCE_AFTER.test(tail) || SPAN_AFTER.test(tail) || EVENT_AFTER.test(tail) || SPAN_BEFORE.test(head.slice(-8)) || inBrackets(head)) continue;
    found = m[0].replace(/\s/g, '');
  }
  return found;
}

/**
 * 1988年5月31日，…投入流水线试生产。…当年共生产2.83万台，工业总产值1416万元…。1989年10月…投入生产。同月，…。当年…，实现
 * 工业总产值3142.2万元 (heldout181/dianzi-lianyungang-02); 70年代中期，全市水泥生产企业4家，…。80年代，水泥生产企业8家
 * (heldout169/jiancai-lianyungang-01): a chronicle of years, a local history, a review of a period writes each figure
 * under the time frame last written before it in its paragraph (a year, a decade), often far from the figure, at the
 * head of the sentence or the paragraph, then carried on by 当年, 同月. Two values of one measure, each under a time
 * frame of its own and the two frames different, are the measure at two times, not one figure stated twice. A year
 * compared with (比1950年), counted from (1951年以来), ending or opening a span (1983年至1990年), naming an event by its
 * ordinal (1990年第四次人口普查) or in brackets is not the figure's own; a statement with no time frame before it in its
 * paragraph is not read. `frameOf` is the time frame in force at a figure (`timeFrameOf`), read once per figure
 * (DraftScopes' `timesAt.frame`).
 */
export function underOtherTimeFrames(f: Figure, g: Figure, frameOf: (x: Figure) => string): boolean {
  const s = frameOf(f);
  if (s === '') return false;
  const t = frameOf(g);
  return t !== '' && s !== t;
}

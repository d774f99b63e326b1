// The entries of a chronicle (大事记): each paragraph opened by a date (3月11～13日, 1950年1月6日, 是月, 是年) opens an
// entry of its own time, and the paragraphs after it with no date of their own continue it. restatements.ts asks
// `ofOtherChronicleEntries` before it compares two statements of a measure (statedTwice) and two periods written with
// the same words (repeatedPeriods).

import type { Line } from '../../parse';
import type { Figure } from '../extract';

/**
 * A date opening a chronicle's entry: a month with its day or days (3月11～13日, 2月24日至3月2日), its part (4月中旬) or
 * alone (9月), a year before it or not (1950年1月6日, 1960年1月); or the words that date an entry by the one before
 * (是月, 是年, 同月, 冬季).
 */
const ENTRY_DATE = /^(?:(?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}月(?:[0-9]{1,2}(?:[～~〜—–-][0-9]{1,2})?日|上旬|中旬|下旬|初|底|末)?|是年|是月|同年|同月|当月|[春夏秋冬]季)/;
/** A month with its day at the opening of a paragraph: the entries that make a draft a chronicle. */
const DAY_OPENING = /^(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}(?:[～~〜—–-][0-9]{1,2})?日/;
/** The fewest paragraphs opened by a month and day for a draft to be read as a chronicle. */
const MIN_DAY_ENTRIES = 3;

/** The line of the entry a line stands in: the nearest line at or above it opened by a date, -1 past a heading or the top. */
function entryOf(lines: readonly Line[], at: number): number {
  for (let k = at; k >= 0; k--) {
    const line = lines[k];
    if (!line || line.headingDepth !== undefined) return -1;
    if (ENTRY_DATE.test(line.prose.trimStart())) return k;
  }
  return -1;
}

/** Whether at least `MIN_DAY_ENTRIES` lines from `from` to `to` open with a month and day. */
function dayEntriesBetween(lines: readonly Line[], from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k <= to && n < MIN_DAY_ENTRIES; k++) if (DAY_OPENING.test(lines[k]?.prose.trimStart() ?? '')) n++;
  return n >= MIN_DAY_ENTRIES;
}

/**
 * 3月11～13日新海连市扫盲、“除四害”积极分子代表大会召开。会议表彰了33个先进集体… ⏎ 10月5～7日新海连市工交、基建、财贸
 * 社会主义建设先进生产者代表会议召开。⏎ …会议奖励了77个先进集体 (heldout190/dashiji-lianyungang-27); 是年…⏎ ▲总人口
 * 141.83万人…工农业总产值1.84亿元，其中农业产值1.36亿元 … 1950年1月6日… ⏎ … ⏎ ▲年度统计：…工农业总产值1.8亿元，其中
 * 农业产值1.33亿元 (heldout190/dashiji-lianyungang-20): a chronicle writes its events entry by entry, each opened by its
 * date, the paragraphs after it with no date of their own continuing it; a figure stated in two entries (two meetings'
 * 先进集体, two years' 年度统计 written in the same words) is of two times, not one figure stated twice. Read only in a
 * chronicle: at least three paragraphs from the earlier entry to the later figure open with a month and its day, and no
 * heading stands between an entry and its figures.
 */
export function ofOtherChronicleEntries(f: Figure, g: Figure, lines: readonly Line[]): boolean {
  const [a, b] = [f.para.index, g.para.index];
  if (a === b || lines[a]?.index !== a || lines[b]?.index !== b) return false;
  const [s, t] = [entryOf(lines, a), entryOf(lines, b)];
  if (s < 0 || t < 0 || s === t) return false;
  return dayEntriesBetween(lines, Math.min(s, t), Math.max(a, b));
}

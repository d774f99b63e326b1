// Scopes: whether two statements of one measure speak of one scope, or of two that a draft reports alike (two funds,
// two years' openings, two marked blocks, two items, two groups …). restatements.ts finds the statements and compares
// them; it asks here first whether the two it would compare are in one scope.

import type { Line } from '../../parse';
import type { Figure, ParagraphFigures } from '../extract';
import { exact, halfUnit } from './arithmetic';
import { compatible } from '../units';
import { bareMeasure } from './paragraph';
import { ENUMERATED_ITEM, NATION, OWN_WHOLE_BELOW_NATION, PROJECT_STATUS } from './vocabulary';

/** Two figures whose intervals at their written precision meet. */
export function meet(f: Figure, g: Figure): boolean {
  return Math.abs(f.normalized! - g.normalized!) <= halfUnit(f) + halfUnit(g) + 1e-9 * Math.max(1, Math.abs(f.normalized!));
}

/** What a line says of the scope in force: the scope it stands under itself, and the scope in force after it. */
interface LineScope<S> {
  own: S | undefined;
  next: S | undefined;
}

/** A line under the scope in force that leaves it in force (or none: a line that closes a section). */
function stays<S>(scope: S | undefined): LineScope<S> {
  return { own: scope, next: scope };
}

/**
 * The scope each line of a draft stands under, read line by line from the first: what opens a section (a fund named, a
 * marked label, a year, a place's name, a heading) and what closes it is each map's own judgement, given the line, its
 * words trimmed and the scope in force before it. By line index, the lines under a scope. Blank lines are passed over
 * unless `blanks` says otherwise.
 */
function scopesByLine<S>(lines: readonly Line[], judge: (line: Line, prose: string, inForce: S | undefined) => LineScope<S>, blanks = false): Map<number, S> {
  const out = new Map<number, S>();
  let inForce: S | undefined;
  for (const line of lines) {
    const prose = line.prose.trim();
    if (prose === '' && !blanks) continue;
    const { own, next } = judge(line, prose, inForce);
    if (own !== undefined) out.set(line.index, own);
    inForce = next;
  }
  return out;
}

/**
 * Two figures on lines under two scopes of one map (two funds' sections, two marked blocks, two numbered items, two
 * years' openings, two places' headings, two parallel headings): each scope's own measure, not one measure stated twice.
 */
export function underOtherScopes<S>(f: Figure, g: Figure, byLine: ReadonlyMap<number, S>): boolean {
  const a = byLine.get(f.para.index);
  const b = a === undefined ? undefined : byLine.get(g.para.index);
  return a !== undefined && b !== undefined && a !== b;
}

/** The words of a figure's paragraph between two offsets of the draft. */
export function wordsOf(x: Figure, from: number, to: number): string {
  return x.para.prose.slice(from - x.para.offset, to - x.para.offset);
}

/** A figure after 其中 earlier in its period (up to 。). */
export function underQiZhong(f: Figure): boolean {
  const start = f.period - f.para.offset;
  const at = f.offset - f.para.offset;
  return start >= 0 && at > start && f.para.prose.slice(start, at).includes('其中');
}

/**
 * A label that introduces a lead repeated from the body (导言：, 摘要提示：, 原标题：): the period after it is the body's
 * period written again, word for word.
 */
const LEAD_WORDS = '(?:导言|导语|导读|摘要|摘要提示|内容提要|内容摘要|核心提示|编者按|原标题)';

// (or in brackets, as a news page prints it: [摘要]2月14日，记者从…)
export const LEAD_LABEL = new RegExp(`^(?:${LEAD_WORDS}[：:]|[[【［]${LEAD_WORDS}[\\]】］])`);

/**
 * The four budgets of a budget or final-accounts report, as a paragraph names them (政府性基金预算, 社会保险基金), and
 * the two funds of basic medical insurance (职工医保基金 / 城乡居民基本医疗保险基金: group 1 names which).
 */
const FUND = /一般公共[预預]算|政府性基金|国有资本经营|國有資本經營|社会保险基金|社會保險基金|(职工|職工|居民)(?:基本)?(?:医|醫)(?:疗保险|療保險|保)/;

/** How far into a paragraph its first period is read for the budget it opens with. */
const FUND_OPENER = 40;

/** Every fund named (`matchAll` reads a copy of it, so it is shared). */
const FUNDS = new RegExp(FUND.source, 'g');

/** The funds a line's opening names (its first period, as `fundOf` reads it), in order. */
function fundsNamed(prose: string): string[] {
  const head = prose.slice(0, FUND_OPENER);
  const end = head.indexOf('。');
  const opening = end >= 0 ? head.slice(0, end) : head;
  // (most lines name none: passed over on one test, as this runs over every line on every keystroke)
  return FUND.test(opening) ? [...opening.matchAll(FUNDS)].map((m) => m[1] ?? m[0]) : [];
}

/** A line of words alone (a heading: 二、基金支出情况), no figure and no end of a sentence. */
const WORDS_ONLY = /^[^0-9０-９]*[^。；;：:0-9０-９]$/;

/**
 * 一、职工基本医疗保险基金收支情况 ⏎（一）…职工基本医疗保险基金总收入16248.77万元，其中：⏎1、基本医疗保险费收入15752.16万元 …
 * 二、城乡居民基本医疗保险基金收支情况 ⏎ … ⏎1、基本医疗保险费收入130.04万元: a line naming one fund opens that fund's
 * section, and the items listed under it (which name no fund of their own) are that fund's, up to a line naming
 * another fund, a line naming two (an opening on both), or a heading on something else. By line, the fund in force.
 */
function fundSections(lines: readonly Line[]): ReadonlyMap<number, string> {
  return scopesByLine<string>(lines, (_, prose, fund) => {
    const funds = fundsNamed(prose);
    // (a line that names none keeps the fund in force unless it is a heading: with none in force, nothing to test)
    if (funds.length === 0) return stays(fund === undefined || WORDS_ONLY.test(prose) ? undefined : fund);
    const named = new Set(funds);
    return stays(named.size === 1 ? funds[0] : undefined);
  });
}

/** A line of a mark and a name only (■我市各级消费者协会, ●市市场监管部门): the subject of the short lines after it. */
/** The marks that open a line of a summary set out as blocks or bullets (■, ●, ◆ …). */
export const LINE_MARK = '[■□●◆◇▲△★☆▶►]';
const MARKED_LABEL = new RegExp(`^${LINE_MARK}\\s*([^0-9０-９。，,；;：:]{2,24})$`);

/** The longest line read as one of a marked block's short lines (共受理消费者投诉467件, 解决453件 解决率97%). */
const MAX_BLOCK_LINE = 40;

/**
 * (restate29) ■我市各级消费者协会 ⏎ 共受理消费者投诉467件 ⏎ 为消费者挽回经济损失2267905元 ⏎ ■市市场监管部门 ⏎ …为消费者挽回经济损失
 * 600.84万元: a page's summary set out as blocks, each opened by a marked line naming its subject, the figures on short
 * lines below it; one measure under two marks is two subjects'. By line, the mark in force, up to a line of prose
 * (a full stop, or longer than a block's line).
 */
function markedBlocks(lines: readonly Line[]): ReadonlyMap<number, string> {
  return scopesByLine<string>(lines, (_, prose, label) => {
    const marked = MARKED_LABEL.exec(prose);
    if (marked) return stays(marked[1]);
    return stays(prose.includes('。') || [...prose].length > MAX_BLOCK_LINE ? undefined : label);
  });
}

/** The subject a numbered line opens with, up to its first figure (接待海外入境游客 of 1、接待海外入境游客860.03万人次). */
const ITEM_SUBJECT = /^[\s，,：:]*([^0-9０-９，,。；;：:\s][^0-9０-９，,。；;：:]{1,29}?)[0-9０-９]/;

/**
 * 1、接待海外入境游客860.03万人次…;⏎旅游外汇收入合计22.33亿美元…;⏎2、接待海外旅游者（过夜）422.00万人次…;⏎旅游外汇收入
 * 19.23亿美元: a summary set out as numbered items, each opened by a line that states its subject's figure, the line
 * right after it (no ordinal of its own) going on about that subject: the measure of that line is the item's own. By
 * line, of the line after such an opener, the subject it states (two openers of one subject are one item's).
 */
function numberedItems(lines: readonly Line[]): ReadonlyMap<number, string> {
  return scopesByLine<string>(lines, (line, _, subject) =>
    line.ordinal !== undefined ? { own: undefined, next: ITEM_SUBJECT.exec(line.prose.slice(line.ordinal.endOffset - line.offset))?.[1]?.trim() } : { own: subject, next: undefined },
  );
}

/** A numbered heading that names a part and nothing else, ending with a colon (（一）基本支出：, 2、项目支出：). */
const PART_HEADING = /^[\s，,]*([\u4e00-\u9fff]{2,12})[：:]$/;

/**
 * （一）基本支出：⏎2018年年初预算数为98.71万元 … （二）项目支出：⏎2018年年初预算…22.00万元: a budget's notes give each part of the
 * spending under a numbered heading naming it, the lines below it stating the bare measure (年初预算数) of that part. By
 * line, the part named by the heading above it, up to the next numbered line.
 */
function partHeadings(lines: readonly Line[]): ReadonlyMap<number, string> {
  return scopesByLine<string>(lines, (line, _, part) =>
    line.ordinal !== undefined ? { own: undefined, next: PART_HEADING.exec(line.prose.slice(line.ordinal.endOffset - line.offset))?.[1] } : stays(part),
  );
}

/**
 * A figure under a part's heading (`partHeadings`) against one under no heading of that part, whose words do not name it:
 * the part's measure and the whole's (98.71万元 of 基本支出 against the budget's 年初预算数120.71万元), not one stated twice.
 */
function underOnePartHeading(f: Figure, g: Figure, parts: ReadonlyMap<number, string>): boolean {
  const part = (x: Figure, y: Figure): boolean => {
    const name = parts.get(x.para.index);
    return name !== undefined && parts.get(y.para.index) !== name && !wordsOf(y, y.period, y.offset).includes(name);
  };
  return part(f, g) || part(g, f);
}

/** A line opening with a year (2023年，全市…; 2024年全市一般公共预算收入安排…): the year of what it and the lines after it report. */
const YEAR_OPENER = /^((?:19|20)[0-9]{2})年/;

/**
 * 2023年，全市一般公共预算总收入637.58亿元…⏎全市一般公共预算总支出604.93亿元…结转下年32.65亿元。⏎2024年，全市一般公共预算
 * 收入安排306.74亿元…结转下年28.85亿元。: a report that turns from one year to the next opens each year's lines with the
 * year, and the lines after such an opening that name no year are that year's: one measure under two years' openings is
 * two years' figures (the outturn and the budget), not one stated twice. By line, the year in force (one year opened
 * alone is in force over every line after it, and tells no two apart).
 */
function yearSections(lines: readonly Line[]): ReadonlyMap<number, string> {
  // (the first line is the title, over the whole text: 2008年初建成区19个城中村改造即将收尾 opens no year's lines, and
  // the figure it names is restated under any heading below)
  const title = lines.find((line) => line.prose.trim() !== '');
  const out = scopesByLine<string>(lines, (line, prose, year) => stays(line === title ? year : (YEAR_OPENER.exec(prose)?.[1] ?? year)));
  chronicleHead(lines, title, out);
  return out;
}

/** A chronicle's entry dated to the day without its year (12月24日 市革委会决定…, 6月12～15日 …代表大会召开). */
const DAY_ENTRY = /^[0-9]{1,2}月[0-9]{1,2}(?:[～~—-][0-9]{1,2})?日/;
/** A chronicle's entry dated with its year and month (1974年1月1日中国银行…成立, 1972年1月24日至2月7日 …): the year turns. */
const YEAR_ENTRY = /^((?:19|20)[0-9]{2})年[0-9]{1,2}月/;

/**
 * 12月24日 市革委会决定…⏎是年 全市总人口255.32万人…港口货物吞吐量244万吨…⏎1974年1月1日中国银行…成立。⏎…⏎港口货物吞吐量242万吨
 * (heldout173/dashiji-lianyungang-05): a chronicle (大事记) names an entry's year only at the first entry of the year,
 * and an excerpt may start in the middle of a year: its entries dated by month and day before the first year written
 * are of a year before that one, their figures (是年's summary of the year) not the next year's stated again. When the
 * first line opening with a year dates an entry to its month, and a line before it is an entry dated to the day, the
 * lines from that entry up to the year are marked as of a year before it.
 */
function chronicleHead(lines: readonly Line[], title: Line | undefined, years: Map<number, string>): void {
  let first: number | undefined;
  for (const line of lines) {
    if (line === title) continue;
    const prose = line.prose.trimStart();
    if (first === undefined && DAY_ENTRY.test(prose)) first = line.index;
    const year = YEAR_OPENER.exec(prose)?.[1];
    if (year === undefined) continue;
    if (first === undefined || !YEAR_ENTRY.test(prose)) return;
    for (const before of lines) if (before.index >= first && before.index < line.index && before.prose.trim() !== '') years.set(before.index, `${year}年以前`);
    return;
  }
}

/** A line that is a place's name alone (茅箭区, 丹江口市, 房县): a heading the lines below it report under. */
const PLACE_HEADING = /^[\u4e00-\u9fff]{1,6}(?:区|县|市|旗|镇|乡|街道)$/;

/**
 * 具体情况⏎茅箭区⏎…新增学位2000个；…⏎郧西县⏎…新增学位600个；⏎房县⏎…新增学位200个。: a report that goes place by place, each
 * opened by a line of its name alone, gives each place's figures under its name: a measure under two such headings is two
 * places' own, not one measure restated. By line, the place heading above it.
 */
function placeHeadings(lines: readonly Line[]): ReadonlyMap<number, string> {
  return scopesByLine<string>(lines, (line, name, place) => (PLACE_HEADING.test(name) && line.ordinal === undefined ? { own: undefined, next: name } : stays(place)));
}

/**
 * A line of words alone that heads the lines below it: short, no sentence mark, no figure but its ordinal, however the
 * ordinal is written (（一）, 一、, or 一) with its opening bracket lost in a paste).
 */
const HEADING_LINE = /^\s*(?:[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）、.．]\s*)?[^0-9０-９。；;！？!?，,]{4,40}$/;

/** Fewer items listed again under another heading are a chance, not a list. */
const PARALLEL_ITEMS = 3;

/** How many headings before it a heading's items are compared with. */
const NEARBY_HEADINGS = 4;

/**
 * （一）各级教育生均教育经费增长情况⏎幼儿园为…元⏎普通小学为…元 …（二）各级教育生均教育事业费支出增长情况⏎幼儿园为…元⏎普通
 * 小学为…元: the same items listed again under a second heading of the same report give the second heading's measure of
 * them, not the first's restated: officials name the measure once, in the heading, and let the item's name alone stand
 * for it in the lines below. By line, the heading above it, kept only where another heading lists three items or more of
 * the same names (a summary and its detail under two headings share a name or two).
 */
export function parallelSections(paragraphs: readonly ParagraphFigures[], ids: ReadonlyArray<ReadonlyArray<string | null>>, lines: readonly Line[]): ReadonlyMap<number, number> {
  // (blank lines too: a line of spaces reads as a heading's line, and closes the section above it)
  const headingOf = scopesByLine<number>(lines, (line, _, heading) => (HEADING_LINE.test(line.prose) ? { own: undefined, next: line.index } : stays(heading)), true);
  // the statements' measures under each heading
  const names = new Map<number, Set<string>>();
  for (let k = 0; k < paragraphs.length; k++) {
    const h = headingOf.get(paragraphs[k]!.para.index);
    if (h === undefined) continue;
    const set = names.get(h) ?? new Set<string>();
    names.set(h, set);
    for (const id of ids[k]!) if (id) set.add(id);
  }
  // (each heading against the few before it: a list given again stands under a sibling heading near it, and a draft of
  // many headings is read in linear time)
  const parallel = new Set<number>();
  const headings = [...names];
  for (let i = 0; i < headings.length; i++) {
    for (let j = Math.max(0, i - NEARBY_HEADINGS); j < i; j++) {
      if (shared(headings[i]![1], headings[j]![1]) < PARALLEL_ITEMS) continue;
      parallel.add(headings[i]![0]);
      parallel.add(headings[j]![0]);
    }
  }
  return new Map([...headingOf].filter(([, h]) => parallel.has(h)));
}

/** How many of the smaller set's members the other has. */
function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** What a draft tells of the scopes of its statements, read once per check: by line, by paragraph and by figure. */
export interface DraftScopes {
  /** The figures of each paragraph, by its offset. */
  byParagraph: ReadonlyMap<number, readonly Figure[]>;
  /** The year each figure's span of months is in, when written. */
  years: ReadonlyMap<Figure, string>;
  /** The heading over each line where two headings list the same items (see `parallelSections`). */
  sections: ReadonlyMap<number, number>;
  wholes: ReadonlyMap<number, Figure>;
  places: ReadonlyMap<number, string>;
  funds: ReadonlyMap<number, string>;
  yearsOpened: ReadonlyMap<number, string>;
  /** By line, the span a government work report's review is in: several years' or one year's (see `reviewSpans`). */
  reviews: ReadonlyMap<number, string>;
  /** The year or time frame in force at each figure (see `TimesInForce`), read once per figure. */
  timesAt: TimesInForce;
  /** By line, the part named by a numbered heading above it (see `partHeadings`). */
  partHeadings: ReadonlyMap<number, string>;
  blocks: ReadonlyMap<number, string>;
  numbered: ReadonlyMap<number, string>;
  /** The enumerated item a figure stands in (see `enumeratedItems`). */
  itemOf: (x: Figure) => EnumeratedItem | undefined;
  /** The years the draft writes before each span of months (see `spanYears`), read when a pair asks. */
  yearsOfSpan: () => ReadonlyMap<string, ReadonlySet<string>>;
  /** A figure's qualifier before its bare name (see `qualifierBefore`), read once per figure. */
  qualifierOf: (x: Figure) => string | undefined;
  /** The works, firm or depot a figure's sentence speaks of (see `unitNamed`), read once per figure. */
  unitOf: (x: Figure) => string | undefined;
  /** The whole a figure's period opens with 在…中 (see `frameOf`), read once per figure. */
  frameOf: (x: Figure) => string | undefined;
}

/**
 * A reading of one figure made when a pair first asks for it, then kept: a paragraph of one measure stated again and
 * again compares each of its figures with many others.
 */
function perFigure<T>(read: (x: Figure) => T): (x: Figure) => T {
  const readings = new Map<Figure, T>();
  return (x) => {
    if (!readings.has(x)) readings.set(x, read(x));
    return readings.get(x) as T;
  };
}

export function draftScopes(
  paragraphs: readonly ParagraphFigures[],
  lines: readonly Line[],
  sections: ReadonlyMap<number, number>,
  byParagraph: ReadonlyMap<number, readonly Figure[]>,
  years: ReadonlyMap<Figure, string>,
  timeFrameAt: (x: Figure) => string,
): DraftScopes {
  // the enumerated item of each figure, read once per paragraph when a pair asks (a long paragraph of one measure stated
  // again and again asks for each of its figures)
  const items = new Map<Figure, EnumeratedItem | undefined>();
  let yearsBySpan: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  const itemOf = (x: Figure): EnumeratedItem | undefined => {
    if (!items.has(x)) for (const [f, item] of enumeratedItems(byParagraph.get(x.para.offset) ?? [x])) items.set(f, item);
    return items.get(x);
  };
  return {
    byParagraph,
    years,
    sections,
    wholes: sectionWholes(paragraphs),
    places: placeHeadings(lines),
    funds: fundSections(lines),
    yearsOpened: yearSections(lines),
    reviews: reviewSpans(lines),
    timesAt: timesInForce(lines, timeFrameAt),
    partHeadings: partHeadings(lines),
    blocks: markedBlocks(lines),
    numbered: numberedItems(lines),
    itemOf,
    yearsOfSpan: () => (yearsBySpan ??= spanYears(lines)),
    qualifierOf: perFigure((x) => qualifierBefore(x, byParagraph)),
    unitOf: perFigure((x) => unitNamed(x, byParagraph)),
    frameOf: perFigure(frameOf),
  };
}

/**
 * A draft that speaks for the nation only (a ministry's bulletin, a national news release): it names the nation (全国,
 * 我国) and no whole below it as its own (全省, 我市, 本县 …). There a measure's bare name is the nation's: no other
 * place's whole is the writer's.
 */
export function nationalDraft(lines: readonly Line[]): boolean {
  let nation = false;
  for (const line of lines) {
    if (OWN_WHOLE_BELOW_NATION.test(line.prose)) return false;
    nation ||= NATION.test(line.prose);
  }
  return nation;
}

/**
 * Whether two statements of one measure with two values speak of two scopes the draft reports alike (and so are not
 * one measure stated twice), or of a period that cannot be told (a year left unfilled).
 */
export function inOtherScopes(f: Figure, g: Figure, s: DraftScopes): boolean {
  return (
    ofOtherWholes(f, g, s.byParagraph) ||
    ofOtherSections(f, g, s.wholes) ||
    ofOtherOpeningWholes(f, g, s.byParagraph) ||
    ofOtherCoverages(f, g, s.byParagraph) ||
    ofOtherAntecedents(f, g, s.byParagraph) ||
    ofOtherFunds(f, g) ||
    underOtherScopes(f, g, s.funds) ||
    underOtherScopes(f, g, s.yearsOpened) ||
    underOtherScopes(f, g, s.places) ||
    underOtherScopes(f, g, s.sections) ||
    ofOtherQuotedOpeners(f, g) ||
    ofOtherBands(f, g) ||
    ofOtherRegionOpenings(f, g) ||
    ofOtherReportingPlaces(f, g) ||
    ofOtherViews(f, g) ||
    ofOtherActivities(f, g) ||
    ofOtherExceptedWholes(f, g) ||
    ofOtherCountedWorks(f, g) ||
    ofOtherAudits(f, g) ||
    ofOtherCountedProjects(f, g) ||
    ofOtherPeriodMonths(f, g) ||
    ofOtherClauseMonths(f, g) ||
    underOtherOpeningTimes(f, g) ||
    ofOtherCensuses(f, g) ||
    pastACutOffDate(f, g) ||
    ofOtherChronicleYears(f, g, s.timesAt.chronicle) ||
    ofOtherSentenceYears(f, g, s.timesAt.opening) ||
    ofOtherDatedSentences(f, g, s.timesAt.dated) ||
    underOtherScopes(f, g, s.reviews) ||
    namedByATimeAlone(f, g) ||
    underOnePartHeading(f, g, s.partHeadings) ||
    ofOtherYearsOfOneSpan(f, g, s) ||
    beyondWholeOfPart(f, g, s.byParagraph) ||
    ofProjectsOfOtherStages(f, g) ||
    otherSpellingsInOneParagraph(f, g) ||
    ofOtherYears(f, g, s.years) ||
    ofOtherLabels(f, g) ||
    ofOtherComparedBrackets(f, g) ||
    underOtherScopes(f, g, s.blocks) ||
    underOtherScopes(f, g, s.numbered) ||
    ofOtherItems(f, g) ||
    ofOtherEnumeratedItems(f, g, s.itemOf) ||
    unfilledYear(f) ||
    unfilledYear(g) ||
    ofCountedSubjects(f, g) ||
    ofCountedKinds(f, g) ||
    ofOtherFrames(f, g, s.frameOf) ||
    ofOtherQualifiersBefore(f, g, s.qualifierOf) ||
    ofAUnitAndTheWhole(f, g, s.unitOf) ||
    inOtherGroups(f, g)
  );
}

/** A census named by its ordinal (第三次人口普查, 第四次全国人口普查, 第二次全国经济普查): group 1 the ordinal, group 2 the kind. */
const CENSUS = /第([一二三四五六七八九十]{1,3})次(?:全国)?(人口|经济|經濟|农业|農業)普查/g;

/** The census named last in `x`'s paragraph before it, as ordinal and kind (四人口), or undefined when none is. */
function censusOf(x: Figure): string | undefined {
  const head = x.para.prose.slice(0, x.offset - x.para.offset);
  if (!head.includes('普查')) return undefined;
  const last = [...head.matchAll(CENSUS)].at(-1);
  return last ? `${last[1]}${last[2]}` : undefined;
}

/**
 * (post47c) 按…第三次人口普查资料，1982年全市总人口287.31万。…百岁老人有2位 … 1990年第四次人口普查，全市343.97万总人口中，…。百岁
 * 老人有14位: paragraphs that each give one census's figures, the census named by its ordinal before them, are two
 * censuses' figures: one measure under two censuses is two counts, not one stated twice. Only in two paragraphs.
 */
function ofOtherCensuses(f: Figure, g: Figure): boolean {
  if (f.para.offset === g.para.offset) return false;
  const a = censusOf(f);
  const b = a === undefined ? undefined : censusOf(g);
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * A region a sentence opens with, after its year (2023年，海河流域平均降水量…; 内蒙古高原内陆河东部流域降水量…; 西部地区…):
 * the subject of the sentence's figures (not 地区生产总值, a measure).
 */
const REGION_OPENING = /^(?:(?:19|20)[0-9]{2}年度?[，,]?)?([\u4e00-\u9fff]{2,14}?(?:流域|地区|片区)(?!生产|生產))/;

/** The region `f`'s sentence opens with, when no other region is named between it and `f`. */
function regionOpening(f: Figure): string | undefined {
  const head = f.para.prose.slice(Math.max(0, f.period - f.para.offset), f.offset - f.para.offset).trimStart();
  const region = REGION_OPENING.exec(head)?.[1];
  if (region === undefined || /流域|地区|片区/.test(head.slice(head.indexOf(region) + region.length).replace(/地区生产|地區生產/g, ''))) return undefined;
  return region;
}

/**
 * 2023年，海河流域平均降水量为608.5毫米…；水资源总量为437.12亿立方米… / 内蒙古高原内陆河东部流域降水量为251.2毫米…；水资源总量为
 * 30.74亿立方米: sentences that each open with a region of their own (a basin and a sub-basin, the west and the east) give
 * each region's measures: one measure in two such sentences is two regions', not one stated twice.
 */
function ofOtherRegionOpenings(f: Figure, g: Figure): boolean {
  const a = regionOpening(f);
  const b = a === undefined ? undefined : regionOpening(g);
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * A place's report opening a period (据浙江省民政厅报告，金华、衢州、丽水3市…): the period gives that place's figures. The same
 * words with a department but no place (据省民政厅报告) name no place of their own.
 */
const PLACE_REPORT = /^据([\u4e00-\u9fff]{2,8}?(?:省|自治区|市|县|区|州|盟|旗))[\u4e00-\u9fff]{1,10}?(?:厅|局|委员会|委|办公室|办)(?:报告|统计|通报|消息)[，,]/;
const PLACE_REPORTS = new RegExp(`(?<=^|[。！？])\\s*${PLACE_REPORT.source.slice(1)}`, 'g');

/** The place whose report opens each figure's period, read once: compared for every pair of figures. */
const reportingPlaces = new WeakMap<Figure, string | null>();

function reportingPlace(x: Figure): string | undefined {
  let place = reportingPlaces.get(x);
  if (place === undefined) {
    place = PLACE_REPORT.exec(wordsOf(x, x.period, x.offset).trimStart())?.[1] ?? null;
    reportingPlaces.set(x, place);
  }
  return place ?? undefined;
}

/** The places whose reports open the periods of each paragraph, read once. */
const placesReportingIn = new WeakMap<Line, ReadonlySet<string>>();

/** The places whose reports open the periods of a figure's paragraph (read only when its own period opens with one). */
function placesReporting(x: Figure): ReadonlySet<string> {
  let places = placesReportingIn.get(x.para);
  if (!places) {
    places = new Set([...x.para.prose.matchAll(PLACE_REPORTS)].map((m) => m[1]!));
    placesReportingIn.set(x.para, places);
  }
  return places;
}

/**
 * 上述6省20市…直接经济损失3.5亿元。具体灾情如下。据浙江省民政厅报告，…直接经济损失2800余万元。…据湖南省民政厅报告，…直接经济
 * 损失2.1亿元 (heldout155/honglao-liusheng-01): a summary followed by the reports of its places, one period each: a figure
 * in one place's report is that place's, not the summary's nor another place's (a summary's figure outside any report,
 * when two places or more report in the paragraph).
 */
function ofOtherReportingPlaces(f: Figure, g: Figure): boolean {
  const a = reportingPlace(f);
  const b = reportingPlace(g);
  if (a === b) return false;
  if (a !== undefined && b !== undefined) return true;
  return placesReporting(a !== undefined ? f : g).size >= 2;
}

/**
 * A basis of measure a sentence opens with (从累计增速看，/ 从月度增速来看，/ 从当月口径看，): what its figures count is seen that
 * way. 从累计增速看，有7个行业增幅进一步扩大 … 从月度增速看，有4个行业增幅进一步扩大: two bases, two measures, though worded alike.
 * (Not a cut by attribute, 从时间分布看 / 从灾种分布看: the subjects after it scope its figures, or nothing does.)
 */
const VIEW_OPENING = /^(?:从|分)([\u4e00-\u9fff]{0,6}?(?:增速|增幅|速度|口径))(?:来看|上看|看)[，,]/;

/** The view `f`'s sentence opens with, when the sentence opens with one. */
function viewOpening(f: Figure): string | undefined {
  return VIEW_OPENING.exec(wordsOf(f, f.period, f.offset).trimStart())?.[1];
}

/** Two figures each read with a scope by `read`, two different ones (read for `g` only when `f` has one). */
function readApart(f: Figure, g: Figure, read: (x: Figure) => string | undefined): boolean {
  const a = read(f);
  const b = a === undefined ? undefined : read(g);
  return a !== undefined && b !== undefined && a !== b;
}

function ofOtherViews(f: Figure, g: Figure): boolean {
  return readApart(f, g, viewOpening);
}

/** An activity opening a figure's clause group (开展义诊赠药活动，定向救助5个重点扶贫村): its name. */
const ACTIVITY_OPENING = /^(?:全[市县区省])?开展([^，,；;。：:0-9０-９]{2,16}?)活动[，,]/;

/** The activity the clause group of `f` (from the last 。 or ； before it) opens with, if it opens with one. */
function activityOpening(f: Figure): string | undefined {
  // (an item is a clause group: the last 120 characters before the figure are enough to find where it opens)
  const head = wordsOf(f, Math.max(f.para.offset, f.offset - 120), f.offset);
  const start = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf(';')) + 1;
  return ACTIVITY_OPENING.exec(head.slice(start).trimStart())?.[1];
}

/**
 * 开展精准扶贫活动，定向救助6个重点扶贫村；开展义诊赠药活动，定向救助5个重点扶贫村: items of a report, each opened by the
 * activity it did, give each activity's counts: one measure in two activities' items is two activities', not one stated twice.
 */
function ofOtherActivities(f: Figure, g: Figure): boolean {
  return readApart(f, g, activityOpening);
}

/**
 * A whole a sentence opens with, less what it leaves out (乙类传染病除传染性非典型肺炎…外，其他共报告发病…): the figures after 其他 are
 * of that whole. 乙类传染病除…外，其他共报告发病2956472例 … 丙类传染病除丝虫病…外，其他共报告发病3987740例: two wholes' figures.
 */
const EXCEPTED_WHOLE = /^([\u4e00-\u9fff]{2,12}?)除[^。；;]{1,40}?外[，,](?:其他|其余)/;

function exceptedWhole(f: Figure): string | undefined {
  return EXCEPTED_WHOLE.exec(wordsOf(f, f.period, f.offset).trimStart())?.[1];
}

function ofOtherExceptedWholes(f: Figure, g: Figure): boolean {
  return readApart(f, g, exceptedWhole);
}

/** Two years' same months (2023年1-3月 … 2024年一季度): two periods, though each scope keeps its span alone. */
function ofOtherYears(f: Figure, g: Figure, years: ReadonlyMap<Figure, string>): boolean {
  const a = years.get(f);
  const b = years.get(g);
  return a !== undefined && b !== undefined && a !== b;
}

/** A time a paragraph opens with: 1-3月，/ 3月，/ 2023年上半年，/ 一季度，. */
const OPENING_TIME = /^(?:(?:19|20)[0-9]{2}年度?)?(?:[0-9]{1,2}(?:月?[-—~～至][0-9]{1,2})?月份?|[上下]半年|前三季度|第?[一二三四]季度|全年)(?=[，,])/;

/**
 * Paragraphs opening with two times (1-3月，… / 3月，…: a quarter's report and its last month's): a period written
 * alike in both is each time's own, its figures two periods' figures. (2023年1-6月 and 2023年上半年 are one period
 * written two ways; a year written on one side only does not tell the two apart.)
 */
export function ofOtherOpeningTimes(f: Figure, g: Figure): boolean {
  const a = openingTime(f.para);
  const b = openingTime(g.para);
  return !!a && !!b && (a.span !== b.span || (a.year !== '' && b.year !== '' && a.year !== b.year));
}

/**
 * （一）1-5月总体灾情。⏎1-5月，全国共发生地质灾害726起…。与上年同期相比，地质灾害数量增加6.5%… ⏎（二）5月灾情。⏎5月，全国共发生
 * 地质灾害427起…。与上年同期相比，地质灾害发生数量增加25.2%: a paragraph opening with a time dates the figures of its later
 * sentences that name no time of their own; two such figures under two paragraphs' times are two periods' figures. (A
 * figure with a time of its own is read by it.)
 */
function underOtherOpeningTimes(f: Figure, g: Figure): boolean {
  return f.para.offset !== g.para.offset && f.scope === '' && g.scope === '' && ofOtherOpeningTimes(f, g);
}

/** The months a half, quarter or the year names, as a span of months is written. */
const SPAN_OF: Readonly<Record<string, string>> = {
  上半年: '1-6',
  下半年: '7-12',
  前三季度: '1-9',
  一季度: '1-3',
  第一季度: '1-3',
  二季度: '4-6',
  第二季度: '4-6',
  三季度: '7-9',
  第三季度: '7-9',
  四季度: '10-12',
  第四季度: '10-12',
  全年: '1-12',
};

/** The time each paragraph opens with, read once: compared for every pair of figures of two paragraphs. */
const openingTimes = new WeakMap<Line, { year: string; span: string } | null>();

/** The time a paragraph opens with (OPENING_TIME): its year ('' when not written) and its months. */
function openingTime(para: Line): { year: string; span: string } | undefined {
  let time = openingTimes.get(para);
  if (time === undefined) {
    const m = OPENING_TIME.exec(para.prose.trimStart())?.[0];
    time = m === undefined ? null : spanOf(m);
    openingTimes.set(para, time);
  }
  return time ?? undefined;
}

function spanOf(time: string): { year: string; span: string } {
  const year = /^((?:19|20)[0-9]{2})年度?/.exec(time);
  const rest = time.slice(year?.[0].length ?? 0).replace(/月份?$/, '');
  const months = /^([0-9]{1,2})(?:月?[-—~～至]([0-9]{1,2}))?$/.exec(rest);
  const span = SPAN_OF[rest] ?? (months ? (months[2] === undefined ? months[1]! : `${months[1]}-${months[2]}`) : rest);
  return { year: year?.[1] ?? '', span };
}

/**
 * A span of months a period opens with, its year before it or not, and its subject or verb after it (2024年1-4月全市共完成…,
 * 2024年4月份共完成…, 1-3月，…): group 1 the year, 2 the first month, 3 the last.
 */
const PERIOD_MONTHS = /^(?:((?:19|20)[0-9]{2})年度?)?([0-9]{1,2})(?:月?[-—~～至]([0-9]{1,2}))?月份?(?=[，,]|全|共|累计)/;

/** A span of months: its year ('' when not written), its first and last month. */
interface MonthSpan {
  year: string;
  from: number;
  to: number;
}

/** The span a match of PERIOD_MONTHS or CLAUSE_MONTHS names (group 1 the year, 2 the first month, 3 the last). */
function monthSpan(m: RegExpMatchArray | null | undefined): MonthSpan | undefined {
  if (!m) return undefined;
  const from = Number(m[2]);
  return { year: m[1] ?? '', from, to: m[3] === undefined ? from : Number(m[3]) };
}

/** Two spans of other months, or of the same months of two years both written. */
function otherMonths(a: MonthSpan | undefined, b: MonthSpan | undefined): boolean {
  return !!a && !!b && (a.from !== b.from || a.to !== b.to || (a.year !== '' && b.year !== '' && a.year !== b.year));
}

/** The months (and year, '' when not written) the period of `x` opens with, before `x`. */
function periodMonths(x: Figure): MonthSpan | undefined {
  return monthSpan(PERIOD_MONTHS.exec(wordsOf(x, x.period, x.offset).trimStart()));
}

/**
 * 2024年1-4月全市共完成公共资源交易项目574宗…；交易金额41.67亿元 … 2024年4月份共完成公共资源交易项目132宗…；交易金额12.43亿元: a
 * monthly report states the year to date and the month alone, each period opened by its span of months; one measure
 * under two spans (other months, or another year) is two periods' figures, not one stated twice. A span written in two
 * ways (1-4月, 1—4月份) is one span.
 */
function ofOtherPeriodMonths(f: Figure, g: Figure): boolean {
  const a = periodMonths(f);
  return otherMonths(a, a && periodMonths(g));
}

/**
 * A span of months opening a clause (1-7月份预计完成…, …，7月当月预计完成…), its year before it or not: not a day (12月31日),
 * an end (5月底), a part of a month (6月上旬) nor a start (3月以来). Group 1 the year, 2 the first month, 3 the last.
 */
const CLAUSE_MONTHS = /(?:^|[，,；;：:。])\s*(?:((?:19|20)[0-9]{2})年度?)?([0-9]{1,2})(?:月?[-—~～至]([0-9]{1,2}))?月份?(?![底末初中旬上下日号以前后0-9０-９])/g;

/** The last span of months opening a clause of the period of `x` before `x`. */
function clauseMonths(x: Figure): MonthSpan | undefined {
  return monthSpan([...wordsOf(x, x.period, x.offset).matchAll(CLAUSE_MONTHS)].pop());
}

/**
 * 在库6户规上工业企业，7月当月预计完成产值2440万元，…；规上企业增加值408.89万元 / 1-7月份预计完成产值22734.2万元，…；规上企业增加值
 * 4041.92万元: a span of months opening a clause dates the rest of its period (up to 。), the clauses after ； too; a
 * measure after two such spans (the month alone, the year to date) is two periods' figures.
 */
function ofOtherClauseMonths(f: Figure, g: Figure): boolean {
  const a = clauseMonths(f);
  return otherMonths(a, a && clauseMonths(g));
}

/**
 * A date a count is brought up to (到1985年止, 截至2020年底, 至2023年末): the counts after it are of that date. Not the end of
 * a span of years (2019至2023年, 2019年至2023年), which dates nothing.
 */
const CUT_OFF_DATE = /(?<![0-9０-９年月日])(?:到|至|截至|截止)(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:底|末)?止?[，,]/g;

/** By paragraph, where its dates counted to stand (start and end, draft offsets): read once per paragraph, not per pair. */
const cutOffDates = new WeakMap<object, ReadonlyArray<readonly [number, number]>>();

function cutOffDatesOf(x: Figure): ReadonlyArray<readonly [number, number]> {
  let dates = cutOffDates.get(x.para);
  if (!dates) {
    dates = [...x.para.prose.matchAll(CUT_OFF_DATE)].map((m) => [x.para.offset + m.index, x.para.offset + m.index + m[0].length] as const);
    cutOffDates.set(x.para, dates);
  }
  return dates;
}

/**
 * A year a sentence opens with, after a yearbook's label in 【】 if any (。1999年，… / 【概况】 2007年，… / 。1988年5月31日，…):
 * group 1 the label, group 2 the year. One reading of a line's openings (`sentenceYearsOf`) serves the chronicle's years
 * (`chronicleYears`, `chronicleYear`) and the dated sentences' (`datedYear`), each taking the openings it reads.
 */
const SENTENCE_OPENING = /(?:^|[。！？；;])\s*(?:(【[\u4e00-\u9fff]{1,8}】)\s*)?((?:19|20)[0-9]{2})年/g;

/** Words after a year that make it no one year: a span (1982~1990年, 1982至1990年) or a year counted from (1985年以来). */
const NO_ONE_YEAR_AFTER = /^(?:以来|来|起|开始|至|到|[~～—–\-－、和及与])/;

/** A year a sentence of a line opens with (`SENTENCE_OPENING`), and the readings that take it. */
interface SentenceYear {
  year: string;
  /** Where the opening stands (draft offset): at the mark that ends the sentence before, or at the line's head. */
  at: number;
  /** At the line's head with no mark before it: a sentence opens there only when the line before ended one. */
  head: boolean;
  /** A comma after the year, and a label before it only at the line's head (1999年，… / 【概况】 2007年，…): a chronicle's year. */
  chronicle: boolean;
  /** Neither a span nor a year counted from (`NO_ONE_YEAR_AFTER`): a dated sentence's year. */
  dated: boolean;
}

/** By line (a paragraph broken over lines may be read as one), the years its sentences open with: read once per line. */
const sentenceYears = new WeakMap<Line, readonly SentenceYear[]>();

function sentenceYearsOf(line: Line): readonly SentenceYear[] {
  let years = sentenceYears.get(line);
  if (!years) {
    // (most lines have no year at all, and are passed over without the pattern: this runs over every line of a block on
    // every keystroke)
    years = !/[0-9]年/.test(line.prose)
      ? []
      : [...line.prose.matchAll(SENTENCE_OPENING)].map((m) => {
          const end = m.index + m[0].length;
          return {
            year: m[2]!,
            at: line.offset + m.index,
            head: m.index === 0 && !/^[。！？；;]/.test(m[0]),
            chronicle: /^[，,]/.test(line.prose.slice(end, end + 1)) && (m[1] === undefined || m[0].startsWith('【')),
            dated: !NO_ONE_YEAR_AFTER.test(line.prose.slice(end, end + 2)),
          };
        });
    sentenceYears.set(line, years);
  }
  return years;
}

/** The year of the last opening of `line` before `offset` that `takes` takes, or `year` (in force before) when none is. */
function yearOpened(line: Line, offset: number, takes: (y: SentenceYear) => boolean, year?: string): string | undefined {
  for (const y of sentenceYearsOf(line)) if (y.at < offset && takes(y)) year = y.year;
  return year;
}

/**
 * A year opening a sentence (。1999年，全面实施…。妇女病普查19807人 … 。2003年，开展…。是年接诊产妇…妇女病普查21904人): a
 * chronicle takes its years in turn inside one paragraph, and the sentences after such an opening are that year's, up to
 * the next: a measure after two such years is two years' figures, not one stated twice. The paragraph may be wrapped
 * over several lines (a page pasted as printed). A yearbook's paragraph may open with its label in 【】 before the first
 * year (【概况】 2007年，全市共有残疾人16668名…。2009年，…视力残疾1466人): the year still opens the first sentence. The
 * chronicle's openings are a line's sentence openings (`sentenceYearsOf`) with a comma after the year.
 */
function chronicleYearOpened(opens: boolean): (y: SentenceYear) => boolean {
  return (y) => y.chronicle && (opens || !y.head);
}

/** Where a line stands in a chronicle: the block it is in, the year in force at its start, whether a sentence opens it. */
interface ChronicleLine {
  block: number;
  before: string | undefined;
  opens: boolean;
}

/** What ends a sentence, as the last character of a line. */
const SENTENCE_END: ReadonlySet<string> = new Set(['。', '！', '？', '；', ';']);

/**
 * By line index, where each line stands in a chronicle (`ChronicleLine`): read one block (the first line of the draft
 * or a line that starts a Markdown block, up to the next) at a time, when a figure in it first asks. Most pairs never
 * come to ask, and a walk over every line of the draft would run on every keystroke.
 */
function chronicleYears(lines: readonly Line[]): (index: number) => ChronicleLine | undefined {
  const out = new Map<number, ChronicleLine>();
  return (index) => {
    const known = out.get(index);
    if (known || lines[index]?.index !== index) return known;
    let block = index;
    while (block > 0 && !lines[block]!.blockStart) block--;
    let year: string | undefined;
    let ended = true;
    for (let i = block; i < lines.length && (i === block || !lines[i]!.blockStart); i++) {
      const line = lines[i]!;
      out.set(line.index, { block, before: year, opens: ended });
      year = yearOpened(line, Infinity, chronicleYearOpened(ended), year);
      // (the line's last character that is no space, read in place)
      let end = line.prose.length;
      while (end > 0 && /\s/.test(line.prose[end - 1]!)) end--;
      if (end > 0) ended = SENTENCE_END.has(line.prose[end - 1]!);
    }
    return out.get(index);
  };
}

/** The block of `x`'s chronicle and the year in force at `x`: opened by the last sentence before it in its paragraph that opens with one. */
function chronicleYear(x: Figure, years: (index: number) => ChronicleLine | undefined): readonly [number, string] | undefined {
  const line = years(x.para.index);
  if (!line) return undefined;
  const year = yearOpened(x.para, x.offset, chronicleYearOpened(line.opens), line.before);
  return year === undefined ? undefined : [line.block, year];
}

/** Two figures of one chronicle's block under two of its years (`TimesInForce.chronicle`). */
function ofOtherChronicleYears(f: Figure, g: Figure, yearOf: (x: Figure) => readonly [number, string] | undefined): boolean {
  const a = yearOf(f);
  const b = a === undefined ? undefined : yearOf(g);
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] !== b[1];
}

/** A year a sentence opens with, alone or from a date on (1986年，… / 1983年起，… / 1982年7月1日起，…): group 1 the year. */
const OPENING_YEAR = /^\s*((?:19|20)[0-9]{2})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:起|以来|开始)?[，,]/;

/** The year `x`'s sentence opens with, if any. */
function sentenceOpeningYear(x: Figure): string | undefined {
  return OPENING_YEAR.exec(wordsOf(x, x.period, x.offset))?.[1];
}

/**
 * 1983年起，…全年共鉴证经济合同3410份 … 1986年，推行…，全年鉴证经济合同132539份 (heldout171/gongshang-lianyungang-04): a
 * sentence that opens with a year is that year's, its 全年 (or no time at all) that year's whole: one measure in two
 * sentences opened by two years is two years' figures, not one stated twice. (A figure whose own scope names a year is
 * read by it.) The year is `TimesInForce.opening`.
 */
function ofOtherSentenceYears(f: Figure, g: Figure, yearOf: (x: Figure) => string | undefined): boolean {
  if (f.scope !== g.scope || /年(?:度)?$/.test(f.scope.replace(/全年$/, ''))) return false;
  return readApart(f, g, yearOf);
}

/**
 * The year in force at `x`: the year the last dated sentence of its paragraph before it opens with (1988年5月31日，… /
 * 1989年10月与… / 1990年，…), a line's sentence openings (`sentenceYearsOf`) that are neither a span nor a year counted
 * from.
 */
function datedYear(x: Figure): string | undefined {
  return yearOpened(x.para, x.offset, (y) => y.dated);
}

/**
 * 1988年5月31日，首批…收录机…投入流水线试生产。…当年共生产2.83万台，工业总产值1416万元…。1989年10月与…共同研制开发的新产品…投入
 * 生产。…当年…收录机生产6.17万台，实现工业总产值3142.2万元 (heldout181/dianzi-lianyungang-02); 1990年，全市有商办生猪宰杀加工
 * 企业4家…年加工白条肉能力8万吨 … ⏎1988年，…1989年，…年加工能力4500吨 (heldout181/shipin-lianyungang-04): a local chronicle
 * (地方志) dates its sentences by the year (or the day) they open with, and the sentences after such an opening, 当年 and
 * 同年 as well, are of that year up to the next: one measure under two years so opened, in one paragraph or two, is two
 * years' figures, not one stated twice. (A figure whose own scope names a year is read by it; the chronicle's readings
 * above ask a comma after the year and one block, this one a year opening the figure's own paragraph's sentences.) The
 * year is `TimesInForce.dated`.
 */
function ofOtherDatedSentences(f: Figure, g: Figure, yearOf: (x: Figure) => string | undefined): boolean {
  if (f.scope !== g.scope || /[0-9]年/.test(f.scope)) return false;
  return readApart(f, g, yearOf);
}

/**
 * The year or time frame in force at a figure, as each guard against two times read as one measure stated twice reads
 * it, each read once per figure when a pair first asks and kept for the draft's check: a paragraph of one measure stated
 * again and again compares each of its figures with many others. The chronicle's year and the dated sentences' year
 * are read from one reading of the years a line's sentences open with (`sentenceYearsOf`); each guard keeps its own
 * rule of what counts as another year.
 */
export interface TimesInForce {
  /** A chronicle's block and its year in force at the figure (`chronicleYear`): for `ofOtherChronicleYears`. */
  chronicle: (x: Figure) => readonly [number, string] | undefined;
  /** The year the figure's sentence opens with (`sentenceOpeningYear`): for `ofOtherSentenceYears`. */
  opening: (x: Figure) => string | undefined;
  /** The year of the last dated sentence before the figure in its paragraph (`datedYear`): for `ofOtherDatedSentences`. */
  dated: (x: Figure) => string | undefined;
  /** The last time frame (a year, a decade) written before the figure in its paragraph, '' when none (timeFrames.ts `timeFrameOf`), read through the check's one per-figure memo (cache.ts `Lookups.timeFrame`, which the paragraph readings of shares ask too): for `underOtherTimeFrames` (restatements.ts). */
  frame: (x: Figure) => string;
}

function timesInForce(lines: readonly Line[], timeFrameAt: (x: Figure) => string): TimesInForce {
  const chronicle = chronicleYears(lines);
  return {
    chronicle: perFigure((x) => chronicleYear(x, chronicle)),
    opening: perFigure(sentenceOpeningYear),
    dated: perFigure(datedYear),
    frame: timeFrameAt,
  };
}

/**
 * The span a paragraph's first sentence opens a review of: several years (过去的五年极不寻常。/ 五年来，/ “十四五”时期，) or one
 * (刚刚过去的2025年很不平凡。/ 过去一年，/ 一年来，). Group 1 several years, group 2 one.
 */
const REVIEW_OPENER =
  /^(?:(?:过去的?|刚刚过去的|这)?((?:[两二三四五六七八九十]|[2-9])年(?:来|间|里|中)?|[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间|以来))|(?:过去的?|刚刚过去的)?(一年(?:来|里|间|中)?|(?:19|20)[0-9]{2}年(?=[很是极不，,])))/;

/**
 * 过去的五年极不寻常。…城镇新增就业603.7万人… ⏎刚刚过去的2025年很不平凡。…城镇新增就业121.7万人 (heldout180/gzbg-henan-01): a
 * government work report reviews a term of several years, then its last year, each part opened by a paragraph whose first
 * sentence names the span: the lines after such an opening are that span's, up to the next, and one measure under a
 * review of five years and one of a year is two spans' figures, not one stated twice. By line, 'several' or 'one'.
 */
function reviewSpans(lines: readonly Line[]): ReadonlyMap<number, string> {
  return scopesByLine<string>(lines, (_, prose, span) => {
    // (most lines open no review: a cheap test of the first characters before the pattern)
    if (!/^(?:过去|刚刚|这|[两二三四五六七八九十一2-9]年|[“"]?十|(?:19|20)[0-9]{2}年)/.test(prose)) return stays(span);
    const m = REVIEW_OPENER.exec(prose);
    return stays(m ? (m[1] !== undefined ? 'several' : 'one') : span);
  });
}

/** A time alone for a measure's name: an era's year (民国26年, 光绪三十年) or a year (1936年). */
const TIME_ALONE = /^(?:民国|光绪|宣统|同治|咸丰|道光|嘉庆|乾隆|康熙|昭和|大正)?(?:[0-9]{1,4}|[元一二三四五六七八九十]{1,4})年(?:度)?$/;

/**
 * 民国23年12.9万吨，…民国26年上半年41.8万吨。…向日本输出的货物主要是煤，民国25年（1936年）为17.5万吨，民国26年上半年14.7万吨
 * (heldout181/kouan-lianyungang-05): a figure whose words before it are only a time (an era's year) has no name of its
 * own: its measure is the subject its sentence spoke of before (the port's freight, the coal shipped to Japan), and two
 * such figures of one time are not one measure stated twice.
 */
function namedByATimeAlone(f: Figure, g: Figure): boolean {
  return TIME_ALONE.test(bareMeasure(f)) || TIME_ALONE.test(bareMeasure(g));
}

/**
 * 据1978年…普查记载，…革命残废军人57人… 到1985年止，全县有军属984户…。革命残废军人65人: a date named between two counts of
 * one paragraph brings the count up to it, the sentences after it as well (a chronicle counts one list at two dates):
 * two dates' figures, not one stated twice.
 */
function pastACutOffDate(f: Figure, g: Figure): boolean {
  if (f.para.offset !== g.para.offset) return false;
  const [a, b] = f.offset < g.offset ? [f, g] : [g, f];
  return cutOffDatesOf(a).some(([start, end]) => start >= a.endOffset && end <= b.offset);
}

/** A year and the span of months right after it (2024年1-5月, 2023年1—5月份, 2024年上半年). */
const YEAR_OF_SPAN = /((?:19|20)[0-9]{2})年度?([0-9]{1,2}月?[-—~～至][0-9]{1,2}月份?|[上下]半年|前三季度|第?[一二三四]季度)/g;

/** A span of months in one spelling (1—5月份 → 1-5月, 第一季度 → 一季度), as a figure's scope spells it. */
function spelledSpan(span: string): string {
  return span.replace(/^([0-9]{1,2})月?[-—~～至]([0-9]{1,2})月份?$/, '$1-$2月').replace(/^第/, '');
}

/** By span of months, the years a draft writes right before it anywhere (2024年1-5月 in the lead, 2023年1-5月 at the end). */
function spanYears(lines: readonly Line[]): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of lines) {
    for (const m of line.prose.matchAll(YEAR_OF_SPAN)) {
      const span = spelledSpan(m[2]!);
      let years = out.get(span);
      if (!years) out.set(span, (years = new Set()));
      years.add(`${m[1]!}年`);
    }
  }
  return out;
}

/**
 * 1-5月基本医疗保险统筹基金收入1.16万亿元 (the title; the lead: 披露2024年1-5月…主要指标) / 2023年1-5月，统筹基金收入11328.13亿元
 * (last year's, for comparison): one span of months, its year written on one side only, while the draft writes that span
 * with another year too: the side without a year may be of that other year — two periods, not one measure stated twice.
 */
function ofOtherYearsOfOneSpan(f: Figure, g: Figure, s: DraftScopes): boolean {
  const a = s.years.get(f);
  const b = s.years.get(g);
  if ((a === undefined) === (b === undefined)) return false;
  const span = spelledSpan((a === undefined ? f : g).scope.split('·')[0]!);
  if (span !== spelledSpan((a === undefined ? g : f).scope.split('·')[0]!)) return false;
  const written = s.yearsOfSpan().get(span);
  return written !== undefined && [...written].some((y) => y !== (a ?? b));
}

/**
 * 全市乡镇卫生院共有52个，床位652张，1319人（其中卫生技术人员1069人） / 卫生技术人员75178人 (the city's): a part after 其中 is at most
 * its whole; a statement of its measure larger than that whole is not the part's scope (the whole is of a narrower one:
 * the township hospitals' staff), not one measure stated twice.
 */
function beyondWholeOfPart(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  const over = (part: Figure, other: Figure): boolean => {
    // (the 其中 in the part's own sentence: 村小14所，其中…13所；乡镇小学16所 is no part of the 13)
    if (!(part.partOf !== undefined && part.bracket !== undefined) && part.para.prose.lastIndexOf('其中', part.offset - part.para.offset) < part.sentence.offset - part.para.offset) return false;
    const whole = wholeBeforeQiZhong(part, byParagraph);
    return whole !== undefined && whole !== other && compatible(whole.unit, other.unit) && other.normalized! > whole.normalized! + halfUnit(whole) + halfUnit(other);
  };
  return over(f, g) || over(g, f);
}

/** A count of projects of a kind in a period (…共完成政府采购项目69宗): the words before the count, and the count. */
const COUNTED_PROJECTS = /([^，,；;。：:0-9０-９（）()]{2,30}?项目)([0-9０-９]+)(?:宗|个|项)/g;

/** The kind and count of the last count of projects in the period of `x` before `x` (the kind without the verb before it). */
function countedProjects(x: Figure): { kind: string; count: string } | undefined {
  const last = [...wordsOf(x, x.period, x.offset).matchAll(COUNTED_PROJECTS)].pop();
  return last && { kind: last[1]!.replace(/^.*(?:完成|共有|共)/, ''), count: last[2]! };
}

/**
 * 政府采购项目交易额同比略有减少1共完成政府采购项目69宗，…交易金额1.85亿元 … 土地使用权出让项目交易额同比大幅下降1共完成土地挂牌出让
 * 成交建设用地使用权项目3宗…；交易金额0.53亿元: a report of a trading centre takes each kind of project in turn, each period
 * counting that kind's projects first; the amounts after two counts of two kinds (other names, other counts) are the two
 * kinds' own.
 */
function ofOtherCountedProjects(f: Figure, g: Figure): boolean {
  const a = countedProjects(f);
  const b = a && countedProjects(g);
  return !!a && !!b && a.kind !== b.kind && a.count !== b.count;
}

/**
 * The whole a part after 其中 is of: the last exact figure of its unit before that 其中 in its paragraph, not relative
 * (全年民营经济增加值3708236万元，…占GDP的52.9%。其中，第二产业增加值2304743万元: the private economy's 3708236万元).
 * Only the figures before the part are looked at, from the nearest back.
 */
export function wholeBeforeQiZhong(f: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): Figure | undefined {
  // a part in brackets is a part of the figure just before them (办结785件（包括上周18件）: of the 785件)
  const inBracket = f.partOf !== undefined && f.bracket !== undefined;
  if (!inBracket && !underQiZhong(f)) return wholeBeforeConcerns(f, byParagraph);
  const at = inBracket ? f.bracket!.offset : f.para.offset + f.para.prose.lastIndexOf('其中', f.offset - f.para.offset);
  const figures = byParagraph.get(f.para.offset) ?? [];
  for (let i = figures.length - 1; i >= 0; i--) {
    const g = figures[i]!;
    if (g.endOffset > at) continue;
    if (exact(g) && !g.relational && !g.inChange && g.unit.kind === f.unit.kind && compatible(g.unit, f.unit)) return g;
  }
  return undefined;
}

/** A period that lists what the whole stated before it concerns (。涉及水污染26件，大气污染58件…). */
const CONCERNS = /^\s*(?:共|主要)?涉及/;

/**
 * 共接到电话举报103件，不在职责范围内7件。涉及水污染26件…生态破坏2件 / 共收到来信举报3件。涉及生态破坏1件: a period opened
 * by 涉及 sorts the reports the period before it counts by what they concern, as parts after 其中 do: its figures are
 * parts of that period's first count of their unit (the 103 reports by telephone, the 3 by letter).
 */
function wholeBeforeConcerns(f: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): Figure | undefined {
  if (!CONCERNS.test(f.para.prose.slice(f.period - f.para.offset, f.offset - f.para.offset))) return undefined;
  const before = (byParagraph.get(f.para.offset) ?? []).filter((g) => g.endOffset <= f.period);
  const last = before[before.length - 1];
  return before.find((g) => g.period === last?.period && exact(g) && !g.relational && !g.inChange && g.unit.kind === f.unit.kind && compatible(g.unit, f.unit));
}

/**
 * Two parts after 其中 whose wholes before it have two values (地区生产总值7011191万元。其中，第二产业增加值3520520万元 …
 * 民营经济增加值3708236万元。其中，第二产业增加值2304743万元) are parts of two wholes, not one measure stated twice.
 * (Two wholes of one measure with two values disagree there, where they are compared.)
 */
function ofOtherWholes(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  const a = wholeBeforeQiZhong(f, byParagraph);
  const b = a ? wholeBeforeQiZhong(g, byParagraph) : undefined;
  return a !== undefined && b !== undefined && a !== b && !meet(a, b);
}

/**
 * 一、中央彩票公益金支持社会福利事业项目12万元。⏎1、困难老年人家庭适老化改造项目8.54万元…⏎三、市级福彩公益金项目34.43万元。
 * ⏎3、困难老年人家庭适老化改造项目2.5万元: items of the lists under two headings that each state a total of their own (two
 * sources of funds) are parts of two wholes, as parts after two 其中 are; by paragraph, the figure its section's heading
 * states first (the nearest paragraph before it with an ordinal of a higher level: 一、 over 1.).
 */
function sectionWholes(paragraphs: readonly ParagraphFigures[]): ReadonlyMap<number, Figure> {
  const out = new Map<number, Figure>();
  const headings: Array<{ level: number; whole: Figure | undefined }> = [];
  for (const { para, figures } of paragraphs) {
    const level = para.ordinal?.level;
    if (level === undefined) continue;
    const above = [...headings].reverse().find((h) => h.level < level);
    if (above?.whole) out.set(para.offset, above.whole);
    while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
    headings.push({ level, whole: figures.find((f) => exact(f) && !f.relational && !f.bracket && f.unit.kind !== 'percent') });
  }
  return out;
}

function ofOtherSections(f: Figure, g: Figure, wholes: ReadonlyMap<number, Figure>): boolean {
  const a = wholes.get(f.para.offset);
  const b = a ? wholes.get(g.para.offset) : undefined;
  return a !== undefined && b !== undefined && a !== b && compatible(a.unit, f.unit) && compatible(b.unit, g.unit) && !meet(a, b);
}

/** 共 right before a figure: the whole it counts ([共61个断面（点位）有数据]). */
const COUNTED_WHOLE = /共(?:有|计)?$/;

/** The whole a paragraph opened by an ordinal counts first (（一）全区国考地表水断面（点位）[共61个断面（点位）有数据]…), when not `x`. */
function openingWhole(x: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): Figure | undefined {
  if (!x.para.ordinal) return undefined;
  const first = (byParagraph.get(x.para.offset) ?? []).find((f) => exact(f) && !f.relational && f.unit.kind !== 'percent');
  if (!first || first === x || first.offset > x.offset) return undefined;
  return COUNTED_WHOLE.test(x.para.prose.slice(first.clause.offset - x.para.offset, first.offset - x.para.offset)) ? first : undefined;
}

/**
 * （一）全区国考地表水断面（点位）[共61个断面（点位）有数据]…劣Ⅴ类重度污染水质点位1个 … （三）全区区考湖库点位[共13个点位有数据]…劣Ⅴ类
 * 重度污染水质点位2个: sections of one level that each open by counting a whole of their own (共61个, 共13个: two networks of
 * monitoring sites) report that whole's figures, not one measure stated twice.
 */
function ofOtherOpeningWholes(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (f.para.offset === g.para.offset || f.para.ordinal?.level === undefined || f.para.ordinal.level !== g.para.ordinal?.level) return false;
  const a = openingWhole(f, byParagraph);
  const b = a ? openingWhole(g, byParagraph) : undefined;
  return a !== undefined && b !== undefined && compatible(a.unit, b.unit) && compatible(a.unit, f.unit) && !meet(a, b);
}

/**
 * The count of what a statistical report covers, opening its paragraph's first period (截至2020年底，纳入全区国有资产报告统计的
 * 单位和企业共300户。 / 截止2020年底，纳入我区国有企业报表统计范围的国有企业共计67户，…): the paragraph's figures are of that
 * coverage.
 */
const COVERAGE_COUNT = /^纳入[^，,。；;：:0-9０-９]{1,30}?(?:统计|报表|报告|核算)[^，,。；;：:0-9０-９]{0,16}?共(?:有|计)?$/;

/** Whether each paragraph's first figure counts what its report covers, read once: compared for every pair of figures. */
const coverageCounts = new WeakMap<Figure, boolean>();

function coverage(x: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): Figure | undefined {
  const first = (byParagraph.get(x.para.offset) ?? [])[0];
  if (!first) return undefined;
  let counts = coverageCounts.get(first);
  if (counts === undefined) {
    const para = first.para;
    counts =
      first.period === para.offset + (para.prose.length - para.prose.trimStart().length) &&
      first.unit.kind !== 'percent' &&
      COVERAGE_COUNT.test(wordsOf(first, first.clause.offset, first.offset).trim());
    coverageCounts.set(first, counts);
  }
  return counts ? first : undefined;
}

/**
 * 纳入全区国有资产报告统计的单位和企业共300户。国有资产总额905.20亿元… ⏎ 纳入我区国有企业报表统计范围的国有企业共计67户…国有资产
 * 总额692.91亿元 (heldout156/guozi-wuchang-02): paragraphs that each open by counting what their report covers, two counts of
 * two values, give two coverages' totals (all units', the enterprises' only), not one measure stated twice.
 */
function ofOtherCoverages(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (f.para.offset === g.para.offset) return false;
  const a = coverage(f, byParagraph);
  const b = a ? coverage(g, byParagraph) : undefined;
  return a !== undefined && b !== undefined && compatible(a.unit, b.unit) && !meet(a, b);
}

/** A sentence opened by a group named back (在这些专职人员中，): the noun. */
export const THOSE = /^\s*在?这些([\u4e00-\u9fff]{2,10})中[，,：:]/;

/** The figure a sentence opened by 在这些X中 points back to: the last one of its paragraph before the sentence named X. */
export function antecedent(f: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): Figure | undefined {
  const noun = THOSE.exec(f.para.prose.slice(f.sentence.offset - f.para.offset, f.offset - f.para.offset))?.[1];
  if (!noun) return undefined;
  const before = (byParagraph.get(f.para.offset) ?? []).filter((g) => g.offset < f.sentence.offset && exact(g) && !g.bracket && compatible(g.unit, f.unit) && bareMeasure(g).endsWith(noun));
  return before[before.length - 1];
}

/**
 * 各级档案主管部门共有专职人员5552人，…。在这些专职人员中，50岁以上的有1199人 … 各级综合档案馆共有专职人员36582人，…。在这些
 * 专职人员中，50岁以上的有11961人: statements in sentences that point back (这些) to two groups of two values are the two
 * groups' own.
 */
function ofOtherAntecedents(f: Figure, g: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  const a = antecedent(f, byParagraph);
  const b = a ? antecedent(g, byParagraph) : undefined;
  return a !== undefined && b !== undefined && a !== b && !meet(a, b);
}

/** The budget a paragraph opens with (2023年，市本级政府性基金预算总收入87.32亿元，…), in its first period. */
function fundOf(f: Figure): string | undefined {
  const head = f.para.prose.slice(0, FUND_OPENER);
  const end = head.indexOf('。');
  const m = FUND.exec(end >= 0 ? head.slice(0, end) : head);
  return m ? (m[1] ?? m[0]) : undefined;
}

/**
 * One period spelt two ways in one paragraph (今年上半年我市规模以上工业中国有控股企业…实现工业总产值83.55亿元 / 今年1-6月份
 * 我市规模以上亿元企业数达284家，实现工业总产值790.99亿元): the paragraph turns to another part of its report, whose
 * subject no key carries. A lead and a body, each in its own paragraph, are what `spelledPeriod` reads as one period.
 */
function otherSpellingsInOneParagraph(f: Figure, g: Figure): boolean {
  return f.para.offset === g.para.offset && f.scope !== '' && g.scope !== '' && f.scope !== g.scope;
}

/**
 * A budget report's paragraphs each open with their own budget (一般公共预算…年终结余10.66亿元 / 政府性基金预算…年终结余
 * 2.95亿元 / 社会保险基金预算…年终滚存结余78.09亿元): a measure of two paragraphs opened by two budgets is two funds' measure.
 */
export function ofOtherFunds(f: Figure, g: Figure): boolean {
  if (f.para.offset === g.para.offset) return false;
  const a = fundOf(f);
  const b = a ? fundOf(g) : undefined;
  return a !== undefined && b !== undefined && a !== b;
}

/** A paragraph opening with a label (（一）道路交通：, 2.消防领域：): the subject its figures are given for. */
const LABEL = /^\s*(?:(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９一二三四五六七八九十]{1,3}[、.．])\s*)?(?!其中)([\u4e00-\u9fff]{2,12})[：:]/;

/**
 * Paragraphs that each open with their own label (（一）道路交通：事故9起…直接经济损失2.1万元 / （三）消防领域：事故5起…
 * 直接经济损失2.55万元) give a measure for two subjects: a measure of two paragraphs with two labels is two subjects'.
 * (XX地灾点：共转移6户34人。集中安置6户34人 / XX地灾点：共转移15户，37人。…集中安置7户25人: labels whose names are left
 * unfilled, XX, stand for names not given, one site's each; read alike, they are still two sites.)
 */
export function ofOtherLabels(f: Figure, g: Figure): boolean {
  if (f.para.offset === g.para.offset) return false;
  if (ofALabelledPart(f, g) || ofALabelledPart(g, f)) return true;
  const a = LABEL.exec(f.para.prose)?.[1];
  const b = a ? LABEL.exec(g.para.prose)?.[1] : undefined;
  if (a !== undefined && b !== undefined && a !== b && !LEAD_LABEL.test(`${a}：`) && !LEAD_LABEL.test(`${b}：`)) return true;
  return UNFILLED_LABEL.test(f.para.prose) && UNFILLED_LABEL.test(g.para.prose);
}

/** A paragraph label whose name is left unfilled, XX before its kind (XX地灾点：, ××村：): a placeholder for a name. */
const UNFILLED_LABEL = /^\s*(?:(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９一二三四五六七八九十]{1,3}[、.．])\s*)?[xXｘＸ×]{2,4}[\u4e00-\u9fff]{1,10}[：:]/;

/** The words opening a bracket that gives the period compared with: 与去年同期相比（, 與上年同期相比（. */
const COMPARED_OPENER = /[与與和同](?:去年|上年)同期(?:相比|比较|比較)[（(]$/;
/** How far back a figure looks for the bracket it stands in. */
const COMPARED_BRACKET_REACH = 400;

/**
 * Whether a figure stands in a bracket opened right after 与去年同期相比 (與去年同期相比（2011年1—8月份，全州共發（fā）生火災57起
 * […]，直接財產（chǎn）損失1899172元），起數（shù）下降28.07%): the bracket gives last year's figures, compared with, not
 * this year's. Inner brackets (a pinyin gloss, （fā）) are stepped over; a 。 ends the look-back.
 */
function inComparedBracket(x: Figure): boolean {
  const prose = x.para.prose;
  if (!prose.includes('同期相比') && !prose.includes('同期比較') && !prose.includes('同期比较')) return false;
  const at = x.offset - x.para.offset;
  let depth = 0;
  for (let i = at - 1; i >= 0 && i >= at - COMPARED_BRACKET_REACH; i--) {
    const c = prose[i]!;
    if (c === '。') return false;
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth > 0) depth--;
      else return COMPARED_OPENER.test(prose.slice(Math.max(0, i - 10), i + 1));
    }
  }
  return false;
}

/** One figure in the bracket of the period compared with, the other not: last year's and this year's. */
function ofOtherComparedBrackets(f: Figure, g: Figure): boolean {
  return inComparedBracket(f) !== inComparedBracket(g);
}

/** An ordinal opening a paragraph: （五）, 3、. */
const ORDINAL_OPENING = /^\s*(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９一二三四五六七八九十]{1,3}[、.．])/;

/**
 * 2018年1-3月份，全市共发生各类事故28宗…直接经济损失1.431万元，同比下降99.92% / （五）交通运输和仓储业：2018年1-3月份全市共发生
 * 交通运输和仓储业事故23宗…直接经济损失1.431万元，同比下降83.20%: a paragraph opening with a label (a sector, a field) that
 * its text names again gives that part's figures; another paragraph that never names it speaks of something else (the
 * whole, here), whether it has a label or not. (A label its text does not name again, 总体情况：, may be the whole's.)
 */
function ofALabelledPart(f: Figure, g: Figure): boolean {
  const m = LABEL.exec(f.para.prose);
  const label = m?.[1];
  // (a section of a report, its ordinal before the label: not a title's source, 财政部：2022年全国政府采购规模为…)
  if (!m || !label || !ORDINAL_OPENING.test(m[0]) || LEAD_LABEL.test(`${label}：`)) return false;
  return f.para.prose.slice(m.index + m[0].length).includes(label) && !g.para.prose.includes(label);
}

/**
 * 3. 雅韵项目：包含…。今年实施的…项目，工程总投资149.67万元 / 7. 天宫村活动中心装修工程，工程总投资84.07万元: paragraphs
 * opened by two list ordinals of one level (1. or （1）), each naming another subject after it, are two items; and
 * counts of two bins (超过5千人的乡（镇）有3个 / 在3千人以下的乡（镇）有4个) are two subjects' (not (1)15个重点新建项目… /
 * (2)15个重点新建项目…: one subject named twice).
 */
function ofOtherItems(f: Figure, g: Figure): boolean {
  if (ofOtherBins(f, g)) return true;
  // (…（五）其他支出329.13万元。 三、其他支出718.41万元: sentences of one pasted paragraph each opening with an ordinal
  // of its own level, items of an outline run together; of one level, when their words differ)
  const a0 = inlineOrdinal(f);
  const b0 = a0 ? inlineOrdinal(g) : undefined;
  if (a0 && b0 && a0.marker !== b0.marker && (a0.level !== b0.level || a0.words !== b0.words)) return true;
  if (f.para.offset === g.para.offset) return false;
  const a = f.para.ordinal;
  const b = g.para.ordinal;
  // (items of a list, 1. and （1）: the sections of a report, 一、 and （一）, speak of one scope in turn)
  if (!a || !b || a.level !== b.level || a.level < 3 || a.value === b.value) return false;
  const head = (x: Figure, o: { endOffset: number }): string => /^[^，,：:。；;0-9０-９]{0,16}/.exec(x.para.prose.slice(o.endOffset - x.para.offset).trim())![0];
  return head(f, a) !== head(g, b);
}

/** An enumerated item a figure stands in: its number (三 of 三是), and whether it opens its paragraph. */
interface EnumeratedItem {
  number: string;
  opens: boolean;
}

/**
 * 三是河湖生态环境复苏。完成投资1921亿元 / 四是水文基础设施、智慧水利等其他项目，完成投资931亿元: a figure within an item
 * of an enumeration (一是, 其二, 第三，: the last opened before it in its paragraph) is that item's; figures within two
 * items of other numbers of one enumeration are two items' measures, each the scope of its own item (an investment by
 * field, not the total's). One enumeration: items within one paragraph, or paragraphs that each open with their item.
 * (Items inline in two paragraphs may be two enumerations: 一、…五是房地产开发投资…1—7月完成投资28.55亿元 / 二、…一是
 * 房地产。1—7月完成投资28.55亿元 is one measure under two numbers.)
 */
function ofOtherEnumeratedItems(f: Figure, g: Figure, itemOf: (x: Figure) => EnumeratedItem | undefined): boolean {
  const a = itemOf(f);
  const b = a ? itemOf(g) : undefined;
  if (!a || !b || a.number === b.number) return false;
  return f.para.offset === g.para.offset || (a.opens && b.opens);
}

/** The enumerated item of each figure of a paragraph (in the order of the paragraph), its prose read once. */
function enumeratedItems(figures: readonly Figure[]): Array<[Figure, EnumeratedItem | undefined]> {
  const out: Array<[Figure, EnumeratedItem | undefined]> = [];
  const prose = figures[0]?.para.prose ?? '';
  const marks = [...prose.matchAll(ENUMERATED_ITEM)];
  let k = 0;
  let last: EnumeratedItem | undefined;
  for (const f of figures) {
    for (; k < marks.length && marks[k]!.index + marks[k]![0].length <= f.offset - f.para.offset; k++) {
      const m = marks[k]!;
      // (the mark before the number, when any: a space still opens the paragraph, a comma does not)
      const lead = /^[，,；;。：:\s]?/.exec(m[0])![0].length;
      last = { number: (m[1] ?? m[2] ?? m[3])!, opens: /^\s*$/.test(prose.slice(0, m.index + lead)) };
    }
    out.push([f, last]);
  }
  return out;
}

/**
 * The ordinal a figure's sentence opens with, as written (三、, （五）, 2., （2）), when its words up to the figure hold no
 * other: the marker, its level as GB/T 9704-2012 7.3.3 orders them (一、 （一） 1. （1）) and the words after it.
 */
const SENTENCE_ORDINAL = /^\s*(?:([一二三四五六七八九十]{1,3}、)|([（(][一二三四五六七八九十]{1,3}[)）])|([0-9]{1,2}[、.．])|([（(][0-9]{1,2}[)）]))([^，,。；;、]*)$/;

function inlineOrdinal(x: Figure): { marker: string; level: number; words: string } | undefined {
  const m = SENTENCE_ORDINAL.exec(wordsOf(x, x.sentence.offset, x.offset));
  if (!m) return undefined;
  const level = [1, 2, 3, 4].find((k) => m[k] !== undefined)!;
  return { marker: m[level]!, level, words: m[5]!.trim() };
}

/** A sentence opened by a count of what it speaks of (193处电力设施受损，…; 21家企业因灾停产，…): the thing counted. */
const COUNTED_OPENER = /^\s*(?:共有|共|另有|还有|有)?[0-9０-９]+(?:处|家|个|座|所|户|间|条|项|辆|艘)([\u4e00-\u9fff]{2,6}?)(?=[\u4e00-\u9fff]{0,8}(?:受损|受灾|损毁|停产|倒塌|被淹|[，,]))/;

/**
 * 193处电力设施受损，直接经济损失396.75万元 … 21家企业因灾设施受损或停产，直接经济损失6452.32万元: statements in sentences
 * each opened by a count of another thing are that thing's (a loss of the power lines, a loss of the firms).
 */
function ofCountedSubjects(f: Figure, g: Figure): boolean {
  const a = COUNTED_OPENER.exec(wordsOf(f, f.period, f.offset))?.[1];
  const b = a ? COUNTED_OPENER.exec(wordsOf(g, g.period, g.offset))?.[1] : undefined;
  return !!a && !!b && a !== b;
}

/** A kind named and counted at the head of a clause up to ； (杀菌剂2种，年生产能力600吨), after a colon or not: group 1 the kind. */
const KIND_COUNTED_OPENER = /^(?:[^：:；;。]{0,40}[：:])?\s*([\u4e00-\u9fff]{2,8})[0-9０-９]+(?:种|类|个|家|座|所|项|户|处)[，,]/;

/**
 * 熏蒸杀虫剂2种，年生产能力1900吨，实产840吨；有机磷杀虫剂5种，年生产能力7050吨…；杀菌剂2种，年生产能力600吨
 * (heldout169/nongyao-lianyungang-01): clauses up to ； each opened by a kind and its count give that kind's figures, the
 * same measure after each (年生产能力) each kind's own, not one measure stated twice.
 */
function ofCountedKinds(f: Figure, g: Figure): boolean {
  if (f.sentence.offset === g.sentence.offset) return false;
  const a = KIND_COUNTED_OPENER.exec(wordsOf(f, f.sentence.offset, f.offset))?.[1];
  const b = a ? KIND_COUNTED_OPENER.exec(wordsOf(g, g.sentence.offset, g.offset))?.[1] : undefined;
  return !!a && !!b && a !== b;
}

/** Words before a measure's name that name the whole or all its items (市区各项存款余额 is the 存款余额 of all): no qualifier. */
const WHOLE_WORDS = /^(?:全市|全县|全区|全省|全国|市区|城区|县城|我市|我县|本市|本县|各项|各类|全部)+/;

/**
 * The qualifier the paragraph gave `x`'s bare name before it (财政性 of 市区财政性存款余额 before 存款余额), if any. Words up to a
 * 的 say who set or did it (次会议批准的全市一般公共预算收入, the budget before its outturn), not a kind: no qualifier.
 */
function qualifierBefore(x: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): string | undefined {
  if (x.keyedBy || x.key !== x.measure || x.measure.length < 2) return undefined;
  let found: string | undefined;
  for (const h of byParagraph.get(x.para.offset) ?? []) {
    if (h.offset >= x.offset) break;
    if (h.measure.length > x.measure.length && h.measure.endsWith(x.measure) && compatible(h.unit, x.unit))
      found = h.measure
        .slice(0, h.measure.length - x.measure.length)
        .replace(/^.*的/, '')
        .replace(WHOLE_WORDS, '');
  }
  return found || undefined;
}

/**
 * 1950年末，市区财政性存款余额为207万元…。…财政性存款逐年增加，至1990年末，全市存款余额3280万元 (heldout170/
 * jinrong-lianyungang-03): a paragraph that names a measure with a qualifier (财政性) and then by its bare name speaks of
 * the qualified one still; the bare name stated with another value in another paragraph whose own (全市各项存款余额为
 * 207520万元) bears no such qualifier is the whole's, not the same measure stated twice.
 */
function ofOtherQualifiersBefore(f: Figure, g: Figure, qualifierOf: (x: Figure) => string | undefined): boolean {
  if (f.para.offset === g.para.offset) return false;
  return qualifierOf(f) !== qualifierOf(g);
}

/** A works, firm or depot named (3县化肥厂, 中国外运总公司连云港分公司墟沟仓库): what ends its name. */
const UNIT_NAME = '[\\u4e00-\\u9fff0-9（）()]{1,30}?(?:厂|公司|仓库|矿|码头|农场|电站)';
/** A sentence about one unit: its name, then 是 (…连云港仓库是华东地区最大的综合性仓库，一次性储存能力为52.8万吨). */
const UNIT_IS = new RegExp(`^(?:[^，,；;。]{0,12}[，,])?(${UNIT_NAME})(?:是|系)`);
/** A measure named with its unit first (3县化肥厂合成氨年生产能力): group 1 the unit. */
const UNIT_MEASURE = new RegExp(`^(${UNIT_NAME})`);
/** The whole named in a sentence (全市实产合成氨, 全市仅有…仓库): no unit of it. */
const WHOLE_NAMED = /全市|全县|全区|全省|全国/;

/** The unit `x`'s sentence speaks of: named before 是 at its head, or first in the measure of a figure before `x` in it. */
function unitNamed(x: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): string | undefined {
  const head = wordsOf(x, x.period, x.offset);
  const named = UNIT_IS.exec(head)?.[1];
  if (named !== undefined) return WHOLE_NAMED.test(named) ? undefined : named;
  for (const h of byParagraph.get(x.para.offset) ?? []) {
    if (h.offset >= x.offset) break;
    if (h.offset < x.period) continue;
    // (污水处理厂32座: a count of the works is of a kind of unit, all of them, not one works)
    const unit = UNIT_MEASURE.exec(h.measure)?.[1];
    if (unit !== undefined) return WHOLE_NAMED.test(unit) || unit.length === h.measure.length ? undefined : unit;
  }
  return undefined;
}

/** Whether `x`'s sentence names the whole (全市…) before it, and no unit. */
function ofTheWhole(x: Figure, unitOf: (x: Figure) => string | undefined): boolean {
  return WHOLE_NAMED.test(wordsOf(x, x.period, x.offset)) && unitOf(x) === undefined;
}

/**
 * 1990年，3县化肥厂合成氨年生产能力达到6.60万吨，实产合成氨5.6万吨 … 1990年，全市实产合成氨6.98万吨 (heldout169/
 * huafei-lianyungang-01); …连云港仓库是华东地区最大的综合性仓库，一次性储存能力为52.8万吨 … 全市仅有10余家…仓库…，一次性储存
 * 能力49.9万吨 (heldout169/kouan-lianyungang-04): a sentence that speaks of one works, firm or depot (its name before 是,
 * or opening the name of its first measure) gives that unit's figures, the measures after it included; the same measure in
 * a sentence of the whole (全市) is the whole's, not the unit's stated again.
 */
function ofAUnitAndTheWhole(f: Figure, g: Figure, unitOf: (x: Figure) => string | undefined): boolean {
  if (f.period === g.period) return false;
  const a = unitOf(f);
  const b = unitOf(g);
  return a !== b && (a === undefined ? ofTheWhole(f, unitOf) : b === undefined ? ofTheWhole(g, unitOf) : true);
}

/** A whole a period's figures are parts of, opened by 在…中 (在总发放数中，在全部贷款中): group 1 the whole. */
const IN_FRAME = /在([\u4e00-\u9fff]{2,10})中[，,]?/g;

/** The last whole opened by 在…中 before `x` in its period. */
function frameOf(x: Figure): string | undefined {
  const head = wordsOf(x, x.period, x.offset);
  if (!head.includes('在')) return undefined;
  return [...head.matchAll(IN_FRAME)].at(-1)?.[1];
}

/**
 * 在总发放数中港口工程1.18亿元，碱厂工程贷款8936万元 … 中央基本建设贷款中…；碱厂工程贷款5620万元 (heldout170/
 * jinrong-lianyungang-06): a part listed after 在…中 is a part of that whole (the loans the paragraph counts); the same
 * name elsewhere, out of that frame, is a part of another whole, not the same part stated twice.
 */
function ofOtherFrames(f: Figure, g: Figure, frameOf: (x: Figure) => string | undefined): boolean {
  const a = frameOf(f);
  const b = frameOf(g);
  return a !== b && (a === undefined || b === undefined ? f.para.offset !== g.para.offset : true);
}

/** A group its sentence counts, then speaks of: 支流137个省控断面中，; 60个“水十条”国家考核断面中， (its count and name). */
const GROUP_OPENER = /(?:^|[^0-9０-９.])([0-9０-９]+(?:个|家|所|处|条|座|项)[^，,；;。：:0-9０-９]{2,16}?)中[，,：:]/g;

/**
 * A group of people named, then counted, opening a sentence: 提拔重用的45人中，35岁以下的干部23人…；少数民族干部5人 (the
 * people a sentence before counted, named back by what they did): its figures are of those 45, not of all the cadres.
 */
const NAMED_GROUP_OPENER = /^([\u4e00-\u9fff]{2,10}的[0-9０-９]+(?:人|名))中[，,]/;

/** The last group opened before a figure in its period. */
function openedGroup(x: Figure): string | undefined {
  const words = wordsOf(x, x.period, x.offset);
  let last: string | undefined = NAMED_GROUP_OPENER.exec(words.trimStart())?.[1];
  for (const m of words.matchAll(GROUP_OPENER)) last = m[1];
  return last;
}

/**
 * 干流43个省控断面水质均达到或优于Ⅲ类标准。支流137个省控断面中，126个省控断面水质…; 345个监测评价断面中，Ⅰ~Ⅲ类水质断面
 * 合计331个 … 60个“水十条”国家考核断面中，Ⅰ~Ⅲ类水质断面58个: a figure its sentence places in a group it counts first
 * (…个…中，) is of that group; a figure of another group, or of none, is another statement.
 */
export function inOtherGroups(f: Figure, g: Figure): boolean {
  const [a, b] = [openedGroup(f), openedGroup(g)];
  return (a !== undefined || b !== undefined) && a !== b;
}

/** A year not filled in (20XX年, xx年): its period is unknown. */
const UNFILLED_YEAR = /(?:[0-9]{2}|[0-9])?[xXｘＸ×]{1,4}年/;

/**
 * 20XX年，园区…实现工业总产值81.2亿元 … 20XX年工业总产值72.38亿元; 当年…全长15.5公里 … xx年，又组织实施…全长44.88公里: a
 * statement in a sentence whose year is left unfilled may be of any year, the other's or another; two values cannot be
 * told one measure's slip (the placeholder rule reports the year).
 */
function unfilledYear(x: Figure): boolean {
  return UNFILLED_YEAR.test(wordsOf(x, x.period, x.offset));
}

/** A clause counting a bin: a threshold before the figure (超过5千人的, 在3千人以下的, 3千人至5千人之间的). */
const BIN = /[0-9０-９][^，,；;。]{0,6}(?:以上|以下|之间|以内)|(?:超过|不足|低于|高于)[0-9０-９]/;

function ofOtherBins(f: Figure, g: Figure): boolean {
  const [a, b] = [wordsOf(f, f.clause.offset, f.offset), wordsOf(g, g.clause.offset, g.offset)];
  return BIN.test(a) && BIN.test(b) && a !== b;
}

/**
 * The clause before a figure's, when it counts works (…项目8个，/ …村庄整治点3个，): the works named, and the count
 * (in traditional characters too: 技術服務類合同共7417項，).
 */
const COUNTED_WORKS = /([^，,；;。：:0-9０-９]{2,30}?)([0-9０-９]+)(?:个|個|处|處|项|項|所|座|条|條)[，,][^，,；;。：:0-9０-９]*$/;

/**
 * 落实…补助资金项目8个，投入项目资金181万元 … 新农村建设村庄整治点3个，投入项目资金70万元: funds written right after a count of
 * works are those works' funds; under two counts of two different works (other names, other counts) they are two
 * programmes' funds, whatever words they share.
 */
function ofOtherCountedWorks(f: Figure, g: Figure): boolean {
  const a = COUNTED_WORKS.exec(wordsOf(f, f.sentence.offset, f.offset));
  const b = a ? COUNTED_WORKS.exec(wordsOf(g, g.sentence.offset, g.offset)) : null;
  return !!a && !!b && a[1] !== b[1] && a[2] !== b[2];
}

/**
 * A count of audits done in a period, and what was audited: 审计了95个部门和单位的预算执行情况 (group 1, what follows the
 * count), 完成领导干部任期经济责任审计133项 (group 2, the kind of audit before the count).
 */
const COUNTED_AUDITS = /[审審][计計]了?[0-9０-９]+(?:个|個|家|项|項)([^，,；;。0-9０-９]{2,24})|([^，,；;。0-9０-９]{2,24}?[审審][计計])[0-9０-９]+(?:项|項|个|個)/g;

/** What the last count of audits in the period of `x`, before `x`, audited. */
function auditedBefore(x: Figure): string | undefined {
  const words = wordsOf(x, x.period, x.offset);
  // (most periods audit nothing: a look for 审计 first)
  if (!/[审審][计計]/.test(words)) return undefined;
  const last = [...words.matchAll(COUNTED_AUDITS)].pop();
  return last && (last[1] ?? last[2]);
}

/**
 * 审计部门审计了95个部门和单位的预算执行情况，共查出违规行为金额15.5亿元 … 全市审计机关完成领导干部任期经济责任审计133项，查出
 * 违规行为金额5.36亿元: what audits found is of the audits counted before it in its period; after two counts of other
 * audits (budget execution, economic responsibility) the findings are the two kinds' own.
 */
function ofOtherAudits(f: Figure, g: Figure): boolean {
  return readApart(f, g, auditedBefore);
}

/** The stages a name of counted works gives (签约, 在谈). */
function stagesOf(works: string): Set<string> {
  return new Set([...works.matchAll(PROJECT_STATUS)].map((m) => m[0]));
}

/**
 * 共签约项目58个，计划总投资215.0391亿元 … 在谈项目共58个，计划总投资897.355亿元: funds written right after a count of
 * projects at one stage (signed) and after a count of projects at another (under negotiation) are two sets' funds,
 * even when the counts happen to be equal (no stage shared).
 */
function ofProjectsOfOtherStages(f: Figure, g: Figure): boolean {
  const a = COUNTED_WORKS.exec(wordsOf(f, f.sentence.offset, f.offset));
  const b = a ? COUNTED_WORKS.exec(wordsOf(g, g.sentence.offset, g.offset)) : null;
  if (!a || !b) return false;
  const [x, y] = [stagesOf(a[1]!), stagesOf(b[1]!)];
  return x.size > 0 && y.size > 0 && ![...x].some((s) => y.has(s));
}

/**
 * “开工一批”项目769个。其中…先进制造业项目327个 / “投产一批”项目…共907个。其中，先进制造业项目375个: a paragraph that opens
 * with a name in quotation marks (the batch, campaign or programme a report takes in turn) speaks of that one throughout:
 * the same kinds counted in two such paragraphs are the two named ones' own.
 */
const QUOTED_OPENER = /^\s*[\u4e00-\u9fff]{0,2}[“"「]([^”"」]{2,16})[”"」]/;

function ofOtherQuotedOpeners(f: Figure, g: Figure): boolean {
  if (f.para.offset === g.para.offset) return false;
  const a = QUOTED_OPENER.exec(f.para.prose)?.[1];
  const b = a === undefined ? undefined : QUOTED_OPENER.exec(g.para.prose)?.[1];
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * A size band in a subject: 10亿元以上, 5亿元以上至10亿元, 1亿元以下, 超过5000万元, 5000万元至1亿元之间 (the bound and its unit, a
 * second bound after 至).
 */
const SIZE_BAND =
  /(?<![0-9０-９.])[0-9０-９][0-9０-９.]*[^，,；;。：:0-9０-９]{0,3}?(?:以上|以下|以内|之间)(?:至[0-9０-９][0-9０-９.]*[^，,；;。：:0-9０-９]{0,3}?(?:以下|以内|之间)?)?|(?:超过|不足|低于|高于)[0-9０-９][0-9０-９.]*[^，,；;。：:0-9０-９的]{0,3}/;

/**
 * 投资10亿元以上的项目86个，…一季度完成投资157.6亿元。投资5亿元以上至10亿元的项目47个，一季度完成投资20亿元: a size band in the
 * subject a period opens with qualifies the subject (projects of that size), however far the figure stands from it in the
 * period: two bands are two subjects, though the name cut at the band's figure reads alike (的项目).
 */
function ofOtherBands(f: Figure, g: Figure): boolean {
  const a = SIZE_BAND.exec(wordsOf(f, f.period, f.offset))?.[0];
  const b = a === undefined ? undefined : SIZE_BAND.exec(wordsOf(g, g.period, g.offset))?.[0];
  return a !== undefined && b !== undefined && a !== b;
}

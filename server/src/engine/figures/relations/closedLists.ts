// Lists closed by the rest: a list after 其中 may leave a remainder, but one whose last item is 其他 (其他收入, 其他林地,
// 其他类) has named it, so its items are all of the total (收入169.2亿元，其中税收收入98.9亿元、社保费收入60.6亿元、其他收入
// 9.7亿元); and a total split whole once and then again by such a list in the next sentences.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import { namesTheRest } from './breakdowns';
import { remainderSum } from './definedKinds';
import { bareMeasure, headOf, partMeasure, textBetween, wordsWithoutFigures, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';
import { restOfOneKind } from './restOfAKind';
import { periodEnd, sumReading } from './totals';
import { NOT_A_TOTAL, STATES_A_TOTAL } from './vocabulary';

/** Whether a number stands between two offsets that is no figure (冬蕎500: a figure that lost its unit). */
function bareNumber(par: Paragraph, start: number, end: number): boolean {
  return /[0-9０-９]/.test(wordsWithoutFigures(par, start, end));
}

/** A clause that adds what a list left out: 另有10件…, 此外…, 还有…. */
const MORE_BESIDES = /^\s*(?:另有|另外|此外|还有|尚有|另)/;

/**
 * A figure the list does not take that could be one more item of it or the remainder stated apart: a figure of the
 * total's unit (not one in brackets, which restates its neighbour) from the total (or the first part's sentence, when
 * the total stands apart) to the end of the last part's clause group, that is neither the total nor a part; a number
 * there that is no figure at all (冬蕎500，其它400畝: the 500 lost its unit; 其中个人缴费收入12002.41万万元，医疗救助资助收入
 * 605.35万元…: the first item unread); or a clause right after the list that adds to it (…其他机关和组织45件；另有10件…).
 */
function strayItem(par: Paragraph, total: Figure, parts: readonly Figure[], fromTheList = false): boolean {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const start = !fromTheList && total.para.offset === first.para.offset && total.offset < first.offset ? total.endOffset : first.sentence.offset;
  const mark = /[；;。！？]/.exec(textBetween(par.draft, last.endOffset, last.para.endOffset));
  const end = mark ? last.endOffset + mark.index : last.para.endOffset;
  if (MORE_BESIDES.test(textBetween(par.draft, end + 1, end + 8))) return true;
  const inList = par.figures.filter((f) => f.offset >= start && f.endOffset <= end && f !== total);
  return inList.some((f) => !parts.includes(f) && !f.relational && !f.bracket && compatible(f.unit, total.unit)) || bareNumber(par, start, end);
}

/** A part stated for each of several items (教育和医疗类各8件): the list counts it more than once. */
function forEach(par: Paragraph, p: Figure): boolean {
  return /各$/.test(headOf(par.draft, p));
}

/** Whether a part names the rest: by its name (其他收入) or by the words its clause opens with (其余8家正在创建中). */
function restNamed(par: Paragraph, p: Figure): boolean {
  // (the head is the rest word alone, 其余 or 其余的: each is two characters)
  const head = headOf(par.draft, p).replace(/的$/, '');
  return namesTheRest(partMeasure(p)) || (head.length === 2 && namesTheRest(head));
}

/** The relation read exactly when its list is closed by the rest, or undefined. */
function closedBy(par: Paragraph, r: Relation): Relation | undefined {
  const sum = remainderSum(r);
  if (!sum || sum.parts.length < 2) return undefined;
  const { total, parts } = sum;
  const last = parts[parts.length - 1]!;
  // the rest is the last item and the only one; all items in one paragraph, where the list is read whole
  if (!restNamed(par, last) || parts.slice(0, -1).some((p) => restNamed(par, p)) || restOfOneKind(total, parts)) return undefined;
  if (parts.some((p) => p.para.offset !== last.para.offset || forEach(par, p)) || strayItem(par, total, parts)) return undefined;
  return namesTheRest(partMeasure(last)) ? closedSum(total, parts) : closedSum(total, parts, `末项“${headOf(par.draft, last)}${last.text}”即其余各项，`);
}

/** A total and a list whose last item names the rest, read exactly: the message says why the items are all of it. */
function closedSum(total: Figure, parts: readonly Figure[], says = `末项“${partMeasure(parts[parts.length - 1]!)}”包括其余各项，`): Relation | undefined {
  const cast = [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
  return relation('sum', total, cast, [sumReading(parts, total)], { marker: says });
}

/**
 * 8i. The sums found so far, each list that may leave a remainder read exactly (=) when its last item names the rest
 * (其他, 其它, 其余): 收入169.2亿元，其中税收收入98.9亿元、社保费收入60.6亿元、其他收入9.7亿元 leaves nothing out.
 */
export function closedListSums(soFar: { readonly par: Paragraph; readonly out: Relation[] }): void {
  const { par, out } = soFar;
  for (let i = 0; i < out.length; i++) {
    const closed = closedBy(par, out[i]!) ?? closedLikeAnEarlierList(par, out, i) ?? closedBesideAnotherList(par, out, i);
    if (closed) out[i] = closed;
  }
}

/** The words that open a list of categories: 主动公开政府信息的主要类别有：, 的类别为： (group 1: what the categories divide). */
const CATEGORIES_OF = /([\u4e00-\u9fff]{4,30})的(?:主要)?类别(?:有|为|包括)[：:]$/;
/** Words before a total's name that say only where it is counted: 全区主动公开政府信息. */
const WHERE_COUNTED = /^(?:全[区县市省州旗镇乡])?$/;

/**
 * 2014年主动公开政府信息 2543条。…⏎2014年，我区各工作部门主动公开政府信息的主要类别有：机构职能类信息594条，…，其他应主动公开
 * 的信息946条 (xxgknb-pingtan-04): a list of categories opened by …的主要类别有： whose last item names the rest (其他…) is all of
 * the total that the paragraphs before state under the name the list divides (主动公开政府信息, the year's: the years the two
 * periods name, when both do, agree), one value; the items, one to a clause, all of its unit and nothing else measured
 * between them, add up to it. A total named otherwise, or stated twice with two values, and nothing is read.
 */
export function categoriesOfAnEarlierTotal(soFar: { readonly par: Paragraph; readonly out: Relation[] }): void {
  const { par, out } = soFar;
  const figures = par.figures;
  if (figures.length < 3 || !textBetween(par.draft, figures[0]!.sentence.offset, figures[0]!.offset).includes('类别')) return;
  const first = figures[0]!;
  const opening = textBetween(par.draft, first.sentence.offset, first.offset).replace(/\s/g, '');
  const divided = CATEGORIES_OF.exec(opening.slice(0, opening.lastIndexOf('：') + 1) || opening.slice(0, opening.lastIndexOf(':') + 1))?.[1];
  if (!divided) return;
  // the items: the figures of the first one's period, each in its own clause
  const parts = figures.filter((f) => f.period === first.period);
  const last = parts[parts.length - 1]!;
  if (parts.length < 3 || !namesTheRest(partMeasure(last)) || parts.some((f) => !exact(f) || f.relational || f.bracket || !compatible(f.unit, first.unit))) return;
  if (parts.some((f, k) => k > 0 && !/[，,；;]/.test(textBetween(par.draft, parts[k - 1]!.endOffset, f.offset)))) return;
  const year = (at: number): string | undefined => /((?:19|20)[0-9]{2})年/.exec(textBetween(par.draft, at, at + 12))?.[1];
  const totals = par.lookups.earlier().filter((f) => {
    if (!exact(f) || f.relational || f.bracket || f.unit.kind !== first.unit.kind || !compatible(f.unit, first.unit)) return false;
    const name = bareMeasure(f);
    return name.length >= 4 && divided.endsWith(name.replace(/^全[区县市省州旗镇乡]/, '')) && WHERE_COUNTED.test(name.slice(0, name.length - name.replace(/^全[区县市省州旗镇乡]/, '').length));
  });
  if (totals.length === 0 || totals.some((f) => f.normalized !== totals[0]!.normalized)) return;
  const total = totals[totals.length - 1]!;
  const [y1, y2] = [year(total.period), year(first.period)];
  if (y1 && y2 && y1 !== y2) return;
  const r = closedSum(total, parts);
  if (r) out.push(r);
}

/** The items' names of a list, in order, joined: 县道、乡道、村道. */
function itemNames(parts: readonly Figure[]): string {
  return parts.map(partMeasure).join('、');
}

/**
 * 农村公路总里程1865.4公里，其中县道326.8公里、乡道612.5公里、村道926.1公里。…全年需养护资金918.13万元，其中县道326.8万元、
 * 乡道306.25万元、村道277.83万元: a list that may leave a remainder whose items are named, one by one and in order, as the
 * items of an earlier list of the paragraph that adds up to its total exactly, is all of its total too: the writer has
 * shown the items to be the whole. Read exactly (=), the message saying why. Items named alike, none the rest (其他),
 * in another unit from the earlier list's (the same measure split twice is a restatement, not this), and no figure of
 * the unit in the list's span left out of it (strayItem).
 */
function closedLikeAnEarlierList(par: Paragraph, out: readonly Relation[], i: number): Relation | undefined {
  const sum = remainderSum(out[i]!);
  // (nor when a figure of the unit in the list's span was not taken as an item: 其中崩塌15個，、滑坡3個、地面塌陷1個 read as two)
  if (!sum || sum.parts.length < 2 || strayItem(par, sum.total, sum.parts)) return undefined;
  const names = itemNames(sum.parts);
  if (sum.parts.some((p) => partMeasure(p).length < 2 || namesTheRest(partMeasure(p))) || new Set(sum.parts.map(partMeasure)).size !== sum.parts.length) return undefined;
  const earlier = out.slice(0, i).some((r) => {
    const other = remainderSum(r) ?? exactSum(r);
    return (
      !!other && other.total.offset < sum.total.offset && !compatible(other.total.unit, sum.total.unit) && itemNames(other.parts) === names && sumReading(other.parts, other.total)?.holds === true
    );
  });
  return earlier ? closedSum(sum.total, sum.parts, `“${names}”与前文所列各项相同，前文各项正好加总为其总数，`) : undefined;
}

/** Whether two lists name their items pair by pair: the k-th item of each in one clause group (no ；or 。 between them), the pairs in order. */
function pairedItems(par: Paragraph, a: readonly Figure[], b: readonly Figure[]): boolean {
  if (a.length !== b.length) return false;
  let end = -1;
  return a.every((x, k) => {
    const y = b[k]!;
    const [first, second] = x.offset < y.offset ? [x, y] : [y, x];
    const ok = first.offset > end && !/[；;。！？!?]/.test(textBetween(par.draft, first.endOffset, second.offset));
    end = second.endOffset;
    return ok;
  });
}

/**
 * 粮食播种面积52.6万亩…粮食总产量21.35万吨…。其中，小麦播种面积24.8万亩，产量9.92万吨；玉米播种面积22.5万亩，产量10.13万吨；大豆
 * 播种面积5.3万亩，产量1.30万吨: two lists that may leave a remainder, of two totals in other units, whose items go pair by pair
 * (each crop's area and output in one clause group): when one adds up to its total exactly, the writer has listed every
 * item of it, and the same items are all of the other total too. Read exactly (=), the message saying why; not when a
 * figure of the unit in the list's span was left out of it (strayItem) or a part is stated for several items (各).
 */
function closedBesideAnotherList(par: Paragraph, out: readonly Relation[], i: number): Relation | undefined {
  const sum = remainderSum(out[i]!);
  if (!sum || sum.parts.length < 2 || sum.parts.some((p) => forEach(par, p))) return undefined;
  // (…死亡9人，与上年的17起、13人相比…。其中，道路交通事故8起、死亡6人…: strays looked for from the list's sentence, when
  // the total stands in one before it)
  if (strayItem(par, sum.total, sum.parts, sum.total.sentence.offset !== sum.parts[0]!.sentence.offset)) return undefined;
  const paired = out.flatMap((r, j) => {
    const other = j === i ? undefined : (remainderSum(r) ?? exactSum(r));
    return other && !compatible(other.total.unit, sum.total.unit) && pairedItems(par, sum.parts, other.parts) ? [other] : [];
  });
  // (交易235项…交易金额9.8519亿元，节约金额0.1968亿元，其中：…101项，交易额8.2655亿元，节约金额0.1488亿元；…133项…: the savings
  // add up only within rounding and the amounts not at all: lists that leave a remainder, each of them; every list beside it
  // adds up, one to the very figure written)
  const asWritten = (l: { total: Figure; parts: Figure[] }): boolean =>
    Math.abs(l.parts.reduce((t, f) => t + (f.normalized ?? NaN), 0) - (l.total.normalized ?? NaN)) <= 1e-9 * Math.abs(l.total.normalized ?? 1);
  const closes = paired.length > 0 && paired.every((l) => sumReading(l.parts, l.total)?.holds === true) && paired.some(asWritten);
  const other = closes ? paired.find(asWritten)!.total : undefined;
  return other ? closedSum(sum.total, sum.parts, `各项与逐项并列的“${partMeasure(other)}”各项（合计${other.text}）一一对应，后者正好加总，`) : undefined;
}

/** A checked sum of amounts: its total and its parts, in order (the total undefined when it has none). */
function sumList(r: Relation): { total: Figure | undefined; parts: Figure[] } | undefined {
  if (r.kind !== 'sum' || r.unchecked || !r.reading || r.reading.unit !== 'amount') return undefined;
  return { total: r.figures[r.roles.indexOf('total')], parts: r.figures.filter((_, k) => r.roles[k] === 'part') };
}

/** A sum read exactly (=), of two parts or more: its total and parts. */
function exactSum(r: Relation): { total: Figure; parts: Figure[] } | undefined {
  const list = r.reading?.compare === '=' ? sumList(r) : undefined;
  return list?.total && list.parts.length >= 2 ? { total: list.total, parts: list.parts } : undefined;
}

/** A level the run of a second list can take: stated alone, exact, no base of a comparison, no change. */
function runLevel(f: Figure): boolean {
  return exact(f) && !f.relational && !f.bracket && !f.approximate && !f.range && !f.inChange && !f.distributive;
}

/**
 * The figures of a total's unit from the sentence after its first list on, up to the first that names the rest: the
 * items of a second list of the same total. None when a figure on the way is taken, is no level, states a total of
 * its own (共, 合计, 总计) or an average, or opens a breakdown (其中); or when a number there is no figure.
 */
function secondRun(par: Paragraph, total: Figure, from: number, used: ReadonlySet<Figure>): Figure[] | undefined {
  const run: Figure[] = [];
  for (const f of par.figures) {
    if (f.offset <= from || !compatible(f.unit, total.unit)) continue;
    const words = textBetween(par.draft, f.clause.offset, f.offset);
    if (used.has(f) || !runLevel(f) || forEach(par, f) || STATES_A_TOTAL.test(words) || NOT_A_TOTAL.test(words)) return undefined;
    run.push(f);
    if (!namesTheRest(partMeasure(f))) continue;
    const opensBreakdown = /其中|包括/.test(textBetween(par.draft, run[0]!.offset, f.endOffset));
    return run.length >= 3 && !opensBreakdown && !bareNumber(par, run[0]!.offset, f.endOffset) ? run : undefined;
  }
  return undefined;
}

/**
 * 8j. 申报项目107个，其中，市级项目2个，县级项目105个…。农田水利设施建设项目21个…；道路维修项目43个…；…其他公益事业项目4个 /
 * 地区生产总值797156万元。其中，第一产业…第三产业…。农林牧渔业增加值171598万元…；…其他服务业增加值189846万元: a total split
 * once by a list of its own, then again, from the next sentence, by a list of the same unit that ends with the rest
 * (其他): the second list is all of the total too. Its items are the figures of the unit in order, none taken or
 * stated as a total, three at least.
 */
export function secondListSums(soFar: {
  readonly par: Paragraph;
  readonly out: Relation[];
  readonly used: Set<Figure>;
  readonly accept: (r: Relation | undefined, total: Figure, parts: readonly Figure[]) => void;
}): void {
  const { par, out, used, accept } = soFar;
  for (const r of [...out]) {
    const { total, parts } = sumList(r) ?? { total: undefined, parts: [] };
    const last = parts[parts.length - 1];
    if (!total || !last || parts.length < 2 || parts.some((p) => p.bracket || p.para.offset !== last.para.offset) || last.para.offset !== par.figures[0]?.para.offset) continue;
    // the first list is all of the total: the writer splits it whole, and splits it whole again
    if (!sumReading(parts, total)?.holds) continue;
    const run = secondRun(par, total, periodEnd(par.draft, last), used);
    // 共有中小學教師6183人，其中在職在編4509人，離退休、分流人員1674人。按教育階段分：小學…1877人；…其他教育機構119人:
    // a second list that adds up exactly to one part of the first is that part's breakdown, not the total's
    if (run && !parts.some((p) => sumReading(run, p)?.holds)) accept(closedSum(total, run), total, run);
  }
}

// Pieces of a total written right by it: a bracket's pieces (12个（新建5个、续建6个）) and the clauses it may gloss, figures
// paired by unit before a bracket or 其中 (16369户54851人（…）), columns of k measures after 其中, and a total spelled out
// after 具体为.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { compatible, sameCount } from '../units';
import { exact, judge } from './arithmetic';
import { commonSuffix, suffixLength } from './names';
import { bareMeasure, headOf, textBetween, type Paragraph } from './paragraph';
import { PREVIOUS_PERIOD, sumOf, sumReading } from './totals';
import { BESIDE_SPENDING, COUNTED_ALONE, EXCLUDES_BRACKET, NOT_A_BREAKDOWN, REMAINDER_WORDS, STATES_A_TOTAL } from './vocabulary';

/** 具体为, 具体是, 具体承办单位为 right after a total (or opening the sentence after it, its sentence ending there). */
const SPELLED_OUT = /^[，,。]?\s*(具体[\u4e00-\u9fff]{0,4}?[为是])[：:]?\s*/;

/** A part's words in a spelled-out list: a short name after the mark, nothing else (and no 共, 合计: no total of its own). */
const ITEM_NAME = /^[，,、]?\s*[\u4e00-\u9fff“”"（）()]{1,20}$/;

/**
 * 有效工单10件，具体承办单位为：县卫生健康局1件、…、在线办结3件; 非税收入9265.21万元。具体为：国有土地使用权出让金收入
 * 1375.05万元，…，其他收入282.91万元: the items a total is spelled out into, to the end of that sentence. Every figure
 * there is a part of the total's unit after a short name, by one separator, none a total of its own; the list may leave
 * something out (a 具体为 may name the main items only), so only parts exceeding the total are reported.
 */
export function spelledOut(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[]; word: string }> {
  const { draft, figures } = par;
  const text = draft.prose;
  const out: Array<{ total: Figure; parts: Figure[]; word: string }> = [];
  for (const total of figures) {
    if (used.has(total) || total.bracket || total.relational || !exact(total) || total.unit.kind === 'percent') continue;
    const m = SPELLED_OUT.exec(text.slice(total.endOffset, total.endOffset + 16));
    if (!m) continue;
    const listFrom = total.endOffset + m[0].length;
    const stop = text.slice(listFrom, total.para.endOffset).search(/[。！？；;]/);
    const end = stop < 0 ? total.para.endOffset : listFrom + stop;
    const parts = figures.filter((f) => f.offset >= listFrom && f.offset < end);
    const separators = new Set<string>();
    const each = parts.every((p, i) => {
      const words = text.slice(i === 0 ? listFrom : parts[i - 1]!.endOffset, p.offset);
      if (i > 0) separators.add(words.trim()[0] ?? '');
      return !p.bracket && !p.relational && exact(p) && compatible(p.unit, total.unit) && ITEM_NAME.test(words) && !STATES_A_TOTAL.test(words);
    });
    if (!each || parts.length < 2 || separators.size !== 1 || parts.some((p) => used.has(p))) continue;
    out.push({ total, parts, word: m[1]! });
  }
  return out;
}

/** The pieces of a bracket after a total (新建5个、续建6个), without its 其中/含/等; none when it is no breakdown (同比, 约, 占). */
export function bracketPieces(draft: Draft, bracket: { offset: number; endOffset: number }): { pieces: string[]; remainder: boolean } | undefined {
  const content = textBetween(draft, bracket.offset, bracket.endOffset).trim();
  if (NOT_A_BREAKDOWN.test(content) || EXCLUDES_BRACKET.test(content)) return undefined;
  const split = content
    .replace(REMAINDER_WORDS, '')
    // (保工资支出164,401万元，保运转支出3,761万元: a comma grouping digits splits no pieces)
    .replace(/([0-9])[,，](?=[0-9]{3}(?![0-9]))/g, '$1')
    .split(/([、，,；;])/);
  // (含执恢、执保2208件: a name without a figure joined to the next by 、 is one label with it)
  const pieces: string[] = [];
  let pending = '';
  for (let k = 0; k < split.length; k += 2) {
    const piece = split[k]!;
    if (piece.trim() === '') continue;
    if (!/[0-9０-９〇零一二两三四五六七八九十百千万亿]/.test(piece) && split[k + 1] === '、' && /^[\u4e00-\u9fff]{1,8}$/.test(piece.trim())) {
      pending += piece + '、';
      continue;
    }
    pieces.push(pending + piece);
    pending = '';
  }
  if (pending) pieces.push(pending);
  return { pieces, remainder: REMAINDER_WORDS.test(content) };
}

/**
 * 通过发行再融资债券偿还12800万元，自有财力偿还3200万元到期法定债务本金后（一般债券到期本金7000万元、专项债券到期本金9000万元）:
 * a bracket after the noun of the last of several clauses glosses what they did together; when its parts add up to the run of
 * figures of the total's unit before it in the sentence, ending at the total (12800 + 3200), that is the reading that holds.
 */
export function glossesTheClauses(total: Figure, parts: readonly Figure[], sentence: readonly Figure[]): boolean {
  const before = sentence.filter((f) => !f.bracket && f.offset <= total.offset);
  for (let from = before.length - 1; from >= 0; from--) {
    const run = before.slice(from);
    if (!run.every((f) => exact(f) && !f.relational && compatible(f.unit, total.unit))) return false;
    if (run.length >= 2 && judge(sumOf(parts), sumOf(run), { compare: '=', unit: 'amount' })?.holds === true) return true;
  }
  return false;
}

/**
 * A bracket glossing the figures right before it: nothing between, or a stray comma the writer typed before the bracket
 * (33户102人，（2021年新识别4户11人，…）); a bracket opens no clause of its own, so after a comma it still glosses them.
 */
export function glossesBefore(draft: Draft, before: Figure, bracket: { offset: number }): boolean {
  return /^[，,]?$/.test(textBetween(draft, before.endOffset, bracket.offset - 1).trim());
}

/**
 * Where a total's sentence goes on after it: past a bracket glossing it (33户102人（2021年新识别4户11人，…），其中…), so a
 * 其中 after the bracket still lists the parts of the figures before it. The index is that of the first figure after.
 */
function pastGloss(draft: Draft, period: readonly Figure[], i: number): { end: number; next: number } {
  const last = period[i]!;
  const bracket = period[i + 1]?.bracket;
  if (!bracket || !glossesBefore(draft, last, bracket)) return { end: last.endOffset, next: i + 1 };
  let next = i + 1;
  while (period[next]?.bracket?.offset === bracket.offset) next++;
  return { end: bracket.endOffset + 1, next };
}

/** The most figures a paired total states together (户, 人, 万元): more is no pair but a list. */
export const MAX_PAIRED = 3;

/** Each bracket of a sentence that holds figures, once, with the figures inside it in their order. */
function* bracketsOf(sentence: readonly Figure[]): Generator<{ bracket: NonNullable<Figure['bracket']>; inside: Figure[] }> {
  const seen = new Set<number>();
  for (const first of sentence) {
    const bracket = first.bracket;
    if (!bracket || seen.has(bracket.offset)) continue;
    seen.add(bracket.offset);
    yield { bracket, inside: sentence.filter((f) => f.bracket?.offset === bracket.offset) };
  }
}

/**
 * 16369户54851人（脱贫不稳定户5018户18684人、边缘易致贫户4876户17551人）: k figures of k different units written
 * back to back right before a bracket, and every piece of the bracket k figures of the same units in the same order.
 * Each unit's figures are a total and its parts.
 */
export function pairedBrackets(par: Paragraph): Array<{ total: Figure; parts: Figure[]; remainder: boolean }> {
  const { draft, sentences } = par;
  const out: Array<{ total: Figure; parts: Figure[]; remainder: boolean }> = [];
  for (const sentence of sentences.values()) {
    for (const { bracket, inside } of bracketsOf(sentence)) {
      const read = bracketPieces(draft, bracket);
      if (!read) continue;
      const { pieces } = read;
      const k = inside.length / pieces.length;
      if (pieces.length < 2 || !Number.isInteger(k) || k < 2 || k > MAX_PAIRED) continue;
      // the totals: k figures right before the bracket, back to back, each of its own unit
      const before = sentence.filter((f) => !f.bracket && f.endOffset <= bracket.offset);
      const totals = before.slice(-k);
      if (totals.length !== k || !glossesBefore(draft, totals[k - 1]!, bracket)) continue;
      if (totals.some((t, j) => j > 0 && textBetween(draft, totals[j - 1]!.endOffset, t.offset).trim() !== '')) continue;
      if (totals.some((t, j) => totals.some((u, i) => i < j && compatible(u.unit, t.unit)))) continue;
      // each piece: k figures back to back, in the totals' units and order
      const columns: Figure[][] = totals.map(() => []);
      let fits = true;
      for (let p = 0; p < pieces.length && fits; p++) {
        const group = inside.slice(p * k, p * k + k);
        fits = group.every((f, j) => compatible(f.unit, totals[j]!.unit) && (j === 0 || textBetween(draft, group[j - 1]!.endOffset, f.offset).trim() === ''));
        // one piece per group: a separator between groups, none inside
        if (fits && p > 0) fits = /[、，,；;]/.test(textBetween(draft, inside[p * k - 1]!.endOffset, group[0]!.offset));
        group.forEach((f, j) => columns[j]!.push(f));
      }
      if (!fits || breaksDownFirstPiece(draft, columns)) continue;
      const remainder = read.remainder;
      totals.forEach((total, j) => out.push({ total, parts: columns[j]!, remainder }));
    }
  }
  return out;
}

/**
 * 23个党支部，850名党员（其中：农村党支部11个、农村党员601名） (heldout158/xzgk-wenxing-01): counts before their nouns,
 * one of each unit, then a bracket opened by 其中 holding one figure for each, in their order, each named with its
 * count's noun (…党支部, …党员): each is a part of its count. Two counts or more, right before the bracket.
 */
export function nounPairedBrackets(par: Paragraph): Array<{ total: Figure; parts: Figure[]; remainder: boolean }> {
  const { draft, sentences } = par;
  const out: Array<{ total: Figure; parts: Figure[]; remainder: boolean }> = [];
  for (const sentence of sentences.values()) {
    for (const { bracket, inside } of bracketsOf(sentence)) {
      if (!/^\s*其中/.test(textBetween(draft, bracket.offset, inside[0]!.offset))) continue;
      const k = inside.length;
      if (k < 2 || k > MAX_PAIRED) continue;
      const totals = sentence.filter((f) => !f.bracket && f.endOffset <= bracket.offset).slice(-k);
      if (totals.length !== k || totals.some((t) => !exact(t) || t.relational)) continue;
      if (totals.some((t, j) => totals.some((u, i) => i < j && compatible(u.unit, t.unit)))) continue;
      // each count's noun: the words after it up to the next count (its comma aside) or the bracket
      const nouns = totals.map((t, j) => {
        const end = j + 1 < k ? totals[j + 1]!.offset : bracket.offset - 1;
        return /^([\u4e00-\u9fff]{2,8})[，,、]?$/.exec(textBetween(draft, t.endOffset, end).trim())?.[1];
      });
      if (nouns.some((n) => !n)) continue;
      const fits = inside.every((f, j) => exact(f) && sameCount(f.unit, totals[j]!.unit) && suffixLength(headOf(draft, f).replace(/^其中[：:，,]?/, ''), nouns[j]!) >= 2);
      if (!fits) continue;
      totals.forEach((total, j) => out.push({ total, parts: [inside[j]!], remainder: true }));
    }
  }
  return out;
}

/**
 * 监测户35户106人（2019年识别3户5人，2户4人2020年已消除风险，1户1人…重新识别）: a bracket whose first piece is named and
 * whose later pieces open with their figures and add up, column by column, to the first tells what became of the first
 * piece's members (a history: identified, then cleared or identified again); the later pieces are the first's parts, and
 * the bracket is no partition of the total before it.
 */
function breaksDownFirstPiece(draft: Draft, columns: readonly Figure[][]): boolean {
  const heads = columns[0]!;
  if (heads.length < 3) return false;
  const unnamed = heads.slice(1).every((f, p) => /[、，,；;]\s*$/.test(textBetween(draft, columns[columns.length - 1]![p]!.endOffset, f.offset)));
  return unnamed && columns.every((c) => sumReading(c.slice(1), c[0]!)?.holds === true);
}

/** A level of a pair: an exact count or amount, no share, change or average. */
const pairable = (f: Figure): boolean =>
  exact(f) && !f.relational && !f.bracket && !f.range && f.unit.kind !== 'percent' && f.unit.kind !== 'points' && f.unit.kind !== 'times' && f.unit.kind !== 'permille';

/** A piece's name before its figures: a few characters, no figure or mark of a clause between. */
const PIECE_NAME = /^[\u4e00-\u9fff“”（）()]{1,14}$/;

/**
 * 审结163件235人，其中批准逮捕134件187人，逮捕率为79.57%；不捕29件48人: k figures of k different units written back to
 * back right before 其中, and after it pieces of k figures back to back in the same units and order, each after a
 * short name of its own (a clause of percentages only may stand between two pieces). Each unit's figures are a total
 * and its parts, and the list may leave a remainder (其中). Two pieces at least; the list ends at the first figure
 * that is no such piece. Bounded: each figure of a period opens at most one list, read forward within its period.
 */
export function pairedLists(par: Paragraph): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, periods } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  for (const period of periods.values()) {
    for (let i = 1; i < period.length; i++) {
      const last = period[i]!;
      const gloss = pastGloss(draft, period, i);
      const marker = /^[，,]?其中[：:，,]?/.exec(draft.prose.slice(gloss.end, gloss.end + 5));
      if (!marker || !pairable(last)) continue;
      // the totals: a run of figures back to back that ends right before 其中, each of its own unit
      let first = i;
      while (first > 0 && i - first + 1 < MAX_PAIRED && pairable(period[first - 1]!) && textBetween(draft, period[first - 1]!.endOffset, period[first]!.offset).trim() === '') first--;
      const totals = period.slice(first, i + 1);
      const k = totals.length;
      if (k < 2 || totals.some((t, j) => totals.some((u, h) => h < j && compatible(u.unit, t.unit)))) continue;
      // the pieces
      const columns: Figure[][] = totals.map(() => []);
      let at = gloss.next;
      let from = gloss.end + marker[0].length;
      let pieces = 0;
      for (;;) {
        // percentages between pieces (逮捕率为79.57%) are skipped, after the first piece only
        if (pieces > 0) while (at < period.length && period[at]!.unit.kind === 'percent' && !period[at]!.bracket) at++;
        const group = period.slice(at, at + k);
        if (group.length < k || !group.every((f, j) => pairable(f) && compatible(f.unit, totals[j]!.unit) && (j === 0 || textBetween(draft, group[j - 1]!.endOffset, f.offset).trim() === ''))) break;
        const gap = textBetween(draft, pieces > 0 ? period[at - 1]!.endOffset : from, group[0]!.offset).trim();
        const name = pieces > 0 && period[at - 1]!.unit.kind === 'percent' ? gap.replace(/^[^；;，,、]*[；;，,、]/, '') : pieces > 0 ? gap.replace(/^[；;，,、]/, '') : gap;
        if ((pieces > 0 && name === gap) || !PIECE_NAME.test(name)) break;
        group.forEach((f, j) => columns[j]!.push(f));
        pieces++;
        at += k;
        from = group[k - 1]!.endOffset;
      }
      if (pieces < 2) continue;
      totals.forEach((total, j) => out.push({ total, parts: columns[j]! }));
    }
  }
  return out;
}

/** The most measures a column list reads side by side (户, 人, 只, 头, 只). */
const MAX_COLUMNS = 6;
/** 其中 opening a list, after a mark or at the start of a sentence. */
const LIST_OPENING = /(?:^|[，,。；;：:\s])其中[：:，,]?/g;
/** Words that make a later sentence's figures a new total, not one more piece of the list: 全乡, 共, 合计, 另有. */
const NEW_TOTAL = /全|共|合计|总|累计|另|此外/;
/**
 * 集中开竣工88个，总投资286.7亿元，其中开工项目50个，…竣工项目38个，…。本次巡察亿元以上项目4个，总投资40.69亿元
 * (heldout145/gongye-xunzha-01): a later sentence counting the things past a bar (亿元以上, 500万元以下) sorts them another
 * way, by size: no piece of a list sorted by stage.
 */
const BINNED_BY_A_BAR = /(?:以上|以下)[\u4e00-\u9fff]{0,4}$/;

/**
 * 贫困人口281户、1078人。其中：甲村61户、247人，乙村81户、299人 / 为贫困户77户、299人提供基础母羊45只、母猪111头。
 * 其中，甲村30户、133人扶持基础母羊16只、母猪57头；乙村…: a sentence states k measures (k ≥ 2), and after 其中 (in
 * it or opening the next sentence) each piece states the same k measures in the same order, so the figures line up
 * in columns: each column is a total and its parts (which may leave a remainder: 其中). The totals are the last k
 * levels before 其中 in their period, each of its own unit, or else (事故37起，死亡33人，受伤14人。其中，…事故30起，死亡26人) those the first
 * piece's levels find in order by unit and name; the pieces are the levels after 其中 (changes, percentages and
 * brackets between are skipped), k at a time, each piece in one period, its units those of the totals in order. The
 * list ends at the first level that does not fit, at a nested 其中, or at a piece of a later period, unless 其中 opens
 * its sentence and the piece repeats the first piece's words between its figures and opens with no word of a new
 * total (全乡, 共, 另有): 普通中学38所，在校学生2.95万人，其中：高中9所，…；初中29所，…。小学48所，在校学生4.48万人 ends
 * before 小学, a sibling of the total. Two pieces at least, and none of the totals' units left over in the last piece's
 * period.
 */
export function columnLists(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[]; alone: boolean }> {
  const { draft, figures, periods } = par;
  const out: Array<{ total: Figure; parts: Figure[]; alone: boolean }> = [];
  if (figures.length < 6) return out;
  const from = figures[0]!.offset;
  const text = draft.prose.slice(from, figures[figures.length - 1]!.endOffset);
  const level = (f: Figure): boolean => pairable(f) && !PREVIOUS_PERIOD.test(headOf(draft, f));
  let i = 0;
  // the lists opened so far after 其中 in mid-sentence, each to the ； that ends it
  const lists: Array<{ from: number; to: number }> = [];
  for (const m of text.matchAll(LIST_OPENING)) {
    const markerEnd = from + m.index + m[0].length;
    // (a list that runs over sentences opens a sentence of its own: 。其中，…)
    const opensSentence = /^[。]/.test(m[0]);
    // (and one after 其中 in mid-sentence without a colon ends at the first ；: 城市低保200户、300人，其中特困人员50户、
    // 60人；农村低保300户… goes on with the total's list)
    const bySemicolons = opensSentence || /[：:]$/.test(m[0]);
    const earlier = lists.slice();
    lists.push({ from: markerEnd, to: listEnd(draft, markerEnd, bySemicolons) });
    while (i < figures.length && figures[i]!.offset < markerEnd) i++;
    if (i === 0 || i >= figures.length) continue;
    const period = periods.get(figures[i - 1]!.period) ?? [];
    // 助学金6435人次，发放资金643.4万元，其中春季…3026人，…，秋季…3409人次，资助金额340.55万元；免学费9148人次，…，其中…: the
    // levels of an earlier list are its parts, no totals of this one; and a level broken down by an earlier list before the
    // totals is no rival to them
    const inList = (f: Figure): boolean => earlier.some((l) => f.offset >= l.from && f.offset < l.to);
    const totalsAll = period.filter((f) => f.offset < markerEnd && level(f) && !inList(f));
    const listedAfter = (f: Figure, t: Figure): boolean => earlier.some((l) => l.from > f.endOffset && l.from < t.offset);
    const after: Figure[] = [];
    for (let j = i; j < figures.length && after.length < MAX_COLUMNS * 12; j++) {
      const f = figures[j]!;
      if (level(f)) after.push(f);
      else if (!(f.relational || f.bracket || f.unit.kind === 'percent' || f.unit.kind === 'points')) break;
    }
    // the columns: for the first piece, the most levels (k) whose units are those of the last k totals, in order; else
    // those that each find a total after the last one's of its unit and name (死亡26人 of 事故37起，死亡33人，受伤14人)
    const sameName = (t: Figure, p: Figure): boolean => bareMeasure(p).endsWith(bareMeasure(t)) || suffixLength(bareMeasure(p), bareMeasure(t)) >= 3;
    const named = (t: Figure, p: Figure): boolean => totalsAll.filter((u) => sameCount(u.unit, t.unit)).length === 1 || sameName(t, p);
    const suffix = (chunk: readonly Figure[]): number[] | undefined => {
      const cols = chunk.map((_, j) => totalsAll.length - chunk.length + j);
      // (each of its own unit: 议案1件、代表建议93件，其中…方面25件 lines up nothing)
      if (cols.some((c, j) => cols.some((d, i) => i < j && sameCount(totalsAll[d]!.unit, totalsAll[c]!.unit)))) return undefined;
      // (nor when the levels before them repeat their units: 退回补充侦查36件67人，重报35件68人。其中… may break down
      // either pair; a pair already broken down in its bracket is no rival)
      const rivals = totalsAll.slice(0, cols[0]).filter((f) => !used.has(f) && !listedAfter(f, totalsAll[cols[0]!]!));
      if (rivals.length >= chunk.length && rivals.slice(-chunk.length).every((f, j) => sameCount(f.unit, totalsAll[cols[j]!]!.unit))) return undefined;
      return chunk.every((f, j) => sameCount(f.unit, totalsAll[cols[j]!]!.unit) && f.period === chunk[0]!.period) ? cols : undefined;
    };
    // (用地面积99121745.09平方米、建筑面积…、场地面积72903011.77平方米。其中，室内体育场地4428个，场地面积2209933.71平方米: a piece's
    // level takes the total of its very name when there is one, not an earlier one that merely ends alike)
    const namedExactly = (t: Figure, p: Figure): boolean => bareMeasure(t).length >= 2 && bareMeasure(p).endsWith(bareMeasure(t));
    const byName = (chunk: readonly Figure[]): number[] | undefined => {
      const cols: number[] = [];
      for (const f of chunk) {
        const start = (cols[cols.length - 1] ?? -1) + 1;
        let c = start;
        while (c < totalsAll.length && !(sameCount(f.unit, totalsAll[c]!.unit) && namedExactly(totalsAll[c]!, f))) c++;
        if (c >= totalsAll.length) c = start;
        while (c < totalsAll.length && !(sameCount(f.unit, totalsAll[c]!.unit) && named(totalsAll[c]!, f))) c++;
        if (c >= totalsAll.length || f.period !== chunk[0]!.period) return undefined;
        cols.push(c);
      }
      return cols;
    };
    const most = Math.min(MAX_COLUMNS, totalsAll.length, after.length);
    let columns: number[] | undefined;
    let byNames = false;
    for (let n = most; n >= 2 && !columns; n--) columns = suffix(after.slice(0, n));
    for (let n = most; n >= 2 && !columns; n--) columns = byName(after.slice(0, n));
    if (!columns) continue;
    byNames = !columns.every((c, j) => c === totalsAll.length - columns!.length + j);
    const k = columns.length;
    const totals = columns.map((c) => totalsAll[c]!);
    const fits = (chunk: readonly Figure[]): boolean =>
      chunk.length === k && chunk.every((f, j) => sameCount(f.unit, totals[j]!.unit) && (!byNames || named(totals[j]!, f)) && f.period === chunk[0]!.period);
    const inner = (chunk: readonly Figure[]): string => piecesWords(draft, chunk).join('|');
    const pieces: Figure[][] = [];
    let sibling = false;
    for (let at = 0; at + k <= after.length; at += k) {
      const chunk = after.slice(at, at + k);
      if (!fits(chunk)) break;
      sibling = pieces.length >= 2 && siblingOfTotals(draft, totals, pieces, chunk);
      // (the list is known to end there: its levels are no totals of a list after the sibling's own 其中)
      if (sibling) {
        lists[lists.length - 1]!.to = chunk[0]!.offset;
        break;
      }
      const previous = pieces[pieces.length - 1];
      if (previous) {
        const gap = textBetween(draft, previous[k - 1]!.endOffset, chunk[0]!.offset);
        // (a piece that says its columns' names again, word for word, goes on with the list past a ； or a 。)
        const echo = echoesFirstPiece(draft, pieces[0]!, chunk, totals[0]!);
        if (/其中/.test(gap) || !/[、，,；;。]/.test(gap) || (!bySemicolons && !echo && /[；;]/.test(gap))) break;
        if (chunk[0]!.period !== pieces[0]![0]!.period) {
          if (!opensSentence && !echo) break;
          const opening = textBetween(draft, chunk[0]!.period, chunk[0]!.offset).replace(/\s/g, '');
          if (
            inner(chunk) !== inner(pieces[0]!) ||
            NEW_TOTAL.test(opening) ||
            BINNED_BY_A_BAR.test(opening) ||
            namedOtherwise(pieces, chunk, totals) ||
            restOfOuterTotal(draft, opening, totals) ||
            besideSpending(totals, chunk)
          )
            break;
        }
      }
      pieces.push(chunk);
    }
    if (pieces.length < 2) continue;
    // a ragged list (实拨单位资金预算指标20.58亿元，已用指标20.36亿元 after pieces of three) is no list of columns: a level of
    // the totals' units left over in the last piece's period leaves the list to the other readings
    const last = pieces[pieces.length - 1]!;
    const next = after[pieces.length * k];
    if (!sibling && next && next.period === last[0]!.period && totals.some((t) => sameCount(t.unit, next.unit))) continue;
    // (a piece counted alone, 我区单独签约项目94个，签约资金…，引进优强企业16家: every column of it is)
    const alone = pieces.some((p) => p.some((f) => COUNTED_ALONE.test(f.key)));
    totals.forEach((total, j) => out.push({ total, parts: pieces.map((p) => p[j]!), alone }));
  }
  return out;
}

/** Words between two levels of a piece that name the next column: two Chinese characters at least (not just 户、). */
function namesAColumn(words: string): boolean {
  return (words.match(/[\u4e00-\u9fff]/g) ?? []).length >= 2;
}

/** The words between the levels of a piece of columns: 个，采购计划金额共计|万元，实际采购金额共计. */
function piecesWords(draft: Draft, chunk: readonly Figure[]): string[] {
  return chunk.slice(1).map((f, j) => textBetween(draft, chunk[j]!.endOffset, f.offset).replace(/\s/g, ''));
}

/**
 * 采购项目473个，采购计划金额共计97156.16万元，…，其中货物类采购项目231个，采购计划金额共计48962.44万元，…；工程类采购项目94个，
 * 采购计划金额共计30005.94万元，…。服务类采购项目148个，…: a piece that names each of its columns again in the first piece's
 * words (two characters of a name at least between every two levels, not just 户、) is one more piece of the list,
 * past a ； or a 。, unless it is named like the total rather than like the first piece: 城市低保200户、保障人数300人，其中
 * 特困人员50户、保障人数60人；农村低保300户、保障人数400人 goes on with the total's list (农村低保 is 城市低保's sibling).
 */
function echoesFirstPiece(draft: Draft, first: readonly Figure[], chunk: readonly Figure[], total: Figure): boolean {
  const words = piecesWords(draft, first);
  if (words.length === 0 || !words.every(namesAColumn)) return false;
  if (piecesWords(draft, chunk).join('|') !== words.join('|')) return false;
  const name = bareMeasure(chunk[0]!);
  return suffixLength(name, bareMeasure(total)) <= suffixLength(name, bareMeasure(first[0]!));
}

/**
 * 高中助学金10351人次，发放资金1112.05万元，其中春季资助4397人次，资助金额505.6万元，秋季资助5954人次，资助金额606.45万元，高中
 * 免学杂费4711人次，发放资金352.335万元: after pieces that name their columns alike (资助金额), a piece that names them in the
 * totals' words instead (发放资金) is the totals' sibling, a total of its own: the list ends before it, and is no ragged one.
 */
function siblingOfTotals(draft: Draft, totals: readonly Figure[], pieces: readonly Figure[][], chunk: readonly Figure[]): boolean {
  const words = piecesWords(draft, chunk).join('|');
  const own = piecesWords(draft, pieces[0]!);
  return own.every(namesAColumn) && piecesWords(draft, pieces[1]!).join('|') === own.join('|') && words !== own.join('|') && piecesWords(draft, totals).join('|') === words;
}

/**
 * Where a list opened at `at` after 其中 in mid-sentence ends when a ； ends it (at `at` itself when none does, or when the
 * list runs over clauses): what comes after it is known to be no part of it.
 */
function listEnd(draft: Draft, at: number, bySemicolons: boolean): number {
  const m = /[；;。！？]/.exec(draft.prose.slice(at));
  return !bySemicolons && m && /[；;]/.test(m[0]) ? at + m.index : at;
}

/**
 * 办理案件707起，罚没款503.3万元，其中食品案件284起，罚没款140.5万元。其中销售…案件4起…；…案件31起…。其它…案件423起，
 * 罚款362.8万元: totals that are themselves parts after 其中 leave a rest of the whole they belong to, and a later sentence
 * opening with 其它 (其他, 其余) counts that rest (284 + 423 = 707), no piece of the narrower total's list.
 */
function restOfOuterTotal(draft: Draft, opening: string, totals: readonly Figure[]): boolean {
  return /^(?:其它|其他|其余)/.test(opening) && totals.every((t) => /其中/.test(textBetween(draft, t.sentence.offset, t.offset)));
}

/**
 * 支出预算数为1168.87亿元，决算数为1111.73亿元，其中：本级支出预算数…；转移支付预算数…。调出资金预算数为321.54亿元，决算数…: a
 * later sentence's line of the account that stands beside the spending (调出资金, 结转下年) is the spending's sibling, however
 * it echoes the pieces' words.
 */
function besideSpending(totals: readonly Figure[], chunk: readonly Figure[]): boolean {
  return totals.some((t) => /支出/.test(bareMeasure(t))) && BESIDE_SPENDING.test(bareMeasure(chunk[0]!));
}

/**
 * 其中，保险费收入预算数…，决算数…；财政补贴收入预算数…，决算数…。本年支出预算数654.83亿元，决算数532.49亿元: pieces so far
 * named alike in a column, and like its total (…收入预算数, three characters or more), go on only with a piece of a later
 * sentence named so too; 支出预算数 is the total's sibling, another side of the account, not its part.
 */
function namedOtherwise(pieces: readonly Figure[][], chunk: readonly Figure[], totals: readonly Figure[]): boolean {
  return chunk.some((f, j) => {
    const template = commonSuffix(pieces.map((p) => bareMeasure(p[j]!)));
    return pieces.length >= 2 && template.length >= 3 && bareMeasure(totals[j]!).endsWith(template) && !bareMeasure(f).endsWith(template);
  });
}

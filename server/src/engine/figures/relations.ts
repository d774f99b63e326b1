// Relations between figures, each with its arithmetic: a total and its parts (number-sum), a percentage and
// the figures it comes from (number-ratio: shares, rates, changes, shares of one whole), one measure stated
// twice (number-conflict). A relation is built only from figures read with certainty; anything ambiguous
// (which total a part belongs to, which base a rate has) builds nothing and stays silent.

import type { Draft } from '../parse';
import type { Span } from '../types';
import { groupBy, sourceOf, type Figure, type ParagraphFigures } from './extract';
import { compatible, formatNumber } from './units';

export type RelationKind = 'sum' | 'ratio' | 'change' | 'shares' | 'conflict';

export interface Relation {
  kind: RelationKind;
  rule: 'number-sum' | 'number-ratio' | 'number-conflict';
  /** Every figure taking part. */
  figures: Figure[];
  /** Where a finding is reported: the total, the stated percentage, the second statement. */
  anchor: Figure;
  holds: boolean;
  /** The arithmetic in Chinese: “新建5个 + 续建6个 = 11个，与总数12个不符”. */
  arithmetic: string;
  /** The finding's message when the relation does not hold. */
  message: string;
  related: Array<Span & { message: string }>;
}

const EPS = 1e-9;

function known(f: Figure): f is Figure & { value: number; base: number } {
  return f.value !== undefined && f.base !== undefined && !f.range;
}

function exact(f: Figure): boolean {
  return known(f) && !f.approximate;
}

/** The half-unit of the last digit written, in base units: 41.8% → 0.05; 186亿元 → 0.5亿元. */
function halfUnit(f: Figure): number {
  return 0.5 * 10 ** -f.decimals * f.multiplier * f.unit.factor;
}

/** Render an amount in the unit of a reference figure: 1.2亿元 as 12000万元 when the reference is in 万元. */
function inUnitOf(base: number, ref: Figure): string {
  return `${formatNumber(base / (ref.multiplier * ref.unit.factor), 4)}${multiplierText(ref)}${ref.unit.text}`;
}

function multiplierText(f: Figure): string {
  const t = f.text;
  const m = /(万亿|千万|百万|亿|万|千)(?=[^万亿千百]*$)/.exec(t.slice(f.numberEndOffset - f.offset));
  return f.multiplier === 1 ? '' : (m?.[1] ?? '');
}

function label(f: Figure): string {
  return f.measure && f.measure.length <= 8 ? `${f.measure}${f.text}` : f.text;
}

function textBetween(draft: Draft, a: number, b: number): string {
  return draft.prose.slice(a, b);
}

// ---- sums -------------------------------------------------------------------------------------------------

const REMAINDER_WORDS = /^(?:其中|含|包括|包含)|等$/;
const NOT_A_BREAKDOWN = /分别|约|占|以上|左右|同比|增长|下降|比|较|平均|人均|每/;

/** Parts cut along different lines (women, the under-35s, graduates) overlap: they need not add up. */
const CROSS_CUTTING = /女|男|少数民族|岁以下|岁以上|周岁|学历|大专|本科|研究生|硕士|博士|退役军人|党员|团员|残疾|脱贫|低保|建档立卡|留守|新增|累计/;

/** Averages and prices are not totals: 人均可支配收入4.86万元，其中城镇5.32万元. */
const NOT_A_TOTAL = /人均|户均|平均|均价|单价|每/;

function sumRelation(total: Figure, parts: Figure[], remainder: boolean, how: string): Relation | undefined {
  if (NOT_A_TOTAL.test(total.measure)) return undefined;
  if (parts.some((p) => CROSS_CUTTING.test(p.measure))) {
    // e.g. 女党员320名、35岁以下党员450名: check only that no single part exceeds the total
    return parts.length > 0 ? singlePartRelation(total, parts) : undefined;
  }
  if (total.approximate || total.range || (parts.length < 2 && !remainder)) return undefined;
  if (parts.length === 0 || !parts.every((p) => compatible(p.unit, total.unit))) return undefined;
  if (total.unit.kind === 'percent' || total.unit.kind === 'points' || total.unit.kind === 'times') return undefined;
  const figures = [total, ...parts];
  if (!exact(total) || !parts.every(exact)) {
    // placeholders or approximations: nothing can be said, but the hover shows what is there
    return {
      kind: 'sum', rule: 'number-sum', figures, anchor: total, holds: true,
      arithmetic: `${parts.map(label).join(' + ')} 与总数${total.text}：含未填写的数字或约数，无法核算`, message: '', related: [],
    };
  }
  const sum = parts.reduce((s, p) => s + p.base!, 0);
  const tolerance = total.unit.kind === 'count' ? EPS : halfUnit(total) + parts.reduce((s, p) => s + halfUnit(p), 0);
  const diff = sum - total.base!;
  const partsText = parts.map(label).join(' + ');
  const sumText = inUnitOf(sum, total);
  if (remainder) {
    const holds = diff <= tolerance;
    return {
      kind: 'sum', rule: 'number-sum', figures, anchor: total, holds,
      arithmetic: holds ? `${partsText} = ${sumText}，不超过总数${total.text}` : `${partsText} = ${sumText}，超过总数${total.text}`,
      message: `分项之和超过总数：${partsText} = ${sumText}，比总数${total.text}还多${inUnitOf(diff, total)}；“${how}”后所列各项不能超过总数，请核对`,
      related: parts.map((p) => ({ offset: p.offset, endOffset: p.endOffset, message: `分项 ${p.text}` })),
    };
  }
  const holds = Math.abs(diff) <= tolerance;
  return {
    kind: 'sum', rule: 'number-sum', figures, anchor: total, holds,
    arithmetic: holds ? `${partsText} = ${sumText}，与总数${total.text}相符` : `${partsText} = ${sumText}，与总数${total.text}不符`,
    message: `分项之和与总数不符：${partsText} = ${sumText}，与总数${total.text}相差${inUnitOf(Math.abs(diff), total)}；${how}所列各项应正好加总为总数，请核对`,
    related: parts.map((p) => ({ offset: p.offset, endOffset: p.endOffset, message: `分项 ${p.text}` })),
  };
}


function singlePartRelation(total: Figure, parts: Figure[]): Relation | undefined {
  if (!exact(total) || !parts.every(exact) || !parts.every((p) => compatible(p.unit, total.unit))) return undefined;
  const over = parts.find((p) => p.base! - total.base! > EPS);
  const figures = [total, ...parts];
  if (!over) {
    return { kind: 'sum', rule: 'number-sum', figures, anchor: total, holds: true, arithmetic: `各分项均不超过总数${total.text}（分项口径交叉，不要求加总）`, message: '', related: [] };
  }
  return {
    kind: 'sum', rule: 'number-sum', figures, anchor: total, holds: false,
    arithmetic: `分项${label(over)}大于总数${total.text}`,
    message: `分项大于总数：${label(over)}比总数${total.text}还多${inUnitOf(over.base! - total.base!, total)}；分项不能超过总数，请核对`,
    related: [{ offset: over.offset, endOffset: over.endOffset, message: `分项 ${over.text}` }],
  };
}

/** Where the sentence (up to 。！？) of a figure ends. */
function periodEnd(draft: Draft, f: Figure): number {
  const m = /[。！？!?]/.exec(draft.prose.slice(f.endOffset, f.para.endOffset));
  return m ? f.endOffset + m.index : f.para.endOffset;
}

function sums(draft: Draft, figures: Figure[], sentences: Map<number, Figure[]>, periods: Map<number, Figure[]>): Relation[] {
  const out: Relation[] = [];
  const used = new Set<Figure>();
  // a total and its parts that make a relation are taken: no other pattern pairs them again
  const accept = (r: Relation | undefined, total: Figure, parts: readonly Figure[]): void => {
    if (!r) return;
    out.push(r);
    used.add(total);
    parts.forEach((p) => used.add(p));
  };
  // 1. A bracket right after a total (or after the total and its noun): 12个（新建5个、续建6个）
  for (const total of figures) {
    if (total.bracket) continue;
    const sentence = sentences.get(total.sentence.offset)!;
    const next = sentence.find((f) => f.bracket && f.bracket.offset > total.endOffset);
    if (!next) continue;
    const bracket = next.bracket!;
    const between = textBetween(draft, total.endOffset, bracket.offset - 1);
    if (!/^[\u4e00-\u9fff]{0,12}$/.test(between)) continue;
    if (sentence.some((f) => f !== total && !f.bracket && f.offset > total.endOffset && f.offset < bracket.offset)) continue;
    const parts = sentence.filter((f) => f.bracket && f.bracket.offset === bracket.offset);
    const content = textBetween(draft, bracket.offset, bracket.endOffset).trim();
    if (NOT_A_BREAKDOWN.test(content)) continue;
    // every piece of the bracket is one labelled part: 新建5个、续建6个
    const pieces = content.replace(REMAINDER_WORDS, '').split(/[、，,；;]/).filter((p) => p.trim() !== '');
    if (pieces.length !== parts.length) continue;
    const remainder = REMAINDER_WORDS.test(content);
    const r = sumRelation(total, parts, remainder, remainder ? '其中' : '括号内');
    accept(r, total, parts);
  }
  // 2. 共有学校12所，分别为小学8所、初中3所 / 其中县级领导带队11次、部门牵头15次
  //    (分别为 may follow the total after a 分号: 地区生产总值46.82亿元，…；三次产业增加值分别为…)
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total)) continue;
    const within = textBetween(draft, total.endOffset, total.sentence.endOffset);
    const whole = textBetween(draft, total.endOffset, Math.max(total.sentence.endOffset, periodEnd(draft, total)));
    // the marker nearest the total decides: 86所，由…组成，在校生…，其中… is a 由…组成
    const m = [/^[^。；;]*?(其中[：:]?)/.exec(within), /^[^。]*?(分别为|分别是|分别有)/.exec(whole), /^[，,]?(由)(?=[^。；;]*(?:组成|构成))/.exec(within)]
      .filter((x): x is RegExpExecArray => x !== null)
      .sort((a, b) => a.index + a[0].length - (b.index + b[0].length))[0];
    if (!m) continue;
    const markerAt = total.endOffset + m.index + m[0].length - m[1]!.length;
    // 其中：县级财政投入1.12亿元；乡镇配套投入6800万元；… lists its parts across 分号
    const scope = m[1] === '其中' ? sentences.get(total.sentence.offset)! : periods.get(total.period)!;
    // figures between the total and the marker would make the total ambiguous
    const between = scope.filter((f) => f.offset > total.endOffset && f.offset < markerAt && compatible(f.unit, total.unit) && !f.relational);
    if (between.length > 0) continue;
    const before = scope.filter((f) => f !== total && f.offset < total.offset && compatible(f.unit, total.unit) && !f.bracket);
    if (before.length > 0 && m[1]!.startsWith('其中')) continue; // two candidate totals for the parts
    const after = scope.filter((f) => f.offset > markerAt && !f.bracket);
    const parts: Figure[] = [];
    let separator: string | undefined;
    for (const f of after) {
      // a running total after the parts (经营主体总量达到5.86万户, 合计239.2亿元) or an average is not one of them
      if (!compatible(f.unit, total.unit) || /总量|总数|总额|总计|合计|共计|小计|累计|达到|均/.test(f.measure + textBetween(draft, f.clause.offset, f.offset))) break;
      // one enumeration keeps one separator: 小学生3.12万人、初中生1.39万人，专任教师3412人 ends before 专任教师
      const previous = parts[parts.length - 1];
      if (previous) {
        const between = textBetween(draft, previous.endOffset, f.offset);
        const mark = /^[、，,；;]/.exec(between)?.[0] ?? '';
        if (separator === undefined) separator = mark;
        else if (mark !== separator) break;
      }
      parts.push(f);
    }
    if (parts.length === 0 || parts.some((p) => used.has(p))) continue;
    if (parts.some((p) => /占|比|较|增长|下降|平均|每|人均/.test(textBetween(draft, p.clause.offset, p.offset)))) continue;
    if (m[1]!.startsWith('其中')) {
      const r = sumRelation(total, parts, true, '其中');
      if (r) out.push(r);
    } else {
      if (parts.length < 2) continue;
      const named = textBetween(draft, total.clause.offset, total.endOffset);
      const listed = textBetween(draft, total.endOffset, markerAt);
      // the total says it is one (共, 合计 …), the list is a known partition (三次产业), or it 组成 the total
      if (m[1] !== '由' && !/共|合计|总计|累计|总数|全部|一共|总/.test(named) && !/第一产业.*第二产业.*第三产业|三次产业/.test(listed)) continue;
      const r = sumRelation(total, parts, false, m[1] === '由' ? '“由…组成”中' : `“${m[1]}”后`);
      if (r) out.push(r);
    }
    used.add(total);
    parts.forEach((p) => used.add(p));
  }
  // 3. 中央资金1.26亿元、省级资金4860万元、市县配套资金2350万元，合计1.96亿元: the total after its parts
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total)) continue;
    // 合计1.96亿元 / 两级共接待来访群众6128人次 (after 县级接待来访群众…、乡镇接待来访群众…)
    const head = /^(?:[两三四五各]级)?(?:合计|共计|总计|总共|累计共|共)(.*)$/.exec(textBetween(draft, total.clause.offset, total.offset).trim());
    if (!head) continue;
    const named = head[1]!;
    const before = (periods.get(total.period) ?? []).filter((f) => f.offset < total.offset && !f.bracket);
    const parts: Figure[] = [];
    for (const f of [...before].reverse()) {
      if (!compatible(f.unit, total.unit) || f.relational || used.has(f)) break;
      if (named && !bareMeasure(f).endsWith(named.replace(/^[的]/, ''))) break;
      parts.unshift(f);
    }
    if (parts.length < 2) continue;
    const r = sumRelation(total, parts, false, '“合计”前');
    accept(r, total, parts);
  }
  // 4. 共26个，已整改21个，其余6个正在整改: parts that end with 其余 split the total exactly
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total)) continue;
    if (!/共|合计|总计|总数|全部|累计|一共/.test(textBetween(draft, total.clause.offset, total.offset))) continue;
    const after = sentences.get(total.sentence.offset)!.filter((f) => f.offset > total.endOffset && !f.bracket);
    const parts: Figure[] = [];
    for (const f of after) {
      if (!compatible(f.unit, total.unit) || f.relational) break;
      parts.push(f);
      if (/^(?:其余|剩余|其他|其它)/.test(textBetween(draft, f.clause.offset, f.offset).trim())) break;
    }
    const last = parts[parts.length - 1];
    if (parts.length < 2 || !last || !/^(?:其余|剩余|其他|其它)/.test(textBetween(draft, last.clause.offset, last.offset).trim())) continue;
    if (parts.some((p) => used.has(p))) continue;
    const r = sumRelation(total, parts, false, '连同“其余”');
    accept(r, total, parts);
  }
  return out;
}

// ---- ratios -----------------------------------------------------------------------------------------------

function percentTolerance(p: Figure): number {
  return 0.5 * 10 ** -p.decimals + EPS;
}

function ratioRelation(p: Figure, num: Figure, den: Figure, what: string): Relation | undefined {
  const figures = [p, num, den];
  if (!known(p) || !known(num) || !known(den) || p.approximate || num.approximate || den.approximate) {
    return { kind: 'ratio', rule: 'number-ratio', figures, anchor: p, holds: true, arithmetic: `${num.text} ÷ ${den.text}：含未填写的数字或约数，无法核算`, message: '', related: [] };
  }
  if (den.base === 0) return undefined;
  const computed = (num.base / den.base) * 100;
  const holds = Math.abs(computed - p.value) <= percentTolerance(p);
  const shown = formatNumber(computed, p.decimals + 1);
  const arithmetic = `${num.text} ÷ ${den.text} = ${shown}%，文中为${p.text}`;
  return {
    kind: 'ratio', rule: 'number-ratio', figures, anchor: p, holds,
    arithmetic: holds ? `${num.text} ÷ ${den.text} = ${shown}%，与文中${p.text}相符` : arithmetic,
    message: `百分比与其依据不符：${what}${num.text} ÷ ${den.text} = ${shown}%，文中写作${p.text}；请核对百分比或所依据的数字`,
    related: [
      { offset: num.offset, endOffset: num.endOffset, message: `分子 ${label(num)}` },
      { offset: den.offset, endOffset: den.endOffset, message: `分母 ${label(den)}` },
    ],
  };
}

/** 年计划 ~ 年度计划投资: the words naming a share's base, compared with what a figure measures. */
const normalised = new WeakMap<Figure, { m: string; k: string }>();

const normCache = new Map<string, string>();

function norm(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    if (normCache.size >= 50_000) normCache.clear();
    normCache.set(s, (n = normalise(s)));
  }
  return n;
}

function normalise(s: string): string {
  return s.replace(/的|之|全部|总体|·/g, '').replace(/年度/g, '年').replace(/全年/g, '年');
}

function sameThing(words: string, f: Figure): boolean {
  const { m, k } = normalisedOf(f);
  return sameNormalised(norm(words), m, k);
}

function normalisedOf(f: Figure): { m: string; k: string } {
  let n = normalised.get(f);
  if (!n) normalised.set(f, (n = { m: norm(f.measure), k: norm(f.key) }));
  return n;
}

/** Whether normalised words `a` name a figure whose normalised measure is `m` and key `k`. */
function sameNormalised(a: string, m: string, k: string): boolean {
  if (a.length < 2 || m.length < 2) return false;
  if (a === m || m.endsWith(a) || a.endsWith(m) || a === k || k.endsWith(a)) return true;
  // the same head noun of four characters or more: 受益经营主体 ~ 政策惠及各类经营主体
  let common = 0;
  while (common < a.length && common < m.length && a[a.length - 1 - common] === m[m.length - 1 - common]) common++;
  if (common >= 4) return true;
  // every character of the shorter, in order, within the longer: 年计划 in 年计划投资
  const [short, long] = a.length <= m.length ? [a, m] : [m, a];
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length && short.length >= 3;
}

/**
 * The figures some words name, anywhere in the draft (a share's whole may be stated pages earlier), found
 * through an index instead of by testing every figure: every test of `sameNormalised` but the in-order one
 * needs the same last character, and the in-order one needs the longer to contain the shorter's characters.
 *
 * The index holds the paragraphs' cached readings (`ParagraphFigures.source`), not a draft's figures, and is
 * kept from one check to the next: a check adds the readings that are new and drops the ones that are gone,
 * so a keystroke updates it by one paragraph instead of rebuilding it.
 */
export class NameIndex {
  private readonly groups = new Map<string, { m: string; k: string; members: Set<Member> }>();
  /** Groups by the last character of their measure and of their key. */
  private readonly byLast = new Map<string, Set<string>>();
  /** Groups by every character of their measure. */
  private readonly byChar = new Map<string, Set<string>>();
  /** Groups by the first character of their measure. */
  private readonly byFirst = new Map<string, Set<string>>();
  /** How many paragraphs of the current draft have each reading. */
  private readonly readings = new Map<readonly Figure[], number>();
  /** The groups normalised words name; valid until a group is added. */
  private readonly matched = new Map<string, Array<{ members: Set<Member> }>>();

  /** Brings the index to a draft's paragraphs. */
  update(groups: readonly ParagraphFigures[]): void {
    const now = new Map<readonly Figure[], number>();
    for (const g of groups) now.set(g.source, (now.get(g.source) ?? 0) + 1);
    for (const source of this.readings.keys()) if (!now.has(source)) this.members(source, false);
    for (const source of now.keys()) if (!this.readings.has(source)) this.members(source, true);
    this.readings.clear();
    for (const [source, n] of now) this.readings.set(source, n);
  }

  private members(source: readonly Figure[], adding: boolean): void {
    source.forEach((f, i) => {
      const { m, k } = normalisedOf(f);
      const id = `${m}\u0000${k}`;
      let group = this.groups.get(id);
      if (!group) {
        if (!adding) return;
        group = { m, k, members: new Set() };
        this.groups.set(id, group);
        this.matched.clear();
        if (m) add(this.byLast, m[m.length - 1]!, id);
        if (k) add(this.byLast, k[k.length - 1]!, id);
        for (const ch of m) add(this.byChar, ch, id);
        if (m) add(this.byFirst, m[0]!, id);
      }
      const member = memberOf(source, i);
      if (adding) group.members.add(member);
      else group.members.delete(member);
    });
  }

  /** The groups whose measure sameNormalised says the normalised words `a` name. */
  matching(a: string): Array<{ members: Set<Member> }> {
    let found = this.matched.get(a);
    if (!found) this.matched.set(a, (found = this.match(a)));
    return found;
  }

  private match(a: string): Array<{ members: Set<Member> }> {
    const candidates = new Set<string>();
    if (a.length >= 2) {
      for (const id of this.byLast.get(a[a.length - 1]!) ?? []) candidates.add(id);
      if (a.length >= 3) {
        // the words within a longer measure: its groups contain the words' rarest character
        let rarest: Set<string> | undefined;
        for (const ch of a) {
          const list = this.byChar.get(ch);
          if (!list) {
            rarest = undefined;
            break;
          }
          if (!rarest || list.size < rarest.size) rarest = list;
        }
        for (const id of rarest ?? []) candidates.add(id);
        // a shorter measure within the words: it starts with one of the words' characters
        for (const ch of new Set(a)) for (const id of this.byFirst.get(ch) ?? []) if (this.groups.get(id)!.m.length < a.length) candidates.add(id);
      }
    }
    // groups that have no members now may have some later: kept, and skipped when empty
    const out: Array<{ members: Set<Member> }> = [];
    for (const id of candidates) {
      const group = this.groups.get(id)!;
      if (sameNormalised(a, group.m, group.k)) out.push(group);
    }
    return out;
  }
}

/** A figure of a paragraph reading: the reading and the figure's place in it. */
interface Member {
  source: readonly Figure[];
  index: number;
}

const memberObjects = new WeakMap<readonly Figure[], Member[]>();

function memberOf(source: readonly Figure[], index: number): Member {
  let members = memberObjects.get(source);
  if (!members) memberObjects.set(source, (members = source.map((_, i) => ({ source, index: i }))));
  return members[index]!;
}

/** The named figures of one draft: the shared index, resolved to this draft's figures. */
class Names {
  private readonly memo = new Map<string, Figure[]>();
  private readonly placed = new Map<readonly Figure[], ParagraphFigures[]>();

  constructor(
    private readonly index: NameIndex,
    groups: readonly ParagraphFigures[],
  ) {
    index.update(groups);
    for (const g of groups) {
      const list = this.placed.get(g.source);
      if (list) list.push(g);
      else this.placed.set(g.source, [g]);
    }
  }

  /** Whether the paragraph reading a figure was placed from stands more than once in the draft. */
  repeated(f: Figure): boolean {
    const source = sourceOf(f);
    return !source || (this.placed.get(source)?.length ?? 0) > 1;
  }

  /** Every figure with sameThing(words, f), in the order of the draft. */
  named(words: string): Figure[] {
    let found = this.memo.get(words);
    if (found) return found;
    found = [];
    for (const group of this.index.matching(norm(words))) {
      for (const { source, index } of group.members) for (const p of this.placed.get(source) ?? []) found.push(p.figures[index]!);
    }
    found.sort((x, y) => x.index - y.index);
    this.memo.set(words, found);
    return found;
  }
}

function add(index: Map<string, Set<string>>, key: string, value: string): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

function unique<T>(items: T[], key: (t: T) => number): T | undefined {
  if (items.length === 0) return undefined;
  const values = new Set(items.map(key));
  return values.size === 1 ? items[items.length - 1] : undefined;
}

const SHARE = /占(?:比)?([^，,。；;：:、]{0,20}?)(?:的)?(?:比重|比例|份额)?(?:为|达|达到)?$/;
const CHANGE = /(增长|增加|提高|上升|下降|减少|降低|回落)(?:了)?$/;
const COMPARE = /(?:较|比|同比|环比)(?:上年|去年|上年同期|去年同期|上一年|同期)?(?:的)?$/;
const RATE = /([\u4e00-\u9fff]{2})率(?:为|达|达到|是)?$/;

const LAST_YEAR = /去年|上年|同期/;

/** The percentages listed together from p on: 62.4%、14.8%、16.3%和7.2%. */
function listedFrom(draft: Draft, p: Figure, percents: Figure[]): Figure[] {
  const group = [p];
  // from p on (percents are in document order): a long report has thousands of them
  let lo = 0;
  let hi = percents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (percents[mid]!.offset <= p.offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < percents.length; k++) {
    const q = percents[k]!;
    const last = group[group.length - 1]!;
    if (q.offset <= last.offset) continue;
    if (q.sentence.offset !== p.sentence.offset || !/^[、，,和及与\s]*$/.test(textBetween(draft, last.endOffset, q.offset))) break;
    group.push(q);
  }
  return group;
}

/** The years a figure's scope names, against the year of the report: 上年 in a 2024 report is 2023. */
function yearOf(f: Figure): number | undefined {
  const m = /((?:19|20)[0-9]{2})年/.exec(f.scope);
  return m ? Number(m[1]) : undefined;
}

function isLastYear(f: Figure, reportYear: number | undefined): boolean {
  return LAST_YEAR.test(f.scope) || (reportYear !== undefined && yearOf(f) === reportYear - 1);
}

function isPast(f: Figure, reportYear: number | undefined): boolean {
  const y = yearOf(f);
  return isLastYear(f, reportYear) || (reportYear !== undefined && y !== undefined && y < reportYear);
}

/** 由2019年的286起下降到2021年的198起，下降31.8%: from the figure after 由/从 to the one after 到/至. */
function fromToPair(draft: Draft, p: Figure, inSentence: Figure[]): { current: Figure; previous: Figure } | undefined {
  // a clause's head holds none of ，,。；; (they end clauses): from its first 由 or 到 the rest always matches
  // eslint-disable-next-line regexp/no-super-linear-move
  const from = inSentence.filter((f) => /[由从][^，,。；;]*$/.test(textBetween(draft, f.clause.offset, f.offset)) && !/到|至/.test(textBetween(draft, f.clause.offset, f.offset)));
  // eslint-disable-next-line regexp/no-super-linear-move
  const to = inSentence.filter((f) => /(?:下降|减少|降低|回落|增长|增加|提高|上升)?(?:到|至)[^，,。；;]*$/.test(textBetween(draft, f.clause.offset, f.offset)));
  const previous = from[from.length - 1];
  const current = to.filter((f) => previous && f.offset > previous.offset && f.clause.offset === previous.clause.offset).pop();
  if (!previous || !current || !compatible(previous.unit, current.unit)) return undefined;
  // the pair stands right before the percentage: nothing else measured in between
  return inSentence.some((f) => f.offset > current.offset && f.offset < p.offset) ? undefined : { current, previous };
}

/** 较上年的43.5亿元增长5.5%: the comparison's base and the figure it is compared with, if unambiguous. */
function singlePair(draft: Draft, p: Figure, inSentence: Figure[], sentence: Figure[], reportYear: number | undefined): { current: Figure; previous: Figure } | undefined {
  const previous = [...inSentence].reverse().find((f) => COMPARE.test(textBetween(draft, f.clause.offset, f.offset).replace(/\s/g, '')) || isLastYear(f, reportYear));
  if (!previous) return undefined;
  // 信访总量较上年的312件下降14.1%: a subject before 较 names the current figure
  const clauseHead = textBetween(draft, p.clause.offset, p.offset);
  const at = clauseHead.search(/较|比|同比/);
  const subject = at > 0 ? clauseHead.slice(0, at) : '';
  const candidates = [...inSentence].reverse().filter((f) => f !== previous && compatible(f.unit, previous.unit) && !isPast(f, reportYear) && !f.relational);
  const current = subject.length >= 2 ? candidates.find((f) => sameThing(subject, f)) : candidates[0];
  if (!current) return undefined;
  const competing = sentence.some(
    (f) => f !== current && f !== previous && compatible(f.unit, previous.unit) && !f.relational && f.offset < p.offset && f.offset > Math.min(current.offset, previous.offset),
  );
  return competing ? undefined : { current, previous };
}

/** 游客386.5万人次、收入32.6亿元，去年同期分别为325.9万人次、26.9亿元，同比分别增长18.6%和21.2%: pair by order. */
function respectivePair(draft: Draft, group: Figure[], k: number, inSentence: Figure[], reportYear: number | undefined): { current: Figure; previous: Figure } | undefined {
  const first = group[0]!;
  const all = inSentence.filter((f) => f.offset < first.offset && f.unit.kind !== 'percent');
  // 缴存额12.36亿元、提取额9.82亿元，较上年的11.38亿元、8.83亿元分别增长…: the compared run starts at 较
  const compared = all.findIndex((f) => COMPARE.test(textBetween(draft, f.clause.offset, f.offset).replace(/\s/g, '')));
  const before = all.filter((f) => !f.relational);
  const previous =
    compared >= 0
      ? all.slice(compared).filter((f) => f.unit.kind !== 'percent')
      : before.filter((f) => isLastYear(f, reportYear));
  const current = before.filter((f) => !previous.includes(f) && (previous.length === 0 || f.offset < previous[0]!.offset)).slice(-group.length);
  if (current.length !== group.length || previous.length !== group.length) return undefined;
  if (!current.every((c, i) => compatible(c.unit, previous[i]!.unit))) return undefined;
  return { current: current[k]!, previous: previous[k]! };
}

function ratios(draft: Draft, figures: Figure[], sentences: Map<number, Figure[]>, periods: Map<number, Figure[]>, lookups: Lookups): Relation[] {
  const out: Relation[] = [];
  const percents = figures.filter((f) => f.unit.kind === 'percent' && !f.range);
  const sharesBySentence = new Map<number, Figure[]>();
  const titleYear = /((?:19|20)[0-9]{2})年/.exec(draft.title?.text ?? '');
  const reportYear = titleYear ? Number(titleYear[1]) : undefined;
  const sharesDone = new Set<Figure>(); // percentages of a 分别占 list, handled with its first
  const listedGroups = new Set<Figure[]>(); // percentages of a 分别增长 list
  const changeGroups = new Map<Figure[], RegExpExecArray>();
  for (const p of percents) {
    const head = textBetween(draft, p.clause.offset, p.offset).replace(/\s/g, '');
    const sentence = sentences.get(p.sentence.offset)!;
    const inSentence = sentence.filter((f) => f.offset < p.offset && f.unit.kind !== 'percent');

    // 第二产业、第三产业税收分别为4.12亿元、5.56亿元，分别占税收收入的42.6%、57.4%: pair by order
    const together = /分别占(?:比)?([^，,。；;%％]*?)的?(?:比重|比例)?(?:为|达)?$/.exec(head);
    if (together || sharesDone.has(p)) {
      if (!together) continue;
      const group = listedFrom(draft, p, percents);
      group.forEach((q) => sharesDone.add(q));
      const before = (periods.get(p.period) ?? []).filter((f) => f.offset < p.clause.offset && f.unit.kind !== 'percent' && !f.relational && !f.bracket);
      const parts = before.slice(-group.length);
      const words = together[1]!;
      if (parts.length === group.length && parts.every((f) => compatible(f.unit, parts[0]!.unit))) {
        const named = words.length >= 2 ? lookups.named(words).filter((f) => !parts.includes(f) && compatible(f.unit, parts[0]!.unit) && exact(f) && !f.relational) : [];
        const whole = unique(named, (f) => f.base!);
        if (whole) group.forEach((q, k) => {
          const r = ratioRelation(q, parts[k]!, whole, '');
          if (r) out.push(r);
        });
      }
      if (group.length >= 2 && group.every((q) => known(q) && !q.approximate)) out.push(sharesRelation(group));
      continue;
    }

    // a change: 较上年的43.5亿元增长5.5% / 同比增长15% / 8起、6人，去年同期为10起、8人，同比分别下降20%和25%
    const respectively = /分别(增长|增加|提高|上升|下降|减少|降低|回落)$/.exec(head);
    const inGroup = [...listedGroups].find((g) => g.includes(p));
    const change = respectively ?? CHANGE.exec(head) ?? (inGroup ? changeGroups.get(inGroup) : undefined);
    if (change) {
      let pair: { current: Figure; previous: Figure } | undefined;
      if (respectively || inGroup) {
        const group = inGroup ?? listedFrom(draft, p, percents);
        if (!inGroup) {
          listedGroups.add(group);
          changeGroups.set(group, change);
        }
        pair = respectivePair(draft, group, group.indexOf(p), inSentence, reportYear);
      } else {
        pair = fromToPair(draft, p, inSentence) ?? singlePair(draft, p, inSentence, sentence, reportYear);
      }
      if (!pair) continue;
      const { current, previous } = pair;
      if (!known(p) || !known(current) || !known(previous) || current.approximate || previous.approximate || p.approximate || previous.base === 0) continue;
      const sign = /下降|减少|降低|回落/.test(change[1]!) ? -1 : 1;
      const computed = ((current.base - previous.base) / previous.base) * 100 * sign;
      const holds = Math.abs(computed - p.value) <= percentTolerance(p);
      const word = change[1]!;
      const arith = `(${current.text} − ${previous.text}) ÷ ${previous.text} = ${sign < 0 ? '−' : ''}${formatNumber(Math.abs((current.base - previous.base) / previous.base) * 100, p.decimals + 1)}%`;
      out.push({
        kind: 'change', rule: 'number-ratio', figures: [p, current, previous], anchor: p, holds,
        arithmetic: holds ? `${arith}，与文中${word}${p.text}相符` : `${arith}，文中为${word}${p.text}`,
        message: `${word}幅度与数字不符：${arith}，文中写作${word}${p.text}；请核对`,
        related: [
          { offset: current.offset, endOffset: current.endOffset, message: `本期 ${label(current)}` },
          { offset: previous.offset, endOffset: previous.endOffset, message: `上期 ${label(previous)}` },
        ],
      });
      continue;
    }

    // a share: 完成投资8亿元，占年计划的50% / 占年度计划30亿元的45% / 完成年度任务6亿元的54.3%
    const share = SHARE.exec(head);
    const inlineOf = /的(?:比重|比例)?(?:为|达|达到)?$/.test(head)
      ? sentence.find((f) => f.offset >= p.clause.offset && f.offset < p.offset && f.unit.kind !== 'percent')
      : undefined;
    if (share || inlineOf) {
      const words = share?.[1] ?? '';
      const inline = inlineOf ?? sentence.find((f) => f.offset >= p.clause.offset && f.offset < p.offset && f.unit.kind !== 'percent');
      if (share) {
        const list = sharesBySentence.get(p.sentence.offset) ?? [];
        list.push(p);
        sharesBySentence.set(p.sentence.offset, list);
      }
      // 开发区税收占全县税收收入的52.9%: a subject before 占 names the numerator; without one it is the figure before
      const at = head.lastIndexOf('占');
      const subject = at > 0 ? head.slice(0, at).replace(/^(?:其中|分别|约|均|共|的)+/, '') : '';
      const numeratorPool = inSentence.filter((f) => f !== inline && f.offset < p.clause.offset && !f.relational);
      let numerator: Figure | undefined;
      if (subject.length >= 2) {
        const named = numeratorPool.filter((f) => sameThing(subject, f));
        const bySubject = lookups.named(subject).filter((f) => f.unit.kind !== 'percent' && !f.relational && known(f));
        numerator = named[named.length - 1] ?? unique(bySubject.filter((f) => f !== inline), (f) => f.base!);
      } else {
        numerator = numeratorPool[numeratorPool.length - 1];
      }
      if (!numerator) continue;
      let denominator: Figure | undefined = inline && compatible(inline.unit, numerator.unit) ? inline : undefined;
      if (!denominator && (words === '' || /^(?:总数|总量|全部|全县|全市|总额|比)$/.test(words))) {
        // 占比: the whole the numerator is part of, earlier in the sentence
        const whole = inSentence.filter((f) => f.offset < numerator.offset && compatible(f.unit, numerator.unit) && !f.bracket);
        denominator = whole.length === 1 ? whole[0] : undefined;
      }
      if (!denominator && words.length >= 2) {
        // 占协议引资总额的: the total of a measure is its largest statement
        const totalOf = /(?:总额|总量|总数|总计|合计)$/.test(words);
        const key = words.replace(/(?:总额|总量|总数|总计|合计)$/, '');
        // an average (月均缴存余额) is not the whole unless the words say so
        const named = lookups.named(key).filter((f) => f.unit.kind !== 'percent' && !f.relational && (/均/.test(key) || !/均/.test(f.measure)));
        // a target (15家以上) or a figure of another scope is not the whole the share is of
        const candidates = named.filter((f) => f !== numerator && compatible(f.unit, numerator.unit) && exact(f) && !/力争|确保|目标|以上|以下/.test(f.scope));
        const near = candidates.filter((f) => f.sentence.offset === p.sentence.offset);
        const pool = near.length > 0 ? near : candidates;
        denominator = totalOf ? pool.reduce<Figure | undefined>((max, f) => (!max || f.base! > max.base! ? f : max), undefined) : unique(pool, (f) => f.base ?? NaN);
      }
      if (!denominator || denominator === numerator) continue;
      // a part larger than its whole means the pairing is wrong, not the text
      if (known(numerator) && known(denominator) && numerator.base > denominator.base + EPS) continue;
      const r = ratioRelation(p, numerator, denominator, '');
      if (r) out.push(r);
      continue;
    }

    // a rate with its base: 需办理审批手续30个，已容缺办结25个，办结率为83.3%
    const rate = RATE.exec(head);
    if (rate) {
      const stem = rate[1]!;
      // 应接种28640剂次，实际接种28152剂次，接种率99.3%: the 应/需/计划 figure is the base
      const DUE = /应|需|计划|登记|共有|总数|^共|^总/;
      const inPeriod = (periods.get(p.period) ?? []).filter((f) => f.offset < p.offset && f.unit.kind !== 'percent');
      const withStem = inSentence.filter((f) => f.measure.includes(stem) && f.unit.kind !== 'percent');
      // 参保48.62万人，…；全县应参保人数50.35万人，参保率96.9%: the base may stand alone in the last clause
      const pool = withStem.length === 1 && DUE.test(withStem[0]!.measure) ? inPeriod.filter((f) => f.measure.includes(stem)) : withStem;
      const numerators = pool.length > 1 ? pool.filter((f) => !DUE.test(f.measure)) : pool;
      if (numerators.length !== 1) continue;
      const numerator = numerators[0]!;
      const due = pool.filter((f) => f !== numerator && DUE.test(f.measure) && compatible(f.unit, numerator.unit));
      let bases = due.length > 0 ? due : inSentence.filter((f) => f !== numerator && f.offset < numerator.offset && compatible(f.unit, numerator.unit) && !f.measure.includes(stem) && !f.bracket);
      if (bases.length === 0 && stem === '完成') {
        const noun = numerator.measure.replace(/完成/g, '');
        const planned = noun.length >= 2 ? lookups.planned(noun, numerator.unit) : undefined;
        const base = !planned ? undefined : planned.members.has(numerator) ? unique(planned.list.filter((f) => f !== numerator), (f) => f.base ?? NaN) : planned.unique;
        bases = base ? [base] : [];
      }
      if (bases.length !== 1) continue;
      const r = ratioRelation(p, numerator, bases[0]!, `${stem}率 = `);
      if (r) out.push(r);
    }
  }

  // 由上年的91.6%提高到94.2%，提高3.6个百分点: a difference of two percentages
  for (const d of figures.filter((f) => f.unit.kind === 'points' && known(f) && !f.approximate)) {
    const head = textBetween(draft, d.clause.offset, d.offset).replace(/\s/g, '');
    const word = /(提高|增加|上升|下降|减少|降低|回落)了?$/.exec(head);
    if (!word) continue;
    const inSentence = (sentences.get(d.sentence.offset) ?? []).filter((f) => f.offset < d.offset && f.unit.kind === 'percent' && known(f) && !f.approximate);
    const pair = fromToPair(draft, d, inSentence);
    if (!pair) continue;
    const sign = /下降|减少|降低|回落/.test(word[1]!) ? -1 : 1;
    const computed = (pair.current.value! - pair.previous.value!) * sign;
    const tolerance = 0.5 * 10 ** -d.decimals + 0.5 * 10 ** -pair.current.decimals + 0.5 * 10 ** -pair.previous.decimals;
    const holds = Math.abs(computed - d.value!) <= tolerance;
    const arith = `${pair.current.text} − ${pair.previous.text} = ${formatNumber(pair.current.value! - pair.previous.value!, 2)}个百分点`;
    out.push({
      kind: 'change', rule: 'number-ratio', figures: [d, pair.current, pair.previous], anchor: d, holds,
      arithmetic: holds ? `${arith}，与文中${word[1]}${d.text}相符` : `${arith}，文中为${word[1]}${d.text}`,
      message: `百分点之差与数字不符：${arith}，文中写作${word[1]}${d.text}；请核对`,
      related: [
        { offset: pair.current.offset, endOffset: pair.current.endOffset, message: `本期 ${pair.current.text}` },
        { offset: pair.previous.offset, endOffset: pair.previous.endOffset, message: `上期 ${pair.previous.text}` },
      ],
    });
  }

  // shares of one whole: 其中A占60%、B占50%
  for (const [, list] of sharesBySentence) {
    if (list.length < 2 || !list.every((p) => known(p) && !p.approximate)) continue;
    const explicit = list.some((p) => sentences.get(p.sentence.offset)!.some((f) => f.offset >= p.clause.offset && f.offset < p.offset && f.unit.kind !== 'percent'));
    if (explicit) continue;
    const wholes = new Set(list.map((p) => (SHARE.exec(textBetween(draft, p.clause.offset, p.offset).replace(/\s/g, ''))?.[1] ?? '').replace(/的$/, '')));
    if (wholes.size > 1) continue;
    out.push(sharesRelation(list));
  }
  return out;
}

/** Shares of one whole must not add up to more than 100%. */
function sharesRelation(list: Figure[]): Relation {
  const total = list.reduce((s, p) => s + p.value!, 0);
  const tolerance = list.reduce((s, p) => s + percentTolerance(p), 0);
  const holds = total <= 100 + tolerance;
  const arith = `${list.map((p) => p.text).join(' + ')} = ${formatNumber(total, 2)}%`;
  return {
    kind: 'shares', rule: 'number-ratio', figures: list, anchor: list[list.length - 1]!, holds,
    arithmetic: holds ? `${arith}，未超过100%` : `${arith}，超过100%`,
    message: `同一整体的各部分占比之和超过100%：${arith}；请核对各项占比`,
    related: list.slice(0, -1).map((p) => ({ offset: p.offset, endOffset: p.endOffset, message: `占比 ${p.text}` })),
  };
}

// ---- conflicts --------------------------------------------------------------------------------------------


/** The measure without the entity it was qualified with: 新开工项目·总投资 → 总投资. */
function bareMeasure(f: Figure): string {
  return f.key.slice(f.key.lastIndexOf('·') + 1);
}

/**
 * Two statements of one measure: the same key, or the same measure where one of them was not tied to an
 * entity (实施行政处罚42起 after 立案查处58起 vs 实施行政处罚45起 later). Two different entities'
 * 规范管理 (高血压患者·规范管理, 糖尿病患者·规范管理) are not one measure.
 */
function sameMeasure(a: Figure, b: Figure): boolean {
  if (a.key === b.key) return true;
  // a part of a breakdown (其中规上工业企业9家, 项目12个（新建5个）) is a subset, never the whole measure
  if (a.partOf || b.partOf) return false;
  return (a.key === a.measure || b.key === b.measure) && bareMeasure(a) === bareMeasure(b);
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) n--;
  return n;
}

/** What a figure states, if it is a statement another one could contradict: measure, unit and scope. */
const conflictIds = new WeakMap<Figure, string | null>();

function conflictId(f: Figure): string | undefined {
  // the same for every placing of a paragraph reading's figure: worked out once per reading
  const key = f.origin ?? f;
  let id = conflictIds.get(key);
  if (id === undefined) {
    const statement = exact(f) && codePoints(bareMeasure(f)) >= 4 && !f.relational && !f.distributive && !(f.unit.kind === 'percent' && f.inChange);
    id = statement ? `${bareMeasure(f)}|${f.unit.kind}|${f.unit.base}|${f.scope}` : null;
    conflictIds.set(key, id);
  }
  return id ?? undefined;
}

/** Distinct statements of one measure kept to compare later ones with. */
const MAX_STATEMENTS = 16;

function conflicts(draft: Draft, figures: Figure[]): Relation[] {
  const out: Relation[] = [];
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const id = conflictId(f);
    if (id === undefined) continue;
    const list = groups.get(id);
    if (list) list.push(f);
    else groups.set(id, [f]);
  }
  for (const list of groups.values()) {
    // one earlier statement per distinct value is enough to compare with: a long report restates often; and a
    // measure stated with dozens of values is noise, compared with its first few only (each figure, not each pair)
    const statements: Figure[] = [];
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      // the first earlier statement of the measure with another value, and the first with the same value
      let other: Figure | undefined;
      let same: Figure | undefined;
      let stated = false;
      for (const g of statements) {
        if (g.key === f.key && g.base === f.base) stated = true;
        if (g.sentence.offset === f.sentence.offset || (other && same) || !sameMeasure(f, g)) continue;
        if (Math.abs(g.base! - f.base!) > Math.max(halfUnit(g), halfUnit(f))) other ??= g;
        else same ??= g;
      }
      if (!stated && statements.length < MAX_STATEMENTS) statements.push(f);
      if (i === 0) continue;
      const name = bareMeasure(f) === f.key ? f.key : f.key.replace(/·/g, '');
      if (!other) {
        if (same) {
          out.push({
            kind: 'conflict', rule: 'number-conflict', figures: [f, same], anchor: f, holds: true,
            arithmetic: `“${name}”前文也写作${same.text}，前后一致`, message: '', related: [],
          });
        }
        continue;
      }
      const line = draft.lines.lineOf(other.offset) + 1;
      out.push({
        kind: 'conflict', rule: 'number-conflict', figures: [f, other], anchor: f, holds: false,
        arithmetic: `“${name}”此处为${f.text}，第${line}行为${other.text}`,
        message: `同一指标前后不一致：“${name}”${f.scope ? `（${f.scope}）` : ''}此处为${f.text}，第${line}行写作${other.text}；同一范围内同一指标只能有一个数，请核对`,
        related: [{ offset: other.offset, endOffset: other.endOffset, message: `“${name}”在此写作${other.text}` }],
      });
    }
  }
  return out;
}

/**
 * Figures the relations of a paragraph look up anywhere in the draft (the whole of a share, the plan a 完成率
 * is of): built on first use. The lookups a paragraph made are noted, so that its relations can be kept while
 * the same lookups give the same figures.
 */
class Lookups {
  /** The lookups of the paragraph being read: the words (undefined for the plans) and what they gave. */
  log: Array<{ words?: string; result: Figure[] }> = [];
  private names?: Names;
  private planList?: Figure[];
  private readonly plannedBy = new Map<string, { list: Figure[]; members: Set<Figure>; unique?: Figure }>();

  constructor(
    private readonly nameIndex: NameIndex,
    private readonly groups: readonly ParagraphFigures[],
    private readonly figures: readonly Figure[],
  ) {}

  private get index(): Names {
    return (this.names ??= new Names(this.nameIndex, this.groups));
  }

  named(words: string): Figure[] {
    const result = this.index.named(words);
    this.log.push({ words, result });
    return result;
  }

  plans(): Figure[] {
    const result = (this.planList ??= this.figures.filter((f) => /计划|任务|目标/.test(f.measure)));
    this.log.push({ result });
    return result;
  }

  /** The plans whose measure holds a noun, in a unit: worked out once per noun and unit, not once per rate. */
  planned(noun: string, unit: Figure['unit']): { list: Figure[]; members: Set<Figure>; unique?: Figure } {
    const plans = this.plans();
    const key = `${noun}\u0000${unit.kind}\u0000${unit.base}`;
    let found = this.plannedBy.get(key);
    if (!found) {
      const list = plans.filter((f) => compatible(f.unit, unit) && f.measure.includes(noun));
      this.plannedBy.set(key, (found = { list, members: new Set(list), unique: unique(list, (f) => f.base ?? NaN) }));
    }
    return found;
  }

  /** Whether a figure's paragraph reading stands more than once in the draft (then it is no one place). */
  repeated(f: Figure): boolean {
    return this.index.repeated(f);
  }
}

/** A figure of a relation: one of the paragraph's own, or the `at`-th figure a lookup of the paragraph gave. */
type FigureRef = { own: number } | { lookup: number; at: number };

interface KeptRelation extends Omit<Relation, 'figures' | 'anchor' | 'related'> {
  figures: FigureRef[];
  anchor: FigureRef;
  /** Related spans are the spans of figures of the relation. */
  related: Array<{ figure: FigureRef; message: string }>;
}

/** The sums and ratios of a paragraph reading, kept in its memo entry (ParagraphReading.relations). */
export interface KeptRelations {
  sums: KeptRelation[];
  ratios: KeptRelation[];
  lookups: Array<{ words?: string; result: readonly Figure[] }>;
}

/** The same, put in place with the paragraph's placed figures (PlacedReading.relations), reused while they are. */
export interface PlacedRelations {
  sums: Relation[];
  ratios: Relation[];
  lookups: Array<readonly Figure[]>;
}

/** Relations as references to figures, or undefined when a figure or a span cannot be referred to. */
function keep(relations: readonly Relation[], group: ParagraphFigures, log: Lookups['log'], lookups: Lookups): KeptRelation[] | undefined {
  const refOf = (f: Figure): FigureRef | undefined => {
    const own = group.figures.indexOf(f);
    if (own >= 0) return { own };
    if (lookups.repeated(f)) return undefined;
    for (let lookup = 0; lookup < log.length; lookup++) {
      const at = log[lookup]!.result.indexOf(f);
      if (at >= 0) return { lookup, at };
    }
    return undefined;
  };
  const out: KeptRelation[] = [];
  for (const r of relations) {
    const figures = r.figures.map(refOf);
    const anchor = refOf(r.anchor);
    if (!anchor || figures.some((f) => !f)) return undefined;
    const related: KeptRelation['related'] = [];
    for (const span of r.related) {
      const f = r.figures.find((g) => g.offset === span.offset && g.endOffset === span.endOffset);
      if (!f) return undefined;
      related.push({ figure: refOf(f)!, message: span.message });
    }
    out.push({ ...r, figures: figures as FigureRef[], anchor, related });
  }
  return out;
}

function restore(relations: readonly KeptRelation[], group: ParagraphFigures, results: ReadonlyArray<readonly Figure[]>): Relation[] {
  const figure = (ref: FigureRef): Figure => ('own' in ref ? group.figures[ref.own]! : results[ref.lookup]![ref.at]!);
  return relations.map((r) => ({
    ...r,
    figures: r.figures.map(figure),
    anchor: figure(r.anchor),
    related: r.related.map(({ figure: ref, message }) => {
      const f = figure(ref);
      return { offset: f.offset, endOffset: f.endOffset, message };
    }),
  }));
}

/** The lookups a kept paragraph made, made again: their results if every one gives the figures it gave. */
function sameLookups(before: KeptRelations['lookups'], lookups: Lookups): Array<readonly Figure[]> | undefined {
  const results: Array<readonly Figure[]> = [];
  for (const { words, result } of before) {
    const now = words === undefined ? lookups.plans() : lookups.named(words);
    if (now.length !== result.length || now.some((f, i) => !sameFigure(f, result[i]!) || lookups.repeated(f))) return undefined;
    results.push(now);
  }
  return results;
}

/** The same figure of the same paragraph reading, wherever the paragraph now stands. */
function sameFigure(a: Figure, b: Figure): boolean {
  if (a === b) return true;
  return a.origin !== undefined && a.origin === b.origin;
}

/**
 * Every relation of a draft. Sums and ratios stand within a sentence or a period, so within one paragraph: those
 * of a paragraph whose text is unchanged since the last check are kept, as long as the figures it looked up
 * elsewhere in the draft are the same. Conflicts compare the whole draft and are found again every time.
 */
export function relationsOf(draft: Draft, groups: readonly ParagraphFigures[], names: NameIndex): Relation[] {
  const figures = groups.flatMap((g) => g.figures);
  const lookups = new Lookups(names, groups, figures);
  const sumsOut: Relation[] = [];
  const ratiosOut: Relation[] = [];
  for (const group of groups) {
    const before = group.reading.relations;
    if (before) {
      lookups.log = [];
      const results = sameLookups(before.lookups, lookups);
      if (results) {
        const placed = group.placed.relations;
        const reuse = placed && placed.lookups.length === results.length && placed.lookups.every((r, i) => r.length === results[i]!.length && r.every((f, j) => f === results[i]![j]));
        const current = reuse ? placed : { sums: restore(before.sums, group, results), ratios: restore(before.ratios, group, results), lookups: results };
        if (!reuse) group.placed.relations = current;
        sumsOut.push(...current.sums);
        ratiosOut.push(...current.ratios);
        continue;
      }
    }
    const sentences = groupBy(group.figures, (f) => f.sentence.offset);
    const periods = groupBy(group.figures, (f) => f.period);
    const sums_ = sums(draft, group.figures, sentences, periods);
    lookups.log = [];
    const ratios_ = ratios(draft, group.figures, sentences, periods, lookups);
    sumsOut.push(...sums_);
    ratiosOut.push(...ratios_);
    const log = lookups.log;
    const keptSums = keep(sums_, group, log, lookups);
    const keptRatios = keep(ratios_, group, log, lookups);
    if (keptSums && keptRatios) {
      group.reading.relations = { sums: keptSums, ratios: keptRatios, lookups: log };
      group.placed.relations = { sums: sums_, ratios: ratios_, lookups: log.map((l) => l.result) };
    }
  }
  return [...sumsOut, ...ratiosOut, ...conflicts(draft, figures)];
}

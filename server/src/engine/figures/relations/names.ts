// The index of measures: which figures of a draft some words name (the whole of a share, the plan of a
// completion), anywhere in the draft, without comparing every pair. Kept in the check's cache from one check
// to the next and brought up to date by the paragraphs that changed.

import { inOrderWithin, PINYIN_READING, simplified } from '../../text';
import { sourceOf, type Figure, type ParagraphFigures } from '../extract';

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
  // (提案總數, 一般公共預算收入: names on a page served in traditional characters, read as their simplified forms; 地區
  // （qū）生產（chǎn）總值 with its pinyin readings as 地区生产总值)
  return simplified(s.replace(PINYIN_READING, ''))
    .replace(/的|之|全部|总体|·/g, '')
    .replace(/年度/g, '年')
    .replace(/全年/g, '年');
}

export function sameThing(words: string, f: Figure): boolean {
  const { m, k } = normalisedOf(f);
  return sameNormalised(norm(words), m, k);
}

function normalisedOf(f: Figure): { m: string; k: string } {
  let n = normalised.get(f);
  if (!n) normalised.set(f, (n = { m: norm(f.measure), k: norm(f.key) }));
  return n;
}

/** A figure's measure as names are compared: simplified, without pinyin readings or 的 (累計（jì）實（shí）現 → 累计实现). */
export function plainMeasure(f: Figure): string {
  return normalisedOf(f).m;
}

/** Whether words name a figure by its very name (企业法人单位 and 企业法人单位). */
export function namedExactly(words: string, f: Figure): boolean {
  const w = norm(words);
  return w.length >= 2 && w === normalisedOf(f).m;
}

/**
 * Whether the words name a narrower thing than a figure: its name and the words end alike (法人单位) but the words
 * qualify that end (企业法人单位) where the figure's name does not (从事第二产业和第三产业活动的法人单位).
 */
export function widerThanNamed(words: string, f: Figure): boolean {
  const w = norm(words);
  const common = suffixLength(normalisedOf(f).m, w);
  return common >= 2 && common < w.length;
}

/**
 * Whether a name ending with another names another thing by the character before it: 进出口总值 is not 出口总值, nor
 * 不满意 满意, 非税收入 税收收入, 未办结 办结, 净资产 资产.
 */
function widened(long: string, tail: string): boolean {
  // (净资产总额 is not 资产总额 either: the net of a measure is what is left of it)
  return long.length > tail.length && /[进非未不无净凈淨]$/.test(long.slice(0, long.length - tail.length));
}

/** 净 (凈, 淨 on pages in 繁體): a net measure, what is left of another once something is taken off it. */
const NET = /[净凈淨]/;

/** Whether a name ends with a measure's own name (技术合同成交额 with 成交额), not a wider one's (进出口 with 出口). */
export function endsWithMeasure(name: string, measure: string): boolean {
  return name.endsWith(measure) && !widened(name, measure);
}

/** Whether normalised words `a` name a figure whose normalised measure is `m` and key `k`. */
function sameNormalised(a: string, m: string, k: string): boolean {
  if (a.length < 2 || m.length < 2) return false;
  if (a === m || a === k) return true;
  if ((m.endsWith(a) && !widened(m, a)) || (a.endsWith(m) && !widened(a, m)) || (k.endsWith(a) && !widened(k, a))) return true;
  // the same head noun of four characters or more: 受益经营主体 ~ 政策惠及各类经营主体
  let common = 0;
  while (common < a.length && common < m.length && a[a.length - 1 - common] === m[m.length - 1 - common]) common++;
  if (common >= 4 && !widened(a, a.slice(-common)) && !widened(m, m.slice(-common))) return true;
  // every character of the shorter, in order, within the longer: 年计划 in 年计划投资
  const [short, long] = a.length <= m.length ? [a, m] : [m, a];
  if (long.endsWith(short) && widened(long, short)) return false;
  // (its first two characters together: 进口总值 is not in 进出口总值)
  if (!long.includes(short.slice(0, 2))) return false;
  // (国有资产 is not in 国有净资产: what is left after the debts, not the assets)
  if (NET.test(long) && !NET.test(short)) return false;
  return inOrderWithin(short, long) && short.length >= 3;
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
export class Names {
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

/** The longest common ending of some names. */
export function commonSuffix(names: readonly string[]): string {
  if (names.length === 0) return '';
  let suffix = names[0]!;
  for (const n of names.slice(1)) suffix = suffix.slice(suffix.length - suffixLength(suffix, n));
  return suffix;
}

/** How many characters two names end alike with (零售总额 and 销售额: 1). */
export function suffixLength(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}

/** How many characters two names open with alike (事故隐患已整改 and 事故隐患: 4). */
export function prefixLength(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/**
 * Full names and the short forms a draft writes them in just as often (规模以上工业 / 规上工业, 限额以上 / 限上, 电子商务 /
 * 电商, 党的基层组织 / 基层党组织).
 */
const COMMON_SHORT_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/规模以上/g, '规上'],
  [/規模以上/g, '規上'],
  [/限额以上/g, '限上'],
  [/限額以上/g, '限上'],
  [/电子商务/g, '电商'],
  [/電子商務/g, '電商'],
  [/党的基层组织/g, '基层党组织'],
  [/黨的基層組織/g, '基層黨組織'],
];

/**
 * A measure's name with its full forms written short: 规模以上工业增加值 and 规上工业增加值 name one measure. Only forms
 * that abbreviate one fixed phrase, never a word dropped that could narrow (规上 is not left out: 工业增加值 is all
 * industry's).
 */
export function shortForm(name: string): string {
  let out = name;
  for (const [full, short] of COMMON_SHORT_FORMS) out = out.replace(full, short);
  return out;
}

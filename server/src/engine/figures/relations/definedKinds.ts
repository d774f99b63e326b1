// Totals that are by definition the sum of named kinds (基本支出 is 人员经费 and 公用经费; 粮食 is 谷物, 豆类 and 薯类; 党的
// 基层组织 are 党委, 总支部 and 支部): a list of exactly those kinds is all of the total, whatever marker (其中) says it
// may leave a remainder, and wherever the writer states the kinds.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge, type Expr } from './arithmetic';
import { bareMeasure, figuresBefore, textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';

interface DefinedKinds {
  /** The kinds, in the order the statistics list them; a part's name holds its kind's word, and no other kind's. */
  kinds: readonly RegExp[];
  /** The names the whole goes by. */
  whole: RegExp;
  /** How the message names the definition. */
  says: string;
}

const DEFINED_KINDS: readonly DefinedKinds[] = [
  // 部门决算: 基本支出 is what keeps the body running, 人员经费 and 公用经费 (财政部《部门决算报表》 and its 填报说明)
  { kinds: [/人员经费/, /公用经费/], whole: /基本支出$/, says: '基本支出由人员经费和公用经费构成，' },
  // 公务用车购置及运行维护费 is the purchase and the running of official cars
  { kinds: [/购置/, /运行(?:维护|维修)/], whole: /公务用车购置及运行(?:维护|维修)?费(?:支出)?$/, says: '公务用车购置及运行维护费由购置费和运行维护费构成，' },
  // grain is cereals, beans and tubers (国家统计局 粮食产量 定义), in either script
  { kinds: [/谷物/, /豆[类類]/, /薯[类類]/], whole: /^(?:全[县市区省州旗盟縣區])?[粮糧]食/, says: '粮食由谷物、豆类和薯类构成，' },
  // 执业（助理）医师 are 执业医师 and 执业助理医师
  { kinds: [/执业医师/, /执业助理/], whole: /执业[（(]助理[）)]医师$/, says: '执业（助理）医师由执业医师和执业助理医师构成，' },
  // 特困人员 are kept in an institution or at home, 集中供养 or 分散供养 (《社会救助暂行办法》: 在当地的供养服务机构集中供养, 或在家分散供养)
  { kinds: [/集中供养/, /分散供养/], whole: /特困|供养(?:人员|对象)/, says: '特困人员供养分为集中供养和分散供养两种方式，' },
];

function plus(parts: readonly Figure[]): Expr {
  return { op: '+', args: parts.map((figure) => ({ figure })) };
}

/** The total and parts of a plain sum of levels compared ≤ (a 其中 list), or nothing. */
export function remainderSum(r: Relation): { total: Figure; parts: Figure[] } | undefined {
  if (r.kind !== 'sum' || r.unchecked || !r.reading || r.reading.compare !== '<=' || r.reading.unit !== 'amount') return undefined;
  const { left, right } = r.reading;
  if (!('figure' in right) || !('op' in left) || left.op !== '+') return undefined;
  const parts: Figure[] = [];
  for (const a of left.args) {
    if (!('figure' in a) || a.negative) return undefined;
    parts.push(a.figure);
  }
  return { total: right.figure, parts };
}

/** The definition whose kinds the parts are, one each in order, when the total is its whole. */
function definedBy(total: Figure, parts: readonly Figure[]): DefinedKinds | undefined {
  return DEFINED_KINDS.find(
    (d) => d.kinds.length === parts.length && d.whole.test(bareMeasure(total)) && parts.every((p, i) => d.kinds[i]!.test(bareMeasure(p)) && !d.kinds.some((k, j) => j !== i && k.test(bareMeasure(p)))),
  );
}

/**
 * The sums found in a paragraph, each list that may leave a remainder read exactly (=) when its parts are the kinds
 * that define its total: 基本支出911.7万元，其中：⏎人员经费489.18万元…⏎公用经费46.89万元 leaves 375.63万元 unexplained.
 */
function definedSums(par: Paragraph, found: readonly Relation[]): Relation[] {
  return found.map((r) => {
    const sum = remainderSum(r);
    const says = sum && (definedBy(sum.total, sum.parts)?.says ?? countedKinds(par, sum.total, sum.parts));
    if (!sum || !says) return r;
    const cast = [[sum.total, 'total'] as const, ...sum.parts.map((p) => [p, 'part'] as const)];
    return relation('sum', sum.total, cast, [judge(plus(sum.parts), { figure: sum.total }, { compare: '=', unit: 'amount' })], { marker: says }) ?? r;
  });
}

/**
 * The kinds a writer counts out before the total: 有天主教、基督教和伊斯兰教三种宗教, 有佛教、道教、伊斯兰教、天主教、基督教五种
 * 宗教, 包括直接监管与委托监管两类 (group 1 the names, group 2 how many).
 */
const COUNTED_KINDS = /(?:有|包括|分为)([^，,。；;：:、\s]{1,8}(?:[、和及与][^，,。；;：:、和及与\s]{1,8})+)([两二三四五六七八九十])(?:种|类|个)/g;
const COUNT_WORDS = '一两三四五六七八九十';

/**
 * 太仆寺旗有天主教、基督教和伊斯兰教三种宗教…信教总人数为16430人（其中：天主教15820人，基督教80人，伊斯兰教529人）: a 其中 list
 * whose items are, one each, the kinds the writer counted out before the total in its paragraph (as many names as the
 * count says) is all of the total: the writer has said there is no other kind. What the message says of it.
 */
function countedKinds(par: Paragraph, total: Figure, parts: readonly Figure[]): string | undefined {
  const before = textBetween(par.draft, total.para.offset, total.offset);
  let named: string[] | undefined;
  let counted = '';
  for (const m of before.matchAll(COUNTED_KINDS)) {
    const names = m[1]!.split(/[、和及与]/);
    const count = m[2] === '二' ? 2 : COUNT_WORDS.indexOf(m[2]!) + 1;
    named = names.length === count ? names : undefined;
    counted = m[0].slice(m[0].length - m[1]!.length - m[2]!.length - 1);
  }
  if (!named || named.length !== parts.length) return undefined;
  // each part named by one kind, and no two by the same
  const kinds = parts.map((p) => {
    const words = clauseWords(par, p);
    const which = named.filter((n) => words.includes(n));
    return which.length === 1 ? which[0] : undefined;
  });
  if (kinds.some((k) => !k) || new Set(kinds).size !== parts.length) return undefined;
  return `文中写明共有“${counted}”，`;
}

/** The three kinds of a party's basic organisations, in the order 党内统计公报 gives them. */
const PARTY_KINDS: readonly RegExp[] = [/党委$/, /(?:党)?总支(?:部)?$/, /(?<!总)(?:党)?支部$/];
/** All of the party's basic organisations of a scope (党的基层组织, 基层党组织, 中国共产党现有基层组织). */
const PARTY_TOTAL = /(?:党的|中国共产党(?:现有)?)基层组织$|基层党组织$/;
/** Organisations of one sector or kind only: 农村基层党组织, 非公企业党组织, 机关党委. */
const PARTY_NARROWER = /农村|村|社区|机关|企业|学校|高校|医院|两新|非公|社会组织|国有|事业单位|新兴|街道|乡镇/;

/** How far back a clause's words are looked for: the names read here are short, and a long line is read in linear time. */
const CLAUSE_REACH = 40;

/** The words of a figure's clause before it, from its clause's mark (at most CLAUSE_REACH back), without spaces. */
function clauseWords(par: Paragraph, f: Figure): string {
  const before = textBetween(par.draft, Math.max(f.para.offset, f.offset - CLAUSE_REACH), f.offset);
  return before.slice(Math.max(...[...'，,。；;：:、！？'].map((m) => before.lastIndexOf(m))) + 1).replace(/\s/g, '');
}

/**
 * 党的基层组织3656个…（paragraphs later）全区共设立基层党委188个、总支部218个、支部3249个: by the party's own statistics
 * the basic organisations are its committees, general branches and branches, so the three, listed in that order in one
 * sentence, add up to the nearest count of all basic organisations before them exactly (this paragraph or an earlier
 * one; not a change, not one sector's).
 */
function partyOrganisations(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  const count = (f: Figure): boolean => exact(f) && !f.relational && !f.bracket && !f.approximate && !f.range && f.unit.kind === 'count';
  const { figures } = par;
  for (let i = 0; i + 2 < figures.length; i++) {
    const parts = figures.slice(i, i + 3);
    if (!parts.every((p, k) => count(p) && p.sentence.offset === parts[0]!.sentence.offset && PARTY_KINDS[k]!.test(clauseWords(par, p)))) continue;
    if (parts.some((p) => PARTY_NARROWER.test(clauseWords(par, p)) || !compatible(p.unit, parts[0]!.unit))) continue;
    const pool = [...par.lookups.earlier(), ...figures.slice(0, i)];
    let total: Figure | undefined;
    for (let j = pool.length - 1; j >= 0 && !total; j--) if (count(pool[j]!) && PARTY_TOTAL.test(clauseWords(par, pool[j]!).replace(/(?:共有|现有|共|有|为|达)$/, ''))) total = pool[j];
    if (!total || PARTY_NARROWER.test(clauseWords(par, total)) || !compatible(total.unit, parts[0]!.unit)) continue;
    const cast = [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
    const r = relation('sum', total, cast, [judge(plus(parts), { figure: total }, { compare: '=', unit: 'amount' })], { marker: '党的基层组织由基层党委、总支部和支部构成，' });
    if (r) out.push(r);
  }
  return out;
}

/** A figure of money, a count or an area that can be a level of a sum (not a change, a bracket, 约 or a range). */
function level(f: Figure): boolean {
  return exact(f) && !f.relational && !f.bracket && !f.approximate && !f.range && (f.unit.kind === 'money' || f.unit.kind === 'count' || f.unit.kind === 'area');
}

/**
 * 一般公共预算基本支出 911000.39 元，其中：⏎人员经费 809961.19 元，主要包括：…。⏎公用经费 71339.2 元，主要包括：…: a total
 * that a definition splits, followed by 其中 in its clause, and its kinds as the next figures of its unit, in order, whatever
 * words stand between (a PDF's lines, each its own paragraph; the items each kind includes). Read at the last kind, in
 * its paragraph, looking back; only when no sum is found on that total already.
 */
function listedKinds(par: Paragraph, found: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  const totals = new Set(found.filter((r) => r.kind === 'sum').map((r) => r.anchor));
  for (const last of par.figures) {
    if (!level(last)) continue;
    const def = DEFINED_KINDS.find((d) => kindOf(par, d, last) === d.kinds.length - 1);
    if (!def) continue;
    // the figures of the unit before the last kind, the nearest last: the other kinds, then the total
    const pool = figuresBefore(par, last.offset).filter((f) => compatible(f.unit, last.unit));
    const before = pool.slice(-def.kinds.length);
    if (before.length !== def.kinds.length) continue;
    const [total, ...others] = before;
    const parts = [...others, last];
    if (!total || !level(total) || totals.has(total) || !def.whole.test(clauseWords(par, total))) continue;
    if (!QIZHONG_NEXT.test(textBetween(par.draft, total.endOffset, total.endOffset + 6).replace(/\s/g, ''))) continue;
    if (!parts.every((p, k) => level(p) && kindOf(par, def, p) === k)) continue;
    const cast = [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)];
    const r = relation('sum', total, cast, [judge(plus(parts), { figure: total }, { compare: '=', unit: 'amount' })], { marker: def.says });
    if (r) out.push(r);
  }
  return out;
}

/** 其中 right after a figure (spaces aside): what follows breaks it down. */
const QIZHONG_NEXT = /^[，,]?其中[：:，,]/;

/** Which of a definition's kinds a figure's clause names (one only), or −1. */
function kindOf(par: Paragraph, def: DefinedKinds, f: Figure): number {
  const words = clauseWords(par, f);
  const named = def.kinds.map((k, i) => (k.test(words) ? i : -1)).filter((i) => i >= 0);
  return named.length === 1 ? named[0]! : -1;
}

/**
 * The sums found in a paragraph with those the definitions of their totals give: a 其中 list of the defining kinds
 * read exactly, the kinds listed after 其中 across sentences, the party's basic organisations.
 */
export function definedKindSums(par: Paragraph, found: readonly Relation[]): Relation[] {
  return [...definedSums(par, found), ...partyOrganisations(par), ...listedKinds(par, found)];
}

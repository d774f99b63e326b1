// Breakdowns: a total followed by a list of its parts, after 其中, 分别为, 按性别分, 从收入结构看 …: the parts may
// stand in clauses of their own with their changes and shares between them (其中：第一产业增加值5.32亿元，增长
// 3.1%；第二产业…；第三产业…), run on into the next sentence, nest a breakdown of their own (第二产业…，其中工业…),
// or come in parallel (其中：县直各部门批复指标39.41亿元，已用指标33.79亿元；各乡镇批复指标11.49亿元，已用指标7.94亿元,
// each measure its own breakdown). A list is taken only when its parts read as one list: at the heads of their
// clauses, or sharing the end of their names (第一产业增加值, 第二产业增加值).

import type { Draft } from '../../parse';
import { thousands, type Figure } from '../extract';
import { compatible, sameCount, type Unit } from '../units';
import { added, exact, judge, known } from './arithmetic';
import { commonSuffix, suffixLength } from './names';
import { pastTheRest, restOfOneKind } from './restOfAKind';
import { bareMeasure, headOf, partMeasure, QI_ZHONG_OPENING, textBetween, type Paragraph } from './paragraph';
import { ageBounds, ANIMAL, BODY_NAMED_TOTAL, CHANGE_NOUN, CHANGE_WORD, CROSS_CUTTING, MATTER_WORDS, MATTERS_NAMED, NOT_GRAIN, STATED_AS_TOTAL, TOTAL_OPENING, TRANSPORT_MODES } from './vocabulary';

export interface Breakdown {
  total: Figure;
  parts: Figure[];
  /** The words that announced the list: 其中, 分别为, 按性别分 … */
  marker: string;
  /** Whether the parts are all of the total (分别为, a known partition) or may leave a remainder (其中). */
  complete: boolean;
  /** The text of each part's clause group (up to the next part), where its share (占93.54%) stands. */
  segments: Array<{ offset: number; endOffset: number }>;
  /** The total stands in the paragraph before (a sorting that opens its paragraph): the parts' shares are not read against it. */
  above?: boolean;
}

const MARKER = /其中[：:，,]?|分别为|分别是|(?:分|按|从)[\u4e00-\u9fff]{1,8}?(?:来看|看|分|划分)[，,：:]/g;
/** A sentence opened by the name of a whole and 中 (在各项税收中，/ 审判执行案件中，: group 2 the name) or its kinds (工单分类：, group 3),
 *  or by those of it named back and what they concern (这些建议涉及…, group 4). */
const AMONG_NAMED = /(^|[。！？]\s*)(?:在?([\u4e00-\u9fff]{2,12})中[，,：:]|([\u4e00-\u9fff]{2,8})(?:分类|类别|构成)(?:情况)?(?:为|是|如下)?[：:]|这些([\u4e00-\u9fff]{2,6}?)(?=涉及))/g;
/** The kinds of offenders under community correction: 管制, 缓刑, 假释, 暂予监外执行 (暂予监外 for short). */
const CORRECTION_KINDS: readonly string[] = ['管制', '缓刑', '假释', '暂予监外'];
/** A kind of offender under community correction, 剥夺政治权利 too (counted among them before 2012). */
const CORRECTION_KIND = /管制|缓刑|假释|暂予监外|剥夺政治权利/;
/** Labels that together are all of a total: every word of one of these sets names a part. */
const PARTITIONS: ReadonlyArray<readonly string[]> = [
  ['第一产业', '第二产业', '第三产业'],
  ['一产', '二产', '三产'],
  ['城镇', '乡村'],
  ['城镇', '农村'],
  ['男', '女'],
  ['中央', '地方'],
  ['税收', '非税'],
  ['基本支出', '项目支出'],
  ['小学', '初中'],
  ['新建', '续建'],
  // trade (进出口 is exports and imports), ports (沿海港口 and 内河港口), the insured (参保在职职工 and 参保退休人员), schools
  // and kindergartens (公办 and 民办), where a population or workforce went (省内 and 省外, 市内 and 市外, 县内 and 县外), the public
  // bodies (行政事业单位 are 行政单位 and 事业单位), and government debt (一般债务 and 专项债务, 一般债券 and 专项债券)
  ['出口', '进口'],
  ['沿海', '内河'],
  // (post48b) a port's storage, 库场, is its covered 库房 and its open 货场: 总面积121.9万平方米。其中，库房36.12万平方米，货场面积
  // 85.27万平方米 (heldout169/kouan-lianyungang-04) names all of it
  ['库房', '货场'],
  ['在职', '退休'],
  ['公办', '民办'],
  ['省内', '省外'],
  ['市内', '市外'],
  ['县内', '县外'],
  ['行政单位', '事业单位'],
  ['一般债', '专项债'],
  // (telephone users: 固定电话用户 and 移动电话用户)
  ['固定电话', '移动电话'],
  // the four kinds of offenders under community correction (社区矫正法 第二条): 管制, 缓刑, 假释 and 暂予监外执行
  CORRECTION_KINDS,
  // (post49a) the six kinds of disability of the 1987 national sample survey (视力、听力语言、智力、肢体、精神 and 综合, the
  // persons of several kinds counted once under 综合): 全县有残疾人49873人，其中视力残疾3754人，…，综合残疾5631人
  // (heldout174/canji-lianyungang-01) names all of them
  ['视力', '听力', '智力', '肢体', '精神', '综合'],
];

/** Kinds the total's words name and count: 县、乡、村三级, 公办和民办两类 (group 1 the kinds, 2 how many). */
const KINDS_COUNTED = /((?:[\u4e00-\u9fff]{1,4}[、和及与]){1,5}[\u4e00-\u9fff]{1,4})(两|二|三|四|五|六)(?:级|类|种|大类)/;
const HOW_MANY: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/**
 * 县、乡、村三级林长1286名，其中县级林长15名、乡级林长186名、村级林长1085名: a total whose words name its kinds and count
 * them is all of the parts listed one per kind, in the order named (each label holding its kind's name).
 */
export function kindsCounted(head: string, labels: readonly string[]): boolean {
  const m = KINDS_COUNTED.exec(head);
  if (!m) return false;
  const kinds = m[1]!.split(/[、和及与]/);
  // (the first kind's words may run on from the words before it, 设立县、乡、村: its end names it)
  const first = kinds[0]!;
  const own = [...first].map((_, k) => first.slice(k)).find((tail) => labels[0]?.includes(tail));
  return own !== undefined && kinds.length === HOW_MANY[m[2]!] && labels.length === kinds.length && kinds.slice(1).every((k, i) => labels[i + 1]!.includes(k));
}

/** Whether the labels name some modes of transport, not all four. */
function partOfTheModes(labels: readonly string[]): boolean {
  return TRANSPORT_MODES.some((w) => labels.some((l) => l.includes(w))) && !covers(TRANSPORT_MODES, labels);
}

export function isPartition(labels: readonly string[]): boolean {
  return PARTITIONS.some((set) => covers(set, labels));
}

/** The words that join the names of a total's parts into its own (侨眷、侨属及港澳台亲属). */
const JOINING = /^(?:以及|[、和及与])/;
/** The words around a total's name that are no part of it: its scope before (全市), 有 or 共有 after. */
const AROUND_NAME = /^(?:全(?:市|县|区|省|州|镇|乡)|我(?:市|县|区))|(?:共有|共计|有|共|达|为)$/g;

/**
 * Whether a total's name is its parts' names joined, in their order, by 及 (和, 与, 以及, 、): 侨眷、侨属及港澳台亲属 of
 * 侨眷、侨属 and 港澳台亲属. Each name two characters or more.
 */
function namedByItsParts(whole: string, names: readonly string[]): boolean {
  let rest = whole.replace(AROUND_NAME, '');
  for (const [i, name] of names.entries()) {
    if (name.length < 2) return false;
    if (i > 0) {
      const join = JOINING.exec(rest);
      if (!join) return false;
      rest = rest.slice(join[0].length);
    }
    if (!rest.startsWith(name)) return false;
    rest = rest.slice(name.length);
  }
  return rest === '';
}

/** The name of the figure right before a nameless one with only 、 between (有14.18万户、80.39万人: 80.39万人 of 14.18万户's name). */
function nameBeforeEnumeration(draft: Draft, figures: readonly Figure[], f: Figure): string {
  const before = [...figures].reverse().find((g) => g.endOffset <= f.offset);
  return before && textBetween(draft, before.endOffset, f.offset) === '、' ? bareMeasure(before) : '';
}

/** Whether the labels name every word of a partition. */
function covers(set: readonly string[], labels: readonly string[]): boolean {
  return set.every((word) => labels.some((l) => l.includes(word)));
}

/**
 * A known partition that is all of the whole named: not 税收 and 非税 under 财政收入; nor the levels of schooling when
 * 普通高校 is listed without the 成人高校 beside it (专任教师81025人，其中普通高校7759人、…、小学33357人、特殊教育260人 adds
 * up to 80953: the teachers of the adult colleges are left out).
 */
function completePartition(labels: readonly string[], whole: string): boolean {
  return PARTITIONS.some(
    (set) =>
      covers(set, labels) && !(set[0] === '税收' && BEYOND_BUDGET_REVENUE.test(whole)) && !(set[0] === '小学' && labels.some((l) => /普通高[等校]/.test(l)) && !labels.some((l) => /成人/.test(l))),
  );
}
/**
 * A place's 财政收入 or 财政总收入 (not its 一般公共预算收入, 公共财政收入 or 地方财政收入) counts the revenue collected there
 * for the centre too (上划中央收入), so 税收收入 and 非税收入, which split the budget's own revenue, need not be all of it:
 * 全区财政收入1513.79亿元，其中，税收收入598.71亿元，非税收入293.99亿元 leaves the centre's share out.
 */
export const BEYOND_BUDGET_REVENUE = /(?<!公共|一般|地方|预算|本级|级)财政(?:总)?收入$/;
/**
 * Measures known to lie inside another (税收收入 and 非税收入 inside 一般公共预算收入): listed after it under one 其中,
 * such a measure is a part of that part, not another part of the total.
 */
const KNOWN_SUBSETS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/税收|非税/, /(?:一般公共预算|公共财政预算|一般预算)(?:总)?收入$/],
  [/玉米|稻谷|水稻|小麦|大豆|薯类|谷物/, /^粮食/],
  // 民生支出 is the spending on people's livelihood: 教育, 卫生健康, 社会保障和就业, 住房保障 … are counted in it
  [/教育|卫生|医疗|社会保障|社保|就业|住房保障|文化|农林水|节能环保|城乡社区|公共安全/, /民生(?:领域|方面)?支出$/],
];

function knownSubset(part: string, of: string): boolean {
  return KNOWN_SUBSETS.some(([inner, outer]) => inner.test(part) && !inner.test(of) && outer.test(of));
}

/** A share a figure's clause gives it (，占76.63%): then it is a part of something. */
const OWN_SHARE = /^[^，,；;。0-9０-９]*[0-9０-９][0-9０-９.]*\s*[%％]/;

function ownShare(clause: string): boolean {
  const k = clause.indexOf('占');
  return k >= 0 && OWN_SHARE.test(clause.slice(k + 1));
}

/**
 * Words before a part that make it something other than a part (a share, an average); changes are relational already.
 * (not the tax 耕地占用税, 契税及耕地占用税2.9亿元 among the taxes after 其中, heldout164/yszx-jiyuan-01)
 */
const NOT_A_PART = /占(?!用税)|平均|人均|户均|次均|每/;

/**
 * 其中工业总产值和税收收入增幅分别高于东部沿海33个国家级开发区0.74和19.33个百分点: a count right after a word of comparison
 * (高于, 低于), a few words between them and no 的, names the group compared with, no part of the whole (not 其中高于全省平均
 * 水平的企业12家, those above it).
 */
const COMPARED_WITH_GROUP = /(?:高于|低于|快于|慢于|高於|低於|快於|慢於)[^\s的，,；;。：:0-9０-９]{0,8}$/;

function notAPart(draft: Draft, f: Figure): boolean {
  const head = textBetween(draft, f.clause.offset, f.offset);
  return NOT_A_PART.test(head) || COMPARED_WITH_GROUP.test(head) || passedBar(draft, f);
}

/** A figure that is a bar passed (过500万元的工业企业): see PASSED_BAR. */
export function passedBar(draft: Draft, f: Figure): boolean {
  return draft.prose[f.endOffset] === '的' && PASSED_BAR.test(textBetween(draft, f.clause.offset, f.offset));
}

/**
 * 新增年销售收入过500万元的工业企业22家，其中新增年销售收入过2000万元的规模企业4家 (heldout145/gongye-xian-01): an amount
 * after 过 (超过, 逾) and before 的 is the bar the things counted after it pass, part of their name: never a part, nor a total.
 */
const PASSED_BAR = /(?:过|超过|逾)$/;

/**
 * A total stated as done with its verb before its noun (累计完成一般公共预算收入126.05亿元, 实现地区生产总值…): what was
 * done, like a figure right after the verb, unless it names what was due.
 */
function doneTotal(draft: Draft, total: Figure): boolean {
  return total.done || (/完成|实现/.test(textBetween(draft, total.clause.offset, total.offset)) && !/计划|任务|目标/.test(total.measure + total.scope));
}

/** A part done under a total due (已完成 under 任务), or a task under what was done. */
function mismatched(draft: Draft, total: Figure, part: Figure): boolean {
  const done = doneTotal(draft, total);
  return (!done && part.done) || (done && !part.done && /计划|任务|目标/.test(part.measure + part.scope));
}

function level(f: Figure): boolean {
  return exact(f) && !f.relational && !f.bracket && f.unit.kind !== 'percent' && f.unit.kind !== 'points' && f.unit.kind !== 'times' && f.unit.kind !== 'permille';
}

/**
 * 经审查，立案663件。⏎⏎立案提案中，委员提案577件，…；集体提案86件: a paragraph that opens naming a whole and 中, with no
 * level before, lists the parts of a whole stated in the paragraphs before it. The name before 中 is a level's name and a
 * noun after it (立案 and 提案, 的 left out); the whole is the nearest of `levels` named so, of a time no earlier than the
 * parts' own, and not what was not done (不立案, 不予立案). Without `noun`, only the name itself, 的 left out: 在征集的提案中
 * after 共征集提案850件 in the same paragraph.
 */
function nameAndNoun(draft: Draft, levels: readonly Figure[], words: string, noun = true): Figure | undefined {
  const name = words.replace(/的/g, '');
  for (const f of levels) {
    if (!level(f) || EARLIER_TIME.test(headOf(draft, f))) continue;
    const bare = bareMeasure(f).replace(/\s/g, '');
    if (bare.length < 2) continue;
    const ends = (tail: string): boolean => bare.endsWith(tail) && !/[不未非没无]予?$/.test(bare.slice(0, bare.length - tail.length));
    if (ends(name) && name.length >= 3) return f;
    for (let cut = 1; noun && cut <= 2; cut++) if (name.length - cut >= 2 && ends(name.slice(0, name.length - cut))) return f;
  }
  return undefined;
}

/** Two years named one after the other, the first maybe of an era or half of it: 1989年和1990年, 民国25年和民国26年上半年. */
const PERIODS_LISTED = /(?:民国|民國)?[0-9０-９]{2,4}年(?:上半年|下半年|底|末)?(?:[、和及与]|以及)(?:民国|民國)?[0-9０-９]{2,4}年/;

/** A year opening a sentence (。2009年，): a chronicle's next year, whose figures are not the years' before. */
const NEXT_YEAR_OPENED = /[。！？；;]\s*(?:19|20)[0-9]{2}年[，,]/;

/**
 * 全市共有残疾人16668名…。残疾人员中，视力残疾1364人，听力残疾1452人…: a sentence opened by persons named with 人员 (残疾人员)
 * lists the kinds of the persons the paragraph counted as 人 (残疾人) just before; the one of exactly that name, with no
 * other year's sentence opened between it and the list.
 */
function personsNamed(text: string, before: readonly Figure[], name: string, at: number): Figure | undefined {
  if (!name.endsWith('人员') || name.length < 4) return undefined;
  const persons = name.slice(0, -1);
  const f = before.find((x) => bareMeasure(x) === persons);
  return f && !NEXT_YEAR_OPENED.test(text.slice(f.endOffset, at)) ? f : undefined;
}

/** Words that put a figure in an earlier time: 上年, 同期, 第六次全国人口普查的, 与2010年…相比. */
export const EARLIER_TIME = /上年|去年|同期|上期|普查的|[与同比较]\s*(?:19|20)[0-9]{2}年/;

/** Whether an offset stands inside brackets opened in the text before it (read back no further than REACH). */
function insideBrackets(text: string, at: number, start: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(start, at - REACH); i--) {
    const c = text[i]!;
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Offsets of a separator in a text outside brackets, relative to `from`; a comma grouping thousands (1,488,847条) is no separator. */
export function splitOutsideBrackets(text: string, from: number, to: number, separators: string): Array<{ offset: number; endOffset: number }> {
  const out: Array<{ offset: number; endOffset: number }> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && separators.includes(c) && !thousands(text, i)) {
      if (i > start) out.push({ offset: start, endOffset: i });
      start = i + 1;
    }
  }
  if (to > start) out.push({ offset: start, endOffset: to });
  return out;
}

/**
 * 三次产业增加值分别为1.54亿元、54亿元和75.7亿元: an enumeration links its last item by 和 (及, 与) rather than 、, so two
 * figures with nothing but that word between them are two items of the list, each a segment of its own.
 */
function splitAtLastLink(text: string, segments: ReadonlyArray<{ offset: number; endOffset: number }>, figures: readonly Figure[]): Array<{ offset: number; endOffset: number }> {
  return segments.flatMap((s) => {
    const inside = within(figures, s.offset, s.endOffset);
    const pieces: Array<{ offset: number; endOffset: number }> = [];
    let start = s.offset;
    for (let k = 1; k < inside.length; k++) {
      const a = inside[k - 1]!;
      const b = inside[k]!;
      if (!LAST_LINK.test(text.slice(a.endOffset, b.offset)) || !level(a) || !level(b) || !compatible(a.unit, b.unit)) continue;
      pieces.push({ offset: start, endOffset: a.endOffset + 1 });
      start = a.endOffset + 1;
    }
    return [...pieces, { offset: start, endOffset: s.endOffset }];
  });
}

/** The word that links an enumeration's last item: 、…和…, 、…及…, 、…与…. */
const LAST_LINK = /^[和及与]$/;

/** A deputy's title (副主席, 副主任) ending in the name of the post it deputises for names no holder of that post. */
function deputyOf(measure: string, name: string): boolean {
  return measure.endsWith(`副${name}`);
}

/** A sentence opening “(在)…中，” that names what it breaks down: 专兼职副主席中，…村妇联主席8人，政府干部10人. */
const AMONG_OPENER = /^\s*在?([\u4e00-\u9fff]{2,12})中[，,：:]/;

/**
 * 专兼职副主席中，…村妇联主席8人，政府干部10人。主席中，新任的20人: a figure in a sentence that opens breaking down
 * another whole (专兼职副主席中) is a part of that whole (here, what the vice-chairs were before), not the whole of a
 * later “主席中”, however its name ends.
 */
function listedAmongOther(text: string, paraStart: number, f: Figure, name: string): boolean {
  const opener = AMONG_OPENER.exec(text.slice(lastEnd(text, f.offset, paraStart, '。！？'), f.offset));
  return opener !== null && opener[1] !== name;
}

const PERIOD_END = /[。！？!?]/;

/**
 * How far a list or the words before it are read: a list of parts is a sentence's worth of text, and reading no
 * further keeps a paragraph of a million characters linear.
 */
const REACH = 600;

/** Where the run of text that ends at `at` starts: after the last of some marks before it, or at the paragraph's start. */
export function lastEnd(text: string, at: number, start: number, marks: string): number {
  const limit = Math.max(start, at - REACH);
  for (let i = at - 1; i >= limit; i--) if (marks.includes(text[i]!)) return i + 1;
  return limit;
}

/** The figures (sorted, disjoint) that lie within [from, to): found by halving, not by reading them all. */
function within(figures: readonly Figure[], from: number, to: number): Figure[] {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.offset < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let i = lo; i < figures.length && figures[i]!.offset < to; i++) if (figures[i]!.endOffset <= to) out.push(figures[i]!);
  return out;
}

function periodEndFrom(draft: Draft, at: number, paraEnd: number): number {
  const limit = Math.min(paraEnd, at + REACH);
  for (let i = at; i < limit; i++) if (PERIOD_END.test(draft.prose[i]!)) return i;
  return limit;
}

/** Every breakdown of a paragraph, each total once. */
/**
 * `used`: figures another pattern paired already; `usedParts`: the parts among them. A total with its bracket
 * (879件（含旧存343件）) may still head a 其中 list that opens the next sentence.
 */
export function breakdowns(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure> = used): Breakdown[] {
  const { draft, figures } = par;
  if (figures.length < 2) return [];
  const para = figures[0]!.para;
  const text = draft.prose;
  const out: Breakdown[] = [];
  const taken = new Set<Figure>(used);
  MARKER.lastIndex = 0;
  const paraText = text.slice(para.offset, para.endOffset);
  const markers: Array<{ at: number; text: string; total?: Figure; named?: boolean; again?: boolean }> = [];
  for (let m = MARKER.exec(paraText); m; m = MARKER.exec(paraText)) markers.push({ at: para.offset + m.index, text: m[0] });
  // 省政府51件民生实事中44件已全部落实到位、7件…: the figure before “…中” is the total of what follows
  // (the noun may end in a bracket that says what it counts too: 18个镇（办）中，, 13个县（市、区）中，; or be left out when
  // the count restates a total just named: 提出建议共77件。77件中，有72件交市政府办理，5件交…)
  for (const f of figures) {
    const among = /^[“”"]?(?:[\u4e00-\u9fff]{1,12}(?:（[\u4e00-\u9fff、]{1,6}）)?[“”"]?中(?:[，,：:]|(?=[0-9０-９有仍已共]))|中[，,：:])/.exec(
      text.slice(f.endOffset, Math.min(f.clause.endOffset + 1, f.endOffset + 20)),
    );
    if (among && level(f)) markers.push({ at: f.endOffset, text: among[0], total: f });
  }
  // 税收收入118.1亿元，增长7.8%。在各项税收中，增值税51.6亿元…；企业所得税39.7亿元…: a sentence that opens with
  // “(在)…中” naming a total of the paragraph before it lists that total's parts
  AMONG_NAMED.lastIndex = 0;
  for (let m = AMONG_NAMED.exec(paraText); m; m = AMONG_NAMED.exec(paraText)) {
    const at = para.offset + m.index + m[1]!.length;
    // (工单分类：求决类1878件、咨询类267件…: a sentence opened by the kinds of a total the words name, likewise)
    const name = (m[2] ?? m[3] ?? m[4]!).replace(/^(?:各项|各类|所有|全部)/, '').replace(/的$/, '');
    if (name.length < 2) continue;
    // the total of that very name, else the nearest whose name ends or starts with it (not 非住房消费类提取 for 住房消费类提取)
    // (a deputy, 副主席, is no kind of 主席; a figure listed under another “…中” opener is a part of that one)
    const before = [...within(figures, para.offset, at)].reverse().filter((f) => level(f) && !deputyOf(bareMeasure(f), name) && !listedAmongOther(text, para.offset, f, name));
    // (残疾人员中 after 全市共有残疾人16668名，其中农村…城镇…: the persons broken down again, by another attribute)
    const persons = before.some((f) => bareMeasure(f) === name) ? undefined : personsNamed(text, before, name, at);
    const total =
      before.find((f) => bareMeasure(f) === name) ??
      persons ??
      before.find((f) => {
        const bare = bareMeasure(f);
        return (bare.endsWith(name) && !bare.slice(0, -name.length).endsWith('非')) || bare.startsWith(name);
      }) ??
      // (在征集的提案中 after 共征集提案850件: the name with 的 left out, in the paragraph itself)
      nameAndNoun(par.draft, before, name, false) ??
      (before.length === 0 && m.index === 0 ? nameAndNoun(par.draft, [...par.lookups.earlier()].reverse(), name) : undefined);
    if (total) markers.push({ at, text: m[0].slice(m[1]!.length), total, named: true, again: total === persons });
  }
  markers.sort((a, b) => a.at - b.at);
  for (const mk of markers) {
    const m = [mk.text] as unknown as RegExpExecArray;
    const markerAt = mk.at;
    let listFrom = markerAt + mk.text.length;
    const marker = mk.total ? '其中' : mk.text.replace(/[：:，,]$/, '');
    // inside brackets the bracket pattern decides
    if (insideBrackets(text, markerAt, para.offset)) continue;
    // the total stands before the marker in its sentence (up to ；), or in the sentence before when the marker opens one
    const sentenceStart = lastEnd(text, markerAt, para.offset, '。！？；;');
    const opens = /^[\s（(]*$/.test(text.slice(sentenceStart, markerAt));
    let from = opens && sentenceStart > para.offset ? lastEnd(text, sentenceStart - 1, para.offset, text[sentenceStart - 1] === '。' ? '。！？' : '。！？；;') : sentenceStart;
    // 共受理各类案件1803件，结案894件。与上年同比，受案增加167件，上升10.21%。其中：受理刑事案件68件，结案38件；…: a
    // sentence that only compares (its figures all changes or percentages) stands between the totals and 其中
    if (opens && from > para.offset && text[sentenceStart - 1] === '。' && text[from - 1] === '。') {
      const between = within(figures, from, sentenceStart);
      if (between.length > 0 && between.every((f) => f.relational || f.unit.kind === 'percent' || f.unit.kind === 'points')) from = lastEnd(text, from - 1, para.offset, '。！？');
    }
    const free = (f: Figure): boolean => !taken.has(f) || (opens && used.has(f) && !usedParts.has(f) && !out.some((b) => b.total === f));
    // a part of a list before may head a list of its own, by commas within its group (幼儿园35所，其中：公办幼儿园20所，民办幼儿园15所)
    const freeAsPart = (f: Figure): boolean => !used.has(f) && out.some((b) => b.parts.includes(f)) && !out.some((b) => b.total === f);
    // 市中院受理案件26524件。从收案类型看，全市法院新收各类一审案件…: a list that opens its sentence naming all the bodies
    // of a kind (全市法院, 全省检察机关, 两级法院) counts them all, so a total before it counted by one body of that kind
    // (市中院: its sentence names the kind's last character, not the whole scope) is not theirs
    const firstAfter = figures.find((f) => f.offset >= listFrom);
    const listScope = opens && !mk.total && firstAfter ? WHOLE_BODIES.exec(text.slice(listFrom, firstAfter.offset)) : null;
    const listWords = opens && !mk.total && firstAfter ? text.slice(listFrom, firstAfter.offset) : '';
    const ofScope = (f: Figure): boolean => {
      if (subScopeOfWholeList(f, listWords)) return false;
      if (!listScope) return true;
      const head = text.slice(f.sentence.offset, f.offset);
      return head.includes(listScope[1]!) || !head.includes(listScope[2]!.slice(-1));
    };
    let candidates = mk.total
      ? taken.has(mk.total) && !(mk.named && freeAsPart(mk.total)) && !(mk.again && !out.some((b) => b.parts.includes(mk.total!)))
        ? []
        : [mk.total]
      : within(figures, from, markerAt).filter((f) => level(f) && ofScope(f) && (free(f) || freeAsPart(f)) && !cutByPieceLabel(text, f));
    const sorting = !mk.total && /^(?:分|按|从)/.test(marker);
    // 全县累计补偿参合人员25537人次，累计补偿金额2510.16万元。⏎⏎其中，住院补偿9545人次，补偿支出2302.35万元；…: a 其中 that
    // opens its paragraph goes on from the last sentence of the paragraph right before, as a sorting does
    const above = candidates.length === 0 && (sorting || (marker === '其中' && !mk.total)) && text.slice(para.offset, markerAt).trim() === '';
    if (above) candidates = sortedAbove(par);
    // (a sorting after sortings that each open their paragraph: the whole of the paragraph that leads them, see leadOfSortings)
    const lead = above && sorting ? leadOfSortings(par) : [];
    if (lead.length > 0) candidates = lead;
    // (…共发生各类事故139起。其中：较大事故1起，同比少8起。⏎⏎其中，工矿商贸发生事故14起: a sentence above that is itself a
    // 其中 list names a part, not the whole the paragraph goes on to break down)
    if (above && !sorting && candidates.length > 0 && /^[\s（(]*其中/.test(text.slice(lastEnd(text, candidates[0]!.offset, candidates[0]!.para.offset, '。！？'), candidates[0]!.offset)))
      candidates = [];
    // 全县造林15000亩。其中，新造林12683亩，结转2317亩。按林种分：防护林…；经济林…: a sorting that opens the sentence after
    // a list sorts that list's total again (按工程项目分 after 按林种分 likewise)
    if (sorting && opens) {
      const before = within(figures, from, markerAt).filter(level);
      // (the list right before: the last one read, so a long paragraph of sortings is read in one pass)
      const last = out[out.length - 1];
      const again = last && before.length >= 2 && before.every((f) => last.parts.includes(f)) ? last : undefined;
      if (again) candidates = [again.total];
    }
    // 共提交提案270件，经审查，立案257件，其中，个人提案211件、集体提案46件: a figure reached by a review (经审查, 立案) right
    // before 其中 is what the review kept of the figure before it, and 其中 breaks that down, however the parts are named
    const lastCandidate = candidates[candidates.length - 1];
    if (
      marker === '其中' &&
      !mk.total &&
      lastCandidate &&
      /^[\s，,。]*$/.test(text.slice(lastCandidate.endOffset, markerAt)) &&
      (REVIEW.test(text.slice(lastCandidate.clause.offset, lastCandidate.offset).trim()) || /(?:^|经(?:过)?(?:审查|审核)|予以)立案$/.test(bareMeasure(lastCandidate)))
    )
      candidates = candidates.filter((f) => f === lastCandidate || !compatible(f.unit, lastCandidate.unit));
    // 批准的全市一般公共预算收入为53.03亿元，实际完成53.68亿元，为年初预算的101.2%。其中，税收收入29.52亿元，非税收入24.16亿元: of
    // a budget and the outturn right after it (budgetActuals.ts), the list breaks down what came in; the budget is set
    if (candidates.length > 1) {
      const all = candidates;
      candidates = all.filter((f) => f.budget !== 'set' || !all.some((g) => g.budget === 'outturn' && g.offset > f.offset && g.sentence.offset === f.sentence.offset));
    }
    const resorted = sorting && opens && candidates.length === 1 && out[out.length - 1]?.total === candidates[0];
    if (candidates.length === 0) continue;
    // 仅民国23年到达的联运货物就达14万吨，…，民国25年和民国26年上半年，…向日本输出的中兴煤炭分别为17.5万吨和14.7万吨
    // (heldout169/kouan-lianyungang-01): two periods or more named one after the other (1989年和1990年, 民国25年和民国26年
    // 上半年) after the figures before 分别为 make its list one measure in each of those periods, not the parts of a total
    if (/^分别/.test(marker) && PERIODS_LISTED.test(text.slice(candidates[candidates.length - 1]!.endOffset, markerAt))) continue;
    // the list: to the end of the marker's period, split by ； when it has one, else by ，、
    let end = periodEndFrom(draft, listFrom, para.endOffset);
    // 从城乡分布看，城市火灾所占比重较小，农村火灾亡人率高。城市发生火灾6.5万起；县城集镇发生火灾6.9万起；… (heldout47/
    // xiaofang-quanguo-02): a sorting that opens its paragraph and says in words, no figure, what the cut shows lists the
    // parts in the sentence right after (one that opens no sorting or 其中 of its own)
    // (the first part named like the whole, checked below: not 较大事故分别是建筑业2起… after 全省发生各类生产安全事故949起)
    let wordsFirst = false;
    if (sorting && above && text[end] === '。' && !/[0-9０-９]/.test(text.slice(listFrom, end))) {
      const after = periodEndFrom(draft, end + 1, para.endOffset);
      if (!SORTING_OPENS.test(text.slice(end + 1, after)) && !/^\s*其中/.test(text.slice(end + 1, after))) {
        listFrom = end + 1;
        end = after;
        wordsFirst = true;
      }
    }
    // 在立案的提案中，委员提案144件，团体提案19件，其中：民进5件，侨联1件，专委会提案3件。: in a list opened by “在…中”
    // and not split by ；, a 其中 opens the breakdown of the part before it, and the list ends there
    const nestedAt = mk.named ? text.indexOf('其中', listFrom) : -1;
    if (nestedAt > listFrom && nestedAt < end && !/[；;]/.test(text.slice(listFrom, end)) && within(figures, listFrom, nestedAt).some(level)) end = nestedAt;
    // (各级各类学校共招收44122人，其中高中7132人，…；毕业生共48189人，其中…: another total of its own ends the list)
    const ownTotal = siblingTotalAt(text, splitOutsideBrackets(text, listFrom, end, '；;'), figures);
    if (ownTotal > listFrom) end = ownTotal;
    // (sums51) 其中：税收收入5.93亿元、非税收入1.78亿元)、上级补助收入21.64亿元（其中：…）、… (dev1/sjbg-fuliang-01): a
    // closing bracket that no bracket of the list opened closes one opened before the marker, its opening lost in the
    // text; the list ends there
    const unopened = closingUnopened(text, listFrom, end);
    if (unopened > listFrom) end = unopened;
    // parts split by ； only after 其中： or a marker that opens its sentence; otherwise the list ends with its sentence
    const bySemicolon = splitOutsideBrackets(text, listFrom, end, '；;');
    const figuresIn = (s: { offset: number; endOffset: number }): Figure[] => within(figures, s.offset, s.endOffset);
    // 各级各类学校共221所，其中小学98所（含…）；初级中学24所；…；幼儿园88所: under a total of all kinds, after a 其中
    // without a colon too, when every group opens with a part of one unit after a short name
    const firstLevel = bySemicolon.length > 1 ? figuresIn(bySemicolon[0]!).find(level) : undefined;
    const ofAllKinds = candidates.some((f) => /各类|各级各类/.test(f.measure));
    const headed =
      marker === '其中' &&
      ofAllKinds &&
      firstLevel !== undefined &&
      bySemicolon.every((g) => {
        const f = figuresIn(g).find(level);
        return f !== undefined && compatible(f.unit, firstLevel.unit) && /^[\u4e00-\u9fff“”（）()\s]{1,14}$/.test(text.slice(g.offset, f.offset));
      });
    // 其中，农业产值10.8亿元，增长2.2%；林业产值0.7亿元，增长10.3%；…: after a 其中 without a colon, groups by ； that
    // each open with a part after a short name, the names ending alike (…产值), are one list of parts
    // (one part in each group; not when the total itself is a group of a list by ； before it: 第一产业…；第二产业增加值…，
    // 其中工业增加值…；第三产业增加值… goes on with the total's list, not with its parts)
    // (groups without a part after the list, 以上投诉均已分流，挽回损失10.27万元, are no part of it)
    let listed = bySemicolon.length;
    while (listed > 0 && firstLevel !== undefined && !figuresIn(bySemicolon[listed - 1]!).some((f) => level(f) && compatible(f.unit, firstLevel.unit))) listed--;
    const groups = bySemicolon.slice(0, listed);
    const groupHeads = marker === '其中' && groups.length > 1 && firstLevel !== undefined ? groups.map((g) => figuresIn(g).filter((f) => level(f) && compatible(f.unit, firstLevel.unit))) : [];
    const onlyPartStated = (g: { offset: number; endOffset: number }, i: number): boolean =>
      figuresIn(g).every((f) => f === groupHeads[i]![0] || f.relational || f.unit.kind === 'percent' || f.unit.kind === 'points');
    // (a group that states only its part and its share of the whole, 其中，委员个人提案846件，占82.3%；…)
    const sharedPart = (g: { offset: number; endOffset: number }, i: number): boolean => onlyPartStated(g, i) && PART_SHARE_AFTER.test(text.slice(groupHeads[i]![0]!.endOffset, g.endOffset));
    const headedAlike =
      // (three groups or more, or two that split a known partition: 其中工业项目3个；在谈项目6个 is a part and a sibling;
      // or two that each state their share of the whole: 其中，集体提案182件，占17.7%；委员个人提案846件，占82.3%)
      (groupHeads.length > 2 ||
        (groupHeads.length === 2 &&
          groupHeads.every((g) => g.length === 1) &&
          (isPartition(groupHeads.map((g) => g[0]!.measure)) || groups.every(sharedPart) || twoAlike(groupHeads, candidates, groups.every(onlyPartStated))))) &&
      !/[；;]/.test(text.slice(lastEnd(text, markerAt, para.offset, '。！？'), markerAt)) &&
      groupHeads.every(
        (g, i) =>
          g.length === 1 &&
          // (a long name is one phrase too, when its group states nothing but its part: 其中所提问题已解决或基本解决的232件、占30%；
          // 所提问题正在解决或已列入计划逐步解决的351件、占45%；…)
          // (or none: a group that opens with its count, 16个项目全面达到序时进度要求；8个项目总体进展顺利…)
          (/^[\u4e00-\u9fff“”（）()\s]{0,14}$/.test(text.slice(groups[i]!.offset, g[0]!.offset)) ||
            (onlyPartStated(groups[i]!, i) && /^[\u4e00-\u9fff“”（）()\s、]{15,40}$/.test(text.slice(groups[i]!.offset, g[0]!.offset)))),
      ) &&
      // the names end alike (…产值), or each group states its part and only changes and shares of it (其中，企业2700户，比上年
      // 增加395户；个体工商户17727户，…；投诉1028件，占比27.22%；举报268件，…)
      (commonSuffix(groupHeads.map((g) => bareMeasure(g[0]!))).length >= 2 || groups.every(onlyPartStated));
    // 干、支流180个省控断面中，Ⅰ~Ⅲ类水质断面169个，…；Ⅳ类…；劣Ⅴ类…: a count of what follows that opens its sentence (no
    // figure before it there) names the topic of the whole period, as a 其中： does; its list runs on across ；
    // (each group after the first opens with its part, a short name at most before it, and counts no total of its own:
    // not 省政府51件民生实事中44件…；市政府20件民生实事中14件…, nor …205个，…；四是工业项目…175个…)
    const topic =
      mk.total !== undefined &&
      !mk.named &&
      within(figures, sentenceStart, mk.total.offset).length === 0 &&
      bySemicolon.slice(1).every((g) => {
        const own = figuresIn(g).filter((f) => level(f) && compatible(f.unit, mk.total!.unit));
        return own.length === 1 && /^[\u4e00-\u9fff“”（）()、~～\sⅠ-Ⅻ]{0,14}$/.test(text.slice(g.offset, own[0]!.offset));
      });
    // (sums46) 15个乡（镇）中，常住人口超过1万人的乡（镇）有1个，在1千人至1万人之间的乡（镇）有12个；在1千人以下的乡（镇）有2个
    // (heldout151/rkpc-heishui-01): clauses that each name a band of what the group is sorted by (BAND_HEAD) and count the
    // members in it, as census bulletins sort towns by their population, are one list across ； and ， alike (read as no more
    // than the group: a band may be left out)
    const banded =
      mk.total !== undefined &&
      !mk.named &&
      within(figures, sentenceStart, mk.total.offset).length === 0 &&
      splitOutsideBrackets(text, listFrom, end, '；;，,').every((g) => {
        const own = figuresIn(g).filter((f) => level(f) && compatible(f.unit, mk.total!.unit));
        return own.length === 1 && own[0]!.endOffset === g.endOffset && BAND_HEAD.test(text.slice(g.offset, own[0]!.offset).trim());
      });
    const semicolons =
      bySemicolon.length > 1 && (/[：:]$/.test(m[0]) || opens || topic || banded || headed || headedAlike || mixedAfterBareQizhong(text, markerAt, para.offset, marker, groups, figures));
    if (!semicolons) {
      const stop = text.slice(listFrom, end).search(/[；;]/);
      if (stop >= 0) end = listFrom + stop;
    }
    const separators = banded ? '；;，,' : semicolons ? '；;' : '，,、';
    let segments = splitOutsideBrackets(text, listFrom, end, separators);
    if (!semicolons) segments = splitAtLastLink(text, segments, figures);
    // 共收到提案259件，其中各民主党派提案23件，经审查予以立案214件，…: a clause opened by a review (经审查) splits the
    // whole by outcome, a breakdown of its own; the list after 其中 ends before it
    // (一般债务限额4.1亿元，专项债务限额60.61亿元，当年收回债务限额0.8亿元: a clause opened by a time of its own, or by
    // 此外, 同时, is another statement, not one more part)
    // (全市103个乡镇中有38个乡镇建成…，90个建制镇中有17个镇…: after a count's own “…中”, a clause whose count opens a “…中”
    // too is another group with its own part, not one more part of this one; not after 其中, where a part may have its own:
    // 其中，33个竣工投产项目…；35个争取开工项目中…15个项目已开工)
    const review = segments.findIndex(
      (g, i) =>
        i > 0 &&
        (REVIEW.test(text.slice(g.offset, g.endOffset).trim()) ||
          NEW_STATEMENT.test(text.slice(g.offset, g.endOffset).trim()) ||
          // (post44b) 其中：税收收入17.9亿元，同比增长16.5%；在税收收入中：国税完成5.9亿元，…: a group opened by “在…中” lists
          // the parts of what it names, a breakdown of its own, no more parts of this one
          AMONG_OPENS.test(text.slice(g.offset, g.endOffset)) ||
          opensAnotherAmong(text, g) ||
          (mk.total !== undefined && !mk.named && markers.some((o) => o !== mk && o.total !== undefined && !o.named && o.total.offset >= g.offset && o.total.endOffset <= g.endOffset))),
    );
    if (review > 0) segments = segments.slice(0, review);
    // 乐透型彩票销售935亿元，占总销量的56.2%，其中…超级大乐透…261亿元；竞猜型彩票销售589亿元，占总销量的35.4%；…: a clause
    // that is a share of the whole the total is a share of is the total's sibling, not its part; the list ends before it
    const totalShare = candidates.length > 0 ? SHARE_OF.exec(text.slice(candidates[candidates.length - 1]!.endOffset, markerAt))?.[1] : undefined;
    // (占年度计划的81.93% … 占年度计划80.82%: each its own plan, not one whole)
    const sibling =
      totalShare && !/计划|計劃|任务|任務|目标|目標|预算|預算/.test(totalShare) ? segments.findIndex((g, i) => i > 0 && SHARE_OF.exec(text.slice(g.offset, g.endOffset))?.[1] === totalShare) : -1;
    if (sibling > 0) segments = segments.slice(0, sibling);
    // 各级各类学校111所。其中：高级中学1所，完全中学1所；义务教育学校73所，其中：…: a total of all kinds whose kinds
    // are listed by ； and, within a group, by ，: each kind a part
    const ofKinds = semicolons && ofAllKinds;
    // 其中：农业产值11.4亿元，占51.1%；林业产值1.3亿元，占5.8%，畜牧业产值9.5亿元，…: a list by ； whose later groups run on
    // by ， with more parts named like the first is one list with mixed separators, a part in each clause
    const mixed = semicolons && marker === '其中' && !ofKinds ? mixedSeparators(text, segments, figures) : undefined;
    // a part's own breakdown (第二产业…，其中工业…；建筑业…) is not the list's: its parts are dropped
    const top: Item[] = [];
    let nested = false;
    mixed?.forEach((segment) => top.push({ segment, figures: figuresIn(segment), nestedAfter: false }));
    for (const s of mixed ? [] : segments) {
      // (sums51) 其中城区小学16所（其中民办小学7所），乡镇小学16所: a 其中 inside a bracket closes with it, the part's own
      // breakdown, and opens no nesting for the items after it
      const inner = outsideBrackets(text.slice(s.offset, s.endOffset));
      const at = inner.search(/其中|包括/);
      const own = figuresIn(s).filter((f) => at < 0 || f.offset < s.offset + at);
      const innerFigures = at >= 0 ? figuresIn(s).filter((f) => f.offset >= s.offset + at) : undefined;
      const kinds = ofKinds ? splitOutsideBrackets(text, s.offset, at >= 0 ? s.offset + at : s.endOffset, '，,、') : [];
      // (kinds counted alike: 工程建设类87个，交易额6.12亿元，节约资金2140万元 is one kind with its amounts, not three kinds)
      const kindUnit = kinds.length > 0 ? figuresIn(kinds[0]!)[0]?.unit : undefined;
      if (kinds.length >= 2 && kindUnit && kinds.every((k) => figuresIn(k).length === 1 && level(figuresIn(k)[0]!) && compatible(figuresIn(k)[0]!.unit, kindUnit)))
        kinds.forEach((k, i) => top.push({ segment: k, figures: figuresIn(k), nestedAfter: nested, inner: i === kinds.length - 1 ? innerFigures : undefined }));
      else top.push({ segment: s, figures: own, nestedAfter: nested, inner: innerFigures });
      // a nested list of kinds within its group (义务教育学校73所，其中：初级中学9所，…；幼儿园35所) ends with the group
      // (…；其中，区管国有企业10家，包括功能类企业5家、公共服务类企业4家、竞争类企业1家；委托监管企业7家: a list by ； whose group
      // lists its kinds after 包括, joined by 、 alone, ends that inner list with the group; the next group is a part again)
      if (at >= 0) nested = !(ofKinds && (innerFigures?.length ?? 0) >= 2) && !(semicolons && enumeratedAfterIncludes(text, s, at, innerFigures ?? []));
    }
    // the list may run on into the next sentence (…建筑业增加值…。第三产业增加值…): followed below by name
    // (a list read by headedAlike alone ends with its sentence)
    const runsOn = !headedAlike || /[：:]$/.test(m[0]) || opens || headed;
    const next = (): Array<{ segment: { offset: number; endOffset: number }; figures: Figure[]; nestedAfter: boolean }> => {
      if (end >= para.endOffset || !runsOn) return [];
      const from = end + 1;
      // 在农民工总量中，外出农民工…；本地农民工…。在外出农民工中，进城农民工…: a sentence opening with “(在)…中，” lists
      // the parts of what it names, a list of its own, not more parts of this one
      if (/^\s*在[\u4e00-\u9fff]{2,12}中[，,：:]/.test(text.slice(from, from + 20))) return [];
      // (post44b) 武漢、襄陽、宜昌共有企業55.22萬家…其中，武漢有企業40.52萬家…。值得注意的是，武漢城市圈“1+8”地區共有企業
      // 65.97萬家: a sentence opened by 值得注意的是 sets a remark apart, another statement, not more parts of this list
      if (NOTEWORTHY.test(text.slice(from, from + 8))) return [];
      const to = periodEndFrom(draft, from, para.endOffset);
      // (a sentence that opens with a sorting of its own, 从建设阶段来看，…, is another list, not more of this one)
      if (SORTING_OPENS.test(text.slice(from, to))) return [];
      return splitOutsideBrackets(text, from, to, separators).map((segment) => ({ segment, figures: figuresIn(segment), nestedAfter: nested }));
    };
    let found = readList(draft, candidates, top, mk.total ? '中' : marker, separators, next, (to) => (end = to), mk.again);
    // (sums46) 支流137个省控断面中，126个省控断面水质…; 83个县（市、区）中，43个增速超过…; 在16个农民专业合作社中，成功申报县级农民
    // 专业合作社2个: one count of the group's measure word right after a count's own “…中” (see memberCount) is how many of
    // that group do so: a part, no more than the count, however the rest of the group fares
    if (found.length === 0 && mk.total && !mk.named && top[0]) {
      const member = memberCount(text, mk.total, mk.text, top[0].segment, figuresIn(top[0].segment));
      if (member) found = [{ total: mk.total, parts: [member], marker: '其中', complete: false, segments: [top[0].segment] }];
    }
    // 其中省内转移46.83万人，省外输出49.48万人；全年实现劳务收入…: a list by ； that reads one part only, the first level of
    // a first group holding two levels of its unit or more side by side, is that group's list, by its commas
    if (semicolons && marker === '其中' && found.length > 0 && found.every((b) => b.parts.length === 1) && top.length > 1) {
      const group = top[0]!.segment;
      const levels = figuresIn(group).filter((f) => level(f) && compatible(f.unit, found[0]!.parts[0]!.unit));
      // (not a group with a breakdown of its own: 区管国有企业11家，包括功能保障类企业10家、…；委托监管企业7家)
      if (levels.length >= 2 && found[0]!.parts[0] === levels[0] && !/其中|包括|含/.test(text.slice(group.offset, group.endOffset))) {
        const commas = splitOutsideBrackets(text, group.offset, group.endOffset, '，,、').map((segment) => ({ segment, figures: figuresIn(segment), nestedAfter: false }));
        const again = readList(
          draft,
          candidates,
          commas,
          marker,
          '，,、',
          () => [],
          () => undefined,
        );
        if (again.length > 0 && again.every((b) => b.parts.length >= 2)) found = again;
      }
    }
    // 共调处矛盾纠纷53件。其中重大案件4件，一般案件49件；婚姻家庭邻里纠纷16件，…，财产纠纷1件；调解成功49件，不成功4件: groups by ；
    // that each hold two levels of the total's unit or more, by commas, two groups at least adding up alike (4 + 49 = 49 + 4),
    // break one total down again and again, by grade, by kind, by outcome: each group is a list of that total on its own
    let again = false;
    if (semicolons && marker === '其中' && found.length > 0 && top.length > 1) {
      const unit = found[0]!.total.unit;
      const sums = top.map((item) => {
        const levels = figuresIn(item.segment).filter((f) => level(f) && compatible(f.unit, unit));
        return levels.length >= 2 && levels.every(known) && !/其中|包括|含/.test(text.slice(item.segment.offset, item.segment.endOffset)) ? levels.reduce((t, f) => t + f.normalized!, 0) : undefined;
      });
      const alike = sums.some((a, i) => a !== undefined && sums.some((b, j) => j > i && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))));
      if (alike) {
        const lists = top.flatMap((item, k) =>
          sums[k] === undefined
            ? []
            : readList(
                draft,
                candidates,
                splitOutsideBrackets(text, item.segment.offset, item.segment.endOffset, '，,、').map((segment) => ({ segment, figures: figuresIn(segment), nestedAfter: false })),
                marker,
                '，,、',
                () => [],
                () => undefined,
              ),
        );
        if (lists.length >= 2 && lists.every((b) => b.parts.length >= 2 && b.total === lists[0]!.total)) {
          found = lists;
          again = true;
        }
      }
    }
    // 其中工业项目35个，到位资金6.14亿元；基础设施项目18个，到位资金8910万元: each clause group a count and an amount,
    // the amounts a list of their own under the amount before 其中
    if (separators.startsWith('；') && !mk.total) {
      const firstParts = found[0]?.parts ?? [];
      const firstUnit = firstParts[0]?.unit;
      const others = firstUnit ? top.map((i) => ({ ...i, figures: i.figures.filter((f) => !compatible(f.unit, firstUnit) && !firstParts.includes(f)) })) : [];
      // (a group that states its count alone, 其他交易5983宗 after groups of a count and an amount each, lists no amount)
      const countOnly = (k: number): boolean => top[k]!.figures.every((f) => firstParts.includes(f));
      if (others.filter((i) => i.figures.some(level)).length >= 2 && others.every((i, k) => i.figures.some(level) || countOnly(k))) {
        for (const b of readList(
          draft,
          candidates,
          others,
          marker,
          separators,
          () => [],
          () => undefined,
        ))
          if (b.parts.length >= 2) found.push(b);
      }
    }
    for (const b of found) {
      // a part's own breakdown (nestedRuns) has a total the list took as a part
      const partOfFound = found.some((o) => o !== b && o.parts.includes(b.total));
      // a part with a bracket of its own (小学98所（含教学点28所）) is the total of that bracket and a part of this list
      // (公务用车购置及运行维护费4070万元（包括：运行维护费2648万元、购置1422万元）, a bare clause's bracket, likewise)
      // (the last part, whose bracket closes the list; or every part, each the total of a bracket right after it:
      // 共30项，其中：建设项目27项（省级6项、…），前期项目3项（市级2项、县级1项）; not a list where some parts have none,
      // 其中：会议期间收到114件（主办件…），闭会期间收到1件，社情民意5件, whose last items may be of another kind)
      const bracketTotal = (p: Figure): boolean => used.has(p) && !usedParts.has(p) && !out.some((o) => o.total === p || o.parts.includes(p));
      const eachBracketed = b.marker === '其中' && b.parts.every((p) => bracketTotal(p) && ownBracketAfter(text, p));
      // (在135959.18万册的图书总藏量中，有图书110479.58万册（含盲文图书146.65万册）、古籍…、其他7713.92万册: in a list of the
      // figure before “…中”, a part with a bracket of what it includes (含…) is that bracket's total and a part here)
      const includesOwn = (p: Figure): boolean => mk.total !== undefined && bracketTotal(p) && INCLUDES_BRACKET.test(text.slice(p.endOffset, p.endOffset + 2));
      // (sums51) 其中国内航线货邮22.6万吨（其中港澳台航线货邮4万吨），国际航线货邮29.3万吨 (heldout96/jichang-huadong-01): after
      // 其中, a part whose bracket opens with a 其中 of its own names what lies inside that part, the part's own breakdown, so
      // the part is that bracket's total and still a part here, wherever it stands in the list
      const nestedOwn = (p: Figure): boolean => b.marker === '其中' && bracketTotal(p) && NESTED_BRACKET.test(text.slice(p.endOffset, p.endOffset + 4));
      const partFree = (p: Figure): boolean =>
        free(p) || includesOwn(p) || nestedOwn(p) || ((ofKinds || eachBracketed || (b.marker === '其中' && p === b.parts[b.parts.length - 1])) && bracketTotal(p));
      if (
        b.parts.some((p) => taken.has(p) && !partFree(p)) ||
        (taken.has(b.total) && !resorted && !again && !mk.again && !free(b.total) && !partOfFound && ((semicolons && !mk.named) || !freeAsPart(b.total)))
      )
        continue;
      // 共发生生产安全事故17起…。发生1起较大事故，全市安全生产形势总体平稳。分行业来看，工矿商贸事故13起、…: a list
      // opening its sentence by a sorting (分行业来看, 按性别分) whose total, in the sentence before, is smaller than one
      // of its parts, while a figure of its unit before that one is not, is that figure's list, not the one that stood last
      // (a part larger than the total by less than a quarter is a slip in the figures, not another total's list: 限上企业零售额
      // 104583万元。按消费形态分，餐饮收入3590万元；商品零售收入112613万元 is still checked)
      if (opens && marker !== '其中' && !mk.total && known(b.total) && b.parts.some((p) => known(p) && p.normalized > b.total.normalized! * SLIP) && largerBefore(figures, b)) continue;
      // 在已立案提案中，集体提案593件，委员个人提案2119件。其中，…的提案814件，…522件: a 其中 that opens its sentence after
      // parts listed side by side may break down all of them, not the last: not read when the parts add up to theirs
      if (opens && marker === '其中' && !mk.total && ofSiblings(b, candidates)) continue;
      // 全國鐵路營業里程15萬公里…。西部地區鐵路營業里程6.1萬公里。⏎⏎其中，國家鐵路營業里程13.1萬公里: a 其中 opening its
      // paragraph, its parts more than the last sentence's figure, may break down a figure named like them above that holds them
      if (above && !sorting && heldByOneNamedAbove(par, b)) continue;
      // 市本级…年末滚存结余588.76亿元。⏎⏎分险种来看，全市城乡居民基本养老保险基金收入54.01亿元，支出38.95亿元，滚存结余78.4亿元；
      // …: parts named as a fund's income (收入) are no parts of a balance (结余) or of a spending (支出) before them; a
      // sorting's total is named by the flow its parts are
      if (sorting && otherFlow(b)) continue;
      // 分为综合、公共图书馆…九个部分。其中公共图书馆部分显示，…有公共图书馆3303个: 其中 names one item of the total by its
      // noun and counts none; the figures after are what that item tells, not the total's parts
      if (marker === '其中' && itemNamedUncounted(text, listFrom, b)) continue;
      // 全年开展联合执法6次，核查处理工地噪音、设备噪音、餐饮油烟等问题线索19起，…；其中餐饮油烟检查8次、…: a part named by
      // an item of a list (…、餐饮油烟等) that another figure after the total counts is a part of that figure, not of the total
      if (marker === '其中' && !mk.total && partOfListedAfter(text, b, markerAt, figures)) continue;
      // (a whole stated paragraphs before is this list's only when the first part names its measure, 城市发生火灾 for 共接报火灾,
      // and the list read is all its sentence counts of the whole's unit: not 企业法人单位1857.0万个…；机关、事业法人单位107.5万个…；
      // 社会团体30.5万个…；其他法人183.9万个 read to its second part, heldout114/jingpu-quanguo-01)
      if (lead.length > 0 && (suffixLength(bareMeasure(b.total), bareMeasure(b.parts[0]!)) < 2 || unreadLevels(draft, figures, b, listFrom))) continue;
      if (wordsFirst && suffixLength(bareMeasure(b.total), bareMeasure(b.parts[0]!)) < 2) continue;
      // (a cut read against the lead's whole may list some kinds only, 企业法人单位4000个，占80.0%；机关、事业法人单位600个: no more than it)
      if (lead.length > 0) b.complete = false;
      if (above) b.above = true;
      // (a sorting after a 其中 aside: the whole's, when its parts are more than the aside's part)
      const whole = above && sorting ? wholeOfAside(par, b) : undefined;
      if (whole) b.total = whole;
      out.push(b);
      taken.add(b.total);
      b.parts.forEach((p) => taken.add(p));
    }
    segments = [];
  }
  return out;
}

/** A bracket of what a figure includes, opening right after it: （含盲文图书146.65万册）. */
const INCLUDES_BRACKET = /^[（(]含/;

/** The text with what stands inside brackets (one level, （…）) blanked, offsets kept. */
function outsideBrackets(text: string): string {
  return text.replace(/[（(][^（()）]*[）)]/g, (m) => ' '.repeat(m.length));
}

/**
 * A bracket that opens with a 其中 of its own, right after a figure: （其中港澳台航线货邮4万吨）, （其中：发展新型农村集体经济
 * 90万元）. Not （含…）: 其中正式工401人（含内退95人）、临时工1239人 (heldout49/cgqk-huangshi-01) adds up to 1545人 less the
 * 95 retired early, so what a bracket 含 may lie outside the total the list adds up to.
 */
const NESTED_BRACKET = /^[（(]\s*其中/;

/** The offset of the first closing bracket between `from` and `to` that no bracket after `from` opened, or −1. */
function closingUnopened(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Whether a bracket opens right after the figure (小学98所（含教学点28所）, 存量债务5747万元【一般债务…】). */
function ownBracketAfter(text: string, f: Figure): boolean {
  return /^[（(【]/.test(text.slice(f.endOffset, f.endOffset + 1));
}

/**
 * 各级各类学校共招收44122人，其中高中7132人，…，中职4273人；毕业生共48189人，其中高中6201人，…: after ；, a group that opens
 * with a name and a figure stated as a total of its own (毕业生共48189人) and breaks it down by its own 其中 is another
 * measure beside the list's total, not one more part of it, when the list's first part is stated bare: the list ends at
 * that ；. (Parts each stated with 共计 are parts alike: 其中公办教育共计589人…；民办园共计22人….) The offset of that ；, or −1.
 */
function siblingTotalAt(text: string, groups: ReadonlyArray<{ offset: number; endOffset: number }>, figures: readonly Figure[]): number {
  const head = (g: { offset: number; endOffset: number }): Figure | undefined => within(figures, g.offset, g.endOffset).find(level);
  const first = groups[0] && head(groups[0]);
  if (!first || STATED_AS_TOTAL.test(text.slice(groups[0]!.offset, first.offset))) return -1;
  const sibling = groups.slice(1).find((g) => {
    const f = head(g);
    const words = f ? text.slice(g.offset, f.offset).trim() : '';
    return f !== undefined && compatible(f.unit, first.unit) && /^[\u4e00-\u9fff]{2,12}$/.test(words) && STATED_AS_TOTAL.test(words) && /其中/.test(text.slice(f.endOffset, g.endOffset));
  });
  return sibling ? sibling.offset - 1 : -1;
}

/** Whether the parts of a list add up to its total and the figures of its unit listed with it before 其中 together. */
function ofSiblings(b: Breakdown, candidates: readonly Figure[]): boolean {
  const siblings = candidates.filter((f) => compatible(f.unit, b.total.unit));
  if (siblings.length < 2 || !siblings.includes(b.total) || !siblings.every(exact) || !b.parts.every(exact)) return false;
  return !!judge(added(b.parts), added(siblings), { compare: '=', unit: 'amount' })?.holds;
}

/**
 * 1-8月共完成投资1750.07亿元，为年计划的67.99%。⏎⏎从行业来看，产业发展项目完成投资752.49亿元，…: a sorting (分…看, 从…看,
 * 按…分) that opens a paragraph sorts a total of the paragraph right before it (no heading between): the levels of
 * that paragraph's last sentence are the candidates.
 */
function sortedAbove(par: Paragraph): Figure[] {
  const earlier = par.lookups.earlier();
  const last = earlier[earlier.length - 1];
  const here = par.figures[0]!.para;
  if (!last || par.draft.prose.slice(last.para.endOffset, here.offset).trim() !== '') return [];
  const start = lastEnd(par.draft.prose, last.para.endOffset, last.para.offset, '。！？');
  // (the sentence's own end mark: the last sentence starts after the one before it)
  let from = par.draft.prose.slice(start, last.para.endOffset).trim() === '' ? lastEnd(par.draft.prose, start - 1, last.para.offset, '。！？') : start;
  // (今年上半年，全市实现民营经济增加值192.97亿元，…。全市民营经济增加值占GDP比重为58.64%。⏎⏎分产业看，第一产业实现民营经济增加值
  // 5.92亿元…: sentences after the whole's that state no level, only its share, rates and changes or words, are about the
  // whole still; the whole is the last sentence's before them, two such sentences at most)
  const levels = (a: number, b: number): boolean => earlier.some((f) => f.para.offset === last.para.offset && f.offset >= a && f.offset < b && level(f));
  for (let k = 0, end = last.para.endOffset; k < 2 && from > last.para.offset && !levels(from, end); k++) {
    end = from;
    from = lastEnd(par.draft.prose, from - 1, last.para.offset, '。！？');
  }
  // (按区域分，东部地区拥有法人单位1280.2万个…；西部地区405.8万个。⏎⏎按机构类型分，企业法人单位1857.0万个…: a sentence above that
  // is itself a sorting holds the parts of one cut of the whole; the next sorting cuts that whole again, not one of them)
  if (SORTING_OPENS.test(par.draft.prose.slice(from, last.para.endOffset))) return [];
  return earlier.filter((f) => f.para.offset === last.para.offset && f.offset >= from && level(f));
}

/**
 * 全国共接报火灾21.9万起，1065人死亡…。⏎据介绍，…呈现如下特点：⏎从区域分布看，…⏎从火灾场所看，…⏎从城乡分布看，…城市发生火灾6.5万起；
 * 县城集镇发生火灾6.9万起；农村发生火灾7万起；其他区域发生火灾1.1万起 (heldout47/xiaofang-quanguo-02): sortings in a row, each
 * opening its paragraph, cut one whole again and again, the whole of the paragraph that leads the run (a line announcing them,
 * ending with a colon, may stand between). A sorting after another one is read against the levels of the lead's last
 * sentence, as sortedAbove reads the first, when the first part names the whole's measure (checked by the caller). Only the
 * paragraphs `earlier` gives are looked at.
 */
function leadOfSortings(par: Paragraph): Figure[] {
  const text = par.draft.prose;
  const earlier = par.lookups.earlier();
  let at = par.figures[0]!.para.offset;
  let sortings = 0;
  for (let i = earlier.length - 1; i >= 0;) {
    const p = earlier[i]!.para;
    // (the paragraphs without figures between: sortings too, or a line announcing them)
    for (const line of text.slice(p.endOffset, at).split('\n')) {
      const words = line.trim();
      if (words === '') continue;
      if (SORTING_OPENS.test(words)) sortings++;
      else if (!ANNOUNCES_SORTINGS.test(words)) return [];
    }
    if (SORTING_OPENS.test(text.slice(p.offset, p.endOffset))) {
      sortings++;
      at = p.offset;
      while (i >= 0 && earlier[i]!.para.offset === p.offset) i--;
      continue;
    }
    if (sortings === 0) return [];
    const start = lastEnd(text, p.endOffset, p.offset, '。！？');
    const from = text.slice(start, p.endOffset).trim() === '' ? lastEnd(text, start - 1, p.offset, '。！？') : start;
    if (SORTING_OPENS.test(text.slice(from, p.endOffset))) return [];
    return earlier.filter((f) => f.para.offset === p.offset && f.offset >= from && level(f));
  }
  return [];
}

/** Whether the sentence of a list, from its start to the end of the period of its last part, counts more of its total's unit than its parts. */
function unreadLevels(draft: Draft, figures: readonly Figure[], b: Breakdown, from: number): boolean {
  const last = b.parts[b.parts.length - 1]!;
  const to = periodEndFrom(draft, last.endOffset, last.para.endOffset);
  return within(figures, from, to).some((f) => level(f) && compatible(f.unit, b.total.unit) && !b.parts.includes(f));
}

/** A line that announces what follows, short and ending with a colon: 据介绍，今年前10月全国火灾情况呈现如下特点： */
const ANNOUNCES_SORTINGS = /^[^。！？]{0,40}[：:]$/;

/**
 * 全市固定资产投资完成177.4亿元…。其中，项目投资完成140.5亿元…。⏎分产业来看，…第一产业投资完成16.4亿元…；第二产业…77.8亿元…；
 * 第三产业…83.2亿元: a sorting that opens a paragraph after a 其中 sentence (an aside naming a part of the whole before it)
 * sorts that part or the whole. Parts that come to more than the part cannot be its own: they sort the whole, the last
 * level of their unit before the 其中 sentence.
 */
function wholeOfAside(par: Paragraph, b: Breakdown): Figure | undefined {
  const { total } = b;
  const text = par.draft.prose;
  const start = lastEnd(text, total.offset, total.para.offset, '。！？');
  if (!/^[\s（(]*其中/.test(text.slice(start, total.offset))) return undefined;
  if (!known(total) || !b.parts.every(known) || judge(added(b.parts), { figure: total }, { compare: '<=', unit: 'amount' })?.holds !== false) return undefined;
  const before = par.lookups.earlier().filter((f) => f.para.offset === total.para.offset && f.endOffset <= start && level(f) && known(f) && compatible(f.unit, total.unit));
  const whole = before[before.length - 1];
  return whole && known(whole) && whole.normalized > total.normalized ? whole : undefined;
}

/** The flow a fund's or a budget's figure counts, its name's last words: 收入, 支出, 结余. */
const FUND_FLOW = /(收入|支出|结余)$/;

/** A breakdown whose parts are all named by one flow (收入) and whose total by another (滚存结余). */
function otherFlow(b: Breakdown): boolean {
  const flow = FUND_FLOW.exec(bareMeasure(b.total))?.[1];
  return (
    flow !== undefined &&
    b.parts.every((p) => {
      const own = FUND_FLOW.exec(bareMeasure(p))?.[1];
      return own !== undefined && own !== flow;
    })
  );
}

/** A sentence opened by a sorting: 分行业看，, 从建设阶段来看，, 按林种分： */
const SORTING_OPENS = /^\s*(?:分|按|从)[\u4e00-\u9fff]{1,8}?(?:来看|看|分|划分)[，,：:]/;

/** How much larger than its total a part may be and still be read as a slip in the figures of that total's list. */
const SLIP = 1.25;

/** A figure of the total's unit before it in the paragraph that is no smaller than the largest part. */
function largerBefore(figures: readonly Figure[], b: Breakdown): boolean {
  const largest = Math.max(...b.parts.map((p) => p.normalized ?? 0));
  return figures.some((f) => f.offset < b.total.offset && level(f) && known(f) && compatible(f.unit, b.total.unit) && f.normalized >= largest);
}

/** Words naming all the bodies of a kind in a scope: 全市法院, 全省检察机关, 两级法院 (the scope, the kind). */
const WHOLE_BODIES = /(全(?:市|省|县|区|州|盟|旗|国)|两级)[\u4e00-\u9fff]{0,2}?(法院|检察院|检察机关|公安机关|医院|学校|机关|单位|部门)/;

/** The whole's name opening a list's words (从结构上看，全市货物、工程、服务…分别为…). */
const WHOLE_LIST = /^[\s，,：:]*全(?:市|省|县|区|州|盟|旗|国)([\u4e00-\u9fff]*)/;

/**
 * 市本级政府采购规模为10.29亿元…。从结构上看，全市货物、工程、服务政府采购规模分别为14.71亿元、5.65亿元和12.36亿元: a list that
 * opens its sentence with the whole's name (全市) breaks the whole down, not a total before it under a sub-scope of its own
 * (市本级, 县级), which is one more part of that whole; unless the list names that sub-scope again (全市城镇居民… under 城镇).
 */
function subScopeOfWholeList(f: Figure, listWords: string): boolean {
  const named = WHOLE_LIST.exec(listWords)?.[1];
  return named !== undefined && f.subject !== '' && !f.subject.startsWith('其中') && !named.includes(f.subject);
}

/** A clause opened by a review that sorts the whole by outcome: 经审查, 经审核, 经研究. */
const REVIEW = /^经(?:过)?(?:审查|审核|研究|核查|核实|甄别|评审)/;

/** A share and the words naming its whole: 占总销量的56.2% (总销量). */
const SHARE_OF = /占([\u4e00-\u9fff]{1,12}?)的?(?:比重|比例)?(?:为|达)?[0-9]/;

/** A clause opened by a time of its own or by an addition (当年收回…, 同期, 此外, 同时): a statement after a list, no part of it. */
const NEW_STATEMENT = /^(?:当年|同年|同期|年内|此外|另外|同时)/;
/** A group or sentence that opens with “在…中” (在税收收入中：, 在外出农民工中，): the parts of what it names follow. */
const AMONG_OPENS = /^\s*在[\u4e00-\u9fff]{2,12}中[，,：:]/;
/** A sentence set apart as a remark (值得注意的是，…; 值得一提的是，…): another statement, not a continuation of a list. */
const NOTEWORTHY = /^\s*值得(?:注意|关注|關注|一提)的是/;

/** A count of persons in 人, 名 or 位 (万人, 12名). */
const PERSONS_COUNTED = /[0-9０-９][万亿]?[人名位]/;

/** A bound of a band: 1千人, 3万人, 60%, 100. */
const BOUND = '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|[千万亿]?人|个|岁)?';

/**
 * A band of a measure heading a group, then the members in it: 在1千人以下的乡（镇）有, 90以下的镇街有, 在60%以下的省份有,
 * 少于1万人的有 (a bound or two, then 之间, 以上, 以下; or 超过, 高于, 低于, 少于, 不足 before the bound).
 */
const BAND_HEAD = new RegExp(
  '^[\\u4e00-\\u9fff]{0,8}?(?:\\[[0-9]{1,2}\\])?(?:(?:在|超过|高于|低于|少于|不足|不到)' +
    BOUND +
    '(?:(?:至|到|[-—~～])' +
    BOUND +
    ')?(?:之间|以上|以下|及以上|及以下)?|' +
    BOUND +
    '(?:(?:至|到|[-—~～])' +
    BOUND +
    ')?(?:之间|以上|以下|及以上|及以下))的?[\\u4e00-\\u9fff（）()]{0,8}?有$',
);

/** What the members of a group counted right before “…中” are said to do: a change, a level reached, a quality. */
const MEMBERS_DO = /^(?:[，,。；;]|$|增速|增幅|实现|达到|达标|完成|已|均|全部|为|是|的|有|保持|高于|低于|超过|优于|增长|下降|上升|水质)/;

/**
 * 支流137个省控断面中，126个省控断面水质达到…; 83个县（市、区）中，43个增速超过…; 在纳入信息系统的17项指标中，目前已有7项指标
 * 完成; 在16个农民专业合作社中，成功申报县级农民专业合作社2个: the one part of a count's own “…中” (a list of two or more
 * is readList's), when the clause right after opens with a count of the same measure word (after 有, 已有, 目前已有 at most)
 * followed by the group's noun again or by what those members did (MEMBERS_DO), or when the clause names the group's noun
 * last right before its count. Not a count per so many (每10万人中), nor of a ranking (前10名中), nor of another noun after
 * the count (5个乡镇中，20个村: villages, no part of the towns).
 */
function memberCount(text: string, total: Figure, among: string, clause: { offset: number; endOffset: number }, figures: readonly Figure[]): Figure | undefined {
  if (total.unit.kind !== 'count' || /[每前后]$/.test(text.slice(Math.max(0, total.offset - 1), total.offset))) return undefined;
  let noun = among
    .replace(/[，,：:]$/, '')
    .replace(/中$/, '')
    .replace(/[“”"]/g, '');
  // (县（市、区）: the noun without the bracket of what it counts too)
  if (noun.endsWith('）') && noun.includes('（')) noun = noun.slice(0, noun.lastIndexOf('（'));
  if (noun.length === 0) return undefined;
  const part = figures[0];
  if (!part || part.relational || part.unit.kind !== 'count' || part.unit.base !== total.unit.base || !known(part)) return undefined;
  const before = text.slice(clause.offset, part.offset).trim();
  const after = text.slice(part.endOffset, Math.min(clause.endOffset + 1, part.endOffset + 12));
  const opens = /^(?:目前|现|其中)?(?:已经|已|仅|只|共|尚|均)?有?$/.test(before) && (after.startsWith(noun) || after.startsWith(noun.slice(-2)) || MEMBERS_DO.test(after));
  const named = /^[\u4e00-\u9fff]{2,24}$/.test(before) && suffixLength(before, noun) >= Math.min(2, noun.length) && !/^[\u4e00-\u9fff]/.test(after);
  if (!opens && !named) return undefined;
  // (37个大类行业中21个行业生产实现增长，增长面为56.8%: a clause right after that states the members' rate of the group is
  // read with it by the rates; the count is that rate's, and no total for a 其中 after it, 其中，7月份有23个行业…)
  const stop = text.slice(part.endOffset).search(/[，,。；;！？]/);
  if (stop >= 0 && /[，,]/.test(text[part.endOffset + stop]!) && RATE_CLAUSE.test(text.slice(part.endOffset + stop + 1, part.endOffset + stop + 16))) return undefined;
  return part;
}

/** A clause that states a rate of what the clause before counts: 增长面为56.8%, 达标率95.5%, 占比30%. */
const RATE_CLAUSE = /^(?:增长面|覆盖面|占比|比重|比例|[\u4e00-\u9fff]{0,4}率)(?:为|达|是)?[0-9０-９]/;

/** A clause that is a name and 中 alone, before a comma or colon: 重点行业领域中，…. */
const AMONG_CLAUSE = /^在?[\u4e00-\u9fff“”]{2,12}中$/;

/**
 * 全国32个省级统计单位中30个…“双下降”，重点行业领域中，煤矿、…等9个行业领域…: a clause naming another group and 中 opens a
 * list of that group's own; the list of the figure before the first 中 ends before it.
 */
function opensAnotherAmong(text: string, g: { offset: number; endOffset: number }): boolean {
  return AMONG_CLAUSE.test(text.slice(g.offset, g.endOffset).trim()) && /^[，,：:]/.test(text.slice(g.endOffset, g.endOffset + 1));
}

interface Item {
  segment: { offset: number; endOffset: number };
  figures: Figure[];
  nestedAfter: boolean;
  /** The figures after a nested 其中 or 包括 in this clause group: a part's own breakdown. */
  inner?: Figure[];
}

/**
 * 公务用车费27.46万元；其中：购置费0万元；运行维护费27.46万元；公务接待费22.59万元: the clause groups after a nested
 * 其中 whose parts add up to the part before it are that part's breakdown, not the list's; the list goes on after them.
 */
function nestedRuns(draft: Draft, items: readonly Item[], unit: Figure['unit']): { items: Set<Item>; breakdowns: Breakdown[] } {
  const out = new Set<Item>();
  const breakdowns: Breakdown[] = [];
  let parent: Figure | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    parent = partOf(draft, item, unit) ?? parent;
    if (!item.inner || !parent) continue;
    const nested = item.inner.filter((f) => level(f) && compatible(f.unit, unit)).slice(0, 1);
    const segments = nested.map(() => item.segment);
    const run: Item[] = [];
    for (let j = i + 1; j < items.length && items[j]!.nestedAfter && !items[j]!.inner; j++) {
      const p = partOf(draft, items[j]!, unit);
      run.push(items[j]!);
      if (!p) continue;
      nested.push(p);
      segments.push(items[j]!.segment);
      if (nested.length < 2) continue;
      const reading = judge(added(nested), { figure: parent }, { unit: 'amount' });
      if (!reading || reading.value > reading.statedRange.hi) break;
      if (reading.holds) {
        run.forEach((r) => out.add(r));
        breakdowns.push({ total: parent, parts: nested, marker: '其中', complete: false, segments });
        break;
      }
    }
  }
  return { items: out, breakdowns };
}

/** The part a clause group offers: its first level at the head of a clause, not a share, change or average. */
function partOf(draft: Draft, item: Item, unit: Unit | undefined, fits: (part: Unit, unit: Unit) => boolean = compatible): Figure | undefined {
  for (const f of item.figures) {
    if (!level(f) || (unit && !fits(f.unit, unit))) continue;
    if (notAPart(draft, f)) continue;
    if (attributive(draft, f, item.figures.filter(level)) || alternativeBound(draft, f, item.figures)) continue;
    return f;
  }
  return undefined;
}

/** A bound a figure is written after (投资超1亿元, 超过500万元), and 或 joining it to the same bound in another unit. */
const BOUND_BEFORE = /(?:超|超过|高于|大于|不低于|不少于)$/;
const OR_BETWEEN = /^\s*(?:或|或者)\s*$/;

/**
 * 其中投资超1亿元或1000万美元制造业项目70个: two figures joined by 或 after a bound word (超) are one threshold in two units
 * (元 or 美元), part of the name of what is counted, never the part itself: neither is.
 */
function alternativeBound(draft: Draft, f: Figure, figures: readonly Figure[]): boolean {
  const bound = (a: Figure, b: Figure): boolean => BOUND_BEFORE.test(textBetween(draft, a.clause.offset, a.offset).trim()) && OR_BETWEEN.test(textBetween(draft, a.endOffset, b.offset));
  const before = figures.filter((g) => g.endOffset <= f.offset).pop();
  const after = figures.find((g) => g.offset >= f.endOffset);
  return (!!before && bound(before, f)) || (!!after && bound(f, after));
}

/**
 * Whether a group of a list by ； lists the kinds of its part after 包括 as one enumeration to its end: two figures or
 * more, each after the one before with 、 and a name between, nothing after the last (包括功能类企业5家、公共服务类企业4家、
 * 竞争类企业1家；).
 */
function enumeratedAfterIncludes(text: string, group: { offset: number; endOffset: number }, at: number, inner: readonly Figure[]): boolean {
  if (inner.length < 2 || !/^包括(?![：:])/.test(text.slice(group.offset + at, group.offset + at + 3))) return false;
  for (let k = 1; k < inner.length; k++) if (!/^、[^，,；;：:。、0-9０-９]{1,12}$/.test(text.slice(inner[k - 1]!.endOffset, inner[k]!.offset))) return false;
  return /^[\s；;]*$/.test(text.slice(inner[inner.length - 1]!.endOffset, group.endOffset));
}

/**
 * 其中，总投资20亿元的光伏项目，已完成5.44亿元: a figure followed by 的 qualifies the thing named after it (the project's own
 * size), and the later figure of its unit in its clause group is what it adds to the list's total; with no such figure
 * it may still be the part.
 */
export function attributive(draft: Draft, f: Figure, later: readonly Figure[]): boolean {
  if (draft.prose[f.endOffset] !== '的') return false;
  return later.some((g) => g.offset > f.endOffset && compatible(g.unit, f.unit) && !/[；;。]/.test(textBetween(draft, f.endOffset, g.offset)));
}

function matterWord(u: Unit): boolean {
  return u.kind === 'count' && MATTER_WORDS.includes(u.base);
}

/**
 * Whether a part counted in `part` may be added into a total counted in `total`: the same unit, persons counted as 人,
 * 名 or 位 alike, or two measure words of matters (个, 项, 宗 …), which a list takes only under a total that names the
 * matters it counts.
 */
export function addsInto(part: Unit, total: Unit): boolean {
  return sameCount(part, total) || (matterWord(part) && matterWord(total));
}

/** What stands between a total and the first part after 其中 opening the next sentence: the total's changes, and nothing else
 *  (a sentence of a total alone, 共有学校100所。其中初级中学10所…, may go on to another scope's kinds). */
// (a change by its noun or its verb alone, 比上年增加5.6万个，增幅为1.3%, is a change of the total too)
const CHANGE_ONLY = `(?:比|较|同比|环比)[^，,。；;]{0,12}?(?:${CHANGE_WORD})[^，,。；;]{0,12}|(?:${CHANGE_NOUN}|${CHANGE_WORD})(?:为|达)?[0-9０-９.．]+(?:%|％|个百分点)`;
const NEXT_SENTENCE_QIZHONG = new RegExp(`^[，,]?(?:(?:${CHANGE_ONLY})[，,]?){1,4}。\\s*其中[，,：:]?\\s*$`);

/** Pupils of schools (在校学生, 在校生) and children in kindergarten (幼儿园在园幼儿数): the latter are counted among the former. */
const PUPILS = /在校(?:学)?生$/;
/** The staff of schools (教职工, 专任教师): no part of the pupils. */
const STAFF = /教职工|教职员|教师|职工$/;
/** Deposits and loans (存款, 贷款) of the banks: neither a part of the other. */
const DEPOSITS = /存款/;
const LOANS = /贷款/;
const BOTH = /存贷/;
/** Interest, on a loan or a deposit: 利息, 应免利息, 欠息. */
const INTEREST = /利息|欠息|罚息/;
const KINDERGARTEN = /在园(?:幼儿|儿童)(?:数|人数)?$/;

/**
 * 完成投资996亿元。其中，342个计划新开工项目已开工98个，完成投资187.4亿元；572个续建项目完成投资632.5亿元: after 其中, items
 * that open with a count of the matters they tell of (342个…项目) and go on to state the total's own measure (完成投资): the
 * counts say whose each part is, and the parts are the levels of the total's unit. The first of them, when no candidate
 * is of the unit of the first level after 其中 and exactly one is of a later level's (readList then takes the parts only
 * when each is named like the total: …投资, …资金).
 */
function partAfterItsCount(draft: Draft, candidates: readonly Figure[], items: readonly Item[], marker: string, first: Figure): Figure | undefined {
  // (a count of matters, 个 or 项, not of persons: 十一人制足球场地558个 opens with the 十一人 of its name)
  if (marker !== '其中' || !matterWord(first.unit) || candidates.some((c) => compatible(c.unit, first.unit))) return undefined;
  for (const item of items) {
    const f = item.figures.find((g) => level(g) && !compatible(g.unit, first.unit) && candidates.some((c) => compatible(c.unit, g.unit)));
    if (!f) continue;
    return candidates.filter((c) => compatible(c.unit, f.unit)).length === 1 ? partOf(draft, item, f.unit) : undefined;
  }
  return undefined;
}

/** Two measures that end alike in two characters or more (完成投资 and 累计完成投资; 发放保障资金 and 发放低保补助资金). */
function namedAlike(a: Figure, b: Figure): boolean {
  return suffixLength(bareMeasure(a), bareMeasure(b)) >= 2;
}

function readList(draft: Draft, candidates: Figure[], items: Item[], marker: string, separators: string, next: () => Item[], extendTo: (end: number) => void, persons = false): Breakdown[] {
  const opening = items.map((i) => partOf(draft, i, undefined)).find((f) => f);
  const counted = opening ? partAfterItsCount(draft, candidates, items, marker, opening) : undefined;
  const first = counted ?? opening;
  if (!first) return [];
  // 各类交易项目128个，其中：工程类和采购类114个…；土地交易和国有资产拍卖14宗…: under totals that name the matters they
  // count (项目, 事项, 交易, 工程), the parts may be counted by another measure word of matters (宗, the word of a land deal;
  // 30项重点督查项目…其中，16个项目…；8个项目…)
  const namesMatters = (t: Figure): boolean => matterWord(t.unit) && MATTERS_NAMED.test(bareMeasure(t));
  // (persons named again, 残疾人员中 after 残疾人16668名: counted as 人 or 名 alike)
  let totals = candidates.filter((f) => compatible(f.unit, first.unit) || (matterWord(first.unit) && namesMatters(f)) || (persons && sameCount(f.unit, first.unit)));
  // (sums46) 党外干部7名，其中：四级警长4人，四级主管1人，二级警长2人; 共有民主党派成员98名，其中民盟57人…: after 其中 (or a
  // count's own “…中”), persons counted as 名 in the total and as 人 in the parts are the same persons, when no total of
  // the parts' own word stands there to take them
  const personsAlike = totals.length === 0 && (marker === '其中' || marker === '中');
  // (not past a count in the parts' own word, taken by a bracket of its own: 教职工编制总量为2918名，现有专任教师2799人（含…229人），
  // 其中：高中326人，… are the teachers', heldout118/jiaoyu-guiding-01)
  if (personsAlike) totals = candidates.filter((f) => sameCount(f.unit, first.unit) && !PERSONS_COUNTED.test(draft.prose.slice(f.endOffset, first.offset)));
  if (totals.length === 0) return [];
  const fits = (matterWord(first.unit) && totals.every(namesMatters)) || persons || personsAlike ? addsInto : compatible;
  // parallel lists: several levels of the total's unit in each clause group, one per measure
  const parallel = items.filter((i) => i.figures.filter((f) => level(f) && compatible(f.unit, first.unit)).length >= 2).length >= 2 && totals.length >= 2;
  if (parallel) return totals.map((t) => parallelList(draft, t, totals, items, marker)).filter((b): b is Breakdown => !!b);
  // one part per clause group
  const parts: Figure[] = [];
  const segments: Breakdown['segments'] = [];
  let template = '';
  let firstMark: string | undefined;
  const nestedParts = nestedRuns(draft, items, first.unit);
  // 累计完成投资1431.11亿元。其中，…累计完成投资385.76亿元…: under running totals, a part's 累计 counts its period as the
  // total's does, no total of its own
  // (当期结余13.26亿元，累计结余98.79亿元，其中统筹基金累计结余…: the running total 其中 closes the clause of, likewise)
  const runningTotal = (t: Figure): boolean => /累计/.test(textBetween(draft, t.clause.offset, t.offset));
  const nearest = totals[totals.length - 1]!;
  const running = totals.every(runningTotal) || (marker === '其中' && runningTotal(nearest) && items.length > 0 && closedByQizhong(draft, nearest, items[0]!.segment.offset));
  let allRunning = true;
  let kindsListed = false;
  const take = (list: Item[]): boolean => {
    for (const item of list) {
      if (nestedParts.items.has(item)) continue;
      // a clause that states a total of its own (建筑业、房地产业税收合计1.12亿元) ends the list
      // (占一审案件总数的9.84% after 一审案件11444950件 names the list's total, not one of its own)
      // (after the part's clause in its group, 土地交易14宗，成交额5.42亿元，共计溢价48.86万元, it ends the list after the part;
      // a share there, 占全省法院收案总数的84.7%, names the part's whole, no total of its own)
      const p = partOf(draft, item, first.unit, fits);
      const partEnd = p ? Math.min(p.clause.endOffset, item.segment.endOffset) : item.segment.endOffset;
      const ownTotal = (words: string): boolean => (running ? OWN_TOTAL_IN_RUN : OWN_TOTAL).test(words);
      const upToPart = draft.prose
        .slice(item.segment.offset, partEnd)
        .replace(/占([^，,；;。]*)/g, (share, words: string) => (shareWords(words) === '' || totals.some((t) => suffixLength(bareMeasure(t), shareWords(words)) >= 2) ? '' : share));
      if (ownTotal(upToPart)) return false;
      // (after parts said to run over the total's period, a part not so said is another account's: 税收收入累计完成…；非税收入
      // 累计完成…；政府性基金预算收入1616万元)
      if (running && p && parts.length > 0 && allRunning && !/累计/.test(upToPart)) return false;
      // (其中，福利彩票销量4.04亿元，体育彩票销量4.43亿元，共为国家筹集彩票公益金2.31亿元: a clause opened by 共 after the
      // parts sums up something of its own; not the first part, 其中共创作品12条)
      if (parts.length >= 2 && TOTAL_OPENING.test(upToPart.trim())) return false;
      const lastOfList = ownTotal(draft.prose.slice(partEnd, item.segment.endOffset).replace(/占[^，,；;。]*/g, ''));
      // a total of its own (蔬菜及食用菌总产量49.9万吨) is not a part; one named like the list's total, 总 and all (农业总产值
      // under 农林牧渔业总产值, 医院总诊疗人次 under 总诊疗人次), is
      // (总结 is a summary, 总体 overall, 总支部 or 党总支 a party branch, no total: 计划总结类7条, 8个项目总体进展顺利, 总支部27.1万个;
      // 总支出 is one)
      // (a body named with 总, 慈善总会 or 集团总部, is whoever the part is, no total)
      if (p && /总(?!结|体|支部|支$)/.test(bareMeasure(p).replace(BODY_NAMED_TOTAL, '')) && !namedLikeTotal(bareMeasure(p), totals)) return false;
      if (!p) {
        if (lastOfList) return false;
        // in a list split by commas, a level of another unit is another subject: the list is over
        if (!separators.startsWith('；') && item.figures.some((f) => level(f) && !compatible(f.unit, first.unit))) return false;
        continue;
      }
      const name = bareMeasure(p);
      // 共审查起诉52件，其中侵权案件23件、渎职案件5件、其他案件24件、免于起诉13件 (heldout174/jiancha-lianyungang-02): a list
      // ends with its catch-all (其他案件, the rest of the kinds of case); what follows it, named unlike them and after the
      // total's own words, is no kind of the total but something else said of it (免于起诉, an outcome of 起诉)
      if (pastTheRest(parts, name, totals)) return false;
      // 在册社区服刑人员222人，其中缓刑207人，假释6人，暂予监外执行4人，管制5人，警告31人，开展审前社会调查12人
      // (heldout157/jiaozheng-xian-01): once the four kinds of offenders under community correction are listed, they are
      // all of them; a count named otherwise (警告, a sanction given; 审前社会调查, an inquiry made) is another matter
      if (covers(CORRECTION_KINDS, parts.map(bareMeasure)) && !CORRECTION_KIND.test(name)) {
        kindsListed = true;
        return false;
      }
      // 各项存款余额11.2亿元，其中居民储蓄存款余额9.1亿元，贷款余额2.5亿元 (heldout158/xzgk-majixiang-01): a loan is lent out,
      // no part of the deposits (nor a deposit of the loans)
      // (存贷款余额, deposits and loans together, has both for parts)
      const ofDeposits = totals.every((t) => DEPOSITS.test(bareMeasure(t)) && !BOTH.test(bareMeasure(t)));
      const ofLoans = totals.every((t) => LOANS.test(bareMeasure(t)) && !DEPOSITS.test(bareMeasure(t)) && !BOTH.test(bareMeasure(t)));
      if ((ofDeposits && LOANS.test(name) && !DEPOSITS.test(name)) || (ofLoans && DEPOSITS.test(name))) return false;
      // 应处理的贷款25.07万元，其中还本免息的本金24.27万元，应免利息3.64万元，上报核销的贷款本金0.8万元，利息0.32万元
      // (heldout170/jinrong-lianyungang-05): the interest on loans (利息, 应免利息) is owed on them, no part of the sum lent;
      // the parts are the principal (本金) listed between
      if (ofLoans && INTEREST.test(name) && !/本金|本息/.test(name)) continue;
      // 在校生0.236万人，其中义务教育学段在校生0.236万人；教职工0.021万人 (heldout158/xzgk-majixiang-01): the staff of the
      // schools are no part of their pupils
      if (totals.every((t) => PUPILS.test(bareMeasure(t))) && STAFF.test(name)) return false;
      // 其中：地方一般公共预算收入12.16亿元；地方税收收入8.79亿元: a known part of an earlier part is that part's
      // (民生支出 is the aggregate only when it is most of the spending: 民生支出3.01亿元 of 21.69亿元 is one item beside 教育支出)
      if (parts.some((q) => knownSubset(name, bareMeasure(q)) && (!/民生/.test(bareMeasure(q)) || totals.some((t) => 2 * q.normalized! >= t.normalized!)))) continue;
      // 专任教师4011人，其中：中学专任教师…，小学专任教师…，在校学生62576人: parts named like the total (…专任教师) so
      // far, a figure of another noun (在校学生) is another measure: the list is over
      // (children in kindergarten, 在园幼儿, are counted among the pupils, 在校学生, of all levels of schooling)
      if (
        parts.length >= 2 &&
        template.length >= 3 &&
        totals.some((t) => suffixLength(bareMeasure(t), template) >= 3) &&
        suffixLength(name, template) < 2 &&
        !(PUPILS.test(template) && KINDERGARTEN.test(name))
      )
        return false;
      // 其中文件类6条，执行法规条例类2条，行政执法类30条，单位公示栏公开15条: parts named by their class (…类, …级, …型)
      // so far, a part named otherwise is counted another way (by where it was published): the list is over
      if (parts.length >= 2 && /^[类级型]$/.test(template) && !name.endsWith(template)) return false;
      // 粮食种植面积…其中，小麦…；玉米…；油料…: a crop that is no grain is not a part of the grain total
      if (NOT_GRAIN.test(name) && totals.every((t) => /粮食/.test(bareMeasure(t)))) return false;
      // 生猪存栏208768头，其中能繁母猪存栏30044头，菜牛存栏35162头: another animal than the total's is no part of it
      const animal = ANIMAL.exec(name)?.[0];
      if (animal && totals.every((t) => ANIMAL.test(bareMeasure(t)) && !bareMeasure(t).includes(animal))) return false;
      // after a part's own breakdown, only a part named like the list's parts so far is the list's again
      if (item.nestedAfter && (parts.length < 2 || !template || !name.endsWith(template))) continue;
      // one enumeration keeps one separator: 小学生3.12万人、初中生1.39万人，专任教师3412人 ends before 专任教师
      // (政策、规范性文件类信息653条 after 机构职能类信息1467条，: a short word and 、 with no figure of its own is one name with the
      // words after it, so the list's separator is the mark before that word)
      // (马尾松、枫香、映山红等5197亩: several such words)
      const before = draft.prose.slice(Math.max(parts[parts.length - 1]?.endOffset ?? 0, item.segment.offset - 22), item.segment.offset);
      const mark = /([，,；;])(?:[\u4e00-\u9fff]{1,6}、){1,3}$/.exec(before)?.[1] ?? draft.prose[item.segment.offset - 1] ?? '';
      // (not between parts named alike so far and after: 其中，教育系统学校建设项目61个，湖塘路廉租房建设项目1个、粮库建设项目7个 is
      // one list of 建设项目 written with both marks)
      // (an enumeration's last item after 和: 1.54亿元、54亿元和75.7亿元)
      const sameMark = mark === firstMark || (firstMark === '、' && LAST_LINK.test(mark));
      if (!separators.startsWith('；') && parts.length >= 1 && firstMark !== undefined && !sameMark && !(parts.length >= 2 && template.length >= 3 && name.endsWith(template))) return false;
      if (parts.length === 1) firstMark = mark;
      parts.push(p);
      segments.push(item.segment);
      allRunning &&= /累计/.test(upToPart);
      if (parts.length >= 2) template = commonSuffix(parts.map(bareMeasure));
      if (lastOfList) return false;
    }
    return true;
  };
  const going = take(items);
  // the list runs on into the next sentence when that sentence opens with a part named like the others
  for (let more = going ? next() : []; more.length > 0 && template.length >= 3 && separators.startsWith('；'); more = next()) {
    const p = partOf(draft, more[0]!, first.unit);
    // …；邮政业务收入6741万元。邮政快递业务量161.68万件，快递业务收入…: the sentence must open with the part itself
    if (!p || !bareMeasure(p).endsWith(template) || more[0]!.figures.find(level) !== p) break;
    const before = parts.length;
    const going = take(more);
    if (parts.length === before) break;
    extendTo(more[more.length - 1]!.segment.endOffset);
    if (!going) break;
  }
  if (parts.length === 0) return [];
  // the total: the only candidate of the parts' unit, or the one named like the parts
  const named = totals.filter((t) => template.length >= 2 && bareMeasure(t).endsWith(template));
  const total =
    totals.length === 1
      ? totals[0]!
      : named.length === 1
        ? named[0]!
        : ((named.length === 0 ? closestNamed(totals, template) : undefined) ?? rightBeforeQizhong(draft, totals, parts, segments, marker));
  // 共受理诉讼案件879件，结案700件。其中：受理民事案件755件，结案600件: each part of its own total, the one named
  // most like it (受理…案件, 结案), when every part has one and no two share it
  if (!total && marker === '其中' && parts.length >= 2 && totals.length >= 2) {
    const paired = pairedParts(draft, totals, parts, segments);
    if (paired.length > 0) return paired;
    // 立案349件，转为意见和建议51件。其中，经济建设类136件，…，生态文明建设类13件: parts named alike (…建设类) under
    // one candidate alone that none of them exceeds
    const largest = Math.max(...parts.map((p) => p.normalized!));
    // a candidate with its own share (委员提案446件，占76.63%) is a part of something else, not this list's total
    const above = totals.filter((t) => t.normalized! >= largest && !ownShare(draft.prose.slice(t.endOffset, t.endOffset + 40).split(/[；;。！？]/)[0]!));
    if (template.length === 0 || above.length !== 1 || parts.some((p) => mismatched(draft, above[0]!, p))) return [];
    return [{ total: above[0]!, parts, marker, complete: false, segments }];
  }
  // what was done is not a part of what was due (任务为17.58万亩 under 已完成63.1万亩), nor the other way round
  if (!total || parts.some((p) => mismatched(draft, total, p))) return [];
  // (each part after its count stated under the total's own measure, not another: 到位资金 under 完成投资)
  if (counted && parts.some((p) => !namedAlike(p, total))) return [];
  const labels = parts.map((p) => p.measure);
  // one list: listed with 、 or after 分别为, or named alike (第一产业增加值、第二产业增加值; 投诉类、举报类)
  const enumerated = parts.every((p, i) => i === 0 || /^[、和及与]$/.test(draft.prose.slice(parts[i - 1]!.endOffset, p.offset).replace(/[^、和及与，,；;]/g, '')));
  // 分产业类型看，文化制造业实现营业收入36739亿元，比上年增长3.2%；文化批发和零售业14726亿元，增长4.4%；文化服务业35159亿元，
  // 增长12.4% (heldout108/whcy-quanguo-01): after a sorting (分…看, 按…分, 从…看), groups by ； whose first part names the
  // total's measure after its kind (…实现营业收入 under 实现营业收入86624亿元) and whose later parts are each a short name heading
  // its group, each group stating only its part and the part's changes and shares: the measure is said once, the kinds after
  const sortedHeads =
    /^(?:分|按|从)/.test(marker) &&
    separators.startsWith('；') &&
    parts.length >= 2 &&
    total !== undefined &&
    suffixLength(bareMeasure(total), bareMeasure(parts[0]!)) >= 2 &&
    parts.every((p, i) => {
      const others = items.find((item) => item.segment === segments[i])?.figures.filter((f) => f !== p) ?? [];
      if (!others.every((f) => f.relational || f.unit.kind === 'percent' || f.unit.kind === 'points')) return false;
      return i === 0 || /^[\u4e00-\u9fff“”（）()]{1,12}$/.test(draft.prose.slice(segments[i]!.offset, p.offset).trim());
    });
  // 其中，干部595人次，占36.7%；群众1025人次，占63.3%: after 其中, parts that each open their clause group with a short name
  // (a longer name is one phrase too when its group states nothing but its part, its share and its changes:
  // 其中大小企业基金救助530.02万元；个人冠名基金及其他冠名基金救助57.28万元；…)
  const heads =
    marker === '其中' &&
    separators.startsWith('；') &&
    parts.every((p, i) => {
      const name = draft.prose.slice(segments[i]!.offset, p.offset).trim();
      // (or none, the count opening its group before its noun: 其中，16个项目全面达到序时进度要求；8个项目…)
      if (/^[\u4e00-\u9fff“”（）()]{0,12}$/.test(name)) return true;
      const others = items.find((item) => item.segment === segments[i])?.figures.filter((f) => f !== p) ?? [];
      return /^[\u4e00-\u9fff“”（）()、]{13,40}$/.test(name) && others.every((f) => f.relational || f.unit.kind === 'percent' || f.unit.kind === 'points');
    });
  // 各级各类学校487所。其中初级中学20所，…，小学281所，幼儿园177所: a total of all kinds (各类, 各级各类), listed kind by kind,
  // each part a short name and its figure at the head of its clause
  const kinds =
    marker === '其中' &&
    parts.length >= 2 &&
    total !== undefined &&
    namesAllKinds(draft, total) &&
    // (named so before its measure only, 共设立各类人民调解组织2487个: one clause right after the other, 行业性、专业性人民调解组织
    // one name, and nothing after a kind's figure, so that a clause of another matter, 创建了38个个人调解室, is no kind)
    (/各类|各级各类/.test(total.measure) ||
      parts.every(
        (p, i) =>
          (i === 0 || /^\s*[，,、]\s*(?:[\u4e00-\u9fff]{1,6}、)*$/.test(draft.prose.slice(parts[i - 1]!.endOffset, segments[i]!.offset))) &&
          /^(?:[（(][^）)]*[）)])?$/.test(draft.prose.slice(p.endOffset, segments[i]!.endOffset).trim()),
      )) &&
    parts.every((p, i) => /^[\u4e00-\u9fff“”（）()]{1,12}$/.test(draft.prose.slice(segments[i]!.offset, p.offset).trim().replace(QI_ZHONG_OPENING, '')));
  // 其中，企业5673.7万户，个体工商户1.22亿户，农民专业合作社224.0万户: after 其中, clauses that are each a short name
  // and its figure and nothing else, however unlike the names
  const bare =
    marker === '其中' &&
    // (in the total's own sentence: a 其中 that opens a sentence of unlike names may list another scope's kinds)
    // (or in the sentence right before, 人数为28391万人，比上年末增加2684万人。其中，参保职工…，参保离退休人员…, when the
    // total and its changes make its sentence and the 其中 opens the next one)
    (!/[。！？]/.test(draft.prose.slice(total.endOffset, segments[0]?.offset ?? total.endOffset)) ||
      NEXT_SENTENCE_QIZHONG.test(draft.prose.slice(total.endOffset, segments[0]?.offset ?? total.endOffset))) &&
    !separators.startsWith('；') &&
    parts.length >= 2 &&
    parts.every((p, i) => {
      const name = draft.prose.slice(segments[i]!.offset, p.offset).trim();
      return (
        /^[\u4e00-\u9fff“”（）()]{1,12}$/.test(name) &&
        // (a running total or a whole scope is no part: 全县市政消火栓达到1262个; under a running total, parts that each
        // say 累计 run over its period: 累计结存43.53亿元，其中统筹基金累计结余22.19亿元，个人账户累计结存21.34亿元)
        !(running && allRunning ? NO_BARE_PART_IN_RUN : NO_BARE_PART).test(name) &&
        // (a bracket of its own may follow: 公务用车购置及运行维护费40万元（包括：…）)
        /^(?:[（(][^）)]*[）)])?$/.test(draft.prose.slice(p.endOffset, segments[i]!.endOffset).trim()) &&
        // one clause right after the other: no clause between (分别占96.25%和占3.75%，期末结转结余4316万元 is no part), the
        // bracket of the part before aside (存量债务5747万元（一般债务…、专项债务…），地方政府债券372017万元（…）)
        (i === 0 || /^(?:[（(][^）)]*[）)])?\s*[，,、]\s*$/.test(draft.prose.slice(parts[i - 1]!.endOffset, segments[i]!.offset)))
      );
    });
  // 全市侨眷、侨属及港澳台亲属有14.18万户、80.39万人…。其中，侨眷、侨属52.74人，港澳台亲属27.66人 (heldout158/qiaoqing-taishan-01):
  // the total's name is the parts' names joined by 及 (和, 与, 以及), in their order: the parts are all of it
  // (14.18万户、80.39万人: the count after 、 shares the name of the one before it)
  const joined = marker === '其中' && parts.length >= 2 && namedByItsParts(bareMeasure(total) || nameBeforeEnumeration(draft, candidates, total), parts.map(partMeasure));
  // 其中，所提建议被采纳、问题已解决的1882件，占82.7%；列为工作参考的369件，占16.2%；…的25件，占1.1%: parts that each state
  // their share of the total, the shares making 100%, are all of it, however their names run
  const sharesWhole = parts.length >= 2 && sharesMakeAll(draft, total, parts, segments, items);
  // (其中0-6岁残疾儿童2.7万人；7-17岁残疾儿童1.6万人；18-59岁残疾人16.9万人；60岁以上残疾人8.7万人: bands of age apart)
  const alike =
    parts.length < 2 ||
    (marker === '其中' && ageBandsApart(parts.map(bareMeasure))) ||
    marker === '中' ||
    heads ||
    sortedHeads ||
    kinds ||
    bare ||
    sharesWhole ||
    joined ||
    template.length >= 2 ||
    /^[类级型费款税金项额類級費項稅額]$/.test(template) ||
    enumerated ||
    /^分别/.test(marker) ||
    isPartition(labels);
  if (!alike) return [];
  // 分主要科目看, 按重点行业分: the main items only, parts of the total that may leave a remainder
  const selected = /主要|重点/.test(marker);
  // (a partition after 其中 is all of the total only when the list is read to its end: 在校学生…，其中中职…，普通高中…，
  // 初中及小学…，幼儿园在园幼儿… stops before a part named otherwise, and what it read need not be all)
  // 其中，机构职能类信息1467条，…，其他类信息8173条: a list that ends with the rest (其他, 其余) is all of the total
  // (not when more is counted after it in its period, 其他机关45件；另有10件…, or a figure in the list was not read as a
  // part, 个人缴费收入12002.41万万元)
  const last = parts[parts.length - 1]!;
  const closedByRest =
    marker === '其中' &&
    parts.length >= 2 &&
    REST.test(bareMeasure(last)) &&
    !restOfOneKind(total, parts) &&
    !/[0-9０-９]/.test(draft.prose.slice(last.endOffset, periodEndFrom(draft, last.endOffset, last.para.endOffset))) &&
    items.every(
      (item) =>
        item.segment.offset > last.offset ||
        ((draft.prose.slice(item.segment.offset, item.segment.endOffset).match(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g)?.length ?? 0) <= item.figures.length &&
          item.figures.every((f) => f.offset < parts[0]!.offset || f.offset > last.offset || parts.includes(f) || f.relational || f.unit.kind === 'percent' || f.unit.kind === 'points')),
    );
  // 分产业看，第一产业用电量…；第二产业用电量…，其中工业…。…第三产业用电量…: a list that names some industries of the three
  // and not all is cut short (the rest stands in a later sentence), so it need not be all of the total
  const cutShort = PARTITIONS.some((set) => set.length > 2 && set.some((w) => labels.some((l) => l.includes(w))) && !covers(set, labels));
  // (分方式看，完成公路货运量…；完成水路货运量…: some modes of transport, parts of the total that leave the rest out)
  const someModes = partOfTheModes(labels);
  const complete =
    !selected &&
    !cutShort &&
    !someModes &&
    (sharesWhole ||
      (joined && going) ||
      /^分别/.test(marker) ||
      /^(?:按|分)/.test(marker) ||
      ((completePartition(labels, bareMeasure(total)) || closedByRest) && (going || kindsListed || marker !== '其中')) ||
      (kindsCounted(textBetween(draft, Math.max(total.sentence.offset, total.offset - 30), total.offset), labels) &&
        // (三级林长348名，其中：县级林长2名、副林长4名；乡镇级林长33名、副林长149名；…: more counted in the list than the kinds)
        items.every((item) => item.figures.every((f) => parts.includes(f) || !compatible(f.unit, total.unit)))));
  if (!complete && !selected && !someModes && marker !== '其中' && marker !== '中' && !/^从/.test(marker)) return [];
  // a list after “…中” is taken with two parts or more: one part alone (其中尚未整改的…) is too often another measure
  if (marker !== '其中' && parts.length < 2) return [];
  return [{ total, parts, marker: marker === '中' ? '其中' : marker, complete, segments }, ...nestedParts.breakdowns.filter((b) => parts.includes(b.total))];
}

/** 分别为 (分别是) within a list: where a run of its parts opens. */
const RESPECTIVELY = /分别(?:为|是)/g;
/** The measure a run's names end with, right before its 分别为 (供水量 of 地表水、地下水供水量分别为). */
const RUN_MEASURE = /([\u4e00-\u9fff]{2,3})分别(?:为|是)$/;

/**
 * 供用水总量为372.45亿立方米，其中，地表水、地下水、外调水、非常规水供水量分别为…，农业、工业、生活、人工生态用水量分别为…:
 * one total cut two ways (what was supplied, what was used), each cut a run of its own after its own 分别为, the runs
 * naming other measures (供水量, 用水量): each run is all of the total, and read as one list they count it twice. The
 * breakdown as found (the runs read as one list, or the first run alone) is replaced by the runs when its sentence splits
 * so (every run two levels or more of the total's unit, the runs' measures unlike) and the runs together do not add up to
 * the total.
 */
export function respectiveRuns(par: Paragraph, b: Breakdown): Breakdown[] {
  const { draft } = par;
  if (b.parts.length < 2) return [b];
  const stop = /[。！？]/.exec(draft.prose.slice(b.total.endOffset, b.total.para.endOffset));
  const end = stop ? b.total.endOffset + stop.index : b.total.para.endOffset;
  RESPECTIVELY.lastIndex = 0;
  const marks = [...draft.prose.slice(b.total.endOffset, end).matchAll(RESPECTIVELY)].map((m) => b.total.endOffset + m.index! + m[0].length);
  if (marks.length < 2) return [b];
  const measures = marks.map((at) => RUN_MEASURE.exec(draft.prose.slice(Math.max(b.total.endOffset, at - 6), at))?.[1]);
  if (measures.some((m) => !m) || new Set(measures).size !== measures.length) return [b];
  const runs = marks.map((at, k) => par.figures.filter((f) => f.offset >= at && f.offset < (marks[k + 1] ?? end) && level(f) && !f.bracket && compatible(f.unit, b.total.unit)));
  if (runs.some((run) => run.length < 2)) return [b];
  const all = runs.flat();
  const sameAs = (list: readonly Figure[]): boolean => b.parts.length === list.length && b.parts.every((p, i) => p === list[i]);
  if (!sameAs(all) && !sameAs(runs[0]!)) return [b];
  if (judge(added(all), { figure: b.total }, { compare: '=', unit: 'amount' })?.holds) return [b];
  return runs.map((run, k) => ({
    ...b,
    parts: run,
    segments: run.map((p, i) => ({ offset: p.offset, endOffset: run[i + 1]?.offset ?? marks[k + 1] ?? end })),
    marker: '分别为',
    complete: true,
  }));
}

/**
 * 其中：农业产值11.4亿元，占51.1%；林业产值1.3亿元，占5.8%，畜牧业产值9.5亿元，占42.6%，渔业产值0.1亿元: the clauses of a
 * list by ； whose first group states one part and a later group runs on by ， with more, every part opening its clause
 * after a short name and all the names ending alike (…产值), each name once. Undefined unless the list reads so: the
 * first group with two parts or more is a parallel list (批复指标…，已用指标…；批复指标…), a group with its own 其中 or
 * 包括 a nested breakdown, a clause with a level of another measure another statement.
 */
function mixedSeparators(text: string, groups: ReadonlyArray<{ offset: number; endOffset: number }>, figures: readonly Figure[]): Array<{ offset: number; endOffset: number }> | undefined {
  if (groups.length < 2) return undefined;
  const unit = within(figures, groups[0]!.offset, groups[0]!.endOffset).find(level)?.unit;
  if (!unit) return undefined;
  const clauses: Array<{ offset: number; endOffset: number }> = [];
  const names: string[] = [];
  const perGroup: number[] = [];
  for (const g of groups) {
    if (/其中|包括|含/.test(text.slice(g.offset, g.endOffset))) return undefined;
    let count = 0;
    for (const c of splitOutsideBrackets(text, g.offset, g.endOffset, '，,、')) {
      const inClause = within(figures, c.offset, c.endOffset);
      const levels = inClause.filter(level);
      if (levels.length === 0) {
        // (a clause of the part's changes and shares only: 同比增长8.1%, 占51.1%)
        if (inClause.some((f) => !f.relational && f.unit.kind !== 'percent' && f.unit.kind !== 'points')) return undefined;
        clauses.push(c);
        continue;
      }
      const part = levels[0]!;
      if (levels.length > 1 || inClause[0] !== part || !compatible(part.unit, unit)) return undefined;
      if (!/^[\u4e00-\u9fff“”（）()\s]{1,14}$/.test(text.slice(c.offset, part.offset))) return undefined;
      names.push(bareMeasure(part));
      clauses.push(c);
      count++;
    }
    perGroup.push(count);
  }
  if (perGroup[0] !== 1 || perGroup.every((n) => n <= 1)) return undefined;
  if (new Set(names).size !== names.length || commonSuffix(names).length < 2) return undefined;
  return clauses;
}

/**
 * 其中，通过网络申请1156件，占70.44%；通过信函申请470件，占28.64%，通过当面申请15件，占比0.91%: after a 其中 without a colon,
 * groups by ； that read as one list with mixed separators (a first group of one part, a later group running on by ， with
 * more, the names ending alike) run on across the ；, as groups of one part each do (headedAlike); not after a ； in the
 * marker's sentence, where the 其中 may belong to one group of a longer list.
 */
function mixedAfterBareQizhong(text: string, markerAt: number, paraStart: number, marker: string, groups: ReadonlyArray<{ offset: number; endOffset: number }>, figures: readonly Figure[]): boolean {
  if (marker !== '其中' || groups.length < 2) return false;
  if (/[；;]/.test(text.slice(lastEnd(text, markerAt, paraStart, '。！？'), markerAt))) return false;
  return mixedSeparators(text, groups, figures) !== undefined;
}

/**
 * 其中工业投资6.81亿元，同比增长19.55%；服务业投资3.25亿元，同比增长34.11%: two groups after a bare 其中, each stating
 * nothing but its part and changes or shares of it, the parts named alike (…投资, 两个字 or more), are the list's two
 * parts, as three such groups are. (A group that states a figure of its own besides, 在谈项目6个，意向投资额约18亿元, is
 * another statement: 其中工业项目3个；在谈项目6个 is a part and a sibling.)
 */
function twoAlike(groupHeads: ReadonlyArray<readonly Figure[]>, totals: readonly Figure[], onlyParts: boolean): boolean {
  const names = groupHeads.map((g) => bareMeasure(g[0]!));
  // (a part named by what it did, 产值实现增长的企业96家；高新技术企业48家, or by a trait, 女, 党员, cuts across the other)
  if (!onlyParts || names.some((n) => /的/.test(n) || CROSS_CUTTING.test(n))) return false;
  // both parts named alike the total, as far (工业投资, 服务业投资 under 固定资产投资): a part named more like it than the
  // other is a narrower scope of it and the other its sibling (存款余额308亿元，其中，住户存款余额269亿元；贷款余额115亿元)
  const alike = totals.every((t) => suffixLength(bareMeasure(t), names[0]!) === suffixLength(bareMeasure(t), names[1]!));
  return alike && commonSuffix(names).length >= 2;
}

/** Words that make a clause state a total of its own (建筑业、房地产业税收合计1.12亿元), not a part of the list's. */
const OWN_TOTAL = /合计|共计|总计|小计|累计|总量|总数|总额/;
/** Names that make no bare part after 其中 (a running total, a whole scope: 全县市政消火栓达到1262个); the same under a
 *  running total whose parts each say 累计 too. */
const NO_BARE_PART = /^全|总量|总数|总额|总计|合计|共计|小计|累计|达到|均/;
const NO_BARE_PART_IN_RUN = /^全|总量|总数|总额|总计|合计|共计|小计|达到|均/;
/** The same under a running total (累计), whose parts run over the same period: 累计 opening the clause still says so
 *  (累计争取国拨省补资金…；累计争取债券资金33030万元，其中：… is a running total beside it, not a part). */
const OWN_TOTAL_IN_RUN = /^\s*累计|合计|共计|总计|小计|总量|总数|总额/;

/** A share right after a part, opening the rest of its group (，占17.7%, 、占30%, 占比0.91%). */
export const PART_SHARE_AFTER = /^[，,、\s]*占(?:比)?[^，,；;。0-9０-９]{0,16}?[0-9０-９]/;

/** A share right after a part, naming no whole or the total's (，占82.7%, 占受理总数的28.8%, 占比5.1%): group 1 the words. */
const PART_SHARE = /^[，,、\s]*(?:[，,]\s*)?占(?:比)?([^，,；;。：:、0-9０-９%％]{0,16}?)(?:的)?(?:比重|比例)?(?:为|达)?\s*$/;

/**
 * Whether every part states its share right after it (in its clause group, before any other figure of its own), of no
 * whole named or of the total's, and the shares make 100% at the precision written: then the parts are all of the total.
 */
function sharesMakeAll(draft: Draft, total: Figure, parts: readonly Figure[], segments: Breakdown['segments'], items: readonly Item[]): boolean {
  const shares: Figure[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const segment = segments[i]!;
    const item = items.find((it) => it.segment.offset === segment.offset);
    const next = item?.figures.find((f) => f.offset > p.offset);
    if (!next || next.unit.kind !== 'percent' || !exact(next) || next.bracket || next.endOffset > segment.endOffset) return false;
    const m = PART_SHARE.exec(draft.prose.slice(p.endOffset, next.offset));
    if (!m) return false;
    const words = shareWords(m[1]!);
    if (words && !/^(?:总数|总量|总额|合计|总计)$/.test(words) && suffixLength(bareMeasure(total), words) < 2 && !/总数|总量|总额/.test(words)) return false;
    shares.push(next);
  }
  return !!judge(added(shares), { constant: 100, text: '100%' }, { compare: '=', unit: 'percent' })?.holds;
}

/** A part that is the rest of its list's total: 其他类信息, 其余件, 其它, 余下17件. */
const REST = /^(?:其他|其它|其余|剩余|余下)/;

/** Whether a part's name names the rest of its total (其他收入, 其余件): a list that ends with it leaves nothing out. */
export function namesTheRest(name: string): boolean {
  return REST.test(name);
}

/** Words before a measure that name only when or where it is stated (年末辖区户籍总人口 is 户籍总人口). */
const SCOPE_HEAD = /^(?:年末|年底|全年|当年|本年)?(?:全县|全市|全区|全省|全州|全镇|全乡|辖区|我县|我市|我区)?(?:共有|共计|共)?/;

/**
 * A name whose words from its last 总 on (总产值, 总诊疗人次: three characters or more) end a total's name too:
 * 农业总产值 under 农林牧渔业总产值. A name ending with the total's own (某区户籍总人口 under 年末辖区户籍总人口) is a
 * sub-total in a narrower scope, not a part.
 */
function namedLikeTotal(name: string, totals: readonly Figure[]): boolean {
  const tail = name.slice(name.lastIndexOf('总'));
  if (tail.length < 3) return false;
  return totals.some((t) => {
    const total = bareMeasure(t);
    return total.endsWith(tail) && !name.endsWith(total.replace(SCOPE_HEAD, ''));
  });
}

/**
 * 支出预算为24.5万元，支出决算为11.96万元。其中：因公出国（境）费支出决算为0万元；公务接待费支出决算为7.94万元: when no
 * candidate total is named all like the parts (…费支出决算), the one whose name ends most like theirs, by three
 * characters or more (支出决算) and more than any other's.
 */
function closestNamed(totals: readonly Figure[], template: string): Figure | undefined {
  if (template.length < 3) return undefined;
  const scored = totals.map((t) => ({ t, k: suffixLength(bareMeasure(t), template) })).sort((a, b) => b.k - a.k);
  return scored[0]!.k >= 3 && scored[1]!.k < scored[0]!.k ? scored[0]!.t : undefined;
}

/**
 * An age band in a name (0-14岁, 18岁到35岁, 90至94周岁, 34岁及以下, 60岁以上, 3岁): group 1 its first age, group 2 the
 * last of a range, group 3 the words of an open band.
 */
export const AGE_BAND = /([0-9]{1,3})(?:[周週]?[岁歲])?(?:[-－—~～至到]([0-9]{1,3}))?[周週]?[岁歲](及以下|以下|及以上|以上)?/;

/**
 * Whether every name holds one age band and no two bands share a year (ageBounds: 60岁以上 counts 60, 18岁以下 does not
 * count 18; a single age, 3岁, is its year): two names or more.
 */
export function ageBandsApart(names: readonly string[]): boolean {
  const bands: Array<{ lo: number; hi: number }> = [];
  for (const name of names) {
    const m = AGE_BAND.exec(name);
    if (!m) return false;
    const age = Number(m[1]);
    const band = m[2] === undefined && m[3] === undefined ? { lo: age, hi: age + 1 } : ageBounds(age, m[2] === undefined ? undefined : Number(m[2]), m[3] ?? '');
    if (!band || band.lo >= band.hi || bands.some((o) => band.lo < o.hi && o.lo < band.hi)) return false;
    bands.push(band);
  }
  return bands.length >= 2;
}

/**
 * A total named as of all kinds (各类, 各级各类), in its measure or in the words of its clause before it, where the
 * measure leaves them out (全市共设立各类人民调解组织2487个: the measure is 人民调解组织).
 */
function namesAllKinds(draft: Draft, total: Figure): boolean {
  return /各类|各级各类/.test(total.measure) || /(?:各类|各级各类)[\u4e00-\u9fff]{1,12}$/.test(textBetween(draft, total.clause.offset, total.offset));
}

/**
 * 共形成有效电子工单3338件，其中在线办结数2882件，转办工单456件 after 来信2件 in the same sentence; 农村公路里程达420.05万公里，
 * 其中县道里程…，乡道里程…，村道里程… after 全国公路总里程501.25万公里: when several figures of the parts' unit stand before a
 * 其中 in its sentence and none is named like the parts, the one whose clause 其中 closes (a comma between, nothing else)
 * is the whole it breaks down, when no part exceeds it. Not when the parts add up to another of them in its sentence
 * exactly (that reading holds, and nothing is said; a title stating the figure again is no such reading), nor when 其中
 * opens a sentence of its own (立案349件，转为意见和建议51件。其中… lists the 349).
 */
function rightBeforeQizhong(draft: Draft, totals: readonly Figure[], parts: readonly Figure[], segments: Breakdown['segments'], marker: string): Figure | undefined {
  const nearest = totals[totals.length - 1];
  if (marker !== '其中' || !nearest || parts.length < 2 || segments.length === 0 || !known(nearest) || !parts.every(known)) return undefined;
  if (nearest.sentence.offset !== parts[0]!.sentence.offset || !closedByQizhongAfterItsShare(draft, nearest, segments[0]!.offset)) return undefined;
  if (parts.some((p) => p.normalized > nearest.normalized)) return undefined;
  const addsUpTo = (t: Figure): boolean => judge({ op: '+', args: parts.map((figure) => ({ figure, labelled: true })) }, { figure: t }, { compare: '=', unit: 'amount' })?.holds === true;
  return totals.some((t) => t !== nearest && t.sentence.offset === nearest.sentence.offset && addsUpTo(t)) ? undefined : nearest;
}

/** The figure's own share and change, in clauses of their own right after it: ，占46.9%, ，比上届提高2.4%. */
const OWN_SHARE_OR_CHANGE = /[，,](?:占[^，,；;。0-9０-９]{0,16}|(?:比|较|較)[^，,；;。0-9０-９]{1,10})[0-9.]+(?:%|个百分点)/g;

/**
 * 基层一线代表为9999名，占46.9%，比上届提高2.4%，其中，农民代表7346名…: the clause 其中 closes may hold the figure's own share
 * and change before it; the figure is the one the list breaks down all the same.
 */
function closedByQizhongAfterItsShare(draft: Draft, f: Figure, listFrom: number): boolean {
  return /^[，,]\s*其中[，,：:]?\s*$/.test(textBetween(draft, f.endOffset, listFrom).replace(OWN_SHARE_OR_CHANGE, ''));
}

/** Whether a figure's clause is closed by 其中 and the list starts right after it (…3338件，其中在线办结数…). */
function closedByQizhong(draft: Draft, f: Figure, listFrom: number): boolean {
  return /^[，,]\s*其中[，,：:]?\s*$/.test(textBetween(draft, f.endOffset, listFrom));
}

/** The noun a share names (一审案件 of 一审案件总数的9.84%): up to its figure, without 的, 总数 and the like. */
function shareWords(words: string): string {
  const cut = words.search(/[0-9０-９]/);
  let w = cut >= 0 ? words.slice(0, cut) : words;
  for (let m = SHARE_TAIL.exec(w); m; m = SHARE_TAIL.exec(w)) w = w.slice(0, m.index);
  return w;
}

const SHARE_TAIL = /(?:的|比重|为|总数|总量|总额|合计|总计)$/;

/** Each part under the total whose name ends most like its own (two characters or more), one part per total. */
function pairedParts(draft: Draft, totals: readonly Figure[], parts: readonly Figure[], segments: Breakdown['segments']): Breakdown[] {
  const out: Breakdown[] = [];
  const used = new Set<Figure>();
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const scored = totals.map((t) => ({ t, k: suffixLength(bareMeasure(t), bareMeasure(p)) })).sort((a, b) => b.k - a.k);
    const best = scored[0]!;
    if (best.k < 2 || scored[1]!.k === best.k || used.has(best.t) || mismatched(draft, best.t, p)) return [];
    used.add(best.t);
    out.push({ total: best.t, parts: [p], marker: '其中', complete: false, segments: [segments[i]!] });
  }
  return out;
}

/** One measure's breakdown of a parallel list: in each clause group, the level named most like the total. */
function parallelList(draft: Draft, total: Figure, totals: readonly Figure[], items: Item[], marker: string): Breakdown | undefined {
  const name = bareMeasure(total);
  const parts: Figure[] = [];
  const segments: Breakdown['segments'] = [];
  for (const item of items) {
    if (item.nestedAfter) continue;
    const scored = item.figures
      .filter((f) => level(f) && compatible(f.unit, total.unit) && !mismatched(draft, total, f) && !notAPart(draft, f))
      .map((f) => ({ f, k: suffixLength(bareMeasure(f), name) }))
      .filter((x) => x.k >= 2)
      .sort((a, b) => b.k - a.k);
    if (scored.length === 0 || (scored.length > 1 && scored[1]!.k === scored[0]!.k)) continue;
    const best = scored[0]!;
    // a part named as like another total (修复任务 and 建设任务 both end in 任务) is no one's
    if (totals.some((t) => t !== total && suffixLength(bareMeasure(best.f), bareMeasure(t)) >= best.k)) continue;
    parts.push(best.f);
    segments.push(item.segment);
  }
  if (parts.length < 2) return undefined;
  return { total, parts, marker, complete: false, segments };
}

/**
 * Whether the parts of a list opening its paragraph exceed its total (the last sentence's figure above) while a figure
 * before that total in the same paragraph, of their unit and named like every part (…营业里程), holds them: the list
 * may be that figure's, a wider whole, and the reading stays silent.
 */
function heldByOneNamedAbove(par: Paragraph, b: Breakdown): boolean {
  const { total, parts } = b;
  if (!known(total) || !parts.every(known)) return false;
  const sum = added(parts);
  if (judge(sum, { figure: total }, { compare: '<=', unit: 'amount' })?.holds !== false) return false;
  const names = parts.map(bareMeasure);
  return par.lookups
    .earlier()
    .some(
      (f) =>
        f.para.offset === total.para.offset &&
        f.offset < total.offset &&
        level(f) &&
        known(f) &&
        compatible(f.unit, total.unit) &&
        names.every((n) => suffixLength(bareMeasure(f), n) >= 2) &&
        judge(sum, { figure: f }, { compare: '<=', unit: 'amount' })?.holds === true,
    );
}

/** Words after an item's name that say what it tells (公共图书馆部分显示，, 在综合部分中，). */
const ITEM_TELLS = /(?:显示|顯示|表明|指出|提到|中|里|裡)$/;

/**
 * Whether the first clause after 其中 names one item of the total by the total's own noun and states no figure of it
 * (…九个部分。其中公共图书馆部分显示，…): the item is picked out, not counted.
 */
function itemNamedUncounted(text: string, listFrom: number, b: Breakdown): boolean {
  const noun = bareMeasure(b.total);
  const first = b.parts[0];
  if (noun.length < 2 || !first) return false;
  const clause = /^[^，,；;。：:]+(?=[，,：:])/.exec(text.slice(listFrom, first.offset))?.[0];
  return clause !== undefined && clause.replace(ITEM_TELLS, '').endsWith(noun);
}

/**
 * Whether the first part of a 其中 list opens with an item of an enumeration (A、B、C等) that stands after the total, in
 * its sentence, before another figure counting those items: the list breaks that figure down, not the total.
 */
function partOfListedAfter(text: string, b: Breakdown, markerAt: number, figures: readonly Figure[]): boolean {
  const first = b.parts[0];
  if (!first || markerAt - b.total.endOffset > 120) return false;
  const name = partMeasure(first);
  const between = text.slice(b.total.endOffset, markerAt);
  for (let at = between.indexOf('等'); at >= 0; at = between.indexOf('等', at + 1)) {
    // the enumeration: the run of characters and 、 right before 等 (工地噪音、设备噪音、餐饮油烟), two items at least
    let from = at;
    while (from > 0 && at - from < 60 && /[\u4e00-\u9fff、]/.test(between[from - 1]!)) from--;
    const items = between.slice(from, at).split('、');
    if (items.length < 2 || !items.some((item) => item.length >= 2 && name.startsWith(item))) continue;
    // (the figure that counts the items: the next after the list, in its clause)
    const listEnd = b.total.endOffset + at + 1;
    const counted = within(figures, listEnd, markerAt)[0];
    if (counted && counted !== b.total && !/[，,；;。]/.test(text.slice(listEnd, counted.offset))) return true;
  }
  return false;
}

/**
 * 现有3159户，113⏎⏎2、11人，其中农业人口为10942人: a figure right after the label of a site's numbered piece (2、) at the head
 * of a line, the line before ending in digits without a stop, is the tail of a number the page cut in two: no total.
 */
export function cutByPieceLabel(text: string, f: Figure): boolean {
  return /[0-9][ \t]*\n\s*[0-9]{1,2}、$/.test(text.slice(Math.max(0, f.offset - 16), f.offset));
}

// The real corpus's independent oracle (tests/corpus/real/README.md describes the format).
//
// Reads every `<batch>/<id>.json` next to its `<id>.md`, resolves each reference to UTF-16 offsets, parses each
// bracketed figure with its own small number parser, evaluates the relation's `check` in interval arithmetic at the
// precision written, and reports every annotation that is wrong: a reference that does not resolve or is ambiguous,
// a `holds` flag the arithmetic contradicts, a role the check does not know, a table that cannot be found.
//
// It deliberately imports nothing from the engine: the engine's figure code is what this corpus judges.
//
//   npx tsx tests/corpus/real/verify.ts [--batch NAME]… [--show]
//
// exits 1 and prints one line per bad annotation; `--show` also prints every relation with its arithmetic.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REAL_DIR = __dirname;

export const RELATION_KINDS = [
  'sum',
  'share',
  'rate',
  'change',
  'points',
  'times',
  'sexratio',
  'restatement',
  'table-sum',
  'table-share',
  'table-rate',
  'table-change',
  'table-restatement',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const TABLE_FORMS = ['pipe', 'space', 'cells', 'tab', 'gfm'] as const;

// ---------------------------------------------------------------------------------------------------------------
// The annotation as written

/** A reference: the figure between ⟦ ⟧ with enough context to occur once; `#n` at the end picks the nth occurrence. */
export type RefSpec = string | { ref: string; unit?: string; rounded?: boolean };

export interface RelationSpec {
  id: string;
  kind: string;
  figures: Record<string, RefSpec>;
  check: string;
  anchor: string;
  holds: boolean;
  note?: string;
}

export interface TableSpec {
  form: string;
  first: string;
  last: string;
}

export interface AnnotationSpec {
  url: string;
  title: string;
  kind: string;
  batch: string;
  relations: RelationSpec[];
  tables?: TableSpec[];
  errors?: string;
  derivedFrom?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Intervals

export interface Interval {
  lo: number;
  hi: number;
}

const point = (v: number): Interval => ({ lo: v, hi: v });

function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

function mul(a: Interval, b: Interval): Interval {
  const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: Math.min(...p), hi: Math.max(...p) };
}

function div(a: Interval, b: Interval): Interval {
  if (b.lo <= 0 && b.hi >= 0) throw new Error(`division by an interval that contains 0 ([${b.lo}, ${b.hi}])`);
  return mul(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

export function formatInterval(x: Interval): string {
  const f = (v: number): string => String(Number(v.toPrecision(10)));
  return x.lo === x.hi ? f(x.lo) : `[${f(x.lo)}, ${f(x.hi)}]`;
}

// ---------------------------------------------------------------------------------------------------------------
// Figures: the number parser

/** What a figure measures: a percentage's value is its number (68.2% → 68.2), as are 个百分点 and 倍. */
export type FigureForm = 'amount' | 'percent' | 'permille' | 'points' | 'times';

export interface ParsedFigure {
  /** The value as written, in base units (万/亿 applied). */
  value: number;
  /** The value's interval at its written precision. */
  interval: Interval;
  form: FigureForm;
  /** Digits after the decimal point as written (Chinese numerals: after 点). */
  decimals: number;
  /** The multiplier written (1, 1e4, 1e8, …). */
  multiplier: number;
  /** Written in Chinese numerals (三十六个). */
  chinese: boolean;
  /** Written with thousands separators (1,200). */
  grouped: boolean;
  /** Exact: a count written as an integer without multiplier. */
  exact: boolean;
  /** What follows the number and its multiplier (亿元, %, 个百分点, 人次…). */
  unit: string;
}

const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['萬億', 1e12],
  ['千亿', 1e11],
  ['千億', 1e11],
  ['百亿', 1e10],
  ['百億', 1e10],
  ['十亿', 1e9],
  ['十億', 1e9],
  ['千万', 1e7],
  ['千萬', 1e7],
  ['百万', 1e6],
  ['百萬', 1e6],
  ['十万', 1e5],
  ['十萬', 1e5],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_CHARS = /^[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?/;

/** A Chinese integer below 10^16: 三十六, 一百零五, 二千三百万, 十二. */
function chineseInteger(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch]!;
    else if (ch in CN_UNITS) {
      section += (digit === 0 && ch === '十' ? 1 : digit) * CN_UNITS[ch]!;
      digit = 0;
    } else if (ch === '万' || ch === '亿') {
      const unit = ch === '万' ? 1e4 : 1e8;
      section += digit;
      total = ch === '亿' ? (total + section) * unit : total + section * unit;
      section = 0;
      digit = 0;
    } else throw new Error(`not a Chinese numeral: ${s}`);
  }
  return total + section + digit;
}

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)).replace(/．/g, '.');
}

/**
 * Parse a figure as written: `56.82亿元`, `68.2%`, `1,200人次`, `3.6个百分点`, `2.5倍`, `-1%`, `474.5` (with `unit`
 * when the unit is not written next to it), `三十六个`. Throws with a message when the text is not a figure.
 */
export function parseFigure(written: string, unitGiven?: string, rounded = false): ParsedFigure {
  const text = toAsciiDigits(written.trim());
  let rest: string;
  let negative = false;
  let intValue: number;
  let fraction = '';
  let chinese = false;
  let grouped = false;
  let percentPrefix = false;

  let s = text;
  const sign = /^[+\-−－]/.exec(s);
  if (sign) {
    negative = sign[0] !== '+';
    s = s.slice(1);
  }
  if (s.startsWith('百分之')) {
    percentPrefix = true;
    s = s.slice(3);
  }
  // thousands grouped by commas (1,200) or, as GB/T 15835-2011 5.1.3 also allows, by a space (321 146)
  const arabic = /^(\d{1,3}(?:[,，]\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(?:\.(\d+))?/.exec(s);
  if (arabic) {
    grouped = /[,， \u00a0\u2009\u202f]/.test(arabic[1]!);
    intValue = Number(arabic[1]!.replace(/[,， \u00a0\u2009\u202f]/g, ''));
    fraction = arabic[2] ?? '';
    rest = s.slice(arabic[0].length);
  } else {
    const cn = CN_CHARS.exec(s);
    if (!cn) throw new Error(`«${written}» does not start with a number`);
    chinese = true;
    let body = cn[0];
    // a trailing 万/亿 is the multiplier, as in 三十万人: keep it for the multiplier step below
    const tail = /[万亿]+$/.exec(body.split('点')[0]!);
    if (tail && !body.includes('点')) body = body.slice(0, body.length - tail[0].length);
    const [intPart, fracPart] = body.split('点');
    if (!intPart) throw new Error(`«${written}» has no integer part`);
    intValue = chineseInteger(intPart);
    fraction = fracPart ? [...fracPart].map((c) => String(CN_DIGITS[c])).join('') : '';
    rest = s.slice(body.length);
  }

  let suffix = rest.trim();
  if (suffix === '' && unitGiven) suffix = unitGiven.trim();
  let multiplier = 1;
  for (const [m, v] of MULTIPLIERS) {
    if (!suffix.startsWith(m)) continue;
    const after = suffix.slice(m.length);
    if (m === '百' && after.startsWith('分')) continue; // 百分点
    if (m === '千' && /^[克米瓦焦帕卡]/.test(after)) continue; // 千克, 千米, 千瓦时
    multiplier = v;
    suffix = after;
    break;
  }
  let form: FigureForm = 'amount';
  if (percentPrefix || /^[%％﹪]/.test(suffix)) form = 'percent';
  else if (suffix.startsWith('‰')) form = 'permille';
  else if (/^(个)?百分点/.test(suffix)) form = 'points';
  else if (suffix.startsWith('倍')) form = 'times';

  const decimals = fraction.length;
  const magnitude = (intValue + (fraction ? Number(`0.${fraction}`) : 0)) * multiplier;
  const value = negative ? -magnitude : magnitude;
  const exact = form === 'amount' && decimals === 0 && multiplier === 1 && !rounded;
  const half = exact ? 0 : 0.5 * 10 ** -decimals * multiplier;
  return {
    value,
    interval: { lo: value - half, hi: value + half },
    form,
    decimals,
    multiplier,
    chinese,
    grouped,
    exact,
    unit: suffix,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The check: an equation or inequality over role names, evaluated in interval arithmetic

export type Comparator = '=' | '<=' | '>=' | '<' | '>';

type Token = { t: 'num'; v: number } | { t: 'id'; v: string } | { t: 'op'; v: string };

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|==|[-+*/×÷()=<>−]))/y;
  let pos = 0;
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(expr);
    if (!m) throw new Error(`cannot read the check at «${expr.slice(pos)}»`);
    if (m[1] !== undefined) tokens.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ t: 'id', v: m[2] });
    else {
      const op = m[3]!;
      tokens.push({ t: 'op', v: op === '×' ? '*' : op === '÷' ? '/' : op === '−' ? '-' : op === '==' ? '=' : op });
    }
    pos = re.lastIndex;
  }
  return tokens;
}

type Expr = { k: 'num'; v: number } | { k: 'id'; v: string } | { k: 'neg'; e: Expr } | { k: 'bin'; op: string; a: Expr; b: Expr };

function parseExpression(tokens: Token[]): Expr {
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (v: string): boolean => peek()?.t === 'op' && peek()!.v === v;
  function factor(): Expr {
    const tok = tokens[i++];
    if (!tok) throw new Error('the check ends too early');
    if (tok.t === 'num') return { k: 'num', v: tok.v };
    if (tok.t === 'id') return { k: 'id', v: tok.v };
    if (tok.v === '-') return { k: 'neg', e: factor() };
    if (tok.v === '(') {
      const e = sum();
      if (!isOp(')')) throw new Error('a parenthesis is not closed in the check');
      i++;
      return e;
    }
    throw new Error(`unexpected «${tok.v}» in the check`);
  }
  function product(): Expr {
    let e = factor();
    while (isOp('*') || isOp('/')) {
      const op = String(tokens[i++]!.v);
      e = { k: 'bin', op, a: e, b: factor() };
    }
    return e;
  }
  function sum(): Expr {
    let e = product();
    while (isOp('+') || isOp('-')) {
      const op = String(tokens[i++]!.v);
      e = { k: 'bin', op, a: e, b: product() };
    }
    return e;
  }
  const e = sum();
  if (i !== tokens.length) throw new Error(`unexpected «${tokens[i]!.v}» in the check`);
  return e;
}

function identifiers(e: Expr, out: Set<string>): Set<string> {
  if (e.k === 'id') out.add(e.v);
  else if (e.k === 'neg') identifiers(e.e, out);
  else if (e.k === 'bin') {
    identifiers(e.a, out);
    identifiers(e.b, out);
  }
  return out;
}

function evaluateExpr(e: Expr, values: Record<string, Interval>): Interval {
  switch (e.k) {
    case 'num':
      return point(e.v);
    case 'id': {
      const v = values[e.v];
      if (!v) throw new Error(`unknown role «${e.v}» in the check`);
      return v;
    }
    case 'neg': {
      const v = evaluateExpr(e.e, values);
      return { lo: -v.hi, hi: -v.lo };
    }
    case 'bin': {
      const a = evaluateExpr(e.a, values);
      const b = evaluateExpr(e.b, values);
      if (e.op === '+') return add(a, b);
      if (e.op === '-') return sub(a, b);
      if (e.op === '*') return mul(a, b);
      return div(a, b);
    }
  }
}

export interface ParsedCheck {
  left: Expr;
  comparator: Comparator;
  right: Expr;
  roles: Set<string>;
}

export function parseCheck(check: string): ParsedCheck {
  const tokens = tokenize(check);
  const cmp = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.t === 'op' && ['=', '<=', '>=', '<', '>'].includes(t.v));
  if (cmp.length !== 1) throw new Error(`the check must have exactly one of = <= >= < > (has ${cmp.length})`);
  const at = cmp[0]!.i;
  const left = parseExpression(tokens.slice(0, at));
  const right = parseExpression(tokens.slice(at + 1));
  const roles = identifiers(right, identifiers(left, new Set()));
  return { left, comparator: cmp[0]!.t.v as Comparator, right, roles };
}

export interface CheckOutcome {
  holds: boolean;
  left: Interval;
  right: Interval;
  comparator: Comparator;
}

/** Evaluate a check with each role's interval: `=` holds when the two sides' intervals overlap. */
export function evaluateCheck(check: string | ParsedCheck, values: Record<string, Interval>): CheckOutcome {
  const parsed = typeof check === 'string' ? parseCheck(check) : check;
  const left = evaluateExpr(parsed.left, values);
  const right = evaluateExpr(parsed.right, values);
  // floating-point slack only: the precision of the figures is in their intervals
  const eps = 1e-9 * Math.max(1, Math.abs(left.lo), Math.abs(left.hi), Math.abs(right.lo), Math.abs(right.hi));
  let holds: boolean;
  switch (parsed.comparator) {
    case '=':
      holds = left.lo <= right.hi + eps && right.lo <= left.hi + eps;
      break;
    case '<=':
      holds = left.lo <= right.hi + eps;
      break;
    case '>=':
      holds = left.hi + eps >= right.lo;
      break;
    case '<':
      holds = left.lo < right.hi - eps;
      break;
    case '>':
      holds = left.hi - eps > right.lo;
      break;
  }
  return { holds, left, right, comparator: parsed.comparator };
}

// ---------------------------------------------------------------------------------------------------------------
// References

export interface ResolvedRef {
  /** Offsets of the bracketed figure in the excerpt (UTF-16 code units, half-open). */
  offset: number;
  endOffset: number;
  /** The figure as written (the text between ⟦ ⟧). */
  text: string;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Resolve a reference string to its figure's offsets; throws with a message when it is unresolved or ambiguous. */
export function resolveRef(text: string, ref: string): ResolvedRef {
  let spec = ref;
  let nth: number | undefined;
  const hash = /#(\d+)$/.exec(spec);
  if (hash) {
    nth = Number(hash[1]);
    spec = spec.slice(0, hash.index);
  }
  const open = spec.indexOf('⟦');
  const close = spec.indexOf('⟧');
  if (open < 0 || close < open || spec.indexOf('⟦', open + 1) >= 0 || spec.indexOf('⟧', close + 1) >= 0) {
    throw new Error(`reference «${ref}» must hold exactly one ⟦figure⟧`);
  }
  const figure = spec.slice(open + 1, close);
  if (figure.trim() === '') throw new Error(`reference «${ref}» brackets nothing`);
  const plain = spec.slice(0, open) + figure + spec.slice(close + 1);
  const at = occurrences(text, plain);
  if (at.length === 0) throw new Error(`unresolved reference «${ref}»: «${plain}» does not occur in the excerpt`);
  let start: number;
  if (nth !== undefined) {
    if (nth < 1 || nth > at.length) throw new Error(`reference «${ref}»: «${plain}» occurs ${at.length} time(s), not ${nth}`);
    start = at[nth - 1]!;
  } else {
    if (at.length > 1) throw new Error(`ambiguous reference «${ref}»: «${plain}» occurs ${at.length} times (add context, or #n)`);
    start = at[0]!;
  }
  return { offset: start + open, endOffset: start + open + figure.length, text: figure };
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus

export interface ResolvedFigure extends ResolvedRef {
  role: string;
  parsed: ParsedFigure;
  /** The unit given in the object form of the reference, when any (table cells). */
  unitGiven?: string;
  rounded: boolean;
}

export interface ResolvedRelation {
  spec: RelationSpec;
  figures: Record<string, ResolvedFigure>;
  parsedCheck: ParsedCheck;
  outcome: CheckOutcome;
}

export interface TableSpan {
  spec: TableSpec;
  offset: number;
  endOffset: number;
}

export interface Excerpt {
  batch: string;
  id: string;
  mdPath: string;
  text: string;
  annotation: AnnotationSpec;
  /** Relations whose references all resolved and whose check evaluated. */
  relations: ResolvedRelation[];
  tables: TableSpan[];
}

export interface CorpusResult {
  excerpts: Excerpt[];
  /** One line per bad annotation; empty when the corpus is consistent. */
  problems: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{2}(?:-gfm)?$/;

/** The batches present (directories holding .json annotations). */
export function batches(root = REAL_DIR): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(root, d.name)).some((f) => f.endsWith('.json')))
    .map((d) => d.name)
    .sort();
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function resolveTable(text: string, spec: TableSpec): TableSpan {
  if (!(TABLE_FORMS as readonly string[]).includes(spec.form)) throw new Error(`table form «${spec.form}» is not one of ${TABLE_FORMS.join(', ')}`);
  const starts = lineStarts(text);
  const lineAt = (i: number): string => text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  const firsts = starts.map((_, i) => i).filter((i) => lineAt(i).trimStart().startsWith(spec.first));
  if (firsts.length === 0) throw new Error(`table: no line starts with «${spec.first}»`);
  if (firsts.length > 1) throw new Error(`table: ${firsts.length} lines start with «${spec.first}»`);
  const first = firsts[0]!;
  // `last` may end in #n: the nth line at or after the first row that starts with it (cells tables repeat values)
  const hash = /#(\d+)$/.exec(spec.last);
  const lastText = hash ? spec.last.slice(0, hash.index) : spec.last;
  let nth = hash ? Number(hash[1]) : 1;
  let last = -1;
  for (let i = first; i < starts.length; i++) {
    if (lineAt(i).trimStart().startsWith(lastText) && --nth === 0) {
      last = i;
      break;
    }
  }
  if (last < 0) throw new Error(`table: no line at or after «${spec.first}» starts with «${spec.last}»`);
  return { spec, offset: starts[first]!, endOffset: starts[last]! + lineAt(last).length };
}

function refParts(ref: RefSpec): { ref: string; unit?: string; rounded: boolean } {
  if (typeof ref === 'string') return { ref, rounded: false };
  if (!ref || typeof ref.ref !== 'string') throw new Error('an object reference needs a "ref" string');
  return { ref: ref.ref, unit: ref.unit, rounded: ref.rounded === true };
}

/** Resolve one relation against an excerpt's text; throws on the first problem. */
export function resolveRelation(text: string, spec: RelationSpec): ResolvedRelation {
  if (!(RELATION_KINDS as readonly string[]).includes(spec.kind)) throw new Error(`unknown relation kind «${spec.kind}»`);
  if (typeof spec.holds !== 'boolean') throw new Error('"holds" must be true or false');
  if (!spec.figures || Object.keys(spec.figures).length < 2) throw new Error('a relation needs at least two figures');
  const parsedCheck = parseCheck(spec.check);
  const roles = Object.keys(spec.figures);
  for (const role of parsedCheck.roles) if (!roles.includes(role)) throw new Error(`unknown role «${role}» in check «${spec.check}» (roles: ${roles.join(', ')})`);
  for (const role of roles) if (!parsedCheck.roles.has(role)) throw new Error(`role «${role}» is not used in check «${spec.check}»`);
  if (!roles.includes(spec.anchor)) throw new Error(`anchor «${spec.anchor}» is not one of the roles (${roles.join(', ')})`);
  const figures: Record<string, ResolvedFigure> = {};
  for (const role of roles) {
    const part = refParts(spec.figures[role]!);
    const r = resolveRef(text, part.ref);
    let parsed: ParsedFigure;
    try {
      parsed = parseFigure(r.text, part.unit, part.rounded);
    } catch (error) {
      throw new Error(`role «${role}»: ${(error as Error).message}`);
    }
    const clash = Object.values(figures).find((f) => f.offset < r.endOffset && r.offset < f.endOffset);
    if (clash) throw new Error(`roles «${clash.role}» and «${role}» point at the same figure`);
    figures[role] = { ...r, role, parsed, unitGiven: part.unit, rounded: part.rounded };
  }
  const values = Object.fromEntries(roles.map((role) => [role, figures[role]!.parsed.interval]));
  const outcome = evaluateCheck(parsedCheck, values);
  return { spec, figures, parsedCheck, outcome };
}

/** Describe a relation's arithmetic: `t = a + b + c: 56.82亿元 vs [56.815, …]`. */
export function describeOutcome(r: ResolvedRelation): string {
  return `${r.spec.check}: left ${formatInterval(r.outcome.left)} ${r.outcome.comparator} right ${formatInterval(r.outcome.right)} → ${r.outcome.holds ? 'holds' : 'does not hold'}`;
}

/** Read one excerpt and its annotation; problems are pushed, never thrown. */
export function readExcerpt(root: string, batch: string, id: string, problems: string[]): Excerpt | undefined {
  const where = `${batch}/${id}`;
  const mdPath = join(root, batch, `${id}.md`);
  const jsonPath = join(root, batch, `${id}.json`);
  if (!existsSync(mdPath)) {
    problems.push(`${where}.json: no ${id}.md next to it`);
    return undefined;
  }
  const text = readFileSync(mdPath, 'utf8');
  let annotation: AnnotationSpec;
  try {
    annotation = JSON.parse(readFileSync(jsonPath, 'utf8')) as AnnotationSpec;
  } catch (error) {
    problems.push(`${where}.json: not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  const bad = (message: string): void => {
    problems.push(`${where}: ${message}`);
  };
  if (!ID.test(id)) bad(`id «${id}» is not <kind-pinyin>-<place-pinyin>-<nn> in ascii`);
  if (text.includes('\r')) bad('the excerpt has carriage returns: save it with LF line ends');
  if (text.length < 300 || text.length > 2500) bad(`the excerpt has ${text.length} characters (300–2,500 expected)`);
  if (annotation.batch !== batch) bad(`"batch" is «${annotation.batch}» but the file is in ${batch}/`);
  if (typeof annotation.url !== 'string' || !/^https?:\/\//.test(annotation.url)) bad('"url" must be the page address');
  if (typeof annotation.title !== 'string' || annotation.title.trim() === '') bad('"title" is missing');
  if (typeof annotation.kind !== 'string' || annotation.kind.trim() === '') bad('"kind" (the kind of text) is missing');
  if (annotation.derivedFrom !== undefined && !existsSync(join(root, batch, `${annotation.derivedFrom}.md`))) bad(`"derivedFrom": no ${annotation.derivedFrom}.md in ${batch}/`);
  if (!Array.isArray(annotation.relations)) {
    bad('"relations" must be a list');
    annotation.relations = [];
  }
  const relations: ResolvedRelation[] = [];
  const ids = new Set<string>();
  for (const spec of annotation.relations) {
    const rel = `relation «${spec.id}»`;
    if (typeof spec.id !== 'string' || spec.id === '') bad('a relation has no "id"');
    else if (ids.has(spec.id)) bad(`${rel}: the id is used twice`);
    ids.add(spec.id);
    let resolved: ResolvedRelation;
    try {
      resolved = resolveRelation(text, spec);
    } catch (error) {
      bad(`${rel}: ${(error as Error).message}`);
      continue;
    }
    if (resolved.outcome.holds !== spec.holds) {
      bad(`${rel}: holds is ${spec.holds} but the arithmetic says it ${resolved.outcome.holds ? 'holds' : 'does not hold'} (${describeOutcome(resolved)})`);
    }
    if (!spec.holds && !(spec.note ?? '').trim()) bad(`${rel}: a relation that does not hold needs a "note" saying what is wrong`);
    relations.push(resolved);
  }
  if (annotation.relations.some((r) => r.holds === false) && !(annotation.errors ?? '').trim()) bad('relations that do not hold, but no "errors" prose');
  const tables: TableSpan[] = [];
  for (const t of annotation.tables ?? []) {
    try {
      tables.push(resolveTable(text, t));
    } catch (error) {
      bad((error as Error).message);
    }
  }
  return { batch, id, mdPath, text, annotation, relations, tables };
}

/** Read and verify the corpus (all batches, or those named). */
export function loadCorpus(options: { root?: string; batches?: string[] } = {}): CorpusResult {
  const root = options.root ?? REAL_DIR;
  const problems: string[] = [];
  const excerpts: Excerpt[] = [];
  const sourcesPath = join(root, 'SOURCES.md');
  const sources = existsSync(sourcesPath) ? readFileSync(sourcesPath, 'utf8') : '';
  for (const batch of options.batches ?? batches(root)) {
    const dir = join(root, batch);
    if (!existsSync(dir)) {
      problems.push(`${batch}: no such batch`);
      continue;
    }
    const files = readdirSync(dir).sort();
    for (const f of files.filter((f) => f.endsWith('.md') && !files.includes(f.replace(/\.md$/, '.json')))) problems.push(`${batch}/${f}: no annotation (.json) next to it`);
    for (const f of files.filter((f) => f.endsWith('.json'))) {
      const id = f.replace(/\.json$/, '');
      const excerpt = readExcerpt(root, batch, id, problems);
      if (!excerpt) continue;
      if (!new RegExp(`\\|\\s*${id}\\s*\\|`).test(sources)) problems.push(`${batch}/${id}: no row in SOURCES.md`);
      excerpts.push(excerpt);
    }
  }
  return { excerpts, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

function main(argv: string[]): number {
  const chosen: string[] = [];
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--batch' && argv[i + 1]) chosen.push(argv[++i]!);
  const { excerpts, problems } = loadCorpus(chosen.length ? { batches: chosen } : {});
  if (argv.includes('--show')) {
    for (const e of excerpts) {
      console.log(`\n${e.batch}/${e.id}`);
      for (const r of e.relations) console.log(`  ${r.spec.holds ? '✓' : '✗'} ${r.spec.kind} ${r.spec.id}: ${describeOutcome(r)}`);
    }
  }
  const relations = excerpts.flatMap((e) => e.relations);
  const broken = relations.filter((r) => !r.spec.holds).length;
  console.log(`${excerpts.length} excerpts, ${relations.length} relations (${relations.length - broken} hold, ${broken} do not), ${excerpts.reduce((n, e) => n + e.tables.length, 0)} tables`);
  for (const p of problems) console.log(`✗ ${p}`);
  if (problems.length) console.log(`${problems.length} problem(s)`);
  return problems.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

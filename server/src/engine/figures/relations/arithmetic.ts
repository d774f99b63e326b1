// The arithmetic of relations: every figure is an interval (± half a unit of the last digit it is written to,
// times its 万/亿; a count written as a whole number is exact), a reading is an expression over figures compared
// with a stated figure, and it holds when the two intervals meet. Rendering writes the expression with the
// figures as the writer wrote them: “0.6亿元 ÷ (8.1亿元 + 0.6亿元) = 6.9%”.

import type { Figure } from '../extract';
import { formatNumber } from '../units';

/**
 * An expression over figures. `percent` is a ÷ b × 100 (a quotient in percent), `quotient` a ÷ b (倍, 性别比 ×100 by
 * `scale`), `product` a × b ÷ 100 (a percentage of a percentage, in points: 贡献率 × 增速), `yearly` the growth per year in
 * percent that takes a level to one `years` later, of their quotient q: (q^(1/years) − 1) × 100 (年均增长).
 */
export type Expr =
  | { figure: Figure; negative?: boolean; labelled?: boolean }
  | { constant: number; text: string }
  | { op: '+'; args: Expr[] }
  | { op: '-'; args: Expr[] }
  | { op: 'percent' | 'quotient'; args: [Expr, Expr]; scale?: number; scaleText?: string }
  | { op: 'product'; args: [Expr, Expr] }
  | { op: 'yearly'; args: [Expr]; years: number };

export interface Interval {
  lo: number;
  hi: number;
}

/** What a number in the result stands for: an amount of the stated figure's unit, a percentage, points, times, an index. */
export type ResultUnit = 'amount' | 'percent' | 'points' | 'times' | 'index';

/**
 * One way of reading a relation: `left` computed from some figures, compared with `right` (the stated figure, or
 * a constant such as 100%). `=`: the intervals meet; `<=`: the left can be at most the right.
 */
export interface Reading {
  left: Expr;
  right: Expr;
  compare: '=' | '<=';
  unit: ResultUnit;
  /** The left's value from the figures as written, and its interval over their precision. */
  value: number;
  range: Interval;
  /** The right's value and interval. */
  stated: number;
  statedRange: Interval;
  holds: boolean;
  /** How far the reading is from holding, relative to the stated value (0 when it holds): the closest is reported. */
  gap: number;
  /** Decimals to show the computed value with. */
  decimals: number;
  /** What the reading takes a figure to be, when that is not the obvious: “减收0.6亿元是增减额”. */
  note?: string;
}

const EPS = 1e-9;

export function known(f: Figure): f is Figure & { value: number; normalized: number } {
  return f.value !== undefined && f.normalized !== undefined && !f.range;
}

/** A figure that can take part in arithmetic: a value, not approximate, not one end of a range. */
export function exact(f: Figure): f is Figure & { value: number; normalized: number } {
  return known(f) && !f.approximate;
}

/**
 * The half-unit of the last digit written, in base units: 41.8% → 0.05; 186亿元 → 0.5亿元. Exact (0): a count
 * written as a whole number (36个), and a plan, task, target or budget, which is set, not measured (任务3万亩 is
 * 30000亩).
 * `measured`: at the precision written even when set. A rate of change is worked out by whoever compiled the amounts,
 * from the amounts as compiled (a budget to the 元), not from the 万元 shown in the prose: 支出共计3923万元，比上年预算数
 * 减少332万元，下降7.81% holds with each amount ±0.5万元 (7.79%–7.81%), though 332 ÷ 4255 is 7.80%.
 */
export function halfUnit(f: Figure, measured = false): number {
  if (f.unit.kind === 'count' && f.decimals === 0 && f.multiplier === 1) return 0;
  if (measured) return 0.5 * 10 ** -f.decimals * f.multiplier * f.unit.factor;
  // (a plan or target, not a budget, written in 万 or 亿 to a decimal, 全年2.9万人目标任务, is rounded for prose like any
  // measured figure: the writer's 43.29% may be of 29340人)
  // (nor is a budget written in 亿 to a decimal, 预算总额为2.08亿元 over items of 1344万元, 15218万元 and 4263万元)
  // (a budget followed by its outturn, budgetActuals.ts, is set: its scope takes the modality 预算)
  const words = f.measure + f.scope;
  const rounded = f.multiplier > 1 && f.decimals > 0;
  // (nor a plan written in whole 亿, 年度计划投资191亿元: the sum of many projects' plans, rounded for prose to the 亿 like
  // the 187.7亿元 done of it, so 98.37% may be of 190.5–191.5亿元)
  const plannedRounded = rounded || f.multiplier >= 1e8;
  // (nor a figure of the budgets' names written in 亿 to a decimal, 一般公共预算收入6.7亿元，占可用财力的23.15％ of
  // 一般公共预算可用财力28.9亿元, 国有资本经营预算收入1.94亿元 and 支出1.94亿元 with 年终结余结转4万元, 一般公共预算上级补助收入
  // 1.15亿元 over 返还性收入107万元、一般性转移支付收入9272万元、专项转移支付收入2157万元: no budget or outturn is set to a
  // tenth or a hundredth of a 亿; the share, the balance and the sum were worked out from the amounts before they were
  // rounded for prose; written otherwise, as 279196万元, an outturn under those names is kept exact as before)
  const set = /预算/.test(words) ? !(rounded && f.multiplier >= 1e8) : /计划|任务|目标/.test(words) && !plannedRounded;
  // (a ratio is always rounded: 为年度任务7581亩的3.7倍 is no set figure, though its words name a task)
  if (f.unit.kind !== 'percent' && f.unit.kind !== 'times' && !f.done && set) return 0;
  return 0.5 * 10 ** -f.decimals * f.multiplier * f.unit.factor;
}

/** A figure's value in base units (a percentage in percent), with its sign. */
function valueOf(f: Figure, negative?: boolean): number {
  return (negative ? -1 : 1) * f.normalized!;
}

/** The growth per year in percent of a quotient over `years` years (NaN for a quotient not above 0). */
function perYear(q: number, years: number): number {
  return q > 0 ? (Math.pow(q, 1 / years) - 1) * 100 : NaN;
}

/** What a quotient is multiplied by: 100 for a percentage, `scale` (100 for a 性别比) or 1 for a quotient. */
function scaleOf(e: { op: 'percent' | 'quotient'; scale?: number }): number {
  return e.op === 'percent' ? 100 : (e.scale ?? 1);
}

function figuresIn(e: Expr, out: Figure[] = []): Figure[] {
  if ('figure' in e) {
    if (!out.includes(e.figure)) out.push(e.figure);
  } else if ('op' in e) for (const a of e.args) figuresIn(a, out);
  return out;
}

/** The expression's value with each figure at a chosen value. */
function evaluate(e: Expr, at: (f: Figure, negative?: boolean) => number): number {
  if ('figure' in e) return at(e.figure, e.negative);
  if ('constant' in e) return e.constant;
  if (e.op === '+') return e.args.reduce((s, a) => s + evaluate(a, at), 0);
  if (e.op === '-') return e.args.slice(1).reduce((s, a) => s - evaluate(a, at), evaluate(e.args[0]!, at));
  if (e.op === 'product') return (evaluate(e.args[0]!, at) * evaluate(e.args[1]!, at)) / 100;
  if (e.op === 'yearly') return perYear(evaluate(e.args[0], at), e.years);
  const d = evaluate(e.args[1]!, at);
  const q = evaluate(e.args[0]!, at) / d;
  return q * scaleOf(e);
}

/** Interval arithmetic, exact when each figure occurs once (every sum); NaN bounds when a divisor may be 0. */
function naive(e: Expr, measured = false): Interval {
  if ('figure' in e) {
    const v = valueOf(e.figure, e.negative);
    const h = halfUnit(e.figure, measured);
    return { lo: v - h, hi: v + h };
  }
  if ('constant' in e) return { lo: e.constant, hi: e.constant };
  if (e.op === '+' || e.op === '-') {
    const [first, ...rest] = e.args.map((a) => naive(a, measured));
    return rest.reduce((s, x) => (e.op === '+' ? { lo: s.lo + x.lo, hi: s.hi + x.hi } : { lo: s.lo - x.hi, hi: s.hi - x.lo }), first!);
  }
  // (growing with its quotient: the bounds of the quotient's interval)
  if (e.op === 'yearly') {
    const q = naive(e.args[0], measured);
    return { lo: perYear(q.lo, e.years), hi: perYear(q.hi, e.years) };
  }
  const a = naive(e.args[0]!, measured);
  const b = naive(e.args[1]!, measured);
  if (e.op === 'product') {
    const ps = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi].map((q) => q / 100);
    return { lo: Math.min(...ps), hi: Math.max(...ps) };
  }
  if (b.lo <= 0 && b.hi >= 0) return { lo: NaN, hi: NaN };
  const k = scaleOf(e);
  const qs = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi].map((q) => q * k);
  return { lo: Math.min(...qs), hi: Math.max(...qs) };
}

/**
 * The interval of an expression over its figures' precision. A figure that occurs twice (0.6 ÷ (8.1 + 0.6)) would
 * be widened by plain interval arithmetic; the expressions here are monotone in each figure, so their extremes
 * lie at the corners: evaluated there instead (at most a few figures).
 */
export function rangeOf(e: Expr, measured = false): Interval {
  const figures = figuresIn(e);
  const occurrences = countFigures(e);
  if (occurrences === figures.length || figures.length > 6) return naive(e, measured);
  // (a divisor that may be 0 within the precision, 0.06 ÷ (0.1 − 0.06) of 0.1亿元 ±0.05: no longer monotone, any value)
  if (Number.isNaN(naive(e, measured).lo)) return { lo: NaN, hi: NaN };
  let lo = Infinity;
  let hi = -Infinity;
  for (let corner = 0; corner < 1 << figures.length; corner++) {
    const v = evaluate(e, (f, negative) => valueOf(f, negative) + (corner & (1 << figures.indexOf(f)) ? 1 : -1) * halfUnit(f, measured) * (negative ? -1 : 1));
    if (!Number.isFinite(v)) return { lo: NaN, hi: NaN };
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return { lo, hi };
}

function countFigures(e: Expr): number {
  if ('figure' in e) return 1;
  if ('constant' in e) return 0;
  return e.args.reduce((s, a) => s + countFigures(a), 0);
}

/** The sum of figures, each as written: the left side of a sum or of shares adding up. */
export function added(figures: readonly Figure[]): Expr {
  return { op: '+', args: figures.map((figure) => ({ figure })) };
}

/** Weigh one reading: its value, its interval and whether it meets the stated side (`measured`: see halfUnit). */
export function judge(left: Expr, right: Expr, options: { compare?: '=' | '<='; unit: ResultUnit; decimals?: number; note?: string; measured?: boolean }): Reading | undefined {
  const compare = options.compare ?? '=';
  const value = evaluate(left, valueOf);
  const stated = evaluate(right, valueOf);
  const range = rangeOf(left, options.measured);
  const statedRange = rangeOf(right);
  if (![value, stated, range.lo, range.hi, statedRange.lo, statedRange.hi].every(Number.isFinite)) return undefined;
  // (one part against its total, both written to the same last digit, 一般公共预算总收入9.5亿元 … 其中：地方一般公共预算收入
  // 9.6亿元: rounded or cut alike, a part written above its total is above it, though the two intervals touch at 9.55)
  const part = single(left);
  const total = single(right);
  const alike = compare === '<=' && part !== undefined && total !== undefined && halfUnit(part, options.measured) > 0 && halfUnit(part, options.measured) === halfUnit(total);
  const eps = slack(value, stated);
  const holds = compare === '=' ? range.lo <= statedRange.hi + eps && statedRange.lo <= range.hi + eps : alike ? value <= stated + eps : range.lo <= statedRange.hi + eps;
  const apart = holds ? 0 : compare === '=' ? Math.max(range.lo - statedRange.hi, statedRange.lo - range.hi) : range.lo - statedRange.hi;
  const gap = apart / Math.max(Math.abs(stated), Math.abs(value), EPS);
  const decimals = options.decimals ?? defaultDecimals(right, options.unit);
  const reading: Reading = { left, right, compare, unit: options.unit, value, range, stated, statedRange, holds, gap, decimals };
  if (options.note) reading.note = options.note;
  return reading;
}

/**
 * How far apart two values may be and still be equal: the error of floating-point arithmetic grows with the values'
 * size. Amounts are in base units, so a sum in 万元 to the 0.01 is in the billions of 元, where one step of a double is
 * about 2e-7: 21.62万元 + 189,512.14万元 + 24,821.72万元 adds to 2143554800.0000002元 against a total of 214,355.48万元
 * (heldout185/yusuan-putuo-04), which a fixed 1e-9 took for a part sum above its total by “0万元”. Relative 1e-12 of the
 * larger value, well above the rounding of thousands of terms and far below any digit written.
 */
function slack(a: number, b: number): number {
  return EPS + 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** The one figure an expression is, alone or as a sum of one. */
function single(e: Expr): Figure | undefined {
  if ('figure' in e) return e.figure;
  if ('op' in e && e.op === '+' && e.args.length === 1 && 'figure' in e.args[0]!) return e.args[0].figure;
  return undefined;
}

/** A computed percentage is shown to one decimal more than the stated one: 83.3% → 83.33%. */
function defaultDecimals(right: Expr, unit: ResultUnit): number {
  if ('figure' in right && unit !== 'amount') return right.figure.decimals + 1;
  return 2;
}

/** Of several readings, the first that holds, else the closest. */
export function best(readings: ReadonlyArray<Reading | undefined>): Reading | undefined {
  let closest: Reading | undefined;
  for (const r of readings) {
    if (!r) continue;
    if (r.holds) return r;
    if (!closest || r.gap < closest.gap) closest = r;
  }
  return closest;
}

// ---- writing it down -------------------------------------------------------------------------------------

/** Render an amount in the unit of a reference figure: 1.2亿元 as 12000万元 when the reference is in 万元. */
export function inUnitOf(base: number, ref: Figure, decimals = 4): string {
  return `${formatNumber(base / (ref.multiplier * ref.unit.factor), decimals)}${multiplierText(ref)}${ref.unit.text}`;
}

function multiplierText(f: Figure): string {
  const t = f.text;
  // (the 千 of a unit, 千瓦时, is no multiplier)
  const m = /(万亿|千万|百万|萬億|亿|億|万|萬|千)(?=(?:千瓦时|[^万亿千百萬億])*$)/.exec(t.slice(f.numberEndOffset - f.offset));
  return f.multiplier === 1 ? '' : (m?.[1] ?? '');
}

/** A figure as written, without approximation words: 约12亿元 → 12亿元. */
export function written(f: Figure, negative?: boolean): string {
  return `${negative ? '−' : ''}${f.text}`;
}

/** A figure with what it measures, when that is short: 新建5个, 财政资金8000万元. */
function labelled(f: Figure): string {
  // (the last item of a list after 和, 及 or 与: the conjunction is no name, 1.54亿元、54亿元和76.7亿元)
  const name = f.measure.replace(/^(?:以及|和|及|与)/, '');
  return name && name.length <= 8 ? `${name}${f.text}` : f.text;
}

/** The expression as the writer would write it out: (45.9亿元 − 43.5亿元) ÷ 43.5亿元; parts of a sum with their names. */
export function renderExpr(e: Expr, top = true): string {
  if ('figure' in e) return e.labelled ? labelled(e.figure) : written(e.figure, e.negative);
  if ('constant' in e) return e.text;
  if (e.op === '+' || e.op === '-') {
    const s = e.args.map((a, i) => (i === 0 ? renderExpr(a, false) : term(e.op, renderExpr(a, false)))).join('');
    return top ? s : `(${s})`;
  }
  if (e.op === 'yearly') {
    const root = `${renderExpr(e.args[0], false)}的${e.years}次方根 − 1`;
    return top ? root : `(${root})`;
  }
  const [a, b] = e.args;
  if (e.op === 'product') {
    const product = `${renderExpr(a, false)} × ${renderExpr(b, false)}`;
    return top ? product : `(${product})`;
  }
  // (a conversion of units, 万吨 ÷ 万亩 in 公斤 per 亩, is written as its own text, or not at all)
  const scale = e.op === 'quotient' && e.scale && e.scale !== 1 ? (e.scaleText ?? ` × ${e.scale}`) : '';
  const s = `${renderExpr(a, false)} ÷ ${renderExpr(b, false)}${scale}`;
  return top ? s : `(${s})`;
}

/** A term after the first of a sum or difference: 2.4 + 10.2 − 2.8 for a negative part, 8.1% − (−0.3%) for a negative subtrahend. */
function term(op: '+' | '-', s: string): string {
  const negative = /^[−-]/.test(s);
  if (op === '+') return negative ? ` − ${s.slice(1)}` : ` + ${s}`;
  return negative ? ` − (${s})` : ` − ${s}`;
}

/** The first figure of an expression, whose unit a computed amount is written in. */
function unitFigure(e: Expr): Figure | undefined {
  if ('figure' in e) return e.figure;
  if ('op' in e)
    for (const a of e.args) {
      const f = unitFigure(a);
      if (f) return f;
    }
  return undefined;
}

/** A computed value in the reading's unit: 11个, 40%, 3.6个百分点, 2.1倍. */
export function formatValue(reading: Reading, v: number): string {
  switch (reading.unit) {
    case 'percent':
      return `${formatNumber(v, reading.decimals)}%`;
    case 'points':
      return `${formatNumber(v, reading.decimals)}个百分点`;
    case 'times':
      return `${formatNumber(v, reading.decimals)}倍`;
    case 'index':
      return formatNumber(v, reading.decimals);
    case 'amount': {
      const ref = unitFigure(reading.right) ?? unitFigure(reading.left);
      // (a sum is exact and shown whole; a quotient, 日均 or 均价, to the places its reading is judged at: 243.67万千瓦时,
      // not 243.6667万千瓦时)
      const places = 'op' in reading.left && reading.left.op === 'quotient' ? reading.decimals : 4;
      return ref ? inUnitOf(v, ref, places) : formatNumber(v, places);
    }
  }
}

/**
 * A reading that does not hold, shown to as many more places (two at most) as it takes for the value shown not to fall
 * within what the stated figure stands for: 119人 ÷ 123人 = 96.748% against 96.8% (which stands for 96.75–96.85), not
 * 96.75%, which a writer would round to the 96.8% written and take the finding for wrong. Percentages, points, times
 * and indices (a sex ratio) only: an amount is shown in its figure's unit.
 */
function unmistakable(reading: Reading): Reading {
  if (reading.holds || reading.compare !== '=' || reading.unit === 'amount') return reading;
  const { lo, hi } = reading.statedRange;
  for (let more = 0; more <= 2; more++) {
    const shown = Number(reading.value.toFixed(reading.decimals + more));
    if (shown < lo - EPS || shown > hi + EPS) return more === 0 ? reading : { ...reading, decimals: reading.decimals + more };
  }
  return { ...reading, decimals: reading.decimals + 2 };
}

/** The computed side: “新建5个 + 续建6个 = 11个”, with the range the precision allows when that decides. */
export function renderComputed(reading: Reading): string {
  const shown = formatValue(unmistakable(reading), reading.value);
  const left = renderExpr(reading.left);
  const head = left === shown ? left : `${left} = ${shown}`;
  // when the figures' precision is what lets it hold (or the value shown would seem to hold), say the range
  const eps = slack(reading.value, reading.stated);
  const pointHolds = reading.compare === '=' ? Math.abs(reading.value - reading.stated) <= (reading.statedRange.hi - reading.statedRange.lo) / 2 + eps : reading.value <= reading.statedRange.hi + eps;
  const wide = reading.range.hi - reading.range.lo > 10 ** -reading.decimals;
  if (wide && reading.holds !== pointHolds) return `${head}（按所写精度为${formatValue(reading, reading.range.lo)}～${formatValue(reading, reading.range.hi)}）`;
  return head;
}

/** The whole arithmetic of a reading, for a hover or a message: “8亿元 ÷ 20亿元 = 40%，文中为50%”. */
export function renderReading(reading: Reading, stated = renderExpr(reading.right)): string {
  const computed = renderComputed(reading);
  if (reading.holds) return reading.compare === '=' ? `${computed}，与${stated}相符` : `${computed}，不超过${stated}`;
  return reading.compare === '=' ? `${computed}，文中为${stated}` : `${computed}，超过${stated}`;
}

/** How much the computed side is off the stated one, in the stated figure's unit: 相差1个 / 多3次. */
export function difference(reading: Reading): string {
  const gap = Math.abs(reading.value - reading.stated);
  // two percentages differ by percentage points (95.56% is 5.51个百分点 more than 90.05%, not 5.51%)
  return reading.unit === 'percent' ? `${formatNumber(gap, reading.decimals)}个百分点` : formatValue(reading, gap);
}

// Interval arithmetic for figures read at their written precision: 12.34 stands for any value in [12.335, 12.345],
// and a relation holds when what the figures say and what they compute can be the same number.

export interface Interval {
  lo: number;
  hi: number;
}

export const point = (x: number): Interval => ({ lo: x, hi: x });

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

/** a ÷ b; undefined when b may be zero. */
export function div(a: Interval, b: Interval): Interval | undefined {
  if (b.lo <= 0 && b.hi >= 0) return undefined;
  const q = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
  return { lo: Math.min(...q), hi: Math.max(...q) };
}

export function scale(a: Interval, k: number): Interval {
  return k >= 0 ? { lo: a.lo * k, hi: a.hi * k } : { lo: a.hi * k, hi: a.lo * k };
}

export function sum(items: readonly Interval[]): Interval {
  return items.reduce(add, point(0));
}

/** Floating-point slack for values of this size: 0.1 + 0.2 is 0.3. */
function slack(...xs: number[]): number {
  return 1e-9 * Math.max(1, ...xs.map(Math.abs));
}

/** Whether two intervals share a value. */
export function overlaps(a: Interval, b: Interval): boolean {
  const e = slack(a.lo, a.hi, b.lo, b.hi);
  return a.lo <= b.hi + e && b.lo <= a.hi + e;
}

/** Whether some value of a can be at most some value of b. */
export function canBeAtMost(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi + slack(a.lo, b.hi);
}

export const mid = (a: Interval): number => (a.lo + a.hi) / 2;

/** Whether a stated percentage can be numerator ÷ denominator × 100, each at the precision written. */
export function percentOf(stated: Interval, numerator: Interval, denominator: Interval): boolean {
  const q = div(numerator, denominator);
  return !!q && overlaps(stated, { lo: q.lo * 100, hi: q.hi * 100 });
}

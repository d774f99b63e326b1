// What a table cell holds: a number as written (sign, thousands separators, decimals, %, a unit of its own), a
// dash or slash for "no figure", an unfilled placeholder, or words. Cells are read on their own, without the prose
// figure reader: a cell's unit stands in its column's header, the unit line or a 单位 column, not after the number.

import { MULTIPLIERS, unitAt, type Unit } from '../figures/units';
import type { Interval } from './interval';
import type { TableCell } from './model';

export interface CellNumber {
  /** The number as written, sign included (−5.3 for “-5.3”, 12.5 for “12.5%”). */
  value: number;
  /** Digits after the decimal point: the precision the cell states. */
  decimals: number;
  /** 10000 for “1.2万”, 1 when none is written. */
  multiplier: number;
  /** A unit written in the cell itself (12.6亿元, 61.5%); undefined for a bare number. */
  unit?: Unit;
  /** A four-digit integer between 1900 and 2100 with nothing after it: a year heading as often as a figure. */
  yearLike: boolean;
  /** 约, 以上, 左右 … */
  approximate: boolean;
}

export type CellKind = 'number' | 'blank' | 'placeholder' | 'text' | 'empty';

export interface CellReading {
  kind: CellKind;
  number?: CellNumber;
}

/** What a cell says when it has no figure: 无, a dash, a slash, an ellipsis. */
const BLANK = /^(?:[-－—–─―‒]{1,2}|[-－—–─―‒](?: [-－—–─―‒])+|[/／]|…{1,2}|\.{3,6}|无|空|不适用|\\)$/;
const PLACEHOLDER = /^[xXｘＸ×]{1,6}(?:[.．][xXｘＸ×]{1,4})?(?:[%％]|万|亿)?$/;
/** A number as written in a cell: optional sign, digits with or without thousands separators, decimals. */
const NUMBER = /^([-－−–+＋])?[ \u00a0]*((?:[0-9０-９]{1,3}(?:[,，\u2009\u202f ][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?)/;
const APPROX_BEFORE = /^(?:约|近|超过|不足|逾|超)/;
const APPROX_AFTER = /^(?:以上|以下|左右|余|多)/;

const cache = new Map<string, CellReading>();

/** Read one cell's text (memoised: a table repeats its dashes and small numbers). */
export function readCell(raw: string): CellReading {
  let reading = cache.get(raw);
  if (!reading) {
    reading = read(raw);
    if (cache.size > 50_000) cache.clear();
    cache.set(raw, reading);
  }
  return reading;
}

function read(raw: string): CellReading {
  // emphasis around a whole cell (**合计**, *12.5*) and the spaces inside it
  let t = raw.trim();
  for (const mark of ['**', '__', '*', '_']) {
    if (t.length > 2 * mark.length && t.startsWith(mark) && t.endsWith(mark)) t = t.slice(mark.length, -mark.length).trim();
  }
  if (t === '') return { kind: 'empty' };
  if (BLANK.test(t)) return { kind: 'blank' };
  if (PLACEHOLDER.test(t)) return { kind: 'placeholder' };
  let approximate = false;
  t = t.replace(/^(?:↑|上升|增长)\s*(?=[0-9０-９])/, '').replace(/^(?:↓|下降|减少)\s*(?=[0-9０-９])/, '-'); // ↑9.03%, 下降18.04%: the sign of a change in an arrow or a word (tables9b hook)
  const before = APPROX_BEFORE.exec(t);
  if (before) {
    approximate = true;
    t = t.slice(before[0].length);
  }
  const m = NUMBER.exec(t);
  if (!m) return { kind: 'text' };
  const digits = m[2]!.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\u2009\u202f ]/g, '');
  let value = Number(digits);
  if (!Number.isFinite(value)) return { kind: 'text' };
  if (m[1] && /[-－−–]/.test(m[1])) value = -value;
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  let rest = t.slice(m[0].length).trim();
  let multiplier = 1;
  const mul = MULTIPLIERS.find(([w]) => rest.startsWith(w));
  if (mul && !/^千[米克]/.test(rest)) {
    multiplier = mul[1];
    rest = rest.slice(mul[0].length);
  }
  let unit: Unit | undefined;
  if (rest !== '') {
    unit = unitAt(rest);
    if (unit) rest = rest.slice(unit.text.length);
  }
  const after = APPROX_AFTER.exec(rest);
  if (after) {
    approximate = true;
    rest = rest.slice(after[0].length);
  }
  if (rest.trim() !== '') return { kind: 'text' };
  // (a figure written with a thousands separator, 2,016, is a count, never a year)
  const yearLike = !m[1] && multiplier === 1 && !unit && decimals === 0 && /^[0-9０-９]{4}$/.test(m[2]!) && value >= 1900 && value <= 2100;
  return { kind: 'number', number: { value, decimals, multiplier, unit, yearLike, approximate } };
}

/** A cell that stands where a figure would: a number, a placeholder, or a dash for none. */
export function isFigureCell(raw: string): boolean {
  const k = readCell(raw).kind;
  return k === 'number' || k === 'blank' || k === 'placeholder';
}

/** A cell's plain figure with its interval at the precision written: the figures the row readings compare. */
export interface PlainFigure {
  cell: TableCell;
  value: number;
  decimals: number;
  iv: Interval;
}

/** A plain figure: a number at most in percent, no 万 or 亿, not approximate (2007 万人 in a row of figures is a figure). */
export function plainFigure(cell: TableCell | undefined): PlainFigure | undefined {
  if (!cell) return undefined;
  const r = readCell(cell.text);
  const n = r.number;
  if (r.kind !== 'number' || !n || n.approximate || n.multiplier !== 1 || (n.unit && n.unit.kind !== 'percent')) return undefined;
  const half = 0.5 * 10 ** -n.decimals;
  return { cell, value: n.value, decimals: n.decimals, iv: { lo: n.value - half, hi: n.value + half } };
}

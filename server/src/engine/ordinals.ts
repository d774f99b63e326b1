// 层次序数 (GB/T 9704-2012 7.3.3): the ordinal that opens a paragraph, 一、 → （一） → 1. → （1）.

import { parseChineseInteger } from './figures/numerals';

export type OrdinalLevel = 1 | 2 | 3 | 4;

export interface Ordinal {
  level: OrdinalLevel;
  value: number;
  /** The whole marker, e.g. “（一）” or “一、”, including its trailing mark. */
  offset: number;
  endOffset: number;
  /** The numeral inside the marker. */
  numeralOffset: number;
  numeralEndOffset: number;
  /** The mark after the numeral (、 . ．) or after the closing bracket; '' when none. */
  mark: string;
  markOffset: number;
  /** Brackets as written, for level 2 and 4. */
  open: string;
  close: string;
}

/** The mark each level takes after its numeral ('' for bracketed levels). */
export const LEVEL_MARK: Record<OrdinalLevel, string> = { 1: '、', 2: '', 3: '.', 4: '' };

export const LEVEL_EXAMPLE: Record<OrdinalLevel, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

const CN = '[一二三四五六七八九十]{1,3}';
const LEVEL1 = new RegExp(`^(${CN})(、|[，,：:]|[．.](?![0-9０-９]))`);
const LEVEL2 = new RegExp(`^([（(])(${CN})([）)])([、，,．.]?)`);
const LEVEL3 = /^([0-9]{1,3})([.．、，,])(?![0-9])/;
const LEVEL4 = /^([（(])([0-9]{1,3})([）)])([、，,．.]?)/;

/** Read the ordinal at the start of a paragraph's text; `base` is the paragraph's offset. */
export function readOrdinal(text: string, base: number): Ordinal | undefined {
  let m = LEVEL2.exec(text);
  if (m) {
    const value = parseChineseInteger(m[2]!);
    if (value === undefined) return undefined;
    return bracketed(2, value, m, base);
  }
  m = LEVEL4.exec(text);
  if (m) return bracketed(4, Number(m[2]), m, base);
  m = LEVEL1.exec(text);
  if (m) {
    const value = parseChineseInteger(m[1]!);
    if (value === undefined || value === 0) return undefined;
    // 一，二 as a run of figures is not an ordinal; a marker is followed by words
    const after = text[m[0].length];
    if (m[2] !== '、' && (after === undefined || /[一二三四五六七八九十]/.test(after))) return undefined;
    // 一、二季度 and 三、四月份 list figures, not parts; 二、六个行政村垦造耕地项目 is a part (two figures listed are
    // neighbours or one apart, 一、三季度)
    const listed = /^([一二三四五六七八九十]+)(?:、|季度|月|年|级|类|批|期|等|号|个|次|天)/.exec(text.slice(m[0].length));
    const next = listed ? parseChineseInteger(listed[1]!) : undefined;
    if (listed && (next === undefined || (next > value && next - value <= 2))) return undefined;
    return plain(1, value, m, base);
  }
  m = LEVEL3.exec(text);
  if (m) {
    const value = Number(m[1]);
    if (value === 0) return undefined;
    const after = text[m[0].length];
    if (m[2] !== '.' && m[2] !== '．' && (after === undefined || /[0-9\s]/.test(after))) return undefined;
    return plain(3, value, m, base);
  }
  return undefined;
}

function plain(level: OrdinalLevel, value: number, m: RegExpExecArray, base: number): Ordinal {
  const numeral = m[1]!;
  return {
    level,
    value,
    offset: base,
    endOffset: base + m[0].length,
    numeralOffset: base,
    numeralEndOffset: base + numeral.length,
    mark: m[2]!,
    markOffset: base + numeral.length,
    open: '',
    close: '',
  };
}

function bracketed(level: OrdinalLevel, value: number, m: RegExpExecArray, base: number): Ordinal {
  const open = m[1]!;
  const numeral = m[2]!;
  const close = m[3]!;
  return {
    level,
    value,
    offset: base,
    endOffset: base + m[0].length,
    numeralOffset: base + open.length,
    numeralEndOffset: base + open.length + numeral.length,
    mark: m[4]!,
    markOffset: base + open.length + numeral.length + close.length,
    open,
    close,
  };
}

/** Write a value as the numeral of a level: 3 at level 1 → 三, at level 3 → 3. */
export function ordinalNumeral(level: OrdinalLevel, value: number): string {
  if (level === 3 || level === 4) return String(value);
  const units = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (value < 10) return units[value]!;
  if (value < 20) return '十' + units[value - 10]!;
  return units[Math.floor(value / 10)]! + '十' + units[value % 10]!;
}

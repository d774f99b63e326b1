// Chinese numerals (一百二十, 两千, 二〇二三, 壹佰) read to integers and integers written back.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
  〡: 1,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Every character that can be part of a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億';
/** A number below 10,000 written with 千/百/十: 一千零五, 三百二十, 十五, 两千. */
function parseSection(s: string): number | undefined {
  if (s === '') return undefined;
  let value = 0;
  let pending: number | undefined; // a digit waiting for its unit
  let lastUnit = 10000;
  let sawZero = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch in DIGITS) {
      const d = DIGITS[ch]!;
      if (d === 0) {
        if (pending !== undefined) return undefined;
        sawZero = true;
        continue;
      }
      if (pending !== undefined) return undefined;
      if (ch === '两' && i === s.length - 1 && lastUnit !== 10000) return undefined; // 一百两 is not written
      pending = d;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      if (unit >= lastUnit) return undefined;
      if (pending === undefined) {
        // 十五 stands for 一十五, but only at the start (or after 零 as in 一百零十 is not used)
        if (unit !== 10 || i !== 0) return undefined;
        pending = 1;
      }
      if (pending === 2 && s[i - 1] === '两' && unit === 10) return undefined; // 两十 is not written
      value += pending * unit;
      pending = undefined;
      lastUnit = unit;
      sawZero = false;
    } else {
      return undefined;
    }
  }
  if (pending !== undefined) {
    // a trailing digit is a unit digit; after 零 or at the end of 十 it is ones, e.g. 一百零五, 二十三
    if (lastUnit > 10 && !sawZero && lastUnit !== 10000) {
      // 三百五 (colloquial 350) is ambiguous in writing: refuse it
      return undefined;
    }
    value += pending;
  }
  return value;
}

/** A positional digit string: 二〇二三 → 2023, 一九九八 → 1998. */
function parsePositional(s: string): number | undefined {
  if (DIGITS[s[0]!] === 0) return undefined; // 〇五 is not written
  let v = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined || ch === '两') return undefined;
    v = v * 10 + d;
  }
  return s.length > 0 ? v : undefined;
}

/**
 * Read a Chinese numeral as an integer, or undefined when it is not a well-formed numeral.
 * 万 and 亿 nest as in 三亿四千五百万 and 十万亿.
 */
export function parseChineseInteger(s: string): number | undefined {
  if (s === '') return undefined;
  if (![...s].some((ch) => ch in SMALL_UNITS || ch in BIG_UNITS)) {
    if (s.length === 1) return DIGITS[s];
    return parsePositional(s);
  }
  return parseWithBigUnits(s, Infinity);
}

function parseWithBigUnits(s: string, limit: number): number | undefined {
  if (s === '') return 0;
  const yi = Math.max(s.lastIndexOf('亿'), s.lastIndexOf('億'));
  const wan = Math.max(s.lastIndexOf('万'), s.lastIndexOf('萬'));
  let unitIndex = -1;
  let unit = 0;
  if (yi >= 0 && 1e8 < limit) {
    unitIndex = yi;
    unit = 1e8;
  } else if (wan >= 0 && yi < 0 && 1e4 < limit) {
    unitIndex = wan;
    unit = 1e4;
  } else if (yi >= 0 || wan >= 0) {
    return undefined;
  }
  if (unitIndex < 0) {
    const v = parseSection(s);
    return v !== undefined && v < limit ? v : undefined;
  }
  const head = s.slice(0, unitIndex);
  let tail = s.slice(unitIndex + 1);
  if (head === '') return undefined;
  const high = parseWithBigUnits(head, unit === 1e8 ? Infinity : 1e4);
  if (high === undefined || high === 0) return undefined;
  let zero = false;
  if (tail.startsWith('零') || tail.startsWith('〇')) {
    tail = tail.slice(1);
    zero = true;
  }
  if (tail === '') return zero ? undefined : high * unit;
  const low = parseWithBigUnits(tail, unit);
  if (low === undefined) return undefined;
  return high * unit + low;
}

const WRITE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function writeSection(n: number, leadingOneTen: boolean): string {
  // n < 10000
  const parts: string[] = [];
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = n;
  let zeroPending = false;
  let started = false;
  for (const [u, name] of units) {
    const d = Math.floor(rest / u);
    rest %= u;
    if (d === 0) {
      if (started) zeroPending = true;
      continue;
    }
    if (zeroPending) parts.push('零');
    zeroPending = false;
    if (!(u === 10 && d === 1 && !started && !leadingOneTen)) parts.push(WRITE_DIGITS[d]!);
    parts.push(name);
    started = true;
  }
  if (rest > 0) {
    if (zeroPending) parts.push('零');
    parts.push(WRITE_DIGITS[rest]!);
  }
  return parts.join('');
}

/** Write a non-negative integer in Chinese numerals: 120 → 一百二十, 10 → 十, 100000000 → 一亿. */
export function toChineseInteger(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  return n === 0 ? '零' : writeWithBigUnits(n, false);
}

function writeWithBigUnits(n: number, inner: boolean): string {
  for (const [unit, name] of [
    [1e8, '亿'],
    [1e4, '万'],
  ] as const) {
    if (n >= unit) {
      const high = Math.floor(n / unit);
      const low = n % unit;
      let out = writeWithBigUnits(high, inner) + name;
      if (low > 0) out += (low < unit / 10 ? '零' : '') + writeWithBigUnits(low, true);
      return out;
    }
  }
  return writeSection(n, inner);
}

/** Positional form used for years: 2023 → 二〇二三. */
export function toChinesePositional(n: number): string {
  return String(n)
    .split('')
    .map((d) => (d === '0' ? '〇' : WRITE_DIGITS[Number(d)]!))
    .join('');
}

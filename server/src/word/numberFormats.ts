// Word's list number formats (ECMA-376 17.18.59 ST_NumberFormat): a counter as the writer sees it in the label,
// 3 as 三 (chineseCounting), 叁 (chineseLegalSimplified), 丙 (ideographTraditional), ⑶ (decimalEnclosedParen).
// Formats of other scripts that a 公文 does not use are written as decimal (docs/word.md lists them).

const IDEOGRAPH_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const TAIWANESE_DIGITS = ['○', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 天干, ideographTraditional. */
const STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
/** 地支, ideographZodiac. */
const BRANCHES = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

interface Myriad {
  digits: string[];
  ten: string;
  hundred: string;
  thousand: string;
  myriad: string;
  hundredMillion: string;
  /** 十 for 10–19 rather than 一十 (Japanese counting). */
  elideOne: boolean;
  /** 一百零一: a gap inside the number is read as 零. */
  insertZero: boolean;
  /** 十一 rather than 一十一 at the head of a number (not in the legal forms: 壹拾壹). */
  bareTen: boolean;
}

const ZH: Myriad = {
  digits: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ten: '十',
  hundred: '百',
  thousand: '千',
  myriad: '万',
  hundredMillion: '亿',
  elideOne: false,
  insertZero: true,
  bareTen: true,
};
const ZH_TW: Myriad = { ...ZH, myriad: '萬', hundredMillion: '億' };
const ZH_LEGAL: Myriad = {
  digits: ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'],
  ten: '拾',
  hundred: '佰',
  thousand: '仟',
  myriad: '万',
  hundredMillion: '亿',
  elideOne: false,
  insertZero: true,
  bareTen: false,
};
const ZH_TW_LEGAL: Myriad = {
  digits: ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'],
  ten: '拾',
  hundred: '佰',
  thousand: '仟',
  myriad: '萬',
  hundredMillion: '億',
  elideOne: false,
  insertZero: true,
  bareTen: false,
};
const JA: Myriad = { ...ZH, myriad: '万', hundredMillion: '億', elideOne: true, insertZero: false };

function positional(n: number, digits: string[]): string {
  return String(n)
    .split('')
    .map((d) => digits[Number(d)]!)
    .join('');
}

/** chineseCounting: 十-words below 100 (十, 十一, 二十), digit by digit from 100 (一〇〇), as Word writes it. */
function chineseCounting(n: number, digits: string[]): string {
  if (n < 10) return digits[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return (tens === 1 ? '十' : `${digits[tens]}十`) + (ones === 0 ? '' : digits[ones]!);
  }
  return positional(n, digits);
}

function myriadGroup(group: number, t: Myriad): string {
  const places: Array<[number, string]> = [
    [Math.floor(group / 1000) % 10, t.thousand],
    [Math.floor(group / 100) % 10, t.hundred],
    [Math.floor(group / 10) % 10, t.ten],
    [group % 10, ''],
  ];
  let out = '';
  let seen = false;
  let gap = false;
  for (const [digit, unit] of places) {
    if (digit === 0) {
      if (seen) gap = true;
      continue;
    }
    if (gap && t.insertZero) out += t.digits[0];
    gap = false;
    out += t.elideOne && digit === 1 && unit !== '' ? unit : t.digits[digit]! + unit;
    seen = true;
  }
  return out;
}

/** chineseCountingThousand and the legal formats: 十一, 一百一十, 一千零一, 一万二千. */
function grouped(n: number, t: Myriad): string {
  const out = groupedDigits(n, t);
  return t.bareTen && out.startsWith(t.digits[1]! + t.ten) ? out.slice(1) : out;
}

function groupedDigits(n: number, t: Myriad): string {
  if (n === 0) return t.digits[0]!;
  if (n >= 100_000_000) {
    const upper = Math.floor(n / 100_000_000);
    const lower = n % 100_000_000;
    return groupedDigits(upper, t) + t.hundredMillion + (lower === 0 ? '' : (t.insertZero && lower < 10_000_000 ? t.digits[0] : '') + groupedDigits(lower, t));
  }
  const upper = Math.floor(n / 10000);
  const lower = n % 10000;
  let out = upper > 0 ? myriadGroup(upper, t) + t.myriad : '';
  if (lower > 0) out += (t.insertZero && upper > 0 && lower < 1000 ? t.digits[0] : '') + myriadGroup(lower, t);
  return out;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, glyph] of table) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** A–Z, then AA–ZZ, AAA…: Word repeats the letter rather than counting in base 26. */
function letters(n: number): string {
  const index = (n - 1) % 26;
  return String.fromCharCode(0x41 + index).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A run of enclosed characters for 1..count (①…⑳), decimal beyond, as ECMA-376 says. */
function enclosed(first: number, count: number): (n: number) => string {
  return (n) => (n >= 1 && n <= count ? String.fromCharCode(first + n - 1) : String(n));
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalFullWidth2: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperLetter: letters,
  lowerLetter: (n) => letters(n).toLowerCase(),
  ordinal: ordinalSuffix,
  hex: (n) => n.toString(16).toUpperCase(),
  numberInDash: (n) => `- ${n} -`,
  decimalEnclosedCircle: enclosed(0x2460, 20), // ①
  decimalEnclosedCircleChinese: enclosed(0x2460, 20),
  decimalEnclosedFullstop: enclosed(0x2488, 20), // ⒈
  decimalEnclosedParen: enclosed(0x2474, 20), // ⑴
  ideographEnclosedCircle: enclosed(0x3280, 10), // ㊀
  ideographTraditional: (n) => (n >= 1 && n <= 10 ? STEMS[n - 1]! : String(n)),
  ideographZodiac: (n) => (n >= 1 && n <= 12 ? BRANCHES[n - 1]! : String(n)),
  // the sixty-year cycle: 甲子, 乙丑 …
  ideographZodiacTraditional: (n) => (n >= 1 && n <= 60 ? STEMS[(n - 1) % 10]! + BRANCHES[(n - 1) % 12]! : String(n)),
  ideographDigital: (n) => positional(n, IDEOGRAPH_DIGITS),
  japaneseDigitalTenThousand: (n) => positional(n, IDEOGRAPH_DIGITS),
  taiwaneseDigital: (n) => positional(n, TAIWANESE_DIGITS),
  chineseCounting: (n) => chineseCounting(n, IDEOGRAPH_DIGITS),
  taiwaneseCounting: (n) => chineseCounting(n, TAIWANESE_DIGITS),
  chineseCountingThousand: (n) => grouped(n, ZH),
  taiwaneseCountingThousand: (n) => grouped(n, ZH_TW),
  chineseLegalSimplified: (n) => grouped(n, ZH_LEGAL),
  ideographLegalTraditional: (n) => grouped(n, ZH_TW_LEGAL),
  japaneseCounting: (n) => grouped(n, JA),
  none: () => '',
};

/** A counter in a level's number format (`w:numFmt`). */
export function formatNumber(n: number, numFmt: string | undefined): string {
  if (numFmt === 'none') return '';
  // every format counts from 1; a level that starts at 0 shows 0
  if (n < 1) return String(n);
  return (FORMATS[numFmt ?? 'decimal'] ?? String)(n);
}

// Character classes and offset ↔ line/column conversion shared by the engine, the command line and the LSP layer.

/** CJK ideographs (BMP blocks and extension A, compatibility ideographs) and 〇. */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/** Full-width punctuation and symbols that stand inside Chinese prose. */
export function isCjkPunct(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/.test(ch);
}

/**
 * A reading in pinyin in brackets after a character (人數（shù）, 發（fā）生, 合計（jì）), as some sites print traditional
 * text: no part of the words. PINYIN_GLOSS takes any run of small letters; PINYIN_READING only one with a tone mark
 * among them, for labels where a unit in brackets ((km), (t)) must stay.
 */
export const PINYIN_GLOSS = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[）)]/g;
export const PINYIN_READING = /[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[）)]/g;

/**
 * Traditional characters of the words some readings key on (结构, 比例为, 产业, 生产总值, 调整为, 性别比), as pages served
 * in 繁體 write them (三次產業結構為, 地區生產總值, 調整為), and their simplified forms: one character for one, so a
 * text simplified keeps its offsets.
 */
const TRADITIONAL: Record<string, string> = {
  產: '产',
  業: '业',
  總: '总',
  區: '区',
  縣: '县',
  實: '实',
  現: '现',
  結: '结',
  構: '构',
  為: '为',
  調: '调',
  別: '别',
  達: '达',
  較: '较',
  億: '亿',
  數: '数',
  審: '审',
  經: '经',
  類: '类',
  會: '会',
  處: '处',
  務: '务',
  劃: '划',
  項: '项',
  資: '资',
  設: '设',
  開: '开',
  築: '筑',
  報: '报',
  辦: '办',
  議: '议',
  發: '发',
  員: '员',
  對: '对',
  與: '与',
  們: '们',
  門: '门',
  歲: '岁',
  國: '国',
  鎮: '镇',
  鄉: '乡',
  農: '农',
  衛: '卫',
  態: '态',
  環: '环',
  濟: '济',
  費: '费',
  點: '点',
  幣: '币',
  預: '预',
  個: '个',
  戶: '户',
  計: '计',
  單: '单',
  糧: '粮',
  佔: '占',
  時: '时',
  間: '间',
  網: '网',
  貸: '贷',
  長: '长',
  減: '减',
  額: '额',
  稅: '税',
  進: '进',
  餘: '余',
  當: '当',
  應: '应',
  際: '际',
  險: '险',
  養: '养',
  營: '营',
  種: '种',
  積: '积',
  畝: '亩',
};
const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');
const SIMPLIFIED: Record<string, string> = Object.fromEntries(Object.entries(TRADITIONAL).map(([t, s]) => [s, t]));
const SIMPLIFIED_CHARS = new RegExp(`[${Object.keys(SIMPLIFIED).join('')}]`, 'g');

/** Words with those traditional characters in their simplified forms (三次產業結構為 → 三次产业结构为), the rest as written. */
export function simplified(words: string): string {
  return words.replace(TRADITIONAL_CHARS, (c) => TRADITIONAL[c] ?? c);
}

/** Words as a rule reads them: simplified, without the pinyin readings a 繁體 page glosses in brackets, without spaces. */
export function plainWords(words: string): string {
  return simplified(words.replace(PINYIN_READING, '')).replace(/\s/g, '');
}

/** Words with those simplified characters as a page in 繁體 writes them (生产总值 → 生產總值), the rest as written. */
/** Whether every character of `short` stands in `long`, in order, others between (年计划 in 年计划投资, 参保 in 参加…保险). */
export function inOrderWithin(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

export function traditional(words: string): string {
  return words.replace(SIMPLIFIED_CHARS, (c) => SIMPLIFIED[c] ?? c);
}

/** A character that marks the surrounding text as Chinese prose. */
export function isChinese(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return !!ch && /[A-Za-z]/.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return !!ch && ch >= '0' && ch <= '9';
}

export function isSpace(ch: string | undefined): boolean {
  return !!ch && /[ \t\u00a0\u3000]/.test(ch);
}

/** Sentence-final marks: a paragraph ending in one of these is complete. */
export const TERMINAL_PUNCT = new Set(['。', '！', '？', '!', '?', '；', ';', '：', ':', '…']);

/** Closing marks that may follow a sentence-final mark (”。 is wrong but 。” is right). */
export const CLOSING_MARKS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〕', ']']);

/** 1-based line and column (column in UTF-16 code units), as `gongwen check` prints them. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Maps offsets to lines and back; built once per text. */
export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // the common case, without a CR: the native search is several times faster than a loop over the characters
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 0-based line and 0-based UTF-16 character, the LSP convention. */
  position(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line, character: clamped - this.lineStarts[line]! };
  }

  /** 1-based line and column. */
  lineColumn(offset: number): LineColumn {
    const p = this.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  }

  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line]!;
    const end = this.lineEnd(line);
    return Math.min(start + Math.max(0, character), end);
  }

  /** Offset of the end of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/** Whether an offset falls between the two halves of a surrogate pair (inside an emoji or a 𠀀). */
export function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** A span widened, where it cuts a surrogate pair, to take the whole character. */
export function onCodePoints(text: string, offset: number, endOffset: number): { offset: number; endOffset: number } {
  return { offset: splitsPair(text, offset) ? offset - 1 : offset, endOffset: splitsPair(text, endOffset) ? endOffset + 1 : endOffset };
}

/** Quote a piece of text for a message, shortened when long (never inside a surrogate pair). */
export function quote(s: string, max = 24): string {
  const cut = splitsPair(s, max - 1) ? max - 2 : max - 1;
  const t = s.length > max ? s.slice(0, cut) + '…' : s;
  return `“${t}”`;
}

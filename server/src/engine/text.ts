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

// The figures of GB/T 9704-2012 in Word's units: twips (1/20 pt; 1 mm = 1440/25.4 twips), half-points for font
// sizes, eighths of a point for borders. One place for the numbers; docs/word.md sets each beside what the
// rendering measured.

import type { Face } from './page';

export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);
export const pt = (points: number): number => Math.round(points * 20);

/** A4, as Word writes it (210 × 297 mm). */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 5.2.1 页边: 天头 37 mm, 订口 28 mm; the 版心 156 × 225 mm leaves 35 mm below and 26 mm to the right. */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

export const TYPE_AREA = {
  width: PAGE.width - MARGIN.left - MARGIN.right,
  height: PAGE.height - MARGIN.top - MARGIN.bottom,
} as const;

/** 字号 in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, record: 28 } as const;

/** 5.2.2: 22 lines a page: each line 225 mm / 22 ≈ 28.95 pt, every line of every paragraph exactly that. */
export const LINE = pt(28.95); // 579 twips
export const LINES_PER_PAGE = 22;

/**
 * 5.2.2: 28 characters a line. A 3号 character is 16 pt, and 28 of them (448 pt) are wider than the 156 mm
 * 版心 (442.2 pt): every run is condensed by 0.25 pt, so a character takes 15.75 pt and 28 take 441 pt.
 * Word and LibreOffice both read this alike; a document grid's charSpace they do not (docs/word.md).
 */
export const CHAR_SPACING = -5; // twentieths of a point: −0.25 pt
export const CHAR = SIZE.body * 10 + CHAR_SPACING; // 315 twips, one character of body text

/** Lines a page and characters a line, in Word's arithmetic: what fits in the type area. */
export function gridOf(layout: { typeWidth: number; typeHeight: number; linePitch: number; charAdvance: number }): { lines: number; chars: number } {
  return { lines: Math.floor(layout.typeHeight / layout.linePitch), chars: Math.floor(layout.typeWidth / layout.charAdvance) };
}

/** 7.5 页码: 4号 half-width 宋体, 一字线 on each side, one character in from the edge of the type area. */
export const PAGE_NUMBER = {
  /** One 4号 character: 14 pt. */
  inset: SIZE.pageNumber * 10,
  /** 一字线上距版心下边缘 7 mm: the footer's text box is placed so the dash falls there (measured, docs/word.md). */
  footer: mm(25.6),
} as const;

/** 7.2.4 发文机关标志: its top 35 mm below the top of the type area (80 mm for an upward document with 签发人). */
export const ISSUER_MARK = {
  top: mm(35),
  topUpward: mm(80),
  maxSize: 84 /* 初号, 42 pt */,
  /** The line is 1.2 of the size; the ideographs' top stands 0.12 of the size below the line's top (measured, docs/word.md). */
  line: 1.2,
  inkTop: 0.12,
} as const;
/** 7.2.7: the red line 4 mm under the 发文字号. */
export const RED_LINE = { space: 11 /* pt, border spacing ≈ 4 mm */, size: 8 /* eighths of a point: 1 pt */, color: 'FF0000' } as const;
/** 7.4.1 版记 lines: the first and last 0.35 mm, those between 0.25 mm. */
export const RECORD_LINE = { thick: 8, thin: 6 } as const;

/** The fonts by name, never embedded: the names Chinese offices have, with the name Word finds if that one is missing. */
export const FONTS: Record<Face | 'songti', { name: string; altName: string }> = {
  fangsong: { name: '仿宋_GB2312', altName: 'FangSong' },
  kaiti: { name: '楷体_GB2312', altName: 'KaiTi' },
  heiti: { name: '黑体', altName: 'SimHei' },
  xiaobiaosong: { name: '方正小标宋简体', altName: 'FZXiaoBiaoSong-B05S' },
  songti: { name: '宋体', altName: 'SimSun' },
};

/** Width of text in body characters: ideographs and full-width marks one, ASCII half (digits in 仿宋 are half-width). */
export function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 0x2e80 && !'—…“”‘’·'.includes(ch) ? 0.5 : 1;
  return n;
}

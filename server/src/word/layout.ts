// The figures of GB/T 9704-2012 in Word's units: twips (1/20 pt; 1 mm = 1440/25.4 twips), half-points for font
// sizes, eighths of a point for borders. One place for the numbers; docs/word.md sets each beside what the
// rendering measured.

import type { Face, HeadFields } from './page';

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

/** A bottom border adds its spacing and its width to the paragraph's height. */
export const RED_LINE_HEIGHT = RED_LINE.space * 20 + (RED_LINE.size * 20) / 8;

/** Where the 版头's parts stand, in twips from the top of the 版心 (Word's arithmetic; the HTML preview uses the same). */
export interface HeadGeometry {
  /** 份号, 密级和保密期限, 紧急程度: a line each from the top, 顶格. */
  marks: Array<{ text: string; face: Face }>;
  /** 发文机关标志: its line's top, its size in half-points and its line's height. */
  issuer?: { text: string; before: number; top: number; size: number; line: number };
  /** 发文字号 (and 签发人 on an upward document): its line's top, the space above it. */
  number?: { before: number; top: number };
  /** The red line's vertical position (the middle of its width). */
  redLine?: number;
  /** The 版头's height. */
  height: number;
  /** The space above the title: two lines, and what puts the title back on the line grid. */
  titleBefore: number;
}

export function headGeometry(head: HeadFields): HeadGeometry {
  const marks: HeadGeometry['marks'] = [];
  if (head.copyNumber) marks.push({ text: head.copyNumber, face: 'fangsong' });
  if (head.secrecy) marks.push({ text: head.secrecy, face: 'heiti' });
  if (head.urgency) marks.push({ text: head.urgency, face: 'heiti' });
  const geometry: HeadGeometry = { marks, height: marks.length * LINE, titleBefore: 0 };
  const upward = !!head.signers?.length;
  if (head.issuerMark) {
    const top = upward ? ISSUER_MARK.topUpward : ISSUER_MARK.top;
    // as large as 初号 allows within the 版心's width
    const size = Math.min(ISSUER_MARK.maxSize, Math.floor(TYPE_AREA.width / Math.max(1, cells(head.issuerMark)) / 10));
    const line = Math.round(size * 10 * ISSUER_MARK.line);
    const before = Math.max(0, top - geometry.height - Math.round(size * 10 * ISSUER_MARK.inkTop));
    geometry.issuer = { text: head.issuerMark, before, top: geometry.height + before, size, line };
    geometry.height += before + line;
  }
  if (head.documentNumber || upward) {
    // 发文字号编排在发文机关标志下空二行位置 (7.2.5)
    const before = head.issuerMark ? 2 * LINE : 0;
    geometry.number = { before, top: geometry.height + before };
    geometry.height += before + LINE;
    if (head.issuerMark) {
      geometry.redLine = geometry.height + RED_LINE.space * 20 + (RED_LINE.size * 20) / 16;
      geometry.height += RED_LINE_HEIGHT;
    }
  } else if (head.issuerMark) {
    // no 发文字号: the red line under the 发文机关标志 all the same, a line below it
    geometry.height += 2 * LINE;
    geometry.redLine = geometry.height + RED_LINE.space * 20 + (RED_LINE.size * 20) / 16;
    geometry.height += RED_LINE_HEIGHT;
  }
  // 标题编排于红色分隔线下空二行位置 (7.3.1), and on the grid: the body's lines fall where they do on every page
  if (geometry.height > 0) geometry.titleBefore = 2 * LINE + ((LINE - (geometry.height % LINE)) % LINE);
  return geometry;
}

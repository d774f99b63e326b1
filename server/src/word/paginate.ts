// Where the body's pages break, worked out on the grid as Word lays it out: 22 lines of 28.95 pt, characters of
// 15.75 pt (half that for digits and Latin letters in 仿宋), full-width marks allowed to hang past the margin,
// space above a paragraph dropped at the top of a page, keep-with-next chains moved whole. The export needs one
// answer from it: does the body end on an odd or an even page, that is, does a blank page come before the 版记.

import { CHAR_SPACING, LINE, SIZE, TYPE_AREA } from './layout';

/** A paragraph or table row as the page sees it. */
export interface FlowItem {
  /** Space above, in twips (dropped at the top of a page). */
  before: number;
  /** The height of each of its lines, in twips. */
  lines: number[];
  /** Kept on the page of the item after it (its last line with the next item's first). */
  keepNext?: boolean;
  /** Never split across pages (a table row). */
  whole?: boolean;
}

/** Where an item fell: the pages its first and last lines are on, and whether its first line opens its page. */
export interface Placed {
  startPage: number;
  endPage: number;
  startsPage: boolean;
}

/** Lays the items out page by page, from `firstPageTop` (the height the 版头 takes) on the first page. */
export function paginate(items: readonly FlowItem[], firstPageTop = 0): Placed[] {
  const height = TYPE_AREA.height;
  let page = 1;
  let y = firstPageTop;
  const placed: Placed[] = [];
  const newPage = (): void => {
    page++;
    y = 0;
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const n = item.lines.length;
    // what must come on the same page as this item's last line: the rest of a keep-with-next chain, up to the
    // first line of the item that ends it
    let tail = 0;
    if (item.keepNext) {
      for (let k = i + 1; k < items.length; k++) {
        const next = items[k]!;
        if (next.keepNext || next.whole) tail += next.before + sum(next.lines);
        else {
          tail += next.before + (next.lines[0] ?? 0);
          break;
        }
      }
    }
    const whole = item.whole || (item.keepNext && n === 1);
    if (whole && y > 0 && y + item.before + sum(item.lines) + tail > height && sum(item.lines) + tail <= height) newPage();
    let startPage = page;
    let startsPage = y === 0;
    for (let j = 0; j < n; j++) {
      let before = j === 0 && y > 0 ? item.before : 0;
      const h = item.lines[j]!;
      const last = j === n - 1;
      const need = before + h + (last ? tail : 0);
      if (y > 0 && y + need > height && (last || y + before + h > height)) {
        newPage();
        before = 0;
        if (j === 0) {
          startPage = page;
          startsPage = true;
        }
      }
      y += before + h;
    }
    placed.push({ startPage, endPage: page, startsPage });
  }
  return placed;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** Characters that may not begin a line: Word and WPS let them hang past the right margin instead. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕”’…—·%,.;:?!)']);
/** Characters that may not end a line: they go to the next line with the word they open. */
const NO_LINE_END = new Set([...'（《「『【〔“‘(']);

/** The width of a character in twips at a font size in half-points, condensed as the body is. */
function advance(ch: string, size: number, spacing: number): number {
  const wide = ch.charCodeAt(0) >= 0x2e80 || '—…“”‘’·'.includes(ch);
  return (wide ? size * 10 : size * 5) + spacing;
}

/**
 * The lines a paragraph's text takes: `first` and `rest` are the widths (twips) its first and later lines have;
 * a line break in the text starts a line.
 */
export function lineCount(text: string, first: number, rest: number, size: number = SIZE.body, spacing: number = CHAR_SPACING): number {
  let lines = 1;
  let used = 0;
  let width = first;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n') {
      lines++;
      used = 0;
      width = rest;
      continue;
    }
    const w = advance(ch, size, spacing);
    if (used + w > width && used > 0 && !NO_LINE_START.has(ch)) {
      lines++;
      // an opening mark at the end of the line goes down with what it opens
      used = NO_LINE_END.has(chars[i - 1] ?? '') ? advance(chars[i - 1]!, size, spacing) : 0;
      width = rest;
    }
    used += w;
  }
  return lines;
}

/** A paragraph of `lines` body lines. */
export const bodyLines = (count: number): number[] => Array.from({ length: count }, () => LINE);

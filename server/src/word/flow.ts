// The page model as the pagination sees it: each block's lines at the widths its part of the page gives them, the
// space above it, what it keeps with. The Word export decides the 版记's page from it; the layout preview breaks
// its pages where it says Word will.

import { CHAR, LINE, SIZE, TYPE_AREA, cells, headGeometry } from './layout';
import { bodyLines, lineCount, paginate, type FlowItem } from './paginate';
import type { Inline, Page, ParagraphBlock } from './page';
import type { TableData } from '../engine';

/** A paragraph's words, a line break as \n, footnote marks left out. */
export const plainText = (inlines: readonly Inline[]): string => inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : '')).join('');

/** The blocks kept with the block after them: the 署名 never stands alone on a page, the body's last paragraph (and an 附件说明 under it) go with it. */
export function keptWithNext(page: Page): Set<number> {
  const keep = new Set<number>();
  const closing = page.blocks.findIndex((b) => b.kind === 'paragraph' && (b.role === 'signature' || b.role === 'date'));
  for (let k = closing - 1; k >= 0; k--) {
    const b = page.blocks[k]!;
    if (b.kind !== 'paragraph') break;
    keep.add(k);
    if (b.role !== 'attachment') break;
  }
  return keep;
}

/** Column widths (twips) as wide as their longest cell asks, filling the 版心. */
export function tableColumns(data: TableData): number[] {
  const width = Math.max(1, data.header.length, ...data.rows.map((r) => r.length));
  const want = Array.from({ length: width }, (_, c) => Math.max(2, ...[data.header, ...data.rows].map((r) => Math.min(cells(r[c] ?? ''), 14))));
  const total = want.reduce((a, b) => a + b, 0);
  const columns = want.map((w) => Math.floor((TYPE_AREA.width * w) / total));
  columns[columns.length - 1]! += TYPE_AREA.width - columns.reduce((a, b) => a + b, 0);
  return columns;
}

/** A table cell's side margins (twips). */
export const CELL_MARGIN = 60;

export const hasTableData = (t: TableData): boolean => t.header.length > 0 || t.rows.length > 0;

/** The flow of a page's body, each item with the index of the block it belongs to. */
export function pageFlow(page: Page): { items: FlowItem[]; blocks: number[] } {
  const items: FlowItem[] = [];
  const blocks: number[] = [];
  const keep = keptWithNext(page);
  const titleBefore = headGeometry(page.head).titleBefore;
  const push = (item: FlowItem, block: number): void => {
    items.push(item);
    blocks.push(block);
  };
  page.blocks.forEach((block, i) => {
    if (block.kind === 'table') {
      const t = block.table;
      if (!hasTableData(t)) return;
      if (block.blankBefore > 0) push({ before: 0, lines: [block.blankBefore * LINE] }, i);
      if (t.caption) push({ before: 0, lines: bodyLines(lineCount(t.caption, TYPE_AREA.width, TYPE_AREA.width)), keepNext: true }, i);
      if (t.unit) push({ before: 0, lines: [LINE], keepNext: true }, i);
      const columns = tableColumns(t);
      for (const row of [t.header, ...t.rows]) {
        const lines = Math.max(1, ...columns.map((w, c) => lineCount(row[c] ?? '', w - 2 * CELL_MARGIN, w - 2 * CELL_MARGIN)));
        push({ before: 0, whole: true, lines: bodyLines(lines) }, i);
      }
      return;
    }
    push(paragraphFlow(block, i === 0 && titleBefore > 0 ? titleBefore : undefined, keep.has(i)), i);
  });
  return { items, blocks };
}

/** A paragraph as the pagination sees it: its lines at the widths its style gives them. */
function paragraphFlow(block: ParagraphBlock, before: number | undefined, keepNext: boolean): FlowItem {
  const text = plainText(block.inlines);
  const full = TYPE_AREA.width;
  let lines: number;
  switch (block.role) {
    case 'title':
      lines = lineCount(text, full, full, SIZE.title);
      break;
    case 'attachment':
    case 'namelist':
      lines = block.continuation ? lineCount(text, full - 5 * CHAR, full - 5 * CHAR) : lineCount(text, full - 2 * CHAR, full - 5 * CHAR);
      break;
    case 'body':
    case 'heading':
      lines = lineCount(text, full - 2 * CHAR, full);
      break;
    default:
      lines = lineCount(text, full, full);
  }
  const keeps = keepNext || block.role === 'title' || block.role === 'subtitle' || block.role === 'heading' || block.role === 'signature';
  return { before: before ?? block.blankBefore * LINE, lines: bodyLines(lines), ...(keeps ? { keepNext: true } : {}) };
}

/** Where the body's pages break: the page it ends on, and the blocks that open a page (after the first). */
export function planPages(page: Page): { bodyPages: number; pageStarts: number[] } {
  const flow = pageFlow(page);
  const placed = paginate(flow.items, headGeometry(page.head).height);
  const pageStarts: number[] = [];
  placed.forEach((p, k) => {
    const block = flow.blocks[k]!;
    if (p.startsPage && p.startPage > 1 && flow.blocks.indexOf(block) === k) pageStarts.push(block);
  });
  return { bodyPages: placed.at(-1)?.endPage ?? 1, pageStarts };
}

// pasted-table: a table pasted as text (pipe rows without the separator line, columns aligned with tabs or spaces,
// one cell per line). One finding for the block; the fix rebuilds it as a GFM table where its columns are clear.

import { defineRule } from '../rule';
import { formatGfmTable, type Table, type TableData } from '../tables/model';
import type { Draft } from '../parse';
import type { TextEdit } from '../types';

const SHAPE: Record<PastedSource, string> = {
  pipe: '竖线分隔的行，缺少表头下的分隔行',
  aligned: '用制表符或空格对齐的列',
  stacked: '每个单元格单独成行',
};

export default defineRule(
  {
    id: 'pasted-table',
    title: '粘贴丢格式的表格',
    titleEn: 'Table pasted as text',
    basis: 'GB/T 9704-2012 7.3.3（表格）；起草惯例',
    severity: 'warning',
    fixable: true,
    safeFix: false,
    options: {},
  },
  (context) => {
    const { draft } = context;
    for (const block of pastedBlocks(draft.tables)) {
      const [first] = block;
      const { offset, endOffset } = blockRange(draft, block);
      const unclear = block.some((t) => t.unclear);
      const size = block.map((t) => sizeOf(t)).join('、');
      const what = block.length > 1 ? '这是左右两半并排的两张表格' : '这是一张表格';
      const tail = unclear
        ? '；各行的列数不一致，无法自动重建，请对照原表手工整理为 Markdown 表格'
        : `；应改为 Markdown 表格（快速修复可重建${block.length > 1 ? '为上下两张表' : ''}），才能排成公文表格并核对其中的合计`;
      context.report({
        offset,
        endOffset,
        message: `${what}，粘贴时丢了表格格式（${SHAPE[first!.source as PastedSource]}，${size}）${tail}`,
        fix: unclear ? undefined : [rebuild(draft, block, offset, endOffset)],
      });
    }
  },
);

type PastedSource = Exclude<Table['source'], 'gfm'>;

function sizeOf(table: Table): string {
  const columns = Math.max(table.header.cells.length, ...table.rows.map((r) => r.cells.length));
  return table.unclear ? `${table.rows.length + 1}行` : `${table.rows.length + 1}行×${columns}列`;
}

/**
 * The pasted tables grouped by the block of lines they were read from: a table set out in two halves side by side
 * (tables/sideBySide.ts) is two tables over the same lines, and one finding with one fix must cover both — a fix
 * rebuilding one half over the block would drop the other half's cells.
 */
function pastedBlocks(tables: readonly Table[]): Table[][] {
  const blocks: Table[][] = [];
  let end = -1;
  for (const table of [...tables].filter((t) => t.source !== 'gfm').sort((a, b) => a.offset - b.offset)) {
    const last = blocks[blocks.length - 1];
    if (last && table.offset < end) last.push(table);
    else blocks.push([table]);
    end = Math.max(end, table.endOffset);
  }
  return blocks;
}

/**
 * The lines the block's tables were read from. A half's range runs from its first cell to its last, which leaves the
 * row's closing pipe (and the left half's opening one) outside: the range of two halves is widened over those to
 * whole lines, or a fix would leave them behind as a line of its own.
 */
function blockRange(draft: Draft, block: readonly Table[]): { offset: number; endOffset: number } {
  let offset = Math.min(...block.map((t) => t.offset));
  let endOffset = Math.max(...block.map((t) => t.endOffset));
  if (block.length === 1) return { offset, endOffset };
  const { lineIndex, source } = draft;
  const lineStart = lineIndex.lineStarts[lineIndex.lineOf(offset)]!;
  const lineEnd = lineIndex.lineEnd(lineIndex.lineOf(endOffset));
  if (/^[\s|]*$/.test(source.slice(lineStart, offset))) offset = lineStart;
  if (/^[\s|]*$/.test(source.slice(endOffset, lineEnd))) endOffset = lineEnd;
  return { offset, endOffset };
}

/**
 * The block replaced by GFM tables with the same cells, one per table read from it (the halves of a side-by-side
 * table one under the other, left first); a caption or unit row inside the block goes above the first.
 */
function rebuild(draft: Draft, block: readonly Table[], offset: number, endOffset: number): TextEdit {
  const inside = (s: { offset: number } | undefined): boolean => !!s && s.offset >= offset;
  const tables = block.map((table, i) => {
    const data: TableData = {
      header: table.header.cells.map((c) => c.text),
      rows: table.rows.map((r) => r.cells.map((c) => c.text)),
    };
    if (i === 0 && inside(table.caption)) data.caption = table.caption!.text;
    if (i === 0 && inside(table.unit)) data.unit = table.unit!.text;
    return formatGfmTable(data);
  });
  // a line right after the table would be read as one more row: a blank line keeps it out
  const lineEnd = draft.lineIndex.lineEnd(draft.lineIndex.lineOf(endOffset));
  const next = draft.source.slice(lineEnd).replace(/^\r?\n/, '');
  const blankAfter = next === '' || /^[ \t]*(?:\r?\n|$)/.test(next);
  return { offset, endOffset, text: tables.join('\n\n') + (blankAfter ? '' : '\n') };
}

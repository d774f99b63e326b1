// pasted-table: a table pasted as text (pipe rows without the separator line, columns aligned with tabs or spaces,
// one cell per line). One finding for the block; the fix rebuilds it as a GFM table where its columns are clear.

import { defineRule } from '../rule';
import { formatGfmTable, type Table, type TableData } from '../tables/model';
import type { Draft } from '../parse';
import type { TextEdit } from '../types';

const SHAPE: Record<Exclude<Table['source'], 'gfm'>, string> = {
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
    for (const table of draft.tables) {
      if (table.source === 'gfm') continue;
      const columns = Math.max(table.header.cells.length, ...table.rows.map((r) => r.cells.length));
      const size = table.unclear ? `${table.rows.length + 1}行` : `${table.rows.length + 1}行×${columns}列`;
      const tail = table.unclear ? '；各行的列数不一致，无法自动重建，请对照原表手工整理为 Markdown 表格' : '；应改为 Markdown 表格（快速修复可重建），才能排成公文表格并核对其中的合计';
      context.report({
        offset: table.offset,
        endOffset: table.endOffset,
        message: `这是一张表格，粘贴时丢了表格格式（${SHAPE[table.source]}，${size}）${tail}`,
        fix: table.unclear ? undefined : [rebuild(draft, table)],
      });
    }
  },
);

/** The block replaced by a GFM table with the same cells; a caption or unit row inside the block goes above it. */
function rebuild(draft: Draft, table: Table): TextEdit {
  const inside = (s: { offset: number } | undefined): boolean => !!s && s.offset >= table.offset;
  const data: TableData = {
    header: table.header.cells.map((c) => c.text),
    rows: table.rows.map((r) => r.cells.map((c) => c.text)),
  };
  if (inside(table.caption)) data.caption = table.caption!.text;
  if (inside(table.unit)) data.unit = table.unit!.text;
  // a line right after the table would be read as one more row: a blank line keeps it out
  const lineEnd = draft.lineIndex.lineEnd(draft.lineIndex.lineOf(table.endOffset));
  const next = draft.source.slice(lineEnd).replace(/^\r?\n/, '');
  const blankAfter = next === '' || /^[ \t]*(?:\r?\n|$)/.test(next);
  return { offset: table.offset, endOffset: table.endOffset, text: formatGfmTable(data) + (blankAfter ? '' : '\n') };
}

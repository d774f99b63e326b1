// The draft's tables, in the shared table model, for the Word export and the previews: what the engine reads
// (GFM tables and tables pasted as text, with the 表题 and unit line above them), and any GFM table of the page's
// own tree the engine did not take.

import type { Nodes, Root, Table as MdastTable, TableCell as MdastCell } from 'mdast';
import { parseDraft, type Draft, type Table, type TableAlign, type TableCell, type TableRow } from '../engine';
import { parsePageTree } from './tree';

/** Every table of a draft, in the order they stand. */
export function readTables(markdown: string, tree: Root = parsePageTree(markdown), draft: Draft = parseDraft(markdown)): Table[] {
  const tables = [...draft.tables];
  const visit = (node: Nodes): void => {
    if (node.type === 'table') {
      const table = fromMdast(node);
      if (table && !tables.some((t) => t.offset < table.endOffset && table.offset < t.endOffset)) tables.push(table);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return tables.sort((a, b) => a.offset - b.offset);
}

/** Where a table stands with its 表题 and unit line. */
export function tableSpan(table: Table): { offset: number; endOffset: number } {
  return { offset: Math.min(table.offset, table.caption?.offset ?? Infinity, table.unit?.offset ?? Infinity), endOffset: table.endOffset };
}

function fromMdast(node: MdastTable): Table | undefined {
  const rows = node.children.map((row): TableRow | undefined => {
    if (!row.position) return undefined;
    return { offset: row.position.start.offset!, endOffset: row.position.end.offset!, cells: row.children.map(cellOf) };
  });
  const [header, ...body] = rows;
  if (!header || !node.position || rows.some((r) => !r)) return undefined;
  return {
    offset: node.position.start.offset!,
    endOffset: node.position.end.offset!,
    source: 'gfm',
    header,
    rows: body as TableRow[],
    align: (node.align ?? []).map((a): TableAlign => a ?? null),
  };
}

function cellOf(cell: MdastCell): TableCell {
  const offset = cell.position?.start.offset ?? 0;
  const endOffset = cell.position?.end.offset ?? offset;
  return { offset, endOffset, text: plainText(cell).trim() };
}

/** The words of a node, without Markdown marks (a cell's **12** is 12). */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** A cell's words as printed: its Markdown marks gone (**20** is 20, [链接](…) 链接), line breaks (<br>) kept. */
export function cellWords(text: string): string {
  if (!/[*_`[\]<~!\\]/.test(text)) return text;
  const tree = parsePageTree(text.replace(/<br\s*\/?>/gi, '\n'));
  return tree.children
    .map((node) => plainText(node as Nodes))
    .join('\n')
    .trim();
}

// The draft's GFM tables, in the shared table model, for the Word export and the layout preview. Read with
// remark-gfm until the engine reads tables itself; `readTables` is the one function that changes then.

import type { Nodes, Root, Table as MdastTable, TableCell as MdastCell } from 'mdast';
import type { Table, TableAlign, TableCell, TableRow } from '../engine';
import { parsePageTree } from './tree';

/** Every GFM table of a draft, top level or nested, in the order they stand. */
export function readTables(markdown: string, tree: Root = parsePageTree(markdown)): Table[] {
  const tables: Table[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'table') {
      const table = fromMdast(node);
      if (table) tables.push(table);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return tables;
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

// GFM tables in the Markdown parse: micromark's table extension and its mdast builder as a unified plugin (what
// remark-gfm does for tables alone: autolinks, footnotes and strikethrough would change how the rest is read), and
// the reading of a parsed table into the table model, with the source span of every row and cell.

import type { Table as MdastTable } from 'mdast';
import type { Processor } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Table, TableCell, TableRow } from './model';

interface ParserData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

/** unified plugin: remark-parse reads GFM tables. */
export function remarkGfmTable(this: Processor): void {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * A cell's content inside its source span: micromark's cell starts at its opening pipe (when there is one) and
 * ends after its closing pipe (the row's last); the content is what lies between, without the spaces around it.
 */
function cellOf(source: string, start: number, end: number): TableCell {
  let a = start;
  let b = end;
  if (source[a] === '|') a++;
  if (b > a && source[b - 1] === '|' && !escaped(source, b - 1, a)) b--;
  while (a < b && isBlank(source[a])) a++;
  while (b > a && isBlank(source[b - 1])) b--;
  return { offset: a, endOffset: b, text: source.slice(a, b).replace(/\\\|/g, '|') };
}

/** Whether the character at `at` is escaped by an odd run of backslashes that starts at or after `from`. */
function escaped(source: string, at: number, from: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= from && source[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/** A parsed GFM table as the table model, offsets in `source` (the text that was parsed). */
export function readGfmTable(node: MdastTable, source: string): Table | undefined {
  const rows: TableRow[] = [];
  for (const row of node.children) {
    const p = row.position;
    if (!p) return undefined;
    const cells: TableCell[] = [];
    for (const cell of row.children) {
      const c = cell.position;
      if (!c) return undefined;
      cells.push(cellOf(source, c.start.offset!, c.end.offset!));
    }
    rows.push({ offset: p.start.offset!, endOffset: p.end.offset!, cells });
  }
  const [header, ...body] = rows;
  if (!header || !node.position) return undefined;
  return {
    offset: node.position.start.offset!,
    endOffset: node.position.end.offset!,
    source: 'gfm',
    header,
    rows: body,
    align: (node.align ?? []).map((a) => a ?? null),
  };
}

/** A copy of a table with every span moved by `by`. */
export function shiftTable(table: Table, by: number): Table {
  const span = <T extends { offset: number; endOffset: number }>(s: T): T => ({ ...s, offset: s.offset + by, endOffset: s.endOffset + by });
  const row = (r: TableRow): TableRow => ({ ...span(r), cells: r.cells.map(span) });
  const out: Table = { ...span(table), header: row(table.header), rows: table.rows.map(row), align: [...table.align] };
  if (table.caption) out.caption = span(table.caption);
  if (table.unit) out.unit = span(table.unit);
  return out;
}

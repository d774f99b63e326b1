// GFM tables in the Markdown parse: micromark's table extension and its mdast builder as a unified plugin (what
// remark-gfm does for tables alone: autolinks, footnotes and strikethrough would change how the rest is read), and
// the reading of a parsed table into the table model, with the source span of every row and cell.

import type { Table as MdastTable } from 'mdast';
import type { Processor } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Table, TableAlign, TableCell, TableRow } from './model';

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
  while (b > a && isBlank(source[b - 1])) b--;
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

/** Tables of at least this many body rows are read by `scanLongTables`, not by micromark. */
export const LONG_TABLE_ROWS = 30;

/** A line that opens a block other than a paragraph (after at most three spaces): a table's rows end before it. */
const BLOCK_START = /^ {0,3}(?:[#>]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|`{3}|~{3}|<)/;
/** Containers and fences anywhere: where they stand the reading of a table is micromark's alone. */
const CONTAINER_LINE = /^ {0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]|`{3}|~{3}|<)/m;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end, text: text.slice(start, end) });
    if (end === text.length) break;
    start = end + 1;
  }
  return out;
}

/**
 * The cells of a table line, split as micromark splits them: a cell starts at the line's first character or at a
 * pipe, the pipe that ends the line closes the last cell; each cell's content as `cellOf` reads it.
 */
function splitRow(line: Line): TableCell[] {
  const t = line.text;
  let s = 0;
  while (s < t.length && isBlank(t[s])) s++;
  let e = t.length;
  while (e > s && isBlank(t[e - 1])) e--;
  const starts = [s];
  for (let i = s + 1; i < e; i++) if (t[i] === '|' && !escaped(t, i, 0) && i !== e - 1) starts.push(i);
  return starts.map((a, k) => cellOf(t, a, starts[k + 1] ?? e)).map((c) => ({ ...c, offset: c.offset + line.start, endOffset: c.endOffset + line.start }));
}

const indentOf = (t: string): number => t.length - t.replace(/^ */, '').length;

/**
 * Long GFM tables, read without micromark: its table extension takes time that grows faster than the table (300
 * rows: a quarter of a second), and a keystroke in a table re-reads the whole table. Only where the reading is
 * plain: no container or fence anywhere in the text, a head row and its delimiter row, body rows up to a blank
 * line or the end. Anything else (a table ended by another block, an indented row) is left to micromark: undefined.
 */
export function scanLongTables(text: string): Array<{ start: number; end: number; table: Table }> | undefined {
  if (!text.includes('|') || text.includes('\r') || text.includes('\t') || CONTAINER_LINE.test(text)) return undefined;
  const lines = linesOf(text);
  const found: Array<{ start: number; end: number; table: Table }> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i]!;
    const delimiter = lines[i + 1]!;
    if (!head.text.includes('|') || !delimiter.text.includes('|') || indentOf(head.text) > 3 || indentOf(delimiter.text) > 3) continue;
    if (BLOCK_START.test(head.text)) continue;
    const marks = splitRow(delimiter);
    if (marks.length === 0 || !marks.every((c) => DELIMITER_CELL.test(c.text))) continue;
    const header = splitRow(head);
    if (header.length !== marks.length) continue;
    let j = i + 2;
    while (j < lines.length && lines[j]!.text.trim() !== '') {
      const t = lines[j]!.text;
      // a row indented as code, or another block opening: micromark decides what happens there
      if (indentOf(t) > 3 || BLOCK_START.test(t)) return undefined;
      j++;
    }
    const bodyLines = lines.slice(i + 2, j);
    if (bodyLines.length < LONG_TABLE_ROWS) {
      i = j - 1;
      continue;
    }
    const row = (line: Line, cells: TableCell[]): TableRow => {
      const a = line.start + indentOf(line.text);
      let e = line.text.length;
      while (e > 0 && isBlank(line.text[e - 1])) e--;
      return { offset: a, endOffset: line.start + e, cells };
    };
    const headRow = row(head, header);
    const rows = bodyLines.map((l) => row(l, splitRow(l).slice(0, header.length)));
    const align = marks.map((m): TableAlign => {
      const c = m.text.trim();
      const left = c.startsWith(':');
      const right = c.endsWith(':');
      return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
    });
    const end = rows[rows.length - 1]!.endOffset;
    found.push({ start: head.start, end: lines[j - 1]!.end, table: { offset: headRow.offset, endOffset: end, source: 'gfm', header: headRow, rows, align } });
    i = j - 1;
  }
  return found;
}

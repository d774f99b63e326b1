// The one table model: what the engine reads from a draft's GFM tables (and tables pasted as text), what Word
// import builds from a Word table and Word export writes as one, and what a template's `table` variable fills.
// `TableData` is the plain content; `Table` adds where each part stands in the checked text (UTF-16 offsets).

import type { Span } from '../types';

export type TableAlign = 'left' | 'center' | 'right' | null;

/** A table's content, independent of where it stands: header cells, body rows, 表题 and 单位 line. */
export interface TableData {
  /** The header row's cells (one header row, as GFM has). */
  header: string[];
  /** The body rows; a row may be shorter than the header (missing cells are empty). */
  rows: string[][];
  /** Column alignment; absent or shorter than the header means unaligned. */
  align?: TableAlign[];
  /** 表题: the line naming the table above it (“2024年重点项目完成情况表”), if any. */
  caption?: string;
  /** The unit line (“单位：万元”), as written, if any. */
  unit?: string;
}

/** How a table came into the draft. */
export type TableSource =
  | 'gfm' // a GFM table with its separator line
  | 'pipe' // pipe rows without a separator line (pasted)
  | 'aligned' // columns aligned with runs of spaces or tabs (pasted)
  | 'stacked'; // one cell per line, header cells then values (copied from a web page)

export interface TableCell extends Span {
  /** The cell's text, trimmed, with GFM escapes (\|) undone. */
  text: string;
}

export interface TableRow extends Span {
  cells: TableCell[];
  /** A pasted row that lost cells in copying: only its first cells are sure to stand in their columns. */
  short?: boolean;
}

/** A table read from a draft: its content and where each row and cell stands. */
export interface Table extends Span {
  source: TableSource;
  header: TableRow;
  rows: TableRow[];
  align: TableAlign[];
  caption?: Span & { text: string };
  unit?: Span & { text: string };
  /**
   * A pasted table whose columns cannot be told apart (rows split into different numbers of cells): it is still one
   * table, kept out of the prose, but its rows are its lines, one cell each, and nothing in it is checked.
   */
  unclear?: boolean;
}

/** The content of a table read from a draft. */
export function tableData(table: Table): TableData {
  const data: TableData = {
    header: table.header.cells.map((c) => c.text),
    rows: table.rows.map((r) => r.cells.map((c) => c.text)),
    align: table.align,
  };
  if (table.caption) data.caption = table.caption.text;
  if (table.unit) data.unit = table.unit.text;
  return data;
}

/** A cell's text as a GFM cell: pipes escaped, line breaks as <br>, no surrounding spaces. */
export function gfmCell(text: string): string {
  return text
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

const ALIGN_MARK: Record<'left' | 'center' | 'right' | 'none', string> = { left: ':---', center: ':---:', right: '---:', none: '---' };

/**
 * A table as GFM Markdown: the caption and unit lines (each a paragraph of its own) above the table, every row
 * with as many cells as the widest row. No trailing newline.
 */
export function formatGfmTable(data: TableData): string {
  const width = Math.max(1, data.header.length, ...data.rows.map((r) => r.length));
  const row = (cells: readonly string[]): string => {
    const out: string[] = [];
    for (let i = 0; i < width; i++) out.push(gfmCell(cells[i] ?? ''));
    return `| ${out.join(' | ')} |`;
  };
  const separator = `| ${Array.from({ length: width }, (_, i) => ALIGN_MARK[data.align?.[i] ?? 'none']).join(' | ')} |`;
  const lines = [row(data.header), separator, ...data.rows.map(row)];
  const above = [data.caption, data.unit].filter((s): s is string => !!s && s.trim() !== '').map((s) => s.trim());
  return [...above.map((s) => `${s}\n`), lines.join('\n')].join('\n');
}

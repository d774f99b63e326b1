// Tables pasted as text: what a table copied from Excel, Word or a web page becomes in a Markdown draft when its
// table format is lost. Three shapes: pipe rows without the separator line (`| 项目 | 金额 |`), columns aligned
// with tabs or runs of spaces, and one cell per line (header cells, then each row's cells, as a web page's table
// comes out when copied). A run of lines is taken for a table only when it has the shape throughout and figures in
// its body; its rows and cells are read where every row splits into the same columns.

import type { Para } from '../parse';
import { isFigureCell, readCell } from './cells';
import type { Table, TableCell, TableRow, TableSource } from './model';

/** A line of a pasted table: its cells, where they stand in the text. */
interface Line {
  para: Para;
  cells: TableCell[];
}

/** At most this many blank lines between two lines of one pasted table. */
const MAX_BLANK_LINES = 2;
/** A cell longer than this is prose, not a table cell (characters). */
const MAX_CELL = 40;
/** One cell per line: a line longer than this is not a cell. */
const MAX_STACKED_CELL = 24;
/** Columns of a one-cell-per-line table: at least two, at most this many. */
const MAX_STACKED_COLUMNS = 12;

/** Whether two lines of the draft follow each other with nothing but a few blank lines between. */
function adjacent(text: string, p: Para, q: Para): boolean {
  const between = text.slice(p.endOffset, q.offset);
  if (between.trim() !== '') return false;
  let breaks = 0;
  for (const c of between) if (c === '\n') breaks++;
  return breaks <= MAX_BLANK_LINES + 1;
}

/** Whether a line can be part of a pasted table at all: free text, not a heading, list item or quote. */
function free(p: Para): boolean {
  return p.headingDepth === undefined && !p.inList;
}

/** Cells of a line at [start, end) of `raw` (offsets in the draft from `base`), trimmed; empty cells kept. */
function cellsBetween(raw: string, base: number, bounds: Array<[number, number]>): TableCell[] {
  return bounds.map(([a0, b0]) => {
    let a = a0;
    let b = b0;
    while (a < b && /\s/.test(raw[a]!)) a++;
    while (b > a && /\s/.test(raw[b - 1]!)) b--;
    return { offset: base + a, endOffset: base + b, text: raw.slice(a, b) };
  });
}

/** `| a | b |` or `a | b`: the cells between the pipes, the edge pipes' empty outer cells dropped. */
function pipeCells(p: Para): TableCell[] | undefined {
  const raw = p.raw;
  if (!/[|｜]/.test(raw)) return undefined;
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if ((raw[i] === '|' || raw[i] === '｜') && raw[i - 1] !== '\\') {
      bounds.push([start, i]);
      start = i + 1;
    }
  }
  bounds.push([start, raw.length]);
  const cells = cellsBetween(raw, p.offset, bounds);
  if (cells.length > 1 && cells[0]!.text === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells.map((c) => ({ ...c, text: c.text.replace(/\\\|/g, '|') }));
}

/** Cells separated by tabs or by runs of two or more spaces (ideographic spaces too). */
function alignedCells(p: Para): TableCell[] | undefined {
  const raw = p.raw;
  const bounds: Array<[number, number]> = [];
  const sep = /\t[\t \u3000]*|[ \u3000]{2,}\t?[\t \u3000]*/g;
  let start = 0;
  let tabs = false;
  for (let m = sep.exec(raw); m; m = sep.exec(raw)) {
    if (m.index === 0) {
      start = m[0].length;
      continue;
    }
    if (m[0].includes('\t')) tabs = true;
    bounds.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (bounds.length === 0) return undefined;
  bounds.push([start, raw.length]);
  const cells = cellsBetween(raw, p.offset, bounds).filter((c) => c.text !== '');
  if (cells.length < 2) return undefined;
  // two spaces between words of a sentence are a slip, not a column: a table's cells are short and figures stand alone
  if (!tabs && !cells.some((c) => isFigureCell(c.text))) return undefined;
  return cells;
}

/** A cell of prose: a sentence, or longer than a cell is. */
function prose(c: TableCell): boolean {
  return [...c.text].length > MAX_CELL || /[。！？；]/.test(c.text) || (c.text.match(/[，,]/g) ?? []).length >= 2;
}

const UNIT_CELL = /^[（(]?\s*(?:计量)?单位\s*[：:]/;

/** A row that carries figures: one of its cells (after the first) is a number, a dash or a placeholder. */
function figureRow(cells: readonly TableCell[]): boolean {
  return cells.slice(1).some((c) => readCell(c.text).kind === 'number' || readCell(c.text).kind === 'placeholder');
}

/** Only its first cell has words: a caption, a unit line or a group label (其中：) inside the table. */
function labelOnly(cells: readonly TableCell[]): boolean {
  return cells.length >= 1 && cells[0]!.text !== '' && cells.slice(1).every((c) => c.text === '');
}

const blankRow = (cells: readonly TableCell[]): boolean => cells.every((c) => c.text === '');

/** Runs of adjacent free lines that each split into cells the same way. */
function runs(text: string, paras: readonly Para[], split: (p: Para) => TableCell[] | undefined, taken: Set<Para>): Line[][] {
  const out: Line[][] = [];
  let run: Line[] = [];
  const close = (): void => {
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (const p of paras) {
    const cells = !taken.has(p) && free(p) ? split(p) : undefined;
    if (!cells) {
      close();
      continue;
    }
    const last = run[run.length - 1];
    if (last && !adjacent(text, last.para, p)) close();
    run.push({ para: p, cells });
  }
  close();
  return out;
}

/**
 * Rows of lines split into cells: the table when its body carries figures. The header is the first row with more
 * than one cell that is not a unit or caption line; a caption and a unit row inside the block go to the table's
 * caption and unit. Columns are clear when every row has the header's width (a group label such as 其中： may
 * stand alone; a header one cell short lacks only the label column's heading).
 */
function tableOfLines(lines: Line[], source: TableSource, minRows: number): Table | undefined {
  const content = lines.filter((l) => !blankRow(l.cells));
  if (content.length < minRows || content.some((l) => l.cells.some(prose))) return undefined;
  let caption: (TableCell & { text: string }) | undefined;
  let unit: (TableCell & { text: string }) | undefined;
  let h = 0;
  // a caption and a unit line as the block's first rows, each alone in its row
  while (h < content.length && labelOnly(content[h]!.cells) && !figureRow(content[h]!.cells) && h < 2) {
    const cell = content[h]!.cells[0]!;
    if (UNIT_CELL.test(cell.text) && !unit) unit = cell;
    else if (!caption && !unit) caption = cell;
    else break;
    h++;
  }
  const headerLine = content[h];
  const body = content.slice(h + 1);
  if (!headerLine || body.length === 0 || headerLine.cells.length < 2) return undefined;
  const bodyWithFigures = body.filter((l) => figureRow(l.cells)).length;
  if (bodyWithFigures === 0 || bodyWithFigures * 2 < body.filter((l) => !labelOnly(l.cells)).length) return undefined;
  const width = Math.max(...body.map((l) => l.cells.length));
  let header = headerLine.cells;
  const bodyLabelled = body.every((l) => labelOnly(l.cells) || readCell(l.cells[0]!.text).kind === 'text');
  if (header.length === width - 1 && bodyLabelled) {
    const at = header[0]!.offset;
    header = [{ offset: at, endOffset: at, text: '' }, ...header];
  }
  const clear = header.length === width && body.every((l) => l.cells.length === width || (labelOnly(l.cells) && l.cells.length <= width));
  const row = (cells: TableCell[], p: Para): TableRow => {
    const padded = clear ? [...cells, ...Array.from({ length: width - cells.length }, () => ({ offset: p.endOffset, endOffset: p.endOffset, text: '' }))] : cells;
    return { offset: p.offset, endOffset: p.endOffset, cells: padded };
  };
  const first = lines[0]!.para;
  const last = lines[lines.length - 1]!.para;
  const table: Table = {
    offset: first.lineStart,
    endOffset: last.endOffset,
    source,
    header: row(header, headerLine.para),
    rows: body.map((l) => row(l.cells, l.para)),
    align: [],
  };
  if (caption) table.caption = caption;
  if (unit) table.unit = unit;
  if (!clear) table.unclear = true;
  return table;
}

/** One cell per line: a short line of words or a lone figure. */
function stackedCell(p: Para): TableCell | undefined {
  if (!free(p)) return undefined;
  const t = p.raw;
  if ([...t].length > MAX_STACKED_CELL || /[。！？；|｜\t]|[ \u3000]{2}/.test(t)) return undefined;
  return { offset: p.offset, endOffset: p.endOffset, text: t };
}

type Shape = 'text' | 'figure';

function shapeOf(c: TableCell): Shape {
  return isFigureCell(c.text) ? 'figure' : 'text';
}

/** A heading cell: words, or a year standing as a column heading (2023, 2024). */
function headingCell(c: TableCell): boolean {
  const r = readCell(c.text);
  return r.kind === 'text' || (r.kind === 'number' && r.number!.yearLike);
}

/**
 * One cell per line, the first figure at `cells[firstFigure]`: k heading cells, then rows of k cells, each a label
 * and figures in the same places, two rows or more. The width k and how many rows; width 0 when two widths fit
 * (then `rows` counts the lines after the heading cells), undefined when none does.
 */
function stackedAt(cells: TableCell[], firstFigure: number): { start: number; width: number; rows: number } | undefined {
  const label = firstFigure - 1;
  if (label < 1 || shapeOf(cells[label]!) !== 'text') return undefined;
  const fits: Array<{ start: number; width: number; rows: number }> = [];
  for (let k = 2; k <= MAX_STACKED_COLUMNS; k++) {
    const start = label - k;
    if (start < 0) break;
    if (!cells.slice(start, label).every(headingCell)) continue;
    const pattern = cells.slice(label, label + k).map(shapeOf);
    if (pattern.length < k || pattern[0] !== 'text' || !pattern.includes('figure')) continue;
    let rows = 0;
    for (let r = label; r + k <= cells.length; r += k) {
      const row = cells.slice(r, r + k);
      if (!row.every((c, i) => shapeOf(c) === pattern[i])) break;
      rows++;
    }
    // the next cell after the last row must not be a figure: that would mean the rows are cut wrongly
    const after = cells[label + rows * k];
    if (rows >= 2 && !(after && shapeOf(after) === 'figure')) fits.push({ start, width: k, rows });
  }
  if (fits.length <= 1) return fits[0];
  // two widths fit (a label and a figure, twice, fit as one row of four too): a table, but its columns are unclear
  const start = Math.min(...fits.map((f) => f.start));
  const end = Math.max(...fits.map((f) => label + f.rows * f.width));
  return { start, width: 0, rows: end - label };
}

function stackedTables(text: string, paras: readonly Para[], taken: Set<Para>): Table[] {
  const tables: Table[] = [];
  const run: Array<{ para: Para; cell: TableCell }> = [];
  const flush = (): void => {
    const cells = run.map((r) => r.cell);
    let i = 0;
    while (i < cells.length) {
      let f = i;
      while (f < cells.length && shapeOf(cells[f]!) !== 'figure') f++;
      if (f >= cells.length) break;
      const found = stackedAt(cells, f);
      if (!found || found.start < i) {
        i = f + 1;
        continue;
      }
      const { start, width, rows } = found;
      const unclear = width === 0;
      // unclear: one row per line, from the first heading cell on
      const step = unclear ? 1 : width;
      const end = unclear ? f - 1 + rows : f - 1 + rows * width;
      const rowAt = (r: number): TableRow => ({ offset: cells[r]!.offset, endOffset: cells[r + step - 1]!.endOffset, cells: cells.slice(r, r + step) });
      const body: TableRow[] = [];
      for (let r = unclear ? start + 1 : f - 1; r < end; r += step) body.push(rowAt(r));
      const table: Table = { offset: run[start]!.para.lineStart, endOffset: cells[end - 1]!.endOffset, source: 'stacked', header: rowAt(start), rows: body, align: [] };
      if (unclear) table.unclear = true;
      tables.push(table);
      for (let k = start; k < end; k++) taken.add(run[k]!.para);
      i = end;
    }
    run.length = 0;
  };
  for (const p of paras) {
    const cell = taken.has(p) ? undefined : stackedCell(p);
    const last = run[run.length - 1];
    if (!cell || (last && !adjacent(text, last.para, p))) flush();
    if (cell) run.push({ para: p, cell });
  }
  flush();
  return tables;
}

/** The tables pasted as text among a draft's lines, and the lines they take (no longer prose). */
export function findPastedTables(text: string, paras: readonly Para[]): { tables: Table[]; taken: Set<Para> } {
  const taken = new Set<Para>();
  const tables: Table[] = [];
  const take = (lines: Line[], source: TableSource, minRows: number): void => {
    const table = tableOfLines(lines, source, minRows);
    if (!table) return;
    tables.push(table);
    for (const l of lines) taken.add(l.para);
  };
  for (const lines of runs(text, paras, pipeCells, taken)) take(lines, 'pipe', 2);
  for (const lines of runs(text, paras, alignedCells, taken)) take(lines, 'aligned', lines.some((l) => l.para.raw.includes('\t')) ? 2 : 3);
  tables.push(...stackedTables(text, paras, taken));
  tables.sort((a, b) => a.offset - b.offset);
  return { tables, taken };
}

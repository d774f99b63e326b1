// The row totals of a pasted table whose rows lost their empty cells and broke over lines (a county's 危房改造 plan
// copied from a web page: 序号 乡镇、街道 C级 D级 无房户 合计 / 户数 补助资金（万元） 户数 补助资金（万元） … 总户数 补助资金（万元）,
// then 4 沙坪镇 1 0.75 1 2.1 1 2.1 3 4.95 on one line and 5 曹回镇 / (blank) / 2 4.2 2 4.2 4 8.4 on two). No figure can be
// put under its group for sure, but the heading says each row's figures come in groups of the same measures and its
// last group is the 合计: whichever groups a row kept, its last one is the sum of the others, measure by measure.

import { readCell } from './cells';
import { COUNTED } from './grid';
import type { Table, TableCell } from './model';
import type { TableRelation } from './relations';
import { meets, writtenSum, type Fig } from './unclear';

/** A group heading that names the total of the others (合计, 总计). */
const TOTAL_GROUP = /^(?:合计|总计|合計|總計)$/;
/** A measure heading of the total's group may say so (总户数 under 合计 beside 户数 under each group). */
const TOTAL_PREFIX = /^(?:总|合计)/;
/** Groups of a heading, and measures of a group, at most; rows that must bear the reading out, at least. */
const MAX_GROUPS = 8;
const MAX_MEASURES = 4;
const MIN_HOLDING = 2;
/** A row label on a line of its own between two pieces of the table: at most this long. */
const MAX_LABEL = 20;

interface Row {
  label: string;
  figures: Fig[];
  /** A cell that is no plain figure (a dash, words) stands among the row's figures: the row is not read. */
  unread: boolean;
}

interface Heading {
  /** Measures per group (户数, 补助资金（万元）: 2) and their words. */
  measures: string[];
  groups: number;
  /** The row after the heading's second line. */
  next: number;
}

const tokens = (cells: readonly TableCell[]): string[] =>
  cells
    .map((c) => c.text)
    .join(' ')
    .split(/\s+/)
    .filter((t) => t !== '');

/**
 * Two heading lines: the first ending with the names of g groups, the last a 合计; the second naming the same s
 * measures (two to four) under each group, the total's perhaps prefixed 总 (总户数). Words only.
 */
function headingOf(lines: readonly TableCell[][]): Heading | undefined {
  for (let i = 0; i + 1 < lines.length; i++) {
    const top = tokens(lines[i]!);
    const sub = tokens(lines[i + 1]!);
    if (top.length < 3 || !TOTAL_GROUP.test(top[top.length - 1]!) || [...top, ...sub].some((t) => readCell(t).kind !== 'text')) continue;
    for (let g = 2; g < top.length && g <= MAX_GROUPS; g++) {
      const s = sub.length / g;
      if (!Number.isInteger(s) || s < 2 || s > MAX_MEASURES) continue;
      const measures = sub.slice(0, s);
      if (new Set(measures).size !== s) continue;
      const same = sub.every((w, k) => w === measures[k % s] || (k >= (g - 1) * s && w.replace(TOTAL_PREFIX, '') === measures[k % s]));
      if (same) return { measures, groups: g, next: i + 2 };
    }
  }
  return undefined;
}

/** A figure cell as written; undefined for anything else. A whole number under a heading naming a count is exact. */
function figureOf(c: TableCell, counted: boolean): Fig | undefined {
  const r = readCell(c.text);
  const n = r.number;
  if (r.kind !== 'number' || !n || n.approximate || n.multiplier !== 1 || n.yearLike || /[%％]/.test(c.text)) return undefined;
  return { cell: c, value: n.value, half: counted && n.decimals === 0 ? 0 : 0.5 * 10 ** -n.decimals };
}

/**
 * The rows of the table and of the unclear tables right after it (only blank lines between: a run of blank lines
 * in a row broke it up), each from a line starting with its label to the next such line, its lines of figures only
 * joined to it.
 */
function rowsOf(tables: readonly Table[], from: number, heading: Heading, source: string): Row[] {
  const rows: Row[] = [];
  // (the words before a unit in brackets: 户数, not 补助资金（万元）)
  const counted = (k: number): boolean => COUNTED.test(heading.measures[k % heading.measures.length]!.split(/[（(]/)[0]!);
  for (let t = from; t < tables.length; t++) {
    const table = tables[t]!;
    if (t > from) {
      // between the pieces, blank lines and the label of the row the break fell in (10 沙河乡), nothing else
      const between = source
        .slice(tables[t - 1]!.endOffset, table.offset)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      if (!table.unclear || between.length > 1 || between.some((l) => [...l].length > MAX_LABEL || /[。，；：:,;]/.test(l) || readCell(l).kind !== 'text')) break;
      if (between.length === 1) rows.push({ label: between[0]!, figures: [], unread: false });
    }
    const lines = [table.header, ...table.rows].map((r) => r.cells.filter((c) => c.text.trim() !== ''));
    for (const cells of t === from ? lines.slice(heading.next) : lines) {
      if (cells.length === 0) continue;
      const first = readCell(cells[0]!.text).kind === 'text';
      const row = first ? { label: cells[0]!.text.trim(), figures: [], unread: false } : rows[rows.length - 1];
      if (!row) continue;
      if (first) rows.push(row);
      for (const c of first ? cells.slice(1) : cells) {
        const f = figureOf(c, counted(row.figures.length));
        if (f) row.figures.push(f);
        else row.unread = true;
      }
    }
  }
  return rows;
}

/** Each measure's total and parts in a row that kept three groups or more (two parts at least). */
function groupsOf(row: Row, heading: Heading): Array<{ total: Fig; parts: Fig[] }> | undefined {
  const s = heading.measures.length;
  const n = row.figures.length;
  if (row.unread || n % s !== 0 || n / s < 3 || n / s > heading.groups) return undefined;
  const last = n / s - 1;
  return heading.measures.map((_, k) => ({ total: row.figures[last * s + k]!, parts: Array.from({ length: last }, (_, g) => row.figures[g * s + k]!) }));
}

/**
 * The sums of the rows of unclear pasted tables under a heading of groups of the same measures, the last group the
 * 合计: in each row that kept three groups or more, its last group against the others added up, measure by measure.
 * Read when two rows or more bear it out in every measure, and no more rows fail than hold.
 */
export function unclearGroupTotals(tables: readonly Table[], source: string): TableRelation[] {
  const out: TableRelation[] = [];
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    if (!table.unclear) continue;
    const heading = headingOf([table.header, ...table.rows].slice(0, 6).map((r) => r.cells));
    if (!heading) continue;
    const rows = rowsOf(tables, t, heading, source);
    const read = rows.map((r) => ({ row: r, groups: groupsOf(r, heading) })).filter((x) => x.groups);
    const holding = read.filter((x) => x.groups!.every((g) => meets(g.total, g.parts))).length;
    if (holding < MIN_HOLDING || read.length - holding > holding) continue;
    for (const { row, groups } of read) for (const [k, g] of groups!.entries()) out.push(relationOf(table, row, heading, k, g.total, g.parts));
  }
  return out;
}

function relationOf(table: Table, row: Row, heading: Heading, k: number, total: Fig, parts: readonly Fig[]): TableRelation {
  const why = `这张表的行丢了空格、分不清各数所在的列，但按表头，每组都是${heading.measures.join('、')}，最后一组是合计，各组之和应等于合计`;
  return writtenSum(table, total, parts, `“${row.label}”行合计的${heading.measures[k]!}`, why);
}

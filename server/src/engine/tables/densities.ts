// A figure per head in a table whose columns cannot be told apart (有效发明专利量 | … | 常住人口（万人） | 专利密度（件/万人）,
// the heading over two lines with 职务 spanning five columns): the density is one figure of its row over another, in
// the units the headings give (件 over 万人 is 件/万人 as written), so no factor is guessed. The rows with as many
// figures as one another stand in the same columns, and their arithmetic says which two figures make the density.

import { formatNumber } from '../figures/units';
import { readCell, type PlainFigure } from './cells';
import { div, overlaps } from './interval';
import type { Table, TableCell } from './model';
import type { TableRelation } from './relations';
import { figureRow } from './triples';
import { rowsByLength } from './unclear';

/** A heading naming a figure per head: 密度, 件/万人, 每万人, 人均. */
const PER_HEAD_HEADING = /密度|[件个项户人元]\s*\/\s*万?[人户]|每万?[人户]|人均|户均/;
/** Rows of one length a density must be read in, at least; it must hold in all of them but one. */
const MIN_ROWS = 5;
/** A quotient as written pinned to this share of itself or less (3 over 1 is anything from 2.5 to 3.5). */
const PINNED = 0.01;
/** Figures of a row at most. */
const MAX_FIGURES = 16;

interface Line {
  label: string;
  figures: PlainFigure[];
}

/** A row as its label and its figures; undefined when a cell after the label is words, a dash or a percentage. */
function lineOf(cells: readonly TableCell[]): Line | undefined {
  return figureRow(cells, MAX_FIGURES, (c) => c.text.includes('%') || c.text.includes('％'));
}

/** Whether figure t is figure n over figure d as written (undefined: d may be 0), and whether the quotient is pinned down. */
function quotientAt(figures: readonly PlainFigure[], t: number, n: number, d: number): { holds: boolean; pinned: boolean } | undefined {
  const q = div(figures[n]!.iv, figures[d]!.iv);
  if (!q || figures[n]!.value <= 0 || figures[t]!.value <= 0) return undefined;
  return { holds: overlaps(q, figures[t]!.iv), pinned: q.hi - q.lo <= PINNED * figures[t]!.value };
}

/** The one pair (n over d, both before t) making figure t in all rows but one, five rows or more, pinned in each that holds. */
function densityPair(lines: readonly Line[], t: number): { n: number; d: number; holding: number } | undefined {
  const fits: Array<{ n: number; d: number; holding: number }> = [];
  for (let n = 0; n < t; n++) {
    for (let d = 0; d < t; d++) {
      if (n === d) continue;
      let holding = 0;
      let failing = 0;
      for (const l of lines) {
        const r = quotientAt(l.figures, t, n, d);
        if (!r) continue;
        if (!r.holds) failing++;
        else if (r.pinned) holding++;
        if (failing > 1) break;
      }
      if (failing <= 1 && holding >= lines.length - 1 && holding >= MIN_ROWS - 1) fits.push({ n, d, holding });
    }
  }
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The densities of an unclear table whose heading names a figure per head: in the rows with as many figures (five
 * or more), figure t is figure n over figure d (both before it) as written in all rows but one, each quotient pinned
 * down to a hundredth of itself, and no other two figures make it so.
 */
export function unclearDensities(table: Table): TableRelation[] {
  if (!table.unclear) return [];
  const heading = [table.header, ...table.rows.slice(0, 3)].flatMap((r) => r.cells.map((c) => c.text.replace(/[\s\u3000]+/g, '')));
  if (!heading.some((h) => PER_HEAD_HEADING.test(h) && readCell(h).kind === 'text')) return [];
  const out: TableRelation[] = [];
  for (const [n, lines] of rowsByLength(table, lineOf)) {
    if (lines.length < MIN_ROWS) continue;
    for (let t = 2; t < n; t++) {
      const pair = densityPair(lines, t);
      if (!pair) continue;
      for (const l of lines) if (quotientAt(l.figures, t, pair.n, pair.d)) out.push(densityOf(table, l, t, pair, lines.length));
    }
  }
  return out;
}

function densityOf(table: Table, line: Line, t: number, pair: { n: number; d: number; holding: number }, rows: number): TableRelation {
  const [a, b, c] = [line.figures[pair.n]!, line.figures[pair.d]!, line.figures[t]!];
  const holds = quotientAt(line.figures, t, pair.n, pair.d)?.holds === true;
  const q = formatNumber(Number((a.value / b.value).toFixed(c.decimals + 1)), c.decimals + 1);
  const formula = `${a.cell.text.trim()} ÷ ${b.cell.text.trim()} = ${q}`;
  const where = `“${line.label}”行第${t + 1}个数`;
  return {
    rule: 'table-rate',
    table,
    anchor: c.cell,
    cells: [c.cell, a.cell, b.cell],
    prose: [],
    holds,
    arithmetic: holds ? `${formula}，与${where}${c.cell.text.trim()}相符` : `${formula}，${where}为${c.cell.text.trim()}`,
    message: `密度与表中数字不符：${formula}，${where}写作${c.cell.text.trim()}；同样个数的${rows}行中有${pair.holding}行的第${t + 1}个数正好等于第${pair.n + 1}个数除以第${pair.d + 1}个数，请核对`,
    related: [
      { offset: a.cell.offset, endOffset: a.cell.endOffset, message: `分子 ${a.cell.text.trim()}` },
      { offset: b.cell.offset, endOffset: b.cell.endOffset, message: `分母 ${b.cell.text.trim()}` },
    ],
  };
}

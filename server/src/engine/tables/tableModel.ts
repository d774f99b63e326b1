// The tables of a draft read for checking, and every relation in and around them, built once per draft and shared
// by the table rules and hovers.

import type { Draft } from '../parse';
import { figureModel } from '../figures/model';
import { readGrid, type CellValue, type Grid } from './grid';
import { movedRowsPlaced } from './movedRows';
import type { Table, TableCell } from './model';
import type { TableRelation } from './relations';
import { relationsOfCounts } from './wholeCounts';
import { restatements, textOffTable } from './restatement';
import { proseWholeShares } from './proseWholes';
import { sexRatios } from './sexratio';
import { rowTriples } from './triples';
import { tableText } from './memo';
import { unclearProgressRates, unclearTableSums } from './unclear';
import { placedShortLines } from './placedLines';
import { unclearGroupTotals } from './groupTotals';
import { unclearColumnTotals } from './columnTotals';
import { unclearDensities } from './densities';
import { memberRegions } from './memberships';

export interface CellAt {
  table: Table;
  grid?: Grid;
  cell: TableCell;
  value?: CellValue;
}

export interface TableModel {
  grids: Grid[];
  relations: TableRelation[];
  /** The table cell whose text covers an offset, with what was read from it. */
  cellAt(offset: number): CellAt | undefined;
  /** The relations a cell takes part in. */
  relationsOfCell(cell: TableCell): TableRelation[];
  /** The relations a span of the prose (a figure) takes part in. */
  relationsOfProse(offset: number, endOffset: number): TableRelation[];
}

const cache = new WeakMap<Draft, TableModel>();

/**
 * What a table's reading found without the prose: its grid, the relations inside it, and the 性别比 and row
 * ratios it offers (kept before the model drops those anchored where another relation is). Depends on the table's
 * cells, 表题 and unit line and the text from its first line's start (labels' indentation), nothing else; kept by
 * the table object, which a CheckCache's parse gives again while the table is unchanged (tables/memo.ts), with
 * the text it was read from to tell a table object met in another text.
 */
interface TableReading {
  text: string;
  caption?: Table['caption'];
  unit?: Table['unit'];
  grid?: Grid;
  relations: TableRelation[];
  offered: TableRelation[];
}

const readings = new WeakMap<Table, TableReading>();

function readTable(table: Table, source: string): TableReading {
  const text = tableText(table, source);
  const kept = readings.get(table);
  if (kept && kept.text === text && kept.caption === table.caption && kept.unit === table.unit) return kept;
  const read = readGrid(table, source);
  // rows whose figures moved left over empty cells, placed where the columns add up
  const grid = read && movedRowsPlaced(read);
  // (a unitless table of whole figures whose sums add up to the last digit: its figures exact counts)
  const relations = grid ? relationsOfCounts(grid) : [];
  // (the regions listed after a 按经济区域分 row: the sums of the places above them their arithmetic picks out)
  if (grid) relations.push(...memberRegions(grid, relations));
  // a growth, a difference or a rate read already is no row ratio (增减额 ÷ 上年 is a growth, checked as one)
  const compared = new Set(relations.filter((r) => r.rule === 'table-change' || r.rule === 'table-rate').flatMap((r) => r.cells));
  const reading: TableReading = { text, relations, offered: [...sexRatios(table), ...rowTriples(table, compared)] };
  if (table.caption) reading.caption = table.caption;
  if (table.unit) reading.unit = table.unit;
  if (grid) reading.grid = grid;
  readings.set(table, reading);
  return reading;
}

export function tableModel(draft: Draft): TableModel {
  let model = cache.get(draft);
  if (model) return model;
  const grids: Grid[] = [];
  const gridOf = new Map<Table, Grid>();
  // a table that is no grid (unclear columns) is read below from the rows as written and the lines above it
  const read = draft.tables.map((table) => (table.unclear ? undefined : readTable(table, draft.source)));
  const relations: TableRelation[] = [];
  draft.tables.forEach((table, i) => {
    const grid = read[i]?.grid;
    if (!grid) return;
    grids.push(grid);
    gridOf.set(table, grid);
    relations.push(...read[i]!.relations);
  });
  // a table whose columns are unclear: the sums its rows of one length bear out
  // (and its short rows, their figures placed by the sums and ratios of its full rows)
  for (const table of draft.tables) {
    const read = [...unclearTableSums(table), ...unclearProgressRates(table, draft.source)];
    relations.push(...read, ...placedShortLines(table, new Set(read.map((r) => r.anchor))), ...unclearDensities(table));
    // (and its columns under the row named for the whole, 全省 over the 设区市)
    relations.push(...unclearColumnTotals(table));
  }
  // … and the row totals of one whose heading names groups of the same measures, the last the 合计
  relations.push(...unclearGroupTotals(draft.tables, draft.source));
  // 性别比 = 男 ÷ 女 × 100, read on the cells as written (a census table's heading is often one cell short)
  // and the ratios of a progress table's rows (目标任务 | 进度 | 完成比例（%）) its arithmetic shows where its heading does not,
  // none of their cells a growth, a difference or a rate read already (增减额 ÷ 上年 is a growth, checked as one)
  const anchored = new Set(relations.map((r) => `${r.rule} ${r.anchor.offset}`));
  // (an unclear table's reading is not kept: its row ratios skip the cells of every growth or rate read above)
  const compared = (read.every(Boolean) ? [] : relations).filter((r) => r.rule === 'table-change' || r.rule === 'table-rate').flatMap((r) => r.cells);
  const comparedCells = new Set(compared);
  draft.tables.forEach((table, i) => {
    const offered = read[i]?.offered ?? [...sexRatios(table), ...rowTriples(table, comparedCells)];
    for (const r of offered) {
      const key = `${r.rule} ${r.anchor.offset}`;
      if (anchored.has(key)) continue;
      anchored.add(key);
      relations.push(r);
    }
  });
  // the text's figures are read only when there is a table to compare them with
  if (grids.length > 0) {
    const figures = figureModel(draft).figures;
    relations.push(...textOffTable(draft.source, restatements(draft, grids, figures), relations));
    relations.push(...proseWholeShares(draft, grids, figures, relations));
  }
  const byCell = new Map<TableCell, TableRelation[]>();
  for (const r of relations) {
    for (const c of r.cells) {
      const list = byCell.get(c);
      if (list) list.push(r);
      else byCell.set(c, [r]);
    }
  }
  model = {
    grids,
    relations,
    cellAt(offset) {
      // (the two halves of a table set out side by side share their lines: the half whose cell covers the offset)
      for (const table of draft.tables) {
        if (offset < table.offset || offset > table.endOffset) continue;
        for (const [i, row] of [table.header, ...table.rows].entries()) {
          if (offset < row.offset || offset > row.endOffset) continue;
          const cell = row.cells.find((c) => c.offset <= offset && offset <= c.endOffset && c.endOffset > c.offset);
          if (!cell) continue;
          const grid = gridOf.get(table);
          const value = i > 0 ? grid?.values[i - 1]?.find((v) => typeof v === 'object' && v.cell === cell) : undefined;
          const at: CellAt = { table, cell };
          if (grid) at.grid = grid;
          if (typeof value === 'object') at.value = value;
          return at;
        }
      }
      return undefined;
    },
    relationsOfCell: (cell) => byCell.get(cell) ?? [],
    relationsOfProse: (offset, endOffset) => relations.filter((r) => r.prose.some((p) => p.offset < endOffset && offset < p.endOffset)),
  };
  cache.set(draft, model);
  return model;
}

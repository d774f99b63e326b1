// The tables of a draft read for checking, and every relation in and around them, built once per draft and shared
// by the table rules and hovers.

import type { Draft } from '../parse';
import { figureModel } from '../figures/model';
import { readGrid, type CellValue, type Grid } from './grid';
import type { Table, TableCell } from './model';
import { tableRelations, type TableRelation } from './relations';
import { restatements } from './restatement';
import { sexRatios } from './sexratio';
import { rowTriples } from './triples';
import { unclearProgressRates, unclearTableSums } from './unclear';

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

export function tableModel(draft: Draft): TableModel {
  let model = cache.get(draft);
  if (model) return model;
  const grids: Grid[] = [];
  const gridOf = new Map<Table, Grid>();
  for (const table of draft.tables) {
    const grid = readGrid(table, draft.source);
    if (!grid) continue;
    grids.push(grid);
    gridOf.set(table, grid);
  }
  const relations = grids.flatMap(tableRelations);
  // a table whose columns are unclear: the sums its rows of one length bear out
  for (const table of draft.tables) relations.push(...unclearTableSums(table), ...unclearProgressRates(table, draft.source));
  // 性别比 = 男 ÷ 女 × 100, read on the cells as written (a census table's heading is often one cell short)
  // and the ratios of a progress table's rows (目标任务 | 进度 | 完成比例（%）) its arithmetic shows where its heading does not,
  // none of their cells a growth, a difference or a rate read already (增减额 ÷ 上年 is a growth, checked as one)
  const anchored = new Set(relations.map((r) => `${r.rule} ${r.anchor.offset}`));
  const compared = new Set(relations.filter((r) => r.rule === 'table-change' || r.rule === 'table-rate').flatMap((r) => r.cells));
  for (const table of draft.tables) {
    const triples = rowTriples(table, compared);
    for (const r of [...sexRatios(table), ...triples]) {
      const key = `${r.rule} ${r.anchor.offset}`;
      if (anchored.has(key)) continue;
      anchored.add(key);
      relations.push(r);
    }
  }
  // the text's figures are read only when there is a table to compare them with
  if (grids.length > 0) relations.push(...restatements(draft, grids, figureModel(draft).figures));
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
      const table = draft.tables.find((t) => t.offset <= offset && offset <= t.endOffset);
      if (!table) return undefined;
      for (const [i, row] of [table.header, ...table.rows].entries()) {
        if (offset < row.offset || offset > row.endOffset) continue;
        const cell = row.cells.find((c) => c.offset <= offset && offset <= c.endOffset && c.endOffset > c.offset);
        if (!cell) return undefined;
        const grid = gridOf.get(table);
        const value = i > 0 ? grid?.values[i - 1]?.find((v) => typeof v === 'object' && v.cell === cell) : undefined;
        const at: CellAt = { table, cell };
        if (grid) at.grid = grid;
        if (typeof value === 'object') at.value = value;
        return at;
      }
      return undefined;
    },
    relationsOfCell: (cell) => byCell.get(cell) ?? [],
    relationsOfProse: (offset, endOffset) => relations.filter((r) => r.prose.some((p) => p.offset < endOffset && offset < p.endOffset)),
  };
  cache.set(draft, model);
  return model;
}

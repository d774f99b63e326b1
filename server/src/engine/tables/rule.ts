// The table rules that report relations (table-sum, table-share, table-rate, table-change, table-restatement) share
// one check: every relation of theirs that does not hold becomes a finding at its anchor cell, except a column of
// growths, rates or shares of which no row holds, which becomes one hint for the column.

import { defineRule, type Rule, type RuleMeta } from '../rule';
import type { Report } from '../types';
import { tableModel } from './tableModel';
import type { Table, TableCell } from './model';
import type { TableRelation, TableRuleId } from './relations';

/** Rules whose relations are read a row at a time down one column (a growth, rate or share column). */
const BY_COLUMN: ReadonlySet<TableRuleId> = new Set(['table-change', 'table-rate', 'table-share']);

/** Rows a column must fail in, none holding, before they are taken for one misreading rather than one slip each. */
const COLUMN_FAILING = 3;

/** Each cell's column in its row (rows of a pasted table may differ in cells: counted from the left). */
function columnsOf(table: Table): Map<TableCell, number> {
  const columns = new Map<TableCell, number>();
  for (const row of [table.header, ...table.rows]) row.cells.forEach((c, i) => columns.set(c, i));
  return columns;
}

/**
 * The columns of growths, rates or shares in which not one row holds (three rows at least), each a list of its rows'
 * relations, first row first. Each row of such a column is computed from its own row's cells, so a slip fails one
 * row; a column in which no row holds was read against the wrong columns (a 比重变化 column taken for a growth, a
 * heading that lost its corner) or was computed another way (可比价, another year).
 */
export function failingColumns(relations: readonly TableRelation[]): TableRelation[][] {
  const byRule = new Map<TableRuleId, TableRelation[]>();
  for (const r of relations) {
    if (!BY_COLUMN.has(r.rule)) continue;
    const list = byRule.get(r.rule);
    if (list) list.push(r);
    else byRule.set(r.rule, [r]);
  }
  const failing: TableRelation[][] = [];
  const columnsByTable = new Map<Table, Map<TableCell, number>>();
  for (const own of byRule.values()) {
    // only where a column could fail in every row: most drafts' tables hold, and a keystroke re-reads them all
    if (own.filter((r) => !r.holds).length < COLUMN_FAILING) continue;
    const columns = new Map<string, TableRelation[]>();
    for (const r of own) {
      let of = columnsByTable.get(r.table);
      if (!of) columnsByTable.set(r.table, (of = columnsOf(r.table)));
      // a relation read across its row (a growth of two cells beside it, a share of the whole), not one read down
      // its column (the shares' sum at the 100 row)
      const column = of.get(r.anchor);
      if (column === undefined || r.cells.every((c) => of.get(c) === column)) continue;
      const key = `${r.table.offset} ${column}`;
      const list = columns.get(key);
      if (list) list.push(r);
      else columns.set(key, [r]);
    }
    for (const column of columns.values()) if (column.length >= COLUMN_FAILING && !column.some((r) => r.holds)) failing.push(column);
  }
  return failing;
}

/**
 * The findings of one rule's relations: a finding at the anchor cell of each relation that does not hold, except
 * a failing column (failingColumns), which becomes one hint at its first row, the rows' arithmetic in its related
 * locations, instead of a finding per row.
 */
export function tableFindings(rule: TableRuleId, relations: readonly TableRelation[]): Report[] {
  const own = relations.filter((r) => r.rule === rule);
  const collapsed = new Set<TableRelation>();
  const reports: Report[] = [];
  for (const column of failingColumns(own)) {
    for (const r of column) collapsed.add(r);
    const [first] = column;
    const { anchor } = first!;
    reports.push({
      offset: anchor.offset,
      endOffset: anchor.endOffset,
      severity: 'hint',
      message:
        `这一列${column.length}行都与所在行的数字对不上（第一行：${first!.message}）。` +
        '一列中没有一行相符，多半是这一列并非按所对的两列计算（如比重变化、可比价增长），也可能整列数据有误；请核对这一列的算法和数据',
      related: column.map((r) => ({ offset: r.anchor.offset, endOffset: r.anchor.endOffset, message: r.message })),
    });
  }
  for (const r of own) {
    if (r.holds || collapsed.has(r)) continue;
    const at = r.reportAt ?? r.anchor;
    reports.push({ offset: at.offset, endOffset: at.endOffset, message: r.message, related: r.related });
  }
  return reports.sort((a, b) => a.offset - b.offset);
}

export function defineTableRule(meta: RuleMeta & { id: TableRuleId }): Rule {
  return defineRule(meta, (context) => {
    if (context.draft.tables.length === 0) return;
    for (const report of tableFindings(meta.id, tableModel(context.draft).relations)) context.report(report);
  });
}

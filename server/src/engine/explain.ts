// What the engine can say about one offset of a checked draft: the figure there (value, unit, measure,
// scope, and every relation it takes part in, with the arithmetic), or the table cell there (its row, its column
// and the relations of both), and the findings that cover it. The language server renders this as a hover.

import type { CheckResult } from './check';
import { figureModel } from './figures/model';
import type { Figure } from './figures/extract';
import { formatNumber } from './figures/units';
import { tableModel } from './tables/tableModel';
import { columnName, rowName, type TableRelation } from './tables/relations';
import { ruleById } from './rules';
import type { Finding, Span } from './types';

export interface RelationExplanation {
  /** sum: parts and total; ratio: a percentage and its base; change: growth between two values; conflict: one measure stated twice. */
  kind: 'sum' | 'ratio' | 'change' | 'conflict' | 'shares';
  holds: boolean;
  /** The arithmetic in Chinese, e.g. “新建5个 + 续建6个 = 11个，与总数12个不符”. */
  arithmetic: string;
  /** The figures taking part, this one included. */
  spans: Span[];
}

export interface FigureExplanation extends Span {
  text: string;
  /** Undefined for a placeholder (xx个): its value is unknown. */
  value?: number;
  unit: string;
  /** The value in the unit figures of its kind are compared in (元 for money, 个 for counts). */
  normalized?: string;
  measure: string;
  scope: string;
  approximate?: string;
  relations: RelationExplanation[];
}

/** A table cell: where it stands, what was read from it, and the row and column relations it takes part in. */
export interface CellExplanation extends Span {
  text: string;
  /** The table's 表题, or 表格 when it has none. */
  table: string;
  /** The row's label and the column's heading. */
  row: string;
  column: string;
  /** The header row's cells are not figures. */
  header: boolean;
  value?: number;
  unit?: string;
  /** Why nothing is checked here, when nothing can be: the columns of a pasted table are unclear. */
  note?: string;
  relations: RelationExplanation[];
}

export interface FindingExplanation {
  finding: Finding;
  /** The rule's Chinese title and its standard clause or convention. */
  title: string;
  basis: string;
}

export interface Explanation {
  figure?: FigureExplanation;
  cell?: CellExplanation;
  findings: FindingExplanation[];
}

const TABLE_KIND: Record<TableRelation['rule'], RelationExplanation['kind']> = {
  'table-sum': 'sum',
  'table-share': 'ratio',
  'table-rate': 'ratio',
  'table-change': 'change',
  'table-restatement': 'conflict',
};

function explainTableRelation(r: TableRelation): RelationExplanation {
  return {
    kind: TABLE_KIND[r.rule],
    holds: r.holds,
    arithmetic: r.arithmetic,
    spans: [...r.cells.map((c) => ({ offset: c.offset, endOffset: c.endOffset })), ...r.prose],
  };
}

function explainCell(result: CheckResult, offset: number): CellExplanation | undefined {
  if (result.draft.tables.length === 0) return undefined;
  const model = tableModel(result.draft);
  const at = model.cellAt(offset);
  if (!at) return undefined;
  const { table, grid, cell, value } = at;
  const header = table.header.cells.includes(cell);
  const rowIndex = table.rows.findIndex((r) => r.cells.includes(cell));
  const columnIndex = (header ? table.header.cells : table.rows[rowIndex]?.cells ?? []).indexOf(cell);
  const column = grid?.columns[columnIndex];
  const row = grid?.rows[rowIndex];
  const explanation: CellExplanation = {
    offset: cell.offset,
    endOffset: cell.endOffset,
    text: cell.text,
    table: table.caption?.text ?? '表格',
    row: header ? '表头' : row ? rowName(row) : `第${rowIndex + 1}行`,
    column: column ? columnName(column) : `第${columnIndex + 1}列`,
    header,
    relations: model.relationsOfCell(cell).map(explainTableRelation),
  };
  if (value) {
    explanation.value = value.value / value.scale;
    if (value.unit) explanation.unit = value.unit.text;
  }
  if (!grid) explanation.note = '各行的列数不一致，分不清各列，表中数字未核对';
  return explanation;
}

const KIND_NAME: Record<string, string> = {
  count: '计数', money: '金额', area: '面积', length: '长度', weight: '重量', volume: '体积', percent: '百分比', permille: '千分比', points: '百分点', times: '倍数',
};

function explainFigure(result: CheckResult, figure: Figure): FigureExplanation {
  const model = figureModel(result.draft);
  const explanation: FigureExplanation = {
    offset: figure.offset,
    endOffset: figure.endOffset,
    text: figure.text,
    unit: `${figure.unit.text}（${KIND_NAME[figure.unit.kind] ?? figure.unit.kind}）`,
    measure: figure.key.replace(/·/g, ' · ') || '（未识别）',
    scope: figure.scope.replace(/·/g, ' · ') || '全文',
    relations: [
      ...model.relationsOf(figure).map((r) => ({
        kind: r.kind,
        holds: r.holds,
        arithmetic: r.arithmetic,
        spans: r.figures.map((f) => ({ offset: f.offset, endOffset: f.endOffset })),
      })),
      // the same measure in a table
      ...(result.draft.tables.length > 0 ? tableModel(result.draft).relationsOfProse(figure.offset, figure.endOffset).map(explainTableRelation) : []),
    ],
  };
  if (figure.value !== undefined) {
    explanation.value = figure.value * figure.multiplier;
    if (figure.base !== undefined && (figure.multiplier !== 1 || figure.unit.factor !== 1)) {
      explanation.normalized = `${formatNumber(figure.base)}${figure.unit.base}`;
    }
  }
  if (figure.approximate) explanation.approximate = figure.approximate;
  return explanation;
}

/** Everything known at an offset of a checked draft. */
export function explainAt(result: CheckResult, offset: number): Explanation {
  const findings = result.findings
    .filter((f) => f.offset <= offset && offset <= f.endOffset)
    .map((finding) => {
      const rule = ruleById(finding.rule);
      return { finding, title: rule?.title ?? finding.rule, basis: rule?.basis ?? '' };
    });
  const figure = figureModel(result.draft).figureAt(offset);
  if (figure) return { figure: explainFigure(result, figure), findings };
  const cell = explainCell(result, offset);
  return cell ? { cell, findings } : { findings };
}

// What the engine can say about one offset of a checked draft: the figure there as the writer wrote it (what
// it measures, in what scope) and every relation it takes part in, with the arithmetic of the reading that
// holds or of the closest one; or the table cell there (its row, its column and the relations of both); and the
// findings that cover the offset. The language server renders this as a hover; the arithmetic of a relation that
// a finding reports at this very figure is in the finding's message, so it is not repeated.

import type { CheckResult } from './check';
import { figureModel } from './figures/model';
import type { Figure } from './figures/extract';
import { formatNumber } from './figures/units';
import { tableModel } from './tables/tableModel';
import { columnName, rowName, type TableRelation } from './tables/relations';
import { failingColumns } from './tables/rule';
import { renderComputed, renderReading, type Relation, type RelationKind } from './figures/relations';
import { ruleById } from './rules';
import type { Finding, Span } from './types';

export interface RelationExplanation {
  kind: RelationKind;
  holds: boolean;
  /** The arithmetic in the writer's units: “17个 ÷ 25个 = 68%”; “8亿元 ÷ 20亿元 = 40%，文中为50%” when it does not hold. */
  arithmetic: string;
  /** The figures taking part, this one included. */
  spans: Span[];
  /** Set when the relation does not hold and its finding stands at another figure: where (1-based line). */
  reportedAt?: { text: string; line: number };
  /** Set when the relation does not hold and its finding stands at this figure: the finding's message has the arithmetic. */
  reportedHere?: boolean;
  /** The relation could not be checked (a placeholder, an approximate figure). */
  unchecked?: boolean;
  /** Set when the relation is a row of a table column of which no row holds: reported once, as a hint at the column's first row. */
  inFailingColumn?: boolean;
}

export interface FigureExplanation extends Span {
  /** As written: 86.5亿元, 八支, xx个. */
  text: string;
  /** The number when written otherwise than in Arabic digits: 8支 for 八支. */
  reads?: string;
  /** An unfilled placeholder: no value. */
  placeholder?: boolean;
  approximate?: string;
  /** What the figure measures, when that was read: 一般公共预算收入, 新开工项目 · 总投资. */
  measure?: string;
  /** 截至5月底, 上半年, 计划 …; absent for the document's own period. */
  scope?: string;
  relations: RelationExplanation[];
}

/** A table cell: where it stands, what was read from it, and the row and column relations it takes part in. */
export interface CellExplanation extends Span {
  text: string;
  /** The table's 表题, when it has one. */
  table?: string;
  /** The row's label and the column's heading. */
  row: string;
  column: string;
  /** The header row's cells are not figures. */
  header: boolean;
  /** The cell's number as the writer reads it (474.5), when the cell holds one. */
  value?: string;
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
  'table-share': 'share',
  'table-rate': 'rate',
  'table-change': 'change',
  'table-restatement': 'restatement',
};

/** Each relation of a failing column (tables/rule.ts), with the column's first row, where its one hint stands. */
function columnHints(relations: readonly TableRelation[]): Map<TableRelation, TableRelation> {
  const hints = new Map<TableRelation, TableRelation>();
  for (const column of failingColumns(relations)) for (const r of column) hints.set(r, column[0]!);
  return hints;
}

function explainTableRelation(result: CheckResult, r: TableRelation, here: Span, hints: ReadonlyMap<TableRelation, TableRelation>): RelationExplanation {
  const explanation: RelationExplanation = {
    kind: TABLE_KIND[r.rule],
    holds: r.holds,
    arithmetic: r.arithmetic,
    spans: [...r.cells.map((c) => ({ offset: c.offset, endOffset: c.endOffset })), ...r.prose],
  };
  if (!r.holds) {
    const first = hints.get(r);
    // (a restatement the table bears out itself is reported at the text's figure)
    const at = first?.anchor ?? r.reportAt ?? r.anchor;
    if (first) explanation.inFailingColumn = true;
    if (at.offset === here.offset && at.endOffset === here.endOffset) explanation.reportedHere = true;
    else explanation.reportedAt = { text: result.draft.source.slice(at.offset, at.endOffset), line: result.draft.lineIndex.lineOf(at.offset) + 1 };
  }
  return explanation;
}

function explainCell(result: CheckResult, offset: number): CellExplanation | undefined {
  if (result.draft.tables.length === 0) return undefined;
  const model = tableModel(result.draft);
  const at = model.cellAt(offset);
  if (!at) return undefined;
  const { table, grid, cell, value } = at;
  const header = table.header.cells.includes(cell);
  const rowIndex = table.rows.findIndex((r) => r.cells.includes(cell));
  const columnIndex = (header ? table.header.cells : (table.rows[rowIndex]?.cells ?? [])).indexOf(cell);
  const column = grid?.columns[columnIndex];
  const row = grid?.rows[rowIndex];
  const relationsOfCell = model.relationsOfCell(cell);
  const hints = relationsOfCell.some((r) => !r.holds) ? columnHints(model.relations) : new Map<TableRelation, TableRelation>();
  const explanation: CellExplanation = {
    offset: cell.offset,
    endOffset: cell.endOffset,
    text: cell.text,
    row: header ? '表头' : row ? rowName(row) : `第${rowIndex + 1}行`,
    column: column ? columnName(column) : `第${columnIndex + 1}列`,
    header,
    relations: relationsOfCell.map((r) => explainTableRelation(result, r, cell, hints)),
  };
  if (table.caption) explanation.table = table.caption.text;
  if (value) {
    explanation.value = formatNumber(value.value / value.scale);
    if (value.unit) explanation.unit = value.unit.text;
  }
  if (!grid) explanation.note = '各行的列数不一致，分不清各列，表中数字未核对';
  return explanation;
}

function arithmeticOf(result: CheckResult, r: Relation): string {
  if (!r.reading) return `${r.figures.map((f) => f.text).join('、')}${r.unchecked ?? ''}，无法核算`;
  if (r.kind === 'restatement') {
    const [later, earlier] = r.figures as [Figure, Figure];
    const line = result.draft.lineIndex.lineOf(earlier.offset) + 1;
    return r.holds ? `第${line}行也写作${earlier.text}，前后一致` : `此处为${later.text}，第${line}行写作${earlier.text}`;
  }
  // (a sum of parts after 其中 that may leave some out holds when it stays within the total: 12.1亿元 + 3.2亿元 = 15.3亿元，
  // 不超过15.6亿元 — the computed value alone would look like a mismatch the hover calls checked)
  const arithmetic = r.holds && r.reading.compare === '=' ? renderComputed(r.reading) : renderReading(r.reading);
  return r.reading.note ? `${arithmetic}（${r.reading.note}）` : arithmetic;
}

function explainRelation(result: CheckResult, figure: Figure, r: Relation): RelationExplanation {
  const explanation: RelationExplanation = {
    kind: r.kind,
    holds: r.holds,
    arithmetic: arithmeticOf(result, r),
    spans: r.figures.map((f) => ({ offset: f.offset, endOffset: f.endOffset })),
  };
  if (!r.reading) explanation.unchecked = true;
  if (!r.holds) {
    if (r.anchor === figure) explanation.reportedHere = true;
    else explanation.reportedAt = { text: r.anchor.text, line: result.draft.lineIndex.lineOf(r.anchor.offset) + 1 };
  }
  return explanation;
}

/** The table relations a figure of the prose takes part in (the same measure stated in a table). */
function tableRelationsOfProse(result: CheckResult, figure: Figure): RelationExplanation[] {
  if (result.draft.tables.length === 0) return [];
  const model = tableModel(result.draft);
  const relations = model.relationsOfProse(figure.offset, figure.endOffset);
  const hints = relations.some((r) => !r.holds) ? columnHints(model.relations) : new Map<TableRelation, TableRelation>();
  return relations.map((r) => explainTableRelation(result, r, figure, hints));
}

/**
 * What a figure is said to measure: its key, except that a percentage read as a rate takes the rate's name for its
 * measure (调处率、成功率分别为97.2%和98.8%: the words before 分别 give 97.2% the name 成功率 and 98.8% none, 和; they are
 * the 调处率 and the 成功率 their rate readings paired them with).
 */
function measureShown(figure: Figure, relations: readonly Relation[]): string {
  const key = figure.key!;
  const named = relations.find((r) => r.kind === 'rate' && r.anchor === figure && r.word && /率$/.test(r.word))?.word;
  const last = key.split('·').pop()!;
  const shown = named && last !== named ? `${key.slice(0, key.length - last.length)}${named}` : key;
  return shown.replace(/·/g, ' · ');
}

function explainFigure(result: CheckResult, figure: Figure): FigureExplanation {
  const model = figureModel(result.draft);
  const explanation: FigureExplanation = {
    offset: figure.offset,
    endOffset: figure.endOffset,
    text: figure.text,
    relations: [
      ...model.relationsOf(figure).map((r) => explainRelation(result, figure, r)),
      // the same measure in a table
      ...tableRelationsOfProse(result, figure),
    ],
  };
  if (figure.value === undefined) explanation.placeholder = true;
  else if (figure.form === 'chinese' || figure.fullWidth) explanation.reads = `${formatNumber(figure.value)}${figure.text.slice(figure.numberEndOffset - figure.offset)}`;
  if (figure.approximate) explanation.approximate = figure.approximate;
  if (figure.key) explanation.measure = measureShown(figure, model.relationsOf(figure));
  if (figure.scope) explanation.scope = figure.scope.replace(/·/g, ' · ');
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

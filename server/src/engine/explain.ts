// What the engine can say about one offset of a checked draft: the figure there as the writer wrote it (what
// it measures, in what scope) and every relation it takes part in, with the arithmetic of the reading that
// holds or of the closest one; and the findings that cover the offset. The language server renders this as a
// hover; the arithmetic of a relation that a finding reports at this very figure is in the finding's message,
// so it is not repeated.

import type { CheckResult } from './check';
import { figureModel } from './figures/model';
import type { Figure } from './figures/extract';
import { formatNumber } from './figures/units';
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

export interface FindingExplanation {
  finding: Finding;
  /** The rule's Chinese title and its standard clause or convention. */
  title: string;
  basis: string;
}

export interface Explanation {
  figure?: FigureExplanation;
  findings: FindingExplanation[];
}

function arithmeticOf(result: CheckResult, r: Relation): string {
  if (!r.reading) return `${r.figures.map((f) => f.text).join('、')}${r.unchecked ?? ''}，无法核算`;
  if (r.kind === 'restatement') {
    const [later, earlier] = r.figures as [Figure, Figure];
    const line = result.draft.lines.lineOf(earlier.offset) + 1;
    return r.holds ? `第${line}行也写作${earlier.text}，前后一致` : `此处为${later.text}，第${line}行写作${earlier.text}`;
  }
  const arithmetic = r.holds ? renderComputed(r.reading) : renderReading(r.reading);
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
    else explanation.reportedAt = { text: r.anchor.text, line: result.draft.lines.lineOf(r.anchor.offset) + 1 };
  }
  return explanation;
}

function explainFigure(result: CheckResult, figure: Figure): FigureExplanation {
  const model = figureModel(result.draft);
  const explanation: FigureExplanation = {
    offset: figure.offset,
    endOffset: figure.endOffset,
    text: figure.text,
    relations: model.relationsOf(figure).map((r) => explainRelation(result, figure, r)),
  };
  if (figure.value === undefined) explanation.placeholder = true;
  else if (figure.form === 'chinese' || figure.fullWidth) explanation.reads = `${formatNumber(figure.value)}${figure.text.slice(figure.numberEndOffset - figure.offset)}`;
  if (figure.approximate) explanation.approximate = figure.approximate;
  if (figure.key) explanation.measure = figure.key.replace(/·/g, ' · ');
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
  return figure ? { figure: explainFigure(result, figure), findings } : { findings };
}

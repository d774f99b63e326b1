// What the engine can say about one offset of a checked draft: the figure there (value, unit, measure,
// scope, and every relation it takes part in, with the arithmetic) and the findings that cover it.
// The language server renders this as a hover.

import type { CheckResult } from './check';
import { figureModel } from './figures/model';
import type { Figure } from './figures/extract';
import { formatNumber } from './figures/units';
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
    relations: model.relationsOf(figure).map((r) => ({
      kind: r.kind,
      holds: r.holds,
      arithmetic: r.arithmetic,
      spans: r.figures.map((f) => ({ offset: f.offset, endOffset: f.endOffset })),
    })),
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
  return figure ? { figure: explainFigure(result, figure), findings } : { findings };
}

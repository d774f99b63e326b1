// Hover text: what the engine knows at a position. Over a figure, what was read and every relation it takes
// part in, with the arithmetic; over a flagged span, the rule's explanation and the clause it rests on.

import type { CellExplanation, Explanation, FigureExplanation, FindingExplanation, RelationExplanation } from '../engine/explain';
import type { Span } from '../engine/types';
import { t } from './l10n';

export interface HoverContent {
  markdown: string;
  span: Span;
}

export type ExplanationSource = (ruleId: string) => string | undefined;

export function renderHover(explanation: Explanation, explain: ExplanationSource): HoverContent | undefined {
  const parts: string[] = [];
  let span: Span | undefined;
  if (explanation.figure) {
    parts.push(renderFigure(explanation.figure));
    span = { offset: explanation.figure.offset, endOffset: explanation.figure.endOffset };
  } else if (explanation.cell) {
    parts.push(renderCell(explanation.cell));
    span = { offset: explanation.cell.offset, endOffset: explanation.cell.endOffset };
  }
  const seen = new Set<string>();
  for (const f of explanation.findings) {
    if (seen.has(f.finding.rule)) continue; // one explanation per rule, however many findings overlap here
    seen.add(f.finding.rule);
    parts.push(renderFinding(f, explain(f.finding.rule)));
    span ??= { offset: f.finding.offset, endOffset: f.finding.endOffset };
  }
  if (!span) return undefined;
  return { markdown: parts.join('\n\n---\n\n'), span };
}

export function renderFigure(figure: FigureExplanation): string {
  const lines = [`**${t('Figure')}** ${code(figure.text)}`, ''];
  const facts: string[] = [];
  if (figure.value === undefined) facts.push(t('value unknown (an unfilled placeholder): not used in arithmetic'));
  else facts.push(`${t('value')} ${formatNumber(figure.value)}`);
  if (figure.unit) facts.push(`${t('unit')} ${figure.unit}`);
  if (figure.normalized) facts.push(`${t('normalised')} ${figure.normalized}`);
  if (figure.approximate) facts.push(t('approximate ({0})', figure.approximate));
  if (figure.measure) facts.push(`${t('measure')} ${figure.measure}`);
  if (figure.scope) facts.push(`${t('scope')} ${figure.scope}`);
  lines.push(facts.join(' · '));
  if (figure.relations.length > 0) {
    lines.push('', `**${t('Relations')}**`, '');
    for (const r of figure.relations) lines.push(`- ${renderRelation(r)}`);
  }
  return lines.join('\n');
}

/** A table cell: its table, row and column, and the relations along its row and column. */
export function renderCell(cell: CellExplanation): string {
  const lines = [`**${t('Table cell')}** ${code(cell.text)}`, ''];
  const facts = [`${t('table')} ${cell.table}`];
  if (cell.header) facts.push(t('header row'));
  else facts.push(`${t('row')} ${cell.row}`, `${t('column')} ${cell.column}`);
  if (cell.value !== undefined) facts.push(`${t('value')} ${formatNumber(cell.value)}`);
  if (cell.unit) facts.push(`${t('unit')} ${cell.unit}`);
  lines.push(escapeMarkdown(facts.join(' · ')));
  if (cell.note) lines.push('', escapeMarkdown(cell.note));
  if (cell.relations.length > 0) {
    lines.push('', `**${t('Row and column relations')}**`, '');
    for (const r of cell.relations) lines.push(`- ${renderRelation(r)}`);
  }
  return lines.join('\n');
}

function renderRelation(r: RelationExplanation): string {
  const verdict = r.holds ? `✓ ${t('holds')}` : `✗ ${t('does not hold')}`;
  return t('{0} ({1}): {2}', verdict, relationKind(r.kind), escapeMarkdown(r.arithmetic));
}

function relationKind(kind: RelationExplanation['kind']): string {
  switch (kind) {
    case 'sum':
      return t('parts and total');
    case 'ratio':
      return t('percentage and its base');
    case 'change':
      return t('change between two values');
    case 'conflict':
      return t('same measure stated twice');
    case 'shares':
      return t('shares of one whole');
  }
}

function renderFinding(f: FindingExplanation, explanation: string | undefined): string {
  const lines = [`**${f.title}** · ${code(f.finding.rule)}`];
  if (explanation) lines.push('', explanation);
  const basis = f.basis ? `${t('Basis: {0}', f.basis)} · ` : '';
  lines.push('', `${basis}[${t('Rule documentation')}](${f.finding.docUrl})`);
  return lines.join('\n');
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

function code(s: string): string {
  return '`' + s.replace(/`/g, 'ˋ') + '`';
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

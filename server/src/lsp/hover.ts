// Hover text: what the engine knows at a position. Over a figure, what was read and every relation it takes
// part in, with the arithmetic; over a flagged span, the rule's explanation and the clause it rests on.

import type { CellExplanation, Explanation, FigureExplanation, FindingExplanation, RelationExplanation, Span } from '../engine';
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

/**
 * A figure as the writer wrote it, what it measures, and each relation it takes part in: one that holds is
 * shown as checked with its arithmetic (✓ 17个 ÷ 25个 = 68%); one that does not, with its arithmetic unless the
 * finding reported at this figure already says it.
 */
export function renderFigure(figure: FigureExplanation): string {
  const head = [`**${t('Figure')}** ${code(figure.text)}`];
  if (figure.reads) head.push(t('reads as {0}', figure.reads));
  if (figure.measure) head.push(escapeMarkdown(figure.measure));
  if (figure.scope) head.push(`${t('scope')} ${escapeMarkdown(figure.scope)}`);
  const lines = [head.join(' · ')];
  if (figure.placeholder) lines.push('', t('An unfilled placeholder: not used in arithmetic'));
  else if (figure.approximate) lines.push('', t('Approximate ({0}): not used in arithmetic', figure.approximate));
  if (figure.relations.length > 0) {
    lines.push('');
    for (const r of figure.relations) lines.push(`- ${renderRelation(r)}`);
  }
  return lines.join('\n');
}

/** A table cell: its table, row and column, and the relations along its row and column. */
export function renderCell(cell: CellExplanation): string {
  const lines = [`**${t('Table cell')}** ${code(cell.text)}`, ''];
  const facts = cell.table ? [`${t('table')} ${cell.table}`] : [];
  if (cell.header) facts.push(t('header row'));
  else facts.push(`${t('row')} ${cell.row}`, `${t('column')} ${cell.column}`);
  if (cell.value !== undefined) facts.push(`${t('value')} ${cell.value}`);
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
  const kind = relationKind(r.kind);
  if (r.unchecked) return t('– {0}: {1}', kind, escapeMarkdown(r.arithmetic));
  if (r.holds) return t('✓ {0}: {1}', kind, escapeMarkdown(r.arithmetic));
  if (r.reportedHere) {
    return r.inFailingColumn
      ? t('✗ {0}: no row of this column holds (every row’s arithmetic is in the hint reported here)', kind)
      : t('✗ {0}: does not hold (the arithmetic is in the problem reported here)', kind);
  }
  const line = t('✗ {0}: {1}', kind, escapeMarkdown(r.arithmetic));
  if (r.reportedAt && r.inFailingColumn) {
    return t('{0} (no row of this column holds: one hint for the column, at {1}, line {2})', line, code(r.reportedAt.text), String(r.reportedAt.line));
  }
  return r.reportedAt ? t('{0} (reported at {1}, line {2})', line, code(r.reportedAt.text), String(r.reportedAt.line)) : line;
}

function relationKind(kind: RelationExplanation['kind']): string {
  switch (kind) {
    case 'sum':
      return t('parts and total');
    case 'share':
      return t('share of a whole');
    case 'rate':
      return t('rate and its base');
    case 'change':
      return t('change between two values');
    case 'points':
      return t('difference in percentage points');
    case 'times':
      return t('times');
    case 'sexratio':
      return t('sex ratio');
    case 'shares':
      return t('shares of one whole');
    case 'restatement':
      return t('same measure stated twice');
  }
}

function renderFinding(f: FindingExplanation, explanation: string | undefined): string {
  const lines = [`**${f.title}** · ${code(f.finding.rule)}`];
  if (explanation) lines.push('', explanation);
  const basis = f.basis ? `${t('Basis: {0}', f.basis)} · ` : '';
  lines.push('', `${basis}[${t('Rule documentation')}](${f.finding.docUrl})`);
  return lines.join('\n');
}

function code(s: string): string {
  return '`' + s.replace(/`/g, 'ˋ') + '`';
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

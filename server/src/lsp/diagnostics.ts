// Findings → LSP diagnostics. The one place where engine offsets (UTF-16 code units) and LSP positions meet;
// LSP's default position encoding is UTF-16 too, so an emoji or a rare ideograph counts as two, as in the engine.

import { DiagnosticSeverity, type Diagnostic, type Position, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DirectiveProblem, Finding, Severity, Span, TextEdit } from '../engine';

export const SOURCE = '公文助手';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What the client said it can show, from its initialize capabilities. */
export interface DiagnosticSupport {
  relatedInformation: boolean;
  codeDescription: boolean;
}

export function toRange(span: Span, document: TextDocument): Range {
  return { start: document.positionAt(span.offset), end: document.positionAt(span.endOffset) };
}

export function toOffset(position: Position, document: TextDocument): number {
  return document.offsetAt(position);
}

export function toSpan(range: Range, document: TextDocument): Span {
  return { offset: document.offsetAt(range.start), endOffset: document.offsetAt(range.end) };
}

export function toTextEdit(edit: TextEdit, document: TextDocument): LspTextEdit {
  return { range: toRange(edit, document), newText: edit.text };
}

export function toDiagnostic(finding: Finding, document: TextDocument, support: DiagnosticSupport = { relatedInformation: true, codeDescription: true }): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(finding, document),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: SOURCE,
    message: finding.message,
  };
  if (support.codeDescription) diagnostic.codeDescription = { href: finding.docUrl };
  if (support.relatedInformation && finding.related) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: document.uri, range: toRange(r, document) },
      message: r.message,
    }));
  }
  return diagnostic;
}

/** The code of a warning about a name in a disable comment that is no rule. */
export const DIRECTIVE_CODE = 'gongwen-disable';

/** A disable comment's unknown rule name, warned where it is written (as a bad .gongwenrc.json is, but in place). */
export function directiveDiagnostic(problem: DirectiveProblem, document: TextDocument): Diagnostic {
  return { range: toRange(problem, document), severity: DiagnosticSeverity.Warning, code: DIRECTIVE_CODE, source: SOURCE, message: problem.message };
}

/** Whether a client diagnostic (from a code action request) stands for this finding. */
export function sameDiagnostic(diagnostic: Diagnostic, finding: Finding, document: TextDocument): boolean {
  if (diagnostic.code !== finding.rule || diagnostic.source !== SOURCE) return false;
  const span = toSpan(diagnostic.range, document);
  return span.offset === finding.offset && span.endOffset === finding.endOffset;
}

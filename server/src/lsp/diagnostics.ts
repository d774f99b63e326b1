// Findings → LSP diagnostics. The one place where engine offsets (UTF-16 code units) become LSP positions.

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Span } from '../engine/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(span: Span, document: TextDocument): Range {
  return { start: document.positionAt(span.offset), end: document.positionAt(span.endOffset) };
}

export function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  return {
    range: toRange(finding, document),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: finding.docUrl },
    source: '公文助手',
    message: finding.message,
  };
}

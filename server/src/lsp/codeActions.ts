// Code actions built from the fixes findings carry (rules are not run again): a quick fix per finding, all safe
// fixes of one rule, `source.fixAll` for every safe fix, and a comment that silences a rule on one line.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { quote, ruleById, safeFixEdits, type CheckResult, type Finding, type TextEdit } from '../engine';
import { directiveDiagnostic, sameDiagnostic, toDiagnostic, toSpan, toTextEdit, type DiagnosticSupport } from './diagnostics';
import { t } from './l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND];

export function codeActions(params: CodeActionParams, document: TextDocument, result: CheckResult, support: DiagnosticSupport): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const range = toSpan(params.range, document);
    const here = result.findings.filter((f) => params.context.diagnostics.some((d) => sameDiagnostic(d, f, document)) || (f.offset <= range.endOffset && range.offset <= f.endOffset));
    const silenced = new Set<string>();
    const allOfRule = new Set<string>();
    for (const finding of here) {
      const diagnostic = toDiagnostic(finding, document, support);
      if (finding.fix && finding.fix.length > 0) {
        actions.push(quickFix(fixTitle(finding, document.getText()), finding.fix, document, diagnostic, finding.safeFix === true));
        if (finding.safeFix && !allOfRule.has(finding.rule)) {
          allOfRule.add(finding.rule);
          const same = result.findings.filter((f) => f.rule === finding.rule);
          const edits = safeFixEdits(same);
          const count = same.filter((f) => f.fix && f.safeFix).length;
          if (count > 1) actions.push(quickFix(t('Fix all {0} problems in this file ({1})', ruleTitle(finding.rule), count), edits, document, diagnostic, false));
        }
      }
      if (!silenced.has(finding.rule)) {
        silenced.add(finding.rule);
        const edit = disableLineEdit(document.getText(), finding);
        actions.push(quickFix(t('Disable {0} for this line', finding.rule), [edit], document, diagnostic, false));
      }
    }
    // a misspelt rule in a disable comment: write the id it most likely meant
    for (const problem of result.directiveProblems) {
      if (!problem.suggestion || problem.offset > range.endOffset || range.offset > problem.endOffset) continue;
      const edit: TextEdit = { offset: problem.offset, endOffset: problem.endOffset, text: problem.suggestion };
      actions.push(quickFix(t('Change {0} to {1}', quote(problem.name), quote(problem.suggestion)), [edit], document, directiveDiagnostic(problem, document), true));
    }
  }

  if (wants(FIX_ALL_KIND)) {
    const edits = safeFixEdits(result.findings);
    if (edits.length > 0) {
      actions.push({
        title: t('Fix all safely fixable Gongwen Assistant problems'),
        kind: FIX_ALL_KIND,
        edit: { changes: { [document.uri]: edits.map((e) => toTextEdit(e, document)) } },
      });
    }
  }
  return actions;
}

function quickFix(title: string, edits: readonly TextEdit[], document: TextDocument, diagnostic: Diagnostic, isPreferred: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    edit: { changes: { [document.uri]: edits.map((e) => toTextEdit(e, document)) } },
  };
}

function ruleTitle(ruleId: string): string {
  return ruleById(ruleId)?.title ?? ruleId;
}

/** A title that says what the fix does, from the rule where its edits do not say it well. */
export function fixTitle(finding: Finding, text: string): string {
  const edits = finding.fix ?? [];
  if (finding.rule === 'web-residue') return t('Delete this line');
  if (finding.rule === 'broken-paragraph') return t('Join the broken paragraph');
  if (edits.length > 1) {
    if (finding.rule === 'heading-sequence' || finding.rule === 'enumeration-sequence') return t('Renumber ({0} places)', edits.length);
    return t('{0}: fix {1} places', ruleTitle(finding.rule), edits.length);
  }
  const edit = edits[0]!;
  const old = visible(text.slice(edit.offset, edit.endOffset));
  const replacement = visible(edit.text);
  if (edit.text === '') return t('Delete {0}', quote(old));
  if (edit.offset === edit.endOffset) return t('Insert {0}', quote(replacement));
  return t('Change {0} to {1}', quote(old), quote(replacement));
}

function visible(s: string): string {
  return s.replace(/\r?\n/g, '⏎');
}

const DISABLE_LINE = /^(\s*)<!--\s*gongwen-disable-next-line\b([^]*?)-->\s*$/;

/**
 * `<!-- gongwen-disable-next-line RULE -->` above the finding's line, or RULE added to such a comment already
 * there (the engine skips blank lines between the comment and the line it silences).
 */
export function disableLineEdit(text: string, finding: Finding): TextEdit {
  const lineStart = text.lastIndexOf('\n', finding.offset - 1) + 1;
  let prevEnd = lineStart - 1; // the '\n' ending the line above
  while (prevEnd > 0) {
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const line = text.slice(prevStart, prevEnd).replace(/\r$/, '');
    if (line.trim() === '') {
      prevEnd = prevStart - 1;
      continue;
    }
    const m = DISABLE_LINE.exec(line);
    if (m) {
      const names = m[2]!.split(/[\s,，]+/).filter(Boolean);
      if (!names.includes(finding.rule)) names.push(finding.rule);
      return { offset: prevStart, endOffset: prevStart + line.length, text: `${m[1]}<!-- gongwen-disable-next-line ${names.join(' ')} -->` };
    }
    break;
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart, finding.offset))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { offset: lineStart, endOffset: lineStart, text: `${indent}<!-- gongwen-disable-next-line ${finding.rule} -->${eol}` };
}

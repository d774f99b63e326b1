// What a rule is: metadata beside a check function, wrapped by `defineRule` so every finding carries the
// rule id and its documentation link, and a rule that throws fails alone.

import type { Draft, Line } from './parse';
import type { CheckCache } from './cache';
import { ParagraphMemo } from './memo';
import type { DocumentType, Report, Severity } from './types';
import { VERSION } from './version';

/** The rule documentation of the release that made the finding (its tag, as markdownlint's links do). */
export const DOCS_BASE = `https://github.com/gongwen-tools/gongwen-assistant/blob/v${VERSION}/docs/rules/`;

export function docUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

export type RuleOptions = Record<string, unknown>;

export interface RuleMeta<O extends RuleOptions = RuleOptions> {
  id: string;
  /** Chinese title, shown in hovers and the rule table. */
  title: string;
  /** English title for the UI. */
  titleEn: string;
  /** The standard clause or convention the rule rests on. */
  basis: string;
  severity: Severity;
  fixable: boolean;
  /** Whether the fixes may be applied in bulk without review. */
  safeFix: boolean;
  /** Option defaults; configuration may override them. */
  options: O;
  /** Document types the rule applies to; all when absent. */
  documentTypes?: readonly DocumentType[];
}

export interface RuleContext<O extends RuleOptions = RuleOptions> {
  draft: Draft;
  options: O;
  /** Extra placeholder patterns from configuration. */
  placeholders: readonly RegExp[];
  report(finding: Report): void;
  /** What this check may keep for later ones and take from earlier ones (figures, relations, the index of measures). */
  cache: CheckCache;
  /** This rule's findings kept by paragraph text, for rules that look at one paragraph at a time. */
  kept: ParagraphFindings;
}

export interface Rule<O extends RuleOptions = RuleOptions> extends RuleMeta<O> {
  check(context: RuleContext<O>): void;
}

/** Errors thrown by rules, reported once per rule and check instead of failing the whole check. */
export interface RuleFailure {
  rule: string;
  error: unknown;
}

export function defineRule<O extends RuleOptions>(meta: RuleMeta<O>, check: (context: RuleContext<O>) => void): Rule<O> {
  return { ...meta, check };
}

/**
 * Findings of one rule that depend on nothing but one paragraph's text (its source, its masked prose and its
 * ordinal), kept by that text between checks in a memo of the check's cache: a keystroke changes one paragraph,
 * and only that one is checked again. The findings are kept relative to the paragraph's start and put back in
 * place where it now stands.
 */
export class ParagraphFindings {
  private readonly memo = new ParagraphMemo<Report[], Report[]>((relative, offset) => relative.map((r) => moved(r, offset)));

  /** `patterns`: whatever else the findings depend on (the configured placeholder patterns), '' for nothing. */
  report(line: Line, patterns: string, report: (r: Report) => void, find: (para: Line, report: (r: Report) => void) => void): void {
    const entry = this.memo.entry(patterns, line, (p) => {
      const found: Report[] = [];
      find(p, (r) => found.push(r));
      return found.map((r) => moved(r, -p.offset));
    });
    if (entry.value.length === 0) return;
    for (const r of this.memo.placed(entry, line)) report(r);
  }
}

function moved(r: Report, d: number): Report {
  const out: Report = { ...r, offset: r.offset + d, endOffset: r.endOffset + d };
  if (r.fix) out.fix = r.fix.map((e) => ({ ...e, offset: e.offset + d, endOffset: e.endOffset + d }));
  if (r.related) out.related = r.related.map((s) => ({ ...s, offset: s.offset + d, endOffset: s.endOffset + d }));
  return out;
}

// What a rule is: metadata beside a check function, wrapped by `defineRule` so every finding carries the
// rule id and its documentation link, and a rule that throws fails alone.

import type { Draft } from './parse';
import type { DocumentType, Report, Severity } from './types';

export const DOCS_BASE = 'https://github.com/gongwen-tools/gongwen-assistant/blob/main/docs/rules/';

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

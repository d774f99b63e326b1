// What a rule is: metadata beside a check function, wrapped by `defineRule` so every finding carries the
// rule id and its documentation link, and a rule that throws fails alone.

import type { Draft, Para } from './parse';
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
 * Findings that depend on nothing but one paragraph's text (its source, its masked prose and its ordinal), kept
 * by that text between checks: a keystroke changes one paragraph, and only that one is checked again. The
 * findings are kept relative to the paragraph's start and put back in place where it now stands.
 */
export class ParagraphFindings {
  /** By the patterns in force (extra placeholders), the source, the prose, then the ordinal. */
  private readonly cache = new Map<string, Map<string, Map<string, Map<string, Report[]>>>>();
  private size = 0;
  private readonly placings = new WeakMap<Report[], Map<number, Report[]>>();

  constructor(private readonly limit = 50_000) {
    everyParagraphFindings.push(this);
  }

  report(para: Para, patterns: string, report: (r: Report) => void, find: (para: Para, report: (r: Report) => void) => void): void {
    let byRaw = this.cache.get(patterns);
    if (!byRaw) this.cache.set(patterns, (byRaw = new Map()));
    let byText = byRaw.get(para.raw);
    if (!byText) byRaw.set(para.raw, (byText = new Map()));
    let byOrdinal = byText.get(para.text);
    if (!byOrdinal) byText.set(para.text, (byOrdinal = new Map()));
    const o = para.ordinal;
    const ordinal = o ? `${o.offset - para.offset},${o.markOffset - para.offset},${o.endOffset - para.offset}` : '';
    let relative = byOrdinal.get(ordinal);
    if (!relative) {
      if (this.size >= this.limit) {
        this.cache.clear();
        this.size = 0;
      }
      const found: Report[] = [];
      find(para, (r) => found.push(r));
      relative = found.map((r) => moved(r, -para.offset));
      byOrdinal.set(ordinal, relative);
      this.size++;
    }
    for (const r of this.placed(relative, para.offset)) report(r);
  }

  /** Reports put in place, reused while the paragraph stands where it stood (typing, deleting, typing again). */
  private placed(relative: Report[], offset: number): Report[] {
    if (relative.length === 0) return relative;
    let byOffset = this.placings.get(relative);
    if (!byOffset) this.placings.set(relative, (byOffset = new Map()));
    let reports = byOffset.get(offset);
    if (!reports) {
      reports = relative.map((r) => moved(r, offset));
      if (byOffset.size >= 4) byOffset.delete(byOffset.keys().next().value!);
      byOffset.set(offset, reports);
    }
    return reports;
  }

  clear(): void {
    this.cache.clear();
    this.size = 0;
  }
}

const everyParagraphFindings: ParagraphFindings[] = [];

/** Forgets what every rule kept by paragraph. */
export function clearParagraphFindings(): void {
  for (const kept of everyParagraphFindings) kept.clear();
}

function moved(r: Report, d: number): Report {
  const out: Report = { ...r, offset: r.offset + d, endOffset: r.endOffset + d };
  if (r.fix) out.fix = r.fix.map((e) => ({ ...e, offset: e.offset + d, endOffset: e.endOffset + d }));
  if (r.related) out.related = r.related.map((s) => ({ ...s, offset: s.offset + d, endOffset: s.endOffset + d }));
  return out;
}

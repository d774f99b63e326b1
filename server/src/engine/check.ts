// Run the rules over a draft: parse once, call each enabled rule, stamp and filter its findings.

import { CheckCache } from './cache';
import { parseDraft, type Draft } from './parse';
import { defaultConfig, isSeverity, nearestRuleId, unknownRule, type ResolvedConfig } from './config';
import { docUrl, type RuleFailure } from './rule';
import { rules as allRules } from './rules';
import type { DirectiveProblem, Finding, TextEdit } from './types';

export interface CheckResult {
  draft: Draft;
  findings: Finding[];
  /** Rules that threw; their findings are missing, the others are complete. */
  failures: RuleFailure[];
  /** Names in disable comments that are no rule: a configuration problem in the draft itself. */
  directiveProblems: DirectiveProblem[];
}

/** Each rule's running time, for the benchmarks. */
export interface RuleTimings {
  /** A clock in milliseconds (`() => performance.now()`): the engine has none of its own (no Node, no DOM). */
  now(): number;
  /** Milliseconds by rule id, added to on every check. */
  spent: Map<string, number>;
}

export interface CheckOptions {
  config?: ResolvedConfig;
  /** Only these rules (by id), e.g. for a rule's documented examples. */
  only?: readonly string[];
  /** When given, each rule's running time in ms is added to its entry (benchmarks). */
  timings?: RuleTimings;
  /**
   * What earlier checks kept (chunk readings, paragraph figures and relations, the index of measures, findings
   * kept by paragraph) and this one may add to. Without one the check starts cold. Results never depend on it
   * (tested); the benchmarks measure both.
   */
  cache?: CheckCache;
}

export function check(text: string, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? defaultConfig(allRules);
  const cache = options.cache ?? new CheckCache();
  const draft = parseDraft(text, { documentType: config.documentType, chunks: cache.chunks, tables: cache.tables, residue: cache.residue });
  return checkDraft(draft, config, options.only, options.timings, cache);
}

export function checkDraft(draft: Draft, config: ResolvedConfig, only?: readonly string[], timings?: RuleTimings, cache = new CheckCache()): CheckResult {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const suppressed = suppression(draft);
  for (const rule of allRules) {
    if (only && !only.includes(rule.id)) continue;
    const setting = config.rules.get(rule.id) ?? { severity: rule.severity, options: rule.options };
    const severity = setting.severity;
    if (!isSeverity(severity)) continue;
    if (rule.documentTypes && !rule.documentTypes.includes(draft.documentType)) continue;
    const url = docUrl(rule.id);
    const started = timings ? timings.now() : 0;
    try {
      rule.check({
        draft,
        options: setting.options,
        placeholders: config.placeholders,
        cache,
        kept: cache.findingsOf(rule.id),
        report(r) {
          if (suppressed(rule.id, r.offset)) return;
          const finding: Finding = { rule: rule.id, severity: r.severity ?? severity, message: r.message, offset: r.offset, endOffset: r.endOffset, docUrl: url };
          if (r.fix) {
            finding.fix = r.fix;
            finding.safeFix = r.safeFix ?? rule.safeFix;
          }
          if (r.related && r.related.length > 0) finding.related = r.related;
          findings.push(finding);
        },
      });
    } catch (error) {
      failures.push({ rule: rule.id, error });
    }
    if (timings) timings.spent.set(rule.id, (timings.spent.get(rule.id) ?? 0) + timings.now() - started);
  }
  findings.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.rule.localeCompare(b.rule));
  return { draft, findings, failures, directiveProblems: directiveProblems(draft) };
}

/** Every name in a disable comment that is no rule id, with the id it most likely meant. */
export function directiveProblems(draft: Draft): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  for (const d of draft.directives) {
    d.rules.forEach((name, i) => {
      if (ruleIds.has(name)) return;
      const problem: DirectiveProblem = {
        ...d.ruleSpans[i]!,
        name,
        message: `注释 gongwen-${d.kind} 中的${unknownRule(name, allRules)}；这个名字不起作用（the comment silences nothing by it）`,
      };
      const suggestion = nearestRuleId(name, allRules);
      if (suggestion) problem.suggestion = suggestion;
      problems.push(problem);
    });
  }
  return problems;
}

const ruleIds = new Set(allRules.map((r) => r.id));

/** Inline directives: `<!-- gongwen-disable-next-line RULE -->`, `<!-- gongwen-disable RULE -->` … `enable`. */
function suppression(draft: Draft): (rule: string, offset: number) => boolean {
  if (draft.directives.length === 0) return () => false;
  const { lineIndex: lines } = draft;
  const nextLine: Array<{ line: number; rules: string[] }> = [];
  const ranges: Array<{ start: number; end: number; rules: string[] }> = [];
  const open = new Map<string, number>(); // rule id ('*' for all) → offset where disabled
  for (const d of draft.directives) {
    if (d.kind === 'disable-next-line') {
      let line = lines.lineOf(d.endOffset) + 1;
      while (line < lines.lineCount && draft.source.slice(lines.lineStarts[line], lines.lineEnd(line)).trim() === '') line++;
      nextLine.push({ line, rules: d.rules });
    } else if (d.kind === 'disable') {
      for (const r of d.rules.length ? d.rules : ['*']) if (!open.has(r)) open.set(r, d.endOffset);
    } else {
      const names = d.rules.length ? d.rules : [...open.keys()];
      for (const r of names) {
        const start = open.get(r);
        if (start !== undefined) {
          ranges.push({ start, end: d.offset, rules: r === '*' ? [] : [r] });
          open.delete(r);
        }
      }
    }
  }
  for (const [r, start] of open) ranges.push({ start, end: draft.source.length, rules: r === '*' ? [] : [r] });
  const names = (rules: string[], rule: string): boolean => rules.length === 0 || rules.includes(rule);
  // looked up by line and by rule: thousands of directives and findings must not be compared pairwise
  const byLine = new Map<number, string[][]>();
  for (const n of nextLine) {
    const list = byLine.get(n.line);
    if (list) list.push(n.rules);
    else byLine.set(n.line, [n.rules]);
  }
  const byRule = new Map<string, Array<{ start: number; end: number }>>(); // '*' for all; one rule's ranges never overlap
  for (const r of ranges) {
    const key = r.rules[0] ?? '*';
    const list = byRule.get(key);
    if (list) list.push(r);
    else byRule.set(key, [r]);
  }
  for (const list of byRule.values()) list.sort((a, b) => a.start - b.start);
  const inRange = (list: Array<{ start: number; end: number }> | undefined, offset: number): boolean => {
    if (!list) return false;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && offset < list[lo - 1]!.end;
  };
  return (rule, offset) => (byLine.get(lines.lineOf(offset)) ?? []).some((rules) => names(rules, rule)) || inRange(byRule.get(rule), offset) || inRange(byRule.get('*'), offset);
}

/** Apply non-overlapping edits to a text; overlapping later edits are skipped. Returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.offset < cursor) continue;
    out += text.slice(cursor, e.offset) + e.text;
    cursor = e.endOffset;
  }
  return out + text.slice(cursor);
}

/** The edits of every safe fix in a result, without overlaps: what `source.fixAll` applies. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  return fixEdits(findings.filter((f) => f.safeFix));
}

/** The edits of every fix in a result that does not touch another one's text: one round of fixing. */
export function fixEdits(findings: readonly Finding[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  const overlaps = (a: TextEdit, b: TextEdit): boolean => (a.offset < b.endOffset && b.offset < a.endOffset) || (a.offset === b.offset && (a.offset === a.endOffset || b.offset === b.endOffset));
  for (const f of findings) {
    if (!f.fix) continue;
    // a fix that touches another fix's text is left for the next round
    if (f.fix.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    accepted.push(...f.fix);
  }
  return accepted;
}

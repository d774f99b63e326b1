// The labelled figures corpus (tests/corpus/figures/*.md): drafts whose planted errors are marked ⟦rule⟧
// right before the figure a finding must be reported on. Evaluates the number rules' precision and recall.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../server/src/engine/check';
import type { Finding } from '../../server/src/engine/types';

export const CORPUS_DIR = join(__dirname, '..', 'corpus', 'figures');
export const NUMBER_RULES = ['number-sum', 'number-ratio', 'number-conflict', 'numeral-style', 'number-format'] as const;

const MARK = /⟦([a-z-]+)⟧/g;

export interface Label {
  rule: string;
  offset: number;
}

export interface CorpusFile {
  name: string;
  text: string;
  labels: Label[];
}

/** Strip the ⟦rule⟧ marks and remember where they stood in the clean text. */
export function readLabelled(name: string, source: string): CorpusFile {
  const labels: Label[] = [];
  let text = '';
  let cursor = 0;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(source); m; m = MARK.exec(source)) {
    text += source.slice(cursor, m.index);
    labels.push({ rule: m[1]!, offset: text.length });
    cursor = m.index + m[0].length;
  }
  text += source.slice(cursor);
  return { name, text, labels };
}

/**
 * Drafts 01–24 were used to tune the checks (01–16 first; 17–24 were written blind and measured before they
 * were tuned on). 25–30 were written last, blind, and are the test set: never tuned on.
 */
export type CorpusSet = 'tuning' | 'test' | 'all';

export function corpusFiles(set: CorpusSet = 'all'): CorpusFile[] {
  const names = readdirSync(CORPUS_DIR)
    .filter((f) => /^\d+-.*\.md$/.test(f))
    .filter((f) => set === 'all' || Number(f.slice(0, 2)) <= 24 === (set === 'tuning'))
    .sort();
  return names.map((n) => readLabelled(n, readFileSync(join(CORPUS_DIR, n), 'utf8')));
}

export interface RuleScore {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Miss {
  file: string;
  rule: string;
  kind: 'false-positive' | 'false-negative';
  context: string;
  message?: string;
}

/** A finding matches a label when the label stands inside the finding's span (or at most 2 characters before it). */
function matches(f: Finding, l: Label): boolean {
  return f.rule === l.rule && l.offset >= f.offset - 2 && l.offset < Math.max(f.endOffset, f.offset + 1);
}

export function evaluate(files: CorpusFile[]): { scores: RuleScore[]; misses: Miss[]; labels: number; findings: number } {
  const tally = new Map<string, { tp: number; fp: number; fn: number }>(NUMBER_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  let labelCount = 0;
  let findingCount = 0;
  for (const file of files) {
    const findings = check(file.text).findings.filter((f) => (NUMBER_RULES as readonly string[]).includes(f.rule));
    findingCount += findings.length;
    labelCount += file.labels.length;
    const context = (offset: number): string => file.text.slice(Math.max(0, offset - 20), offset + 20).replace(/\n/g, '⏎');
    const matched = new Set<Label>();
    for (const f of findings) {
      const label = file.labels.find((l) => !matched.has(l) && matches(f, l));
      const t = tally.get(f.rule)!;
      if (label) {
        matched.add(label);
        t.tp++;
      } else {
        t.fp++;
        misses.push({ file: file.name, rule: f.rule, kind: 'false-positive', context: context(f.offset), message: f.message });
      }
    }
    for (const l of file.labels) {
      if (matched.has(l)) continue;
      const t = tally.get(l.rule);
      if (!t) throw new Error(`${file.name}: unknown rule in label ⟦${l.rule}⟧`);
      t.fn++;
      misses.push({ file: file.name, rule: l.rule, kind: 'false-negative', context: context(l.offset) });
    }
  }
  const scores = [...tally].map(([rule, t]) => ({
    rule,
    truePositives: t.tp,
    falsePositives: t.fp,
    falseNegatives: t.fn,
    precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp),
    recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn),
  }));
  return { scores, misses, labels: labelCount, findings: findingCount };
}

export function formatScores(scores: RuleScore[]): string {
  const rows = scores.map(
    (s) =>
      `| \`${s.rule}\` | ${s.truePositives + s.falseNegatives} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} | ${(s.precision * 100).toFixed(1)}% | ${(s.recall * 100).toFixed(1)}% |`,
  );
  return ['| 规则 | 标注的错误 | 查出 | 误报 | 漏报 | 准确率 precision | 召回率 recall |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

// Run the checker over the shadow sample (tests/corpus/shadow/*.md: real text nobody has annotated) and print every
// figure finding next to its verdict in tests/corpus/shadow/JUDGED.md.
//
// Every figure finding on real text is either a real error or a false alarm, so reading them all is a fast way to
// meet the false alarms of first contact. JUDGED.md holds one table row per finding read:
//
//   | excerpt | rule | figure | message | verdict | why |
//
// where "figure" is the text the finding underlines and verdict is one of: real error / false alarm / unsure.
// A finding is matched to its row by excerpt, rule and figure; a finding with no row is printed as NEW, a row with no
// finding as GONE (the engine no longer says it).
//
//   npx tsx scripts/shadow-corpus.ts                 (figure findings, with verdicts, and a summary)
//   npx tsx scripts/shadow-corpus.ts --residue       (also web-residue and broken-paragraph findings)
//   npx tsx scripts/shadow-corpus.ts --json FILE     (also write every finding as JSON)

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../server/src/engine/index';

const DIR = join(__dirname, '..', 'tests', 'corpus', 'shadow');
const FIGURE_RULE = /^(?:number|table)-/;
const RESIDUE_RULES = new Set(['broken-paragraph', 'web-residue']);
const VERDICTS = new Set(['real error', 'false alarm', 'unsure']);

interface Row {
  excerpt: string;
  rule: string;
  figure: string;
  message: string;
  verdict: string;
  why: string;
}

interface Seen {
  excerpt: string;
  rule: string;
  figure: string;
  message: string;
  line: number;
  verdict?: string;
}

const args = process.argv.slice(2);
const withResidue = args.includes('--residue');
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;

const cell = (s: string): string => s.replace(/\\\|/g, '\u0000').trim();
const unescape = (s: string): string => s.replace(/\u0000/g, '|');

function readJudged(): Row[] {
  let text = '';
  try {
    text = readFileSync(join(DIR, 'JUDGED.md'), 'utf8');
  } catch {
    return [];
  }
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| excerpt') || line.startsWith('| ---')) continue;
    const cells = line
      .replace(/\\\|/g, '\u0000')
      .split('|')
      .slice(1, -1)
      .map((c) => unescape(cell(c)));
    if (cells.length < 6 || !VERDICTS.has(cells[4]!)) continue;
    const [excerpt, rule, figure, message, verdict, why] = cells as [string, string, string, string, string, string];
    rows.push({ excerpt, rule, figure: figure.replace(/^`|`$/g, ''), message, verdict, why });
  }
  return rows;
}

const key = (excerpt: string, rule: string, figure: string): string => `${excerpt}\u0001${rule}\u0001${figure}`;

const judged = readJudged();
const verdictOf = new Map(judged.map((r) => [key(r.excerpt, r.rule, r.figure), r.verdict]));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md' && f !== 'JUDGED.md')
  .sort();

const seen: Seen[] = [];
const residue: Seen[] = [];
for (const file of files) {
  const excerpt = file.replace(/\.md$/, '');
  const text = readFileSync(join(DIR, file), 'utf8');
  for (const f of check(text).findings) {
    const figure = text.slice(f.offset, f.endOffset).replace(/\n/g, '⏎');
    const line = text.slice(0, f.offset).split('\n').length;
    const entry: Seen = { excerpt, rule: f.rule, figure, message: f.message, line };
    if (FIGURE_RULE.test(f.rule)) {
      entry.verdict = verdictOf.get(key(excerpt, f.rule, figure));
      seen.push(entry);
    } else if (RESIDUE_RULES.has(f.rule)) residue.push(entry);
  }
}

const out: string[] = [];
out.push(`# Shadow sample: ${files.length} excerpts, ${seen.length} figure findings, ${residue.length} residue findings`);
out.push('');
for (const s of seen) {
  out.push(`- ${s.verdict ?? 'NEW'} | ${s.excerpt}:${s.line} | ${s.rule} | \`${s.figure}\` | ${s.message}`);
}
const seenKeys = new Set(seen.map((s) => key(s.excerpt, s.rule, s.figure)));
const gone = judged.filter((r) => !seenKeys.has(key(r.excerpt, r.rule, r.figure)));
if (gone.length > 0) {
  out.push('');
  out.push('## GONE (judged, no longer reported)');
  for (const r of gone) out.push(`- ${r.verdict} | ${r.excerpt} | ${r.rule} | \`${r.figure}\``);
}
if (withResidue) {
  out.push('');
  out.push('## Residue findings');
  for (const s of residue) out.push(`- ${s.excerpt}:${s.line} | ${s.rule} | \`${s.figure.slice(0, 40)}\` | ${s.message}`);
}

// Summary: findings by rule and verdict.
const byRule = new Map<string, Map<string, number>>();
for (const s of seen) {
  const m = byRule.get(s.rule) ?? new Map<string, number>();
  const v = s.verdict ?? 'NEW';
  m.set(v, (m.get(v) ?? 0) + 1);
  byRule.set(s.rule, m);
}
out.push('');
out.push('## Summary (figure findings by rule and verdict)');
const total = new Map<string, number>();
for (const [rule, m] of [...byRule].sort()) {
  out.push(`- ${rule}: ${[...m].map(([v, n]) => `${v} ${n}`).join(', ')}`);
  for (const [v, n] of m) total.set(v, (total.get(v) ?? 0) + n);
}
out.push(`- all: ${[...total].map(([v, n]) => `${v} ${n}`).join(', ')}; gone ${gone.length}`);
console.log(out.join('\n'));

if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ figure: seen, residue, gone }, null, 1));

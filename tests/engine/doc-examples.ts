// Reads the fenced examples of docs/rules/<id>.md: `markdown ok`, `markdown not-ok` and the `findings` block
// that follows a not-ok example (one line per finding: `line:column-endLine:endColumn message-part`).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A part of the message that must appear in it. */
  messagePart: string;
}

export interface DocExample {
  kind: 'ok' | 'not-ok';
  code: string;
  /** 1-based line of the example's first line in the doc, for failure messages. */
  docLine: number;
  settings: Record<string, string>;
  expected: ExpectedFinding[];
}

export const DOCS_DIR = join(__dirname, '..', '..', 'docs', 'rules');

export function readDoc(ruleId: string): string {
  return readFileSync(join(DOCS_DIR, `${ruleId}.md`), 'utf8');
}

export function docExamples(doc: string): DocExample[] {
  const lines = doc.split('\n');
  const examples: DocExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*(\S+)?\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith(fence)) body.push(lines[j++]!);
    const [kind, ...rest] = (open[3] ?? '').trim().split(/\s+/);
    if (open[2] === 'markdown' && (kind === 'ok' || kind === 'not-ok')) {
      const settings = Object.fromEntries(rest.filter((r) => r.includes('=')).map((r) => r.split('=', 2) as [string, string]));
      examples.push({ kind, code: body.join('\n') + '\n', docLine: i + 2, settings, expected: [] });
    } else if (open[2] === 'text' && kind === 'findings') {
      const last = examples[examples.length - 1];
      if (!last || last.kind !== 'not-ok') throw new Error(`findings block at line ${i + 1} does not follow a not-ok example`);
      for (const l of body) {
        const m = /^(\d+):(\d+)-(\d+):(\d+)\s*(.*)$/.exec(l.trim());
        if (!m) throw new Error(`bad findings line ${JSON.stringify(l)} at doc line ${i + 1}`);
        last.expected.push({ line: +m[1]!, column: +m[2]!, endLine: +m[3]!, endColumn: +m[4]!, messagePart: m[5]!.trim() });
      }
    }
    i = j;
  }
  return examples;
}

// Fixes are safe (docs/robustness.md): applying a quick fix, or fix-all, changes only the text of its edits, the
// rest byte for byte the same, and checking again finds none of the fixed findings. Over every fix the engine
// offers on the examples, the labelled corpus, the rule docs and a few hostile texts.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, check, safeFixEdits } from '../../server/src/engine/check';
import type { Finding, TextEdit } from '../../server/src/engine/types';
import { HOSTILE } from './hostile';
import { spanProblem } from './spans';

const root = join(__dirname, '..', '..');
const read = (dir: string, keep: (f: string) => boolean = () => true): Array<[string, string]> =>
  readdirSync(join(root, dir))
    .filter(keep)
    .map((f) => [`${dir}/${f}`, readFileSync(join(root, dir, f), 'utf8').replace(/⟦[a-z-]+⟧/g, '')]);

const texts: Array<[string, string]> = [
  ...read('examples'),
  ...read('tests/corpus/figures', (f) => /^\d.*\.md$/.test(f)),
  ...read('docs/rules'),
  ...['crlf', 'cr', 'bom', 'lone-surrogates', 'nul-bytes', 'mixed-scripts', 'ordinals', 'enumerations', 'web-residue', 'numeral-styles'].map((name): [string, string] => [
    `hostile ${name}`,
    HOSTILE[name]!(1_500),
  ]),
];

/**
 * Where a position of the old text lands in the new one. A position inside a replaced span lands at the start
 * of its replacement (`side` start) or its end (`side` end).
 */
function mapper(edits: readonly TextEdit[]): (offset: number, side: 'start' | 'end') => number {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  return (offset, side) => {
    let delta = 0;
    for (const e of sorted) {
      if (offset < e.offset || (offset === e.offset && e.offset === e.endOffset && side === 'start')) break;
      if (offset < e.endOffset) return e.offset + delta + (side === 'end' ? e.text.length : 0);
      delta += e.text.length - (e.endOffset - e.offset);
    }
    return offset + delta;
  };
}

const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');

/** Everything wrong with applying some edits to a text: edits out of bounds, overlapping, or changes outside them. */
function editProblems(text: string, edits: readonly TextEdit[], after: string): string[] {
  const found: string[] = [];
  for (const e of edits) {
    const problem = spanProblem(text, e, 'edit');
    if (problem) found.push(problem);
  }
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  for (let k = 1; k < sorted.length; k++) {
    const [a, b] = [sorted[k - 1]!, sorted[k]!];
    if (b.offset < a.endOffset || (b.offset === a.offset && (a.offset === a.endOffset || b.offset === b.endOffset)))
      found.push(`edits [${a.offset}, ${a.endOffset}) and [${b.offset}, ${b.endOffset}) overlap`);
  }
  if (found.length > 0) return found;
  // outside the edits, and between them, the new text is the old one byte for byte
  const map = mapper(edits);
  const gaps: Array<[number, number]> = [];
  let cursor = 0;
  for (const e of sorted) {
    gaps.push([cursor, e.offset]);
    cursor = e.endOffset;
  }
  gaps.push([cursor, text.length]);
  for (const [a, b] of gaps) {
    const old = text.slice(a, b);
    const now = after.slice(map(a, 'end'), map(a, 'end') + (b - a));
    if (!bytes(old).equals(bytes(now))) found.push(`text [${a}, ${b}) outside the edits changed: ${JSON.stringify(old.slice(0, 40))} → ${JSON.stringify(now.slice(0, 40))}`);
  }
  if (map(text.length, 'end') !== after.length) found.push('the new text is not the old one with the edits applied');
  return found;
}

/**
 * The findings of the new text that are a fixed finding still there: same rule, same message, over the place the
 * fixed finding maps to — and over no other finding of the old text with that rule and message, which they
 * may as well be (a second, identical web-residue line moves up into the place of the deleted first).
 */
function stillThere(fixed: readonly Finding[], before: readonly Finding[], after: readonly Finding[], edits: readonly TextEdit[]): string[] {
  const map = mapper(edits);
  const image = (f: Finding): [number, number] => [map(f.offset, 'start'), map(f.endOffset, 'end')];
  const meets = (g: Finding, [a, b]: [number, number]): boolean => (g.offset < b && a < g.endOffset) || (g.offset === a && g.endOffset === b);
  const found: string[] = [];
  for (const f of fixed) {
    const same = after.filter((g) => g.rule === f.rule && g.message === f.message && meets(g, image(f)));
    const others = before.filter((o) => o !== f && !fixed.includes(o) && o.rule === f.rule && o.message === f.message);
    const left = same.filter((g) => !others.some((o) => meets(g, image(o))));
    if (left.length > 0) found.push(`${f.rule} at ${f.offset} still found after its fix: ${f.message}`);
  }
  return found;
}

describe('fix safety', function () {
  // every quick fix of every example and corpus draft, each re-checked: seconds alone, much longer on a loaded CI machine
  this.timeout(180_000);
  let fixes = 0;
  after(() => assert.ok(fixes > 100, `only ${fixes} fixes tried`));

  for (const [name, text] of texts) {
    describe(name, () => {
      const result = check(text);
      const fixable = result.findings.filter((f) => f.fix && f.fix.length > 0);

      it('each quick fix changes only its edits, and the finding is gone', () => {
        const problems: string[] = [];
        for (const f of fixable) {
          fixes++;
          const after = applyEdits(text, f.fix!);
          const where = `${f.rule} at ${f.offset} (${f.message.slice(0, 40)}…)`;
          problems.push(...editProblems(text, f.fix!, after).map((p) => `${where}: ${p}`));
          problems.push(...stillThere([f], result.findings, check(after).findings, f.fix!));
        }
        assert.deepEqual(problems, []);
      });

      it('fix-all changes only its edits, and every fixed finding is gone', () => {
        const edits = safeFixEdits(result.findings);
        if (edits.length === 0) return;
        const after = applyEdits(text, edits);
        const applied = new Set(edits);
        // the findings whose every edit went in (fix-all leaves one that touches another's text for a next round)
        const fixed = result.findings.filter((f) => f.safeFix && f.fix && f.fix.every((e) => applied.has(e)));
        assert.deepEqual([...editProblems(text, edits, after), ...stillThere(fixed, result.findings, check(after).findings, edits)], []);
      });
    });
  }
});

// The number rules on the labelled corpus: precision and recall per rule, asserted at the level reached
// (see docs/figures.md for the figures and what the checks leave silent on purpose).

import assert from 'node:assert/strict';
import { corpusFiles, evaluate, formatScores } from './corpus';

/** The floor each rule must keep on the corpus: precision first, as the issue asks. */
const FLOOR: Record<string, { precision: number; recall: number }> = {
  'number-sum': { precision: 1, recall: 0.95 },
  'number-ratio': { precision: 1, recall: 0.9 },
  'number-conflict': { precision: 1, recall: 0.9 },
  'numeral-style': { precision: 1, recall: 1 },
  'number-format': { precision: 1, recall: 1 },
};

describe('figures corpus', () => {
  const files = corpusFiles();
  const result = evaluate(files);

  it('has the labelled drafts', () => {
    assert.ok(files.length >= 24, `only ${files.length} corpus files`);
    assert.ok(result.labels >= 85, `only ${result.labels} labelled errors`);
  });

  for (const [rule, floor] of Object.entries(FLOOR)) {
    it(`${rule}: precision ≥ ${floor.precision * 100}%, recall ≥ ${floor.recall * 100}%`, () => {
      const score = result.scores.find((s) => s.rule === rule)!;
      const misses = result.misses.filter((m) => m.rule === rule).map((m) => `${m.kind} ${m.file}: …${m.context}…`);
      assert.ok(score.precision >= floor.precision && score.recall >= floor.recall, `${formatScores([score])}\n${misses.join('\n')}`);
    });
  }
});

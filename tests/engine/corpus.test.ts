// The number rules on the labelled corpus: precision and recall per rule, asserted at the level reached
// (docs/figures.md gives the figures, their history, and what the checks leave silent on purpose).

import assert from 'node:assert/strict';
import { corpusFiles, evaluate, formatScores, type CorpusSet } from './corpus';

type Floors = Record<string, { precision: number; recall: number }>;

/** Drafts 01–24, the set the checks were tuned on. */
const TUNING: Floors = {
  'number-sum': { precision: 1, recall: 1 },
  'number-ratio': { precision: 1, recall: 0.9 },
  'number-conflict': { precision: 1, recall: 0.75 },
  'numeral-style': { precision: 1, recall: 1 },
  'number-format': { precision: 1, recall: 1 },
};

/** Drafts 25–30, written last and blind, in phrasings meant to be unexpected: no false alarm, recall as reached. */
const TEST: Floors = {
  'number-sum': { precision: 1, recall: 0.6 },
  'number-ratio': { precision: 1, recall: 0.4 },
  'number-conflict': { precision: 1, recall: 0.2 },
  'numeral-style': { precision: 1, recall: 1 },
  'number-format': { precision: 1, recall: 1 },
};

function suite(set: CorpusSet, floors: Floors, files: number, labels: number): void {
  describe(`figures corpus: ${set} set`, () => {
    const drafts = corpusFiles(set);
    const result = evaluate(drafts);

    it('has the labelled drafts', () => {
      assert.equal(drafts.length, files);
      assert.equal(result.labels, labels);
    });

    for (const [rule, floor] of Object.entries(floors)) {
      it(`${rule}: precision ≥ ${floor.precision * 100}%, recall ≥ ${floor.recall * 100}%`, () => {
        const score = result.scores.find((s) => s.rule === rule)!;
        const misses = result.misses.filter((m) => m.rule === rule).map((m) => `${m.kind} ${m.file}: …${m.context}…`);
        assert.ok(score.precision >= floor.precision && score.recall >= floor.recall, `${formatScores([score])}\n${misses.join('\n')}`);
      });
    }
  });
}

suite('tuning', TUNING, 24, 85);
suite('test', TEST, 6, 25);

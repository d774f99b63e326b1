// What a check keeps from the last one in its cache (chunk readings, paragraph figures, their sums and ratios,
// the index of measures) must never change its result: after any run of edits, a check with a warm cache gives
// exactly the findings of a check that starts cold, and the hover shows exactly the same relations.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CheckCache } from '../../server/src/engine/cache';
import { check, type CheckResult } from '../../server/src/engine/check';
import { explainAt, type FigureExplanation } from '../../server/src/engine/explain';
import { figureModel } from '../../server/src/engine/figures/model';

const root = join(__dirname, '..', '..');
const corpus = join(root, 'tests', 'corpus', 'figures');
const drafts = [
  ...readdirSync(join(root, 'examples')).map((f) => join(root, 'examples', f)),
  ...readdirSync(corpus)
    .filter((f) => /^\d\d-.*\.md$/.test(f))
    .map((f) => join(corpus, f)),
].map((f) => readFileSync(f, 'utf8'));

/** What a check shows: its findings, and what the hover shows over each figure (its relations with their arithmetic). */
function shown(result: CheckResult): { findings: CheckResult['findings']; hovers: Array<FigureExplanation | undefined> } {
  const hovers = figureModel(result.draft).figures.map((f) => explainAt(result, f.offset).figure);
  return { findings: result.findings, hovers };
}

function cold(text: string): ReturnType<typeof shown> {
  return shown(check(text));
}

describe('incremental checking', function () {
  // property runs of whole checks, cold and warm: minutes on a loaded machine, seconds on a quiet one
  this.timeout(180_000);

  it('finds and explains on a warm re-check exactly what a cold check does, after random edits', () => {
    // pieces that move figures, split or join paragraphs and sentences, and change what a share is of
    const pieces = ['的', '1', '0', '5', '。', '，', '\n', '\n\n', '其中', '占', '%', '合计', '万元', '个', '（', '）', '分别为', '较上年', 'xx', '# ', '一、'];
    fc.assert(
      fc.property(
        fc.array(fc.nat(drafts.length - 1), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...pieces), fc.nat(4)), { minLength: 1, maxLength: 8 }),
        (which, edits) => {
          let text = which.map((i) => drafts[i]!).join('\n\n');
          const cache = new CheckCache();
          check(text, { cache });
          for (const [where, piece, removed] of edits) {
            const at = Math.floor(where * text.length);
            text = text.slice(0, at) + piece + text.slice(at + removed);
            const warm = shown(check(text, { cache }));
            assert.deepEqual(warm, cold(text));
            check(text, { cache }); // the cache again holds this version, as in the editor
          }
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it('finds and explains on a warm re-check exactly what a cold check does, after paragraphs are moved', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(drafts.length - 1), { minLength: 2, maxLength: 3 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 5 }), (which, moves) => {
        const paragraphs = which.flatMap((i) => drafts[i]!.split(/\n\s*\n/));
        const cache = new CheckCache();
        check(paragraphs.join('\n\n'), { cache });
        for (const [from, count, to] of moves) {
          const start = from % paragraphs.length;
          const taken = paragraphs.splice(start, 1 + (count % 3));
          paragraphs.splice(to % (paragraphs.length + 1), 0, ...taken);
          const text = paragraphs.join('\n\n');
          assert.deepEqual(shown(check(text, { cache })), cold(text));
          check(text, { cache });
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('finds and explains exactly what a cold check does in a draft whose paragraphs stand several times, each copy with its own lookups', () => {
    // the same paragraph reading, copied three times: each copy's share looks up the whole of its own copy
    const copy = (n: number): string => `全县协议引资总额${20 + n}亿元。\n\n其中工业项目引资12亿元，占协议引资总额的50%。\n\n上半年，全县一般公共预算收入完成8.36亿元，占年度预算12.8亿元的65.3%。`;
    let text = `关于2024年工作情况的汇报\n\n${[0, 4, 0].map(copy).join('\n\n')}\n`;
    const cache = new CheckCache();
    check(text, { cache });
    for (const [from, to] of [
      ['引资总额24亿元', '引资总额25亿元'],
      ['引资总额25亿元', '引资总额24亿元'],
      ['8.36亿元', '8.37亿元'],
      ['8.37亿元', '8.36亿元'],
    ] as const) {
      text = text.replace(from, to);
      assert.deepEqual(shown(check(text, { cache })), cold(text));
      check(text, { cache });
    }
  });

  it('keeps a share whose whole stands in another paragraph while that paragraph is unchanged, and drops it when it changes', () => {
    const text = '关于2024年工作情况的汇报\n\n全县协议引资总额20亿元。\n\n其中工业项目引资12亿元，占协议引资总额的50%。\n';
    const cache = new CheckCache();
    const before = check(text, { cache }).findings.filter((f) => f.rule === 'number-ratio');
    assert.equal(before.length, 1, 'the share 12 ÷ 20 = 60% is not 50%');
    // an edit in a third paragraph: the share's paragraph is kept, its finding the same
    const edited = text + '\n其他情况另行报告。\n';
    assert.deepEqual(
      check(edited, { cache }).findings.filter((f) => f.rule === 'number-ratio'),
      before,
    );
    // the whole changes to 24亿元: 12 ÷ 24 = 50%, the finding goes
    assert.deepEqual(
      check(edited.replace('20亿元', '24亿元'), { cache }).findings.filter((f) => f.rule === 'number-ratio'),
      [],
    );
  });
});

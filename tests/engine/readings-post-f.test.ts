// Readings of shares, rates and changes added after the first run on heldout11/12 (branch post-f): each case is a
// made-up sentence showing the reading, silent where it holds and reported where it does not.

import assert from 'node:assert/strict';
import { figureFindings, reports, silent } from './figure-findings';

/** No number-ratio finding in `text` (other rules may speak of its other figures). */
function noRatio(text: string): void {
  assert.deepEqual(
    figureFindings(text)
      .filter((f) => f.rule === 'number-ratio')
      .map((f) => f.message),
    [],
  );
}

describe('readings of shares, rates and changes (post-f)', () => {
  describe('短收/超收 is a difference from the budget, not a level of the change', () => {
    const text = (p: string): string => `全县税收收入36000万元，完成预算40000万元的90.0%，短收4000万元，同比下降${p}，减收2000万元。`;
    it('takes the change over the level stated before the budget (2000 ÷ (36000 + 2000))', () => {
      silent(text('5.3%'));
      reports(text('8.3%'), 'number-ratio', '2000万元 ÷ (36000万元 + 2000万元)');
    });
    it('so with 超收 and the difference stated before the percentage', () => {
      const over = (p: string): string => `全镇非税收入1200万元，完成预算1000万元的120.0%，超收200万元，同比增收200万元，增长${p}。`;
      silent(over('20.0%'));
      reports(over('25.0%'), 'number-ratio', '200万元 ÷ (1200万元 − 200万元)');
    });
  });

  describe('a rate named with words before its stem after 其中 is a subgroup’s rate', () => {
    const text = (p: string): string => `大厅累计受理业务5000件，办结4500件，办结率${p}，其中加急件办结率达100%。`;
    it('does not check 加急件办结率 against the whole’s counts', () => {
      silent(text('90%'));
    });
    it('still checks the whole’s rate', () => {
      reports(text('95%'), 'number-ratio', '4500件 ÷ 5000件');
    });
  });

  describe('占比 after a 其中 list is not over the numerator’s sibling part', () => {
    const text = (p: string): string => `全县一般公共预算收入50000万元，增收2000万元。其中：税收收入30000万元，非税收入20000万元，非税收入占比${p}。`;
    it('does not take the part listed before it under the same 其中 for its whole', () => {
      noRatio(text('40.0%'));
    });
    it('takes the one level of the sentence before 其中 for the whole', () => {
      reports(text('45.0%'), 'number-ratio', '20000万元 ÷ 50000万元');
    });
    it('still takes a whole stated before 其中 in the same sentence', () => {
      const text = (p: string): string => `全县一般公共预算收入50000万元，其中非税收入20000万元，占比${p}。`;
      silent(text('40.0%'));
      reports(text('45.0%'), 'number-ratio', '20000万元 ÷ 50000万元');
    });
  });

  describe('shares of parts above nested thresholds are not added', () => {
    const text = (p: string): string => `全镇50个村集体经营性收入均达5万元以上，其中，10万元以上40个村，占比80%，20万元以上30个村，占比${p}。`;
    it('does not add the shares of 10万元以上 and 20万元以上', () => {
      noRatio(text('60%'));
    });
    it('checks the last share over the whole the first share gives', () => {
      reports(text('70%'), 'number-ratio', '30个 ÷ (40个 ÷ 80% × 100)');
    });
    it('still adds the shares of the parts of one whole', () => {
      reports('全镇共有50个村，其中，平原村40个，占比80%，山区村30个，占比60%。', 'number-ratio', '80% + 60%');
    });
  });
});

// Readings of shares (lead, round 9): two shares that add up to 100% over two parts that add up exactly to a total
// stated before them are that total's shares, even when neither holds against it (the two shares swapped). Each case
// is a made-up text, silent where the reading holds and reported where it does not.

import assert from 'node:assert/strict';
import { figureFindings, reports } from './figure-findings';

/** The number-ratio messages of `text`. */
function ratios(text: string): string[] {
  return figureFindings(text)
    .filter((f) => f.rule === 'number-ratio')
    .map((f) => f.message);
}

describe('readings of shares (lead, round 9)', () => {
  const draft = (a: string, b: string): string =>
    `本单位2023年度“三公”经费支出决算为3.60万元。\n\n其中，公务接待费支出决算1.20万元，占${a}；公务用车运行维护费支出决算2.40万元，占${b}。\n`;

  it('reports two shares that add up to 100% but are swapped', () => {
    reports(draft('67%', '33%'), 'number-ratio', '1.20万元 ÷ 3.60万元 = 33.3%，文中写作67%');
    assert.equal(ratios(draft('67%', '33%')).length, 2);
  });

  it('stays silent when the shares hold', () => {
    assert.deepEqual(ratios(draft('33%', '67%')), []);
  });

  it('stays silent when the shares neither hold nor add up to 100% (their whole may be another one)', () => {
    assert.deepEqual(ratios(draft('60%', '20%')), []);
  });
});

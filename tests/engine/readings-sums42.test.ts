// Readings of sums42 (issue 12, round 42: the sum mutants the engine misses, the largest class, totals in no relation,
// split by the words linking total and parts): the parts' changes stated together after the list with 分别. Each case
// made up in the way the real text writes it; the reported case fails without the reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a count of venues and its change, its two kinds after 其中, their changes together after 分别
const venues = (change: string, museums = '951'): string => `2017年，全国共有科普场馆1439个，比2016年增加${change}个。其中科技馆488个，科学技术类博物馆${museums}个，分别比2016年增加15个和31个。`;

describe('the parts’ changes after 分别 at the end of a list that adds up (sums42)', () => {
  it('is silent when the changes add up to the total’s', () => {
    assert.deepEqual(figureFindings(venues('46')), []);
  });

  it('reports a total’s change unlike the sum of the parts’ changes', () => {
    assert.deepEqual(findings(venues('41'), 'number-sum'), ['41个']);
  });

  it('still reads no changes when the levels leave a remainder (the list need not be all of the total)', () => {
    assert.deepEqual(findings(venues('41', '900'), 'number-sum'), []);
  });

  it('reads a decrease under one verb for all the parts', () => {
    const text = '年末参保人数为48074万人，比上年末减少2453万人。其中，参保职工34917万人，参保离退休人员13157万人，分别比上年末减少2058万人和295万人。';
    assert.deepEqual(findings(text, 'number-sum'), ['2453万人']);
  });
});

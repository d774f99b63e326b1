// Readings of the lead, round 9. Shares: two shares that add up to 100% over two parts that add up exactly to a total
// stated before them are that total's shares, even when neither holds against it (the two shares swapped). Each case
// is a made-up text, silent where the reading holds and reported where it does not. Sums: 第二产业 is 工业 and
// 建筑业 by definition, with or without a 其中 between them.

import assert from 'node:assert/strict';
import { figureFindings, reports } from './figure-findings';

/** The number-ratio messages of `text`. */
function ratios(text: string): string[] {
  return figureFindings(text)
    .filter((f) => f.rule === 'number-ratio')
    .map((f) => f.message);
}

describe('readings of shares (lead, round 9)', () => {
  const draft = (a: string, b: string): string => `本单位2023年度“三公”经费支出决算为3.60万元。\n\n其中，公务接待费支出决算1.20万元，占${a}；公务用车运行维护费支出决算2.40万元，占${b}。\n`;

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

describe('readings of sums (lead, round 9): 第二产业 = 工业 + 建筑业', () => {
  const sums = (text: string): string[] =>
    figureFindings(text)
      .filter((f) => f.rule === 'number-sum')
      .map((f) => f.message);
  const gdp = (construction: string, industry = '工业增加值'): string =>
    `全县地区生产总值85.20亿元，增长5.1%。第一产业增加值20.10亿元，增长3.5%；第二产业增加值30.40亿元，增长6.2%，${industry}21.30亿元，增长7.0%，建筑业增加值${construction}亿元，增长4.1%。第三产业增加值34.70亿元，增长5.0%。`;

  it('reports industry and construction that do not add up to the secondary industry, with no linking word', () => {
    reports(gdp('8.10'), 'number-sum', '工业增加值21.30亿元 + 建筑业增加值8.10亿元 = 29.4亿元');
  });

  it('stays silent when they add up', () => {
    assert.deepEqual(sums(gdp('9.10')), []);
  });

  it('does not take 规模以上工业增加值 for all of industry', () => {
    assert.deepEqual(sums(gdp('8.10', '规模以上工业增加值')), []);
  });
});

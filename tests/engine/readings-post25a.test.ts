// Readings of round 25 (second wave) for sums: what a list after an aside, a share after a count, a list of leading
// industries and the rows under a rate are parts of (issue 12, first run of heldout70–72).

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

const tableSums = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'table-sum')
    .map((f) => f.message);

describe('readings of round 25, second wave (issue 12, first run of heldout70–72)', () => {
  describe('number-sum: a sorting after a 其中 aside sorts the whole when its parts are more than the aside', () => {
    const text = (whole: string, tertiary: string): string =>
      `上半年全县固定资产投资完成${whole}，同比增长8.2%。其中，重点项目投资完成96.3亿元，占全县投资的76.1%。\n\n分产业来看，结构继续优化——\n\n第一产业投资完成10.2亿元，同比增长3.1%；第二产业投资完成52.6亿元，同比增长7.4%；第三产业投资完成${tertiary}，同比增长9.9%。`;

    it('reads the three industries against the whole, not the part named after 其中', () => {
      silent(text('126.5亿元', '63.7亿元'));
    });

    it('still checks them against that whole', () => {
      reports(text('126.5亿元', '53.7亿元'), 'number-sum', '与总数126.5亿元相差10亿元');
    });

    it('keeps the aside as the total when the parts fit within it', () => {
      const within = `上半年全县固定资产投资完成126.5亿元，同比增长8.2%。其中，重点项目投资完成96.3亿元。\n\n分产业来看，结构继续优化——\n\n第一产业投资完成10.2亿元；第二产业投资完成42.6亿元；第三产业投资完成33.7亿元。`;
      reports(within, 'number-sum', '与总数96.3亿元相差');
    });
  });

  describe('number-ratio sums: a share after 其中 is of the count right before 其中', () => {
    it('takes no share of the count for a part of a share stated before the count', () => {
      silent('截至年底，全区主体业态为零售或批发的占比58.20%，共有食品经营单位4310户，其中网络经营占72.45%。');
    });

    it('still adds shares after 其中 up against the share right before it', () => {
      reports('全年办复建议120件，占92.3%，其中采纳落实的80件，占61.5%；列入计划的50件，占38.5%。', 'number-sum', '比总数92.3%还多');
    });
  });

  describe('number-sum: leading industries are a place’s own groupings, cut across the sectors', () => {
    const text = (chain: string): string =>
      `上半年，全区规模以上工业累计完成产值64.30亿元，同比增长9%。从三大主导产业看：生物医药完成产值${chain}，同比增长6.2%；电子信息完成产值35.10亿元，同比增长12.4%；新材料完成产值28.60亿元，同比增长20.5%。`;

    it('does not add the leading industries up against the total', () => {
      silent(text('22.40亿元'));
    });

    it('still finds one leading industry larger than the total', () => {
      reports(text('72.40亿元'), 'number-sum', '分项大于总数');
    });

    it('adds up a sorting by sector as before', () => {
      reports('上半年，全区规模以上工业累计完成产值64.30亿元。从行业看：生物医药完成产值22.40亿元；电子信息完成产值35.10亿元；新材料完成产值28.60亿元。', 'number-sum', '比总数64.30亿元还多');
    });
  });

  describe('table-sum: the rows under a rate are rates of the parts, no parts of the rate', () => {
    const table = (rate: string, output: string): string =>
      [
        '| 项目 | 本期 | 上年同期 |',
        '| --- | --- | --- |',
        `| 工业总产值（万元） | ${output} | 512000 |`,
        '| #纺织业 | 120400 | 118000 |',
        '| 　造纸业 | 96300 | 99100 |',
        '| 工业产销率（%） | 97.6 | 99.2 |',
        `| #纺织业 | ${rate} | 101.3 |`,
        '| 　造纸业 | 95.2 | 98.7 |',
      ].join('\n');

    it('says nothing of sub-rows whose rates are above the row’s rate', () => {
      assert.deepEqual(tableSums(table('100.8', '498000')), []);
    });

    it('still checks the amounts under the output row', () => {
      assert.ok(
        tableSums(table('100.8', '198000')).some((m) => m.includes('纺织业')),
        tableSums(table('100.8', '198000')).join('\n'),
      );
    });
  });
});

// Sums read at first contact with heldout101–102 (round 31, post31a): a count of units among N before another group's
// 中 list; parts named by their kinds after a list of kinds; 技改投资 beside an industry's investment; and the measures
// of a whole summed over the groups a 其中： sentence states them for. Each case made up, modelled on the real one.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const sums = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-sum')
    .map((f) => text.slice(f.offset, f.endOffset));

describe('readings (post31a): sums at first contact with heldout101–102', () => {
  describe('a count among N, then another group and 中', () => {
    const text = (n: string): string => `今年以来全省环境质量持续改善，全省${n}个设区市中14个空气优良天数比例同比上升，重点流域中，长江、黄河、淮河、珠江、松花江等11个流域水质优良比例同比上升。`;

    it('reads no part of the districts in the basins the next clause counts', () => {
      assert.deepEqual(sums(text('16')), []);
    });
  });

  describe('parts named by their kinds after a list of kinds', () => {
    const text = (general: string, fire = '165处'): string =>
      `检查期间共排查一般隐患${general}、消防隐患${fire}、重大安全隐患22处、其他隐患6处。其中，一般隐患已整改1250处，消防隐患已整改150处，重大隐患已整改20处。`;

    it('reads each part within the total of its own kind, silent as written', () => {
      assert.deepEqual(sums(text('1280处')), []);
    });

    it('flags a kind whose total is below what was fixed of it', () => {
      assert.deepEqual(sums(text('1200处')), ['1200处']);
      assert.deepEqual(sums(text('1280处', '140处')), ['140处']);
    });
  });

  describe('技改投资 beside an industry after 其中', () => {
    const text = (total: string): string => `1-6月预计完成固定资产投资${total}，同比增长12.5%；其中工业预计完成投资6200万元，同比增长15.2%，技改完成投资4100万元，同比增长20.3%。`;

    it('reads renovation investment as cutting across the industries, silent as written', () => {
      assert.deepEqual(sums(text('8500万元')), []);
    });

    it('still flags a total below one of its parts', () => {
      assert.deepEqual(sums(text('6000万元')), ['6000万元']);
    });
  });

  describe('measures of a whole summed over the groups after 其中：', () => {
    const text = (hazards = '210条', orders = '15条'): string =>
      `本月全市执法检查企业40家次，发现各类隐患${hazards}，下发整改指令书${orders}，处罚次数6次，处罚金额31万元。其中：矿山行业检查企业22家次，发现各类隐患150条，下发整改指令书8份，实施行政处罚4次，处罚金额24万元；化工行业检查企业11家次，发现各类隐患41条，下发整改指令书5条，未实施行政处罚；商贸行业检查企业7家次，发现各类隐患19条，下发整改指令书2条，实施行政处罚2次，处罚金额7万元。`;

    it('reads every measure over the groups, silent as written', () => {
      assert.deepEqual(sums(text()), []);
    });

    it('flags a measure the groups fall short of, the other measures showing the groups are all of the whole', () => {
      assert.deepEqual(sums(text('225条')), ['225条']);
    });

    it('flags a measure the groups exceed', () => {
      assert.deepEqual(sums(text('210条', '14条')), ['14条']);
    });

    it('stays silent on a shortfall when no two measures add up exactly (a group may be left out)', () => {
      const partial = text('225条', '16条').replace('处罚金额31万元', '处罚金额35万元').replace('处罚次数6次', '处罚次数7次');
      assert.deepEqual(sums(partial), []);
    });
  });
});

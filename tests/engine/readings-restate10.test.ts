// Restatements read in round 10 (issue 12): one measure stated twice with two values. Every example is made up; each
// reported variant is silent without the reading, and each near miss stays silent with it.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const conflicts = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-conflict')
    .map((f) => text.slice(f.offset, f.endOffset));

describe('restatements (restate10)', () => {
  describe('a figure next to the same figure with the same words, written twice', () => {
    const report = (change: string): string =>
      `导语：今年全省计划实施重点项目820个，年度计划完成投资2150亿元，较去年增加${change}亿元。\n\n2月10日，记者从省发展改革委获悉，今年全省计划实施重点项目820个，年度计划完成投资2150亿元，较去年增加315亿元。其中新建项目410个。\n`;
    it('compares the change after the same figure (较去年增加)', () => {
      assert.deepEqual(conflicts(report('315')), []);
      assert.deepEqual(conflicts(report('351')), ['315亿元']);
    });

    const growth = (first: string): string =>
      `上半年，全县规模以上工业增加值同比增长${first}%，比2021年上半年增长14.2%，两年平均增长6.9%。\n\n综上，上半年，全县规模以上工业增加值同比增长8.1%，比2021年上半年增长14.2%，两年平均增长6.9%；社会消费品零售总额52.3亿元。\n`;
    it('compares a change before the same figure (…同比增长8.1%，比2021年上半年增长14.2%)', () => {
      assert.deepEqual(conflicts(growth('8.1')), []);
      assert.deepEqual(conflicts(growth('9.1')), ['8.1%']);
    });

    it('says nothing when the figure next to it differs, or the words between differ', () => {
      const other = `一、交通投资\n\n全年完成交通投资703.4亿元，同比增长8.3%。\n\n二、水利投资\n\n全年完成水利投资703.4亿元，同比增长13.3%。\n`;
      assert.deepEqual(conflicts(other), []);
      const words = `全年完成交通投资703.4亿元，同比增长8.3%。\n\n全年完成交通投资703.4亿元，比2019年增长13.3%。\n`;
      assert.deepEqual(conflicts(words), []);
    });

    const platform = (count: string, change: string): string =>
      `2024年，全市市场监管部门共受理投诉举报咨询98760件，同比上升5.45%。其中投诉${count}件，同比上升1.25%。\n\n二、投诉分析\n\n2024年，全市市场监管部门共受理投诉${count}件，同比上升${change}%，为消费者挽回经济损失1014.68万元。\n`;
    it('compares after a level of three digits or more named alike (其中投诉46413件 / 共受理投诉46413件)', () => {
      assert.deepEqual(conflicts(platform('46413', '1.25')), []);
      assert.deepEqual(conflicts(platform('46413', '6.25')), ['6.25%']);
    });

    it('says nothing after a level of two digits named otherwise (其中投诉64件 / 共受理投诉64件)', () => {
      assert.deepEqual(conflicts(platform('64', '6.25')), []);
    });

    it('says nothing next to a small count or a round value, often the same by chance (其余4个)', () => {
      const rest = `（一）预算管理方面问题。共30个，已整改26个，整改率86.7%，其余4个正在整改。\n\n（二）资产管理方面问题。共25个，已整改21个，整改率84.0%，其余4个正在整改。\n`;
      assert.deepEqual(conflicts(rest), []);
    });

    it('says nothing of two paragraphs under two labels', () => {
      const labels = `（一）道路运输：完成投资45.6亿元，同比增长8.3%。\n\n（二）港口航道：完成投资45.6亿元，同比增长13.3%。\n`;
      assert.deepEqual(conflicts(labels), []);
    });
  });

  describe("a total naming its kinds, and one kind after its 其中 stated again under the total's name", () => {
    const report = (again: string, heading = '二、投诉情况分析'): string =>
      `2025年5月，全市12315平台共接收各类投诉举报咨询5210件，其中，投诉2140件，占比41.07%；举报530件，占比10.17%；咨询2540件，占比48.75%。\n\n${heading}\n\n2025年5月，全市12315平台共接收投诉${again}件，同比上升3.2%。\n`;
    it('reads 投诉 after 其中 as 平台共接收投诉', () => {
      assert.deepEqual(conflicts(report('2140')), []);
      assert.deepEqual(conflicts(report('2410')), ['2410件']);
    });

    it('says nothing when the kind is stated for another period, or under a label of its own', () => {
      assert.deepEqual(conflicts(report('2410').replace('2025年5月，全市12315平台共接收投诉', '1-5月，全市12315平台共接收投诉')), []);
      assert.deepEqual(conflicts(report('2410').replace('2025年5月，全市12315平台共接收投诉', '（一）县级平台：全市12315平台共接收投诉')), []);
    });

    it('says nothing when the total does not name the kinds (共接收诉求)', () => {
      assert.deepEqual(conflicts(report('2410').replace('共接收各类投诉举报咨询5210件', '共接收诉求5210件')), []);
    });
  });

  describe('a budget report: the old name of the general budget, and its section headings', () => {
    const report = (restated: string): string =>
      `一、收支总体情况\n\n2024年，全县财政总收入52000万元。其中：一般公共预算收入31200万元，同比下降3.2%；政府性基金收入20800万元。\n\n二、公共财政预算收支决算情况\n\n（一）收入情况\n\n2024年全县公共财政预算收入${restated}万元，加上级补助收入280000万元，收入总计311200万元。\n`;
    it('reads 公共财政预算收入 as 一般公共预算收入, under the heading 收入情况', () => {
      assert.deepEqual(conflicts(report('31200')), []);
      assert.deepEqual(conflicts(report('32100')), ['32100万元']);
    });

    it('keeps a heading that names a part of the whole (市本级收入情况) a scope of its own', () => {
      assert.deepEqual(conflicts(report('32100').replace('（一）收入情况', '（一）市本级收入情况')), []);
    });
  });
});

// A table figure restated in the prose (rule table-restatement, issue 12), round 23 (tablerest23): a share the text
// gives for a row (售后服务问题占36.77%) against the row's share column of the right year, 生产总值 for the table's
// 地区生产总值, a row label carrying its cut (按城乡分：) or a note mark ([2]), a 完成 between the row's name and its measure
// word, and a row of the rest (其他) or a 新增 flow that names nothing the row holds. Each case made up, each reported case failing
// without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const restated = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'table-restatement')
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a share the text gives for a row, against the row’s share column', () => {
  // made up: a 消费者协会's half-year report, the shares in the text and the table of two years
  const report = (service: string, contract = '28.40%'): string =>
    [
      '一、投诉性质分析',
      '',
      `按投诉性质分，服务问题占${service}，合同问题占${contract}，质量问题占21.35%，其他问题占9.00%。`,
      '',
      '表1 投诉性质分类情况表',
      '',
      '项目 | 2024年上半年（件） | 投诉比重（%） | 2023年上半年（件） | 投诉比重 (%) |',
      '服务 | 16500 | 41.25 | 15200 | 39.80 |',
      '合同 | 11360 | 28.40 | 11800 | 30.89 |',
      '质量 | 8540 | 21.35 | 7900 | 20.68 |',
      '其他 | 3600 | 9.00 | 3300 | 8.64 |',
      '',
    ].join('\n');

  it('is silent where each share is the row’s share of the latest year', () => {
    assert.deepEqual(restated(report('41.25%')), []);
  });

  // (the finding stands on the table's cell, the text's figure among its related spans)
  it('reports a share that is not the row’s share in the table', () => {
    assert.deepEqual(restated(report('46.25%')), ['41.25']);
  });

  it('reads the share column after the latest year’s amounts, not the year before', () => {
    // 39.80% is 服务's share in 2023: the text, naming no year, speaks of 2024
    assert.deepEqual(restated(report('39.80%')), ['41.25']);
    assert.deepEqual(restated(report('41.25%', '30.89%')), ['28.40']);
  });

  it('reads a share stated after the row’s level, in the clause that opens with 占', () => {
    const text = [
      '年末全县常住人口52100人。其中，城镇人口28820人，占常住人口的比重为55.62%。',
      '',
      '表1 2024年末常住人口及构成',
      '',
      '指标 | 年末人数（人） | 比重（%） |',
      '常住人口 | 52100 | 100.00 |',
      '城镇 | 28820 | 55.32 |',
      '乡村 | 23280 | 44.68 |',
      '',
    ].join('\n');
    assert.deepEqual(restated(text), ['55.32']);
    assert.deepEqual(restated(text.replace('55.62%', '55.32%')), []);
  });

  it('is silent on a share of another measure named after the row (合同金额占)', () => {
    const text = report('41.25%').replace('合同问题占28.40%', '合同金额占35.00%');
    assert.deepEqual(restated(text), []);
  });
});

describe('生产总值 in the text for the table’s 地区生产总值', () => {
  // made up: a county 统计公报's first paragraph and its table
  const bulletin = (growth: string): string =>
    [
      '一、综合',
      '',
      `初步核算，全年全县生产总值162.78亿元，比上年增长${growth}%。`,
      '',
      '表1 2024年全县生产总值',
      '',
      '指标 | 完成值（亿元） | 比上年增长（%） |',
      '地区生产总值 | 162.78 | 5.7 |',
      '第一产业 | 54.90 | 7.5 |',
      '第二产业 | 27.28 | 5.3 |',
      '第三产业 | 80.60 | 4.5 |',
      '',
    ].join('\n');

  it('is silent where the text’s level and growth are the row’s', () => {
    assert.deepEqual(restated(bulletin('5.7')), []);
  });

  it('reports a growth that is not the 地区生产总值 row’s', () => {
    assert.deepEqual(restated(bulletin('10.7')), ['5.7']);
  });
});

describe('a row of the rest (其他)', () => {
  it('names nothing of its own: the text’s 其他类投诉 is the rest of its own list', () => {
    const text = [
      '表1 投诉性质分类情况表',
      '',
      '项目 | 2024年上半年（件） |',
      '售后服务 | 16500 |',
      '合同 | 11360 |',
      '其他 | 3600 |',
      '',
      '在所有投诉中，商品类投诉为17,900件，服务类投诉为12,310件，其他类投诉为1,250件。',
      '',
    ].join('\n');
    assert.deepEqual(restated(text), []);
  });
});

describe('a row named with words the text does not write, or the text with words the row does not hold', () => {
  // made up: a county 统计公报's population and 生产总值 tables
  const population = (urban: string): string =>
    [
      `年末全县常住人口500073人。其中，城镇人口${urban}人。全年全县城镇新增就业4042人。`,
      '',
      '表1 2024年末常住人口及构成',
      '',
      '指标 | 年末人数（人） | 比重（%） |',
      '常住人口 | 500073 | 100.00 |',
      '按城乡分：城镇 | 213468 | 42.69 |',
      '乡村 | 286605 | 57.31 |',
      '',
    ].join('\n');

  it('reads 按城乡分：城镇 as the row 城镇, and 城镇新增就业 as no figure of it', () => {
    assert.deepEqual(restated(population('213468')), []);
    assert.deepEqual(restated(population('231468')), ['213468']);
  });

  const industries = (primary: string, second: string): string =>
    [
      `全县完成地区生产总值35163万元。其中：第一产业完成增加值${primary}万元，第二产业增加值${second}亿元。`,
      '',
      '表1 2024年全县生产总值',
      '',
      '指标 | 绝对数（万元） | 比上年增长（%） |',
      '地区生产总值 | 35163 | 5.7 |',
      '其中：第一产业[2] | 10433 | 2.8 |',
      '第二产业 | 13890 | 8.5 |',
      '第三产业 | 10840 | 5.1 |',
      '',
    ].join('\n');

  it('reads 第一产业完成增加值 as the row 第一产业, and 第一产业[2] as 第一产业', () => {
    assert.deepEqual(restated(industries('10433', '1.39')), []);
    assert.deepEqual(restated(industries('10343', '1.39')), ['10433']);
    assert.deepEqual(restated(industries('10433', '1.93')), ['13890']);
  });
});

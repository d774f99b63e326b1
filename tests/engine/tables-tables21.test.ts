// Tables read on the layouts real pages paste (issue 12), round 21 (tables21): the grid of a table whose columns
// were unclear. The 政府信息公开工作年度报告's form pasted without its merged cells (a heading of three lines where one
// cell spans the parts under it, row labels nested over two or three columns), a heading line of single-spaced
// words whose first word is spaced out (指  标), and two pipe tables pasted one under the other with no blank line.
// Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('the 政府信息公开 annual report’s form, pasted with its merged cells lost', () => {
  // made up: a township's report, the third section's table copied from its page, pipes closing each row
  const table = (total: string): string =>
    [
      '三、收到和处理政府信息公开申请情况',
      '',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |',
      '自然人 | 法人或其他组织 | 总计 |',
      '商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 |',
      `一、本年新收政府信息公开申请数量 | 21 | 3 | 0 | 1 | 0 | 2 | ${total} |`,
      '二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '三、本年度办理结果 | （一）予以公开 | 9 | 2 | 0 | 0 | 0 | 1 | 12 |',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 4 | 0 | 0 | 1 | 0 | 0 | 5 |',
      '（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      '2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      '3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '',
    ].join('\n');

  it('reads each row’s 总计 as the sum of the applicants’ columns: a form that adds up is silent', () => {
    assert.deepEqual(findings(table('27'), /^table-/), []);
  });

  it('reports a 总计 that is not the sum of 自然人 and the five kinds of 法人或其他组织', () => {
    assert.deepEqual(findings(table('29'), 'table-sum'), ['29']);
  });

  it('reads a nested row (（三）不予公开 | 1.属于国家秘密 | …) under its group: its 总计 is checked too', () => {
    const text = table('27').replace(
      '3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n（四）无法提供 | 1.本机关不掌握相关政府信息 | 2 | 1 | 0 | 0 | 0 | 0 | 4 |',
    );
    assert.deepEqual(findings(text, 'table-sum'), ['4']);
    assert.deepEqual(findings(text.replace('| 0 | 0 | 0 | 0 | 4 |', '| 0 | 0 | 0 | 0 | 3 |'), /^table-/), []);
  });
});

describe('a heading line of single-spaced words whose first word is spaced out (指  标 2024年 比上年增长)', () => {
  // made up: a county bulletin's table 1 copied from a PDF, columns parted by single spaces
  const table = (gdp: string): string =>
    ['表1  2024年全县生产总值及增长情况', '单位：万元，%', '', '指  标 2024年 比上年增长', `地区生产总值 ${gdp} 5.8`, '第一产业 412350 3.1', '第二产业 1638210 6.9', '第三产业 2109874 5.6', ''].join(
      '\n',
    );

  it('reads 指  标 as one heading: the 地区生产总值 that is the sum of the three industries is silent', () => {
    assert.deepEqual(findings(table('4160434'), /^table-/), []);
  });

  it('reports a 地区生产总值 that is not the sum of the three industries', () => {
    assert.deepEqual(findings(table('4060434'), 'table-sum'), ['4060434']);
  });
});

describe('two pipe tables pasted one right under the other, no blank line between', () => {
  // made up: a city's population by district, then the registered population over five years
  const text = (total2020: string): string =>
    [
      '序号 | 区县 | 2023年常住人口 |',
      '1 | 东城区 | 81.32 |',
      '2 | 西城区 | 64.05 |',
      '3 | 南湖县 | 42.77 |',
      '地区 | 2022年 | 2021年 | 2020年 |',
      `全市 | 196.02 | 197.35 | ${total2020} |`,
      '东城区 | 76.88 | 76.51 | 76.20 |',
      '西城区 | 69.10 | 69.54 | 70.01 |',
      '南湖县 | 50.04 | 51.30 | 52.44 |',
      '',
    ].join('\n');

  it('reads the second table on its own: a 全市 row that adds up is silent', () => {
    assert.deepEqual(findings(text('198.65'), /^table-/), []);
  });

  it('reports the second table’s 全市 that is not the sum of its districts', () => {
    assert.deepEqual(findings(text('188.65'), 'table-sum'), ['188.65']);
  });
});

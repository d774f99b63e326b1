// Tables read on the layouts real pages paste (issue 12), round 19 (tables19): a pipe heading of two lines whose
// second lost its corner over a 单位 column, and a statistics form pasted one indicator per line with its figure run
// into its label. Each case made up, each failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a two-line heading whose second line lost its corner (指标名称 | 单位 | groups over 累计 | 当月)', () => {
  // made up: a monthly 快递 table, amounts in 亿元 and counts in 万件 by row (the 单位 column), growth in the last two
  const table = (income: string, unit: string): string =>
    [
      '全市快递行业运行情况表',
      '',
      '指标名称 | 单位 | 9月份 | 比去年同期增长（%） | ||',
      '累计 | 当月 | 累计 | 当月 | ||',
      `一、快递行业业务收入 | 亿元 | ${income} | 41.6 | 18.4 | 15.2 |`,
      '其中：同城业务收入 | 亿元 | 52.7 | 6.3 | 26.5 | 24.1 |',
      '二、快递行业业务总量 | 亿元 | 386.2 | 45.3 | 23.9 | 20.6 |',
      `其中：同城业务量 | ${unit} | 38916.4 | 4215.8 | -8.1 | -6.4 |`,
      `异地业务量 | ${unit} | 141288.3 | 16540.7 | 31.5 | 27.3 |`,
      `订销报纸累计数 | ${unit === '万件' ? '万份' : unit} | 6821.7 | 742.5 | -4.4 | -3.1 |`,
      '',
      '注：业务收入不含邮政储蓄银行直接营业收入。',
      '',
    ].join('\n');

  it('reads the columns after 指标名称 | 单位 as each group’s 累计 and 当月, growths not summed, counts in 万件 not parts of 亿元', () => {
    assert.deepEqual(findings(table('298.6', '万件'), /^table-/), []);
  });

  it('reports a 其中 in the same unit that exceeds its parent, in the parent’s 累计 column', () => {
    assert.deepEqual(findings(table('50.6', '万件'), 'table-sum'), ['50.6']);
  });

  it('compares 其中 rows of the parent’s own unit with it (亿元 under 亿元)', () => {
    assert.deepEqual(findings(table('298.6', '亿元'), 'table-sum'), ['386.2', '45.3']);
  });
});

describe('a statistics form pasted one indicator per line, the figure run into its label and unit', () => {
  const form = [
    '2023年社会服务统计6月份报表',
    '',
    '指标名称单位数量',
    '一、民政事业费累计支出亿元12.6',
    '二、社会救助',
    '',
    '      城市最低生活保障',
    '',
    '         最低生活保障人数万人2.4',
    '         最低生活保障户数万户1.6',
    '         最低生活保障平均标准元/人·月1,080.0',
    '      农村最低生活保障',
    '',
    '         最低生活保障人数万人5.3',
    '         最低生活保障平均标准元/人·年10,260.0',
    '三、社区服务',
    '',
    '        社区服务中心86',
    '        社区服务站2,315',
    '',
  ].join('\n');

  it('is a table: no code block, broken paragraph or web residue among its lines', () => {
    assert.deepEqual(findings(form, /^(?:web-residue|broken-paragraph)$/), []);
  });

  it('is reported as a pasted table to rebuild by hand, while prose indented the same way stays a code block and a table of contents no table', () => {
    assert.equal(findings(form, 'pasted-table').length, 1);
    const prose = ['关于社会救助工作的通报', '', '      今年以来，全区城市最低生活保障人数2.4万人，', '      农村最低生活保障人数5.3万人。', ''].join('\n');
    assert.equal(findings(prose, 'web-residue').length, 1);
    assert.deepEqual(findings(prose, 'pasted-table'), []);
    // nor is a table of contents, its pages rising from line to line, a form
    const contents = [
      '目录',
      '',
      '第一章总则1',
      '第二章发展基础3',
      '第三章总体要求6',
      '第四章主要任务9',
      '第五章重点工程15',
      '第六章保障措施21',
      '',
      '第一章 总则',
      '',
      '为加快发展，制定本规划。',
      '',
    ].join('\n');
    assert.deepEqual(findings(contents, /^(?:pasted-table|table-)/), []);
  });
});

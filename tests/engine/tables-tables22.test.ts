// Tables read on the layouts real pages paste (issue 12), round 22 (tables22): a monthly 财政收入 table whose heading
// lost its corner cells and whose rows lost their empty cells (cells shifted left), and a form pasted one cell per
// line with its empty cells as lines of a space (label, unit and figure by turns, 按…分 cuts of one total).
// Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a monthly revenue table whose second heading line lost its corner cells', () => {
  // made up: a county 财政局's monthly table copied from its page, the pipes of empty cells written out
  const table = (growth: string, central = '国税部分 | 96 | 15 | -15 | -100.0 | |||||'): string =>
    [
      '某县2023年6月份财政收入完成情况表 | ||||||||||',
      '表二 | 单位：万元 | |||||||||',
      '预 算 科 目 | 年度预算 | 累计 | 当月 | 本期累计为 预算% | ||||||',
      '本期 | 同期 | 增减额 | 增减率% | 本期 | 同期 | 增减额 | 增减率% | |||',
      `一、一般公共预算收入 | 82,400 | 41,260 | 38,950 | 2,310 | ${growth} | 7,420 | 6,880 | 540 | 7.8 | 50.1 |`,
      '（一）税收收入 | 60,150 | 30,118 | 28,402 | 1,716 | 6.0 | 5,366 | 5,010 | 356 | 7.1 | 50.1 |',
      '1、增值税 | 25,300 | 12,960 | 12,110 | 850 | 7.0 | 2,214 | 2,050 | 164 | 8.0 | 51.2 |',
      '其中：改征增值税 | 14,800 | 7,512 | 6,044 | 1,468 | 24.3 | 1,290 | 1,104 | 186 | 16.8 | 50.8 |',
      '2、企业所得税 | 9,620 | 5,031 | 4,876 | 155 | 3.2 | 760 | 812 | -52 | -6.4 | 52.3 |',
      '3、个人所得税 | 1,180 | 640 | 598 | 42 | 7.0 | 96 | 90 | 6 | 6.7 | 54.2 |',
      central,
      '地方部分 | 1,084 | 640 | 583 | 57 | 9.8 | 96 | 90 | 6 | 6.7 | 59.0 |',
      '4、城市维护建设税 | 4,210 | 2,160 | 2,270 | -110 | -4.8 | 365 | 341 | 24 | 7.0 | 51.3 |',
      '国税部分 | 1,800 | 5 | -5 | -100.0 | |||||',
      '地税部分 | 2,410 | 2,160 | 2,265 | -105 | -4.6 | 365 | 341 | 24 | 7.0 | 89.6 |',
      '',
    ].join('\n');

  it('names each column by both heading lines, the groups where the figures bear them out: a table that adds up is silent', () => {
    assert.deepEqual(findings(table('5.9'), /^table-/), []);
  });

  it('reports a growth that is not its row’s 本期 over 同期 under the heading so placed', () => {
    assert.deepEqual(findings(table('8.9'), 'table-change'), ['8.9']);
  });

  it('reads a row that lost its empty cells (a whole-number column holding -100.0) as moved, not by position', () => {
    // the rows so shifted sum to nothing false; the same row with its figures in place is read and checked
    assert.deepEqual(findings(table('5.9'), 'table-sum'), []);
    const placed = table('5.9', '国税部分 | 96 | 0 | 15 | -15 | -100.0 | 0 | 0 | 0 | 0 | 0 |');
    assert.deepEqual(findings(placed.replace('地方部分 | 1,084 | 640 | 583 | 57', '地方部分 | 1,084 | 640 | 583 | 75'), 'table-sum'), ['42']);
  });
});

describe('a form pasted one cell per line, its empty cells lines of a space', () => {
  // made up: a district yearbook's 林业 form copied from its page: the corner, each row's label, unit and figure on
  // lines of their own, a line of a space where a cell is empty, the total cut twice (按…分)
  const form = (publicArea: string): string =>
    [
      '52 林业生产情况（2022年）',
      '',
      ' ',
      '',
      '   ',
      '',
      '计量单位',
      '',
      '2022',
      '',
      ...[
        ['一、造林面积', '公顷', '1640'],
        ['（一）按造林方式分', ' ', ' '],
        ['1、人工造林', '公顷', '1520'],
        ['2、封山育林', '公顷', '120'],
        ['3、飞播造林', '公顷', ' '],
        ['（二）按经济成份分', ' ', ' '],
        ['1、公有经济造林', '公顷', publicArea],
        ['1)国有经济造林', '公顷', '512'],
        ['2)集体经济造林', '公顷', '318'],
        ['2、非公有经济造林', '公顷', '810'],
        ['二、森林抚育面积', '公顷', '5230'],
      ].flatMap((row) => row.flatMap((cell) => [cell, ''])),
      '注：本表数据来源于区林业局。',
      '',
    ].join('\n');

  it('reads the form as a table: a cut that comes short of the total and sub-items over their part are reported, a form that adds up is silent', () => {
    assert.deepEqual(findings(form('803'), 'table-sum').sort(), ['1640', '803'].sort());
    assert.deepEqual(findings(form('830'), /^table-/), []);
  });

  it('says the sub-items are parts of theirs by the numbering, not by other columns the form does not have', () => {
    const text = form('803');
    const over = check(text).findings.find((f) => f.rule === 'table-sum' && text.slice(f.offset, f.endOffset) === '803');
    assert.match(over!.message, /按表中序号的层次，这几行是它下面的细项/);
    assert.doesNotMatch(over!.message, /其他各列/);
  });

  it('reads every cut exact both ways: a part mistyped low in a cut that otherwise adds up is reported', () => {
    assert.deepEqual(findings(form('830').replace('1520', '1250'), 'table-sum'), ['1640']);
  });
});

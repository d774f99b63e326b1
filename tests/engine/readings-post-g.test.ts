// Readings of sums and tables (branch post-g), from the first run on heldout11/12. Each case is a made-up text: the
// reading stays silent, and the same figures without the words it rests on are still reported.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

describe('number-sum: readings of post-g', () => {
  it('does not take the figures of the previous item (二是…) as the parts of a total after a new item (三是…，共N)', () => {
    const text = (item: string): string => `本月热线受理诉求共计900件。一是咨询类诉求，其中政策咨询120件、办事指南60件；${item}投诉类诉求，共200件，主要涉及物业问题90件。`;
    silent(text('二是'));
    reports(text(''), 'number-sum', '');
  });
});

describe('number-sum: 占 that occupies is no share (post-g)', () => {
  it('keeps 耕地占补平衡指标1170万元 an item of the account, not a share', () => {
    const text = (total: number): string => `一般公共预算支出5000万元，上解上级支出300万元，债务还本支出100万元，购买耕地占补平衡指标200万元，支出总计${total}万元。`;
    silent(text(5600));
    reports(text(5700), 'number-sum', '');
  });
});

describe('number-sum: a review after 其中 splits the whole another way (post-g)', () => {
  it('does not add a part by author (其中…提案23件) to the proposals filed after 经审查', () => {
    const text = (review: string): string => `本届以来，政协共收到提案300件，其中民主党派提案40件，${review}予以立案250件，50件转为来信来访处理。`;
    silent(text('经审查'));
    reports(text(''), 'number-sum', '');
  });
});

const residue = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'broken-paragraph' || f.rule === 'web-residue')
    .map((f) => f.rule);

describe('table residue: tables pasted one cell per line (post-g)', () => {
  it('reads a line closed by a pipe (1,258,337 |) as a table cell, not a broken sentence', () => {
    const text = (close: string): string =>
      ['财政收支情况如下，请审阅。', '', '收入总量' + close, '2,345,678' + close, '2,345,901' + close, '支出总量' + close, '2,345,678' + close, '2,345,901' + close].join('\n');
    assert.deepEqual(residue(text(' |')), []);
    assert.ok(residue(text('')).includes('web-residue')); // lone numbers without their pipes are still residue
  });

  it('reads a lone number under column headings (序号, 目标任务, …) as the 序号 cell, not residue', () => {
    const text = (first: string): string =>
      [
        '本月重点工作推进如下。',
        '',
        first,
        '',
        '目标任务',
        '',
        '责任单位',
        '',
        '完成情况',
        '',
        '7',
        '',
        '改造农村公路12公里，年底前全部完工。',
        '',
        '交通股、建设股',
        '',
        '2024年底',
        '',
        '8',
        '',
        '新建村级养老服务站3个。',
        '',
        '民政股',
        '',
        '已完成。',
      ].join('\n');
    assert.deepEqual(residue(text('序号')), []);
    assert.ok(residue(text('各项工作')).includes('web-residue'));
  });
});

describe('number-sum: the main items after 主要包括 (post-g)', () => {
  it('reads 共N件，主要包括A件、B件，C件 as items that may leave a remainder, and reports them over the total', () => {
    const text = (total: number): string => `本周热线受理诉求500件。二是生活类诉求，共${total}件，主要包括咨询供水40件、供电20件，投诉噪音问题30件；三是其他诉求。`;
    silent(text(120));
    reports(text(80), 'number-sum', '');
  });
});

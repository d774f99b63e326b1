// Readings added after the first run on heldout21 and heldout22 (lead, round 13). Each case is a made-up text: the
// reading keeps it silent, and the same words without what it reads are still reported.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const broken = (text: string): number => check(text).findings.filter((f) => f.rule === 'broken-paragraph').length;

describe('broken-paragraph: rows of a table pasted with spaces are no broken sentence (post13)', () => {
  it('leaves rows of cells separated by spaces alone, one row per line', () => {
    const table = [
      '序号 考核指标 单位 工作目标 已完成数 占年任务之比 责任单位',
      '1 城镇新增就业 万人 5.2 7.23 139.1% 人社局',
      '2 农村公路改造 公里 1360 1361.92 100.1% 交通局',
      '提质改造农村公路 公里 168 171.70 102.2%',
      '3 所有乡镇实现卫生院全覆盖 - - -',
    ].join('\n');
    assert.equal(broken(`某县民生实事工作落实情况\n\n${table}\n`), 0);
  });
  it('leaves a table’s title above a table pasted one cell per line alone', () => {
    assert.equal(broken('2024年省民生实事项目涉及我县工作指标落实情况表（截止到12月31日）\n\n序号\n\n工作目标\n\n责任单位\n\n1\n\n新建公园\n\n住建局\n'), 0);
  });
  it('still joins prose copied from a PDF with its figures spaced', () => {
    assert.equal(broken('上半年，全镇实现入\n库税收 3212 万元，完成年计划的 52%。\n'), 1);
    assert.equal(broken('支出包括：文化旅游体\n育与传媒支出 850088.3 元、社会保障和就业支出 116433.12\n元、卫生健康支出 43897.73 元。\n'), 2);
  });
});

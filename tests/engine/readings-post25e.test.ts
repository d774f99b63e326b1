// Readings of round 25 (post25e): a report place by place under headings, a 其中 carried by a sentence broken across
// lines, the funds of two counted works and the two registers of a population (issue 12, first run of heldout75–76).

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

const tableRestatements = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'table-restatement')
    .map((f) => f.message);

describe('readings of round 25, post25e (issue 12, first run of heldout75–76)', () => {
  describe('number-conflict: a report that goes place by place under headings of their names', () => {
    const places = (first: string, second: string): string => `具体情况\n\n${first}改扩建城关敬老院、河口敬老院等3所敬老院，新增床位600张；\n\n${second}新建县社会福利中心，新增床位200张。`;

    it('reads each place’s figure as its own', () => {
      silent(places('城关镇\n\n', '河口镇\n\n'));
    });

    it('still compares the two figures when no heading separates them', () => {
      reports(places('', ''), 'number-conflict', '新增床位');
    });

    it('reads one place’s name alone as no list of places', () => {
      reports(places('城关镇\n\n', ''), 'number-conflict', '新增床位');
    });
  });

  describe('number-conflict: a 其中 carried by a sentence broken across lines', () => {
    const broken = (opener: string): string => `今年全镇\n\n共新增公益岗位800个\n\n${opener}\n\n新增公益岗位350个\n\n下一步将继续做好就业帮扶工作。`;

    it('reads the figure after the 其中 line as a part of the whole before it', () => {
      silent(broken('其中集镇片区开发2类'));
    });

    it('still compares them when a stop ends the line before', () => {
      reports(broken('其中集镇片区开发2类。'), 'number-conflict', '新增公益岗位');
    });
  });

  describe('number-conflict: funds written after a count of works are those works’ funds', () => {
    it('reads the funds of two counted works as two programmes’ funds', () => {
      silent('2023年，我镇实施衔接资金项目6个，投入项目资金150万元。\n\n2023年，我镇美丽乡村建设示范点2个，投入项目资金60万元。');
    });

    it('still compares the funds of one count of works stated twice', () => {
      reports('2023年，我镇实施衔接资金项目6个，投入项目资金150万元。\n\n2023年，全镇实施衔接资金项目6个，投入项目资金140万元。', 'number-conflict', '投入项目资金');
    });
  });

  describe('table-restatement: 户籍 and 常住 are two populations', () => {
    const table = (register: string, urban: string): string =>
      `表1 2024年年末户籍人口数及其构成\n\n| 指标 | 年末数（万人） | 比重（%） |\n| --- | --- | --- |\n| 全区户籍人口 | 120.50 | 100.0 |\n| 其中：城镇 | 60.20 | 49.96 |\n| 乡村 | 60.30 | 50.04 |\n\n全区年末${register}人口98.40万人；其中，城镇人口${urban}万人，占比为59.1%。`;

    it('does not read the resident urban population against a table of registered population', () => {
      assert.deepEqual(tableRestatements(table('常住', '58.15')), []);
    });

    it('still reads the registered urban population against it', () => {
      assert.ok(tableRestatements(table('户籍', '58.15')).some((m) => m.includes('60.20')));
    });
  });
});

// Readings of post50a (issue 12, round 50): a bracket of professional titles that leaves out the bottom grade; where a
// part mainly goes, within it; a second split opened by a colon; a list of the first of two totals named together; a
// project's whole cost beside a year's investment. Each case made up, each silent case failing without its guard and
// each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('grades of one series of titles without the bottom grade (post50a)', () => {
  it('reads 高级工程师、工程师、助理工程师 as those holding titles, not all of the technical staff', () => {
    assert.deepEqual(figureFindings('全院共有职工86人，其中技术人员52人（高级工程师8人，工程师14人，助理工程师17人）。'), []);
    assert.deepEqual(figureFindings('全所共有职工40人，其中财会人员21人（高级会计师2人、会计师7人、助理会计师6人）。'), []);
  });

  it('still reports titles that exceed the staff', () => {
    assert.deepEqual(figureFindings('全院共有职工86人，其中技术人员30人（高级工程师8人，工程师14人，助理工程师17人）。'), ['number-sum 30人']);
  });

  it('reads the grades as all of the staff when the bottom grade is named too', () => {
    assert.deepEqual(figureFindings('全院共有职工86人，其中技术人员52人（高级工程师8人，工程师14人，助理工程师17人，技术员9人）。'), ['number-sum 52人']);
  });
});

describe('where the part before mainly goes (post50a)', () => {
  it('reads 主要流向…，达 after a part as within that part', () => {
    assert.deepEqual(figureFindings('全年发运粮食520万吨，其中外运为360万吨，主要运往广州，达290万吨，深圳次之。'), []);
  });

  it('still reports parts that exceed the total', () => {
    assert.deepEqual(figureFindings('全年发运粮食520万吨，其中外运为360万吨，内销为200万吨。'), ['number-sum 520万吨']);
  });
});

describe('a colon after the parts opens another split (post50a)', () => {
  const text = (last: string): string => `全年国际邮件处理量88.40万件，其中出口41.20万件，进口${last}万件：城区50.10万件，甲县20.30万件，乙县18.00万件。`;

  it('ends the list before the colon', () => {
    assert.deepEqual(figureFindings(text('47.20')), []);
  });

  it('reports the parts before the colon when they do not make the total', () => {
    assert.deepEqual(figureFindings(text('42.20')), ['number-sum 88.40万件']);
  });
});

describe('a list of the first of two totals named together (post50a)', () => {
  const text = (first: string): string => `会议选举产生${first}名理事和6名候补理事。其中，企业代表12人；高校代表9人；协会代表4人。`;

  it('reads the list as the first total’s when it exceeds the second and makes the first', () => {
    assert.deepEqual(figureFindings(text('25')), []);
  });

  it('still reports a list that exceeds both', () => {
    assert.deepEqual(figureFindings(text('22')), ['number-sum 6名']);
  });
});

describe('a project’s whole cost is no part of a year’s investment (post50a)', () => {
  it('does not add 总投资 into 年度计划投资', () => {
    assert.deepEqual(figureFindings('全市续建项目320个，年度计划投资210.5亿元，其中今年新开工续建项目140个，总投资268.7亿元；竣工项目40个，总投资35.2亿元。'), []);
  });

  it('still checks a year’s investment against its parts of the same measure', () => {
    assert.deepEqual(figureFindings('全市续建项目320个，年度计划投资210.5亿元，其中市级项目年度计划投资150.2亿元，县级项目年度计划投资80.6亿元。'), ['number-sum 210.5亿元']);
  });
});

describe('a total after a top-up (post50a)', () => {
  const text = (total: string): string => `上级批准设计任务书，核定总投资480.35万元。工程于次年竣工投产。这项工程追加设备费36.2万元，合计国家投资${total}万元，实际总造价505.1万元。`;

  it('adds the top-up to the amount first set', () => {
    assert.deepEqual(figureFindings(text('516.55')), []);
  });

  it('reports a total that is not the amount first set plus the top-up', () => {
    assert.deepEqual(figureFindings(text('536.55')), ['number-sum 536.55万元']);
  });
});

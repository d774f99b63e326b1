// Sums read on the layouts real pages paste (issue 12), round 27 (sums31): a total no word marks as one (共, 合计),
// split by one part done and the rest (20件民生大事，已完成3件，其余17件按进度推进中 / 立案31起，结案18起，剩余13起): the rest
// says the two parts are all of the total. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const sums = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-sum')
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's progress on its livelihood projects, the total written bare
const progress = (o: { total?: string; done?: string; rest?: string; restWord?: string; doneWords?: string } = {}): string =>
  `今年以来，全县${o.total ?? '24'}件民生实事，${o.doneWords ?? '已完成'}${o.done ?? '5'}件，${o.restWord ?? '其余'}${o.rest ?? '19'}件按进度推进中。`;

describe('a bare total split by a part done and the rest', () => {
  it('is silent when the part done and the rest make the total', () => {
    assert.deepEqual(sums(progress()), []);
    assert.deepEqual(sums(progress({ restWord: '剩余' })), []);
    assert.deepEqual(sums(progress({ restWord: '余下' })), []);
  });

  it('reports a total the two parts do not make', () => {
    assert.deepEqual(sums(progress({ total: '22' })), ['22件']);
    assert.deepEqual(sums(progress({ total: '26' })), ['26件']);
    assert.deepEqual(sums(progress({ total: '22', restWord: '余下' })), ['22件']);
  });

  it('reads a case count closed and the rest under investigation', () => {
    const cases = (total: string): string => `上半年，县农业执法大队立案${total}起，结案12起，剩余9起案件正在调查处理中。`;
    assert.deepEqual(sums(cases('21')), []);
    assert.deepEqual(sums(cases('19')), ['19起']);
  });

  it('reads a total and its part done in one clause', () => {
    const started = (total: string): string => `2026年，${total}个新建项目已开工8个，其余5个正在进行前期工作。`;
    assert.deepEqual(sums(started('13')), []);
    assert.deepEqual(sums(started('12')), ['12个']);
  });

  it('stays silent when the first part names no doing', () => {
    // (the part before the rest is a sibling kind, not a part done: the rest may be of another whole)
    assert.deepEqual(sums(progress({ total: '22', doneWords: '教育类' })), []);
  });

  it('stays silent when the total itself names a doing', () => {
    // (已完成24件, 已验收5件, 其余…: the rest is of something the text does not state)
    assert.deepEqual(sums('今年以来，全县已完成民生实事22件，已验收5件，其余19件正在验收。'), []);
  });

  it('stays silent when another figure of the kind opens the sentence', () => {
    // (30件 is the whole; 22件 a part of it, so the rest after 5件 is not clearly of 22件)
    assert.deepEqual(sums('今年全县30件民生实事中，22件为新增项目，已完成5件，其余19件按进度推进。'), []);
  });
});

// made up: a town's investment, its two parts after a bare 其中, each with its change, split by ；
const investment = (o: { total?: string; second?: string } = {}): string =>
  `上半年，全镇完成全社会固定资产投资${o.total ?? '12.30'}亿元，同比增长18.2%，其中工业投资7.45亿元，同比增长12.6%；${o.second ?? '服务业投资4.85亿元，同比增长27.3%'}。`;

describe('two groups after a bare 其中, each its part and its change', () => {
  it('is silent when the parts stay within the total', () => {
    assert.deepEqual(sums(investment()), []);
  });

  it('reports a total below its two parts', () => {
    assert.deepEqual(sums(investment({ total: '11.07' })), ['11.07亿元']);
  });

  it('reads budget spending by level alike', () => {
    const spending = (total: string): string =>
      `全区地方公共财政预算支出完成${total}万元，比上年同期下降2.1%，其中区本级地方公共财政预算支出完成31264万元，比上年同期下降13.1%；县级地方公共财政预算支出完成46988万元，比上年同期增长5.1%。`;
    assert.deepEqual(sums(spending('78252')), []);
    assert.deepEqual(sums(spending('70427')), ['70427万元']);
  });

  it('stays silent when the second group states a figure of its own', () => {
    // (在谈项目 is a sibling of the projects signed, with an amount of its own)
    assert.deepEqual(sums('上半年签约项目6个，协议引资12.6亿元，其中工业项目3个；在谈项目6个，意向投资额约18亿元。'), []);
  });

  it('stays silent when one part is named more like the total than the other', () => {
    // (住户存款余额 is a narrower scope of 存款余额, 贷款余额 its sibling)
    assert.deepEqual(sums('年末全县金融机构存款余额286亿元，同比增长9.1%，其中，住户存款余额241亿元；贷款余额132亿元，同比增长6.2%。'), []);
  });

  it('stays silent when a part is named by what it did', () => {
    // (企业 whose output grew cut across 高新技术企业)
    assert.deepEqual(sums('全区规上工业企业118家，其中产值实现增长的企业80家，增长面67.8%；高新技术企业41家，占规上工业企业的34.7%。'), []);
  });

  it('stays silent when the two parts are named unalike', () => {
    assert.deepEqual(sums(investment({ total: '11.07', second: '技术改造4.85亿元，同比增长27.3%' })), []);
  });
});

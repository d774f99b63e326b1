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

// Sums read on the layouts real pages paste (issue 12), round 26 (sums30): a total whose line ends with 其中： and whose
// parts follow one numbered line each (1、…；⏎2、…；), the last of them the rest (其他…), is read as all of the total, as the
// same list written in one sentence is; a page copied with its bullets lost (??? 1、…) keeps its numbering. Each case made
// up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const sums = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-sum')
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's medical insurance fund, 万元, its spending listed one numbered line each
const fund = (o: { total?: string; rest?: string; lead?: string; more?: string } = {}): string => `一、城乡居民基本医疗保险基金收支情况

（一）截至2026年6月30日，城乡居民基本医疗保险基金总支出${o.total ?? '5230.40'}万元，其中：

${o.lead ?? ''}1、基本医疗保险待遇支出5221.15万元；

${o.lead ?? ''}2、${o.rest ?? '其他支出'}9.25万元；
${o.more ?? ''}
（二）截至2026年6月30日，城乡居民基本医疗保险基金当期结余-412.6万元。
`;

describe('numbered lines after 其中： that end with the rest', () => {
  it('is silent when the lines add up to the total', () => {
    assert.deepEqual(sums(fund()), []);
    assert.deepEqual(sums(fund({ lead: '??? ' })), []);
  });

  it('reports a total the lines fall short of, as in one sentence', () => {
    assert.deepEqual(sums(fund({ total: '5330.40' })), ['5330.40万元']);
    const sentence = '（一）截至2026年6月30日，城乡居民基本医疗保险基金总支出5330.40万元，其中：基本医疗保险待遇支出5221.15万元，其他支出9.25万元。';
    assert.deepEqual(sums(sentence), ['5330.40万元']);
  });

  it('reads the numbering after a copy artifact at the line start', () => {
    assert.deepEqual(sums(fund({ total: '5330.40', lead: '??? ' })), ['5330.40万元']);
    // a total below its parts, the artifact kept: the sum is read at all
    assert.deepEqual(sums(fund({ total: '4730.40', lead: '??? ' })), ['4730.40万元']);
  });

  it('reads items numbered 1. 2. alike', () => {
    assert.deepEqual(sums(fund({ total: '5330.40' }).replace(/^([12])、/gm, '$1.')), ['5330.40万元']);
  });

  it('leaves a remainder when the last line is not the rest', () => {
    assert.deepEqual(sums(fund({ total: '5330.40', rest: '转移支出' })), []);
  });

  it('leaves a remainder when the numbering goes on after the rest', () => {
    assert.deepEqual(sums(fund({ total: '5330.40', more: '\n3、大病保险支出60万元；\n' })), []);
  });
});

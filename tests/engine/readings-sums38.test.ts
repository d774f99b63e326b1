// Readings of sums38 (issue 12, round 36): a scope's electricity use (全社会用电量) is what its three industries and its
// households used, by definition, the parts often a paragraph or two after the total and a month's set beside the
// year-to-date one. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a province's monthly bulletin, the month's total and the year-to-date one, then each set of parts
const bulletin = (month: string, toDate: string): string =>
  `5月，全省全社会用电量${month}亿千瓦时，同比增长6.20%。1-5月，全省全社会用电量累计${toDate}亿千瓦时，同比增长7.10%。\n\n` +
  '一、全省全社会用电情况\n\n' +
  '5月，第一产业用电量2.10亿千瓦时，同比增长9.50%；第二产业用电量80.40亿千瓦时，同比增长5.20%；第三产业用电量25.30亿千瓦时，同比增长8.10%；城乡居民生活用电量12.20亿千瓦时，同比增长4.40%。\n\n' +
  '1-5月，第一产业用电量9.80亿千瓦时，占全社会用电比重为1.65%；第二产业用电量420.60亿千瓦时，占70.80%；第三产业用电量98.70亿千瓦时，占16.61%；城乡居民生活用电量65.00亿千瓦时，占10.94%。';

describe('electricity use by definition (sums38)', () => {
  it('is silent when each total is its time’s industries and households', () => {
    assert.deepEqual(findings(bulletin('120.00', '594.10'), 'number-sum'), []);
  });

  it('reports a total that is not its time’s industries and households', () => {
    assert.deepEqual(findings(bulletin('108.00', '594.10'), 'number-sum'), ['108.00亿千瓦时']);
    assert.deepEqual(findings(bulletin('120.00', '534.69'), 'number-sum'), ['534.69亿千瓦时']);
  });

  it('cites the definition', () => {
    const message = check(bulletin('108.00', '594.10')).findings.find((f) => f.rule === 'number-sum')?.message ?? '';
    assert.match(message, /= 120亿千瓦时，文中写作108\.00亿千瓦时/);
    assert.match(message, /全社会用电量应等于第一、二、三产业用电量与城乡居民生活用电量之和/);
  });

  it('reads the industries in any order, over two paragraphs, the households last', () => {
    const text = (total: string): string =>
      `1-4月，全市全社会用电量为${total}亿千瓦时，同比下降3.5%。\n\n` +
      '（一）第一、三产业用电量下降。1-4月，第一产业用电量0.20亿千瓦时，同比下降12%。第三产业用电量5.10亿千瓦时，同比下降9.6%。\n\n' +
      '（二）第二产业、居民用电量小幅下降。1-4月，第二产业用电量9.30亿千瓦时，同比下降2.1%，其中，工业用电量8.90亿千瓦时。城乡居民生活用电量7.40亿千瓦时，同比下降1.2%。';
    assert.deepEqual(findings(text('22.00'), 'number-sum'), []);
    assert.deepEqual(findings(text('19.80'), 'number-sum'), ['19.80亿千瓦时']);
  });

  it('is silent when no total of the parts’ time is stated (the month’s parts, only the half year’s total)', () => {
    const text =
      '上半年，全市全社会用电量70.00亿千瓦时，同比增长2.0%。\n\n' + '6月份，第一产业用电量0.05亿千瓦时；第二产业用电量9.20亿千瓦时；第三产业用电量1.50亿千瓦时；城乡居民生活用电量1.40亿千瓦时。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('is silent when two totals of the parts’ time stand before them and neither is theirs (a nation’s, a province’s)', () => {
    const text =
      '1-3月，全国全社会用电量22000亿千瓦时，同比增长9.8%；本省全社会用电量1500亿千瓦时，同比增长7.2%。\n\n' +
      '1-3月，第一产业用电量30亿千瓦时；第二产业用电量1000亿千瓦时；第三产业用电量260亿千瓦时；城乡居民生活用电量230亿千瓦时。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('takes no region’s electricity for the whole (东部地区全社会用电量)', () => {
    const text =
      '1-2月，东部地区全社会用电量6000亿千瓦时，同比增长0.7%。\n\n' + '1-2月，第一产业用电量170亿千瓦时；第二产业用电量8700亿千瓦时；第三产业用电量2500亿千瓦时；城乡居民生活用电量2470亿千瓦时。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('is silent when the households’ figure follows a second set of industries (the half year’s, then the month’s)', () => {
    const text =
      '上半年，全市全社会用电量60.00亿千瓦时。\n\n' +
      '上半年，第一产业用电量0.20亿千瓦时；第二产业用电量41.00亿千瓦时；第三产业用电量7.30亿千瓦时。上半年，第一产业用电量0.04亿千瓦时；第二产业用电量8.20亿千瓦时；第三产业用电量1.30亿千瓦时。\n\n' +
      '上半年，城乡居民生活用电量12.30亿千瓦时。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('is silent when the households’ figure is of another time than the industries before it (the month’s, then the half year’s)', () => {
    const text =
      '上半年，全市全社会用电量61.00亿千瓦时。其中，6月份，全社会用电量为11.00亿千瓦时。\n\n' +
      '6月份，第一产业用电量0.04亿千瓦时；第二产业用电量8.20亿千瓦时；第三产业用电量1.30亿千瓦时。\n\n' +
      '上半年，城乡居民生活用电量12.30亿千瓦时，同比下降0.1%。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});

// made up: a monthly report on state-owned enterprises, each measure for all of them, then (1) the centre's, (2) the localities'
const enterprises = (total: string, measure = '营业总收入'): string =>
  `1-6月，国有企业${measure}${total}亿元，同比增长10.1%。（1）中央企业30000.0亿元，同比增长9.2%。（2）地方国有企业18000.0亿元，同比增长11.3%。`;

describe('state-owned enterprises by holder (sums38)', () => {
  it('is silent when the centre’s and the localities’ make the whole', () => {
    assert.deepEqual(findings(enterprises('48000.0'), 'number-sum'), []);
  });

  it('reports a whole the centre’s and the localities’ do not make', () => {
    assert.deepEqual(findings(enterprises('50000.0'), 'number-sum'), ['50000.0亿元']);
    assert.match(check(enterprises('50000.0')).findings.find((f) => f.rule === 'number-sum')?.message ?? '', /中央企业、地方国有企业构成完整分类/);
  });

  it('takes as the whole only a measure the holders are reported by (not 完成固定资产投资)', () => {
    assert.deepEqual(findings(enterprises('50000.0', '完成固定资产投资'), 'number-sum'), []);
  });
});

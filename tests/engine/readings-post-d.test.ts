// Readings added after the first run on heldout9/10 (tables): a text's figure after “X中，” or 其中 is of one of X's
// parts, not of the row X; a 其中 list that adds up to its row exactly is complete (a 其中 row after it starts another
// list); small whole counts add up to a row only as written, not by the half-unit slack of each figure.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => /^table-/.test(f.rule))
    .map((f) => `${f.rule} ${text.slice(f.offset, f.endOffset)}`);

describe('a figure after “X中，” or 其中 is of a part of X, not of the row X', () => {
  // made up: a county's price indices, the text naming the sub-items of one category
  const doc = (sentence: string, cell = '-0.5'): string =>
    [
      '全年居民消费价格比上年上涨1.2%。' + sentence,
      '',
      '居民消费价格涨跌幅度',
      '指 标 | 比上年增长（%） |',
      '| --- | --- |',
      '居民消费价格指数 | 1.2 |',
      `其中：食品烟酒 | ${cell} |`,
      '衣着 | 2.1 |',
      '居住 | 0.3 |',
      '',
    ].join('\n');

  it('does not take 畜肉价格下降15.2% after 食品烟酒中， for the 食品烟酒 row', () => {
    assert.deepEqual(tableFindings(doc('食品烟酒中，粮食价格上涨1.1%，畜肉价格下降15.2%。')), []);
  });

  it('does not take a figure after 其中 for the row named before it', () => {
    assert.deepEqual(tableFindings(doc('食品烟酒价格下降0.5%，其中畜肉价格下降15.2%。')), []);
  });

  it('still checks the row named right before its figure', () => {
    assert.deepEqual(tableFindings(doc('食品烟酒价格下降0.5%。')), []);
    assert.deepEqual(tableFindings(doc('食品烟酒价格下降0.8%。')), ['table-restatement -0.5']);
  });
});

describe('a 其中 list that makes up its row exactly, then another 其中 list', () => {
  // made up: a county's GDP by sector, then by industry, one cell a line as pasted from a web page
  const doc = (second: string): string =>
    [
      '全县经济平稳运行。',
      '',
      '全县生产总值构成',
      '',
      '指    标',
      '',
      '绝对数（亿元）',
      '',
      '生产总值',
      '',
      '500.00',
      '',
      '其中：第一产业',
      '',
      '50.00',
      '',
      '          第二产业',
      '',
      second,
      '',
      '          第三产业',
      '',
      '250.00',
      '',
      '    其中：农林牧渔业',
      '',
      '55.00',
      '',
      '          工业',
      '',
      '150.00',
      '',
      '          建筑业',
      '',
      '50.00',
      '',
      '          服务业',
      '',
      '245.00',
      '',
      '全县经济结构持续优化。',
      '',
    ].join('\n');

  it('reads two lists, each adding up to the total', () => {
    assert.deepEqual(tableFindings(doc('200.00')), []);
  });

  it('still finds a broken figure in the first list', () => {
    assert.notDeepEqual(tableFindings(doc('210.00')), []);
  });
});

describe('small whole counts do not add up by the slack of their precision', () => {
  // made up: the letters each office handled in a month (no unit: each count read at ±0.5)
  const doc = (rows: string[]): string =>
    ['各承办单位信件办理情况统计表', '', '承办单位 | 承办件数 | 办结数 | 在办数 | 超时未办数 |', '| --- | --- | --- | --- | --- |', ...rows, '', '请各单位按期办结。', ''].join('\n');

  it('does not read an office as the total of the offices below it', () => {
    const rows = ['市甲局 | 40 | 38 | 2 | 0 |', '市乙局 | 6 | 4 | 0 | 2 |', '市丙局 | 9 | 8 | 1 | 0 |', '市丁局 | 4 | 4 | 0 | 0 |', '市戊公司 | 1 | 1 | 0 | 0 |', '市己中心 | 2 | 0 | 0 | 2 |'];
    assert.deepEqual(tableFindings(doc(rows)), []);
  });
});

// Restatements of a price table in the text (issue 12, round 8): a bulletin's text restates its table of price
// changes by category (居民消费价格、食品烟酒、衣着…), under headings and names the earlier readings did not know:
// a column headed 涨跌幅（%）, a change written “医疗保健类上涨0.3%” in a list after 其中, 交通通信 for the row 交通和通信,
// the categories listed before 分别 and their changes after it, and a table of indices with last year at 100.
// Every example is made up; each reported variant is silent without the reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const restated = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'table-restatement' || f.rule === 'number-conflict')
    .map((f) => text.slice(f.offset, f.endOffset));

const gfm = (caption: string, rows: string[][]): string =>
  [caption, '', `| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`), ''].join('\n');

const prices = (heading: string, caption = '表1 2024年居民消费价格比上年涨跌幅度'): string =>
  gfm(caption, [
    ['指标名称', heading],
    ['居民消费价格', '0.3'],
    ['食品烟酒', '-1.2'],
    ['衣着', '0.6'],
    ['交通和通信', '-2.4'],
    ['教育文化和娱乐', '1.7'],
    ['其他用品和服务', '2.2'],
  ]);

describe('a price table restated in the text (restate8)', () => {
  it('reads a column headed 涨跌幅（%） as the changes of its rows', () => {
    const text = (food: string): string => `全年居民消费价格比上年上涨0.3%。分类别看，食品烟酒同比下降${food}，衣着同比上涨0.6%。\n\n${prices('涨跌幅（%）')}`;
    assert.deepEqual(restated(text('1.2%')), []);
    assert.ok(restated(text('6.2%')).length > 0, 'the 食品烟酒 row says -1.2');
  });

  it('reads a change after its category in a 其中 list, a category named without its 和, and a unit in the caption only', () => {
    const text = (transport: string): string =>
      `全年居民消费价格比上年上涨0.3%。其中，衣着类上涨0.6%、交通通信类下降${transport}、其他用品及服务类上涨2.2%。\n\n${prices('增 幅', '表1 2024年居民消费价格比上年涨跌幅度（%）')}`;
    assert.deepEqual(restated(text('2.4%')), []);
    assert.ok(restated(text('7.4%')).length > 0, 'the 交通和通信 row says -2.4');
  });

  it('pairs the categories before 分别 with the changes after it, one by one, with the sign of the verb', () => {
    const text = (clothing: string, other: string): string =>
      `全年居民消费价格比上年上涨0.3%。衣着、教育文化娱乐、其他用品及服务价格分别上涨${clothing}、1.7%和${other}；食品烟酒、交通通信价格分别下降1.2%、2.4%。\n\n${prices('比上年增长（%）')}`;
    assert.deepEqual(restated(text('0.6%', '2.2%')), []);
    assert.ok(restated(text('5.6%', '2.2%')).length > 0, 'the first of the list is 衣着 (0.6)');
    assert.ok(restated(text('0.6%', '7.2%')).length > 0, 'the last of the list is 其他用品和服务 (2.2)');
  });

  it('says nothing when the names before 分别 and the changes after it are not as many', () => {
    const text = `全年居民消费价格比上年上涨0.3%。衣着、教育文化娱乐价格分别上涨5.6%、1.7%和2.2%。\n\n${prices('比上年增长（%）')}`;
    assert.deepEqual(restated(text), []);
  });

  it('reads a table of indices with last year at 100', () => {
    const table = gfm('2024年居民消费价格指数', [
      ['指标', '比上年涨跌（%）'],
      ['居民消费价格总指数', '100.3'],
      ['其中：食品烟酒', '98.8'],
      ['衣着', '100.6'],
    ]);
    const text = (food: string): string => `全年居民消费价格比上年上涨0.3%，其中食品烟酒价格下跌${food}。\n\n${table}`;
    assert.deepEqual(restated(text('1.2%')), []);
    assert.ok(restated(text('6.2%')).length > 0, 'an index of 98.8 is a fall of 1.2%');
  });

  it('does not take a pair of names (蔬菜及食用菌) or the parts of a category (在食品烟酒价格中) for the row', () => {
    const table = gfm('表2 主要农产品生产者价格', [
      ['品种', '增长（%）'],
      ['食品烟酒', '-1.2'],
      ['蔬菜', '2.2'],
      ['水果', '5.3'],
    ]);
    const text = `2024年蔬菜及食用菌产量613.6万吨，同比增长2.7%。在食品烟酒价格中，鲜菜价格上涨6.9%，畜肉价格下跌11.7%。\n\n${table}`;
    assert.deepEqual(restated(text), []);
  });

  it("reads a part named after its whole, with the time and place before the whole's name (年末全县户籍总人口…其中城镇人口)", () => {
    const table = gfm('表1 2024年末户籍人口数及构成', [
      ['指标', '年末数（人）', '比重（%）'],
      ['全县户籍总人口', '533012', '100'],
      ['其中：城镇', '217319', '40.77'],
      ['乡村', '315693', '59.23'],
    ]);
    const text = (urban: string): string => `2024年末全县户籍总人口为53.30万人，其中城镇人口${urban}，乡村人口31.57万人。\n\n${table}`;
    assert.deepEqual(restated(text('21.73万人')), []);
    assert.ok(restated(text('19.56万人')).length > 0, 'the 城镇 row says 217319人');
  });

  it('reads an item after 加上 or 减去 in the balance of a budget as the table row of that name', () => {
    const table = gfm('全区一般公共预算收支执行表（单位：亿元）', [
      ['项目', '执行数'],
      ['收入总计', '62.40'],
      ['一、本级收入', '30.10'],
      ['二、转移性收入', '32.30'],
      ['1.上级补助收入', '22.06'],
      ['2.政府债务转贷收入', '10.24'],
    ]);
    const text = (grant: string): string => `全区一般公共预算收入30.10亿元，加上上级补助收入${grant}、政府债务转贷收入10.24亿元，收入总量为62.40亿元。\n\n${table}`;
    assert.deepEqual(restated(text('22.06亿元')), []);
    assert.ok(restated(text('19.85亿元')).length > 0, 'the 上级补助收入 row says 22.06亿元');
  });
});

// Readings of post32b (issue 12, round 32): a price report's change columns (环比, 同比, 比上月%, 与去年同期相比（%）,
// 变动幅度) against the two price or average columns they compare, at the precision the price columns show; a heading
// of prices over a line of their units pasted one cell per line; a report's lead sentence and section under the
// caption of a pipe table. Each table made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's weekly prices, 本期均价 against 上期均价 (a dash where the price held)
const weekly = (beef: string): string =>
  [
    '项目名称 | 规格等级 | 单位 | 本期均价 | 上期均价 | 变动幅度 | 备注 |',
    '大米 | 一级 | 元/500克 | 2.60 | 2.60 | -- | |',
    '牛肉 | 鲜，腱子肉 | 元/500克 | 42.00 | 40.00 | ' + beef + ' | 正常波动； |',
    '猪肉 | 鲜，后腿肉 | 元/500克 | 12.60 | 13.00 | -3.08% | |',
    '鸡蛋 | 普通鸡蛋 | 元/500克 | 5.50 | 5.40 | 1.85% | |',
    '白菜 | 新鲜一级 | 元/500克 | 1.80 | 2.00 | -10.00% | |',
  ].join('\n');

describe('a price report’s change against its two price columns (post32b)', () => {
  it('is silent when each change is this period’s price over the last one’s', () => {
    assert.deepEqual(findings(weekly('5.00%'), 'table-change'), []);
  });

  it('reports a change that is not the two prices’ growth', () => {
    assert.deepEqual(findings(weekly('8.00%'), 'table-change'), ['8.00%']);
  });

  it('reads 比上月% and 比上年% each against its own base, the month’s average the current level', () => {
    const monthly = (oil: string, eggs = '5.2'): string =>
      [
        '商品名称 | 计量单位 | 上旬平均 | 中旬平均 | 下旬平均 | 本月平均 | 上月平均 | 比上月% | 上年同期 | 比上年% |',
        '菜籽油 | 元/5升 | 70.00 | 70.00 | 70.00 | 70.00 | 70.00 | 0 | 80.00 | ' + oil + ' |',
        '猪肉 | 元/500克 | 15.10 | 14.90 | 14.70 | 14.90 | 15.20 | -2.0 | 12.40 | 20.2 |',
        '牛肉 | 元/500克 | 45.00 | 45.00 | 46.00 | 45.33 | 45.00 | 0.7 | 50.00 | -9.3 |',
        '鸡蛋 | 元/500克 | 6.00 | 6.20 | 6.10 | 6.10 | 5.80 | ' + eggs + ' | 6.50 | -6.2 |',
      ].join('\n');
    assert.deepEqual(findings(monthly('-12.5'), 'table-change'), []);
    assert.deepEqual(findings(monthly('-7.5'), 'table-change'), ['-7.5']);
    assert.deepEqual(findings(monthly('-12.5', '10.2'), 'table-change'), ['10.2']);
  });

  it('orders two days of one year, and reads 与去年同期相比 against the same day a year before', () => {
    const daily = (spinach: string): string =>
      [
        '序号 | 品种 | 2019年3月12日平均批发价格 | 2019年3月11日平均批发价格 | 环比（%） | 2018年3月12日平均批发价格 | 与去年同期相比（%） |',
        '1 | 菠菜 | 3.40 | 3.20 | 6.25% | 3 | ' + spinach + ' |',
        '2 | 芹菜 | 2.50 | 2.60 | -3.85% | 2.20 | 13.64% |',
        '3 | 土豆 | 1.75 | 1.70 | 2.94% | 2.00 | -12.50% |',
        '4 | 萝卜 | 1.15 | 1 | 15.00% | 1.15 | 0.00% |',
      ].join('\n');
    assert.deepEqual(findings(daily('13.33%'), 'table-change'), []);
    assert.deepEqual(findings(daily('18.33%'), 'table-change'), ['18.33%']);
    // (3.20 − 3.40: the 环比 as written for the days the other way round)
    assert.deepEqual(findings(daily('13.33%').replace('6.25%', '-5.88%'), 'table-change'), ['-5.88%']);
  });

  it('reads a whole price among prices with two decimals at two decimals (12 for 12.00)', () => {
    const eggs = (change: string): string =>
      ['品种 | 本期价格 | 上期价格 | 环比% |', '鸡蛋 | 12 | 12 | ' + change + ' |', '鸭蛋 | 7.92 | 7.80 | 1.54 |', '鹅蛋 | 15.35 | 15.20 | 0.99 |', '鹌鹑蛋 | 9.60 | 9.95 | -3.52 |'].join('\n');
    assert.deepEqual(findings(eggs('0.00'), 'table-change'), []);
    assert.deepEqual(findings(eggs('5.00'), 'table-change'), ['5.00']);
  });

  it('is silent on a column most of whose rows its two columns do not bear out', () => {
    const unclear = [
      '品种 | 本期价格 | 上期价格 | 变动幅度（%） |',
      '鸡蛋 | 6.00 | 5.00 | 2.00 |',
      '鸭蛋 | 8.00 | 7.50 | 3.00 |',
      '鹅蛋 | 15.00 | 15.50 | -1.00 |',
      '鹌鹑蛋 | 10.00 | 10.00 | 0.00 |',
    ].join('\n');
    assert.deepEqual(findings(unclear, 'table-change'), []);
  });
});

// made up: a national weekly report's table pasted one cell per line, its units on a line under the heading
const stacked = (pork: string): string =>
  [
    '本周重点监测的畜禽产品价格如下。',
    '',
    '表1 重点监测的畜禽产品价格及变化幅度',
    ...[
      ['产品种类', '上周', '本周', '去年同期', '环比', '同比'],
      ['单位（元/公斤）', '(%)'],
      ['猪肉', '20.00', '19.80', '40.00', pork, '-50.5%'],
      ['羊肉', '70.00', '70.70', '68.00', '1.0%', '4.0%'],
      ['牛肉', '75.00', '75.30', '74.00', '0.4%', '1.8%'],
      ['鸡蛋', '9.80', '9.60', '8.00', '-2.0%', '20.0%'],
    ].flatMap((row) => row.flatMap((c) => [c, '|'])),
    '',
    '以上数据来自批发市场监测。',
  ].join('\n');

describe('a heading over a line of units, pasted one cell per line (post32b)', () => {
  it('reads the heading as the columns and checks the 环比 against 上周 and 本周', () => {
    assert.deepEqual(findings(stacked('-1.0%'), 'table-change'), []);
    assert.deepEqual(findings(stacked('4.0%'), 'table-change'), ['4.0%']);
  });
});

// made up: a city's weekly report, its lead sentence and section in the rows under the caption, items three abreast
const abreast = (cabbage: string): string =>
  [
    '| 某市主要农产品批发价格监测周报 | |||||||||||',
    '| 据批发市场监测：本周全市主要农产品供应充足，批发均价环比两增一降，蔬菜（鲜品）均价为4元/公斤，环比下降1.50%（详见下表）。 | |||||||||||',
    '| 一、蔬菜 | |||||||||||',
    '| 品种 | 本期价格 | 上期价格 | 环比% | 品种 | 本期价格 | 上期价格 | 环比% | 品种 | 本期价格 | 上期价格 | 环比% |',
    '| 菠菜 | 4 | 5 | -20.00 | 白菜 | 1.2 | 1.5 | ' + cabbage + ' | 黄瓜 | 3 | 2.5 | 20.00 |',
    '| 芹菜 | 5 | 4 | 25.00 | 萝卜 | 1 | 1 | 0.00 | 茄子 | 2.4 | 3 | -20.00 |',
    '| 生菜 | 2.4 | 3.2 | -25.00 | 土豆 | 2.6 | 2 | 30.00 | 辣椒 | 6 | 5 | 20.00 |',
    '| 韭菜 | 3 | 4 | -25.00 | 洋葱 | 1.4 | 2 | -30.00 | 豇豆 | 5 | 4 | 25.00 |',
  ].join('\n');

describe('a report’s lead sentence and section under its caption (post32b)', () => {
  it('reads the table under them, each item by its own label', () => {
    assert.deepEqual(findings(abreast('-20.00'), 'table-change'), []);
    assert.deepEqual(findings(abreast('-5.00'), 'table-change'), ['-5.00']);
    const message = check(abreast('-5.00')).findings.find((f) => f.rule === 'table-change')?.message ?? '';
    assert.match(message, /“白菜”行/);
  });
});

// Tables pasted from yearbooks, round 22 (tables24; heldout55's last false alarms and misses): rows whose figures
// moved one column left over an empty cell the copy lost (placed by what adds up down the columns, or not at all), a
// heading that kept its corner but lost a figure column's name, and a structure table under 单位：% whose columns
// are shares of the 100 in its whole's row. Each case made up, each failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const found = (text: string, rule: string): Array<{ at: string; message: string }> =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => ({ at: text.slice(f.offset, f.endOffset), message: f.message }));

const at = (text: string, rule: string): string[] => found(text, rule).map((f) => f.at);

describe('rows whose figures moved left over an empty cell the copy lost', () => {
  // 2.制造业 holds 城镇集体 60 and 其他 5340, 4.交通运输业 国有 350 and 其他 550, 6.住宿业 城镇集体 20 and 其他 280:
  // each row lost its empty cell and the copy padded its end
  const table = (state: number): string =>
    [
      '| 表3 县城年末单位就业人员 | ||||',
      '| （2022年） 单位：人 | ||||',
      '| 分 类 | 合 计 | 国 有 | 城镇集体 | 其 他 |',
      `| 总 计 | 12520 | ${state} | 158 | 9012 |`,
      '| 一、按行业分组 | ||||',
      '| 1.农业 | 120 | 100 | 8 | 12 |',
      '| 2.制造业 | 5400 | 60 | 5340 | |',
      '| 3.建筑业 | 3200 | 400 | 30 | 2770 |',
      '| 4.交通运输业 | 900 | 350 | 550 | |',
      '| 5.教育 | 2600 | 2500 | 40 | 60 |',
      '| 6.住宿业 | 300 | 20 | 280 | |',
      '',
    ].join('\n');

  it('places each such row where every column adds up, and says nothing of a table that adds up so', () => {
    assert.deepEqual(at(table(3350), 'table-sum'), []);
  });

  it('still reports a column that adds up in no placement, with the rows placed where the other columns add up', () => {
    const findings = found(table(3530), 'table-sum');
    const state = findings.find((f) => f.at === '3530');
    assert.ok(state, JSON.stringify(findings));
    // the 国有 column so placed: 100 + 400 + 350 + 2500, not the 60 and 20 those rows hold in other columns
    assert.match(state.message, /1\.农业100 \+ 3\.建筑业400 \+ 4\.交通运输业350 \+ 5\.教育2500 = 3350/);
  });

  it('says nothing of rows that two placements put in different columns, both adding up', () => {
    const text = [
      '| 表4 乡镇单位就业人员 | ||||',
      '| 单位：人 | ||||',
      '| 分 类 | 合 计 | 国 有 | 城镇集体 | 其 他 |',
      '| 总 计 | 660 | 340 | 140 | 180 |',
      '| 1.农业 | 500 | 300 | 100 | 100 |',
      '| 2.工业 | 50 | 40 | 10 | |',
      '| 3.商业 | 110 | 40 | 70 | |',
      '',
    ].join('\n');
    assert.deepEqual(at(text, 'table-sum'), []);
  });
});

describe("a heading that kept its corner and lost one figure column's name", () => {
  const text = [
    '表8-3  油料作物播种面积',
    '单位：千公顷',
    '    项目 2010 2015 2016',
    '    合计 120.50 98.40 97.10 97.0972',
    '    按播种季节分',
    '    春播 80.30 60.00 60.10 60.0972',
    '    秋播 40.20 38.40 37.00 37.0000',
    '    按品种分',
    '    花生 70.20 60.10 59.30 59.3041',
    '    油菜籽 40.10 30.20 29.80 29.8011',
    '    芝麻 10.40 8.10 8.00 7.9920',
    '',
  ].join('\n');

  it("names no column it cannot place: the figure is reported under its column's number, not under 项目", () => {
    const findings = found(text, 'table-sum');
    assert.deepEqual(
      findings.map((f) => f.at),
      ['120.50'],
    );
    assert.match(findings[0]!.message, /“合计”行“第2列”/);
    assert.doesNotMatch(findings[0]!.message, /“项目”/);
  });
});

describe("a structure table under 单位：%: each year a column of shares of the 100 in its whole's row", () => {
  const table = (vegetables: string, whole2020 = '100.00'): string =>
    [
      '表5  主要农作物种植结构',
      '单位：%',
      '     2010 2015 2020',
      ` 农作物总播种面积 100.00 100.00 ${whole2020}`,
      '   粮食作物 70.10 68.20 66.50',
      '     谷物 60.00 58.10 56.40',
      '     豆类 10.10 10.10 10.10',
      '   油料作物 9.90 10.30 11.20',
      `   蔬菜 12.00 ${vegetables} 14.10`,
      '   其他农作物 8.00 8.00 8.20',
      '',
    ].join('\n');

  it('reports a year whose groups make more than 100, more than their rounding allows, and no year whose groups make 100', () => {
    assert.deepEqual(at(table('13.50'), 'table-sum'), []);
    const findings = found(table('13.60'), 'table-sum');
    assert.deepEqual(
      findings.map((f) => f.at),
      ['100.00'],
    );
    assert.match(findings[0]!.message, /= 100\.1，与“农作物总播种面积”行“2015”的100\.00相差0\.1；/);
  });

  it('reads a year whose whole was misprinted (95.00) as shares all the same, the other years reading 100', () => {
    assert.deepEqual(at(table('13.50', '95.00'), 'table-sum'), ['95.00']);
  });
});

describe('a heading row of # columns pasted whole under the row of the columns they belong to', () => {
  // 户数 | 就业人数 | # 投资者 | 城镇就业人数 | # 投资者 | 乡村就业人数 | # 投资者: the # row's cells written from the left
  const table = (town: string): string =>
    [
      '| 表7 各县私营企业就业人数 | |||||||',
      '| 单位：万户、万人 | |||||||',
      '| 地 区 | 户数 | 就业人数 | 城镇就业人数 | 乡村就业人数 | |||',
      '| # 投资者 | # 投资者 | # 投资者 | |||||',
      '| 全 市 | 12.4 | 168.9 | 30.2 | 101.3 | 19.8 | 67.6 | 10.4 |',
      `| 甲 县 | 4.1 | 60.2 | 10.3 | ${town} | 6.9 | 22.1 | 3.4 |`,
      '| 乙 县 | 3.6 | 47.5 | 8.8 | 30.4 | 5.6 | 17.1 | 3.2 |',
      '| 丙 县 | 2.5 | 31.0 | 6.0 | 18.7 | 3.9 | 12.3 | 2.1 |',
      '| 丁 县 | 2.2 | 30.2 | 5.1 | 14.1 | 3.4 | 16.1 | 1.7 |',
      '',
    ].join('\n');

  it('puts each # column after the column it is a part of (one of a name under each), and checks 就业人数 as 城镇 and 乡村 together', () => {
    assert.deepEqual(at(table('38.1'), 'table-sum'), []);
    const findings = found(table('39.1'), 'table-sum');
    assert.ok(
      findings.some((f) => f.at === '60.2' && /城镇就业人数39\.1 \+ 乡村就业人数22\.1 = 61\.2，与“甲县”行“就业人数”的60\.2/.test(f.message)),
      JSON.stringify(findings),
    );
  });
});

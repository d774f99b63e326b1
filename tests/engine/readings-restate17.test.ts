// Readings of round 17 for restatements (restate17): a measure keyed by the figure before it only for being short, when
// that figure is a sibling of one measure word, a change or a count of another unit, is named by itself. Each case is
// a made-up text: reported where the two statements disagree, silent where they agree or the text is unclear.

import { reports, silent } from './figure-findings';

describe('number-conflict: a sibling in a list of one measure word is named by itself (restate17)', () => {
  const text = (milk: string): string =>
    '一、主要畜产品\n\n全年全县猪牛羊肉产量12.40万吨，增长3.1%；牛奶产量8.76万吨，增长5.2%；禽蛋产量1.05万吨，增长2.0%。\n\n' +
    `二、奶业生产\n\n年末奶牛存栏12.5万头，同比增长2.4%；牛奶产量${milk}，增长5.2%。\n`;
  it('compares the two statements of 牛奶产量, one after 猪牛羊肉产量 and one after 奶牛存栏', () => {
    silent(text('8.76万吨'));
    reports(text('7.86万吨'), 'number-conflict', '7.86万吨');
  });
  it('stays silent on a sibling after 其中 that is a part of another whole, and compares it outside one', () => {
    const parts = (n: string): string => '全年粮食产量45.2万吨，油料产量3.10万吨。\n\n' + `二、农业\n\n全年农作物播种面积120万亩，其中粮食播种面积80万亩，油料产量${n}。\n`;
    silent(parts('2.60万吨'));
    const year = (n: string): string => `全年粮食产量45.2万吨，油料产量3.10万吨。\n\n二、农业\n\n全年蔬菜产量20.3万吨，油料产量${n}。\n`;
    silent(year('3.10万吨'));
    reports(year('2.60万吨'), 'number-conflict', '2.60万吨');
  });
  it('stays silent on a measure of what was done to the thing before it (投资 after 新增投资)', () => {
    silent('7月，续建项目新增投资55.55亿元，1~7月累计完成投资268.78亿元。新建项目新增投资12.6亿元，1~7月累计完成投资64.32亿元。\n');
  });
});

describe('table-restatement: a part keyed by a change or a count of another unit before it (restate17)', () => {
  const table = (urban: string): string =>
    [
      '表1 2024年末户籍人口及构成',
      '',
      '| 指标 | 人数（人） | 比重（%） |',
      '|---|---|---|',
      '| 全县户籍总人口 | 521340 | 100.0 |',
      `| 其中：城镇 | ${urban} | 44.14 |`,
      '| 乡村 | 291222 | 55.86 |',
      '',
    ].join('\n');
  it('reads 城镇人口 after 比上年末增加 as the row 城镇, not a part of the increase', () => {
    const text = (urban: string): string => `2024年末全县户籍总人口521340人，比上年末增加2150人，其中城镇人口${urban}人，乡村人口291222人。\n\n${table('230118')}`;
    silent(text('230118'));
    reports(text('203118'), 'table-restatement', '203118人');
  });
  it('reads 城镇人口 after 年末总户数 (户, another unit) as the row 城镇', () => {
    const text = (urban: string): string => `年末总户数15.2万户，城镇人口${urban}人，乡村人口291222人。\n\n${table('230118')}`;
    silent(text('230118'));
    reports(text('203118'), 'table-restatement', '203118人');
  });
  it('reads a sibling product named after the one before it as its own row', () => {
    const products = (tea: string): string =>
      `全年粮食产量54300吨，增长0.4%。蔬菜产量2.88万吨，增长6.9%；茶叶产量${tea}，增长3.6%。\n\n` +
      ['表2 主要农产品产量', '', '| 产品名称 | 绝对数（吨） | 比上年增长（%） |', '|---|---|---|', '| 粮食 | 54300 | 0.4 |', '| 蔬菜 | 28800 | 6.9 |', '| 茶叶 | 700 | 3.6 |', ''].join('\n');
    silent(products('700吨'));
    reports(products('630吨'), 'table-restatement', '630吨');
  });
});

// Rates named by the verb of their numerator whose base is the set the group of clauses opens with (issue 12):
// 25个新开工项目…，已开工17个，开工率为68%; each case holds in one text and is broken in another, and the texts where
// the base is not plain stay silent.

import { reportsArithmetic as reports, silentOnArithmetic as silent } from './figure-findings';

describe('a rate named by its verb over the set its group opens with', () => {
  const started = (rate: string): string => `今年全区共有40个新开工项目，截至8月底，已开工30个，开工率为${rate}。`;

  it('is silent when the count done over the set gives the rate', () => {
    silent(started('75%'));
  });

  it('reports a rate the two counts do not give', () => {
    reports(started('80%'), '开工率 = 30个 ÷ 40个 = 75%');
  });

  it('takes the set when a percentage of another measure stands between', () => {
    const text = (rate: string): string => `其中，12个续建项目进度为71.5%;32个新开工项目进度为55.2%，已开工24个，开工率为${rate}。`;
    silent(text('75%'));
    reports(text('70%'), '开工率 = 24个 ÷ 32个 = 75%');
  });

  it('passes over the numerator of another rate named by its verb', () => {
    const text = (rate: string): string => `全县新签约招商项目40个（总投资120.5亿元），已履约32个，履约率80%，已开工26个，开工率${rate}，到位资金9.6亿元。`;
    silent(text('65%'));
    reports(text('60%'), '开工率 = 26个 ÷ 40个 = 65%');
  });

  it('reads the set the count done is among (…中已开工…)', () => {
    const text = (rate: string): string => `48个新开工项目中已开工36个，开工率为${rate};20个竣工项目中已竣工5个，竣工率为25%。`;
    silent(text('75%'));
    reports(text('70%'), '开工率 = 36个 ÷ 48个 = 75%');
  });

  it('reads a page in 繁體 with its pinyin glosses', () => {
    const text = (rate: string): string => `32個（gè）新開（kāi）工項（xiàng）目進（jìn）度為55.2%，已開（kāi）工24個（gè），開（kāi）工率為${rate}。`;
    silent(text('75%'));
    reports(text('70%'), '开工率 = 24個 ÷ 32個 = 75%');
  });

  it('reads a table row flattened to text, its cells parted by spaces', () => {
    const text = (rate: string): string => `2.开发公益性岗位400个 完成500个，完成率${rate}`;
    silent(text('125%'));
    reports(text('120%'), '完成率 = 500个 ÷ 400个 = 125%');
  });

  it('is silent when two counts of the unit could be the base', () => {
    silent('全县共有招商项目40个，重点项目12个，已开工10个，开工率30%。');
  });

  it('is silent when the count before the numerator in its clause is of something else', () => {
    silent('重点受灾县完成投资的118%;5个一般受灾县完工9个，完工率82%，完成投资2.3亿元。');
  });

  it('is silent when the count before the rate is not named by its verb', () => {
    silent('全县共有40个新开工项目，已开工30个，竣工率为60%。');
  });
});

describe('约 ending a word before a figure (履约, 节约)', () => {
  it('reads the figure after 履约 as exact, so its rate is checked', () => {
    silent('全区新签约招商项目40个，已履约32个，履约率80%。');
    reports('全区新签约招商项目40个，已履约32个，履约率85%。', '履约率 = 32个 ÷ 40个 = 80%');
  });
});

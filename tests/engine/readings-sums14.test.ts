// Readings of round 14 (branch sums14): number-sum recall. Each case is a made-up text: the reading catches a broken
// total, stays silent where the figures hold, and does not read what it must not.

import assert from 'node:assert/strict';
import { figureFindings, reports, silent } from './figure-findings';

const noSum = (text: string): void =>
  assert.deepEqual(
    figureFindings(text)
      .filter((f) => f.rule === 'number-sum')
      .map((f) => f.message),
    [],
  );

describe('number-sum: measures listed side by side after 其中 (sums14)', () => {
  it('reads pieces of two measures each, 、 between them, after 其中 opening the next sentence', () => {
    silent('全乡有3个贫困村，贫困人口200户、800人。其中：甲村60户、250人，乙村80户、300人，丙村60户、250人。');
    reports('全乡有3个贫困村，贫困人口180户、800人。其中：甲村60户、250人，乙村80户、300人，丙村60户、250人。', 'number-sum', '200户');
    reports('全乡有3个贫困村，贫困人口200户、720人。其中：甲村60户、250人，乙村80户、300人，丙村60户、250人。', 'number-sum', '800人');
  });
  it('reads pieces that repeat several measures with words between, split by ；', () => {
    const text = (ewes: number): string =>
      `全乡为贫困户50户、200人提供了基础母羊${ewes}只、母猪60头、鸡苗900只。其中，甲村30户、120人扶持基础母羊20只、母猪35头、鸡苗500只；乙村20户、80人扶持基础母羊10只、母猪25头、鸡苗400只。`;
    silent(text(30));
    reports(text(27), 'number-sum', '30只');
  });
  it('reads pieces over several sentences when each repeats the first piece’s words, and skips their changes', () => {
    const text = (accidents: number): string =>
      `1-6月，全市共发生生产安全事故${accidents}起，死亡9人，受伤6人，同比减少3起。其中，道路运输业事故8起，死亡6人，同比减少2起1人。建筑业事故3起，死亡2人，同比减少1起。商贸业事故1起，死亡1人。`;
    silent(text(12));
    reports(text(11), 'number-sum', '12起');
    // the deaths' column too, told from the injuries by its name
    reports(text(12).replace('死亡9人', '死亡8人'), 'number-sum', '9人');
  });
  it('ends the list at a sentence that opens with a total of its own', () => {
    noSum('全区发生事故3起，死亡2人。其中，甲镇事故1起，死亡1人。乙镇事故2起，死亡1人。全市共发生事故30起，死亡20人。');
  });
  it('ends the list at a nested 其中', () => {
    silent('全县低保对象500户、900人，其中城市低保200户、300人，其中特困人员50户、60人；农村低保300户、600人。');
  });
});

describe('number-sum: a count of places with a bracket before 中 (sums14)', () => {
  it('reads 18个镇（办）中， as the total of the counts that follow', () => {
    silent('18个镇（办）中，人口超过2万的镇（办）有4个，在1万至2万之间的有9个，少于1万的有5个。');
    reports('16个镇（办）中，人口超过2万的镇（办）有4个，在1万至2万之间的有9个，少于1万的有5个。', 'number-sum', '18个');
  });
  it('takes no bracket of figures for the noun', () => {
    noSum('16个镇（含3个街道）中，人口超过2万的有4个，在1万至2万之间的有9个，少于1万的有5个。');
  });
});

describe('number-sum: a list after 其中 in mid-sentence ends with its period (sums14)', () => {
  it('takes no sibling of the total in the next sentence for one more piece', () => {
    noSum('普通中学38所，在校学生2.95万人，其中：高中9所，在校学生1.23万人；初中29所，在校学生1.72万人。小学48所，在校学生4.48万人。');
    reports('普通中学38所，在校学生2.65万人，其中：高中9所，在校学生1.23万人；初中29所，在校学生1.72万人。小学48所，在校学生4.48万人。', 'number-sum', '2.95万人');
  });
});

describe('number-sum: columns need units of their own or names (sums14)', () => {
  it('lines up no two totals of one unit by their order alone', () => {
    noSum('累计争取上级资金2000万元，其中：中央资金1800万元，省级资金200万元；累计争取债券资金3300万元，其中：专项债资金2850万元，一般债资金450万元。');
    noSum('交由市政府办理的议案1件、代表建议93件，其中财政经济方面25件，占26.9%；农业农村方面26件，占28%。');
  });
});

describe('number-sum: columns that could belong to two totals, or that run out (sums14)', () => {
  it('lines up no pieces after two pairs of totals of the same units', () => {
    noSum('共退回补充侦查36件67人，重报35件68人。其中一次退回补充侦查30件54人，一次重报28件52人，二次退回补充侦查6件13人。');
  });
  it('leaves a ragged list (a last piece with fewer measures) to the list of one measure', () => {
    const text = (used: string): string =>
      `当年批复指标70亿元，已用指标${used}亿元，结余10亿元。其中：县直部门批复指标40亿元，已用指标34亿元，结余6亿元；各乡镇批复指标10亿元，已用指标6亿元，结余4亿元；实拨单位批复指标20亿元，已用指标20亿元。`;
    silent(text('60'));
    // all three pieces of the used quota: 34 + 6 + 20 = 60, which a list of two would not see
    reports(text('55'), 'number-sum', '60亿元');
  });
});

// Readings of round 24 for the real errors the first run of heldout64–67 missed (issue 12): a bracket after a stray
// comma, a 其中 list after a bracket, a numbered list closed by an item saying the other fields had none, the parts done and not done of a pair of totals, and an indicator's gap to the time schedule stated twice.

import { reports, silent } from './figure-findings';

describe('readings of sums and restatements, round 24 (real64: heldout64–67)', () => {
  describe('number-sum: a bracket glossing a pair of totals after a stray comma', () => {
    const text = (persons: string): string => `现有帮扶对象40户${persons}人，（2021年识别5户12人，2022年识别25户80人，2023年识别10户23人），均已落实帮扶措施。`;

    it('adds each measure of the pieces up, as with no comma before the bracket', () => {
      silent(text('115'));
      reports(text('114'), 'number-sum', '与总数114人相差1人');
    });
  });

  describe('number-sum: a 其中 list after the bracket that glosses the totals', () => {
    const text = (persons: string): string =>
      `现有帮扶对象40户115人（2021年识别5户12人，2022年识别25户80人，2023年识别10户23人），其中突发严重困难户20户${persons}人，脱贫不稳定户12户30人，边缘易致贫户8户20人。`;

    it('reads the list after the bracket as the parts of the figures before it', () => {
      silent(text('65'));
      reports(text('70'), 'number-sum', '比总数115人还多5人');
    });
  });

  describe('number-sum: numbered items closed by one saying the other fields had none', () => {
    const text = (count: string, change: string): string =>
      `按行业统计：全县共发生生产安全事故${count}起，死亡4人，受伤2人，直接经济损失5.40万元。同比，事故起数减少${change}起；死亡人数减少2人；受伤人数减少1人；直接经济损失减少10.20万元。\n\n` +
      '1.工矿商贸事故4起，死亡2人，受伤2人，直接经济损失3.20万元。同比，事故起数减少1起；死亡人数减少1人；受伤人数持平；直接经济损失减少6.00万元。\n\n' +
      '2.建筑施工事故3起，死亡2人，受伤0人，直接经济损失2.20万元。同比，事故起数减少2起；死亡人数减少1人；受伤人数减少1人；直接经济损失减少4.20万元。\n\n' +
      '3.水上交通、特种设备等其他领域没有事故发生。';

    it('reads the items as all of the total, with no remainder', () => {
      silent(text('7', '3'));
      reports(text('8', '3'), 'number-sum', '与总数8起相差1起');
    });

    it('does not compare the items’ changes: a field with none this year may have had some last year', () => {
      silent(text('7', '4'));
    });

    it('leaves a remainder to other fields when no item closes the list', () => {
      silent(text('8', '3').replace('3.水上交通、特种设备等其他领域没有事故发生。', '3.其他事故的情况另行通报。'));
    });
  });

  describe('number-sum: the parts done and not done of a pair of totals, each with its bracket', () => {
    const text = (households: string, persons: string): string =>
      `全市纳入监测对象${households}户${persons}人，已经消除风险1500户3300人（其中脱贫不稳定户500户1100人、边缘易致贫户1000户2200人），尚未消除风险400户900人（其中脱贫不稳定户150户300人、边缘易致贫户250户600人）。`;

    it('adds the parts up for each measure of the pair', () => {
      silent(text('1900', '4200'));
      reports(text('1710', '4200'), 'number-sum', '与总数1710户相差190户');
      reports(text('1900', '3780'), 'number-sum', '与总数3780人相差420人');
    });
  });

  describe('number-conflict: an indicator’s gap to the time schedule stated twice', () => {
    const text = (gap: string): string =>
      '1-6月，全市外贸进出口总额完成50.20亿元，同比增长12%。加工贸易完成进出口额3.20亿美元，完成年度任务的40.50%，与时序进度差9.50个百分点。社会消费品零售总额完成300亿元，完成年度任务的48.00%，与时序进度差2.00个百分点。\n\n' +
      `从指标完成情况看，社会消费品零售总额稳步增长；加工贸易同比下降了3个百分点，与时序进度差${gap}个百分点。`;

    it('compares the two gaps of one indicator', () => {
      silent(text('9.50'));
      reports(text('9.52'), 'number-conflict', '写作9.50个百分点');
    });

    it('does not compare the gaps of two indicators', () => {
      silent(text('9.50').replace('加工贸易同比下降', '外商直接投资同比下降'));
    });
  });
});

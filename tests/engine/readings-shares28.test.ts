// Readings of round 28 (shares28): shares listed before the run of another whole, the one or two shares left at the end
// of a run's period, and a list whose first share is read in the period of its whole. Each case is a made-up text
// modelled on a real one: the reading keeps it silent, and a slip in the same words is reported.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: shares of a bracketed list before a run of shares of another whole (shares28)', () => {
  const text = [
    '截至2024年12月15日，全县共发生火灾300起，直接财产损失500.00万元，同比分别上升1.01%，下降30.00%。',
    '',
    '1、从各区块火灾情况分析：火灾起数排在前五位的是：甲街道60起、乙镇40起、丙镇30起、丁镇25起、戊街道25起，总计占火灾总数的60.00%.2、从火灾发生场所分析：建构筑物火灾共发生120起（非经营性场所80起，经营性场所40起，占火灾总起数的40.00%；其中居住场所火灾64起，占53.33%，生产加工场所火灾26起，占21.67%，商业网点火灾18起，占15.00%，物资仓储场所8起，占6.67%，餐饮场所4起，占3.33.）室外设施设备火灾45起，占15.00%，露天场所火灾6起，占2.00%，户外植被火灾30起，占10.00%，交通工具火灾75起，占25.00%，垃圾及废弃物火灾24起，占8.00%.3、从起火原因分析：电气火灾90起，占30.00%，用火不慎36起，占12.00%。',
    '',
  ].join('\n');
  it('reads the shares in the bracket against the fires they break down, not the share before 其中', () => {
    silent(text);
    reports(text.replace('占6.67%', '占11.67%'), 'number-ratio', '8起 ÷ 120起');
    reports(text.replace('占21.67%', '占26.67%'), 'number-ratio', '26起 ÷ 120起');
  });
  it('still reads the run after the bracket against all the fires', () => {
    reports(text.replace('占25.00%', '占27.00%'), 'number-ratio', '75起 ÷ 300起');
  });
});

describe('number-ratio: shares left at the end of a run’s period (shares28)', () => {
  const text =
    '今年共收到代表建议500件。根据建议内容和单位职能职责，建议交由有关机关办理。其中，省人大常委会机关办理10件，占2.00%；省人民政府办理440件（含会办），占88.00%；省监察委员会办理5件，占1.00%；省高级人民法院办理20件，占4.00%；省人民检察院办理15件，占3.00%；党群机关办理50件，占10.00%。';
  it('reads the last two shares of the period against the run’s whole, after one that does not hold', () => {
    silent(text);
    // (the last three divided by another base, as if the whole were 455)
    const slips = text.replace('占4.00%', '占4.40%').replace('占3.00%', '占3.30%').replace('占10.00%', '占11.00%');
    findingAt(slips, '4.40%');
    findingAt(slips, '3.30%');
    findingAt(slips, '11.00%');
  });
  it('does not go on with shares that add up to 100 of parts short of the total', () => {
    const own =
      '今年共受理信访举报708件，办结708件，办结率100%。\n\n从问题来源来看，群众反映516件，占比73.71%；群众举报4件，占比0.57%；监督执纪中发现83件，占比11.86%；巡视巡查中发现7件，占比1%；职能部门移交14件，占比2%；其他76件，占比10.86%。';
    noFindingAt(own, '10.86%');
  });
});

describe('number-ratio: a list opened by 其中 in the period after its whole (shares28)', () => {
  const text =
    '某县2023年计划投入财政衔接资金8000.00万元，实施项目150个。其中：乡村建设行动项目60个，投1600.40万元，占20.0%；产业发展项目70个，计划投资5200.00万元，占65.0%；金融类项目3个，计划投资160万元，占2.0%；就业类项目5个，计划投资400万元，占5.0%；教育类项目4个，计划投资240万元，占3.0%；其它项目（设计、监理、验收）8个，计划投资399.60万元，占5.0%。';
  // two shares forced to make 100% together: too many wrong for a list of shares of an earlier total
  const forced = text.replace('占5.0%；教育', '占5.3%；教育').replace('占3.0%；其它', '占2.7%；其它');
  it('reads the shares after the first against its whole, past each item’s count of projects', () => {
    silent(text);
    findingAt(forced, '5.3%');
    findingAt(forced, '2.7%');
  });
  it('does not go on past another figure of the whole’s unit between the items', () => {
    const other = forced.replace('就业类项目5个，', '就业类项目5个，上年投资300万元，');
    noFindingAt(other, '5.3%');
  });
});

// Readings of round 30 (shares30): shares listed with 分别占 that name their whole in words no figure is named by
// (投诉总量, 系统受理诉求总量) are of the level the listed parts break down. Each case is a made-up text modelled on a real
// one: the reading keeps it silent, and a slip in the same words is reported at the share that slipped.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: 分别占 shares of the whole the listed parts break down (shares30)', () => {
  const two = '5月，全县在12315平台共受理投诉1850件，其中商品类1020件，服务类830件，分别占投诉总量的55.14%、44.86%。';
  const three = '本月投诉举报工单共520件，其中，群众自行在平台登记250件、来电登记170件、来信登记100件，分别占系统受理诉求总量的48.08%、32.69%和19.23%。';
  it('reads two shares against the total their parts add up to', () => {
    silent(two);
    reports(two.replace('55.14%', '60.14%'), 'number-ratio', '1020件 ÷ 1850件');
    findingAt(two.replace('55.14%', '60.14%'), '60.14%');
  });
  it('reads three shares, the slip reported where it stands, not only at the last share', () => {
    silent(three);
    findingAt(three.replace('48.08%', '53.08%'), '53.08%');
    findingAt(three.replace('32.69%', '37.69%'), '37.69%');
  });
  it('stays silent when the parts do not add up to the level before them', () => {
    const short = three.replace('来信登记100件', '来信登记80件').replace('48.08%', '53.08%');
    noFindingAt(short, '53.08%');
  });
  it('stays silent when the shares are of another, wider whole (none holds against the list’s total)', () => {
    const wider = '全年某区共接报火灾1000起，其中城区600起、农村400起，分别占全市火灾总数的5.2%、3.5%。';
    silent(wider);
  });
});

describe('number-ratio: bracketed shares of lists each opened by 其中 after its own whole (shares30)', () => {
  const text =
    '本月水污染投诉310件，其中工业废水250件（80.6%）；噪声污染投诉160件，其中工业噪声50件（31.3%）、社会生活噪声48件（30.0%）、建筑噪声36件（22.5%）、餐饮噪声10件（6.3%）；其他类型问题42件。';
  it('reads each list against the level right before its 其中', () => {
    silent(text);
    reports(text.replace('36件（22.5%）', '36件（27.5%）'), 'number-ratio', '36件 ÷ 160件');
    findingAt(text.replace('36件（22.5%）', '36件（27.5%）'), '27.5%');
  });
  it('reads a list of one share against the level right before its 其中', () => {
    findingAt(text.replace('250件（80.6%）', '250件（85.6%）'), '85.6%');
  });
  it('stays silent when most shares of a list do not fit the level before its 其中', () => {
    const other = text.replace('（31.3%）', '（11.3%）').replace('（30.0%）', '（10.0%）').replace('（22.5%）', '（7.5%）');
    noFindingAt(other, '11.3%');
    noFindingAt(other, '7.5%');
  });
});

describe('number-ratio: shares of a hotline’s intake, each channel counted by its own word (shares30)', () => {
  const text =
    '全年共受理群众诉求52000件，其中，接听电话46800个，占全部诉求的90.00%；受理微信留言3120条，占6.00%；受理短信1040条，占2.00%；受理市长信箱来信780件，占1.50%；受理省级热线转件260个，占0.50%。';
  it('reads each share against the total in 件 the parts add up to exactly', () => {
    silent(text);
    reports(text.replace('占2.00%', '占7.00%'), 'number-ratio', '1040条 ÷ 52000件');
    findingAt(text.replace('占2.00%', '占7.00%'), '7.00%');
  });
  it('reads votes in 张 against the cases in 件', () => {
    const votes = '大厅累计办件2400件，群众评价满意票2390张，占比99.58%，基本满意4张，占0.17%，不满意票6张，占比0.25%。';
    silent(votes);
    findingAt(votes.replace('占比99.58%', '占比94.58%'), '94.58%');
  });
  it('stays silent when the parts do not add up to the total exactly', () => {
    const short = text.replace('受理短信1040条', '受理短信1000条').replace('占2.00%', '占7.00%');
    noFindingAt(short, '7.00%');
  });
});

// Readings of restatements (issue 12, branch restate30): a change named by the measure it changes (規上工業增加值同比增長
// 8.4% in a summary paragraph, 規上工業增加值增長3.7% in the industry's paragraph) is one change stated twice, compared as
// statements are; a change keyed by a level further back, or two changes each after a level of its own, are not. And the
// scopes by line that scopes.ts reads with one walker (a fund's section, a marked block, a numbered item, a year's lines)
// still keep one measure of two scopes apart. Each case is a made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: a change named by its measure, stated twice (restate30)', () => {
  const industry = (later: string): string =>
    '青山區一季度經濟運行情況\n\n' +
    '一季度，全區經濟運行總體平穩。實現地區生產總值512.6億元，增長5.1%。規上工業增加值同比增長7.9%，社會消費品零售總額增長4.6%。\n\n' +
    `工業穩中有進。規上工業增加值增長${later}，高于全省1.2個百分點。`;

  it('compares a summary paragraph’s change with the body’s change of the same measure', () => {
    silent(industry('7.9%'));
    reports(industry('3.2%'), 'number-conflict', '3.2%');
  });

  const retail = (later: string): string =>
    '青山區一季度經濟運行情況\n\n' +
    '一季度，全區經濟運行總體平穩。規上工業增加值同比增長7.9%，社會消費品零售總額增長4.6%，固定資產投資增長6.2%。\n\n' +
    `消費市場回暖。社會消費品零售總額實現218.4億元，增長${later}。其中餐飲收入同比增長9.1%。`;

  it('reads a change right after its named level as that measure’s change', () => {
    silent(retail('4.6%'));
    reports(retail('3.6%'), 'number-conflict', '3.6%');
  });

  const revenue = (later: string): string =>
    '綠水縣一季度財政收支情況\n\n1-3月份，全县一般公共预算收入累计完成24518万元，占预算的22.4%，增长11.6%。\n\n' + `一、收入情況。1-3月份，一般公共预算收入完成24518万元，同比增长${later}。`;

  it('reads a change after its level and the share of the budget the level reaches', () => {
    silent(revenue('11.6%'));
    reports(revenue('16.6%'), 'number-conflict', '16.6%');
  });

  const bullets = (level: string, change: string): string =>
    '綠水市一季度固定資產投資情況\n\n全市固定资产投资完成162.5亿元 同比增长8.1%\n\n●第二产业投资完成71.4亿元 同比增长5.6%\n\n●第三产业投资完成80.2亿元 同比增长10.3%\n\n' +
    `分产业看，第二产业投资${level}亿元，同比增长${change}；第三产业投资80.2亿元，同比增长10.3%。`;

  it('reads a bulleted line’s measure without its mark, and its change after a space', () => {
    silent(bullets('71.4', '5.6%'));
    reports(bullets('77.4', '5.6%'), 'number-conflict', '77.4亿元');
    reports(bullets('71.4', '6.5%'), 'number-conflict', '6.5%');
  });

  const farther = (second: string): string =>
    '綠水縣上半年經濟運行情況\n\n' +
    '上半年，全縣實現地區生產總值86.3億元，增長5.4%。第一产业增加值3.1亿元，增长3.7%；第二产业增加值27.6，增长4.9%。\n\n' +
    `農業生產平穩。上半年，第一产业增加值增长${second}。`;

  it('does not read a change keyed by a level further back as that level’s change', () => {
    // (the 27.6 carries no unit, so its 增长4.9% follows 3.1亿元 in the reading: no change of 第一产业增加值)
    silent(farther('3.7%'));
    reports(farther('3.9%'), 'number-conflict', '3.9%');
  });

  const schools = (primary: string): string =>
    '綠水市教育事業發展統計公報\n\n' +
    '全市中小学196所。校舍总面积402.15万平方米，增长9.81%；仪器设备值11.6亿元。\n\n' +
    `招生2.96万人，比上年增加0.13万人。校舍总面积221.40万平方米，增长${primary}；仪器设备值6.2亿元。`;

  it('keeps two changes each after a level of its own apart (the city’s and the primary schools’)', () => {
    silent(schools('8.70%'));
  });

  const accidents = (major: string): string =>
    '綠水市道路交通事故情況通報\n\n' +
    '全市發生一次死亡3人以上較大交通事故12起。與上年相比，事故起數減少3起，下降20.0%；死亡人數減少9人。\n\n' +
    `全市共發生道路交通事故1862起。與上年相比，事故起數減少252起，下降${major}；受傷人數減少118人。`;

  it('does not read a change after a count of a change (事故起數減少…，下降) as a named measure’s', () => {
    silent(accidents('11.9%'));
  });

  const fall = (later: string): string =>
    '綠水市道路交通事故情況通報\n\n全年道路交通事故起數同比下降12.4%，死亡人數同比下降8.1%。\n\n' + `一、總體情況。全年道路交通事故起數同比下降${later}，受傷人數同比下降6.6%。`;

  it('compares a fall with a fall of the same measure, and does not read a rise against it', () => {
    silent(fall('12.4%'));
    reports(fall('10.4%'), 'number-conflict', '10.4%');
  });
});

describe('scopes by line, one walker (restate30)', () => {
  const funds = (later: string): string =>
    '綠水縣醫療保障基金收支情況公示\n\n' +
    '一、職工基本醫療保險基金收支情況\n\n' +
    '（一）2023年職工基本醫療保險基金總收入9216.40萬元，其中：\n\n1、基本醫療保險費收入8862.12萬元；\n\n2、利息收入6.30萬元。\n\n' +
    '二、城鄉居民基本醫療保險基金收支情況\n\n' +
    `（一）2023年城鄉居民基本醫療保險基金總收入5120.55萬元，其中：\n\n1、基本醫療保險費收入${later}萬元；\n\n2、利息收入11.02萬元。`;

  it('keeps one item under two funds’ sections apart, and compares it within one', () => {
    silent(funds('96.31'));
  });

  const blocks = (later: string): string =>
    '綠水市消費維權年報\n\n■全市各級消費者協會\n\n共受理消費者投訴512件\n\n為消費者挽回經濟損失1286400元\n\n■市市場監管部門\n\n' + `共受理消費者投訴${later}件\n\n為消費者挽回經濟損失388.20萬元`;

  it('keeps one measure under two marked blocks apart', () => {
    silent(blocks('1841'));
  });

  const items = (later: string): string =>
    '綠水市旅遊經濟運行情況\n\n1、接待海外入境遊客520.11萬人次，增長4.2%；\n\n旅遊外匯收入合計14.26億美元，增長5.1%；\n\n' +
    `2、接待海外旅遊者（過夜）301.42萬人次，增長3.6%；\n\n旅遊外匯收入${later}億美元，增長2.7%。`;

  it('keeps the measure of the line after two numbered subjects apart', () => {
    silent(items('12.08'));
  });

  const years = (later: string): string =>
    '綠水市一般公共預算執行情況\n\n' +
    '2023年，全市一般公共預算總收入415.62億元，總支出398.20億元，結轉下年17.42億元。\n\n' +
    `2024年，全市一般公共預算收入安排212.30億元，結轉下年${later}億元。\n\n全市一般公共預算支出安排203.80億元。`;

  it('keeps one measure under two years’ openings apart', () => {
    silent(years('8.50'));
  });

  const oneYear = (later: string): string =>
    '綠水市一般公共預算執行情況\n\n' + '2023年，全市一般公共預算總收入415.62億元，結轉下年17.42億元。\n\n' + `2023年，全市一般公共預算總收入${later}億元，完成預算的101.2%。`;

  it('still compares one measure under one year’s opening', () => {
    silent(oneYear('415.62'));
    reports(oneYear('451.62'), 'number-conflict', '451.62億元');
  });
});

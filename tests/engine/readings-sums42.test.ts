// Readings of sums42 (issue 12, round 42: the sum mutants the engine misses, the largest class, totals in no relation,
// split by the words linking total and parts): the parts' changes stated together after the list with 分别. Each case
// made up in the way the real text writes it; the reported case fails without the reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a count of venues and its change, its two kinds after 其中, their changes together after 分别
const venues = (change: string, museums = '951'): string => `2017年，全国共有科普场馆1439个，比2016年增加${change}个。其中科技馆488个，科学技术类博物馆${museums}个，分别比2016年增加15个和31个。`;

describe('the parts’ changes after 分别 at the end of a list that adds up (sums42)', () => {
  it('is silent when the changes add up to the total’s', () => {
    assert.deepEqual(figureFindings(venues('46')), []);
  });

  it('reports a total’s change unlike the sum of the parts’ changes', () => {
    assert.deepEqual(findings(venues('41'), 'number-sum'), ['41个']);
  });

  it('still reads no changes when the levels leave a remainder (the list need not be all of the total)', () => {
    assert.deepEqual(findings(venues('41', '900'), 'number-sum'), []);
  });

  it('reads a decrease under one verb for all the parts', () => {
    const text = '年末参保人数为48074万人，比上年末减少2453万人。其中，参保职工34917万人，参保离退休人员13157万人，分别比上年末减少2058万人和295万人。';
    assert.deepEqual(findings(text, 'number-sum'), ['2453万人']);
  });
});

// made up: a poverty fund's sources, one line each under a heading, then 以上资金合计
const sourceLines = (total: string, heading = '一、资金来源'): string =>
  `${heading}\n\n中央资金125.5万元\n\n省级资金91.2万元\n\n市级资金24.6万元\n\n以上资金合计${total}万元。\n\n二、分配原则\n\n资金安排按照贫困人口规模分配。\n`;

describe('unnumbered lines under a heading added up by 以上…合计 (sums42)', () => {
  it('is silent when the lines add up to the total', () => {
    assert.deepEqual(figureFindings(sourceLines('241.3')), []);
  });

  it('reports a total unlike the sum of the lines', () => {
    assert.deepEqual(findings(sourceLines('217.2'), 'number-sum'), ['217.2万元']);
  });

  it('still reads no lines whose first follows a sentence rather than a heading', () => {
    assert.deepEqual(findings(sourceLines('217.2', '经研究，现将今年到位的各级专项扶贫资金情况公布如下'), 'number-sum'), []);
  });
});

// made up: numbered items, each naming its year first, the last closed by no mark and run on to 以上共计
const yearItems = (total: string): string =>
  `一、资金来源：\n\n1、2022年中央财政衔接推进乡村振兴补助资金458.1万元；\n\n2、2022年省级财政衔接推进乡村振兴补助资金35万元；\n\n3、2022年市级财政衔接推进乡村振兴补助资金195万元；\n\n4、2022年区本级财政衔接推进乡村振兴补助资金80万元\n\n以上共计${total}万元。\n`;

describe('numbered items (1、2022年…) added up by 以上共计 (sums42)', () => {
  it('is silent when the items add up to the total', () => {
    assert.deepEqual(figureFindings(yearItems('768.1')), []);
  });

  it('reports a total unlike the sum of the items', () => {
    assert.deepEqual(findings(yearItems('691.3'), 'number-sum'), ['691.3万元']);
  });
});

// made up: a medical insurance fund's quarter, income, spending and the period's balance in their own sentences
const fund = (balance: string, name = '当期结余'): string =>
  `2023年一季度职工基本医疗保险基金收入4563万元，其中基本医疗保险费收入4020万元，利息收入264万元。2023年一季度职工基本医疗保险基金支出3551万元，其中待遇支出3458万元。2023年一季度职工基本医疗保险基金${name}${balance}万元。`;

describe('a balance named by its period (当期结余) after the income and the spending (sums42)', () => {
  it('is silent when the balance is the income less the spending', () => {
    assert.deepEqual(figureFindings(fund('1012')), []);
  });

  it('reports a balance unlike the income less the spending', () => {
    assert.deepEqual(findings(fund('911'), 'number-sum'), ['911万元']);
  });

  it('still reads no running balance (累计结余) as the period’s', () => {
    assert.deepEqual(findings(fund('911', '累计结余'), 'number-sum'), []);
  });
});

// made up: a fund's year and its two accounts after 其中, each with its income, spending and 收支结余 (one below zero)
const accounts = (pooled: string): string =>
  `2023年，职工医保基金收入7486.95万元，支出5530.55万元，当年收支结余1956.40万元，累计结余20591.18万元；其中职工统筹基金收入5640.86万元，支出3439.39万元，当年收支结余${pooled}万元，累计结余16356.56万元；职工个人账户基金收入1846.09万元，支出2091.16万元，当年收支结余-245.07万元，累计结余4234.63万元。`;

describe('收支结余 named again later in its sentence (sums42)', () => {
  it('is silent when each account’s balance is its income less its spending', () => {
    assert.deepEqual(figureFindings(accounts('2201.47')), []);
  });

  it('reads the words nearest before the balance', () => {
    assert.deepEqual(findings(accounts('2101.47'), 'number-sum'), ['2101.47万元']);
  });
});

// made up: a province's foreign trade for the year so far, exports and imports after 其中, then the balance
const trade = (balance: string, kind = '顺差', flows = '出口2416.2亿元，增长14.4%；进口1789.8亿元'): string =>
  `1-11月，我省进出口总值4206亿元人民币，增长20.3%。其中${flows}，增长29.4%；贸易${kind}${balance}亿元。`;

describe('a trade surplus after the exports and the imports (sums42)', () => {
  it('is silent when the surplus is the exports less the imports', () => {
    assert.deepEqual(figureFindings(trade('626.4')), []);
  });

  it('reports a surplus unlike the exports less the imports', () => {
    assert.deepEqual(findings(trade('563.8'), 'number-sum'), ['563.8亿元']);
  });

  it('reads a deficit as the imports less the exports', () => {
    const flows = '出口1616.2亿元，增长14.4%；进口2589.8亿元';
    assert.deepEqual(figureFindings(trade('973.6', '逆差', flows)), []);
    assert.deepEqual(findings(trade('876.2', '逆差', flows), 'number-sum'), ['876.2亿元']);
  });

  it('still reads nothing when the month’s exports stand beside the year’s', () => {
    const text = '1-11月，我省出口2416.2亿元，其中11月出口293.2亿元；进口1789.8亿元；贸易顺差563.8亿元。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});

// made up: state firms' balance sheet, each total in a sentence of its own
const sheet = (net: string, between = '。'): string =>
  `截至2021年底，全市国有企业共4097户。资产总额61803.3亿元、同比增长8.8%${between}负债总额35268.7亿元、同比增长8.7%。所有者权益${net}亿元、同比增长8.9%。`;

describe('assets, liabilities and owners’ equity in sentences of their own (sums42)', () => {
  it('is silent when the equity is the assets less the liabilities', () => {
    assert.deepEqual(figureFindings(sheet('26534.7')), []);
  });

  it('reports equity unlike the assets less the liabilities', () => {
    assert.deepEqual(findings(sheet('23881.2'), 'number-sum'), ['23881.2亿元']);
  });

  it('reads the names of a page glossed with their readings and written in full forms', () => {
    const text = '4月末，國（guó）有企業（yè）資產（chǎn）總額1065156.2億元，同比增長11.5%；負（fù）債總額692191.3億元，同比增長11.2%；所有者權（quán）益合計（jì）335668.4億元。';
    assert.deepEqual(findings(text, 'number-sum'), ['335668.4億元']);
  });
});

// made up: a month's telephone users, the net change and the level, then the two kinds' changes after 其中
const phones = (net: string, level = '，总数达到113457.0万户。其中，'): string => `2010年9月，全国电话用户净增${net}万户${level}固定电话用户减少107.1万户，移动电话用户净增1024.4万户。`;

describe('a net change broken down after the level and 其中 opening the next sentence (sums42)', () => {
  it('is silent when the kinds’ changes make the net change', () => {
    assert.deepEqual(figureFindings(phones('917.3')), []);
  });

  it('reports a net change unlike the kinds’ changes, fixed and mobile being all the users', () => {
    assert.deepEqual(findings(phones('817.3'), 'number-sum'), ['817.3万户']);
  });

  it('still reads no kinds that need not be all of the users (their changes left unchecked)', () => {
    const text = '2010年9月，全国电话用户净增817.3万户，总数达到113457.0万户。其中，3G用户增加107.1万户，宽带用户净增1024.4万户。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});

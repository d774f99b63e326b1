// Readings of post35b (issue 12, round 35): an item named within an earlier item of a 其中 list (中长期贷款中个人消费
// 贷款); a total that is an increase whose list names another item falling (外资银行存款减少); the growth per year over
// a span whose two levels are stated (年均增长); a group's total under its count, of the members listed after 分别 (五个
// 行业合计); the page's date stamp run onto a headline's line, a source line and a
// paper's dateline above the body. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { CheckCache } from '../../server/src/engine/cache';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a city's loans at the end of the year, one kind broken down within another
const loans = (total: string, inner: string): string =>
  `年末全市金融机构各项贷款余额${total}，比上年末增加200.5亿元，增长16.2%。其中，短期贷款500.3亿元，增长6.1%；中长期贷款820.6亿元，增长21%，中长期贷款中个人住房贷款${inner}，增长18.4%。`;

describe('an item named within an earlier item after 其中 (post35b)', () => {
  it('is silent when the item within exceeds the total only with its parent', () => {
    assert.deepEqual(findings(loans('1430.2亿元', '380.7亿元'), 'number-sum'), []);
  });

  it('reports the items beside each other exceeding the total, the item within left out', () => {
    assert.deepEqual(findings(loans('1230.2亿元', '380.7亿元'), 'number-sum'), ['1230.2亿元']);
  });

  it('reads an item named after no earlier item as one more beside them', () => {
    const text = loans('1430.2亿元', '380.7亿元').replace('中长期贷款中个人住房贷款', '个人住房贷款');
    assert.deepEqual(findings(text, 'number-sum'), ['1430.2亿元']);
  });
});

// made up: a month's new deposits, banks of one kind adding, of the other withdrawing
const deposits = (second: string): string => `数据显示，5月份全市新增人民币各项存款40.5亿元，同比多增120.3亿元。其中，中资银行新增存款85.1亿元，同比多增201亿元；${second}，同比多减80.7亿元。`;

describe('an increase whose list names another item falling (post35b)', () => {
  it('is silent when one item exceeds the total and another fell', () => {
    assert.deepEqual(findings(deposits('外资银行存款减少44.6亿元'), 'number-sum'), []);
  });

  it('still reports an item exceeding the total when the others only compare with last year', () => {
    assert.deepEqual(findings(deposits('外资银行新增存款2.6亿元').replace('同比多减', '同比减少'), 'number-sum'), ['40.5亿元']);
  });

  it('does not read value added (增加值) as an increase', () => {
    const text = '全市规模以上工业增加值40.5亿元，增长5.1%。其中，轻工业增加值85.1亿元，增长6%；重工业产值减少44.6亿元。';
    assert.deepEqual(findings(text, 'number-sum'), ['40.5亿元']);
  });
});

describe('the page’s date above the body (post35b)', () => {
  it('does not read the page’s 日期： and dashed date run onto the headline’s line', () => {
    assert.deepEqual(findings('前三季度某市房地产业缴税60亿 日期：2011-10-20\n\n今年以来，全市税收稳步增长。\n', 'number-format'), []);
  });

  it('still reads a dashed date in the body, and one alone after a label', () => {
    assert.deepEqual(findings('关于召开某会议的通知\n\n会议定于下月召开。\n\n会议安排 日期：2024-03-05\n', 'number-format'), ['2024-03-05']);
    assert.deepEqual(findings('某镇工作要点\n\n日期：2024-03-05\n\n今年，全镇重点抓好三项工作。\n', 'number-format').length, 0);
  });

  it('reads a source line and a paper’s dateline above the body as the page’s', () => {
    const page = '某省国有企业经济运行情况\n\n某省财政厅\n\n2023年02月14日\n\n信息来源： 资产管理处\n\n全省国有企业营业总收入1200亿元。\n';
    assert.deepEqual(findings(page, 'number-format'), []);
    assert.deepEqual(findings(page, 'web-residue'), ['2023年02月14日', '信息来源： 资产管理处']);
    const paper = '某州日报 2021年03月16日\n\n本报讯 全州重点项目完成投资80亿元。\n';
    assert.deepEqual(findings(paper, 'number-format'), []);
  });

  it('still reads the 成文日期 below the body, and a source line under a table', () => {
    const text = '某局工作总结\n\n全年完成投资80亿元。\n\n来源：国家统计局\n\n某局\n\n2023年06月29日\n';
    assert.deepEqual(findings(text, 'number-format'), ['2023年06月29日']);
    assert.deepEqual(findings(text, 'web-residue'), []);
  });
});

// made up: a province's savings over a five-year plan
const savings = (rate: string): string => `全省金融机构个人储蓄从2015年的2400亿元增长到2020年的5200亿元，年均增长${rate}，金融业规模不断壮大。`;

describe('the growth per year over a span whose two levels are stated (post35b)', () => {
  it('is silent when the rate compounds the first level into the second', () => {
    assert.deepEqual(findings(savings('16.7%'), 'number-ratio'), []);
  });

  it('reports a rate that does not, with its arithmetic', () => {
    const text = savings('16.9%');
    assert.deepEqual(findings(text, 'number-ratio'), ['16.9%']);
    const [message] = check(text)
      .findings.filter((f) => f.rule === 'number-ratio')
      .map((f) => f.message);
    assert.match(message!, /\(5200亿元 ÷ 2400亿元\)的5次方根 − 1 = 16\.7/);
  });

  it('takes levels rounded for prose as such, whatever their names', () => {
    // (9.6 and 20.7 to a tenth: 16.43%–16.79%)
    const text = '一般公共预算收入由2016年的9.6亿元增加至2021年的20.7亿元，年均增长16.63%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });

  it('gives a warm check the findings of a cold one, the rate kept from the check before and moved', () => {
    const cache = new CheckCache();
    const text = `全省情况\n\n${savings('16.9%')}\n\n全省贷款余额5000亿元。\n`;
    check(text, { cache });
    const edited = text.replace('全省情况', '全省金融业发展情况');
    assert.deepEqual(check(edited, { cache }).findings, check(edited).findings);
  });

  it('is silent over a single year, or without the years of both levels', () => {
    for (const text of ['全省个人储蓄从2019年的2400亿元增长到2020年的2800亿元，年均增长16.9%。', '全省个人储蓄从2400亿元增长到5200亿元，年均增长16.9%。'])
      assert.deepEqual(findings(text, 'number-ratio'), [], text);
  });
});

// made up: a city's tax by industry, five industries named, their total stated after
const industries = (total: string, listed = '12.5亿元、10.25亿元、8.75亿元、20.5亿元和15.5亿元'): string =>
  `今年以来，制造业、建筑业、金融业、房地产业及批发零售业五个行业表现突出，入库税收均超5亿元，分别为${listed}。据统计，五个行业合计实现税收${total}，同比增长12.3%。`;

describe('a group’s total under its count, of the members listed after 分别 (post35b)', () => {
  it('is silent when the members add up to the total', () => {
    assert.deepEqual(findings(industries('67.5亿元'), 'number-sum'), []);
  });

  it('reports a total the members do not add up to', () => {
    assert.deepEqual(findings(industries('67.9亿元'), 'number-sum'), ['67.9亿元']);
  });

  it('is silent when the list does not hold as many figures as the count', () => {
    assert.deepEqual(findings(industries('67.9亿元', '12.5亿元、10.25亿元、8.75亿元和20.5亿元'), 'number-sum'), []);
  });
});

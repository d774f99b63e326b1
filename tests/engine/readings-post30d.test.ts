// Readings from the first contact with heldout99 (issue 12), round 30 (post30d): a county's debt table pasted one cell
// per line, the province's and the city's rows above the county's zeros in the columns of the limit; a statement of
// account whose last figure before 加 is the tax revenue inside the budget revenue stated before it. Each case made up,
// each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's debt limits and balances, one cell per line; the province's and the city's rows give the balance
// of the county alone and leave the limit at 0
const cells = (rows: string[][]): string => rows.map((r) => r.map((c) => `${c} |`).join('\n')).join('\n');
const debt = (county: string[], city = ['0', '0', '0']): string =>
  '表1-1 |\n|\n|\n某县本级2025年政府债务限额及余额情况表 |\n|\n|\n单位：亿元 |\n' +
  cells([
    ['地 区', '2025年债务限额', '', '', '2025年债务余额预计执行数', '', ''],
    ['', '', '一般债务', '专项债务', '', '一般债务', '专项债务'],
    ['公 式', 'A=B+C', 'B', 'C', 'D=E+F', 'E', 'F'],
    ['某省', '0', '0', '0', '96.2310', '21.4105', '74.8205'],
    ['某市', ...city, '96.2310', '21.4105', '74.8205'],
    ['某县本级', ...county],
  ]) +
  '\n注：本表反映本地区政府债务限额及余额预计执行数。 |';
const county = ['98.6000', '22.1000', '76.5000', '96.2310', '21.4105', '74.8205'];

describe('a larger place’s row of zeros above a county’s row in a pasted debt table (post30d)', () => {
  it('is silent: 某市’s 0 in the limit columns is no total 某县本级’s limits must fit under', () => {
    assert.deepEqual(findings(debt(county), 'table-sum'), []);
  });

  it('still reports a limit written in the city’s row below the county’s, where the balances make it their whole', () => {
    assert.deepEqual(findings(debt(county, ['90.0000', '20.0000', '70.0000']), 'table-sum'), ['90.0000', '20.0000', '70.0000']);
  });
});

// made up: a banner's budget revenue, its tax revenue and share, then the other sources after 加 and the revenue in all
const account = (total: string): string =>
  `2025年，一般公共预算收入完成86,420万元，完成年初预算的105.31%，比上年增加3,215万元，增长3.86%，税收收入完成70,118万元，占一般公共预算收入比重为81.14%。` +
  `加上级补助收入、地方政府债券转贷收入、调入资金、上年结转等收入158,730万元，收入总量${total}万元；一般公共预算支出231,500万元，完成调整预算的97.62%。`;

describe('a statement of account whose last figure before 加 is the tax revenue inside the budget revenue (post30d)', () => {
  it('is silent: 收入总量 is the budget revenue and the other sources, not the tax revenue and them', () => {
    assert.deepEqual(findings(account('245,150'), 'number-sum'), []);
  });

  it('reports a total that is not the budget revenue and the other sources', () => {
    assert.deepEqual(findings(account('247,150'), 'number-sum'), ['247,150万元']);
  });

  it('still reads the budget revenue as the first item when the share after it is the tax revenue’s share of it', () => {
    const own = (total: string): string => `全年县级一般公共预算收入42610万元，较上年增长6.2%，税收收入占县级一般公共预算收入的61.4%，加上上划中省市收入35120万元，全县财政总收入${total}万元。`;
    assert.deepEqual(findings(own('77730'), 'number-sum'), []);
    assert.deepEqual(findings(own('79730'), 'number-sum'), ['79730万元']);
  });

  it('is silent when the budget revenue the tax revenue is a share of is not stated', () => {
    const unread = account('245,150').replace('一般公共预算收入完成86,420万元，完成年初预算的105.31%，比上年增加3,215万元，增长3.86%，', '');
    assert.deepEqual(findings(unread, 'number-sum'), []);
  });
});

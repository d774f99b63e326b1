// Readings of shares35 (issue 12, round 32): a share of the whole 同期 (of the same period), named by the words after
// it, and one whose words are glossed （下同）, named by the words before it; a whole named as the total of a measure, 总X or X总值 (占总成交额的, 占出口总值的), is that measure's largest
// statement. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a city's foreign trade, the total in the first paragraph, the partners' shares in the next ones
const trade = (asean: string, private_: string): string =>
  '海关发布消息称，今年前三季度，江城外贸进出口总值2000亿元，同比增长5.2%。\n\n' +
  `东盟为江城第一大贸易伙伴。前三季度江城对东盟进出口400亿元，增长6%，占同期江城外贸总值的${asean}。\n\n` +
  `民营企业进出口表现良好。前三季度，民营企业进出口700亿元，增长12.5%，占同期江城外贸总值的${private_}。`;

describe('a share of the whole of the same period, 占同期…的 (shares35)', () => {
  it('is silent when each share is of the total stated paragraphs before', () => {
    assert.deepEqual(findings(trade('20%', '35%'), 'number-ratio'), []);
  });

  it('reports a share that is not its part over that total', () => {
    assert.deepEqual(findings(trade('25%', '35%'), 'number-ratio'), ['25%']);
    assert.deepEqual(findings(trade('20%', '40%'), 'number-ratio'), ['40%']);
  });
});

// made up: a city's trade in eleven months, the whole's words glossed 下同 for the shares after it
const glossed = (private_: string): string =>
  '据海关统计，今年前11个月，江城外贸进出口总值1000亿元人民币（下同），增长2.3%。\n\n' + `分企业性质看，前11个月，江城民营企业进出口800亿元，增长3.1%，占全市进出口总值（下同）的${private_}。`;

describe('a whole’s words glossed （下同） (shares35)', () => {
  it('is silent when the share is of the total stated before', () => {
    assert.deepEqual(findings(glossed('80%'), 'number-ratio'), []);
  });

  it('reports a share that is not its part over that total', () => {
    assert.deepEqual(findings(glossed('85%'), 'number-ratio'), ['85%']);
  });
});

// made up: a province's technology contracts, the total first, then the kinds of contract
const contracts = (service: string): string =>
  '2023年全省技术合同成交额800亿元，与去年同期相比增长20.5%。\n\n' +
  `从技术交易类型看，技术服务合同成交额为500亿元，占总成交额的${service}，同比增长21.3%；技术开发合同成交额为200亿元，同比增长18.2%。\n\n` +
  '从技术交易领域看，电子信息领域成交额为260亿元，同比增长15.1%，占总成交额的32.5%；先进制造领域成交额为150亿元，同比增长9.7%。';

// made up: a country's trade in eight months, exports and imports, then the private firms' parts of each
const exports = (exported: string, imported: string): string =>
  '今年前8个月，全国进出口总值20万亿元，同比增长1.2%。其中出口12万亿元，增长2.5%；进口8万亿元，下降0.6%。\n\n' +
  `民营企业进出口11万亿元，增长6.1%。其中，出口7.2万亿元，增长6.3%，占出口总值的${exported}；进口3.8万亿元，增长5.3%，占进口总值的${imported}。`;

describe('a whole named as the total of a measure, 总X or X总值 (shares35)', () => {
  it('is silent when the share is of the largest statement of the measure', () => {
    assert.deepEqual(findings(contracts('62.5%'), 'number-ratio'), []);
    assert.deepEqual(findings(exports('60%', '47.5%'), 'number-ratio'), []);
  });

  it('reports a share of 出口总值 or 进口总值 that is not its part over exports or imports', () => {
    assert.deepEqual(findings(exports('65%', '47.5%'), 'number-ratio'), ['65%']);
    assert.deepEqual(findings(exports('60%', '52.5%'), 'number-ratio'), ['52.5%']);
  });

  it('does not take 进出口 for the 出口 a total of exports names', () => {
    const text = '全省民营企业进出口800亿元，增长2.6%。其中机电产品出口300亿元，同比增长2.6%，为第一大宗出口商品，占同期民营企业出口总值的50%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });

  it('does not take 总 before a measure of two characters as that measure’s total (总收入)', () => {
    const text = '全年一般公共预算收入500万元，增长3.1%。\n\n本年度捐赠收入100万元，占总收入的40%。本年度政府拨款收入120万元，占总收入的48%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});

// Readings of post47a (issue 12, round 47, heldout164: budget reports and final accounts of 湛江, 济源, 广东): an outturn
// under a budget's name written in 亿 to a decimal is rounded; a 支出总计 closing the items after 加上 is the account's
// total, no restatement of the spending; an item written with a minus after 加上 leaves the account unread; 全市 names the
// city's whole, not a level's; what is left of a part after 扣除…后 takes its place; the 其中 of an account closed by its own
// total is not the next one's. Each case made up, each silent case failing without its reading and each reported case
// with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('an outturn under a budget’s name written in 亿 to a decimal (post47a)', () => {
  const grants = (special: string): string =>
    `2022年，高新区一般公共预算上级补助收入1.15亿元（其中返还性收入107万元、一般性转移支付收入9272万元、专项转移支付收入${special}万元），加上上年结余811万元，债务（转贷）收入771万元等，高新区一般公共预算收入总计1.31亿元。`;

  it('is rounded: parts in 万元 may exceed it by less than half its last digit', () => {
    assert.deepEqual(figureFindings(grants('2157')), []);
  });

  it('still reports parts beyond its rounding', () => {
    assert.deepEqual(figureFindings(grants('2657')), ['number-sum 1.15亿元']);
  });
});

describe('a 支出总计 closing the items after 加上 (post47a)', () => {
  const account = (after: string): string =>
    `全市一般公共预算支出535.56亿元，同比下降2.2%。加上上解上级支出80.5亿元、调出资金6.14亿元、年终结余32.5亿元等，全市一般公共预算支出总计654.7亿元。${after}`;

  it('is the account’s total, not the spending stated again', () => {
    assert.deepEqual(figureFindings(account('')), []);
  });

  it('is still compared with the account’s total stated again', () => {
    assert.deepEqual(figureFindings(account('\n\n全市一般公共预算支出总计654.8亿元。')), ['number-conflict 654.8亿元']);
  });

  it('leaves the spending compared with itself', () => {
    assert.deepEqual(figureFindings(account('\n\n全市一般公共预算支出545.56亿元，主要用于教育。')), ['number-conflict 545.56亿元']);
  });
});

describe('an item written with a minus after 加上 (post47a)', () => {
  const account = (grants: string): string =>
    `2022年，市本级政府性基金预算收入54.46亿元，同比下降44.7%。加上上级补助收入${grants}亿元、上年结余1.11亿元、调入资金2.40亿元、债务（转贷）收入63.63亿元等，市本级政府性基金预算收入总计110.33亿元。`;

  it('leaves the account unread: the item is no figure read', () => {
    assert.deepEqual(figureFindings(account('-11.26')), []);
  });

  it('still reads the account when every item is read', () => {
    assert.deepEqual(figureFindings(account('11.26')), ['number-sum 110.33亿元']);
  });
});

describe('a share of a part named for the whole place (post47a)', () => {
  const shares = (share: string): string =>
    `全市一般公共预算收入58.4亿元，增长2.3%。\n\n市级一般公共预算收入37.9亿元，增长11%；加上税收返还、上级补助等41.1亿元，收入合计79亿元。\n\n全市税收收入44.5亿元，占一般公共预算收入比重为${share}%。`;

  it('is of the city’s whole, not of the level stated last', () => {
    assert.deepEqual(figureFindings(shares('76.2')), []);
  });

  it('still reports a share that is not its part over the city’s whole', () => {
    assert.deepEqual(figureFindings(shares('96.2')), ['number-ratio 96.2%']);
  });
});

describe('what is left of a part after 扣除…后 (post47a)', () => {
  const income = (total: string): string =>
    `全市政府性基金预算收入${total}亿元，下降18.6%，其中，土地出让总价款11.9亿元，扣除上缴中央、省级收入和计提的专项资金后，全市国有土地有偿使用收入完成11.1亿元。`;

  it('takes the part’s place, not one more part', () => {
    assert.deepEqual(figureFindings(income('12.5')), []);
  });

  it('still reports a net part beyond its total', () => {
    assert.deepEqual(figureFindings(income('9.9')), ['number-sum 9.9亿元']);
  });
});

describe('the 其中 of an account closed by its own total (post47a)', () => {
  const accounts = (spending: string): string =>
    `全市政府性基金预算收入12.5亿元，下降18.6%，其中，土地出让收入11.1亿元；加上地方政府专项债券、上级补助等11.5亿元，政府性基金收入总计24亿元。全市政府性基金预算支出22.8亿元，增长64.7%；加上政府专项债券还本、调出资金等1.2亿元，政府性基金支出总计${spending}亿元。`;

  it('is not the next account’s: that one opens with its own spending', () => {
    assert.deepEqual(figureFindings(accounts('24')), []);
  });

  it('so a next total its items do not make is reported', () => {
    assert.deepEqual(figureFindings(accounts('22')), ['number-sum 22亿元']);
  });
});

describe('what is carried over of the year-end balance closing a spending account (post47a)', () => {
  const account = (balance: string): string =>
    `2022年，高新区一般公共预算支出4567万元，加上上解上级支出303万元、债务还本支出772万元，年终滚存结余${balance}万元等，高新区一般公共预算支出总计${balance === '7476' ? '1.31' : '1.24'}亿元。其中结转下年支出7476万元。`;

  it('is within the balance', () => {
    assert.deepEqual(figureFindings(account('7476')), []);
  });

  it('reports a balance smaller than what is carried over of it', () => {
    assert.deepEqual(figureFindings(account('6727')), ['number-sum 6727万元']);
  });
});

describe('the uses after 具体用于 (post47a)', () => {
  const uses = (sum: string): string => `本次新增专项债务限额235亿元，全部用于发行专项债券。一是安排省级承贷${sum}亿元，具体用于铁路建设7亿元、学校建设2.54亿元、冷链物流1.86亿元。`;

  it('are no more than the sum they are of', () => {
    assert.deepEqual(figureFindings(uses('11.4')), []);
  });

  it('reports uses beyond the sum', () => {
    assert.deepEqual(figureFindings(uses('10.3')), ['number-sum 10.3亿元']);
  });
});

describe('a total split in its bracket, then its parts split alike (post47a)', () => {
  const limits = (guangdong: string, shenzhen: string): string =>
    `财政部共下达我省新增债务限额4678亿元（广东地区${guangdong}亿元、深圳市665亿元），包括：一是新增一般债务限额356亿元（广东地区345亿元、深圳市11亿元）；二是新增专项债务限额4322亿元（广东地区3668亿元、深圳市${shenzhen}亿元）。`;

  it('adds up each place’s figures across the brackets', () => {
    assert.deepEqual(figureFindings(limits('4013', '654')), []);
  });

  it('reports a place whose figure in the total’s bracket is not the sum of its figures in the parts’', () => {
    assert.deepEqual(figureFindings(limits('3612', '654')), ['number-sum 4678亿元', 'number-sum 3612亿元']);
  });

  it('reports a piece of a part’s bracket against its part and against the total’s bracket', () => {
    assert.deepEqual(figureFindings(limits('4013', '664')), ['number-sum 665亿元', 'number-sum 4322亿元']);
  });

  it('reads nothing across when the parts do not make the total', () => {
    assert.deepEqual(figureFindings(limits('3612', '654').replace('4678', '4687')), ['number-sum 4687亿元']);
  });
});

describe('the tax 耕地占用税 among the taxes after 其中 (post47a)', () => {
  const taxes = (total: string): string =>
    `全市税收收入${total}亿元，完成调整预算的99.2%，其中：增值税21.5亿元，企业所得税6.6亿元，个人所得税1亿元，城市维护建设税2.9亿元，契税及耕地占用税2.9亿元，其他各项税收9.6亿元。`;

  it('is a part like the others (占 here names no share)', () => {
    assert.deepEqual(figureFindings(taxes('44.5')), []);
  });

  it('so taxes beyond their total are reported', () => {
    assert.deepEqual(figureFindings(taxes('40.1')), ['number-sum 40.1亿元']);
  });
});

describe('the balance rolled to the year’s end after 加上上年结余 (post47a)', () => {
  const fund = (rolled: string): string => `社会保险基金收入预算安排177.6亿元，增长17.5%。支出预算安排160.9亿元，增长12.7%。当年结余16.7亿元，加上上年结余89.1亿元，年末滚存结余${rolled}亿元。`;

  it('is the year’s own balance and the one brought in', () => {
    assert.deepEqual(figureFindings(fund('105.8')), []);
  });

  it('reports a rolled balance the two do not make', () => {
    assert.deepEqual(figureFindings(fund('95.2')), ['number-sum 95.2亿元']);
  });
});

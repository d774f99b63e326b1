// Readings of round 22 for rates and 个百分点 (branch rates23). Each case is a made-up text: the reading finds the
// relation (so a wrong figure is reported), and the same words with the right figure stay silent.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { explainAt } from '../../server/src/engine/explain';
import { noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: rates named in a list before 分别, each paired with its own figures (rates23)', () => {
  const text = (handled: string, success: string): string =>
    `今年以来，全县各级调解组织共排查受理矛盾纠纷2450件，调处2391件，调解成功2364件，调处率、成功率分别为${handled}和${success}，群众满意度持续提升。`;
  it('reads the first name of the list against its numerator and base (调处 of 受理)', () => {
    silent(text('97.6%', '98.9%'));
    reports(text('97.9%', '98.9%'), 'number-ratio', '2391件 ÷ 2450件');
  });
  it('reads a later name against the stage the one before it counted, or what that one is of (成功 of 调处 or of 受理)', () => {
    // 2364 ÷ 2391 = 98.87%, 2364 ÷ 2450 = 96.49%: either reading will do
    silent(text('97.6%', '96.5%'));
    reports(text('97.6%', '93.9%'), 'number-ratio', '2364件 ÷');
  });
  it('pairs three names with three figures in order (a qualified name takes the count its qualifier names)', () => {
    const three = (closed: string, onTime: string): string => `全年热线共受理群众来电8000件，办结7800件，按期办结7600件，办结率、按期办结率、回访率分别为${closed}、${onTime}和88%。`;
    silent(three('97.5%', '95%'));
    reports(three('97.9%', '95%'), 'number-ratio', '7800件 ÷ 8000件');
    reports(three('97.5%', '92%'), 'number-ratio', '7600件 ÷');
  });
  it('leaves a list whose names and figures differ in number, and a list of changes', () => {
    silent('全县共受理纠纷2450件，调处2391件，调解成功2364件，调处率、成功率分别为97.9%。');
    silent('全县共受理纠纷2450件，调处2391件，增长率、调处率分别为5.2%和97.9%。');
  });
});

describe('number-ratio: 个百分点 above the growth of a whole the words name, stated before (rates23)', () => {
  it('reads 高出规上服务业平均增速 against the growth of 规模以上服务业 of the same measure', () => {
    const text = (points: string): string =>
      `1-6月，全县规模以上服务业企业实现营业收入236.4亿元，同比增长9.2%。\n\n规上交通运输和仓储业企业实现营业收入58.7亿元，同比增长12.6%，高出规上服务业平均增速${points}个百分点。`;
    silent(text('3.4'));
    reports(text('4.4'), 'number-ratio', '12.6% − 9.2%');
  });
  it('reads 高出全省各项贷款增速 against the growth of the balance it names, past a difference and other points', () => {
    const text = (points: string): string =>
      `6月末，人民币各项贷款余额2.36万亿元，比年初增加1834.5亿元，同比增长14.2%。其中，沿江城市人民币各项贷款余额1.52万亿元，同比增长15.9%，增速较上年同期提高1.1个百分点，高出全省各项贷款增速${points}个百分点。`;
    silent(text('1.7'));
    reports(text('2.7'), 'number-ratio', '15.9% − 14.2%');
  });
  it('reads 高于GDP增速 of an industry against the growth of the product', () => {
    const text = (points: string): string => `上半年，全市地区生产总值实现862.3亿元，同比增长6.1%。第二产业增加值实现301.5亿元，同比增长6.8%，高于GDP增速${points}个百分点。`;
    silent(text('0.7'));
    reports(text('1.7'), 'number-ratio', '6.8% − 6.1%');
  });
  it('stays silent when the words name the whole only as the whole, or the whole has two growths', () => {
    silent('上半年，全区规模工业增加值增长3.2%，低于全市平均增速1.3个百分点。全区社会消费品零售额增长4.4%，低于全市平均增速2.9个百分点。');
    const two =
      '全县规模以上服务业企业实现营业收入236.4亿元，同比增长9.2%；规模以上服务业企业实现营业收入（不含房地产）198.2亿元，同比增长8.1%。规上交通运输和仓储业企业实现营业收入58.7亿元，同比增长12.6%，高出规上服务业平均增速4.4个百分点。';
    noFindingAt(two, '4.4个百分点');
    reports(two.replace('；规模以上服务业企业实现营业收入（不含房地产）198.2亿元，同比增长8.1%', ''), 'number-ratio', '12.6% − 9.2%');
  });

  it('the hover names each listed rate by its own name, not the last name of the list', () => {
    const text = '全县调解组织共排查受理矛盾纠纷1768件，调处1717件，调解成功1696件，调处率、成功率分别为97.2%和98.8%。';
    const result = check(text);
    const first = explainAt(result, text.indexOf('97.2%')).figure!;
    assert.match(first.measure ?? '', /调处率$/);
    assert.ok(first.relations.some((r) => !r.holds && /1717件 ÷ 1768件/.test(r.arithmetic)));
    assert.match(explainAt(result, text.indexOf('98.8%')).figure!.measure ?? '', /成功率$/);
  });
});

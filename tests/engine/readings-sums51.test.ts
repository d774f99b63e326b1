// Readings of sums51 (issue 12, round 51): a part of a 其中 list whose bracket opens with a 其中 of its own (国内航线货邮
// 22.6万吨（其中港澳台航线货邮4万吨），国际航线货邮29.3万吨) is that bracket's total and still a part of the list.
// Each case made up, each silent case failing without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a part with a 其中 bracket of its own (sums51)', () => {
  const cargo = (total: string): string => `全年机场完成货邮吞吐量${total}万吨，同比下降6.2%，其中国内航线货邮22.6万吨（其中港澳台航线货邮4万吨），国际航线货邮29.3万吨。`;

  it('reads the list on past the first part’s bracket', () => {
    assert.deepEqual(figureFindings(cargo('51.9')), []);
    assert.deepEqual(figureFindings(cargo('46.7')), ['number-sum 46.7万吨']);
  });

  it('reads a bracketed part in the middle of the list as a part', () => {
    assert.deepEqual(figureFindings('全县共有小学46所，其中城区小学16所，乡镇小学16所（其中民办小学7所），村小14所。'), []);
    assert.deepEqual(figureFindings('全县共有小学36所，其中城区小学16所，乡镇小学16所（其中民办小学7所），村小14所。'), ['number-sum 36所']);
  });

  it('reads the items after a first part’s 其中 bracket as parts, not as the bracket’s', () => {
    assert.deepEqual(figureFindings('全县共有小学36所，其中城区小学16所（其中民办小学7所），乡镇小学16所，村小14所。'), ['number-sum 36所']);
  });

  it('still reads no list on past a part whose bracket says what it includes (含)', () => {
    assert.deepEqual(figureFindings('全区现有环卫工人1620人，其中正式工420人（含内退80人）、临时工1280人。'), []);
  });

  it('ends the list at a closing bracket the list never opened', () => {
    assert.deepEqual(
      figureFindings(
        '全年完成一般公共预算收入9.2亿元，其中：税收收入6.5亿元、非税收入2.7亿元)、上级补助收入5.3亿元（其中：返还性收入2.1亿元、一般性转移支付3.2亿元）、上年结余收入1.8亿元，总收入合计16.3亿元。',
      ),
      [],
    );
  });

  it('still reads no list on past a bracket that does not open with 其中', () => {
    assert.deepEqual(figureFindings('市政协共收到提案215件，其中：大会期间收到204件（主办件200件，协办件4件），闭会期间收到11件，社情民意信息15件。'), []);
  });
});

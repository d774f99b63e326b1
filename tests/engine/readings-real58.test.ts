// Readings of round 22 for real errors missed on heldout58 (branch real58). Each case is a made-up text modelled on a
// real one: the reading finds the relation (so a wrong figure is reported), and the same words with the right figure
// stay silent.

import { noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: a project stage rate whose numerator is the stage and 项目, of the projects before it (real58)', () => {
  const text = (rate: string): string => `今年全县实施重点产业项目52项（新建30项，续建22项），总投资420.6亿元。1-9月份，开复工项目47项（新建27项，续建20项），开复工率${rate}。`;
  it('reads 开复工项目47项 against the 52 projects of the sentence before (47 ÷ 52 = 90.4%)', () => {
    silent(text('90.4%'));
    reports(text('88%'), 'number-ratio', '47项 ÷ 52项');
  });
  it('stays silent when a part after 其中 stands between, as for a bare verb', () => {
    silent('今年全县实施重点项目60项，其中产业项目52项。1-9月份，开复工项目47项，开复工率70%。');
  });
});

describe('number-ratio: a 支付率 past the rate of a step between, of the funds come in or of that step (real58)', () => {
  const text = (rate: string): string => `截至6月底，累计下达资金9.64亿元，核拨资金8.80亿元、核拨率91.29%，实际支付资金8.12亿元，资金支付率${rate}。`;
  it('reads the money paid out of the funds come in (8.12 ÷ 9.64 = 84.23%)', () => {
    silent(text('84.23%'));
    reports(text('87.15%'), 'number-ratio', '8.12亿元 ÷ 9.64亿元');
  });
  it('takes the step between as a base too (8.12 ÷ 8.80 = 92.27%): either reading will do', () => {
    silent(text('92.27%'));
  });
  it('stays silent when the funds come in are two sums', () => {
    noFindingAt('截至6月底，中央下达资金5.64亿元，自治区下达资金4.00亿元，核拨资金8.80亿元、核拨率91.29%，实际支付资金8.12亿元，资金支付率87.15%。', '87.15%');
  });
});

describe('number-ratio: a rate of a stem whose only count is its negation, the base less that count (real58)', () => {
  it('reads 未达标 opening the next sentence right after the rate ((5260 − 47) ÷ 5260 = 99.11%)', () => {
    const text = (rate: string): string => `全乡农村住户5260户，已完成住房安全鉴定5260户，住房安全达标率${rate}。未达标47户，其中无房户3户，C级危房44户。`;
    silent(text('99.11%'));
    reports(text('99.31%'), 'number-ratio', '(5260户 − 47户) ÷ 5260户');
  });
  it('reads 不合格 before the rate in its sentence', () => {
    const text = (rate: string): string => `全年抽检食用农产品860批次，不合格12批次，合格率${rate}。`;
    silent(text('98.6%'));
    reports(text('96.6%'), 'number-ratio', '(860批次 − 12批次) ÷ 860批次');
  });
  it('stays silent when the counts before the rate disagree, or a count of those that met the mark is given', () => {
    silent('全乡农村住户5260户，已完成住房安全鉴定4980户，住房安全达标率90.2%。未达标47户。');
    silent('全年抽检食用农产品860批次，合格848批次，不合格12批次，合格率98.6%。');
  });
});

describe('number-ratio: no project group across a rate already stated for it (real58)', () => {
  it('leaves 已完工项目 after the projects and their 开工率', () => {
    silent('2023年，全县共实施政府投资项目25个，计划年度完成投资9.1亿元。全县20个项目均已开工，开工率80%；已完工项目8个，完工率35%。');
  });
});

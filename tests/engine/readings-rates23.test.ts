// Readings of round 22 for rates and 个百分点 (branch rates23). Each case is a made-up text: the reading finds the
// relation (so a wrong figure is reported), and the same words with the right figure stay silent.

import { reports, silent } from './figure-findings';

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

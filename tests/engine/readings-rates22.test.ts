// Readings of round 21 for 个百分点 (branch rates22). Each case is a made-up text: the reading finds the relation
// (so a wrong figure is reported), and the same words with the right figure stay silent.

import { reports, silent } from './figure-findings';

describe('number-ratio: 个百分点 after 比…的X%低/高, the percentage before it the one compared (rates22)', () => {
  const text = (points: string): string => `前三季度，全市城镇调查失业率为4.6%，比全年控制目标5.5%低${points}个百分点，就业形势总体稳定。`;
  it('reads 低 (and 高) after the compared percentage as the way the difference goes', () => {
    silent(text('0.9'));
    reports(text('1.2'), 'number-ratio', '5.5% − 4.6%');
    silent('全县森林覆盖率达到62.4%，比全省平均水平58.1%高4.3个百分点。');
    reports('全县森林覆盖率达到62.4%，比全省平均水平58.1%高3.4个百分点。', 'number-ratio', '62.4% − 58.1%');
  });
});

describe('number-ratio: a second comparison of the same percentage in one sentence (rates22)', () => {
  const text = (second: string): string => `全县农田有效灌溉率仅为41.2%，比全省的56.0%低14.8个百分点，比全市的49.5%低${second}个百分点，基础设施短板仍然突出。`;
  it('skips the first comparison and its points: the second is compared with the percentage both clauses speak of', () => {
    silent(text('8.3'));
    reports(text('6.5'), 'number-ratio', '49.5% − 41.2%');
    // (a second clause with a subject of its own is no comparison of the first percentage)
    silent('全县农田有效灌溉率仅为41.2%，比全省的56.0%低14.8个百分点，全市的49.5%低6.5个百分点。');
  });
  it('reads the compared percentages in brackets after 高于 likewise', () => {
    const bracketed = (second: string): string => `1-9月，全县一般公共预算支出完成28.6亿元，增长12.4%，高于全省平均增幅（9.8%）2.6个百分点，高于全市平均增幅（10.5%）${second}个百分点。`;
    silent(bracketed('1.9'));
    reports(bracketed('2.9'), 'number-ratio', '12.4% − 10.5%');
  });
});

describe('number-ratio: the base of a rate read from the count right before its numerator (rates22)', () => {
  it('reads 完成N项 right after the one count of 项 in its sentence (确定事项39项，完成39项) as done of that count', () => {
    const text = (rate: string): string => `2023年共召开专题会议6次，研究议定事项42项，完成42项，完成率${rate}。`;
    silent(text('100%'));
    reports(text('95%'), 'number-ratio', '42项 ÷ 42项');
  });
  it('reads what was answered (答复) as of what was received right before it, among other counts of its unit', () => {
    const text = (rate: string): string => `全年公开政策文件215条，政务动态408条，市长信箱收到来信，96条，答复96条，答复率${rate}。`;
    silent(text('100%'));
    reports(text('90%'), 'number-ratio', '96条 ÷ 96条');
  });
});

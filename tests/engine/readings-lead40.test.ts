// Readings of the lead's branch (issue 12, round 40), from the made-up drafts of round 39 (a county 发改局's report
// on its key projects) and what round 39 left of them. Each case made up.

import { reports, silent } from './figure-findings';

// made up: a county 发改局's report on its key projects
describe('projects counted by the steps before starting they have passed (lead40)', () => {
  const steps = (approved: string, land = '11'): string => `从开工情况看，38个新开工项目已开工32个，开工率84.2%；17个前期项目中，已完成立项${approved}个、用地预审${land}个、环评批复9个。`;

  it('gives no hint of overlap when the steps add up to more than the projects', () => {
    silent(steps('14'));
  });

  it('still holds each step within the projects counted', () => {
    reports(steps('18'), 'number-sum', '完成立项18个比总数17个还多1个');
    reports(steps('14', '19'), 'number-sum', '用地预审19个比总数17个还多2个');
  });

  it('keeps the hint for kinds that are no steps', () => {
    reports(`全县规上工业企业86家，其中高新技术企业32家、专精特新企业60家。`, 'number-sum', '请核对是否有交叉');
  });
});

// from the shadow sample (tests/corpus/shadow/gzzj-jisheng-02), a township's 计生 summary
describe('a quotient just outside the figure written is shown to the places that make it plain (lead40)', () => {
  it('shows 96.748%, not 96.75%, against a written 96.8%', () => {
    const text = `共出生123人，其中政策内出生119人，出生政策符合率96.8%。`;
    reports(text, 'number-ratio', '119人 ÷ 123人 = 96.748%，文中写作96.8%');
  });

  it('keeps the places the reading is judged at when they already show the gap', () => {
    reports(`共出生123人，其中政策内出生119人，出生政策符合率95.8%。`, 'number-ratio', '119人 ÷ 123人 = 96.75%，文中写作95.8%');
  });
});

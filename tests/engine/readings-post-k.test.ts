// Readings of shares and rates (branch post-k): first-contact false alarms of number-ratio on real text. Each case is
// a made-up text, silent where the reading holds and reported where it does not.

import assert from 'node:assert/strict';
import { figureFindings, reports } from './figure-findings';

/** No number-ratio finding in `text` (other rules may speak of its other figures). */
function noRatio(text: string): void {
  assert.deepEqual(
    figureFindings(text)
      .filter((f) => f.rule === 'number-ratio')
      .map((f) => f.message),
    [],
  );
}

describe('readings of shares and rates (post-k)', () => {
  describe('number-ratio: a share after a bracket speaks of the figure the bracket follows', () => {
    const list = (p: string): string => `全年受理投诉2400件。其中，质量问题900件，占投诉量的37.5%；售后服务问题600件（其中家电类240件），占投诉量的${p}；其他问题900件，占投诉量的37.5%。`;
    it('reads the share against the figure before the bracket, not the part inside it', () => {
      noRatio(list('25%'));
      reports(list('28%'), 'number-ratio', '600件 ÷ 2400件');
    });

    it('stays silent when the bracket lists the parts of the whole the share is of (the whole is unstated)', () => {
      noRatio('本年度共收到意见860件（书面意见800件、口头意见60件），占意见总数的91.2%，均已按期答复。');
    });

    it('does not take the figure stated again after the share for its whole', () => {
      noRatio('本年度共收到意见860件（涉及分办意见45件），占全市意见总数的91.2%。860件意见均已按期答复。');
    });
  });

  describe("number-ratio: a group's completion of the year's plan is of its own plan, unless the plan named is the group's", () => {
    const text = (plans: string, p = '80%'): string =>
      `今年全市共安排重大项目120个、${plans}。\n\n1—9月，重大交通项目完成投资120亿元、占年度计划的${p}；重大产业项目完成投资90亿元、占年度计划的75%；重大民生项目完成投资60亿元、占年度计划的70%。`;
    it('stays silent when only the plan of all the projects is stated', () => {
      noRatio(text('年度计划投资500亿元'));
    });

    it('checks the share against a plan that names the group', () => {
      const plans = '年度计划投资500亿元，重大交通项目年度计划投资150亿元';
      noRatio(text(plans));
      reports(text(plans, '85%'), 'number-ratio', '120亿元 ÷ 150亿元');
    });
  });

  describe("number-ratio: a figure its own rate follows is that rate's numerator, not the base of the next rate", () => {
    const text = (first: string): string => `全年省级投资计划20亿元，其中省级资金4.8亿元；截至6月底，已完成省级投资计划8.2亿元、完成率${first}，完成省级资金2.5亿元、完成率52.1%。`;
    it('does not read the second rate against what was done of the plan', () => {
      noRatio(text('41%'));
    });
  });

  describe('number-ratio: a success rate (调解成功率) is of the attempts its verb names', () => {
    it('stays silent when no figure is named by the verb (the base is not stated)', () => {
      noRatio('本月共接收投诉800件，受理650件，同比上升5%；按时初查率99%；调解成功300件，调解成功率45%。');
    });

    it('reads the rate against a count named by the verb', () => {
      reports('本月组织调解500件，调解成功300件，调解成功率65%。', 'number-ratio', '300件 ÷ 500件');
    });
  });
});

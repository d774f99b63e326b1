// Readings of round 24, second wave (post24b, after the first run on heldout64–67). Each case is made-up text in
// the style of the real reports: a silent case and its reported twin.

import { reports, silent } from './figure-findings';

describe('number-conflict / number-ratio: the year’s plan listed, then what was done of each task (post24b)', () => {
  // made up: a county's housing plan for the year, then the third quarter's results against it
  const text = (rate: string, tail = `，完成年度任务的${rate}`): string =>
    `今年，全县保障性住房建设计划实施，棚户区改造开工600套、基本建成400套，公共租赁住房筹集120套。截至三季度，全县棚户区改造开工540套，完成年度任务的90%；棚户区改造基本建成300套，完成年度任务的75%；公共租赁住房筹集96套${tail}。`;

  it('reads a figure followed by its completion of the year’s task as what was done, not the task stated again', () => {
    silent(text('80%'));
  });

  it('checks the completion against the task of the same name in the plan’s sentence', () => {
    reports(text('85%'), 'number-ratio', '96套 ÷ 120套');
  });

  it('still reports the same name with two values when nothing says one is done of the other', () => {
    reports(text('', ''), 'number-conflict', '120套');
  });
});

describe('number-conflict / number-sum: households and people counted together share their clause (post24b)', () => {
  // made up: a county's monitoring against falling back into poverty, the half year's new cases and the running total
  const text = (people: string): string => `某县乡村振兴局2023年上半年工作总结

一、防返贫监测帮扶

坚持常态化排查，及时开展监测帮扶。上半年全县共纳入监测对象120户450人，建立帮扶台账，开展精准帮扶。全县累计纳入监测对象800户${people}，累计消除风险600户2300人，风险消除率75%，剩余200户700人全部落实帮扶措施。`;

  it('reads 累计 before the households as the people’s too: the running total is not the half year’s count', () => {
    silent(text('3000人'));
  });

  it('adds up the people on their own, past the households and the rate between them', () => {
    reports(text('3100人'), 'number-sum', '2300人 + 剩余700人');
  });

  it('still reports two running totals of the same people that differ', () => {
    reports('截至6月底，全县累计纳入监测对象800户3000人，落实帮扶措施。\n\n截至6月底，全县累计纳入监测对象800户3100人，全部落实帮扶措施。', 'number-conflict', '3000人');
  });
});

describe('number-ratio: a bar the measure crossed is not its value (post24b)', () => {
  // made up: a county's funds from outside the province, a round bar, then the amount, then one region's share
  const text = (share: string): string => `全县实际到位资金突破50亿元，累计实现51.2亿元，比上年同期增长12%。\n\n从来源看，东部地区到位资金为32.8亿元，占全部到位资金的比重达${share}。`;

  it('takes the amount after the bar (累计实现) as the whole, not the bar', () => {
    silent(text('64.1%'));
  });

  it('reports a share off that amount', () => {
    reports(text('66.1%'), 'number-ratio', '32.8亿元 ÷ 51.2亿元');
  });
});

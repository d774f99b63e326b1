// Readings of round 22 (branch sums24): a total announced before a numbered list whose items each have sub-items of
// their own (（一）中央资金…万元。⏎1.…⏎2.…⏎（二）省级资金…万元。⏎1.…), as lottery-fund notices set out how the fund was
// spent. The sub-items between two items are parts of their item, not of the lead, and no longer end the list; the
// list may then run over more paragraphs than other breakdowns look back. A sub-list must number from 1 in one style
// (1. 2. under (1), then 3. under (2) counts on: (2) is no sub-item of 2.). Money spent on a project or a field of
// welfare for a group of people (残疾人福利, 残疾人免费安装假肢项目) is one allocation of the total, not a cut along
// that group. Each case is a made-up text in the manner of the real ones: the holding text stays silent, and the same
// words with parts that add up to more than the total are reported.

import { reports, silent } from './figure-findings';

describe('number-sum: a numbered list with sub-items under an announced total (sums24)', () => {
  const fund = (total: string): string =>
    [
      `2023年共分配福彩公益金${total}，主要安排用于以下项目：`,
      '（一）中央资金120万元。',
      '1.居家养老服务补助100万元；',
      '2.孤儿助学项目20万元。',
      '（二）省级资金80万元。',
      '1.养老设施建设补贴50万元；',
      '2.康复设备购置30万元。',
      '（三）市级资金40万元。',
      '1.养老机构责任保险补贴10万元；',
      '2.社区治理项目18万元；',
      '3.社工站建设补助12万元。',
      '（四）县级资金60万元。',
      '1.敬老院建设项目60万元。',
    ].join('\n\n');
  it('reads the items, past their sub-items, as the parts of the total', () => {
    silent(fund('300万元'));
    reports(fund('270万元'), 'number-sum', '270万元');
  });
  it('still reads the sub-items as the parts of their item', () => {
    const text = fund('300万元').replace('（二）省级资金80万元', '（二）省级资金70万元').replace('共分配福彩公益金300万元', '共分配福彩公益金290万元');
    reports(text, 'number-sum', '70万元');
  });
  const counting = (first: string): string =>
    [
      '2023年拟使用衔接资金2000万元，具体计划如下：',
      '（一）产业类项目3个，共计1500万元。',
      `(1)种植类项目2个，共计${first}。`,
      '1.育苗基地建设项目600万元。',
      '2.种植基地建设项目500万元。',
      '(2)加工类项目1个，400万元。',
      '3.加工基地建设项目400万元。',
      '（二）基础设施类项目1个，共计500万元。',
      '4.道路改造项目500万元。',
    ].join('\n\n');
  it('does not take a sub-list that counts on (3. under (2)) for sub-items of 2.', () => {
    silent(counting('1100万元'));
  });
});

describe('number-sum: money spent on a field of welfare for a group of people (sums24)', () => {
  const welfare = (total: string): string => `二、用于社会福利的彩票公益金支出${total}。其中，养老服务体系建设项目1200万元，社区建设项目400万元，残疾人康复项目500万元。`;
  it('adds a project for the disabled into the total like any other', () => {
    silent(welfare('2100万元'));
    reports(welfare('1900万元'), 'number-sum', '1900万元');
  });
  const people = (total: string): string => `全县共有低保对象${total}，其中残疾人120人，老年人300人。`;
  it('still reads people who are disabled as a cut of those counted', () => {
    silent(people('400人'));
  });
});

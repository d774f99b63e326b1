// Readings of round 21 (branch sums21): 其中 lists read to their end. The engine cut a list after 其中 at its first part
// where a reader reads on: clause groups by ； whose names are long or that each state the part's share, a class named
// 计划总结类, a first group of parts by commas before a ； that opens another statement; and a share naming the count
// of the total (占生效人数的) is of the total. A list after 其中 may still leave a remainder: only parts adding up to
// more than the total are reported. Each case is a made-up text in the manner of the real ones: the holding text stays
// silent, and the same words with parts that add up to more than the total (or a share that does not fit) are reported.

import { reports, silent } from './figure-findings';

describe('number-sum: a 其中 list by ； read to its end (sums21)', () => {
  const relief = (project: string): string =>
    `今年上半年，县慈善会救助支出1286.40万元，其中企业冠名基金救助312.50万元；个人冠名基金及其他冠名基金救助46.30万元；慈善项目救助${project}；助学助医专项救助款物298.60万元；其他救助支出18.20万元。`;
  it('reads parts with long names in groups that state nothing else', () => {
    silent(relief('610.80万元'));
    reports(relief('690.80万元'), 'number-sum', '1286.40万元');
  });
  const proposals = (members: string): string => `经审查，立案486件，其中，各民主党派、工商联、人民团体和政协各专委会提案112件，占23%；委员个人或联名提案${members}，占77%。`;
  it('reads two groups that each state their share of the total', () => {
    silent(proposals('374件'));
    reports(proposals('394件'), 'number-sum', '486件');
  });
  const published = (summaries: string): string => `全年通过门户网站公开各类信息215条。其中工作动态类132条；计划总结类${summaries}；其他类26条。`;
  it('takes 计划总结类 for a class, not a total of its own', () => {
    silent(published('57条'));
    reports(published('67条'), 'number-sum', '215条');
  });
});

describe('number-sum: a 其中 list by commas before a ； that opens another statement (sums21)', () => {
  const labour = (outside: string): string => `全年全县农村劳动力转移输出28.64万人，比上年增加0.32万人。其中县内转移12.15万人，县外输出${outside}；全年实现劳务收入54.2亿元。`;
  it('reads the parts of the first group, not its first part alone', () => {
    silent(labour('16.49万人'));
    reports(labour('17.49万人'), 'number-sum', '28.64万人');
  });
});

describe('number-ratio: shares of the parts of a 其中 list (sums21)', () => {
  const sentenced = (share: string): string =>
    `全年判决生效被告人8642人，同比上升3.2%。其中：判处五年以上有期徒刑1124人，占生效人数的${share}；判处五年以下有期徒刑3215人，占37.20%；判处缓刑4210人，占48.72%；免予刑事处罚85人，占0.98%；宣告无罪8人，占0.09%。`;
  it('reads 占生效人数的 as the share of the 判决生效被告人', () => {
    silent(sentenced('13.01%'));
    reports(sentenced('15.01%'), 'number-ratio', '8642人');
  });
});

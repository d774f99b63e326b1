// Readings of round 17 for shares (branch shares17). Each case is a made-up text: the reading finds the relation (so a
// wrong figure is reported), and the same words without what it reads stay silent.

import { reports, silent } from './figure-findings';

describe('number-ratio: a share named on a page in 繁體 with pinyin readings (shares17)', () => {
  const text = (primary: string): string =>
    `2024年全區（qū）地區（qū）生產（chǎn）總值200億元，比上年增長5.0%。其中，第一產（chǎn）業（yè）增加值20億元，增長2.0%，占地區（qū）生產（chǎn）總值的比重為${primary}；第二產（chǎn）業（yè）增加值70億元，增長6.0%，占地區（qū）生產（chǎn）總值的比重為35.0%；第三產（chǎn）業（yè）增加值110億元，增長5.5%，占地區（qū）生產（chǎn）總值的比重為55.0%。`;
  it('reads 占地區（qū）生產（chǎn）總值的比重為 as 占地区生产总值的比重为', () => {
    silent(text('10.0%'));
    reports(text('12.0%'), 'number-ratio', '20億元 ÷ 200億元');
  });
  it('takes no next band of a list, with a share of its own, for the whole a share names', () => {
    silent('全省常住人口為2000萬人。0-14歲人口為300萬人，占全省年末總人口的比重為15.00%；15-59歲人口為1300萬人，占全省年末總人口的比重為65.00%。');
  });
});

describe('number-ratio: a structure on a page with pinyin readings (shares17)', () => {
  it('reads 三次產（chǎn）業（yè）結（jié）構（gòu）調（diào）整為 as a structure', () => {
    silent('全縣生產總值100億元。三次產（chǎn）業（yè）結（jié）構（gòu）由上年的11:40:49調（diào）整為10:40:50。');
    reports('全縣生產總值100億元。三次產（chǎn）業（yè）結（jié）構（gòu）由上年的11:40:49調（diào）整為10:40:52。', 'number-ratio');
  });
});

describe('number-ratio: the whole the writer divided by, not the parts’ sum (shares17)', () => {
  const text = (a: string): string => `县政府共收到代表建议97件，目前已办结96件，其中，已得到解决62件，占${a}，正在解决的18件，占18.56%，规划解决的16件，占16.49%。`;
  it('reads shares that all hold against the total received, not against the 96 their parts add up to', () => {
    silent(text('63.92%'));
    reports(text('58.92%'), 'number-ratio', '62件');
  });
});

describe('number-ratio: shares of 一般公共预算收入, a revenue and no budget (shares17)', () => {
  const text = (tax: string): string =>
    `全盟一般公共预算收入累计完成31亿元，增长8.1%。盟本级一般公共预算收入累计完成3亿元；旗级一般公共预算收入累计完成28亿元。从收入结构看，税收收入累计完成21亿元，占一般公共预算收入的${tax}；非税收入累计完成10亿元，占一般公共预算收入的32.3%。`;
  it('reads them against the total their parts add up to', () => {
    silent(text('67.7%'));
    reports(text('62.7%'), 'number-ratio', '21亿元 ÷ 31亿元');
  });
});

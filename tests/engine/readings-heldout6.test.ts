// Readings learnt from the heldout6 batch of real reports (issue 12), after its first run was recorded: each case is
// a made-up text showing the reading, silent where the reading holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of real reports (heldout6)', () => {
  describe('number-conflict: sections named alike under two parents are subjects', () => {
    const report = (later: number): string =>
      [
        '一、总体情况',
        '（一）市长信箱',
        '上半年，市长信箱共受理市民诉求99件，办结99件。',
        '（二）区长信箱',
        '上半年，区长信箱共受理市民诉求119件，办结119件。',
        '二、6月份办理情况',
        '（一）市长信箱',
        '6月份，全区共受理市民来信27件，实际办结27件。',
        '（二）区长信箱',
        '6月份，全区共受理市民来信23件，实际办结23件。',
        `6月份，全区共受理市民来信${later}件。`,
      ].join('\n\n');

    it('does not compare 区长信箱’s figures with 市长信箱’s', () => {
      silent(report(23));
    });

    it('still compares two statements under one of them', () => {
      reports(report(25), 'number-conflict', '23件');
    });
  });

  describe('number-conflict: a paragraph that opens with a count and its noun speaks of them', () => {
    it('does not take the plans of the new projects and of the continued ones for one plan', () => {
      silent('(1)15个重点新建项目，全年计划完成投资17.2亿元，1-4月累计完成投资1.15亿元。\n\n(2)42个重点续建项目，全年计划完成投资81.3亿元，1-4月累计完成投资19.86亿元。');
      reports('(1)15个重点新建项目，全年计划完成投资17.2亿元。\n\n(2)15个重点新建项目，全年计划完成投资18.2亿元。', 'number-conflict');
    });
  });

  describe('number-ratio: a footnote mark after a measure', () => {
    it('reads 地区生产总值（GDP）[2]731.1亿元 as the product, for the structure of the three industries', () => {
      silent('全县实现地区生产总值（GDP）[2]731.1亿元，增长4.6%。其中，第一产业增加值65.9亿元。2024年，全县三次产业结构为9.0:41.0:50.0。');
      reports('全县实现地区生产总值（GDP）[2]731.1亿元，增长4.6%。其中，第一产业增加值65.9亿元。2024年，全县三次产业结构为9.1:40.9:50.0。', 'number-ratio', '65.9亿元 ÷ 731.1亿元');
      reports('全县实现地区生产总值[2]731.1亿元，其中第一产业增加值65.9亿元，占地区生产总值的9.1%。', 'number-ratio', '9.01%');
    });
  });

  describe('number-ratio: rates of an outcome and of a qualified subset', () => {
    it('takes a 不捕率 over the arrests and the non-arrests together', () => {
      silent('经审查，共逮捕25人，不捕24人，不捕率为48.98%。');
      reports('经审查，共逮捕25人，不捕24人，不捕率为46.98%。', 'number-ratio', '48.98%');
    });

    it('leaves a rate of a subset (审限内, 按期) alone when its count is not stated', () => {
      silent('全年受理案件2810件，审执结2746件，结案率97.72%，法定审限内结案率100%。');
      reports('全年受理案件2810件，审执结2746件，结案率99.57%，法定审限内结案率100%。', 'number-ratio', '97.7');
      reports('全年受理工单1136件，按期办结1100件，按期办结率100%。', 'number-ratio', '96.8');
    });
  });
});

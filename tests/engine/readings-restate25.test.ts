// Readings of restatements (issue 12, branch restate25): a measure named in full and in its common short form
// (规模以上 / 规上, 党的基层组织 / 基层党组织) is one measure; a change after the same level written with and without 同比
// (，同比下降 / ，下降) is one change; 环比 and a word that narrows stay apart. Each case is a made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: a measure named in full and written short (restate25)', () => {
  const orgs = (later: string): string =>
    '青山市党内统计公报\n\n' +
    '截至2023年底，全市党员总数为58.6万名，比上年净增903名。党的基层组织3.4万个，比上年增加90个。\n\n' +
    `基层组织建设进一步加强。全市${later}基层党组织中，有农村党组织1820个，社区党组织2310个。`;

  it('reads 党的基层组织 and 基层党组织 as one measure', () => {
    silent(orgs('3.4万个'));
    reports(orgs('3.1万个'), 'number-conflict', '3.1万个');
  });

  const industry = (later: string): string =>
    '青山县上半年经济运行情况\n\n' + '上半年，全县规模以上工业增加值18.64亿元，同比增长6.2%。\n\n' + `工业生产稳中有进。上半年，全县规上工业增加值${later}，规上工业企业达到126家。`;

  it('reads 规模以上工业增加值 and 规上工业增加值 as one measure', () => {
    silent(industry('18.64亿元'));
    reports(industry('16.64亿元'), 'number-conflict', '16.64亿元');
  });

  it('keeps 规上 a word that narrows: 工业增加值 is all industry’s, not the larger firms’', () => {
    silent('青山县上半年经济运行情况\n\n' + '上半年，全县工业增加值26.31亿元，同比增长5.1%。\n\n' + '工业生产稳中有进。上半年，全县规上工业增加值18.64亿元，规上工业企业达到126家。');
  });
});

describe('number-conflict: a change after the same level, with and without 同比 (restate25)', () => {
  const power = (change: string): string =>
    '青山市上半年电力运行情况\n\n' +
    '上半年，全市第一产业用电量0.26亿千瓦时，同比增长4.8%；第三产业用电量为7.52亿千瓦时，同比下降13.4%。\n\n' +
    `分产业看，全市第三产业用电量为7.52亿千瓦时，${change}，占全社会用电量的12.3%。`;

  it('reads ，下降 after the same level as the ，同比下降 stated before', () => {
    silent(power('下降13.4%'));
    reports(power('下降18.4%'), 'number-conflict', '18.4%');
  });

  it('keeps 环比 another comparison than 同比', () => {
    silent(power('环比下降2.6%'));
  });
});

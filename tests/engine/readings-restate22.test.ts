// Readings of restatements (issue 12, branch restate22): a heading that states nothing but a measure's change against
// the same time last year (2、城乡居民医疗保险参保人数同比增长3.6%) heads the paragraph right under it, and that
// paragraph's change 同比 of the measure, in the same direction, is the heading's figure stated again. Each case is a
// made-up text: the heading that agrees, or that heads another measure or another change, stays silent, and its twin
// where the heading and the paragraph disagree is reported.

import { reports, silent } from './figure-findings';

describe('number-conflict: a heading stating a change and the paragraph under it (restate22)', () => {
  const report = (heading: string, yoy: string): string =>
    '一季度全市社会保险运行平稳。\n\n' +
    `1、城乡居民医疗保险参保人数同比增长${heading}\n\n` +
    `城乡居民医疗保险参保386.52万人，比上月增加2.14万人，增长0.6%，同比增加13.41万人，增长${yoy}。其中，学生儿童参保97.30万人。\n\n` +
    '2、工伤保险参保人数同比下降1.2%\n\n' +
    '工伤保险参保152.08万人，比上月增加0.95万人，增长0.6%，同比减少1.85万人，下降1.2%。';

  it('checks the paragraph’s change against last year with the heading above it', () => {
    silent(report('3.6%', '3.6%'));
    reports(report('3.6%', '3.9%'), 'number-conflict', '小标题写作3.6%');
  });

  it('reads the change against last year, not the one against last month (环比, 比上月)', () => {
    // the heading's 0.6% is the change against last month in the paragraph, not against last year's 3.6%
    reports(report('0.6%', '3.6%'), 'number-conflict', '同比变化为3.6%');
    silent(report('3.6%', '3.6%'));
  });

  it('reads no change in the other direction, nor a paragraph that opens with another measure', () => {
    const other = (level: string, unit: string): string => '3、失业保险参保人数同比增长2.8%\n\n' + `${level}，比上月增加0.31${unit}，增长0.2%，同比增加3.51${unit}，增长2.5%。`;
    // 失业保险基金收入 is not the heading's 失业保险参保人数: another measure's change
    silent(other('失业保险基金收入143.26亿元', '亿元'));
    reports(other('失业保险参保143.26万人', '万人'), 'number-conflict', '小标题写作2.8%');
    const down = (change: string, word: string): string => '本月生育保险运行情况如下。\n\n4、生育保险参保人数同比增长1.9%\n\n' + `生育保险参保118.40万人，同比${change}1.70万人，${word}1.4%。`;
    // a heading going up and a paragraph going down speak of two changes: which is meant the text does not say
    silent(down('减少', '下降'));
    reports(down('增加', '增长'), 'number-conflict', '小标题写作1.9%');
  });
});

// Readings of restatements (issue 12, branch restate27): a period written as a quarter or a half in words in one place
// and as its months in another (一季度 / 1至3月, 上半年 / 1-6月) is one period, and 截止到 / 截至到 is 截至, so a measure
// stated under both spellings is one statement; a quarter and a half stay apart, and so do two spellings within one
// paragraph (it turns to another part of its report). Each case is a made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: one period spelt as a quarter and as its months (restate27)', () => {
  const petitions = (later: string): string =>
    '青山县信访举报工作情况\n\n' +
    '今年一季度，县纪检干部走村访户开展民意调查，鼓励群众积极检举控告。1至3月受理信访举报86件，群众来访量日均增加2.3人次。\n\n' +
    `2024年一季度，全县纪检监察机关受理信访举报明显增长，其中受理信访举报${later}，总量上升41.2%，检举控告52件，总量上升30.5%。`;

  it('reads 1至3月 and 一季度 as one period', () => {
    silent(petitions('86件'));
    reports(petitions('77件'), 'number-conflict', '77件');
  });

  const half = (later: string): string =>
    '绿水县民生工程进展情况\n\n' + '1-6月，全县民生工程完成投资额9.84亿元，占年度计划的56.2%。\n\n' + `上半年，全县民生工程完成投资额${later}，各项工作按计划推进。`;

  it('reads 1-6月 and 上半年 as one period', () => {
    silent(half('9.84亿元'));
    reports(half('8.86亿元'), 'number-conflict', '8.86亿元');
  });

  const twoPeriods = (later: string): string =>
    '青山县信访举报工作情况\n\n' + '1至3月受理信访举报86件，群众来访量日均增加2.3人次。\n\n' + `上半年，全县纪检监察机关受理信访举报${later}，检举控告97件。`;

  it('keeps a quarter in months and a half in words apart', () => {
    silent(twoPeriods('163件'));
  });
});

describe('number-conflict: one period spelt two ways within one paragraph (restate27)', () => {
  const industry = (later: string): string =>
    '青山市工业经济运行情况\n\n' +
    '记者从市统计局了解到，今年上半年我市规模以上工业中国有控股企业快速发展，实现工业总产值62.4亿元，可比增长18.6%。' +
    `据统计，今年1-6月份我市规模以上亿元企业数达196家，实现工业总产值${later}，占规模以上工业总产值比重达71.2%。`;

  it('keeps 上半年 and 1-6月份 of one paragraph apart', () => {
    silent(industry('588.3亿元'));
  });
});

describe('number-conflict: 截止到 as 截至 (restate27)', () => {
  const elders = (later: string): string =>
    '绿水市2023年度老年人口信息和老龄事业发展状况\n\n' +
    '记者了解到，截至2023年末，全市户籍人口数达418.62万人，老龄化程度继续加深。\n\n' +
    `《报告》中提到，截止到2023年末，全市户籍人口数达${later}，人口自然增长率为-1.2‰。`;

  it('reads 截止到2023年末 and 截至2023年末 as one scope', () => {
    silent(elders('418.62万人'));
    reports(elders('408.62万人'), 'number-conflict', '408.62万人');
  });
});

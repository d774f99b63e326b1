// Readings added for precision on unseen text (lead, round 14). Each case is a made-up text: the reading keeps it
// silent (or reads the figures it was misreading), and the same words without what it reads are still reported.

import { reports, silent } from './figure-findings';

describe('number-ratio: the base of a share of a plan or task (precision14)', () => {
  it('takes no whole the clause stands in as the plan a share is of', () => {
    silent('水利建设完成投资80亿元，占年度任务的110%。水利建设中，骨干水源工程累计完成投资30.5亿元，占年度任务的120%。');
    reports('水利建设完成投资80亿元，占年度任务的110%。水利建设中，骨干水源工程累计完成投资30.5亿元，占水利建设投资的48%。', 'number-ratio', '30.5亿元 ÷ 80亿元');
  });
  it('takes what was done, not another task, as what reaches a share of a task', () => {
    silent('今年以来，全县已完成造林33万亩，超额完成市下达的30万亩年度任务，完成省下达我县25万亩造林任务的132%。');
    reports('今年以来，全县已完成造林33万亩，超额完成市下达的30万亩年度任务，完成省下达我县25万亩造林任务的122%。', 'number-ratio', '33万亩 ÷ 25万亩');
  });
});

describe('figures at the two ends of a change (由…提高到…) (precision14)', () => {
  it('reads both ends as one measure, last year’s and this year’s, and a share of this year’s', () => {
    silent('产业项目由去年的200个提高到今年的250个，增长25%。其中，新兴产业项目100个，占产业项目的40%。');
    reports('产业项目由去年的200个提高到今年的250个，增长25%。其中，新兴产业项目100个，占产业项目的45%。', 'number-ratio', '100个 ÷ 250个');
  });
});

describe('number-conflict: sides and items taken in turn (precision14)', () => {
  const county = '全市一般公共预算支出完成120.5亿元，增长8.2%。\n\n在12个县收支情况上，一般公共预算收入完成30.2亿元，增长6.1%。\n\n一般公共预算支出完成60.3亿元，增长5.5%。\n';
  it('carries a side opened at the head of a paragraph over the paragraphs after it, when the draft takes several', () => {
    silent(`${county}\n在8个区收支情况上，一般公共预算收入完成42.1亿元，增长9.3%。\n`);
    reports(county, 'number-conflict', '120.5亿元');
  });
  const items = (a: string, b: string): string =>
    `# 关于2024年为民办实事项目实施情况的通报\n\n一、${a}\n\n省级财政补助资金下达1.25亿元，完成年度计划的100%。\n\n二、${b}\n\n省级财政补助资金下达0.86亿元，完成年度计划的102%。\n`;
  it('reads each heading that states an item by its figure as the scope of the paragraphs under it', () => {
    silent(items('新建、改扩建公办幼儿园40所', '新增城市停车泊位5000个'));
    reports(items('新建、改扩建公办幼儿园', '新增城市停车泊位'), 'number-conflict', '1.25亿元');
  });
});

// Readings added for the false alarms of first contact found on a shadow sample of unannotated real text (branch
// shadow15, tests/corpus/shadow/JUDGED.md). Each case is a made-up text: the reading keeps it silent, and the same
// words without what it reads are still reported.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { noFindingAt, reports, silent } from './figure-findings';

const rules = (text: string): string[] => check(text).findings.map((f) => f.rule);

describe('number-format: the dates of a web page’s fields (shadow15)', () => {
  it('reads a 时间 line with a dashed date above the first sentence as the page’s stamp', () => {
    const page = '某局2023年工作总结\n\n时间：2023-08-31\n\n今年以来，我局各项工作稳步推进，全年完成投资1.2亿元。\n';
    silent(page);
    assert.ok(rules(page).includes('web-residue'));
    reports('某局2023年工作总结\n\n今年以来，我局各项工作稳步推进。\n\n时间：2023-08-31\n', 'number-format', '2023年8月31日');
  });
  it('reads a date in a cell of a site’s index table (生成日期 | …) as the page’s, not the document’s', () => {
    silent('索引号 | 001/2024-00012 | 发布机构 | 某街道 |\n生成日期 | 2024-03-21 | 公开方式 | 主动公开 |\n\n今年以来，街道各项工作稳步推进。\n');
    reports('今年以来，街道各项工作稳步推进。会议时间：2024-03-21。\n', 'number-format', '2024年3月21日');
  });
  it('reads a date line beside the site’s 我要投稿 button as page furniture', () => {
    const page = '关于某市文旅市场情况的报告\n\n时间：2023-10-09 工作报告 我要投稿\n\n今年以来，文旅市场迅速复苏。\n';
    silent(page);
    assert.ok(rules(page).includes('web-residue'));
    reports('关于某市文旅市场情况的报告\n\n时间：2023-10-09 工作报告\n\n今年以来，文旅市场迅速复苏。\n', 'number-format', '2023年10月9日');
  });
});

describe('web-residue: a page’s copyright line (shadow15)', () => {
  it('reads Copyright … All Rights Reserved as page furniture', () => {
    assert.ok(rules('人社部表示，上半年就业形势总体平稳。\n\nCopyright ©1999-2024 example.com. All Rights Reserved\n').includes('web-residue'));
    assert.ok(!rules('人社部表示，上半年就业形势总体平稳。\n\n版面编辑：张三\n').includes('web-residue'));
  });
  it('reads a document-sharing site’s notices as page furniture, not as a broken paragraph', () => {
    const page =
      '版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领\n\n文档简介\n\n某局国庆假日旅游工作总结。全市共接待游客58.1万人次。\n\n（未完，全文共1507字，当前显示476字）\n';
    const got = rules(page);
    assert.equal(got.filter((r) => r === 'web-residue').length, 3, got.join(', '));
    assert.ok(!got.includes('broken-paragraph'), got.join(', '));
    assert.ok(!rules('说明：本文档由用户提供并上传，收益归属内容提供方\n\n简介\n\n某局国庆假日旅游工作总结。\n').includes('web-residue'));
  });
});

describe('number-sum: a count of projects by stage after a run that adds up (shadow15)', () => {
  it('reads 计划竣工项目 after 续建 and 计划开工 that add up to the total as a second cut, not a third kind', () => {
    silent('2024年安排市重点项目476个。其中，续建项目269个；计划开工项目207个；计划竣工项目111个。');
    reports('2024年安排市重点项目476个。其中，续建项目279个；计划开工项目207个；计划竣工项目111个。', 'number-sum', '476个');
  });
});

describe('table-restatement: a growth of another measure named after a row (shadow15)', () => {
  const table = '\n\n2022年地区生产总值\n\n单位：万元\n\n指标 | 2022年 | 可比价增幅（%） |\n地区生产总值 | 823897 | 4.9 |\n工业 | 264911 | 2.1 |\n建筑业 | 59976 | 3.4 |\n';
  it('takes no growth whose level, after the row’s label, is in a unit the row has no cell in (工业用电 in 亿千瓦时)', () => {
    const text = `2022年全区全社会用电6.64亿千瓦时，同比增长13.01%，其中工业用电2.91亿千瓦时，同比下降1.01%。${table}`;
    noFindingAt(text, '2.1 |');
  });
  it('still compares a growth whose level is in the row’s unit', () => {
    reports(`2022年全区地区生产总值82.4亿元，增长4.9%，其中工业增加值26.49亿元，同比增长1.01%。${table}`, 'table-restatement', '2.1');
  });
});

describe('number-ratio: a project stage’s rate of the count planned for that stage (shadow15)', () => {
  const text = (rate: string): string =>
    `2024年安排市重点项目476个。其中，续建项目269个；计划开工项目207个；计划竣工项目111个。\n\n1—8月份，累计完成投资325.7亿元。151个项目开工建设，开工率73%；85个项目竣工，竣工率${rate}。\n`;
  it('takes the 计划竣工项目 stated earlier as a base 竣工率 may be of', () => {
    silent(text('76.6%'));
  });
  it('still reports a 竣工率 that no base gives', () => {
    reports(text('66.6%'), 'number-ratio', '竣工率');
  });
});

describe('number-conflict: an amount that describes the thing after it (shadow15)', () => {
  it('reads 投资2000万元的养殖场 and 投资5000万元的企业 as two objects, not one measure twice', () => {
    silent('全年招商引资成效明显。引进投资2000万元的精养殖场一个。引进投资5000万元的环保能源企业一家。');
    reports('全年招商引资成效明显，全年引进项目投资2000万元。年底统计，全年引进项目投资5000万元。', 'number-conflict', '2000万元');
  });
});

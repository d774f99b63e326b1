// Readings added for precision on unseen text (lead, round 14). Each case is a made-up text: the reading keeps it
// silent (or reads the figures it was misreading), and the same words without what it reads are still reported.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

const rules = (text: string): string[] => check(text).findings.map((f) => f.rule);

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

describe('number-ratio: the base of a rate (precision14)', () => {
  it('takes no count with a rate of its own as the group another rate is of', () => {
    silent('截至6月底，全县重点对象危房改造开工1200户，开工率达105%；竣工800户，竣工率达70%。');
    reports('2024年下达我县危房改造任务1143户。截至6月底，全县重点对象危房改造开工1200户，开工率达105%；竣工800户，竣工率达80%。', 'number-ratio', '800户 ÷ 1143户');
  });
  it('reads a rate against the group counted at the head of its period as well as the plan before it', () => {
    silent('全县列入危房改造计划1500户，已完工1200户，完成率80%。脱贫户危房改造600户，已开工590户，开工率98.3%；已完工540户，完成率90%。');
    reports('全县列入危房改造计划1500户，已完工1200户，完成率80%。脱贫户危房改造600户，已开工590户，开工率98.3%；已完工540户，完成率80%。', 'number-ratio', '540户 ÷ 600户');
  });
});

describe('number-sum: lists and their totals (precision14)', () => {
  it('takes no figure smaller than a part, in the sentence before, as the total of a list sorted by kind', () => {
    silent('全市共发生生产安全事故17起，同比下降19%。发生1起较大事故，形势总体平稳。分行业来看，工矿商贸事故13起、道路运输事故2起、铁路事故2起。');
    reports('全市共发生生产安全事故17起，同比下降19%。分行业来看，工矿商贸事故13起、道路运输事故3起、铁路事故2起。', 'number-sum', '18起');
  });
  it('takes no share that states its own whole as a share of the breakdown’s total', () => {
    silent('完成造林任务9000亩，为年度任务7000亩的1.3倍。其中：荒山造林完成5000亩，为年度任务6000亩的0.8倍，占总任务5000亩的100%；通道绿化完成4000亩，为年度任务1000亩的4倍。');
    reports('完成造林任务9000亩。其中：荒山造林完成5000亩，占55.6%；通道绿化完成4000亩，占54.4%。', 'number-ratio', '4000亩 ÷ 9000亩');
  });
});

describe('web-residue: a page’s fields around its publication date (precision14)', () => {
  it('reads a line of the page’s fields with the date among them as residue, not as a date to rewrite', () => {
    const fields = '体裁分类：助企纾困     主题分类：其他     发布时间： 2023-07-25      发布机构：商务局      浏览次数：21';
    assert.deepEqual(rules(`某县商务局\n\n${fields}\n\n今年上半年，全县外贸进出口总额完成5.2亿元。\n`), ['web-residue']);
    assert.deepEqual(rules('春茶生产情况\n\n发表于：2024-05-10 作者：张三\n\n2014年全州有茶园面积20.97万亩。\n'), ['web-residue']);
  });
  it('reads a dashed date alone on its line above the first sentence as the page’s stamp', () => {
    assert.deepEqual(rules('综合新闻\n\n2017-11-24\n\n为打赢扶贫攻坚战，全县投入资金1.2亿元。\n'), ['web-residue']);
    assert.deepEqual(rules('关于扶贫工作的报告\n\n全县投入资金1.2亿元。\n\n2017-11-24\n'), ['number-format']);
  });
  it('still reads a dashed date in prose as a date to rewrite', () => {
    assert.ok(rules('春茶生产情况\n\n本报告于2024-05-10报送。\n').includes('number-format'));
  });
});

describe('tables: headings and inferred parts (precision14)', () => {
  const table = (unit: string): string =>
    `各地区人口性别构成\n\n${unit}地区\n\n比重\n\n性别比\n\n全 国\n\n51.24\n\n48.76\n\n105.07\n\n北 京\n\n51.14\n\n48.86\n\n104.65\n\n天 津\n\n51.53\n\n48.47\n\n106.31\n\n河 北\n\n50.50\n\n49.50\n\n102.02\n`;
  it('takes a table’s unit above it for no column heading', () => {
    const figures = (text: string): string[] =>
      check(text)
        .findings.filter((f) => /^table-/.test(f.rule))
        .map((f) => f.rule);
    assert.deepEqual(figures(table('单位：%\n\n')), []);
  });
  it('takes no rows for parts of a row when one column adds up and another goes over', () => {
    const rows = [
      '| 序号 | 类别 | 抽检样品（批次） | 不合格（批次） |',
      '| --- | --- | --- | --- |',
      '| 1 | 甲类 | 755 | 6 |',
      '| 2 | 乙类 | 967 | 0 |',
      '| 3 | 丙类 | 357 | 4 |',
      '| 4 | 丁类 | 1438 | 2 |',
      '| 5 | 戊类 | 1077 | 10 |',
    ];
    silent(`食品抽检情况\n\n${rows.join('\n')}\n`);
  });
});

describe('figures read from what a page wrote (precision14)', () => {
  it('reads a decimal broken over two lines after its point as one figure', () => {
    silent('全省残疾人221.1万人。各类残疾人分别是：视力残疾35.6万人，占16.10%；肢体残疾49.9万人，占22.\n\n57%；智力残疾19.1万人，占8.64%。\n');
    reports('全市残疾人221.1万人，其中肢体残疾49.9万人，占22.\n\n67%；智力残疾19.1万人，占8.64%。\n', 'number-ratio', '写作22.67%');
  });
  it('takes 进出口 for no 出口 and 进口 for no part of 进出口 when looking up a share’s whole', () => {
    silent(
      '前8个月，中国进出口总值27.08万亿元，同比微降0.1%。\n\n前8个月，民营企业进出口14.33万亿元，增长6%。其中，出口9.74万亿元，增长6.3%，占出口总值的63%；进口4.59万亿元，增长5.3%，占进口总值的39.5%。\n',
    );
    reports(
      '前8个月，中国出口总值15.47万亿元，同比增长0.8%。\n\n前8个月，民营企业进出口14.33万亿元，增长6%。其中，出口9.74万亿元，增长6.3%，占出口总值的53%。\n',
      'number-ratio',
      '9.74万亿元 ÷ 15.47万亿元',
    );
  });
  it('reads 1月~7月份 as a span of months, not as July', () => {
    silent('1月~7月份，全国港口完成外贸货物吞吐量157012万吨，同比增长9.1%。7月份，全国港口完成外贸货物吞吐量23620万吨，同比增长15.7%。');
    reports('7月份，全国港口完成外贸货物吞吐量157012万吨，同比增长9.1%。7月份，全国港口完成外贸货物吞吐量23620万吨，同比增长15.7%。', 'number-conflict', '157012万吨');
  });
  it('reads parts after 其中 adding up to a third more than their total as cuts by different attributes', () => {
    silent('全州有茶园面积20.97万亩，其中投产面积17.63万亩，无性系茶园面积8.41万亩，无公害茶园面积12.54万亩。');
    reports('全州有茶园面积20.97万亩，其中投产面积12.63万亩，无性系茶园面积9.41万亩。', 'number-sum', '22.04万亩');
    reports('全州有茶园面积20.97万亩，其中投产面积21.63万亩，无性系茶园面积8.41万亩，无公害茶园面积12.54万亩。', 'number-sum', '21.63万亩');
  });
});

describe('tables: a rate’s row (precision14)', () => {
  const table = (change: string): string =>
    `旅游主要指标\n\n| 指标 | 单位 | 2014年 | 2015年 | 2015年比2014增长 |\n| --- | --- | --- | --- | --- |\n| 接待过夜游客 | 万人次 | 812.30 | 840.11 | 3.4 |\n| 客房开房率 | % | 48.64 | 49.00 | ${change} |\n`;
  it('reads the change of a rate’s row in points as well as in percent', () => {
    silent(table('0.4'));
    reports(table('1.4'), 'table-change');
  });
});

describe('tables: rows a breakdown read from the figures steps over (precision14)', () => {
  const table = (home: string): string =>
    [
      '邮电业务基本情况',
      '',
      '| 指 标 | 1996 | 1997 | 1998 |',
      '| --- | --- | --- | --- |',
      '| 本地电话年末用户（万户） | 5494.7 | 7031.0 | 8742.1 |',
      '| 年末市内电话用户（万户） | 4277.8 | 5244.4 | 6259.8 |',
      `| #住宅电话用户 | ${home} | 4057.2 | 4911.1 |`,
      '| 年末无线寻呼电话用户（万户） | 2536.2 | 3254.6 | 3908.2 |',
      '| 年末移动电话用户（万户） | 685.3 | 1323.3 | 2386.3 |',
      '| 年末农村电话用户（万户） | 1216.9 | 1786.6 | 2482.3 |',
      '',
    ].join('\n');
  it('takes no rows that go over a part in every column for its sub-items', () => {
    silent(table('3224.6'));
  });
  it('still checks a 其中 row against the row above it', () => {
    reports(table('4324.6'), 'table-sum', '4324.6');
  });
});

describe('number-sum: where a list of parts ends (precision14)', () => {
  const grid = (rate: string): string =>
    `1月至8月，全县网格平台受理群众诉求事件17457件，其中网格员上报17146件，热线转办215件，政协云事件43件，市长信箱41件，手机客户端12件，办结17443件，办结率${rate}。`;
  it('ends a list that adds up to its total exactly before a count of what was done, and reads that count’s rate', () => {
    silent(grid('99.9%'));
    reports(grid('99%'), 'number-ratio', '17443件 ÷ 17457件');
  });
  it('still reads parts of a list of kinds joined by 、 that add up to far more than their total as an error', () => {
    reports('全县共有专任教师9689人（其中，幼儿园4529人、小学5613人、初中2696人、高级中学957人）。', 'number-sum', '13795人');
  });
});

describe('number-ratio: a plan in the paragraph before (precision14)', () => {
  const county = (rate: string): string => `2024年，市下达我县农村危房改造计划共1200户，补助资金1100万元。\n\n截至目前，全县已开工1080户，竣工600户，开工率90%，竣工率${rate}。\n`;
  it('reads a rate against the one plan of the paragraph before when its own paragraph states none', () => {
    silent(county('50%'));
    reports(county('55%'), 'number-ratio', '600户 ÷ 1200户');
  });
  it('takes no plan of the whole for the rate of a group counted with its figure', () => {
    silent('今年全省重大项目287个，年度计划投资2512亿元。\n\n2023年，234个项目累计完成投资2648亿元。其中，138个续建项目累计完成投资1644亿元，年度计划投资完成率114%。\n');
  });
});

// Readings of tables added in round 15 (branch tables15). Each case is a made-up text: the reading catches a broken
// figure, and stays silent where the figures hold or where it does not apply; each `reports` case fails without its
// reading.

import { findingAt, reports, silent } from './figure-findings';

describe('table-share: shares of a total column whose headings were lost (tables15)', () => {
  // a yearbook's heading over three lines that do not line up with the figures: no column is named, 合计 is found
  // by the columns adding up to it, and the four columns of one-decimal percentages are its parts' shares
  const table = (share: string, last = '1250'): string =>
    [
      '表3 某县历年生产总值及构成',
      '（当年价格）',
      '  生产总值（万元） 构成(%      ',
      '年份  合计 农业 第二产业   服务业 农业 第二产业   服务业 人均',
      '  工业 工业 （元）',
      `2016 5000 1200 2300 2000 1500 ${share} 46.0 40.0 30.0 ${last}`,
      '2017 5600 1260 2520 2200 1820 22.5 45.0 39.3 32.5 1400',
      '2018 6400 1280 2880 2500 2240 20.0 45.0 39.1 35.0 1600',
      '2019 7000 1330 3150 2700 2520 19.0 45.0 38.6 36.0 1750',
      '2020 8000 1440 3600 3100 2960 18.0 45.0 38.8 37.0 2000',
    ].join('\n');
  it('checks each share against the part and the total', () => {
    reports(table('29.0'), 'table-share', '1200 ÷ 第3列5000 = 24%');
    findingAt(table('29.0'), '29.0');
  });
  it('stays silent where the shares hold', () => {
    silent(table('24.0'));
  });
  it('stays silent on percentages that are no part of the total (growth rates)', () => {
    const growth = [
      '表4 某县历年生产总值及增速',
      '（当年价格）',
      '  生产总值（万元） 增速(%      ',
      '年份  合计 农业 第二产业   服务业 农业 第二产业   服务业 人均',
      '  工业 工业 （元）',
      '2016 5000 1200 2300 2000 1500 3.5 6.0 4.0 8.0 1250',
      '2017 5600 1260 2520 2200 1820 2.5 5.0 9.3 2.5 1400',
      '2018 6400 1280 2880 2500 2240 2.0 5.5 9.1 5.0 1600',
      '2019 7000 1330 3150 2700 2520 1.0 4.5 8.6 6.0 1750',
      '2020 8000 1440 3600 3100 2960 8.0 5.0 8.8 7.0 2000',
    ].join('\n');
    silent(growth);
  });
});

describe('table-rate: a 占比 of the task done is a completion rate (tables15)', () => {
  // 任务完成量占比 is done ÷ task, not a share of a whole: the column is checked as 完成率 against the task column
  const table = (share: string): string =>
    [
      '附表 各乡镇造林任务进度表',
      '',
      '序号 | 乡镇 | 下达任务（亩） | 累计完成（亩） | 任务完成量占比（%） |',
      '1 | 东镇 | 2000 | 500 | 25% |',
      '2 | 西镇 | 4000 | 1000 | 25% |',
      `3 | 南镇 | 5000 | 3000 | ${share} |`,
      '4 | 北镇 | 3000 | 2400 | 80% |',
    ].join('\n');
  it('checks each row as done ÷ task', () => {
    reports(table('40%'), 'table-rate', '3000 ÷ 下达任务5000 = 60%');
  });
  it('stays silent where the rates hold', () => {
    silent(table('60%'));
  });
});

describe('table-change: a 增减幅度 column is a growth rate (tables15)', () => {
  // 增、减幅度 beside 增、减金额: the change in per cent of last year, (本年 − 上年) ÷ 上年
  const table = (pct: string): string =>
    [
      '某局2023年“三公”经费决算情况表',
      '单位：万元',
      '',
      '项目 | 上年决算数 | 本年决算数 | 增、减金额 | 增、减幅度 |',
      '合计 | 200.00 | 180.00 | -20.00 | -10.00% |',
      `1.公务接待费 | 120.00 | 114.00 | -6.00 | ${pct} |`,
      '2.公务用车运行费 | 80.00 | 66.00 | -14.00 | -17.50% |',
    ].join('\n');
  it('checks the change in per cent against the two years', () => {
    reports(table('-15.00%'), 'table-change', '-5%');
  });
  it('stays silent where it holds', () => {
    silent(table('-5.00%'));
  });
});

describe('pasted tables: a 单位 column in a table copied one cell per line (tables15)', () => {
  // 项 目 / 单 位 / 2022年 / 2023年 / 增长%, each row opening at its label, then its unit: read from the unit, each
  // label was a row of its own and no sum was checked
  const table = (total: string): string =>
    [
      '项 目 |',
      '单 位 |',
      '2022年 |',
      '2023年 |',
      '增长% |',
      '一、接待游客 |',
      '人次 |',
      '880000 |',
      `${total} |`,
      '12.5 |',
      '（一）境外游客 |',
      '人次 |',
      '80000 |',
      '90000 |',
      '12.5 |',
      '（二）国内游客 |',
      '人次 |',
      '800000 |',
      '900000 |',
      '12.5 |',
      '二、旅游收入 |',
      '亿元 |',
      '12.00 |',
      '13.20 |',
      '10.0 |',
    ].join('\n');
  it('reads the rows from their labels and checks the parts against the total', () => {
    reports(table('890000'), 'table-sum', '990000');
  });
  it('stays silent where the parts add up', () => {
    silent(table('990000'));
  });
});

describe('table-restatement: after “X中，” the figure is of a part of X (tables15)', () => {
  // 工业 is a row of the table; 规模工业中，新兴产业工业产值增长30.5% is of a part of 规模工业, not of the 工业 row
  const text = (sentence: string): string =>
    [
      '表1 地区生产总值',
      '',
      '指标 | 单位 | 2023年 | 比上年增长（%） |',
      '地区生产总值 | 亿元 | 100.0 | 6.0 |',
      '第一产业 | 亿元 | 10.0 | 3.0 |',
      '第二产业 | 亿元 | 40.0 | 5.0 |',
      '工业 | 亿元 | 30.0 | 4.0 |',
      '第三产业 | 亿元 | 50.0 | 7.5 |',
      '',
      sentence,
    ].join('\n');
  it('still compares the row named by itself', () => {
    reports(text('全年工业增加值30.0亿元，增长5.0%。'), 'table-restatement', '4.0%');
  });
  it('stays silent on the part of a larger whole', () => {
    silent(text('规模工业中，新兴产业工业产值增长30.5%。'));
  });
});

describe('table-rate: a progress table spaced by single spaces (tables15)', () => {
  // 工作目标 已完成数 完成比例 side by side in a heading line of words; the lines under it carry a target, a done count
  // and a percentage each (with remarks, units and rows of words between): each percentage is done ÷ target
  const text = (rate: string): string =>
    [
      '某县2023年十件民生实事进展情况',
      '',
      '序号 项目名称 单 位 工作目标 已完成数 完成比例 责任单位',
      '1 新增城镇就业 人 3000 3150 105.0% 人社局',
      `2 改造农村公路 公里 120 96 ${rate} 交通局`,
      '新建乡村客运站 个 5 5 100.0%',
      '3 改造老旧小区 个 40 42 105.0% 住建局',
    ].join('\n');
  it('checks each percentage as done ÷ target', () => {
    reports(text('70.0%'), 'table-rate', '96 ÷ 120 = 80');
  });
  it('stays silent where the rates hold', () => {
    silent(text('80.0%'));
  });
  it('reads no table in lines without the heading', () => {
    silent(['某县2023年民生实事', '', '新增城镇就业 人 3000 3150 70.0%', '改造农村公路 公里 120 96 70.0%', '改造老旧小区 个 40 42 70.0%'].join('\n'));
  });
});

describe('table-restatement: a pinyin reading after a character (tables15)', () => {
  // a (traditional) page that glosses characters with their reading (產（chǎn）業（yè）): the table's labels are read
  // without it, and so is the text now, so 第一產（chǎn）業（yè） in the text names the row 第一產業
  const text = (growth: string): string =>
    [
      '表1 2023年全縣生產總值',
      '',
      '指標名稱 | 完成值（億元） | 比上年增長（%） |',
      '地區（qū）生產（chǎn）總值 | 100.00 | 5.0 |',
      '第一產（chǎn）業（yè） | 20.00 | 3.0 |',
      '第二產（chǎn）業（yè） | 30.00 | 6.0 |',
      '第三產（chǎn）業（yè） | 50.00 | 5.2 |',
      '',
      `第一產（chǎn）業（yè）增加值20.00億元，比上年增長${growth}。`,
    ].join('\n');
  it('compares the glossed name with its row', () => {
    reports(text('4.0%'), 'table-restatement', '3.0%');
  });
  it('stays silent where they agree', () => {
    silent(text('3.0%'));
  });
});

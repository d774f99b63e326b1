// Readings of tables added in round 14 (branch tables14). Each case is a made-up text: the reading catches a broken
// figure, and stays silent where the figures hold or where it does not apply; each fails without its reading.

import { figureFindings, reports, silent } from './figure-findings';
import assert from 'node:assert/strict';

describe('table-share: years under a group heading, one cell per line (tables14)', () => {
  // 地区 / 人口数 / 比重 / 2020年 / 2010年: 比重 was merged over the two years; the 2010 shares are of 2010's counts,
  // which the table does not give
  const table = (share: string): string =>
    [
      '表1 各镇人口',
      '',
      '地区',
      '',
      '人口数',
      '',
      '比重',
      '',
      '2020年',
      '',
      '2010年',
      '',
      '全县',
      '',
      '120000',
      '',
      '100.00',
      '',
      '100.00',
      '',
      '东镇',
      '',
      '30000',
      '',
      share,
      '',
      '21.40',
      '',
      '西镇',
      '',
      '42000',
      '',
      '35.00',
      '',
      '38.15',
      '',
      '南镇',
      '',
      '48000',
      '',
      '40.00',
      '',
      '40.45',
      '',
    ].join('\n');
  it('checks the 2020 shares against the counts', () => {
    reports(table('20.00'), 'table-share', '东镇30000 ÷ 全县120000 = 25');
  });
  it('stays silent where they hold, and on the 2010 shares', () => {
    silent(table('25.00'));
  });
});

describe('table-share: a pipe table’s row copied one cell per line (tables14)', () => {
  const table = (share: string): string =>
    [
      '表2 各镇人口',
      '地区 | 人口数 | 比重 | |',
      '2020年 | 2010年 | ||',
      '全 县 |',
      '120000 |',
      '100 |',
      '100 |',
      `东镇 | 30000 | ${share} | 21.4 |`,
      '西镇 | 42000 | 35.0 | 38.2 |',
      '南镇 | 48000 | 40.0 | 40.4 |',
      '',
    ].join('\n');
  it('reads the row and checks the shares of its total', () => {
    reports(table('20.0'), 'table-share', '东镇30000 ÷ 全县120000 = 25');
  });
  it('stays silent where they hold', () => {
    silent(table('25.0'));
  });
});

describe('table-sum: a column the sum of two columns that step over the parts of one (tables14)', () => {
  // 就业人员 = 城镇 + 乡村, 城镇 = 单位 + 私营个体 + 其他: headings lost in copying
  const table = (total: string): string =>
    [
      '| 行业 | 甲 | 乙 | 丙 | 丁 | 戊 | 己 |',
      '|---|---:|---:|---:|---:|---:|---:|',
      `| 农业 | ${total} | 12.88 | 7.07 | 3.12 | 2.69 | 1466.34 |`,
      '| 采矿业 | 91.38 | 39.77 | 27.02 | 10.40 | 2.35 | 51.61 |',
      '| 制造业 | 728.52 | 234.89 | 116.98 | 113.71 | 4.20 | 493.63 |',
      '| 建筑业 | 349.82 | 73.71 | 33.94 | 25.82 | 13.95 | 276.11 |',
      '| 住宿业 | 135.13 | 83.61 | 4.53 | 60.85 | 18.23 | 51.52 |',
      '',
    ].join('\n');
  it('checks the first column against the second and the last', () => {
    reports(table('1497.22'), 'table-sum', '1479.22');
  });
  it('stays silent where it holds', () => {
    silent(table('1479.22'));
  });
});

describe('table-sum: a bilingual label whose translation the copy left out (tables14)', () => {
  // 北京 / (empty) / figures among 总计 / Total / figures: the empty cell is the label's, not a column's
  const table = (beijing: string): string =>
    [
      '单位：公里',
      '地 区 |',
      'Region |',
      '总计 |',
      '国道 |',
      '省道 |',
      '县道 |',
      '|||',
      '总 计 |',
      'Total |',
      '1000 |',
      '400 |',
      '350 |',
      '250 |',
      '北 京 |',
      '|',
      `${beijing} |`,
      '100 |',
      '80 |',
      '70 |',
      '天 津 |',
      'Tianjin |',
      '300 |',
      '120 |',
      '100 |',
      '80 |',
      '河 北 |',
      '|',
      '450 |',
      '180 |',
      '170 |',
      '100 |',
      '',
    ].join('\n');
  it('reads the rows in their columns and checks the totals', () => {
    reports(table('205'), 'table-sum');
  });
  it('stays silent where the rows add up (no row read a column early)', () => {
    silent(table('250'));
    assert.equal(figureFindings(table('250')).length, 0);
  });
});

describe('table-rate: a progress table whose rows cannot be told apart (tables14)', () => {
  // 序号 and 类别 merged over rows, a remark in some rows: the rows are unclear, but each target | done | rate stands
  // together under the heading's 工作目标 | 已完成数 | 占比
  const table = (rate: string): string =>
    [
      '某区重点民生实事项目进度表 |',
      '序号 |',
      '考核指标 |',
      '单位 |',
      '工作目标 |',
      '已完成数 |',
      '占比 |',
      '备注 |',
      '1 |',
      '增加公办学位 |',
      '新增学位 |',
      '个 |',
      '600 |',
      '450 |',
      '75% |',
      '|',
      '2 |',
      '健康保障 |',
      '免费产前筛查 |',
      '人次 |',
      '2800 |',
      '1564 |',
      `${rate} |`,
      '|',
      '新生儿免费筛查 |',
      '人次 |',
      '2800 |',
      '1635 |',
      '58.4% |',
      '|',
      '3 |',
      '康复救助 |',
      '人 |',
      '180 |',
      '126 |',
      '70% |',
      '按月测算 |',
      '',
    ].join('\n');
  it('checks each rate against its target and what was done', () => {
    reports(table('65.9%'), 'table-rate', '1564 ÷ 2800 = 55.86%');
  });
  it('stays silent where they hold', () => {
    silent(table('55.9%'));
  });
});

describe('table-sum: a yearbook’s row label wrapped over two lines, its English over three (tables14)', () => {
  // copied from a PDF: 中西医结合 / 医院 then three lines of English, then the row's figures with no label
  const table = (beds: string): string =>
    [
      '表6 各类医院基本情况',
      '',
      '项目 机构数 人员数 医生数 床位数',
      `医院 hospital 365 64469 19290 ${beds}`,
      '  综合医院   integrated hospitals 224 48701 14569 42115',
      '  中医医院   hospitals of traditional chinese medicine 73 9111 3090 9184',
      '  中西医结合',
      '    医院',
      '  hospitals integrating traditional',
      '   chinese medicine with',
      '   western medicine',
      '4 695 196 620',
      '  专科医院   specialized hospitals 64 5962 1435 6775',
      '',
    ].join('\n');
  it('reads the wrapped label with the figures under it, and checks the sum', () => {
    reports(table('58469'), 'table-sum', '中西医结合');
  });
  it('stays silent when the rows add up', () => {
    silent(table('58694'));
  });
});

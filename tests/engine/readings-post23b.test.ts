// Readings of round 23, second wave (post23b, after the first run on heldout59–61). Each case is made-up text in
// the style of the real reports: a silent case and its reported twin.

import { reports, silent } from './figure-findings';

describe('number-ratio: a rate whose own words name the group it is of (post23b)', () => {
  // made up: a county's prenatal screening, two rates of the same screening over two groups of mothers
  const text = (rate: string): string =>
    `全县建册孕妇总数1500人，符合筛查条件的建册孕妇数1200人，总的产前筛查数1300人，其中免费唐氏筛查1000人，无创DNA筛查300人，建册孕妇的免费产前筛查率66.67%，符合筛查条件的建册孕妇免费产前筛查率${rate}，咨询随访人数900人。`;

  it('reads the group the rate names (符合筛查条件的建册孕妇) as its base, not as what was screened', () => {
    silent(text('83.33%'));
  });

  it('reports a rate off the screened over that group', () => {
    reports(text('80.33%'), 'number-ratio', '1000人 ÷ 1200人');
  });
});

describe('number-ratio: a share set off from its count by a stray comma is of that count (post23b)', () => {
  // made up: kindergartens and their children, each with its share, a comma left before the second bracket
  it('does not add the share of the schools to the share of the children', () => {
    silent('民办幼儿园120所（占比60%），在园幼儿9000人，（占比75%）。');
  });

  it('still adds shares of one whole (the same schools) that go over 100%', () => {
    reports('民办幼儿园120所（占比60%），公办幼儿园100所，（占比50%）。', 'number-ratio', '60% + 50%');
  });
});

describe('number-ratio: a rise after the last part of a 其中 list, larger than that part, is the whole’s (post23b)', () => {
  // made up: a county's medical insurance fund income, its parts, then the change of the whole income
  const text = (p: string): string =>
    `1、医保基金收入：20000万元(其中：财政补助600万元；个人缴费收入8000万元；利息收入20万元，上级补助收入11080万元，其他收入300万元，比上年同期增加4000万元，增长${p}。`;

  it('reads the rise against the whole income, not against 其他收入', () => {
    silent(text('25%'));
  });

  it('reports a growth off the whole income', () => {
    reports(text('30%'), 'number-ratio', '20000万元');
  });
});

describe('table-sum: a group named after a row above breaks that row down, not the total (post23b)', () => {
  // made up: a county's student aid by stage, then the first two stages again by item
  const table = (total: string): string => `（2023年学生资助实施情况）2023年春季学期各学段资助情况汇总表

2023年秋季学期各学段资助情况汇总表 |
|
制表单位：某县学生资助管理中心 |
|
|
|
|
|
|
|
|
| 单位：人数/人次，万元 |
|
| 时间：2023年10月 |
|
|
教育阶段 | 资助项目 | 2023年秋资助合计 | 受助学生困难类别 | 备注 |
金额（万元） | 人数 | 人次 | 脱贫户（含监测户）学生资助金额、人数和人次 | 低保家庭学生（人数） | 特困供养学生（人数） | 孤儿学生（含事实无人抚养）（人数） | 家庭经济困难残疾学生及残疾人子女（人数） | 残疾军人子女（人数） | 烈士子女（人数） | 其他家庭经济贫困学生（人数） |
金额（万元） | 人数 | 人次 |
秋季合计 | ${total} | 9300 | 11200 | 600.5 | 3100 | 4000 | 700 | 40 | 30 | 200 | 20 | 1 | 2000 |
|
2023年秋 | 学前 | 150.5 | 1200 | 2400 | 80.5 | 600 | 1000 | 100 | 5 | 5 | 20 | 2 | 0 | 300 |
|
小学 | 400 | 4000 | 4000 | 200 | 1200 | 1200 | 300 | 15 | 10 | 80 | 8 | 0 | 900 |
|
初中 | 300 | 3000 | 3000 | 150 | 800 | 800 | 200 | 10 | 10 | 60 | 6 | 1 | 500 |
|
高中 | 400 | 1100 | 1800 | 170 | 500 | 1000 | 100 | 10 | 5 | 40 | 4 | 0 | 300 |
|
学前（秋） | 免保教费 | 90.5 | 1200 | 1200 | 50.5 | 600 | 500 | 100 | 5 | 5 | 20 | 2 | 0 | 300 |
|
免生活费 | 60 | 1190 | 1200 | 30 | 590 | 500 | 99 | 5 | 5 | 20 | 2 | 0 | 290 |
|
小学（秋） | 免午餐费 | 100 | 1000 | 1000 | 100 | 1000 | 1000 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
|
补生活费 | 250 | 2500 | 2500 | 0 | 0 | 0 | 250 | 12 | 9 | 70 | 7 | 0 | 2000 |`;

  it('adds up the total from the stages only', () => {
    silent(table('1250.5'));
  });

  it('reports stages that do not add up to the total', () => {
    reports(table('1240.5'), 'table-sum', '1250.5');
  });
});

describe('number-ratio: a share named by its part and 比例 is of the paragraph’s one total of that thing (post23b)', () => {
  // made up: a district's care homes, their beds, and the share of nursing beds among them
  const text = (p: string): string => `全区共有养老机构15家，拥有养老总床位3200张，每千名老人拥有床位40.5张。其中护理型床位1600张，护理型床位比例达到${p}；全区特困供养人员2100人。`;

  it('reads 护理型床位比例 as the nursing beds over all the beds', () => {
    silent(text('50%'));
  });

  it('reports a share off the beds', () => {
    reports(text('55%'), 'number-ratio', '1600张 ÷ 3200张');
  });

  it('reads nothing without a total of the thing (总床位)', () => {
    silent('全区拥有养老床位3200张，其中护理型床位1600张，护理型床位比例达到55%。');
  });
});

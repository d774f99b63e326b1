// Readings of complete partitions (issue 12, mutants): parts that together are all of a whole by their domain
// (城镇 + 乡村, 男 + 女, 三次产业, 税收 + 非税), stated after the whole with no 共, 其中 or 分别 tying them to it.

import { reports, silent } from './figure-findings';

describe('readings of complete partitions (issue 12, mutants)', () => {
  it('adds up 男性人口 and 女性人口 to the population stated before them', () => {
    silent('年末全市常住人口283.46万人，比上年末减少1.85万人。男性人口143.02万人，女性人口140.44万人。');
    reports('年末全市常住人口283.46万人，比上年末减少1.85万人。男性人口143.02万人，女性人口130.44万人。', 'number-sum', '男、女构成完整分类');
  });

  it('adds up the three industries to 地区生产总值 after 在…中', () => {
    silent('全年完成地区生产总值295.4亿元，比上年增长7.7%。在地区生产总值中，第一产业增加值24.4亿元，同比增长3.3%；第二产业增加值210.1亿元，同比增长11.6%；第三产业增加值60.9亿元，同比下降0.3%。');
    reports(
      '全年完成地区生产总值295.4亿元，比上年增长7.7%。在地区生产总值中，第一产业增加值24.4亿元，同比增长3.3%；第二产业增加值210.1亿元，同比增长11.6%；第三产业增加值50.9亿元，同比下降0.3%。',
      'number-sum',
      '第三产业',
    );
  });

  it('takes any earlier revenue the two kinds add up to as their whole', () => {
    silent('全年完成财政总收入10.30亿元，其中地方一般预算收入6.6亿元。累计入库税收收入4.69亿元，同比增长4.04%，非税收入1.9亿元。');
    reports('全年完成财政总收入10.30亿元，其中地方一般预算收入6.6亿元。累计入库税收收入4.69亿元，同比增长4.04%，非税收入1.6亿元。', 'number-sum', '税收、非税构成完整分类');
  });

  it('checks 城镇 and 乡村 after a narrower total against that total', () => {
    silent('年末户籍总人口171.5万人，其中，某区户籍总人口为159.4万人，城镇人口32.46万人，乡村人口126.95万人。');
    reports('年末户籍总人口171.5万人，其中，某区户籍总人口为150.4万人，城镇人口32.46万人，乡村人口126.95万人。', 'number-sum', '城镇、乡村构成完整分类');
  });

  it('adds up a partition after a longer 其中 list exactly, and takes no other partition’s part for the whole', () => {
    silent('年末全县户籍人口为112635人。其中，城镇人口54715人，乡村人口57920人；男性人口57753人，女性人口54882人。');
    reports('年末全县户籍人口为112635人。其中，城镇人口54715人，乡村人口57920人；男性人口57753人，女性人口54782人。', 'number-sum', '与总数112635人相差100人');
  });

  it('adds up 男性 and 女性 after 其中 exactly, not only as parts no greater than the total', () => {
    silent('年末全县户籍总户数19.13万户，总人口54.41万人，其中男性28.11万人，女性26.30万人。');
    reports('年末全县户籍总户数19.13万户，总人口54.41万人，其中男性28.11万人，女性25.30万人。', 'number-sum', '男、女构成完整分类');
  });

  it('reads 常住人口中男性人口 as 男性人口, and the sexes after 从性别结构来看 as a complete partition', () => {
    silent('年末常住人口为730.06万人。从性别结构来看，全市常住人口中男性人口380.31万人；女性人口349.75万人。');
    reports('年末常住人口为730.06万人。从性别结构来看，全市常住人口中男性人口380.31万人；女性人口339.75万人。', 'number-sum', '与总数730.06万人相差10万人');
  });

  it('reads revenue kinds listed with leading dashes', () => {
    silent('一般公共预算收入31751万元。——税收收入18319万元；——非税收入13432万元。');
    reports('一般公共预算收入31751万元。——税收收入18319万元；——非税收入13422万元。', 'number-sum', '税收、非税构成完整分类');
  });

  it('adds up age bands from 0 to 及以上, each starting where the one before ends', () => {
    silent('年末户籍总人口为533452人。0-17岁人口93193人；18-34岁人口112382人；35-59岁人口203351人；60岁及以上人口124526人。');
    reports('年末户籍总人口为533452人。0-17岁人口93193人；18-34岁人口112382人；35-59岁人口203351人；60岁及以上人口112526人。', 'number-sum', '60岁及以上构成完整分类');
    // bands that leave a gap (35-59 missing) are not all of the population
    silent('年末户籍总人口为533452人。0-17岁人口93193人；18-34岁人口112382人；60岁及以上人口124526人。');
  });

  it('stays silent when no whole of the parts’ measure is stated before them', () => {
    silent('全县新增就业2300人。男性人口143.02万人，女性人口130.44万人。');
  });
});

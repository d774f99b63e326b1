// Readings added after the first run on heldout21 and heldout22 (lead, round 13). Each case is a made-up text: the
// reading keeps it silent, and the same words without what it reads are still reported.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

const broken = (text: string): number => check(text).findings.filter((f) => f.rule === 'broken-paragraph').length;

describe('broken-paragraph: rows of a table pasted with spaces are no broken sentence (post13)', () => {
  it('leaves rows of cells separated by spaces alone, one row per line', () => {
    const table = [
      '序号 考核指标 单位 工作目标 已完成数 占年任务之比 责任单位',
      '1 城镇新增就业 万人 5.2 7.23 139.1% 人社局',
      '2 农村公路改造 公里 1360 1361.92 100.1% 交通局',
      '提质改造农村公路 公里 168 171.70 102.2%',
      '3 所有乡镇实现卫生院全覆盖 - - -',
    ].join('\n');
    assert.equal(broken(`某县民生实事工作落实情况\n\n${table}\n`), 0);
  });
  it('leaves a table’s title above a table pasted one cell per line alone', () => {
    assert.equal(broken('2024年省民生实事项目涉及我县工作指标落实情况表（截止到12月31日）\n\n序号\n\n工作目标\n\n责任单位\n\n1\n\n新建公园\n\n住建局\n'), 0);
  });
  it('still joins prose copied from a PDF with its figures spaced', () => {
    assert.equal(broken('上半年，全镇实现入\n库税收 3212 万元，完成年计划的 52%。\n'), 1);
    assert.equal(broken('支出包括：文化旅游体\n育与传媒支出 850088.3 元、社会保障和就业支出 116433.12\n元、卫生健康支出 43897.73 元。\n'), 2);
  });
});

describe('number-sum: parts after 其中 (post13)', () => {
  it('rounds a budget total written in 亿 to a decimal', () => {
    silent('“三公”经费预算总额为2.08亿元，其中：因公出国（境）费用1344万元，车辆购置及运行维护费15218万元，公务接待费4263万元。');
    reports('“三公”经费预算总额为2.06亿元，其中：因公出国（境）费用1344万元，车辆购置及运行维护费15218万元，公务接待费4263万元。', 'number-sum', '2.0825亿元');
  });
  it('reads a count named by a verb of progress alone as a part of the part before it', () => {
    silent('截至7月底，120个省重点项目完成投资706.1亿元，其中100个重点建设项目，开工94个，完成投资603.8亿元。');
    reports('截至7月底，120个省重点项目完成投资706.1亿元，其中100个重点建设项目，重点准备项目30个，完成投资603.8亿元。', 'number-sum', '130个');
  });
  it('reads parts that add up to the part before them, to the end of its sentence, as its breakdown', () => {
    silent('因信息公开引发行政争议11件，其中，行政复议7件，结果维持6件，尚未审结1件；行政诉讼4件。');
    reports('因信息公开引发行政争议11件，其中，行政复议7件，结果维持5件，尚未审结1件；行政诉讼4件。', 'number-sum');
    // a run inside one list that happens to add up to an earlier item is no breakdown
    reports('超期办结工单16件，分别为：甲乡2件、乙台4件、丙处4件、丁处1件、戊局2件、己镇1件、庚局1件、辛处2件。', 'number-sum', '17件');
  });
  it('adds a carry-over from an earlier year to the total the parts split', () => {
    silent('我区共受理政府信息公开申请240件，上年结转1件，其中237件已按规定予以答复，剩余4件结转至下年。');
    reports('我区共受理政府信息公开申请240件，上年结转1件，其中237件已按规定予以答复，剩余5件结转至下年。', 'number-sum', '240件 + 1件 = 241件');
  });
});

describe('number-ratio: rates and changes (post13)', () => {
  it('ends a noun written after its count at its noun when a verb and the next figure follow', () => {
    silent('目前198个续建项目全部复工，280个计划新开工项目开工221个，开工率78.93%。');
    reports('目前198个续建项目全部复工，280个计划新开工项目开工221个，开工率88.93%。', 'number-ratio', '221个 ÷ 280个');
  });
  it('takes no count with a rate of its own in the period as the base of another rate', () => {
    silent('截至9月底，我市农村危房改造已开工8984户，其中已竣工5054户，开工率为83.95%；竣工率为47.22%。');
    reports('截至9月底，我市农村危房改造已开工8984户，其中已竣工5054户，竣工率为47.22%。', 'number-ratio', '5054户 ÷ 8984户');
  });
  it('reads 與…相比 and 較 in traditional characters as a comparison with an earlier level', () => {
    silent('全市常住人口與2010年第六次全國人口普查的725482人相比，增加25907人，增長3.57%。');
    reports('全市常住人口與2010年第六次全國人口普查的725482人相比，增加25907人，增長3.37%。', 'number-ratio', '25907人 ÷ 725482人');
  });
});

describe('number-conflict: sub-scopes opened at the head of a paragraph or a clause (post13)', () => {
  it('keeps a paragraph opened by a side of the work (…方面) apart from the whole', () => {
    silent('今年一季度，全市重点项目完成投资996亿元。\n\n在构建现代化产业体系方面，一季度，全市重点项目完成投资273.6亿元，同比增长5.8%。');
    reports('今年一季度，全市重点项目完成投资996亿元。\n\n一季度，全市重点项目完成投资273.6亿元，同比增长5.8%。', 'number-conflict');
  });
  it('keeps the figures of 第一批 and 第二批 apart', () => {
    silent('第一批危房改造建设任务1497户，完成并入住户数1564户；第二批危房改造建设任务741户，完成并入住户数720户。');
    reports('危房改造建设任务1497户，完成并入住户数1564户。全县危房改造建设任务741户，完成并入住户数720户。', 'number-conflict');
  });
});

describe('post13 readings stay narrow', () => {
  it('still compares a figure under a side of the work that its measure names', () => {
    reports('截至3月底全省城镇新增就业12.0万人\n\n在就业方面，截至3月底，全省城镇新增就业10.8万人，城镇失业人员再就业人数3.3万人。', 'number-conflict');
  });
  it('still adds parts in one bracket that happen to add up to an earlier one', () => {
    reports('合并处理10件（其中2案并1案的5件，3案并1案的3件，4案并1案的1件，6案并1案的1件，9案并1案的1件）。', 'number-sum');
  });
});

describe('after the first run on heldout23 (post13)', () => {
  it('leaves those counted under two parts (双重身份) out of the sum', () => {
    silent('救助对象663户，其中一类对象521户，二类对象142户，双重身份对象122户。');
    reports('救助对象663户，其中一类对象531户，二类对象142户，双重身份对象122户。', 'number-sum', '673户');
  });
  it('takes no part after 其中 for the total of a list ending with 其他', () => {
    silent('财政收入1318万元，其中国税累计完成161万元，地税累计完成778万元，其他380万元。');
    reports('财政收入共1318万元，其中国税161万元，地税778万元，其他390万元。', 'number-sum');
  });
  it('reads a rate of the stem of an earlier rate in its period from the figures after that one', () => {
    const text = (first: string, second: string): string =>
      `全市需完成抚育任务共37.5万亩，已完成16.9万亩，任务完成率为${first}，具体如下：（一）省级任务13.6万亩，已完成10.9万亩，任务完成率为${second}`;
    silent(text('45.07%', '80.15%'));
    // (a rate named otherwise, 按期结案率 after 结案率, still takes its base before the other rate)
    reports('受理问题26898件，应结案数24932件，结案数23974件，结案率96.16%，按期结案数22345件，按期结案率94.62%。', 'number-ratio', '22345件 ÷ 24932件');
  });
});

describe('web-residue: figures alone on lines next to each other are a table’s cells (post13)', () => {
  const residue = (text: string): number => check(text).findings.filter((f) => f.rule === 'web-residue').length;
  it('leaves a run of lone figures under short headings alone', () => {
    assert.equal(residue('村社会保障情况\n\n应参保人数\n实际参保人数\n完成率\n441\n411\n93%\n'), 0);
  });
  it('still reports a lone counter', () => {
    assert.equal(residue('全村共同努力，把好事做好。\n\n4411\n\n实事做实。\n'), 1);
  });
});

describe('number-ratio: a court’s 结案率 where cases are carried over (post13)', () => {
  it('does not take the new cases alone for the base', () => {
    silent('全院收各类案件3964件，旧存194件，已结2580件。其中，新收诉讼案件2000件，同比增长40件；结案1634件（含上年旧存）；结案率为76.64%。');
    reports('全院收各类案件3964件，已结2580件。其中，新收诉讼案件2000件，同比增长40件；结案1634件；结案率为76.64%。', 'number-ratio', '1634件 ÷ 2000件');
  });
});

describe('number-sum: a 其中 inside a list opened by 在…中 (post13)', () => {
  const text = (members: string): string =>
    `共收到提案171件，经审查立案的有163件，不立案的6件，并案的2件。\n\n在立案的提案中，委员提案有${members}件，团体提案19件，其中：民进5件，侨联1件，专委会提案3件。`;
  it('ends the list before the breakdown of its last part', () => {
    silent(text('144'));
    reports(text('154'), 'number-sum', '173件');
  });
});

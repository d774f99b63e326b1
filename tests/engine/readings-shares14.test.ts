// Readings of round 14 for shares, rates, points and sex ratios (branch shares14). Each case is a made-up text: the
// reading finds the relation (so a wrong figure is reported), and the same words without what it reads stay silent.

import { reports, silent } from './figure-findings';

describe('number-ratio: a structure of the three industries in traditional characters (shares14)', () => {
  it('reads 三次產業結構為 as 三次产业结构为, each term its industry over the product', () => {
    const stated = '2023年全縣地區生產總值（GDP）200億元，第一產業增加值20億元，第二產業增加值80億元，第三產業增加值100億元，';
    silent(`${stated}三次產業結構為10.0:40.0:50.0。`);
    reports(`${stated}三次產業結構為10.0:45.0:50.0。`, 'number-ratio', '10.0 + 45.0 + 50.0');
    reports(`${stated}三次產業結構為10.0:35.0:55.0。`, 'number-ratio', '80億元 ÷ 200億元');
  });
  it('reads a structure changed to (由上年的…調整為) as this year’s', () => {
    const stated = '全年實現地區生產總值（GDP）200億元。第一產業增加值20億元，第二產業增加值80億元，第三產業增加值100億元。';
    silent(`${stated}全縣三次產業結構由上年的11.0∶41.0∶48.0調整為10.0∶40.0∶50.0。`);
    reports(`${stated}全縣三次產業結構由上年的11.0∶41.0∶48.0調整為10.0∶35.0∶55.0。`, 'number-ratio', '80億元 ÷ 200億元');
  });
  it('still reads no structure without its words', () => {
    silent('2023年全縣地區生產總值（GDP）200億元，第一產業增加值20億元，第二產業增加值80億元，第三產業增加值100億元，分別為10.0:35.0:55.0。');
  });
});

describe('number-ratio: shares of 总任务, the tasks all together (shares14)', () => {
  it('reads parts each 占总任务的 as shares of the total they add up to', () => {
    const head = '今年工作报告明确80项目标任务，分解细化为200个具体工作内容。经督查核实，欠进度的有20个，占总任务的10%；';
    silent(`${head}超进度的有30个，占总任务的15%；已完成的40个，占总任务的20%；达进度的有110个，占总任务的55%。`);
    reports(`${head}超进度的有30个，占总任务的20%；已完成的40个，占总任务的20%；达进度的有110个，占总任务的55%。`, 'number-ratio', '30个 ÷ 200个');
  });
  it('still reads shares 占年度任务的 as each item’s own task', () => {
    silent('全年新建项目200个。甲类项目20个，占年度任务的10%；乙类项目30个，占年度任务的20%；丙类项目40个，占年度任务的20%；丁类项目110个，占年度任务的55%。');
  });
});

describe('number-ratio: a project progress rate of the projects its paragraph speaks of (shares14)', () => {
  it('reads 开工建设160个 after 新建项目共200个 as 160 of those 200', () => {
    const head = '新建项目共200个，计划总投资600亿元，年内计划投资240亿元。至9月底，开工建设160个，';
    silent(`${head}开工率为80%。`);
    reports(`${head}开工率为86.5%。`, 'number-ratio', '160个 ÷ 200个');
  });
  it('reads no group of which a part follows after 其中', () => {
    silent('新建项目共200个，其中产业类项目180个。至9月底，开工建设160个，开工率为86.5%。');
  });
});

describe('number-ratio: a sex ratio the words say it changed to (shares14)', () => {
  const counts = '全县常住人口中，男性人口为52000人，女性人口为50000人。';
  it('reads the ratio after 由…下降为 as the men over the women counted', () => {
    silent(`${counts}性别比（以女性为100，男性对女性的比例）由2010年第六次全国人口普查的105.10下降为104.00。`);
    reports(`${counts}性别比（以女性为100，男性对女性的比例）由2010年第六次全国人口普查的105.10下降为103.00。`, 'number-ratio', '52000人 ÷ 50000人');
    reports('全縣常住人口中，男性人口為52000人，女性人口為50000人。性別比（以女性為100，男性對女性的比例）為103.00。', 'number-ratio', '52000人 ÷ 50000人');
  });
  it('reads no ratio in the one it changed from', () => {
    silent(`${counts}性别比（以女性为100，男性对女性的比例）由2010年第六次全国人口普查的103.10下降为104.00。`);
  });
});

// Readings of post51b (issue 12, round 51): number-conflict and number-ratio on heldout184–188. A whole and its one
// part of the same value beside their own completions; paragraphs of quoted items; clauses of 的 naming what is
// measured; a change listed without its verb; a stretch of a coast; an item's outturn restating its amount; bare shares
// of a numbered list under its lead; and no reading of a share whose whole is another year's, a day's, the head noun
// alone, last year's structure, or vital rates over a base not stated. Each case made up, each silent case failing
// without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

const conflicts = (text: string): string[] => figureFindings(text, ['number-conflict']);

describe('a whole and its one part of the same value, each with its own completion (post51b)', () => {
  const accounts = (car: string): string =>
    `“三公”经费支出年初预算为25.00万元，支出决算为18.35万元，完成预算的73.40%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；公务用车购置及运行维护费支出决算为18.35万元，完成预算的${car}%；公务接待费支出决算为0.00万元，完成预算的0.00%。`;

  it('reads the part’s completion as its own, not the whole’s restated', () => {
    assert.deepEqual(conflicts(accounts('91.75')), []);
  });

  it('still compares one figure stated twice beside the same figure in two paragraphs', () => {
    const text = `全年一般公共预算支出决算为2135.27万元，完成预算的66.67%。\n\n二、经核实，全年一般公共预算支出决算为2135.27万元，完成预算的60.00%。`;
    assert.deepEqual(conflicts(text), ['number-conflict 60.00%']);
  });
});

describe('paragraphs of quoted items, each its own budget and outturn (post51b)', () => {
  const items = (outturn: string): string =>
    `“一般公共服务支出（类）政府办公厅（款）行政运行（项）”50万元，主要用于：机关日常运转。年初预算为60万元，支出决算为${outturn}万元，完成年初预算的83.33%。\n\n` +
    `8.“节能环保支出（类）污染防治（款）其他污染防治支出（项）”30万元，主要用于：河道保洁。年初预算为0，支出决算为30万元。`;

  it('reads each paragraph’s outturn as its own item’s', () => {
    assert.deepEqual(conflicts(items('50')), []);
  });

  it('reports an outturn that is not the amount its item’s paragraph opens with', () => {
    assert.deepEqual(conflicts(items('45')), ['number-conflict 45万元', 'number-ratio 83.33%']);
  });
});

describe('clauses of 的 naming the things a measure counts (post51b)', () => {
  it('reads two amounts after two clauses of 的 as two sets', () => {
    const text = '在面向中小企业预留的项目中，由中小企业供应商中标的，采购金额800.00万元；在面向小微企业预留的项目中，由小微企业供应商中标的，采购金额0.00万元。';
    assert.deepEqual(conflicts(text), []);
  });

  it('still compares the amount stated twice without them', () => {
    const text = '本部门全年政府采购金额800.00万元。\n\n经汇总，本部门全年政府采购金额700.00万元。';
    assert.deepEqual(conflicts(text), ['number-conflict 700.00万元']);
  });
});

describe('a change listed after 其中 without its verb (post51b)', () => {
  const text =
    '2022年度“三公”经费支出决算为39万元。其中：公务用车购置及运行费支出决算为27万元，公务接待费支出决算为12万元。\n\n' +
    '2022年度“三公”经费支出决算数比2021年增加23万元，增长143.75%。其中：公务用车购置及运行费支出决算17万元，增长170%；公务接待费支出决算增加6万元，增长100%。';

  it('reads it as a change, not the level restated', () => {
    assert.deepEqual(conflicts(text), []);
  });
});

describe('a stretch of a coast from one place to another (post51b)', () => {
  it('reads the stretch’s measure as its own, not the whole coast’s', () => {
    const text = '全市理论海岸线为300.00公里，标准岸线160.00公里。\n\n砂质海岸从甲河口至乙河口海岸为后退型海岸。标准岸线30.00公里。';
    assert.deepEqual(conflicts(text), []);
  });
});

describe('bare shares of a numbered list under its lead (post51b)', () => {
  const list = (second: string): string =>
    '一般公共预算财政拨款支出1,000.00万元，主要用于以下方面：\n\n1.“一般公共服务”100.00万元，占10%；\n\n' + `2.“公共安全支出”300.00万元，占${second}%；\n\n3.“教育支出”600.00万元，占60%。`;

  it('reads each item’s share against the lead’s whole', () => {
    assert.deepEqual(figureFindings(list('30')), []);
  });

  it('reports an item’s share that the lead’s whole does not give', () => {
    assert.deepEqual(figureFindings(list('35')), ['number-ratio 35%']);
  });
});

describe('no reading of a share whose whole is another (post51b)', () => {
  it('leaves a share of one year against a whole found under another year', () => {
    const text = '1984年，市卫生局组织1000名乡村医生参加全省统考，有400人成绩合格，占参加统考人数的40%。1986年，全市参加统一考试的乡村医生共有1500人。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('leaves a share of the year’s whole against a day’s figure', () => {
    const text = '全市年平均降水量900.0毫米。某地一场特大暴雨，日总降水量500.0毫米，创最高记录。冬季降水量最少，其间累计平均降水量45.0毫米，约占全年总降水量5%。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('leaves a share of a kind against a figure named by the head noun alone', () => {
    const text = '该厂漏交各项税、费、基金90000.00元。\n\n该公司购买宿舍挪用生产发展基金5.13万元，挪用的生产发展基金占全部生产发展基金的80%。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('still reports a share of a kind whose whole is named by the head noun without a list (merge51)', () => {
    const text =
      '1-11月，我市500家服务业重点企业（不含金融业和房地产开发业）实现营业收入300亿元，同比增长8%。\n\n从总量看，软件和信息服务业占比最大，累计实现营业收入75亿元，占重点企业营业收入的比重达30%。';
    assert.deepEqual(figureFindings(text), ['number-ratio 30%']);
  });

  const structure = (now: string): string => `全年地区生产总值200亿元，其中第一产业增加值14亿元，第二产业增加值108亿元，第三产业增加值78亿元。三次产业比例由7.5:53.0:39.5调整为${now}。`;

  it('leaves the structure a change came from (由…调整为)', () => {
    assert.deepEqual(figureFindings(structure('7.0:54.0:39.0')), []);
  });

  it('still reads the structure it was changed to', () => {
    assert.deepEqual(figureFindings(structure('7.5:54.0:38.5')), ['number-ratio 7.5', 'number-ratio 38.5']);
  });

  const vital = (births: string): string => `2019年，全旗户籍总人口146000人。全年出生人口1900人，出生率为${births}‰；死亡人口900人，死亡率为4.3‰；自然增长人口1000人，自然增长率4.8‰。`;

  it('leaves birth and death rates that agree on one population not stated', () => {
    assert.deepEqual(figureFindings(vital('9.1')), []);
  });

  it('reports a birth rate that implies another population than the death rate', () => {
    assert.ok(figureFindings(vital('10.5')).includes('number-ratio 10.5‰'));
  });
});

describe('a screening’s rate over the count examined (post51b)', () => {
  const screening = (rate: string): string => `1960年，某厂共检查400名女工，查出妇女病患者48人，患病率${rate}%。`;

  it('reads the rate as the found over the examined', () => {
    assert.deepEqual(figureFindings(screening('12')), []);
  });

  it('reports a rate the two counts do not give', () => {
    assert.deepEqual(figureFindings(screening('14')), ['number-ratio 14%']);
  });

  it('leaves a subgroup’s rate after 其中', () => {
    const text = '1982年抽查小学学生，共查1000名学生，阳性300人，感染率为30%，其中城区学生感染率25%。';
    assert.deepEqual(figureFindings(text), []);
  });
});

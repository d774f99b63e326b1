// Readings from the first contact with heldout102–103 (issue 12), round 31 (post31b): the month alone and the year to
// date, each opened by its span of months in the middle of a period; a part after 其中 of a sub-scope's unnamed whole;
// last year's span of months against the title's; two breakdowns of two totals sharing one part. Each case made up,
// each silent case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a town's monthly report, the month alone (a clause opened by 6月当月) and the year to date (1-6月份)
const town =
  '二、主要指标完成情况\n\n1.规上工业。全镇在库8户规上工业企业，6月当月完成产值3120万元，同比增长1.2%；规上工业增加值512.6万元，同比增长2.1%。\n\n' +
  '1-6月份完成产值18650万元，同比增长3.5%；规上工业增加值3098.4万元，同比增长4.2%。';

describe('the month alone and the year to date, each opened by its span of months (post31b)', () => {
  it('is silent: 规上工业增加值 after 6月当月 and after 1-6月份 are two periods’ figures', () => {
    assert.deepEqual(findings(town, 'number-conflict'), []);
  });

  it('still reports one span’s measure stated twice with two values', () => {
    const ytd = '二、主要指标完成情况\n\n1-6月份完成产值18650万元，同比增长3.5%；规上工业增加值3098.4万元，同比增长4.2%。';
    const twice = `${ytd}\n\n三、小结\n\n全镇在库8户规上工业企业，1-6月份实现工业产值18650万元；规上工业增加值3198.4万元。`;
    assert.deepEqual(findings(twice, 'number-conflict'), ['3198.4万元']);
  });
});

// made up: a city's health staff, then the community health centres counted with their beds and staff
const staff = '2024年末，全市卫生技术人员6.52万人，比上年增加1500人。全市社区卫生服务中心共有36个，床位820张，2150人（其中卫生技术人员1786人）。';

describe('a part after 其中 of a sub-scope’s whole, against the city’s measure (post31b)', () => {
  it('is silent: the centres’ 1786 technicians are a part of their 2150 staff, not the city’s 6.52万', () => {
    assert.deepEqual(findings(staff, 'number-conflict'), []);
  });

  it('still reports the city’s measure stated twice with two values', () => {
    assert.deepEqual(findings(`${staff}\n\n2024年末，全市卫生技术人员6.62万人。`, 'number-conflict'), ['6.62万人']);
  });
});

// made up: a news item on a province's medical insurance fund, the title's 1-6月 (this year's) and last year's 1-6月
const fund =
  '1-6月全省城乡居民医保基金收入820.5亿元\n\n省医保局日前公布2024年1-6月全省医保基金运行情况。\n\n本期城乡居民医保基金收入820.47亿元，支出610.33亿元。\n\n' +
  '2023年1-6月，城乡居民医保基金收入790.12亿元，支出588.06亿元。';

describe('last year’s span of months against the title’s, the draft naming this year’s (post31b)', () => {
  it('is silent: 2023年1-6月 is last year’s, the title’s 1-6月 is the 2024年1-6月 the lead names', () => {
    assert.deepEqual(findings(fund, 'number-conflict'), []);
  });

  it('still reports when the draft names no other year of that span', () => {
    assert.deepEqual(findings(fund.replace('公布2024年1-6月', '公布'), 'number-conflict'), ['790.12亿元']);
  });
});

// made up: a county's debt service, the whole due and the part repaid from the budget, all the interest in that part
const debt =
  '2024年全县政府债券到期本息32050万元（本金21480万元、利息10570万元）。其中：通过县本级预算安排偿还本息25120万元（本金14550万元、利息10570万元）；' + '通过再融资债券偿还到期本金6930万元。';

describe('two breakdowns of two totals sharing one part (post31b)', () => {
  it('is silent: 本金14550万元 next to 利息10570万元 is the budget’s part, not the whole due’s 本金21480万元', () => {
    assert.deepEqual(findings(debt, 'number-conflict'), []);
  });

  it('still reports one breakdown of one total written twice with another part', () => {
    const twice = `${debt}\n\n四、还本付息\n\n2024年全县政府债券到期本息32050万元（本金21580万元、利息10570万元）。`;
    assert.ok(findings(twice, 'number-conflict').includes('21580万元'));
  });

  it('still reports when the other parts do not differ by what their totals differ by', () => {
    const students = '全县各级各类学校共有在校学生18652人（公办16420人，民办2232人）。基础教育在校学生17105人（公办14872人，民办2232人）。';
    assert.deepEqual(findings(students, 'number-conflict'), ['14872人']);
  });

  it('still reports a measure stated twice beside a part of another sentence’s list', () => {
    const schools = '全县村小14所，其中有安全饮水学校13所；乡镇小学16所，其中有安全饮水学校15所。\n\n乡镇小学18所，完好学校12所。';
    assert.deepEqual(findings(schools, 'number-conflict'), ['18所']);
  });
});

// made up: a news item on a province's bond issue, its title calling the whole issue by the name of one kind of bond
const bonds =
  '86.42亿元专项债！用于保障性安居工程、城乡冷链物流\n\n' +
  '记者获悉，省财政厅决定发行2024年省政府一般债券（八期）和专项债券（四十至四十五期）。\n\n' +
  '本次拟发行总额为86.4195亿元，其中7年期新增一般债券计划发行12.3087亿元。\n\n' +
  '本次发行的新增一般债券资金12.3087亿元，主要用于交通、水利等基础设施建设。本次发行的新增专项债券74.1108亿元，主要用于保障性安居工程等领域。';

describe('a title that names the whole by one of its parts (post31b)', () => {
  it('reports the title’s 专项债 that is the whole issue, 一般债券 and 专项债券 together', () => {
    assert.deepEqual(findings(bonds, 'number-conflict'), ['86.42亿元']);
  });

  it('is silent when the title names the whole as the body does', () => {
    assert.deepEqual(findings(bonds.replace('86.42亿元专项债！', '86.42亿元地方债！'), 'number-conflict'), []);
  });

  it('is silent when the body’s 专项债券 are the title’s figure', () => {
    const special = bonds.replace('新增一般债券计划发行12.3087亿元', '再融资专项债券计划发行12.3087亿元').replace('新增专项债券74.1108亿元', '专项债券86.4195亿元');
    assert.deepEqual(findings(special, 'number-conflict'), []);
  });
});

// Sums read on real published errors (issue 12), round 30 (sums34): a 其中 list of the kinds that define its total (基本
// 支出 is 人员经费 and 公用经费, 粮食 is 谷物, 豆类 and 薯类); a list of items whose other measure adds up exactly; the party's
// basic organisations (党委, 总支部, 支部) stated in a later paragraph. Each case made up, each reported case failing
// without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const sums = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-sum')
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a bureau's final accounts, the basic spending broken down in the paragraphs after 其中：
const basic = (total: string): string =>
  `六、一般公共预算财政拨款基本支出决算情况说明\n\n2023年一般公共预算财政拨款基本支出${total}万元，其中：\n\n人员经费412.35万元，主要包括：基本工资、津贴补贴、奖金、绩效工资等。\n\n公用经费58.21万元，主要包括：办公费、印刷费、水电费、邮电费等。\n`;

// made up: a county's grain area, the three kinds after 其中
const grain = (total: string): string => `2023年全县粮食种植面积${total}万亩，其中，谷物种植面积9.214万亩，豆类种植面积1.502万亩，薯类种植面积0.784万亩。`;

// made up: a province's tourist sites, counted by grade, with the visitors of each grade
const sites = (total: string): string =>
  `纳入监测的旅游区共${total}家，接待游客185.40万人次，同比增长21.3%。其中，11家5A级景区接待游客52.10万人次，同比增长30.1%；98家4A级景区接待游客80.20万人次，同比增长18.2%；152家3A级及以下景区接待游客53.10万人次，同比增长15.4%。`;

// made up: a county's party statistics, the kinds of basic organisations in a later paragraph
const party = (total: string): string =>
  `截至2023年底，全县共有党员25810名，比上年净增310名。党的基层组织${total}个，比上年净增21个。\n\n基层党组织持续夯实。全县共设立基层党委64个、总支部87个、支部1203个，组织设置更加科学规范。\n`;

describe('a 其中 list of the kinds that define its total', () => {
  it('is silent when the kinds make the total', () => {
    assert.deepEqual(sums(basic('470.56')), []);
    assert.deepEqual(sums(grain('11.500')), []);
  });

  it('reports a basic spending its 人员经费 and 公用经费 fall short of', () => {
    assert.deepEqual(sums(basic('520.56')), ['520.56万元']);
  });

  it('reports a grain area its three kinds fall short of, beyond the written precision', () => {
    assert.deepEqual(sums(grain('11.520')), ['11.520万亩']);
  });

  it('still lets a 其中 list of other kinds leave a remainder', () => {
    assert.deepEqual(sums('2023年一般公共预算财政拨款基本支出520.56万元，其中：工资福利支出412.35万元，商品和服务支出58.21万元。'), []);
  });
});

describe('a list of items whose other measure adds up exactly', () => {
  it('still lets the list leave a remainder: an item left out may count none of the other measure', () => {
    assert.deepEqual(sums(sites('261')), []);
    assert.deepEqual(sums(sites('263')), []);
  });
});

describe('the defining kinds after 其中 across lines of their own', () => {
  // made up: a PDF's lines, each its own paragraph
  const lines = (total: string): string =>
    `六、一般公共预算基本支出情况说明\n2023 年本年一般公共预算基本支出 ${total} 元，其中：\n人员经费 702315.46 元，主要包括：基本工资、津贴补\n贴、伙食补助费、绩效工资。\n公用经费 65210.3 元，主要包括：办公费、工会经费、\n其他商品服务和支出。\n七、一般公共预算“三公”经费情况说明\n`;

  it('is silent when the two kinds make the total', () => {
    assert.deepEqual(sums(lines('767525.76')), []);
  });

  it('reports a total the two kinds do not make', () => {
    assert.deepEqual(sums(lines('796525.76')), ['796525.76 元']);
  });

  it('reads the purchase and running of official cars, and the two kinds of doctors', () => {
    assert.deepEqual(sums('公务用车购置及运行维护费支出3.15万元。其中：公务用车购置支出0万元，公务用车运行维护支出0万元。'), ['3.15万元']);
    assert.deepEqual(sums('全县共有执业（助理）医师1862人。其中，执业医师1215人、执业助理医师602人。'), ['1862人']);
    assert.deepEqual(sums('全县共有执业（助理）医师1817人。其中，执业医师1215人、执业助理医师602人。'), []);
  });
});

describe("the party's basic organisations stated in a later paragraph", () => {
  it('is silent when the three kinds make the total', () => {
    assert.deepEqual(sums(party('1354')), []);
  });

  it('reports a total the three kinds do not make', () => {
    assert.deepEqual(sums(party('1355')), ['1355个']);
  });

  it('reads the three kinds in the sentence after the total, 其中 opening it', () => {
    assert.deepEqual(sums('全省现有基层党组织39.2万个。其中基层党委2.1万个，总支部2.7万个，支部38.8万个。'), ['39.2万个']);
    assert.deepEqual(sums('全省现有基层党组织43.6万个。其中基层党委2.1万个，总支部2.7万个，支部38.8万个。'), []);
  });

  it('takes no count of one sector for the total', () => {
    assert.deepEqual(sums(party('1354').replace('党的基层组织1354个', '农村基层党组织1355个')), []);
  });
});

// Sums read on real published errors (issue 12), round 31 (sums35): a list that may leave a remainder (其中) read exactly
// when its last item names the rest (其他收入, 其他林地); a total split whole by one list and again, from the next
// sentence, by a second list ending with 其他. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const sums = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-sum')
    .map((f) => text.slice(f.offset, f.endOffset));

const messages = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-sum')
    .map((f) => f.message);

// made up: a province's revenue, the items after 其中 in the next sentence, each with its change, ending with 其他收入
const revenue = (total: string): string =>
  `全年组织税费收入${total}亿元。其中组织税收收入98.9亿元，同比增长1.2%，增收1.2亿元；社保费收入60.6亿元，同比增长18.6%，增收9.5亿元；其他收入9.7亿元，同比增长1.9%，增收0.2亿元。`;

// made up: fires by where they broke out
const fires = (total: string): string => `全年共发生火灾420起，其中${total}起较大火灾中，农村34起，城市29起，其他区域2起。`;

// made up: a land survey's forest land, its kinds after 其中, with their shares
const forest = (total: string): string => `全县林地${total}公顷。其中，乔木林地6102.50公顷，占55.87%；灌木林地3210.30公顷，占29.39%；其他林地1610.20公顷，占14.74%。`;

describe('a 其中 list closed by its rest (其他)', () => {
  it('is silent when the items make the total', () => {
    assert.deepEqual(sums(revenue('169.2')), []);
    assert.deepEqual(sums(fires('65')), []);
    assert.deepEqual(sums(forest('10923.00')), []);
  });

  it('reports a total its items fall short of, naming the last item', () => {
    assert.deepEqual(sums(revenue('171.2')), ['171.2亿元']);
    assert.match(messages(revenue('171.2'))[0]!, /末项“其他收入”包括其余各项/);
    assert.deepEqual(sums(fires('67')), ['67起']);
    assert.deepEqual(sums(forest('10983.00')), ['10983.00公顷']);
  });

  it('still lets a list without its rest leave a remainder', () => {
    assert.deepEqual(sums(revenue('171.2').replace('；其他收入9.7亿元，同比增长1.9%，增收0.2亿元', '')), []);
  });

  it('stays silent when an item counts for several (各8件): the list counts it more than once', () => {
    assert.deepEqual(sums('共收到建议80件，其中交通类20件，占比25%；教育和医疗类各8件，各占比10%；其他44件，占比55%。'), []);
  });

  it('stays silent when the list goes on beside it: another clause adds (另有) or a number lost its unit', () => {
    assert.deepEqual(sums('交办建议973件，其中市政府877件，市法院20件，其他机关和组织45件；另有10件交中央单位研究办理。'), []);
    assert.deepEqual(sums('小春作物播种面积5800亩，其中，蚕豆1700亩，豌豆1800亩，小麦1400亩，冬荞500，其它400亩。'), []);
  });
});

// made up: a town's projects, split by level, then by kind in the next sentence
const projects = (kinds: string): string =>
  `三年来该镇申报项目107个，其中，市级项目2个，县级项目105个，受益人口达2万余人。农田水利项目${kinds}个，整修水渠12.5公里；道路维修项目43个，硬化道路30.2公里；水塘清淤项目19个，村容村貌整治项目8个，其他公益项目4个，项目总投资708.6万元。`;

// made up: a county's GDP, split by the three industries, then by the industries of the accounts
const gdp = (other: string): string =>
  `全县地区生产总值500000万元，比上年增长6.1%。其中，第一产业增加值100000万元；第二产业增加值150000万元；第三产业增加值250000万元。农林牧渔业增加值104000万元，增长3.2%；工业增加值120000万元，增长7.5%；建筑业增加值26000万元；批发和零售业增加值60000万元；金融业增加值40000万元；其他服务业增加值${other}万元，增长5.8%。`;

describe('a second list of a total split whole, ending with 其他', () => {
  it('is silent when the second list makes the total too', () => {
    assert.deepEqual(sums(projects('33')), []);
    assert.deepEqual(sums(gdp('150000')), []);
  });

  it('reports a total the second list falls short of', () => {
    assert.deepEqual(sums(projects('21')), ['107个']);
    assert.deepEqual(sums(gdp('139859')), ['500000万元']);
  });

  it('reads no second list when the first does not make the total', () => {
    assert.deepEqual(sums(projects('21').replace('县级项目105个', '县级项目95个')), []);
  });

  it('reads no second list that does not end with the rest', () => {
    assert.deepEqual(sums(projects('21').replace('其他公益项目4个', '文化广场项目4个')), []);
  });
});

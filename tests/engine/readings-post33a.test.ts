// Readings of post33a (issue 12, round 33): a figure stating its own share of a larger whole and then a 分别为 list of its
// peers (sibling regions, the next places of a ranking); a title's round bar after 破; a whole named by the whole scope
// (全省…总数) against a figure named by a place in its stead; a lane length (车道里程) beside a length; shares of wholes
// named apart in 繁體; sections of one level that each count a whole of their own. Each case made up, each reported
// case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a nation's service firms by region, the east given with its share, the other regions after 分别为
const regions = (whole: string): string =>
  `据调查，2022年上述企业实现营业收入${whole}，比上年增长6.1%。\n\n分区域看，东部地区规模以上服务业企业实现营业收入4000亿元，占全国80.0%，中部、西部和东北地区分别为600亿元、300亿元和100亿元，占全国比重分别为12.0%、6.0%和2.0%。`;

describe('peers listed after a figure stating its own share (post33a)', () => {
  it('reads no sibling region as a part of the east', () => {
    assert.deepEqual(findings(regions('5000亿元'), 'number-sum'), []);
  });

  it('adds the east and its peers up within the whole they are shares of', () => {
    assert.deepEqual(findings(regions('4500亿元'), 'number-sum'), ['4500亿元']);
  });

  it('reads no ranking as a breakdown of the first place', () => {
    const text = '各领域中，装备制造领域技术合同成交额最高，为120.50亿元，占全省技术合同成交额的30.12%，排名其次分别为生物医药领域80.20亿元、新能源领域60.40亿元、新材料领域50.10亿元。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('still reads a list of parts after a whole stating its share (其中)', () => {
    const text = '全市地区生产总值5000亿元，占全省20.0%，其中第一产业、第二产业和第三产业增加值分别为500亿元、2000亿元和2600亿元。';
    assert.deepEqual(findings(text, 'number-sum'), ['5000亿元']);
  });
});

describe('a title’s round bar after 破 (post33a)', () => {
  const body = (value: string): string => `某省技术合同成交额破2000亿元\n\n记者从省科技厅获悉，2023年全省登记技术合同50000项、成交额达${value}，比上年增长20.5%。`;
  it('is silent when the body’s figure crossed the bar', () => {
    assert.deepEqual(findings(body('2031.55亿元'), 'number-conflict'), []);
  });

  it('reports a body figure below the bar', () => {
    assert.deepEqual(findings(body('1968.20亿元'), 'number-conflict'), ['2000亿元']);
  });
});

describe('a whole named by the whole scope (post33a)', () => {
  const firms = (a: string, b: string): string =>
    `截至6月底，全省企业达80万户。其中：省会企业总数30.00万户，占全省企业总数37.50%；甲市、乙市企业总数分别为6.00万户、4.00万户，分别占全省企业总数的${a}、${b}。`;
  it('divides no listed city by the capital’s own total', () => {
    assert.deepEqual(findings(firms('7.50%', '5.00%'), 'number-ratio'), []);
  });
});

describe('a lane length is no length (post33a)', () => {
  it('is silent on 车道里程 beside 里程', () => {
    const text = '全国高速公路里程达16.00万公里。其中，国家高速公路11.00万公里。全国高速公路车道里程70.00万公里。\n\n全国高速公路里程中，东部地区5.00万公里。';
    assert.deepEqual(findings(text, 'number-conflict'), []);
  });
});

describe('shares of wholes named apart, in 繁體 (post33a)', () => {
  it('adds no share of another whole after 其中', () => {
    const text = '全國通公路的鄉（鎮）佔全國鄉（鎮）總數99.90%，其中通硬化路面的鄉（鎮）佔全國鄉（鎮）總數98.00%；通公路的建制村佔全國建制村總數99.80%，其中通硬化路面的建制村佔全國建制村總數95.00%。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});

describe('sections that each count a whole of their own (post33a)', () => {
  const report = (lakes: string): string =>
    `一、5月全区水环境质量状况\n\n（一）全区国考断面[共50个断面有数据]水质状况总体为优。Ⅰ~Ⅲ类优良水质断面48个，比例为96.0%，劣Ⅴ类水质断面2个，比例为4.0%。\n\n（二）全区湖库点位[共${lakes}个点位有数据]水质状况总体为良好。Ⅰ~Ⅲ类优良水质点位8个，比例为80.0%，劣Ⅴ类水质断面2个，比例为20.0%。`;
  it('reads the lakes’ count apart from the rivers’', () => {
    const text = report('10').replace('劣Ⅴ类水质断面2个，比例为20.0%', '劣Ⅴ类水质断面1个，比例为10.0%').replace('优良水质点位8个，比例为80.0%', '优良水质点位9个，比例为90.0%');
    assert.deepEqual(findings(text, 'number-conflict'), []);
  });
});

// Readings of telecom, marine and power bulletins (issue 12), round 28 (post28c): 拉动…增长N个百分点 is a pull on another
// measure's growth, not the difference of two shares; a part's net addition (净增) may exceed its whole's; a measure
// scoped by things listed with 等 is theirs; an ordinal inside a name (第一产业) names a part; a share of a 全口径 whole
// is not of a figure of another coverage. Each case made up, each failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a line of business's share rising, then its pull on the revenue's growth
const pull = (points: string): string =>
  `2024年，完成光纤接入业务收入1830亿元，比上年增长6.5%，在电信业务收入中占比由上年的12.4%提升至12.9%，拉动电信业务收入增长0.9个百分点。\n\n全年实现增加值520亿元，占比由上年的12.4%提升至12.9%，提高${points}个百分点。`;

describe('拉动…增长N个百分点 after a share that moved', () => {
  it('is silent on the pull, which is of the revenue, not of the share', () => {
    assert.deepEqual(findings(pull('0.5'), 'number-ratio'), []);
  });

  it('still flags the share moving by the wrong points when no pull is named', () => {
    assert.deepEqual(findings(pull('0.9'), 'number-ratio'), ['0.9个百分点']);
  });
});

// made up: broadband users, the faster lines growing by more than all lines together
const broadband = `截至2024年底，全市固定宽带接入用户总数达420万户，全年净增31万户。其中，500Mbps及以上接入速率的用户为388万户，全年净增35万户，占总用户数的92.4%，占比较上年末提高1.1个百分点；1000Mbps及以上接入速率的用户为96万户，全年净增38万户，占总用户数的22.9%。`;

describe('净增 of the parts after 其中', () => {
  it('is silent: a part may add more users than the whole, the others having lost some', () => {
    assert.deepEqual(findings(broadband, 'number-sum'), []);
  });

  it('takes no share of 总用户数 for one of the net additions', () => {
    assert.deepEqual(findings(broadband, 'number-ratio'), []);
  });
});

// made up: two lines of business, the second's revenue named after the things it lists
const lines = (subject: string): string =>
  `1至6月，三家基础电信企业完成固定宽带业务收入为1320亿元，同比增长6.8%，在电信业务收入中占比为15.1%。\n\n${subject}1至6月共完成业务收入1850亿元，同比增长17.2%，在电信业务收入中占比为21%。`;

describe('a measure scoped by things listed with 等', () => {
  it('is silent: the revenue of 云计算、大数据、物联网等新兴业务 is theirs', () => {
    assert.deepEqual(findings(lines('三家基础电信企业积极发展云计算、大数据、物联网等新兴业务，'), 'number-conflict'), []);
  });

  it('still compares the two names when no things are listed before', () => {
    assert.deepEqual(findings(lines('三家基础电信企业'), 'number-conflict'), ['1850亿元']);
  });
});

// made up: a province's marine economy by industry, then by internal structure
const marine = `2024年，全省海洋生产总值18200亿元，比上年增长6.1%。从三次产业看，海洋第一产业增加值860亿元，第二产业增加值6320亿元，第三产业增加值11020亿元，分别占海洋生产总值的4.7%、34.7%和60.6%。

从内部结构看，海洋产业增加值为7350亿元，同比增长6.9%；海洋科研教育1280亿元，同比增长2.4%；海洋公共管理服务3010亿元，同比增长3.1%。`;

describe('an ordinal inside a name', () => {
  it('is silent: 海洋第一产业增加值 is one industry, not 海洋产业增加值', () => {
    assert.deepEqual(findings(marine, 'number-conflict'), []);
  });
});

// made up: the statistics bureau's generation figure, then the shares of the whole coverage
const power = (whole: string): string =>
  `根据统计公报，2023年，全国发电量89090亿千瓦时，同比增长5.2%。\n\n2023年，全国全口径非化石能源发电量3.19万亿千瓦时，同比增长7.8%，占${whole}的比重为34.2%，同比提高0.7个百分点。`;

describe('a share of a 全口径 whole', () => {
  it('is silent: the bulletin figure is of another coverage', () => {
    assert.deepEqual(findings(power('全国全口径发电量'), 'number-ratio'), []);
  });

  it('still reads the share of the figure the words name', () => {
    assert.deepEqual(findings(power('全国发电量'), 'number-ratio'), ['34.2%']);
  });
});

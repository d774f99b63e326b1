// Readings of errors42 (issue 12, round 42: real errors of published text the checker missed): projects accepted
// (达到验收标准) beside those still 正在建设; 大口径财政收入 as all of what the 财政, 国税 and 地税 bodies collected; age bands
// named before 分别为; an age partition after an open 其中 list; a count of items (两项) before 合计. Each case made up,
// each reported case failing without its reading, each silent case the same words adding up.

import assert from 'node:assert/strict';
import { findingTexts as findings } from './figure-findings';

// made up: a department's summary of a project list, the parts done and under way
const accepted = (building: string): string => `切实抓好民宿项目建设。截至目前，20家民宿项目，达到验收标准9家，正在建设${building}家。`;

describe('projects accepted and projects still being built (errors42)', () => {
  it('reads 达到验收标准 and 正在建设 as all of the projects', () => {
    assert.deepEqual(findings(accepted('12'), 'number-sum'), ['20家']);
  });

  it('is silent when the two add up', () => {
    assert.deepEqual(findings(accepted('11'), 'number-sum'), []);
  });
});

// made up: a county's revenue in a statistical bulletin, before the tax bureaus merged
const collected = (local: string): string =>
  `全年全县完成公共财政预算收入41200万元，同比增长12.5%；大口径财政收入完成71500万元，同比增长4.2%。其中：财政系统完成收入25300万元，同比增长30.1%；国税系统完成收入14100万元，同比下降8.4%；地税系统完成收入${local}万元，同比下降5.2%。`;

describe('大口径财政收入 by the bodies that collected it (errors42)', () => {
  it('reads 财政, 国税 and 地税 as all of it: the three short of it are reported', () => {
    assert.deepEqual(findings(collected('32000'), 'number-sum'), ['71500万元']);
  });

  it('is silent when the three add up to it', () => {
    assert.deepEqual(findings(collected('32100'), 'number-sum'), []);
  });
});

// made up: a county's population by age, the bands named once before 分别为, the last figure after 和
const respectiveAges = (old: string): string =>
  `年末全县户籍人口为98000人。其中，城镇人口45000人，乡村人口53000人；男性人口50200人，女性人口47800人;0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为16500人、17200人、41300人和${old}人。全年全县出生人口为620人。`;

describe('age bands named before 分别为 (errors42)', () => {
  it('reads the bands from 0 up to 及以上 as every age: short of the total is reported', () => {
    assert.deepEqual(findings(respectiveAges('22900'), 'number-sum'), ['98000人']);
  });

  it('is silent when the bands add up to the total', () => {
    assert.deepEqual(findings(respectiveAges('23000'), 'number-sum'), []);
  });

  it('reads no partition when the bands leave ages out', () => {
    assert.deepEqual(findings(respectiveAges('22900').replace('35-59岁', '40-59岁'), 'number-sum'), []);
  });
});

// made up: the same population, each band named by its own figure, after a 其中 list that runs on from 城镇 and 男性
const namedAges = (old: string): string =>
  `年末全县户籍人口为98000人。其中，城镇人口45000人，乡村人口53000人；男性人口50200人，女性人口47800人；0-17岁户籍人口16500人，18-34岁户籍人口17200人，35-59岁户籍人口41300人，60岁及以上户籍人口${old}人。`;

describe('age bands in an open 其中 list (errors42)', () => {
  it('makes the bands exact, although the list after 其中 may leave a remainder', () => {
    assert.deepEqual(findings(namedAges('22900'), 'number-sum'), ['98000人']);
  });

  it('is silent when they add up', () => {
    assert.deepEqual(findings(namedAges('23000'), 'number-sum'), []);
  });
});

// made up: a road administration's fees, two kinds, then the two counted and added
const twoItems = (fine: string): string => `全年查处路政案件86起，收缴公路赔（补）偿费356200.50元、罚款${fine}元，两项费用合计508400.50元。`;

describe('a count of items before 合计 (errors42)', () => {
  it('adds up that many parts before it: two that do not make the total are reported', () => {
    assert.deepEqual(findings(twoItems('162200.00'), 'number-sum'), ['508400.50元']);
  });

  it('is silent when they do', () => {
    assert.deepEqual(findings(twoItems('152200.00'), 'number-sum'), []);
  });

  it('takes no fewer parts than it counts', () => {
    assert.deepEqual(findings(`收缴罚款162200.00元，三项费用合计508400.50元。`, 'number-sum'), []);
  });
});

// made up: a hotline's month, each category in a sentence of its own with its share, the last the rest; one category's
// figure and share miscopied (250 and 5% for 150 and 15%), the shares no longer adding up to 100%
const categories = (health: string, share = health === '150' ? '15' : '5'): string =>
  `本月12345热线共受理市民来电诉求1000件，同比减少50件。其中人力资源社会保障类200件，占20%，同比增幅10%。住房与城乡建设类300件，占30%，同比减幅5%。医疗卫生健康类${health}件，占${share}%，同比增幅3%。公共服务类300件，占30%，同比增幅2%。其他咨询50件，占5%，同比增幅25%。`;

describe('parts with their shares, the last named 其他 (errors42)', () => {
  it('reads the list closed by 其他 as all of the whole: parts over it are reported', () => {
    assert.deepEqual(findings(categories('250'), 'number-sum'), ['1000件']);
  });

  it('is silent when the parts add up', () => {
    assert.deepEqual(findings(categories('150'), 'number-sum'), []);
  });

  it('reads nothing as exact when the last part is not the rest', () => {
    assert.deepEqual(findings(categories('250').replace('其他咨询', '科教文体类'), 'number-sum'), []);
  });
});

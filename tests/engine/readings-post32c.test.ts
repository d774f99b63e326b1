// Readings of post32c (issue 12, round 32, heldout106–107): shares of parts each over a whole of its own; a net change
// and the gross flow after its 其中; a site's stamp above a page in 繁體; a plan completion with a change between; a
// table's 比例 | 金额 pairs; kinds the writer counts out before their total; a year named in full and its level. Each
// case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's villages that took part, each township's count and its share of its own villages
const villages = (a: string, b: string, c: string): string =>
  `全县共有20个村开展了示范创建，占村总数的40%。其中甲镇5个村开展示范创建，占村数${a}，创建项目8个；乙镇8个村开展示范创建，占村数${b}，创建项目12个；丙镇7个村开展示范创建，占村数${c}，创建项目9个。`;

describe('shares of parts each over a whole of its own (post32c)', () => {
  it('is silent when the shares pass 100% together and the total gives none of them', () => {
    assert.deepEqual(findings(villages('50%', '40%', '70%'), 'number-ratio'), []);
  });

  it('reports a share of the total when the others are of it', () => {
    assert.deepEqual(findings(villages('25%', '40%', '46%'), 'number-ratio'), ['46%']);
  });
});

// made up: a county's land changes, a net change with the gross flow after its 其中 (a page glossing some characters
// in pinyin, as the pages in 繁體 do)
const land = (gross: string, arable: string): string =>
  `与上年相比，全县农（nóng）用地面积净减少300亩，其中耕地净减少${arable}；建设（shè）用地净增加400亩，其中新增建设（shè）用地面积${gross}，未利用地净减少100亩。`;

describe('a net change and the gross flow after its 其中 (post32c)', () => {
  it('is silent when what was added exceeds the net gain', () => {
    assert.deepEqual(findings(land('450亩', '100亩'), 'number-sum'), []);
  });

  it('is silent in 繁體, 净 written 凈', () => {
    const text = '與上年相比，全縣農（nóng）用地面積凈減少300畝，其中耕地凈減少100畝；建設（shè）用地凈增加400畝，其中新增建設（shè）用地面積450畝，未利用地凈減少100畝。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('still reads a net part under a net total', () => {
    assert.deepEqual(findings(land('450亩', '350亩'), 'number-sum'), ['300亩']);
  });
});

// made up: a news page copied with its site's stamp
const page = (stamp: string): string => `全县耕地保有面积保持稳定\n\n${stamp}\n\n  新华社北京7月20日电 全县耕地保有面积为20.24万亩，建设用地面积有所增加。\n`;

describe('a site’s stamp above the page it was copied from (post32c)', () => {
  it('is silent on the site’s name and 时间 before a dashed date', () => {
    assert.deepEqual(findings(page('某某经济信息网   时间：2017-07-21'), 'number-format'), []);
  });

  it('is silent on 時間 in 繁體 with its pinyin', () => {
    assert.deepEqual(findings(page('某某經（jīng）濟（jì）信息網（wǎng）   時（shí）間：2017-07-21'), 'number-format'), []);
    assert.deepEqual(findings(page('時間：2017-07-21'), 'number-format'), []);
  });

  it('still reads a dashed date after a name that is no site’s', () => {
    assert.deepEqual(findings(page('某某工作会议   时间：2017-07-21'), 'number-format'), ['2017-07-21']);
  });
});

// made up: a province's half year, its completion of the year's plan, and the plan later
const fishery = (done: string): string =>
  `据介绍，今年上半年，全省渔业保持平稳发展，预计上半年全省水产品产量达到40万吨，比上年同期增长6.1%，完成年计划的50%；全省渔业经济总产值达到60亿元，比上年同期增长8.2%，${done}。\n\n全省将继续保持良好势头，力争今年全省水产品产量达到80万吨，比上年增长5%；全省渔业经济总产值达到120亿元，比上年增长9%。`;

describe('a plan completion with a change between (post32c)', () => {
  it('is silent on the plan stated later', () => {
    assert.deepEqual(findings(fishery('完成年计划的50%'), 'number-conflict'), []);
  });

  it('reads two values of one measure without the completion', () => {
    assert.deepEqual(findings(fishery('形势较好'), 'number-conflict'), ['120亿元']);
  });
});

// made up: premiums of a subsidy scheme, each party's 比例 and 金额 side by side, the headings lost
const premiums = (fish: string): string =>
  [
    '| 品种 | 保额 | 费率 | 保费 | | | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| 水稻 | 600 | 6% | 36 | 40% | 14.4 | 30% | 10.8 | 5% | 1.8 | 25% | 9 |',
    '| 玉米 | 500 | 6% | 30 | 40% | 12 | 30% | 9 | 10% | 3 | 20% | 6 |',
    '| 油菜 | 600 | 5% | 30 | 40% | 12 | 30% | 9 | 5% | 1.5 | 25% | 7.5 |',
    '| 柑橘 | 1000 | 2% | 20 | / | / | 50% | 10 | 20% | 4 | 30% | 6 |',
    `| 渔业 | 4000 | 5% | 200 | / | / | 40% | ${fish} | 30% | 60 | 30% | 60 |`,
  ].join('\n');

describe('a table’s 比例 | 金额 pairs (post32c)', () => {
  it('is silent when one party’s amount is not two others’ together', () => {
    assert.deepEqual(findings(premiums('80'), 'table-sum'), []);
  });
});

// made up: a county's believers by religion, after the writer counts the religions
const believers = (catholic: string, intro = '某县有佛教、道教和天主教三种宗教，'): string => `${intro}信教总人数为5000人（其中：佛教3000人，道教1200人，天主教${catholic}）。佛教有寺庙9座。`;

describe('kinds the writer counts out before their total (post32c)', () => {
  it('is silent when the kinds add up to the total', () => {
    assert.deepEqual(findings(believers('800人'), 'number-sum'), []);
  });

  it('reports kinds that fall short of the total', () => {
    assert.deepEqual(findings(believers('799人'), 'number-sum'), ['5000人']);
  });

  it('is silent when no count says the kinds are all, or the count is not theirs', () => {
    assert.deepEqual(findings(believers('799人', '某县宗教活动正常有序，'), 'number-sum'), []);
    assert.deepEqual(findings(believers('799人', '某县有佛教、道教和天主教两种宗教，'), 'number-sum'), []);
  });
});

// made up: a district's livestock over the years, each later year against the first
const livestock = (diff: string, times: string, twice = ''): string =>
  `2010年，饲养生猪12000头、奶牛600头、肉牛500头。${twice}2015年，饲养生猪20000头，比2010年增加${diff}；饲养肉牛900头，比2010年增加400头。到2020年，饲养生猪36000头，是2010年的${times}；奶牛1200头，是2010年的2倍。`;

describe('a year named in full and its level (post32c)', () => {
  it('is silent when each later level is against the year’s', () => {
    assert.deepEqual(findings(livestock('8000头', '3倍'), 'number-ratio'), []);
  });

  it('reports a difference against the year that is not the levels’', () => {
    assert.deepEqual(findings(livestock('9000头', '3倍'), 'number-ratio'), ['9000头']);
  });

  it('reports 倍 of the year that is not the levels’', () => {
    assert.deepEqual(findings(livestock('8000头', '2.5倍'), 'number-ratio'), ['2.5倍']);
  });

  it('is silent when the year has two levels of the measure', () => {
    assert.deepEqual(findings(livestock('9000头', '2.5倍', '2010年，饲养生猪13000头。'), 'number-ratio'), []);
  });
});

// made up: a mailbox's letters by category, one category's kinds in a bracket after a comma, another's main kinds
const letters = (admin: string, service: string): string =>
  `按问题分类统计，共分为以下几类：\n\n1.公共管理类共计${admin}，（其中交通管理类5件，农村管理类8件，城市管理类20件）；\n\n2.公共服务类共计${service}，主要集中于供水2件、供气2件；\n\n3.其他类咨询7件。`;

describe('a bracket of 其中 after a comma, and 主要集中于 (post32c)', () => {
  it('is silent when the kinds add up to their category', () => {
    assert.deepEqual(findings(letters('33件', '4件'), 'number-sum'), []);
  });

  it('reports a category its bracket’s kinds exceed', () => {
    assert.deepEqual(findings(letters('30件', '4件'), 'number-sum'), ['30件']);
  });

  it('reports a category its main kinds exceed', () => {
    assert.deepEqual(findings(letters('33件', '3件'), 'number-sum'), ['3件']);
  });

  it('is silent on a bracket after a comma that does not open with 其中 (it may gloss the clause)', () => {
    assert.deepEqual(findings('本月共受理群众来信45件，（来信40件、来访3件），均已转交有关部门办理。', 'number-sum'), []);
  });
});

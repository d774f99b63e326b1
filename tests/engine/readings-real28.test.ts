// Real errors the first contact on heldout87–89 missed (issue 12), round 28 (real28): R&D经费 by type of activity
// (基础研究, 应用研究, 试验发展 make all of it, by the statistics' definition) and the shares of the three stated after
// them. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset))
    .filter((t, i, all) => all.indexOf(t) === i);

// made up: a province's R&D bulletin; the total in its paragraph, the three activities in the next (no 其中, no 分…看)
const bulletin = (
  figures: Record<string, string> = {},
): string => `2023年，全省共投入研究与试验发展（R&D）经费${figures.total ?? '1250.0'}亿元，比上年增加96.0亿元，增长8.3%；研究与试验发展（R&D）经费投入强度为2.21%。按研究与试验发展（R&D）人员全时工作量计算的人均经费为41.2万元。

——全省基础研究经费${figures.basic ?? '80.0'}亿元，比上年增长10.2%；应用研究经费150.0亿元，增长6.1%；试验发展经费${figures.dev ?? '1020.0'}亿元，增长8.4%。基础研究经费所占比重为${figures.basicShare ?? '6.40'}%，比上年提升0.1个百分点；应用研究和试验发展经费所占比重分别为12.0%和${figures.devShare ?? '81.6'}%。

——各类企业研究与试验发展（R&D）经费960.0亿元，增长9.0%；政府属研究机构经费140.0亿元；高等学校经费100.0亿元。
`;

describe('readings (real28): R&D经费 by type of activity', () => {
  it('reads the bulletin as written without a finding', () => {
    assert.deepEqual(findings(bulletin(), 'number-sum'), []);
    assert.deepEqual(findings(bulletin(), 'number-ratio'), []);
  });

  it('flags a total the three activities do not add up to, across paragraphs', () => {
    assert.deepEqual(findings(bulletin({ total: '1252.0' }), 'number-sum'), ['1252.0亿元']);
  });

  it('flags a part that makes the three miss the total', () => {
    assert.deepEqual(findings(bulletin({ dev: '1022.0' }), 'number-sum'), ['1250.0亿元']);
  });

  it('flags a share of an activity rounded the wrong way (81.65% printed 81.6%)', () => {
    // 1020.8 ÷ 1250.0 = 81.664% (81.657% at the ends of the rounding of both): it rounds to 81.7%
    assert.deepEqual(findings(bulletin({ basic: '79.2', basicShare: '6.34', dev: '1020.8' }), 'number-ratio'), ['81.6%']);
  });

  it('flags the first share, read on its own before the 分别为 pair', () => {
    assert.deepEqual(findings(bulletin({ basicShare: '7.40' }), 'number-ratio'), ['7.40%']);
  });

  it('reads no sum against the R&D of one kind of performer', () => {
    const text = `2023年，全省规模以上工业企业研究与试验发展（R&D）经费500.0亿元。

其中基础研究经费10.0亿元；应用研究经费40.0亿元；试验发展经费430.0亿元。
`;
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('reads the 繁體 page with pinyin readings as well', () => {
    const text = `2023年，全省共投入研究與試驗（yàn）發（fā）展（R&D）經（jīng）費（fèi）1250.0億元。

分活動類型看，全省基礎（chǔ）研究經（jīng）費（fèi）80.0億元；應（yīng）用研究經（jīng）費（fèi）150.0億元；試驗（yàn）發（fā）展經（jīng）費（fèi）1030.0億元。
`;
    assert.deepEqual(findings(text, 'number-sum'), ['1250.0億元']);
  });
});

// made up: a city charity federation's year, its spending in one paragraph, the share for the villages in the next
const charity = (figures: Record<string, string> = {}): string => `2023年该会共募集款物6.20亿元，各类救助总支出${figures.total ?? '6.40'}亿元，惠及群众30万人次以上。

会长介绍，2023年该会用于乡村振兴款物达${figures.part ?? '5.50'}亿元，占同期总支出的${figures.share ?? '85'}%以上。
`;

describe('readings (real28): a share stated as a lower bound', () => {
  it('reads the bound as written without a finding (5.50 ÷ 6.40 = 85.9%)', () => {
    assert.deepEqual(findings(charity(), 'number-ratio'), []);
  });

  it('holds however far the quotient is above the bound', () => {
    assert.deepEqual(findings(charity({ share: '60' }), 'number-ratio'), []);
  });

  it('holds when the quotient reaches the bound at its precision (84.7% for 85%以上)', () => {
    assert.deepEqual(findings(charity({ part: '5.42' }), 'number-ratio'), []);
  });

  it('flags a quotient that falls short of the bound (84.1% for 85%以上)', () => {
    assert.deepEqual(findings(charity({ part: '5.38' }), 'number-ratio'), ['85%以上']);
  });

  it('reads no share over a whole of another time than the amount (“十五”初期 against the present)', () => {
    const text = `全县总人口52.3万人，其中农业人口46.1万人。

“十五”初期，全县缺水人口达38.2万人，占农业人口的90%以上。
`;
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});

// made up: a township's festival visits, three items each closing with its own total, then the sum of the three
const festivals = (
  figures: Record<string, string> = {},
): string => `一、开展节日慰问活动。一是春节前走访困难群众86户，每户发放米面油各一份，总价值1.6万元。二是“六一”前向中心小学捐赠图书价值2万元，并资助困难学生0.5万元，两项共计2.5万元。三是重阳节慰问老人200名，其中80名高龄老人每人发放慰问金200元，共计${figures.third ?? '3.2'}万元。三大节日共发放物品和慰问金总计${figures.total ?? '7.3'}万元。
`;

describe('readings (real28): the closing total of the items counted', () => {
  it('reads the items as written without a finding', () => {
    assert.deepEqual(findings(festivals(), 'number-sum'), []);
  });

  it('flags a closing total the items do not add up to', () => {
    assert.deepEqual(findings(festivals({ total: '6.3' }), 'number-sum'), ['6.3万元']);
  });

  it('flags an item that makes the items miss the closing total', () => {
    assert.deepEqual(findings(festivals({ third: '4.2' }), 'number-sum'), ['7.3万元']);
  });

  it('reads no sum when the sentence counts more items than are listed', () => {
    const text = festivals({ total: '9.9' }).replace('三大节日', '四大节日');
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});

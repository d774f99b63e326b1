// Readings of the lead's branch (issue 12, round 37): a text's figure that fails to restate a table cell the table
// bears out itself (a part or total of a 合计 that adds up, a growth its row gives) is the figure that is off, and the
// finding stands at it, not at the cell. Each case made up.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { explainAt } from '../../server/src/engine/explain';
import { findingTexts, noFindingAt, reports, silent } from './figure-findings';

// made up: a county's budget revenue, its two parts and their 合计 in a table under the text
const revenue = (body: string, tax = '8.6', total = '12.9'): string =>
  `${body}\n\n表1 2023年全县一般公共预算收入完成情况\n\n| 项目 | 完成数（亿元） | 上年数（亿元） |\n|---|---|---|\n` +
  `| 税收收入 | ${tax} | 8.1 |\n| 非税收入 | 4.3 | 4.0 |\n| 合计 | ${total} | 12.1 |\n`;

describe('a restatement of a cell the table bears out (lead37)', () => {
  it('is reported at the text’s figure when the cell is a part of a 合计 that adds up', () => {
    const text = revenue('2023年，全县税收收入8.8亿元，非税收入4.3亿元。');
    assert.deepEqual(findingTexts(text, 'table-restatement'), ['8.8亿元']);
    const [finding] = check(text).findings.filter((f) => f.rule === 'table-restatement');
    assert.match(finding!.message, /正文写作8\.8亿元.*与表中合计相符（税收收入8\.6 \+ 非税收入4\.3 = 12\.9/);
    assert.match(finding!.message, /请核对正文$/);
  });

  it('stays at the cell when the table’s own 合计 does not bear the cell out', () => {
    const text = revenue('2023年，全县税收收入8.8亿元，非税收入4.3亿元。', '8.6', '13.5');
    assert.ok(findingTexts(text, 'table-restatement').includes('8.6'));
    assert.ok(!findingTexts(text, 'table-restatement').includes('8.8亿元'));
  });

  it('is silent when the text restates the cell', () => {
    assert.deepEqual(findingTexts(revenue('2023年，全县税收收入8.6亿元，非税收入4.3亿元。'), 'table-restatement'), []);
  });

  it('points the hover at the text’s figure from the cell', () => {
    const text = revenue('2023年，全县税收收入8.8亿元，非税收入4.3亿元。');
    const result = check(text);
    const cell = text.indexOf('| 8.6 |') + 2;
    const explanation = explainAt(result, cell);
    const restated = explanation.cell?.relations.find((r) => r.kind === 'restatement');
    assert.ok(restated, JSON.stringify(explanation));
    assert.equal(restated.reportedAt?.text, '8.8亿元');
  });
});

// made up: a county health bureau's half-year report (the lead's draft, checked with gongwen check and broken place by place)
describe('a resource per thousand people (lead37)', () => {
  const beds = (perThousand: string, people = '全县常住人口46.7万人'): string => `实有床位2860张，每千人口床位${perThousand}张（${people}）。`;

  it('is the resource over the population the draft states', () => {
    silent(beds('6.12'));
    reports(beds('6.52'), 'number-ratio', '2860张 ÷ 46.7万人 × 1000 = 6.124张');
  });

  it('reads the population stated elsewhere in the draft, and persons counted as 人 or 名 alike', () => {
    const text = (n: string): string => `一、基本情况\n\n全县常住人口46.7万人。\n\n二、医疗资源\n\n卫生技术人员3420人，其中执业（助理）医师1286名。全县每千人口执业（助理）医师${n}人。`;
    silent(text('2.75'));
    reports(text('2.95'), 'number-ratio', '1286名 ÷ 46.7万人 × 1000');
  });

  it('holds against either population when the draft states two', () => {
    const text = (n: string): string => `全县户籍人口52.0万人，常住人口46.7万人。实有床位2860张，每千人口床位${n}张。`;
    silent(text('5.50'));
    silent(text('6.12'));
    reports(text('6.90'), 'number-ratio');
  });

  it('is silent on a standard or another level (国家指标), and with no population stated', () => {
    silent('全县常住人口46.7万人，有社会体育指导员587人，每千人拥有社会体育指导员1.26名，已达国家全民健身计划指标：每千人拥有社会体育指导员2.16名。');
    silent('实有床位2860张，每千人口床位9.9张。');
  });
});

describe('a group run on into its part without a comma (lead37)', () => {
  const doctors = (share: string): string => `二是乡村医生老龄化，全县412名乡村医生中60岁以上的有137人，占${share}%。`;

  it('is the whole of the part’s share', () => {
    noFindingAt(doctors('33.3'), '33.3%');
    reports(doctors('35.3'), 'number-ratio', '137人 ÷ 412名 = 33.25%');
  });

  it('is not read through a word that opens with 中 (中学, 中心)', () => {
    noFindingAt('全县412名乡村医生到县医疗中心培训的有137人，占35.3%。', '35.3%');
  });
});

describe('a whole named with the unit it is counted in (lead37)', () => {
  const visits = (share: string): string => `上半年，全县医疗机构总诊疗126.8万人次，同比增长6.3%。其中，基层医疗卫生机构诊疗78.5万人次，占总诊疗人次的${share}%。`;

  it('is the measure so counted (总诊疗人次 of 总诊疗126.8万人次)', () => {
    silent(visits('61.9'));
    reports(visits('63.9'), 'number-ratio', '78.5万人次 ÷ 126.8万人次 = 61.91%');
  });
});

describe('a total whose words name and count its kinds (lead37)', () => {
  const chiefs = (village: string, words = '县、乡、村三级'): string => `全县设立${words}林长1286名，其中县级林长15名、乡级林长186名、村级林长${village}名。`;

  it('is all of the parts listed one per kind', () => {
    silent(chiefs('1085'));
    reports(chiefs('1005'), 'number-sum', '相差80名');
  });

  it('leaves a remainder when the words do not name the kinds, or name more than are listed', () => {
    silent(chiefs('1005', ''));
    silent(chiefs('1005', '县、乡、村、组四级'));
  });

  it('leaves a remainder when the list counts more than one figure per kind (县级林长2名、副林长4名)', () => {
    silent('设立县、乡、村三级林长348名，其中：县级林长2名、副林长4名；乡镇级林长33名、副林长149名；村级林长100名。');
  });
});

describe('a share of a group counted by a bar they pass (lead37)', () => {
  const villages = (share: string, bar = '超过10万元'): string => `全镇26个行政村中，23个村集体经济收入${bar}，占${share}%。`;

  it('is of the count opening the clause, not of the bar', () => {
    silent(villages('88.5'));
    silent(villages('88.5', '10万元以上'));
    reports(villages('90.5'), 'number-ratio', '23个 ÷ 26个 = 88.46%');
  });
});

describe('a restatement whose cell the table’s sum holds only at a bare figure’s precision (lead37)', () => {
  it('stays at the cell when the text’s figure would make the sum hold as well', () => {
    // 0 + 2.5 + 10 at the precision of the bare 0 and 10 is 11.45 to 13.55: 11.5 and 12.5 both hold
    const text = `2023年度“三公”经费支出决算为11.5万元。\n\n单位：万元\n\n| 项目 | 决算数 |\n|---|---:|\n| 合计 | 12.5 |\n| 因公出国（境）费 | 0 |\n| 公务接待费 | 2.5 |\n| 公务用车购置及运行维护费 | 10 |\n`;
    assert.deepEqual(findingTexts(text, 'table-restatement'), ['12.5']);
    assert.deepEqual(findingTexts(text.replace('| 0 |', '| 0.0 |').replace('| 10 |', '| 10.0 |'), 'table-restatement'), ['11.5万元']);
  });
});

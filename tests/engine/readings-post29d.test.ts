// Readings from the first contact with heldout94 (issue 12), round 29 (post29d): a trading centre's monthly report that
// states the year to date and the month, each period opened by its span of months; each kind of project taken in turn,
// its amounts after its own count; a list of the whole (全市…) after a total under a sub-scope (市本级); a page's stamp
// (a dashed date, a clock time, 来源/作者) run onto the headline's line. Each case made up, each reported case failing
// without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county trading centre's report for March, the quarter to date first, the month after it
const quarterAndMonth =
  '2025年1-3月全县共完成公共资源交易项目210宗，同比增加30宗，增幅16.67%；交易金额18.6亿元，同比增加2.1亿元，增幅12.73%。\n\n' +
  '2025年3月份共完成公共资源交易项目80宗，同比增长14.29%；交易金额6.2亿元，同比增长8.77%；节约资金0.5亿元。';

describe('the year to date and the month, each period opened by its months (post29d)', () => {
  it('is silent: 交易金额 of 1-3月 and of 3月份 are two periods’ figures', () => {
    assert.deepEqual(findings(quarterAndMonth, 'number-conflict'), []);
  });

  it('still reports one span of months stated twice with two values (1-3月 and 1—3月份)', () => {
    const twice = quarterAndMonth.replace('2025年3月份共完成公共资源交易项目80宗', '2025年1—3月份共完成公共资源交易项目210宗');
    assert.deepEqual(findings(twice, 'number-conflict'), ['6.2亿元']);
  });

  it('still reports the same months of one year stated twice with two values', () => {
    const twice = quarterAndMonth.replace('2025年3月份共完成公共资源交易项目80宗', '2025年1-3月全县共完成公共资源交易项目210宗');
    assert.deepEqual(findings(twice, 'number-conflict'), ['6.2亿元']);
  });
});

// made up: a city trading centre's month, kind by kind, each paragraph opened by a heading run into its text
const kinds =
  '政府采购项目交易额同比略有减少1共完成政府采购项目54宗，同比减少4宗，7%交易金额1.62亿元，同比减少0.12亿元，减幅6.9%；节约资金0.11亿元，节资率6.4%' +
  '其中城区30宗，同比减少10%；交易金额0.9亿元，同比下降20%。四县和渌口区24宗，同比增长20%；交易金额0.72亿元，同比10%\n\n' +
  '土地使用权出让项目交易额同比大幅下降1共完成土地挂牌出让成交建设用地使用权项目5宗（商业用地3宗、工业用地2宗），同比减少2宗，减幅28.57%；交易金额0.74亿元，同比减少0.3亿元，减幅28.85%。';

describe('the amounts of two kinds of project, each after its own count (post29d)', () => {
  it('is silent: 交易金额 after 政府采购项目54宗 and after 建设用地使用权项目5宗 are two kinds’ own', () => {
    assert.deepEqual(findings(kinds, 'number-conflict'), []);
  });

  it('still reports the amount of one kind stated twice with two values', () => {
    const twice = kinds.replace('共完成土地挂牌出让成交建设用地使用权项目5宗（商业用地3宗、工业用地2宗）', '共完成政府采购项目54宗，');
    assert.deepEqual(findings(twice, 'number-conflict'), ['0.74亿元']);
  });
});

// made up: a county's government procurement, the county level's own scale, then the county's by kind
const procurement =
  '2024年，全县政府采购规模为12.4亿元，较采购计划节约资金1.6亿元，资金节约率达11.43%。\n\n' +
  '据悉，县本级政府采购规模为4.2亿元，较采购计划节约资金0.5亿元，资金节约率达10.64%。从结构上看，全县货物、工程、服务政府采购规模分别为5.3亿元、2.6亿元和4.5亿元。';

describe('a list of the whole after a total under a sub-scope (post29d)', () => {
  it('is silent: 全县货物、工程、服务 break down the county’s 12.4亿元, not 县本级’s 4.2亿元', () => {
    assert.deepEqual(findings(procurement, 'number-sum'), []);
  });

  it('still reads a list naming the total’s own sub-scope again (县本级货物、工程、服务…)', () => {
    const own = procurement.replace('从结构上看，全县货物', '从结构上看，县本级货物').replace('5.3亿元、2.6亿元和4.5亿元', '2.3亿元、1.6亿元和1.5亿元');
    assert.deepEqual(findings(own, 'number-sum'), ['4.2亿元']);
  });
});

describe('a page stamp run onto the headline’s line (post29d)', () => {
  const page = '去年全省政府采购超六成购自中小企业 时间：2025-03-12 09:30:15  来源：省财政厅  作者：李明省财政厅  访问量：1532\n\n据省财政厅消息，2024年全省政府采购规模为1200亿元。';

  it('is silent: the dashed date with a clock time and 来源/作者 is the page’s', () => {
    assert.deepEqual(findings(page, 'number-format'), []);
  });

  it('still reads a dashed date in the writer’s text', () => {
    assert.deepEqual(findings('会议定于2025-03-12在县政府召开。', 'number-format'), ['2025-03-12']);
  });
});

// Readings the lead added in round 36 (issue 12), each found by checking made-up drafts of the kind writers send with
// `gongwen check` (a county agriculture bureau's annual summary, a civil-affairs bureau's half-year 汇报, an emergency
// bureau's annual summary), each written to hold and then broken place by place. Two lists whose items go pair by pair
// (each crop's area and output; each kind's accidents and deaths), one adding up exactly; a list closed by a clause
// opening with 其余; a 其中 group's share of the whole named 资金总额; changes listed with 分别 whose earlier levels follow
// 去年同期分别为 or 与上年的…相比 as a list; an earlier level in brackets after the percentage; 特困人员 kept 集中 or 分散.
// Each case made up; each reported case fails without its reading.

import assert from 'node:assert/strict';
import { findingMessages, findingTexts } from './figure-findings';

const findings = findingTexts;
const messages = findingMessages;

describe('two lists whose items go pair by pair (lead36)', () => {
  // made up: a county's three crops, each with its area and its output
  const crops = (wheat: string, maize: string): string =>
    `全年粮食播种面积52.6万亩，粮食总产量21.35万吨。其中，小麦播种面积24.8万亩，产量${wheat}万吨；玉米播种面积${maize}万亩，产量10.13万吨；大豆播种面积5.3万亩，产量1.30万吨。`;

  it('reads the outputs exactly when the areas add up, and says why', () => {
    assert.deepEqual(findings(crops('9.62', '22.5'), 'number-sum'), ['21.35万吨']);
    assert.match(messages(crops('9.62', '22.5'), 'number-sum')[0]!, /相差0\.3万吨；各项与逐项并列的“粮食播种面积”各项（合计52\.6万亩）一一对应/);
  });

  it('reads the areas exactly when the outputs add up', () => {
    assert.deepEqual(findings(crops('9.92', '21.5'), 'number-sum'), ['52.6万亩']);
  });

  it('is silent when both hold', () => {
    assert.deepEqual(findings(crops('9.92', '22.5'), 'number-sum'), []);
  });

  it('pairs accidents and deaths whose total stands in the sentence before', () => {
    const accidents = (deaths: string): string =>
      `全年共发生生产安全事故12起、死亡9人，与上年的17起、13人相比，分别下降29.4%和30.8%。其中，道路交通事故8起、死亡${deaths}人，工矿商贸事故3起、死亡2人，农业机械事故1起、死亡1人。`;
    assert.deepEqual(findings(accidents('5'), 'number-sum'), ['9人']);
    assert.deepEqual(findings(accidents('6'), 'number-sum'), []);
  });

  it('stays open when neither list adds up: each may leave a remainder', () => {
    const open = '全年粮食播种面积52.6万亩，粮食总产量21.35万吨。其中，小麦播种面积24.8万亩，产量9.62万吨；玉米播种面积21.5万亩，产量10.13万吨。';
    assert.deepEqual(findings(open, 'number-sum'), []);
  });
});

describe('a list closed by a clause that opens with 其余 (lead36)', () => {
  const firms = (rest: string): string => `全县127家危险化学品企业中，已有119家完成安全生产标准化达标创建；其余${rest}家正在创建中。`;

  it('reads the list exactly and names the rest as written', () => {
    assert.deepEqual(findings(firms('6'), 'number-sum'), ['127家']);
    assert.match(messages(firms('6'), 'number-sum')[0]!, /末项“其余6家”即其余各项/);
  });

  it('is silent when it adds up', () => {
    assert.deepEqual(findings(firms('8'), 'number-sum'), []);
  });
});

describe('a 其中 group’s share of the whole (lead36)', () => {
  const funds = (share: string): string => `全年到位衔接推进乡村振兴补助资金1.86亿元，比上年增长8.1%。其中产业发展项目68个、资金1.15亿元，占资金总额的${share}。`;

  it('reads 资金总额 as the fund stated for all before 其中', () => {
    assert.deepEqual(findings(funds('63.8%'), 'number-ratio'), ['63.8%']);
    assert.deepEqual(findings(funds('61.8%'), 'number-ratio'), []);
  });
});

describe('changes listed with 分别 over a list of earlier levels (lead36)', () => {
  it('reads 去年同期分别为 with the second level named by the list only', () => {
    const tourists = (growth: string): string => `上半年全县接待游客386.5万人次、实现旅游收入32.6亿元，去年同期分别为325.9万人次、26.9亿元，同比分别增长${growth}和21.2%。`;
    assert.deepEqual(findings(tourists('28.6%'), 'number-ratio'), ['28.6%']);
    assert.deepEqual(findings(tourists('18.6%'), 'number-ratio'), []);
  });

  it('reads 与上年的…相比，分别下降', () => {
    const accidents = (deaths: string): string => `全年共发生生产安全事故12起、死亡9人，与上年的17起、13人相比，分别下降29.4%和${deaths}。`;
    assert.deepEqual(findings(accidents('20.8%'), 'number-ratio'), ['20.8%']);
    assert.deepEqual(findings(accidents('30.8%'), 'number-ratio'), []);
  });

  it('stays silent when the list of earlier levels is shorter than the changes', () => {
    assert.deepEqual(findings('全年共发生生产安全事故12起、死亡9人，与上年的17起相比，分别下降39.4%和20.8%。', 'number-ratio'), []);
  });
});

describe('an earlier level in brackets after the percentage (lead36)', () => {
  it('reads the level before the percentage against it', () => {
    const fines = (growth: string): string => `对存在问题的企业立案查处86起，罚款326.5万元，同比增长${growth}（上年同期275.1万元）。`;
    assert.deepEqual(findings(fines('16.7%'), 'number-ratio'), ['16.7%']);
    assert.deepEqual(findings(fines('18.7%'), 'number-ratio'), []);
  });

  it('takes the level the clause names among several', () => {
    const marriages = (fall: string): string => `上半年办理婚姻登记2156对，其中结婚登记1538对、离婚登记618对，结婚登记同比下降${fall}（上年同期1675对）。`;
    assert.deepEqual(findings(marriages('9.2%'), 'number-ratio'), ['9.2%']);
    assert.deepEqual(findings(marriages('8.2%'), 'number-ratio'), []);
  });

  it('stays silent when the bracket says more than the earlier period', () => {
    assert.deepEqual(findings('罚款326.5万元，同比增长16.7%（不含移送司法机关案件275.1万元）。', 'number-ratio'), []);
  });
});

describe('特困人员 kept 集中 or 分散 (lead36)', () => {
  const kept = (home: string): string => `全县特困供养人员2146人，其中集中供养386人，集中供养率18.0%；分散供养${home}人。`;

  it('reads the two ways of keeping as all of them', () => {
    assert.deepEqual(findings(kept('1670'), 'number-sum'), ['2146人']);
    assert.deepEqual(findings(kept('1760'), 'number-sum'), []);
  });
});

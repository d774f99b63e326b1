// Readings of restate36 (issue 12, round 35): a part stated twice. A part named by its whole's name after its own kind
// (中央补助资金…，其中：公立医院综合改革中央补助资金9.04万元) is that name standing alone elsewhere; two parts of one name whose
// wholes differ only by words that leave a measure as it is (机动车驾驶人 / 全国机动车驾驶人数量) are one part. Each case
// made up, each reported case failing without its reading, each silent one with its guard removed.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's notice passing on three central funds, each listed after 其中 and booked to its account below
const funds = (later: string): string =>
  `关于下达2025年农业生产发展等3项中央补助资金的通知\n\n各乡镇人民政府：\n\n` +
  `根据省财政厅文件精神，现将2025年农业生产发展等3项中央补助资金500万元下达给你们，其中：耕地地力保护中央补助资金300万元、农机购置补贴中央补助资金120万元、农业技术推广中央补助资金80万元。\n\n` +
  `此次下达的补助资金列入直达资金管理。功能分类科目耕地地力保护中央补助资金300万元列入“2130122农业生产发展”，农机购置补贴中央补助资金${later}列入“2130122农业生产发展”，农业技术推广中央补助资金80万元列入“2130106科技转化与推广服务”。请专款专用。\n`;

// made up: a national bulletin on drivers, the year's end in its lead and again in its section
const drivers = (later: string): string =>
  `一、机动车驾驶人\n\n全国机动车驾驶人5.2亿人，其中汽车驾驶人4.8亿人。新领证驾驶人2400万人。\n\n二、驾驶人结构\n\n全国机动车驾驶人数量达5.2亿人，其中汽车驾驶人${later}。\n`;

describe('a part stated twice (restate36)', () => {
  it('is silent when the two statements agree', () => {
    assert.deepEqual(findings(funds('120万元'), 'number-conflict'), []);
    assert.deepEqual(findings(drivers('4.8亿人'), 'number-conflict'), []);
  });

  it('reports a part named by its whole’s name after its kind, restated alone with another value', () => {
    assert.deepEqual(findings(funds('110万元'), 'number-conflict'), ['110万元']);
  });

  it('reports a part of one whole named two ways (全国…数量 in a national draft), restated with another value', () => {
    assert.deepEqual(findings(drivers('4.5亿人'), 'number-conflict'), ['4.5亿人']);
  });

  it('is silent for a part named by a class word only, beside the whole class (其中：规上工业企业 of the firms inspected)', () => {
    const firms = `一、工业\n\n2024年，全市规上工业企业1580家，实现产值850亿元。\n\n二、安全检查\n\n2024年，全市开展安全生产专项检查企业3200家，其中：规上工业企业1200家、限上商贸企业1100家、建筑施工企业900家。\n`;
    assert.deepEqual(findings(firms, 'number-conflict'), []);
  });

  it('is silent for the same kinds of parts of two wholes one word apart (消除风险 / 尚未消除风险)', () => {
    const risks = `一、风险消除\n\n全县已消除风险的监测对象2000户，其中脱贫不稳定户800户。\n\n二、动态监测\n\n全县尚未消除风险的监测对象1500户，其中脱贫不稳定户600户，均已落实帮扶措施。\n`;
    assert.deepEqual(findings(risks, 'number-conflict'), []);
  });
});

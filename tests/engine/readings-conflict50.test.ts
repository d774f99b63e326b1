// Readings of conflict50 (issue 12, round 50): two values of one measure, each under a time frame of its own written
// before it in its paragraph (a year, a span of years, a decade), are the measure at two times, not one figure stated
// twice (relations/timeFrames.ts). Each case made up, each silent case failing without the guard and each reported
// case failing without the exclusion it checks (a year counted from, a year compared with).

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('two values of a measure under two time frames of their own (conflict50)', () => {
  it('reads two years of a chronicle paragraph, each with its 当年, as two times', () => {
    const text =
      '1985年3月12日，县无线电厂引进的黑白电视机生产线投入试生产。4月20日，第一台电视机试产成功。当年共生产1.52万台，工业总产值520万元，' +
      '产品全部由省公司包销，销售收入610万元。1987年6月，该厂与省电子研究所共同开发的彩色电视机投入生产。同月，省电子工业厅组织鉴定。' +
      '当年彩色电视机生产0.8万台，黑白电视机生产3.1万台，实现工业总产值1380.5万元，产品全部自销。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('reads two years opening two sentences of one paragraph as two times', () => {
    const text =
      '1985年3月，县无线电厂黑白电视机生产线投入试生产。当年共生产1.52万台，工业总产值520万元，产品全部由省公司包销。' +
      '1987年6月，该厂彩色电视机投入生产。当年彩色电视机生产0.8万台，实现工业总产值1380.5万元，产品全部自销。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('still reports one year’s measure stated twice with two values', () => {
    const text = '1985年，全县鉴证经济合同56000份，合同总金额8600万元。\n\n1985年，推行合同管理办法，全县鉴证经济合同65000份，发现无效合同12份。';
    assert.deepEqual(figureFindings(text), ['number-conflict 65000份']);
  });

  it('takes no year counted from (以来) for the figure’s own time', () => {
    const text = '2023年，全省平均气温15.2摄氏度，为1961年以来最高，全省平均降水量为1250.4毫米，比常年偏多8%。\n\n2023年，全省平均降水量1205.4毫米，比常年偏多8%。';
    assert.deepEqual(figureFindings(text), ['number-conflict 1205.4毫米']);
  });

  it('takes no year compared with (比1950年) for the figure’s own time', () => {
    const text = '1990年末，全县各项存款余额为5600万元。\n\n1990年末，全县储蓄网点比1950年增加12个，各项存款余额6500万元。';
    assert.deepEqual(figureFindings(text), ['number-conflict 6500万元']);
  });
});

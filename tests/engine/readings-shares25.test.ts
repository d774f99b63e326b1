// Readings of shares (issue 12, branch shares25): a share whose words name its whole by the draft's scope (占全区比重,
// 占全市常住人口的, 占我区规模以上工业企业营业收入比重) is of the level of the part's measure stated in an earlier paragraph,
// when every such level there has one value. Each case is a made-up text, silent where the reading holds and reported
// where it does not.

import assert from 'node:assert/strict';
import { figureFindings, reports, silent } from './figure-findings';

/** No number-ratio finding in `text` (other rules may speak of its other figures). */
function noRatio(text: string): void {
  assert.deepEqual(
    figureFindings(text)
      .filter((f) => f.rule === 'number-ratio')
      .map((f) => f.message),
    [],
  );
}

describe('readings of shares (shares25)', () => {
  describe('number-ratio: a share named by the scope (全区, 我区, 全市) is of the level of its measure in an earlier paragraph', () => {
    const trades = (p: string): string =>
      `1-6月，我区规模以上工业企业208家，实现营业收入240.5亿元，同比增长8.1%。\n\n一、分行业情况\n\n` +
      `1-6月，全区通用设备制造业实现营业收入72.3亿元，同比增长9.4%，占全区比重${p}；` +
      `汽车制造业实现营业收入51.8亿元，同比增长3.2%，占全区规上工业收入比重21.5%。`;
    it('checks 占全区比重 against the 营业收入 of the paragraph before', () => {
      silent(trades('30.1%'));
      reports(trades('35.1%'), 'number-ratio', '72.3亿元 ÷ 240.5亿元');
    });

    const people = (p: string): string =>
      `据人口抽样调查，2023年，全市常住人口1520.40万人，比上年增加12.10万人，增长0.8%。\n\n` +
      `从功能区域看，2023年，中心城区常住人口402.60万人，比上年增长1.6%，占全市常住人口的26.5%。近郊区常住人口520.30万人，增长1.2%，占全市常住人口的34.2%。\n\n` +
      `远郊区和山区常住人口呈下降趋势。其中，远郊区常住人口406.14万人，下降0.6%，占全市常住人口的${p}；` +
      `山区常住人口191.36万人，下降0.4%，占全市常住人口的12.6%。`;
    it('checks 占全市常住人口的 of a part after 其中 against the 常住人口 stated paragraphs before', () => {
      silent(people('26.7%'));
      reports(people('31.7%'), 'number-ratio', '406.14万人 ÷ 1520.40万人');
    });

    it('stays silent when two earlier levels of the measure differ (which section’s total is not said)', () => {
      noRatio(
        `1-6月，我区规模以上工业企业208家，实现营业收入240.5亿元。\n\n二、园区情况\n\n1-6月，开发区入驻企业96家，实现营业收入150.2亿元。\n\n` + `通用设备制造业实现营业收入72.3亿元，占全区比重35.1%。`,
      );
    });

    it('stays silent when the earlier figure of the measure is a part with a share of its own', () => {
      noRatio(`1-6月，开发区入驻企业96家，实现营业收入150.2亿元，占全区比重62.5%。\n\n通用设备制造业实现营业收入72.3亿元，占全区比重35.1%。`);
    });
  });
  describe('number-ratio: 占比分别为 of a count and its amount is of the count and amount stated together paragraphs before', () => {
    const signed = (p: string, q: string): string =>
      `此次活动共签约项目86个，总投资642亿元。\n\n活动采取线上签约方式，各县区设分会场。\n\n` +
      `从资金来源地看，其中，投资方来自长三角地区的项目21个，总投资238.5亿元，占比分别为${p}和${q}；` +
      `来自珠三角地区的项目12个，总投资96.3亿元，占比分别为14.0%和15.0%。`;
    it('checks each share of the pair against its own whole', () => {
      silent(signed('24.4%', '37.1%'));
      reports(signed('25.4%', '37.1%'), 'number-ratio', '21个 ÷ 86个');
      reports(signed('24.4%', '38.1%'), 'number-ratio', '238.5亿元 ÷ 642亿元');
    });

    it('stays silent when two earlier pairs of the measure differ', () => {
      noRatio(`此次活动共签约项目86个，总投资642亿元。\n\n上半年共开工项目140个，总投资910亿元。\n\n` + `其中，投资方来自长三角地区的项目21个，总投资238.5亿元，占比分别为25.4%和38.1%。`);
    });
  });
});

// Readings of sums39 (issue 12, round 39; the file readings-sums39.test.ts is round 37's sums39): sums whose total was not read:
// parts after 其中 each with its growth rate, joined by 分号, named as kinds of the total (增長, 減少 of 繁體 pages read); a run of
// shares adding up to 100% that reads whole a list after 其中 cut at its first part. Each case
// made up, each silent case failing without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a district's patents on a page in 繁體 with pinyin glosses, the three kinds each with its growth (增長), joined
// by 分号
const patents = (total: string): string =>
  `上半年，全區（qū）專利授權（quán）量${total}，同比增長3.5%，其中發（fā）明專利授權（quán）504件，同比增長21.5%；` +
  `實（shí）用新型專利授權（quán）3637件，同比增長1.6%；外觀設（shè）計（jì）專利授權（quán）691件，同比減少2.7%。`;

describe('parts after 其中 each with its growth rate, joined by 分号, named as kinds of the total (sums39)', () => {
  it('is silent when the kinds add up to the total', () => {
    assert.deepEqual(findings(patents('4832件'), 'number-sum'), []);
  });

  it('reads 增長 and 減少 as growth and reports a total below the kinds named after it', () => {
    assert.deepEqual(findings(patents('4300件'), 'number-sum'), ['4300件']);
  });

  it('reads no kinds whose word the total’s name does not hold: 申請 are not kinds of 授權', () => {
    const text =
      '上半年，全區（qū）專利授權（quán）量4300件，同比增長3.5%，其中發（fā）明申請504件，同比增長21.5%；' + '實（shí）用新型申請3637件，同比增長1.6%；外觀設（shè）計（jì）申請691件，同比減少2.7%。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});

// made up: ratings of a county's services by channel, each with its share, after 其中
const ratings = (total: string): string =>
  `2020年县直单位评价总量为${total}，其中政务服务大厅终端9958条，占比40.16%；移动服务端6358条，占比25.64%；PC端4581条，` +
  `占比18.48%；平板电脑3885条，占比15.67%；短信8条，占比0.03%；二维码3条，占比0.01%，整体好评率达99.95%。`;

describe('a run of shares adding up to 100% after 其中 (sums39)', () => {
  it('is silent when the channels add up to the total', () => {
    assert.deepEqual(findings(ratings('24793条'), 'number-sum'), []);
  });

  it('reports a total below the channels, the list read whole and not to its first part', () => {
    assert.deepEqual(findings(ratings('22314条'), 'number-sum'), ['22314条']);
  });
});

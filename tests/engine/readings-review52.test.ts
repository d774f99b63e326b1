// Readings of review52 (issue 12, round 52): the wholes a share is never of, decided on the text where the share's whole
// is chosen (wholes.ts `share`, industries.ts `structures`), not after the pairing fails. A whole of another year of a
// chronicle, a day's or a spell's figure for a year's whole, the head noun alone for a kind, and the structure a change
// came from (由…调整为). Each case made up: each silent case fails without its guard, and each copy with the share's value
// moved, which the old filters left silent, is reported against the next whole found.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

/**
 * A whole the text sets apart from the share's: against it alone no share is read, whatever the value (`lone`, at the
 * value that holds against the whole of the text and at one moved); beside the share's own whole (`both`) that one is
 * read, so the share at its value is silent and a copy with the value moved is reported.
 */
function passedOver(title: string, lone: (share: string) => string, both: (share: string) => string, [right, moved]: readonly [string, string]): void {
  describe(`${title}, passed over where the share’s whole is chosen (review52)`, () => {
    it('reads no share against that whole alone, whatever the values', () => {
      assert.deepEqual(figureFindings(lone(right)), []);
      assert.deepEqual(figureFindings(lone(moved)), []);
    });

    it('reads the share against its own whole after passing over that one', () => {
      assert.deepEqual(figureFindings(both(right)), []);
    });

    it('reports a share moved off its own whole', () => {
      assert.deepEqual(figureFindings(both(moved)), [`number-ratio ${moved}`]);
    });
  });
}

passedOver(
  'a whole of another year of a chronicle',
  (share) => `1984年，市卫生局组织1000名乡村医生参加全省统考，有400人成绩合格，占参加统考人数的${share}。1986年，全市参加统一考试的乡村医生共有1500人。`,
  (share) => `1986年，全市参加统一考试的乡村医生共有1500人。\n\n1984年，全市参加统考的乡村医生有1000人；有400人成绩合格，占参加统考人数的${share}。`,
  ['40%', '45%'],
);

passedOver(
  'a day’s or a spell’s figure for a year’s whole',
  (share) => `某地一场特大暴雨，日总降水量500.0毫米，创最高记录。冬季降水量最少，其间累计平均降水量45.0毫米，约占全年总降水量${share}。最长连续降水日数为14天，过程总降水量有240.0毫米。`,
  (share) => `全市全年总降水量900.0毫米。某地一场特大暴雨，日总降水量500.0毫米，创最高记录。冬季降水量最少，其间累计平均降水量45.0毫米，约占全年总降水量${share}。`,
  ['5%', '8%'],
);

passedOver(
  'the head noun alone for a kind',
  (share) => `该厂漏交各项税、费、基金90000.00元。\n\n该公司购买宿舍挪用生产发展基金5.13万元，挪用的生产发展基金占全部生产发展基金的${share}。`,
  (share) => `该厂漏交各项税、费、基金90000.00元。\n\n该厂当年提取生产发展基金6.00万元。购买宿舍挪用生产发展基金5.13万元，挪用的生产发展基金占全部生产发展基金的${share}。`,
  ['85.5%', '90.5%'],
);

describe('the structure a change came from, no shares of this year’s values (review52)', () => {
  const structure = (before: string, now = '7.0:54.0:39.0'): string =>
    `全年地区生产总值200亿元，其中第一产业增加值14亿元，第二产业增加值108亿元，第三产业增加值78亿元。三次产业比例由${before}调整为${now}。`;

  it('reads no term of it as a share, whatever the values', () => {
    assert.deepEqual(figureFindings(structure('7.5:53.0:39.5')), []);
    assert.deepEqual(figureFindings(structure('7.0:54.0:39.0')), []);
  });

  it('still reports a term of it moved, by the structure’s sum, not as a share of this year’s values', () => {
    assert.deepEqual(figureFindings(structure('8.5:53.0:39.5')), ['number-ratio 39.5']);
  });

  it('still reads the structure it was changed to', () => {
    assert.deepEqual(figureFindings(structure('7.5:53.0:39.5', '7.5:54.0:38.5')), ['number-ratio 7.5', 'number-ratio 38.5']);
  });
});

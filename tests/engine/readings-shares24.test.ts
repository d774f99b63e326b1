// Readings of shares (issue 12, branch shares24): a part after 其中 whose share names its whole only as 总 and a noun
// (占总人口的, 占总项目数的) is of the one level before that 其中 that counts the noun. Each case is a made-up text,
// silent where the reading holds and reported where it does not.

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

describe('readings of shares (shares24)', () => {
  describe('number-ratio: 其中 a part, 占总 and a noun, is of the level before 其中 that counts the noun', () => {
    const people = (p: string): string => `年末，全县常住人口52.4万人，其中男性26.9万人，占总人口的${p}，比上年提高0.1个百分点。`;
    it('checks 占总人口的 against the 常住人口 before 其中', () => {
      silent(people('51.34%'));
      reports(people('56.34%'), 'number-ratio', '26.9万人 ÷ 52.4万人');
    });

    const projects = (p: string): string => `一季度，全区共签约招商项目84个，同比增长12.0%，其中制造业项目51个，占总项目数的${p}。`;
    it('checks 占总项目数的 against the 签约招商项目 count, with 数 on the words only', () => {
      silent(projects('60.7%'));
      reports(projects('65.7%'), 'number-ratio', '51个 ÷ 84个');
    });

    it('stays silent when two levels of the unit stand before 其中 (which one is the total is not said)', () => {
      noRatio('年末，全县户籍人口58.1万人，常住人口52.4万人，其中男性26.9万人，占总人口的56.34%。');
    });

    it('stays silent when the level before 其中 counts something else than the noun', () => {
      noRatio('年末，全县共有农户12.6万户，其中脱贫户1.9万户，占总人口的25.1%。');
    });
  });
});

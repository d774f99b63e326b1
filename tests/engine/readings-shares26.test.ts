// Readings of shares (issue 12, branch shares26): two shares that name no whole, in one sentence, are of the total
// stated in the paragraphs just before theirs when it is the one earlier figure either of them holds against. Each
// case is a made-up text, silent where the reading holds and reported where it does not.

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

describe('readings of shares (shares26)', () => {
  describe('number-ratio: two orphan shares are of the total stated paragraphs before', () => {
    const members = (p: string, q = '31.6%'): string =>
      `截至2023年底，全县党员总数为8.6万名，比上年净增312名。\n\n` +
      `党员队伍结构持续优化。\n\n` +
      `全县具有大专及以上学历的党员3.1万名，占${p}，比上年提高1.2个百分点；女党员2.72万名，占${q}，比上年提高0.4个百分点。`;
    it('checks the first of the pair against the total two paragraphs up', () => {
      silent(members('36.0%'));
      reports(members('41.0%'), 'number-ratio', '3.1万名 ÷ 8.6万名');
    });
    it('checks the second of the pair against the same total', () => {
      reports(members('36.0%', '36.6%'), 'number-ratio', '2.72万名 ÷ 8.6万名');
    });

    const calls = (p: string): string => `全年热线平台共受理来电来信52680件，同比上升6.2%。\n\n` + `从受理渠道看，电话受理40120件，占比${p}；网络受理12410件，占比23.6%；其他渠道150件。`;
    it('checks 占比 of a two-item breakdown against the total of the paragraph before', () => {
      silent(calls('76.2%'));
      reports(calls('80.2%'), 'number-ratio', '40120件 ÷ 52680件');
    });

    it('stays silent when two earlier totals each fit one of the shares', () => {
      noRatio(`全年受理来电来信52680件，同比上升6.2%。全年接收各类诉求60000件。\n\n` + `从受理渠道看，电话受理40120件，占比76.2%；网络受理12410件，占比20.7%。`);
    });

    it('stays silent when the share that does not hold holds against another earlier figure', () => {
      noRatio(`全年受理来电来信52680件；全年办结案件20000件。\n\n` + `从受理渠道看，电话受理40120件，占比76.2%；网络受理12410件，占比62.1%。`);
    });
  });

  describe('number-ratio: a share in brackets (占比) is of the earlier figure its part’s name narrows', () => {
    const schools = (p: string, q: string): string =>
      `三、全县共有小学120所，在校学生38600人。\n\n` +
      `公办小学96所（占比${p}），在校学生32100人。\n\n` +
      `民办小学24所（占比20.0%），在校学生6500人。\n\n` +
      `民办普惠性小学20所（占比${q}），在校学生5200人（占比80.0%）。\n\n` +
      `民办营利性小学4所（占比16.7%），在校学生1300人（占比20.0%）。`;
    it('checks 公办小学 against 小学 stated two paragraphs before', () => {
      silent(schools('80.0%', '83.3%'));
      reports(schools('85.0%', '83.3%'), 'number-ratio', '96所 ÷ 120所');
    });
    it('checks 民办普惠性小学 against 民办小学, the whole named most closely', () => {
      reports(schools('80.0%', '88.3%'), 'number-ratio', '20所 ÷ 24所');
    });
    it('stays silent when the closest name has two values', () => {
      noRatio(`全县共有民办小学24所。\n\n上年民办小学30所。\n\n民办普惠性小学20所（占比88.3%）。`);
    });
  });
});

// Readings of round 34 (shares34): a share cut off at its written decimals instead of rounded (19件 of 130件 is
// 14.62%, written 14%) does not hold, yet it shows which whole the writer divided by; a list whose shares hold
// against a total but for such cut-offs is read against that total, and the cut-offs are reported. Each case is a
// made-up text modelled on a real one (a list of motions by field, 占比 and nothing more).

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

// 14/130 = 10.77 (11), 19/130 = 14.62 (cut to 14), 25/130 = 19.23 (19), 22/130 = 16.92 (cut to 16), 12/130 = 9.23 (9),
// 13/130 = 10 (10): the parts add up to 105, not the 130 they are shares of
const motions =
  '2024年，市政协全体会议期间转交市政府办理的提案130件，其中委员个人提案118件，集体提案12件。经审查分类，农业农村方面的提案14件，占比11%；' +
  '城乡建设方面的提案19件，占比14%；民生保障方面的提案25件，占比19%；产业发展方面的提案22件，占比16%；社会治理方面的提案12件，占比9%；教育卫生方面的提案13件，占比10%。\n';

describe('number-ratio: a list of shares, two of them cut off at their decimals (shares34)', () => {
  it('reads the list against the whole and reports each share cut off', () => {
    reports(motions, 'number-ratio', '19件 ÷ 130件');
    findingAt(motions, '占比14%');
    findingAt(motions, '占比16%');
    noFindingAt(motions, '占比19%');
  });
  it('stays silent when every share is rounded', () => {
    silent(motions.replace('占比14%', '占比15%').replace('占比16%', '占比17%'));
  });
  it('reports a share broken beside the cut-offs', () => {
    findingAt(motions.replace('占比19%', '占比24%'), '占比24%');
  });
  it('cuts at two decimals as well', () => {
    const text = motions.replace(/占比(\d+)%/g, (_, v: string) => `占比${{ '11': '10.77', '14': '14.61', '19': '19.23', '16': '16.92', '9': '9.23', '10': '10.00' }[v]}%`);
    reports(text.replace('16.92%', '16.93%'), 'number-ratio', '19件 ÷ 130件');
  });
});

describe('number-ratio: shares off by more than a cut give no whole (shares34)', () => {
  it('leaves a list whose two failing shares are not their quotients cut off', () => {
    noFindingAt(motions.replace('占比14%', '占比12%').replace('占比16%', '占比13%'), '占比12%');
  });
  it('leaves a list with one cut-off and two shares no cut explains', () => {
    // (14.62 cut to 14 is a cut; 16.92 written 15 and 9.23 written 7 are not: three of six fail)
    noFindingAt(motions.replace('占比16%', '占比15%').replace('占比9%', '占比7%'), '占比14%');
  });
});

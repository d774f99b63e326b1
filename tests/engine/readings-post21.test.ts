// Readings of round 21 (lead, after the first run on heldout53–55). Each case is made-up text in the style of the
// real reports: a silent case and its reported twin.

import { reports, silent } from './figure-findings';

describe('number-sum: parts whose shares of one whole make 100%, the last one small', () => {
  // made up: a city's report of its registered drug users by age, the shares rounded, the last part tiny
  const text = (young: string): string => `截至2023年底，全市现有吸毒人员10020名，同比下降10.6%。根据报告，吸毒人员中，35岁以上5110名，占51%;18岁到35岁4880名，占48.7%;18岁以下${young}，占0.3%。`;

  it('takes the small part into the run of shares that make 100%: all three parts add up to the whole', () => {
    // 51% + 48.7% already make 100% within their rounding; without the third part, 5110 + 4880 = 9990 would be reported
    silent(text('30名'));
  });

  it('reports the three parts when they do not add up to the whole', () => {
    // 26 of 10020 is still 0.3%; 5110 + 4880 + 26 = 10016
    reports(text('26名'), 'number-sum', '18岁以下26名');
  });
});

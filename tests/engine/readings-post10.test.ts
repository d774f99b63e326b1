// Readings added after the first run on heldout17 and heldout18 (lead, round 10). Each case is a made-up text: the
// reading keeps it silent, and the same figures without what it reads are still reported.

import { reports, silent } from './figure-findings';

describe('number-conflict: a period written twice agrees only if its agreeing figures say something (post10)', () => {
  it('does not take two units’ 满意票N张，占比100% for one period copied', () => {
    const unit = (name: string, n: number, share: string): string => `${name}投票情况。本季度累计办件${n}件，群众参与投票${n}件。其中：满意票${n}张，占比${share}；基本满意票和不满意票均为零。`;
    silent(`${unit('税务分中心', 782, '100%')}\n\n${unit('户政分中心', 54, '100%')}`);
    // the same periods with a figure that could not agree by chance are one period copied with a slip
    reports(`${unit('税务分中心', 782, '99.87%')}\n\n${unit('户政分中心', 54, '99.87%')}`, 'number-conflict');
  });
});

// Readings of round 33 (shares33): a share whose whole stands in the paragraph above it, past sub-headings only
// (共受理诉求5200件。⏎（一）诉求分类情况⏎投诉3900件 占比 75.00%): the sub-heading divides the section the whole was
// stated for. Each case is a made-up text modelled on a real one: the reading keeps it silent and reports a slip; the
// guards keep silent past a heading of the first level or a line of words.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

const lead = '一、便民热线\n\n3月1日至3月31日全市12345热线共转派工单5200件，按期办结率100%。\n\n';
const kinds = '投诉3900件 占比 75.00%\n\n建议780件 占比 15.00%\n\n咨询520件 占比 10.00%\n';

describe('number-ratio: shares whose whole stands above a sub-heading (shares33)', () => {
  it('reads the shares under （一） against the whole of the paragraph above it', () => {
    const text = `${lead}（一）诉求分类情况\n\n${kinds}`;
    silent(text);
    reports(text.replace('占比 15.00%', '占比 18.00%'), 'number-ratio', '780件 ÷ 5200件');
    findingAt(text.replace('占比 10.00%', '占比 12.00%'), '12.00%');
  });
  it('crosses two sub-headings in a row', () => {
    const text = `${lead}（一）诉求情况\n\n1.分类\n\n${kinds}`;
    findingAt(text.replace('占比 75.00%', '占比 70.00%'), '70.00%');
  });
});

describe('number-ratio: a numbered item whose sibling above breaks its part down (shares33)', () => {
  const hot =
    '全月共受理群众来电5000件，其中转办1200件。\n\n（三）热点问题情况。\n\n1. 城乡建设类800件，占比16.00%。其中，房产监管300件、物业服务200件。\n\n2. 政法类450件，占比9.00%。其中，警务执法120件。\n';
  it('walks over the item above and its breakdown to the whole', () => {
    silent(hot);
    reports(hot.replace('占比9.00%', '占比9.40%'), 'number-ratio', '450件 ÷ 5000件');
  });
  it('stops at an item above whose figures are larger than its part', () => {
    noFindingAt(hot.replace('物业服务200件', '受理总量900件').replace('占比9.00%', '占比9.40%'), '9.40%');
  });
});

describe('number-ratio: where the paragraph above a heading is not the whole (shares33)', () => {
  it('leaves shares past a heading of the first level', () => {
    noFindingAt(`${lead}二、诉求分类情况\n\n${kinds}`.replace('占比 15.00%', '占比 18.00%'), '18.00%');
  });
  it('leaves shares past a line of words', () => {
    noFindingAt(`${lead}（一）诉求分类情况\n\n本月群众反映的问题主要集中在：\n\n${kinds}`.replace('占比 15.00%', '占比 18.00%'), '18.00%');
  });
  it('leaves shares past a long sub-heading that reads as a sentence', () => {
    noFindingAt(`${lead}（一）从诉求的分类来看，投诉和建议占多数\n\n${kinds}`.replace('占比 15.00%', '占比 18.00%'), '18.00%');
  });
});

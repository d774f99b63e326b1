// Readings of round 20 for shares (branch shares21). Each case is a made-up text in the style of a bulletin: the
// reading finds the relation (so a wrong figure is reported), and the same words with the right figure, or with
// the whole left unsure, stay silent.

import { reports, silent } from './figure-findings';

describe('number-ratio: 占总数 of the total stated in an earlier paragraph (shares21)', () => {
  const text = (night: string, city: string): string =>
    `今年一季度，全市共查处无证驾驶违法行为4.8万起，同比下降6.2%。\n\n夜间查处力度加大，22时至次日4时查处2.9万起，占总数的${night}。\n\n城区道路查处3.1万起，占总数的${city}，郊区道路查处1.7万起。`;
  it('reads each share of 总数 against the 共查处 of the paragraph before', () => {
    silent(text('60.4%', '64.6%'));
    reports(text('66.4%', '64.6%'), 'number-ratio', '2.9万起');
    reports(text('60.4%', '69.6%'), 'number-ratio', '3.1万起');
  });
  it('stays silent when two totals of the words stand before it', () => {
    const two = (share: string): string => `今年一季度，全市共查处无证驾驶违法行为4.8万起。全市共查处酒后驾驶违法行为3.6万起。\n\n城区道路查处2.9万起，占总数的${share}。`;
    silent(two('66.4%'));
    reports(`今年一季度，全市共查处无证驾驶违法行为4.8万起。\n\n城区道路查处2.9万起，占总数的66.4%。`, 'number-ratio', '2.9万起');
  });
});

describe('number-ratio: 分别占总数 of the one total the words leave, whatever the shares (shares21)', () => {
  const text = (a: string, c: string): string => `全年全区共接报火灾2480起，死亡6人。\n\n从区域分布看，东城街道、西城街道和南湖镇发生火灾620起、496起和372起，分别占总数${a}、20%和${c}。`;
  it('reads each share against the 共接报 total of the paragraph before, even when two do not hold', () => {
    silent(text('25%', '15%'));
    reports(text('25%', '15%').replace('分别占总数25%', '分别占总数29%'), 'number-ratio', '620起');
    const two = text('29%', '19%');
    reports(two, 'number-ratio', '620起');
    reports(two, 'number-ratio', '372起');
  });
});

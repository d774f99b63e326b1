// Readings added for the figure-rule false alarms of the first run on heldout85–86 (engine f6411947; raw output in
// docs/measurements/heldout8{5,6}-first-run-f6411947.md). Each case is a made-up text in the manner of the one that was
// misread: the reading keeps it silent, and the same words with a figure that does not hold are still reported.

import { reports, silent } from './figure-findings';

describe('number-ratio: a flow since the start of the year is no base of a growth rate (post27d)', () => {
  it('does not read a bare 增长 before 比年初增加 at a month-end', () => {
    silent('9月末，全县金融机构存款余额812.4亿元，增长10.3%，存款余额比年初增加95.6亿元。\n');
  });
  it('does not read 同比增长 against 上半年…增加, a flow of the half year', () => {
    silent('6月末，全市各项存款余额9630亿元，同比增长7.45%，上半年存款增加712亿元。\n');
  });
  it('still reads a difference on the year before with its rate', () => {
    reports('6月末，全市各项存款余额9630亿元，同比增长17.45%，比上年同期增加712亿元。\n', 'number-ratio', '712亿元');
  });
  it('still reads a rate stated after 比年初增加 as against the start of the year', () => {
    reports('9月末，全县金融机构存款余额812.4亿元，比年初增加95.6亿元，增长20.3%。\n', 'number-ratio', '95.6亿元');
    silent('9月末，全县金融机构存款余额812.4亿元，比年初增加95.6亿元，增长13.3%。\n');
  });
});

describe('number-ratio: a rate after a figure is that figure’s, not an earlier difference’s (post27d)', () => {
  it('does not read the rate after a count over the difference of another measure before it', () => {
    silent('截至2023年底，全省拥有有效发明专利的企业达2.4万家，较上年增加0.3万家，拥有有效发明专利12.6万件，同比增长18.2%。\n');
  });
  it('still reads the difference with a rate right after it', () => {
    reports('截至2023年底，全省拥有有效发明专利的企业达2.4万家，较上年增加0.3万家，同比增长28.2%。\n', 'number-ratio', '0.3万家');
  });
});

describe('number-sum: a list by mode of transport naming some modes is cut short (post27d)', () => {
  it('does not add 公路 and 水路 up to a freight total that counts the railways too', () => {
    silent('前三季度，完成营业性货运量288.4亿吨，同比下降1.5%。分方式看，完成公路货运量201.2亿吨，同比下降3.1%；完成水路货运量47.6亿吨，同比增长5.2%。\n');
  });
  it('still reads the parts as no more than the total', () => {
    reports('前三季度，完成营业性货运量188.4亿吨，同比下降1.5%。分方式看，完成公路货运量201.2亿吨，同比下降3.1%；完成水路货运量47.6亿吨，同比增长5.2%。\n', 'number-sum', '188.4亿吨');
  });
  it('still adds a list by mode when it names all four', () => {
    reports('前三季度，完成营业性客运量40.0亿人，同比下降3.5%。分方式看，完成铁路客运量12.0亿人；完成公路客运量20.0亿人；完成水路客运量1.0亿人；完成民航客运量2.0亿人。\n', 'number-sum', '40.0亿人');
  });
});

describe('number-ratio: an outcome rate of cases is of those closed (post27d)', () => {
  const text = (rate: string): string =>
    `2023年，县政府共收到行政复议申请520件，受理486件，其中决定维持201件。直接纠错96件，纠错率${rate}，以调解方式结案60件，调解率13.3%。\n本年审结的复议案件450件中直接纠错96件，纠错率约为21%。\n`;
  it('does not read an outcome rate over the cases accepted when the closed cases are counted apart', () => {
    silent(text('21.3%'));
  });
  it('still reads an outcome rate over the cases accepted when no closed count is stated apart', () => {
    const alone = (rate: string): string => `2023年，县政府共收到行政复议申请520件，受理486件，其中决定维持201件，直接纠错96件，纠错率${rate}。\n`;
    reports(alone('25.3%'), 'number-ratio', '25.3%');
  });
});

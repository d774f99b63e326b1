// Readings of restatements (issue 12, branch restate33): a change read with a level of four significant digits or more
// before it, the level under two names; a headline's clause break written as a space; an amount of change named by its
// measure and dated, stated twice. A level of three digits, a headline joined by other words and an undated amount of
// change stay apart. Each case is a made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: a change read with a level of four significant digits under two names (restate33)', () => {
  const consults = (later: string, level = '2541'): string =>
    '9月份消费者诉求分析\n\n' +
    `9月份，本局共受理消费者诉求3894件，同比增长2.2%。其中咨询${level}件，同比增长9.4%，占受理总量的65.3%。\n\n` +
    '二、咨询情况分析\n\n' +
    `本月共受理消费者各类咨询信息${level}件，同比增长${later}%。其中涉及市场监管业务的咨询较多。`;

  it('reads the change after one level of four digits as one change whatever the level is named', () => {
    silent(consults('9.4'));
    reports(consults('14.4'), 'number-conflict', '14.4%');
  });

  it('keeps apart the changes after a level of three digits under two names', () => {
    silent(consults('14.4', '254'));
  });
});

describe('number-conflict: a headline’s clause break written as a space (restate33)', () => {
  const cases = (later: string, gap = ' '): string =>
    `2023年青山市劳动人事仲裁成绩单出炉\n\n受理劳动争议案件3167件${gap}结案率${later}%\n\n` +
    '近日，青山市劳动人事仲裁成绩单出炉，全市劳动人事仲裁机构共受理劳动争议案件3167件，结案率93.6%，调解成功率68.1%。';

  it('reads a space between a headline’s figures as the clause break the body writes', () => {
    silent(cases('93.6'));
    reports(cases('98.6'), 'number-conflict', '98.6%');
  });

  it('keeps apart figures joined by other words in the headline', () => {
    silent(cases('98.6', '，其中调解结案率'));
  });
});

describe('number-conflict: an amount of change named by its measure and dated, stated twice (restate33)', () => {
  const loans = (later: string, period = '前八个月'): string =>
    '8月金融统计数据报告\n\n' +
    `一、${period}人民币贷款增加14.43万亿元\n\n` +
    '8月末，本外币贷款余额252.02万亿元，同比增长8.5%。\n\n' +
    `${period}人民币贷款增加${later}万亿元。分部门看，住户贷款增加2.85万亿元。`;

  it('reads the dated amount of change in a heading and in its section as one', () => {
    silent(loans('14.43'));
    reports(loans('12.99'), 'number-conflict', '12.99万亿元');
  });

  it('keeps apart undated amounts of change (a month’s and the months’ to date are both written bare)', () => {
    silent(loans('12.99', ''));
  });
});

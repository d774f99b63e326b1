// Readings learnt from the heldout5 batch of real reports (issue 12): each case is a made-up sentence showing the
// reading, silent where the reading holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of real reports (heldout5)', () => {
  describe('number-sum: a crop inside 粮食 is a part of that part', () => {
    it('does not add 小麦 to 粮食 as two parts of 农作物', () => {
      silent('全年农作物种植面积5000公顷，同比增长3.6%。其中粮食种植面积4000公顷，增长3.7%；油料种植面积600公顷，下降18.5%。在粮食种植面积中，小麦种植面积3000公顷，增长3.7%。');
      reports(
        '全年农作物种植面积5000公顷，同比增长3.6%。其中粮食种植面积4000公顷，增长3.7%；油料种植面积1600公顷，下降18.5%。在粮食种植面积中，小麦种植面积3000公顷，增长3.7%。',
        'number-sum',
        '4000公顷 + 油料种植面积1600公顷',
      );
    });
  });

  describe('number-ratio: shares of one whole', () => {
    it('does not add a share after 特别是 (a subset of the share before it) to the others', () => {
      silent('上半年，工业增加值同比下降5%。分行业看，采矿业增加值占比达80%，同比下降15.6%，特别是煤炭开采业占比为70%，同比下降15.4%；制造业增加值占比为12%，同比下降14.8%。');
      reports('分行业看，采矿业增加值占比达80%，特别是煤炭开采业占比为70%，制造业增加值占比为30%。', 'number-ratio', '80% + 30% = 110%');
      reports('分行业看，采矿业增加值占比达80%，同比下降15.6%，特别是煤炭开采业占比为85%，同比下降15.4%；制造业增加值占比为12%。', 'number-sum', '比总数80%还多5个百分点');
    });

    it('counts a clause restated word for word once', () => {
      silent('其中办理完毕的建议30件，占总数的40%，正在办理的建议34件，占总数的45%，正在办理的建议34件，占总数的45%。');
      reports('其中办理完毕的建议30件，占总数的40%，正在办理的建议34件，占总数的65%，正在办理的建议34件，占总数的65%。', 'number-ratio', '40% + 65% = 105%');
    });
  });

  describe('number-ratio: 件数 and 人数 after figures in 件 and 人', () => {
    it('pairs 件数 with the figures in 件 and 人数 with those in 人', () => {
      silent('审结案件50件54人，去年同期为100件120人，同比件数下降50%、人数下降55%。');
      reports('审结案件50件54人，去年同期为100件120人，同比件数下降55%、人数下降55%。', 'number-ratio', '(100件 − 50件) ÷ 100件');
    });
  });

  describe('number-conflict: parts listed under one 其中', () => {
    it('takes two figures after 其中 that add up to the total before them for two parts, not one measure stated twice', () => {
      silent('2022年12月纳入城乡低保900户2400人，月发低保金80万元。其中：12月份纳入低保300户800人，发放低保金30万元；12月份纳入低保600户1600人，发放低保金50万元。');
      reports('12月份纳入低保300户800人，发放低保金30万元。12月份纳入低保600户1600人，发放低保金50万元。', 'number-conflict', '此处为600户');
      reports('2022年12月纳入城乡低保800户2400人，月发低保金80万元。其中：12月份纳入低保300户800人，发放低保金30万元；12月份纳入低保600户1600人，发放低保金50万元。', 'number-conflict', '此处为600户');
    });
  });
});

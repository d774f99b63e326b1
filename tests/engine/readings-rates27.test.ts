// Rates of handling named by the verb of their numerator (issue 12): 受理…件，办结…件，办结率…%, the base named by what
// was received and the numerator by what was done with it; each case holds in one text and is broken in another.

import { reportsArithmetic as reports, silentOnArithmetic as silent } from './figure-findings';

describe('a rate of handling named by the verb of its numerator', () => {
  const handled = (rate: string): string => `截至6月30日，便民服务窗口累计受理事项4820件，办结4338件，办结率提升至${rate}。`;

  it('is silent when the done over the received gives the rate', () => {
    silent(handled('90%'));
  });

  it('reads the rate as the level a change reaches (提升至), not as a change', () => {
    silent('共受理来信520件，办结468件，办结率提升至90%。');
    reports('共受理来信520件，办结468件，办结率提升至96%。', '办结率');
  });

  it('reports a rate the two counts do not give', () => {
    reports(handled('95%'), '办结率');
  });

  it('reads a base named by 转办 and a rate with its own qualifier', () => {
    const text = (rate: string): string => `网站留言316件，转办280件，按期办结252件，按期办结率${rate}。`;
    silent(text('90%'));
    reports(text('85%'), '按期办结率');
  });

  it('reads nothing when another count stands between the done and the rate', () => {
    silent('共受理热线事项3120件，办结2650件，在办470件，办结率提升至80%。');
  });

  it('reads nothing when what was received is counted twice before (a whole and the part passed on)', () => {
    silent('本月共受理热线事项5000宗，当场答复热线事项3000宗，转办热线事项2000宗，办结1900宗，办结率提升至98%。');
  });

  it('reads nothing when the counts are of two units', () => {
    silent('共受理来电3120个，办结2650件，办结率提升至80%。');
  });

  it('reads nothing when the count before the done names no receiving', () => {
    silent('全年新增问题3120件，办结2650件，办结率提升至80%。');
  });
});

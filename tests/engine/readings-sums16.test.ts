// Readings of round 16 for sums (issue 12, mutants): wholes whose parts a definition gives.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 16 (issue 12, mutants)', () => {
  describe('number-ratio: the natural growth rate is the birth rate less the death rate', () => {
    it('reads the rates in traditional characters, with readings in pinyin', () => {
      silent('全年人口出生率為6.20‰；人口死亡率為6.55‰；人口自然增長（zhǎng）率為-0.35‰。');
      reports('全年人口出生率為6.20‰；人口死亡率為6.55‰；人口自然增長（zhǎng）率為-0.53‰。', 'number-ratio', '自然增长率应为出生率与死亡率之差');
    });

    it('takes a birth rate from an earlier period of the paragraph', () => {
      silent('全年出生人口1.2万人，出生率12.10‰。其中男孩6300人，女孩5700人；死亡人口0.6万人，死亡率6.05‰；人口自然增长率6.05‰。');
      reports('全年出生人口1.2万人，出生率12.10‰。其中男孩6300人，女孩5700人；死亡人口0.6万人，死亡率6.05‰；人口自然增长率5.05‰。', 'number-ratio', '12.10‰ − 6.05‰');
    });

    it('takes no rate stated twice before it', () => {
      silent('城镇人口出生率9.10‰，乡村人口出生率11.30‰。全年死亡率6.05‰；人口自然增长率4.05‰。');
      reports('全年人口出生率10.10‰。全年死亡率6.05‰；人口自然增长率5.05‰。', 'number-ratio', '10.10‰ − 6.05‰');
    });
  });

  describe('number-sum: the natural growth of a population is its births less its deaths', () => {
    it('adds up a natural decrease and a natural growth', () => {
      silent('全年出生人口3120人，出生率为7.10‰；死亡人口4210人，死亡率为9.58‰；全年人口自然减少1090人。');
      reports('全年出生人口3120人，出生率为7.10‰；死亡人口4210人，死亡率为9.58‰；全年人口自然减少1190人。', 'number-sum', '自然减少的人口应为死亡人口减去出生人口');
      silent('全县当年出生人数15320人，死亡人数4880人，自然增长人数10440人。');
      reports('全县当年出生人数15320人，死亡人数4880人，自然增长人数11440人。', 'number-sum', '自然增长人口应为出生人口减去死亡人口');
    });
  });

  describe('number-ratio: the natural growth rate’s change is the birth rate’s less the death rate’s', () => {
    it('reads each change in 千分点 with the rate named before it', () => {
      const text = (n: string): string => `人口出生率9.80‰，比上年下降0.60个千分点；人口死亡率6.90‰，比上年上升0.20个千分点；人口自然增长率2.90‰，比上年下降${n}个千分点。`;
      silent(text('0.80'));
      reports(text('0.70'), 'number-ratio', '自然增长率应下降0.8个千分点');
    });
  });

  describe('number-sum: a statement of account adds its items up to its total', () => {
    it('adds the first item, before its own 其中, and the items after 加上', () => {
      const text = (t: string): string =>
        `全县一般公共预算收入完成21.5亿元，增长4.1%。其中，税收收入13.2亿元，非税收入8.3亿元。加上上级补助收入36.4亿元、债务转贷收入5.6亿元、上年结转2.3亿元，收入总计${t}亿元。`;
      silent(text('65.8'));
      reports(text('60.8'), 'number-sum', '与总数60.8亿元相差');
    });

    it('adds the items of the total’s period without 加上, three or more, the first an income', () => {
      silent('去年市本级一般公共预算收入120.5亿元，税收返还30.2亿元，各项补助收入15.6亿元，上年结转收入8.7亿元，市本级收入总计175.0亿元。');
      reports('去年市本级一般公共预算收入120.5亿元，税收返还30.2亿元，各项补助收入15.6亿元，上年结转收入8.7亿元，市本级收入总计157.5亿元。', 'number-sum', '“总计”前所列各项应正好加总为总数');
    });

    it('takes no items after 加上 that a 其中 breaks down', () => {
      silent('全镇一般公共预算收入4402万元，加上级转移支付收入1884万元，其中：一般转移支付收入1478万元，上年结转结余60万元，收入合计为6346万元。');
      reports('全镇一般公共预算收入4402万元，加上级转移支付收入1884万元，上年结转结余60万元，收入总计为6246万元。', 'number-sum', '与总数6246万元相差');
    });
  });

  describe('number-sum: the “三公” expenses are their three items', () => {
    it('adds the first figure of each item after the total, the vehicles’ own split left aside', () => {
      const text = (t: string): string =>
        `2023年全县“三公”经费决算总额${t}万元，比上年下降3.2%。分项情况是：因公出国（境）经费决算35万元；公务接待费决算415万元；公务用车购置及运行维护费决算800万元，其中：公务用车购置费决算120万元，公务用车运行维护费决算680万元。`;
      silent(text('1250'));
      reports(text('1125'), 'number-sum', '“三公”经费所列各项应正好加总为总数');
    });

    it('is silent with 会议费 and 培训费 listed, and reads the vehicles’ two when their sum is not stated', () => {
      silent('“三公”经费及会议费、培训费支出决算为286万元，其中：因公出国（境）费0万元、公务用车购置费40万元、公务用车运行维护费96万元、公务接待费30万元、会议费70万元、培训费50万元。');
      reports('2022年“三公”经费支出决算为156万元，其中：因公出国（境）费0万元、公务用车购置费40万元、公务用车运行维护费96万元、公务接待费30万元。', 'number-sum', '与总数156万元相差');
    });
  });

  describe('number-sum: the three industries’ pulls written 0.6个、2.0个和2.6个百分点', () => {
    const text = (growth: string): string =>
      `全年实现地区生产总值156.3亿元，比上年增长${growth}。其中，第一产业增加值31.2亿元，增长3.5%；第二产业增加值48.6亿元，增长6.2%；第三产业增加值76.5亿元，增长5.1%。三次产业分别拉动经济增长0.6个、2.0个和2.6个百分点。`;

    it('reads the points before the last, and the same in traditional characters', () => {
      silent(text('5.2%'));
      reports(text('6.2%'), 'number-sum', '与总数6.2%相差');
      silent('全年實現地區生產總值230.4億元，比上年增長7.7%。一、二、三次產業對經濟增長的貢獻率分別為11.9%、35.1%、53.0%，分別拉動GDP增長0.9個、2.7個和4.1個百分點。');
      reports('全年實現地區生產總值230.4億元，比上年增長6.9%。一、二、三次產業對經濟增長的貢獻率分別為11.9%、35.1%、53.0%，分別拉動GDP增長0.9個、2.7個和4.1個百分點。', 'number-sum', '与总数6.9%相差');
    });
  });

  describe('number-sum: people in family and collective households are all the population, under a heading of their own', () => {
    it('takes the whole from the paragraph before the heading', () => {
      const text = (n: string): string => `一、常住人口\n\n全县常住人口为512340人。\n\n二、户别人口\n\n全县共有家庭户168200户，集体户3100户，家庭户人口为${n}人，集体户人口为14220人。`;
      silent(text('498120'));
      reports(text('488120'), 'number-sum', '家庭户、集体户构成完整分类');
    });
  });
});

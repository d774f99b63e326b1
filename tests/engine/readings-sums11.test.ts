// Readings of round 11 for sums (issue 12, false alarms): figures that are no parts of the total the engine paired
// them with, and lists that stop short of their end.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 11 (issue 12, false alarms)', () => {
  describe('number-sum: a figure whose unit the text goes on with is no amount to add up', () => {
    it('leaves a yield per hectare alone', () => {
      silent('全市粮食单位面积产量6000公斤/公顷，比上年增加50公斤/公顷。其中稻谷单位面积产量6500公斤/公顷，比上年增加40公斤/公顷。');
    });
    it('still checks amounts of the same unit', () => {
      reports('全市粮食总产量6000公斤，比上年增加50公斤。其中稻谷产量6500公斤，比上年增加40公斤。', 'number-sum', '比总数6000公斤还多');
    });
  });

  describe('number-sum: parts that count what was carried over from before the period', () => {
    const text = (bracket: string): string => `全年受理审查起诉案件13人，同比增加160%。其中，审结时起诉6人${bracket}，决定附条件不起诉8人，考验期满后不起诉2人。`;
    it('may add up to more than the period’s total', () => {
      silent(text('（含上期结转1人）'));
    });
    it('must not otherwise', () => {
      reports(text(''), 'number-sum', '比总数13人还多');
    });
  });

  describe('number-sum: 加上 opens a sum with the clause right before it', () => {
    const text = (total: string): string => `代表共提出议案20件，经大会主席团审议，5件议案交由专门委员会审议，其余15件议案转为建议，加上会议期间收到的65件建议，共${total}，全部交由有关部门承办。`;
    it('adds the figure before 加上 and those after it', () => {
      silent(text('80件'));
    });
    it('reports a total they do not make', () => {
      reports(text('85件'), 'number-sum', '与总数85件相差');
    });
  });

  describe('number-sum: running totals in a later sentence are no parts of a stock', () => {
    it('leaves 累计 counts after a stock alone', () => {
      silent('公益性岗位在岗11.5万人。截至9月底，累计就业高校毕业生人数为127174人，登记未就业高校毕业生累计人数为29540人。');
    });
    it('still adds up what is done and not done of a total', () => {
      reports('今年以来受理诉求180万件。已办结150.25万件，正在办理中28.75万件。', 'number-sum', '与总数180万件相差');
    });
  });

  describe('number-sum: after 其中, a later item larger than the total ends the list', () => {
    const text = (first: string): string => `上半年，全县实现社会消费品零售总额67.6亿元，同比增长9.2%，其中，限额以上社会消费品零售额${first}，同比增长9.6%，批发业销售额为103.8亿元，同比下降3.6%。`;
    it('stops before it', () => {
      silent(text('4.0亿元'));
    });
    it('still reports a first part larger than the total', () => {
      reports(text('70.0亿元'), 'number-sum', '比总数67.6亿元还多');
    });
  });

  describe('number-sum: a partition after 其中 cut short is not all of the total', () => {
    const text = (total: string): string => `在校学生${total}，其中中等职业教育在校学生1000人，普通高中在校学生3000人，初中及小学在校学生5000人，专任教师800人。`;
    it('may leave a remainder', () => {
      silent(text('10000人'));
    });
    it('may not exceed the total', () => {
      reports(text('8000人'), 'number-sum', '比总数8000人还多');
    });
  });

  describe('number-sum: children in kindergarten are counted among the pupils', () => {
    const text = (total: string): string => `在校学生${total}，其中中等职业教育在校学生1000人，普通高中在校学生3000人，初中及小学在校学生5000人，幼儿园在园幼儿数1000人。`;
    it('adds them up with the pupils of the schools', () => {
      silent(text('10000人'));
      reports(text('10500人'), 'number-sum', '与总数10500人相差');
    });
  });

  describe('number-sum: parts named by their class end where a part is named otherwise', () => {
    const text = (total: string): string => `全年共公开政务信息${total}，其中文件类6条，执行法规类2条，行政执法类32条，单位公示栏公开15条，政务公开6条。`;
    it('adds up the classes only', () => {
      silent(text('40条'));
    });
    it('reports classes that exceed the total', () => {
      reports(text('36条'), 'number-sum', '比总数36条还多');
    });
  });

  describe('number-sum: figures written in traditional characters (萬, 億)', () => {
    const text = (total: string): string => `1-5月，全縣完成財政總收入${total}，同比下降6.5%。其中：稅收收入3511萬元，同比下降5.2%；非稅收入837萬元，同比下降11.7%。`;
    it('are read with their multiplier', () => {
      silent(text('4348萬元'));
      silent('全年一般公共預算收入1.2億元，其中稅收收入8000萬元，非稅收入4000萬元。');
    });
    it('and added up', () => {
      reports(text('3900萬元'), 'number-sum', '比总数3900萬元还多');
      reports('全年一般公共預算收入1.1億元，其中稅收收入8000萬元，非稅收入4000萬元。', 'number-sum', '1.1億元');
    });
  });

  describe('number-conflict: an attribute in a bracket of clauses belongs to the entity counted before it there', () => {
    it('does not take two groups’ investments for one measure stated twice', () => {
      silent('1至5月累计完成投资88.4亿元。（省、市重点建设项目29宗，完成投资69.9亿元，完成年度计划的54.4%；县重点建设项目43宗，完成投资18.5亿元，完成年度计划的29.7%。）');
      silent('1至5月累計完成投資88.4億元。（省、市重點建設項目29宗，完成投資69.9億元，完成年度計劃的54.4%；縣重點建設項目43宗，完成投資18.5億元，完成年度計劃的29.7%。）');
    });
  });

  describe('number-sum: a 其中 opening the sentence right after the total lists its parts, however unlike their names', () => {
    const text = (total: string): string => `年末全市参加城镇基本养老保险人数为${total}，比上年末增加26.8万人。其中，参保职工215.6万人，参保离退休人员68.3万人，分别比上年末增加21.6万人和5.2万人。`;
    it('adds them up against the total', () => {
      silent(text('283.9万人'));
      reports(text('260.0万人'), 'number-sum', '比总数260.0万人还多');
    });
    it('not when another level stands between', () => {
      silent('年末全市参加城镇基本养老保险人数为260.0万人，参加失业保险人数为120.0万人。其中，参保职工215.6万人，参保离退休人员68.3万人。');
    });
  });
});

// Readings of sums and restatements learnt from the missed mutants of the real corpus (issue 12, branch sums4): each
// case is a made-up sentence showing the reading, silent where it holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of sums and restatements (sums4)', () => {
  describe('number-sum: a total whose verb of completion stands before its noun', () => {
    it('takes the parts done after 其中 for parts of a total 完成 before its name', () => {
      silent(
        '1-6月，全县累计完成一般公共预算收入10.5亿元，同比增加0.5亿元，增长5%。其中：地方收入完成7.3亿元，增加0.2亿元；上划中央收入完成2.4亿元，增加0.2亿元；上划省级收入完成0.8亿元，增加0.1亿元。',
      );
      reports(
        '1-6月，全县累计完成一般公共预算收入9.5亿元，同比增加0.5亿元，增长5.6%。其中：地方收入完成7.3亿元，增加0.2亿元；上划中央收入完成2.4亿元，增加0.2亿元；上划省级收入完成0.8亿元，增加0.1亿元。',
        'number-sum',
        '9.5亿元',
      );
    });

    it('still does not take what was done for a part of a task', () => {
      silent('全县年度计划完成造林任务5万亩。其中：东乡完成3.2万亩；西乡完成2.6万亩。');
    });
  });
  describe('number-sum: parts named like their total, 总 and all', () => {
    it('takes 农业总产值 after 其中 for a part of 农林牧渔业总产值', () => {
      silent('全年农林牧渔业总产值50亿元，同比增长5%。其中：农业总产值20亿元，增长4%；林业总产值5亿元，增长5%；牧业总产值15亿元，增长6%；渔业总产值8亿元，增长3%。');
      reports('全年农林牧渔业总产值40亿元，同比增长5%。其中：农业总产值20亿元，增长4%；林业总产值5亿元，增长5%；牧业总产值15亿元，增长6%；渔业总产值8亿元，增长3%。', 'number-sum', '40亿元');
      reports('一季度全市医疗卫生机构总诊疗人次100万人次。其中：医院总诊疗人次70万人次；基层医疗卫生机构诊疗人次40万人次。', 'number-sum', '100万人次');
    });

    it('still takes the total’s own name in a narrower scope for a sub-total', () => {
      silent('年末辖区户籍总人口170万人，其中，某区户籍总人口160万人，城镇人口30万人，乡村人口130万人。');
    });
  });
  describe('number-sum: a court’s cases received are those left over and those newly filed', () => {
    it('adds 旧存 and 新收 up to the cases received, after 其中 or without it', () => {
      silent('2023年，该院共受理执行案件500件，新收420件，旧存80件，执结400件，结案率80%。');
      reports('2023年，该院共受理执行案件450件，新收420件，旧存80件，执结400件。', 'number-sum', '450件');
      silent('1-3月份，共受理各类案件1200件（含执行500件），同比下降5%；其中旧存300件，同比上升20%；新收900件，同比下降10%；审执结600件。');
      reports('1-3月份，共受理各类案件1100件（含执行500件），同比下降5%；其中旧存300件，同比上升20%；新收900件，同比下降10%；审执结600件。', 'number-sum', '1100件');
    });

    it('finds 城镇 and 农村 as a partition although 城镇 opens 城镇、乡村 too', () => {
      reports('全县常住人口50万人，城镇人口20万人，农村人口35万人。', 'number-sum', '50万人');
    });
  });
  describe('number-sum: the total named most like the parts', () => {
    it('takes 支出决算 for the total of parts named …费支出决算, not 支出预算', () => {
      silent('2023年度“三公”经费支出预算为30万元，支出决算为12万元，完成预算的40%。其中：因公出国（境）费支出决算为0万元；公务用车运行费支出决算为4万元；公务接待费支出决算为8万元。');
      reports(
        '2023年度“三公”经费支出预算为30万元，支出决算为9万元，完成预算的30%。其中：因公出国（境）费支出决算为0万元；公务用车运行费支出决算为4万元；公务接待费支出决算为8万元。',
        'number-sum',
        '比总数9万元还多3万元',
      );
    });
  });
  describe('number-conflict: a part after 其中 named by its own measure', () => {
    it('compares 其中：公共财政收入 with 公共财政收入 stated before', () => {
      silent('一季度，全县公共财政收入27,469万元，同比增长17.83%。\n\n一季度财政总收入41,783万元，同比下降8.60%。其中：公共财政收入27,469万元，增长17.83%。');
      reports('一季度，全县公共财政收入27,469万元，同比增长17.83%。\n\n一季度财政总收入41,783万元，同比下降8.60%。其中：公共财政收入24,722万元。', 'number-conflict', '此处为24,722万元');
    });

    it('still keeps a part with words of its own (其中市本级) apart', () => {
      silent('一季度，全市公共财政收入27,469万元。\n\n一季度财政总收入41,783万元。其中：市本级公共财政收入12,000万元。');
      silent('上半年全县共接待游客386.5万人次，同比增长18.6%。其中，接待过夜游客86.4万人次，占游客总数的22.4%。');
    });
  });
  describe('number-sum: a total of all kinds listed kind by kind after 其中', () => {
    it('adds the kinds of school after 其中 up against 各级各类学校', () => {
      silent('2023年，全县共有各级各类学校120所。其中初级中学10所，普通高中2所，职业中学1所，小学60所，幼儿园47所。');
      reports('2023年，全县共有各级各类学校100所。其中初级中学10所，普通高中2所，职业中学1所，小学60所，幼儿园47所。', 'number-sum', '比总数100所还多20所');
    });

    it('still reads no list of unlike names after 其中 under a total that is not of all kinds', () => {
      silent('2023年，全县共有学校100所。其中初级中学10所，普通高中2所，职业中学1所，小学60所，幼儿园47所。');
    });
  });
});

// Readings of shares, rates and changes that real reports write without naming the whole (issue 12, branch shares4):
// each case is a made-up sentence showing the reading, silent where it holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of shares, rates and changes (shares4)', () => {
  describe('number-ratio: each term of 三次产业结构 is its industry’s share of the product', () => {
    it('reads the industries as 第一产业实现增加值 or 第一产业完成, and the product with a footnote mark', () => {
      silent('全年地区生产总值200.0亿元，增长5.0%。第一产业实现增加值20.0亿元；第二产业实现增加值80.0亿元；第三产业实现增加值100.0亿元。三次产业结构为10.0:40.0:50.0。');
      reports(
        '全年地区生产总值200.0亿元，增长5.0%。第一产业实现增加值20.0亿元；第二产业实现增加值80.0亿元；第三产业实现增加值100.0亿元。三次产业结构为9.0:41.0:50.0。',
        'number-ratio',
        '20.0亿元 ÷ 200.0亿元',
      );
      silent('全旗地区生产总值[2]80.0亿元，增长1.8%。第一产业完成8.0亿元；第二产业完成32.0亿元；第三产业完成40.0亿元。三次产业构成比例为10:40:50。');
      reports('全旗地区生产总值[2]80.0亿元，增长1.8%。第一产业完成8.0亿元；第二产业完成32.0亿元；第三产业完成40.0亿元。三次产业构成比例为10:35:55。', 'number-ratio', '32.0亿元 ÷ 80.0亿元');
    });

    it('reads 三次产业比重为 with the ratio colon ∶ as a structure', () => {
      silent('地区生产总值50.0亿元。第一产业增加值10.0亿元；第二产业增加值15.0亿元；第三产业增加值25.0亿元。三次产业比重为20.0∶30.0∶50.0。');
      reports('地区生产总值50.0亿元。第一产业增加值10.0亿元；第二产业增加值15.0亿元；第三产业增加值25.0亿元。三次产业比重为25.0∶30.0∶45.0。', 'number-ratio', '10.0亿元 ÷ 50.0亿元');
    });

    it('checks the structure a sentence changes to (由上年的…调整为…), not last year’s', () => {
      silent('地区生产总值100.0亿元。第一产业增加值12.0亿元；第二产业增加值48.0亿元；第三产业增加值40.0亿元。三次产业比例由上年的13.0∶47.0∶40.0调整为12.0∶48.0∶40.0。');
      reports(
        '地区生产总值100.0亿元。第一产业增加值12.0亿元；第二产业增加值48.0亿元；第三产业增加值40.0亿元。三次产业比例由上年的13.0∶47.0∶40.0调整为10.0∶50.0∶40.0。',
        'number-ratio',
        '12.0亿元 ÷ 100.0亿元',
      );
    });
  });

  describe('number-ratio: shares after one that names its whole leave the whole out', () => {
    it('takes 占…总数的 and the 占N% after it as shares of one whole', () => {
      silent('全县共受理各类案件2000件，同比下降1.3%。其中，城区法庭受理1200件，占全县收案总数的60.0%；东乡法庭受理500件，占25.0%；西乡法庭受理300件，占15.0%。');
      reports('全县共受理各类案件2000件，同比下降1.3%。其中，城区法庭受理1200件，占全县收案总数的65.0%；东乡法庭受理500件，占25.0%；西乡法庭受理300件，占15.0%。', 'number-ratio', '1200件 ÷ 2000件');
      reports('全县共受理各类案件2000件，同比下降1.3%。其中，城区法庭受理1200件，占全县收案总数的60.0%；东乡法庭受理500件，占20.0%；西乡法庭受理300件，占15.0%。', 'number-ratio', '500件 ÷ 2000件');
    });

    it('does not join a share of other things (persons, not proposals) to the shares after it', () => {
      silent('共提出提案800件，立案760件。其中，参与提案的委员300人，占委员总数的60%；涉及经济建设方面的提案380件，占50%；涉及社会建设方面的提案190件，占25%；涉及生态建设方面的提案190件，占25%。');
      reports(
        '共提出提案800件，立案760件。其中，参与提案的委员300人，占委员总数的60%；涉及经济建设方面的提案380件，占55%；涉及社会建设方面的提案190件，占25%；涉及生态建设方面的提案190件，占25%。',
        'number-ratio',
        '380件 ÷ 760件',
      );
    });
  });

  describe('number-ratio: a sentence that opens with 与上年相比 goes on about the sentence before it', () => {
    it('takes the one level of the period before as the current level of a change given by its difference', () => {
      silent('2020年度全区“三公”经费总支出为300.00万元。与上年相比，2020年度的“三公”经费支出减少了100.00万元，下降了25.0%。');
      reports('2020年度全区“三公”经费总支出为300.00万元。与上年相比，2020年度的“三公”经费支出减少了100.00万元，下降了30.0%。', 'number-ratio', '100.00万元 ÷ (300.00万元 + 100.00万元)');
      silent('2020年一般公共预算财政拨款支出1200.00万元，占本年支出合计的30.00%。与2019年相比，一般公共预算财政拨款增加200.00万元，增长20.00%。');
      reports('2020年一般公共预算财政拨款支出1200.00万元，占本年支出合计的30.00%。较2019年，一般公共预算财政拨款增加200.00万元，增长25.00%。', 'number-ratio');
    });
  });

  describe('number-ratio: 城镇化率 is the urban population over the population it names', () => {
    it('divides 城镇人口 by the 常住人口 before it, also across a 。', () => {
      silent('年末常住人口50.00万人，其中城镇人口30.00万人，乡村人口20.00万人，常住人口城镇化率为60.00%。');
      reports('年末常住人口50.00万人，其中城镇人口30.00万人，乡村人口20.00万人，常住人口城镇化率为65.00%。', 'number-ratio', '30.00万人 ÷ 50.00万人');
      silent('全区年末常住人口80.0万人，比上年末增加0.1万人。其中，城镇人口36.0万人，乡村人口44.0万人；常住人口城镇化率达45.0%，比上年末提高0.7个百分点。');
      reports('全区年末常住人口80.0万人，比上年末增加0.1万人。其中，城镇人口36.0万人，乡村人口44.0万人；常住人口城镇化率达50.0%，比上年末提高0.7个百分点。', 'number-ratio', '36.0万人 ÷ 80.0万人');
    });

    it('reads nothing when the urban population is of the other kind of population (户籍, not 常住)', () => {
      silent('年末户籍人口50.00万人，其中城镇人口20.00万人。常住人口城镇化率为55.00%。');
    });
  });

  describe('number-ratio: an industry’s share changes by the difference of its terms in two structures', () => {
    it('checks 一产业所占比重上升N个百分点 against 由上年的…调整为…', () => {
      silent('三次产业结构由上年的15.0:33.0:52.0调整为15.5:31.0:53.5，一产业所占比重上升0.5个百分点，二产业所占比重下降2.0个百分点，三产业所占比重有所上升，升高1.5个百分点。');
      reports('三次产业结构由上年的15.0:33.0:52.0调整为15.5:31.0:53.5，一产业所占比重上升0.5个百分点，二产业所占比重下降2.5个百分点。', 'number-ratio', '33.0 − 31.0');
      reports('三次产业结构由上年的15.0:33.0:52.0调整为15.5:31.0:53.5，三产业所占比重有所上升，升高2.5个百分点。', 'number-ratio', '53.5 − 52.0');
    });
  });

  describe('number-ratio: 完成预算的N% is the outturn over the budget stated before it', () => {
    it('divides the 决算 by the 预算 of its sentence', () => {
      silent('2021年度一般公共预算财政拨款“三公”经费支出预算为200万元，支出决算为150.00万元，完成预算的75%，决算数小于预算数的主要原因是节约经费。');
      reports('2021年度一般公共预算财政拨款“三公”经费支出预算为200万元，支出决算为150.00万元，完成预算的80%，决算数小于预算数的主要原因是节约经费。', 'number-ratio', '150.00万元 ÷ 200万元');
    });

    it('reads nothing for a part after 其中, whose own budget is not stated', () => {
      silent('“三公”经费支出年初预算为20.00万元，支出决算为8.00万元，完成预算的40.00%，其中：公务接待费支出决算为0.30万元，完成预算的3.75%。');
    });
  });

  describe('number-ratio: a completion rate’s task is looked for in its own sentence first', () => {
    it('takes the task of the numerator’s sentence when the period states two', () => {
      silent('从建设进度来看，2020年修复任务为10.00万亩，目前已完成9.90万亩；2021年修复任务为50.00万亩，目前建成40.00万亩，完成率80.0%。');
      reports('从建设进度来看，2020年修复任务为10.00万亩，目前已完成9.90万亩；2021年修复任务为50.00万亩，目前建成40.00万亩，完成率85.0%。', 'number-ratio', '40.00万亩 ÷ 50.00万亩');
    });
  });
});

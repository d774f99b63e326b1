// Readings of round 10 for sums (issue 12, mutants): lists after 其中 and after a sentence naming their whole.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 10 (issue 12, mutants)', () => {
  describe('number-sum: after 其中 without a colon, groups by ； each headed by a part named alike', () => {
    const text = (total: string): string =>
      `全年农林牧渔业总产值${total}，增长3.5%，其中，农业产值60.0亿元，增长2.2%；林业产值10.0亿元，增长10.3%；牧业产值25.0亿元，增长5.9%；渔业产值5.0亿元，增长5.3%。`;
    it('adds every group’s part up against the total', () => {
      silent(text('100.0亿元'));
      reports(text('90.0亿元'), 'number-sum', '比总数90.0亿元还多');
    });

    it('does not read on past the total’s own list when the total is a group of a list by ；', () => {
      silent('第一产业增加值20.0亿元，增长3%；第二产业增加值50.0亿元，增长5%，其中工业增加值40.0亿元，增长6%；第三产业增加值80.0亿元，增长7%。');
    });

    it('takes groups of names unlike each other when each states only its part and the part’s changes and shares', () => {
      const groups = (total: string): string =>
        `全县共有各类市场主体${total}，比上年增长23.1%，其中企业2700户，比上年增加395户；个体工商户17700户，比上年增加3564户；专业合作社700户，比上年增加12户。`;
      silent(groups('21100户'));
      reports(groups('20000户'), 'number-sum', '比总数20000户还多');
      const shares = (total: string): string =>
        `本月平台共接收各类诉求${total}，其中，投诉1000件，占总数的25.00%；举报200件，占总数的5.00%；咨询2800件，占总数的70.00%；以上诉求均已分流转办，挽回经济损失10.27万元。`;
      silent(shares('4000件'));
      // (sums17: the shares make 100%, so the parts are all of the total and checked as exact)
      reports(shares('3600件'), 'number-sum', '与总数3600件相差400件');
    });

    it('takes two groups only when they split a known partition', () => {
      const text = (total: string): string => `年末户籍总人口${total}，比上年末增加2000人，其中城镇户籍人口25000人，比上年末增加1800人；乡村户籍人口15000人，比上年末增加200人。`;
      silent(text('40000人'));
      reports(text('36000人'), 'number-sum', '与总数36000人相差4000人');
      silent('上半年签约项目5个，协议引资12.6亿元，其中工业项目3个；在谈项目6个，意向投资额约18亿元。');
    });

    it('takes no groups that hold several parts each', () => {
      silent('全年新收案件1000件，其中刑事案件200件，民事案件700件，行政案件100件；审结案件1100件，上升9.7%；未结案件150件，下降10.3%。');
    });
  });

  describe('number-sum: after 其中, clauses that are each a short name and its figure, however unlike the names', () => {
    const text = (total: string): string => `截至9月底，全县登记在册经营主体${total}，其中，企业1.50万户，个体工商户3.50万户，农民专业合作社0.20万户，较上年底分别增长7.4%、6.5%、0.1%。`;
    it('adds the clauses up against the total', () => {
      silent(text('5.20万户'));
      reports(text('4.80万户'), 'number-sum', '比总数4.80万户还多');
    });

    it('lets a clause end with a bracket of its own', () => {
      const text = (total: string): string =>
        `本级“三公”经费支出预算为${total}，其中：因公出国（境）费用40万元，公务接待费300万元，公务用车购置及运行维护费4000万元（包括：公务用车运行维护费2600万元、公务用车购置1400万元）。`;
      reports(text('4000万元'), 'number-sum', '比总数4000万元还多');
    });

    it('takes no running total or whole scope for a part', () => {
      silent('今年新建市政消火栓386个，其中城区268个，全县市政消火栓达到1262个。');
    });

    it('takes no figure after a clause of other words', () => {
      silent('三年共投入扶贫资金1000万元，其中中央资金900万元，省级资金100万元，分别占90%和10%，期末结转结余400万元。');
    });
  });

  describe('number-sum: a sentence opened by “(在)…中” lists the parts of the total its words name', () => {
    const text = (vat: string): string =>
      `全年一般公共预算收入50.0亿元，增长10.2%，其中税收收入40.0亿元，增长7.8%；非税收入10.0亿元，增长5%。在各项税收中，增值税${vat}，增长3%；企业所得税15.0亿元，下降9.8%；个人所得税3.0亿元，增长11.2%。`;
    it('adds the parts up against the named total', () => {
      silent(text('20.0亿元'));
      reports(text('25.0亿元'), 'number-sum', '比总数40.0亿元还多');
    });

    it('takes the total of that very name, not one whose name only ends with it', () => {
      silent('全年提取额9.82亿元，其中住房消费类提取7.46亿元、非住房消费类提取2.36亿元。住房消费类提取中，购房提取3.12亿元，偿还贷款提取3.28亿元，租房提取0.86亿元，其他提取0.20亿元。');
    });

    it('reads a sentence opened by the kinds of the total its words name (工单分类：)', () => {
      const text = (total: string): string => `本月共办理热线工单${total}。交办责任单位1900件，直办100件。工单分类：求决类1500件、咨询类300件、其他类200件。`;
      silent(text('2000件'));
      reports(text('1800件'), 'number-sum', '比总数1800件还多');
      silent('本月共办理热线工单2000件。来电分类：求决类1500件、咨询类300件、其他类400件。');
    });

    it('stays silent when the words name no total of the paragraph', () => {
      silent('全年一般公共预算收入50.0亿元，增长10.2%。在各项支出中，教育支出25.0亿元，增长3%；卫生支出15.0亿元，下降9.8%；交通支出13.0亿元，增长11.2%。');
    });
  });

  describe('number-ratio: after a total with a share of its own, shares naming no whole are not of that total', () => {
    const text = (solved: string): string =>
      `共交办提案500件。所提问题得到解决和列入计划解决的450件，占90.0%，其中已经解决的${solved}，占50.0%；列入计划逐步解决的150件，占30.0%；列入规划解决的50件，占10.0%。`;
    it('checks no share against that total, and still adds the parts up against it', () => {
      silent(text('250件'));
      reports(text('260件'), 'number-sum', '比总数450件还多');
    });
  });
});

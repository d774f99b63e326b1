// Readings learnt from the heldout4 batch of real reports (issue 12): each case is a made-up sentence showing the
// reading, silent where the reading holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of real reports (heldout4)', () => {
  describe('number-ratio: the level of a change is the subject’s, not the base of a rate', () => {
    it('takes the subject’s figure, not 完成年初预算X的, as the level a difference is from', () => {
      silent('全县一般公共预算收入11,000万元，完成年初预算12,000万元的91.67%，比上年增加了1,000万元，增幅10%。');
      reports('全县一般公共预算收入11,000万元，完成年初预算12,000万元的91.67%，比上年增加了1,000万元，增幅12%。', 'number-ratio', '1,000万元 ÷ (11,000万元 − 1,000万元)');
    });

    it('takes the subject’s figure, not 完成年初预算X的, as the current level beside 比上年X', () => {
      silent('全县基金支出总额5,000万元，完成年初预算4,500万元的111.11%，比上年4,000万元增加1,000万元，增幅25%。');
      reports('全县基金支出总额5,000万元，完成年初预算4,500万元的111.11%，比上年4,000万元增加1,000万元，增幅20%。', 'number-ratio', '(5,000万元 − 4,000万元) ÷ 4,000万元');
      reports('全县基金支出总额5,000万元，完成年初预算4,500万元的111.11%，比上年4,000万元增加1,200万元，增幅25%。', 'number-ratio', '5,000万元 − 4,000万元');
    });
  });

  describe('number-sum: a nested 其中 inside a 其中 list', () => {
    it('takes the parts after a second 其中 that add up to the part before it for that part’s breakdown', () => {
      silent(
        '全局“三公”经费支出50.2万元。其中：因公出国（境）费支出10.1万元；公务用车购置及运行维护费支出25.4万元；其中：公务用车购置费支出5.2万元；公务用车运行维护费支出20.2万元；公务接待费支出14.7万元。',
      );
      reports(
        '全局“三公”经费支出50.2万元。其中：因公出国（境）费支出10.1万元；公务用车购置及运行维护费支出25.4万元；其中：公务用车购置费支出5.2万元；公务用车运行维护费支出20.2万元；公务接待费支出18.7万元。',
        'number-sum',
        '10.1万元 + 25.4万元 + 公务接待费支出18.7万元',
      );
    });
  });

  describe('number-sum: a known part of an earlier part', () => {
    it('takes 税收收入 after 一般公共预算收入 in one 其中 list for a part of that part', () => {
      silent('全年实现一般公共预算总收入9.5亿元，同比下降2.1%。其中：地方一般公共预算收入7.6亿元，增长5.2%；地方税收收入5.1亿元，增长6.3%。');
      reports('全年实现一般公共预算总收入9.5亿元，同比下降2.1%。其中：地方一般公共预算收入9.6亿元，增长5.2%；地方税收收入5.1亿元，增长6.3%。', 'number-sum', '9.6亿元');
    });
  });

  describe('number-conflict: scopes by fund and by unit', () => {
    const funds = (balance: string): string =>
      [
        '2.政府性基金收支情况',
        '政府性基金收入5200万元，上级补助收入300万元，收入合计5500万元。政府性基金支出4100万元，债务还本支出200万元，支出合计4300万元。',
        '上述收支相抵，年终结余1200万元。',
        '3.社会保险基金收支情况',
        '社会保险基金收入3000万元，社会保险基金支出2600万元，债务还本支出90万元。',
        '上述收支相抵，年终结余400万元。',
        `经核实，年终结余${balance}万元，全部结转下年使用。`,
      ].join('\n\n') + '\n';

    it('reads each fund’s section (政府性基金, 社会保险基金 …) as a scope of its own', () => {
      silent(funds('400'));
      reports(funds('450'), 'number-conflict', '年终结余');
    });

    it('reads an organisation at the head of a clause as a scope of its own', () => {
      silent('市交通局及时签收率80%，回访满意率50%。市水务集团及时签收率90%，回访满意率70%。');
      reports('市交通局及时签收率80%，回访满意率50%。市水务集团及时签收率90%，回访满意率70%。市交通局及时签收率80%，回访满意率60%。', 'number-conflict', '回访满意率');
    });
  });

  describe('thousands separated by commas', () => {
    it('reads 64,053万元 as one figure in its clause: the budget of a completion is no statement of its own', () => {
      silent(
        '全县一般公共预算收入8,000万元，完成年初预算8,500万元的94.12%。全县社会保险基金收入3,000万元，完成年初预算3,200万元的93.75%。全县社会保险基金支出2,600万元，完成年初预算2,500万元的104%。',
      );
    });

    it('reads 64,053万元 as one figure in its clause, so the completion after it is checked', () => {
      silent('全县税收收入64,053万元，完成年初预算65,986万元的97.07%。');
      reports('全县税收收入64,053万元，完成年初预算65,986万元的92.07%。', 'number-ratio', '64,053万元 ÷ 65,986万元');
    });
  });

  describe('readings that keep the recall the false alarms had by chance', () => {
    it('checks a completion of the base named before it even when it goes over the base', () => {
      silent('全县基金收入总额7,271万元，完成年初预算3,170万元的229.37%。');
      reports('全县基金收入总额7,271万元，完成年初预算3,170万元的224.37%。', 'number-ratio', '7,271万元 ÷ 3,170万元');
      reports('全县社会保险基金支出6,267万元，完成年初预算6,203万元的96.03%。', 'number-ratio', '6,267万元 ÷ 6,203万元');
    });

    it('takes the level of the sentence before for a sentence that opens with 比', () => {
      silent('全县“三公”经费支出决算为60万元，比上年增加10万元，增长20%；比2019年决算数减少20万元，降低25%。');
      reports('全县“三公”经费支出决算为60万元，比上年增加10万元，增长20%；比2019年决算数减少20万元，降低30%。', 'number-ratio', '20万元 ÷ (60万元 + 20万元)');
    });

    it('adds up the last items of a statement of account before 收入合计 or 支出合计', () => {
      const account = (revenue: string, spending: string): string =>
        `政府性基金收入0万元，加上年结余收入3993万元，上级补助收入11356万元（其中：抗疫特别国债769万元），债务转贷收入3900万元，收入合计${revenue}万元。一般公共预算支出2500万元，比上年决算数2600万元下降3.8%，加上解支出615万元、债务还本支出3万元，支出合计${spending}万元。`;
      silent(account('19249', '3118'));
      reports(account('17249', '3118'), 'number-sum', '与总数17249万元相差2000万元');
      reports(account('19249', '3218'), 'number-sum', '与总数3218万元相差100万元');
    });
  });
});

// Readings learnt from real reports (issue 12, tuning on the real corpus): each case is a made-up sentence showing
// the reading, silent where the reading holds and reported where it does not.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

describe('readings of real reports (issue 12, tuning)', () => {
  describe('number-format', () => {
    it('takes 增长-2.5% in a list of signed rates as the statistical convention, not a slip', () => {
      silent('一季度，农业产值同比增长-2.5%，工业产值增长8.1%，服务业产值增长-0.4%。');
      reports('一季度，农业产值同比增长-2.5%，比上年回落较多。', 'number-format', '应写作“下降2.5%”');
    });

    it('leaves a web page’s publication stamp to web-residue', () => {
      const text = '某县2023年统计公报\n\n2023-06-01 09:30  县政府办 [字号：大 中 小] 打印\n\n全县生产总值120亿元。\n';
      const found = check(text).findings;
      assert.deepEqual(
        found.filter((f) => f.rule === 'number-format'),
        [],
      );
      assert.equal(found.filter((f) => f.rule === 'web-residue').length, 1);
      reports('会议定于2023-06-01召开。', 'number-format', '2023年6月1日');
    });

    it('takes a dashed date with a clock time on a source line for the page’s stamp', () => {
      const text = '某县召开统计工作会议\n\n某某晚报客户端 2024-05-12 08:35\n\n全县生产总值120亿元。\n';
      const found = check(text).findings;
      assert.deepEqual(
        found.filter((f) => f.rule === 'number-format'),
        [],
      );
      assert.equal(found.filter((f) => f.rule === 'web-residue').length, 1);
    });
  });

  describe('number-conflict', () => {
    it('reads 省重点项目 and 市重点项目 as two scopes', () => {
      silent('重点项目情况：省重点项目3个，总投资25亿元，年度计划完成投资8亿元，上半年完成投资5.2亿元。市重点项目9个，总投资31亿元，年度计划完成投资8.6亿元，上半年完成投资6.1亿元。');
      reports('省重点项目3个，年度计划完成投资8亿元。\n\n省重点项目3个，年度计划完成投资8.6亿元。\n', 'number-conflict');
    });

    it('reads a 职业中学 after the school totals as a scope of its own', () => {
      silent('全县专任教师1200人，其中：小学600人，初中400人，幼儿园150人。职业中学一所，专任教师50人，在校生600人。');
    });

    it('reads one measure after each of several counts as each group’s own', () => {
      silent('上半年，全镇新签约项目40个，协议资金120亿元；开工项目25个，到位资金30亿元；竣工项目8个，到位资金12亿元。');
    });

    it('does not take a measure qualified by the group before it for a variant name of another measure', () => {
      silent('全县到位省外资金37亿元。\n\n招商推介会签约项目9个，投资总额20亿元；开工项目5个，开工率55.6%；实现到位资金8亿元。');
      // the same measure under a variant name, unqualified, is still compared
      reports('实有耕地面积56.3万亩。\n\n全县耕地面积53.6万亩。\n', 'number-conflict', '此处为53.6万亩');
    });

    it('reads the parts after 其中 with the time of the sentence before them', () => {
      silent('6月份受理案件160件，结案150件。其中：受理民事案件90件。\n\n1-6月受理案件900件，结案800件。其中：受理民事案件500件。');
    });

    it('reads a measure after 其中 in the same sentence as a part’s, not the whole’s', () => {
      silent('今年新签约项目200个，协议总金额800亿元，其中亿元以上项目150个；协议总金额760亿元。');
    });

    it('reads a line after one ending with 其中： as the parts’', () => {
      silent('1.基本支出预算120000元，工资福利支出预算40000元，商品和服务支出预算80000元。\n2.项目支出预算0元，同比减少4000元。其中：\n商品和服务支出预算0元，同比减少4000元。');
    });

    it('reads an amount followed by its purpose as that purpose’s amount', () => {
      silent('引进省交投公司投资5亿元兴建物流园，今年到位2亿元；引进省交投公司投资3000万元建设冷库。');
    });

    it('reads 此类 as the kind named above it: two headings, two kinds', () => {
      silent('（一）反映供暖问题较多。本周共办理此类工单30件。\n\n（二）反映噪声问题较多。本周共办理此类工单45件。');
    });
  });

  describe('number-ratio', () => {
    it('does not take a sibling with its own share for the whole, even when its name holds the whole’s words', () => {
      const text = (female: string) => `年末全县户籍总人口40000人。在总人口中男性人口为20600人，占总人口的51.5%；女性人口为19400人，占总人口的${female}。`;
      silent(text('48.5%'));
      reports(text('47.5%'), 'number-ratio');
    });

    it('takes the amount a chain of 为…的 clauses speaks of as a reading of each share', () => {
      const text = (last: string) => `截至9月底，全镇完成税收收入8.4亿元，同比增长12%，为三季度目标8亿元105%，为全年目标12亿元的${last}。`;
      silent(text('70%'));
      reports(text('75%'), 'number-ratio');
    });

    it('reads a rate after 比 as the earlier rate compared with, not a rate of the counts', () => {
      silent('本周共受理来电5000个，接通4900个，接通率为98%，比上月接通率96.5%高出1.5个百分点。');
      reports('本周共受理来电5000个，接通4900个，接通率为95%，比上月接通率96.5%低1.5个百分点。', 'number-ratio');
    });

    it('does not take a sibling part with its own share for the whole of the next part', () => {
      silent('截至11月底，共收到代表反馈400件。其中满意360件，占90%，基本满意40件，占10%。');
      reports('截至11月底，共收到代表反馈400件。其中满意360件，占90%，基本满意40件，占12%。', 'number-ratio', '90% + 12% = 102%');
    });
  });

  describe('number-ratio: the whole named with …中', () => {
    it('takes 占全部人口的 after 全县常住人口中 as a share of the 常住人口 stated before', () => {
      const text = (female: string) => `全县常住人口52.4万人。\n\n全县常住人口中，男性人口26.9万人，占全部人口的51.3%；女性人口25.5万人，占全部人口的${female}。`;
      silent(text('48.7%'));
      reports(text('50.7%'), 'number-ratio', '25.5万人 ÷ 52.4万人');
    });
  });

  describe('number-ratio: rates of a counted group', () => {
    it('takes the group a count was counted from as its rate’s base, and reads ﹪ and ℅ as %', () => {
      silent('推介会签约项目12个，投资总额30亿元；履约项目9个，履约率75﹪；开工项目6个，开工率50%。');
      reports('推介会签约项目12个，投资总额30亿元；履约项目9个，履约率80﹪；开工项目6个，开工率50%。', 'number-ratio', '9个 ÷ 12个 = 75%');
      reports('推介会签约项目12个，投资总额30亿元；履约项目9个，履约率75%；开工项目6个，开工率60℅。', 'number-ratio', '6个 ÷ 12个 = 50%');
    });
  });

  describe('number-sum: 其中 opening a sentence', () => {
    it('puts each part after 其中： under the total before it named most like it, a bracket notwithstanding', () => {
      const text = (total: string) => `上月共受理案件${total}（含旧存40件），结案250件。其中：受理民事案件200件（含旧存30件），结案180件。`;
      silent(text('300件'));
      reports(text('190件'), 'number-sum', '受理民事案件200件 = 200件，比总数190件还多10件');
    });
  });

  describe('number-sum: 占…总数 inside a part', () => {
    it('reads 占一审案件总数的20% in a part of 一审案件 as a share of the list’s total, not a total of its own', () => {
      const text = (p: string) => `全年新收一审案件5000件，上升3%。其中，刑事一审案件1000件，占一审案件总数的20%；民事一审案件3800件，占${p}；行政一审案件200件，占4%。`;
      silent(text('76%'));
      reports(text('70%'), 'number-ratio', '3800件 ÷ 5000件 = 76%');
    });
  });

  describe('number-ratio: a difference beside its two levels', () => {
    it('checks 减少N万元 against the level before 较 and the one after it', () => {
      const text = (d: string, p: string) => `2025年“三公”经费预算总额为1969万元，较2024年的2190万元减少${d}，下降${p}。`;
      silent(text('221万元', '10.1%'));
      reports(text('199万元', '10.1%'), 'number-ratio', '减少额与数字不符：2190万元 − 1969万元 = 221万元，文中写作减少199万元');
    });
  });

  describe('number-sum: counts and amounts after one 其中', () => {
    it('adds up the amounts of a 其中 list whose clause groups each give a count and an amount', () => {
      const text = (total: string) => `全年签订合同50个，协议引资20.00亿元，到位资金${total}。其中工业项目30个，到位资金8.21亿元；农业项目15个，到位资金3.05亿元；其他项目5个，到位资金1.02亿元。`;
      silent(text('12.28亿元'));
      reports(text('12.18亿元'), 'number-sum', '到位资金8.21亿元 + 到位资金3.05亿元 + 到位资金1.02亿元 = 12.28亿元');
    });
  });

  describe('number-sum', () => {
    it('ends a list after 其中 at a figure of another noun than the total and its parts', () => {
      const text = (primary: string) => `年末共有专任教师2100人，其中：中学专任教师900人，小学专任教师${primary}人，在校学生30500人，其中小学在校学生18000人。`;
      silent(text('1100'));
      reports(text('1300'), 'number-sum');
    });

    it('runs a list on into the next sentence only when that sentence opens with a part', () => {
      const text = (telecom: string) => `全年邮电业务总收入9000万元，其中：电信业务收入${telecom}万元；邮政业务收入3600万元。快递业务量80万件，快递业务收入900万元。`;
      silent(text('5000'));
      reports(text('5600'), 'number-sum');
    });

    it('ends a list of parts of a 粮食 total at the first crop that is no grain', () => {
      const text = (wheat: string) => `全年粮食播种面积5200公顷，比上年增加30公顷。其中，小麦播种面积${wheat}公顷；玉米播种面积1900公顷；油料播种面积800公顷；蔬菜播种面积1500公顷。`;
      silent(text('2600'));
      reports(text('3600'), 'number-sum');
    });

    it('reads a first part of the total’s own measure as a sub-total whose own parts follow', () => {
      const text = (sub: string) => `年末全县户籍总人口86.3万人，比上年增加0.4万人，其中，城关镇户籍总人口为${sub}万人，城镇人口20.1万人，乡村人口32.5万人。`;
      silent(text('52.6'));
      reports(text('92.6'), 'number-sum');
    });

    it('lets a list after 其中 fall short when a later sentence names another part of the total', () => {
      const text = (primary: string) => `全县专任教师1200人，其中：小学${primary}人，初中400人，幼儿园150人。职业中学一所，专任教师50人，在校生600人。`;
      silent(text('600'));
      reports(text('700'), 'number-sum');
    });

    it('reads the items after 分主要科目看 as the main items only: at most the total', () => {
      silent('全县一般公共预算支出50亿元。分主要科目看：教育支出12亿元，社会保障支出9亿元，卫生健康支出5亿元。');
      reports('全县一般公共预算支出50亿元。分主要科目看：教育支出32亿元，社会保障支出19亿元，卫生健康支出5亿元。', 'number-sum');
    });
  });

  describe('table-restatement', () => {
    const table = '| 县 | 计划投资（万元） | 完成投资（万元） | 投资完成率 |\n|---|---:|---:|---:|\n| 甲县 | 200 | 80 | 40.00% |\n| 乙县 | 100 | 40 | 40.00% |\n| 合计 | 300 | 120 | 40.00% |\n';

    it('takes a rate with 及以上 for a target, not a statement of the table’s rate', () => {
      silent(`年度目标任务：投资完成率达到60%及以上。\n\n${table}`);
      reports(`截至8月底，投资完成率为60%。\n\n${table}`, 'table-restatement');
    });
  });

  describe('table-sum', () => {
    const selection = (total: string) =>
      `单位：亿元\n\n| 行业 | 营业收入 | 利润 | 税金 |\n|---|---:|---:|---:|\n| 规模以上工业合计 | ${total} | 49.4 | 41.6 |\n| 食品制造业 | 11.9 | 1.3 | 0.7 |\n| 纺织业 | 2.8 | 0.1 | 0.1 |\n| 医药制造业 | 13.0 | 1.2 | 0.9 |\n`;

    it('reads a 合计 row over rows short of it in every column as a selection of its parts', () => {
      silent(selection('600.1'));
      // a part over the total is still an error
      reports(selection('20.1'), 'table-sum');
    });

    it('still reports a complete table whose one total is off', () => {
      reports(
        '单位：亿元\n\n| 行业 | 营业收入 | 利润 | 税金 |\n|---|---:|---:|---:|\n| 合计 | 30.7 | 2.6 | 1.7 |\n| 食品制造业 | 11.9 | 1.3 | 0.7 |\n| 纺织业 | 2.8 | 0.1 | 0.1 |\n| 医药制造业 | 13.0 | 1.2 | 0.9 |\n',
        'table-sum',
      );
    });

    it('does not take a column smaller than its parts in most rows for their total', () => {
      silent('| 机构 | 机构数 | 执业医师 | 注册护士 | 合计 |\n|---|---:|---:|---:|---:|\n| 医院 | 22 | 1059 | 1697 | 287 |\n| 卫生院 | 41 | 172 | 150 | 133 |\n| 诊所 | 30 | 40 | 12 | 9 |\n');
    });

    it('reads 同比 after two columns of rates as their difference in points (table-change)', () => {
      const table = (d: string) => `| 部门 | 结案率 本期 | 去年同期 | 同比 |\n|---|---:|---:|---:|\n| 民事庭 | 24.76% | 15.78% | ${d} |\n| 刑事庭 | 22.22% | 30.00% | -7.78 |\n`;
      silent(table('8.98'));
      reports(table('6.98'), 'table-change', '24.76% − 去年同期15.78% = 8.98个百分点');
    });

    it('does not add across a row of percentages in a 合计 column', () => {
      silent('| 项目 | 合计 | 购置 | 运行 |\n|---|---:|---:|---:|\n| 2023年 | 30 | 10 | 20 |\n| 2022年 | 40 | 15 | 25 |\n| 增减% | -25.0 | -33.3 | -20.0 |\n');
    });
  });
});

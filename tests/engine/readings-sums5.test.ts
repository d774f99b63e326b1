// Readings of sums learnt from the missed mutants of the real corpus (issue 12, branch sums5): each case is a made-up
// text showing the reading, silent where it holds and reported where it does not.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

describe('readings of sums (sums5)', () => {
  describe('number-sum: totals stated in pairs, with their parts in pairs in brackets', () => {
    it('adds the households and the persons of each kind up to their own totals', () => {
      silent('年末，全县监测对象共1200户4300人（脱贫不稳定户500户1800人、边缘易致贫户400户1500人、突发严重困难户300户1000人）。');
      reports('年末，全县监测对象共1100户4300人（脱贫不稳定户500户1800人、边缘易致贫户400户1500人、突发严重困难户300户1000人）。', 'number-sum', '1100户');
      reports('年末，全县监测对象共1200户4200人（脱贫不稳定户500户1800人、边缘易致贫户400户1500人、突发严重困难户300户1000人）。', 'number-sum', '4200人');
    });

    it('lets a pair after 含 leave a remainder, and reads no pair when a piece lacks one of its figures', () => {
      silent('全乡低保对象320户610人（含特困户25户30人、残疾户40户52人）。');
      silent('全乡低保对象320户610人（特困户25户、残疾户40户52人）。');
    });
  });

  describe('number-sum: what is done and what is not yet done split their total', () => {
    it('adds 办结 and 正在办理中, 审结 and 未结案, 已解决 and 未解决 up to the total before them', () => {
      silent('5月，全市热线共受理群众诉求1200件，环比上升3.5%，办结1050件，正在办理中150件。');
      reports('5月，全市热线共受理群众诉求1250件，环比上升3.5%，办结1050件，正在办理中150件。', 'number-sum', '1250件');
      silent('1至6月，我院共受理各类案件3000件，同比上升5%；审执结各类案件2400件，同比上升2%；尚有各类未结案600件。');
      reports('1至6月，我院共受理各类案件3000件，同比上升5%；审执结各类案件2400件，同比上升2%；尚有各类未结案500件。', 'number-sum', '3000件');
      reports('列入督查的任务共40项。截至目前，达到序时进度30项、占比75.0%。未达到序时进度9项、占比22.5%。', 'number-sum', '40项');
    });

    it('names no total when two figures of the kind open the sentence, a 其中 narrows it, or a third part follows', () => {
      silent('本年新收案件800件，旧存200件，审结900件，未结案100件。');
      silent('共受理诉求1000件，其中网上受理300件，已办结250件，未办结20件。');
      silent('共排查问题50项，已整改30项，正在整改15项，未启动整改5项。');
      silent('全年受理来件1000件，按期办结900件，超期办结60件，未办结40件。');
    });
  });

  describe('a rate whose closest reading pairs the wrong figures', () => {
    it('is no relation, and the figure rules still run', () => {
      const text = '本月各成员单位办结转派诉求工单共3110件（限期内200件工单至下月办结），已解决3112件，未解决344件，解决率90.05%。';
      assert.deepEqual(check(text).failures, []);
      reports(text, 'number-sum', '3110件');
    });
  });

  describe('number-sum: a total of all kinds, its kinds listed by ； and by ， within a group', () => {
    it('takes every kind of a group for a part, and a kind’s own 其中 list ends with its group', () => {
      silent('年末共有各级各类学校100所，其中：高级中学2所，完全中学3所，小学60所，幼儿园35所，其中公办幼儿园20所；共有专任教师3000人，其中：中学专任教师1200人，小学专任教师1500人。');
      reports('年末共有各级各类学校90所，其中：高级中学2所，完全中学3所，小学60所，幼儿园35所，其中公办幼儿园20所；共有专任教师3000人。', 'number-sum', '90所');
      silent('现有各级各类学校120所。其中：高级中学1所，完全中学2所；义务教育学校80所，其中：初级中学10所，完全小学70所；幼儿园37所，其中：公办幼儿园20所，民办幼儿园17所。');
      reports('现有各级各类学校110所。其中：高级中学1所，完全中学2所；义务教育学校80所，其中：初级中学10所，完全小学70所；幼儿园37所，其中：公办幼儿园20所，民办幼儿园17所。', 'number-sum', '110所');
    });

    it('reads a list after 其中 without a colon by ； when every group opens with a kind, and a kind with a bracket of its own', () => {
      silent('全县各级各类学校共150所，其中小学60所（含教学点20所）；初级中学20所；高级中学3所；幼儿园67所。');
      reports('全县各级各类学校共135所，其中小学60所（含教学点20所）；初级中学20所；高级中学3所；幼儿园67所。', 'number-sum', '135所');
    });

    it('does not read a nested 其中 under a part that is no total of all kinds across ；', () => {
      silent('第二产业完成43.5亿元，同比增长1.0%，其中工业完成37.7亿元，增长1.2%；第三产业完成59.7亿元，增长3.5%。');
      silent('年末金融机构存款余额308亿元，同比增长11.7%，其中，住户存款余额269亿元；贷款余额115亿元，同比增长5%。');
    });
  });

  describe('number-sum: the changes of parts that add up to their total add up to its change', () => {
    it('adds the parts’ 增收 and 减收 (a decrease counted negative) up to the total’s', () => {
      silent(
        '4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。其中：税收收入8103万元，比上年增收1284万元，增长18.8%；非税收入16524万元，比上年减收2354万元，下降12.5%。',
      );
      reports(
        '4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1170万元，下降4.5%。其中：税收收入8103万元，比上年增收1284万元，增长18.8%；非税收入16524万元，比上年减收2354万元，下降12.5%。',
        'number-sum',
        '−1284万元 + 2354万元 = 1070万元，与总数的增减额1170万元相差100万元',
      );
    });

    it('says nothing when the parts leave a remainder or a change is against another base', () => {
      silent('全县完成投资25000万元，比上年减少1170万元。其中：工业项目完成投资8103万元，比上年增加1284万元；基础设施项目完成投资16524万元，比上年减少2354万元。');
      silent('4月，一般公共预算收入累计完成24627万元，比上年减收1170万元。其中：税收收入8103万元，比年初增收1284万元；非税收入16524万元，比上年减收2354万元。');
    });
  });
});

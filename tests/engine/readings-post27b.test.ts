// Round 27 (second wave): readings of the first run of heldout82–83 that the writing explains — a sibling total after
// ；, parts stated with 共计 and their own kinds, a difference of rounded levels, the grades of a satisfaction survey and
// the items a 除…外 clause leaves out. Each case holds in one text and is broken in another.

import { reportsArithmetic as reports, silentOnArithmetic as silent } from './figure-findings';

describe('figures as officials write them: round 27, second wave', () => {
  describe('a total of its own after ； ends a 其中 list', () => {
    const enrolled = '全县各级各类学校共招收8000人，其中小学3000人，初中2500人，高中2500人；毕业生共7600人，其中小学2600人，初中2500人，高中2500人。';

    it('reads 毕业生共7600人 as another measure, not one more part of the enrolment', () => {
      silent(enrolled);
    });

    it('still checks each list on its own', () => {
      reports(enrolled.replace('高中2500人；', '高中2600人；'), '小学3000人 + 初中2500人 + 高中2600人 = 8100人');
      reports(enrolled.replace(/高中2500人。$/, '高中2600人。'), '小学2600人 + 初中2500人 + 高中2600人 = 7700人');
    });
  });

  describe('parts stated with 共计, each with a kind of its own after it', () => {
    const staff = '全镇共有医务人员420人（其中卫生院共计380人，执业医师150人；村卫生室共计40人，乡村医生30人）。';

    it('adds the parts stated with 共计 alone: 380 + 40', () => {
      silent(staff);
    });

    it('reports those parts when they exceed the total', () => {
      reports(staff.replace('共计380人', '共计400人'), '卫生院400人 + 村卫生室40人 = 440人');
    });
  });

  describe('a difference of two rounded levels', () => {
    it('knows the previous level to the written precision: (0.065 − 0.005) ÷ 0.065 = 92.3%', () => {
      silent('利息收入0.01亿元，比上年减少0.05亿元，下降92.1%。');
    });

    it('reads a level of more digits as before: 0.77 ÷ (23.94 + 0.77) = 3.12%, not 3.08%', () => {
      reports('事业收入23.94亿元，比上年减少0.77亿元，下降3.08%。', '文中写作下降3.08%');
    });

    it('reads a level of two digits as before: 0.1 ÷ (1.7 + 0.1) is 5.6%, not 10.6%', () => {
      reports('油菜籽产量1.7万吨，比上年减少0.1万吨，下降10.6%。', '文中写作下降10.6%');
    });

    it('reports a percentage no reading gives, with the plain reading', () => {
      reports('利息收入0.01亿元，比上年减少0.05亿元，下降96%。', '0.05亿元 ÷ (0.01亿元 + 0.05亿元) = 83.3%，文中写作下降96%');
    });
  });

  describe('a satisfaction rate over the grades of a survey', () => {
    it('counts 非常满意 and 满意 together over all the items rated', () => {
      silent('从群众评议情况看，非常满意40件，其中，来信28件，来访12件；满意8件，其中，来信5件，来访3件，满意率为100%。');
      reports('从群众评议情况看，非常满意40件，其中，来信28件，来访12件；满意8件，其中，来信5件，来访3件，满意率为95%。', '满意率 = (40件 + 8件) ÷ (40件 + 8件) = 100%');
    });

    it('leaves 不满意 out of the numerator but not out of the whole', () => {
      silent('收回测评表50份，非常满意40份，满意8份，不满意2份，满意率为96%。');
      reports('收回测评表50份，非常满意40份，满意8份，不满意2份，满意率为90%。', '满意率');
    });
  });

  describe('figures inside a 除…外 clause', () => {
    it('are the items left out of a whole the sentence does not state: no rate is read from them', () => {
      silent('从公开情况看，除来信5件和来访2件不予公开外，其余均已公开，公开率93%。');
    });
  });
});

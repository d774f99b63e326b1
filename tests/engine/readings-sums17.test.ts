// Readings of round 17 (branch sums17): totals whose parts the engine did not take. Each case is a made-up text in the
// manner of the real ones: the reading keeps the holding text silent, and the same words with a total that does not
// hold are reported.

import { reports, silent } from './figure-findings';

describe('number-sum: parts that each state their share, the shares making 100% (sums17)', () => {
  const text = (total: string): string =>
    `今年区政府系统共承办人大代表建议和政协委员提案${total}，经各承办单位共同努力，已全部按期办复。其中，所提建议被采纳、所提问题已经解决的906件，占80.4%；列入计划逐步解决的170件，占15.1%；因条件限制留作工作参考的51件，占4.5%。`;
  it('reads the parts as all of the total', () => {
    silent(text('1127件'));
  });
  it('reports a total the parts do not make', () => {
    reports(text('1217件'), 'number-sum', '1217件');
  });
});

describe('number-sum: bracket pieces with digits grouped by commas (sums17)', () => {
  const text = (total: string): string => `地方一般公共预算支出中，“三保”支出共计${total}（保工资支出164,401万元，保运转支出3,761万元，保基本民生支出52,409万元）。`;
  it('reads each figure as one piece of the bracket', () => {
    silent(text('220,571万元'));
  });
  it('reports a total the pieces do not make', () => {
    reports(text('230,571万元'), 'number-sum', '230,571万元');
  });
});

describe('number-sum: a bracket label of two names joined by 、 (sums17)', () => {
  const text = (total: string): string => `全年共收各类案件${total}（含执恢、执保2208件），办结案件5986件。`;
  it('reads 执恢、执保 as the name of one part', () => {
    silent(text('6121件'));
  });
  it('reports a part larger than its total', () => {
    reports(text('2021件'), 'number-sum', '2021件');
  });
});

describe('number-sum: a paragraph ending with 其中： and its parts in the paragraphs after it (sums17)', () => {
  const text = (total: string): string =>
    `本季度全院共办理各类检察案件${total}。其中：\n\n刑事检察案件141件，审查逮捕41件；审查起诉99件；提请延押1件。\n\n民事检察案件12件，支持起诉3件；跟进监督9件。\n\n行政检察案件62件，对行政执行活动的监督62件。`;
  it('reads the paragraphs’ first counts as parts of the total', () => {
    silent(text('215件'));
  });
  it('reports parts that add up to more than the total', () => {
    reports(text('196件'), 'number-sum', '196件');
  });
  it('takes no total from a sentence that gives its level a share of another whole', () => {
    silent(
      '基本支出预算1037103元，占支出总预算的95.57%；项目支出预算48100元，占支出总预算的4.43%。其中：\n\n（一）文化旅游体育与传媒支出850088元，同比减少54357元。\n\n（二）社会保障和就业支出116433元，同比增加16803元。\n\n（三）卫生健康支出43897元，同比减少6014元。',
    );
  });
});

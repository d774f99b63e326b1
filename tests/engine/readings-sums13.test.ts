// Sums read in round 13 (branch sums13). Each case is a made-up text: the reading reports a total its parts do not
// add up to, and stays silent where they do or where the words do not tie the parts to that total.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

describe('sums13: a partition under a whole named before 中, stated paragraphs before (census sections)', () => {
  const lead = '一、总人口\n\n全县常住人口为52000人，比上年增加300人。\n\n二、性别构成\n\n';
  it('adds up 男性人口 and 女性人口 under 全县常住人口中 to the total of an earlier section', () => {
    findingAt(`${lead}全县常住人口中，男性人口为26500人，占51.0%；女性人口为24500人，占47.1%。`, '52000人');
    silent(`${lead}全县常住人口中，男性人口为26500人，占51.0%；女性人口为25500人，占49.0%。`);
  });
  it('reads 男性 and 女性 without a stem, after 2023年末全省常住人口中', () => {
    const text = (female: string) => `一、总量\n\n2023年末全省常住人口为6000万人。\n\n二、性别\n\n2023年末全省常住人口中，男性为3100万人；女性为${female}。`;
    findingAt(text('2800万人'), '6000万人');
    silent(text('2900万人'));
  });
  it('adds up 家庭户人口 and 集体户人口, everyone living in one household or the other', () => {
    const text = (collective: string) => `全县常住人口为52000人。\n\n（二）户别人口\n\n全县常住人口中共有家庭户16000户，家庭户人口为50000人，集体户人口为${collective}。`;
    findingAt(text('1500人'), '52000人');
    silent(text('2000人'));
  });
  it('takes no whole named otherwise (户籍人口 is not 常住人口) nor one of an earlier census', () => {
    silent('全县户籍人口为60000人。\n\n二、性别构成\n\n全县常住人口中，男性人口为26500人；女性人口为25500人。');
    silent('全县常住人口与2010年第六次全国人口普查的48000人相比，增加4000人。\n\n二、性别构成\n\n全县常住人口中，男性人口为26500人；女性人口为25500人。');
  });
});

describe('sums13: 立案提案中 opening a paragraph lists the proposals filed in an earlier one', () => {
  const lead = '会议共收到提案300件。经审查，立案260件，不予立案40件。\n\n';
  it('checks the parts against 立案, not against what was not filed', () => {
    findingAt(`${lead}立案提案中，委员提案200件，占74%；集体提案70件，占26%。`, '260件');
    silent(`${lead}立案提案中，委员提案200件，占76.9%；集体提案60件，占23.1%。`);
    silent(`${lead}在立案的提案中，各民主党派和人民团体提交集体提案60件，委员个人或联名提交提案200件。`);
  });
  it('does not take 不立案 for the whole 立案的提案 names', () => {
    noFindingAt('确定立案260件，占86.7%；不立案40件，占13.3%。\n\n在立案的提案中，集体提案60件，委员个人或联名提交提案200件。', '40件');
  });
});

describe('sums13: proposals merged (并案) are no whole of the proposals by author', () => {
  it('checks 委员提案 and 集体提案 against 立案, past 并案1件', () => {
    findingAt('会议共收到提案300件。经审查，立案250件，并案1件，不予立案40件。在立案的提案中，委员提案200件，占74.1%；集体提案70件，占25.9%。', '250件');
    silent('会议共收到提案300件。经审查，立案270件，并案1件，不予立案29件。在立案的提案中，委员提案200件，占74.1%；集体提案70件，占25.9%。');
  });
});

describe('sums13: parts whose shares of one whole make 100% add up to it', () => {
  it('reports the whole when the parts, each with its share, do not add up to it', () => {
    const text = (whole: string) => `受理的${whole}中，农业方面20件，占总数的25%；交通方面30件，占总数的37.5%；教育方面10件，占总数的12.5%；其他方面20件，占总数的25%。`;
    findingAt(text('72件'), '72件');
    silent(text('80件'));
  });
  it('says nothing when the shares do not make 100% (the list leaves some out)', () => {
    noFindingAt('受理的72件中，农业方面20件，占总数的25%；交通方面30件，占总数的37.5%；教育方面10件，占总数的12.5%。', '72件');
  });
});

describe('sums13: electricity in 千瓦时 is read and added up', () => {
  it('reads 万千瓦时 and 亿千瓦时 (千瓦时 a unit, not 千 + 瓦时) and reports parts over the total', () => {
    findingAt('全社会用电量215284万千瓦时，其中工业用电量227650万千瓦时，生活用电量44727万千瓦时。', '215284万千瓦时');
    reports('全社会用电量215284万千瓦时，其中工业用电量227650万千瓦时，生活用电量44727万千瓦时。', 'number-sum', '12366万千瓦时');
    silent('全社会用电量21.53亿千瓦时，其中工业用电量127650万千瓦时，生活用电量44727万千瓦时。');
  });
  it('takes a list of two industries of the three, the third in a later sentence, as no complete list', () => {
    silent('分产业看，第一产业用电量为840.1万千瓦时，增长13.5%；第二产业用电量为44540.9万千瓦时，其中工业用电量为41840.1万千瓦时。第三产业用电量为16327.7万千瓦时。全行业用电量为61708.8万千瓦时。');
    silent(
      '全年地区生产总值98亿元，增长5%。分产业看，第一产业增加值8亿元，增长3%；第二产业增加值40亿元，下降3%，其中工业增加值35亿元，下降5%，降幅收窄。二产下降主要是受部分企业停产影响。第三产业增加值50亿元，增长5%。',
    );
  });
});

describe('sums13: the three industries’ shares gain what they lose (个百分点)', () => {
  it('reports a change that the other two do not make up', () => {
    findingAt('三次产业结构为8.0:40.0:52.0。与上年相比，第一产业比重下降0.3个百分点，第二产业比重下降0.5个百分点，第三产业比重提高1.8个百分点。', '1.8个百分点');
    silent('三次产业结构为8.0:40.0:52.0。与上年相比，第一产业比重下降0.3个百分点，第二产业比重下降0.5个百分点，第三产业比重提高0.8个百分点。');
  });
  it('reads one industry 持平 and a part of one after 其中 as no change of the three', () => {
    findingAt('第一产业增加值占地区生产总值的比重为26.7%，与上年持平；第二产业增加值的比重为23.7%，比上年提高0.4个百分点；第三产业增加值的比重为49.6%，比上年下降0.6个百分点。', '0.6个百分点');
    silent(
      '第一产业占地区生产总值的比重比上年下降1.1个百分点；第二产业占地区生产总值的比重比上年提高0.7个百分点，其中工业增加值占地区生产总值的比重为29.4%，上升0.5个百分点；第三产业占地区生产总值的比重比上年提高0.4个百分点。',
    );
  });
  it('says nothing of changes that are not the industries’ shares', () => {
    silent('与上年相比，第一产业增加值增长速度下降0.3个百分点，第二产业下降0.5个百分点，第三产业提高1.8个百分点。');
  });
});

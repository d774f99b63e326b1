// Readings of round 34 (shares34): a share cut off at its written decimals instead of rounded (19件 of 130件 is
// 14.62%, written 14%) does not hold, yet it shows which whole the writer divided by; a list whose shares hold
// against a total but for such cut-offs is read against that total, and the cut-offs are reported. Each case is a
// made-up text modelled on a real one (a list of motions by field, 占比 and nothing more).

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

// 14/130 = 10.77 (11), 19/130 = 14.62 (cut to 14), 25/130 = 19.23 (19), 22/130 = 16.92 (cut to 16), 12/130 = 9.23 (9),
// 13/130 = 10 (10): the parts add up to 105, not the 130 they are shares of
const motions =
  '2024年，市政协全体会议期间转交市政府办理的提案130件，其中委员个人提案118件，集体提案12件。经审查分类，农业农村方面的提案14件，占比11%；' +
  '城乡建设方面的提案19件，占比14%；民生保障方面的提案25件，占比19%；产业发展方面的提案22件，占比16%；社会治理方面的提案12件，占比9%；教育卫生方面的提案13件，占比10%。\n';

describe('number-ratio: a list of shares, two of them cut off at their decimals (shares34)', () => {
  it('reads the list against the whole and reports each share cut off', () => {
    reports(motions, 'number-ratio', '19件 ÷ 130件');
    findingAt(motions, '占比14%');
    findingAt(motions, '占比16%');
    noFindingAt(motions, '占比19%');
  });
  it('stays silent when every share is rounded', () => {
    silent(motions.replace('占比14%', '占比15%').replace('占比16%', '占比17%'));
  });
  it('reports a share broken beside the cut-offs', () => {
    findingAt(motions.replace('占比19%', '占比24%'), '占比24%');
  });
  it('cuts at two decimals as well', () => {
    const text = motions.replace(/占比(\d+)%/g, (_, v: string) => `占比${{ '11': '10.77', '14': '14.61', '19': '19.23', '16': '16.92', '9': '9.23', '10': '10.00' }[v]}%`);
    reports(text.replace('16.92%', '16.93%'), 'number-ratio', '19件 ÷ 130件');
  });
});

describe('number-ratio: shares off by more than a cut give no whole (shares34)', () => {
  it('leaves a list whose two failing shares are not their quotients cut off', () => {
    noFindingAt(motions.replace('占比14%', '占比12%').replace('占比16%', '占比13%'), '占比12%');
  });
  it('leaves a list with one cut-off and two shares no cut explains', () => {
    // (14.62 cut to 14 is a cut; 16.92 written 15 and 9.23 written 7 are not: three of six fail)
    noFindingAt(motions.replace('占比16%', '占比15%').replace('占比9%', '占比7%'), '占比14%');
  });
});

// 3600/4800 = 75.00%; a made-up registration count modelled on a national report (…业务3750万笔。其中，汽车…3502万笔，占93.40%)
const registrations = '全年全市共办理不动产登记业务4800件，同比增长6.2%。其中，住宅登记业务3600件，占75.00%。\n';

describe('number-ratio: the first part after 其中 of the one level stated before it (shares34)', () => {
  it('reads the share against the level of the sentence before', () => {
    silent(registrations);
    reports(registrations.replace('75.00%', '80.00%'), 'number-ratio', '3600件 ÷ 4800件');
  });
  it('leaves the first of a list of shares after 其中 to the list’s reading', () => {
    const list = '代表共提出建议100件。全部由市政府组织办理，已于10月底前办理完毕。其中：已解决的38件，占38%；计划逐步解决的40件，占40%；暂时无法解决的22件，占22%。\n';
    silent(list);
    findingAt(list.replace('占40%', '占45%'), '占45%');
  });
  it('leaves it when the paragraph states two levels of its unit before it', () => {
    noFindingAt(registrations.replace('4800件，', '4800件，上年办理4500件，').replace('75.00%', '80.00%'), '80.00%');
  });
});

// 54/90 = 60.0%, 33/90 = 36.7%, 3/90 = 3.3%
const proposals =
  '今年人代会期间，代表共提出了90件建议。政府及时向46家承办单位进行了交办。截至目前，已解决或基本解决的建议有54件，占总数60.0%；正在解决的建议有33件，占总数36.7%；暂时无法解决的建议有3件，占3.3%。\n';

describe('number-ratio: a list going on from shares of the total stated in a sentence before (shares34)', () => {
  it('reads the last share, which names no whole, against the total its siblings name', () => {
    silent(proposals);
    findingAt(proposals.replace('占3.3%', '占8.3%'), '占8.3%');
  });
  it('leaves it when the siblings name their whole by words other than the total', () => {
    noFindingAt(proposals.replace(/占总数/g, '占建议').replace('占3.3%', '占8.3%'), '占8.3%');
  });
});

// 第二产业 30.0% of all the investment; 制造业 24.0% of all and 80.0% of 工业投资: 工业 is 30.0% of all, no more than 第二产业
const investment =
  '分产业看，第一产业完成投资同比增长12%，占全部投资的比重为1.0%；第二产业完成投资同比增长18.5%，占全部投资的比重为30.0%；第三产业完成投资同比增长9.1%，占全部投资的比重为69.0%。\n\n' +
  '二是制造业投资增长较快。制造业投资同比增长36.2%，占工业投资80.0%，占全部投资的24.0%，拉动全部投资增长6.1个百分点。\n';

describe('number-ratio: an item’s shares of 工业投资 and of all the investment against 第二产业’s share (shares34)', () => {
  it('stays silent when 工业’s share they give is within 第二产业’s', () => {
    silent(investment);
  });
  it('reports shares that make 工业投资 more of all the investment than 第二产业投资', () => {
    reports(investment.replace('占工业投资80.0%', '占工业投资70.0%'), 'number-ratio', '24.0% ÷ 70.0%');
  });
  it('leaves the shares when no share of 第二产业 is stated', () => {
    noFindingAt(investment.replace('增长18.5%，占全部投资的比重为30.0%', '增长18.5%').replace('占工业投资80.0%', '占工业投资70.0%'), '24.0%');
  });
});

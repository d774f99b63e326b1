// Readings of round 15 for shares, rates, points and sex ratios (branch shares15). Each case is a made-up text: the
// reading finds the relation (so a wrong figure is reported), and the same words without what it reads stay silent.

import { noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: a plan named 计划数 right before its share (shares15)', () => {
  it('reads 占计划数12万头的105% as the count over that plan, over 100% too', () => {
    silent('2024年全县生猪出栏12.6万头，占计划数12万头的105%；肉牛出栏2.2万头，占计划数2万头的110%。');
    reports('2024年全县生猪出栏12.6万头，占计划数12万头的110%；肉牛出栏2.2万头，占计划数2万头的110%。', 'number-ratio', '12.6万头 ÷ 12万头');
  });
  it('still reads no share over 100% of a figure that is no plan', () => {
    silent('2024年全县生猪出栏12.6万头，占存栏数12万头的110%。');
  });
});

describe('number-ratio: a share after 其中 of a part of the share before it (shares15)', () => {
  const head =
    '2023年末，全县常住人口为100万人，与2022年末常住人口99万人相比，增加1万人。\n\n2023年末全县常住人口中，0-15岁的人口为15万人，占总人口的15.0%，比上年下降0.3个百分点；16-59岁的人口为60万人，占总人口的60.0%，比上年下降0.8个百分点；';
  it('reads 其中65岁及以上人口…占比为 as of all the people (or of the band it is in)', () => {
    silent(`${head}60岁及以上的人口为25万人，占总人口的25.0%，比上年上升1.1个百分点，其中65岁及以上人口为18万人，占比为18.0%。`);
    reports(`${head}60岁及以上的人口为25万人，占总人口的25.0%，比上年上升1.1个百分点，其中65岁及以上人口为18万人，占比为19.0%。`, 'number-ratio', '18万人 ÷ 100万人');
  });
  it('reads nothing when another level stands between the two', () => {
    silent(`${head}60岁及以上的人口为25万人，占总人口的25.0%，涉及家庭8万户，其中65岁及以上人口为18万人，占比为19.0%。`);
  });
});

describe('number-ratio: the other half of the part before it (男 and 女) is of the same whole (shares15)', () => {
  const head = '2023年末全县常住人口为100万人。据统计，全县常住人口中，男性人口为51万人，比上年下降0.3%，占总人口的比重为51.0%；';
  it('reads 女性人口…占比 after 男性人口…占总人口的 as of the population', () => {
    silent(`${head}女性人口为49万人，下降0.2%，占比49.0%。`);
    reports(`${head}女性人口为49万人，下降0.2%，占比48.0%。`, 'number-ratio', '49万人 ÷ 100万人');
  });
  it('reads nothing for a part that is no other half', () => {
    silent(`${head}65岁及以上人口为12万人，下降0.2%，占比10.0%。`);
  });
});

describe('number-ratio: the first part after 其中, before a share read against the whole (shares15)', () => {
  const head = '截至11月底，代表共对200件建议的办理情况进行了反馈。其中“满意”180件，';
  it('reads the first share of the list against the whole its next share is of', () => {
    silent(`${head}占90%，“基本满意”20件，占10%。`);
    reports(`${head}占88%，“基本满意”20件，占10%。`, 'number-ratio', '180件 ÷ 200件');
  });
  it('reads nothing when another figure stands between the whole and the list', () => {
    silent('截至11月底，代表共对200件建议的办理情况进行了反馈，涉及单位30家。其中“满意”180件，占88%，“基本满意”20件，占10%。');
  });
});

describe('number-ratio: shares 占比分别为 of the level the listed parts break down (shares15)', () => {
  const head = '2023年，全县年末城乡就业人员100万人。按产业划分，第一产业30万人，第二产业25万人，第三产业45万人，';
  it('reads each share against the level before the parts when they add up to it, after a colon too', () => {
    silent(`${head}占比分别为：30.0%、25.0%、45.0%。`);
    reports(`${head}占比分别为：30.0%、20.0%、45.0%。`, 'number-ratio', '25万人 ÷ 100万人');
    reports(`${head}占比分别为30.0%、20.0%、45.0%。`, 'number-ratio', '25万人 ÷ 100万人');
  });
  it('reads no whole the parts do not add up to', () => {
    noFindingAt('2023年，全县年末城乡就业人员120万人。按产业划分，第一产业30万人，第二产业25万人，第三产业45万人，占比分别为：30.0%、20.0%、45.0%。', '20.0%');
  });
});

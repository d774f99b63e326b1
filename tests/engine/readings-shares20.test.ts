// Readings of round 19 for shares (branch shares20). Each case is a made-up text in the style of a census bulletin:
// the reading finds the relation (so a wrong figure is reported), and the same words with the right figure, or
// without what it reads, stay silent.

import { reports, silent } from './figure-findings';

describe('number-ratio: the two halves of a whole are all of it (shares20)', () => {
  const text = (male: string, female: string): string => `一、全县人口性别构成\n\n全县常住人口中，男性人口为52460人，占${male}；女性人口为47540人，占${female}。人口性别比为110.35。`;
  it('reads 男性…占, 女性…占 against the two counts added up when no total is stated', () => {
    silent(text('52.46%', '47.54%'));
    reports(text('57.46%', '47.54%'), 'number-ratio', '52460人');
  });
  it('reads 城镇 and 乡村 alike, and leaves two parts that are no halves', () => {
    silent('全镇常住人口中，城镇人口为31200人，占62.4%；乡村人口为18800人，占37.6%。');
    reports('全镇常住人口中，城镇人口为31200人，占62.4%；乡村人口为18800人，占32.6%。', 'number-ratio', '18800人');
    silent('全镇常住人口中，汉族人口为31200人，占62.4%；外来人口为18800人，占32.6%。');
  });
});

describe('number-ratio: age bands from 0 to 及以上, each share of the counts added up (shares20)', () => {
  const text = (young: string, old: string): string =>
    `全区常住人口[2]中，0-14岁[3]人口为30000人，占${young};15-59岁人口为60000人，占60.00%;60岁及以上人口为10000人，占10.00%，其中65岁及以上人口为7000人，占${old}。`;
  it('reads a band after a footnote mark ([3]) and each share against the three counts', () => {
    silent(text('30.00%', '7.00%'));
    reports(text('35.00%', '7.00%'), 'number-ratio', '30000人');
  });
  it('reads the band after 其中 within the last one as a share of all the population', () => {
    reports(text('30.00%', '9.00%'), 'number-ratio', '7000人');
  });
  it('leaves bands whose shares are not each after its count, which only add up to 100', () => {
    silent('全区常住人口中，0-14岁人口占30.00%;15-59岁人口占60.00%;60岁及以上人口占10.00%，其中65岁及以上人口占8.00%。');
    reports('全区常住人口中，0-14岁人口为30000人，占30.00%;15-59岁人口为60000人，占60.00%;60岁及以上人口为10000人，占10.00%，其中65岁及以上人口为7000人，占8.00%。', 'number-ratio', '7000人');
  });
});

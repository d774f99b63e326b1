// Readings of round 21 for shares (branch shares22). Each case is a made-up text in the style of a bulletin: the
// reading finds the relation (so a wrong figure is reported), and the same words with the right figure stay silent.

import { reports, silent } from './figure-findings';

describe('number-ratio: 占党员总数 of the X总数 stated before, not of a part with its own share (shares22)', () => {
  const text = (young: string): string =>
    `截至2023年底，全县党员总数为1.25万名，比上年净增230名。\n\n从党员的性别和学历看，女党员3125名，占党员总数的25.0%；大专及以上学历党员6000名，占党员总数的48.0%。\n\n从党员的年龄看，35岁及以下的党员2500名，占党员总数的${young}；36岁至60岁的党员6250名，占党员总数的50.0%；61岁及以上的党员3750名，占党员总数的30.0%。`;
  it('reads the age bands against 党员总数 of the first paragraph, not the 6000名 of the paragraph before', () => {
    silent(text('20.0%'));
    reports(text('22.0%'), 'number-ratio', '1.25万名');
  });
});

describe('number-ratio: 占发展党员总数 of the total of 发展党员, not of all 党员 (shares22)', () => {
  const text = (farmers: string): string =>
    `全省共有党员52.6万名，比上年净增1.2万名。\n\n今年全省共发展党员1.6万名。其中，发展具有大专及以上学历的党员9600名，占发展党员总数的60.0%。从社会职业看，学生4000名，占发展党员总数的25.0%；农牧渔民1200名，占发展党员总数的${farmers}。`;
  it('reads each share against 共发展党员', () => {
    silent(text('7.5%'));
    reports(text('8.5%'), 'number-ratio', '1.6万名');
  });
});

describe('number-ratio: 政务服务中心 is no whole named with 中 (shares22)', () => {
  const text = (total: string, share: string): string => `政务服务中心投用以来，${total}截至目前，进驻政务服务大厅事项304项，占进驻总数的95%；“一网通办”事项208项，占总数的${share}。`;
  it('does not read 政务服务 as the whole the share stands in', () => {
    silent(text('区本级32家单位政务服务事项由300项增至320项，', '65%'));
    reports(text('全区政务服务事项共320项，', '60%'), 'number-ratio', '320项');
  });
});

describe('number-ratio: shares named alike are of the whole the first was read against (shares22)', () => {
  const text = (town: string): string =>
    `2022年，全县用水总量5.20亿立方米，比上年增加2.1%。\n\n其中农田灌溉用水量3.12亿立方米，占用水总量的60.0%；城镇公共用水量0.26亿立方米，占用水总量的${town}；城镇居民生活用水量0.52亿立方米，占用水总量的10.0%。`;
  it('reads the 城镇 shares against 用水总量 too', () => {
    silent(text('5.0%'));
    reports(text('6.0%'), 'number-ratio', '5.20亿立方米');
  });
});

// Readings of round 19 for changes (branch changes20). Each case is a made-up text: the reading finds the relation
// (so a wrong figure is reported), and the same words with the right figure stay silent.

import { reports, silent } from './figure-findings';

describe('number-ratio: a difference between a level and the level it is compared with (changes20)', () => {
  it('reads 比上年同期N件少M件 as the compared level less the level', () => {
    const text = (d: string): string => `从反映对象来看，反映乡科级干部96件，比上年同期140件少${d}件；反映一般干部51件，比上年同期63件少12件。`;
    silent(text('44'));
    reports(text('54'), 'number-ratio', '140件 − 96件');
  });
  it('reads 较去年的N增加M, with a unit per something after both', () => {
    const text = (d: string): string => `全镇完成烤烟收购，均价28.46元/公斤，较去年的27.10元/公斤增加${d}元/公斤；烟农售烟收入为2380.5万元，较去年2216.7万元增加163.8万元。`;
    silent(text('1.36'));
    reports(text('1.63'), 'number-ratio', '28.46元 − 27.10元');
  });
  it('reads 与…的N人相比，增加M人 and 比…的N人减少M人 of a census', () => {
    const text = (d: string, s: string): string =>
      `全县常住人口为352618人，全县常住人口与2010年第六次全国人口普查的341207人相比，增加${d}人，增长3.34%。平均每个家庭户的人口为2.74人，比2010年第六次全国人口普查的3.21人减少${s}人。`;
    silent(text('11411', '0.47'));
    reports(text('11141', '0.47'), 'number-ratio', '352618人 − 341207人');
    reports(text('11411', '0.57'), 'number-ratio', '3.21人 − 2.74人');
  });
  it('reads a difference right after 从N增长到M', () => {
    const text = (d: string): string => `从2019年到2020年，全市60周岁以上老年人口从86.42万人增长到89.15万人，增加了${d}万人。`;
    silent(text('2.73'));
    reports(text('3.73'), 'number-ratio', '89.15万人 − 86.42万人');
  });
  it('checks each difference of a sentence against its own levels (比上年同期N增收M，增长…，…比上年同期N增收M)', () => {
    const text = (d: string): string =>
      `其中：税收收入完成18,240万元，为全年预算26,500万元的68.8%，比上年同期17,905万元增收${d}万元，增长1.9%，非税收入完成9,312万元，比上年同期8,120万元增收1,192万元，增长14.7%。`;
    silent(text('335'));
    reports(text('355'), 'number-ratio', '18,240万元 − 17,905万元');
  });
});

describe('number-ratio: the level compared with right before the verb of the percentage (changes20)', () => {
  it('reads 较2019年N增长p% in a bulletin of the year after', () => {
    const text = (p: string): string => `2020年禽蛋产量2140吨，较2019年2010吨增长${p}；生猪出栏达到38.62万头，较2019年35.40万头增长9.10%。`;
    silent(text('6.47%'));
    reports(text('7.47%'), 'number-ratio', '(2140吨 − 2010吨) ÷ 2010吨');
  });
  it('reads 较2019年一季度林业产值N增长了p% past a completion rate', () => {
    const text = (p: string): string => `一季度，全省林业完成产值142亿元，为任务目标130亿元的109.23%，较2019年一季度林业产值105亿元增长了${p}。`;
    silent(text('35.24%'));
    reports(text('30.24%'), 'number-ratio', '(142亿元 − 105亿元) ÷ 105亿元');
  });
});

describe('number-ratio: the level compared with alone in brackets (changes20)', () => {
  it('reads N件（去年同期为M件），同比上升p%', () => {
    const text = (p: string): string => `1-3月份，共受理审判类案件1864件（去年同期为1712件），同比上升${p}；其中新收1250件，同比下降3.10%。`;
    silent(text('8.88%'));
    reports(text('9.88%'), 'number-ratio', '(1864件 − 1712件) ÷ 1712件');
  });
  it('reads 较2018年（总产N吨）增p% and 比常年（N亿立方米）偏少p%', () => {
    const tea = (p: string): string => `春茶总产量1865.2吨，较2018年（总产1620.4吨）增${p}；成品茶产量2410.5吨。`;
    silent(tea('15.11%'));
    reports(tea('16.11%'), 'number-ratio', '(1865.2吨 − 1620.4吨) ÷ 1620.4吨');
    const water = (p: string): string => `地表水资源量 64.30 亿立方米，折合径流深 231.5 毫米，比常年（78.40 亿立方米）偏少 ${p}；地下水资源量 21.05 亿立方米。`;
    silent(water('18.0%'));
    reports(water('13.0%'), 'number-ratio', '(78.40 亿立方米 − 64.30 亿立方米) ÷ 78.40 亿立方米');
    // (a bracket that is an aside is no level compared with)
    silent('全年共受理案件1864件（不含上年旧存212件），同比上升9.88%；其中新收1250件。');
  });
});

describe('number-ratio: a second run of differences after 环比, of the same levels (changes20)', () => {
  it('reads 同比少…分别下降…，环比少…分别下降… against the two levels before both runs', () => {
    const text = (p: string): string => `2月份，全省共发生各类事故112起，死亡58人，同比少40起，少22人，分别下降26.32%和27.50%，环比少27起，少9人，分别下降19.42%和${p}。`;
    silent(text('13.43%'));
    reports(text('15.43%'), 'number-ratio', '9人 ÷ (58人 + 9人)');
  });
});

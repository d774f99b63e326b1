// Readings of restatements (issue 12, branch restate23): a figure within an enumerated item (一是, 二是, 其三, 第四，)
// is that item's, and two items of other numbers give a measure for two fields, each its own scope; and a measure
// written with the draft's own place before it (锦屏县共签约招商引资项目, 赣州有退役军人), the place its title opens
// with, is the measure written without it. Each case is a made-up text: items of other numbers and another place stay
// silent, and the measure stated twice with two values is reported.

import { reports, silent } from './figure-findings';

describe('number-conflict: a measure within two enumerated items (restate23)', () => {
  it('reads the investment of each item paragraph as that item’s own, not one measure stated twice', () => {
    silent(
      '2024年，全省交通建设完成投资1286亿元，投向主要在四个领域：\n\n' +
        '一是高速公路建设。包括新开工的三条高速公路。\n\n' +
        '二是普通国省道改造。改造里程超过600公里。\n\n' +
        '三是农村公路提升。完成投资312亿元，包括通村公路和资源路、旅游路等。\n\n' +
        '四是港口航道等其他项目，完成投资97亿元，包括内河航道整治和港口集疏运体系建设。',
    );
  });

  it('reads items by their number within one paragraph too', () => {
    silent('今年全市重点工作进展顺利。一是招商引资，完成投资58亿元。二是城市更新，完成投资21亿元。');
  });

  it('compares items inline in two paragraphs: two enumerations, one measure under two numbers', () => {
    const sections = (later: string): string =>
      '一、主要指标完成情况。一是建筑业总产值，1—6月完成总产值66.63亿元；二是房地产开发投资，2023年目标任务76亿元，1—7月完成投资28.55亿元。\n\n' +
      `二、住房发展推进情况。一是房地产。1—7月完成投资${later}，占年度计划的37.57%。`;
    silent(sections('28.55亿元'));
    reports(sections('25.85亿元'), 'number-conflict', '25.85亿元');
  });

  it('still compares a figure outside any item with one within', () => {
    const closing = (total: string): string => `今年全市重点工作进展顺利。一是招商引资，完成投资58亿元。二是城市更新，改造老旧小区36个。\n\n全市完成投资${total}。`;
    silent(closing('58亿元'));
    reports(closing('85亿元'), 'number-conflict', '85亿元');
  });
});

describe('number-conflict: a measure under the draft’s own place and without it (restate23)', () => {
  const projects = (title: string, who: string, later: string): string =>
    `${title}\n\n记者从青山县招商部门获悉，${who}前10个月共签约招商引资项目54个，协议资金98.6亿元。\n\n` + `今年以来，青山县着力改善投资环境。1-10月，全县签约项目${later}，完成工作任务的96.4%。`;

  it('reads the place the title opens with, and 共, as no narrowing of the measure', () => {
    silent(projects('青山县招商引资到位资金近15亿元', '青山县', '54个'));
    reports(projects('青山县招商引资到位资金近15亿元', '青山县', '45个'), 'number-conflict', '“签约项目”（1-10月）此处为45个');
  });

  it('reads 有 after the place too, and a place name that ends like a level (白河, 赣州)', () => {
    const veterans = (later: string): string =>
      `白河建成退役军人服务站1324个\n\n白河有退役军人12.6万人、建成退役军人服务站1324个。\n\n截至目前，全市有退役军人${later}，享受定期抚恤补助的优抚对象3.1万人。`;
    silent(veterans('12.6万人'));
    reports(veterans('16.2万人'), 'number-conflict', '16.2万人');
  });

  it('reads no other place: one the title names within another, or one it does not open with', () => {
    // 临江 is the city around the county the title is about; 白石镇 is a town of the county
    silent(projects('临江市青山县招商引资到位资金近15亿元', '临江', '45个'));
    silent(projects('青山县招商引资到位资金近15亿元', '白石镇', '45个'));
  });
});

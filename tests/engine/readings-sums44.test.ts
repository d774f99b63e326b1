// Readings of sums44 (issue 12, round 44): sums whose parts stand after the total in a later paragraph. A sorting
// (分…看, 从…看) after sortings that each open their paragraph cuts the whole of the paragraph that leads them; a sorting
// whose first sentence only says in words what the cut shows lists the parts in the next sentence; after a sorting, the
// first part names the total's measure after its kind and the later parts are short names. Each case made up, each
// silent case failing without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a sorting after sortings that open their paragraphs (sums44)', () => {
  const fires = (total: string, whole = '发生火灾'): string =>
    `今年前三季度，全省共${whole}${total}，死亡120人。\n\n据介绍，今年前三季度全省火灾情况呈现如下特点：\n\n从区域分布看，东部占40.1%，比例最高。\n\n从城乡分布看，城市火灾比重较小，农村火灾伤亡较多。城市发生火灾2.5万起；县城集镇发生火灾2.8万起；农村发生火灾3.0万起；其他区域发生火灾0.3万起。`;

  it('reads the parts against the whole of the paragraph leading the run', () => {
    assert.deepEqual(figureFindings(fires('8.6万起')), []);
  });

  it('reports a whole smaller than its parts', () => {
    assert.deepEqual(figureFindings(fires('7.6万起')), ['number-sum 7.6万起']);
  });

  it('does not read parts named by another measure than the whole', () => {
    assert.deepEqual(figureFindings(fires('7.6万起', '接报各类警情')), []);
  });

  it('does not read a list cut short before the other counts of its sentence', () => {
    const census =
      '2018年末，全国共有法人单位2178.9万个，比上年末增加93.2万个。\n\n按区域分，东部地区拥有法人单位1280.2万个，占58.8%；中部地区492.9万个，占22.6%；西部地区405.8万个，占18.6%。\n\n按机构类型分，企业法人单位1857.0万个，占85.2%，比上年末增加36.2万个；机关、事业法人单位107.5万个，占4.9%；社会团体30.5万个，占1.4%；其他法人183.9万个，占8.4%。';
    assert.deepEqual(figureFindings(census), []);
  });

  it('does not read a next sentence that lists something else (较大事故分别是…)', () => {
    const accidents = '2023年，全省发生各类生产安全事故949起、死亡1030人。\n\n从行业看，道路运输事故、建筑业事故较多。较大事故分别是建筑业2起、道路运输12起、其他类4起。';
    assert.deepEqual(figureFindings(accidents), []);
  });

  it('does not read across a paragraph that is no sorting', () => {
    const text = fires('7.6万起').replace('从区域分布看，东部占40.1%，比例最高。', '各地加强消防检查，共检查单位1.2万家。');
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('the parts named once with the total’s measure after a sorting (sums44)', () => {
  const revenue = (total: string, second = '批发和零售业1500亿元，增长4.4%'): string =>
    `2024年，上述企业实现营业收入${total}，比上年增长7.0%。\n\n分行业类别看，9个行业的营业收入均实现增长。\n\n分产业类型看，制造业实现营业收入3600亿元，比上年增长3.2%；${second}；服务业3500亿元，增长12.4%。`;

  it('reads the short names after the first as parts of the total', () => {
    assert.deepEqual(figureFindings(revenue('8600亿元')), []);
  });

  it('reports a total smaller than their sum', () => {
    assert.deepEqual(figureFindings(revenue('7600亿元')), ['number-sum 7600亿元']);
  });

  it('does not read groups that state another level of their own', () => {
    assert.deepEqual(figureFindings(revenue('7600亿元', '批发和零售业1500亿元，利润总额120亿元')), []);
  });

  it('reads them under a total in the paragraph right before too', () => {
    const text = `2024年，上述企业实现营业收入9600亿元，比上年增长7.0%。\n\n分产业类型看，制造业实现营业收入3600亿元，比上年增长3.2%；批发和零售业1500亿元，增长4.4%；服务业3500亿元，增长12.4%。`;
    assert.deepEqual(figureFindings(text), ['number-sum 9600亿元']);
  });
});

describe('a sorting under a whole whose paragraph ends with its share (sums44)', () => {
  const privateSector = (total: string, after = '全市民营经济增加值占GDP比重为58.64%。'): string =>
    `今年上半年，全市实现民营经济增加值${total}，同比增长1.8%。${after}\n\n分产业看，第一产业实现民营经济增加值5.92亿元，增速为1.1%；第二产业实现民营经济增加值109.1亿元，增速为1.5%；第三产业实现民营经济增加值77.95亿元，增速为2.2%。`;

  it('reads the whole before the sentences of its share and rates', () => {
    assert.deepEqual(figureFindings(privateSector('192.97亿元')), []);
  });

  it('reports a whole that is not the sum of the parts', () => {
    assert.deepEqual(figureFindings(privateSector('212.97亿元')), ['number-sum 212.97亿元']);
  });

  it('does not pass over a sentence that states a level of its own', () => {
    assert.deepEqual(figureFindings(privateSector('212.97亿元', '全市民营企业达到3.2万户。')), []);
  });
});

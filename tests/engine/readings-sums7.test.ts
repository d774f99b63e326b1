// Readings of round 7 for sums (issue 12, mutants): parts whose words make them all of a whole.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 7 (issue 12, mutants)', () => {
  it('adds up 公立医院 and 民营医院 to the hospitals stated in the paragraph just before', () => {
    const lead = '上半年，全市医疗卫生机构总诊疗544.34万人次，同比增加0.31%。其中：医院诊疗208.91万人次，同比增加7.50%；基层医疗卫生机构诊疗322.12万人次。\n\n';
    silent(`${lead}公立医院诊疗167.31万人次，同比增加10.01%；民营医院诊疗41.60万人次，同比减少1.56%。`);
    reports(`${lead}公立医院诊疗167.31万人次，同比增加10.01%；民营医院诊疗31.60万人次，同比减少1.56%。`, 'number-sum', '公立、民营构成完整分类');
  });

  it('adds up the three industries to 地区生产总值 stated in the paragraph just before', () => {
    const lead = '一季度，全市实现地区生产总值545.0亿元，同比增长10.2%。\n\n';
    silent(`${lead}一、产业结构不断优化。第一产业实现增加值41.99亿元，增长3.6%；第二产业实现增加值313.14亿元，增长10.8%；第三产业实现增加值189.87亿元，增长10.6%。`);
    reports(`${lead}一、产业结构不断优化。第一产业实现增加值41.99亿元，增长3.6%；第二产业实现增加值313.14亿元，增长10.8%；第三产业实现增加值169.87亿元，增长10.6%。`, 'number-sum', '构成完整分类');
  });

  it('takes a whole from the paragraph before only when it is the one figure there that can be', () => {
    silent('其中：地方一般预算收入完成8983万元。\n\n从征收部门看：税务部门组织地方收入5982万元；财政部门组织地方收入3001万元。\n\n从征收质量看：税收收入完成5982万元，非税收入完成3001万元。');
  });

  it('adds up 男性人口 and 女性人口 to the population stated in the paragraph just before', () => {
    const lead = '2022年末，湖南常住人口6604.0万人，比上年减少18.0万人。\n\n';
    silent(`${lead}男性人口为3380.0万人，占51.18%；女性人口为3224.0万人，占48.82%。`);
    reports(`${lead}男性人口为3380.0万人；女性人口为2924.0万人。`, 'number-sum', '男、女构成完整分类');
  });

  it('looks for the whole only in the paragraph right before, not in one further back', () => {
    silent('一季度，全市实现地区生产总值545.0亿元，同比增长10.2%。\n\n各项工作扎实推进。\n\n第一产业实现增加值41.99亿元；第二产业实现增加值313.14亿元；第三产业实现增加值169.87亿元。');
  });

  it('adds up 委员提案 and 集体提案 to the proposals filed', () => {
    silent('大会共收到提案520件，经审查，立案486件。在立案提案中，委员提案402件，占82.7%；各民主党派、人民团体等集体提案84件，占17.3%。');
    reports('大会共收到提案520件，经审查，立案436件。在立案提案中，委员提案402件；各民主党派、人民团体等集体提案84件。', 'number-sum', '委员提案和集体提案构成全部提案');
    // the whole after a merge (并案处理后为), or the proposals received: any that the two add up to
    silent('大会共收到提案157件。经审查，共立案133件，并案处理后为123件，其中，集体提案29件，委员提案94件。');
    silent('共收到提案248件。其中委员个人或联名提案223件，集体提案25件。');
  });

  it('takes no pair of authors beside a third count of proposals, nor a whole not named as proposals', () => {
    silent('立案500件。其中委员个人提案300件，委员联名提案120件，集体提案50件。');
    silent('全年办理群众来信320件。委员提案20件，集体提案10件。');
  });

  it('adds up 男性 and 女性 after “其中，” exactly to the population before them', () => {
    silent('2024年末，全县户籍人口117.95万人，比上年下降0.5%，其中：男性61.11万人，女性56.85万人。');
    reports('2024年末，全县户籍人口117.95万人，比上年下降0.5%，其中：男性61.11万人，女性46.85万人。', 'number-sum', '男、女构成完整分类');
    silent('年末户籍人口210084人。其中，男108374人，女101710人；出生人口1290人。');
    reports('年末户籍人口210084人。其中，男108374人，女91710人；出生人口1290人。', 'number-sum', '男、女构成完整分类');
  });

  it('adds up 新建项目 and 续建项目 to the projects before them, unless another kind is counted beside them', () => {
    silent('2017年，我旗列入市级亿元以上重点项目40项，新建项目22项，续建项目18项；总投资1174.74亿元。');
    reports('2017年，我旗列入市级亿元以上重点项目40项，新建项目22项，续建项目12项；总投资1174.74亿元。', 'number-sum', '新建、续建构成完整分类');
    silent('2017年，我旗列入市级亿元以上重点项目40项，新建项目22项，续建项目12项，前期项目6项。');
  });

  it('adds up 城镇 and 乡村 retail sales, and 商品零售 and 餐饮收入, to 社会消费品零售总额', () => {
    silent('上半年，全县社会消费品零售总额19.99亿元，同比增长5.1%。城镇消费品零售额11.35亿元，增长4.8%；乡村消费品零售额8.64亿元，增长5.5%。');
    reports('上半年，全县社会消费品零售总额19.99亿元，同比增长5.1%。城镇消费品零售额11.35亿元，增长4.8%；乡村消费品零售额7.64亿元，增长5.5%。', 'number-sum', '城镇、乡村构成完整分类');
    silent('上半年，全县社会消费品零售总额19.99亿元。按消费类型分，餐饮收入2.71亿元，增长8.1%；商品零售17.28亿元，增长4.6%。');
    reports('上半年，全县社会消费品零售总额19.99亿元。按消费类型分，餐饮收入2.71亿元，增长8.1%；商品零售15.28亿元，增长4.6%。', 'number-sum', '构成完整分类');
    // limited-size retail is not all of it
    silent('上半年，全县社会消费品零售总额19.99亿元。限额以上单位中，城镇消费品零售额5.35亿元；乡村消费品零售额2.64亿元。');
  });

  it('adds up the proposals filed and not filed to those received', () => {
    silent('截至1月30日下午5时，大会提案组共收到提案400件。经审查，立案349件，转为意见和建议51件。');
    reports('截至1月30日下午5时，大会提案组共收到提案400件。经审查，立案349件，转为意见和建议41件。', 'number-sum', '立案的和未立案的提案构成收到的全部提案');
    silent('大会共收到提案184件，经审查，不予立案15件，立案169件。');
    // a third outcome between them or after them: no reading
    silent('大会提案组共收到提案135件，经审查立案128件，占提案总数的95%；未予立案4件，占提案总数的3%；作为意见建议转相关部门在工作中参考3件，占提案总数的2%。');
    silent('大会共收到提案5360件。经审查，立案4438件，合并处理88件。不予立案734件。');
  });
});

// Readings of post43a (issue 12, round 43, heldout144–145: education projects and grants, school statistics, industry
// reports, a patent table): a kind set out with last year's figure and its growth before the other kinds of a 总计, and
// the 同比 growth of that 总计 against a column headed by last year's period; a stage written after a count's noun or
// heading a sentence by its count; parts of two 其中 lists continued after ；; a count right before 实际+stem as a rate's
// own run; those of an age group who reached a stage (达小学毕业); flows before 共增加 (共减少); a bar passed (过500万元的); a later
// sentence binned by a bar (亿元以上) as no piece of a list by stage; a loss in place of a profit; a level named with 总额;
// children by their school's owner; the groups of a view (从…看) that make the whole count. Each case made up in the way
// the real text writes it; each silent case failing without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a patent table of a city's towns, the first kind with last year's figure and its growth
const patents = `各镇专利授权量统计表

| 镇区 | 发明 | 去年发明 | 发明增长率% | 实用新型 | 外观设计 | 总计 |
|---|---|---|---|---|---|---|
| 甲镇 | 20 | 10 | 100.00 | 30 | 50 | 100 |
| 乙镇 | 0 | 5 | -100.00 | 16 | 210 | 226 |
| 丙镇 | 12 | 6 | 100.00 | 40 | 60 | 112 |
| 丁镇 | 8 | 4 | 100.00 | 70 | 20 | 98 |`;

describe('a kind with last year’s figure and its growth before the other kinds of a 总计 (post43a)', () => {
  it('reads the kind as a part of the 总计', () => {
    assert.deepEqual(findings(patents, 'table-sum'), []);
  });

  it('reports a 总计 that is not the sum of the three kinds', () => {
    assert.deepEqual(
      findings(
        `各镇专利授权量统计表

| 镇区 | 发明 | 去年发明 | 发明增长率% | 实用新型 | 外观设计 | 总计 |
|---|---|---|---|---|---|---|
| 甲镇 | 20 | 10 | 100.00 | 30 | 50 | 100 |
| 乙镇 | 0 | 5 | -100.00 | 16 | 210 | 226 |
| 丙镇 | 12 | 6 | 100.00 | 40 | 60 | 120 |
| 丁镇 | 8 | 4 | 100.00 | 70 | 20 | 98 |`,
        'table-sum',
      ),
      ['120'],
    );
  });
});

describe('a 同比 growth after the 总计 and a column headed by last year’s period (post43a)', () => {
  it('reads the growth of the 总计 against that column', () => {
    assert.deepEqual(
      findings(
        `2016年1-11月各镇专利授权量统计表

| 镇区 | 发明 | 去年发明 | 发明增长率% | 实用新型 | 外观设计 | 总计 | 2015年1-11月 | 同比增长% |
|---|---|---|---|---|---|---|---|---|
| 甲镇 | 20 | 10 | 100.00 | 30 | 50 | 100 | 80 | 25.00 |
| 乙镇 | 0 | 5 | -100.00 | 16 | 210 | 226 | 203 | 11.33 |
| 丙镇 | 12 | 6 | 100.00 | 40 | 60 | 112 | 100 | 12.00 |
| 丁镇 | 8 | 4 | 100.00 | 70 | 20 | 98 | 110 | -10.91 |`,
        'table-change',
      ),
      [],
    );
  });

  it('reports a growth the two do not bear out', () => {
    assert.deepEqual(
      findings(
        `2016年1-11月各镇专利授权量统计表

| 镇区 | 发明 | 去年发明 | 发明增长率% | 实用新型 | 外观设计 | 总计 | 2015年1-11月 | 同比增长% |
|---|---|---|---|---|---|---|---|---|
| 甲镇 | 20 | 10 | 100.00 | 30 | 50 | 100 | 80 | 25.00 |
| 乙镇 | 0 | 5 | -100.00 | 16 | 210 | 226 | 203 | 11.33 |
| 丙镇 | 12 | 6 | 100.00 | 40 | 60 | 112 | 100 | 17.00 |
| 丁镇 | 8 | 4 | 100.00 | 70 | 20 | 98 | 110 | -10.91 |`,
        'table-change',
      ),
      ['17.00'],
    );
  });
});

describe('a stage after a count’s noun and a count heading a sentence by its stage (post43a)', () => {
  it('reads 主体完工 and 正在推进 as stages of the projects, no restatement of their count or plan', () => {
    assert.deepEqual(
      findings(
        `今年完成龙溪镇第二幼儿园等8个其他教育民生项目建设。

此外，15个其他教育民生项目主体完工，计划投资6143.61万元；9个正在推进，计划投资88739.21万元；启动8个新建项目，计划投资1867.42万元。`,
        'number-conflict',
      ),
      [],
    );
  });

  it('still compares the count under one stage', () => {
    assert.deepEqual(
      findings(
        `今年完成龙溪镇第二幼儿园等8个其他教育民生项目建设。

此外，15个其他教育民生项目建设，计划投资6143.61万元；另有项目计划投资88739.21万元。`,
        'number-conflict',
      ),
      ['15个'],
    );
  });

  it('still compares a plan after words that name no stage', () => {
    assert.deepEqual(findings(`此外，15个其他教育民生项目主体完工，计划投资6143.61万元；其余的，计划投资88739.21万元。`, 'number-conflict'), ['88739.21万元']);
  });
});

describe('parts of two 其中 lists continued after ； (post43a)', () => {
  it('reads the autumn parts of two programmes as two parts', () => {
    assert.deepEqual(
      findings(
        `據（jù）悉，該縣發（fā）放義務（wù）教育階段家庭經（jīng）濟（jì）困難寄宿生生活費442萬元，資助學（xué）生7280人次，其中春季發（fā）放217萬元，資助學（xué）生3680人；秋季發（fā）放225萬元，資助學（xué）生3600人。發（fā）放普通高中國家助學（xué）金89萬元，資助學（xué）生1356人次，其中春季發（fā）放43.2萬元，資助學（xué）生661人；秋季發（fā）放45.8萬元，資助學（xué）生695人。`,
        'number-conflict',
      ),
      [],
    );
  });

  it('still compares them when the two wholes are one value', () => {
    assert.deepEqual(
      findings(
        `據（jù）悉，該縣發（fā）放義務（wù）教育階段家庭經（jīng）濟（jì）困難寄宿生生活費442萬元，資助學（xué）生7280人次，其中春季發（fā）放217萬元，資助學（xué）生3680人；秋季發（fā）放225萬元，資助學（xué）生3600人。發（fā）放普通高中國家助學（xué）金89萬元，資助學（xué）生7280人次，其中春季發（fā）放43.2萬元，資助學（xué）生661人；秋季發（fā）放45.8萬元，資助學（xué）生695人。`,
        'number-conflict',
      ),
      ['695人'],
    );
  });
});

describe('a count right before 实际 and the rate’s stem opens a run of its own (post43a)', () => {
  it('reads each 毕业率 against its own 毕业生', () => {
    assert.deepEqual(figureFindings(`三是毕业率：2020年度小学毕业生225人，实际毕业225人，毕业率为100%；初中毕业生192人，实际毕业192人，毕业率为100%。`), []);
  });

  it('reports a rate its own run does not bear out', () => {
    assert.deepEqual(figureFindings(`三是毕业率：2020年度小学毕业生225人，实际毕业225人，毕业率为100%；初中毕业生192人，实际毕业190人，毕业率为100%。`), ['number-ratio 100%']);
  });
});

describe('those of an age group who reached a stage of schooling (post43a)', () => {
  it('are the completion rate’s numerator, the age group its base', () => {
    assert.deepEqual(figureFindings(`四是完成率：2020年15周岁人口数405人（含残疾1人），达小学毕业402人，完成率为99.3%；17周岁少年儿童总数668人，达初中毕业668人，初中完成率达100%。`), []);
  });

  it('reports a rate the two do not bear out', () => {
    assert.deepEqual(figureFindings(`四是完成率：2020年15周岁人口数405人（含残疾1人），达小学毕业402人，完成率为94.3%；17周岁少年儿童总数668人，达初中毕业668人，初中完成率达100%。`), [
      'number-ratio 94.3%',
    ]);
  });
});

describe('flows before 共增加 or 共减少 (post43a)', () => {
  it('add up to it, each by its own name', () => {
    assert.deepEqual(figureFindings(`今年小学招生10570人，复学42人，转入2889人，其他19人，共增加13520人；今年毕业生9847人，休学35人，死亡3人，转出3751人，其他68人，共减少学生13704人。`), []);
  });

  it('reports flows that do not, up to the ； before them', () => {
    assert.deepEqual(figureFindings(`今年小学招生10570人，复学42人，转入2889人，其他19人，共增加13520人；今年毕业生9847人，休学35人，死亡3人，转出3751人，其他68人，共减少学生12334人。`), [
      'number-sum 12334人',
    ]);
  });
});

describe('an amount after 过 and before 的 is a bar passed (post43a)', () => {
  it('is neither total nor part', () => {
    assert.deepEqual(figureFindings(`全县工业经济稳步发展，新增年销售收入过500万元的工业企业22家，其中新增年销售收入过2000万元的规模企业4家，“小进规”企业10家。`), []);
  });

  it('leaves the counts of the firms to be read', () => {
    assert.deepEqual(figureFindings(`全县工业经济稳步发展，新增年销售收入过500万元的工业企业22家，其中新增年销售收入过2000万元的规模企业4家，“小进规”企业20家。`), ['number-sum 22家']);
  });
});

describe('a later sentence counting things past a bar is no piece of a list by stage (post43a)', () => {
  it('reads 亿元以上项目 as another cut', () => {
    assert.deepEqual(
      figureFindings(
        `工业项目签约31个，落户31个。2021年度工业项目集中开竣工88个，总投资286.7亿元，其中开工项目50个，总投资185.29亿元，竣工项目38个，总投资101.42亿元。本次巡察亿元以上项目4个，总投资40.69亿元。`,
      ),
      [],
    );
  });

  it('still reads the stages as the list', () => {
    assert.deepEqual(
      figureFindings(
        `工业项目签约31个，落户31个。2021年度工业项目集中开竣工88个，总投资286.7亿元，其中开工项目50个，总投资185.29亿元，竣工项目38个，总投资111.42亿元。本次巡察亿元以上项目4个，总投资40.69亿元。`,
      ),
      ['number-sum 286.7亿元'],
    );
  });
});

describe('a loss in place of a profit in a piece of a lead’s run (post43a)', () => {
  it('takes the loss off the profit', () => {
    assert.deepEqual(
      figureFindings(`1、装备制造行业整体增速较慢。累计实现工业增加值10.29亿元，同比增长7.6%；实现利润总额1.52亿元，同比增长26.7%。

其中：

——机械制造企业增速呈下降态势。累计实现工业增加值2.68亿元，同比下降7.9%；盈亏相抵后亏损481万元，上年完成利润总额827万元。

——电子信息企业增长较快。累计实现工业增加值5.56亿元，同比增长16.4%；实现利润总额1.08亿元，同比增长41%。

——电工电器企业生产经营平稳增长。累计实现工业增加值2.06亿元，同比增长9.1%；实现利润总额4864万元，同比增长39%。`),
      [],
    );
  });

  it('reports profits that, less the loss, exceed the lead’s', () => {
    assert.deepEqual(
      figureFindings(`1、装备制造行业整体增速较慢。累计实现工业增加值10.29亿元，同比增长7.6%；实现利润总额1.52亿元，同比增长26.7%。

其中：

——机械制造企业增速呈下降态势。累计实现工业增加值2.68亿元，同比下降7.9%；盈亏相抵后亏损481万元，上年完成利润总额827万元。

——电子信息企业增长较快。累计实现工业增加值5.56亿元，同比增长16.4%；实现利润总额1.08亿元，同比增长41%。

——电工电器企业生产经营平稳增长。累计实现工业增加值2.06亿元，同比增长9.1%；实现利润总额5864万元，同比增长39%。`),
      ['number-sum 1.52亿元'],
    );
  });
});

describe('a level named with 总额 is the level itself for its change (post43a)', () => {
  it('is silent when the change is stated alike', () => {
    assert.deepEqual(
      findings(
        `据统计，上半年，全市规模以上工业增加值同比增长8.3%；完成工业投资总额84.4亿元，同比增长32.7%。

上半年，全市工业投资回升明显。上半年完成工业投资84.4亿元，同比增长32.7%；完成技术改造投资52.1亿元，同比增长4.2%。`,
        'number-conflict',
      ),
      [],
    );
  });

  it('reports two changes of one level', () => {
    assert.deepEqual(
      findings(
        `据统计，上半年，全市规模以上工业增加值同比增长8.3%；完成工业投资总额84.4亿元，同比增长32.7%。

上半年，全市工业投资回升明显。上半年完成工业投资84.4亿元，同比增长25.7%；完成技术改造投资52.1亿元，同比增长4.2%。`,
        'number-conflict',
      ),
      ['25.7%'],
    );
  });
});

describe('children by the owner of their school (post43a)', () => {
  it('are all of the children counted before', () => {
    assert.deepEqual(
      figureFindings(`10.小学农民工随迁子女情况 全县农民工随迁子女共15274人，其中外省迁入13274人，省内其他县迁入2000人。 农民工子女在公办学校就读有9819人，在民办学校就读有5455人。`),
      [],
    );
  });

  it('reports public and private that do not make the count', () => {
    assert.deepEqual(figureFindings(`10.小学农民工随迁子女情况 全县农民工随迁子女共15274人，其中外省迁入13274人，省内其他县迁入2000人。 农民工子女在公办学校就读有9819人，在民办学校就读有5678人。`), [
      'number-sum 15274人',
    ]);
  });
});

describe('the groups of a view that make the whole count (post43a)', () => {
  it('make the whole amount', () => {
    assert.deepEqual(
      figureFindings(
        `据悉，2020年全州重点工业项目17个，完成投资144亿元，占全部工业投资的81%。从行业类别看，14个生态能源业项目完成投资134.7亿元，占工业投资的76%；3个优势矿产业项目完成投资9.3亿元，占工业投资的5.2%。从建设性质看，续建项目15个完成投资141.1亿元，新开工项目2个，完成投资2.9亿元，竣工投产项目5个，完成投资2.3亿元。`,
      ),
      [],
    );
  });

  it('reports amounts that do not', () => {
    assert.deepEqual(
      figureFindings(
        `据悉，2020年全州重点工业项目17个，完成投资144亿元，占全部工业投资的81%。从行业类别看，14个生态能源业项目完成投资134.7亿元，占工业投资的76%；3个优势矿产业项目完成投资9.3亿元，占工业投资的5.2%。从建设性质看，续建项目15个完成投资127亿元，新开工项目2个，完成投资2.9亿元，竣工投产项目5个，完成投资2.3亿元。`,
      ),
      ['number-sum 144亿元'],
    );
  });
});

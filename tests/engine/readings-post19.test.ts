// Readings added for the false alarms of the first run on the unseen batches heldout47-49 (engine 6b7e973; raw output
// in docs/measurements/heldout4{7,8,9}-first-run-6b7e973.md). Each case is a made-up text in the manner of the one that
// was misread: the reading keeps it silent, and the same words with a figure that does not hold are still reported.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

const rules = (text: string): string[] => check(text).findings.map((f) => f.rule);

describe('page furniture: a newspaper page, a page date with its view count, a 发布时间 field (post19)', () => {
  it('reads a date in 年月日 between the paper’s name and its page line as the page’s', () => {
    const text = '某某日报\n\n2021年07月12日\n\n第05版：经济新闻\n\n上半年全县为农民工追回工资1200万元。\n';
    assert.ok(!rules(text).includes('number-format'), rules(text).join(','));
    assert.ok(rules(text).includes('web-residue'), rules(text).join(','));
  });
  it('still reads a 成文日期 below the body, and a date line above it with no page line beside it', () => {
    reports('关于上半年工作的报告\n\n上半年全县为农民工追回工资1200万元。\n\n县人社局\n\n2021年07月12日\n', 'number-format');
    reports('某某日报\n\n2021年07月12日\n\n上半年全县为农民工追回工资1200万元。\n', 'number-format');
  });
  it('reads a dashed date with the page’s bare view count above the text as the page’s stamp', () => {
    const text = '上半年全市火灾情况\n\n【2016-07-20】 25\n\n上半年全市共接报火灾1200起，同比下降3.2%。\n';
    assert.ok(!rules(text).includes('number-format'), rules(text).join(','));
  });
  it('reads a date in 年月日 after 发布时间： as the page’s, even run into the text', () => {
    const text = '发布时间：2023年02月15日 【打印】按照要求，现将2023年度资金安排公示如下。\n';
    assert.ok(!rules(text).includes('number-format'), rules(text).join(','));
    reports('按照要求，现将2023年02月15日下达的资金安排公示如下。\n', 'number-format');
  });
});

describe('number-ratio: a rate counted in either of two units given side by side (post19)', () => {
  const text = (rate: string): string => `全市计划开工改造老旧小区1210个、23.50万户，截至9月底，已开工改造老旧小区1212个、23.86万户，开工率达到${rate}。\n`;
  it('reads the rate by households when the estates do not give it', () => {
    silent(text('101.5%'));
  });
  it('reports a rate that neither unit gives', () => {
    reports(text('104.5%'), 'number-ratio');
  });
});

describe('number-ratio: the task of a stage stated beside another stage’s task (post19)', () => {
  const text = (done: string): string => `2022年全市保障性安居工程的任务目标是开工12400套，基本建成9800套。截至6月底，全市新开工6820套，完成年度任务的55%，基本建成5880套，完成年度任务的${done}。\n`;
  it('reads 基本建成 against the task of 基本建成', () => {
    silent(text('60%'));
  });
  it('reports a completion that neither task gives', () => {
    reports(text('66%'), 'number-ratio');
  });
});

describe('number-conflict: two allocations of one fund added up right after (post19)', () => {
  it('reads two 下达 of one fund followed by 以上两笔资金共计 as two parts', () => {
    silent(
      '一、资金来源\n\n2022年11月，《关于提前下达2023年中央衔接补助资金的通知》下达我区衔接补助资金2150万元；2022年12月，《关于提前下达2023年省级衔接补助资金的通知》下达我区衔接补助资金1380万元。以上两笔资金共计3530万元，均已到位。\n',
    );
  });
  it('still reports the two as one measure stated twice when no sum follows', () => {
    reports('一、资金来源\n\n省财政厅下达我区衔接补助资金2150万元。\n\n二、资金使用\n\n省财政厅下达我区衔接补助资金1380万元，已全部拨付。\n', 'number-conflict');
  });
});

describe('number-sum: parts counting those that reached a stage (post19)', () => {
  it('reads 已送审 and 已完工 under one total as stages, not a partition', () => {
    silent('全县规划编纂志书92部，已终审验收79部（其中，76部已送出版社，56部已出版），还有13部未进入终审程序。\n');
  });
  it('still reports a stage larger than the total', () => {
    reports('全县规划编纂志书92部，已终审验收79部（其中，76部已送出版社，86部已出版），还有13部未进入终审程序。\n', 'number-sum', '86部');
  });
  it('still adds up parts that are kinds, not stages', () => {
    reports('全县已验收项目79个，其中，新建项目46个，续建项目56个。\n', 'number-sum');
  });
});

describe('number-ratio: shares of 总数 of one list of parts whose total is stated paragraphs before (post19)', () => {
  const text = (last: string): string => `全年全市共接报火灾3860起，死亡8人。\n\n从火灾分布区域看，城东区、城西区和开发区发生火灾812起、695起和421起，分别占总数21%、18%和${last}。\n`;
  it('reads each share against the one total of the parts’ measure', () => {
    silent(text('10.9%'));
  });
  it('reports the share that the total does not give when the others do', () => {
    reports(text('12.9%'), 'number-ratio', '421起');
  });
});

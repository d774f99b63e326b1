// Text as it comes from a web page or a PDF: a sentence broken over lines by the PDF's hard wraps, and paragraphs
// indented by spaces (which Markdown reads as code). Their figures are read as the writer means them.

import assert from 'node:assert/strict';
import { applyEdits, check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

describe('readings of pasted text', () => {
  describe('a sentence broken over lines (a PDF’s hard wraps)', () => {
    it('reads a share whose words and figure stand on two lines as one sentence', () => {
      silent('2023年度基本支出1000万元，其中人员经费800万元，占基本支出\n的80%，公用经费200万元，占基本支出的20%。');
      reports('2023年度基本支出1000万元，其中人员经费800万元，占基本支出\n的85%，公用经费200万元，占基本支出的20%。', 'number-ratio', '800万元 ÷ 1000万元 = 80%');
    });

    it('reads a change whose difference starts the next line', () => {
      silent('商品和服务支出100万元，比上年同期增加\n20万元，增长25%。');
      reports('商品和服务支出100万元，比上年同期增加\n20万元，增长30%。', 'number-ratio', '25%');
    });

    it('joins a numbered line that ends in a comma to the line that carries it on', () => {
      silent('其中：\n（一）文化旅游体育与传媒支出类科目 850088.3 元，\n占支出总预算 78.33%，同比减少 54357.12 元，下降 6.01 %。\n全年支出总预算 1085203.63 元。');
      reports('其中：\n（一）文化旅游体育与传媒支出类科目 850088.3 元，\n占支出总预算 78.33%，同比减少 54357.12 元，下降 6.00 %。', 'number-ratio', '6.01%');
    });

    it('does not join a line that ends its sentence, nor a heading line', () => {
      silent('一、基本支出\n\n人员经费800万元，占基本支出的80%。');
      silent('全年基本支出1000万元。\n人员经费600万元，占全年基本支出的60%。');
    });
  });

  describe('paragraphs indented by spaces', () => {
    const text = '关于2024年工作情况的报告\n\n      一、综合\n\n      全年完成收入100万元，其中税收60万元、非税30万元。\n\n      xx县人民政府\n';

    it('checks their text: placeholders and figures', () => {
      const rules = check(text).findings.map((f) => f.rule);
      assert.ok(rules.includes('placeholder'), rules.join());
      assert.ok(rules.includes('number-sum'), rules.join());
    });

    it('reports the run once, with a fix that deletes only the leading spaces', () => {
      const found = check(text).findings.filter((f) => f.rule === 'web-residue');
      assert.equal(found.length, 1);
      assert.match(found[0]!.message, /这3行成了 Markdown 的代码块/);
      assert.equal(applyEdits(text, found[0]!.fix!), '关于2024年工作情况的报告\n\n一、综合\n\n全年完成收入100万元，其中税收60万元、非税30万元。\n\nxx县人民政府\n');
    });

    it('gives a residue line one finding (the one that deletes it) and lets the indented run go on past it', () => {
      const pasted = '关于2024年工作情况的报告\n\n      全年完成收入100万元。\n\n      加入收藏\n\n阅读 1024\n\n      一、综合\n';
      const found = check(pasted).findings.filter((f) => f.rule === 'web-residue');
      assert.equal(found.length, 3, found.map((f) => f.message).join('\n'));
      assert.match(found[0]!.message, /这2行成了 Markdown 的代码块/);
      assert.match(found[1]!.message, /加入收藏/);
      assert.equal(applyEdits(pasted, found[0]!.fix!), '关于2024年工作情况的报告\n\n全年完成收入100万元。\n\n      加入收藏\n\n阅读 1024\n\n一、综合\n');
    });

    it('leaves fenced code and paragraphs indented by full-width spaces alone', () => {
      const fenced = check('标题\n\n```\n    代码里的 xx 不是占位符\n```\n\n　　正文段落，段首两个全角空格。\n').findings.map((f) => f.rule);
      assert.deepEqual(fenced, []);
    });
  });
});

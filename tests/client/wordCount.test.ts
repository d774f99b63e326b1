// 字数 in the status bar counts as Word does: each East Asian character, each word of other scripts.

import assert from 'node:assert/strict';
import { wordCount } from '../../client/src/wordCount';

describe('word count (字数) as Word counts', () => {
  it('counts each 汉字 and each full-width punctuation mark', () => {
    assert.equal(wordCount('现将情况汇报如下：'), 9);
    assert.equal(wordCount('“一是”……'), 6);
  });

  it('counts a run of Latin letters or digits as one word', () => {
    assert.equal(wordCount('完成投资8亿元'), 7); // 完 成 投 资 8 亿 元
    assert.equal(wordCount('2024年7月5日'), 6);
    assert.equal(wordCount('依据 GB/T 9704-2012 排版'), 6);
    assert.equal(wordCount('Gongwen Assistant checks drafts.'), 4);
    assert.equal(wordCount('增长3.5%'), 3); // 增 长 3.5 (a half-width % on its own is punctuation)
  });

  it('counts nothing for half-width punctuation, Markdown markup and comments', () => {
    assert.equal(wordCount('# 标题\n\n**加粗**, --- | - |'), 4);
    assert.equal(wordCount('<!-- gongwen-disable-next-line placeholder -->\n完成xx个。'), 5);
    assert.equal(wordCount(''), 0);
  });

  it('counts a character outside the Basic Multilingual Plane once', () => {
    assert.equal(wordCount('𠀀𪚥'), 2);
  });
});

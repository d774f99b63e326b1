// The chunked Markdown parse must give exactly the tree of one whole-text parse, and the draft model read from
// cached chunks exactly the model of a whole-text parse: on the examples, the documented rule examples,
// constructs that span blank lines, and random edits of all of them.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { chunks, parseMarkdown, split } from '../../server/src/engine/markdown';
import { parseDraft } from '../../server/src/engine/parse';
import { remarkGfmTable } from '../../server/src/engine/tables/gfm';

const root = join(__dirname, '..', '..');
const whole = unified().use(remarkParse).use(remarkGfmTable);

const examples = readdirSync(join(root, 'examples')).map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
const docs = readdirSync(join(root, 'docs', 'rules')).map((f) => readFileSync(join(root, 'docs', 'rules', f), 'utf8'));

const SPANNING = [
  '段一。\n\n```\n代码\n\n更多代码\n```\n\n段二。\n',
  '段一。\n\n~~~~ info\n代码\n\n~~~\n仍是代码\n~~~~\n\n段二。\n',
  '<!-- gongwen-disable placeholder\n\n说明 -->\n\n段二xx。\n',
  '<!-->\n```\n-->\n\ncode\n\n```\n',
  '<!--->\n\n段。\n',
  '- 一项\n\n- 二项\n\n  续行。\n\n段落。\n',
  '1. 一\n\n2. 二\n\n3. 三\n',
  '> 引用\n\n> 又一段\n\n正文。\n',
  '段落\n    不是代码\n\n    代码\n\n    仍是代码\n\n正文。\n',
  '[链接][a]\n\n正文。\n\n[a]: https://example.org\n',
  '- 项\n  ```\n\n正文\n\n```\ncode\n\nbar\n```\n',
  '<div>\n```\n</div>\n\nfoo\n\n```\ncode\n\nbar\n```\n',
  '标题\n===\n\n正文。\n\n---\n\n***\n\n___\n\n正文。\n',
  '一、段\r\n\r\n二、段\r\n\r\n```\r\nx\r\n\r\ny\r\n```\r\n\r\n三、段',
  '\uFEFF标题\n\n正文。',
  '段\r\r\r另一段\r',
  '\t缩进\n\n正文\n\n  两格\n\n正文\n',
  // tables: GFM, one interrupting a paragraph, one in a list, pasted rows and cells one per line around blank lines
  '表1 项目情况\n单位：万元\n| 类别 | 金额 |\n|---|---:|\n| 甲 | 1 |\n| 合计 | 1 |\n后续行\n\n正文。\n',
  '| a \\| b | c |\n| :-: | - |\n\n| 1 | 2 |\n\n- | x | y |\n  |---|---|\n  | 1 | 2 |\n',
  '| 项目 | 数量 |\n| 甲 | 3 |\n\n| 乙 | 4 |\n\n| 合计 | 7 |\n\n正文。\n',
  '项目\n\n数量\n\n甲\n\n3\n\n乙\n\n4\n\n正文。\n',
];

/** Plain prose, read without the parser: it must come out as the parser reads it. */
const PLAIN = [
  '　　一是加强领导。  \n　　二是完善制度。\t\n\n   三是狠抓落实。\n',
  '段一\\\n续行\\\n\n段二\u3000\n  \n\n段三😀𠀀',
  '段一\u0000含空字符\n\n\t中间有\t制表符\n',
  '  缩进两格\n   缩进三格\n\n结尾没有换行',
  '\n\n\n开头空行\n\n\n\n',
  '1、不是列表\n2）也不是\n（一）不是\n一、不是\n',
  '一行 * 星号 _ 下划线 ! 叹号 & 符号 | 竖线 = 等号\n',
  '# 标题\n正文紧接标题。\n## 二级标题 ##\n### 结尾井号#\n#### 两个 # 井号 ##   \n',
  '#不是标题\n####### 七个井号不是标题\n# \n#\n  ### 缩进的标题\n正文\n# #\n### ###\n# 标题 \\#\n',
  '段落第一行\n# 标题打断段落\n段落\t\n\n#\t制表符标题\t#\t\n',
];

function same(text: string): void {
  assert.deepEqual(parseMarkdown(text), whole.parse(text), JSON.stringify(text.slice(0, 200)));
  assert.deepEqual(parseDraft(text), parseDraft(text, { whole: true }), JSON.stringify(text.slice(0, 200)));
}

describe('block-wise Markdown parse', function () {
  // property tests over thousands of generated drafts: seconds alone, much longer on a loaded CI machine
  this.timeout(180_000);
  it('splits a 公文 draft into its paragraphs', () => {
    assert.ok(split(examples[0]!).length > 10);
  });

  it('groups blocks into chunks that an edit elsewhere leaves as they are', () => {
    const text = examples.join('\n\n');
    const before = chunks(text).map(([a, b]) => text.slice(a, b));
    assert.ok(before.length > 3 && before.length < split(text).length, `${before.length} chunks`);
    const at = text.indexOf('。', Math.floor(text.length / 2));
    const edited = text.slice(0, at) + '的' + text.slice(at);
    const after = chunks(edited).map(([a, b]) => edited.slice(a, b));
    assert.equal(after.length, before.length);
    assert.equal(after.filter((c, i) => c !== before[i]).length, 1);
  });

  it('keeps a text in one piece when a link definition may reach across it', () => {
    assert.equal(split('段。\n\n[a]: /x\n\n[a]\n').length, 1);
  });

  it('gives the whole-text tree on the examples and the rule docs', () => {
    for (const text of [...examples, ...docs]) same(text);
  });

  it('gives the whole-text tree on constructs that span blank lines', () => {
    for (const text of SPANNING) same(text);
  });

  it('reads plain prose without the parser exactly as the parser does', () => {
    for (const text of PLAIN) same(text);
  });

  it('gives the whole-text tree again after edits, with cached blocks', () => {
    const pieces = [
      '|',
      ' | ',
      '|---|',
      '\t',
      '\n| 1 | 2 |\n',
      '\n\n',
      '```',
      '~~~',
      '<!--',
      '-->',
      '- ',
      '> ',
      '1. ',
      '    ',
      '#',
      '[a]: /x',
      '（一）',
      '一、',
      'xx',
      '，',
      '。',
      '<div>',
      '\r\n',
      '`',
      '*',
      '——',
      '\t',
      '* ',
      '<!-->',
      '   ',
    ];
    const base = [...examples, ...SPANNING, ...PLAIN];
    fc.assert(
      fc.property(fc.nat(base.length - 1), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...pieces), fc.nat(3)), { minLength: 1, maxLength: 6 }), (which, edits) => {
        let text = base[which]!;
        same(text); // fills the cache with the blocks of the unedited text
        for (const [where, piece, removed] of edits) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + piece + text.slice(at + removed);
          same(text);
        }
      }),
      { numRuns: 150, seed: 4 },
    );
  });
});

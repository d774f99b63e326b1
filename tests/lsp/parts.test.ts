// The LSP layer's pieces without a server: hover text for a figure, the disable comment, the 公文 detector and
// the rule explanations read from the docs.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Explanation, FigureExplanation } from '../../server/src/engine/explain';
import { readsAsOfficialProse } from '../../server/src/engine/detect';
import { rules } from '../../server/src/engine/rules';
import type { Finding } from '../../server/src/engine/types';
import { disableLineEdit, fixTitle } from '../../server/src/lsp/codeActions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { renderHover } from '../../server/src/lsp/hover';
import { useLocale } from '../../server/src/lsp/l10n';
import { firstParagraphOf, ruleExplanation } from '../../server/src/lsp/ruleDocs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDraft } from '../../server/src/engine/parse';
import { documentSymbols, foldingRanges } from '../../server/src/lsp/outline';
import { check } from '../../server/src/engine/check';
import { explainAt } from '../../server/src/engine/explain';

const root = join(__dirname, '..', '..');
const example = (name: string) => readFileSync(join(root, 'examples', name), 'utf8');

function finding(rule: string, offset: number, endOffset: number, extra: Partial<Finding> = {}): Finding {
  return { rule, severity: 'warning', message: 'm', offset, endOffset, docUrl: `https://example.org/${rule}.md`, ...extra };
}

describe('hover text', () => {
  before(() => useLocale('zh-cn'));

  // 共安排重点建设项目12个（新建5个、续建6个）, hovered over the 12
  const total: FigureExplanation = {
    offset: 9,
    endOffset: 12,
    text: '12个',
    measure: '重点建设项目',
    scope: '2023年',
    relations: [{ kind: 'sum', holds: false, reportedHere: true, arithmetic: '新建5个 + 续建6个 = 11个，文中为12个', spans: [{ offset: 9, endOffset: 12 }] }],
  };

  it('shows a figure as written, what it measures, and a broken relation reported here without repeating its arithmetic', () => {
    const content = renderHover({ figure: total, findings: [] }, () => undefined)!;
    assert.deepEqual(content.span, { offset: 9, endOffset: 12 });
    assert.ok(content.markdown.startsWith('**数字** `12个` · 重点建设项目 · 范围 2023年'), content.markdown);
    assert.match(content.markdown, /- ✗ 分项与总数：不成立（算式见此处报告的问题）/);
    assert.doesNotMatch(content.markdown, /= 11个/);
    assert.doesNotMatch(content.markdown, /数值|折算|未识别/);
  });

  it('shows a relation that holds as checked, and one reported elsewhere with its arithmetic and where', () => {
    const share: FigureExplanation = {
      offset: 0,
      endOffset: 3,
      text: '20亿元',
      measure: '年度计划投资',
      relations: [
        { kind: 'share', holds: false, reportedAt: { text: '50%', line: 3 }, arithmetic: '8亿元 ÷ 20亿元 = 40%，文中为50%', spans: [] },
        { kind: 'rate', holds: true, arithmetic: '17个 ÷ 25个 = 68%', spans: [] },
      ],
    };
    const { markdown } = renderHover({ figure: share, findings: [] }, () => undefined)!;
    assert.match(markdown, /- ✗ 占比：8亿元 ÷ 20亿元 = 40%，文中为50%（问题标在第3行 `50%` 处）/);
    assert.match(markdown, /- ✓ 率与基数：17个 ÷ 25个 = 68%/);
  });

  it('says a placeholder figure has no value and reads a Chinese numeral', () => {
    const { markdown } = renderHover({ figure: { offset: 0, endOffset: 3, text: 'xx个', placeholder: true, measure: '项目', relations: [] }, findings: [] }, () => undefined)!;
    assert.match(markdown, /未填写的占位符，不参与计算/);
    const chinese = renderHover({ figure: { offset: 0, endOffset: 2, text: '八支', reads: '8支', relations: [] }, findings: [] }, () => undefined)!;
    assert.match(chinese.markdown, /^\*\*数字\*\* `八支` · 即 8支$/);
  });

  it('puts the figure first and then each rule once', () => {
    const f = finding('punctuation-width', 9, 12);
    const explanation: Explanation = {
      figure: total,
      findings: [
        { finding: f, title: '半角标点', basis: 'GB/T 15834-2011' },
        { finding: { ...f, offset: 10 }, title: '半角标点', basis: 'GB/T 15834-2011' },
      ],
    };
    const { markdown } = renderHover(explanation, () => '说明文字')!;
    const sections = markdown.split('\n\n---\n\n');
    assert.equal(sections.length, 2);
    assert.match(sections[1]!, /^\*\*半角标点\*\* · `punctuation-width`\n\n说明文字\n\n依据：GB\/T 15834-2011 · \[规则说明\]\(https:\/\/example\.org\/punctuation-width\.md\)$/);
  });

  it('has nothing to show where the engine knows nothing', () => {
    assert.equal(
      renderHover({ findings: [] }, () => undefined),
      undefined,
    );
  });
});

describe('rule explanations from docs/rules', () => {
  it('has one for every rule', () => {
    for (const rule of rules) assert.ok(ruleExplanation(rule.id), rule.id);
  });

  it('keeps a list the paragraph introduces and ends a table introduction with a full stop', () => {
    assert.equal(firstParagraphOf('# x\n\n## 说明\n\n本规则检查：\n\n- 甲\n- 乙\n\n其他。\n', '说明'), '本规则检查：\n\n- 甲\n- 乙');
    assert.equal(firstParagraphOf('## 说明\n\n给出对应的全角标点：\n\n| a | b |\n', '说明'), '给出对应的全角标点。');
    assert.equal(firstParagraphOf('## 说明\n\n第一行\n接着。\n\n第二段。\n', '说明'), '第一行接着。');
    assert.equal(firstParagraphOf('## 怎么改\n\n改。\n', '说明'), undefined);
  });

  it('tells a long list of labelled items by its labels, so a hover stays short', () => {
    const long = (label: string) => `- **${label}**：${'例子'.repeat(120)}`;
    const doc = `## 说明\n\n本规则把它们重新算一遍：\n\n${long('占比')}\n${long('增减幅度')}\n`;
    assert.equal(firstParagraphOf(doc, '说明'), '本规则把它们重新算一遍：占比；增减幅度。');
    // a long list with an item that has no label is kept whole
    const unlabelled = `## 说明\n\n本规则检查：\n\n${long('占比')}\n- ${'例子'.repeat(120)}\n`;
    assert.ok(firstParagraphOf(unlabelled, '说明')!.includes('\n\n- **占比**'));
    assert.ok(ruleExplanation('number-ratio')!.length < 200, ruleExplanation('number-ratio'));
  });
});

describe('diagnostic conversion', () => {
  const document = TextDocument.create('file:///d.md', 'markdown', 1, '一二三\n四五六\n');
  const f = finding('structure-sections', 0, 3, { related: [{ offset: 4, endOffset: 7, message: '“存在问题”部分在此' }] });

  it('carries related spans when the client shows them', () => {
    const d = toDiagnostic(f, document, { relatedInformation: true, codeDescription: true });
    assert.deepEqual(d.relatedInformation, [{ location: { uri: 'file:///d.md', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } }, message: '“存在问题”部分在此' }]);
    assert.deepEqual(d.codeDescription, { href: 'https://example.org/structure-sections.md' });
  });

  it('leaves them out when it does not', () => {
    const d = toDiagnostic(f, document, { relatedInformation: false, codeDescription: false });
    assert.equal(d.relatedInformation, undefined);
    assert.equal(d.codeDescription, undefined);
  });
});

describe('code action edits', () => {
  before(() => useLocale('zh-cn'));

  it('inserts the disable comment above the line, keeping its indentation and line ending', () => {
    const text = '第一段。\r\n\r\n  完成xx个。\r\n';
    const at = text.indexOf('xx');
    assert.deepEqual(disableLineEdit(text, finding('placeholder', at, at + 2)), {
      offset: text.indexOf('  完成'),
      endOffset: text.indexOf('  完成'),
      text: '  <!-- gongwen-disable-next-line placeholder -->\r\n',
    });
  });

  it('works on the first line of a file', () => {
    assert.deepEqual(disableLineEdit('xx县汇报\n', finding('placeholder', 0, 2)), { offset: 0, endOffset: 0, text: '<!-- gongwen-disable-next-line placeholder -->\n' });
  });

  it('adds a rule to the comment already above the line', () => {
    const text = '<!-- gongwen-disable-next-line placeholder -->\n\n完成xx个,增长。\n';
    const at = text.indexOf(',');
    const edit = disableLineEdit(text, finding('punctuation-width', at, at + 1));
    assert.deepEqual(edit, { offset: 0, endOffset: 46, text: '<!-- gongwen-disable-next-line placeholder punctuation-width -->' });
  });

  it('says what a fix does', () => {
    const text = '推进,落实';
    assert.equal(fixTitle(finding('punctuation-width', 2, 3, { fix: [{ offset: 2, endOffset: 3, text: '，' }] }), text), '将“,”改为“，”');
    assert.equal(fixTitle(finding('x', 2, 3, { fix: [{ offset: 2, endOffset: 3, text: '' }] }), text), '删除“,”');
    assert.equal(fixTitle(finding('x', 2, 2, { fix: [{ offset: 2, endOffset: 2, text: '。' }] }), text), '插入“。”');
    assert.equal(
      fixTitle(
        finding('heading-sequence', 0, 1, {
          fix: [
            { offset: 0, endOffset: 1, text: '三' },
            { offset: 5, endOffset: 6, text: '四' },
          ],
        }),
        '四、x\n五、y',
      ),
      '重新编号（2 处）',
    );
  });
});

describe('which texts read as 公文', () => {
  it('takes both examples', () => {
    assert.equal(readsAsOfficialProse(example('县高质量项目推进年活动开展情况的汇报.md')), true);
    assert.equal(readsAsOfficialProse(example('关于2024年上半年项目建设工作情况的汇报.md')), true);
  });

  it('takes a draft from its title alone, or from its ordinals', () => {
    assert.equal(readsAsOfficialProse('关于拨付防汛资金的请示\n'), true);
    assert.equal(readsAsOfficialProse('# 关于开展安全生产检查的通知\n\n'), true);
    assert.equal(readsAsOfficialProse('一、基本情况\n\n情况良好。\n\n二、主要做法\n\n做法很多。\n'), true);
  });

  it('leaves English, a Chinese technical note and an empty file alone', () => {
    assert.equal(readsAsOfficialProse('# fast-widget\n\nA tiny library. 中文说明见下。\n\n## Install\n\nnpm install fast-widget\n'), false);
    assert.equal(readsAsOfficialProse('# 安装\n\n先安装 Node.js，再运行 `npm install`。配置文件放在项目根目录。\n'), false);
    assert.equal(readsAsOfficialProse(''), false);
    assert.equal(readsAsOfficialProse('```\n关于项目情况的汇报\n```\nSee the code above for an example of a Chinese report title.\n'), false);
  });
});

describe('outline', () => {
  it('keeps a part written above the title beside it, not overlapping it', () => {
    const text = '一、概述\n\n# 关于项目情况的汇报\n\n二、进展\n\n（一）开工。内容。\n\n三、问题\n\n内容。\n';
    const document = TextDocument.create('file:///d.md', 'markdown', 1, text);
    const symbols = documentSymbols(parseDraft(text), document);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、概述', '关于项目情况的汇报'],
    );
    assert.deepEqual(symbols[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } });
    assert.equal(symbols[1]!.range.start.line, 2);
    assert.deepEqual(
      symbols[1]!.children!.map((s) => s.name),
      ['二、进展', '三、问题'],
    );
    assert.deepEqual(
      symbols[1]!.children![0]!.children!.map((s) => s.name),
      ['（一）开工'],
    );
    assert.deepEqual(foldingRanges(parseDraft(text), document), [
      { startLine: 4, endLine: 6 },
      { startLine: 8, endLine: 10 },
    ]);
  });
});

describe('tables in the editor', () => {
  before(() => useLocale('zh-cn'));
  const text =
    '# 关于项目情况的汇报\n\n一、工作进展\n\n全年完成投资480亿元。\n\n表1 重点项目完成情况\n\n| 类别 | 完成投资（亿元） |\n|---|---:|\n| 工业 | 190.5 |\n| 其他 | 284 |\n| 合计 | 474.5 |\n\n二、存在问题\n\n内容。\n';

  it('shows a table as one item of the outline, inside its part, named by its 表题, and folds it', () => {
    const document = TextDocument.create('file:///d.md', 'markdown', 1, text);
    const [title] = documentSymbols(parseDraft(text), document);
    const part = title!.children![0]!;
    assert.equal(part.name, '一、工作进展');
    assert.deepEqual(
      part.children!.map((s) => [s.name, s.detail]),
      [['表1 重点项目完成情况', '4行×2列']],
    );
    assert.deepEqual(part.children![0]!.range, { start: { line: 6, character: 0 }, end: { line: 12, character: 14 } });
    assert.ok(foldingRanges(parseDraft(text), document).some((r) => r.startLine === 6 && r.endLine === 12));
  });

  it('hovers over a cell with its row, its column and the relations of both, arithmetic included', () => {
    const result = check(text);
    const at = text.indexOf('474.5') + 2;
    const explanation = explainAt(result, at);
    assert.equal(explanation.cell?.row, '合计');
    assert.equal(explanation.cell?.column, '完成投资');
    const hover = renderHover(explanation, () => undefined)!;
    assert.match(hover.markdown, /\*\*表格单元格\*\* `474\.5`/);
    assert.match(hover.markdown, /表格 表1 重点项目完成情况 · 行 合计 · 列 完成投资 · 数值 474\.5 · 单位 亿元/);
    assert.match(hover.markdown, /✓ 分项与总数：工业190\.5 \+ 其他284 = 474\.5/);
    // the table bears this cell out (190.5 + 284 = 474.5): the restatement's finding stands at the text's figure, which
    // the cell's hover points to
    assert.match(hover.markdown, /✗ 同一指标的两处数字：正文写作480亿元，表中“合计”行“完成投资”为474\.5亿元（问题标在第5行 `480亿元` 处）/);
    assert.deepEqual(hover.span, { offset: text.indexOf('474.5'), endOffset: text.indexOf('474.5') + 5 });
    // the figure of the text holds the finding: its message has the arithmetic, the hover does not repeat it
    const figure = renderHover(explainAt(result, text.indexOf('480') + 1), () => undefined)!;
    assert.match(figure.markdown, /✗ 同一指标的两处数字：不成立（算式见此处报告的问题）/);
  });
  it('hovers over a row of a growth column no row of which holds as one hint for the column, not an error per row', () => {
    // made up: a county's farm output, the growth column computed on another basis than the tons shown
    const column = [
      '| 指标 | 2023年（吨） | 2022年（吨） | 增长（%） |',
      '| --- | --- | --- | --- |',
      '| 粮食 | 1200 | 1000 | 3.2 |',
      '| 油料 | 550 | 500 | 1.5 |',
      '| 蔬菜 | 900 | 1000 | -0.8 |',
      '',
    ].join('\n');
    const result = check(column);
    // a table without a 表题 is not named
    assert.match(renderHover(explainAt(result, column.indexOf('| 1200 |') + 3), () => undefined)!.markdown, /\n行 粮食 · 列 2023年 · 数值 1200/);
    const hover = (cell: string): string => renderHover(explainAt(result, column.indexOf(`| ${cell} |`) + 3), () => undefined)!.markdown;
    assert.match(hover('3.2'), /✗ 增减幅度：这一列没有一行相符（各行算式见此处的提示）/);
    assert.match(hover('-0.8'), /✗ 增减幅度：.*（这一列没有一行相符：整列一条提示，标在第3行 `3\.2` 处）/);
    // a cell the growth is computed from points to the same hint
    assert.match(hover('550'), /（这一列没有一行相符：整列一条提示，标在第3行 `3\.2` 处）/);
    // a slip in one row of a column that holds elsewhere is that row's own error
    const slip = column.replace('| 3.2 |', '| 20.0 |').replace('| 1.5 |', '| 10.0 |');
    const slipped = check(slip);
    const at = (cell: string): string => renderHover(explainAt(slipped, slip.indexOf(`| ${cell} |`) + 3), () => undefined)!.markdown;
    assert.match(at('-0.8'), /✗ 增减幅度：不成立（算式见此处报告的问题）/);
    assert.match(at('900'), /✗ 增减幅度：.*（问题标在第5行 `-0\.8` 处）/);
  });
});

// Word import on .docx files built in the test: numbering labels, the title, headings, tables, footnotes, what is
// dropped (headers, footers, text boxes, comments, deletions, field codes, hidden text), and the Markdown escapes.

import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { parseTree } from '../../server/src/engine/markdown';
import { describePlace, importDocxBytes } from '../../server/src/word/import';
import { escapeLine } from '../../server/src/word/markdown';
import { docx, docxEntries, GONGWEN_LEVELS, numbering, p, zip, type DocxParts } from './build';

const markdown = (parts: DocxParts): string => importDocxBytes(docx(parts)).markdown;
/** The draft's blocks, one per entry. */
const blocks = (parts: DocxParts): string[] => markdown(parts).trimEnd().split('\n\n');

describe('Word import: numbering', () => {
  it('writes 一、（一）1.（1） as the writer sees them, with no tab, counting per level and restarting below', () => {
    const body = [
      p('工作进展情况', { numId: 1, ilvl: 0 }),
      p('精心组织', { numId: 1, ilvl: 1 }),
      p('成立专班', { numId: 1, ilvl: 2 }),
      p('召开会议', { numId: 1, ilvl: 3 }),
      p('制定方案', { numId: 1, ilvl: 3 }),
      p('强化调度', { numId: 1, ilvl: 2 }),
      p('做细前期', { numId: 1, ilvl: 1 }),
      p('完善机制', { numId: 1, ilvl: 2 }),
      p('存在问题', { numId: 1, ilvl: 0 }),
      p('一是氛围不浓。'),
      p('下一步措施', { numId: 1, ilvl: 0 }),
      p('营造氛围', { numId: 1, ilvl: 1 }),
    ].join('');
    assert.deepEqual(blocks({ body, numbering: numbering(GONGWEN_LEVELS) }), [
      '一、工作进展情况',
      '（一）精心组织',
      '1.成立专班',
      '（1）召开会议',
      '（2）制定方案',
      '2.强化调度',
      '（二）做细前期',
      '1.完善机制',
      '二、存在问题',
      '一是氛围不浓。',
      '三、下一步措施',
      '（一）营造氛围',
    ]);
  });

  it('counts in each Chinese format: chineseCounting, chineseCountingThousand, ideographTraditional, legal, enclosed', () => {
    const cases: Array<[string, string, number[], string[]]> = [
      ['chineseCounting', '%1、', [1, 10, 11, 20, 99, 100, 101], ['一、', '十、', '十一、', '二十、', '九十九、', '一〇〇、', '一〇一、']],
      [
        'chineseCountingThousand',
        '%1、',
        [10, 11, 21, 100, 101, 110, 1001, 10000, 10010],
        ['十、', '十一、', '二十一、', '一百、', '一百零一、', '一百一十、', '一千零一、', '一万、', '一万零一十、'],
      ],
      ['ideographTraditional', '%1、', [1, 2, 10, 11], ['甲、', '乙、', '癸、', '11、']],
      ['ideographZodiac', '%1.', [1, 12], ['子.', '亥.']],
      ['chineseLegalSimplified', '第%1条', [1, 12, 105], ['第壹条 ', '第壹拾贰条 ', '第壹佰零伍条 ']],
      ['decimalEnclosedParen', '%1', [1, 20, 21], ['⑴', '⒇', '21 ']],
      ['decimalEnclosedCircle', '%1', [1, 10], ['①', '⑩']],
      ['decimalEnclosedFullstop', '%1', [3], ['⒊']],
      ['ideographEnclosedCircle', '%1', [1, 10], ['㊀', '㊉']],
      ['decimalFullWidth', '%1．', [12], ['１２．']],
      ['upperRoman', '%1.', [4, 9, 14], ['IV.', 'IX.', 'XIV.']],
      ['lowerLetter', '%1)', [1, 26, 27], ['a)', 'z)', 'aa)']],
      ['decimalZero', '%1.', [7, 12], ['07.', '12.']],
    ];
    for (const [fmt, text, starts, expected] of cases) {
      // each value as the start of a list of its own
      const levels = starts.map((start) => numbering([{ fmt, text, start }], start, start)).join('');
      const body = starts.map((start) => p('事项', { numId: start })).join('');
      const got = blocks({ body, numbering: levels }).map((b) => b.slice(0, -2));
      assert.deepEqual(got, expected, fmt);
    }
  });

  it('keeps lvlText around the number (“（%1）”, “第%1章”), a space suffix, and multi-level labels', () => {
    const levels = numbering([
      { fmt: 'chineseCounting', text: '第%1章', suff: 'space' },
      { fmt: 'decimal', text: '%1.%2', suff: 'nothing' },
      { fmt: 'chineseCounting', text: '（%3）' },
    ]);
    const body = [p('总则', { numId: 1 }), p('目的', { numId: 1, ilvl: 1 }), p('依据', { numId: 1, ilvl: 2 }), p('分则', { numId: 1 }), p('范围', { numId: 1, ilvl: 1 })].join('');
    // %1 in level 2's text shows level 1 in its own format
    assert.deepEqual(blocks({ body, numbering: levels }), ['第一章 总则', '一.1目的', '（一）依据', '第二章 分则', '二.1范围']);
  });

  it('shows every level as a decimal number under isLgl', () => {
    const levels = numbering([
      { fmt: 'chineseCounting', text: '%1、' },
      { fmt: 'decimal', text: '%1.%2', isLgl: true, suff: 'space' },
    ]);
    const body = [p('总体要求', { numId: 1 }), p('目标', { numId: 1, ilvl: 1 })].join('');
    assert.deepEqual(blocks({ body, numbering: levels }), ['一、总体要求', '1.1 目标']);
  });

  it('continues a list across nums of one abstract numbering, restarts at a startOverride', () => {
    const levels =
      numbering([{ fmt: 'decimal', text: '%1.' }], 0, 1) +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const body = [p('甲', { numId: 1 }), p('乙', { numId: 2 }), p('丙', { numId: 3 }), p('丁', { numId: 3 })].join('');
    assert.deepEqual(blocks({ body, numbering: levels }), ['1.甲', '2.乙', '1.丙', '2.丁']);
  });

  it('numbers paragraphs through their style, and numId 0 switches a style’s numbering off', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="一级标题"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="二级标题"/><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = [
      p('基本情况', { style: 'H1' }),
      p('总体进展', { style: 'H2' }),
      '<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>',
      p('存在问题', { style: 'H1' }),
    ].join('');
    assert.deepEqual(blocks({ body, styles, numbering: numbering(GONGWEN_LEVELS) }), ['一、基本情况', '（一）总体进展', '不编号', '二、存在问题']);
  });

  it('finds a level by the style it names (w:pStyle in the level) and writes bullets as a list', () => {
    const levels =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="L2"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      numbering([{ fmt: 'bullet', text: '\uf0b7' }], 5, 6);
    const styles = '<w:style w:type="paragraph" w:styleId="L2"><w:name w:val="列表二"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = [p('总体情况', { numId: 1 }), p('具体做法', { style: 'L2' }), p('要点甲', { numId: 6 }), p('要点乙', { numId: 6 })].join('');
    assert.deepEqual(blocks({ body, styles, numbering: levels }), ['一、总体情况', '（一）具体做法', '- 要点甲', '- 要点乙']);
  });
});

describe('Word import: title, headings, paragraphs', () => {
  it('writes a centred 小标宋 title as #, and the 版头 above it and the 版记 at the end as front matter', () => {
    const title = { jc: 'center', rPr: '<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>' };
    const body = [
      p('000018'),
      p('秘密★1年'),
      p('特急'),
      p('临河县人民政府', { jc: 'center', rPr: '<w:color w:val="FF0000"/><w:sz w:val="88"/>' }),
      p('文件', { jc: 'center', rPr: '<w:color w:val="E00000"/><w:sz w:val="88"/>' }),
      p(''),
      p('临政发〔2024〕5号', { jc: 'center' }),
      p('关于2024年上半年项目建设', title),
      p('工作情况的汇报', title),
      p('县委、县政府：'),
      p('现将有关情况汇报如下：'),
      p('抄送：县委办公室，县人大常委会办公室。'),
      '<w:p><w:r><w:t>临河县人民政府办公室</w:t></w:r><w:r><w:tab/><w:t>2024年7月10日印发</w:t></w:r></w:p>',
      p(''),
    ].join('');
    assert.deepEqual(blocks({ body }), [
      '---\n份号: "000018"\n密级和保密期限: 秘密★1年\n紧急程度: 特急\n发文机关标志: 临河县人民政府文件\n发文字号: 临政发〔2024〕5号\n抄送: 县委办公室，县人大常委会办公室\n印发机关: 临河县人民政府办公室\n印发日期: 2024年7月10日\n---',
      '# 关于2024年上半年项目建设工作情况的汇报',
      '县委、县政府：',
      '现将有关情况汇报如下：',
    ]);
  });

  it('reads an upward document’s 签发人 beside its 发文字号, and a 版记 set in a table', () => {
    const cell = (text: string): string => `<w:tc>${p(text)}</w:tc>`;
    const body = [
      p('临政〔2024〕12号　　签发人：张三　李四'),
      p('关于请求拨付防汛资金的请示', { style: 'Title' }),
      p('市政府：'),
      p('妥否，请批示。'),
      `<w:tbl><w:tr>${cell('抄送：市财政局。')}</w:tr><w:tr>${cell('临河县人民政府办公室　　2024年7月10日印发')}</w:tr></w:tbl>`,
    ].join('');
    const styles = '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>';
    assert.deepEqual(blocks({ body, styles }), [
      '---\n发文字号: 临政〔2024〕12号\n签发人:\n  - 张三\n  - 李四\n抄送: 市财政局\n印发机关: 临河县人民政府办公室\n印发日期: 2024年7月10日\n---',
      '# 关于请求拨付防汛资金的请示',
      '市政府：',
      '妥否，请批示。',
    ]);
  });

  it('leaves the lines of a body that only look like 版记 in the body', () => {
    assert.deepEqual(blocks({ body: p('关于工作的报告', { jc: 'center' }) + p('抄送：县委办公室。') + p('特此报告。') }), ['# 关于工作的报告', '抄送：县委办公室。', '特此报告。']);
  });

  it('takes the Title style as the title, and headings by outline level below it, the top level as ##', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';
    const body = [p('关于工作的报告', { style: 'Title' }), p('一、工作进展', { style: 'Heading1' }), p('（一）总体情况', { style: '2' }), p('正文。', { outlineLvl: 9 })].join('');
    assert.deepEqual(blocks({ body, styles }), ['# 关于工作的报告', '## 一、工作进展', '### （一）总体情况', '正文。']);
    // a title at outline level 0 and headings from level 1 (as Word export writes them)
    const levelled = [p('关于工作的报告', { jc: 'center', outlineLvl: 0 }), p('一、工作进展', { outlineLvl: 1 }), p('（一）总体情况', { outlineLvl: 2 })].join('');
    assert.deepEqual(blocks({ body: levelled }), ['# 关于工作的报告', '## 一、工作进展', '### （一）总体情况']);
  });

  it('does not take a left-aligned first line or a centred sentence for a title', () => {
    assert.deepEqual(blocks({ body: p('县委、县政府：') + p('正文。') }), ['县委、县政府：', '正文。']);
    assert.deepEqual(blocks({ body: p('现将情况报告如下。', { jc: 'center' }) + p('正文。') }), ['现将情况报告如下。', '正文。']);
  });

  it('writes line breaks as Markdown hard breaks, tabs as spaces, and trims the indentation writers type', () => {
    const body =
      '<w:p><w:r><w:t>附件：1.项目清单</w:t></w:r><w:r><w:br/><w:t>2.资金测算表</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">　　第一段　</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>名称</w:t><w:tab/><w:t>金额</w:t></w:r></w:p>';
    assert.deepEqual(blocks({ body }), ['附件：1.项目清单\\\n2.资金测算表', '第一段', '名称 金额']);
  });

  it('escapes what Markdown would read otherwise, and the parsed text is the Word text', () => {
    const texts = [
      '# 不是标题',
      '> 不是引用',
      '- 不是列表',
      '+ 不是列表',
      '***',
      '---',
      '===',
      '```不是代码',
      '| 不是表格 |',
      '含`代码`的文字',
      '含<b>标签</b>和<!-- 注释 -->的文字',
      '见[链接](http://x)和[^1]和[定义]: x',
      '&amp; 与 &#20013;',
      '反斜杠\\*与末尾\\',
      '成本3*4=12_元',
      '2024.3.5是日期',
    ];
    for (const text of texts) {
      const escaped = escapeLine(text, true);
      const tree = parseTree(escaped);
      assert.equal(tree.children.length, 1, `${text} → ${escaped}: ${tree.children.map((c) => c.type).join(',')}`);
      assert.equal(tree.children[0]!.type, 'paragraph', `${text} → ${escaped}`);
      assert.equal(toText(tree.children[0]!), text, escaped);
    }
    // a numbered line is left as Markdown writes one
    assert.equal(escapeLine('1. 总体要求', true), '1. 总体要求');
  });
});

function toText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'inlineCode' ? `\`${node.value}\`` : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(toText).join('');
  return '';
}

describe('Word import: tables and footnotes', () => {
  const cell = (text: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;

  it('writes a table as a GFM table: merged cells empty, pipes escaped, cell paragraphs as <br>', () => {
    const table =
      '<w:tbl><w:tblPr/><w:tblGrid/>' +
      `<w:tr>${cell('项目')}${cell('投资（亿元）')}${cell('备注')}</w:tr>` +
      `<w:tr>${cell('新建', '<w:vMerge w:val="restart"/>')}${cell('5')}${cell('A|B')}</w:tr>` +
      `<w:tr>${cell('', '<w:vMerge/>')}${cell('合计', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr><w:tc>${p('第一行')}${p('第二行')}</w:tc>${cell('3')}${cell('')}</w:tr>` +
      '</w:tbl>';
    assert.deepEqual(blocks({ body: p('表1 项目情况') + table + p('表后正文。') }), [
      '表1 项目情况',
      '| 项目 | 投资（亿元） | 备注 |\n| --- | --- | --- |\n| 新建 | 5 | A\\|B |\n|  | 合计 |  |\n| 第一行<br>第二行 | 3 |  |',
      '表后正文。',
    ]);
  });

  it('keeps footnotes and endnotes as GFM footnotes, numbered in order of reference', () => {
    const body =
      '<w:p><w:r><w:t>完成投资27亿元</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>，新开工14个</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>';
    const footnotes =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来源：县统计局。</w:t></w:r></w:p></w:footnote>';
    const endnotes = '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>含续建项目。</w:t></w:r></w:p></w:endnote>';
    assert.deepEqual(blocks({ body, footnotes, endnotes }), ['完成投资27亿元[^1]，新开工14个[^2]。', '[^1]: 数据来源：县统计局。', '[^2]: 含续建项目。']);
  });
});

describe('Word import: what is left out', () => {
  it('reads tracked changes as accepted: insertions kept, deletions and moved-from text dropped, a deleted paragraph mark joins', () => {
    const body =
      '<w:p><w:r><w:t>完成投资</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>25</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>27</w:t></w:r></w:ins><w:r><w:t>亿元。</w:t></w:r></w:p>' +
      '<w:p><w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置的话。</w:t></w:r></w:moveFrom><w:r><w:t>第二段</w:t></w:r><w:moveTo w:id="4" w:author="a"><w:r><w:t>移来的话。</w:t></w:r></w:moveTo></w:p>' +
      '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="a"/></w:rPr></w:pPr><w:r><w:t>前半句，</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>后半句。</w:t></w:r></w:p>' +
      '<w:del w:id="6" w:author="a"><w:p><w:r><w:delText>整段删除</w:delText></w:r></w:p></w:del>' +
      '<w:tbl><w:tr><w:trPr><w:del w:id="7" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:t>删除的行</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>保留的行</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    assert.deepEqual(blocks({ body }), ['完成投资27亿元。', '第二段移来的话。', '前半句，后半句。', '| 保留的行 |\n| --- |']);
  });

  it('drops comments, text boxes, pictures, hidden text, field codes and never reads headers or footers', () => {
    const body =
      '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>正文</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' +
      '<w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>' +
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>旧式文本框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:t>。</w:t></w:r></w:p>';
    const namespaces =
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"';
    const extra = [
      { name: 'word/header1.xml', data: `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${p('页眉文字')}</w:hdr>` },
      { name: 'word/footer1.xml', data: `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${p('页脚文字')}</w:ftr>` },
      { name: 'word/comments.xml', data: `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0">${p('批注内容')}</w:comment></w:comments>` },
    ];
    assert.deepEqual(blocks({ body, namespaces, extra }), ['正文3。']);
  });

  it('leaves out a table of contents, as a field or in its content control', () => {
    const tocField =
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、工作进展</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>二、存在问题</w:t></w:r><w:r><w:tab/><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    const tocControl =
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>' + p('目录') + p('一、工作进展 1') + '</w:sdtContent></w:sdt>';
    const simple = '<w:p><w:fldSimple w:instr=" TOC \\o "><w:r><w:t>一、工作进展 1</w:t></w:r></w:fldSimple></w:p>';
    assert.deepEqual(blocks({ body: tocControl + tocField + simple + p('一、工作进展') + p('正文。') }), ['一、工作进展', '正文。']);
  });

  it('reads a document that binds WordprocessingML to another prefix, to the default namespace, or uses Strict OOXML', () => {
    const cases: Array<[string, string]> = [
      ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'ns0:'],
      ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', ''],
      ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w:'],
    ];
    for (const [uri, q] of cases) {
      const entries = docxEntries({ body: '' });
      const document = entries.find((e) => e.name === 'word/document.xml')!;
      const bind = q === '' ? 'xmlns' : `xmlns:${q.slice(0, -1)}`;
      document.data = `<${q}document ${bind}="${uri}"><${q}body><${q}p><${q}r><${q}t>正文。</${q}t></${q}r></${q}p></${q}body></${q}document>`;
      assert.equal(importDocxBytes(zip(entries)).markdown, '正文。\n', `${uri} as ${q || 'default'}`);
    }
  });
});

describe('Word import: where a finding is in Word', () => {
  it('names the paragraph by its number and opening words, a table cell by row and column, a footnote', () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>';
    const table = `<w:tbl><w:tr><w:tc>${p('项目')}</w:tc><w:tc>${p('数量')}</w:tc></w:tr><w:tr><w:tc>${p('新建')}</w:tc><w:tc>${p('5')}</w:tc></w:tr></w:tbl>`;
    const body =
      p('临政〔2024〕5号') +
      p('关于工作的报告', { style: 'Title' }) +
      p('') +
      p('县委：') +
      p('一、工作进展情况和主要做法及成效经验') +
      table +
      '<w:p><w:r><w:t>注</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>';
    const footnotes = '<w:footnote w:id="1"><w:p><w:r><w:t>来源说明。</w:t></w:r></w:p></w:footnote>';
    const draft = importDocxBytes(docx({ body, styles, footnotes }));
    const at = (needle: string): string | undefined => describePlace(draft, draft.markdown.indexOf(needle));
    // the 发文字号 above the title is in the front matter, and counted: the writer sees it as the first paragraph
    assert.equal(at('发文字号'), '版头或版记');
    assert.equal(at('关于'), '第2段（标题）“关于工作的报告”');
    assert.equal(at('县委'), '第3段“县委：”');
    assert.equal(at('主要做法'), '第4段“一、工作进展情况和主要做法及成效…”');
    assert.equal(at('新建'), '第1个表格第2行第1列');
    assert.equal(at('5 |'), '第1个表格第2行第2列');
    assert.equal(at('数量'), '第1个表格第1行第2列');
    assert.equal(at('来源'), '脚注1“来源说明。”');
  });
});

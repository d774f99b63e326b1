// The .docx's own XML gives GB/T 9704-2012's layout in Word's arithmetic: page and margins, 22 lines of 28
// characters, the faces and sizes of each part, page numbers, 版头 and 版记. The rendering test (render.test.ts,
// `npm run test:word`) checks the same figures on the page LibreOffice draws.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportDocx } from '../../server/src/word/export';
import { importDocxBytes } from '../../server/src/word/import';
import { all, child, Docx, first, num, textOf, type XmlElement } from './docx';

const examples = join(__dirname, '..', '..', 'examples');
const REPORT = readFileSync(join(examples, '关于2024年上半年项目建设工作情况的汇报.md'), 'utf8');
const NOTICE = readFileSync(join(examples, '关于召开全县安全生产工作会议的通知.md'), 'utf8');

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: number): number => twips / TWIPS_PER_MM;

async function docx(markdown: string): Promise<Docx> {
  return new Docx(await exportDocx(markdown, { date: new Date('2024-07-05T00:00:00Z') }));
}

function fonts(rFonts: XmlElement | undefined): Record<string, string | undefined> {
  return { ascii: rFonts?.attrs['w:ascii'], hAnsi: rFonts?.attrs['w:hAnsi'], eastAsia: rFonts?.attrs['w:eastAsia'] };
}

describe('word export: the page in Word’s arithmetic', () => {
  let d: Docx;
  before(async () => {
    d = await docx(REPORT);
  });

  it('is A4 with 天头 37 mm, 订口 28 mm and a 156 × 225 mm 版心', () => {
    const sectPr = all(d.body, 'w:sectPr').at(-1)!;
    const size = child(sectPr, 'w:pgSz');
    const margin = child(sectPr, 'w:pgMar');
    assert.equal(num(size, 'w:w'), 11906); // 210 mm
    assert.equal(num(size, 'w:h'), 16838); // 297 mm
    const [top, bottom, left, right] = ['w:top', 'w:bottom', 'w:left', 'w:right'].map((a) => num(margin, a)!);
    assert.ok(Math.abs(mm(top!) - 37) < 0.02, `top ${mm(top!)} mm`);
    assert.ok(Math.abs(mm(left!) - 28) < 0.02, `left ${mm(left!)} mm`);
    const width = 11906 - left! - right!;
    const height = 16838 - top! - bottom!;
    assert.ok(Math.abs(mm(width) - 156) < 0.05, `type area width ${mm(width)} mm`);
    assert.ok(Math.abs(mm(height) - 225) < 0.05, `type area height ${mm(height)} mm`);
    assert.equal(num(margin, 'w:gutter'), 0);
  });

  it('holds 22 lines a page: every line exactly 28.95 pt on a line grid of the same pitch', () => {
    const sectPr = all(d.body, 'w:sectPr').at(-1)!;
    const margin = child(sectPr, 'w:pgMar');
    const height = 16838 - num(margin, 'w:top')! - num(margin, 'w:bottom')!;
    const grid = child(sectPr, 'w:docGrid');
    assert.equal(grid?.attrs['w:type'], 'lines');
    assert.equal(num(grid, 'w:linePitch'), 579);
    const spacing = d.pPr(d.paragraph('按照县委'), 'w:spacing');
    assert.equal(spacing?.attrs['w:lineRule'], 'exact');
    assert.equal(num(spacing, 'w:line'), 579); // 28.95 pt
    assert.equal(Math.floor(height / 579), 22);
    // widow and orphan control would end a page a line short
    assert.equal(d.pPr(d.paragraph('按照县委'), 'w:widowControl')?.attrs['w:val'], 'false');
  });

  it('holds 28 characters of 3号 a line: 16 pt condensed by 0.25 pt, 28 × 15.75 pt within 156 mm and 29 not', () => {
    const sectPr = all(d.body, 'w:sectPr').at(-1)!;
    const margin = child(sectPr, 'w:pgMar');
    const width = 11906 - num(margin, 'w:left')! - num(margin, 'w:right')!;
    const size = num(d.styleRPr('GwBody', 'w:sz'), 'w:val')!;
    const spacing = num(d.styleRPr('GwBody', 'w:spacing'), 'w:val')!;
    assert.equal(size, 32); // half-points: 16 pt, 3号
    const advance = size * 10 + spacing; // twips a character takes
    assert.equal(advance, 315);
    assert.ok(28 * advance <= width && 29 * advance > width, `${width} twips holds ${Math.floor(width / advance)} characters`);
    // no grid of characters: LibreOffice reads a linesAndChars grid's charSpace otherwise than Word (docs/word.md)
    assert.equal(child(sectPr, 'w:docGrid')?.attrs['w:charSpace'], undefined);
    // full-width punctuation keeps its whole character, and no space is added between Chinese and digits
    assert.match(d.text('word/settings.xml'), /<w:characterSpacingControl w:val="doNotCompress"\/>/);
    assert.equal(d.pPr(d.paragraph('按照县委'), 'w:autoSpaceDE')?.attrs['w:val'], '0');
    assert.equal(d.pPr(d.paragraph('按照县委'), 'w:autoSpaceDN')?.attrs['w:val'], '0');
  });

  it('indents the body’s first line by two characters and justifies it', () => {
    const p = d.paragraph('按照县委');
    assert.equal(num(d.pPr(p, 'w:ind'), 'w:firstLine'), 2 * 315);
    assert.equal(d.pPr(p, 'w:jc')?.attrs['w:val'], 'both');
  });

  it('names the fonts for Word and WPS (East Asian text included) and embeds none', () => {
    assert.deepEqual(fonts(d.styleRPr('GwBody', 'w:rFonts')), { ascii: '仿宋_GB2312', hAnsi: '仿宋_GB2312', eastAsia: '仿宋_GB2312' });
    assert.deepEqual(fonts(d.styleRPr('GwTitle', 'w:rFonts')), { ascii: '方正小标宋简体', hAnsi: '方正小标宋简体', eastAsia: '方正小标宋简体' });
    assert.equal(d.styleRPr('GwBody', 'w:rFonts')?.attrs['w:hint'], 'eastAsia');
    const table = d.xml('word/fontTable.xml');
    const entries = Object.fromEntries(all(table, 'w:font').map((f) => [f.attrs['w:name'], child(f, 'w:altName')?.attrs['w:val']]));
    assert.equal(entries['仿宋_GB2312'], 'FangSong');
    assert.equal(entries['楷体_GB2312'], 'KaiTi');
    assert.equal(entries['黑体'], 'SimHei');
    assert.ok('方正小标宋简体' in entries && '宋体' in entries);
    assert.ok(
      all(table, 'w:font').every((f) => child(f, 'w:charset')?.attrs['w:val'] === '86'),
      'GB2312 character set',
    );
    assert.deepEqual(all(table, 'w:embedRegular'), []);
    assert.ok(!Object.keys(d.files).some((name) => name.startsWith('word/fonts/')), 'no font files in the package');
    assert.doesNotMatch(d.text('word/settings.xml'), /embedTrueTypeFonts/);
  });

  it('sets the title in 2号 小标宋, centred, with a blank line under it, and 主送机关 flush left', () => {
    const title = d.paragraph('关于2024年上半年项目建设工作情况的汇报');
    assert.equal(child(child(title, 'w:pPr'), 'w:pStyle')?.attrs['w:val'], 'GwTitle');
    assert.equal(num(d.styleRPr('GwTitle', 'w:sz'), 'w:val'), 44); // 22 pt, 2号
    assert.equal(d.pPr(title, 'w:jc')?.attrs['w:val'], 'center');
    const addressee = d.paragraph('县委、县政府：');
    assert.equal(num(d.pPr(addressee, 'w:spacing'), 'w:before'), 579); // 标题下空一行
    assert.equal(d.pPr(addressee, 'w:ind'), undefined);
  });

  it('sets the ordinals as 7.3.3 has them: 一、 in 黑体, （一） in 楷体, the rest of the paragraph in 仿宋', () => {
    const heading = d.paragraph('一、工作进展情况');
    const style = child(child(heading, 'w:pPr'), 'w:pStyle')!.attrs['w:val']!;
    assert.equal(fonts(d.styleRPr(style, 'w:rFonts')).eastAsia, '黑体');
    const runIn = d.paragraph('（一）精心组织凝聚合力。');
    const [head, rest] = all(runIn, 'w:r');
    assert.equal(textOf(head!), '（一）精心组织凝聚合力。');
    assert.equal(fonts(first(head, 'w:rFonts')).eastAsia, '楷体_GB2312');
    assert.equal(first(rest, 'w:rFonts'), undefined); // the paragraph's 仿宋
  });

  it('puts 成文日期 four characters from the right and centres the 署名 over it, two blank lines above for the seal', () => {
    const date = d.paragraph('2024年7月5日');
    const name = d.paragraph('临河县发展和改革局');
    assert.equal(d.pPr(date, 'w:jc')?.attrs['w:val'], 'right');
    assert.equal(num(d.pPr(date, 'w:ind'), 'w:right'), 4 * 315);
    assert.equal(d.pPr(name, 'w:jc')?.attrs['w:val'], 'right');
    // centres: the date is 6 characters wide (年, 月, 日 and six half-width digits in 仿宋), the name 9
    const dateWidth = 6 * 315;
    const nameWidth = 9 * 315;
    const dateCentre = 4 * 315 + dateWidth / 2;
    const nameCentre = num(d.pPr(name, 'w:ind'), 'w:right')! + nameWidth / 2;
    assert.ok(Math.abs(dateCentre - nameCentre) <= 1, `${dateCentre} vs ${nameCentre}`);
    assert.equal(num(d.pPr(name, 'w:spacing'), 'w:before'), 2 * 579);
    // never alone on a page: the name keeps with the date, the body's last paragraph with the name
    assert.ok(d.pPr(name, 'w:keepNext'));
    assert.ok(d.pPr(d.paragraph('特此报告。'), 'w:keepNext'));
  });

  it('numbers pages “— 1 —” in 4号 宋体, odd pages right and even pages left, one character in', () => {
    assert.match(d.text('word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    const sectPr = all(d.body, 'w:sectPr').at(-1)!;
    const refs = all(sectPr, 'w:footerReference');
    const rels = d.text('word/_rels/document.xml.rels');
    const footer = (type: string): XmlElement => {
      const id = refs.find((r) => r.attrs['w:type'] === type)!.attrs['r:id']!;
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
      return d.xml(`word/${target}`);
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const p = first(footer(type), 'w:p')!;
      assert.equal(child(child(p, 'w:pPr'), 'w:jc')?.attrs['w:val'], side);
      assert.equal(num(child(child(p, 'w:pPr'), 'w:ind'), `w:${side}`), 280); // one 4号 character
      assert.deepEqual(
        all(p, 'w:t').map((t) => t.text),
        ['— ', ' —'],
      );
      assert.equal(
        all(p, 'w:instrText')
          .map((t) => t.text.trim())
          .join(''),
        'PAGE',
      );
    }
    assert.equal(num(d.styleRPr('GwPageNumber', 'w:sz'), 'w:val'), 28); // 14 pt, 4号
    assert.deepEqual(fonts(d.styleRPr('GwPageNumber', 'w:rFonts')), { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体' });
  });
});

describe('word export: 版头 and 版记 from the front matter', () => {
  let d: Docx;
  before(async () => {
    d = await docx(NOTICE);
  });

  it('sets the 发文机关标志 in red 小标宋, centred, its top 35 mm under the 版心’s', () => {
    const mark = d.paragraph('临河县人民政府办公室文件');
    const run = first(mark, 'w:rPr')!;
    assert.equal(child(run, 'w:color')?.attrs['w:val'], 'FF0000');
    assert.equal(fonts(child(run, 'w:rFonts')).eastAsia, '方正小标宋简体');
    assert.equal(d.pPr(mark, 'w:jc')?.attrs['w:val'], 'center');
    const size = num(child(run, 'w:sz'), 'w:val')! * 10; // twips
    assert.ok(12 * size <= 8845, 'as wide as the 版心 at most');
    const before = num(d.pPr(mark, 'w:spacing'), 'w:before')!;
    // the line's top, then the ideographs' top 0.12 of the size below it
    assert.ok(Math.abs(mm(before + 0.12 * size) - 35) < 0.1, `${mm(before + 0.12 * size)} mm`);
    assert.equal(d.pPr(mark, 'w:snapToGrid')?.attrs['w:val'], '0');
  });

  it('puts the 发文字号 two lines under it, centred, with a red line 4 mm under and the title two lines below that', () => {
    const number = d.paragraph('临政办发〔2024〕18号');
    assert.equal(num(d.pPr(number, 'w:spacing'), 'w:before'), 2 * 579);
    assert.equal(d.pPr(number, 'w:jc')?.attrs['w:val'], 'center');
    const line = child(d.pPr(number, 'w:pBdr'), 'w:bottom')!;
    assert.equal(line.attrs['w:color'], 'FF0000');
    assert.ok(Math.abs((Number(line.attrs['w:space']) / 72) * 25.4 - 4) < 0.2, '4 mm');
    const title = d.paragraph('关于召开全县安全生产工作会议的通知');
    const before = num(d.pPr(title, 'w:spacing'), 'w:before')!;
    assert.ok(before >= 2 * 579 && before < 3 * 579);
    // the 版头 and the space under it end on the line grid: the body's lines fall as on every other page
    const mark = d.paragraph('临河县人民政府办公室文件');
    const markSpacing = d.pPr(mark, 'w:spacing')!;
    const head = num(markSpacing, 'w:before')! + num(markSpacing, 'w:line')! + 3 * 579 + (11 * 20 + 20);
    assert.equal((head + before) % 579, 0);
  });

  it('puts the 版记 in a section of its own that starts on an even page and ends on the page’s last line', () => {
    const sections = all(d.body, 'w:sectPr');
    assert.equal(sections.length, 2);
    assert.equal(child(sections[1], 'w:type')?.attrs['w:val'], 'evenPage');
    const table = all(d.body, 'w:tbl').at(-1)!;
    const borders = first(table, 'w:tblBorders')!;
    assert.equal(child(borders, 'w:top')?.attrs['w:sz'], '8'); // 0.35 mm
    assert.equal(child(borders, 'w:bottom')?.attrs['w:sz'], '8');
    assert.equal(child(borders, 'w:insideH')?.attrs['w:sz'], '6'); // 0.25 mm
    assert.equal(num(first(table, 'w:tblW'), 'w:w'), 8845); // as wide as the 版心
    const rows = all(table, 'w:tr');
    assert.equal(textOf(rows[0]!), '抄送：县委办公室，县人大常委会办公室，县政协办公室。');
    assert.equal(textOf(rows[1]!).replace('\t', '|'), '临河县人民政府办公室|2024年7月10日印发');
    const rowLines = rows.map((r) => num(first(r, 'w:trHeight'), 'w:val')! / 579);
    const spacer = all(d.body, 'w:p').find(
      (p) =>
        child(child(p, 'w:pPr'), 'w:sectPr') === undefined && textOf(p) === '' && d.pPr(p, 'w:spacing') && all(d.body, 'w:p').indexOf(p) > all(d.body, 'w:p').indexOf(d.paragraph('2024年7月10日')),
    )!;
    const spacerLines = (num(d.pPr(spacer, 'w:spacing'), 'w:before')! + num(d.pPr(spacer, 'w:spacing'), 'w:line')!) / 579;
    assert.equal(spacerLines + rowLines.reduce((a, b) => a + b, 0), 22);
  });
});

describe('word export: the 版头 of an upward document', () => {
  const UPWARD =
    '---\n份号: 000123\n密级和保密期限: 秘密★1年\n紧急程度: 特急\n发文机关标志: 临河县人民政府文件\n发文字号: 临政发〔2024〕12号\n签发人: 张三\n---\n\n# 关于申请资金的请示\n\n市人民政府：\n\n正文。\n';
  let d: Docx;
  before(async () => {
    d = await docx(UPWARD);
  });

  it('puts 份号, 密级和保密期限 and 紧急程度 at the top left, a line each, the last two in 黑体', () => {
    const [copy, secrecy, urgency] = d.paragraphs().slice(0, 3);
    assert.deepEqual(
      [copy, secrecy, urgency].map((p) => textOf(p!)),
      ['000123', '秘密★1年', '特急'],
    );
    for (const p of [copy, secrecy, urgency]) {
      assert.equal(d.pPr(p!, 'w:jc'), undefined);
      assert.equal(d.pPr(p!, 'w:ind'), undefined);
    }
    assert.equal(first(copy, 'w:rFonts'), undefined); // 3号 in the body's face
    assert.equal(fonts(first(secrecy, 'w:rFonts')).eastAsia, '黑体');
    assert.equal(fonts(first(urgency, 'w:rFonts')).eastAsia, '黑体');
  });

  it('drops the 发文机关标志 to 80 mm, and sets 发文字号 左空一字 and 签发人 右空一字 on one line', () => {
    const mark = d.paragraph('临河县人民政府文件');
    const size = num(first(mark, 'w:sz'), 'w:val')! * 10;
    const before = num(d.pPr(mark, 'w:spacing'), 'w:before')!;
    assert.ok(Math.abs(mm(3 * 579 + before + 0.12 * size) - 80) < 0.1, `${mm(3 * 579 + before + 0.12 * size)} mm`);
    const line = d.paragraph('\t临政发〔2024〕12号');
    assert.equal(textOf(line), '\t临政发〔2024〕12号\t签发人：张三');
    const tabs = all(d.pPr(line, 'w:tabs')!, 'w:tab').map((t) => [t.attrs['w:val'], num(t, 'w:pos')]);
    assert.deepEqual(tabs, [
      ['left', 315],
      ['right', 8845 - 315],
    ]);
    const runs = all(line, 'w:r');
    assert.equal(fonts(first(runs.at(-1), 'w:rFonts')).eastAsia, '楷体_GB2312'); // the names in 楷体
    assert.equal(child(d.pPr(line, 'w:pBdr'), 'w:bottom')?.attrs['w:color'], 'FF0000');
  });
});

describe('word export: the rest of a draft', () => {
  it('makes a GFM table a Word table as wide as the 版心', async () => {
    const d = await docx('# 关于情况的报告\n\n| 项目 | 数量 |\n| --- | ---: |\n| 新建 | 20 |\n| 续建 | 16 |\n');
    const table = first(d.body, 'w:tbl')!;
    assert.equal(all(table, 'w:tr').length, 3);
    assert.deepEqual(
      all(table, 'w:tr').map((r) => all(r, 'w:tc').map(textOf)),
      [
        ['项目', '数量'],
        ['新建', '20'],
        ['续建', '16'],
      ],
    );
    const columns = all(table, 'w:gridCol').map((c) => num(c, 'w:w')!);
    assert.equal(
      columns.reduce((a, b) => a + b, 0),
      8845,
    );
    const cell = all(all(table, 'w:tr')[1]!, 'w:tc')[1]!;
    assert.equal(child(child(first(cell, 'w:p'), 'w:pPr'), 'w:jc')?.attrs['w:val'], 'right');
  });

  it('writes a column’s Markdown alignment on its cells, the layout’s defaults in styles, so import reads back only the first', async () => {
    const markdown = '# 关于情况的报告\n\n| 地区 | 数量 | 说明 | 金额 |\n| :--- | :---: | --- | --- |\n| 城关镇 | 12 | 新建 | 18.6 |\n';
    const d = await docx(markdown);
    const [head, row] = all(first(d.body, 'w:tbl')!, 'w:tr');
    const direct = (tr: XmlElement) => all(tr, 'w:tc').map((tc) => child(child(first(tc, 'w:p'), 'w:pPr'), 'w:jc')?.attrs['w:val'] ?? '');
    const style = (tr: XmlElement) => all(tr, 'w:tc').map((tc) => child(child(first(tc, 'w:p'), 'w:pPr'), 'w:pStyle')?.attrs['w:val']);
    assert.deepEqual(direct(row!), ['left', 'center', '', '']);
    assert.deepEqual(style(row!), ['GwTable', 'GwTableFigure', 'GwTable', 'GwTableFigure']); // words left, figures right
    assert.deepEqual(style(head!), ['GwTableHead', 'GwTableHead', 'GwTableHead', 'GwTableHead']); // centred, 黑体
    const imported = importDocxBytes(await exportDocx(markdown)).markdown;
    assert.ok(imported.includes('| :--- | :---: | --- | --- |'), imported);
  });

  it('keeps footnotes as Word footnotes', async () => {
    const d = await docx('# 关于情况的报告\n\n完成投资27亿元[^1]。\n\n[^1]: 含中央预算内投资。\n');
    assert.equal(all(d.body, 'w:footnoteReference').length, 1);
    assert.ok(all(d.xml('word/footnotes.xml'), 'w:footnote').some((f) => textOf(f) === '含中央预算内投资。'));
  });

  it('lays out 附件说明 with the names lined up, under a blank line', async () => {
    const d = await docx('# 关于情况的通知\n\n正文。\n\n附件：1.参会回执\\\n2.日程安排\n\n临河县人民政府\n\n2024年7月10日\n');
    const p = d.paragraph('附件：1.参会回执');
    assert.equal(num(d.pPr(p, 'w:ind'), 'w:left'), 5 * 315);
    assert.equal(num(d.pPr(p, 'w:ind'), 'w:hanging'), 3 * 315); // first line at two characters: 左空二字
    assert.equal(num(d.pPr(p, 'w:spacing'), 'w:before'), 579);
    assert.equal(all(p, 'w:br').length, 1);
  });

  it('prints neither the front matter nor HTML comments, and joins lines broken inside a paragraph', async () => {
    const d = await docx('---\n发文字号: 临政发〔2024〕5号\n---\n\n# 关于情况的报告\n\n<!-- gongwen-disable-next-line placeholder -->\n第一行\n第二行 and\nmore。\n');
    const words = d
      .paragraphs()
      .map(textOf)
      .filter((t) => t !== '');
    assert.deepEqual(words, ['临政发〔2024〕5号', '关于情况的报告', '第一行第二行 and more。']);
  });

  it('tells what it cannot read in the front matter and lays out the rest', async () => {
    const warnings: string[] = [];
    const bytes = await exportDocx('---\n发文字号: [unclosed\n---\n\n# 标题\n\n正文。\n', { warn: (m) => warnings.push(m) });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^文首的 YAML 前言有误/);
    assert.deepEqual(
      new Docx(bytes)
        .paragraphs()
        .map(textOf)
        .filter((t) => t !== ''),
      ['标题', '正文。'],
    );
    const unknown: string[] = [];
    await exportDocx('---\n主题词: 安全\n---\n\n正文。\n', { warn: (m) => unknown.push(m) });
    assert.match(unknown[0]!, /“主题词”不是版头或版记的要素/);
  });

  it('writes a valid package for an empty draft', async () => {
    const d = await docx('');
    assert.equal(d.paragraphs().length, 1);
    assert.match(d.text('[Content_Types].xml'), /wordprocessingml\.document\.main\+xml/);
  });
});

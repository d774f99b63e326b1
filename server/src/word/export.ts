// Markdown → .docx laid out per GB/T 9704-2012, with the `docx` package: A4, the 156 × 225 mm 版心, 22 lines of
// 28 characters, the faces and sizes of each part, page numbers, 版头 and 版记. The CLI (`gongwen export`) and the
// editor command both call `exportDocx`; it runs in Node and in a browser. Fonts are named, never embedded.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignSection,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { TableData } from '../engine';
import { CHAR, CHAR_SPACING, FONTS, headGeometry, LINE, LINES_PER_PAGE, MARGIN, PAGE, PAGE_NUMBER, RECORD_LINE, RED_LINE, SIZE, TYPE_AREA, cells, isFigure, type HeadGeometry } from './layout';
import { bodyPageCount, CELL_MARGIN, hasTableData, keptWithNext, plainText, tableColumns } from './flow';
import { readPage, type Face, type HeadFields, type Inline, type Page, type ParagraphBlock, type RecordFields } from './page';

export interface ExportOptions {
  /** Told what the export leaves out (front matter it cannot read), Chinese first. */
  warn?: (message: string) => void;
  /** The document's creation and modification time; now when not given. */
  date?: Date;
}

/** The draft as a .docx file. */
export async function exportDocx(markdown: string, options: ExportOptions = {}): Promise<Uint8Array> {
  const page = readPage(markdown);
  for (const problem of page.problems) options.warn?.(problem);
  const document = new Document({
    creator: '公文助手',
    title: titleOf(page),
    evenAndOddHeaderAndFooters: true,
    styles: STYLES,
    footnotes: Object.fromEntries(page.footnotes.map((n) => [n.number, { children: [new Paragraph({ style: 'GwFootnote', children: runs(n.inlines) })] }])),
    sections: sections(page),
  });
  const packed = await Packer.pack(document, 'uint8array');
  return finish(packed, options.date ?? new Date());
}

function titleOf(page: Page): string {
  const title = page.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.role === 'title');
  return title ? title.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('') : '';
}

// ---- fonts and styles ----

function font(face: Face | 'songti'): IRunOptions['font'] {
  const name = FONTS[face].name;
  // every slot named: Word and WPS pick East Asian text's font from eastAsia, digits and Latin from ascii/hAnsi
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

const exact = (lines = 1, before = 0) => ({ line: LINE * lines, lineRule: LineRuleType.EXACT, before: before * LINE, after: 0 });

const STYLES = {
  default: {
    document: {
      run: { font: font('fangsong'), size: SIZE.body, characterSpacing: CHAR_SPACING, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: exact(), widowControl: false },
    },
  },
  paragraphStyles: [
    // every style is based on Normal: LibreOffice reads the paragraph defaults only from it
    { id: 'Normal', name: 'Normal', quickFormat: true, paragraph: { spacing: exact(), widowControl: false } },
    // the body: 3号仿宋, first line in two characters, justified
    { id: 'GwBody', name: '公文正文', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.BOTH, indent: { firstLine: 2 * CHAR } } },
    {
      id: 'GwTitle',
      name: '公文标题',
      basedOn: 'Normal',
      next: 'GwBody',
      quickFormat: true,
      run: { font: font('xiaobiaosong'), size: SIZE.title },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, outlineLevel: 0, spacing: exact() },
    },
    { id: 'GwSubtitle', name: '公文副标题', basedOn: 'Normal', next: 'GwBody', run: { font: font('kaiti') }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true } },
    { id: 'GwAddressee', name: '主送机关', basedOn: 'Normal', next: 'GwBody', quickFormat: true, paragraph: { alignment: AlignmentType.BOTH } },
    { id: 'GwHeading1', name: '一级标题', basedOn: 'GwBody', next: 'GwBody', quickFormat: true, run: { font: font('heiti') }, paragraph: { keepNext: true, outlineLevel: 1 } },
    { id: 'GwHeading2', name: '二级标题', basedOn: 'GwBody', next: 'GwBody', quickFormat: true, run: { font: font('kaiti') }, paragraph: { keepNext: true, outlineLevel: 2 } },
    { id: 'GwHeading3', name: '三级标题', basedOn: 'GwBody', next: 'GwBody', quickFormat: true, paragraph: { keepNext: true, outlineLevel: 3 } },
    { id: 'GwHeading4', name: '四级标题', basedOn: 'GwBody', next: 'GwBody', quickFormat: true, paragraph: { keepNext: true, outlineLevel: 4 } },
    // 附件说明 (7.3.6): 左空二字, names after 附件： lined up on every line
    { id: 'GwAttachment', name: '附件说明', basedOn: 'Normal', paragraph: { indent: { left: 5 * CHAR, hanging: 3 * CHAR } } },
    { id: 'GwSignature', name: '发文机关署名', basedOn: 'Normal', paragraph: { alignment: AlignmentType.RIGHT, keepNext: true } },
    { id: 'GwDate', name: '成文日期', basedOn: 'Normal', paragraph: { alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR } } },
    // tables in 4号 仿宋, a row a line of the grid; the 表题 in 3号 bold, centred
    { id: 'GwTable', name: '表格文字', basedOn: 'Normal', run: { size: SIZE.record }, paragraph: { alignment: AlignmentType.LEFT } },
    { id: 'GwTableHead', name: '表头', basedOn: 'GwTable', run: { font: font('heiti') }, paragraph: { alignment: AlignmentType.CENTER } },
    { id: 'GwTableFigure', name: '表格数字', basedOn: 'GwTable', paragraph: { alignment: AlignmentType.RIGHT } },
    { id: 'GwTableTitle', name: '表题', basedOn: 'Normal', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true } },
    { id: 'GwHead', name: '版头', basedOn: 'Normal', paragraph: { spacing: exact() } },
    { id: 'GwRecord', name: '版记', basedOn: 'Normal', run: { size: SIZE.record }, paragraph: { spacing: exact() } },
    {
      id: 'GwPageNumber',
      name: '页码',
      basedOn: 'Normal',
      run: { font: font('songti'), size: SIZE.pageNumber, characterSpacing: 0 },
      paragraph: { spacing: { line: SIZE.pageNumber * 10, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    { id: 'GwFootnote', name: '脚注', basedOn: 'Normal', run: { size: SIZE.record }, paragraph: { spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 } } },
  ],
};

const STYLE_OF_ROLE: Record<ParagraphBlock['role'], string> = {
  title: 'GwTitle',
  subtitle: 'GwSubtitle',
  addressee: 'GwAddressee',
  heading: 'GwBody',
  body: 'GwBody',
  attachment: 'GwAttachment',
  namelist: 'GwAttachment',
  signature: 'GwSignature',
  date: 'GwDate',
};

// ---- the body ----

function runs(inlines: readonly Inline[], base: Partial<IRunOptions> = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'break') out.push(new TextRun({ ...base, break: 1 }));
    else if (inline.kind === 'note') out.push(new FootnoteReferenceRun(inline.number));
    else
      out.push(
        new TextRun({
          ...base,
          text: inline.text,
          ...(inline.face ? { font: font(inline.face) } : {}),
          ...(inline.strong ? { bold: true } : {}),
          ...(inline.strike ? { strike: true } : {}),
        }),
      );
  }
  return out;
}

function paragraph(block: ParagraphBlock, dateCells: number | undefined, before?: number, keepNext = false): Paragraph {
  let style = STYLE_OF_ROLE[block.role];
  if (block.role === 'heading') style = block.level ? `GwHeading${block.level}` : 'GwBody';
  const options: { -readonly [K in keyof IParagraphOptions]: IParagraphOptions[K] } = { style, children: runs(block.inlines) };
  if (block.blankBefore > 0) options.spacing = exact(1, block.blankBefore);
  if (before !== undefined) options.spacing = { ...exact(), before };
  if (block.continuation) options.indent = { left: 5 * CHAR, hanging: 0 };
  if (block.role === 'signature' && dateCells !== undefined) {
    // 署名以成文日期为准居中 (7.3.5.1): the name's centre over the date's, the date four characters from the right
    const name = cells(plainText(block.inlines));
    options.indent = { right: Math.max(0, Math.round(4 * CHAR + ((dateCells - name) / 2) * CHAR)) };
  }
  if ((block.role === 'heading' && block.level === undefined) || keepNext) options.keepNext = true;
  return new Paragraph(options);
}

function table(data: TableData): Table {
  const columns = tableColumns(data);
  const width = columns.length;
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  // the heading row centred in 黑体, figures to the right, words to the left: styles; a column's alignment from the
  // Markdown's separator line: written on the body cells' paragraphs themselves, as import reads it back
  const cellOf = (text: string, c: number, header: boolean): TableCell => {
    const style = header ? 'GwTableHead' : isFigure(text) ? 'GwTableFigure' : 'GwTable';
    const align = header ? null : (data.align?.[c] ?? null);
    return new TableCell({
      width: { size: columns[c]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
      children: text.split('\n').map(
        (l) =>
          new Paragraph({
            style,
            ...(align ? { alignment: align === 'left' ? AlignmentType.LEFT : align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER } : {}),
            children: [new TextRun(l)],
          }),
      ),
    });
  };
  const row = (cellsOfRow: readonly string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      height: { value: LINE, rule: HeightRule.ATLEAST },
      children: Array.from({ length: width }, (_, c) => cellOf(cellsOfRow[c] ?? '', c, header)),
    });
  return new Table({
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: columns,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [row(data.header, true), ...data.rows.map((r) => row(r, false))],
  });
}

/** The body's paragraphs and tables. */
function body(page: Page, titleBefore: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const date = page.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.role === 'date');
  const dateCells = date ? cells(plainText(date.inlines)) : undefined;
  const keep = keptWithNext(page);
  page.blocks.forEach((block, i) => {
    if (block.kind === 'table') {
      if (!hasTableData(block.table)) return;
      if (block.blankBefore > 0) out.push(new Paragraph({ spacing: exact(block.blankBefore) }));
      // 表题 centred above the table, the unit line at its right
      if (block.table.caption) out.push(new Paragraph({ style: 'GwTableTitle', keepNext: true, children: [new TextRun(block.table.caption)] }));
      if (block.table.unit) out.push(new Paragraph({ style: 'GwTable', alignment: AlignmentType.RIGHT, keepNext: true, children: [new TextRun(block.table.unit)] }));
      out.push(table(block.table));
      return;
    }
    out.push(paragraph(block, dateCells, i === 0 && titleBefore > 0 ? titleBefore : undefined, keep.has(i)));
  });
  return out;
}

// ---- 版头 (7.2) ----

/** The 版头's paragraphs, where headGeometry puts them. */
function versionHead(head: HeadFields): { paragraphs: Paragraph[]; geometry: HeadGeometry } {
  const g = headGeometry(head);
  const out: Paragraph[] = g.marks.map((m) => new Paragraph({ style: 'GwHead', children: [new TextRun({ text: m.text, ...(m.face !== 'fangsong' ? { font: font(m.face) } : {}) })] }));
  if (g.issuer) {
    out.push(
      new Paragraph({
        style: 'GwHead',
        alignment: AlignmentType.CENTER,
        spacing: { before: g.issuer.before, after: 0, line: g.issuer.line, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text: g.issuer.text, font: font('xiaobiaosong'), size: g.issuer.size, color: RED_LINE.color, characterSpacing: 0 })],
      }),
    );
  }
  const border = g.redLine !== undefined ? { bottom: { style: BorderStyle.SINGLE, size: RED_LINE.size, color: RED_LINE.color, space: RED_LINE.space } } : undefined;
  if (g.number) {
    const spacing = exact(1, g.number.before / LINE);
    if (head.signers?.length) {
      // 上行文: 发文字号 左空一字, 签发人 右空一字 on the same line
      out.push(
        new Paragraph({
          style: 'GwHead',
          spacing,
          ...(border ? { border } : {}),
          tabStops: [
            { type: TabStopType.LEFT, position: CHAR },
            { type: TabStopType.RIGHT, position: TYPE_AREA.width - CHAR },
          ],
          children: [new TextRun({ text: '\t' + (head.documentNumber ?? '') + '\t' }), new TextRun('签发人：'), new TextRun({ text: head.signers.join('　'), font: font('kaiti') })],
        }),
      );
    } else {
      out.push(new Paragraph({ style: 'GwHead', alignment: AlignmentType.CENTER, spacing, ...(border ? { border } : {}), children: [new TextRun(head.documentNumber ?? '')] }));
    }
  } else if (border) {
    out.push(new Paragraph({ style: 'GwHead', spacing: exact(1, 1), border, children: [] }));
  }
  return { paragraphs: out, geometry: g };
}

// ---- 版记 (7.4) ----

function hasRecord(record: RecordFields): boolean {
  return !!(record.copyTo || record.printer || record.printDate);
}

/** Lines of 4号 text a 版记 line holds: the 版心 less one character each side. */
const RECORD_CHARS = Math.floor((TYPE_AREA.width - 2 * SIZE.record * 10) / (SIZE.record * 10 + CHAR_SPACING));

/**
 * 抄送 and 印发机关/印发日期 between the 版记's lines, as wide as the 版心, on the last (even) page with its last line
 * on the page's last line (7.4.1). The page holds nothing else, so a spacer of the lines left above puts it there;
 * the section is bottom-aligned too, which is how Word itself would place it (LibreOffice ignores that).
 */
function versionRecord(record: RecordFields): Array<Paragraph | Table> {
  const thick = { style: BorderStyle.SINGLE, size: RECORD_LINE.thick, color: '000000' };
  const thin = { style: BorderStyle.SINGLE, size: RECORD_LINE.thin, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const inset = SIZE.record * 10; // 左右各空一字 of 4号
  const rows: TableRow[] = [];
  let lines = 0;
  const row = (paragraph: Paragraph, height: number): TableRow => {
    lines += height;
    return new TableRow({
      cantSplit: true,
      height: { value: height * LINE, rule: HeightRule.EXACT },
      children: [
        new TableCell({
          width: { size: TYPE_AREA.width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: { left: inset, right: inset, top: 0, bottom: 0 },
          children: [paragraph],
        }),
      ],
    });
  };
  if (record.copyTo) {
    // 抄送：names, the last followed by 。; a second line lines up under the first name
    const text = /[。.]$/.test(record.copyTo) ? record.copyTo : record.copyTo + '。';
    const height = 1 + Math.max(0, Math.ceil((cells(text) + 3 - RECORD_CHARS) / (RECORD_CHARS - 3)));
    rows.push(row(new Paragraph({ style: 'GwRecord', indent: { left: 3 * inset, hanging: 3 * inset }, children: [new TextRun(`抄送：${text}`)] }), height));
  }
  if (record.printer || record.printDate) {
    const date = record.printDate ? (record.printDate.endsWith('印发') ? record.printDate : `${record.printDate}印发`) : '';
    rows.push(
      row(
        new Paragraph({
          style: 'GwRecord',
          tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - 2 * inset }],
          children: [new TextRun(record.printer ?? ''), new TextRun(`\t${date}`)],
        }),
        1,
      ),
    );
  }
  const spacer = Math.max(0, LINES_PER_PAGE - lines);
  return [
    new Paragraph({ style: 'GwRecord', spacing: exact(1, Math.max(0, spacer - 1)), children: [] }),
    new Table({
      width: { size: TYPE_AREA.width, type: WidthType.DXA },
      columnWidths: [TYPE_AREA.width],
      borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: thin, insideVertical: none },
      rows,
    }),
  ];
}

// ---- sections, page numbers ----

/** 7.5: “— 1 —” in 4号 宋体, odd pages on the right and even on the left, one character in. */
function pageNumber(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'GwPageNumber',
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER.inset } : { left: PAGE_NUMBER.inset },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

function sectionProperties(grid = true): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right, header: 0, footer: PAGE_NUMBER.footer, gutter: 0 },
    },
    // a line grid of 28.95 pt: Word's page setup shows 22 lines a page
    ...(grid ? { grid: { type: 'lines' as const, linePitch: LINE } } : {}),
  };
}

function sections(page: Page): ISectionOptions[] {
  const head = versionHead(page.head);
  const children: Array<Paragraph | Table> = [...head.paragraphs, ...body(page, head.geometry.titleBefore)];
  if (children.length === 0) children.push(new Paragraph({ style: 'GwBody', children: [] }));
  const first: ISectionOptions = {
    properties: sectionProperties(),
    footers: { default: pageNumber('odd'), even: pageNumber('even') },
    children,
  };
  if (!hasRecord(page.record)) return [first];
  // 版记页前有空白页的，空白页和版记页均不编排页码 (7.5): a body that ends on an even page is followed by a blank
  // page (Word and LibreOffice print it blank), and then the 版记's page carries no number either
  const blankBefore = bodyPageCount(page) % 2 === 0;
  // the 版记 on the last page, which is an even page (封四): a section of its own that starts on an even page, its
  // table at the foot of the page
  return [
    first,
    {
      // no line grid: LibreOffice centres a grid in the text area, which it makes taller on this page than on the others
      properties: { ...sectionProperties(false), type: SectionType.EVEN_PAGE, verticalAlign: VerticalAlignSection.BOTTOM },
      ...(blankBefore
        ? {
            footers: {
              default: new Footer({ children: [new Paragraph({ style: 'GwPageNumber', children: [] })] }),
              even: new Footer({ children: [new Paragraph({ style: 'GwPageNumber', children: [] })] }),
            },
          }
        : {}),
      children: versionRecord(page.record),
    },
  ];
}

// ---- what docx does not write ----

/**
 * The font table names each font with the name Word looks for when it is missing (仿宋_GB2312 → FangSong) and its
 * character set (GB2312); punctuation is not compressed, so a full-width mark takes a whole character as the grid
 * counts it; the package's dates are fixed.
 */
function finish(packed: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(packed);
  files['word/fontTable.xml'] = strToU8(fontTable());
  files['word/styles.xml'] = strToU8(styles(strFromU8(files['word/styles.xml']!)));
  const settings = strFromU8(files['word/settings.xml']!);
  files['word/settings.xml'] = strToU8(
    settings.includes('<w:characterSpacingControl') ? settings : settings.replace(/<w:compat>|<w:compat\/>|<\/w:settings>/, (m) => `<w:characterSpacingControl w:val="doNotCompress"/>${m}`),
  );
  const core = files['docProps/core.xml'];
  if (core) {
    const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${iso}`));
  }
  const mtime = date;
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime }]])), { level: 6 });
}

/** Paragraph styles whose lines keep their own exact height: LibreOffice would give a line taller than the grid's pitch two. */
const OFF_GRID = ['GwTitle', 'GwHead', 'GwPageNumber', 'GwFootnote'];

/**
 * No extra space between Chinese and digits or Latin (Word and LibreOffice add some by default), and the styles
 * off the grid: the two paragraph properties docx does not write, put in the order the schema has them (before
 * w:spacing).
 */
function styles(xml: string): string {
  let out = xml.replace(/(<w:pPrDefault><w:pPr>(?:(?!<\/w:pPr>).)*?)(<w:spacing )/, '$1<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>$2');
  out = out.replace(/(<w:style [^>]*w:styleId="Normal"[^>]*>(?:(?!<\/w:style>).)*?)(<w:spacing )/, '$1<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>$2');
  for (const id of OFF_GRID) {
    out = out.replace(new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>(?:(?!</w:style>).)*?)(<w:spacing )`), '$1<w:snapToGrid w:val="0"/>$2');
  }
  return out;
}

function fontTable(): string {
  const entry = (name: string, altName: string, family: string, pitch: string): string =>
    `<w:font w:name="${name}"><w:altName w:val="${altName}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entry(FONTS.fangsong.name, FONTS.fangsong.altName, 'modern', 'fixed') +
    entry(FONTS.kaiti.name, FONTS.kaiti.altName, 'modern', 'fixed') +
    entry(FONTS.heiti.name, FONTS.heiti.altName, 'modern', 'fixed') +
    entry(FONTS.xiaobiaosong.name, FONTS.xiaobiaosong.altName, 'script', 'variable') +
    entry(FONTS.songti.name, FONTS.songti.altName, 'auto', 'variable') +
    '</w:fonts>'
  );
}

/** The page the body ends on, as the export works it out on the grid: an even one puts a blank page before the 版记. */
export function bodyPages(markdown: string): number {
  return bodyPageCount(readPage(markdown));
}

// The body of a Word document as the writer sees it: paragraphs (with their numbering labels) and tables, tracked
// changes read as if accepted, comments, text boxes, pictures, hidden text and field codes left out.

import type { Label, Numbering, NumberingReference } from './numbering';
import type { Styles } from './styles';
import { child, childValue, elements, isOn, textOf, type XmlElement } from './xml';

/** A piece of a paragraph: text, a line break inside it, or a footnote or endnote reference. */
export type Inline = { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'note'; note: 'footnote' | 'endnote'; id: string };

export interface WordParagraph {
  kind: 'paragraph';
  label?: Label;
  content: Inline[];
  /** `w:jc`: center, both, left, right … */
  alignment?: string;
  /** Outline level 0–8 (a heading), from the paragraph, its style, or a `heading N` style. */
  outlineLevel?: number;
  styleName?: string;
  /** Formatting of the first run with text: East Asian font, size in points, colour. */
  font?: string;
  size?: number;
  color?: string;
}

export interface WordCell {
  paragraphs: WordParagraph[];
  /** `w:gridSpan`: the grid columns the cell covers. */
  span: number;
  /** A cell that continues a vertical merge from the row above (shown empty). */
  continued: boolean;
}

export interface WordTable {
  kind: 'table';
  rows: WordCell[][];
}

export type WordBlock = WordParagraph | WordTable;

/** Elements whose content the writer does not see in the body's flow of text. */
const DROPPED = new Set([
  'w:del', // tracked deletion: read as accepted
  'w:moveFrom', // the old place of moved text
  'w:delText',
  'w:delInstrText',
  'w:drawing', // pictures and text boxes (wps:txbx)
  'w:pict', // VML pictures and text boxes
  'w:object',
  'mc:AlternateContent', // the drawing choices of a text box or shape
  'w:txbxContent',
  'w:commentReference',
  'w:annotationRef',
  'w:footnoteRef', // the number mark inside a footnote's own text
  'w:endnoteRef',
  'w:separator',
  'w:continuationSeparator',
  'w:rPr',
  'w:pPr',
  'w:sectPr',
  'w:tblPr',
  'w:tblGrid',
  'w:trPr',
  'w:tcPr',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:fldData',
  'w:rubyPr',
  'w:rt', // ruby text above the base text
  'w:proofErr',
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:lastRenderedPageBreak',
]);

/** A table of contents field (`TOC \o "1-3"`), or a content control holding one. */
const TABLE_OF_CONTENTS = /^\s*TOC\b/;

/** Heading styles by their built-in names: `heading 1` … `heading 9`. */
const HEADING_STYLE = /^heading ([1-9])$/i;

export class BodyReader {
  /**
   * Open complex fields (`w:fldChar` begin … separate … end): text counts only in a result, and not in the result
   * of a table of contents (it repeats the headings with their page numbers).
   */
  private fields: Array<{ phase: 'code' | 'result'; code: string }> = [];
  /** The content of a paragraph whose mark was deleted: it joins the next paragraph. */
  private carried: Inline[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering | undefined,
  ) {}

  /** The blocks of a body, a table cell, a footnote: paragraphs and tables, in order. */
  blocks(container: XmlElement): WordBlock[] {
    const out: WordBlock[] = [];
    this.collectBlocks(container, out);
    // the last paragraph's mark deleted: its content stays, as a paragraph of its own
    if (this.carried.length > 0) {
      out.push({ kind: 'paragraph', content: this.carried });
      this.carried = [];
    }
    return out;
  }

  private collectBlocks(container: XmlElement, out: WordBlock[]): void {
    for (const node of container.children) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'w:p': {
          const p = this.paragraph(node);
          if (p) out.push(p);
          break;
        }
        case 'w:tbl':
          out.push(this.table(node));
          break;
        case 'w:sdt':
          // a table of contents repeats the headings with page numbers: not the writer's text
          if (childValue(child(child(node, 'w:sdtPr'), 'w:docPartObj'), 'w:docPartGallery') === 'Table of Contents') break;
          this.collectBlocks(child(node, 'w:sdtContent') ?? node, out);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:smartTag':
          this.collectBlocks(node, out);
          break;
        default:
          // w:del / w:moveFrom around whole paragraphs, w:sectPr, bookmarks: not shown or not text
          break;
      }
    }
  }

  private table(tbl: XmlElement): WordTable {
    const rows: WordCell[][] = [];
    for (const tr of this.rowsOf(tbl)) {
      const trPr = child(tr, 'w:trPr');
      if (child(trPr, 'w:del')) continue; // a deleted row, accepted
      const cells: WordCell[] = [];
      for (const tc of this.cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        if (child(tcPr, 'w:cellDel')) continue;
        const vMerge = child(tcPr, 'w:vMerge');
        const span = Math.max(1, Math.min(64, parseInt(childValue(tcPr, 'w:gridSpan') ?? '1', 10) || 1));
        const paragraphs = this.blocks(tc).flatMap((b) => (b.kind === 'paragraph' ? [b] : flattenTable(b)));
        cells.push({ paragraphs, span, continued: vMerge !== undefined && vMerge.attributes['w:val'] !== 'restart' });
      }
      rows.push(cells);
    }
    return { kind: 'table', rows };
  }

  /** The rows of a table, through content controls and custom XML around them. */
  private rowsOf(tbl: XmlElement): XmlElement[] {
    return this.wrapped(tbl, 'w:tr');
  }

  private cellsOf(tr: XmlElement): XmlElement[] {
    return this.wrapped(tr, 'w:tc');
  }

  private wrapped(parent: XmlElement, name: string): XmlElement[] {
    const out: XmlElement[] = [];
    for (const c of elements(parent)) {
      if (c.name === name) out.push(c);
      else if (c.name === 'w:sdt') out.push(...this.wrapped(child(c, 'w:sdtContent') ?? c, name));
      else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') out.push(...this.wrapped(c, name));
    }
    return out;
  }

  /** A paragraph, or undefined when its mark was deleted (its content then joins the next one). */
  private paragraph(p: XmlElement): WordParagraph | undefined {
    const pPr = child(p, 'w:pPr');
    const content: Inline[] = [];
    const first: { rPr?: XmlElement; found: boolean } = { found: false };
    this.inline(p, pPr, content, first);
    // a field's code does not run past its paragraph: an unterminated one must not hide the rest of the document
    while (this.fields[this.fields.length - 1]?.phase === 'code') this.fields.pop();
    if (child(child(pPr, 'w:rPr'), 'w:del')) {
      this.carried = this.carried.concat(content);
      return undefined;
    }
    const joined = this.carried.length > 0 ? [...this.carried, ...content] : content;
    this.carried = [];
    const paragraph: WordParagraph = { kind: 'paragraph', content: joined };

    const styleId = this.styles.paragraphStyleId(pPr);
    const styleName = this.styles.name('paragraph', styleId);
    if (styleName !== undefined) paragraph.styleName = styleName;
    const alignment = this.styles.paragraphProperty(pPr, (x) => childValue(x, 'w:jc'));
    if (alignment !== undefined) paragraph.alignment = alignment;
    const outline = this.outlineLevel(pPr);
    if (outline !== undefined) paragraph.outlineLevel = outline;

    const label = this.label(pPr, styleId);
    if (label) paragraph.label = label;

    const rPr = first.found ? first.rPr : child(pPr, 'w:rPr');
    const font = this.styles.runProperty(rPr, pPr, (r) => {
      const fonts = child(r, 'w:rFonts');
      return fonts ? (fonts.attributes['w:eastAsia'] ?? fonts.attributes['w:ascii'] ?? fonts.attributes['w:hAnsi']) : undefined;
    });
    if (font !== undefined) paragraph.font = font;
    const size = this.styles.runProperty(rPr, pPr, (r) => childValue(r, 'w:sz'));
    if (size !== undefined && Number.isFinite(parseInt(size, 10))) paragraph.size = parseInt(size, 10) / 2;
    const color = this.styles.runProperty(rPr, pPr, (r) => childValue(r, 'w:color'));
    if (color !== undefined) paragraph.color = color;
    return paragraph;
  }

  private outlineLevel(pPr: XmlElement | undefined): number | undefined {
    const own = this.styles.paragraphProperty(pPr, (x) => childValue(x, 'w:outlineLvl'));
    if (own !== undefined) {
      const n = parseInt(own, 10);
      return n >= 0 && n <= 8 ? n : undefined; // 9 is body text
    }
    for (const style of this.styles.chain('paragraph', this.styles.paragraphStyleId(pPr))) {
      const m = HEADING_STYLE.exec(style.name);
      if (m) return Number(m[1]) - 1;
    }
    return undefined;
  }

  private label(pPr: XmlElement | undefined, styleId: string | undefined): Label | undefined {
    if (!this.numbering) return undefined;
    const ref = this.numberingReference(pPr, styleId);
    return ref ? this.numbering.next(ref) : undefined;
  }

  /** The paragraph's numbering: its own `w:numPr`, else its style's (the style's level may come from numbering.xml). */
  private numberingReference(pPr: XmlElement | undefined, styleId: string | undefined): NumberingReference | undefined {
    const own = child(pPr, 'w:numPr');
    let numId = childValue(own, 'w:numId');
    let ilvl = childValue(own, 'w:ilvl');
    if (numId === undefined || ilvl === undefined) {
      for (const style of this.styles.chain('paragraph', styleId)) {
        const numPr = child(style.pPr, 'w:numPr');
        numId ??= childValue(numPr, 'w:numId');
        ilvl ??= childValue(numPr, 'w:ilvl');
      }
    }
    if (numId === undefined || numId === '0') return undefined;
    const level = ilvl !== undefined ? parseInt(ilvl, 10) : (this.numbering!.levelOfStyle(numId, styleId) ?? 0);
    return { numId, level: Number.isFinite(level) ? level : 0 };
  }

  /** Walks the content of a paragraph (runs, hyperlinks, insertions, fields) and collects what shows. */
  private inline(node: XmlElement, pPr: XmlElement | undefined, out: Inline[], first: { rPr?: XmlElement; found: boolean }, rPr?: XmlElement): void {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (DROPPED.has(c.name)) continue;
      switch (c.name) {
        case 'w:r': {
          const runPr = child(c, 'w:rPr');
          if (this.styles.runProperty(runPr, pPr, (r) => isOn(child(r, 'w:vanish')))) continue; // hidden text
          this.inline(c, pPr, out, first, runPr);
          break;
        }
        case 'w:fldChar': {
          const type = c.attributes['w:fldCharType'];
          if (type === 'begin') this.fields.push({ phase: 'code', code: '' });
          else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1]!.phase = 'result';
          else if (type === 'end') this.fields.pop();
          break;
        }
        case 'w:t':
          this.text(textOf(c), out, first, rPr);
          break;
        case 'w:tab':
        case 'w:ptab':
          this.text(' ', out, first, rPr, false);
          break;
        case 'w:noBreakHyphen':
          this.text('-', out, first, rPr);
          break;
        case 'w:softHyphen':
          break;
        case 'w:sym': {
          const ch = symbol(c);
          if (ch) this.text(ch, out, first, rPr);
          break;
        }
        case 'w:br':
        case 'w:cr':
          if (this.showing()) out.push({ kind: 'break' });
          break;
        case 'w:footnoteReference':
        case 'w:endnoteReference': {
          const id = c.attributes['w:id'];
          if (id !== undefined && this.showing()) out.push({ kind: 'note', note: c.name === 'w:footnoteReference' ? 'footnote' : 'endnote', id });
          break;
        }
        case 'w:instrText': {
          const field = this.fields[this.fields.length - 1];
          if (field?.phase === 'code') field.code += textOf(c);
          break;
        }
        case 'w:fldSimple':
          if (!TABLE_OF_CONTENTS.test(c.attributes['w:instr'] ?? '')) this.inline(c, pPr, out, first, rPr);
          break;
        case 'm:t':
          this.text(textOf(c), out, first, rPr);
          break;
        default:
          // w:hyperlink, w:ins, w:moveTo, w:smartTag, w:customXml, w:sdt(Content), w:fldSimple, w:ruby(Base), w:dir,
          // w:bdo, math: their content is the text
          this.inline(c, pPr, out, first, rPr);
      }
    }
  }

  private showing(): boolean {
    return this.fields.every((f) => f.phase === 'result' && !TABLE_OF_CONTENTS.test(f.code));
  }

  private text(text: string, out: Inline[], first: { rPr?: XmlElement; found: boolean }, rPr: XmlElement | undefined, counts = true): void {
    if (text === '' || !this.showing()) return;
    if (counts && !first.found && text.trim() !== '') {
      first.found = true;
      first.rPr = rPr;
    }
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text += text;
    else out.push({ kind: 'text', text });
  }
}

/** A symbol character (`w:sym`): fonts like Wingdings put theirs in the private use area, which shows nothing here. */
function symbol(sym: XmlElement): string | undefined {
  const code = parseInt(sym.attributes['w:char'] ?? '', 16);
  if (!Number.isFinite(code) || (code >= 0xe000 && code <= 0xf8ff) || code < 0x20) return undefined;
  const font = sym.attributes['w:font'] ?? '';
  if (/symbol|wingdings|webdings/i.test(font)) return undefined;
  return String.fromCodePoint(code);
}

/** A table nested in a cell: its cells' paragraphs, in reading order. */
function flattenTable(table: WordTable): WordParagraph[] {
  return table.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs));
}

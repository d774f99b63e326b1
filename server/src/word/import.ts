// Word import: a .docx file as a Markdown draft the checker reads, and where each finding stands in Word
// (“第12段“二、存在问题”…”). Files that are not a readable .docx (an old .doc, an encrypted or macro-enabled file,
// a damaged or oversized archive, an empty document) are refused with a message saying why, Chinese first.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isOle, oleKind } from './cfb';
import { BodyReader, type WordBlock } from './document';
import { writeDraft, type Notes, type PlacedSpan, type WordPlace } from './markdown';
import { Numbering } from './numbering';
import { Styles } from './styles';
import { child, elements, parseXml, XmlError, type XmlElement } from './xml';
import { bufferSource, ZipArchive, ZipError, type RandomAccess } from './zip';

/** The XML a .docx may inflate to, all parts read together: the 5 MB limit on a draft's text, after decompression. */
export const MAX_WORD_XML_BYTES = 5 * 1024 * 1024;
const LIMIT_MB = MAX_WORD_XML_BYTES / 1024 / 1024;

/** A file that cannot be imported: `reason` says why, Chinese first, for “文件：reason”. */
export class WordImportError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface ImportedDraft {
  markdown: string;
  /** Where each block of the Markdown came from, in order. */
  spans: PlacedSpan[];
}

const REASONS = {
  doc: '这是旧版 Word 二进制文件（.doc），无法读取；请在 Word 或 WPS 中“另存为”.docx 后再检查（an old binary .doc file: save it as .docx first）',
  encrypted: '文件设置了打开密码（已加密），无法读取；请在 Word 中取消密码后另存一份再检查（the document is encrypted）',
  ole: '这是旧版 Office 二进制文件，不是 .docx，无法读取（an OLE compound file, not a .docx）',
  notZip: '不是 .docx 文件：文件内容不是 ZIP 格式（not a .docx: no zip archive）',
  rtf: '这是 RTF 文件，不是 .docx；请在 Word 或 WPS 中“另存为”.docx 后再检查（an RTF file, not a .docx）',
  notWord: '不是 Word 文档：压缩包中没有 Word 正文（word/document.xml）（not a Word document）',
  macro: '这是启用宏的 Word 文件（.docm），为安全起见不读取；请另存为 .docx 后再检查（a macro-enabled document）',
  empty: '文档中没有文字（the document is empty）',
  corrupt: (detail: string) => `文件已损坏，无法作为 .docx 读取（corrupt .docx: ${detail}）`,
  tooLarge: (declared: number | undefined) =>
    declared === undefined
      ? `文件解压后超过 ${LIMIT_MB} MB，为安全起见不读取（the document inflates past ${LIMIT_MB} MB）`
      : `文件声明解压后为 ${(declared / 1024 / 1024).toFixed(1)} MB，超过 ${LIMIT_MB} MB，为安全起见不读取（the document declares ${(declared / 1024 / 1024).toFixed(1)} MB uncompressed）`,
  unsupported: (detail: string) => `无法读取的 .docx 格式（unsupported .docx: ${detail}）`,
};

const OFFICE_DOCUMENT = /\/officeDocument$/;
const MACRO_CONTENT_TYPE = /macroEnabled/i;

/** Imports a .docx from its bytes (the editor reads files this way). */
export function importDocxBytes(bytes: Uint8Array): ImportedDraft {
  return importDocx(bufferSource(bytes));
}

/** Imports a .docx file, reading only the parts it needs (never its pictures). */
export function importDocxFile(path: string): ImportedDraft {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const source: RandomAccess = {
      size,
      read(position, length) {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
        let done = 0;
        while (done < buffer.length) {
          const n = readSync(fd, buffer, done, buffer.length - done, position + done);
          if (n === 0) break;
          done += n;
        }
        return buffer.subarray(0, done);
      },
    };
    return importDocx(source);
  } finally {
    closeSync(fd);
  }
}

export function importDocx(source: RandomAccess): ImportedDraft {
  const head = source.read(0, 8);
  if (isOle(head)) {
    const kind = oleKind(source);
    throw new WordImportError(kind === 'encrypted-ooxml' ? REASONS.encrypted : kind === 'word-binary' ? REASONS.doc : REASONS.ole);
  }
  if (head[0] === 0x7b && head[1] === 0x5c && head[2] === 0x72 && head[3] === 0x74 && head[4] === 0x66) throw new WordImportError(REASONS.rtf); // {\rtf
  if (!(head[0] === 0x50 && head[1] === 0x4b)) throw new WordImportError(REASONS.notZip);

  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(source);
  } catch (e) {
    throw refusal(e);
  }
  const parts = new PartReader(zip);
  const contentTypes = parts.xml('[Content_Types].xml');
  const main = mainDocumentPath(parts);
  if (!zip.has(main)) throw new WordImportError(REASONS.notWord);
  if (zip.has('word/vbaProject.bin') || isMacroEnabled(contentTypes, main)) throw new WordImportError(REASONS.macro);

  const document = parts.xml(main);
  if (!document) throw new WordImportError(REASONS.notWord);
  const related = relationships(parts, main);
  const styles = new Styles(parts.xml(related.get('styles')));
  const numberingXml = parts.xml(related.get('numbering'));
  const numbering = numberingXml ? new Numbering(numberingXml, styles) : undefined;

  const body = child(document, 'w:body');
  if (!body) throw new WordImportError(REASONS.empty);
  const reader = new BodyReader(styles, numbering);
  const blocks = reader.blocks(body);
  const notes: Notes = {
    footnotes: readNotes(parts.xml(related.get('footnotes')), 'w:footnote', reader),
    endnotes: readNotes(parts.xml(related.get('endnotes')), 'w:endnote', reader),
  };
  const draft = writeDraft(blocks, notes);
  if (draft.markdown.trim() === '') throw new WordImportError(REASONS.empty);
  return draft;
}

function refusal(e: unknown): WordImportError {
  if (e instanceof WordImportError) return e;
  if (e instanceof ZipError) {
    switch (e.kind) {
      case 'too-large':
        return new WordImportError(REASONS.tooLarge(e.declared));
      case 'encrypted':
        return new WordImportError(REASONS.encrypted);
      case 'unsupported':
        return new WordImportError(REASONS.unsupported(e.message));
      default:
        return new WordImportError(REASONS.corrupt(e.message));
    }
  }
  if (e instanceof XmlError) return new WordImportError(REASONS.corrupt(e.message));
  return new WordImportError(REASONS.corrupt((e as Error)?.message ?? String(e)));
}

/** Reads and parses the parts of one archive, all of them within one budget of inflated bytes. */
class PartReader {
  private budget = MAX_WORD_XML_BYTES;
  constructor(private readonly zip: ZipArchive) {}

  xml(path: string | undefined): XmlElement | undefined {
    if (path === undefined || !this.zip.has(path)) return undefined;
    try {
      const bytes = this.zip.read(path, this.budget);
      this.budget -= bytes.length;
      return parseXml(decodeXml(bytes));
    } catch (e) {
      if (e instanceof XmlError) throw refusal(new XmlError(`${path}: ${e.message}`));
      // past what is left of the budget, not past the limit alone: the parts together are too large
      if (e instanceof ZipError && e.kind === 'too-large' && e.declared !== undefined && e.declared <= MAX_WORD_XML_BYTES) throw refusal(new ZipError('too-large', e.message));
      throw refusal(e);
    }
  }
}

/** XML parts are UTF-8 (or UTF-16 with a byte order mark, which the standard allows). */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** The main document part, from the package relationships (word/document.xml in every file Word writes). */
function mainDocumentPath(parts: PartReader): string {
  const rels = parts.xml('_rels/.rels');
  for (const r of elements(rels, 'rel:Relationship')) {
    if (OFFICE_DOCUMENT.test(r.attributes['Type'] ?? '') && r.attributes['TargetMode'] !== 'External') return resolvePart('', r.attributes['Target'] ?? '');
  }
  return 'word/document.xml';
}

function isMacroEnabled(contentTypes: XmlElement | undefined, main: string): boolean {
  for (const o of elements(contentTypes, 'ct:Override')) {
    if (resolvePart('', o.attributes['PartName'] ?? '').toLowerCase() === main.toLowerCase()) return MACRO_CONTENT_TYPE.test(o.attributes['ContentType'] ?? '');
  }
  return false;
}

/** The parts the main document refers to, by the last word of the relationship type: styles, numbering, footnotes, endnotes. */
function relationships(parts: PartReader, main: string): Map<string, string> {
  const slash = main.lastIndexOf('/');
  const dir = slash < 0 ? '' : main.slice(0, slash);
  const rels = parts.xml(`${dir === '' ? '' : dir + '/'}_rels/${main.slice(slash + 1)}.rels`);
  const out = new Map<string, string>();
  for (const r of elements(rels, 'rel:Relationship')) {
    if (r.attributes['TargetMode'] === 'External') continue;
    const type = (r.attributes['Type'] ?? '').split('/').pop()!;
    if (!out.has(type)) out.set(type, resolvePart(dir, r.attributes['Target'] ?? ''));
  }
  for (const [type, fallback] of [
    ['styles', 'word/styles.xml'],
    ['numbering', 'word/numbering.xml'],
    ['footnotes', 'word/footnotes.xml'],
    ['endnotes', 'word/endnotes.xml'],
  ] as const) {
    if (!out.has(type) && dir === 'word') out.set(type, fallback);
  }
  return out;
}

/** A relationship target as a path in the archive: relative to `dir`, or absolute from the root. */
function resolvePart(dir: string, target: string): string {
  const segments = target.startsWith('/') ? [] : dir.split('/').filter((s) => s !== '');
  for (const s of target.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.join('/');
}

function readNotes(root: XmlElement | undefined, name: string, reader: BodyReader): Map<string, WordBlock[]> {
  const notes = new Map<string, WordBlock[]>();
  for (const note of elements(root, name)) {
    const type = note.attributes['w:type'];
    const id = note.attributes['w:id'];
    if (id === undefined || (type !== undefined && type !== 'normal')) continue; // separators
    notes.set(id, reader.blocks(note));
  }
  return notes;
}

/** The place in Word of an offset of the imported draft, if the offset falls in a block. */
function placeAt(draft: ImportedDraft, offset: number): { place: WordPlace; span: PlacedSpan } | undefined {
  const spans = draft.spans;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset > span.end) lo = mid + 1;
    else return { place: span.place, span };
  }
  return undefined;
}

/** Names the place a writer looks for in Word: 第12段“二、存在问题”, 第1个表格第3行第2列, 脚注2. */
export function describePlace(draft: ImportedDraft, offset: number): string | undefined {
  const found = placeAt(draft, offset);
  if (!found) return undefined;
  const { place, span } = found;
  switch (place.kind) {
    case 'front-matter':
      return '版头或版记';
    case 'paragraph':
      return `第${place.index}段${place.title ? '（标题）' : ''}“${place.opening}”`;
    case 'footnote':
      return `脚注${place.number}“${place.opening}”`;
    case 'table': {
      const before = draft.markdown.slice(span.start, offset);
      const line = before.split('\n').length - 1; // 0: header, 1: the separator line, 2…: body rows
      const lineStart = before.lastIndexOf('\n') + 1;
      let column = 0;
      for (let k = lineStart; k < before.length; k++) if (before[k] === '|' && before[k - 1] !== '\\') column++;
      const row = line === 0 ? 1 : Math.max(2, line);
      return `第${place.table}个表格第${row}行${column > 0 ? `第${column}列` : ''}`;
    }
  }
}

// Word files built in the tests, byte by byte: a zip writer, a .docx of given parts, an OLE compound file with given
// stream names (an old .doc, an encrypted .docx). No binary fixtures.

import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../server/src/word/zip';

export interface ZipInput {
  name: string;
  data: string | Uint8Array;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Overrides what the headers declare (for lying archives). */
  declaredSize?: number;
  /** General purpose flags (bit 0: encrypted). */
  flags?: number;
}

export function zip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw);
    const size = e.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE((e.flags ?? 0) | 0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE((e.flags ?? 0) | 0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

export interface DocxParts {
  /** The XML inside w:body. */
  body: string;
  /** The XML inside w:styles. */
  styles?: string;
  /** The XML inside w:numbering. */
  numbering?: string;
  /** The XML inside w:footnotes. */
  footnotes?: string;
  endnotes?: string;
  /** Content type of the main part (a .docm's differs). */
  mainType?: string;
  /** More entries, e.g. word/vbaProject.bin, word/media/… */
  extra?: ZipInput[];
  /** Extra namespace declarations on w:document. */
  namespaces?: string;
}

export function docxEntries(parts: DocxParts): ZipInput[] {
  const rels: string[] = [];
  const overrides: string[] = [`<Override PartName="/word/document.xml" ContentType="${parts.mainType ?? MAIN_TYPE}"/>`];
  const entries: ZipInput[] = [];
  const part = (kind: string, root: string, inner: string | undefined): void => {
    if (inner === undefined) return;
    entries.push({ name: `word/${kind}.xml`, data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W}" xmlns:r="${R}">${inner}</w:${root}>` });
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${kind}.xml"/>`);
    overrides.push(`<Override PartName="/word/${kind}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/>`);
  };
  part('styles', 'styles', parts.styles);
  part('numbering', 'numbering', parts.numbering);
  part('footnotes', 'footnotes', parts.footnotes);
  part('endnotes', 'endnotes', parts.endnotes);
  return [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}" ${parts.namespaces ?? ''}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    },
    ...entries,
    ...(parts.extra ?? []),
  ];
}

export function docx(parts: DocxParts): Buffer {
  return zip(docxEntries(parts));
}

/** XML text escaped for an element's content. */
export function x(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface ParagraphOptions {
  style?: string;
  jc?: string;
  numId?: number;
  ilvl?: number;
  /** Run properties of the (single) run, e.g. `<w:sz w:val="44"/>`. */
  rPr?: string;
  outlineLvl?: number;
}

/** A paragraph with one run of text. */
export function p(text: string, o: ParagraphOptions = {}): string {
  const pPr = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : '',
    o.numId !== undefined ? `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>` : '',
    o.outlineLvl !== undefined ? `<w:outlineLvl w:val="${o.outlineLvl}"/>` : '',
    o.jc ? `<w:jc w:val="${o.jc}"/>` : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${o.rPr ? `<w:rPr>${o.rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${x(text)}</w:t></w:r></w:p>`;
}

/** One abstract numbering with its levels, and a num pointing to it. */
export function numbering(levels: Array<{ fmt: string; text: string; start?: number; suff?: string; isLgl?: boolean }>, abstractId = 0, numId = 1): string {
  const lvls = levels
    .map(
      (l, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>${l.suff ? `<w:suff w:val="${l.suff}"/>` : ''}${l.isLgl ? '<w:isLgl/>' : ''}<w:lvlText w:val="${x(l.text).replace(/"/g, '&quot;')}"/></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${abstractId}">${lvls}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/></w:num>`;
}

/** The levels a 公文 numbers its headings with: 一、（一）1.（1）. */
export const GONGWEN_LEVELS = [
  { fmt: 'chineseCounting', text: '%1、' },
  { fmt: 'chineseCounting', text: '（%2）' },
  { fmt: 'decimal', text: '%3.' },
  { fmt: 'decimal', text: '（%4）' },
];

/** An OLE compound file whose directory names these streams (their content is empty: only names are read). */
export function ole(streamNames: string[]): Buffer {
  const sector = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const names = ['Root Entry', ...streamNames];
  const dirSectors = Math.ceil(names.length / 4);
  const header = Buffer.alloc(sector);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory from sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let k = 0; k < 109; k++) header.writeUInt32LE(k === 0 ? 0 : FREE, 0x4c + k * 4);
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // the FAT's own sector
  for (let k = 0; k < dirSectors; k++) fat.writeUInt32LE(k === dirSectors - 1 ? END : 2 + k, (1 + k) * 4);
  const dir = Buffer.alloc(sector * dirSectors);
  names.forEach((name, i) => {
    const at = i * 128;
    const encoded = Buffer.from(name, 'utf16le');
    encoded.copy(dir, at);
    dir.writeUInt16LE(encoded.length + 2, at + 0x40);
    dir.writeUInt8(i === 0 ? 5 : 2, at + 0x42);
    dir.writeUInt8(1, at + 0x43);
    dir.writeUInt32LE(FREE, at + 0x44);
    dir.writeUInt32LE(i > 0 && i < names.length - 1 ? i + 1 : FREE, at + 0x48);
    dir.writeUInt32LE(i === 0 && names.length > 1 ? 1 : FREE, at + 0x4c);
    dir.writeUInt32LE(END, at + 0x74);
  });
  return Buffer.concat([header, fat, dir]);
}

/** A work report in Word: a centred title, automatic numbering, a placeholder, a half-width comma, parts that do not add up. */
export function wordReport(): Buffer {
  const title = { jc: 'center', rPr: '<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>' };
  const body = [
    p('关于2024年上半年工作情况的汇报', title),
    p('县政府：'),
    p('工作进展情况', { numId: 1, ilvl: 0 }),
    p('扎实推进项目建设', { numId: 1, ilvl: 1 }),
    p('全县共安排重点项目12个（新建5个、续建6个），完成投资xx亿元,增长5%。'),
    p('存在问题', { numId: 1, ilvl: 0 }),
    p('要素保障压力较大。'),
    p('下一步工作措施', { numId: 1, ilvl: 0 }),
    p('全力推进项目建设。'),
    p('特此报告。'),
  ].join('');
  return docx({ body, numbering: numbering(GONGWEN_LEVELS) });
}

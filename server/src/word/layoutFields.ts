// The 版头 (GB/T 9704-2012 7.2) above a Word document's title and its 版记 (7.4) at the end, read back into the YAML
// front matter a draft gives them in (the keys Word export reads: 份号, 密级和保密期限, 紧急程度, 发文机关标志,
// 发文字号, 签发人, 抄送, 印发机关, 印发日期). They are not prose: in the draft's body the checker would read a
// 份号 “000001” as a stray number and a 发文字号 as a sentence.

import type { WordBlock, WordParagraph } from './document';

export interface LayoutField {
  key: string;
  /** One value, or several (签发人). */
  value: string | string[];
}

export interface LayoutReading {
  fields: LayoutField[];
  /** The blocks the fields were read from (indices into the document's blocks): not written as paragraphs. */
  used: Set<number>;
}

/** The order of the keys in the front matter: 版头 top to bottom, then 版记. */
const ORDER = ['份号', '密级和保密期限', '紧急程度', '发文机关标志', '发文字号', '签发人', '抄送', '印发机关', '印发日期'];

const COPY_NUMBER = /^\d{1,6}$/;
const SECRECY = /^(?:绝密|机密|秘密)(?:★.*)?$/;
const URGENCY = /^(?:特急|加急|特提|平急)$/;
const DOCUMENT_NUMBER = /^\S*〔\d{4}〕\d+号$/;
const SIGNERS = /^(?:(\S*〔\d{4}〕\d+号)\s+)?签发人[：:]\s*(\S.*)$/;
const COPY_TO = /^抄送(?:机关)?[：:]\s*(\S.*?)。?$/;
/** 印发机关 and 印发日期: “临河县人民政府办公室  2024年7月10日印发”. */
const PRINTED = / (\d{4}年\d{1,2}月\d{1,2}日) ?印发$/;

/** 发文机关标志 is printed red: a colour whose red is strong and green and blue weak. */
export function isRed(color: string | undefined): boolean {
  if (!color || !/^[0-9a-fA-F]{6}$/.test(color)) return false;
  const r = parseInt(color.slice(0, 2), 16);
  const g = parseInt(color.slice(2, 4), 16);
  const b = parseInt(color.slice(4, 6), 16);
  return r >= 0xa0 && g < 0x60 && b < 0x60;
}

/** A paragraph's visible text on one line: label and content, breaks and tabs as spaces, trimmed. */
export function paragraphText(p: WordParagraph): string {
  let text = p.label?.kind === 'number' ? p.label.text : '';
  for (const piece of p.content) text += piece.kind === 'text' ? piece.text : piece.kind === 'break' ? ' ' : '';
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** 版头 elements: the paragraphs above the title (at `titleAt`) that are one. */
export function readHead(blocks: WordBlock[], titleAt: number): LayoutReading {
  const found = new Map<string, string | string[]>();
  const used = new Set<number>();
  const marks: string[] = [];
  for (let k = 0; k < titleAt; k++) {
    const block = blocks[k]!;
    if (block.kind !== 'paragraph') continue;
    const text = paragraphText(block);
    if (text === '') continue;
    const signers = SIGNERS.exec(text);
    let taken = true;
    if (COPY_NUMBER.test(text) && !found.has('份号')) found.set('份号', text);
    else if (SECRECY.test(text) && !found.has('密级和保密期限')) found.set('密级和保密期限', text);
    else if (URGENCY.test(text) && !found.has('紧急程度')) found.set('紧急程度', text);
    else if (signers && !found.has('签发人')) {
      if (signers[1]) found.set('发文字号', signers[1]);
      found.set(
        '签发人',
        signers[2]!.split(/[\s、，,]+/).filter((s) => s !== ''),
      );
    } else if (DOCUMENT_NUMBER.test(text.replace(/ /g, '')) && !found.has('发文字号')) found.set('发文字号', text.replace(/ /g, ''));
    else if (isRed(block.color)) marks.push(text.replace(/ /g, ''));
    else taken = false;
    if (taken) used.add(k);
  }
  if (marks.length > 0) found.set('发文机关标志', marks.join(''));
  return { fields: ordered(found), used };
}

/** 版记 elements: the document's last paragraphs (or the cells of a table it ends with), when they are 抄送 and 印发 lines. */
export function readRecord(blocks: WordBlock[]): LayoutReading {
  const found = new Map<string, string | string[]>();
  const used = new Set<number>();
  for (let k = blocks.length - 1; k >= 0; k--) {
    const block = blocks[k]!;
    const paragraphs = block.kind === 'paragraph' ? [block] : block.rows.flatMap((r) => r.flatMap((c) => c.paragraphs));
    const texts = paragraphs.map(paragraphText).filter((t) => t !== '');
    if (texts.length === 0) continue;
    const reading = new Map<string, string>();
    const all = texts.every((text) => {
      const copy = COPY_TO.exec(text);
      const printed = PRINTED.exec(text);
      const printer = printed ? text.slice(0, printed.index).replace(/ /g, '') : '';
      if (copy && !found.has('抄送') && !reading.has('抄送')) reading.set('抄送', copy[1]!);
      else if (printed && printer !== '' && !found.has('印发机关') && !reading.has('印发机关')) {
        reading.set('印发机关', printer);
        reading.set('印发日期', printed[1]!);
      } else return false;
      return true;
    });
    if (!all) break;
    for (const [key, value] of reading) found.set(key, value);
    used.add(k);
  }
  return { fields: ordered(found), used };
}

function ordered(found: Map<string, string | string[]>): LayoutField[] {
  return ORDER.filter((key) => found.has(key)).map((key) => ({ key, value: found.get(key)! }));
}

/** The front matter block, fences included, without a final line break. */
export function frontMatter(fields: LayoutField[]): string {
  const lines = ['---'];
  for (const { key, value } of fields) {
    if (Array.isArray(value)) lines.push(`${key}:`, ...value.map((v) => `  - ${yamlScalar(v)}`));
    else lines.push(`${key}: ${yamlScalar(value)}`);
  }
  lines.push('---');
  return lines.join('\n');
}

/** A YAML scalar: as written when YAML reads it back as that string, else double-quoted. */
function yamlScalar(value: string): string {
  const plain = value !== '' && !/[:#'"[\]{},&*!|>%@`\\]/.test(value) && !/^[-?\s]|\s$/.test(value) && !/^[\d.]+$/.test(value) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

// The 版头 (GB/T 9704-2012 7.2) and 版记 (7.4) of a draft, from its YAML front matter: the fields a Word export lays
// out above the title and at the foot of the last page. Keys are the standard's own names.

import { FAILSAFE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { readFrontMatter } from '../engine';

/** 版头: what stands above the title. */
export interface HeadFields {
  /** 份号 (7.2.1), six digits as written. */
  copyNumber?: string;
  /** 密级和保密期限 (7.2.2), e.g. 秘密★1年. */
  secrecy?: string;
  /** 紧急程度 (7.2.3): 特急 or 加急. */
  urgency?: string;
  /** 发文机关标志 (7.2.4), e.g. 临河县人民政府文件. */
  issuerMark?: string;
  /** 发文字号 (7.2.5), e.g. 临政发〔2024〕5号. */
  documentNumber?: string;
  /** 签发人 (7.2.6): names of an upward document's signers. */
  signers?: string[];
}

/** 版记: the block at the foot of the last page. */
export interface RecordFields {
  /** 抄送机关 (7.4.2), as one line of names. */
  copyTo?: string;
  /** 印发机关 (7.4.3). */
  printer?: string;
  /** 印发日期 (7.4.3), e.g. 2024年7月5日 (“印发” is added). */
  printDate?: string;
}

export interface LayoutFields {
  head: HeadFields;
  record: RecordFields;
  /** What could not be read, Chinese first; the fields that could are kept. */
  problems: string[];
  /** The front matter's span in the draft, when there is one. */
  span?: { offset: number; endOffset: number };
}

type Key = { field: keyof HeadFields; part: 'head' } | { field: keyof RecordFields; part: 'record' };

/** The keys read, as GB/T 9704-2012 names the elements (a short alias where offices use one). */
const KEYS: Record<string, Key> = {
  份号: { part: 'head', field: 'copyNumber' },
  密级和保密期限: { part: 'head', field: 'secrecy' },
  密级: { part: 'head', field: 'secrecy' },
  紧急程度: { part: 'head', field: 'urgency' },
  发文机关标志: { part: 'head', field: 'issuerMark' },
  发文字号: { part: 'head', field: 'documentNumber' },
  签发人: { part: 'head', field: 'signers' },
  抄送: { part: 'record', field: 'copyTo' },
  抄送机关: { part: 'record', field: 'copyTo' },
  印发机关: { part: 'record', field: 'printer' },
  印发日期: { part: 'record', field: 'printDate' },
};

export const LAYOUT_KEYS: readonly string[] = Object.keys(KEYS);

/** The 版头 and 版记 fields of a draft; a draft without front matter has none. */
export function readLayoutFields(markdown: string): LayoutFields {
  const fields: LayoutFields = { head: {}, record: {}, problems: [] };
  const fm = readFrontMatter(markdown);
  if (!fm) return fields;
  fields.span = { offset: fm.offset, endOffset: fm.endOffset };
  let raw: unknown;
  try {
    // every value a string: 份号 000001 stays six digits, a date stays as written
    raw = loadYaml(fm.yaml, { schema: FAILSAFE_SCHEMA });
  } catch (error) {
    const where = error instanceof YAMLException ? `第 ${error.mark.line + 2} 行：${error.reason}` : String(error);
    fields.problems.push(`文首的 YAML 前言有误，版头和版记未排入（invalid YAML front matter）：${where}`);
    return fields;
  }
  if (raw === null || raw === undefined) return fields;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    fields.problems.push('文首的 YAML 前言应为“名称: 内容”的形式，版头和版记未排入（front matter must be a mapping）');
    return fields;
  }
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const key = KEYS[name.trim()];
    if (!key) {
      fields.problems.push(`前言中的“${name}”不是版头或版记的要素，未排入；可用：${LAYOUT_KEYS.join('、')}（unknown front matter key）`);
      continue;
    }
    const items = (Array.isArray(value) ? value : [value])
      .filter((v): v is string => typeof v === 'string')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (items.length === 0) continue;
    if (key.part === 'head') {
      if (key.field === 'signers') fields.head.signers = items;
      else fields.head[key.field] = items.join('');
    } else {
      // 抄送 lists its 机关 separated by 、 or ，as written; a YAML list is joined with ，
      fields.record[key.field] = key.field === 'copyTo' ? items.join('，') : items.join('');
    }
  }
  return fields;
}

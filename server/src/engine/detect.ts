// Whether a text reads as a Chinese official document (公文), so the editor checks a draft but leaves an English
// README or a Chinese technical note alone. Cheap on purpose: it runs before the check on every change.

import { documentTypeOf } from './parse';

export interface ProseSignals {
  /** Han characters in the prose (code and URLs left out). */
  han: number;
  /** Latin letters in the prose. */
  latin: number;
  /** The title line names a 文种 (…的汇报, …的请示, 关于…的通知). */
  officialTitle: boolean;
  /** Paragraphs opening with 一、 or （一）. */
  ordinals: number;
  /** Distinct phrases of official prose found (汇报如下, 特此报告, 贯彻落实 …). */
  phrases: number;
}

/** Phrases hardly found outside 公文; a technical note shares none of them. */
const PHRASES = [
  '汇报如下',
  '报告如下',
  '请示如下',
  '通知如下',
  '函告如下',
  '特此报告',
  '特此通知',
  '特此函告',
  '特此请示',
  '妥否',
  '请批示',
  '请审阅',
  '请予审批',
  '现将',
  '贯彻落实',
  '党委',
  '党组',
  '人民政府',
  '各乡镇',
  '各部门',
  '各单位',
  '同志',
  '我县',
  '我市',
  '我区',
  '我局',
  '全县',
  '全市',
  '全区',
  '全省',
  '领导小组',
  '工作专班',
  '存在问题',
  '下一步工作',
  '高质量发展',
  '主要成效',
  '扎实推进',
  '压实责任',
  '落细落实',
  '抓好落实',
  '督导检查',
  '主送',
  '成文日期',
  '附件：',
  '上级',
  '县委',
  '市委',
  '省委',
];

const FENCE = /^(```|~~~)[^]*?^\1/gm;
const INLINE_CODE = /`[^`\n]*`/g;
const URL = /(?:https?:\/\/|www\.)\S+/g;
const ORDINAL_LINE = /^[ \t>#*+-]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/gm;

export function proseSignals(text: string): ProseSignals {
  const prose = text.replace(FENCE, ' ').replace(INLINE_CODE, ' ').replace(URL, ' ');
  let han = 0;
  let latin = 0;
  // counted, not matched: a megabyte of Chinese would make an array of a million one-character strings
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  const heads = prose
    .split(/\r?\n|\r/, 12)
    .map((l) => l.replace(/^#+\s*|[*_]/g, '').trim())
    .filter((l) => l !== '' && !l.startsWith('<!--'))
    .slice(0, 5);
  const officialTitle = heads.some((l) => /[\u4e00-\u9fff]/.test(l) && [...l].length <= 60 && documentTypeOf(l) !== 'other');
  const ordinals = prose.match(ORDINAL_LINE)?.length ?? 0;
  const phrases = PHRASES.filter((p) => prose.includes(p)).length;
  return { han, latin, officialTitle, ordinals, phrases };
}

/**
 * A text is 公文 when it is mostly Chinese and shows the shape of one: a 文种 title, a run of 一、/（一）
 * ordinals, or several phrases of official prose.
 */
export function readsAsOfficialProse(text: string): boolean {
  const s = proseSignals(text);
  if (s.han < 6 || s.han < s.latin) return false;
  return s.officialTitle || s.ordinals >= 2 || s.phrases >= 3;
}

// punctuation-width: half-width , ; : ! ? ( ) " . inside Chinese prose, to be written full-width (GB/T 15834-2011).

import { defineRule } from '../rule';
import { isChinese, isDigit, isHan, isSpace } from '../text';
import type { Line } from '../parse';
import type { Report } from '../types';

interface MarkInfo {
  name: string;
  full: string;
  clause: string;
}

const MARKS: Record<string, MarkInfo> = {
  ',': { name: '逗号', full: '，', clause: '4.4' },
  ';': { name: '分号', full: '；', clause: '4.6' },
  ':': { name: '冒号', full: '：', clause: '4.7' },
  '!': { name: '叹号', full: '！', clause: '4.3' },
  '?': { name: '问号', full: '？', clause: '4.2' },
  '.': { name: '句号', full: '。', clause: '4.1' },
  '(': { name: '左括号', full: '（', clause: '4.9' },
  ')': { name: '右括号', full: '）', clause: '4.9' },
};

export default defineRule(
  {
    id: 'punctuation-width',
    title: '半角标点',
    titleEn: 'Half-width punctuation',
    basis: 'GB/T 15834-2011 4、5.1',
    severity: 'warning',
    fixable: true,
    safeFix: true,
    options: {},
  },
  (context) => {
    // residue lines are deleted whole by web-residue, not mended
    for (const line of context.draft.lines) if (!line.residue && line !== context.draft.duplicateTitle) context.kept.report(line, '', context.report, checkPara);
  },
);

/** The nearest character before/after i that is not a space, with the offset just past the spaces. */
function neighbour(text: string, i: number, step: 1 | -1, skip: (ch: string) => boolean = isSpace): { ch: string | undefined; edge: number } {
  let j = i + step;
  while (j >= 0 && j < text.length && skip(text[j]!)) j += step;
  return { ch: text[j], edge: step === 1 ? j : j + 1 };
}

/** Figures belong to the sentence around them: past them (and spaces) stands the language of the sentence. */
const FIGURE = (ch: string): boolean => /[\s0-9%％.xX×]/.test(ch);

function context(text: string, i: number, step: 1 | -1): string | undefined {
  return neighbour(text, i, step, FIGURE).ch;
}

/** Quote a mark for a message; quote marks themselves go in corner brackets to stay readable. */
function show(mark: string): string {
  return /["“”]/.test(mark) ? `「${mark}」` : `“${mark}”`;
}

function checkPara(para: Line, report: (r: Report) => void): void {
  const text = para.prose;
  const flag = (i: number, full: string, info: MarkInfo, written: string): void => {
    // the spaces a half-width mark carries go with it: “推进, 落实” → “推进，落实”
    const next = neighbour(text, i, 1);
    const prev = neighbour(text, i, -1);
    const end = isChinese(next.ch) ? next.edge : i + 1;
    const start = isChinese(prev.ch) && full !== '（' && full !== '“' ? prev.edge : i;
    report({
      offset: para.offset + i,
      endOffset: para.offset + i + 1,
      message: `发现半角${info.name}${show(written)}，中文语句中应使用全角${show(full)}（GB/T 15834-2011 ${info.clause}）`,
      fix: [{ offset: para.offset + start, endOffset: para.offset + end, text: full }],
    });
  };

  // Brackets and quotes go in pairs: the pair is Chinese when its content or its outside is.
  const pairs = new Map<number, string>();
  const openStack: number[] = [];
  const quotes: number[] = [];
  // whether text[a, b) holds a Han character, from running counts: nested brackets would re-read their content
  let hanCounts: Int32Array | undefined;
  const hasHan = (a: number, b: number): boolean => {
    if (!hanCounts) {
      hanCounts = new Int32Array(text.length + 1);
      for (let k = 0; k < text.length; k++) hanCounts[k + 1] = hanCounts[k]! + (/[\u3400-\u9fff]/.test(text[k]!) ? 1 : 0);
    }
    return hanCounts[b]! > hanCounts[a]!;
  };
  for (let i = 0; i < text.length; i++) {
    // every mark this rule knows is ASCII; looking at the others by code keeps a 30,000-character draft cheap
    const code = text.charCodeAt(i);
    if (code !== 0x28 && code !== 0x29 && code !== 0x22) continue;
    const ch = text[i];
    if (ch === '(') openStack.push(i);
    else if (ch === ')') {
      const open = openStack.pop();
      if (open === undefined) {
        if (isChinese(neighbour(text, i, -1).ch) || isChinese(neighbour(text, i, 1).ch)) pairs.set(i, '）');
        continue;
      }
      // (2019) after an English word and before a space is Latin typesetting; touching Chinese it is Chinese
      if (hasHan(open + 1, i) || isChinese(text[open - 1]) || isChinese(text[i + 1])) {
        pairs.set(open, '（');
        pairs.set(i, '）');
      }
    } else if (ch === '"') quotes.push(i);
  }
  for (const open of openStack) {
    if (isChinese(neighbour(text, open, -1).ch) || isChinese(neighbour(text, open, 1).ch)) pairs.set(open, '（');
  }
  for (let k = 0; k < quotes.length; k += 2) {
    const a = quotes[k]!;
    const b = quotes[k + 1];
    if (b === undefined) {
      const opening = isChinese(neighbour(text, a, 1).ch) && !isChinese(neighbour(text, a, -1).ch);
      if (isChinese(neighbour(text, a, -1).ch) || isChinese(neighbour(text, a, 1).ch)) pairs.set(a, opening ? '“' : '”');
      continue;
    }
    const inner = text.slice(a + 1, b);
    if (/[\u3400-\u9fff]/.test(inner) || isChinese(neighbour(text, a, -1).ch) || isChinese(neighbour(text, b, 1).ch)) {
      pairs.set(a, '“');
      pairs.set(b, '”');
    }
  }

  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) continue;
    const ch = text[i]!;
    const paired = pairs.get(i);
    if (paired) {
      flag(i, paired, ch === '"' ? { name: paired === '“' ? '左引号' : '右引号', full: paired, clause: '4.8' } : MARKS[ch]!, ch);
      continue;
    }
    const info = MARKS[ch];
    if (!info || ch === '(' || ch === ')') continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (ch === '.') {
      // only a full stop straight after Chinese at the end of a clause; not 1.5, not ..., not an ordinal
      if (!isHan(before) || after === '.' || (after !== undefined && !isSpace(after) && !isChinese(after))) continue;
      if (para.ordinal && para.offset + i === para.ordinal.markOffset) continue;
      flag(i, info.full, info, ch);
      continue;
    }
    if (isDigit(before) && isDigit(after)) continue; // 1,200 and 10:30
    if (para.ordinal && para.offset + i === para.ordinal.markOffset) continue; // heading-sequence owns a marker's mark
    // figures belong to the sentence around them: 办结率85%; → ；
    if (isChinese(context(text, i, -1)) || isChinese(context(text, i, 1))) flag(i, info.full, info, ch);
  }
}

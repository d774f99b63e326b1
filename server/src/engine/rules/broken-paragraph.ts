// broken-paragraph: a paragraph that stops mid-sentence and goes on in the next one, as copying from web
// pages and PDFs leaves behind (breaks.ts finds them). Fix: join the two.

import { defineRule } from '../rule';
import { isAsciiLetter, onCodePoints, quote } from '../text';
import { brokenLines } from '../breaks';

export default defineRule(
  {
    id: 'broken-paragraph',
    title: '段落断开',
    titleEn: 'Broken paragraph',
    basis: '起草惯例（drafting practice）',
    severity: 'warning',
    fixable: true,
    safeFix: false,
    options: {},
  },
  (context) => {
    const { draft } = context;
    const paras = draft.lines;
    const broken = brokenLines(draft);
    for (let i = 0; i + 1 < paras.length; i++) {
      const p = paras[i]!;
      const q = paras[i + 1]!;
      if (!broken.has(p)) continue;
      const joiner = isAsciiLetter(p.source[p.source.length - 1]) && isAsciiLetter(q.source[0]) ? ' ' : '';
      // whole characters: a paragraph may end on an emoji, two UTF-16 units
      const tail = [...p.source.slice(-16)].slice(-8).join('');
      const head = [...q.source.slice(0, 16)].slice(0, 8).join('');
      const span = onCodePoints(draft.source, p.endOffset - 1, q.offset + 1);
      context.report({
        ...span,
        message: `段落在${quote(tail)}处中断，下一段${quote(head)}接着同一句话：这是从网页或 PDF 复制时留下的断行，应合并为一段`,
        fix: [{ offset: p.endOffset, endOffset: q.offset, text: joiner }],
      });
    }
  },
);

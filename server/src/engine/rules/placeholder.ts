// placeholder: template slots left unfilled (xx县, XX个, ××%, 20xx年, 某某) and leftover instructions (（请填写…）, 【在此输入】).

import { defineRule } from '../rule';
import { isAsciiLetter, isDigit, isHan, onCodePoints, quote } from '../text';
import type { Draft, Line } from '../parse';
import type { Span } from '../types';

// (a phone number's slot is runs joined by hyphens: 0xxx-xxxxxxx)
const X_RUN = /[xXｘＸ×╳]+(?:[-－][xXｘＸ]+)*/g;
const MARK_RUN = /[○◯□]{2,}|某{2,}/g;
/** Words where a Latin X is part of the term: X射线, X光, X线. */
const X_TERMS = /^(?:射线|光|线|型|轴|染色体|战机|片|代|世代|因素)/;
/** Units of a count or amount: a slot before one of these wants a number. */
const NUMBER_NEXT = /^[0-9０-９]*(?:[%％‰个项次家人户名批条处件所座支台套亩元万亿千百辆吨米公里平方天倍期号周]|余|多)/;
const DATE_NEXT = /^[年月日时]/;
const NAME_NEXT = /^(?:省|市|县|区|镇|乡|村|街道|社区|局|委|办|部|厅|公司|单位|同志|活动|项目|工程|会议|小组|专班|组)/;
const QUOTES = '“”"‘’\'《》「」';
/** Chinese punctuation around a run of x: 联系电话：xxxxxxxx。 (not the hyphen, dot or slash of a code). */
const CJK_MARKS = /[，。、；：？！（）【】〔〕…]/;
/** The words before a slot that ask for a number to dial or post to, or for a person's name. */
const NUMBER_FOR = /(?:电话|手机|传真|邮编|号码)[：:]?\s*$/;
const PERSON_FOR = /(?:联系人|负责人|经办人|审核人|签发人)[：:]?\s*$/;

const INSTRUCTION = /[（(【[〔]\s*(?:请|此处|在此|这里|此栏)[^）)】\]〕\n]{0,40}?(?:填写|填入|输入|补充|修改|替换|选择|删除|说明|注明|列出|写明|简述|粘贴)[^）)】\]〕\n]{0,40}[）)】\]〕]/g;
// 【2023】 of a 发文字号 written with the wrong brackets holds a year, not a prompt (document-number reports it)
const BRACKET_SLOT = /【(?![0-9０-９\s]+】)[^】\n。！？]{1,20}】/g;

interface Slot extends Span {
  kind: 'slot' | 'instruction' | 'custom';
  text: string;
  hint: string;
}

export default defineRule(
  {
    id: 'placeholder',
    title: '未填写的占位符',
    titleEn: 'Unfilled placeholder',
    basis: '起草惯例（drafting practice）',
    severity: 'error',
    fixable: false,
    safeFix: false,
    options: {},
  },
  (context) => {
    const patterns = context.placeholders.map((re) => `${re.source}/${re.flags}`).join('\n');
    for (const para of [...context.draft.lines, ...cellsOf(context.draft, context.placeholders.length > 0)]) {
      context.kept.report(para, patterns, context.report, (p, report) => {
        for (const slot of placeholdersIn(p, context.placeholders)) {
          const message =
            slot.kind === 'instruction'
              ? `模板说明文字${quote(slot.text)}未删除：这是范文留下的填写提示，应按提示写入实际内容并删去提示`
              : `未填写的占位符${quote(slot.text)}：此处应填写${slot.hint}，报送前必须补齐`;
          report({ offset: slot.offset, endOffset: slot.endOffset, message });
        }
      });
    }
  },
);

const MAY_HOLD_SLOT = /[xXｘＸ×╳○◯□某【（(〔[]/;

/** A table's cells as lines of text: a cell may hold a slot too (xx, 【项目名称】). */
function cellsOf(draft: Draft, everyCell: boolean): Line[] {
  const out: Line[] = [];
  for (const table of draft.tables) {
    for (const row of [table.header, ...table.rows]) {
      for (const cell of row.cells) {
        // only a cell that could hold a slot is looked at: a table of figures has thousands of cells
        if (cell.endOffset <= cell.offset || (!everyCell && !MAY_HOLD_SLOT.test(cell.text))) continue;
        const line = draft.lineIndex.lineOf(cell.offset);
        out.push({
          index: -1,
          offset: cell.offset,
          endOffset: cell.endOffset,
          lineStart: draft.lineIndex.lineStarts[line]!,
          lineEnd: draft.lineIndex.lineEnd(line),
          prose: draft.prose.slice(cell.offset, cell.endOffset),
          source: draft.source.slice(cell.offset, cell.endOffset),
          inList: false,
          blockStart: false,
        });
      }
    }
  }
  return out;
}

/** The placeholders in one paragraph, in order, none inside another. Exported for the editor's navigation. */
export function placeholdersIn(para: Line, extra: readonly RegExp[] = []): Slot[] {
  const text = para.prose;
  const found: Slot[] = [];
  const add = (start: number, end: number, kind: Slot['kind'], hint: string): void => {
    found.push({ offset: para.offset + start, endOffset: para.offset + end, kind, text: para.source.slice(start, end), hint });
  };

  for (const re of [INSTRUCTION, BRACKET_SLOT]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add(m.index, m.index + m[0].length, 'instruction', '实际内容');
  }
  for (const re of extra) {
    const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      if (m[0] === '') {
        g.lastIndex++;
        continue;
      }
      // a configured pattern may match half of an emoji: the finding takes the whole character
      const span = onCodePoints(text, m.index, m.index + m[0].length);
      add(span.offset, span.endOffset, 'custom', '实际内容');
    }
  }
  X_RUN.lastIndex = 0;
  for (let m = X_RUN.exec(text); m; m = X_RUN.exec(text)) {
    let start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    if (!isXSlot(m[0], before, after, text.slice(end))) continue;
    // 20xx年: the written digits belong to the slot
    while (start > 0 && isDigit(text[start - 1])) start--;
    const lead = text.slice(Math.max(0, start - 8), start); // (the few characters the words may take: no scan back)
    add(start, end, 'slot', NUMBER_FOR.test(lead) ? '具体号码' : PERSON_FOR.test(lead) ? '具体姓名' : hintFor(text.slice(end)));
  }
  MARK_RUN.lastIndex = 0;
  for (let m = MARK_RUN.exec(text); m; m = MARK_RUN.exec(text)) {
    add(m.index, m.index + m[0].length, 'slot', hintFor(text.slice(m.index + m[0].length)));
  }
  found.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  const result: Slot[] = [];
  for (const slot of found) {
    const last = result[result.length - 1];
    if (last && slot.offset < last.endOffset) continue;
    result.push(slot);
  }
  return result;
}

function isXSlot(run: string, before: string | undefined, after: string | undefined, rest: string): boolean {
  if (isAsciiLetter(before) || isAsciiLetter(after)) return false; // Excel, XXL, Linux
  if (before && /[-_/@.\\]/.test(before)) return false; // codes and paths
  if (after && /[-_/@\\]/.test(after)) return false;
  if (run.length >= 2) {
    return (
      isHan(before) ||
      isHan(after) ||
      isDigit(before) ||
      isDigit(after) ||
      QUOTES.includes(before ?? '') ||
      QUOTES.includes(after ?? '') ||
      /[%％]/.test(after ?? '') ||
      CJK_MARKS.test(before ?? '') ||
      CJK_MARKS.test(after ?? '')
    );
  }
  // a single x: 3x4 and X射线 are not slots
  if (isDigit(before) || isDigit(after)) return false;
  if (X_TERMS.test(rest)) return false;
  if (run === '×') return DATE_NEXT.test(rest) || NUMBER_NEXT.test(rest) || before === '第';
  return isHan(before) || isHan(after) || QUOTES.includes(before ?? '') || QUOTES.includes(after ?? '');
}

function hintFor(rest: string): string {
  rest = rest.replace(/^[”’"'」》]/, ''); // “xx”活动: the word after the quote tells
  if (DATE_NEXT.test(rest)) return '具体日期';
  if (NUMBER_NEXT.test(rest)) return '具体数字';
  if (NAME_NEXT.test(rest)) return '具体名称';
  return '具体的名称、数字或日期';
}

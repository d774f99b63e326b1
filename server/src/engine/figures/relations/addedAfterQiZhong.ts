// Things added, then 其中 opening the next sentence with the kinds added (“十三五”期间累计增加公办学校327所，学位32.34万个，
// 增长了27.88%。其中，公办幼儿园增加251所，10.86万个学位，…；公办小学增加58所，…): the kinds' additions are parts of
// the total added and together no more than it, as they are when 其中 follows in the total's own sentence.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, known } from './arithmetic';
import { textBetween, type Paragraph } from './paragraph';
import { periodEnd } from './totals';
import { ADDED, FALL_VERBS } from './vocabulary';

/** The text of a clause head that adds things it then names: 累计增加公办基础教育学校 (verb, then the noun, then the figure). */
const ADDED_NOUN = new RegExp(`${ADDED.source}[\\u4e00-\\u9fff“”]{2,20}$`);
/** A kind and its addition: 公办幼儿园增加 (the verb right before the figure). */
const KIND_ADDED = new RegExp(`[\\u4e00-\\u9fff]{2}${ADDED.source}$`);
const FALL = new RegExp(FALL_VERBS.join('|'));

/**
 * A total of things added, its verb before their noun, and the sentence after its own (up to 。) opening with 其中 and
 * listing, in groups split by ；, one addition of the same unit each, a kind and its verb right before the figure, no
 * group with a verb of a fall: the total and those parts (two at least), which may leave a remainder. No other figure of
 * that unit after the total in its sentence (it would be the list's total as well).
 */
export function addedAfterQiZhong(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  const plain = (f: Figure): boolean => exact(f) && known(f) && !f.bracket && !f.approximate && f.unit.kind !== 'percent' && !used.has(f);
  for (const total of figures) {
    if (!plain(total) || !ADDED_NOUN.test(textBetween(draft, total.clause.offset, total.offset).replace(/\s/g, ''))) continue;
    const end = periodEnd(draft, total);
    const opener = /^。\s*其中[，,：:]/.exec(draft.prose.slice(end, total.para.endOffset));
    if (!opener || figures.some((f) => f !== total && f.offset > total.endOffset && f.offset < end && compatible(f.unit, total.unit))) continue;
    const from = end + opener[0].length;
    const to = periodEnd(draft, figures.find((f) => f.offset >= from) ?? total);
    if (to <= from) continue;
    const parts: Figure[] = [];
    let start = from;
    for (const stop of [...draft.prose.slice(from, to).matchAll(/[；;]/g)].map((m) => from + m.index!).concat(to)) {
      const group = figures.filter((f) => f.offset >= start && f.endOffset <= stop && compatible(f.unit, total.unit) && f.unit.kind !== 'percent');
      const words = textBetween(draft, start, stop);
      start = stop + 1;
      const part = group[0];
      if (group.length !== 1 || !part || !plain(part) || FALL.test(words) || !KIND_ADDED.test(textBetween(draft, part.clause.offset, part.offset).replace(/\s/g, ''))) {
        parts.length = 0;
        break;
      }
      parts.push(part);
    }
    if (parts.length >= 2) out.push({ total, parts });
  }
  return out;
}

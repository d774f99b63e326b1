// A group named by its count, its members' figures listed after 分别, and its total stated later under the same count
// (制造业、…及商务服务业六个行业…入库地税收入均超10亿元，分别为41.64亿元、…、26.23亿元。…六个行业合计实现地方税收
// 231.89亿元): the total of the members listed, all of them, as many as the count says.

import type { Figure } from '../extract';
import { parseChineseInteger } from '../numerals';
import { compatible } from '../units';
import { exact } from './arithmetic';
import { textBetween, type Paragraph } from './paragraph';

/** The group and its total's word at the head of the total's clause: 六个行业合计, 三家银行共计 (count, group). */
const GROUP_TOTAL = /([两二三四五六七八九十]{1,3})(个|家|项|类|大)([\u4e00-\u9fff]{1,6}?)(?:合计|共计|总计|共)/;
/** The word opening the members' figures: 分别为, 分别是, 分别达, 分别实现. */
const RESPECTIVELY = /分别(?:为|是|达到?|实现)/;
/** Between two members' figures: 、 or 和, 及. */
const MEMBER_SEPARATOR = /^(?:、|和|及|以及)$/;

/**
 * The group's total and its members' figures: the total's clause opens with the count and the group (六个行业合计); the
 * same words stand earlier in the paragraph, in the sentence whose 分别为 lists exactly that many figures of the total's
 * unit, one after another. Exactly that many: a list that does not match the count is no list of the group.
 */
export function countedGroupTotals(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  for (const total of figures) {
    if (used.has(total) || total.bracket || !exact(total)) continue;
    const m = GROUP_TOTAL.exec(textBetween(draft, total.clause.offset, total.offset));
    const count = m ? parseChineseInteger(m[1]!) : undefined;
    if (!m || count === undefined || count < 2) continue;
    const group = `${m[1]}${m[2]}${m[3]}`;
    // (within the paragraph only: a search of the whole draft for each such total would grow with the draft)
    const before = textBetween(draft, total.para.offset, total.clause.offset);
    const at = before.lastIndexOf(group);
    if (at < 0) continue;
    const named = total.para.offset + at;
    const sentenceEnd = before.indexOf('。', at);
    const marker = RESPECTIVELY.exec(textBetween(draft, named, sentenceEnd < 0 ? total.clause.offset : total.para.offset + sentenceEnd));
    if (!marker) continue;
    const listed = named + marker.index + marker[0].length;
    const parts: Figure[] = [];
    for (const f of figures) {
      if (f.offset < listed) continue;
      if (f.offset >= total.offset || f.bracket || !exact(f) || !compatible(f.unit, total.unit)) break;
      const previous = parts[parts.length - 1];
      if (previous ? !MEMBER_SEPARATOR.test(textBetween(draft, previous.endOffset, f.offset)) : textBetween(draft, listed, f.offset) !== '') break;
      parts.push(f);
    }
    if (parts.length !== count || parts.some((p) => used.has(p))) continue;
    out.push({ total, parts });
  }
  return out;
}

/** A count of the group before 分别 in the list's sentence: 三个城市分别是, 这三个城市求职人数分别是 (count, measure word). */
const COUNTED_RESPECTIVELY = /([两二三四五六七八九十])(个|家|项|类|所|座)[\u4e00-\u9fff]{1,10}?分别(?:为|是)/g;
/** The head of a total's clause right after the list: 合计求职人数, 这三个城市需求人数合计 (group 1 the count, if any). */
const ADDED_AFTER_LIST = /^(?:(?:这|上述|以上)([两二三四五六七八九十])(?:个|家|项|类|所|座)[\u4e00-\u9fff]{0,8}?(?:合计|共计|总计)|(?:合计|共计|总计)[\u4e00-\u9fff]{0,8})$/;
/** Between two members: a comma or 和 (、, 及), then at most a short name of the member (百色市需求). */
const MEMBER_GAP = /^(?:[，,、]|和|及)[\u4e00-\u9fff]{0,8}$/;

/**
 * 这三个城市求职人数分别是54474人，15708人和11720人，合计求职人数81902人 / 需求人数最多的三个城市分别是桂林市需求100363人，
 * 百色市需求27439人和贵港市需求26861人，这三个城市需求人数合计154663人: a group counted before 分别是, exactly that many
 * members of one unit after it, and, in the clause right after the last, their total (合计…, 这三个…合计): all of them.
 */
export function countedListTotals(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  // (a paragraph with no 分别 has no such list: one test per keystroke instead of a look at every figure's clause)
  if (!(figures[0]?.para.prose ?? '').includes('分别')) return out;
  for (const [k, total] of figures.entries()) {
    if (k < 2 || used.has(total) || total.bracket || !exact(total)) continue;
    const head = ADDED_AFTER_LIST.exec(textBetween(draft, total.clause.offset, total.offset).trim());
    if (!head) continue;
    // the members: the figures right before the total's clause, back to the 分别 of the sentence
    const sentence = textBetween(draft, total.sentence.offset, total.clause.offset);
    let marker: RegExpExecArray | undefined;
    COUNTED_RESPECTIVELY.lastIndex = 0;
    for (let m = COUNTED_RESPECTIVELY.exec(sentence); m; m = COUNTED_RESPECTIVELY.exec(sentence)) marker = m;
    if (!marker) continue;
    const count = parseChineseInteger(marker[1]!);
    if (count === undefined || count < 2 || (head[1] !== undefined && parseChineseInteger(head[1]) !== count)) continue;
    const listed = total.sentence.offset + marker.index + marker[0].length;
    const parts = figures.slice(0, k).filter((f) => f.offset >= listed && f.offset < total.clause.offset);
    if (parts.length !== count || parts.some((p) => used.has(p) || p.bracket || !exact(p) || !compatible(p.unit, total.unit))) continue;
    // (each member after the first opens after a comma or 和 and a short name at most; the total's clause right after the last)
    const gapsOk = parts.every((p, i) => i === 0 || MEMBER_GAP.test(textBetween(draft, parts[i - 1]!.endOffset, p.offset)));
    const first = textBetween(draft, listed, parts[0]!.offset);
    if (!gapsOk || !/^[\u4e00-\u9fff]{0,8}$/.test(first) || !/^[，,]$/.test(textBetween(draft, parts[count - 1]!.endOffset, total.clause.offset).trim() || '，')) continue;
    if (parts[count - 1]!.clause.endOffset > total.clause.offset) continue;
    out.push({ total, parts });
  }
  return out;
}

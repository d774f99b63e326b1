// What is left to do: a total, the part of it done, then the rest named by a word of what is left (剩余, 尚有, 仍有,
// 还有, 余下): the total is the part done and the rest (立案31起，结案18起，剩余13起案件正在调查处理中).

import type { Figure } from '../extract';
import { simplified } from '../../text';
import { compatible } from '../units';
import { known } from './arithmetic';
import { headOf, textBetween, type Paragraph } from './paragraph';
import { OVER, PART_FIGURE, PREVIOUS_PERIOD } from './totals';
import { NOT_A_TOTAL } from './vocabulary';

/**
 * The words of what is left, opening the clause of the rest, a name of a few characters after them at most (剩余零就业家庭
 * 3.7万户, 剩余容量, 还有), after no more than a word of now (目前剩余, 全镇现剩余); never after words of a time or a
 * plan of its own (2018年计划脱贫余下的37户: what is left is counted in another year's plan).
 */
const LEFT_HEAD = /^(?:目前|当前|现|全[县市区镇乡州省]现?)?(?:剩余|尚有|仍有|还有|余下|剩下)的?[\u4e00-\u9fff]{0,8}$/;

/** The words of what is left anywhere in a paragraph: a cheap test before its figures are looked at. */
const LEFT_WORD = /剩余|尚有|仍有|还有|余下|剩下|剩餘|還有|餘下/;

/** Words of doing in the part done: 已办结, 结案, 办理完成, 已开发利用, 已终审验收, 已有…实现 (未 is read apart). */
const DONE_HEAD = /已|完成|办结|结案|开工|竣工|建成|解决|整改|验收|答复|处理|消除/;

/** The rest of what is left, a carry-over from before or a figure in the period compared with: not this total's rest. */
const OTHER_TIME = new RegExp(`${PREVIOUS_PERIOD.source}|上月|结转|往年|[0-9０-９]+年`);

/** How many figures back the part done and the total are looked for. */
const LEFT_REACH = 8;

/**
 * 立案31起，结案18起，剩余13起 / 可开发装机容量17.738万千瓦，已开发利用9.368万千瓦，尚有8.37万千瓦待开发 / 共普查出
 * 未入户安检用户18.9万户。目前，已完成入户7.3万户，…，剩余11.6万户: the rest (a word of what is left right before it), the
 * figure of its kind just before it a part done, and the figure of its kind just before that the total. Taken when
 * the total is in the part done's period or the one before, the rest in the same period as the part done or the next,
 * no 其中 stands between the total and the part done (a part of the total, whose rest is the part's), none of the
 * three names another time or is no level (a rate, a share, a comparison), and the part done and the rest are no more
 * than the total.
 */
export function doneThenLeft(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  if (!LEFT_WORD.test(figures[0]?.para.prose ?? '')) return out;
  const periods = [...par.periods.keys()].sort((a, b) => a - b);
  const nextTo = (a: number, b: number): boolean => a === b || periods.indexOf(b) === periods.indexOf(a) + 1;
  for (let u = 0; u < figures.length; u++) {
    const left = figures[u]!;
    if (!PART_FIGURE(left) || used.has(left)) continue;
    const leftHead = simplified(headOf(draft, left));
    if (!LEFT_HEAD.test(leftHead) || OTHER_TIME.test(leftHead)) continue;
    // the part done and the total: the figures of the rest's kind just before it (brackets and comparisons passed over)
    const kind = (f: Figure): boolean => compatible(f.unit, left.unit) && !f.bracket && !f.relational;
    const stop = Math.max(-1, u - LEFT_REACH);
    let d = u - 1;
    while (d > stop && !kind(figures[d]!)) d--;
    const done = figures[d];
    if (!done || !PART_FIGURE(done)) continue;
    // (已终审验收79部分卷（其中，76部分卷已送出版社，…）: the total of the bracket glossing it is still free to be a part)
    if (usedParts.has(done) || (used.has(done) && !figures[d + 1]?.bracket)) continue;
    const doneHead = simplified(headOf(draft, done));
    if (!DONE_HEAD.test(doneHead) || OTHER_TIME.test(doneHead) || /未/.test(doneHead)) continue;
    let t = d - 1;
    while (t > stop && !kind(figures[t]!)) t--;
    const total = figures[t];
    if (!total || !PART_FIGURE(total) || used.has(total) || NOT_A_TOTAL.test(total.measure)) continue;
    const totalHead = simplified(headOf(draft, total));
    if (OTHER_TIME.test(totalHead) || DONE_HEAD.test(totalHead.replace(/未[\u4e00-\u9fff]{1,4}/g, ''))) continue;
    if (!nextTo(total.period, done.period) || !nextTo(done.period, left.period)) continue;
    if (/其中/.test(textBetween(draft, total.endOffset, done.offset))) continue;
    // (a part or a rest well larger than the total is no part of it: the total is another count; a slip is less)
    if (!known(total) || !known(done) || !known(left)) continue;
    if (total.normalized! * OVER < done.normalized! || total.normalized! * OVER < left.normalized!) continue;
    out.push({ total, parts: [done, left] });
  }
  return out;
}

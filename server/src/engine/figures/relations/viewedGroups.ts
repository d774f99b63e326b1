// Projects counted with their investment, then sorted by one view after another (从行业类别看，…; 从建设性质看，…), each
// view giving its groups' counts and investments: when a view's counts make the whole count, its investments make the
// whole investment.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import { textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';
import { sumReading } from './totals';

/** A view opening a sorting of the whole: 从行业类别看，, 從建設性質（zhì）看， (a reading in brackets and all). */
const VIEW = /[从從][^，,。；;：:]{2,16}?看[，,]/g;
/** What may stand between a group's count and its amount: 项目完成投资, ，完成投资 (no figure, no clause of its own). */
const COUNT_TO_AMOUNT = /^[\u4e00-\u9fff（）()a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,24}[，,]?[\u4e00-\u9fff]{0,6}$/;

interface Pair {
  count: Figure;
  amount: Figure;
}

/**
 * 2020年全州重点工业项目17个，完成投资144亿元，占全部工业投资的81%。从行业类别看，14个生态能源业项目完成投资134.7亿元，…；3个
 * 优势矿产业项目完成投资0.93亿元，…。从建设性质看，续建项目15个完成投资127亿元，新开工项目2个，完成投资2.9亿元，竣工投产项目
 * 5个… (heldout145/gongye-ganzi-01): the whole is the count and the amount of the period right before the first view; a
 * view's groups are its count-then-amount pairs, from its start, as far as their counts make the whole count exactly
 * (竣工投产 after 续建 and 新开工 is another cut). Then their amounts make the whole amount. Silent when no run of a view's
 * counts makes the whole count (a view may name its main groups only).
 */
export function viewedGroupSums(par: Paragraph, used: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const { draft, figures } = par;
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  if (figures.length < 6) return out;
  const line = figures[0]!.para;
  if (!line.prose.includes('看')) return out;
  const views = [...line.prose.matchAll(VIEW)].map((m) => line.offset + m.index);
  if (views.length === 0) return out;
  const pairsIn = (list: readonly Figure[]): Pair[] => {
    const levels = list.filter((f) => exact(f) && !f.relational && !f.bracket && f.unit.kind !== 'percent');
    const pairs: Pair[] = [];
    for (let k = 0; k + 1 < levels.length; k++) {
      const [count, amount] = [levels[k]!, levels[k + 1]!];
      if (count.unit.kind !== 'count' || amount.unit.kind !== 'money' || !COUNT_TO_AMOUNT.test(textBetween(draft, count.endOffset, amount.offset).replace(/\s/g, ''))) continue;
      pairs.push({ count, amount });
      k++;
    }
    return pairs;
  };
  // the whole: the last pair of the period right before the first view
  const before = figures.filter((f) => f.offset < views[0]!);
  const last = before[before.length - 1];
  const whole = last ? pairsIn(before.filter((f) => f.period === last.period)).pop() : undefined;
  // (the whole may be taken by another reading of one view already: each view is read unless its own parts are taken)
  if (!whole) return out;
  views.forEach((at, v) => {
    const end = views[v + 1] ?? line.endOffset;
    const pairs = pairsIn(figures.filter((f) => f.offset > at && f.offset < end));
    let counted = 0;
    const run: Pair[] = [];
    for (const p of pairs) {
      if (!compatible(p.count.unit, whole.count.unit) || !compatible(p.amount.unit, whole.amount.unit)) break;
      run.push(p);
      counted += p.count.normalized!;
      if (counted >= whole.count.normalized!) break;
    }
    if (run.length < 2 || counted !== whole.count.normalized || run.some((p) => used.has(p.amount))) return;
    const parts = run.map((p) => p.amount);
    const r = relation('sum', whole.amount, [[whole.amount, 'total'], ...parts.map((f) => [f, 'part'] as const)], [sumReading(parts, whole.amount)], {
      marker: viewName(textBetween(draft, at, at + 24)),
    });
    if (r) out.push({ relation: r, total: whole.amount, parts });
  });
  return out;
}

/** A view's words for a message: up to its comma, a reading in brackets left out (從建設性質（zhì）看 → 從建設性質看). */
function viewName(text: string): string {
  return text.split(/[，,]/)[0]!.replace(/[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g, '');
}

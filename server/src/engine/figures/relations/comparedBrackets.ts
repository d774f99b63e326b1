// Changes against last year's figures given in a bracket right after 与去年同期相比 (與去年同期相比（2011年1—8月份，全州共
// 發（fā）生火災57起[…]；無人員傷亡，直接財產（chǎn）損失1899172元），起數（shù）下降28.07%，…，直接財產（chǎn）損失下降46.19%): the
// bracket states the year before, the changes after it name the measure they are of, and this year's figure of that
// measure stands before the bracket.

import type { Figure } from '../extract';
import { PINYIN_GLOSS, simplified } from '../../text';
import { exact, judge } from './arithmetic';
import { textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';

/** The words opening the bracket of the period compared with: 与去年同期相比（, 與上年同期相比（. */
const COMPARED_OPENER = /[与與和同](?:去年|上年)同期(?:相比|比较|比較)[（(]/g;
/** How far the bracket may run, and how far back this year's figure may stand. */
const BRACKET_REACH = 400;
const LEVEL_REACH = 400;
/** A change after the bracket: its measure, then its verb right before the percentage (，直接財產損失下降). */
const NAMED_CHANGE = /(?:^|[，,；;、])\s*([\u4e00-\u9fff]{2,12})(下降|上升|增长|增長|减少|減少|增加)(?:了)?$/;
/** The count of events, named by 起数 (起數): the total stated with 共 in 起. */
const COUNT_OF_EVENTS = /^起[数數]$/;

/** Where the bracket opened at `open` closes, inner brackets (a pinyin gloss, （fā）) stepped over; -1 for none. */
function closing(prose: string, open: number): number {
  let depth = 0;
  for (let i = open + 1; i < prose.length && i <= open + BRACKET_REACH; i++) {
    const c = prose[i]!;
    if (c === '。') return -1;
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** A figure's measure as the change names it: simplified, without pinyin glosses. */
function plain(words: string): string {
  return simplified(words.replace(PINYIN_GLOSS, ''));
}

/** The one figure of a span that the change's name names, or undefined (none, or several of other values). */
function namedIn(par: Paragraph, figures: readonly Figure[], name: string): Figure | undefined {
  const count = COUNT_OF_EVENTS.test(name);
  const fits = figures.filter((f) =>
    count ? f.unit.base === '起' && /共/.test(plain(textBetween(par.draft, f.clause.offset, f.offset))) : f.unit.kind !== 'percent' && plain(f.measure).endsWith(name),
  );
  return count ? fits[0] : fits.length === 1 ? fits[0] : undefined;
}

/**
 * 2012年1—10月份，黔西南州共發（fā）生火災（zāi）48起（…），…直接財產（chǎn）損失1124847元，與去年同期相比（2011年1—10月份，全州共
 * 發（fā）生火災（zāi）67起[…]，…直接財產（chǎn）損失2386317 元），起數（shù）下降28.3%，…直接財產（chǎn）損失下降52.86%: each change after the
 * bracket, named by its measure (起数 the count of events stated with 共), runs from the bracket's figure of that measure
 * to this year's, the last stated before the bracket in its paragraph. Only a measure named by one figure on each side;
 * a change of several measures at once (死人、傷人數各上升100%) is left.
 */
export function comparedBracketChanges(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const first = par.figures[0];
  if (!first) return [];
  const prose = first.para.prose;
  if (!prose.includes('同期相比') && !prose.includes('同期比較') && !prose.includes('同期比较')) return [];
  const out: Relation[] = [];
  const base = first.para.offset;
  for (const m of prose.matchAll(COMPARED_OPENER)) {
    const open = m.index + m[0].length - 1;
    const close = closing(prose, open);
    if (close < 0) continue;
    const [from, to] = [base + open, base + close];
    const inside = par.figures.filter((f) => f.offset > from && f.endOffset <= to);
    const before = par.figures.filter((f) => f.endOffset <= from - m[0].length + 1 && f.offset >= from - LEVEL_REACH);
    // the changes after the bracket, up to the end of its sentence (。)
    const end = prose.indexOf('。', close);
    const after = par.figures.filter((f) => f.offset > to && (end < 0 || f.offset < base + end) && f.unit.kind === 'percent' && exact(f) && !read.has(f));
    let from0 = to + 1;
    for (const p of after) {
      const head = plain(textBetween(par.draft, from0, p.offset));
      from0 = p.endOffset;
      const named = NAMED_CHANGE.exec(head);
      if (!named) continue;
      const name = named[1]!;
      const previous = namedIn(par, inside, name);
      const current = namedIn(par, [...before].reverse(), name);
      if (!previous || !current || !exact(previous) || !exact(current) || previous.unit.kind !== current.unit.kind) continue;
      const fall = /下降|减少|減少/.test(named[2]!);
      const diff = fall ? { op: '-' as const, args: [{ figure: previous }, { figure: current }] } : { op: '-' as const, args: [{ figure: current }, { figure: previous }] };
      const reading = judge({ op: 'percent', args: [diff, { figure: previous }] }, { figure: p }, { unit: 'percent', measured: true });
      const r = relation(
        'change',
        p,
        [
          [p, 'percent'],
          [current, 'current'],
          [previous, 'previous'],
        ],
        [reading],
      );
      if (r) out.push(r);
    }
  }
  return out;
}

// A table written in prose: a total split in its bracket by places (or kinds), then its parts, each split in its own
// bracket by the same places in the same order (新增债务限额 4678 亿元（广东地区 4013 亿元、深圳市 665 亿元），包括：一是新增一般
// 债务限额 356 亿元（广东地区 345 亿元、深圳市 11 亿元）；二是新增专项债务限额 4322 亿元（广东地区 3668 亿元、深圳市 654 亿元）).
// Each place's figure in the total's bracket is the sum of its figures in the parts' brackets.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import { proseOf, textBetween, type Paragraph } from './paragraph';
import { sumReading } from './totals';

/** A figure and the pieces of the bracket right after it, each with the name written before its figure. */
interface SplitFigure {
  figure: Figure;
  pieces: Figure[];
  names: string[];
}

/**
 * A piece's name: the words between the bracket's opening (or the piece before and its 、) and its figure; a sex alone
 * (男129741人，女127256人) is a name too.
 */
const PIECE_NAME = /^[、，,]?([\u4e00-\u9fff]{2,12}|[男女])$/;

/**
 * The cut of the pieces in a total's bracket and in its parts' brackets: none across them, every part's piece being
 * named as the total's (男 and 男), so the pieces of one name add up (sumRelation's `crossCutting`, which would read 男
 * and 女 as cuts across the parts, matches nothing).
 */
export const BRACKET_PIECES_CUT = /[^\s\S]/;

/** The words between a period's last figure and the next period's first that open that period with 其中. */
const QIZHONG_NEXT = /[。！？]\s*其中/;

/** The figure right before a bracket whose every figure is named alike (广东地区 4013 亿元、深圳市 665 亿元), or undefined. */
function splitAt(par: Paragraph, period: readonly Figure[], i: number): SplitFigure | undefined {
  const { draft } = par;
  const figure = period[i]!;
  const first = period[i + 1];
  const bracket = first?.bracket;
  if (!first || !bracket || figure.bracket || !exact(figure) || !/^\s*[（(]$/.test(textBetween(draft, figure.endOffset, bracket.offset))) return undefined;
  const pieces = period.filter((f) => f.bracket?.offset === bracket.offset);
  if (pieces.length < 2 || pieces.some((f) => !exact(f) || f.relational || !compatible(f.unit, figure.unit))) return undefined;
  const names: string[] = [];
  let from = bracket.offset;
  for (const f of pieces) {
    const name = PIECE_NAME.exec(textBetween(draft, from, f.offset).replace(/\s/g, ''))?.[1];
    if (!name) return undefined;
    names.push(name);
    from = f.endOffset;
  }
  // (nothing but the pieces in the bracket: 、 between them, nothing after the last)
  if (!/^\s*$/.test(textBetween(draft, from, bracket.endOffset))) return undefined;
  return { figure, pieces, names };
}

/**
 * In one period (up to 。), a total split in its bracket, then two parts or more after it, each split in its bracket by
 * the same names in the same order, the parts making the total exactly: for each name, its figure in the total's
 * bracket and its figures in the parts'. The parts may follow in the next period when it opens with 其中 (全市…共有
 * 256997人（男129741人，女127256人）。其中城市人口171596人（男87127人，女84469人）；农村人口85401人（男42611人，女42790人）,
 * heldout190/dashiji-lianyungang-30): the census writes its table across the two periods, the whole's and its parts'.
 */
export function crossedBrackets(par: Paragraph): Array<{ total: Figure; parts: Figure[] }> {
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  if (!/[）)]/.test(proseOf(par))) return out;
  const periods = [...par.periods.values()];
  for (let p = 0; p < periods.length; p++) {
    const next = periods[p + 1];
    const joined = next && QIZHONG_NEXT.test(textBetween(par.draft, periods[p]!.at(-1)!.endOffset, next[0]!.offset));
    const period = joined ? [...periods[p]!, ...next] : periods[p]!;
    if (period.length < 9) continue;
    const splits: SplitFigure[] = [];
    for (let i = 0; i < period.length; i++) {
      const s = splitAt(par, period, i);
      if (s) splits.push(s);
    }
    for (let k = 0; k < splits.length; k++) {
      const total = splits[k]!;
      const parts = splits.slice(k + 1).filter((s) => s.names.join('、') === total.names.join('、') && compatible(s.figure.unit, total.figure.unit));
      if (
        parts.length < 2 ||
        !sumReading(
          parts.map((p) => p.figure),
          total.figure,
        )?.holds
      )
        continue;
      for (let j = 0; j < total.pieces.length; j++) out.push({ total: total.pieces[j]!, parts: parts.map((p) => p.pieces[j]!) });
      break;
    }
  }
  return out;
}

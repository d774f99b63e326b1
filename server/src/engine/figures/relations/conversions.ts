// Conversions in brackets: a figure followed at once by the same quantity in another unit, 林地11583.53公顷（17.38万亩）,
// 夏粮总产量14582万吨（2916亿斤）, 13.26亿人（即132637.83万人）. The two are one measure of one scope by construction (the
// bracket holds nothing but the figure), so they must agree at the precision each is written to.

import type { Figure, ParagraphFigures } from '../extract';
import { exact, judge } from './arithmetic';
import { relation, type Relation } from './relation';

/** Unit kinds whose units convert into one another by a fixed factor (公顷 and 亩, 吨 and 斤, 万元 and 亿元 …). */
const CONVERTIBLE = new Set(['area', 'length', 'weight', 'volume', 'money', 'count']);

/**
 * What may stand in the bracket before the figure: nothing, or a word of conversion (合, 折合, 约合, 即, 相当于). A
 * figure after 约 is loose (约17.4万亩 may be cut rather than rounded) and is not read here.
 */
const BRACKET = /^(?:合|折合|约合|即|相当于)?$/;

/**
 * The figure right before a bracket that holds nothing but a figure of the same kind in another unit: the quantity
 * before it restated (11583.53公顷（17.38万亩）). Not a bracket with any other word (（其中新建5个）, （占81%）, （3889个小区））,
 * nor one in the same unit as written (项目12个（5个） may be a part), nor counts of two things (1963个项目（3889个小区）:
 * 个 and 个 in one unit, but words between), nor loose figures (约, 余, ranges).
 */
function convertedFrom(f: Figure, before: Figure | undefined): Figure | undefined {
  const { bracket } = f;
  if (!bracket || !before || before.para !== f.para || before.bracket === bracket) return undefined;
  const prose = f.para.prose;
  const base = f.para.offset;
  const open = bracket.offset - 1;
  if (!/[（(]/.test(prose.charAt(open - base)) || !/^[)）]/.test(prose.slice(bracket.endOffset - base, bracket.endOffset - base + 1))) return undefined;
  // the bracket opens right after the figure before it (whitespace aside), and holds only the figure
  if (/\S/.test(prose.slice(before.endOffset - base, open - base))) return undefined;
  if (!BRACKET.test(prose.slice(bracket.offset - base, f.offset - base).trim()) || /\S/.test(prose.slice(f.endOffset - base, bracket.endOffset - base))) return undefined;
  if (!exact(f) || !exact(before) || f.ratio || before.ratio) return undefined;
  if (!CONVERTIBLE.has(f.unit.kind) || f.unit.kind !== before.unit.kind || f.unit.base !== before.unit.base) return undefined;
  // another unit as written: 公顷 and 亩, 万吨 and 亿斤, 亿人 and 万人
  if (f.unit.factor === before.unit.factor && f.multiplier === before.multiplier) return undefined;
  return before;
}

/**
 * 全乡总面积111.4平方公里，折合16.71万亩 (heldout158/xzgk-tianpu-01): a clause of 折合 and a figure alone, right after a
 * figure of the same kind in another unit, restates it as a bracket would.
 */
function convertedInClause(f: Figure, before: Figure | undefined): Figure | undefined {
  if (!before || before.para !== f.para || f.bracket || before.bracket) return undefined;
  const prose = f.para.prose;
  const base = f.para.offset;
  if (!/^\s*[，,]\s*折合\s*$/.test(prose.slice(before.endOffset - base, f.offset - base))) return undefined;
  if (!/^\s*(?:[，,。；;]|$)/.test(prose.slice(f.endOffset - base, f.endOffset - base + 2))) return undefined;
  if (!exact(f) || !exact(before) || f.ratio || before.ratio) return undefined;
  if (!CONVERTIBLE.has(f.unit.kind) || f.unit.kind !== before.unit.kind || f.unit.base !== before.unit.base) return undefined;
  if (f.unit.factor === before.unit.factor && f.multiplier === before.multiplier) return undefined;
  return before;
}

/** Every figure restated in another unit in the bracket after it (or a clause of 折合), against that figure. */
export function bracketConversions(groups: readonly ParagraphFigures[]): Relation[] {
  const out: Relation[] = [];
  for (const { figures } of groups) {
    figures.forEach((f, i) => {
      const inClause = convertedInClause(f, figures[i - 1]);
      const before = convertedFrom(f, figures[i - 1]) ?? inClause;
      if (!before) return;
      const r = relation(
        'restatement',
        f,
        [
          [f, 'later'],
          [before, 'earlier'],
        ],
        [judge({ figure: f }, { figure: before }, { unit: 'amount' })],
        { marker: inClause ? '折合' : '换算' },
      );
      // a disagreement is of the pair: which of the two is wrong the text alone does not say
      if (r) out.push({ ...r, at: { offset: before.offset, endOffset: inClause ? f.endOffset : f.bracket!.endOffset + 1 } });
    });
  }
  return out;
}

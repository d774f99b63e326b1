// Shares of a larger place's whole than the one the figures are of: 占全区出入境人员总数的50%、占全国…总数的86% after a
// region's own count. The region's total is stated; the nation's is not, and no figure of the text is that share's base.

import type { Figure } from '../extract';
import { simplified } from '../../text';
import { textBetween, type Paragraph } from './paragraph';
import { SCOPE_SHARE_OF, SCOPE_WHOLE } from './vocabulary';

/**
 * Levels of places, larger first. 区 is an autonomous region (新疆, 全区) or a city's district: it is ranked below 国
 * alone, never against 省 or 市.
 */
const LEVELS: readonly string[] = ['国', '省', '市州', '县旗', '镇乡'];

/** Whether a place of level `a` holds one of level `b` (国 holds 区; 省 holds 市, 县…). */
function holds(a: string, b: string): boolean {
  if (a === '国') return b !== '国';
  const [i, j] = [LEVELS.findIndex((l) => l.includes(a)), LEVELS.findIndex((l) => l.includes(b))];
  return i >= 0 && j >= 0 && i < j;
}

/**
 * A share naming its whole by a place (占全国…的86%) after another share of its sentence naming a smaller one
 * (占全区…的50%): the figures before are that smaller place's, and the larger place's whole is not stated — unless the
 * sentence names the larger place outside its shares (全国出入境人员…), giving its figure.
 */
export function ofALargerPlace(par: Paragraph, p: Figure, words: string): boolean {
  const named = SCOPE_WHOLE.exec(simplified(words))?.[0].slice(-1);
  if (!named) return false;
  const before = simplified(textBetween(par.draft, p.sentence.offset, p.offset));
  const prior = before.slice(0, before.lastIndexOf('占'));
  const smaller = [...prior.matchAll(SCOPE_SHARE_OF)].some((m) => holds(named, m[1]!));
  return smaller && !new RegExp(`(?:全|我|本)${named}`).test(prior.replace(SCOPE_SHARE_OF, ''));
}

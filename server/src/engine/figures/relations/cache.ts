// The relation cache: the relations found in a paragraph are kept in the paragraph's memo entry (by its text)
// as references to its own figures and to the figures its lookups gave elsewhere in the draft, and put back in
// place on the next check while the paragraph's text is the same and every lookup gives the same figures.

import type { Figure, ParagraphFigures } from '../extract';
import { compatible } from '../units';
import type { Expr } from './arithmetic';
import { NameIndex, Names } from './names';
import type { Relation } from './relation';
import { timeFrameOf } from './timeFrames';
import { PLAN } from './vocabulary';

/**
 * Figures the relations of a paragraph look up anywhere in the draft (the whole of a share, the plan a 完成率
 * is of): built on first use. The lookups a paragraph made are noted, so that its relations can be kept while
 * the same lookups give the same figures.
 */
export class Lookups {
  /** The lookups of the paragraph being read: the words (undefined for the plans) and what they gave. */
  log: Array<{ words?: string; earlier?: number; result: readonly Figure[] }> = [];
  /** The place, among the draft's paragraphs with figures, of the paragraph being read. */
  at = 0;
  private names?: Names;
  private planList?: Figure[];
  private readonly plannedBy = new Map<string, { list: Figure[]; members: Set<Figure>; unique?: Figure }>();
  /** What `earlier` gave, by count and place. */
  private readonly earlierBy = new Map<number, Map<number, readonly Figure[]>>();
  /** The time frame in force at each figure asked of (`timeFrame`). */
  private readonly frames = new Map<Figure, string>();

  constructor(
    private readonly nameIndex: NameIndex,
    private readonly groups: readonly ParagraphFigures[],
    private readonly figures: readonly Figure[],
  ) {}

  private get index(): Names {
    return (this.names ??= new Names(this.nameIndex, this.groups));
  }

  /** Every figure whose measure the words name, in the order of the draft. */
  named(words: string): Figure[] {
    const result = this.index.named(words);
    this.log.push({ words, result });
    return result;
  }

  /** Every figure of a plan, a task or a target. */
  plans(): Figure[] {
    const result = (this.planList ??= this.figures.filter((f) => PLAN.test(f.measure)));
    this.log.push({ result });
    return result;
  }

  /** The plans whose measure holds a noun, in a unit: worked out once per noun and unit, not once per rate. */
  planned(noun: string, unit: Figure['unit']): { list: Figure[]; members: Set<Figure>; unique?: Figure } {
    const plans = this.plans();
    const key = `${noun}\u0000${unit.kind}\u0000${unit.base}`;
    let found = this.plannedBy.get(key);
    if (!found) {
      const list = plans.filter((f) => compatible(f.unit, unit) && f.measure.includes(noun));
      this.plannedBy.set(key, (found = { list, members: new Set(list), unique: uniqueValue(list) }));
    }
    return found;
  }

  /**
   * The figures of the paragraphs just before the one being read (up to `count` of them that have figures), in the
   * order of the draft: where a whole stated in one paragraph is broken down in the next ones.
   */
  earlier(count = EARLIER_PARAGRAPHS): readonly Figure[] {
    // (each paragraph's kept relations ask again on every check, and a paragraph's readers ask several times: one list per place)
    let byAt = this.earlierBy.get(count);
    if (!byAt) this.earlierBy.set(count, (byAt = new Map()));
    let result = byAt.get(this.at);
    if (!result) byAt.set(this.at, (result = this.groups.slice(Math.max(0, this.at - count), this.at).flatMap((g) => g.figures)));
    this.log.push({ earlier: count, result });
    return result;
  }

  /**
   * The time frame in force at a figure (timeFrames.ts `timeFrameOf`: the year last named before it in its paragraph),
   * read once per figure and check, and shared: the paragraph readings ask it (a whole a share passes over for another
   * year's is asked of by every share that finds it), and DraftScopes' `timesAt.frame` (scopes.ts), built later for the
   * restatements of the whole draft, is this same memo (relationsOf passes it on). Of the figure's own paragraph only,
   * so no lookup to note.
   */
  readonly timeFrame = (f: Figure): string => {
    let frame = this.frames.get(f);
    if (frame === undefined) this.frames.set(f, (frame = timeFrameOf(f)));
    return frame;
  };

  /** Whether a figure's paragraph reading stands more than once in the draft (then it is no one place). */
  repeated(f: Figure): boolean {
    return this.index.repeated(f);
  }
}

/** How many paragraphs with figures before a paragraph `earlier` gives. */
export const EARLIER_PARAGRAPHS = 8;
/** How many a numbered list with its sub-items may take (四 items of two or three sub-items each, and the lead). */
export const LIST_PARAGRAPHS = 16;

/** The last of some figures if they all have one value, else undefined. */
export function uniqueValue(items: readonly Figure[]): Figure | undefined {
  if (items.length === 0) return undefined;
  const values = new Set(items.map((f) => f.normalized ?? NaN));
  return values.size === 1 ? items[items.length - 1] : undefined;
}

/** A figure of a relation: one of the paragraph's own, or the `at`-th figure a lookup of the paragraph gave. */
type FigureRef = { own: number } | { lookup: number; at: number };

/** The relations of a paragraph reading, kept in its memo entry (ParagraphReading.relations). */
export interface KeptRelations {
  /** As found, with the figures of the draft they were found in … */
  relations: Relation[];
  /** … and what each of those figures is, to find it again in a later draft. */
  refs: Map<Figure, FigureRef>;
  lookups: Array<{ words?: string; earlier?: number; result: readonly Figure[] }>;
  /** Where the paragraph stood when its relations were found. */
  offset: number;
}

/** The same, put in place with the paragraph's placed figures (PlacedReading.relations), reused while they are. */
export interface PlacedRelations {
  relations: Relation[];
  lookups: Array<readonly Figure[]>;
}

function figuresOf(e: Expr, out: Figure[]): void {
  if ('figure' in e) out.push(e.figure);
  else if ('op' in e) for (const a of e.args) figuresOf(a, out);
}

/** A relation with each figure replaced. */
function mapped(r: Relation, map: (f: Figure) => Figure): Relation {
  const expr = (e: Expr): Expr => {
    if ('figure' in e) return { ...e, figure: map(e.figure) };
    if ('constant' in e) return e;
    if (e.op === '+' || e.op === '-') return { op: e.op, args: e.args.map(expr) };
    if (e.op === 'yearly') return { ...e, args: [expr(e.args[0])] };
    return { ...e, args: [expr(e.args[0]), expr(e.args[1])] };
  };
  const out: Relation = { ...r, figures: r.figures.map(map), anchor: map(r.anchor) };
  if (r.reading) out.reading = { ...r.reading, left: expr(r.reading.left), right: expr(r.reading.right) };
  return out;
}

/** Relations as references to figures, or undefined when a figure cannot be referred to. */
export function keep(relations: Relation[], group: ParagraphFigures, lookups: Lookups): KeptRelations | undefined {
  const log = lookups.log;
  const refs = new Map<Figure, FigureRef>();
  const refOf = (f: Figure): FigureRef | undefined => {
    const own = group.figures.indexOf(f);
    if (own >= 0) return { own };
    if (lookups.repeated(f)) return undefined;
    for (let lookup = 0; lookup < log.length; lookup++) {
      const at = log[lookup]!.result.indexOf(f);
      if (at >= 0) return { lookup, at };
    }
    return undefined;
  };
  for (const r of relations) {
    const all = [...r.figures, r.anchor];
    if (r.reading) {
      figuresOf(r.reading.left, all);
      figuresOf(r.reading.right, all);
    }
    for (const f of all) {
      if (refs.has(f)) continue;
      const ref = refOf(f);
      if (!ref) return undefined;
      refs.set(f, ref);
    }
  }
  return { relations, refs, lookups: log, offset: group.para.offset };
}

/** Kept relations put in place with a paragraph's figures and the figures its lookups give now. */
export function restore(kept: KeptRelations, group: ParagraphFigures, results: ReadonlyArray<readonly Figure[]>): Relation[] {
  const now = (f: Figure): Figure => {
    const ref = kept.refs.get(f)!;
    return 'own' in ref ? group.figures[ref.own]! : results[ref.lookup]![ref.at]!;
  };
  return kept.relations.map((r) => mapped(r, now));
}

/**
 * The lookups a kept paragraph made, made again: their results if every one gives the figures it gave, each on
 * the same side of the paragraph as it was (relations read which figures come before them). A figure whose
 * paragraph stands more than once in the draft is then as good as the copy it gave: no relation refers to such a
 * figure (see `keep`), and the copies on each side of the paragraph come in the same order.
 */
export function sameLookups(before: KeptRelations, lookups: Lookups, offset: number): Array<readonly Figure[]> | undefined {
  const results: Array<readonly Figure[]> = [];
  for (const { words, earlier, result } of before.lookups) {
    const now = earlier !== undefined ? lookups.earlier(earlier) : words === undefined ? lookups.plans() : lookups.named(words);
    if (now.length !== result.length) return undefined;
    for (let i = 0; i < now.length; i++) {
      const f = now[i]!;
      const then = result[i]!;
      if (!sameFigure(f, then) || f.offset < offset !== then.offset < before.offset) return undefined;
    }
    results.push(now);
  }
  return results;
}

/** The same figure of the same paragraph reading, wherever the paragraph now stands. */
function sameFigure(a: Figure, b: Figure): boolean {
  if (a === b) return true;
  return a.origin !== undefined && a.origin === b.origin;
}

/**
 * The relations of each paragraph: kept from the last check while the paragraph's text and its lookups are the
 * same, found by `find` otherwise.
 */
export function paragraphRelations(groups: readonly ParagraphFigures[], lookups: Lookups, find: (group: ParagraphFigures) => Relation[]): Relation[] {
  const out: Relation[] = [];
  next: for (const [at, group] of groups.entries()) {
    lookups.at = at;
    const kept = group.reading.relations;
    // (a paragraph that stands several times in the draft, each copy with its own lookups, keeps one entry per copy:
    // with one entry, the copies would find their relations again in turn on every check)
    for (const before of kept ?? []) {
      lookups.log = [];
      const results = sameLookups(before, lookups, group.para.offset);
      if (!results) continue;
      const placed = group.placed.relations;
      const reuse = placed && placed.lookups.length === results.length && placed.lookups.every((r, i) => r.length === results[i]!.length && r.every((f, j) => f === results[i]![j]));
      const current = reuse ? placed : { relations: restore(before, group, results), lookups: results };
      if (!reuse) group.placed.relations = current;
      out.push(...current.relations);
      continue next;
    }
    lookups.log = [];
    const found = find(group);
    out.push(...found);
    const now = keep(found, group, lookups);
    if (now) {
      group.reading.relations = [now, ...(kept ?? []).slice(0, KEPT_COPIES - 1)];
      group.placed.relations = { relations: found, lookups: now.lookups.map((l) => l.result) };
    }
  }
  return out;
}

/** How many copies of one paragraph reading keep their relations (a paragraph repeated more often finds some again). */
const KEPT_COPIES = 8;

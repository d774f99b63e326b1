// What the engine keeps of a paragraph between checks, by the paragraph's text: a keystroke changes one
// paragraph, and only that one is read again. One memo type serves every reader that depends on nothing but a
// paragraph's text (the figures read from it, the findings of a rule that looks at one paragraph at a time);
// memos are held by a CheckCache (cache.ts), which its owner passes to `check`.

import type { Line } from './parse';

/**
 * The ordinal's place in its paragraph, as a key: two paragraphs with one text but other ordinals differ. A number
 * (each offset relative to the paragraph and below 4096), not a string: made for every paragraph on every check.
 */
function ordinalKey(line: Line): number {
  const o = line.ordinal;
  if (!o) return -1;
  const [a, b, c] = [o.offset - line.offset, o.markOffset - line.offset, o.endOffset - line.offset];
  return a < 4096 && b < 4096 && c < 4096 ? (a * 4096 + b) * 4096 + c : -2 - c;
}

/** One paragraph text's entry: what was read from it (offsets relative to the paragraph), and its placings. */
export interface MemoEntry<T, P> {
  value: T;
  /** The value put in place at the offsets the paragraph was last seen at (typing then deleting comes back to one). */
  placings: Map<number, P>;
}

const PLACINGS = 4;

/**
 * Values read from paragraphs, kept by a context (a rule's configured patterns, the years of the title), the
 * paragraph's ordinal, its source and its masked prose: the reader must depend on nothing else. Nested maps, not
 * a joined key: joining would copy and hash every paragraph of a long draft again on every keystroke. Bounded:
 * past `limit` entries the memo starts empty again.
 */
export class ParagraphMemo<T, P> {
  private readonly entries = new Map<string, Map<number, Map<string, Map<string, MemoEntry<T, P>>>>>();
  private size = 0;

  constructor(
    /** Puts a value read relative to a paragraph at the paragraph's offset. */
    private readonly place: (value: T, offset: number, para: Line) => P,
    private readonly limit = 50_000,
  ) {}

  /** The entry of a paragraph, read by `read` when its text is new. */
  entry(context: string, para: Line, read: (para: Line) => T): MemoEntry<T, P> {
    let byOrdinal = this.entries.get(context);
    if (!byOrdinal) this.entries.set(context, (byOrdinal = new Map()));
    const o = ordinalKey(para);
    let byRaw = byOrdinal.get(o);
    if (!byRaw) byOrdinal.set(o, (byRaw = new Map()));
    let byText = byRaw.get(para.source);
    if (!byText) byRaw.set(para.source, (byText = new Map()));
    let entry = byText.get(para.prose);
    if (!entry) {
      if (this.size >= this.limit) {
        this.entries.clear();
        this.size = 0;
      }
      entry = { value: read(para), placings: new Map() };
      byText.set(para.prose, entry);
      this.size++;
    }
    return entry;
  }

  /** The value put in place where the paragraph stands, reused while it stands there. */
  placed(entry: MemoEntry<T, P>, para: Line): P {
    let p = entry.placings.get(para.offset);
    if (p === undefined) {
      p = this.place(entry.value, para.offset, para);
      if (entry.placings.size >= PLACINGS) entry.placings.delete(entry.placings.keys().next().value!);
      entry.placings.set(para.offset, p);
    }
    return p;
  }
}

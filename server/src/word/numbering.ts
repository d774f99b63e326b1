// Word's automatic numbering (numbering.xml) turned into the labels the writer sees: “一、”, “（一）”, “1.”, “（1）”.
// Each paragraph that takes part in a list advances its level's counter; the label is the level's `lvlText` with
// every %N replaced by level N's counter in that level's format, followed by its suffix (a tab is dropped: a
// 公文 writes “一、工作进展情况” with nothing between; a space is kept).

import { formatNumber } from './numberFormats';
import type { Styles } from './styles';
import { child, childValue, elements, isOn, type XmlElement } from './xml';

export interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suffix: 'tab' | 'space' | 'nothing';
  /** `w:lvlRestart`: restart after a level at most this (1-based); 0 never; undefined after any higher level. */
  restart?: number;
  /** `w:isLgl`: every level's counter shown as a decimal number. */
  legal: boolean;
  /** The paragraph style that carries this level (`w:pStyle`), if any. */
  pStyle?: string;
}

interface AbstractNum {
  id: string;
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface Num {
  id: string;
  abstractId: string;
  /** Levels replaced by `w:lvlOverride/w:lvl`. */
  levels: Map<number, Level>;
  /** `w:lvlOverride/w:startOverride`: this list starts again from these values. */
  starts: Map<number, number>;
}

/** What a paragraph's numbering shows. */
export type Label = { kind: 'number'; text: string } | { kind: 'bullet' };

/** A paragraph's place in a list: `numId` 0 means “not numbered” (it switches off a style's numbering). */
export interface NumberingReference {
  numId: string;
  level: number;
}

const LEVELS = 9;

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function readLevel(lvl: XmlElement): Level {
  const suff = childValue(lvl, 'w:suff');
  const restart = childValue(lvl, 'w:lvlRestart');
  const level: Level = {
    start: int(childValue(lvl, 'w:start'), 0),
    numFmt: childValue(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: childValue(lvl, 'w:lvlText') ?? '',
    suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    legal: isOn(child(lvl, 'w:isLgl')) ?? false,
  };
  if (restart !== undefined) level.restart = int(restart, 0);
  const pStyle = childValue(lvl, 'w:pStyle');
  if (pStyle !== undefined) level.pStyle = pStyle;
  return level;
}

function readLevels(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of elements(parent, 'w:lvl')) {
    const ilvl = int(lvl.attributes['w:ilvl'], 0);
    if (ilvl >= 0 && ilvl < LEVELS && !levels.has(ilvl)) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  /** Counters of each list: keyed by abstract numbering, or by the num that restarts it. */
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly started = new Set<string>();

  constructor(
    root: XmlElement | undefined,
    private readonly styles: Styles,
  ) {
    for (const a of elements(root, 'w:abstractNum')) {
      const id = a.attributes['w:abstractNumId'];
      if (id === undefined) continue;
      this.abstracts.set(id, { id, levels: readLevels(a), numStyleLink: childValue(a, 'w:numStyleLink') });
    }
    for (const n of elements(root, 'w:num')) {
      const id = n.attributes['w:numId'];
      const abstractId = childValue(n, 'w:abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const num: Num = { id, abstractId, levels: new Map(), starts: new Map() };
      for (const o of elements(n, 'w:lvlOverride')) {
        const ilvl = int(o.attributes['w:ilvl'], 0);
        const start = childValue(o, 'w:startOverride');
        if (start !== undefined) num.starts.set(ilvl, int(start, 0));
        const lvl = child(o, 'w:lvl');
        if (lvl) num.levels.set(ilvl, readLevel(lvl));
      }
      this.nums.set(id, num);
    }
  }

  /** The abstract numbering a num shows, following a numbering style link (with a guard against loops). */
  private abstractOf(num: Num): AbstractNum | undefined {
    let abstract = this.abstracts.get(num.abstractId);
    for (let hops = 0; abstract?.numStyleLink !== undefined && hops < 8; hops++) {
      const numId = this.styles.numberingStyleNumId(abstract.numStyleLink);
      const linked = numId === undefined ? undefined : this.nums.get(numId);
      const next = linked ? this.abstracts.get(linked.abstractId) : undefined;
      if (!next || next === abstract) break;
      abstract = next;
    }
    return abstract;
  }

  private level(num: Num, abstract: AbstractNum, ilvl: number): Level | undefined {
    return num.levels.get(ilvl) ?? abstract.levels.get(ilvl);
  }

  /** The level a paragraph style carries (`w:pStyle` in a level), for a style whose numPr names no level. */
  levelOfStyle(numId: string, styleId: string | undefined): number | undefined {
    const num = this.nums.get(numId);
    const abstract = num && this.abstractOf(num);
    if (!abstract || styleId === undefined) return undefined;
    for (const [ilvl, level] of abstract.levels) if (level.pStyle === styleId) return ilvl;
    return undefined;
  }

  /** The label of the next paragraph of this list at this level; advances the counters. */
  next(ref: NumberingReference): Label | undefined {
    const num = this.nums.get(ref.numId);
    if (!num) return undefined;
    const abstract = this.abstractOf(num);
    if (!abstract) return undefined;
    const ilvl = Math.min(Math.max(ref.level, 0), LEVELS - 1);
    const level = this.level(num, abstract, ilvl);
    if (!level) return undefined;

    // a num with start overrides is a list of its own, from its first paragraph on
    const key = num.starts.size > 0 ? `num:${num.id}` : `abstract:${abstract.id}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = new Array<number | undefined>(LEVELS).fill(undefined);
      this.counters.set(key, counters);
    }
    if (num.starts.size > 0 && !this.started.has(num.id)) {
      this.started.add(num.id);
      for (const [l, start] of num.starts) if (l >= 0 && l < LEVELS) counters[l] = start - 1;
    }
    const startOf = (l: number): number => num.starts.get(l) ?? this.level(num, abstract, l)?.start ?? 0;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = this.level(num, abstract, deeper)?.restart;
      if (restart === undefined || (restart > 0 && ilvl < restart)) counters[deeper] = undefined;
    }

    if (level.numFmt === 'bullet') return { kind: 'bullet' };
    // %1…%9: the counter of that level in that level's format (decimal under isLgl); a level never used shows its start
    const text = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counters![l] ?? startOf(l);
      const format = level.legal ? 'decimal' : (this.level(num, abstract, l)?.numFmt ?? 'decimal');
      return formatNumber(value, format === 'bullet' ? 'decimal' : format);
    });
    return { kind: 'number', text: text + suffixAfter(text, level.suffix) };
  }
}

/**
 * What stands between the label and the text: a space when Word puts a space; for a tab, nothing after a label that
 * ends in punctuation (“一、”, “（一）”, “1.”), a space after one that ends in a letter or number (“第一条”), which would
 * otherwise run into the text.
 */
function suffixAfter(label: string, suffix: Level['suffix']): string {
  if (suffix === 'space') return ' ';
  if (suffix === 'nothing' || label === '') return '';
  return /[\p{L}\p{Nd}]$/u.test(label) ? ' ' : '';
}

// What one check keeps for the next: the Markdown read chunk by chunk, every paragraph's figures and relations,
// the tables read (tables/memo.ts), the lines judged web residue, the index of measures, and the findings of the rules that read one paragraph at a time. Held by whoever checks
// the same drafts again and again (the language server's checker, one run of the command line, a benchmark) and
// passed to `check`; a check without one starts cold. To forget everything, drop the object.

import { figureMemo, type Figure, type FigureMemo } from './figures/extract';
import { NameIndex, StatementMemo } from './figures/relations';
import { chunkReadings, type ChunkReadings } from './parse';
import { ResidueMemo } from './residue';
import { ParagraphFindings } from './rule';
import { TableMemo } from './tables/memo';

export class CheckCache {
  /** What the draft model took from each chunk of Markdown, by the chunk's text. */
  readonly chunks: ChunkReadings = chunkReadings();
  /** The tables of earlier drafts: an unchanged one is given as the same object, and its reading is kept by it. */
  readonly tables = new TableMemo();
  /** Which lines are web residue, by the line's text. */
  readonly residue = new ResidueMemo();
  /** Each paragraph's figures and the relations found in it, by the paragraph's text. */
  readonly figures: FigureMemo = figureMemo();
  /** Which figures a measure's words name, over the paragraph readings of the last draft checked. */
  readonly names = new NameIndex();
  /** What restatements work out once per paragraph reading's figure. */
  readonly statements = new StatementMemo();
  /** The kind keys (unit + name) of each count `numeral-style` groups, by the paragraph reading's figure. */
  readonly kindKeys = new WeakMap<Figure, readonly string[]>();
  private readonly findings = new Map<string, ParagraphFindings>();

  /** The findings a rule keeps by paragraph text. */
  findingsOf(ruleId: string): ParagraphFindings {
    let kept = this.findings.get(ruleId);
    if (!kept) this.findings.set(ruleId, (kept = new ParagraphFindings()));
    return kept;
  }
}

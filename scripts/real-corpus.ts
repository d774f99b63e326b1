// Scores the figure and table checks on the real corpus (tests/corpus/real/, format in its README.md).
//
//   npx tsx scripts/real-corpus.ts [--batch NAME]… [--misses] [--json FILE] [--root DIR (another corpus, for tests)]
//
// For each excerpt: runs the engine's `check`, and takes the findings of the figure rules (number-*, table-*).
// - a finding overlapping a figure of a relation that does not hold: that real error is caught;
// - any other figure-rule finding (on figures of holding relations only, or on no annotated figure): a false alarm.
//   False-alarm rate = false alarms ÷ holding relations (per batch, per relation kind, per rule);
// - broken-paragraph and web-residue findings inside an annotated table: table residue (each one is wrong).
// Mutants: for each holding relation, a copy of the excerpt with its anchor figure broken (a percentage moved by 5
// points, down if ≥ 95; an amount or count cut by a tenth at its written decimals, by at least one unit of its last
// digit; for an inequality, the anchor put a tenth below the other side), kept only when the verifier's arithmetic
// confirms the relation no longer holds; caught when a figure-rule finding overlaps a figure of that relation.
//
// The verifier (tests/corpus/real/verify.ts) is the oracle: a corpus it rejects is not scored.

import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { check, type Finding } from '../server/src/engine/index';
import { evaluateCheck, loadCorpus, parseFigure, type Excerpt, type ParsedFigure, type ResolvedFigure, type ResolvedRelation } from '../tests/corpus/real/verify';

const FIGURE_RULE = /^(?:number|table)-/;
const RESIDUE_RULES = new Set(['broken-paragraph', 'web-residue']);

interface Span {
  offset: number;
  endOffset: number;
}

const overlaps = (f: Span, s: Span): boolean => f.offset < s.endOffset && s.offset < Math.max(f.endOffset, f.offset + 1);

// ---------------------------------------------------------------------------------------------------------------
// Mutants

const CN_NUM = '零一二三四五六七八九';

function chineseNumeral(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= 1e4) return undefined;
  if (n === 0) return '零';
  const digits = String(n).split('').map(Number);
  const units = ['千', '百', '十', ''].slice(4 - digits.length);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[i] ?? ''; // one unit per digit: n < 10 000 has at most four
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : CN_NUM.charAt(d)) + unit;
  });
  return out;
}

/** Thousands grouped with the separator the written figure uses (`1,200`, or `321 146` as GB/T 15835-2011 5.1.3 allows). */
function group(intPart: string, separator: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** The written figure with its number replaced by `value` (base units), keeping multiplier, unit and decimals. */
function rewrite(written: string, parsed: ParsedFigure, value: number): string | undefined {
  // (the decimal point as written: 175．39亿元 keeps its full-width point, not 157.85．39亿元)
  const number = /^[+\-−－]?(?:\d{1,3}(?:[,，]\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(?:[.．]\d+)?/.exec(written);
  const scaled = value / parsed.multiplier;
  let text: string;
  let length: number;
  if (parsed.chinese) {
    const cn = /^[〇零一二两三四五六七八九十百千]+/.exec(written);
    const n = chineseNumeral(Math.round(scaled));
    if (!cn || !n || parsed.decimals > 0) return undefined;
    text = n;
    length = cn[0].length;
  } else {
    if (!number) return undefined;
    const fixed = Math.abs(scaled).toFixed(parsed.decimals);
    const [i, f] = fixed.split('.');
    const separator = /[,， \u00a0\u2009\u202f]/.exec(number[0])?.[0] ?? ',';
    const point = number[0].includes('．') ? '．' : '.';
    text = (scaled < 0 ? '-' : '') + (parsed.grouped ? group(i!, separator) : i!) + (f ? `${point}${f}` : '');
    length = number[0].length;
  }
  return text + written.slice(length);
}

function unitOf(p: ParsedFigure): number {
  return 10 ** -p.decimals * p.multiplier;
}

/** Which side of the check the anchor stands alone on, if any. */
function aloneSide(r: ResolvedRelation): 'left' | 'right' | undefined {
  const c = r.parsedCheck;
  if (c.left.k === 'id' && c.left.v === r.spec.anchor) return 'left';
  if (c.right.k === 'id' && c.right.v === r.spec.anchor) return 'right';
  return undefined;
}

export interface Mutant {
  relation: ResolvedRelation;
  text: string;
  /** The relation's figures in the mutated text. */
  spans: Span[];
  from: string;
  to: string;
}

/** Break the anchor of a holding relation; undefined when no broken copy can be made (the verifier disagrees). */
export function mutate(excerpt: Excerpt, r: ResolvedRelation): Mutant | undefined {
  const anchor = r.figures[r.spec.anchor]!;
  const p = anchor.parsed;
  let value: number;
  const comparator = r.outcome.comparator;
  if (comparator === '=') {
    if (p.form === 'percent' || p.form === 'permille' || p.form === 'points') value = p.value >= 95 ? p.value - 5 : p.value + 5;
    else {
      const unit = unitOf(p);
      value = Math.round((p.value * 0.9) / unit) * unit;
      if (Math.abs(value - p.value) < unit / 2) value = p.value - unit;
    }
  } else {
    const side = aloneSide(r);
    if (!side) return undefined;
    // the anchor is the bigger side (t >= a + b, a + b <= t): put it a tenth below the other side
    const anchorIsBig = (side === 'left') === (comparator === '>=' || comparator === '>');
    if (!anchorIsBig) return undefined;
    const others = side === 'left' ? r.outcome.right : r.outcome.left;
    const unit = unitOf(p);
    value = Math.floor((others.lo * 0.9) / unit) * unit;
  }
  const to = rewrite(anchor.text, p, value);
  if (to === undefined || to === anchor.text) return undefined;
  let broken: ParsedFigure;
  try {
    broken = parseFigure(to, anchor.unitGiven, anchor.rounded);
  } catch {
    return undefined;
  }
  const values = Object.fromEntries(Object.entries(r.figures).map(([role, f]) => [role, role === r.spec.anchor ? broken.interval : f.parsed.interval]));
  if (evaluateCheck(r.parsedCheck, values).holds) return undefined;
  const delta = to.length - anchor.text.length;
  const text = excerpt.text.slice(0, anchor.offset) + to + excerpt.text.slice(anchor.endOffset);
  const spans = Object.values(r.figures).map((f: ResolvedFigure) =>
    f === anchor
      ? { offset: f.offset, endOffset: f.offset + to.length }
      : f.offset > anchor.offset
        ? { offset: f.offset + delta, endOffset: f.endOffset + delta }
        : { offset: f.offset, endOffset: f.endOffset },
  );
  return { relation: r, text, spans, from: anchor.text, to };
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring

interface FalseAlarm {
  batch: string;
  excerpt: string;
  rule: string;
  /** The kind of the holding relation whose figure the finding falls on, or '(unannotated)'. */
  kind: string;
  relation?: string;
  context: string;
  message: string;
}

interface ErrorResult {
  batch: string;
  excerpt: string;
  relation: string;
  kind: string;
  check: string;
  note: string;
  caughtBy: string[];
}

interface MutantResult {
  batch: string;
  excerpt: string;
  relation: string;
  kind: string;
  from: string;
  to: string;
  caughtBy: string[];
}

interface Residue {
  batch: string;
  excerpt: string;
  rule: string;
  context: string;
}

interface ExcerptResult {
  batch: string;
  excerpt: string;
  kind: string;
  relations: { id: string; kind: string; holds: boolean }[];
  falseAlarms: FalseAlarm[];
  errors: ErrorResult[];
  mutants: MutantResult[];
  mutantsNotBuilt: string[];
  residue: Residue[];
  figureFindings: number;
}

function context(text: string, f: Span): string {
  return `${text.slice(Math.max(0, f.offset - 25), f.offset)}【${text.slice(f.offset, Math.max(f.endOffset, f.offset + 1))}】${text.slice(Math.max(f.endOffset, f.offset + 1), Math.max(f.endOffset, f.offset + 1) + 25)}`.replace(
    /\n/g,
    '⏎',
  );
}

function figureSpans(r: ResolvedRelation): Span[] {
  return Object.values(r.figures);
}

export function scoreExcerpt(e: Excerpt): ExcerptResult {
  const findings = check(e.text).findings;
  const figureFindings = findings.filter((f) => FIGURE_RULE.test(f.rule));
  const result: ExcerptResult = {
    batch: e.batch,
    excerpt: e.id,
    kind: e.annotation.kind,
    relations: e.relations.map((r) => ({ id: r.spec.id, kind: r.spec.kind, holds: r.spec.holds })),
    falseAlarms: [],
    errors: [],
    mutants: [],
    mutantsNotBuilt: [],
    residue: [],
    figureFindings: figureFindings.length,
  };
  const caught = new Map<ResolvedRelation, string[]>();
  for (const f of figureFindings) {
    const on = e.relations.filter((r) => figureSpans(r).some((s) => overlaps(f, s)));
    const broken = on.filter((r) => !r.spec.holds);
    if (broken.length > 0) {
      for (const r of broken) caught.set(r, [...(caught.get(r) ?? []), f.rule]);
      continue;
    }
    // attribute the false alarm to the relation whose anchor it falls on, else to the first it touches
    const r = on.find((x) => overlaps(f, x.figures[x.spec.anchor]!)) ?? on[0];
    result.falseAlarms.push({ batch: e.batch, excerpt: e.id, rule: f.rule, kind: r ? r.spec.kind : '(unannotated)', relation: r?.spec.id, context: context(e.text, f), message: f.message });
  }
  for (const r of e.relations.filter((x) => !x.spec.holds)) {
    result.errors.push({ batch: e.batch, excerpt: e.id, relation: r.spec.id, kind: r.spec.kind, check: r.spec.check, note: r.spec.note ?? '', caughtBy: caught.get(r) ?? [] });
  }
  for (const f of findings.filter((x) => RESIDUE_RULES.has(x.rule))) {
    if (e.tables.some((t) => overlaps(f, t))) result.residue.push({ batch: e.batch, excerpt: e.id, rule: f.rule, context: context(e.text, f) });
  }
  for (const r of e.relations.filter((x) => x.spec.holds)) {
    const m = mutate(e, r);
    if (!m) {
      result.mutantsNotBuilt.push(r.spec.id);
      continue;
    }
    const hits = check(m.text).findings.filter((f: Finding) => FIGURE_RULE.test(f.rule) && m.spans.some((s) => overlaps(f, s)));
    result.mutants.push({ batch: e.batch, excerpt: e.id, relation: r.spec.id, kind: r.spec.kind, from: m.from, to: m.to, caughtBy: [...new Set(hits.map((f) => f.rule))] });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

interface Tally {
  excerpts: number;
  hold: number;
  notHold: number;
  falseAlarms: number;
  errorsCaught: number;
  errors: number;
  mutantsCaught: number;
  mutants: number;
  residue: number;
}

const emptyTally = (): Tally => ({ excerpts: 0, hold: 0, notHold: 0, falseAlarms: 0, errorsCaught: 0, errors: 0, mutantsCaught: 0, mutants: 0, residue: 0 });

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((n / d) * 100).toFixed(1)}%`);

function tallyBy(results: ExcerptResult[], keyOf: (kind: string, r: ExcerptResult) => string, byRelationKind: boolean): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const get = (k: string): Tally => {
    if (!out.has(k)) out.set(k, emptyTally());
    return out.get(k)!;
  };
  for (const r of results) {
    if (!byRelationKind) {
      const t = get(keyOf('', r));
      t.excerpts++;
      t.residue += r.residue.length;
    }
    for (const rel of r.relations) {
      const t = get(keyOf(rel.kind, r));
      if (rel.holds) t.hold++;
      else t.notHold++;
    }
    for (const fa of r.falseAlarms) get(keyOf(fa.kind, r)).falseAlarms++;
    for (const er of r.errors) {
      const t = get(keyOf(er.kind, r));
      t.errors++;
      if (er.caughtBy.length) t.errorsCaught++;
    }
    for (const m of r.mutants) {
      const t = get(keyOf(m.kind, r));
      t.mutants++;
      if (m.caughtBy.length) t.mutantsCaught++;
    }
  }
  return out;
}

function table(title: string, first: string, rows: Map<string, Tally>, withExcerpts: boolean): string {
  const head = withExcerpts
    ? `| ${first} | excerpts | relations (hold / not) | false alarms | FA rate | real errors caught | mutants caught | table residue |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`
    : `| ${first} | relations (hold / not) | false alarms | FA rate | real errors caught | mutants caught |\n| --- | ---: | ---: | ---: | ---: | ---: |`;
  const lines = [...rows].map(([k, t]) => {
    const cells = [
      k,
      ...(withExcerpts ? [String(t.excerpts)] : []),
      `${t.hold + t.notHold} (${t.hold} / ${t.notHold})`,
      String(t.falseAlarms),
      pct(t.falseAlarms, t.hold),
      `${t.errorsCaught} / ${t.errors}`,
      `${t.mutantsCaught} / ${t.mutants} (${pct(t.mutantsCaught, t.mutants)})`,
      ...(withExcerpts ? [String(t.residue)] : []),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return `\n### ${title}\n\n${head}\n${lines.join('\n')}`;
}

function total(rows: Map<string, Tally>): Tally {
  const t = emptyTally();
  for (const x of rows.values()) for (const k of Object.keys(t) as (keyof Tally)[]) t[k] += x[k];
  return t;
}

function ruleTable(results: ExcerptResult[]): string {
  const hold = results.reduce((n, r) => n + r.relations.filter((x) => x.holds).length, 0);
  const rules = new Map<string, { fa: number; errors: number; mutants: number }>();
  const get = (k: string) => rules.get(k) ?? rules.set(k, { fa: 0, errors: 0, mutants: 0 }).get(k)!;
  for (const r of results) {
    for (const fa of r.falseAlarms) get(fa.rule).fa++;
    for (const er of r.errors) for (const rule of new Set(er.caughtBy)) get(rule).errors++;
    for (const m of r.mutants) for (const rule of m.caughtBy) get(rule).mutants++;
  }
  const lines = [...rules].sort(([a], [b]) => a.localeCompare(b)).map(([rule, t]) => `| \`${rule}\` | ${t.fa} | ${pct(t.fa, hold)} | ${t.errors} | ${t.mutants} |`);
  return `\n### By rule (false-alarm rate over all ${hold} holding relations)\n\n| rule | false alarms | FA rate | real errors caught | mutants caught |\n| --- | ---: | ---: | ---: | ---: |\n${lines.join('\n') || '| (no finding) | 0 | 0.0% | 0 | 0 |'}`;
}

function engineCommit(): string {
  try {
    const git = (args: string): string => execSync(`git ${args}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const engine = git('log -1 --format=%h -- server/src');
    const head = git('rev-parse --short HEAD');
    const dirty = git('status --porcelain -- server/src');
    return `${engine} (last commit touching server/src; branch head ${head}${dirty ? '; server/src modified' : ''})`;
  } catch {
    return 'unknown';
  }
}

export function report(results: ExcerptResult[], misses: boolean): string {
  const out: string[] = [];
  const byBatch = tallyBy(results, (_k, r) => r.batch, false);
  const all = total(byBatch);
  out.push(`## Real corpus: ${results.length} excerpts, ${all.hold + all.notHold} relations, engine at ${engineCommit()}`);
  out.push(table('By batch', 'batch', new Map([...byBatch, ['all', all]]), true));
  const unannotated = results.reduce((n, r) => n + r.falseAlarms.filter((f) => f.kind === '(unannotated)').length, 0);
  out.push(
    table(
      'By relation kind',
      'kind',
      tallyBy(results, (k) => k, true),
      false,
    ),
  );
  out.push(`\nFalse alarms on no annotated figure: ${unannotated} (counted in the batch totals, under "(unannotated)" above).`);
  out.push(
    table(
      'By kind of text',
      'kind of text',
      tallyBy(results, (_k, r) => r.kind, false),
      true,
    ),
  );
  out.push(ruleTable(results));
  const notBuilt = results.reduce((n, r) => n + r.mutantsNotBuilt.length, 0);
  out.push(`\nMutants not built (the verifier found no broken copy, e.g. an inequality whose anchor is not alone on its side): ${notBuilt}.`);
  if (misses) {
    out.push('\n### False alarms');
    for (const r of results)
      for (const f of r.falseAlarms) out.push(`- ${f.batch}/${f.excerpt} \`${f.rule}\` on ${f.kind}${f.relation ? ` «${f.relation}»` : ''}: …${f.context}…\n  ${f.message.replace(/\n/g, ' ')}`);
    out.push('\n### Real errors missed');
    for (const r of results) for (const e of r.errors.filter((x) => x.caughtBy.length === 0)) out.push(`- ${e.batch}/${e.excerpt} «${e.relation}» (${e.kind}) ${e.check}: ${e.note}`);
    out.push('\n### Mutants missed');
    for (const r of results) for (const m of r.mutants.filter((x) => x.caughtBy.length === 0)) out.push(`- ${m.batch}/${m.excerpt} «${m.relation}» (${m.kind}) ${m.from} → ${m.to}`);
    out.push('\n### Table residue');
    for (const r of results) for (const x of r.residue) out.push(`- ${x.batch}/${x.excerpt} \`${x.rule}\`: …${x.context}…`);
  }
  return out.join('\n');
}

function main(argv: string[]): number {
  const chosen: string[] = [];
  let jsonFile: string | undefined;
  let root: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--batch' && argv[i + 1]) chosen.push(argv[++i]!);
    else if (argv[i] === '--json' && argv[i + 1]) jsonFile = argv[++i];
    else if (argv[i] === '--root' && argv[i + 1]) root = argv[++i];
  }
  const { excerpts, problems } = loadCorpus({ ...(root ? { root } : {}), ...(chosen.length ? { batches: chosen } : {}) });
  if (problems.length) {
    console.error(`The real corpus has ${problems.length} bad annotation(s) (npx tsx tests/corpus/real/verify.ts):\n${problems.map((p) => `✗ ${p}`).join('\n')}`);
    return 1;
  }
  const results = excerpts.map(scoreExcerpt);
  console.log(report(results, argv.includes('--misses')));
  if (jsonFile) {
    writeFileSync(jsonFile, `${JSON.stringify({ engine: engineCommit(), batches: chosen.length ? chosen : 'all', results }, null, 1)}\n`);
    console.log(`\nwrote ${jsonFile}`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

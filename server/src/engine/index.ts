// The engine's public surface: text in, findings out. Code outside server/src/engine (the language server, the
// command line, Word export and import, the extension and its previews) imports the engine only from here
// (ESLint's no-restricted-imports refuses the rest; tests and scripts may reach the internals they test).

export { CheckCache } from './cache';
export { check, checkDraft, applyEdits, fixEdits, safeFixEdits, type CheckOptions, type CheckResult, type RuleTimings } from './check';
export { parseDraft, type Draft } from './parse';
export { rules, ruleById } from './rules';
export type { DirectiveProblem, Finding, Severity, Span, TextEdit } from './types';
export { formatGfmTable, gfmCell, tableData, type Table, type TableAlign, type TableCell, type TableData, type TableRow, type TableSource } from './tables/model';
export { VERSION } from './version';
export { blankFrontMatter, readFrontMatter, type FrontMatter } from './frontMatter';
export { readOrdinal, type Ordinal, type OrdinalLevel } from './ordinals';
export { defaultConfig, resolveConfig, type ConfigResult, type ResolvedConfig } from './config';
export { readsAsOfficialProse } from './detect';
export { explainAt, type CellExplanation, type Explanation, type FigureExplanation, type FindingExplanation, type RelationExplanation } from './explain';
export { outline, type Section } from './sections';
export { LineIndex, quote } from './text';
export { ordinalNumeral } from './ordinals';

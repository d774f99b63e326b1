// The engine's public surface, for the command line, the language server and the benchmarks: text in,
// findings out.

export { CheckCache } from './cache';
export { check, checkDraft, applyEdits, fixEdits, safeFixEdits, type CheckOptions, type CheckResult } from './check';
export { parseDraft, type Draft } from './parse';
export { rules } from './rules';
export type { Finding, TextEdit } from './types';
export { formatGfmTable, gfmCell, tableData, type Table, type TableAlign, type TableCell, type TableData, type TableRow, type TableSource } from './tables/model';
export { VERSION } from './version';
export { blankFrontMatter, readFrontMatter, type FrontMatter } from './frontMatter';
export { readOrdinal, type Ordinal, type OrdinalLevel } from './ordinals';

// The engine's public surface, for the command line, the language server and the benchmarks: text in,
// findings out.

export { check, checkDraft, applyEdits, fixEdits, safeFixEdits, type CheckOptions, type CheckResult } from './check';
export { parseDraft, clearParseCache, type Draft } from './parse';
export { rules } from './rules';
export type { Finding, TextEdit } from './types';

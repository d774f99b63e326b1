// The engine's public shapes: what a rule reports and what the command line and the language server read.
// Every offset is a UTF-16 code unit index into the checked text (what JavaScript strings use).

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A half-open range [offset, endOffset) of the checked text. */
export interface Span {
  offset: number;
  endOffset: number;
}

/** One replacement; a fix is a list of non-overlapping edits applied together. */
export interface TextEdit extends Span {
  text: string;
}

/** Another place that explains a finding, e.g. the other statement of a conflicting figure. */
export interface RelatedSpan extends Span {
  message: string;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  /** Link to the rule's documentation. */
  docUrl: string;
  fix?: TextEdit[];
  /** True when the fix may be applied without review (`source.fixAll`, `gongwen check --fix`). */
  safeFix?: boolean;
  related?: RelatedSpan[];
}

/** A name in a `<!-- gongwen-disable… -->` comment that is no rule id: the comment silences nothing by it. */
export interface DirectiveProblem extends Span {
  /** The name as written. */
  name: string;
  message: string;
  /** The rule id it most likely meant. */
  suggestion?: string;
}

/** What a rule hands to `report`: the rule id, severity and doc link are stamped on by the engine. */
export interface Report extends Span {
  message: string;
  fix?: TextEdit[];
  /** Overrides the rule's `safeFix` for this one fix. */
  safeFix?: boolean;
  related?: RelatedSpan[];
  /** A hint where the rule's finding would overstate it (parts that may overlap): never more severe than the rule's setting. */
  severity?: 'hint';
}

/** 文种: the kind of document, read from the title or set in configuration. */
export type DocumentType =
  | 'work-report' // 工作汇报 / 情况汇报 / 报告 / 工作总结: held to 进展 → 问题 → 措施
  | 'debriefing' // 述职报告
  | 'research-report' // 调研报告
  | 'request' // 请示
  | 'notice' // 通知
  | 'letter' // 函
  | 'minutes' // 纪要
  | 'plan' // 方案 / 计划 / 要点
  | 'other';

export const DOCUMENT_TYPES: readonly DocumentType[] = ['work-report', 'debriefing', 'research-report', 'request', 'notice', 'letter', 'minutes', 'plan', 'other'];

// Every rule, in one explicit list (no folder scanning: bundles break it). Adding a rule touches its file,
// its docs/rules/<id>.md and this list; tests/engine/rules-consistency.test.ts checks the three agree.

import type { Rule } from '../rule';
import placeholder from './placeholder';
import structureSections from './structure-sections';
import headingSequence from './heading-sequence';
import enumerationSequence from './enumeration-sequence';
import punctuationWidth from './punctuation-width';
import webResidue from './web-residue';
import brokenParagraph from './broken-paragraph';
import requestInReport from './request-in-report';
import numberSum from './number-sum';
import numberRatio from './number-ratio';
import numberConflict from './number-conflict';
import numeralStyle from './numeral-style';
import numberFormat from './number-format';
import documentNumber from './document-number';

export const rules: readonly Rule[] = [
  placeholder,
  structureSections,
  headingSequence,
  enumerationSequence,
  punctuationWidth,
  webResidue,
  brokenParagraph,
  requestInReport,
  numberSum,
  numberRatio,
  numberConflict,
  numeralStyle,
  numberFormat,
  documentNumber,
] as Rule[];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

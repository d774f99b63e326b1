// What the editor should show, computed by the same engine the language server runs.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, check, safeFixEdits } from '../../../server/src/engine/check';
import type { Finding } from '../../../server/src/engine/types';
import { LineIndex } from '../../../server/src/engine/text';
import { session } from './session';

export interface ExpectedFinding extends Finding {
  /** 1-based, as the Problems panel shows them. */
  line: number;
  column: number;
}

export function workspaceText(relative: string): string {
  return readFileSync(join(session().workspace, relative), 'utf8');
}

export function findings(text: string): ExpectedFinding[] {
  const index = new LineIndex(text);
  return check(text).findings.map((f) => {
    const { line, column } = index.lineColumn(f.offset);
    return { ...f, line, column };
  });
}

/** The text after one round of `source.fixAll`: every safe fix that does not overlap another. */
export function fixAll(text: string): string {
  return applyEdits(text, safeFixEdits(check(text).findings));
}

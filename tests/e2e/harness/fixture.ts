// The workspace the editor tests open: the project's example drafts plus the files in tests/e2e/fixtures.
// Shared by the Playwright scenarios and the in-editor API tests (both runners).

import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

export const seedExample = 'examples/县高质量项目推进年活动开展情况的汇报.md';

/** Fills `dir` (created if missing) with a fresh copy of the fixture workspace; returns `dir`. */
export function createWorkspace(dir: string): string {
  mkdirSync(dir, { recursive: true });
  cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  cpSync(join(repoRoot, 'tests', 'e2e', 'fixtures'), dir, { recursive: true });
  return dir;
}

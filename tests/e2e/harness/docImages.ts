// Screenshots for the README, taken by the scenarios when E2E_DOC_IMAGES=1 (`npm run docs:images`), and
// pictures of what a user sees, left by every run in test-results/e2e/looks/ for a person to look at.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, resultsDir } from './paths';
import type { Workbench } from './workbench';

export async function docImage(workbench: Workbench, name: string): Promise<void> {
  if (process.env.E2E_DOC_IMAGES !== '1') return;
  await workbench.hideTestHost();
  await workbench.screenshot(join(repoRoot, 'docs', 'images', name));
}

/** A picture of the window as it is, in test-results/e2e/looks/<name>.png (git-ignored), to be looked at. */
export async function look(workbench: Workbench, name: string): Promise<string> {
  const dir = join(resultsDir, 'looks');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await workbench.screenshot(path);
  return path;
}

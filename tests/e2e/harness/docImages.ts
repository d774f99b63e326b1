// Screenshots for the README, taken by the scenarios when E2E_DOC_IMAGES=1 (`npm run docs:images`).

import { join } from 'node:path';
import { repoRoot } from './paths';
import type { Workbench } from './workbench';

export async function docImage(workbench: Workbench, name: string): Promise<void> {
  if (process.env.E2E_DOC_IMAGES !== '1') return;
  await workbench.hideTestHost();
  await workbench.screenshot(join(repoRoot, 'docs', 'images', name));
}

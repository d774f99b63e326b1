// Where the real-VS-Code tests find the project and put what they leave behind.

import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');
/** Screenshots and logs of failed scenarios (git-ignored). */
export const resultsDir = join(repoRoot, 'test-results', 'e2e');
/** The extension under test: what `npm run package` builds, or another build named by GONGWEN_E2E_VSIX. */
export const vsixPath = process.env.GONGWEN_E2E_VSIX ?? join(repoRoot, 'gongwen-assistant.vsix');

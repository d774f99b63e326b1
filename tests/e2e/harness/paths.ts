// Where the real-VS-Code tests find the project and put what they leave behind.

import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');
/** Screenshots and logs of failed scenarios (git-ignored). */
export const resultsDir = join(repoRoot, 'test-results', 'e2e');
export const vsixPath = join(repoRoot, 'gongwen-assistant.vsix');

// The same engine through the command line: what the editor should show for a file.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths';

export interface CliFinding {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

export function cliFindings(file: string): CliFinding[] {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [join(repoRoot, 'bin', 'gongwen.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  } catch (error) {
    // Exit status 1 means "error-level findings", with the JSON on stdout all the same.
    stdout = (error as { stdout?: string }).stdout ?? '';
  }
  const [result] = JSON.parse(stdout) as Array<{ diagnostics: CliFinding[] }>;
  return result.diagnostics;
}

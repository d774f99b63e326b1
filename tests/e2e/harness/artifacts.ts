// What a failed scenario leaves behind: a screenshot, the code-server log and the user-data logs
// (extension host logs, the language client's output channel), under test-results/e2e/<test>/.

import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { repoRoot, resultsDir } from './paths';
import { session } from './session';
import type { Workbench } from './workbench';

export async function saveFailureArtifacts(title: string, workbench: Workbench | undefined): Promise<string> {
  const dir = join(resultsDir, slug(title));
  mkdirSync(dir, { recursive: true });
  const saved: string[] = [];
  if (workbench && !workbench.page.isClosed()) {
    try {
      await workbench.screenshot(join(dir, 'screenshot.png'));
      saved.push('screenshot.png');
    } catch (error) {
      saved.push(`(no screenshot: ${String(error)})`);
    }
  }
  const s = session();
  if (existsSync(s.server.options.logFile)) {
    cpSync(s.server.options.logFile, join(dir, 'code-server.log'));
    saved.push('code-server.log');
  }
  const logs = join(s.userDataDir, 'logs');
  if (existsSync(logs)) {
    // Windows open one at a time, each with a new extension host: the newest exthost<N> is this test's.
    const newest = newestExtensionHost(logs);
    cpSync(logs, join(dir, 'logs'), { recursive: true, filter: (src) => !/^exthost\d+$/.test(basename(src)) || src === newest });
    saved.push(...findExtensionHostLogs(join(dir, 'logs')).map((f) => relative(dir, f)));
  }
  const where = relative(repoRoot, dir);
  console.log(`\n    e2e artifacts for "${title}" in ${where}/:\n      ${saved.join('\n      ')}\n`);
  return dir;
}

function newestExtensionHost(logs: string): string | undefined {
  let newest: { path: string; n: number; session: string } | undefined;
  for (const entry of readdirSync(logs, { withFileTypes: true, recursive: true })) {
    const m = /^exthost(\d+)$/.exec(entry.name);
    if (!entry.isDirectory() || !m) continue;
    const candidate = { path: join(entry.parentPath, entry.name), n: Number(m[1]), session: entry.parentPath };
    if (!newest || candidate.session > newest.session || (candidate.session === newest.session && candidate.n > newest.n)) newest = candidate;
  }
  return newest?.path;
}

function findExtensionHostLogs(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && (entry.name === 'remoteexthost.log' || /公文助手|gongwen/i.test(entry.name))) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

function slug(title: string): string {
  return title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

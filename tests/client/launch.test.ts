// F5 as the README says: .vscode/launch.json runs the extension in an Extension Development Host after the
// watch task's first build, and attaches to the language server on the port the client opens in debug mode.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

interface LaunchConfig {
  name: string;
  type: string;
  request: string;
  args?: string[];
  port?: number;
  outFiles: string[];
  preLaunchTask?: string;
}
interface Task {
  label: string;
  type: string;
  script: string;
  isBackground: boolean;
  problemMatcher: { pattern: { regexp: string }; background: { beginsPattern: string; endsPattern: string } };
}

describe('F5: launch and tasks', () => {
  const launch = json<{ configurations: LaunchConfig[]; compounds: Array<{ configurations: string[] }> }>('.vscode/launch.json');
  const tasks = json<{ tasks: Task[] }>('.vscode/tasks.json').tasks;
  const client = launch.configurations.find((c) => c.type === 'extensionHost')!;
  const server = launch.configurations.find((c) => c.type === 'node' && c.request === 'attach')!;

  it('runs the extension from this folder after the watch task has built it', () => {
    assert.ok(client.args?.includes('--extensionDevelopmentPath=${workspaceFolder}'));
    const task = tasks.find((t) => t.label === client.preLaunchTask);
    assert.ok(task, `no task ${client.preLaunchTask}`);
    assert.equal(task.type, 'npm');
    assert.equal(json<{ scripts: Record<string, string> }>('package.json').scripts[task.script], 'node scripts/build.mjs --watch');
    assert.ok(task.isBackground);
  });

  it('waits for the lines the watch build prints, and reads its errors', () => {
    const task = tasks.find((t) => t.label === client.preLaunchTask)!;
    const build = readFileSync(join(root, 'scripts', 'build.mjs'), 'utf8');
    const printed = [...build.matchAll(/console\.log\('([^']+)'\)/g)].map((m) => m[1]!);
    assert.ok(
      printed.some((line) => new RegExp(task.problemMatcher.background.beginsPattern).test(line)),
      'begins',
    );
    assert.ok(
      printed.some((line) => new RegExp(task.problemMatcher.background.endsPattern).test(line)),
      'ends',
    );
    const error = new RegExp(task.problemMatcher.pattern.regexp).exec('server/src/cli.ts:12:7: error: Expected ";" but found "x"');
    assert.deepEqual(error?.slice(1), ['server/src/cli.ts', '12', '7', 'Expected ";" but found "x"']);
  });

  it('attaches to the language server on the port of the client’s debug options, with source maps', () => {
    const languageClient = readFileSync(join(root, 'client', 'src', 'languageClient.ts'), 'utf8');
    assert.equal(server.port, Number(/--inspect=(\d+)/.exec(languageClient)![1]));
    for (const c of [client, server]) assert.deepEqual(c.outFiles, ['${workspaceFolder}/dist/**/*.js']);
    assert.deepEqual(launch.compounds[0]!.configurations, [client.name, server.name]);
  });
});

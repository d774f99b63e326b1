// How a writer gets the `gongwen` command outside the clone (README: 安装): `npm pack` makes a tarball of the
// command line alone (.npmignore), `npm install -g` installs it with nothing to download (every shipped file is
// a bundle: the package has no runtime dependencies), and `gongwen check` runs from any folder.

import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = join(__dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  assert.equal(r.status, 0, `${command} ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r;
}

describe('gongwen installed from npm pack', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-install-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('packs the command line alone, installs it globally offline, and checks a draft anywhere', () => {
    // the bundle npm test built; --ignore-scripts: packing must not build again
    const packed = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root).stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    assert.deepEqual(packed[0]!.files.map((f) => f.path).sort(), ['LICENSE', 'README.md', 'bin/gongwen.js', 'dist/cli.js', 'package.json']);

    const prefix = join(dir, 'prefix');
    run(npm, ['install', '--global', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', prefix, join(dir, packed[0]!.filename)], dir);
    const installed = join(prefix, 'lib', 'node_modules', 'gongwen-assistant');
    assert.ok(existsSync(installed), readdirSync(prefix).join(' '));
    assert.ok(!existsSync(join(installed, 'node_modules')), 'a runtime dependency was installed');

    // a writer's folder, far from the clone, with the command on PATH
    const writer = join(dir, '材料');
    mkdirSync(writer);
    writeFileSync(join(writer, '汇报.md'), '# 关于项目情况的汇报\n\n共安排项目12个（新建5个、续建6个）。\n');
    const env = { ...process.env, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}`, NO_COLOR: '1' };
    const r = spawnSync('gongwen', ['check', '汇报.md'], { cwd: writer, env, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^汇报\.md:3:6 {2}错误 {2}分项之和与总数不符：新建5个 \+ 续建6个 = 11个/m);
    assert.match(spawnSync('gongwen', ['--version'], { cwd: writer, env, encoding: 'utf8' }).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

// Bundles the in-editor suite with esbuild: as the extensionTestsPath module for @vscode/test-electron,
// and inside the test host extension (a .vsix) for code-server. Mocha is bundled in; `vscode` stays external.

import { createVSIX } from '@vscode/vsce';
import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode'],
  logLevel: 'warning',
  // Mocha's parallel mode resolves worker files at run time; the suite runs serially and never loads them.
  logOverride: { 'require-resolve-not-external': 'silent' },
};

/** Writes the suite module (exports `run`) to `outfile`. */
export async function bundleSuite(outfile: string): Promise<void> {
  await build({ ...common, entryPoints: [join(__dirname, 'index.ts')], outfile });
}

/**
 * Packages the test host as a .vsix in `dir` and returns its path. (code-server drops unpacked
 * folders that its extensions.json does not list, so it is installed like any other extension.)
 */
export async function packageTestHost(dir: string): Promise<string> {
  const manifest = join(__dirname, 'host', 'package.json');
  const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
  if (!name || !version) throw new Error(`${manifest} has no name or version`);
  const staging = join(dir, name);
  mkdirSync(staging, { recursive: true });
  copyFileSync(manifest, join(staging, 'package.json'));
  await build({ ...common, entryPoints: [join(__dirname, 'host', 'extension.ts')], outfile: join(staging, 'dist', 'host.js') });
  const packagePath = join(dir, `${name}-${version}.vsix`);
  await createVSIX({ cwd: staging, packagePath, dependencies: false, allowMissingRepository: true, skipLicense: true });
  return packagePath;
}

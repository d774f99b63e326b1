// Bundles the entry points with esbuild: the extension, its template command, its Word commands (export and
// layout preview; import), the language server, the command line, the engine on its own (for the benchmarks) and
// the previews' webview scripts.
// `--production` minifies without source maps (the .vsix); `--watch` rebuilds on every change and says when
// each rebuild starts and ends, for the F5 task in .vscode/tasks.json (its problem matcher reads these lines).
import { build, context } from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * In watch mode, one report for all entries: `[watch] build started` when the first starts, each error as
 * `file:line:column: error: text`, `[watch] build finished` when the last has ended.
 */
let running = 0;
const watchReport = {
  name: 'watch-report',
  setup(b) {
    b.onStart(() => {
      if (running++ === 0) console.log('[watch] build started');
    });
    b.onEnd((result) => {
      for (const { text, location } of result.errors) console.error(location ? `${location.file}:${location.line}:${location.column + 1}: error: ${text}` : `error: ${text}`);
      if (--running === 0) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: watch ? 'silent' : 'warning',
  plugins: watch ? [watchReport] : [],
};

const entries = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // the template command and its preview, required by the extension on first use
  { ...common, entryPoints: ['client/src/commands/insertFromTemplate.ts'], outfile: 'dist/templates.js', external: ['vscode'] },
  // Word export and the layout preview, required by the extension on first use (the docx writer is large)
  { ...common, entryPoints: ['client/src/commands/word.ts'], outfile: 'dist/word.js', external: ['vscode'] },
  // Word import, required by the extension on first use
  { ...common, entryPoints: ['client/src/commands/importWord.ts'], outfile: 'dist/word-import.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // the engine alone, for the benchmarks (not shipped in the .vsix)
  { ...common, entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.js' },
  // the template preview's page script: a browser bundle, loaded by the webview from client/media
  { ...common, platform: 'browser', format: 'iife', target: 'chrome114', minify: true, sourcemap: false, entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'client/media/preview.min.js' },
  // the layout preview's page script
  { ...common, platform: 'browser', format: 'iife', target: 'chrome114', minify: true, sourcemap: false, entryPoints: ['client/src/preview/webview/layout.ts'], outfile: 'client/media/layout.min.js' },
];

if (watch) {
  const contexts = await Promise.all(entries.map((options) => context(options)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(entries.map((options) => build(options)));
}

// Bundles the entry points with esbuild: the extension, its template command, its Word commands (export and
// layout preview; import), the language server, the command line, the engine on its own (for the benchmarks) and
// the previews' webview scripts.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // the template command and its preview, required by the extension on first use
  build({ ...common, entryPoints: ['client/src/commands/insertFromTemplate.ts'], outfile: 'dist/templates.js', external: ['vscode'] }),
  // Word export and the layout preview, required by the extension on first use (the docx writer is large)
  build({ ...common, entryPoints: ['client/src/commands/word.ts'], outfile: 'dist/word.js', external: ['vscode'] }),
  // Word import, required by the extension on first use
  build({ ...common, entryPoints: ['client/src/commands/importWord.ts'], outfile: 'dist/word-import.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  // the engine alone, for the benchmarks (not shipped in the .vsix)
  build({ ...common, entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.js' }),
  // the template preview's page script: a browser bundle, loaded by the webview from client/media
  build({ ...common, platform: 'browser', format: 'iife', target: 'chrome114', minify: true, sourcemap: false, entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'client/media/preview.min.js' }),
  // the layout preview's page script
  build({ ...common, platform: 'browser', format: 'iife', target: 'chrome114', minify: true, sourcemap: false, entryPoints: ['client/src/preview/webview/layout.ts'], outfile: 'client/media/layout.min.js' }),
]);

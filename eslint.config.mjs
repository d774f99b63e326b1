// ESLint flat config: typescript-eslint's recommended rules over the sources, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import { builtinModules } from 'node:module';

// The boundaries between the parts (docs/development.md). tsc -b refuses what a part's compiler options hide
// from it (the engine and the webview see no Node; the engine no DOM); these rules refuse the imports that would
// still type-check: vscode and the LSP packages (their types resolve from node_modules), and the engine's internals.
const engineInternals = {
  regex: String.raw`(^|/)engine/(?!index$)`,
  message: 'Outside server/src/engine, import the engine only through server/src/engine/index.ts (add the export there).',
};
const editorPackages = {
  group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'],
  message: 'The engine and the webview use no vscode or LSP package: text in, findings out (the language server and the extension translate).',
};
const nodeModules = {
  group: ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)],
  message: 'The engine and the webview run without Node (the webview is a browser page; the engine runs there too): move the Node part out.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'out/**', 'test-results/**', 'client/media/**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { require: 'readonly', module: 'readonly', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  // type-aware rules over the TypeScript: each file is linted with the types of its part (the tsconfig.json project
  // references); a promise is awaited, handled, or let go with `void` and a reason
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error', '@typescript-eslint/no-misused-promises': 'error' },
  },
  { files: ['bin/**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // shipped code reaches the engine through its index; tests and scripts may import its internals (they test and
  // measure them: one rule's examples, figure extraction against the corpus, the caches against a cold check)
  {
    files: ['client/src/**/*.ts', 'server/src/**/*.ts', 'bin/**/*.js'],
    ignores: ['server/src/engine/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [engineInternals] }] },
  },
  { files: ['server/src/engine/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [editorPackages, nodeModules] }] } },
  { files: ['client/src/preview/webview/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [engineInternals, editorPackages, nodeModules] }] } },
  // the engine reads drafts of any length: no pattern may backtrack or move without bound (docs/robustness.md)
  {
    files: ['server/src/**/*.ts'],
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
  },
);

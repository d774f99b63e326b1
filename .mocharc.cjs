// Mocha's configuration for the engine, CLI, LSP, template and client tests (the e2e suite has its own,
// tests/e2e/.mocharc.cjs). `npx mocha tests/engine/x.test.ts` runs that file alone.
const { spec } = require('./tests/mochaSpec.cjs');

module.exports = {
  require: ['tsx/cjs'],
  // a folder named on the command line runs its TypeScript tests (tests/templates)
  extension: ['ts'],
  recursive: true,
  ...spec(['tests/engine/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/lsp/**/*.test.ts', 'tests/templates/**/*.test.ts', 'tests/client/**/*.test.ts', 'tests/word/**/*.test.ts']),
  timeout: 20000,
  reporter: 'dot',
};

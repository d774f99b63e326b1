// Mocha's configuration for the e2e suite (real VS Code through code-server): `npm run test:e2e` runs every
// scenario; `npx mocha --config tests/e2e/.mocharc.cjs tests/e2e/scenarios/04-outline.e2e.ts` runs one.
const { spec } = require('../mochaSpec.cjs');

module.exports = {
  require: ['tsx/cjs', 'tests/e2e/hooks.ts'],
  ...spec(['tests/e2e/scenarios/*.e2e.ts']),
  timeout: 180000,
  slow: 30000,
  reporter: 'spec',
};

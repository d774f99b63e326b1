// The spec for a mocha configuration file: the configured files only when none is named on the command line.
// Mocha adds a configured spec to the files named, so `npx mocha tests/engine/x.test.ts` would run every test.
const { existsSync } = require('node:fs');

/** Mocha options that take a value: the word after them is not a test file. */
const TAKES_VALUE = new Set([
  '--grep',
  '-g',
  '--fgrep',
  '-f',
  '--reporter',
  '-R',
  '--reporter-option',
  '--reporter-options',
  '-O',
  '--timeout',
  '-t',
  '--slow',
  '-s',
  '--require',
  '-r',
  '--ui',
  '-u',
  '--config',
  '--package',
  '--extension',
  '--ignore',
  '--exclude',
  '--file',
  '--spec',
  '--jobs',
  '-j',
  '--retries',
  '--watch-files',
  '--watch-ignore',
  '--node-option',
  '-n',
]);

function namesTests(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('-')) {
      if (TAKES_VALUE.has(arg)) i++;
      continue;
    }
    if (/\.[cm]?[jt]s$/.test(arg) || arg.includes('*') || existsSync(arg)) return true;
  }
  return false;
}

/** `{ spec }` to spread into a configuration, or nothing when a test file is named. */
module.exports = { spec: (files) => (namesTests(process.argv.slice(2)) ? {} : { spec: files }) };

#!/usr/bin/env node
// Entry point of the seika command: runs the TypeScript sources through ts-node (types are checked by `npm test`).
const path = require('path');
require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
const { run } = require('../src/cli/main');
const { processIo } = require('../src/cli/io');

run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});

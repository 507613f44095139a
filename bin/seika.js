#!/usr/bin/env node
// Entry point of the seika command: runs the CLI bundled into lib/cli (`npm run build:cli`, which `npm ci` and
// `npm pack` run through `prepare`; webpack.cli.config.js). Never the TypeScript sources: compiling them at every
// start took seconds. The bundles are compiled with a V8 code cache kept in the user's cache folder (codeCache.ts).
const path = require('path');

// TurboFan compiles each hot function on its own, without inlining its callees: in a run of a second or so, V8's
// background compiling of the inlined graphs cost more CPU than the inlined code saved (decision 54). Set before any
// code is optimized; V8's flags are the process's, so the reading threads compile the same way.
require('v8').setFlagsFromString('--no-turbo-inlining');

const lib = path.join(__dirname, '..', 'lib', 'cli');
let cli;
try {
  require(path.join(lib, 'codeCache')).useCodeCache(lib);
  cli = require(path.join(lib, 'main'));
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND' || !String(e.message).includes(path.join('lib', 'cli'))) throw e;
  process.stderr.write('seika はまだビルドされていません。npm run build:cli を実行してください / seika is not built yet: run npm run build:cli\n');
  process.exit(2);
}

cli.run(process.argv.slice(2), cli.processIo()).then((code) => {
  process.exitCode = code;
  // Once nothing is left to do, exit without Node freeing the heap piece by piece (~20 ms for consolidate --json at
  // 10×): the system takes the whole process back at once. 'beforeExit' comes only when the event loop is empty, so
  // every write has been handed to the system by then, a pipe's too (a pending write keeps the loop alive): nothing
  // is cut short, however slowly stdout is read.
  process.once('beforeExit', () => process.exit());
});

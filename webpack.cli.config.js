// Builds the seika command (`npm run build:cli`, run by `npm ci` and `npm pack` through `prepare`): src/cli bundled
// into lib/cli for Node, so a start parses a few files instead of resolving and loading some 250 modules, and zod,
// commander and fflate are tree-shaken ES modules inside the bundle. What bin/seika.js and the reading threads load:
//   lib/cli/main.js         run() and processIo(): the commands' options; each action is a chunk loaded when run
//   lib/cli/codeCache.js    the V8 code cache every bundle here is compiled with (src/cli/codeCache.ts), loaded first
//   lib/cli/readWorker.js   the CLI's reading thread, found as path.join(__dirname, 'readWorker.js') (src/cli/readPool.ts),
//                           which loads its reader as a chunk (src_cli_readThread_ts.js)
//   lib/cli/*.js            the actions' chunks, in the same folder, so __dirname means lib/cli in every file
// ExcelJS and JSZip stay in node_modules (package.json's dependencies), required when a workbook is first written
// (src/xlsx/lazyLibraries.ts): large CommonJS trees that --help and reading never load.
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node20',
  devtool: false,
  entry: {
    main: './src/cli/main.ts',
    // Its own entry, not a chunk: worker_threads starts it by path, and it needs a runtime of its own.
    readWorker: './src/cli/readWorker.ts',
    // Required by bin/seika.js before main.js, so that main.js and the action's chunk are compiled with the code cache.
    codeCache: './src/cli/codeCache.ts',
  },
  output: {
    // lib/ holds nothing else (clean: what an earlier tsc build left there would otherwise ship in the tarball).
    path: path.resolve(__dirname, 'lib'),
    filename: 'cli/[name].js',
    chunkFilename: 'cli/[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  // __dirname is the folder of the file the code is in (lib/cli), as it was for tsc's output, not the source's.
  node: { __dirname: false, __filename: false },
  externals: [
    { exceljs: 'commonjs exceljs', jszip: 'commonjs jszip' },
    // commander requires child_process when it loads, for subcommands that are programs of their own, which seika
    // has none of: Node loading it cost every command ~4 ms of CPU (a fifteenth of --help). It is required if used.
    ({ request, contextInfo }, callback) =>
      request === 'node:child_process' && /[\\/]commander[\\/]/.test(contextInfo.issuer)
        ? callback(null, 'var new Proxy({}, { get: (_, key) => require("node:child_process")[key] })')
        : callback(),
  ],
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: 'ts-loader',
        // ES modules, so webpack can drop what is not used and make each import() of an action a chunk.
        options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
      },
    ],
  },
  optimization: {
    // Not minified: a stack trace from a user names real functions, and minifying saves no start-up time worth having.
    minimize: false,
    // Chunks named after their module, so lib/cli reads as what it holds.
    chunkIds: 'named',
    // One chunk per action with all it needs beyond main.js: a run of one command loads two files, not a dozen
    // shared pieces (a file costs a read and a compile; one process never runs two actions, so nothing is loaded twice).
    splitChunks: false,
  },
  performance: { hints: false },
  stats: 'errors-warnings',
};

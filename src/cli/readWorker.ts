// A reading thread of the CLI (started by readPool.ts): installs the code cache, then loads the reader (readThread.ts)
// as a chunk of its own, so that the reader is compiled with it (codeCache.ts, decision 50).
//
// Where it must be: lib/cli/readWorker.js, beside the code that starts it, which looks for
// `path.join(__dirname, 'readWorker.js')`. webpack.cli.config.js bundles it as an entry of its own at exactly that
// path, `__dirname` meaning lib/cli in every chunk. Absent (the TypeScript sources run by ts-jest, tsx or ts-node),
// the command reads in its own thread.
import { useCodeCache } from './codeCache';

useCodeCache(__dirname);
// The jobs sent meanwhile wait in the thread's port until readThread.ts listens.
void import('./readThread');

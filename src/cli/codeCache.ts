// A V8 code cache for the CLI's own bundles (lib/cli/*.js): what V8 compiled of a bundle in one run is written to
// the user's cache folder and handed back to V8 in the next, so a start reads bytecode instead of parsing and
// compiling the bundle's functions one by one as they are first called. Node 20 has no module.enableCompileCache
// (22.1). bin/seika.js uses it for the command's thread, readWorker.ts for a reading thread (decision 50).
//
// Safe by construction: a cache file is named after its bundle's bytes (CRC-32 and length), so a bundle that
// changed never meets the old cache, whatever its size or time stamp (npm gives installed files one fixed time);
// V8 itself refuses data of another V8 version or flags; the file carries a CRC-32 of its own data, so a torn or
// damaged file is never handed to V8; and anything that fails (no cache folder, no rights, no zlib.crc32 before
// Node 20.15) leaves the bundle compiled as Node always does.
import * as fs from 'fs';
import Module from 'module';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import * as zlib from 'zlib';

type Compile = (module: NodeJS.Module, filename: string) => void;
/** Node's loaders by file extension (require.extensions): deprecated for users' code, still how a loader hooks in. */
const extensions = (Module as unknown as { _extensions: Record<string, Compile> })._extensions;
/** Node 20.15 and later. */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** Scripts compiled without usable cached data, whose code is written out by saveCodeCache. */
const unsaved: Array<{ script: vm.Script; file: string }> = [];
let folder: string | undefined;

/** The user's own cache folder (not a shared temporary one: another user could plant bytecode there). */
export function codeCacheFolder(env = process.env, platform = process.platform, home = os.homedir()): string | undefined {
  if (env.SEIKA_NO_CODE_CACHE) return undefined;
  if (platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'seika', 'code-cache') : undefined;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'seika', 'code-cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'seika', 'code-cache');
}

/**
 * From now on, the .js files directly in `bundles` (lib/cli) are compiled with the cache in `cache`. A bundle compiled
 * without it has its code saved at exit, or earlier by saveCodeCache.
 */
export function useCodeCache(bundles: string, cache?: string): void {
  if (!crc32 || folder) return;
  try {
    cache ??= codeCacheFolder();
  } catch {
    return; // no home folder to be found (os.homedir throws): no cache, as on any other failure
  }
  if (!cache) return;
  // A folder per installed copy (by its path): two copies of seika (a global one and a project's, another version)
  // each keep their own, instead of replacing each other's at every run.
  folder = path.join(cache, crc32(Buffer.from(bundles)).toString(16));
  process.once('exit', saveCodeCache);
  const compileJs = extensions['.js'];
  extensions['.js'] = (module, filename) => (path.dirname(filename) === bundles ? compileCached(module, filename, compileJs) : compileJs(module, filename));
}

/** What Module.prototype._compile does for a CommonJS file, with cached data given to and taken from V8. */
function compileCached(module: NodeJS.Module, filename: string, compileJs: Compile): void {
  const bytes = fs.readFileSync(filename);
  // A byte-order mark Node would strip: not what webpack writes, so left to Node.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return compileJs(module, filename);
  const file = path.join(folder as string, `${path.basename(filename)}.${(crc32 as (d: Uint8Array) => number)(bytes).toString(16)}-${bytes.length}.v8`);
  const cachedData = readCache(file);
  const script = new vm.Script(Module.wrap(bytes.toString('utf8')), { filename, cachedData });
  if (!cachedData || script.cachedDataRejected) unsaved.push({ script, file });
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(filename), module, filename, path.dirname(filename));
}

/** A cache file's data when its own CRC-32 (its first four bytes) holds; undefined for anything else. */
function readCache(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const data = bytes.subarray(4);
  return bytes.length > 4 && bytes.readUInt32LE(0) === (crc32 as (d: Uint8Array) => number)(data) ? data : undefined;
}

/**
 * Writes the code V8 has compiled so far of each bundle that had no usable cache, replacing its older caches. Later
 * is better (more of the bundle's functions have been compiled), but a reading thread is ended without an exit event.
 */
export function saveCodeCache(): void {
  for (const { script, file } of unsaved.splice(0)) {
    try {
      const data = script.createCachedData();
      const head = Buffer.alloc(4);
      head.writeUInt32LE((crc32 as (d: Uint8Array) => number)(data));
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      // Written aside and renamed: another seika running at the same time reads the old file or the new, never half.
      const aside = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      fs.writeFileSync(aside, Buffer.concat([head, data]), { mode: 0o600 });
      fs.renameSync(aside, file);
      removeOlder(file);
    } catch {
      // No cache then: the next run compiles the bundle as Node does.
    }
  }
}

/** The caches of the same bundle's earlier builds in this copy's place (another version installed there before). */
function removeOlder(file: string): void {
  const bundle = path.basename(file).replace(/\.[0-9a-f]+-\d+\.v8$/, '.');
  for (const name of fs.readdirSync(path.dirname(file))) {
    if (name.startsWith(bundle) && name !== path.basename(file) && /\.v8$/.test(name)) fs.rmSync(path.join(path.dirname(file), name), { force: true });
  }
}

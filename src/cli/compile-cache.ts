/**
 * The built CLI's V8 code cache (issue 19, fast start): what Node 22's
 * `module.enableCompileCache()` does, for Node 20, which has only the `vm`
 * API. The CLI's code is one CommonJS bundle (`dist/cli-bundle.cjs`); the bin
 * compiles it with `vm.Script` and the bytecode a previous run of the same
 * command left (`Script#createCachedData` after the run, so it holds every
 * function that run compiled), instead of parsing and compiling ~1.8 MB of
 * JavaScript again. A cold `check` spent about a fifth of its CPU time there.
 *
 * Never a stale or a damaged cache:
 * - the file's name carries a SHA-256 of the bundle's text, Node's and V8's
 *   versions, the platform and the process's Node options, so a changed
 *   bundle or another Node never finds the old file (V8's own check compares
 *   only the text's length);
 * - the file carries a SHA-256 of its bytes, checked before V8 sees them (a
 *   release V8 does not checksum a code cache); a file that fails is ignored
 *   and written again;
 * - V8 refuses a cache made under other V8 flags (`cachedDataRejected`): the
 *   run compiles as usual and writes a new one;
 * - it is written once, after a run that found none (or a refused one), with
 *   the project's atomic write. Each command keeps the files of its
 *   {@link KEPT_PER_NAME} most recently used keys and removes older ones then:
 *   two builds sharing one folder, or runs under two sets of Node options,
 *   each keep theirs instead of deleting the other's on every run (a file in
 *   use is touched after the run, so it counts as recent).
 *
 * Where: `node_modules/.cache/claimtrace/` — of the `node_modules` folder the
 * package is installed in, or of the package's own folder (a checkout of
 * claimtrace). Nowhere else: a package that is in neither (or a folder that
 * cannot be written) runs without the cache. `NODE_DISABLE_COMPILE_CACHE=1`
 * turns it off, as it does Node 22's.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, sep } from 'node:path';
import vm from 'node:vm';

/** What became of the cache in one load. */
export type CodeCacheUse =
  /** V8 took the cached code. */
  | 'used'
  /** There was none (or a damaged one): `save()` writes it. */
  | 'absent'
  /** V8 refused it (made under other flags): `save()` writes a new one. */
  | 'rejected'
  /** No cache: no folder, or turned off. */
  | 'off';

export interface CodeCachedModule {
  /** The module's `module.exports`. */
  readonly exports: Record<string, unknown>;
  readonly cache: CodeCacheUse;
  /** The cache file this load read or would write (undefined when off). */
  readonly cacheFile: string | undefined;
  /** Write the cache when this load found none usable (call it after the run: the cache then holds what the run compiled), or mark a used one as recently used. Never throws. */
  readonly save: () => void;
}

export interface CodeCacheOptions {
  /** The cache folder (see {@link codeCacheFolder}); undefined: no cache. */
  readonly folder: string | undefined;
  /** What the cache is of (a command's name): each name has its own file, holding what that command compiles. */
  readonly name: string;
  /** Writes a file atomically (the CLI passes the project's `writeFileAtomic`). */
  readonly write?: (path: string, content: Uint8Array) => void;
  /** The environment (default `process.env`); `NODE_DISABLE_COMPILE_CACHE` turns the cache off. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const MAGIC = Buffer.from('claimtrace-v8-code-cache-1\n');
const DIGEST_BYTES = 32;
const EXTENSION = '.v8cache';

const sha256 = (...parts: readonly (string | Uint8Array)[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/**
 * The folder the CLI keeps its code cache in: `node_modules/.cache/claimtrace`
 * of the innermost `node_modules` that holds `bundleFile`, else of the
 * package folder (the parent of the bundle's `dist/`) when it has a
 * `node_modules`; undefined otherwise.
 *
 * @example
 * codeCacheFolder('/app/node_modules/claimtrace/dist/cli-bundle.cjs') // '/app/node_modules/.cache/claimtrace'
 * codeCacheFolder('/src/claimtrace/dist/cli-bundle.cjs') // '/src/claimtrace/node_modules/.cache/claimtrace' (when /src/claimtrace/node_modules exists)
 */
export const codeCacheFolder = (bundleFile: string, exists: (path: string) => boolean = existsSync): string | undefined => {
  const parts = dirname(bundleFile).split(sep);
  const inside = parts.lastIndexOf('node_modules');
  if (inside > 0) return join(parts.slice(0, inside + 1).join(sep) || sep, '.cache', 'claimtrace');
  const packageFolder = dirname(dirname(bundleFile));
  return exists(join(packageFolder, 'node_modules')) ? join(packageFolder, 'node_modules', '.cache', 'claimtrace') : undefined;
};

/** The name part of a cache file: letters, digits and dashes only. */
const safeName = (name: string): string => (/^[a-z][a-z0-9-]{0,39}$/.test(name) ? name : 'cli');

/** The cache file's bytes, or undefined when it is missing or damaged. */
const readCache = (file: string): Buffer | undefined => {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const start = MAGIC.length + DIGEST_BYTES;
  if (bytes.length <= start || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const data = bytes.subarray(start);
  return sha256(data).equals(bytes.subarray(MAGIC.length, start)) ? data : undefined;
};

/**
 * How many cache files (keys) one name keeps: enough for a couple of builds
 * or Node option sets used side by side, few enough to bound the folder.
 */
export const KEPT_PER_NAME = 4;

/** Remove this name's cache files beyond the {@link KEPT_PER_NAME} most recently used, never `keep` (best effort). */
const removeLeastRecent = (folder: string, name: string, keep: string): void => {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  const others: { readonly entry: string; readonly usedMs: number }[] = [];
  for (const entry of entries) {
    if (entry === keep || !entry.startsWith(`${name}-`) || !entry.endsWith(EXTENSION)) continue;
    try {
      others.push({ entry, usedMs: statSync(join(folder, entry)).mtimeMs });
    } catch {
      // removed by another run meanwhile
    }
  }
  others.sort((a, b) => b.usedMs - a.usedMs);
  for (const { entry } of others.slice(KEPT_PER_NAME - 1)) {
    try {
      unlinkSync(join(folder, entry));
    } catch {
      // another run removed it, or it cannot be removed: it is only never read again
    }
  }
};

const disabled = (env: Readonly<Record<string, string | undefined>>): boolean => {
  const value = env['NODE_DISABLE_COMPILE_CACHE'];
  return value !== undefined && value !== '' && value !== '0';
};

/**
 * Load the CommonJS file `file` as `require` would (its own `require`,
 * `module`, `__filename`, `__dirname`), compiled with the code cache of
 * `options.name` when there is one. An `import()` in the file works only
 * when the cache is off: the file must import through a function its caller
 * gives it (the CLI: src/config/import-module.ts).
 *
 * @example
 * const bundle = loadWithCodeCache(file, { folder: codeCacheFolder(file), name: 'check', write });
 * await (bundle.exports.runMain as () => Promise<void>)();
 * bundle.save();
 */
export const loadWithCodeCache = (file: string, options: CodeCacheOptions): CodeCachedModule => {
  const requireHere = createRequire(file);
  if (options.folder === undefined || disabled(options.env ?? process.env)) {
    return { exports: requireHere(file) as Record<string, unknown>, cache: 'off', cacheFile: undefined, save: () => undefined };
  }
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const name = safeName(options.name);
  const key = sha256(bytes, '\0', process.version, '\0', process.versions.v8, '\0', process.platform, process.arch, '\0', JSON.stringify(process.execArgv))
    .toString('hex')
    .slice(0, 32);
  const cacheFile = join(options.folder, `${name}-${key}${EXTENSION}`);
  const cachedData = readCache(cacheFile);
  // The function CommonJS wraps every module in, on the bundle's first line (its line numbers stay as they are).
  // No `importModuleDynamically`: Node 20 gives one only as an experimental feature (with a warning on
  // stderr), and a script compiled from a code cache loses it. The file imports through its caller instead.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData !== undefined ? { cachedData } : {}),
  });
  const cache: CodeCacheUse = cachedData === undefined ? 'absent' : script.cachedDataRejected === true ? 'rejected' : 'used';
  const module = { exports: {} as Record<string, unknown>, filename: file, id: file, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, requireHere, module, file, dirname(file));
  module.loaded = true;
  const save = (): void => {
    if (cache === 'used') {
      try {
        const now = new Date();
        utimesSync(cacheFile, now, now); // recently used: kept when other keys' files are pruned
      } catch {
        // a read-only install: the file only ages
      }
      return;
    }
    if (options.write === undefined) return;
    try {
      const data = script.createCachedData();
      options.write(cacheFile, Buffer.concat([MAGIC, sha256(data), data]));
      removeLeastRecent(options.folder as string, name, basename(cacheFile));
    } catch {
      // A folder that cannot be written (a read-only install, a full disk): the next run compiles as this one did.
    }
  };
  return { exports: module.exports, cache, cacheFile, save };
};

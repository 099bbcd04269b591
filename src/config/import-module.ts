/**
 * How a configuration (`claimtrace.config.mjs`) and its plugins are imported:
 * `import()`, or the function the built CLI's bin installs for its bundle.
 * The bin compiles the CLI's CommonJS bundle with `vm.Script` and a V8 code
 * cache (src/cli/compile-cache.ts); in Node 20 an `import()` inside such a
 * script has no loader to call (and one compiled from the cache loses the one
 * it was given), so the bin, an ES module, imports on the bundle's behalf.
 */

/** The global the bin sets: `(specifier) => import(specifier)` from an ES module. */
export const IMPORT_HOOK: unique symbol = Symbol.for('claimtrace.importModule') as never;

type Importer = (specifier: string) => Promise<unknown>;

/**
 * Import `specifier` (an absolute file: URL, a `node:` module or a package name).
 *
 * @example
 * const config = await importModule(pathToFileURL(file).href);
 */
export const importModule = (specifier: string): Promise<unknown> => {
  const hook = (globalThis as { [IMPORT_HOOK]?: Importer })[IMPORT_HOOK];
  return hook !== undefined ? hook(specifier) : import(specifier);
};

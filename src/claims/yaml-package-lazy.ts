/**
 * `yaml-package.ts` for the CLI's bundle (tsup.config.ts swaps it in): the
 * `yaml` package, bundled as CommonJS, is evaluated on the first call —
 * through `require`, which esbuild resolves to the bundled copy (the banner's
 * `createRequire` covers the rest) — so a `check` whose files the quick reader
 * reads never evaluates it. Never imported by the library's builds, whose ES
 * modules have no `require`.
 */
import type * as Yaml from 'yaml';

/** The `yaml` package's module. */
export type YamlPackage = typeof Yaml;

let loaded: YamlPackage | undefined;

/** The package, evaluated on first use. */
export const yamlPackage = (): YamlPackage => {
  loaded ??= require('yaml') as YamlPackage;
  return loaded;
};

/**
 * The `yaml` package, for the files the quick reader leaves to it
 * (`yaml-file.ts`). The library's builds import it here, as any dependency;
 * the CLI's bundle replaces this module with `yaml-package-lazy.ts`
 * (tsup.config.ts), which evaluates the package on the first file that needs
 * it — a `check` of plain claim files never does (issue 19, fast start).
 */
import * as yaml from 'yaml';

/** The `yaml` package's module. */
export type YamlPackage = typeof yaml;

/** The package (loaded already in this build). */
export const yamlPackage = (): YamlPackage => yaml;

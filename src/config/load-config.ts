/**
 * Loading the configuration file: find it (`find-config.ts`) or take the one
 * named, read it — JSON through the YAML reader, so every problem has its
 * line and column (a JSON syntax error is reported as JSON's, `files/json-syntax.ts`); `.mjs` by importing it (its default export) — validate it
 * against the schema, import its plugins, and check every rule setting
 * against the rules: an unknown key or rule id is an error that names the
 * closest one, and rule options must fit the rule's options schema. Every
 * problem is collected; the CLI exits 2 on any of them (a broken
 * configuration is the tool's problem, not the claims').
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { describeReadFailure, readRegularFile } from '../files/read-regular-file.js';
import { createLocator } from '../ingest/create-locator.js';
import { closestName } from '../normalize/closest-name.js';
import { readYamlFile, type YamlFile, type YamlPath } from '../claims/yaml-file.js';
import { createDiagnostic, type Diagnostic, type FilePoint, type Severity } from '../model/message.js';
import type { MessageCode } from '../model/message-codes.js';
import { failed, ok, type Result } from '../model/result.js';
import type { RecheckOn } from '../model/baseline.js';
import type { AnyRule } from '../reconcile/rule.js';
import { builtinRules } from '../reconcile/rules/builtin-rules.js';
import type { RulesConfig, RuleSetting } from '../reconcile/rules-config.js';
import { CONFIG_KEYS, type ConfigFile, ConfigFileSchema } from './config-schema.js';
import { findConfigFile } from './find-config.js';
import { importModule } from './import-module.js';
import { jsonSyntaxError } from '../files/json-syntax.js';
import { createIgnoreMatcher } from './ignore-globs.js';
import { appendAll } from '../model/append-all.js';

/** The configuration that applies to a claims folder, resolved. */
export interface LoadedConfig {
  /** The configuration file (absolute path), when one applies. */
  readonly file?: string;
  /** Every rule that runs: the built-in rules, then the plugins' rules. */
  readonly rules: readonly AnyRule[];
  /** Rule settings by rule id. */
  readonly rulesConfig: RulesConfig;
  readonly failOn?: Severity;
  /** When a reviewed finding fails again (the check's `recheckOn`). */
  readonly recheckOn?: RecheckOn;
  readonly maxWarnings?: number;
  /** The ignore globs, as written (relative to the configuration file's folder). */
  readonly ignore: readonly string[];
  /** Whether the YAML file `path` (relative to the claims folder `root`) is ignored. */
  readonly isIgnored: (root: string, path: string) => boolean;
}

export interface LoadConfigOptions {
  /** A configuration file to use instead of searching (`--config`): absolute, or relative to `cwd`. */
  readonly file?: string;
  /** What a relative `file` is relative to (default: the process's working directory). */
  readonly cwd?: string;
  /** The rules the plugins join (default: `builtinRules()`). */
  readonly builtinRules?: readonly AnyRule[];
}

/** Where a configuration problem is: a key path → its place in the file. */
interface Placer {
  readonly file: string;
  readonly at: (path: YamlPath) => FilePoint;
  readonly atKey: (path: YamlPath) => FilePoint;
}

const TOP: FilePoint = { line: 1, column: 1 };

/** Largest configuration file read (bytes). */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The keys of a configuration whose values are valid, each checked on its own (the others are reported already). */
const validParts = (value: unknown): ConfigFile => {
  const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const parts: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ConfigFileSchema.shape)) {
    const part = (schema as z.ZodType).safeParse(record[key]);
    if (part.success && part.data !== undefined) parts[key] = part.data;
  }
  return parts as ConfigFile;
};

/** Places in a `.mjs` file: the first `key:` written in the module (a best guess: the module is code, not data), else 1:1. */
const modulePlacer = (file: string, source: string): Placer => {
  const locator = createLocator(source);
  const pointAt = (offset: number): FilePoint => {
    const point = locator.toPoint(offset);
    return point === undefined ? TOP : { line: point.line, column: point.column };
  };
  const find = (path: YamlPath): FilePoint => {
    const key = [...path].reverse().find((p): p is string => typeof p === 'string');
    if (key === undefined) return TOP;
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`(^|[\\s{,])(['"\`]?)${escaped}\\2\\s*:`).exec(source);
    return match === null ? TOP : pointAt(match.index + (match[1]?.length ?? 0));
  };
  return { file, at: find, atKey: find };
};

const yamlPlacer = (yaml: YamlFile): Placer => ({ file: yaml.file, at: yaml.placeOf, atKey: yaml.placeOfKey });

const problemAt = (placer: Placer, point: FilePoint, code: MessageCode, message: string, hint?: string): Diagnostic =>
  createDiagnostic(code, message, { file: placer.file, start: point }, hint !== undefined ? { hint } : {});

const describePath = (path: YamlPath): string => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');

/** A zod issue as a configuration problem: unknown keys name the closest known key. */
const issueProblems = (placer: Placer, issue: z.core.$ZodIssue, base: YamlPath, knownKeys: (path: YamlPath) => readonly string[]): Diagnostic[] => {
  const path = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const near = closestName(key, knownKeys(path));
      return problemAt(
        placer,
        placer.atKey([...path, key]),
        'config-unknown-key',
        `unknown key "${key}"${path.length > 0 ? ` in ${describePath(path)}` : ''}`,
        near !== undefined ? `did you mean "${near}"?` : `the keys are ${knownKeys(path).join(', ')}`,
      );
    });
  }
  return [problemAt(placer, placer.at(path), 'config-invalid', `${path.length > 0 ? `${describePath(path)}: ` : ''}${issue.message}`)];
};

/** A rule as a plugin gives it: `defineRule`'s shape. */
const isRule = (value: unknown): value is AnyRule => {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as { id?: unknown; meta?: { options?: { safeParse?: unknown }; kinds?: unknown }; check?: unknown };
  return typeof candidate.id === 'string' && typeof candidate.check === 'function' && typeof candidate.meta?.options?.safeParse === 'function' && typeof candidate.meta.kinds === 'object';
};

/** The rules a plugin module (or an inline plugin of a `.mjs` configuration) exports: `rules` (array or record), or a default export of either. */
const rulesOfPlugin = (plugin: unknown): unknown[] | undefined => {
  const asList = (value: unknown): unknown[] | undefined =>
    Array.isArray(value) ? value : value !== null && typeof value === 'object' && !isRule(value) ? Object.values(value) : isRule(value) ? [value] : undefined;
  if (plugin === null || typeof plugin !== 'object') return undefined;
  const module = plugin as { rules?: unknown; default?: unknown };
  if (module.rules !== undefined) return asList(module.rules);
  if (module.default !== undefined) return rulesOfPlugin(module.default) ?? asList(module.default);
  return Array.isArray(plugin) ? plugin : undefined;
};

/** Import a module by path or package name, from the configuration file's folder. */
const importFrom = async (specifier: string, folder: string): Promise<unknown> => {
  const target = specifier.startsWith('.') || isAbsolute(specifier) ? pathToFileURL(resolve(folder, specifier)).href : specifier;
  if (target === specifier) {
    // A package name: resolve it from the configuration's folder, not from claimtrace's own.
    const { createRequire } = (await importModule('node:module')) as typeof import('node:module');
    const resolved = createRequire(resolve(folder, 'claimtrace.config.mjs')).resolve(specifier);
    return importModule(pathToFileURL(resolved).href);
  }
  return importModule(target);
};

/** A module imported afresh when it changed (the module cache keys on the URL; the query carries the file's mtime). */
const importModuleFile = async (file: string): Promise<unknown> => importModule(`${pathToFileURL(file).href}?mtime=${statSync(file).mtimeMs}`);

interface RawConfig {
  readonly value: unknown;
  readonly placer: Placer;
  /** Inline plugins of a `.mjs` configuration (objects instead of module names), by their index in `plugins`. */
  readonly inline: ReadonlyMap<number, unknown>;
}

/** Read the file: JSON with places, or the `.mjs` module's default export. */
const readRaw = async (file: string): Promise<Result<RawConfig>> => {
  const read = readRegularFile(file, { maxBytes: MAX_CONFIG_BYTES });
  if (read.status !== 'read') {
    const { message, hint } = describeReadFailure(read, file);
    if (read.status === 'not-a-file') {
      return failed([createDiagnostic('config-unreadable', `the configuration file is a ${read.kind}, not a regular file; it was not read`, { file, start: TOP }, { hint: 'name a claimtrace.config.json or .mjs file' })]);
    }
    return failed([createDiagnostic('config-unreadable', message, { file, start: TOP }, hint !== undefined ? { hint } : {})]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return failed([createDiagnostic('config-unreadable', `${file} is not valid UTF-8`, { file, start: TOP }, { hint: 'save the file as UTF-8' })]);
  }
  if (!file.endsWith('.mjs')) {
    // JSON, read through the YAML reader for places; but its syntax is JSON's, so a JSON error is reported as one (YAML would also take a trailing comma or a bare word).
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    const syntax = text.trim() === '' ? undefined : jsonSyntaxError(text.slice(bom));
    if (syntax !== undefined) {
      const point = createLocator(text).toPoint(syntax.offset + bom);
      return failed([
        createDiagnostic('config-syntax', `JSON: ${syntax.reason}`, { file, start: point === undefined ? TOP : { line: point.line, column: point.column } }, {
          hint: 'fix the JSON at this place (double quotes around names and strings, no comma before } or ]), or write claimtrace.config.mjs',
        }),
      ]);
    }
    const read = readYamlFile(file, text);
    if (!read.ok) return failed(read.messages);
    return ok({ value: read.value.value ?? {}, placer: yamlPlacer(read.value), inline: new Map() });
  }
  const placer = modulePlacer(file, text);
  let module: { default?: unknown };
  try {
    module = (await importModuleFile(file)) as { default?: unknown };
  } catch (error) {
    return failed([
      problemAt(placer, TOP, 'config-unreadable', `${file} cannot be imported: ${(error as Error).message}`, 'fix the module so `node ' + file + '` runs'),
    ]);
  }
  if (module.default === null || typeof module.default !== 'object') {
    return failed([problemAt(placer, TOP, 'config-invalid', `${file} has no default export of a configuration object`, 'write `export default { rules: { … } }`')]);
  }
  const value = { ...(module.default as Record<string, unknown>) };
  const inline = new Map<number, unknown>();
  if (Array.isArray(value['plugins'])) {
    value['plugins'] = (value['plugins'] as unknown[]).map((plugin, i) => {
      if (typeof plugin === 'string') return plugin;
      inline.set(i, plugin);
      return `(inline plugin ${i + 1})`;
    });
  }
  return ok({ value, placer, inline });
};

/**
 * The configuration for the claims folder `folder` (absolute or relative to
 * the working directory): the file named in `options.file`, else the one
 * `findConfigFile` finds, else the defaults (every built-in rule, nothing
 * ignored).
 *
 * @example
 * const config = await loadConfig('claims');
 * if (!config.ok) for (const m of config.messages) console.error(formatMessage(m));
 * else await checkClaimsFolder('claims', configCheckOptions(config.value));
 */
export const loadConfig = async (folder: string, options: LoadConfigOptions = {}): Promise<Result<LoadedConfig>> => {
  const builtin = options.builtinRules ?? builtinRules();
  const cwd = options.cwd ?? process.cwd();
  let file: string | undefined;
  if (options.file !== undefined) {
    file = resolve(cwd, options.file);
    // Only whether it is there: what it is (a folder, a device) is for the read, which never reads anything but a regular file.
    let exists = true;
    try {
      exists = statSync(file, { throwIfNoEntry: false }) !== undefined;
    } catch {
      // A path through a file, a loop of links: the read says which.
    }
    if (!exists) {
      return failed([
        createDiagnostic('config-missing', `the configuration file ${options.file} does not exist`, { file, start: TOP }, { hint: 'name an existing claimtrace.config.json or .mjs' }),
      ]);
    }
  } else {
    const found = findConfigFile(resolve(cwd, folder));
    if (!found.ok) return failed(found.messages);
    file = found.value;
  }
  if (file === undefined) {
    return ok({ rules: builtin, rulesConfig: {}, ignore: [], isIgnored: () => false });
  }

  const raw = await readRaw(file);
  if (!raw.ok) return failed(raw.messages);
  const { value, placer, inline } = raw.value;
  const problems: Diagnostic[] = [];
  const parsed = ConfigFileSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) appendAll(problems, issueProblems(placer, issue, [], (path) => (path.length === 0 ? CONFIG_KEYS : [])));
  }
  // Check what is valid of the rest too (each key on its own), so one run names every problem.
  const config: ConfigFile = parsed.success ? parsed.data : validParts(value);
  const configFolder = dirname(file);

  // Plugins: each module's rules, after the built-in ones; an id may be used once.
  const rules: AnyRule[] = [...builtin];
  const ruleOrigin = new Map<string, string>(builtin.map((r) => [r.id, 'a built-in rule']));
  for (const [i, specifier] of (config.plugins ?? []).entries()) {
    const at = placer.at(['plugins', i]);
    let exported: unknown;
    if (inline.has(i)) exported = inline.get(i);
    else {
      try {
        exported = await importFrom(specifier, configFolder);
      } catch (error) {
        problems.push(problemAt(placer, at, 'config-plugin', `plugin "${specifier}" cannot be imported: ${(error as Error).message}`, 'a path is relative to the configuration file; a package must be installed'));
        continue;
      }
    }
    const name = inline.has(i) ? `inline plugin ${i + 1}` : `plugin "${specifier}"`;
    const exportedRules = rulesOfPlugin(exported);
    if (exportedRules === undefined || exportedRules.length === 0) {
      problems.push(problemAt(placer, at, 'config-plugin', `${name} exports no rules`, 'export `rules`: an array of rules made with defineRule (from claimtrace)'));
      continue;
    }
    for (const [j, rule] of exportedRules.entries()) {
      if (!isRule(rule)) {
        problems.push(problemAt(placer, at, 'config-plugin', `${name}: rule ${j + 1} is not a rule (an object from defineRule, with id, meta and check)`));
        continue;
      }
      const first = ruleOrigin.get(rule.id);
      if (first !== undefined) {
        problems.push(problemAt(placer, at, 'config-plugin', `${name}: rule "${rule.id}" has the id of ${first}`, 'give the rule an id of its own, e.g. with a prefix: "newsroom:…"'));
        continue;
      }
      ruleOrigin.set(rule.id, name);
      rules.push(rule);
    }
  }

  // Rule settings: known rule ids, options the rule's schema accepts.
  const byId = new Map(rules.map((r) => [r.id, r]));
  const rulesConfig: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id);
    if (rule === undefined) {
      const near = closestName(id, [...byId.keys()]);
      problems.push(
        problemAt(placer, placer.atKey(['rules', id]), 'unknown-rule', `no rule has the id "${id}"`, near !== undefined ? `did you mean "${near}"?` : `the rules are ${[...byId.keys()].sort().join(', ')}`),
      );
      continue;
    }
    if (Array.isArray(setting)) {
      const optionsSchema = rule.meta.options;
      const result = optionsSchema.safeParse(setting[1] ?? {});
      if (!result.success) {
        const keys = optionsSchema instanceof z.ZodObject ? Object.keys(optionsSchema.shape) : [];
        for (const issue of result.error.issues) {
          problems.push(
            ...issueProblems(placer, issue, ['rules', id, 1], () => keys).map((d) =>
              d.code === 'config-invalid' ? { ...d, code: 'invalid-rule-options' as const, source: 'reconcile' as const, message: `rule "${id}": ${d.message}` } : d,
            ),
          );
        }
        continue;
      }
    }
    rulesConfig[id] = setting;
  }
  if (problems.length > 0) return failed(problems.sort((a, b) => a.place.start.line - b.place.start.line || a.place.start.column - b.place.start.column));

  const ignore = config.ignore ?? [];
  const matcher = createIgnoreMatcher(ignore, configFolder);
  return ok({
    file,
    rules,
    rulesConfig,
    ...(config.failOn !== undefined ? { failOn: config.failOn } : {}),
    ...(config.recheckOn !== undefined ? { recheckOn: config.recheckOn } : {}),
    ...(config.maxWarnings !== undefined ? { maxWarnings: config.maxWarnings } : {}),
    ignore,
    isIgnored: matcher,
  });
};

/**
 * What `checkClaimsFolder` takes from a configuration for the claims folder
 * `root` (absolute): the rules, their settings, the files to leave out.
 *
 * @example
 * await checkClaimsFolder(root, { ...configCheckOptions(config, root), onStage })
 */
export const configCheckOptions = (
  config: LoadedConfig,
  root: string,
): { readonly rules: readonly AnyRule[]; readonly config: RulesConfig; readonly ignore?: (path: string) => boolean } => ({
  rules: config.rules,
  config: config.rulesConfig,
  ...(config.ignore.length > 0 ? { ignore: (path: string) => config.isIgnored(root, path) } : {}),
});

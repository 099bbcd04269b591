/**
 * Turning zod validation issues into diagnostics that point at the YAML node
 * that is wrong.
 */
import type { z } from 'zod';
import { createDiagnostic, type Diagnostic } from '../model/message.js';
import type { LoadCode } from '../model/message-codes.js';
import { objectKeysAt, strictSchema } from '../model/strict-schema.js';
import { closestName } from '../normalize/closest-name.js';
import { misplacedKeyHint } from './misplaced-keys.js';
import type { YamlFile } from './yaml-file.js';

export interface IssueContext {
  /** Path prefix of the validated value inside the YAML document. */
  readonly basePath?: readonly (string | number)[];
  readonly claimId?: string;
  readonly sourceId?: string;
  readonly code?: LoadCode;
  /** The schema validated (from `basePath` on): names the keys allowed where an unknown key is. */
  readonly schema?: z.ZodType;
}

const describePath = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? 'the document'
    : path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
        .join('');

const hintFor = (issue: z.core.$ZodIssue): string | undefined => {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'remove the unknown key or check its spelling against docs/claim-files.md';
    case 'invalid_type':
      return `give a value of type ${issue.expected}`;
    case 'invalid_value':
      return 'use one of the allowed values';
    default:
      return undefined;
  }
};

/** Where `key` belongs (a key of another level: `misplacedKeyHint`), or the allowed key it probably meant, and the keys allowed where it was found. */
const unknownKeyHint = (key: string, allowed: readonly string[]): string => {
  if (allowed.length === 0) return 'remove the unknown key or check its spelling against docs/claim-files.md';
  const misplaced = misplacedKeyHint(key, allowed);
  if (misplaced !== undefined) return `${misplaced}; allowed here: ${allowed.join(', ')}`;
  const near = closestName(key, allowed);
  return `${near !== undefined ? `did you mean "${near}"? ` : ''}allowed here: ${allowed.join(', ')}`;
};

/** The value at `path` inside `root`, if there is one. */
const valueAt = (root: unknown, path: readonly (string | number)[]): unknown => {
  let at: unknown = root;
  for (const p of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[p];
  }
  return at;
};

/** A list written as one word or number (`aliases: Commissioner Okafor`): how to write it as a list. */
const listHint = (root: unknown, path: readonly (string | number)[], issue: z.core.$ZodIssue): string | undefined => {
  if (issue.code !== 'invalid_type' || issue.expected !== 'array') return undefined;
  const value = valueAt(root, path);
  const key = path[path.length - 1];
  if (typeof key !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  return `write a list, even of one item: \`${key}: [${String(value)}]\` (or one item per line, each after "- ")`;
};

/** The last key of `path` when the object it leads to exists and lacks that key: a required key left out. */
const missingKey = (root: unknown, path: readonly (string | number)[]): string | undefined => {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  const parent = valueAt(root, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, key) ? key : undefined;
};

/** The path of an issue, as a key for grouping issues of one value. */
const pathKey = (issue: z.core.$ZodIssue): string => JSON.stringify(issue.path.filter((p) => typeof p !== 'symbol'));

/**
 * The issues to report: an empty string fails every check chained after
 * "must not be empty" too ("must not be only spaces", an id's pattern), and
 * saying so three times over for one empty `subject: ""` (as every claim
 * `suggest` leaves for the author to fill in has) hides the one thing to do;
 * so where a value is too short, its other string checks are not reported.
 */
const reportedIssues = (issues: readonly z.core.$ZodIssue[]): readonly z.core.$ZodIssue[] => {
  const empty = new Set(issues.filter((i) => i.code === 'too_small' && i.origin === 'string').map(pathKey));
  if (empty.size === 0) return issues;
  return issues.filter((i) => !(i.code === 'invalid_format' && empty.has(pathKey(i))));
};

/**
 * One diagnostic per zod issue, each placed at the YAML node its path names
 * (or the nearest existing parent when a required key is missing); one per
 * unknown key, placed at the key, naming the closest allowed key. An empty
 * string is only "must not be empty" (`reportedIssues`).
 */
export const zodIssuesToDiagnostics = (
  yaml: YamlFile,
  issues: readonly z.core.$ZodIssue[],
  context: IssueContext = {},
): Diagnostic[] =>
  reportedIssues(issues).flatMap((issue) => {
    const inner = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const path = [...(context.basePath ?? []), ...inner];
    const fields = {
      ...(context.claimId !== undefined ? { claimId: context.claimId } : {}),
      ...(context.sourceId !== undefined ? { sourceId: context.sourceId } : {}),
    };
    if (issue.code === 'unrecognized_keys') {
      const allowed = context.schema !== undefined ? objectKeysAt(context.schema, inner) : [];
      return issue.keys.map((key) =>
        createDiagnostic(context.code ?? 'schema', `${describePath(path)}: unknown key "${key}"`, { file: yaml.file, start: yaml.placeOfKey([...path, key]) }, {
          path: [...path, key],
          ...fields,
          hint: unknownKeyHint(key, allowed),
        }),
      );
    }
    if (path.length === 0 && issue.code === 'invalid_type' && (yaml.value === null || yaml.value === undefined)) {
      return [
        createDiagnostic(context.code ?? 'schema', `${yaml.file} is empty (no YAML value, only blank lines or comments)`, { file: yaml.file, start: { line: 1, column: 1 } }, {
          path,
          ...fields,
          hint: 'write its keys (docs/claim-files.md) or delete it',
        }),
      ];
    }
    const missing = issue.code === 'invalid_type' || issue.code === 'invalid_value' ? missingKey(yaml.value, path) : undefined;
    if (issue.code === 'invalid_type' && missing !== undefined) {
      return [
        createDiagnostic(context.code ?? 'schema', `${describePath(path.slice(0, -1))}: the key "${missing}" is missing (${issue.expected} expected)`, { file: yaml.file, start: yaml.placeOf(path) }, {
          path,
          ...fields,
          hint: `add \`${missing}:\` with a value of type ${issue.expected} (docs/claim-files.md)`,
        }),
      ];
    }
    if (issue.code === 'invalid_value' && missing !== undefined) {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      return [
        createDiagnostic(context.code ?? 'schema', `${describePath(path.slice(0, -1))}: the key "${missing}" is missing (one of ${allowed})`, { file: yaml.file, start: yaml.placeOf(path) }, {
          path,
          ...fields,
          hint: `add \`${missing}:\` with one of ${allowed} (docs/claim-files.md)`,
        }),
      ];
    }
    // A list of objects (evidence entries) is not written `[word]`: the list hint is for lists of words.
    const ofObjects = context.schema !== undefined && objectKeysAt(context.schema, [...inner, 0]).length > 0;
    const hint = (ofObjects ? undefined : listHint(yaml.value, path, issue)) ?? hintFor(issue);
    return [
      createDiagnostic(context.code ?? 'schema', `${describePath(path)}: ${issue.message}`, { file: yaml.file, start: yaml.placeOf(path) }, {
        path,
        ...fields,
        ...(hint !== undefined ? { hint } : {}),
      }),
    ];
  });

/** What `validateYaml` gives: the data, or the diagnostics of every issue. */
export type YamlValidation<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly diagnostics: Diagnostic[] };

/**
 * Validate a value read from a YAML file against `schema`, strictly (every
 * object of the schema refuses unknown keys: `strictSchema`), with every issue
 * as a diagnostic placed in the file. The one way the loader checks a file.
 *
 * @example
 * const checked = validateYaml(SourceFileSchema, yaml.value, yaml);
 * if (!checked.success) return failed(checked.diagnostics);
 */
export const validateYaml = <T>(schema: z.ZodType<T>, value: unknown, yaml: YamlFile, context: Omit<IssueContext, 'schema'> = {}): YamlValidation<T> => {
  const strict = strictSchema(schema);
  const parsed = strict.safeParse(value);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, diagnostics: zodIssuesToDiagnostics(yaml, parsed.error.issues, { ...context, schema: strict }) };
};

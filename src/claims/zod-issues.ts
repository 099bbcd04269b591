/**
 * Turning zod validation issues into diagnostics that point at the YAML node
 * that is wrong.
 */
import type { z } from 'zod';
import { createDiagnostic, type Diagnostic } from '../model/message.js';
import type { LoadCode } from '../model/message-codes.js';
import type { YamlFile } from './yaml-file.js';

export interface IssueContext {
  /** Path prefix of the validated value inside the YAML document. */
  readonly basePath?: readonly (string | number)[];
  readonly claimId?: string;
  readonly sourceId?: string;
  readonly code?: LoadCode;
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

/**
 * One diagnostic per zod issue, each placed at the YAML node its path names
 * (or the nearest existing parent when a required key is missing).
 */
export const zodIssuesToDiagnostics = (
  yaml: YamlFile,
  issues: readonly z.core.$ZodIssue[],
  context: IssueContext = {},
): Diagnostic[] =>
  issues.map((issue) => {
    const path = [...(context.basePath ?? []), ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? yaml.placeOfKey([...path, issue.keys[0]]) : yaml.placeOf(path);
    const hint = hintFor(issue);
    return createDiagnostic(context.code ?? 'schema', `${describePath(path)}: ${issue.message}`, { file: yaml.file, start: at }, {
      path,
      ...(context.claimId !== undefined ? { claimId: context.claimId } : {}),
      ...(context.sourceId !== undefined ? { sourceId: context.sourceId } : {}),
      ...(hint !== undefined ? { hint } : {}),
    });
  });

/**
 * Reading `baseline.yaml` (the reviewed findings) from a claims folder, with
 * every problem as a diagnostic placed at file:line:col. A folder without a
 * baseline has an empty one: every finding is new.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from './yaml-file.js';
import { zodIssuesToDiagnostics } from './zod-issues.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { type Baseline, BaselineSchema } from '../reconcile/baseline.js';

export interface BaselineRead {
  readonly baseline: Baseline;
  /** The file name inside the folder, when there is one. */
  readonly file: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

const EMPTY: Baseline = { findings: [] };

/**
 * @example
 * const { baseline, diagnostics } = readBaseline('/repo/claims');
 */
export const readBaseline = (folder: string): BaselineRead => {
  const file = ['baseline.yaml', 'baseline.yml'].find((name) => existsSync(join(folder, name)));
  if (file === undefined) return { baseline: EMPTY, file: undefined, diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(join(folder, file), 'utf8');
  } catch (error) {
    return {
      baseline: EMPTY,
      file,
      diagnostics: [
        { code: 'baseline-unreadable', severity: 'error', message: `cannot read ${file}: ${(error as Error).message}`, file, line: 1, column: 1 },
      ],
    };
  }
  const { yaml, diagnostics } = readYamlFile(file, text);
  if (diagnostics.some((d) => d.severity === 'error')) return { baseline: EMPTY, file, diagnostics };
  const parsed = BaselineSchema.safeParse(yaml.value ?? EMPTY);
  if (!parsed.success) {
    return {
      baseline: EMPTY,
      file,
      diagnostics: [...diagnostics, ...zodIssuesToDiagnostics(yaml, parsed.error.issues, { code: 'baseline-schema' })],
    };
  }
  return { baseline: parsed.data, file, diagnostics };
};

/**
 * Reading `baseline.yaml` (the reviewed findings) from a claims folder, with
 * every problem as a diagnostic placed at file:line:col. A folder without a
 * baseline has an empty one: every finding is new.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from './yaml-file.js';
import { zodIssuesToDiagnostics } from './zod-issues.js';
import { createDiagnostic, type FilePlace } from '../model/message.js';
import { collected, ok, type Result } from '../model/result.js';
import { type Baseline, BaselineSchema } from '../model/baseline.js';

/** A folder's baseline and the file it came from. */
export interface BaselineRead {
  readonly baseline: Baseline;
  /** The file name inside the folder, when there is one. */
  readonly file: string | undefined;
  /** Where each entry is written (entry id → its place in the file). */
  readonly places: ReadonlyMap<string, FilePlace>;
}

const EMPTY: Baseline = { findings: [] };
const NOWHERE: ReadonlyMap<string, FilePlace> = new Map();

/**
 * The baseline of a claims folder (empty when there is none); on failure,
 * `partial` is an empty baseline, so every finding counts as new.
 *
 * @example
 * const read = readBaseline('/repo/claims');
 * if (!read.ok) for (const m of read.messages) console.error(formatMessage(m));
 */
export const readBaseline = (folder: string): Result<BaselineRead, BaselineRead> => {
  const file = ['baseline.yaml', 'baseline.yml'].find((name) => existsSync(join(folder, name)));
  if (file === undefined) return ok({ baseline: EMPTY, file: undefined, places: NOWHERE });
  let text: string;
  try {
    text = readFileSync(join(folder, file), 'utf8');
  } catch (error) {
    return collected({ baseline: EMPTY, file, places: NOWHERE }, [
      createDiagnostic('baseline-unreadable', `cannot read ${file}: ${(error as Error).message}`, { file, start: { line: 1, column: 1 } }),
    ]);
  }
  const read = readYamlFile(file, text);
  const diagnostics = read.messages;
  if (!read.ok) return collected({ baseline: EMPTY, file, places: NOWHERE }, diagnostics);
  const yaml = read.value;
  const parsed = BaselineSchema.safeParse(yaml.value ?? EMPTY);
  if (!parsed.success) {
    return collected({ baseline: EMPTY, file, places: NOWHERE }, [...diagnostics, ...zodIssuesToDiagnostics(yaml, parsed.error.issues, { code: 'baseline-schema' })]);
  }
  const places = new Map(parsed.data.findings.map((entry, i): [string, FilePlace] => [entry.id, { file, start: yaml.placeOf(['findings', i]) }]));
  return collected<BaselineRead>({ baseline: parsed.data, file, places }, diagnostics);
};

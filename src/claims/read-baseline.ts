/**
 * Reading `baseline.yaml` (the reviewed findings) from a claims folder, with
 * every problem as a diagnostic placed at file:line:col. A folder without a
 * baseline has an empty one: every finding is new.
 */
import { join } from 'node:path';
import { errorCode, errorReason, type FileSystem, nodeFileSystem } from '../files/file-system.js';
import { placeInFolder } from '../files/path-policy.js';
import { describeReadFailure, readRegularFile } from '../files/read-regular-file.js';
import { MAX_YAML_FILE_BYTES } from './load-corpus.js';
import { readYamlFile } from './yaml-file.js';
import { validateYaml } from './zod-issues.js';
import { createDiagnostic, type FilePlace } from '../model/message.js';
import { collected, ok, type Result } from '../model/result.js';
import { type Baseline, BaselineSchema } from '../model/baseline.js';
import type { LoadCache } from './load-cache.js';

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
export const readBaseline = (folder: string, options: { readonly fileSystem?: FileSystem; readonly cache?: LoadCache } = {}): Result<BaselineRead, BaselineRead> => {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  const unreadable = (file: string, message: string, hint?: string): Result<BaselineRead, BaselineRead> =>
    collected({ baseline: EMPTY, file, places: NOWHERE }, [
      createDiagnostic('baseline-unreadable', message, { file, start: { line: 1, column: 1 } }, hint !== undefined ? { hint } : {}),
    ]);
  let file: string | undefined;
  for (const name of ['baseline.yaml', 'baseline.yml']) {
    try {
      fileSystem.lstat(join(folder, name));
      file = name;
      break;
    } catch (error) {
      const code = errorCode(error);
      // No folder, or a folder path too long to use: the loader reports the folder itself.
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') continue;
      return unreadable(name, `cannot read ${name}: ${errorReason(error)}`, 'check its permissions');
    }
  }
  if (file === undefined) return ok({ baseline: EMPTY, file: undefined, places: NOWHERE });
  // The same policy as every other file of the folder: a link must stay inside it.
  let root = folder;
  try {
    root = fileSystem.realpath(folder);
  } catch {
    // the folder itself was reported by the loader
  }
  const place = placeInFolder(root, join(folder, file), fileSystem);
  if (place.status === 'outside') {
    return unreadable(file, `${file} is a link to ${place.real}, outside the claims folder; it was not read`, 'copy the baseline into the claims folder');
  }
  if (place.status === 'missing') return unreadable(file, `${file} is a broken symbolic link`, 'remove it or point it at the baseline');
  const outcome = readRegularFile(join(folder, file), { maxBytes: MAX_YAML_FILE_BYTES, fileSystem });
  if (outcome.status !== 'read') {
    const { message, hint } = describeReadFailure(outcome, file);
    return unreadable(file, message, hint);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(outcome.bytes);
  } catch {
    return unreadable(file, `${file} is not valid UTF-8`, 'save the file as UTF-8');
  }
  // With --cache, an unchanged baseline is not parsed or validated again.
  const key = options.cache?.key(['baseline', file, text]);
  const cached = key !== undefined ? options.cache?.get(key) : undefined;
  if (isBaselineResult(cached)) return cached;
  const result = parseBaseline(file, text);
  if (key !== undefined) options.cache?.set(key, result);
  return result;
};

const isBaselineResult = (value: unknown): value is Result<BaselineRead, BaselineRead> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean' && Array.isArray((value as { messages?: unknown }).messages);

const parseBaseline = (file: string, text: string): Result<BaselineRead, BaselineRead> => {
  const read = readYamlFile(file, text);
  const diagnostics = read.messages;
  if (!read.ok) return collected({ baseline: EMPTY, file, places: NOWHERE }, diagnostics);
  const yaml = read.value;
  const parsed = validateYaml(BaselineSchema, yaml.value ?? EMPTY, yaml, { code: 'baseline-schema' });
  if (!parsed.success) return collected({ baseline: EMPTY, file, places: NOWHERE }, [...diagnostics, ...parsed.diagnostics]);
  const places = new Map(parsed.data.findings.map((entry, i): [string, FilePlace] => [entry.id, { file, start: yaml.placeOf(['findings', i]) }]));
  return collected<BaselineRead>({ baseline: parsed.data, file, places }, diagnostics);
};

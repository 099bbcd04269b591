/**
 * The file-system edge: read a claims folder and build the corpus. Paths that
 * leave the folder (`..`, absolute paths, symbolic links pointing outside)
 * are refused with a diagnostic; unreadable or non-UTF-8 files are reported,
 * never skipped silently.
 */
import { join, relative, resolve, sep } from 'node:path';
import { errorCode, errorReason, type FileSystem, isPathTooLong, nodeFileSystem } from '../files/file-system.js';
import { placeInFolder } from '../files/path-policy.js';
import { describeReadFailure, readRegularFile, type ReadFileOutcome } from '../files/read-regular-file.js';
import { createDiagnostic, createMessage, type Diagnostic, type Severity } from '../model/message.js';
import type { LoadCode } from '../model/message-codes.js';
import { failed, ok, settled, type Result } from '../model/result.js';
import { buildCorpus, type BuiltFolder, type FolderFile } from './build-corpus.js';
import { firstInvalidUtf8, placeOfByte } from './invalid-utf8.js';
import type { ReadTextFile } from './read-text-file.js';
import { type FileLine, readFileLines } from '../files/file-lines.js';
import { NDJSON_NAME } from './ndjson-claims.js';
import type { LoadCache } from './load-cache.js';
import { appendAll } from '../model/append-all.js';

/** Largest YAML file read (bytes). */
export const MAX_YAML_FILE_BYTES = 16 * 1024 * 1024;
/** Largest source text read (bytes). */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Most files and folders looked at in one claims folder. A claims repository
 * has thousands; a walk past this is the wrong folder (`check /`, `check /proc`)
 * and stops with `folder-too-large` instead of running for hours.
 */
export const MAX_FOLDER_ENTRIES = 100_000;

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

const utf8 = new TextDecoder('utf-8', { fatal: true });

const toPosix = (path: string): string => path.split(sep).join('/');

const YAML_NAME = /\.ya?ml$/i;

const fileProblem = (file: string, code: LoadCode, message: string, hint: string, severity: Severity = 'error'): Diagnostic =>
  createDiagnostic(code, message, { file, start: { line: 1, column: 1 } }, { hint, severity });

const unreadableText = (code: LoadCode, message: string, hint: string): Result<string> => failed([createMessage(code, message, { hint })]);

/** Decode bytes as UTF-8, reporting invalid bytes with their place in the file. */
const decode = (bytes: Uint8Array, file: string): Result<string> => {
  try {
    return ok(utf8.decode(bytes));
  } catch {
    // Say where the first invalid byte is (decoding prefixes said "byte 0" for any file under 4 KB).
    const at = placeOfByte(bytes, firstInvalidUtf8(bytes) ?? 0);
    return failed([
      createDiagnostic(
        'invalid-utf8',
        `${file} is not valid UTF-8: the first invalid byte is at line ${at.line}, column ${at.column} (byte ${at.byte})`,
        { file, start: { line: at.line, column: at.column } },
        { hint: 'save the file as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)' },
      ),
    ]);
  }
};

/** The load code of a failed read: `vanished` is the code for a file that no longer exists. */
const readFailureCode = (outcome: Exclude<ReadFileOutcome, { status: 'read' }>, codes: { missing: LoadCode; notAFile: LoadCode; tooLarge: LoadCode }): LoadCode =>
  outcome.status === 'missing'
    ? codes.missing
    : outcome.status === 'not-a-file'
      ? codes.notAFile
      : outcome.status === 'too-large'
        ? codes.tooLarge
        : outcome.status === 'path-too-long'
          ? 'path-too-long'
          : 'unreadable';

/** A `ReadTextFile` over the real folder `root` (already resolved with realpath), recording what it read. */
const folderTextReader =
  (root: string, fileSystem: FileSystem, read: string[]): ReadTextFile =>
  (relativePath) => {
    const place = placeInFolder(root, join(root, relativePath), fileSystem);
    switch (place.status) {
      case 'missing':
        return unreadableText('source-text-missing', `the source text ${relativePath} does not exist`, 'check the `text:` path; it is relative to the metadata file');
      case 'path-too-long':
        return unreadableText('path-too-long', `the path of the source text ${relativePath.slice(0, 80)}… is too long for the operating system`, 'use a shorter file name');
      case 'unreadable':
        return unreadableText('unreadable', `cannot read the source text ${relativePath}: ${place.reason}`, 'check its permissions');
      case 'outside':
        return unreadableText(
          'source-path',
          `the source text ${relativePath} is a link to ${place.real}, outside the claims folder`,
          'copy the text into the claims folder instead of linking to it',
        );
      case 'inside':
        break;
    }
    const outcome = readRegularFile(place.real, { maxBytes: MAX_TEXT_FILE_BYTES, fileSystem });
    if (outcome.status === 'read') {
      read.push(place.real);
      return decode(outcome.bytes, relativePath);
    }
    const { message, hint } = describeReadFailure(outcome, relativePath);
    const code = readFailureCode(outcome, { missing: 'source-text-missing', notAFile: 'source-text-missing', tooLarge: 'source-too-large' });
    return unreadableText(code, message, outcome.status === 'not-a-file' ? 'point `text:` at the captured text file' : hint);
  };

/** Opens an NDJSON claims file of the folder for reading line by line, recording it as read. */
const folderLineReader =
  (root: string, fileSystem: FileSystem, read: string[]) =>
  (rel: string): Iterable<FileLine> | Diagnostic => {
    const absolute = join(root, rel);
    const opened = readFileLines(absolute, { fileSystem });
    if (opened.status === 'open') {
      read.push(absolute);
      return opened.lines;
    }
    if (opened.status === 'missing') return vanished(rel, rel);
    const { message, hint } = describeReadFailure(opened, rel);
    return fileProblem(rel, readFailureCode(opened, { missing: 'file-vanished', notAFile: 'not-a-file', tooLarge: 'file-too-large' }), message, hint);
  };

interface Walk {
  readonly yamlFiles: FolderFile[];
  /** NDJSON claim files found (relative paths); read line by line later. */
  readonly ndjsonFiles: string[];
  readonly problems: Diagnostic[];
  /** Real paths of every file read. */
  readonly read: string[];
  entries: number;
  readonly maxEntries: number;
  readonly fileSystem: FileSystem;
  readonly ignored: string[];
  readonly ignore: ((path: string) => boolean) | undefined;
}

/** A file or folder that was listed and is gone: an error for a YAML file (its claims are not read), else a warning. */
const vanished = (rel: string, name: string): Diagnostic =>
  YAML_NAME.test(name) || NDJSON_NAME.test(name)
    ? fileProblem(rel, 'file-vanished', `${rel} was removed or renamed while the folder was being read; it was not read`, 'run again when the files stop changing')
    : fileProblem(
        rel,
        'file-vanished',
        `${rel} was removed or renamed while the folder was being read; if it was a folder of claims, they were not read`,
        'run again when the files stop changing',
        'warning',
      );

/** A system error met looking at `rel` (lstat, stat, readdir), as a diagnostic. */
const lookProblem = (error: unknown, rel: string, name: string, what: string): Diagnostic => {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return vanished(rel, name);
  if (code === 'ENAMETOOLONG') return fileProblem(rel, 'path-too-long', `the path of ${what} is too long for the operating system; it was not read`, 'use shorter folder and file names');
  return fileProblem(rel, 'unreadable', `cannot read ${what}: ${errorReason(error)}`, code === 'EACCES' || code === 'EPERM' ? 'check its permissions' : 'check the file and the disk');
};

const readYaml = (absolute: string, rel: string, into: Walk): void => {
  const outcome = readRegularFile(absolute, { maxBytes: MAX_YAML_FILE_BYTES, fileSystem: into.fileSystem });
  if (outcome.status === 'read') {
    into.read.push(absolute);
    const decoded = decode(outcome.bytes, rel);
    if (decoded.ok) into.yamlFiles.push({ path: rel, text: decoded.value });
    else appendAll(into.problems, decoded.messages as Diagnostic[]);
    return;
  }
  if (outcome.status === 'missing') {
    into.problems.push(vanished(rel, rel));
    return;
  }
  const { message, hint } = describeReadFailure(outcome, rel);
  into.problems.push(fileProblem(rel, readFailureCode(outcome, { missing: 'file-vanished', notAFile: 'not-a-file', tooLarge: 'file-too-large' }), message, hint));
};

const walk = (root: string, directory: string, into: Walk): void => {
  const fs = into.fileSystem;
  const folderRel = toPosix(relative(root, directory)) || '.';
  let names: string[];
  try {
    names = fs.readdir(directory).sort();
  } catch (error) {
    into.problems.push(lookProblem(error, folderRel, '', `the folder ${folderRel}`));
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || SKIPPED_DIRECTORIES.has(name)) continue;
    if (into.entries > into.maxEntries) return;
    into.entries += 1;
    if (into.entries > into.maxEntries) {
      into.problems.push(
        fileProblem(folderRel, 'folder-too-large', `the claims folder has more than ${into.maxEntries} files and folders; the rest were not read`, 'check that this is the claims folder (not / or /proc)'),
      );
      return;
    }
    const absolute = join(directory, name);
    const rel = toPosix(relative(root, absolute));
    if (isPathTooLong(absolute)) {
      into.problems.push(fileProblem(folderRel, 'path-too-long', `the path of ${name.slice(0, 40)}… in ${folderRel.slice(0, 80)} is too long for the operating system; it was not read`, 'use shorter folder and file names'));
      continue;
    }
    let stats;
    try {
      stats = fs.lstat(absolute);
    } catch (error) {
      into.problems.push(lookProblem(error, rel, name, rel));
      continue;
    }
    if (stats.isSymbolicLink()) {
      const place = placeInFolder(root, absolute, fs);
      if (place.status === 'missing') {
        into.problems.push(fileProblem(rel, 'broken-link', `${rel} is a broken symbolic link`, 'remove it or point it at a file inside the folder'));
        continue;
      }
      if (place.status === 'path-too-long' || place.status === 'unreadable') {
        into.problems.push(
          place.status === 'unreadable'
            ? fileProblem(rel, 'unreadable', `cannot follow the link ${rel}: ${place.reason}`, 'check the link and its permissions')
            : fileProblem(rel, 'path-too-long', `the link ${rel} leads to a path too long for the operating system`, 'remove the link'),
        );
        continue;
      }
      let target;
      try {
        target = fs.stat(place.real);
      } catch (error) {
        // The link resolved but its target is gone (a process's pipe in /proc, a file removed meanwhile).
        if (YAML_NAME.test(name)) into.problems.push(lookProblem(error, rel, name, rel));
        continue;
      }
      if (place.status === 'outside') {
        if (YAML_NAME.test(name) || target.isDirectory()) {
          into.problems.push(fileProblem(rel, 'source-path', `${rel} is a link to ${place.real}, outside the claims folder; it was not read`, 'copy the file into the claims folder'));
        }
        continue;
      }
      if (target.isDirectory()) {
        // Its target is inside the folder, so it is read there; following the link would read it
        // twice, or forever (claims/loop -> claims read every file 40 times, until ELOOP).
        into.problems.push(
          createDiagnostic(
            'folder-link',
            `${rel} is a link to ${toPosix(relative(root, place.real))}, a folder inside the claims folder; it is read there, not through the link`,
            { file: rel, start: { line: 1, column: 1 } },
            { severity: 'warning', hint: 'remove the link' },
          ),
        );
        continue;
      }
      stats = target;
    }
    if (stats.isDirectory()) {
      walk(root, absolute, into);
    } else if ((YAML_NAME.test(name) || NDJSON_NAME.test(name)) && stats.isFile() && into.ignore?.(rel) === true) {
      into.ignored.push(rel);
    } else if (YAML_NAME.test(name) || NDJSON_NAME.test(name)) {
      if (stats.isFile()) {
        if (YAML_NAME.test(name)) readYaml(absolute, rel, into);
        else into.ndjsonFiles.push(rel);
      }
      // A pipe, socket or device named like a YAML file: reading it could block; say so instead.
      else into.problems.push(fileProblem(rel, 'not-a-file', `${rel} is not a regular file (a pipe, socket or device); it was not read`, 'replace it with a regular file'));
    }
  }
};

/** How to load: the file system to read (tests inject faults), and the walk's bound. */
export interface LoadCorpusOptions {
  readonly fileSystem?: FileSystem;
  /**
   * Files to leave out: called with each YAML or NDJSON file's path relative
   * to the folder (`claims/drafts/x.yaml`); `true` skips it (a configuration's
   * `ignore` globs).
   */
  readonly ignore?: (path: string) => boolean;
  /** Most files and folders looked at (default MAX_FOLDER_ENTRIES). */
  readonly maxFolderEntries?: number;
  /** Claim files loaded in an earlier run, by content hash (`openCacheFile`; `check --cache`). */
  readonly cache?: LoadCache;
}

/** A claims folder as far as it loaded, and where it is. */
export interface LoadedFolder extends BuiltFolder {
  /** The claims folder, resolved. */
  readonly root: string;
  /** Real paths of every file read (YAML files and source texts): the folder's inputs. */
  readonly inputs: readonly string[];
  /** YAML files left out by `ignore` (paths relative to the folder). */
  readonly ignoredFiles: readonly string[];
}

/** The folder and every message; on failure, `partial` holds everything that loaded. */
export type LoadCorpusResult = Result<LoadedFolder, LoadedFolder>;

/**
 * Load and check the claims folder `dir`: validate every file, anchor every
 * quote, verify every source hash. Never throws for bad input: look at
 * `diagnostics` (all problems, with file:line:col and claim id) and `ok`.
 *
 * @example
 * const result = await loadCorpus('claims');
 * if (!result.ok) for (const m of result.messages) console.error(formatMessage(m));
 * const { corpus } = settled(result); // what loaded, even when parts did not
 */
export const loadCorpus = async (dir: string, options: LoadCorpusOptions = {}): Promise<LoadCorpusResult> => {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  let root: string;
  try {
    if (isPathTooLong(resolve(dir))) throw Object.assign(new Error('ENAMETOOLONG'), { code: 'ENAMETOOLONG' });
    root = fileSystem.realpath(dir);
  } catch (error) {
    const code = errorCode(error);
    const problem =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? fileProblem(dir, 'folder-missing', `the claims folder ${dir} does not exist`, 'pass the folder that holds predicates.yaml, sources/ and claims/')
        : code === 'ENAMETOOLONG'
          ? fileProblem(dir, 'path-too-long', 'the path of the claims folder is too long for the operating system', 'use a shorter path (or cd closer to the folder)')
          : fileProblem(dir, 'unreadable', `cannot read the claims folder ${dir}: ${errorReason(error)}`, 'check its permissions');
    const empty = settled(buildCorpus({ yamlFiles: [], readTextFile: () => failed([problem]) }));
    return { ok: false, messages: [problem], partial: { ...empty, root: dir, inputs: [], ignoredFiles: [] } };
  }
  const found: Walk = { yamlFiles: [], ndjsonFiles: [], problems: [], read: [], entries: 0, maxEntries: options.maxFolderEntries ?? MAX_FOLDER_ENTRIES, fileSystem, ignored: [], ignore: options.ignore };
  walk(root, root, found);
  const built = buildCorpus({
    yamlFiles: found.yamlFiles,
    readTextFile: folderTextReader(root, fileSystem, found.read),
    unreadable: found.problems,
    ndjsonFiles: found.ndjsonFiles,
    readLines: folderLineReader(root, fileSystem, found.read),
    ...(options.cache !== undefined ? { cache: options.cache } : {}),
  });
  const inputs = [...new Set(found.read)].sort();
  const where = { root, inputs, ignoredFiles: found.ignored };
  return built.ok ? { ...built, value: { ...built.value, ...where } } : { ...built, partial: { ...built.partial, ...where } };
};

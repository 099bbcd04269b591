/**
 * The file-system edge: read a claims folder and build the corpus. Paths that
 * leave the folder (`..`, absolute paths, symbolic links pointing outside)
 * are refused with a diagnostic; unreadable or non-UTF-8 files are reported,
 * never skipped silently.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createDiagnostic, createMessage, type Diagnostic } from '../model/message.js';
import type { LoadCode } from '../model/message-codes.js';
import { failed, ok, settled, type Result } from '../model/result.js';
import { buildCorpus, type BuiltFolder, type FolderFile } from './build-corpus.js';
import { firstInvalidUtf8, placeOfByte } from './invalid-utf8.js';
import type { ReadTextFile } from './read-text-file.js';

/** Largest YAML file read (bytes). */
export const MAX_YAML_FILE_BYTES = 16 * 1024 * 1024;
/** Largest source text read (bytes). */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

const utf8 = new TextDecoder('utf-8', { fatal: true });

const isInside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
};

const toPosix = (path: string): string => path.split(sep).join('/');

const fileProblem = (file: string, code: LoadCode, message: string, hint: string): Diagnostic =>
  createDiagnostic(code, message, { file, start: { line: 1, column: 1 } }, { hint });

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

/** A `ReadTextFile` over the real folder `root` (already resolved with realpath). */
const folderTextReader = (root: string): ReadTextFile => (relativePath) => {
  const absolute = join(root, relativePath);
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return unreadableText('source-text-missing', `the source text ${relativePath} does not exist`, 'check the `text:` path; it is relative to the metadata file');
  }
  if (!isInside(root, real)) {
    return unreadableText(
      'source-path',
      `the source text ${relativePath} is a link to ${real}, outside the claims folder`,
      'copy the text into the claims folder instead of linking to it',
    );
  }
  const stats = statSync(real);
  if (!stats.isFile()) return unreadableText('source-text-missing', `${relativePath} is not a file`, 'point `text:` at the captured text file');
  if (stats.size > MAX_TEXT_FILE_BYTES) {
    return unreadableText(
      'source-too-large',
      `${relativePath} is ${stats.size} bytes; the limit is ${MAX_TEXT_FILE_BYTES}`,
      'split the source, or keep only the article text',
    );
  }
  return decode(readFileSync(real), relativePath);
};

interface Walk {
  readonly yamlFiles: FolderFile[];
  readonly problems: Diagnostic[];
  readonly ignored: string[];
  readonly ignore: ((path: string) => boolean) | undefined;
}

const walk = (root: string, directory: string, into: Walk): void => {
  let names: string[];
  try {
    names = readdirSync(directory).sort();
  } catch (error) {
    into.problems.push(fileProblem(toPosix(relative(root, directory)) || '.', 'unreadable', `cannot read the folder: ${(error as Error).message}`, 'check its permissions'));
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || SKIPPED_DIRECTORIES.has(name)) continue;
    const absolute = join(directory, name);
    const rel = toPosix(relative(root, absolute));
    const link = lstatSync(absolute);
    let stats = link;
    if (link.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(absolute);
      } catch {
        into.problems.push(fileProblem(rel, 'broken-link', `${rel} is a broken symbolic link`, 'remove it or point it at a file inside the folder'));
        continue;
      }
      if (!isInside(root, real)) {
        if (/\.ya?ml$/i.test(name) || statSync(real).isDirectory()) {
          into.problems.push(fileProblem(rel, 'source-path', `${rel} is a link to ${real}, outside the claims folder; it was not read`, 'copy the file into the claims folder'));
        }
        continue;
      }
      stats = statSync(real);
      if (stats.isDirectory()) {
        // Its target is inside the folder, so it is read there; following the link would read it
        // twice, or forever (claims/loop -> claims read every file 40 times, until ELOOP).
        into.problems.push(
          createDiagnostic(
            'folder-link',
            `${rel} is a link to ${toPosix(relative(root, real))}, a folder inside the claims folder; it is read there, not through the link`,
            { file: rel, start: { line: 1, column: 1 } },
            { severity: 'warning', hint: 'remove the link' },
          ),
        );
        continue;
      }
    }
    if (stats.isDirectory()) {
      walk(root, absolute, into);
    } else if (stats.isFile() && /\.ya?ml$/i.test(name) && into.ignore?.(rel) === true) {
      into.ignored.push(rel);
    } else if (stats.isFile() && /\.ya?ml$/i.test(name)) {
      if (stats.size > MAX_YAML_FILE_BYTES) {
        into.problems.push(fileProblem(rel, 'file-too-large', `${rel} is ${stats.size} bytes; YAML files may be at most ${MAX_YAML_FILE_BYTES}`, 'split it into several files'));
        continue;
      }
      const read = decode(readFileSync(absolute), rel);
      if (read.ok) into.yamlFiles.push({ path: rel, text: read.value });
      else into.problems.push(...(read.messages as Diagnostic[]));
    } else if (!stats.isFile() && /\.ya?ml$/i.test(name)) {
      // A pipe, socket or device named like a YAML file: reading it could block; say so instead.
      into.problems.push(fileProblem(rel, 'not-a-file', `${rel} is not a regular file (a pipe, socket or device); it was not read`, 'replace it with a regular file'));
    }
  }
};

/** A claims folder as far as it loaded, and where it is. */
export interface LoadedFolder extends BuiltFolder {
  /** The claims folder, resolved. */
  readonly root: string;
  /** YAML files left out by `ignore` (paths relative to the folder). */
  readonly ignoredFiles: readonly string[];
}

export interface LoadCorpusOptions {
  /**
   * Files to leave out: called with each YAML file's path relative to the
   * folder (`claims/drafts/x.yaml`); `true` skips it (a configuration's
   * `ignore` globs).
   */
  readonly ignore?: (path: string) => boolean;
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
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    const missing = fileProblem(dir, 'folder-missing', `the claims folder ${dir} does not exist`, 'pass the folder that holds predicates.yaml, sources/ and claims/');
    const empty = settled(buildCorpus({ yamlFiles: [], readTextFile: () => failed([missing]) }));
    return { ok: false, messages: [missing], partial: { ...empty, root: dir, ignoredFiles: [] } };
  }
  const found: Walk = { yamlFiles: [], problems: [], ignored: [], ignore: options.ignore };
  walk(root, root, found);
  const built = buildCorpus({ yamlFiles: found.yamlFiles, readTextFile: folderTextReader(root), unreadable: found.problems });
  const where = { root, ignoredFiles: found.ignored };
  return built.ok ? { ...built, value: { ...built.value, ...where } } : { ...built, partial: { ...built.partial, ...where } };
};

/**
 * The `--cache` of `claimtrace check` (as ESLint's): what loading a file
 * produced, kept between runs in one JSON file and keyed by content hashes,
 * so an unchanged claim file is neither parsed, validated, anchored nor
 * normalized again (issue 19).
 *
 * - A claim file's entry is keyed by its path and text and by the hash of
 *   everything its claims depend on (predicates, entities, every source's
 *   metadata and text): change any of them and the file is read again.
 * - The whole file is keyed by claimtrace's version: another version's cache
 *   is dropped (the loader may have changed what it produces).
 * - The file carries a checksum of its entries: a cache that is corrupt or
 *   edited by hand is ignored with a warning (`cache-ignored`) and
 *   rewritten, never trusted and never a crash. A file that is not a
 *   claimtrace cache at all (a wrong `--cache-location`) is ignored with a
 *   warning and left as it is.
 * - It is written atomically through the file layer, with only the entries
 *   this run used (so it never grows with files long gone).
 */
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write.js';
import { errorReason, type FileSystem, nodeFileSystem } from '../files/file-system.js';
import { readRegularFile } from '../files/read-regular-file.js';
import { createMessage, type Message } from '../model/message.js';

/** What the loader asks of a cache: a key for some content, and a stored value by key. */
export interface LoadCache {
  /** The key of these parts (a SHA-256 of them). */
  readonly key: (parts: readonly string[]) => string;
  /** The stored value, or undefined. */
  readonly get: (key: string) => unknown;
  readonly set: (key: string, value: unknown) => void;
}

/** A cache kept in a file: read on open, written by `save`. */
export interface CacheFile extends LoadCache {
  readonly path: string;
  /** Why the file that was there was not used (a corrupt or foreign file). */
  readonly problems: readonly Message[];
  /** Write the entries this run used; a failure is a warning, never an exception. */
  readonly save: () => readonly Message[];
}

/** The format's name and number, written into the file. */
const FORMAT = 'claimtrace-cache';
const FORMAT_VERSION = 2;
/** A larger cache file is not read (it is rewritten). */
export const MAX_CACHE_FILE_BYTES = 512 * 1024 * 1024;

interface Stored {
  readonly format: string;
  readonly formatVersion: number;
  readonly version: string;
  readonly checksum: string;
  readonly entries: Readonly<Record<string, unknown>>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The key of some parts: no two part lists give one text (each part is length-prefixed). */
export const contentKey = (parts: readonly string[]): string => sha256(parts.map((p) => `${p.length}:${p}`).join('\n'));

const ignored = (path: string, why: string): Message =>
  createMessage('cache-ignored', `the cache ${path} ${why}; it was ignored and is rewritten`, {
    severity: 'warning',
    hint: 'nothing to do: this run read every file as without --cache',
  });

/** A file that is not a claimtrace cache is never overwritten: --cache-location may name the wrong file. */
const foreign = (path: string, why: string): Message =>
  createMessage('cache-ignored', `${path} ${why}; it was not used and is left as it is`, {
    severity: 'warning',
    hint: 'point --cache-location at another file (or remove this one)',
  });

/** The entries of the file at `path`, or why they cannot be used (undefined problem: no file, or another version). */
const readStored = (path: string, version: string, fileSystem: FileSystem): { entries: Record<string, unknown>; problem?: Message; keep?: true } => {
  const outcome = readRegularFile(path, { maxBytes: MAX_CACHE_FILE_BYTES, fileSystem });
  if (outcome.status === 'missing') return { entries: {} };
  if (outcome.status === 'not-a-file') return { entries: {}, problem: foreign(path, `is a ${outcome.kind}, not a cache file`), keep: true };
  if (outcome.status !== 'read') return { entries: {}, problem: ignored(path, outcome.status === 'too-large' ? 'is too large' : 'cannot be read') };
  const text = new TextDecoder('utf-8').decode(outcome.bytes);
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(text) as Partial<Stored>;
  } catch {
    // A cache cut short (by a full disk, or a copy) still starts as one: it is rewritten.
    return text.startsWith(`{"format":"${FORMAT}"`)
      ? { entries: {}, problem: ignored(path, 'is corrupt (not JSON)') }
      : { entries: {}, problem: foreign(path, 'is not a claimtrace cache (not JSON)'), keep: true };
  }
  if (stored === null || typeof stored !== 'object' || stored.format !== FORMAT) return { entries: {}, problem: foreign(path, 'is not a claimtrace cache'), keep: true };
  if (typeof stored.entries !== 'object' || stored.entries === null) return { entries: {}, problem: ignored(path, 'is corrupt (it has no entries)') };
  // Another format or another claimtrace: dropped without a word (an upgrade is no problem).
  if (stored.formatVersion !== FORMAT_VERSION || stored.version !== version) return { entries: {} };
  if (stored.checksum !== sha256(JSON.stringify(stored.entries))) return { entries: {}, problem: ignored(path, 'is corrupt (its checksum does not match)') };
  return { entries: stored.entries as Record<string, unknown> };
};

/**
 * Open the cache file `path` for claimtrace `version`.
 *
 * @example
 * const cache = openCacheFile('node_modules/.cache/claimtrace/check-cache.json', CLI_VERSION);
 * const loaded = await loadCorpus('claims', { cache });
 * const saveProblems = cache.save();
 */
export const openCacheFile = (path: string, version: string, options: { readonly fileSystem?: FileSystem } = {}): CacheFile => {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  const { entries: stored, problem, keep } = readStored(path, version, fileSystem);
  const used = new Map<string, unknown>();
  return {
    path,
    problems: problem !== undefined ? [problem] : [],
    key: contentKey,
    get: (key) => {
      if (!Object.hasOwn(stored, key)) return used.get(key);
      const value = stored[key];
      used.set(key, value);
      return value;
    },
    set: (key, value) => void used.set(key, value),
    save: () => {
      if (keep === true) return [];
      const entries = Object.fromEntries([...used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const file: Stored = { format: FORMAT, formatVersion: FORMAT_VERSION, version, checksum: sha256(JSON.stringify(entries)), entries };
      try {
        writeFileAtomic(path, `${JSON.stringify(file)}\n`, { fileSystem });
        return [];
      } catch (error) {
        return [
          createMessage('cache-ignored', `the cache ${path} could not be written: ${errorReason(error)}`, {
            severity: 'warning',
            hint: `check that ${dirname(path)} is writable, or pass --cache-location`,
          }),
        ];
      }
    },
  };
};

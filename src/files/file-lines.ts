/**
 * A regular file read line by line, in chunks: memory is one chunk plus the
 * line being read, however large the file (a million-claim NDJSON file). The
 * file is opened like every other input (non-blocking, checked with fstat on
 * the open descriptor, so a pipe or device is refused before a byte is
 * read). Lines are split on `\n` (a `\r` before it is dropped) as bytes and
 * decoded one by one, so a bad line — invalid UTF-8, or longer than the limit
 * — is reported with its number and the next line is read as usual.
 */
import { errorCode, type FileSystem, nodeFileSystem } from './file-system.js';
import { closeQuietly, failure, openRegularFile, type ReadFileOutcome } from './read-regular-file.js';

/** One line of the file (numbers start at 1), or why it could not be read. */
export type FileLine =
  | { readonly number: number; readonly text: string }
  /** Not UTF-8: the line's bytes, for the caller to place the first invalid one. */
  | { readonly number: number; readonly problem: 'invalid-utf8'; readonly bytes: Uint8Array }
  /** Longer than `maxLineBytes`; it is skipped. */
  | { readonly number: number; readonly problem: 'too-long'; readonly length: number }
  /** Reading failed part-way (an I/O error); nothing after `number` is read. */
  | { readonly number: number; readonly problem: 'unreadable'; readonly reason: string; readonly code: string | undefined };

export interface ReadFileLinesOptions {
  /** Longest line read, in bytes (default 1 MiB). */
  readonly maxLineBytes?: number;
  /** Bytes read at a time (default 64 KiB). */
  readonly chunkBytes?: number;
  readonly fileSystem?: FileSystem;
}

/** The file's lines, or why it cannot be opened (`read` never occurs: the lines are the content). */
export type FileLinesOutcome = { readonly status: 'open'; readonly lines: Iterable<FileLine> } | Exclude<ReadFileOutcome, { status: 'read' }>;

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Open `path` for reading line by line. The lines are read as they are
 * iterated (once); the file is closed when the iteration ends or stops.
 *
 * @example
 * const opened = readFileLines('claims/claims/all.ndjson');
 * if (opened.status === 'open') for (const line of opened.lines) if ('text' in line) JSON.parse(line.text);
 */
export const readFileLines = (path: string, options: ReadFileLinesOptions = {}): FileLinesOutcome => {
  const fs = options.fileSystem ?? nodeFileSystem;
  const opened = openRegularFile(path, fs);
  if (opened.status !== 'open') return opened;
  return { status: 'open', lines: lines(opened.fd, fs, options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, options.chunkBytes ?? 64 * 1024) };
};

function* lines(fd: number, fs: FileSystem, maxLineBytes: number, chunkBytes: number): Generator<FileLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const chunk = new Uint8Array(chunkBytes);
  // The line being read: its bytes so far (up to the limit), and its full length.
  let line = new Uint8Array(Math.min(maxLineBytes, chunkBytes));
  let length = 0;
  let total = 0;
  let number = 0;
  const append = (from: Uint8Array): void => {
    total += from.length;
    if (total > maxLineBytes) return;
    if (length + from.length > line.length) {
      const grown = new Uint8Array(Math.min(maxLineBytes, Math.max(line.length * 2, length + from.length)));
      grown.set(line.subarray(0, length));
      line = grown;
    }
    line.set(from, length);
    length += from.length;
  };
  const finish = (): FileLine => {
    number += 1;
    const end = length > 0 && line[length - 1] === RETURN ? length - 1 : length;
    const bytes = line.subarray(0, end);
    const read: FileLine =
      total > maxLineBytes
        ? { number, problem: 'too-long', length: total }
        : (() => {
            try {
              return { number, text: decoder.decode(bytes) };
            } catch {
              return { number, problem: 'invalid-utf8', bytes: bytes.slice() };
            }
          })();
    length = 0;
    total = 0;
    return read;
  };
  try {
    for (;;) {
      let n: number;
      try {
        n = fs.read(fd, chunk, 0, chunk.length);
      } catch (error) {
        const outcome = failure(error);
        yield { number: number + 1, problem: 'unreadable', reason: outcome.status === 'unreadable' ? outcome.reason : String(error), code: errorCode(error) };
        return;
      }
      if (n === 0) break;
      let start = 0;
      for (let i = 0; i < n; i += 1) {
        if (chunk[i] !== NEWLINE) continue;
        append(chunk.subarray(start, i));
        yield finish();
        start = i + 1;
      }
      append(chunk.subarray(start, n));
    }
    // A last line without a newline; an empty file (or one ending in a newline) has no more.
    if (total > 0) yield finish();
  } finally {
    closeQuietly(fs, fd);
  }
}

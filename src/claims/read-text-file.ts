/**
 * How the loader asks for a source's text file. The edge (`loadCorpus`)
 * provides one backed by the file system that refuses paths leaving the
 * claims folder; tests provide one backed by a map. A failure is a message
 * (its `place`, when known, is where in the file the problem is — e.g. the
 * first invalid UTF-8 byte); the loader places it at the `text:` entry
 * otherwise.
 */
import type { Result } from '../model/result.js';

/** `relativePath` is POSIX, relative to the claims folder, already checked not to escape it. */
export type ReadTextFile = (relativePath: string) => Result<string>;

/**
 * How the loader asks for a source's text file. The edge (`loadCorpus`)
 * provides one backed by the file system that refuses paths leaving the
 * claims folder; tests provide one backed by a map.
 */
export type TextFileRead =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly hint?: string };

/** `relativePath` is POSIX, relative to the claims folder, already checked not to escape it. */
export type ReadTextFile = (relativePath: string) => TextFileRead;

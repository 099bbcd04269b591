/**
 * How the loader asks for a source's text file. The edge (`loadCorpus`)
 * provides one backed by the file system that refuses paths leaving the
 * claims folder; tests provide one backed by a map.
 */
export type TextFileRead =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      readonly hint?: string;
      /** Where in the file the problem is (e.g. the first invalid UTF-8 byte), when known. */
      readonly line?: number;
      readonly column?: number;
    };

/** `relativePath` is POSIX, relative to the claims folder, already checked not to escape it. */
export type ReadTextFile = (relativePath: string) => TextFileRead;

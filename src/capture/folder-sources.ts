/**
 * The sources a claims folder already has (id, metadata file, content hash),
 * read from `sources/**.yaml` without loading the whole folder: enough to
 * pick a new id and to notice a page captured twice.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { readRegularFile } from '../files/read-regular-file.js';

export interface KnownSource {
  readonly id: string;
  /** The metadata file, relative to the folder, with `/`. */
  readonly file: string;
  readonly contentHash?: string;
}

const MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * @example
 * folderSources('claims').map((s) => s.id) // ['000_6ddc9de317a1d06d', …]
 */
export const folderSources = (folder: string): KnownSource[] => {
  const found: KnownSource[] = [];
  const walk = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let stats;
      try {
        stats = lstatSync(path);
      } catch {
        continue;
      }
      if (stats.isDirectory() && depth < 8) walk(path, depth + 1);
      if (!stats.isFile() || !/\.ya?ml$/i.test(name) || stats.size > MAX_FILE_BYTES) continue;
      // Read as a regular file (never a pipe swapped in after lstat).
      const read = readRegularFile(path, { maxBytes: MAX_FILE_BYTES });
      if (read.status !== 'read') continue;
      let value: unknown;
      try {
        value = parse(new TextDecoder().decode(read.bytes), { maxAliasCount: 100 });
      } catch {
        continue;
      }
      if (typeof value !== 'object' || value === null) continue;
      const { id, contentHash } = value as { id?: unknown; contentHash?: unknown };
      if (typeof id !== 'string') continue;
      found.push({ id, file: relative(folder, path).split(sep).join('/'), ...(typeof contentHash === 'string' ? { contentHash } : {}) });
    }
  };
  walk(join(folder, 'sources'), 0);
  return found;
};

/**
 * Reading a text file of a claims folder under the one path policy: the file
 * must really be inside the folder (links included) and a regular file of at
 * most `maxBytes`, in UTF-8. For the commands that edit a folder in place
 * (`update-source`, `rehash`), which read files the loader has listed.
 */
import { join } from 'node:path';
import { errorReason, type FileSystem, nodeFileSystem } from './file-system.js';
import { placeInFolder } from './path-policy.js';
import { describeReadFailure, readRegularFile } from './read-regular-file.js';

export type FolderText = { readonly status: 'read'; readonly text: string } | { readonly status: 'refused'; readonly reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of `relativePath` (POSIX, relative to the claims folder `root`).
 *
 * @example
 * const read = readFolderText('/repo/claims', 'claims/harbour.yaml', { maxBytes: 16 * 1024 * 1024 });
 * if (read.status === 'read') edit(read.text);
 */
export const readFolderText = (root: string, relativePath: string, options: { readonly maxBytes: number; readonly fileSystem?: FileSystem }): FolderText => {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  let realRoot: string;
  try {
    realRoot = fileSystem.realpath(root);
  } catch (error) {
    return { status: 'refused', reason: `cannot read the claims folder ${root}: ${errorReason(error)}` };
  }
  const place = placeInFolder(realRoot, join(realRoot, relativePath), fileSystem);
  if (place.status === 'outside') return { status: 'refused', reason: `${relativePath} leads to ${place.real}, outside the claims folder` };
  if (place.status !== 'inside') return { status: 'refused', reason: place.status === 'unreadable' ? `cannot read ${relativePath}: ${place.reason}` : `${relativePath} does not exist` };
  const read = readRegularFile(place.real, { maxBytes: options.maxBytes, fileSystem });
  if (read.status !== 'read') return { status: 'refused', reason: describeReadFailure(read, relativePath).message };
  try {
    return { status: 'read', text: utf8.decode(read.bytes) };
  } catch {
    return { status: 'refused', reason: `${relativePath} is not valid UTF-8` };
  }
};

/**
 * `claimtrace init [dir]`: scaffold a claims folder with one source and one
 * claim that pass `claimtrace check`. Never overwrites a file; writes all of
 * them or none (a full disk leaves nothing behind), and a run that was killed
 * half-way is completed by the next one.
 */
import { join, relative, resolve } from 'node:path';
import { finishInterruptedWrites } from '../../files/atomic-write.js';
import type { FileSystem } from '../../files/file-system.js';
import { readRegularFile } from '../../files/read-regular-file.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { scaffoldFiles, type ScaffoldFile } from '../scaffold.js';
import { writeOutputFiles } from '../write-output.js';

/** Whether a scaffold file is there: absent, with the scaffold's content (an earlier, interrupted init), or something else. */
const stateOf = (path: string, file: ScaffoldFile, fileSystem: FileSystem | undefined): 'absent' | 'same' | 'other' => {
  const read = readRegularFile(path, { maxBytes: 1024 * 1024, ...(fileSystem !== undefined ? { fileSystem } : {}) });
  if (read.status === 'missing') return 'absent';
  return read.status === 'read' && new TextDecoder().decode(read.bytes) === file.content ? 'same' : 'other';
};

export const initCommand: Command = {
  name: 'init',
  summary: 'scaffold a claims folder with one source and one claim',
  usage: ['claimtrace init [dir]'],
  description: [
    'Writes predicates.yaml, entities.yaml, sources/example.{yaml,txt}, claims/example.yaml and',
    'baseline.yaml into [dir] (default: ./claims). Refuses to overwrite existing files; writes all',
    'of them or none.',
    'Exit: 0 written; 2 a file already exists or cannot be written.',
  ].join('\n'),
  options: {},
  optionHelp: {},
  positionals: { min: 0, max: 1 },
  run: async ({ positionals }, { io, out }) => {
    const folder = resolve(io.cwd, positionals[0] ?? 'claims');
    const shown = relative(io.cwd, folder) || '.';
    finishInterruptedWrites(folder, io.fileSystem !== undefined ? { fileSystem: io.fileSystem } : {});
    const files = scaffoldFiles().map((file) => ({ file, state: stateOf(join(folder, file.path), file, io.fileSystem) }));
    const existing = files.filter((f) => f.state !== 'absent').map((f) => f.file.path);
    // An earlier init that was stopped half-way left some of its own files: complete it. Anything else is refused.
    if (existing.length === files.length || files.some((f) => f.state === 'other')) {
      throw new CliError(`${shown} already has ${existing.join(', ')}; nothing was written`, {
        hint: 'choose an empty folder: claimtrace init <dir>',
      });
    }
    const missing = files.filter((f) => f.state === 'absent').map((f) => f.file);
    writeOutputFiles(
      missing.map((file) => ({ path: join(folder, file.path), content: file.content })),
      { io, createOnly: true },
    );
    for (const file of missing) io.stdout.write(`${out.green('created')} ${join(shown, file.path)}\n`);
    io.stdout.write(`\nNext: claimtrace check ${shown}\n`);
    return EXIT_OK;
  },
};

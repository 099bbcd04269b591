/**
 * `claimtrace init [dir]`: scaffold a claims folder with one source and one
 * claim that pass `claimtrace check`. Never overwrites a file.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { scaffoldFiles } from '../scaffold.js';
import { writeOutputFile } from '../write-output.js';

export const initCommand: Command = {
  name: 'init',
  summary: 'scaffold a claims folder with one source and one claim',
  usage: ['claimtrace init [dir]'],
  description: [
    'Writes predicates.yaml, entities.yaml, sources/example.{yaml,txt}, claims/example.yaml and',
    'baseline.yaml into [dir] (default: ./claims). Refuses to overwrite existing files.',
    'Exit: 0 written; 2 a file already exists or cannot be written.',
  ].join('\n'),
  options: {},
  optionHelp: {},
  positionals: { min: 0, max: 1 },
  run: async ({ positionals }, { io, out }) => {
    const folder = resolve(io.cwd, positionals[0] ?? 'claims');
    const shown = relative(io.cwd, folder) || '.';
    const files = scaffoldFiles();
    const existing = files.filter((f) => existsSync(join(folder, f.path))).map((f) => f.path);
    if (existing.length > 0) {
      throw new CliError(`${shown} already has ${existing.join(', ')}; nothing was written`, {
        hint: 'choose an empty folder: claimtrace init <dir>',
      });
    }
    for (const file of files) {
      const path = join(folder, file.path);
      writeOutputFile(path, file.content, join(shown, file.path), { createOnly: true });
      io.stdout.write(`${out.green('created')} ${join(shown, file.path)}\n`);
    }
    io.stdout.write(`\nNext: claimtrace check ${shown}\n`);
    return EXIT_OK;
  },
};

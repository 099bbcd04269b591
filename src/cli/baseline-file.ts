/**
 * The baseline file of a checked claims folder — the one place the CLI
 * reads and writes baseline.yaml: which file it is (an existing
 * baseline.yaml / .yml, else baseline.yaml) and an edit of it (reviews added
 * or replaced, entries removed) through `editBaselineText`, written
 * atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editBaselineText } from '../claims/baseline-document.js';
import { formatMessage } from '../model/message.js';
import { CliError } from './cli-error.js';
import { EXIT_PROBLEMS } from './exit-codes.js';
import { type PipelineRun, shownPath } from './run-pipeline.js';
import { writeOutputFiles } from './write-output.js';

/** The baseline file of the folder (an existing baseline.yaml / .yml, else baseline.yaml) and its text, if any. */
export const baselineFile = (run: PipelineRun): { readonly path: string; readonly name: string; readonly text: string | undefined } => {
  const name = run.reconciled?.baselineFile ?? 'baseline.yaml';
  const path = join(run.folder, name);
  return { path, name, text: existsSync(path) ? readFileSync(path, 'utf8') : undefined };
};

/** Apply an edit to the folder's baseline file and write it; returns the file as shown. */
export const writeBaselineEdit = (run: PipelineRun, edit: Parameters<typeof editBaselineText>[1], io: Parameters<typeof writeOutputFiles>[1]['io']): string => {
  const { cwd } = io;
  const file = baselineFile(run);
  const edited = editBaselineText(file.text, edit, file.name);
  if (!edited.ok) throw new CliError(`cannot edit ${shownPath(file.path, cwd)}: ${edited.messages.map((m) => formatMessage(m)).join('; ')}`, { exitCode: EXIT_PROBLEMS });
  writeOutputFiles([{ path: file.path, content: edited.value }], { io });
  return shownPath(file.path, cwd);
};

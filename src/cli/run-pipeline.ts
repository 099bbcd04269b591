/**
 * The pipeline the folder commands share: the library's consistency check
 * (`checkClaimsFolder`: load and validate — which anchors every quote —,
 * read the baseline, reconcile with the built-in rules, compare with the
 * baseline, resolve preferred values), so the CLI, `npm start`, `npm run
 * report` and the corpus test see the same findings. It stops before
 * reconciling when the input is invalid: findings over a half-loaded corpus
 * would mislead. Commands that only need the corpus load it and stop there.
 */
import { relative } from 'node:path';
import { checkClaimsFolder, type Reconciled } from '../check/index.js';
import { type LoadedFolder, loadCorpus } from '../claims/index.js';
import type { Message } from '../model/message.js';
import { settled } from '../model/result.js';
import { resolveClaimsFolder } from './claims-folder.js';
import type { CommandContext } from './command.js';

export type { Reconciled } from '../check/index.js';

export interface PipelineRun {
  /** The claims folder, absolute. */
  readonly folder: string;
  /** The claims folder as the user sees it (relative to the working directory). */
  readonly shown: string;
  /** The folder as far as it loaded. */
  readonly loaded: LoadedFolder;
  /** Load and baseline messages, in the loader's order then the baseline's. */
  readonly messages: readonly Message[];
  /** Present only when the input is valid and `reconcile` was asked for. */
  readonly reconciled?: Reconciled;
}

/** The folder as shown to the user: relative to the working directory when inside it. */
export const shownPath = (path: string, cwd: string): string => {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
};

const STAGE_WORDS = { load: 'loading and anchoring', reconcile: 'reconciling', resolve: 'resolving' } as const;

/**
 * @example
 * const run = await runPipeline(positionals[0], context, { reconcile: true });
 * if (run.reconciled === undefined) return EXIT_INVALID_INPUT;
 */
export const runPipeline = async (
  folderArg: string | undefined,
  context: CommandContext,
  options: { readonly reconcile: boolean },
): Promise<PipelineRun> => {
  const { io, progress } = context;
  const folder = resolveClaimsFolder(folderArg, io.cwd);
  const shown = shownPath(folder, io.cwd);
  try {
    if (!options.reconcile) {
      progress.update(`claimtrace: ${STAGE_WORDS.load} ${shown} …`);
      const load = await loadCorpus(folder, io.fileSystem !== undefined ? { fileSystem: io.fileSystem } : {});
      return { folder, shown, loaded: settled(load), messages: load.messages };
    }
    const check = await checkClaimsFolder(folder, {
      ...(io.fileSystem !== undefined ? { fileSystem: io.fileSystem } : {}),
      onStage: (stage, detail) => progress.update(`claimtrace: ${STAGE_WORDS[stage]} ${stage === 'load' ? shown : detail} …`),
    });
    const { loaded, reconciled } = check.ok ? check.value : check.partial;
    return { folder, shown, loaded, messages: check.messages, ...(reconciled !== undefined ? { reconciled } : {}) };
  } finally {
    progress.done();
  }
};

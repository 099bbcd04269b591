/**
 * The pipeline the folder commands share: the configuration
 * (`claimtrace.config.{json,mjs}` found from the folder upward, or
 * `--config`), then the library's consistency check (`checkClaimsFolder`:
 * load and validate — which anchors every quote —, read the baseline,
 * reconcile with the configured rules, compare with the baseline, resolve
 * preferred values), so the CLI, `npm start`, `npm run report` and the
 * corpus test see the same findings. It stops before reconciling when the
 * input is invalid: findings over a half-loaded corpus would mislead.
 * Commands that only need the corpus load it and stop there. A broken
 * configuration is a usage error (exit 2) naming each problem's place.
 */
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkClaimsFolder, type CheckResult, type Reconciled } from '../check/index.js';
import { type CheckReport, type CheckReportOptions, createCheckReport } from '../check/check-report.js';
import { type LoadedFolder, loadCorpus } from '../claims/index.js';
import { configCheckOptions, type LoadedConfig, loadConfig } from '../config/index.js';
import type { PathOptions } from '../model/display-path.js';
import type { Message } from '../model/message.js';
import { settled } from '../model/result.js';
import { claimsFoldersIn, isClaimsFolder, resolveClaimsFolder } from './claims-folder.js';
import { CliError } from './cli-error.js';
import { folderUsage } from './folder-usage.js';
import type { CommandContext, OptionValues } from './command.js';
import { stringOption } from './command.js';
import { messagesText } from './diagnostics-output.js';
import { openCacheFile } from '../claims/load-cache.js';
import { CLI_VERSION } from './version.js';

export type { Reconciled } from '../check/index.js';

export interface PipelineRun {
  /** The claims folder, absolute. */
  readonly folder: string;
  /** The claims folder as the user sees it (relative to the working directory). */
  readonly shown: string;
  /** How paths are shown: places' files are relative to the folder, shown from the working directory. */
  readonly paths: PathOptions;
  /** The configuration that applied. */
  readonly config: LoadedConfig;
  /** The folder as far as it loaded. */
  readonly loaded: LoadedFolder;
  /** Load and baseline messages, in the loader's order then the baseline's (and the rules' problems). */
  readonly messages: readonly Message[];
  /** Present only when the input is valid and `reconcile` was asked for. */
  readonly reconciled?: Reconciled;
  /** The library's result, when `reconcile` was asked for. */
  readonly check?: CheckResult;
}

/** The folder as shown to the user: relative to the working directory when inside it. */
export const shownPath = (path: string, cwd: string): string => {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
};

/** Whether `folder` is not there (or not a folder); other failures to look at it are left to the loader. */
const folderMissing = (folder: string): boolean => {
  try {
    return !statSync(folder).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
};

const STAGE_WORDS = { load: 'loading and anchoring', reconcile: 'reconciling', resolve: 'resolving' } as const;

/** The `--config` option every folder command takes. */
export const CONFIG_OPTION = { config: { type: 'string', short: 'c' } } as const;
export const CONFIG_OPTION_HELP = { config: 'use this configuration file instead of the claimtrace.config.{json,mjs} found from the folder upward' } as const;

/**
 * The configuration for `folder`: `--config`'s file, or the one found; a
 * problem in it is a usage error listing every problem.
 */
export const loadCliConfig = async (folder: string, values: OptionValues, context: CommandContext): Promise<LoadedConfig> => {
  const file = stringOption(values, 'config');
  const config = await loadConfig(folder, { cwd: context.io.cwd, ...(file !== undefined ? { file } : {}) });
  if (config.ok) return config.value;
  const problems = config.messages.filter((m) => m.severity === 'error').length;
  throw new CliError(`the configuration has ${problems} problem${problems === 1 ? '' : 's'}; nothing was checked`, {
    details: messagesText(config.messages, { root: folder, cwd: context.io.cwd }, context.err),
    hint: 'see docs/ci.md#the-configuration-file for the format',
  });
};

/**
 * @example
 * const run = await runPipeline(positionals[0], values, context, { reconcile: true });
 * if (run.reconciled === undefined) return EXIT_PROBLEMS;
 */
export const runPipeline = async (
  folderArg: string | undefined,
  values: OptionValues,
  context: CommandContext,
  options: { readonly reconcile: boolean; readonly cacheFile?: string },
): Promise<PipelineRun> => {
  const { io, progress } = context;
  const folder = resolveClaimsFolder(folderArg, io.cwd);
  const shown = shownPath(folder, io.cwd);
  const paths: PathOptions = { root: folder, cwd: io.cwd };
  // A folder that is not there is a usage error; one that cannot be read (a path too long, no permission) the loader reports.
  if (folderMissing(folder)) {
    throw new CliError(`the claims folder ${shown} does not exist (folder-missing)`, { hint: 'pass the folder that holds predicates.yaml, sources/ and claims/' });
  }
  // Not a claims folder, but holding some: the command was run one level too high (no folder named), or named the folder above
  // the claims folder. One error naming them, not a warning for every file below.
  if (!isClaimsFolder(folder)) {
    const inside = claimsFoldersIn(folder).map((name) => (folderArg === undefined ? name : shownPath(join(folder, name), io.cwd)));
    if (inside.length > 0) {
      const { invocation } = context;
      const usage = invocation === undefined ? undefined : folderUsage(invocation.usage, invocation.name, invocation.positionals[0], inside[0] ?? '');
      throw new CliError(`${shown} is not a claims folder (it has no predicates.yaml)${folderArg === undefined ? ', and no folder was named' : ''}`, {
        hint: `${inside.length === 1 ? 'the claims folder' : 'the claims folders'} ${folderArg === undefined ? 'here' : 'in it'} ${inside.length === 1 ? 'is' : 'are'} ${inside.join(', ')}: name it ${folderArg === undefined ? 'after the command' : 'instead'}${usage !== undefined ? ` (${usage})` : ''}`,
      });
    }
  }
  const config = await loadCliConfig(folder, values, context);
  const checkOptions = configCheckOptions(config, folder);
  try {
    if (!options.reconcile) {
      progress.update(`claimtrace: ${STAGE_WORDS.load} ${shown} …`);
      const load = await loadCorpus(folder, {
        ...(checkOptions.ignore !== undefined ? { ignore: checkOptions.ignore } : {}),
        ...(io.fileSystem !== undefined ? { fileSystem: io.fileSystem } : {}),
      });
      return { folder, shown, paths, config, loaded: settled(load), messages: load.messages };
    }
    const fileSystem = io.fileSystem !== undefined ? { fileSystem: io.fileSystem } : {};
    const cache = options.cacheFile !== undefined ? openCacheFile(options.cacheFile, CLI_VERSION, fileSystem) : undefined;
    const check = await checkClaimsFolder(folder, {
      ...checkOptions,
      ...fileSystem,
      ...(cache !== undefined ? { cache } : {}),
      onStage: (stage, detail) => progress.update(`claimtrace: ${STAGE_WORDS[stage]} ${stage === 'load' ? shown : detail} …`),
    });
    const { loaded, reconciled } = check.ok ? check.value : check.partial;
    // A cache that could not be used or written is a warning before the folder's own messages (in every format's report).
    const cacheMessages = cache === undefined ? [] : [...cache.problems, ...cache.save()];
    const checked: CheckResult = cacheMessages.length === 0 ? check : { ...check, messages: [...cacheMessages, ...check.messages] };
    return { folder, shown, paths, config, loaded, messages: checked.messages, check: checked, ...(reconciled !== undefined ? { reconciled } : {}) };
  } finally {
    progress.done();
  }
};

/** The check report of a run that reconciled (`runPipeline(…, { reconcile: true })`). */
export const reportOfRun = (run: PipelineRun, options: CheckReportOptions): CheckReport => {
  if (run.check === undefined) throw new TypeError('the folder was loaded without checking it (runPipeline with reconcile: false)');
  return createCheckReport(run.check, options);
};

/**
 * The pipeline the folder commands share: load and validate the claims
 * folder (which anchors every quote), read the baseline, reconcile with the
 * built-in rules, compare with the baseline. Stops before reconciling when
 * the input is invalid: findings over a half-loaded corpus would mislead.
 */
import { relative } from 'node:path';
import { type LoadCorpusResult, loadCorpus } from '../claims/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import {
  type Baseline,
  type BaselineComparison,
  builtinRules,
  compareWithBaseline,
  createReconciler,
  type ReconcileResult,
  type Reconciler,
} from '../reconcile/index.js';
import { resolveClaimsFolder } from './claims-folder.js';
import type { CommandContext } from './command.js';
import { readBaseline } from '../claims/read-baseline.js';

export interface Reconciled {
  readonly reconciler: Reconciler;
  readonly result: ReconcileResult;
  readonly baseline: Baseline;
  readonly comparison: BaselineComparison;
}

export interface PipelineRun {
  /** The claims folder, absolute. */
  readonly folder: string;
  /** The claims folder as the user sees it (relative to the working directory). */
  readonly shown: string;
  readonly load: LoadCorpusResult;
  /** Load and baseline diagnostics, in the loader's order then the baseline's. */
  readonly diagnostics: readonly Diagnostic[];
  /** Present only when the input is valid and `reconcile` was asked for. */
  readonly reconciled?: Reconciled;
}

/** The folder as shown to the user: relative to the working directory when inside it. */
export const shownPath = (path: string, cwd: string): string => {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
};

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
  progress.update(`claimtrace: loading and anchoring ${shown} …`);
  const load = await loadCorpus(folder);
  const baselineRead = options.reconcile ? readBaseline(folder) : { baseline: { findings: [] }, diagnostics: [] };
  const diagnostics = [...load.diagnostics, ...baselineRead.diagnostics];
  const valid = load.ok && !baselineRead.diagnostics.some((d) => d.severity === 'error');
  if (!options.reconcile || !valid) {
    progress.done();
    return { folder, shown, load, diagnostics };
  }
  progress.update(`claimtrace: reconciling ${load.corpus.claims.length} claims from ${load.corpus.sources.length} sources …`);
  const reconciler = createReconciler({ rules: builtinRules() });
  const result = reconciler.reconcile(load.corpus);
  const comparison = compareWithBaseline(result.findings, baselineRead.baseline);
  progress.done();
  return { folder, shown, load, diagnostics, reconciled: { reconciler, result, baseline: baselineRead.baseline, comparison } };
};

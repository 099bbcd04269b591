/**
 * The one throwing wrapper, for scripts and the CLI edge.
 */
import type { Corpus } from '../model/corpus.js';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { loadCorpus } from './load-corpus.js';

/** Thrown by `loadCorpusOrThrow`; carries every diagnostic. */
export class CorpusLoadError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(dir: string, diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`the claims folder ${dir} has ${errors.length} error(s):\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'CorpusLoadError';
    this.diagnostics = diagnostics;
  }
}

/**
 * Load a claims folder or throw a `CorpusLoadError` listing every error.
 *
 * @example
 * const corpus = await loadCorpusOrThrow('claims');
 */
export const loadCorpusOrThrow = async (dir: string): Promise<Corpus> => {
  const result = await loadCorpus(dir);
  if (!result.ok) throw new CorpusLoadError(dir, result.diagnostics);
  return result.corpus;
};

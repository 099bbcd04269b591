/**
 * The one throwing wrapper, for scripts and the CLI edge.
 */
import type { Corpus } from '../model/corpus.js';
import { formatMessage, type Message } from '../model/message.js';
import { loadCorpus } from './load-corpus.js';

/** Thrown by `loadCorpusOrThrow`; carries every message. */
export class CorpusLoadError extends Error {
  readonly messages: readonly Message[];
  constructor(dir: string, messages: readonly Message[]) {
    const errors = messages.filter((m) => m.severity === 'error');
    super(`the claims folder ${dir} has ${errors.length} error(s):\n${errors.map(formatMessage).join('\n')}`);
    this.name = 'CorpusLoadError';
    this.messages = messages;
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
  if (!result.ok) throw new CorpusLoadError(dir, result.messages);
  return result.value.corpus;
};

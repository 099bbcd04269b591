/**
 * What a report calls a claim group: the subject's display name and the
 * predicate ("Pax Silica · founding-members").
 */
import type { Corpus } from '../model/corpus.js';
import type { Finding } from '../model/finding.js';

/**
 * Display names for canonical subject keys: the alias table's name, else the
 * first name a claim used.
 */
export const subjectNames = (corpus: Corpus): ReadonlyMap<string, string> => {
  const names = new Map<string, string>();
  for (const e of corpus.entities) names.set(e.id, e.name);
  for (const c of corpus.claims) {
    const key = c.subject.id ?? c.subject.name;
    if (!names.has(key)) names.set(key, c.subject.name);
  }
  return names;
};

/** "Pax Silica · founding-members", or '' for a finding about no claim group. */
export const claimGroupLabel = (f: Finding, names: ReadonlyMap<string, string>): string =>
  f.key !== undefined ? `${names.get(f.key.subject) ?? f.key.subject} · ${f.key.predicate}` : '';

/**
 * The suggestion evaluation on the bundled corpus, with the targets of
 * issue 16 as thresholds, and the figures docs/authoring.md shows kept fresh.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { formatMessage } from '../../src/model/message.js';
import { evaluateSuggestions, type SuggestionEvaluation } from '../../src/suggest/index.js';
import { SUGGEST_TARGETS, suggestEvaluationTable } from '../tools/eval-suggest.js';

let withAliases: SuggestionEvaluation;
let builtinOnly: SuggestionEvaluation;

beforeAll(async () => {
  const loaded = await loadCorpus(new URL('../../claims', import.meta.url).pathname);
  if (!loaded.ok) throw new Error(loaded.messages.map((m) => formatMessage(m)).join('\n'));
  withAliases = evaluateSuggestions(loaded.value.corpus);
  builtinOnly = evaluateSuggestions(loaded.value.corpus, { folderAliases: false });
});

describe('suggest on the bundled corpus as gold standard', () => {
  it.each(['quantity', 'date', 'entity-set'] as const)('%s: recall at or above the target, fewer than 3 candidates per recalled claim', (kind) => {
    const score = withAliases.kinds.find((k) => k.kind === kind);
    expect(score?.claims).toBeGreaterThan(0);
    expect(score!.recall).toBeGreaterThanOrEqual(SUGGEST_TARGETS[kind]);
    expect(score!.candidatesPerRecalled).toBeLessThan(SUGGEST_TARGETS.maxCandidatesPerRecalled);
  });

  it('keeps every candidate, attributed statements included, under 3 per recalled claim', () => {
    expect(withAliases.candidatesPerRecalled).toBeLessThan(SUGGEST_TARGETS.maxCandidatesPerRecalled);
  });

  it('does nearly as well without the folder alias tables (a new folder)', () => {
    for (const k of builtinOnly.kinds) expect(k.recall).toBeGreaterThanOrEqual(SUGGEST_TARGETS[k.kind]);
  });

  it('docs/authoring.md shows the current figures (npm run eval -- --suggest)', () => {
    const doc = readFileSync(new URL('../../docs/authoring.md', import.meta.url), 'utf8');
    expect(doc).toContain(suggestEvaluationTable(withAliases, builtinOnly));
  });
});

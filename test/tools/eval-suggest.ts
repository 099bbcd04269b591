/**
 * The suggestion evaluation: `npm run eval -- --suggest [--claims <dir>] [--json]`.
 *
 * Treats a claims folder (the bundled corpus by default) as the gold
 * standard and scores `suggestClaims` per value kind (see
 * docs/authoring.md#how-good-are-the-suggestions): recall, precision and
 * candidates per recalled claim, with the folder's alias tables and with the
 * built-in ones only (a new folder).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/claims/index.js';
import { evaluateSuggestions, type SuggestionEvaluation } from '../../src/suggest/index.js';

/** The targets issue 16 sets, checked by test/suggest/suggest-evaluation.test.ts. */
export const SUGGEST_TARGETS = { quantity: 0.8, date: 0.8, 'entity-set': 0.6, maxCandidatesPerRecalled: 3 } as const;

const fixed = (x: number, digits = 2): string => x.toFixed(digits);

/** The figures as a Markdown table (the one docs/authoring.md shows). */
export const suggestEvaluationTable = (withAliases: SuggestionEvaluation, builtinOnly: SuggestionEvaluation): string => {
  const rows = withAliases.kinds.map((k, i) => {
    const b = builtinOnly.kinds[i];
    return `| ${k.kind} | ${k.claims} | ${k.recalled} | ${fixed(k.recall)} | ${k.candidates} | ${fixed(k.precision)} | ${fixed(k.candidatesPerRecalled)} | ${b === undefined ? '' : fixed(b.recall)} |`;
  });
  return [
    '| value kind | written claims | recalled | recall | candidates | precision | candidates per recalled claim | recall, built-in aliases only |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    `| all (incl. ${withAliases.candidates - withAliases.kinds.reduce((n, k) => n + k.candidates, 0)} attributed statements) | ${withAliases.kinds.reduce((n, k) => n + k.claims, 0)} | ${withAliases.kinds.reduce((n, k) => n + k.recalled, 0)} | | ${withAliases.candidates} | | ${fixed(withAliases.candidatesPerRecalled)} | |`,
  ].join('\n');
};

/** Run the evaluation from the command line; returns the exit code. */
export const runSuggestEvaluation = async (argv: readonly string[]): Promise<number> => {
  const { values } = parseArgs({
    args: [...argv],
    options: { suggest: { type: 'boolean' }, claims: { type: 'string', default: 'claims' }, json: { type: 'boolean', default: false } },
    strict: true,
  });
  const folder = resolve(values.claims);
  const loaded = await loadCorpus(folder);
  if (!loaded.ok) {
    console.error(`eval --suggest: ${folder} does not load (${loaded.messages.filter((d) => d.severity === 'error').length} errors); run claimtrace check ${values.claims}`);
    return 2;
  }
  const withAliases = evaluateSuggestions(loaded.value.corpus);
  const builtinOnly = evaluateSuggestions(loaded.value.corpus, { folderAliases: false });
  if (values.json) {
    console.log(JSON.stringify({ folder: values.claims, withAliases, builtinOnly }, null, 2));
  } else {
    console.log(`suggestions on ${values.claims} (${withAliases.sources} sources) as gold standard\n`);
    console.log(suggestEvaluationTable(withAliases, builtinOnly));
    for (const k of withAliases.kinds) if (k.missed.length > 0) console.log(`\nmissed ${k.kind}: ${k.missed.join(', ')}`);
  }
  const failing = withAliases.kinds.filter((k) => k.recall < SUGGEST_TARGETS[k.kind] || k.candidatesPerRecalled >= SUGGEST_TARGETS.maxCandidatesPerRecalled);
  return failing.length === 0 ? 0 : 1;
};

/**
 * A third page for the `conflict` fixture (test/fixtures/cli/conflict) that
 * agrees with the Herald's side ($3.5 billion) of the cost disagreement:
 * new evidence for the same disputed values, so a reviewed finding keeps its
 * id and its review carries over.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, normalizeText } from '../../src/ingest/index.js';

const TEXT = ['Tide Courier', '', 'Terminal works begin', '', 'Work on the container terminal expansion, which will cost $3.5 billion, began this week.', ''].join('\n');

/** Write the page, its metadata and its claim into the claims folder `folder`. */
export const addAgreeingSource = (folder: string): void => {
  writeFileSync(join(folder, 'sources', 'courier.txt'), TEXT);
  writeFileSync(
    join(folder, 'sources', 'courier.yaml'),
    [
      'id: tide-courier-terminal',
      'text: courier.txt',
      'title: Terminal works begin',
      'publisher: Tide Courier',
      'language: en',
      'publishedAt: { date: 2026-01-14 }',
      `contentHash: ${contentHash(normalizeText(TEXT))}`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(folder, 'claims', 'courier.yaml'),
    [
      'source: tide-courier-terminal',
      'claims:',
      '  - id: cost-courier',
      '    subject: container terminal expansion',
      '    predicate: cost',
      '    value: { quantity: "$3.5 billion" }',
      '    quote: "will cost $3.5 billion"',
      '',
    ].join('\n'),
  );
};

/** Turn on the opt-in `uncorroborated` rule for the folder (its single-source values become info findings). */
export const withSingleSourceFindings = (folder: string): void => {
  writeFileSync(join(folder, 'claimtrace.config.json'), '{ "rules": { "uncorroborated": "on" } }\n');
};

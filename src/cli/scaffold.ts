/**
 * The files `claimtrace init` writes: a claims folder with one example
 * source and claim that pass `claimtrace check`, or (`bare`) the same folder
 * without them — empty vocabulary and alias tables with a commented entry to
 * copy. Pure: returns paths and contents.
 */
import { contentHash } from '../ingest/content-hash.js';
import { normalizeText } from '../ingest/normalize-text.js';
import { ReviewVerdictSchema } from '../model/baseline.js';
import { EntityKindSchema } from '../model/entity.js';
import { ValueKindSchema } from '../values/registry.js';

export interface ScaffoldFile {
  /** Path relative to the claims folder, with `/`. */
  readonly path: string;
  readonly content: string;
  /** Part of the example (the footbridge story): delete it when the folder holds your own sources. */
  readonly example?: true;
}

export interface ScaffoldOptions {
  /** No example source, claim, predicate or entity: the tables are empty. */
  readonly bare?: boolean;
}

const EXAMPLE_TEXT = normalizeText(
  [
    'Riverside Courier',
    '',
    'Council approves new footbridge',
    '',
    'The city council approved the construction of a new footbridge over the river on Tuesday.',
    'The project will cost about $4 million, the mayor said, and work is expected to start in the spring.',
    '',
  ].join('\n'),
);

/** The entity and predicate tables of a bare folder: empty, with a commented entry to copy. */
const BARE_ENTITIES = [
  '# Alias tables: the names an entity goes by (countries are built in). An entry:',
  '#   - id: riverside-footbridge',
  '#     name: Riverside footbridge',
  `#     kind: other   # ${EntityKindSchema.options.join(' | ')}`,
  '#     aliases: [new footbridge, the footbridge]   # optional: other names it goes by',
  'entities: []',
  '',
].join('\n');

const BARE_PREDICATES = [
  '# The predicate vocabulary: what claims may say about a subject. An entry:',
  '#   - id: cost',
  `#     valueType: quantity   # ${ValueKindSchema.options.join(' | ')}`,
  '#     cardinality: functional   # functional: one true value per subject | multi',
  '#     label: cost',
  '#     description: What a project or purchase costs.',
  'predicates: []',
  '',
].join('\n');

/**
 * The scaffold's files, sorted by path.
 *
 * @example
 * scaffoldFiles().map((f) => f.path)
 * // ['baseline.yaml', 'claims/example.yaml', 'entities.yaml', 'predicates.yaml', 'sources/example.txt', 'sources/example.yaml']
 */
export const scaffoldFiles = (options: ScaffoldOptions = {}): readonly ScaffoldFile[] =>
  options.bare === true
    ? EXAMPLE_FILES.filter((f) => f.path === 'baseline.yaml').concat([
        { path: 'entities.yaml', content: BARE_ENTITIES },
        { path: 'predicates.yaml', content: BARE_PREDICATES },
      ])
    : EXAMPLE_FILES;

const EXAMPLE_FILES: readonly ScaffoldFile[] = [
  {
    path: 'baseline.yaml',
    content: [
      '# Findings a person has reviewed. `claimtrace check` fails on findings that are not listed here.',
      '# Add one entry per reviewed finding (the id comes from `claimtrace check`):',
      '#   - id: <finding id>',
      '#     rule: <rule id>',
      `#     verdict: real-conflict   # ${ReviewVerdictSchema.options.join(' | ')}`,
      '#     reason: why',
      '#     reviewedBy: who',
      'findings: []',
      '',
    ].join('\n'),
  },
  {
    path: 'claims/example.yaml',
    example: true,
    content: [
      '# Claims: one atomic assertion each, with the exact words of the source that support it.',
      'source: riverside-courier-footbridge',
      'claims:',
      '  - id: footbridge-cost',
      '    subject: Riverside footbridge',
      '    predicate: cost',
      '    value: { quantity: "about $4 million" }',
      '    quote: "The project will cost about $4 million"',
      '    attribution: { speaker: the mayor }',
      '',
    ].join('\n'),
  },
  {
    path: 'entities.yaml',
    content: [
      '# Alias tables: the names an entity goes by (countries are built in).',
      'entities:',
      '  - id: riverside-footbridge',
      '    name: Riverside footbridge',
      '    kind: other',
      '    aliases: [new footbridge, the footbridge]',
      '',
    ].join('\n'),
  },
  {
    path: 'predicates.yaml',
    content: [
      '# The predicate vocabulary: what claims may say about a subject.',
      'predicates:',
      '  - id: cost',
      '    valueType: quantity',
      '    cardinality: functional',
      '    label: cost',
      '    description: What a project or purchase costs.',
      '',
    ].join('\n'),
  },
  { path: 'sources/example.txt', content: EXAMPLE_TEXT, example: true },
  {
    path: 'sources/example.yaml',
    example: true,
    content: [
      '# One metadata file per captured source text.',
      'id: riverside-courier-footbridge',
      'text: example.txt',
      'title: Council approves new footbridge',
      'publisher: Riverside Courier',
      'language: en',
      'publishedAt: { date: 2026-01-06 }',
      `contentHash: ${contentHash(EXAMPLE_TEXT)}`,
      '',
    ].join('\n'),
  },
];

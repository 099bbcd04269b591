/**
 * The public API, pinned: the exported values of every entry point, by name.
 * A change here is a change of the package's contract — make it on purpose
 * (and say so in CHANGELOG.md). The root entry stays small: at most about
 * forty values, the rest is behind `claimtrace/schema`, `claimtrace/testing`,
 * `claimtrace/browser`, `claimtrace/authoring`, `claimtrace/scale` and
 * `claimtrace/resolve`, or internal.
 */
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as schema from '../../src/schema.js';
import * as testing from '../../src/testing/index.js';
import * as browser from '../../src/browser.js';
import * as authoring from '../../src/authoring.js';
import * as scale from '../../src/scale/index.js';
import * as resolveEntry from '../../src/resolve.js';

const ROOT = [
    'BUILTIN_VALUE_KINDS', 'OUTPUT_FORMATS', 'anchorQuote', 'baselineEntryFor', 'builtinRules',
    'checkClaimsFolder', 'compareValues', 'compareWithBaseline', 'contentHash', 'createAccu',
    'createCheckReport', 'createEntityResolver', 'createLocator', 'createReconciler', 'createTruthFinder',
    'createValueKinds', 'defaultStrategy', 'defineRule', 'describeSpan', 'describeValue', 'detectSourceDependence',
    'findingsToJson', 'formatMessage', 'loadCorpus', 'majorityVote', 'normalizeText', 'parseDate',
    'parseEntitySet', 'parseQuantity', 'prepareText', 'problemFromReconcile', 'reanchorSpan',
    'renderHtmlReport', 'renderMarkdownReport', 'resolveGroups', 'settled', 'toAnnotationCollection',
    'toClaimReviewGraph', 'toProv', 'valueKey',
];
const SCHEMA = [
    'AiGeneratedSchema', 'AiRangeSchema', 'AliasEntrySchema', 'AttributionSchema', 'BaselineEntrySchema',
    'BaselineSchema', 'BooleanShorthandSchema', 'BooleanValueSchema', 'CLAIM_FOLDER_FILE_KINDS',
    'CardinalitySchema', 'ClaimFileDocSchema', 'ClaimFileEntrySchema', 'ClaimFileSchema', 'ClaimIdSchema',
    'ClaimSchema', 'ConfigFileSchema', 'CountShorthandSchema', 'DateShorthandSchema', 'DateValueSchema', 'EntitiesFileSchema',
    'EntityIdSchema', 'EntityKindSchema', 'EntityRefSchema', 'EntitySetValueSchema', 'EntityShorthandSchema',
    'EntityValueSchema', 'FilePlaceSchema', 'FilePointSchema', 'FindingClaimSchema', 'FindingIdSchema',
    'FindingNoteSchema', 'FindingSchema', 'FindingSideSchema', 'HedgeSchema', 'ListShorthandSchema',
    'MessageCodeSchema', 'MessagePlaceSchema', 'MessageSchema', 'MessageSourceSchema', 'NonContentKindSchema',
    'NonContentRangeSchema', 'PolaritySchema', 'PredicateIdSchema', 'PredicateSchema', 'PredicatesFileSchema',
    'PublishedAtSchema', 'QualifiersSchema', 'QuantityShorthandSchema', 'QuantityValueSchema',
    'ReviewVerdictSchema', 'RuleIdSchema', 'RuleLevelSchema', 'RuleSettingSchema', 'RulesConfigSchema',
    'SHIPPED_SCHEMA_KINDS', 'SeveritySchema', 'SourceDocumentSchema', 'SourceFileSchema', 'SourceIdSchema', 'SourceRelationSchema',
    'SourceSchema', 'SpanSchema', 'TextPlaceSchema', 'TextPositionSelectorSchema', 'TextQuoteSelectorSchema',
    'TextRangeSchema', 'TextShorthandSchema', 'TextValueSchema', 'ValueFileSchema', 'ValueKindSchema',
    'ValueSchema', 'WeekdaySchema', 'WeekdayValueSchema', 'claimFileJsonSchema', 'claimFolderJsonSchema',
    'parseId',
];
const TESTING = [
    'buildTestCorpus', 'checkRuleExamples', 'claimsCheckTests', 'exampleCoverageProblems', 'examplePredicate', 'ruleTester',
    'sourceDocument', 'spanOf',
];
const BROWSER = [
    'BUILTIN_VALUE_KINDS', 'anchorQuote', 'compareValues', 'createEntityResolver', 'createLocator',
    'createValueKinds', 'describeSpan', 'describeValue', 'foldText', 'formatMessage', 'normalizeText',
    'parseDate', 'parseEntitySet', 'parseQuantity', 'prepareText', 'reanchorSpan', 'settled', 'spanAt',
    'valueKey',
];

const AUTHORING = [
    'addSource', 'captureSource', 'changedSources', 'evaluateSuggestions', 'ndjsonFromClaimFile', 'rehashSource', 'suggestClaims',
    'suggestionsYaml', 'updateSource',
];

const SCALE = [
    'DuckDbUnavailable', 'accuInDuckDb', 'claimLine', 'claimLineReader', 'duckDbAvailable', 'majorityVoteInDuckDb',
    'openClaimStore', 'readAccuracy', 'readClaimsNdjson', 'readConfidence', 'reconcileInDuckDb', 'writeClaimsNdjson',
];

const RESOLVE = [
    'DEFAULT_PRIOR_STRENGTH', 'RELIABILITY_EDGES', 'accu', 'accuCopy', 'applyCalibration', 'attributeAccu', 'averageLog',
    'brierScore', 'builtinStrategies', 'catd', 'createAccu', 'createAttributeAccu', 'createFactFinder', 'createLossWeighted',
    'createTruthFinder', 'crh', 'defaultNumericValue', 'defaultStrategy', 'dependencePosterior', 'detectMirrors',
    'entitySetContainment', 'entitySetJaccard', 'exactSimilarity', 'explainPreferred', 'fitCalibration', 'identityCalibration',
    'investment', 'majorityVote', 'pooledInvestment', 'problemFromReconcile', 'reliabilityTable', 'resolutionForFinding',
    'resolveGroups', 'sums', 'truthFinder', 'typeAwareSimilarity', 'valueLabel',
];

const names = (entry: object): string[] => Object.keys(entry).sort();

describe('the entry points export exactly these values', () => {
  it.each([
    ['claimtrace', root, ROOT],
    ['claimtrace/schema', schema, SCHEMA],
    ['claimtrace/testing', testing, TESTING],
    ['claimtrace/browser', browser, BROWSER],
    ['claimtrace/authoring', authoring, AUTHORING],
    ['claimtrace/scale', scale, SCALE],
    ['claimtrace/resolve', resolveEntry, RESOLVE],
  ] as const)('%s', (_entry, module, expected) => {
    expect(names(module)).toEqual(expected);
  });

  it('keeps the root entry at about forty values', () => {
    expect(ROOT.length).toBeLessThanOrEqual(40);
  });

  it('exports no tuning constant and no zod schema from the root (they are options, and claimtrace/schema)', () => {
    for (const name of ROOT) {
      expect(name).not.toMatch(/Schema$/);
      if (/^[A-Z][A-Z0-9_]+$/.test(name)) expect(['BUILTIN_VALUE_KINDS', 'OUTPUT_FORMATS']).toContain(name);
    }
  });
});

/** Every module the file imports, relative imports resolved to files of src/, bare specifiers as written. */
const importsOf = (file: string): { readonly local: string[]; readonly bare: string[] } => {
  const text = readFileSync(file, 'utf8');
  const local: string[] = [];
  const bare: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
    const specifier = match[1] ?? match[2] ?? '';
    if (specifier.startsWith('.')) local.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    else bare.push(specifier);
  }
  return { local, bare };
};

describe('claimtrace/browser', () => {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  /** The Node built-ins an entry reaches, and how many of our modules it reaches. */
  const nodeImports = (entry: string): { offending: string[]; modules: number } => {
    const seen = new Set<string>();
    const offending: string[] = [];
    const walk = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const { local, bare } = importsOf(file);
      for (const specifier of bare) if (builtins.has(specifier) || builtins.has(specifier.split('/')[0] ?? '')) offending.push(`${file} imports ${specifier}`);
      for (const next of local) walk(next);
    };
    walk(join(import.meta.dirname, '../../src', entry));
    return { offending, modules: seen.size };
  };

  it('imports no Node built-in anywhere in its import graph (read from the sources)', () => {
    const { offending, modules } = nodeImports('browser.ts');
    expect(offending).toEqual([]);
    expect(modules).toBeGreaterThan(20);
  });

  it('(the same walk finds the root entry’s Node imports: it is not vacuous)', () => {
    const { offending } = nodeImports('index.ts');
    expect(offending.join('\n')).toMatch(/imports node:fs/);
    expect(offending.join('\n')).toMatch(/imports node:crypto/);
  });
});

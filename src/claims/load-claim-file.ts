/**
 * One claim file → claims, each validated on its own so that one bad claim
 * never hides the others. Every problem names the file, line, column and
 * claim id.
 */
import { ClaimSchema, type Claim, type Qualifiers } from '../model/claim.js';
import { createDiagnostic, type Diagnostic, type FilePlace } from '../model/message.js';
import { collected, ok, type Result } from '../model/result.js';
import { MAX_ID_LENGTH, type SourceId } from '../model/ids.js';
import type { Predicate } from '../model/predicate.js';
import type { Span } from '../model/span.js';
import { resolveRef } from '../values/kinds/entity.js';
import { valueKind, valueKinds } from '../values/index.js';
import { foldUnit, type UnitTable } from '../values/unit-table.js';
import { namesUnknownKey } from '../values/invalid-value.js';
import type { EntityResolver } from '../normalize/index.js';
import { anchorEvidence, spanAtRecordedPosition } from './anchor-evidence.js';
import { ClaimFileEntrySchema, ClaimFileSchema, type ClaimFileEntry } from './file-schemas.js';
import type { LoadedSource } from './load-source.js';
import { closestName } from '../normalize/closest-name.js';
import { objectKeysAt } from '../model/strict-schema.js';
import type { YamlFile, YamlPath } from './yaml-file.js';
import { validateYaml, zodIssuesToDiagnostics } from './zod-issues.js';
import { yamlErrorCollector } from './yaml-diagnostic.js';
import { appendAll } from '../model/append-all.js';

/** The keys of a claim entry (`hedge`, `qualifiers`, `note`…): one written inside `value:` belongs beside it. */
const CLAIM_KEYS = new Set(objectKeysAt(ClaimFileEntrySchema, []));

/**
 * The hint for an unknown key inside a written value that is a key of the
 * claim itself (`value: { date: Wednesday, hedge: expected }`): it goes
 * beside `value:`, not inside it.
 */
const besideValueHint = (path: readonly (string | number)[] | undefined): string | undefined => {
  const key = path?.length === 1 ? path[0] : undefined;
  return typeof key === 'string' && key !== 'value' && CLAIM_KEYS.has(key)
    ? `\`${key}\` is a key of the claim: write it beside \`value:\` (at the same indentation), not inside the value`
    : undefined;
};

export interface ClaimFileContext {
  readonly sources: ReadonlyMap<string, LoadedSource>;
  readonly predicates: ReadonlyMap<string, Predicate>;
  readonly resolver: EntityResolver;
  /** The folder's unit synonyms (`units:` in predicates.yaml), applied to each quantity as it is read; none when absent. */
  readonly units?: UnitTable;
}

export interface LocatedClaim {
  readonly claim: Claim;
  /** Where the claim is written. */
  readonly place: FilePlace;
}

/** The claims that loaded, and every message; claims that loaded stand even when others did not. */
export type LoadClaimFileResult = Result<readonly LocatedClaim[], readonly LocatedClaim[]>;

/**
 * Load the claim at `claims[index]` of `yaml` (validated, anchored, its value read): the claim when it
 * stands, and every problem. Shared by claim files and NDJSON claim lines.
 */
/** Messages about an id longer than `MAX_ID_LENGTH` (refused) show this many of its characters. */
const SHOWN_ID_LENGTH = 60;

export const loadEntry = (
  yaml: YamlFile,
  defaultSource: string | undefined,
  raw: unknown,
  index: number,
  context: ClaimFileContext,
): { claim?: Claim; diagnostics: Diagnostic[] } => {
  const base: YamlPath = ['claims', index];
  const writtenId = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
  // An id too long to be one is named by its start: a 10,000-character id made every message about it 10 KB long.
  const rawId = writtenId !== undefined && writtenId.length > MAX_ID_LENGTH ? `${writtenId.slice(0, SHOWN_ID_LENGTH)}…` : writtenId;
  const parsed = validateYaml(ClaimFileEntrySchema, raw, yaml, { basePath: base, ...(rawId !== undefined ? { claimId: rawId } : {}) });
  if (!parsed.success) return { diagnostics: parsed.diagnostics };
  const entry: ClaimFileEntry = parsed.data;
  const { diagnostics, report: problem } = yamlErrorCollector(yaml, { claimId: entry.id }, base);

  const predicate = context.predicates.get(entry.predicate);
  if (predicate === undefined) {
    const near = closestName(entry.predicate, [...context.predicates.keys()]);
    problem(
      ['predicate'],
      'unknown-predicate',
      `unknown predicate "${entry.predicate}"`,
      near !== undefined ? `did you mean "${near}"? Predicates are declared in predicates.yaml` : 'declare it in predicates.yaml',
    );
  }

  // Evidence: `quote` (+ prefix/suffix) or `evidence: [...]`, not both.
  const requests: { path: YamlPath; source: string | undefined; exact: string; prefix?: string | undefined; suffix?: string | undefined; hint?: number | undefined; end?: number | undefined }[] = [];
  if (entry.quote !== undefined && entry.evidence !== undefined) {
    problem(['evidence'], 'evidence-twice', 'a claim gives either `quote` or `evidence`, not both', 'move the quote into the evidence list');
  } else if (entry.quote !== undefined) {
    requests.push({ path: ['quote'], source: defaultSource, exact: entry.quote, prefix: entry.prefix, suffix: entry.suffix });
  } else if (entry.evidence !== undefined) {
    entry.evidence.forEach((ev, i) =>
      requests.push({ path: ['evidence', i, 'quote'], source: ev.source ?? defaultSource, exact: ev.quote, prefix: ev.prefix, suffix: ev.suffix, hint: ev.start, end: ev.end }),
    );
  } else {
    problem([], 'evidence-missing', `claim ${entry.id} has no evidence`, 'add `quote:` with the exact words of the source that support it');
  }
  const evidence: Span[] = [];
  for (const request of requests) {
    if (request.source === undefined) {
      problem(request.path, 'source-missing', 'no source is named for this quote', 'add `source:` at the top of the file or on the evidence entry');
      continue;
    }
    const loaded = context.sources.get(request.source);
    if (loaded === undefined) {
      const near = closestName(request.source, [...context.sources.keys()]);
      problem(
        request.path,
        'unknown-source',
        `the quote refers to source "${request.source}", which is not in the corpus`,
        near !== undefined ? `did you mean "${near}"?` : 'add the source metadata under sources/',
      );
      continue;
    }
    const at = yaml.placeOf([...base, ...request.path]);
    const nonContent = loaded.document.source.nonContent.map((n) => n.range);
    // A quote at its recorded offsets needs no search, so the source is prepared for search only when one does.
    const recorded = spanAtRecordedPosition(loaded.document.text, loaded.document.source.id, request, nonContent);
    const anchored =
      recorded !== undefined ? ok(recorded) : anchorEvidence(loaded.prepared, loaded.document.source.id, request, { file: yaml.file, at, claimId: entry.id, sourceId: request.source }, nonContent);
    appendAll(diagnostics, anchored.messages as Diagnostic[]);
    if (anchored.ok) evidence.push(anchored.value);
  }

  const firstSource = requests[0]?.source !== undefined ? context.sources.get(requests[0].source) : undefined;
  const publishedAt = firstSource?.document.source.publishedAt ?? { precision: 'unknown' as const };
  // An expected claim ("talks will resume on March 17th") looks forward: a date without a year is on or after publication.
  const valueContext = { publishedAt, resolver: context.resolver, direction: entry.hedge === 'expected' ? ('future' as const) : ('past' as const) };

  const read = valueKinds.read(entry.value, predicate !== undefined ? { ...valueContext, predicate } : valueContext);
  const value = read.ok && context.units !== undefined ? { ...read, value: foldUnit(read.value, context.units) } : read;
  if (!value.ok) {
    for (const m of value.messages) {
      problem(['value', ...(m.path ?? [])], 'invalid-value', `value: ${m.message}`, besideValueHint(m.path) ?? m.hint, namesUnknownKey(m) ? 'key' : 'node');
    }
  } else if (predicate !== undefined && valueKind(value.value) !== predicate.valueType) {
    problem(
      ['value'],
      'value-type-mismatch',
      `predicate "${predicate.id}" takes a ${predicate.valueType} value, but this value is a ${valueKind(value.value)}`,
      `give a ${predicate.valueType} value (see docs/claim-files.md) or use another predicate`,
    );
  }

  let qualifiers: Qualifiers | undefined;
  if (entry.qualifiers !== undefined) {
    const { time, place, context: scope } = entry.qualifiers;
    let timeValue: Qualifiers['time'];
    if (time !== undefined) {
      const t = valueKinds.read(time, valueContext);
      if (!t.ok) for (const m of t.messages) problem(['qualifiers', 'time', ...(m.path ?? [])], 'invalid-value', `qualifiers.time: ${m.message}`, m.hint, namesUnknownKey(m) ? 'key' : 'node');
      else if (valueKinds.predicateTypeOf(t.value) !== 'date') {
        problem(['qualifiers', 'time'], 'value-type-mismatch', `qualifiers.time must be a date, not a ${t.value.type}`, 'write it as { date: "..." }');
      } else timeValue = t.value as Qualifiers['time'];
    }
    qualifiers = {
      ...(timeValue !== undefined ? { time: timeValue } : {}),
      ...(place !== undefined ? { place } : {}),
      ...(scope !== undefined ? { context: scope } : {}),
    };
  }

  if (diagnostics.some((d) => d.severity === 'error') || !value.ok) return { diagnostics };
  const candidate = {
    id: entry.id,
    subject: resolveRef({ name: entry.subject }, (name) => context.resolver.resolve(name)),
    predicate: entry.predicate,
    value: value.value,
    ...(qualifiers !== undefined ? { qualifiers } : {}),
    ...(entry.attribution !== undefined ? { attribution: entry.attribution } : {}),
    polarity: entry.polarity ?? 'affirmative',
    hedge: entry.hedge ?? 'asserted',
    evidence,
    ...(entry.note !== undefined ? { note: entry.note } : {}),
  };
  const checked = ClaimSchema.safeParse(candidate);
  if (!checked.success) {
    return { diagnostics: [...diagnostics, ...zodIssuesToDiagnostics(yaml, checked.error.issues, { basePath: base, claimId: entry.id })] };
  }
  return { claim: checked.data, diagnostics };
};

/** Load every claim of one claim file. */
export const loadClaimFile = (yaml: YamlFile, context: ClaimFileContext): LoadClaimFileResult => {
  const parsed = validateYaml(ClaimFileSchema, yaml.value, yaml);
  if (!parsed.success) return collected<readonly LocatedClaim[]>([], parsed.diagnostics);
  const claims: LocatedClaim[] = [];
  const diagnostics: Diagnostic[] = [];
  if (parsed.data.source !== undefined && !context.sources.has(parsed.data.source)) {
    const near = closestName(parsed.data.source, [...context.sources.keys()]);
    diagnostics.push(
      createDiagnostic('unknown-source', `the file's default source "${parsed.data.source}" is not in the corpus`, { file: yaml.file, start: yaml.placeOf(['source']) }, {
        hint: near !== undefined ? `did you mean "${near}"?` : 'add the source metadata under sources/',
      }),
    );
  }
  parsed.data.claims.forEach((raw, i) => {
    const result = loadEntry(yaml, parsed.data.source as SourceId | undefined, raw, i, context);
    appendAll(diagnostics, result.diagnostics);
    if (result.claim !== undefined) claims.push({ claim: result.claim, place: { file: yaml.file, start: yaml.placeOf(['claims', i]) } });
  });
  return collected<readonly LocatedClaim[]>(claims, diagnostics);
};

/**
 * Claims as NDJSON: one claim per line, so a corpus of a million claims never
 * has to live in YAML (issue 19). A line is a JSON object with the fields of
 * one entry of a claim file (`id`, `subject`, `predicate`, `value`, `quote`
 * or `evidence`, and the optional fields; docs/claim-files.md) plus `source`,
 * the id of the source the quote comes from — a claim file's default source,
 * given on every line. Blank lines are skipped. Each line is validated,
 * anchored and read on its own, exactly as a claim-file entry is: a bad line
 * gives a diagnostic with the file, line, column and claim id, and the rest
 * of the file still loads. The DuckDB path reads the same format.
 */
import { jsonSyntaxError } from '../files/json-syntax.js';
import type { Claim } from '../model/claim.js';
import { createDiagnostic, type Diagnostic } from '../model/message.js';
import type { FilePoint } from '../model/message.js';
import type { FileLine } from '../files/file-lines.js';
import { firstInvalidUtf8, placeOfByte } from './invalid-utf8.js';
import { type ClaimFileContext, loadEntry, type LocatedClaim } from './load-claim-file.js';
import type { YamlFile, YamlPath } from './yaml-file.js';

/** An NDJSON claims file: `claims/<name>.ndjson`. */
export const NDJSON_NAME = /\.ndjson$/i;

/** One line's claim (when it stands) and its problems. */
export interface LoadedClaimLine {
  readonly claim?: LocatedClaim;
  readonly diagnostics: readonly Diagnostic[];
}

/** Where the text of key `key` starts in a JSON object's text (column, 1-based), or undefined. */
const columnOfKey = (text: string, key: string): number | undefined => {
  const quoted = JSON.stringify(key);
  let from = 0;
  for (;;) {
    const at = text.indexOf(quoted, from);
    if (at < 0) return undefined;
    // A key, not the same words inside a string: the quote is not escaped and a colon follows.
    if (text[at - 1] !== '\\' && /^\s*:/.test(text.slice(at + quoted.length, at + quoted.length + 16))) return at + 1;
    from = at + 1;
  }
};

/**
 * One line as the "file" loadEntry places its problems in: the entry is
 * `claims[0]`; a path names the column of its top-level key (JSON keeps no
 * places of nested values), else the line's start.
 */
const lineFile = (file: string, line: number, text: string, entry: unknown): YamlFile => {
  const placeOf = (path: YamlPath): FilePoint => {
    const key = path[2];
    const column = typeof key === 'string' ? columnOfKey(text, key) : undefined;
    return { line, column: column ?? firstNonBlank(text) };
  };
  return { file, value: { claims: [entry] }, placeOf, placeOfKey: placeOf };
};

const firstNonBlank = (text: string): number => text.length - text.trimStart().length + 1;

const rawClaimId = (value: Record<string, unknown>): string | undefined => (typeof value['id'] === 'string' ? value['id'] : undefined);

/**
 * Load the claim on one line of the NDJSON file `file`.
 *
 * @example
 * loadClaimLine('claims/all.ndjson', { number: 3, text: '{"id":"c1","source":"s1",…}' }, context)
 * // { claim: { claim: {...}, place: { file: 'claims/all.ndjson', start: { line: 3, column: 1 } } }, diagnostics: [] }
 */
export const loadClaimLine = (file: string, line: FileLine, context: ClaimFileContext): LoadedClaimLine => {
  const at = (column: number): { file: string; start: FilePoint } => ({ file, start: { line: line.number, column } });
  if ('problem' in line) {
    switch (line.problem) {
      case 'invalid-utf8': {
        const place = placeOfByte(line.bytes, firstInvalidUtf8(line.bytes) ?? 0);
        return {
          diagnostics: [
            createDiagnostic('invalid-utf8', `line ${line.number} of ${file} is not valid UTF-8 (the first invalid byte is at column ${place.column}); it was not read`, at(place.column), {
              hint: 'save the file as UTF-8',
            }),
          ],
        };
      }
      case 'too-long':
        return {
          diagnostics: [
            createDiagnostic('line-too-long', `line ${line.number} of ${file} is ${line.length} bytes, longer than a claim line may be; it was skipped`, at(1), {
              hint: 'one claim per line: check that the file is NDJSON (newline-delimited JSON)',
            }),
          ],
        };
      case 'unreadable':
        return {
          diagnostics: [createDiagnostic('unreadable', `cannot read ${file} from line ${line.number} on: ${line.reason}; the rest of the file was not read`, at(1), { hint: 'check the file and the disk' })],
        };
    }
  }
  const { text } = line;
  if (text.trim() === '') return { diagnostics: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message differs between Node versions and some name no position: our scan says where and why.
    const syntax = jsonSyntaxError(text, 'line');
    const reason = syntax?.reason ?? (error as Error).message.replace(/^Unexpected/, 'unexpected');
    return {
      diagnostics: [
        createDiagnostic('ndjson-syntax', `not JSON: ${reason}`, at((syntax?.offset ?? text.length) + 1), {
          hint: 'each line of an NDJSON claims file is one claim as a JSON object, e.g. {"id":"c1","source":"s1","subject":…}',
        }),
      ],
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      diagnostics: [
        createDiagnostic('ndjson-syntax', `a claim line is a JSON object, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}`, at(firstNonBlank(text)), {
          hint: 'write one claim per line as {"id":…,"source":…,"subject":…,"predicate":…,"value":…,"quote":…}',
        }),
      ],
    };
  }
  const { source, ...entry } = value as Record<string, unknown>;
  const claimId = rawClaimId(entry);
  if (typeof source !== 'string') {
    return {
      diagnostics: [
        createDiagnostic(
          source === undefined ? 'source-missing' : 'schema',
          source === undefined ? 'a claim line names no `source`' : '`source` is the id of a source, a string',
          at(columnOfKey(text, 'source') ?? firstNonBlank(text)),
          { ...(claimId !== undefined ? { claimId } : {}), hint: 'give the id of the source the quote comes from: "source": "<source id>"' },
        ),
      ],
    };
  }
  const yaml = lineFile(file, line.number, text, entry);
  const loaded = loadEntry(yaml, source, entry, 0, context);
  return {
    ...(loaded.claim !== undefined ? { claim: { claim: loaded.claim, place: at(firstNonBlank(text)) } } : {}),
    diagnostics: loaded.diagnostics,
  };
};

/**
 * One line's object as the writers give it: the fields of a claim-file
 * entry plus `source`. `claimLine` writes every quote as an `evidence`
 * entry with its offsets (`start`, `end`: UTF-16 code units of the source's
 * normalized text), so the loader takes the span without searching.
 */
export interface ClaimLine {
  readonly id: string;
  readonly source: string;
  readonly subject: string;
  readonly predicate: string;
  readonly value: unknown;
  readonly evidence: readonly { readonly quote: string; readonly source?: string; readonly prefix?: string; readonly suffix?: string; readonly start: number; readonly end: number }[];
  readonly hedge?: string;
  readonly polarity?: string;
  readonly attribution?: Claim['attribution'];
  readonly qualifiers?: Claim['qualifiers'];
  readonly note?: string;
}

/**
 * The text of one line (with its newline): `id` and `source` first, then the
 * other fields as given. Every writer of claim lines goes through here.
 *
 * @example
 * claimLineText({ subject: 'X', id: 'c1', source: 's1' }) // '{"id":"c1","source":"s1","subject":"X"}\n'
 */
export const claimLineText = (line: { readonly id?: unknown; readonly source?: unknown }): string => {
  const { id, source, ...rest } = line;
  return `${JSON.stringify({ id, source, ...rest })}\n`;
};

/**
 * A loaded claim as one line's object: the value in its normalized form,
 * every quote with its offsets, defaults (affirmative, asserted) left out.
 * Loading the line gives the claim back (a test).
 *
 * @example
 * claimLineText(claimLine(corpus.claims[0]))
 */
export const claimLine = (claim: Claim): ClaimLine => {
  const source = claim.evidence[0]?.sourceId ?? '';
  return {
    id: claim.id,
    source,
    subject: claim.subject.name,
    predicate: claim.predicate,
    value: claim.value,
    evidence: claim.evidence.map((span) => ({
      quote: span.quote.exact,
      ...(span.sourceId !== source ? { source: span.sourceId } : {}),
      ...(span.quote.prefix !== '' ? { prefix: span.quote.prefix } : {}),
      ...(span.quote.suffix !== '' ? { suffix: span.quote.suffix } : {}),
      start: span.position.start,
      end: span.position.end,
    })),
    ...(claim.hedge !== 'asserted' ? { hedge: claim.hedge } : {}),
    ...(claim.polarity !== 'affirmative' ? { polarity: claim.polarity } : {}),
    ...(claim.attribution !== undefined ? { attribution: claim.attribution } : {}),
    ...(claim.qualifiers !== undefined ? { qualifiers: claim.qualifiers } : {}),
    ...(claim.note !== undefined ? { note: claim.note } : {}),
  };
};

/**
 * A claim file's claims as NDJSON lines, as the author wrote them (the
 * file's default `source` written on every line): the conversion from a
 * claims folder to the streaming form. `value` is the claim file's parsed
 * YAML (`{ source?, claims: [...] }`). `claimLine` writes loaded claims in
 * the same format.
 *
 * @example
 * ndjsonFromClaimFile({ source: 's1', claims: [{ id: 'c1', subject: 'X', predicate: 'p', value: 3, quote: 'three' }] })
 * // '{"id":"c1","source":"s1","subject":"X","predicate":"p","value":3,"quote":"three"}\n'
 */
export const ndjsonFromClaimFile = (value: unknown): string => {
  const file = (value ?? {}) as { source?: unknown; claims?: unknown };
  const claims = Array.isArray(file.claims) ? (file.claims as unknown[]) : [];
  return claims
    .map((raw) => {
      const entry = (raw ?? {}) as Record<string, unknown>;
      return claimLineText({ ...entry, source: typeof file.source === 'string' ? file.source : firstEvidenceSource(entry) });
    })
    .join('');
};

const firstEvidenceSource = (entry: Record<string, unknown>): string | undefined => {
  const evidence = entry['evidence'];
  if (!Array.isArray(evidence)) return undefined;
  const first = evidence[0] as { source?: unknown } | undefined;
  return typeof first?.source === 'string' ? first.source : undefined;
};

/**
 * Keeping a source current. `updateSource` replaces a source's text with a
 * new capture; `rehashSource` accepts an edit made to the text in place.
 * Either way every claim quoting the source is re-anchored and reported as
 * unchanged, moved, changed (with a diff) or orphaned; selectors are
 * rewritten only for claims whose words are still there (unchanged or
 * moved), changed and orphaned claims are left as written for a person, and
 * the content hash is recorded. Files are edited in place (comments and
 * formatting kept) and written atomically; nothing is rewritten silently:
 * the report lists every claim and every file written. Both return a
 * `Result`: the report, or the messages that say why there is none (the
 * loader's own messages when the source does not load).
 */
import diff from 'fast-diff';
import { join, relative } from 'node:path';
import { anchorQuote, prepareText, reanchorSpan, type DiffOp, type PreparedText } from '../anchor/index.js';
import { loadCorpus } from '../claims/load-corpus.js';
import { loadSource } from '../claims/load-source.js';
import { MAX_YAML_FILE_BYTES } from '../claims/load-corpus.js';
import { resolveInFolder } from '../files/path-policy.js';
import { readFolderText } from '../files/read-folder-text.js';
import { readYamlFile } from '../claims/yaml-file.js';
import { contentHash, foldString } from '../ingest/index.js';
import type { Claim } from '../model/claim.js';
import { createMessage, type Message } from '../model/message.js';
import { failed, ok, settled, type Result } from '../model/result.js';
import { compareOrdinal } from '../model/ordinal.js';
import { isIsoDate } from '../model/iso-date.js';
import type { Span, TextRange } from '../model/span.js';
import { rangesOverlap } from '../ingest/overlapping-ranges.js';
import { writeFileSet, WriteRefused } from '../files/atomic-write.js';
import { RETRIEVED_FORM } from './add-source.js';
import type { CapturedSource } from './capture-source.js';
import { folderClaimPlaces, type EvidencePlace } from './claim-places.js';
import { appendToSeq, applyEdits, editableYaml, mapAt, replaceTopLevelEntry, setKey, type TextEdit } from './yaml-edits.js';
import { renderTablesEntry } from './source-file.js';

export type ClaimStatus = 'unchanged' | 'moved' | 'changed' | 'orphaned';

/** What happened to one quote of one claim. */
export interface ClaimUpdate {
  readonly claimId: string;
  /** The claim file, relative to the folder. */
  readonly file: string;
  readonly status: ClaimStatus;
  /** The quote as the claim file writes it. */
  readonly quote: string;
  readonly previous?: TextRange;
  readonly position?: TextRange;
  /** For `changed`: the words now at the claim's place. */
  readonly now?: string;
  /** For `changed`: fast-diff of the written quote against `now`. */
  readonly diff?: readonly DiffOp[];
  /** For `orphaned`: why. */
  readonly reason?: string;
  /** Whether this run rewrote the claim's selectors (prefix/suffix/start/end). */
  readonly rewritten: boolean;
}

export interface SourceUpdateReport {
  readonly sourceId: string;
  /** The metadata file and the text file, relative to the folder. */
  readonly metadataFile: string;
  readonly textFile: string;
  readonly previousHash: string;
  readonly hash: string;
  readonly textChanged: boolean;
  readonly claims: readonly ClaimUpdate[];
  /** The source file's problems after the update: ranges it names by their words (non-content, AI sections, citations) that no longer anchor. */
  readonly sourceProblems: readonly Message[];
  /** Non-content ranges of the new capture added to the source file. */
  readonly addedNonContent: number;
  /** Set when the new capture's tables replaced the file's `tables:` (the page's tables changed, or it has none now): how many it records now. */
  readonly tablesWritten?: number;
  /** Files written, relative to the folder. */
  readonly written: readonly string[];
  /** Changed or orphaned claims, or source ranges, that a person must resolve. */
  readonly needsPerson: boolean;
}

export type SourceUpdateResult = Result<SourceUpdateReport>;

const sameWords = (a: string, b: string): boolean => foldString(a) === foldString(b);

/** Context words trimmed to whole words (a selector's 32 units may start mid-word). */
const wholeWords = (context: string, side: 'prefix' | 'suffix'): string => {
  if (side === 'prefix') {
    const k = context.search(/\s/);
    return k > 0 && k < context.length - 1 ? context.slice(k) : context;
  }
  const k = Math.max(context.lastIndexOf(' '), context.lastIndexOf('\n'));
  return k > 0 ? context.slice(0, k) : context;
};

interface Planned {
  readonly update: ClaimUpdate;
  readonly edits: readonly TextEdit[];
}

type WrittenWords = { quote: string; prefix?: string | undefined; suffix?: string | undefined };

/** The query the loader anchors for written words: the quote, its context selectors, a position hint. */
const anchorWritten = (prepared: PreparedText, w: WrittenWords, hint: number | undefined) =>
  anchorQuote(prepared, {
    exact: w.quote,
    ...(w.prefix !== undefined ? { prefix: w.prefix } : {}),
    ...(w.suffix !== undefined ? { suffix: w.suffix } : {}),
    ...(hint !== undefined ? { hint } : {}),
  });

/** Does the claim's written query (with its written position hint, as the loader reads it) anchor at `range`? */
const anchorsThere = (prepared: PreparedText, w: WrittenWords, range: TextRange, hint: number | undefined): boolean => {
  const r = anchorWritten(prepared, w, hint);
  return r.status === 'anchored' && r.start === range.start && r.end === range.end;
};

const orphanedFromAnchoring = (place: EvidencePlace, prepared: PreparedText): ClaimUpdate => {
  const w = place.written;
  const r = anchorWritten(prepared, w, w.start);
  const base = { claimId: place.claimId, file: place.file, quote: w.quote, rewritten: false };
  if (r.status !== 'anchored') return { ...base, status: 'orphaned', reason: r.reason };
  const position = { start: r.start, end: r.end };
  if (!sameWords(r.quote.exact, w.quote)) return { ...base, status: 'changed', position, now: r.quote.exact, diff: diff(w.quote, r.quote.exact) };
  return { ...base, status: w.start !== undefined && w.start !== r.start ? 'moved' : 'unchanged', position };
};

/**
 * Plan one evidence place against the new text. `span` is the claim's loaded
 * span on the old text (absent when the claim did not load).
 */
const planPlace = (
  place: EvidencePlace,
  span: Pick<Span, 'quote' | 'position'> | undefined,
  newText: PreparedText,
  textChanged: boolean,
  yaml: { setKey: (key: string, value: string | number, after?: string) => TextEdit | undefined },
): Planned => {
  const w = place.written;
  const base = { claimId: place.claimId, file: place.file, quote: w.quote };
  if (span === undefined) return { update: orphanedFromAnchoring(place, newText), edits: [] };
  // The loader had already matched this quote only approximately: its words were changed before.
  if (!sameWords(span.quote.exact, w.quote)) {
    const r = textChanged ? reanchorSpan(span, newText) : undefined;
    if (r !== undefined && r.status === 'orphaned') return { update: { ...base, status: 'orphaned', reason: r.reason, rewritten: false }, edits: [] };
    const now = r !== undefined ? r.quote.exact : span.quote.exact;
    const position = r !== undefined ? r.position : span.position;
    return { update: { ...base, status: 'changed', position: { start: position.start, end: position.end }, now, diff: diff(w.quote, now), rewritten: false }, edits: [] };
  }
  // Without an old text (rehash), the recorded position hint is what the claim file said before.
  const previous =
    !textChanged && w.start !== undefined ? { start: w.start, end: w.end ?? w.start + w.quote.length } : { start: span.position.start, end: span.position.end };
  const r = textChanged ? reanchorSpan(span, newText) : { status: 'unchanged' as const, quote: span.quote, position: span.position, score: 1 };
  if (r.status === 'orphaned') return { update: { ...base, status: 'orphaned', previous, reason: r.reason, rewritten: false }, edits: [] };
  const position = { start: r.position.start, end: r.position.end };
  if (r.status === 'changed') {
    return { update: { ...base, status: 'changed', previous, position, now: r.quote.exact, diff: r.diff, rewritten: false }, edits: [] };
  }
  // Unchanged or moved: make the written selectors find the new place.
  const edits: TextEdit[] = [];
  let query = { quote: w.quote, prefix: w.prefix, suffix: w.suffix };
  const hint = w.start !== undefined ? position.start : undefined;
  if (!anchorsThere(newText, query, position, hint)) {
    // The least context that finds the place: the words before, else the words after, else both.
    const prefix = wholeWords(r.quote.prefix, 'prefix');
    const suffix = wholeWords(r.quote.suffix, 'suffix');
    const options = [{ prefix }, { suffix }, { prefix, suffix }].map((c) => ({ quote: w.quote, prefix: w.prefix, suffix: w.suffix, ...c }));
    const found = options.find((q) => (q.prefix ?? '').trim().length + (q.suffix ?? '').trim().length > 0 && anchorsThere(newText, q, position, hint));
    if (found === undefined) {
      return { update: { ...base, status: 'orphaned', previous, position, reason: 'the words are still there, but they occur elsewhere too and no prefix or suffix tells them apart', rewritten: false }, edits: [] };
    }
    query = found;
    for (const key of ['prefix', 'suffix'] as const) {
      const value = query[key];
      if (value === undefined || value === w[key]) continue;
      const e = yaml.setKey(key, value, 'quote');
      if (e !== undefined) edits.push(e);
    }
  }
  if (w.start !== undefined && w.start !== position.start) {
    const e = yaml.setKey('start', position.start);
    if (e !== undefined) edits.push(e);
  }
  if (w.end !== undefined && w.end !== position.end) {
    const e = yaml.setKey('end', position.end);
    if (e !== undefined) edits.push(e);
  }
  const moved = position.start !== previous.start || (w.start !== undefined && w.start !== position.start);
  return { update: { ...base, status: moved ? 'moved' : 'unchanged', previous, position, rewritten: edits.length > 0 }, edits };
};

/** A YAML file of the folder, under the path policy (never through a link out, never a pipe). */
const readFolderFile = (folder: string, file: string): string | undefined => {
  const read = readFolderText(folder, file, { maxBytes: MAX_YAML_FILE_BYTES });
  return read.status === 'read' ? read.text : undefined;
};

interface SourceUpdateRequest {
  readonly folder: string;
  readonly sourceId: string;
  /** The new capture; absent to accept the text as it is now (rehash). */
  readonly capture?: CapturedSource;
  /** When the new capture was taken (ISO 8601); recorded as `retrievedAt`. */
  readonly retrievedAt?: string;
  /** Plan and report only; write nothing. */
  readonly dryRun?: boolean;
}

const run = async (request: SourceUpdateRequest): Promise<SourceUpdateResult> => {
  const { folder, sourceId, capture } = request;
  if (request.retrievedAt !== undefined && !isIsoDate(request.retrievedAt)) {
    return failed([createMessage('invalid-source-field', `--retrieved "${request.retrievedAt}" is not an ISO 8601 date`, { sourceId, hint: RETRIEVED_FORM })]);
  }
  const load = await loadCorpus(folder);
  const loaded = settled(load);
  const metadataFile = loaded.sourceFiles.get(sourceId);
  const doc = loaded.corpus.sources.find((s) => s.source.id === sourceId);
  if (metadataFile === undefined || doc === undefined) {
    // The source is there but does not load: the loader's messages say why.
    const problems = load.messages.filter((d) => d.sourceId === sourceId && d.severity === 'error');
    if (problems.length > 0) return failed(problems);
    const ids = loaded.corpus.sources.map((s) => s.source.id);
    return failed([
      createMessage('unknown-source', `the folder has no source ${sourceId}`, { sourceId, hint: ids.length > 0 ? `its sources are: ${ids.join(', ')}` : 'add one with claimtrace add' }),
    ]);
  }
  const unreadable = (why: string): SourceUpdateResult =>
    failed([createMessage('unreadable', `${metadataFile}: ${why}`, { sourceId, hint: 'run claimtrace check for the exact problem' })]);
  const metadataText = readFolderFile(folder, metadataFile);
  const metadata = metadataText === undefined ? undefined : editableYaml(metadataText);
  const textName = metadata?.doc.get('text');
  if (metadataText === undefined || metadata === undefined || typeof textName !== 'string') return unreadable('cannot be read as a source file');
  const where = resolveInFolder(metadataFile, textName);
  if (!where.ok) return where;
  const textFile = where.value;

  const recordedHash = metadata.doc.get('contentHash');
  const previousHash = typeof recordedHash === 'string' ? recordedHash : '(none)';
  const newText = capture?.text ?? doc.text;
  const hash = contentHash(newText);
  const textChanged = capture !== undefined && capture.text !== doc.text;
  const newPrepared = prepareText(newText);

  // Every quote of every claim file taken from this source.
  const claimFiles = new Set<string>([...loaded.claimLocations.values()].map((l) => l.file));
  for (const d of load.messages) if (d.place !== undefined && 'file' in d.place && (d.place.file.startsWith('claims/') || d.claimId !== undefined)) claimFiles.add(d.place.file);
  const files = folderClaimPlaces(folder, claimFiles);
  const claims = new Map<string, Claim>(loaded.corpus.claims.map((c) => [c.id, c]));
  const updates: ClaimUpdate[] = [];
  const claimFileEdits = new Map<string, TextEdit[]>();
  for (const f of files) {
    for (const place of f.places) {
      if (place.source !== sourceId) continue;
      const claim = claims.get(place.claimId);
      const loadedHere = claim !== undefined && loaded.claimLocations.get(place.claimId)?.file === f.file;
      const span = loadedHere ? claim.evidence[place.index] : undefined;
      const map = mapAt(f.yaml, place.path);
      const planned = planPlace(place, span?.sourceId === sourceId ? span : undefined, newPrepared, textChanged, {
        setKey: (key, value, after) => (map === undefined ? undefined : setKey(f.yaml, map, key, value, after)),
      });
      updates.push(planned.update);
      if (planned.edits.length > 0) claimFileEdits.set(f.file, [...(claimFileEdits.get(f.file) ?? []), ...planned.edits]);
    }
  }

  // The source file: hash, capture time, the new capture's non-content ranges the file does not cover yet, and its tables.
  const root = mapAt(metadata, []);
  if (root === undefined) return unreadable('is not a mapping');
  const sourceEdits: TextEdit[] = [];
  const hashEdit = setKey(metadata, root, 'contentHash', hash, 'retrievedAt');
  if (hashEdit !== undefined && hash !== previousHash) sourceEdits.push(hashEdit);
  if (capture !== undefined && textChanged && request.retrievedAt !== undefined) {
    const e = setKey(metadata, root, 'retrievedAt', request.retrievedAt, 'publishedAt');
    if (e !== undefined) sourceEdits.push(e);
  }
  let yamlAfter = applyEdits(metadataText, sourceEdits);
  const reader = () => ok(newText);
  const check = (text: string): { messages: readonly Message[]; nonContent: readonly TextRange[] } => {
    const result = loadSource(settled(readYamlFile(metadataFile, text)), reader);
    const source = result.ok ? result.value : result.partial;
    return { messages: result.messages, nonContent: source?.document.source.nonContent.map((n) => n.range) ?? [] };
  };
  let addedNonContent = 0;
  if (capture !== undefined && textChanged && capture.nonContent.length > 0) {
    const existing = check(yamlAfter).nonContent;
    const fresh = capture.nonContent.filter((entry) => {
      const first = entry.quote ?? entry.from ?? '';
      const at = anchorQuote(newPrepared, { exact: first, ...(entry.prefix !== undefined ? { prefix: entry.prefix } : {}) });
      if (at.status !== 'anchored') return false;
      const end = entry.to !== undefined ? newText.indexOf(entry.to, at.start) + entry.to.length : at.end;
      return !existing.some((r) => rangesOverlap(r, { start: at.start, end }));
    });
    const reparsed = editableYaml(yamlAfter);
    const append = reparsed === undefined ? undefined : appendToSeq(reparsed, 'nonContent', fresh.map((e) => ({ ...e }) as Record<string, string>));
    if (append !== undefined) {
      yamlAfter = applyEdits(yamlAfter, [append]);
      addedNonContent = fresh.length;
    }
  }
  // The new capture's tables in place of the file's (their offsets are into the new text): added, replaced or removed.
  let tablesWritten: number | undefined;
  if (capture !== undefined) {
    const reparsed = editableYaml(yamlAfter);
    const tables = capture.tables ?? [];
    const edit = reparsed === undefined ? undefined : replaceTopLevelEntry(reparsed, 'tables', tables.length > 0 ? renderTablesEntry(tables) : '');
    const after = edit === undefined ? yamlAfter : applyEdits(yamlAfter, [edit]);
    const before = reparsed?.doc.toJS() as { tables?: unknown } | undefined;
    // Only when the recorded tables differ (a file whose tables are the capture's is left as it is).
    if (edit !== undefined && JSON.stringify(before?.tables ?? []) !== JSON.stringify(tables)) {
      yamlAfter = after;
      tablesWritten = tables.length;
    }
  }
  const sourceProblems = check(yamlAfter).messages.filter((d) => d.severity === 'error' && d.code !== 'source-hash-mismatch');

  const written: string[] = [];
  if (request.dryRun !== true) {
    const files: { path: string; content: string }[] = [];
    const write = (file: string, content: string): void => {
      files.push({ path: join(folder, file), content });
      written.push(file);
    };
    if (textChanged) write(textFile, newText);
    for (const [file, edits] of [...claimFileEdits.entries()].sort(([a], [b]) => compareOrdinal(a, b))) {
      const text = readFolderFile(folder, file);
      if (text !== undefined) write(file, applyEdits(text, edits));
    }
    if (yamlAfter !== metadataText) write(metadataFile, yamlAfter);
    try {
      // The text, the claim files and the metadata with its hash as one set: all of them or none.
      writeFileSet(files, { within: folder, show: (path) => relative(folder, path) });
    } catch (error) {
      if (!(error instanceof WriteRefused)) throw error;
      return failed([
        createMessage('write-refused', error.message, {
          sourceId,
          hint: /already replaced/.test(error.message)
            ? 'fix what is in the way, then run claimtrace rehash to finish (the recorded hash is the old one)'
            : 'fix what is in the way and run the command again',
        }),
      ]);
    }
  }
  const order: Record<ClaimStatus, number> = { orphaned: 0, changed: 1, moved: 2, unchanged: 3 };
  updates.sort((a, b) => order[a.status] - order[b.status] || compareOrdinal(a.claimId, b.claimId));
  return ok({
    sourceId,
    metadataFile,
    textFile,
    previousHash,
    hash,
    textChanged,
    claims: updates,
    sourceProblems,
    addedNonContent,
    ...(tablesWritten !== undefined ? { tablesWritten } : {}),
    written,
    needsPerson: sourceProblems.length > 0 || updates.some((u) => u.status === 'changed' || u.status === 'orphaned'),
  });
};

/**
 * Replace a source's text with a new capture (see `captureSource`) and
 * re-anchor every claim quoting it.
 *
 * @example
 * const capture = captureSource(readFileSync('page-v2.html'), { fileName: 'page-v2.html' });
 * if (capture.ok) await updateSource({ folder: 'claims', sourceId: 'harbour', capture: capture.value, retrievedAt: '2026-03-06T08:00Z' });
 */
export const updateSource = (request: SourceUpdateRequest & { readonly capture: CapturedSource }): Promise<SourceUpdateResult> => run(request);

/**
 * Accept the text of a source as it is now (edited in place): re-anchor
 * every claim quoting it and record its content hash.
 */
export const rehashSource = (request: Omit<SourceUpdateRequest, 'capture' | 'retrievedAt'>): Promise<SourceUpdateResult> => run(request);

/** The sources of a folder whose text no longer matches the recorded hash. */
export const changedSources = async (folder: string): Promise<string[]> => {
  const load = await loadCorpus(folder);
  return [...new Set(load.messages.filter((d) => d.code === 'source-hash-mismatch' || d.code === 'source-hash-missing').map((d) => d.sourceId ?? ''))].filter((id) => id.length > 0).sort();
};

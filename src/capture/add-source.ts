/**
 * Adding a captured document to a claims folder: capture it, name it, check
 * that the loader reads the new source back exactly, then write the text,
 * the metadata file and (on request) the original, each atomically and
 * never over an existing file. A page already in the folder (same text) is
 * refused, naming the source it is. Returns a `Result`: the source added
 * (with the capture's warnings among its messages), or why nothing was.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PublishedAtFile, SourceFile } from '../claims/file-schemas.js';
import { loadSource } from '../claims/load-source.js';
import { readYamlFile } from '../claims/yaml-file.js';
import { type CaptureCode, type LoadCode } from '../model/message-codes.js';
import { createMessage, type Message } from '../model/message.js';
import { failed, ok, settled, type Result } from '../model/result.js';
import { isIsoDate } from '../model/iso-date.js';
import { captureSource, type CapturedSource, type CaptureOptions } from './capture-source.js';
import { writeFileSet, WriteRefused } from '../files/atomic-write.js';
import { folderSources } from './folder-sources.js';
import { publishedAtFromText } from './published-at.js';
import { renderSourceFile, sourceFileFields, type SourceFileInput } from './source-file.js';
import { isSourceId, newSourceId } from './source-id.js';

/** A file's name without its folders and extension: the words an id falls back on (`../pages/release.md` → `release`). */
const fileStem = (path: string): string => path.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

export interface AddSourceRequest extends CaptureOptions {
  /** The claims folder. */
  readonly folder: string;
  /** How the user named the input ("-" for standard input). */
  readonly from: string;
  /** When it was captured (ISO 8601); the caller decides (the file's time, or now). */
  readonly retrievedAt: string;
  readonly id?: string;
  readonly url?: string;
  /** `unknown`, or a date as the page would write it ("2026-03-04", "March 4, 2026", an ISO date-time). */
  readonly published?: string;
  readonly title?: string;
  readonly publisher?: string;
  /** Keep the original bytes beside the text. */
  readonly keepOriginal?: boolean;
}

/** A source added to a folder. */
export interface AddedSource {
  readonly id: string;
  /** Files written, relative to the folder. */
  readonly files: readonly string[];
  readonly capture: CapturedSource;
  /** The metadata file's fields, as written. */
  readonly fields: SourceFile;
}

export type AddSourceResult = Result<AddedSource>;

const refuse = (code: CaptureCode | LoadCode, message: string, hint: string, earlier: readonly Message[] = []): AddSourceResult =>
  failed([...earlier, createMessage(code, message, { hint })]);

/** How to write a retrieval date: the form the exports read (`retrievedAt` → the annotations' `sourceDate`). */
export const RETRIEVED_FORM = 'write it as 2026-03-05, 2026-03-05T10:00Z or 2026-03-05T10:00+01:00';

const ORIGINAL_EXTENSIONS = { html: 'html', markdown: 'md', text: 'original.txt' } as const;

/**
 * @example
 * const result = addSource(readFileSync('page.html'), { folder: 'claims', from: 'page.html', fileName: 'page.html', retrievedAt: '2026-03-05T10:00Z' });
 */
export const addSource = (bytes: Uint8Array, request: AddSourceRequest): AddSourceResult => {
  const { folder } = request;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return refuse('folder-missing', `the claims folder ${folder} does not exist`, `create it first: claimtrace init ${folder}`);
  }
  let publishedAt: PublishedAtFile | undefined;
  if (request.published !== undefined) {
    publishedAt = request.published.trim().toLowerCase() === 'unknown' ? 'unknown' : publishedAtFromText(request.published);
    if (publishedAt === undefined) {
      return refuse('invalid-source-field', `--published "${request.published}" is not a calendar date`, 'write it as 2026-03-04, 2026-03-04T09:30Z, "March 4, 2026" or unknown');
    }
  }
  if (!isIsoDate(request.retrievedAt)) return refuse('invalid-source-field', `--retrieved "${request.retrievedAt}" is not an ISO 8601 date`, RETRIEVED_FORM);
  if (request.url !== undefined && !/^https?:\/\/\S+$/i.test(request.url)) return refuse('invalid-source-field', `--url "${request.url}" is not an http(s) URL`, 'give the address the page was saved from');
  if (request.id !== undefined && !isSourceId(request.id)) {
    return refuse('invalid-source-field', `--id "${request.id}" is not a valid id`, 'use letters, digits, ".", "_", "-" and ":", starting with a letter or digit');
  }

  const captured = captureSource(bytes, request);
  if (!captured.ok) return captured;
  const capture = captured.value;
  const warnings = captured.messages;

  const known = folderSources(folder);
  const same = known.find((s) => s.contentHash === capture.contentHash);
  if (same !== undefined) {
    return refuse('source-exists', `this text is already in the folder as source ${same.id} (${same.file})`, `to replace that source's text, use: claimtrace update-source ${same.id} ${request.from}`, warnings);
  }
  const taken = new Set(known.map((s) => s.id));
  if (request.id !== undefined && taken.has(request.id)) {
    return refuse('source-id-taken', `the folder already has a source ${request.id}`, `choose another --id, or replace its text with: claimtrace update-source ${request.id} ${request.from}`, warnings);
  }
  const fileTaken = (id: string): boolean => ['txt', 'yaml', ORIGINAL_EXTENSIONS[capture.format]].some((ext) => existsSync(join(folder, 'sources', `${id}.${ext}`)));
  let id = request.id ?? newSourceId([request.title ?? capture.metadata.title, fileStem(request.from)], taken);
  if (request.id === undefined) while (fileTaken(id)) id = newSourceId([id], new Set([...taken, id]));
  else if (fileTaken(id)) return refuse('source-id-taken', `sources/${id}.txt or sources/${id}.yaml already exists`, 'choose another --id', warnings);

  const original = request.keepOriginal === true ? `${id}.${ORIGINAL_EXTENSIONS[capture.format]}` : undefined;
  const input: SourceFileInput = {
    id,
    textFile: `${id}.txt`,
    retrievedAt: request.retrievedAt,
    from: request.from,
    ...(original !== undefined ? { original } : {}),
    ...(request.url !== undefined ? { url: request.url } : {}),
    ...(request.title !== undefined ? { title: request.title } : {}),
    ...(request.publisher !== undefined ? { publisher: request.publisher } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
  };
  const yamlText = renderSourceFile(capture, input);
  const yamlPath = `sources/${id}.yaml`;

  // The loader must read it back exactly: every non-content range anchored, the hash right.
  const read = readYamlFile(yamlPath, yamlText);
  const loaded = loadSource(settled(read), () => ok(capture.text));
  const problems = [...read.messages, ...loaded.messages].filter((d) => d.severity === 'error');
  const source = loaded.ok ? loaded.value : loaded.partial;
  if (problems.length > 0 || source?.document.source.nonContent.length !== capture.nonContent.length) {
    return refuse(
      'source-round-trip',
      `the source file written for ${request.from} does not load back (${problems.map((d) => d.message).join('; ') || 'non-content ranges differ'})`,
      'please report this with the page; --format text captures the page as plain text meanwhile',
      warnings,
    );
  }

  // The text, the original and the metadata as one set: all of them or none, never replacing a file,
  // only inside the claims folder.
  const files = [
    { path: `sources/${id}.txt`, content: capture.text },
    ...(original !== undefined ? [{ path: `sources/${original}`, content: bytes }] : []),
    { path: yamlPath, content: yamlText },
  ];
  try {
    writeFileSet(
      files.map((f) => ({ path: join(folder, f.path), content: f.content })),
      { createOnly: true, within: folder, show: (path) => relative(folder, path) },
    );
  } catch (error) {
    const why = error instanceof WriteRefused ? error.message : `cannot write into ${join(folder, 'sources')}: ${(error as Error).message}`;
    return refuse('write-refused', `${why.replace(/; nothing was written$/, '')}; nothing was added`, 'remove or rename the file in the way, or choose another --id', warnings);
  }
  const created = files.map((f) => f.path);
  return ok({ id, files: created, capture, fields: sourceFileFields(capture, input) }, warnings);
};

/**
 * `claimtrace add <file|-> --into <folder>`: capture a saved web page
 * (HTML), Markdown or plain text as a new source of a claims folder.
 */
import { isoMinute } from '../../model/iso-date.js';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { addSource, MAX_PAGE_BYTES, PAGE_FORMATS, type PageFormat } from '../../capture/index.js';
import { CliError } from '../cli-error.js';
import { type Command, flag, stringOption } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_OK, failureExitCode } from '../exit-codes.js';
import { readInputFile } from '../read-input.js';
import { shownPath } from '../run-pipeline.js';
import { jsonText } from '../../ingest/control-characters.js';

const readInput = (arg: string, cwd: string): { bytes: Uint8Array; modified: Date } => {
  const bytes = readInputFile(arg, cwd, MAX_PAGE_BYTES, { stdin: true });
  if (arg === '-') return { bytes, modified: new Date() };
  let modified = new Date();
  try {
    modified = statSync(resolve(cwd, arg)).mtime;
  } catch {
    // read a moment ago; the time of reading will do
  }
  return { bytes, modified };
};


export const addCommand: Command = {
  name: 'add',
  summary: 'capture a saved web page, Markdown or text file as a new source',
  usage: ['claimtrace add <file|-> --into <dir> [--id <id>] [--url <url>] [--published <date|unknown>] [--keep-original]'],
  description: [
    'Extracts the article of a saved HTML page (Readability), reads what the page states about itself',
    '(title, canonical URL, site name, author, article:published_time / JSON-LD datePublished, language),',
    'and writes sources/<id>.txt (the normalized text) and sources/<id>.yaml (metadata, content hash,',
    'retrievedAt, and the non-content ranges extraction dropped) into the claims folder. Markdown and',
    'plain text are captured whole. Nothing is fetched from the network; pages that state no date stay',
    '`unknown`. `-` reads standard input. retrievedAt is the file\'s modification time unless --retrieved.',
    'Exit: 0 added; 2 not an article, unreadable, already in the folder, or a file in the way.',
  ].join('\n'),
  options: {
    into: { type: 'string' },
    id: { type: 'string' },
    url: { type: 'string' },
    published: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    retrieved: { type: 'string' },
    format: { type: 'string' },
    encoding: { type: 'string' },
    'keep-original': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    into: 'the claims folder to add the source to (required)',
    id: 'the source id (default: from the title)',
    url: 'the address the page was saved from (default: its canonical URL)',
    published: 'the publication date (2026-03-04, 2026-03-04T09:30Z, "March 4, 2026") or unknown',
    title: 'the title (default: what the page states)',
    publisher: 'the publisher (default: the site name the page states)',
    retrieved: 'when the page was saved, ISO 8601 as 2026-03-05T10:00Z (default: the file\'s modification time)',
    format: `html, markdown or text (default: from the file name and content)`,
    encoding: 'the character encoding, overriding what the page declares (e.g. windows-1252)',
    'keep-original': 'keep the original file beside the text, for provenance',
    json: 'print the result as JSON',
  },
  positionals: { min: 1, max: 1 },
  run: async ({ values, positionals }, { io, out, err }) => {
    const arg = positionals[0] ?? '-';
    const into = stringOption(values, 'into');
    if (into === undefined) throw new CliError('add needs --into <dir>: the claims folder to add the source to', { showUsage: true });
    const format = stringOption(values, 'format');
    if (format !== undefined && !PAGE_FORMATS.includes(format as PageFormat)) {
      throw new CliError(`--format must be one of ${PAGE_FORMATS.join(', ')} (got "${format}")`, { showUsage: true });
    }
    const retrieved = stringOption(values, 'retrieved');
    const { bytes, modified } = readInput(arg, io.cwd);
    const folder = resolve(io.cwd, into);
    const shownFolder = shownPath(folder, io.cwd);
    const pick = (name: string): Record<string, string> => {
      const v = stringOption(values, name);
      return v !== undefined ? { [name]: v } : {};
    };
    const result = addSource(bytes, {
      folder,
      from: arg,
      fileName: arg === '-' ? '' : arg,
      retrievedAt: retrieved ?? isoMinute(modified),
      ...(format !== undefined ? { format: format as PageFormat } : {}),
      ...pick('encoding'),
      ...pick('id'),
      ...pick('url'),
      ...pick('published'),
      ...pick('title'),
      ...pick('publisher'),
      keepOriginal: flag(values, 'keep-original'),
    });
    if (!result.ok) {
      io.stderr.write(messagesText(result.messages, { root: folder, cwd: io.cwd }, err));
      io.stderr.write(`${err.red('✖')} ${arg === '-' ? 'standard input' : arg}: nothing was added\n`);
      return failureExitCode(result.messages);
    }
    const { capture, fields, id, files } = result.value;
    if (flag(values, 'json')) {
      const shownFiles = files.map((f) => `${shownFolder}/${f}`);
      // Where the publisher and the date came from ("<meta article:published_time>: …", or "inferred: …"), for values the command line did not give.
      const from = {
        ...(capture.metadata.titleFrom !== undefined && values['title'] === undefined ? { title: capture.metadata.titleFrom } : {}),
        ...(capture.metadata.publisherFrom !== undefined && values['publisher'] === undefined ? { publisher: capture.metadata.publisherFrom } : {}),
        ...(capture.metadata.publishedFrom !== undefined && values['published'] === undefined ? { publishedAt: capture.metadata.publishedFrom } : {}),
      };
      io.stdout.write(jsonText({ id, files: shownFiles, source: fields, from, words: capture.words, articleWords: capture.articleWords, messages: result.messages }));
      return EXIT_OK;
    }
    io.stderr.write(messagesText(result.messages, { root: folder, cwd: io.cwd }, err));
    const published = fields.publishedAt === 'unknown' ? 'unknown' : 'date' in fields.publishedAt ? fields.publishedAt.date : fields.publishedAt.datetime;
    const lines = [
      `${out.green('added')} source ${out.bold(id)} to ${shownFolder}`,
      ...files.map((f) => `  ${shownFolder}/${f}`),
      `  title      ${fields.title ?? '(none stated)'}${capture.metadata.titleFrom !== undefined && values['title'] === undefined ? out.dim(` (${capture.metadata.titleFrom})`) : ''}`,
      `  publisher  ${fields.publisher ?? '(none stated)'}${capture.metadata.publisherFrom !== undefined && values['publisher'] === undefined ? out.dim(` (${capture.metadata.publisherFrom})`) : ''}`,
      ...(fields.author !== undefined ? [`  author     ${fields.author}`] : []),
      `  url        ${fields.url ?? '(none stated)'}`,
      `  published  ${published}${capture.metadata.publishedFrom !== undefined && values['published'] === undefined ? out.dim(` (${capture.metadata.publishedFrom})`) : ''}`,
      `  language   ${fields.language ?? '(none stated)'}`,
      `  text       ${capture.words} words; ${capture.articleWords} article, ${capture.words - capture.articleWords} in ${fields.nonContent?.length ?? 0} non-content range${fields.nonContent?.length === 1 ? '' : 's'}`,
      ...(capture.fromArticleBody !== undefined
        ? [`             the article is the page's JSON-LD articleBody: the page itself showed ${capture.fromArticleBody.visibleWords} words of article text (a teaser) against its ${capture.fromArticleBody.bodyWords}`]
        : []),
      '',
      `Next: claimtrace suggest ${shownFolder} ${id}`,
    ];
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};

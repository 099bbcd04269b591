/**
 * `claimtrace anchor <source-file> "<quote>"`: where a quote sits in a source
 * (offsets, line:column, context), or why it does not anchor (the closest
 * candidates and their scores). The source file is a captured text, or a
 * source metadata file (`sources/<id>.yaml`) whose `text:` names one.
 */
import { realpathSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { anchorQuote, type AnchorCandidate, type AnchorResult } from '../../anchor/index.js';
import { MAX_TEXT_FILE_BYTES, MAX_YAML_FILE_BYTES } from '../../claims/load-corpus.js';
import { claimsFolderOf, placeInFolder, resolveInFolder } from '../../files/path-policy.js';
import { createLocator, type Locator } from '../../ingest/create-locator.js';
import { normalizeText } from '../../ingest/normalize-text.js';
import { CliError } from '../cli-error.js';
import { type Command, flag, stringOption } from '../command.js';
import { EXIT_INVALID_INPUT, EXIT_OK } from '../exit-codes.js';
import { readInputFile } from '../read-input.js';
import type { Style } from '../style.js';
import { jsonText } from '../../ingest/control-characters.js';

/** A regular file's text (never a pipe or a device: those would block or never end). */
const readText = (path: string, shown: string, maxBytes: number): string => {
  const bytes = readInputFile(path, '/', maxBytes, { shown, hint: 'pass the path of a source text (.txt) or of its metadata file (.yaml)' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${shown} is not valid UTF-8`, { hint: 'save the file as UTF-8; `claimtrace check` names the first invalid byte' });
  }
};

/**
 * The text of a source: the file itself, or the `text:` a metadata file
 * names — under the loader's path policy: it must stay inside the claims
 * folder the metadata file belongs to, links included.
 */
const loadSourceText = (path: string, shown: string): { text: string; textFile: string } => {
  const extension = extname(path).toLowerCase();
  if (extension !== '.yaml' && extension !== '.yml') return { text: normalizeText(readText(path, shown, MAX_TEXT_FILE_BYTES)), textFile: path };
  let meta: unknown;
  const yamlText = readText(path, shown, MAX_YAML_FILE_BYTES);
  try {
    meta = parseYaml(yamlText, { maxAliasCount: 100 });
  } catch (error) {
    throw new CliError(`${shown} is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`, {
      hint: 'run `claimtrace check` on the folder for the exact place',
    });
  }
  const textField = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>)['text'] : undefined;
  if (typeof textField !== 'string') {
    throw new CliError(`${shown} has no \`text:\` naming the source text`, { hint: 'add `text: <file>.txt`' });
  }
  const metaFile = realpathSync(path);
  const root = claimsFolderOf(metaFile);
  const where = resolveInFolder(relative(root, metaFile).split(sep).join('/'), textField);
  if (!where.ok) {
    const problem = where.messages[0];
    throw new CliError(`${shown}: ${problem?.message ?? 'the text path leaves the claims folder'}`, problem?.hint !== undefined ? { hint: problem.hint } : {});
  }
  const place = placeInFolder(root, resolve(root, where.value));
  if (place.status === 'outside') {
    throw new CliError(`${shown}: the source text ${textField} is a link to ${place.real}, outside the claims folder`, {
      hint: 'copy the text into the claims folder instead of linking to it',
    });
  }
  const textFile = place.status === 'inside' ? place.real : resolve(root, where.value);
  return { text: normalizeText(readText(textFile, textField, MAX_TEXT_FILE_BYTES)), textFile };
};

const oneLine = (s: string): string => s.replaceAll('\n', '⏎');

const at = (locator: Locator, offset: number): { line: number; column: number } => {
  const point = locator.toPoint(offset);
  return { line: point?.line ?? 0, column: point?.column ?? 0 };
};

const candidateJson = (c: AnchorCandidate, locator: Locator) => ({
  start: c.start,
  end: c.end,
  from: at(locator, c.start),
  to: at(locator, c.end),
  text: c.text,
  method: c.method,
  errors: c.errors,
  score: c.score,
  parts: c.parts,
  inNonContent: c.inNonContent,
});

/** The machine-readable form of an anchoring result (`--json`). */
export const anchorResultJson = (result: AnchorResult, locator: Locator, file: string): Record<string, unknown> =>
  result.status === 'anchored'
    ? {
        file,
        status: result.status,
        start: result.start,
        end: result.end,
        from: at(locator, result.start),
        to: at(locator, result.end),
        method: result.method,
        score: result.score,
        errors: result.errors,
        quote: result.quote,
        position: result.position,
        alternatives: result.alternatives.map((c) => candidateJson(c, locator)),
      }
    : {
        file,
        status: result.status,
        ...(result.status === 'orphaned' ? { cause: result.cause } : {}),
        reason: result.reason,
        candidates: result.candidates.map((c) => candidateJson(c, locator)),
      };

const describeParts = (c: AnchorCandidate): string =>
  (['quote', 'prefix', 'suffix', 'position'] as const)
    .flatMap((k) => (c.parts[k] !== undefined ? [`${k} ${(c.parts[k] ?? 0).toFixed(2)}`] : []))
    .join(', ');

/** The human-readable form of an anchoring result. */
export const anchorResultText = (result: AnchorResult, text: string, locator: Locator, file: string, style: Style): string => {
  const place = (start: number, end: number): string => {
    const from = at(locator, start);
    const to = at(locator, end);
    return `${file}:${from.line}:${from.column}–${to.line}:${to.column} (offsets ${start}–${end})`;
  };
  if (result.status === 'anchored') {
    const before = text.slice(Math.max(0, result.start - 40), result.start);
    const after = text.slice(result.end, result.end + 40);
    const lines = [
      `${style.green('anchored')} ${style.dim(`(${result.method} match, score ${result.score.toFixed(3)}${result.errors > 0 ? `, ${result.errors} edits` : ''})`)}`,
      `  at      ${place(result.start, result.end)}`,
      `  context …${oneLine(before)}${style.bold('[')}${oneLine(text.slice(result.start, result.end))}${style.bold(']')}${oneLine(after)}…`,
      `  prefix  ${JSON.stringify(result.quote.prefix)}`,
      `  suffix  ${JSON.stringify(result.quote.suffix)}`,
    ];
    if (result.alternatives.length > 0) {
      lines.push(`  also considered:`);
      for (const c of result.alternatives) lines.push(`    ${c.score.toFixed(3)} ${c.method} at ${place(c.start, c.end)}: ${JSON.stringify(c.text)}`);
    }
    return `${lines.join('\n')}\n`;
  }
  const lines = [
    `${style.red(result.status === 'ambiguous' ? 'ambiguous' : 'does not anchor')}: ${result.reason}`,
    result.candidates.length === 0 ? '  no candidate comes close' : `  candidates (best first):`,
    ...result.candidates.map(
      (c) =>
        `    ${c.score.toFixed(3)} ${c.method}${c.errors > 0 ? ` (${c.errors} edits)` : ''}${c.inNonContent ? ' [non-content]' : ''} at ${place(c.start, c.end)}\n` +
        `          ${JSON.stringify(c.text)} — ${describeParts(c)}`,
    ),
    result.status === 'ambiguous'
      ? '  hint: add --prefix or --suffix (a few words before or after) to say which occurrence'
      : '  hint: copy the quote from the source text exactly; check spelling, spaces and quotation marks',
  ];
  return `${lines.join('\n')}\n`;
};

const nonNegativeInteger = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`--${name} must be a non-negative integer (got "${value}")`, { showUsage: true });
  return n;
};

export const anchorCommand: Command = {
  name: 'anchor',
  summary: 'show where a quote sits in a source, or why it does not anchor',
  usage: ['claimtrace anchor <source-file> "<quote>" [--prefix <text>] [--suffix <text>] [--hint <offset>] [--json]'],
  description: [
    'Finds the quote in the source the way the claims loader does (exact, then with spaces,',
    'quotation marks and dashes folded, then fuzzy) and prints its offsets (UTF-16 code units,',
    'end exclusive, over the normalized text), line:column and context. When it does not anchor,',
    'prints the closest candidates with their scores.',
    '<source-file> is a captured text, or a source metadata file (sources/<id>.yaml).',
    'Exit: 0 anchored; 2 ambiguous, not found, or the file cannot be read.',
  ].join('\n'),
  options: {
    prefix: { type: 'string' },
    suffix: { type: 'string' },
    hint: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    prefix: 'words just before the quote, to pick one occurrence',
    suffix: 'words just after the quote',
    hint: 'expected start offset (e.g. a recorded position)',
    json: 'print the result as JSON',
  },
  positionals: { min: 2, max: 2 },
  run: async ({ values, positionals }, { io, out }) => {
    const [fileArg = '', quote = ''] = positionals;
    const path = resolve(io.cwd, fileArg);
    const { text, textFile } = loadSourceText(path, fileArg);
    const shown = relative(io.cwd, textFile) || textFile;
    const prefix = stringOption(values, 'prefix');
    const suffix = stringOption(values, 'suffix');
    const hint = nonNegativeInteger(stringOption(values, 'hint'), 'hint');
    const result = anchorQuote(text, {
      exact: normalizeText(quote),
      ...(prefix !== undefined ? { prefix: normalizeText(prefix) } : {}),
      ...(suffix !== undefined ? { suffix: normalizeText(suffix) } : {}),
      ...(hint !== undefined ? { hint } : {}),
    });
    const locator = createLocator(text);
    io.stdout.write(
      flag(values, 'json')
        ? jsonText(anchorResultJson(result, locator, shown))
        : anchorResultText(result, text, locator, shown, out),
    );
    return result.status === 'anchored' ? EXIT_OK : EXIT_INVALID_INPUT;
  },
};

/**
 * `claimtrace check [dir]`: load, validate, anchor, reconcile, compare with
 * the baseline — the consistency check a claims repository runs in CI — and
 * print it in one of the check formats of the format table (stylish, json,
 * github, sarif, junit) on stdout or into `--output-file`. Progress and
 * usage errors go to stderr. Exit 0 pass, 1 content problems, 2 the tool
 * could not check (see exit-codes.ts).
 */
import { resolve } from 'node:path';
import { onlyFailing, VERDICT_EXIT_CODES } from '../../check/check-report.js';
import { type OutputFormat, PLAIN_STYLE, renderFormat } from '../../formats/format.js';
import { formatById, formatsFor } from '../../formats/registry.js';
import type { PathOptions } from '../../model/display-path.js';
import { CliError } from '../cli-error.js';
import { type Command, flag, stringOption } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { type ExitCode, failureExitCode } from '../exit-codes.js';
import { chosenFormats, formatChoices, formatHelpLines } from '../format-choice.js';
import { CONFIG_OPTION, CONFIG_OPTION_HELP, reportOfRun, runPipeline, shownPath } from '../run-pipeline.js';
import { checkThresholds } from '../severity-threshold.js';
import { claimsFolderGuard, writeOutputFiles } from '../write-output.js';
import { cacheFileFor, DEFAULT_CACHE_LOCATION } from '../cache-location.js';

/** `--max-warnings N`: a non-negative integer. */
const parseMaxWarnings = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new CliError(`--max-warnings must be a non-negative integer (got "${value}")`, { showUsage: true });
  return n;
};

/** The format `--format` / `--json` choose; stylish by default. */
const chosenFormat = (values: Parameters<Command['run']>[0]['values']): OutputFormat => {
  const json = flag(values, 'json');
  const [named] = values['format'] === undefined ? [] : chosenFormats(values['format'], 'check');
  if (json && named !== undefined && named.id !== 'json') {
    throw new CliError(`--json and --format ${named.id} ask for two formats`, { hint: '--json is --format json; give one of them', showUsage: true });
  }
  return named ?? (formatById(json ? 'json' : 'stylish', formatsFor('check')) as OutputFormat);
};

/** GitHub resolves annotation paths from the repository's root: show paths from GITHUB_WORKSPACE when the folder is inside it. */
const pathsFor = (format: OutputFormat, paths: PathOptions, env: Readonly<Record<string, string | undefined>>, folder: string): PathOptions => {
  const workspace = env['GITHUB_WORKSPACE'];
  if (format.id !== 'github' || workspace === undefined || workspace === '') return paths;
  const base = resolve(workspace);
  return shownPath(folder, base).startsWith('/') ? paths : { ...paths, cwd: base };
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'load, validate, anchor and reconcile a claims folder; compare with the baseline (the CI check)',
  usage: [
    `claimtrace check [dir] [--format ${formatChoices('check')}] [--output-file <file>]`,
    '                 [--fail-on error|warning|info] [--recheck-on changed-values|new-evidence|never]',
    '                 [--max-warnings <n>] [--quiet] [--config <file>] [--json] [--cache] [--cache-location <path>]',
  ],
  description: [
    'Loads the claims folder (default: the claims folder you are in, else ./claims, else .), validates',
    'every file, anchors every quote, checks every source hash, reconciles with the configured rules',
    '(claimtrace.config.{json,mjs}) and compares the findings with baseline.yaml.',
    'A reviewed finding whose sides gained or lost claims but whose disputed values are the same is',
    '"reviewed, new evidence": its review carries over (--recheck-on new-evidence fails it instead).',
    '',
    'Formats (--format):',
    ...formatHelpLines('check').map((line) => `  ${line}`),
    '',
    'Exit: 0 everything anchors and every finding at or above --fail-on is reviewed;',
    '      1 content problems: errors in the folder (bad YAML, a quote that does not anchor, a hash mismatch),',
    '        findings not reviewed (new, or their disputed values changed since review), stale baseline',
    '        entries, too many warnings;',
    '      2 usage or tool errors: a bad option, a missing folder, a broken configuration, a rule that threw.',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f' },
    'output-file': { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    'recheck-on': { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    json: { type: 'boolean' },
    ...CONFIG_OPTION,
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
  },
  optionHelp: {
    format: `output format: ${formatChoices('check').split('|').join(', ')} (default stylish)`,
    'output-file': 'write the output to this file (atomically) instead of stdout',
    'fail-on': 'lowest severity of a finding that fails the check: error, warning (default) or info',
    'recheck-on': 'when a reviewed finding fails again: changed-values (default), new-evidence, or never',
    'max-warnings': 'tolerate up to this many unreviewed warning findings (more fail the check)',
    quiet: 'report only what fails the check',
    json: 'the same as --format json',
    ...CONFIG_OPTION_HELP,
    cache: `keep what loading each claim file gave, by content hash, and reuse it while nothing it depends on changes (in ${DEFAULT_CACHE_LOCATION})`,
    'cache-location': 'the cache file (or a folder for it); implies --cache',
  },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, context) => {
    const { io } = context;
    const format = chosenFormat(values);
    const thresholds = { failOn: stringOption(values, 'fail-on'), recheckOn: stringOption(values, 'recheck-on') };
    checkThresholds({ config: {} }, thresholds); // a bad value is a usage error before the folder is read
    const maxWarningsFlag = parseMaxWarnings(stringOption(values, 'max-warnings'));
    const quiet = flag(values, 'quiet');
    const cacheFile = cacheFileFor(values, io);
    const run = await runPipeline(positionals[0], values, context, { reconcile: true, ...(cacheFile !== undefined ? { cacheFile } : {}) });
    const maxWarnings = maxWarningsFlag ?? run.config.maxWarnings;
    const full = reportOfRun(run, { ...checkThresholds(run, thresholds), ...(maxWarnings !== undefined ? { maxWarnings } : {}) });
    const report = quiet ? onlyFailing(full) : full;
    const outputFile = stringOption(values, 'output-file');
    const rendered = renderFormat(format, {
      check: { loaded: run.loaded, ...(run.reconciled !== undefined ? { reconciled: run.reconciled } : {}) },
      report,
      paths: pathsFor(format, run.paths, io.env, run.folder),
      style: outputFile === undefined ? context.out : PLAIN_STYLE,
      labels: { title: 'claimtrace check', corpusLabel: `${run.shown}/`, command: `claimtrace check ${run.shown}` },
      options: {},
    });
    io.stderr.write(messagesText(rendered.messages, run.paths, context.err));
    if (!rendered.ok) return failureExitCode(rendered.messages);
    const text = rendered.value;
    if (outputFile === undefined) {
      io.stdout.write(text);
    } else {
      const path = resolve(io.cwd, outputFile);
      writeOutputFiles([{ path, content: text }], { io, guard: claimsFolderGuard(run.loaded.root, run.loaded.inputs) });
      if (!quiet) io.stderr.write(`wrote ${shownPath(path, io.cwd)} (${format.id}): ${report.verdict === 'pass' ? 'check passed' : report.verdict === 'fail' ? 'check failed' : 'check could not run'}\n`);
    }
    return VERDICT_EXIT_CODES[report.verdict] as ExitCode;
  },
};

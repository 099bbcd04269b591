/**
 * `claimtrace baseline status|accept|prune`: keep baseline.yaml — the
 * reviewed findings — without editing it by hand. Like ESLint's
 * suppressions, but every entry keeps a verdict, a human reason and who
 * reviewed it:
 *
 * - `status` lists where each finding and entry stands (new, values
 *   changed, carried over to new evidence, mismatched rule, reviewed, stale,
 *   idle);
 * - `accept (--all | <id>…)` records reviews (the library's
 *   `baselineEntryFor`: the finding's stable id and rule, what it disputes
 *   and its current evidence fingerprint), so `check` then reports them as
 *   reviewed — and a later source that agrees with one side as carried
 *   over;
 * - `prune` removes stale entries (reviewed disagreements that are gone),
 *   never entries of rules that did not run.
 *
 * The statuses come from the baseline module's comparison
 * (`compareWithBaseline`) through the check report (`../baseline-status.ts`);
 * the file is edited in place (only the changed entries' lines differ)
 * and written atomically (`../baseline-file.ts`).
 */
import { resolve } from 'node:path';
import { type FindingItem, rulesThatRan } from '../../check/check-report.js';
import { closestName } from '../../normalize/closest-name.js';
import type { Finding } from '../../model/finding.js';
import { baselineEntryFor, ReviewVerdictSchema } from '../../reconcile/index.js';
import { jsonText } from '../../ingest/control-characters.js';
import { isClaimsFolder } from '../claims-folder.js';
import { CliError } from '../cli-error.js';
import { type Command, flag, type OptionValues, stringOption } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_OK, EXIT_PROBLEMS, type ExitCode } from '../exit-codes.js';
import { CONFIG_OPTION, CONFIG_OPTION_HELP, type PipelineRun, reportOfRun, runPipeline, shownPath } from '../run-pipeline.js';
import { checkThresholds } from '../severity-threshold.js';
import { baselineFile, writeBaselineEdit } from '../baseline-file.js';
import { statusRows, statusText } from '../baseline-status.js';
import { closestIds, findFinding } from './explain.js';

const SUBCOMMANDS = ['status', 'accept', 'prune'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** The options each subcommand takes (besides --json, --config, --dir). */
const OWN_OPTIONS: Readonly<Record<Subcommand, readonly string[]>> = {
  status: ['fail-on', 'recheck-on'],
  accept: ['all', 'verdict', 'reason', 'by', 'date', 'fail-on', 'recheck-on'],
  prune: ['dry-run'],
};


const today = (): string => new Date().toISOString().slice(0, 10);

const validInput = (run: PipelineRun, context: Parameters<Command['run']>[1]): NonNullable<PipelineRun['reconciled']> => {
  if (run.reconciled === undefined) {
    throw new CliError(`${run.shown} has errors; the baseline was not read or changed`, {
      details: messagesText(run.messages, run.paths, context.err),
      hint: `fix them first (claimtrace check ${run.shown})`,
      exitCode: EXIT_PROBLEMS,
    });
  }
  return run.reconciled;
};

const requiredText = (values: OptionValues, name: string, what: string): string => {
  const value = stringOption(values, name)?.trim();
  if (value === undefined || value === '') throw new CliError(`baseline accept needs --${name} <${what}>`, { hint: 'every entry keeps a verdict, a reason and who reviewed it', showUsage: true });
  return value;
};

const accept = async (values: OptionValues, ids: readonly string[], run: PipelineRun, context: Parameters<Command['run']>[1]): Promise<ExitCode> => {
  const reconciled = validInput(run, context);
  const verdict = ReviewVerdictSchema.safeParse(requiredText(values, 'verdict', ReviewVerdictSchema.options.join('|')));
  if (!verdict.success) throw new CliError(`--verdict must be one of ${ReviewVerdictSchema.options.join(', ')}`, { showUsage: true });
  const reason = requiredText(values, 'reason', 'why');
  const by = requiredText(values, 'by', 'who');
  const date = stringOption(values, 'date') ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliError(`--date must be YYYY-MM-DD (got "${date}")`, { showUsage: true });
  const all = flag(values, 'all');
  if (all === (ids.length > 0)) throw new CliError('baseline accept takes --all or finding ids (not both, not neither)', { showUsage: true });

  const findings = reconciled.result.findings;
  let targets: readonly Finding[];
  if (all) {
    const report = reportOfRun(run, checkThresholds(run, { failOn: stringOption(values, 'fail-on'), recheckOn: stringOption(values, 'recheck-on') }));
    targets = report.items.filter((i): i is FindingItem => i.kind === 'finding' && i.fails).map((i) => i.finding);
  } else {
    targets = ids.map((query) => {
      const found = findFinding(findings, query);
      if ('id' in found) return found;
      const candidates = found.length > 1 ? found.map((f) => f.id) : closestIds(findings, query);
      throw new CliError(found.length > 1 ? `"${query}" matches ${found.length} findings; give more of the id` : `no finding ${query} in ${run.shown}`, {
        hint: candidates.length > 0 ? `did you mean: ${candidates.slice(0, 5).join(', ')}` : 'the folder has no findings',
      });
    });
  }
  const unique = [...new Map(targets.map((f) => [f.id, f])).values()];
  const known = new Set(reconciled.baseline.findings.map((e) => e.id as string));
  const entries = unique.map((f) => baselineEntryFor(f, { verdict: verdict.data, reason, reviewedBy: by, reviewedAt: date }));
  const json = flag(values, 'json');
  if (entries.length === 0) {
    if (json) context.io.stdout.write(jsonText({ file: null, accepted: [] }));
    else context.io.stdout.write('nothing to accept: every finding that fails the check is reviewed already\n');
    return EXIT_OK;
  }
  const file = writeBaselineEdit(run, { upsert: entries }, context.io);
  if (json) {
    context.io.stdout.write(jsonText({ file, accepted: entries.map((e) => ({ ...e, replaced: known.has(e.id) })) }));
  } else {
    const lines = entries.map((e) => `  ${context.out.green(known.has(e.id) ? 'updated' : 'accepted')} ${e.id} [${e.rule}] ${e.verdict}: ${e.reason}`);
    context.io.stdout.write(`${file}: ${entries.length} review${entries.length === 1 ? '' : 's'} by ${by} on ${date}\n${lines.join('\n')}\n`);
  }
  return EXIT_OK;
};

const prune = (values: OptionValues, run: PipelineRun, context: Parameters<Command['run']>[1]): ExitCode => {
  const reconciled = validInput(run, context);
  const ran = rulesThatRan(reconciled);
  const stale = reconciled.comparison.stale.filter((e) => ran.has(e.rule));
  const dryRun = flag(values, 'dry-run');
  const file = stale.length > 0 && !dryRun ? writeBaselineEdit(run, { remove: stale.map((e) => e.id) }, context.io) : shownPath(baselineFile(run).path, context.io.cwd);
  if (flag(values, 'json')) {
    context.io.stdout.write(jsonText({ file, dryRun, removed: stale }));
    return EXIT_OK;
  }
  const verb = dryRun ? 'would remove' : 'removed';
  context.io.stdout.write(
    stale.length === 0
      ? `${file}: no stale entries\n`
      : `${file}: ${verb} ${stale.length} stale entr${stale.length === 1 ? 'y' : 'ies'}\n${stale.map((e) => `  ${verb} ${e.id} [${e.rule}] ${e.verdict}: ${e.reason}`).join('\n')}\n`,
  );
  return EXIT_OK;
};

export const baselineCommand: Command = {
  name: 'baseline',
  summary: 'review findings into baseline.yaml: status, accept, prune',
  usage: [
    'claimtrace baseline status [dir] [--fail-on <severity>] [--recheck-on <when>] [--json]',
    'claimtrace baseline accept (--all | <finding-id>…) --verdict <verdict> --reason <text> --by <name> [--date YYYY-MM-DD]',
    '                           [--fail-on <severity>] [--recheck-on <when>] [--dir <dir> | <dir>] [--json]',
    'claimtrace baseline prune [dir] [--dry-run] [--json]',
  ],
  description: [
    'status  where each finding and entry stands against baseline.yaml: new; values changed (reviewed, but the',
    '        disputed values changed); carried over (reviewed; new evidence for the same disputed values, the',
    '        review holds); mismatched rule; stale; idle (entries of rules that did not run); reviewed.',
    'accept  record a review of findings (a unique prefix of an id is enough; --all: every finding that fails',
    `        the check). --verdict is one of ${ReviewVerdictSchema.options.join(', ')}; --reason says why,`,
    "        --by who. The entry keeps the finding's stable id, what it disputes and its evidence fingerprint;",
    '        an entry for the same finding is replaced; comments and other entries stay.',
    'prune   remove stale entries (reviewed disagreements that are gone); entries of rules that did not run stay.',
    'The baseline is written atomically. The folder must load without errors.',
    'Exit: 0 done (status: whatever the statuses); 1 the folder has errors; 2 usage errors.',
  ].join('\n'),
  options: {
    all: { type: 'boolean' },
    verdict: { type: 'string' },
    reason: { type: 'string' },
    by: { type: 'string' },
    date: { type: 'string' },
    dir: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'fail-on': { type: 'string' },
    'recheck-on': { type: 'string' },
    json: { type: 'boolean' },
    ...CONFIG_OPTION,
  },
  optionHelp: {
    all: 'accept every finding that fails the check',
    verdict: ReviewVerdictSchema.options.join(', '),
    reason: 'why: the reviewer’s reason for the verdict',
    by: 'who reviewed the findings',
    date: 'the date of the review (default: today, UTC)',
    dir: 'the claims folder (for accept, whose positionals are ids; a positional that is a claims folder is taken as the folder too)',
    'dry-run': 'prune: say what would be removed, change nothing',
    'fail-on': 'the threshold that decides what fails (default: the configuration’s, else warning)',
    'recheck-on': 'when a reviewed finding fails again: changed-values, new-evidence, never (default: the configuration’s, else changed-values)',
    json: 'print the result as JSON',
    ...CONFIG_OPTION_HELP,
  },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  run: async ({ values, positionals }, context) => {
    const [sub = '', ...rest] = positionals;
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
      const near = closestName(sub, SUBCOMMANDS);
      throw new CliError(`unknown baseline command "${sub}"`, { hint: near !== undefined ? `did you mean "claimtrace baseline ${near}"?` : `one of ${SUBCOMMANDS.join(', ')}`, showUsage: true });
    }
    const subcommand = sub as Subcommand;
    for (const name of ['all', 'verdict', 'reason', 'by', 'date', 'dry-run', 'fail-on', 'recheck-on']) {
      if (values[name] !== undefined && !OWN_OPTIONS[subcommand].includes(name)) {
        throw new CliError(`--${name} does not apply to baseline ${subcommand}`, { showUsage: true });
      }
    }
    const dirOption = stringOption(values, 'dir');
    if (subcommand !== 'accept' && rest.length > 1) throw new CliError(`baseline ${subcommand} takes at most one folder`, { showUsage: true });
    if (subcommand !== 'accept' && dirOption !== undefined && rest.length > 0) throw new CliError('give the folder once: as an argument or with --dir', { showUsage: true });
    // accept's positionals are finding ids; one that names a claims folder is the folder (`baseline accept <id> my-claims`).
    const folderNamed = subcommand === 'accept' ? rest.filter((arg) => isClaimsFolder(resolve(context.io.cwd, arg))) : [];
    if (folderNamed.length > 1 || (folderNamed.length > 0 && dirOption !== undefined)) throw new CliError('give the folder once: as an argument or with --dir', { showUsage: true });
    const folderArg = subcommand === 'accept' ? (dirOption ?? folderNamed[0]) : (rest[0] ?? dirOption);
    const run = await runPipeline(folderArg, values, context, { reconcile: true });
    if (subcommand === 'accept') return accept(values, rest.filter((arg) => !folderNamed.includes(arg)), run, context);
    if (subcommand === 'prune') return prune(values, run, context);
    validInput(run, context);
    const rows = statusRows(run, { failOn: stringOption(values, 'fail-on'), recheckOn: stringOption(values, 'recheck-on') });
    if (flag(values, 'json')) context.io.stdout.write(jsonText({ folder: run.shown, entries: rows }));
    else context.io.stdout.write(statusText(rows, run, context.out));
    return EXIT_OK;
  },
};

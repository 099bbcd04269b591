/**
 * The consistency check as tests, in any test runner: `claimsCheckTests`
 * runs the check a claims repository's CI runs (`claimtrace check`: the
 * configuration found from the folder, the baseline, the rules) and
 * registers one test per thing that can fail — each finding named by its id,
 * each error in the folder by its code and place, each stale baseline entry
 * — through the `describe` and `it` it is given (node:test, vitest, jest and
 * mocha all have them). A failing test's message says what is wrong and
 * where: the finding's claims with their claim-file places and their quotes'
 * places in the sources, as `claimtrace check` prints them.
 *
 * ```js
 * // claims.test.mjs — `npm test` runs it with `node --test`
 * import { describe, it } from 'node:test'; // or from 'vitest'
 * import { claimsCheckTests } from 'claimtrace/testing';
 *
 * await claimsCheckTests('claims', { describe, it });
 * ```
 */
import { resolve } from 'node:path';
import { checkClaimsFolder } from '../check/check-claims-folder.js';
import { type CheckItem, type CheckReport, createCheckReport } from '../check/check-report.js';
import { configCheckOptions, loadConfig } from '../config/load-config.js';
import { displayPath, type PathOptions } from '../model/display-path.js';
import type { RecheckOn } from '../model/baseline.js';
import { formatMessage, type Severity } from '../model/message.js';
import { folderText, itemDetails, itemMessage, itemPlace, itemRule } from '../formats/check-text.js';

/** What `claimsCheckTests` registers tests with (a test runner's own functions). */
export interface CheckTestHooks {
  readonly describe: (name: string, body: () => void) => unknown;
  readonly it: (name: string, body: () => void) => unknown;
}

export interface CheckTestsOptions {
  /** What paths in messages are relative to (default: the working directory, where `npm test` runs). */
  readonly cwd?: string;
  /** A configuration file to use instead of the claimtrace.config.{json,mjs} found from the folder. */
  readonly config?: string;
  /** The lowest severity of an unreviewed finding that fails (default: the configuration's, else `warning`). */
  readonly failOn?: Severity;
  /** Unreviewed warning findings tolerated (default: the configuration's, else no limit but `failOn`). */
  readonly maxWarnings?: number;
  /** When a reviewed finding fails again (default: the configuration's, else `changed-values`: a review carries over to new evidence for the same disputed values). */
  readonly recheckOn?: RecheckOn;
}

/** A failure whose message is the whole story; its stack is the message alone (claimtrace's own frames would only distract). */
const failure = (text: string): Error => {
  const error = new Error(text);
  error.stack = `Error: ${text}`;
  return error;
};

const testName = (item: CheckItem, paths: PathOptions): string => {
  if (item.kind === 'finding') return item.finding.id;
  if (item.kind === 'stale') return `stale baseline entry ${item.entry.id}`;
  const place = itemPlace(item);
  return `${itemRule(item)}${place !== undefined ? ` at ${displayPath(place.file, paths)}:${place.start.line}:${place.start.column}` : ''}`;
};

const failureText = (item: CheckItem, paths: PathOptions): string => {
  const next =
    item.kind === 'finding'
      ? [
          `review it${item.review !== undefined ? ' again' : ''}: npx claimtrace explain ${item.finding.id}`,
          `then record the verdict: npx claimtrace baseline accept ${item.finding.id} --verdict <verdict> --reason "<why>" --by "<who>"`,
        ]
      : [];
  const head = item.kind === 'finding' ? `${item.finding.severity} [${item.finding.ruleId}] ${itemMessage(item)}` : formatMessage(item.message, paths).split('\n')[0] ?? '';
  return [head, ...itemDetails(item, paths), ...next].join('\n');
};

/**
 * Run the check of `folder` and register its tests. Resolves to the check's
 * report (after the tests are registered, before they run).
 *
 * @example
 * import { describe, it } from 'vitest';
 * await claimsCheckTests('claims', { describe, it }, { failOn: 'error' });
 */
export const claimsCheckTests = async (folder: string, hooks: CheckTestHooks, options: CheckTestsOptions = {}): Promise<CheckReport | undefined> => {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, folder);
  const paths: PathOptions = { root, cwd };
  const config = await loadConfig(root, { cwd, ...(options.config !== undefined ? { file: options.config } : {}) });
  if (!config.ok) {
    hooks.describe(`claimtrace check ${displayPath('.', paths)}`, () => {
      hooks.it('the configuration file', () => {
        throw failure(config.messages.map((m) => formatMessage(m, paths)).join('\n'));
      });
    });
    return undefined;
  }
  const check = await checkClaimsFolder(root, configCheckOptions(config.value, root));
  const maxWarnings = options.maxWarnings ?? config.value.maxWarnings;
  const recheckOn = options.recheckOn ?? config.value.recheckOn;
  const report = createCheckReport(check, {
    failOn: options.failOn ?? config.value.failOn ?? 'warning',
    ...(recheckOn !== undefined ? { recheckOn } : {}),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
  });
  const shown = report.items.filter((i) => i.fails || i.kind === 'finding');
  hooks.describe(`claimtrace check ${folderText(report, paths)}`, () => {
    for (const item of shown) {
      hooks.it(testName(item, paths), () => {
        if (item.fails) throw failure(failureText(item, paths));
      });
    }
    if (shown.length === 0) hooks.it('every quote anchors and there are no findings', () => undefined);
  });
  return report;
};

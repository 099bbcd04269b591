/**
 * Where the configuration file is: `claimtrace.config.json` or
 * `claimtrace.config.mjs` in the claims folder or the nearest folder above
 * it, up to the project's root — the first folder with a `package.json` or a
 * `.git` — so a stray file in a home folder never configures a repository.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createDiagnostic } from '../model/message.js';
import { failed, ok, type Result } from '../model/result.js';
import { CONFIG_FILE_NAMES } from './config-schema.js';

const PROJECT_ROOT_MARKERS = ['package.json', '.git'] as const;

/**
 * The configuration file that applies to `folder` (absolute path), or
 * `undefined` when there is none; both file names in one folder is an error.
 *
 * @example
 * findConfigFile('/repo/claims') // { ok: true, value: '/repo/claimtrace.config.json' } when that file exists
 */
export const findConfigFile = (folder: string): Result<string | undefined> => {
  for (let at = resolve(folder); ; ) {
    const present = CONFIG_FILE_NAMES.filter((name) => existsSync(join(at, name)));
    if (present.length > 1) {
      return failed([
        createDiagnostic('config-ambiguous', `${at} has both ${present.join(' and ')}`, { file: join(at, present[1] ?? ''), start: { line: 1, column: 1 } }, {
          hint: 'keep one configuration file (claimtrace.config.mjs can do all that the JSON form does)',
        }),
      ]);
    }
    if (present[0] !== undefined) return ok(join(at, present[0]));
    const parent = dirname(at);
    if (parent === at || PROJECT_ROOT_MARKERS.some((marker) => existsSync(join(at, marker)))) return ok(undefined);
    at = parent;
  }
};

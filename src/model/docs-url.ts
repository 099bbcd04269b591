/**
 * Where claimtrace lives on the web, as absolute URLs: a rule's and a message
 * code's `url` point into its documentation, so they resolve from an
 * installed package too (a relative `docs/rules.md` does not exist there).
 * package.json's `repository`, `homepage` and `bugs` say the same (a test
 * checks that they agree).
 */

/** The project's repository (its web page). */
export const PROJECT_URL = 'https://github.com/claimtrace/claimtrace';

/** Where the JSON Schemas of the claim-folder files are served (docs/schema/ of the repository, raw). */
export const SCHEMA_BASE_URL = 'https://raw.githubusercontent.com/claimtrace/claimtrace/main/docs/schema/';

/** The folder of the documentation pages (docs/ of the repository). */
export const DOCS_BASE_URL = `${PROJECT_URL}/blob/main/docs/`;

/**
 * The absolute URL of a documentation page, optionally at an anchor.
 *
 * @example
 * docsUrl('rules.md', 'value-conflict') // 'https://github.com/claimtrace/claimtrace/blob/main/docs/rules.md#value-conflict'
 */
export const docsUrl = (page: string, anchor?: string): string =>
  `${DOCS_BASE_URL}${page}${anchor !== undefined ? `#${anchor}` : ''}`;

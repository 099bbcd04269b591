/**
 * Where claimtrace's documentation lives, as absolute URLs: a rule's and a
 * message code's `url` point into it, so they resolve from an installed
 * package too (a relative `docs/rules.md` does not exist there).
 */

/** The folder of the documentation pages (docs/ of the repository). */
export const DOCS_BASE_URL = 'https://github.com/claimtrace/claimtrace/blob/main/docs/';

/**
 * The absolute URL of a documentation page, optionally at an anchor.
 *
 * @example
 * docsUrl('rules.md', 'value-conflict') // 'https://github.com/claimtrace/claimtrace/blob/main/docs/rules.md#value-conflict'
 */
export const docsUrl = (page: string, anchor?: string): string =>
  `${DOCS_BASE_URL}${page}${anchor !== undefined ? `#${anchor}` : ''}`;

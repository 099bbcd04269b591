/**
 * A claims folder checked once for a corpus test: its reconciliation and
 * every message the check gave, formatted as the CLI prints them. A folder
 * that does not check at all fails the test file with those messages.
 */
import { beforeAll } from 'vitest';
import { checkClaimsFolder, type Reconciled } from '../../src/check/index.js';
import type { Finding } from '../../src/model/finding.js';
import { formatMessage } from '../../src/model/message.js';
import type { GroupClaim } from '../../src/reconcile/claim-groups.js';

export interface CheckedFolder {
  readonly reconciled: Reconciled;
  /** Every message of the check (errors, warnings, notes), formatted. */
  readonly messages: readonly string[];
}

/**
 * @example
 * beforeAll(async () => ({ reconciled, messages } = await checkedFolder('test/fixtures/claims/newsroom')));
 */
export const checkedFolder = async (folder: string): Promise<CheckedFolder> => {
  const check = await checkClaimsFolder(folder);
  const messages = check.messages.map((m) => formatMessage(m));
  if (!check.ok) throw new Error(messages.join('\n'));
  return { reconciled: check.value.reconciled, messages };
};

/** The findings of a reconciliation about one predicate. */
export const findingsAbout = (reconciled: Reconciled, predicate: string): readonly Finding[] =>
  reconciled.result.findings.filter((f) => f.key?.predicate === predicate);

/** The group claim of a claim id, as reconciliation grouped it (its resolved value, source group, witness). */
export const groupClaimOf = (reconciled: Reconciled, claimId: string): GroupClaim | undefined =>
  reconciled.result.groups.flatMap((g) => g.claims).find((c) => c.claimId === claimId);

/** A folder checked in the test file's `beforeAll`, read from its tests. */
export interface CheckedCorpus extends CheckedFolder {
  /** The findings about one predicate ({@link findingsAbout}). */
  readonly about: (predicate: string) => readonly Finding[];
  /** The group claim of a claim id ({@link groupClaimOf}). */
  readonly claim: (claimId: string) => GroupClaim | undefined;
}

/**
 * Check `folder` once, in a `beforeAll` of the calling test file, for its tests to read.
 *
 * @example
 * const corpus = checkedInBeforeAll('test/fixtures/claims/newsroom');
 * it('loads without a problem', () => expect(corpus.messages).toEqual([]));
 * it('finds the amounts apart', () => expect(corpus.about('amount')).toHaveLength(1));
 */
export const checkedInBeforeAll = (folder: string): CheckedCorpus => {
  let checked: CheckedFolder | undefined;
  beforeAll(async () => {
    checked = await checkedFolder(folder);
  });
  const current = (): CheckedFolder => {
    if (checked === undefined) throw new Error(`${folder} is checked in beforeAll: read it inside a test`);
    return checked;
  };
  return {
    get reconciled() {
      return current().reconciled;
    },
    get messages() {
      return current().messages;
    },
    about: (predicate) => findingsAbout(current().reconciled, predicate),
    claim: (claimId) => groupClaimOf(current().reconciled, claimId),
  };
};

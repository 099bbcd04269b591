/**
 * A claims folder checked once for a corpus test: its reconciliation and
 * every message the check gave, formatted as the CLI prints them. A folder
 * that does not check at all fails the test file with those messages.
 */
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

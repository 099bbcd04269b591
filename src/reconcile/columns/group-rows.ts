/**
 * A group's claims read field by field: from the columns grouping keeps
 * (`GroupClaimColumns` in claim-groups.ts) for a group `groupClaims` made,
 * so a rule that walks a group's claims to decide whether it has anything
 * to say does not make the group's records (`ClaimGroup.claims` makes them
 * on first read and the run keeps them); from `claims` for a group made
 * elsewhere. `claim(k)` gives the record itself, for what a rule reports.
 */
import type { Claim } from '../../model/claim.js';
import type { SourceId } from '../../model/ids.js';
import type { Value } from '../../model/value.js';
import { groupColumnsOf, groupIndexOf, type ClaimGroup, type GroupClaim, type GroupClaimColumns } from '../claim-groups.js';
import { entryValue, type ValueEntry } from './value-table.js';

/** Claim `k` of a group (0 ≤ k < `size`, in the order of `group.claims`), field by field. */
export interface GroupRows {
  readonly size: number;
  sourceId(k: number): SourceId;
  /** The value with entity ids resolved (`GroupClaim.value`). */
  value(k: number): Value;
  /** The subject's key (`GroupClaim.subject`: the group's, for a group `groupClaims` made). */
  subject(k: number): string;
  /** The subject as the claim names it (`GroupClaim.subjectName`). */
  subjectName(k: number): string;
  /** The group claim (for a group `groupClaims` made: its records are made on the first such read). */
  claim(k: number): GroupClaim;
}

// Classes, not literals of closures: one small object per group read, its methods shared.
class ColumnRows implements GroupRows {
  constructor(
    private readonly group: ClaimGroup,
    private readonly columns: GroupClaimColumns,
    private readonly base: number,
    readonly size: number,
  ) {}
  sourceId(k: number): SourceId {
    const columns = this.columns;
    return columns.sourceIds[columns.sourceOf[this.base + k] as number] as SourceId;
  }
  value(k: number): Value {
    return entryValue(this.columns.entryAt[this.base + k] as ValueEntry) as Value;
  }
  subject(): string {
    return this.group.subject;
  }
  subjectName(k: number): string {
    const columns = this.columns;
    return (columns.claims[columns.claimAt[this.base + k] as number] as Claim).subject.name;
  }
  claim(k: number): GroupClaim {
    return this.group.claims[k] as GroupClaim;
  }
}

class ClaimRows implements GroupRows {
  constructor(private readonly claims: readonly GroupClaim[]) {}
  get size(): number {
    return this.claims.length;
  }
  sourceId(k: number): SourceId {
    return (this.claims[k] as GroupClaim).sourceId;
  }
  value(k: number): Value {
    return (this.claims[k] as GroupClaim).value;
  }
  subject(k: number): string {
    return (this.claims[k] as GroupClaim).subject;
  }
  subjectName(k: number): string {
    return (this.claims[k] as GroupClaim).subjectName;
  }
  claim(k: number): GroupClaim {
    return this.claims[k] as GroupClaim;
  }
}

/**
 * A group's claims, field by field, without making its records when
 * grouping's columns have them.
 *
 * @example
 * const rows = groupRows(group);
 * for (let k = 0; k < rows.size; k += 1) if (rows.value(k).type === 'entity') named.push(rows.subjectName(k));
 */
export const groupRows = (group: ClaimGroup): GroupRows => {
  const columns = groupColumnsOf(group);
  if (columns === undefined) return new ClaimRows(group.claims);
  const index = groupIndexOf(group);
  const base = columns.starts[index] as number;
  return new ColumnRows(group, columns, base, (columns.starts[index + 1] as number) - base);
};

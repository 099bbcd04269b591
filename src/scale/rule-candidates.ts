/**
 * Which claim groups a rule may report on, in SQL: for each built-in rule
 * that reports on one claim group at a time, a condition on the group's
 * rows that every group it can report on meets (a superset: the rule,
 * run in TypeScript on the groups that meet it, decides). A group no
 * enabled rule's condition selects cannot give a finding and never leaves
 * the engine. A rule without a condition here (a project's own rule, the
 * opt-in `uncorroborated`, which reports on almost every group) selects
 * every group.
 *
 * The conditions restate when each rule looks at a group (its first
 * `continue`s): a change to a rule's trigger must be mirrored here; the
 * parity tests (test/scale/duckdb-store.test.ts) compare every finding with
 * the in-memory reconciler's and catch a condition that became too narrow.
 */
import type { Predicate } from '../model/predicate.js';

/** Per rule id, a HAVING condition over the rows of one group (`GROUP BY group_key`). */
const GROUP_CONDITIONS: Readonly<Record<string, string>> = {
  // Two or more affirmative value classes on a functional predicate, or a value affirmed and denied.
  'value-conflict': 'group_key IN (SELECT group_key FROM dispute_candidates)',
  // Two or more claims, one of them a list of members.
  'membership-conflict': 'count(*) >= 2 AND bool_or(list_view)',
  // An affirmative claim that dates the event.
  'date-tension': 'bool_or(affirmative AND dated)',
  // Two or more affirmative attributed claims.
  'attribution-conflict': 'count(*) FILTER (WHERE affirmative AND attributed) >= 2',
};

/** Rules that read across claim groups and run in passes of their own (see `reconcile-in-duckdb.ts`). */
export const CROSS_GROUP_RULES: ReadonlySet<string> = new Set(['name-variant', 'source-dependence']);

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const sqlList = (xs: readonly string[]): string => (xs.length === 0 ? '(NULL)' : `(${xs.map(sqlString).join(', ')})`);

/**
 * The statement that creates `judged_groups (group_key, subject)`: the
 * groups some enabled group-local rule may report on. Needs
 * `dispute_candidates` when value-conflict is enabled.
 *
 * @example
 * await connection.run(judgedGroupsSql(['value-conflict', 'date-tension'], predicates));
 */
export const judgedGroupsSql = (ruleIds: readonly string[], predicates: readonly Predicate[]): string => {
  const conditions: string[] = [];
  let every = false;
  let sums = false;
  for (const id of ruleIds) {
    if (id === 'sum-constraint') sums = true;
    else if (Object.hasOwn(GROUP_CONDITIONS, id)) conditions.push(`(${GROUP_CONDITIONS[id] as string})`);
    else every = true;
  }
  const selects: string[] = [];
  if (every) selects.push('SELECT group_key, any_value(subject) AS subject FROM claims GROUP BY group_key');
  else if (conditions.length > 0) selects.push(`SELECT group_key, any_value(subject) AS subject FROM claims GROUP BY group_key HAVING ${conditions.join(' OR ')}`);
  if (sums && !every) {
    // sum-constraint compares a subject's total with its components: every group of a total or component
    // predicate, of each subject that gives a total.
    const totals = predicates.filter((p) => p.sumOf !== undefined && p.sumOf.length > 0);
    const involved = [...new Set(totals.flatMap((p) => [p.id as string, ...(p.sumOf ?? []).map(String)]))];
    if (totals.length > 0) {
      selects.push(
        `SELECT DISTINCT group_key, subject FROM claims WHERE predicate IN ${sqlList(involved)} AND subject IN (SELECT subject FROM claims WHERE predicate IN ${sqlList(totals.map((p) => p.id))})`,
      );
    }
  }
  const body = selects.length === 0 ? 'SELECT group_key, subject FROM claims WHERE false' : selects.join('\nUNION\n');
  return `CREATE OR REPLACE TABLE judged_groups AS\n${body}`;
};

/**
 * Claims the membership rule's notes may cite, for the groups it judges:
 * "001 names the UAE elsewhere" looks at every other claim of a list's
 * sources that mentions a member (as subject, entity value or set member).
 * For each judged subject: the claims of other subjects, from the sources
 * of its list groups, that mention an entity its lists name. They join
 * the subject's batch so that the notes are the in-memory ones; findings
 * about their own groups are left to those groups' batches.
 */
export const CREATE_NOTE_CLAIMS = `
CREATE OR REPLACE TABLE note_claims AS
WITH lists AS (
  SELECT c.group_key, c.subject FROM claims c SEMI JOIN judged_groups j USING (group_key)
  GROUP BY c.group_key, c.subject HAVING count(*) >= 2 AND bool_or(c.list_view)
), named AS (
  SELECT DISTINCT l.subject, unnest(string_split(c.entities, chr(31))) AS entity
  FROM claims c JOIN lists l USING (group_key) WHERE c.entities <> ''
), listing AS (
  SELECT DISTINCT l.subject, c.source_id FROM claims c JOIN lists l USING (group_key)
), wanted AS (
  SELECT DISTINCT n.subject, s.source_id, n.entity FROM named n JOIN listing s USING (subject)
), mentions AS (
  SELECT row_no, subject, source_id, subject AS entity FROM claims WHERE source_id IN (SELECT source_id FROM listing)
  UNION ALL
  SELECT row_no, subject, source_id, unnest(string_split(entities, chr(31))) AS entity FROM claims WHERE entities <> '' AND source_id IN (SELECT source_id FROM listing)
)
SELECT DISTINCT w.subject AS for_subject, m.row_no
FROM wanted w JOIN mentions m ON m.source_id = w.source_id AND m.entity = w.entity
WHERE m.subject <> w.subject`;

/** The claims to judge, subject by subject: a subject's judged groups (whole), then the claims its notes may cite. */
export const JUDGED_CLAIMS = (withNotes: boolean): string => `
SELECT j.subject, c.group_key, c.row_no, c.claim_json, false AS note
FROM claims c JOIN judged_groups j USING (group_key)
${withNotes ? `UNION ALL
SELECT n.for_subject AS subject, c.group_key, c.row_no, c.claim_json, true AS note
FROM note_claims n JOIN claims c USING (row_no)` : ''}
ORDER BY subject, note, group_key, row_no`;

/**
 * For each folded name, the claim that uses it first (in group and claim-id
 * order: its surface form and entity id are the name's) and the first claim
 * of one other source that uses it, if any. The name-variant rule reads of
 * a name only its surface form, id and whether two names come from
 * different sources; two sources per name answer that as all of them do.
 * Window functions, not ordered aggregates (`first(x ORDER BY …)`): DuckDB
 * sorts a window's partitions out of core, while ordered aggregates hold
 * every group's rows in memory — ten million claims ran out of a 4 GB
 * `memory_limit` here (so did one million under 400 MB).
 */
export const CREATE_NAME_REPRESENTATIVES = `
CREATE OR REPLACE TABLE name_representatives AS
WITH uses AS (
  SELECT row_no, group_key, claim_id, source_id, unnest(string_split(names, chr(31))) AS name FROM claims WHERE names <> ''
), firsts AS (
  SELECT name, row_no, group_key, claim_id FROM uses
  QUALIFY row_number() OVER (PARTITION BY name, source_id ORDER BY group_key, claim_id, row_no) = 1
), ranked AS (
  SELECT row_no FROM firsts
  QUALIFY row_number() OVER (PARTITION BY name ORDER BY group_key, claim_id, row_no) <= 2
)
SELECT DISTINCT row_no FROM ranked`;

/** The representatives' claims, with the names they use. */
export const NAME_REPRESENTATIVE_CLAIMS = `
SELECT c.claim_id, c.names, c.claim_json FROM claims c SEMI JOIN name_representatives r USING (row_no) ORDER BY c.row_no`;

/** The representatives and every claim that uses one of `variant_names`. */
export const NAME_VARIANT_CLAIMS = `
SELECT c.claim_json FROM claims c
WHERE c.row_no IN (SELECT row_no FROM name_representatives)
   OR c.row_no IN (SELECT u.row_no FROM (SELECT row_no, unnest(string_split(names, chr(31))) AS name FROM claims WHERE names <> '') u SEMI JOIN variant_names v USING (name))
ORDER BY c.row_no`;

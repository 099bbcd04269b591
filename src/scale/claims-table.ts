/**
 * The SQL of the claims table and of what is computed on it: claim groups,
 * value classes with their support, the groups whose values may disagree,
 * and the truth-discovery votes. Plain SQL over one table, partitioned by
 * `group_key` wherever it aggregates: the same statements run on DuckDB
 * here and on a distributed SQL engine (docs/scale.md).
 */

/** The claims table: one row per claim, keys from the library's normalisers. */
export const CREATE_CLAIMS = `
CREATE TABLE claims (
  row_no BIGINT NOT NULL,         -- line of the input (or position in it)
  claim_id VARCHAR NOT NULL,
  subject VARCHAR NOT NULL,       -- canonical subject (entity id or name:<folded>); batches end between subjects
  group_key VARCHAR NOT NULL,     -- canonical subject | predicate
  predicate VARCHAR NOT NULL,
  cardinality VARCHAR NOT NULL,   -- functional | multi | '' (undeclared)
  value_type VARCHAR NOT NULL,
  source_id VARCHAR NOT NULL,
  witness VARCHAR NOT NULL,       -- independent witness: group:<source group> | outlet:<name>
  value_key VARCHAR NOT NULL,
  class_key VARCHAR NOT NULL,     -- polarity + value + scope
  affirmative BOOLEAN NOT NULL,
  list_view BOOLEAN NOT NULL,     -- a list of members (entity set, or entity on an entity-set predicate)
  dated BOOLEAN NOT NULL,         -- dates an event (date value or time qualifier)
  attributed BOOLEAN NOT NULL,    -- attributed to a speaker or outlet
  entities VARCHAR NOT NULL,      -- entity keys the value names, joined by U+001F
  names VARCHAR NOT NULL,         -- folded names the claim uses (subject, value), joined by U+001F
  low DOUBLE,                     -- extent on the kind's number line (quantities, dates)
  high DOUBLE,
  claim_json VARCHAR NOT NULL
)`;

/** Claim ids given more than once (the first line of each, and how many). */
export const DUPLICATE_IDS = `
SELECT claim_id, min(row_no) AS first_row, count(*) AS n
FROM claims GROUP BY claim_id HAVING count(*) > 1 ORDER BY first_row`;

/**
 * Value classes: claims of a group with the same polarity, value and scope,
 * with their support (distinct witnesses, claims) and their rank in the
 * group by support — the order in which clustering takes them.
 */
export const CREATE_VALUE_CLASSES = `
CREATE OR REPLACE TABLE value_classes AS
SELECT group_key, class_key,
       any_value(value_key) AS value_key,
       any_value(value_type) AS value_type,
       bool_and(affirmative) AS affirmative,
       count(*) AS claims,
       count(DISTINCT witness) AS witnesses,
       min(low) AS low, max(high) AS high,
       row_number() OVER (PARTITION BY group_key ORDER BY count(DISTINCT witness) DESC, count(*) DESC, min(low) ASC NULLS LAST, class_key) AS support_rank
FROM claims
GROUP BY group_key, class_key`;

/** Claim groups with their sizes: claims, value classes, witnesses; whether the predicate is functional. */
export const CREATE_CLAIM_GROUPS = `
CREATE OR REPLACE TABLE claim_groups AS
SELECT c.group_key,
       any_value(c.predicate) AS predicate,
       any_value(c.cardinality) AS cardinality,
       count(*) AS claims,
       count(DISTINCT c.class_key) AS classes,
       count(DISTINCT c.witness) AS witnesses
FROM claims c
GROUP BY c.group_key`;

/**
 * Groups the value-conflict rule has to judge: on a functional predicate,
 * two or more affirmative value classes (not entity sets); on any
 * predicate, a value denied that another claim affirms. Every other group
 * holds one value (or only compatible repeats of it) and cannot give a
 * value-conflict finding: it is settled in SQL and never leaves the engine.
 */
export const CREATE_DISPUTE_CANDIDATES = `
CREATE OR REPLACE TABLE dispute_candidates AS
SELECT g.group_key
FROM claim_groups g JOIN value_classes v USING (group_key)
WHERE v.value_type <> 'entity-set'
GROUP BY g.group_key, g.cardinality
HAVING (g.cardinality = 'functional' AND count(*) FILTER (WHERE v.affirmative) >= 2)
    OR count(*) FILTER (WHERE NOT v.affirmative AND v.value_key IN (
         SELECT a.value_key FROM value_classes a WHERE a.group_key = g.group_key AND a.affirmative AND a.value_type <> 'entity-set')) > 0`;

/** The claims of the candidate groups, group by group, claims in id order. */
export const CANDIDATE_CLAIMS = `
SELECT c.group_key, c.claim_json
FROM claims c SEMI JOIN dispute_candidates d ON c.group_key = d.group_key
ORDER BY c.group_key, c.claim_id`;

/**
 * Truth-discovery votes: each affirmative claim is an observation of its
 * source; a source giving several values in a group splits its one vote
 * evenly (as \`compileProblem\` does). \`functional\` follows the predicate
 * (undeclared counts as functional, as in \`problemFromReconcile\`).
 */
export const CREATE_VOTES = `
CREATE OR REPLACE TABLE votes AS
SELECT group_key, source_id, value_key,
       cardinality <> 'multi' AS functional,
       1.0 / count(*) OVER (PARTITION BY group_key, source_id) AS weight
FROM (SELECT group_key, source_id, value_key, any_value(cardinality) AS cardinality
      FROM claims WHERE affirmative GROUP BY group_key, source_id, value_key)`;

/** Distinct values and sources per group. */
export const CREATE_VOTE_GROUPS = `
CREATE OR REPLACE TABLE vote_groups AS
SELECT group_key, any_value(functional) AS functional,
       count(DISTINCT value_key) AS k, count(DISTINCT source_id) AS sources
FROM votes GROUP BY group_key`;

/** Majority vote: a value's confidence is its share of the group's sources. */
export const MAJORITY_VOTE = `
CREATE OR REPLACE TABLE vote_confidence AS
SELECT v.group_key, v.value_key, sum(v.weight) / any_value(g.sources) AS confidence
FROM votes v JOIN vote_groups g USING (group_key)
GROUP BY v.group_key, v.value_key`;

/** ACCU: every source starts at the initial accuracy (clamped to [0.01, 0.99]). */
export const ACCU_START = `
CREATE OR REPLACE TABLE accuracy AS
SELECT DISTINCT source_id, greatest(0.01, least(0.99, $initial::DOUBLE)) AS accuracy FROM votes`;

/**
 * One ACCU round (Dong et al. 2009, without copy detection), as
 * \`createAccu({ copyDetection: false })\` computes it: a source votes
 * ln(n·A/(1−A)); a value's count C(v) is the weighted sum of its
 * providers' votes; on a functional group P(v) = e^{C(v)} / Σ over the
 * n + 1 possible values (unobserved ones have C = 0); on a multi-valued
 * group each value stands on its own against the group's other sources.
 */
export const ACCU_CONFIDENCE = `
CREATE OR REPLACE TABLE accu_confidence AS
WITH src AS (
  SELECT source_id, ln(($n::DOUBLE * accuracy) / (1 - accuracy)) AS vote FROM accuracy
), counted AS (
  SELECT v.group_key, v.value_key, sum(s.vote * v.weight) AS c, sum(s.vote) AS supporters
  FROM votes v JOIN src s USING (source_id)
  GROUP BY v.group_key, v.value_key
), totals AS (
  SELECT gs.group_key, sum(s.vote) AS total
  FROM (SELECT DISTINCT group_key, source_id FROM votes) gs JOIN src s USING (source_id)
  GROUP BY gs.group_key
), peaks AS (
  SELECT group_key, greatest(0, max(c)) AS m FROM counted GROUP BY group_key
), z AS (
  SELECT c.group_key, greatest(0, $n::DOUBLE + 1 - any_value(g.k)) * exp(-any_value(p.m)) + sum(exp(c.c - p.m)) AS z
  FROM counted c JOIN peaks p USING (group_key) JOIN vote_groups g USING (group_key)
  GROUP BY c.group_key
)
SELECT c.group_key, c.value_key,
       CASE WHEN g.functional THEN exp(c.c - p.m) / z.z
            ELSE 1 / (1 + exp(t.total - c.supporters - c.c)) END AS confidence
FROM counted c JOIN vote_groups g USING (group_key) JOIN peaks p USING (group_key) JOIN z USING (group_key) JOIN totals t USING (group_key)`;

/** A source's next accuracy: the weighted mean confidence of what it says (clamped); returns the largest change. */
export const ACCU_ACCURACY = `
CREATE OR REPLACE TABLE accuracy_next AS
SELECT v.source_id, greatest(0.01, least(0.99, sum(c.confidence * v.weight) / sum(v.weight))) AS accuracy
FROM votes v JOIN accu_confidence c USING (group_key, value_key)
GROUP BY v.source_id`;

export const ACCU_DELTA = `
SELECT coalesce(max(abs(n.accuracy - a.accuracy)), 0) AS delta FROM accuracy_next n JOIN accuracy a USING (source_id)`;

export const ACCU_ADVANCE = `CREATE OR REPLACE TABLE accuracy AS SELECT * FROM accuracy_next`;

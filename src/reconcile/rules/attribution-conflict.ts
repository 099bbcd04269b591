/**
 * Rule `attribution-conflict`: the same statement attributed to different
 * speakers or outlets. What it reports and why: `meta.docs` (shown in
 * docs/rules.md); its examples: `examples/attribution-conflict.ts`.
 */
import { z } from 'zod';
import type { Attribution } from '../../model/claim.js';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import { ATTRIBUTES_TWICE, groupFacts } from './group-facts.js';
import { oneClass } from './one-class.js';
import { outsideKey } from '../dependence/declared-dependence.js';
import { nameKey } from '../../normalize/name-key.js';
import { defineRule, type FindingDraft, type RuleContext } from '../rule.js';
import { attributionConflictExamples } from './examples/attribution-conflict.js';
import { representative, type ValueClass } from './value-classes.js';
import { predicateWords, sourceWords, topicWords } from './words.js';
import { byOrdinal, compareOrdinal } from '../../model/ordinal.js';
import { joinWords, numberWord } from '../../values/words.js';
import { flattened } from '../flat-string.js';
import { NO_NOTES } from './no-notes.js';
import { appendAll } from '../../model/append-all.js';

const AttributionConflictOptionsSchema = z.strictObject({
  maxDistinctValues: z
    .number()
    .int()
    .nonnegative()
    .default(64)
    .describe('Above this many distinct values in a claim group, only identical statements are compared.'),
});
/** Options of the attribution-conflict rule. */
export type AttributionConflictOptions = z.input<typeof AttributionConflictOptionsSchema>;

/** How the rule tells speakers apart, with each name resolved and folded once per run. */
interface Speakers {
  readonly resolve: (name: string) => string | undefined;
  readonly words: (name: string) => readonly string[];
  /** The name folded (`nameKey`). */
  readonly key: (name: string) => string;
  /** The disputed position of a party of this name: its folded name, one list per name shared by the run's drafts. */
  readonly position: (name: string) => readonly string[];
}

const sameSpeaker = ({ resolve, words }: Speakers, a: string, b: string): boolean => {
  if (a === b) return true;
  const ia = resolve(a);
  const ib = resolve(b);
  if (ia !== undefined && ib !== undefined) return ia === ib;
  const fa = words(a);
  const fb = words(b);
  // Names have a few words: a look along the longer one, no set per comparison.
  return fa.length <= fb.length ? fa.every((w) => fb.includes(w)) : fb.every((w) => fa.includes(w));
};

/** Cluster attributed claims by who they name (first name in claim order represents a cluster). */
const clusters = (
  claims: readonly GroupClaim[],
  nameOf: (a: Attribution) => string | undefined,
  same: (x: string, y: string) => boolean,
): { name: string; claims: GroupClaim[] }[] => {
  const out: { name: string; claims: GroupClaim[] }[] = [];
  for (const claim of claims) {
    const name = nameOf(claim.attribution as Attribution);
    if (name === undefined) continue;
    let home: { name: string; claims: GroupClaim[] } | undefined;
    for (let i = 0; i < out.length && home === undefined; i += 1) if (same((out[i] as { name: string }).name, name)) home = out[i];
    if (home === undefined) out.push({ name, claims: [claim] });
    else home.claims.push(claim);
  }
  return out;
};

/** A draft's key: the claim group's subject and predicate. */
type DraftKey = NonNullable<FindingDraft['key']>;

/** Whether a claim states something attributed (affirmative, with an attribution): what a statement is made of. */
const statesAttributed = (c: GroupClaim): boolean => c.polarity === 'affirmative' && c.attribution !== undefined;

const speakerOf = (a: Attribution): string | undefined => a.speaker;
const outletOf = (a: Attribution): string | undefined => a.outlet;
const sameOutlet = (x: string, y: string): boolean => outsideKey(x) === outsideKey(y);
/** An attributed claim that relays an outlet with no speaker. */
const relaysOnly = (c: GroupClaim): boolean => (c.attribution as Attribution).speaker === undefined;

/** Whether claims are in claim-id order. */
const inIdOrder = (claims: readonly GroupClaim[]): boolean => {
  for (let i = 1; i < claims.length; i += 1) if (compareOrdinal((claims[i - 1] as GroupClaim).claimId, (claims[i] as GroupClaim).claimId) > 0) return false;
  return true;
};

/**
 * The attribution-conflict rule.
 *
 * @example
 * createReconciler({ rules: [attributionConflictRule] }).reconcile(corpus)
 */
export const attributionConflictRule = defineRule({
  id: 'attribution-conflict',
  meta: {
    description: 'The same statement attributed to different speakers or outlets.',
    docs: `The same statement attributed to different speakers (warning), or a quoted statement (text
value) relayed from different outlets with no speaker (info). "The same statement" is one claim
group and the same value (or, for text, quantity and date values, a compatible one; entities and
lists must be equal: a list and one of its members are different statements). Speakers are
compared by canonical entity or folded name; a name whose words are all in the other ("Guo" /
"Guo Jiakun") is the same person. A claim in the source's own voice never conflicts with an
attributed one; two outlets relaying the same *fact* are two witnesses, not a conflict. One
statement is one finding, listing every speaker (or outlet) it is attributed to. Groups with more
than \`maxDistinctValues\` distinct values compare only identical statements.`,
    kinds: {
      'speaker-attribution': { severity: 'warning', description: 'one statement attributed to two speakers' },
      'outlet-attribution': { severity: 'info', description: 'one quote relayed from two outlets, with no speaker' },
    },
    options: AttributionConflictOptionsSchema,
    examples: attributionConflictExamples,
  },
  check: (context, options) => {
    const maxDistinct = options.maxDistinctValues;
    const drafts: FindingDraft[] = [];
    const folded = new Map<string, readonly string[]>();
    const keys = new Map<string, string>();
    const resolved = new Map<string, string | null>();
    const positions = new Map<string, readonly string[]>();
    const speakers: Speakers = {
      resolve: (name) => {
        let id = resolved.get(name);
        if (id === undefined) {
          id = context.resolver.resolve(name) ?? null;
          resolved.set(name, id);
        }
        return id ?? undefined;
      },
      words: (name) => {
        let w = folded.get(name);
        if (w === undefined) {
          w = speakers.key(name).split(' ');
          folded.set(name, w);
        }
        return w;
      },
      key: (name) => {
        let key = keys.get(name);
        if (key === undefined) {
          key = nameKey(name);
          keys.set(name, key);
        }
        return key;
      },
      position: (name) => {
        let position = positions.get(name);
        if (position === undefined) {
          position = [speakers.key(name)];
          positions.set(name, position);
        }
        return position;
      },
    };
    const sameSpeakers = (x: string, y: string): boolean => sameSpeaker(speakers, x, y);
    // A finding needs two claims that name a speaker, or two quotes relayed from outlets with no speaker; most
    // groups have neither (the run's one walk over the claims says which do), and nothing is built for them.
    // One statement's finding, if two speakers (or outlets) are named; the group's words and key are made for its
    // first finding and shared by its others (`shared`, for a group of several statements).
    const report = (group: ClaimGroup, statement: readonly GroupClaim[], shared: { topic?: string; key?: DraftKey }): void => {
      // A statement of one class is in claim order already.
      const items = inIdOrder(statement) ? statement : [...statement].sort(byOrdinal((c) => c.claimId));
      const named = clusters(items, speakerOf, sameSpeakers);
      const bySpeaker = named.length >= 2;
      const quoted = (statement[0] as GroupClaim).value.type === 'text';
      const outlets = bySpeaker || !quoted ? [] : clusters(items.filter(relaysOnly), outletOf, sameOutlet);
      const parties = bySpeaker ? named : outlets;
      if (parties.length < 2) return;
      const topic = (shared.topic ??= topicWords(group.subjectName, predicateWords(context, group.predicate)));
      const key = (shared.key ??= { subject: group.subject, predicate: group.predicate });
      const value = context.values.describe((statement[0] as GroupClaim).value, 'message');
      let statementKey = (statement[0] as GroupClaim).valueKey;
      for (let i = 1; i < statement.length; i += 1) {
        const c = statement[i] as GroupClaim;
        if (compareOrdinal(c.valueKey, statementKey) < 0) statementKey = c.valueKey;
      }
      const kind = bySpeaker ? 'speaker-attribution' : 'outlet-attribution';
      const [a, b] = parties as [{ name: string; claims: GroupClaim[] }, { name: string; claims: GroupClaim[] }];
      // Each party's sources in words, once: the message and the sides both show them.
      const who = parties.map((p) => sourceWords(context, p.claims));
      const message =
        parties.length === 2
          ? `${topic}: ${who[0] as string} attribute${a.claims.length === 1 ? 's' : ''} ${value} to ${a.name}; ${who[1] as string} to ${b.name}`
          : `${topic}: ${value} is attributed to ${numberWord(parties.length)} ${bySpeaker ? 'speakers' : 'outlets'}: ${joinWords(parties.map((p, i) => `${p.name} (${who[i] as string})`))}`;
      // Messages and labels are stored flat (see `flattened`): a tree of pieces would be copied by every collection until assemble.
      drafts.push({
        kind,
        message: flattened(message),
        key,
        disagreement: `${bySpeaker ? 'speaker' : 'outlet'}:${statementKey}`,
        sides: parties.map((p, i) => ({ label: flattened(`${p.name} (${who[i] as string})`), claims: p.claims.map(context.findingClaim) })),
        related: NO_NOTES,
        disputed: parties.map((p) => speakers.position(p.name)),
        data: { attributedTo: parties.map((p) => p.name) },
      });
    };
    const facts = groupFacts(context);
    const groups = context.groups;
    for (let g = 0; g < groups.length; g += 1) {
      if (((facts[g] as number) & ATTRIBUTES_TWICE) === 0) continue;
      const group = groups[g] as ClaimGroup;
      // Statements: value classes (attributed, affirmative claims) merged when compatible. A class whose claims
      // are all attributed and affirmative is taken as it is (no copy).
      const own = oneClass(context, facts[g] as number, group);
      if (own !== undefined) {
        // Most groups say one thing: one statement, of the class's attributed claims.
        const claims = own.claims.every(statesAttributed) ? own.claims : own.claims.filter(statesAttributed);
        if (claims.length >= 2) report(group, claims, {});
        continue;
      }
      const classes: ValueClass[] = [];
      let attributed = 0;
      const all = context.classes(group);
      for (let k = 0; k < all.length; k += 1) {
        const cls = all[k] as ValueClass;
        const claims = cls.claims.every(statesAttributed) ? cls.claims : cls.claims.filter(statesAttributed);
        if (claims.length === 0) continue;
        classes.push(claims === cls.claims ? cls : { key: cls.key, claims });
        attributed += claims.length;
      }
      if (attributed < 2) continue;
      // Each statement's claims: a class's own list until another class joins it (then a copy of its own).
      const merged: (readonly GroupClaim[])[] = [];
      const grown: boolean[] = [];
      const home: number[] = [];
      for (let i = 0; i < classes.length; i += 1) {
        const cls = classes[i] as ValueClass;
        let target = -1;
        if (classes.length <= maxDistinct) {
          const b = representative(cls);
          for (let j = 0; j < i && target < 0; j++) {
            const a = representative(classes[j] as ValueClass);
            const mergeable = a.value.type === b.value.type && a.value.type !== 'entity-set' && a.value.type !== 'entity';
            if (mergeable && context.compareValues(a.value, b.value).verdict === 'compatible') target = home[j] as number;
          }
        }
        if (target < 0) {
          home.push(merged.length);
          merged.push(cls.claims);
          grown.push(false);
        } else {
          home.push(target);
          const into = grown[target] === true ? (merged[target] as GroupClaim[]) : [...(merged[target] as readonly GroupClaim[])];
          appendAll(into, cls.claims);
          merged[target] = into;
          grown[target] = true;
        }
      }
      const shared: { topic?: string; key?: DraftKey } = {};
      for (let m = 0; m < merged.length; m += 1) report(group, merged[m] as readonly GroupClaim[], shared);
    }
    return drafts;
  },
});

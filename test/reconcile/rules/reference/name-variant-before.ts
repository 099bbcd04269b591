// The rule as it was before issue 19 round 6 (main 805dd8e), kept to prove the faster one gives the same drafts: not part of the library.
/**
 * Rule `name-variant`: near-duplicate spellings of a name across sources
 * that no alias table joins. What it reports and why: `meta.docs` (shown in
 * docs/rules.md); its examples: `examples/name-variant.ts`.
 */
import { z } from 'zod';
import type { SourceId } from '../../../../src/model/ids.js';
import type { ClaimGroup, GroupClaim } from '../../../../src/reconcile/claim-groups.js';
import { nameKey } from '../../../../src/normalize/name-key.js';
import { ONE_TYPO_MIN_LENGTH } from '../../../../src/normalize/near-duplicate.js';
import { defineRule, type FindingDraft, type RuleContext } from '../../../../src/reconcile/rule.js';
import { nameVariantExamples } from '../../../../src/reconcile/rules/examples/name-variant.js';
import { NAMES_ENTITY, NAMES_SET, groupFacts } from '../../../../src/reconcile/rules/group-facts.js';
import { groupSubjectsOf, NAME_KEY_PREFIX } from '../../../../src/reconcile/columns/subject-table.js';
import { joinWords, numberWord } from '../../../../src/values/words.js';

const NameVariantOptionsSchema = z.strictObject({
  maxBlock: z
    .number()
    .int()
    .positive()
    .default(50)
    .describe('Blocks with more names than this are skipped: a word shared by that many names does not tell them apart.'),
  maxTypoBlock: z
    .number()
    .int()
    .positive()
    .default(12)
    .describe('Blocks of one-letter deletions with more names than this are skipped: a misspelling meets its correct form in a small block.'),
});
/** Options of the name-variant rule. */
export type NameVariantOptions = z.input<typeof NameVariantOptionsSchema>;

interface NameUse {
  /** Its place in the run's table of names (order of first use). */
  readonly index: number;
  readonly folded: string;
  readonly words: readonly string[];
  readonly kind: string;
  readonly surface: string;
  readonly id: string | undefined;
  /** The first source that uses it, and whether another does too (`markManySources`, for the names of candidate pairs): all the cross-source test needs. */
  readonly firstSource: SourceId;
  manySources: boolean;
  /** Its claims in group order, gathered only for the names of a finding (most names have none). */
  claims: GroupClaim[] | undefined;
}

/**
 * The names of a run: one use per folded key, in order of first use, and
 * every use of a name by a claim as three numbers (the name, the claim's
 * group and its place in the group) — so the claims of the few names a
 * finding shows are found again without a second walk over every value.
 */
interface NameIndex {
  readonly uses: readonly NameUse[];
  /** The uses by folded name (one each). */
  readonly byFolded: ReadonlyMap<string, NameUse>;
  readonly length: number;
  readonly use: Int32Array;
  readonly group: Int32Array;
  /** The claim's place in its group, or -1: every claim of the group (a subject the alias tables do not know). */
  readonly at: Int32Array;
}

/**
 * Index the names the claims use — a claim's subject, an entity value, the
 * members of an entity set — in group order, claim order: one look-up per
 * use of a name, nothing allocated per claim but three numbers.
 */
const indexNames = (context: RuleContext): NameIndex => {
  // Surface names of subjects and of values apart: most subjects are named by one group alone, and the
  // values' table stays small.
  const subjects = new Map<string, NameUse | null>();
  const values = new Map<string, NameUse | null>();
  const byFolded = new Map<string, NameUse>();
  const uses: NameUse[] = [];
  // Room for a subject and one value name per claim; entity sets may ask for more.
  let room = 16;
  for (const g of context.groups) room += 2 * g.claims.length;
  let use: Int32Array = new Int32Array(room);
  let group: Int32Array = new Int32Array(room);
  let at: Int32Array = new Int32Array(room);
  let length = 0;
  let g = 0;
  let i = 0;
  const record = (u: NameUse): void => {
    if (length === use.length) {
      const grow = (from: Int32Array): Int32Array => {
        const to = new Int32Array(Math.ceil(from.length * 1.5));
        to.set(from);
        return to;
      };
      [use, group, at] = [grow(use), grow(group), grow(at)];
    }
    use[length] = u.index;
    group[length] = g;
    at[length] = i;
    length += 1;
  };
  // A name's use, made by its first claim.
  const created = (folded: string, parts: readonly string[], surface: string, id: string | undefined, c: GroupClaim): NameUse => {
    const u: NameUse = { index: uses.length, folded, words: parts, kind: kindWords(parts), surface, id, firstSource: c.sourceId, manySources: false, claims: undefined };
    byFolded.set(folded, u);
    uses.push(u);
    return u;
  };
  // The use of a surface name, made on its first use.
  const useOf = (bySurface: Map<string, NameUse | null>, name: string, id: string | undefined, c: GroupClaim): NameUse | null => {
    let u = bySurface.get(name);
    if (u === undefined) {
      const folded = nameKey(name);
      u = folded.length === 0 ? null : (byFolded.get(folded) ?? null);
      if (u === null && folded.length > 0) u = created(folded, folded.split(' '), name, id, c);
      bySurface.set(name, u);
    }
    return u;
  };
  // The claims of a group mostly name their subject alike, and consecutive values often repeat a name: the
  // last subject's and the last value's uses are reused without a look-up (each its own, as they alternate).
  let lastSubject: string | undefined;
  let lastSubjectUse: NameUse | null = null;
  let lastValue: string | undefined;
  let lastValueUse: NameUse | null = null;
  const visitSubject = (name: string, id: string | undefined, c: GroupClaim): void => {
    if (name !== lastSubject) {
      lastSubjectUse = useOf(subjects, name, id, c);
      lastSubject = name;
    }
    if (lastSubjectUse !== null) record(lastSubjectUse);
  };
  const visitValue = (name: string, id: string | undefined, c: GroupClaim): void => {
    if (name !== lastValue) {
      lastValueUse = useOf(values, name, id, c);
      lastValue = name;
    }
    if (lastValueUse !== null) record(lastValueUse);
  };
  const groups = context.groups;
  const facts = groupFacts(context);
  // What grouping found of each group's subject, by subject id (a context built elsewhere: read from the key).
  const columns = groupSubjectsOf(context);
  // Groups of one subject are neighbours (sorted by key): the last unknown subject's use serves the next group.
  let lastKeyed: string | number | undefined;
  let lastKeyedUse: NameUse | null = null;
  for (g = 0; g < groups.length; g += 1) {
    const { subject, claims } = groups[g] as ClaimGroup;
    // The subject's id and whether it is keyed by name, without reading its key string (most are).
    const sid = columns !== undefined ? (columns.subjectOf[g] as number) : subject;
    const unknown = columns !== undefined ? columns.keyedByName[sid as number] === 1 : subject.startsWith(NAME_KEY_PREFIX);
    const subjectId = unknown ? undefined : subject;
    // A subject the alias tables do not know is keyed by its folded name (`name:<folded>`), which is every
    // claim's subject name folded: the group's one use, found without folding or looking up each spelling,
    // and recorded once for all the group's claims (`at` -1).
    let named: NameUse | null | undefined;
    if (unknown && claims.length > 0) {
      if (sid === lastKeyed) named = lastKeyedUse;
      else {
        const key = subject.slice(NAME_KEY_PREFIX.length);
        named = key.length === 0 ? null : byFolded.get(key);
        if (named === undefined) named = created(key, key.split(' '), (claims[0] as GroupClaim).subjectName, undefined, claims[0] as GroupClaim);
        lastKeyed = sid;
        lastKeyedUse = named;
      }
      if (named !== null) {
        i = -1;
        record(named);
      }
    }
    // Its subject recorded, a group whose claims name no entity (the run's one walk over the claims says which
    // do: most) has nothing more to give.
    if (named !== undefined && ((facts[g] as number) & (NAMES_ENTITY | NAMES_SET)) === 0) continue;
    for (i = 0; i < claims.length; i += 1) {
      const c = claims[i] as GroupClaim;
      if (named === undefined) visitSubject(c.subjectName, subjectId, c);
      const value = c.value;
      if (value.type === 'entity') visitValue(value.name, value.id, c);
      else if (value.type === 'entity-set') for (const m of value.members) visitValue(m.name, m.id, c);
    }
  }
  return { uses, byFolded, length, use, group, at };
};

/** Whether each of the given names is used by more than its first source, from the recorded uses (one pass). */
const markManySources = (context: RuleContext, index: NameIndex, wanted: readonly NameUse[]): void => {
  const want = new Uint8Array(index.uses.length);
  for (const u of wanted) want[u.index] = 1;
  for (let k = 0; k < index.length; k += 1) {
    const n = index.use[k] as number;
    if (want[n] === 0) continue;
    const u = index.uses[n] as NameUse;
    const claims = (context.groups[index.group[k] as number] as ClaimGroup).claims;
    const at = index.at[k] as number;
    const first = u.firstSource;
    if (at >= 0) u.manySources = (claims[at] as GroupClaim).sourceId !== first;
    else for (let i = 0; i < claims.length && !u.manySources; i += 1) u.manySources = (claims[i] as GroupClaim).sourceId !== first;
    if (u.manySources) want[n] = 0;
  }
};

/** Fill in the claims of the given names (only the names a finding shows), in group order, each claim once. */
const gatherClaims = (context: RuleContext, index: NameIndex, wanted: readonly NameUse[]): void => {
  // Per wanted name, the last group all of whose claims it was given (-1: none).
  const whole = new Int32Array(index.uses.length).fill(-1);
  const want = new Uint8Array(index.uses.length);
  for (const u of wanted) {
    want[u.index] = 1;
    u.claims = [];
  }
  for (let k = 0; k < index.length; k += 1) {
    const n = index.use[k] as number;
    if (want[n] === 0) continue;
    const list = (index.uses[n] as NameUse).claims as GroupClaim[];
    const g = index.group[k] as number;
    const claims = (context.groups[g] as ClaimGroup).claims;
    const at = index.at[k] as number;
    if (at < 0) {
      // The group's subject: every claim (the list ends before this group, which comes later in group order).
      whole[n] = g;
      for (const c of claims) list.push(c);
      continue;
    }
    if (whole[n] === g) continue;
    const c = claims[at] as GroupClaim;
    if (list[list.length - 1] !== c) list.push(c);
  }
};

/** The sources of a name's claims (after `gatherClaims`), sorted. */
const sourcesOf = (u: NameUse): readonly SourceId[] => [...new Set((u.claims ?? []).map((c) => c.sourceId))].sort();

/** Words that name a kind of thing: two names that differ in them are different things. */
const KIND_WORDS: ReadonlySet<string> = new Set([
  'summit', 'initiative', 'declaration', 'agreement', 'accord', 'deal', 'treaty', 'pact', 'forum', 'council',
  'ministerial', 'meeting', 'conference', 'committee', 'commission', 'alliance', 'coalition', 'partnership',
  'project', 'programme', 'program', 'plan', 'department', 'ministry', 'office', 'agency', 'administration',
  'bureau', 'authority', 'fund', 'reserve', 'act', 'law', 'bill',
]);

const kindWords = (words: readonly string[]): string => {
  // Most names have no kind word: nothing to sort or join.
  let kinds = 0;
  for (const w of words) if (KIND_WORDS.has(w)) kinds += 1;
  if (kinds === 0) return '';
  return words
    .filter((w) => KIND_WORDS.has(w))
    .sort()
    .join(' ');
};

/** A 30-bit hash of a word (FNV-1a): two words with different hashes differ. */
const wordHash = (w: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i += 1) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
};

/**
 * Blocking keys: every distinctive word (two or more letters, not a kind
 * word, not a number) and, for words of {@link ONE_TYPO_MIN_LENGTH} letters
 * or more, each of its one-letter deletions (its deletion neighbourhood, as
 * SymSpell indexes words). Two words one edit apart — a letter changed,
 * added, dropped, or two swapped, anywhere in the word ("Vualt" / "Vault",
 * "Lyans" / "Lynas") — share a key, so they meet in a block; character
 * trigrams would miss them in short words (no trigram of "vualt" is one of
 * "vault"). A name has at most a few keys per letter: blocking stays linear.
 */
const isBlockWord = (w: string): boolean => w.length >= 2 && !KIND_WORDS.has(w) && !/^\d+$/.test(w);

/** The blocking keys of one distinctive word: the word, and its deletion neighbourhood when long enough. */
const wordKeys = (w: string): readonly string[] => {
  const keys = [`w:${w}`];
  if (w.length < ONE_TYPO_MIN_LENGTH) return keys;
  // the word and its deletions, in a namespace of their own: "vault" meets "vaultt" (a deletion) and "vualt" ("vult")
  const deletions = new Set<string>([`d:${w}`]);
  for (let i = 0; i < w.length; i += 1) deletions.add(`d:${w.slice(0, i)}${w.slice(i + 1)}`);
  return [...keys, ...deletions];
};

/**
 * The blocks of at most `cap(key)` names, as ascending name indices, from
 * the names of each distinctive word: names meet in a key's block through
 * the words that have the key. A block over its cap is skipped without
 * being listed, so the work is linear in the names even when a word is
 * shared by many (a corpus of a million claims names hundreds of
 * thousands of things with a few thousand words).
 */
const smallBlocks = (names: readonly { readonly words: readonly string[] }[], cap: (key: string) => number): (readonly number[])[] => {
  const byWord = new Map<string, number[]>();
  names.forEach((n, i) => {
    for (const w of n.words) {
      if (!isBlockWord(w)) continue;
      const list = byWord.get(w);
      if (list === undefined) byWord.set(w, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const byKey = new Map<string, string[]>();
  for (const w of byWord.keys()) {
    for (const k of wordKeys(w)) {
      const list = byKey.get(k);
      if (list === undefined) byKey.set(k, [w]);
      else list.push(w);
    }
  }
  const blocks: (readonly number[])[] = [];
  for (const [key, words] of byKey) {
    const max = cap(key);
    if (words.length === 1) {
      const members = byWord.get(words[0] as string) as number[];
      if (members.length >= 2 && members.length <= max) blocks.push(members);
      continue;
    }
    const members = new Set<number>();
    for (const w of words) {
      for (const i of byWord.get(w) as number[]) members.add(i);
      if (members.size > max) break;
    }
    if (members.size >= 2 && members.size <= max) blocks.push([...members].sort((a, b) => a - b));
  }
  return blocks;
};

/**
 * What the pair test reads of each name, by its place in name order, in
 * flat arrays: blocks hold millions of pairs, and testing them touches no
 * name object. Words are compared by a hash first (`wordHash`).
 */
interface NameColumns {
  /** 1 when the alias tables know the name. */
  readonly known: Uint8Array;
  /** Its kind words, as a number (equal kinds, equal numbers). */
  readonly kind: Int32Array;
  /** Its words' hashes are `hashes[start[i]]` up to `hashes[start[i + 1]]`. */
  readonly start: Int32Array;
  readonly hashes: Int32Array;
}

const columnsOf = (names: readonly NameUse[]): NameColumns => {
  const kinds = new Map<string, number>();
  const known = new Uint8Array(names.length);
  const kind = new Int32Array(names.length);
  const start = new Int32Array(names.length + 1);
  let words = 0;
  names.forEach((n, i) => {
    known[i] = n.id === undefined ? 0 : 1;
    let k = kinds.get(n.kind);
    if (k === undefined) {
      k = kinds.size;
      kinds.set(n.kind, k);
    }
    kind[i] = k;
    start[i] = words;
    words += n.words.length;
  });
  start[names.length] = words;
  const hashes = new Int32Array(words);
  names.forEach((n, i) => n.words.forEach((w, k) => (hashes[(start[i] as number) + k] = wordHash(w))));
  return { known, kind, start, hashes };
};

/**
 * A cheap first test before the resolver's `nearDuplicate`: spellings of one
 * name differ in at most one word on each side ("MP Minerals" / "MP
 * Materials", "Pax Silica" / "Pax Silca"); names that differ in more words
 * are different names. The words of a are `xs[a0]` … `xs[a0 + la - 1]`, those of b
 * `ys[b0]` … (words, or their hashes).
 */
const oneWordApart = <W extends number | string>(xs: ArrayLike<W>, a0: number, la: number, ys: ArrayLike<W>, b0: number, lb: number): boolean => {
  if (Math.abs(la - lb) > 1) return false;
  // Match each word of a with an unused equal word of b: a bit per word of b, no copy per pair (blocks hold
  // thousands of pairs); names of more than 30 words fall back to an array of flags.
  const flags = lb > 30 ? new Uint8Array(lb) : undefined;
  let used = 0;
  let matched = 0;
  let onlyA = 0;
  for (let i = 0; i < la; i += 1) {
    const w = xs[a0 + i];
    let found = false;
    for (let j = 0; j < lb; j += 1) {
      const free = flags === undefined ? (used & (1 << j)) === 0 : flags[j] === 0;
      if (free && ys[b0 + j] === w) {
        if (flags === undefined) used |= 1 << j;
        else flags[j] = 1;
        found = true;
        break;
      }
    }
    if (found) matched += 1;
    else if (++onlyA > 1) return false;
  }
  return lb - matched <= 1;
};

/**
 * Whether names i and j (in name order) may be one word apart, by their
 * words' hashes: equal words have equal hashes, so every pair of names one
 * word apart passes (and a collision only lets more pass, for the exact test).
 */
const mayBeOneWordApart = ({ start, hashes }: NameColumns, i: number, j: number): boolean => {
  const a = start[i] as number;
  const b = start[j] as number;
  return oneWordApart(hashes, a, (start[i + 1] as number) - a, hashes, b, (start[j + 1] as number) - b);
};

/**
 * The name-variant rule.
 *
 * @example
 * createReconciler({ rules: [nameVariantRule] }).reconcile(corpus)
 */
export const nameVariantRule = defineRule({
  id: 'name-variant',
  meta: {
    description: 'Near-duplicate names across sources that may denote one entity.',
    docs: `Two near-duplicate spellings across sources that no alias table joins — "MP Minerals" (002) vs
"MP Materials" (003): an alias is missing, or one source misspells the name. Not reported:
names that fold alike ("the U.K." / "uk"); names the tables resolve to one entity (known
aliases) or to different ones ("Austria" / "Australia"); names that differ in a word naming a
kind of thing ("Pax Silica" / "Pax Silica Summit": a coalition and its summit); names more
than one word apart; spellings used only inside one source. Spellings that are near-duplicates
of each other form one cluster, reported as **one** finding listing every spelling. Candidate
pairs come from blocking on distinctive words and their one-letter deletions, so a one-edit
misspelling anywhere in a word meets its correct form ("Project Vualt" / "Project Vault"),
never from comparing every name with every other; word blocks over \`maxBlock\` names and
deletion blocks over \`maxTypoBlock\` names are skipped.
Similarity is the resolver's \`nearDuplicate\`.`,
    kinds: {
      'name-variant': { severity: 'warning', description: 'two spellings across sources that are probably one entity' },
    },
    options: NameVariantOptionsSchema,
    examples: nameVariantExamples,
  },
  check: (context, options) => {
    const maxBlock = options.maxBlock;
    const index = indexNames(context);
    // Blocks and pair tests take the names in order of first use; every test is symmetric, so the candidate
    // pairs are the same whatever the order.
    const all = index.uses;
    const columns = columnsOf(all);
    const seen = new Set<number>();
    const drafts: FindingDraft[] = [];
    const pairs: number[] = [];
    for (const members of smallBlocks(all, (key) => (key.startsWith('d:') ? options.maxTypoBlock : maxBlock))) {
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const i = members[x] as number;
          const j = members[y] as number;
          // Known entities (aliases or different ones), different kinds of thing, names more than a word apart.
          if ((columns.known[i] === 1 && columns.known[j] === 1) || columns.kind[i] !== columns.kind[j] || !mayBeOneWordApart(columns, i, j)) continue;
          const [wa, wb] = [(all[i] as NameUse).words, (all[j] as NameUse).words];
          if (!oneWordApart(wa, 0, wa.length, wb, 0, wb.length)) continue;
          const pair = i * all.length + j;
          if (seen.has(pair)) continue;
          seen.add(pair);
          pairs.push(i, j);
        }
      }
    }
    if (pairs.length === 0) return drafts;
    // Only the names of candidate pairs go on, in folded order (which orders pairs, clusters and spellings).
    // (Sorted as plain strings, joined copies of the words: the engine's own comparison, several times faster
    // than a comparator, and much faster than comparing slices of the group keys.)
    const rank = new Int32Array(all.length).fill(-1);
    const keys: string[] = [];
    for (const i of pairs) {
      if (rank[i] !== -1) continue;
      rank[i] = 0;
      keys.push((all[i] as NameUse).words.join(' '));
    }
    const names = keys.sort().map((folded) => index.byFolded.get(folded) as NameUse);
    names.forEach((u, r) => (rank[u.index] = r));
    const candidates: [number, number][] = [];
    for (let k = 0; k < pairs.length; k += 2) {
      const [ri, rj] = [rank[pairs[k] as number] as number, rank[pairs[k + 1] as number] as number];
      candidates.push(ri < rj ? [ri, rj] : [rj, ri]);
    }
    candidates.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    markManySources(context, index, names);
    // Spellings of one name: the near-duplicate pairs, joined into clusters (union-find).
    const parent = names.map((_, i) => i);
    const root = (i: number): number => {
      let r = i;
      while (parent[r] !== r) r = parent[r] as number;
      while (parent[i] !== r) {
        const next = parent[i] as number;
        parent[i] = r;
        i = next;
      }
      return r;
    };
    const edges: { i: number; j: number; reason: string; score: number }[] = [];
    for (const [i, j] of candidates) {
      const a = names[i] as NameUse;
      const b = names[j] as NameUse;
      // Used in some source other than one the other name is used in: unless both are used in one source alone.
      const crossSource = a.manySources || b.manySources || a.firstSource !== b.firstSource;
      if (!crossSource) continue;
      const near = context.resolver.nearDuplicate(a.surface, b.surface);
      if (!near.similar) continue;
      edges.push({ i, j, reason: near.reason, score: near.score });
      const [ri, rj] = [root(i), root(j)];
      if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
    }
    // One cluster per root, its names in name order and the pairs that joined them.
    const clusters = new Map<number, { spellings: NameUse[]; pairs: typeof edges }>();
    for (const e of edges) {
      const r = root(e.i);
      const cluster = clusters.get(r) ?? { spellings: [], pairs: [] };
      cluster.pairs.push(e);
      clusters.set(r, cluster);
    }
    names.forEach((n, i) => clusters.get(root(i))?.spellings.push(n));
    const found = [...clusters.entries()].sort(([a], [b]) => a - b).filter(([, c]) => c.spellings.length >= 2);
    if (found.length === 0) return drafts;
    // Words and sides only for the names a finding shows: their claims, in one more pass.
    gatherClaims(context, index, found.flatMap(([, c]) => c.spellings));
    const where = (sources: readonly SourceId[]): string => joinWords(sources.map((s) => context.sourceLabel(s)));
    for (const [, { spellings, pairs }] of found) {
      const sources = spellings.map(sourcesOf);
      const writes = (i: number): string => `${where(sources[i] as SourceId[])} write${(sources[i] as SourceId[]).length === 1 ? 's' : ''}`;
      const [a, b] = spellings as [NameUse, NameUse];
      const message =
        spellings.length === 2
          ? `${writes(0)} “${a.surface}”, ${where(sources[1] as SourceId[])} “${b.surface}” (${pairs[0]?.reason ?? 'near-duplicates'}); no alias table links them — add an alias if they are one entity, or note which source misspells the name`
          : `${joinWords(spellings.map((u, i) => `${writes(i)} “${u.surface}”`))}: ${numberWord(spellings.length)} spellings that are probably one entity; no alias table links them — add aliases, or note which sources misspell the name`;
      drafts.push({
        kind: 'name-variant',
        message,
        disagreement: `names:${a.folded}`,
        sides: spellings.map((u, i) => ({ label: `“${u.surface}” in ${where(sources[i] as SourceId[])}`, claims: (u.claims ?? []).map(context.findingClaim) })),
        related: [],
        disputed: spellings.map((u) => [u.folded]),
        data: { names: spellings.map((u) => u.surface), score: Math.max(...pairs.map((f) => f.score)), resolved: spellings.map((u) => u.id ?? null) },
      });
    }
    return drafts;
  },
});

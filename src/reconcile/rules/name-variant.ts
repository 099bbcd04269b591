/**
 * Rule `name-variant`: near-duplicate spellings of a name across sources
 * that no alias table joins. What it reports and why: `meta.docs` (shown in
 * docs/rules.md); its examples: `examples/name-variant.ts`.
 */
import { z } from 'zod';
import type { SourceId } from '../../model/ids.js';
import type { Value } from '../../model/value.js';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import { nameKey } from '../../normalize/name-key.js';
import { MAX_TYPO_WORD_LENGTH, ONE_TYPO_MIN_LENGTH } from '../../normalize/near-duplicate.js';
import { defineRule, type FindingDraft, type RuleContext } from '../rule.js';
import { nameVariantExamples } from './examples/name-variant.js';
import { NAMES_ENTITY, NAMES_SET, groupFacts } from './group-facts.js';
import { claimCountOf, groupSourcesOf } from '../columns/source-column.js';
import { groupValuesOf } from '../columns/value-column.js';
import { entryValue, type ValueEntry } from '../columns/value-table.js';
import { groupSubjectsOf, NAME_KEY_PREFIX } from '../columns/subject-table.js';
import { joinWords, numberWord } from '../../values/words.js';
import { BLOCK_WORD, KIND_WORD, createNameTable, type NameTable } from './name-table.js';
import { grown } from '../columns/typed-column.js';
import { DeletionKeys } from './deletion-keys.js';
import { largestOf } from '../../model/append-all.js';

/**
 * Words longer than this get no deletion keys (they still block on the
 * word itself): a word's keys cost the square of its length to make and
 * compare (one key per letter, each hashed and checked over the whole
 * word), so one 100,000-letter subject took two minutes to check. The
 * resolver's `nearDuplicate` never takes words longer than
 * `MAX_TYPO_WORD_LENGTH` (40 letters) for misspellings of each other, so
 * their deletion keys could only find pairs it refuses; and names do not
 * have such words (the longest in everyday use, "Llanfairpwllgwyngyll", has 20
 * letters; the 58- and 85-letter place names are curiosities).
 */
export const MAX_VARIANT_WORD_LENGTH = MAX_TYPO_WORD_LENGTH;

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

/**
 * A name a finding may show: made only for the names of candidate pairs
 * (most names of a run have none).
 */
interface NameUse {
  /** Its place in the run's table of names (order of first use). */
  readonly index: number;
  readonly folded: string;
  readonly surface: string;
  readonly id: string | undefined;
  /** The first source that uses it, and whether another does too (`markManySources`): all the cross-source test needs. */
  readonly firstSource: SourceId;
  manySources: boolean;
  /** Its claims in group order, gathered only for the names of a finding. */
  claims: GroupClaim[] | undefined;
}

/**
 * The names of a run: each distinct folded name once, in order of first
 * use, as word ids in a `NameTable`, with what its first use says (its
 * surface, its entity id, its first source); and every use of a name by a
 * claim — so the claims of the few names a finding shows are found again
 * without a second walk over every value. A subject the alias tables do not
 * know is one use per group (`groupSubject`), and a name first used so is
 * read back from that group's first claim; every other use is two numbers
 * (the name and the claim's place in its group) in `uses`, a group's uses
 * from `groupStart[g]` to `groupStart[g + 1]`.
 */
interface NameIndex {
  readonly table: NameTable;
  readonly size: number;
  /** By name: the group whose subject it first named (-1 - g), or its place in `surfaces`, `ids`, `sources` (first used by another name). */
  readonly origin: Int32Array;
  readonly surfaces: readonly string[];
  readonly ids: readonly (string | undefined)[];
  readonly sources: readonly SourceId[];
  /** Its kind words, as a number (equal kinds, equal numbers). */
  readonly kind: Int32Array;
  /** By group: the name of its subject, used by every claim of the group, or -1 (see above). */
  readonly groupSubject: Int32Array;
  /** By group: where its uses start in `uses` (one entry more than groups). */
  readonly groupStart: Int32Array;
  /** Pairs: the name, the claim's place in its group. */
  readonly uses: Int32Array;
}

/** A name's surface, entity id and first source, from its first use. */
const surfaceOf = (context: RuleContext, index: NameIndex, n: number): string => {
  const o = index.origin[n] as number;
  return o >= 0 ? (index.surfaces[o] as string) : ((context.groups[-1 - o] as ClaimGroup).claims[0] as GroupClaim).subjectName;
};
const idOf = (index: NameIndex, n: number): string | undefined => {
  const o = index.origin[n] as number;
  return o >= 0 ? index.ids[o] : undefined;
};
const firstSourceOf = (context: RuleContext, index: NameIndex, n: number): SourceId => {
  const o = index.origin[n] as number;
  return o >= 0 ? (index.sources[o] as SourceId) : ((context.groups[-1 - o] as ClaimGroup).claims[0] as GroupClaim).sourceId;
};

/**
 * Index the names the claims use — a claim's subject, an entity value, the
 * members of an entity set — in group order, claim order: a subject the
 * alias tables do not know once per group (its key is its folded name, read
 * from grouping's subject keys, once per subject id), every other name once
 * per distinct spelling; nothing allocated per claim but two numbers,
 * nothing per name but its word ids and a number or two.
 *
 * For a context `buildContext` made, no claim is read for its value: the
 * names a value gives are worked out once per value entry (grouping's
 * `GroupValues`), and a claim's are found by its entry id; the claims are
 * read only for the subject spellings of groups whose subject the alias
 * tables know (each claim may spell it its own way).
 */
const indexNames = (context: RuleContext): NameIndex => {
  const table = createNameTable((w) => KIND_WORDS.has(w));
  const surfaces: string[] = [];
  const ids: (string | undefined)[] = [];
  const sources: SourceId[] = [];
  const kindIds = new Map<string, number>([['', 0]]);
  let kind: Int32Array = new Int32Array(1024);
  let origin: Int32Array = new Int32Array(1024);
  // Name ids by surface spelling, of subjects and of values apart (-1: a name that folds to nothing).
  const subjects = new Map<string, number>();
  const values = new Map<string, number>();
  const groups = context.groups;
  const groupSubject = new Int32Array(groups.length).fill(-1);
  const groupStart = new Int32Array(groups.length + 1);
  // Room for one use per claim from the start (a use is two numbers): growing it from a group's worth, by
  // copying, was about 5% of the rule's time at 250,000 claims; entity-set members and subjects named
  // besides values may still grow it. (The claim count is grouping's, not a walk over the groups.)
  let uses: Int32Array = new Int32Array(2 * claimCountOf(context) + 16);
  let length = 0;
  let i = 0;
  const record = (n: number): void => {
    if (length + 2 > uses.length) uses = grown(uses, length + 2);
    uses[length] = n;
    uses[length + 1] = i;
    length += 2;
  };
  // The name `find` just looked up (-1: new), made by its first use: an entity's or a known subject's
  // (`from` -1: its surface, id and source given) or the subject of group `from` (read back from the group's first claim).
  const named = (found: number, name: string | undefined, id: string | undefined, sourceId: SourceId | undefined, from: number): number => {
    if (found !== -1) return found;
    const n = table.add();
    if (n === kind.length) {
      kind = grown(kind, n + 1);
      origin = grown(origin, n + 1);
    }
    if (from >= 0) origin[n] = -1 - from;
    else {
      origin[n] = surfaces.length;
      surfaces.push(name as string);
      ids.push(id);
      sources.push(sourceId as SourceId);
    }
    // Most names have no kind word: nothing to join.
    const start = table.start();
    const words = table.words();
    let kinds = false;
    for (let k = start[n] as number; k < (start[n + 1] as number) && !kinds; k += 1) kinds = (table.flags(words[k] as number) & KIND_WORD) !== 0;
    if (kinds) {
      const key = kindWords(table.folded(n).split(' '));
      let k = kindIds.get(key);
      if (k === undefined) {
        k = kindIds.size;
        kindIds.set(key, k);
      }
      kind[n] = k;
    }
    return n;
  };
  // The name of a surface spelling, made on its first use.
  const nameOf = (bySurface: Map<string, number>, name: string, id: string | undefined, sourceId: SourceId): number => {
    let n = bySurface.get(name);
    if (n === undefined) {
      const folded = nameKey(name);
      n = folded.length === 0 ? -1 : named(table.find(folded, 0), name, id, sourceId, -1);
      bySurface.set(name, n);
    }
    return n;
  };
  // The names a value gives (an entity's, an entity set's members', in order; none for other kinds), appended
  // to `valueNames`; `sourceId` is the source of the claim that first gives it.
  let valueNames: Int32Array = new Int32Array(64);
  let valueLength = 0;
  const give = (n: number): void => {
    if (n === -1) return;
    if (valueLength === valueNames.length) valueNames = grown(valueNames, valueLength + 1);
    valueNames[valueLength] = n;
    valueLength += 1;
  };
  const namesOfValue = (value: Value, sourceId: SourceId): void => {
    if (value.type === 'entity') give(nameOf(values, value.name, value.id, sourceId));
    else if (value.type === 'entity-set') for (const m of value.members) give(nameOf(values, m.name, m.id, sourceId));
  };
  // The claims of a group mostly name their subject alike: the last subject's name is reused without a look-up.
  let lastSubject: string | undefined;
  let lastSubjectName = -1;
  const facts = groupFacts(context);
  // What grouping found of each group's subject (by subject id), each claim's source and value entry (by
  // claim position); a context built elsewhere: read from the groups and their claims.
  const columns = groupSubjectsOf(context);
  const claimSources = groupSourcesOf(context);
  const claimValues = groupValuesOf(context);
  const starts = claimSources !== undefined && claimSources.starts.length === groups.length + 1 ? claimSources.starts : undefined;
  const byPosition = starts !== undefined && claimValues !== undefined ? claimValues : undefined;
  // By subject id: its name (-1: folds to nothing; -2: not looked up yet).
  const bySubject = columns !== undefined ? new Int32Array(columns.keyedByName.length).fill(-2) : undefined;
  // By value entry: where its names lie in `valueNames` (from -1: not worked out yet).
  const entryFrom = byPosition !== undefined ? new Int32Array(byPosition.entries.length).fill(-1) : undefined;
  const entryTo = byPosition !== undefined ? new Int32Array(byPosition.entries.length) : undefined;
  for (let g = 0; g < groups.length; g += 1) {
    groupStart[g] = length;
    // The subject's id, key and whether it is keyed by name, and the claim count, without reading the group.
    const sid = columns !== undefined ? (columns.subjectOf[g] as number) : -1;
    const subject = columns !== undefined ? (columns.keys[sid] as string) : (groups[g] as ClaimGroup).subject;
    const unknown = columns !== undefined ? columns.keyedByName[sid] === 1 : subject.startsWith(NAME_KEY_PREFIX);
    const at = starts !== undefined ? (starts[g] as number) : 0;
    const count = starts !== undefined ? (starts[g + 1] as number) - at : (groups[g] as ClaimGroup).claims.length;
    // A subject the alias tables do not know is keyed by its folded name (`name:<folded>`), which is every
    // claim's subject name folded: the group's one use, found without folding or looking up each spelling,
    // and recorded once for all the group's claims.
    let subjectName = -2;
    if (unknown && count > 0) {
      subjectName = bySubject !== undefined ? (bySubject[sid] as number) : -2;
      if (subjectName === -2) {
        subjectName = subject.length === NAME_KEY_PREFIX.length ? -1 : named(table.find(subject, NAME_KEY_PREFIX.length), undefined, undefined, undefined, g);
        if (bySubject !== undefined) bySubject[sid] = subjectName;
      }
      groupSubject[g] = subjectName;
    }
    // Its subject recorded, a group whose claims name no entity (the run's one walk over the claims says which
    // do: most) has nothing more to give.
    if (subjectName !== -2 && ((facts[g] as number) & (NAMES_ENTITY | NAMES_SET)) === 0) continue;
    const subjectId = unknown ? undefined : subject;
    const claims = subjectName === -2 || byPosition === undefined ? (groups[g] as ClaimGroup).claims : undefined;
    for (i = 0; i < count; i += 1) {
      if (subjectName === -2) {
        const c = (claims as readonly GroupClaim[])[i] as GroupClaim;
        const name = c.subjectName;
        if (name !== lastSubject) {
          lastSubjectName = nameOf(subjects, name, subjectId, c.sourceId);
          lastSubject = name;
        }
        if (lastSubjectName !== -1) record(lastSubjectName);
      }
      if (byPosition !== undefined && entryFrom !== undefined && entryTo !== undefined && claimSources !== undefined) {
        // The names of the claim's value entry, worked out by the first claim with it.
        const p = at + i;
        const e = byPosition.valueOf[p] as number;
        if ((entryFrom[e] as number) === -1) {
          entryFrom[e] = valueLength;
          namesOfValue(entryValue(byPosition.entries[e] as ValueEntry) as Value, claimSources.ids[claimSources.sourceOf[p] as number] as SourceId);
          entryTo[e] = valueLength;
        }
        for (let k = entryFrom[e] as number; k < (entryTo[e] as number); k += 1) record(valueNames[k] as number);
      } else {
        const c = (claims as readonly GroupClaim[])[i] as GroupClaim;
        valueLength = 0;
        namesOfValue(c.value, c.sourceId);
        for (let k = 0; k < valueLength; k += 1) record(valueNames[k] as number);
      }
    }
  }
  groupStart[groups.length] = length;
  return { table, size: table.size(), origin, surfaces, ids, sources, kind, groupSubject, groupStart, uses };
};

/** Whether each wanted name (1 in `want`) is used by more than its first source, from the recorded uses (one pass). */
const markManySources = (context: RuleContext, index: NameIndex, want: Uint8Array, many: Uint8Array): void => {
  const { groupSubject, groupStart, uses } = index;
  const groups = context.groups;
  const mark = (n: number, claims: readonly GroupClaim[], at: number): void => {
    const first = firstSourceOf(context, index, n);
    let manySources = false;
    if (at >= 0) manySources = (claims[at] as GroupClaim).sourceId !== first;
    else for (let i = 0; i < claims.length && !manySources; i += 1) manySources = (claims[i] as GroupClaim).sourceId !== first;
    if (manySources) {
      many[n] = 1;
      want[n] = 0;
    }
  };
  for (let g = 0; g < groups.length; g += 1) {
    const s = groupSubject[g] as number;
    if (s >= 0 && want[s] === 1) mark(s, (groups[g] as ClaimGroup).claims, -1);
    for (let k = groupStart[g] as number; k < (groupStart[g + 1] as number); k += 2) {
      const n = uses[k] as number;
      if (want[n] === 1) mark(n, (groups[g] as ClaimGroup).claims, uses[k + 1] as number);
    }
  }
};

/** Fill in the claims of the given names (only the names a finding shows), in group order, each claim once. */
const gatherClaims = (context: RuleContext, index: NameIndex, wanted: readonly NameUse[]): void => {
  const { groupSubject, groupStart, uses } = index;
  const lists = new Map<number, GroupClaim[]>();
  for (const u of wanted) {
    u.claims = [];
    lists.set(u.index, u.claims);
  }
  const groups = context.groups;
  for (let g = 0; g < groups.length; g += 1) {
    const claims = (groups[g] as ClaimGroup).claims;
    // The group's subject: every claim (its uses in this group add none).
    const whole = groupSubject[g] as number;
    const all = whole >= 0 ? lists.get(whole) : undefined;
    if (all !== undefined) for (const c of claims) all.push(c);
    for (let k = groupStart[g] as number; k < (groupStart[g + 1] as number); k += 2) {
      const n = uses[k] as number;
      if (n === whole) continue;
      const list = lists.get(n);
      if (list === undefined) continue;
      const c = claims[uses[k + 1] as number] as GroupClaim;
      if (list[list.length - 1] !== c) list.push(c);
    }
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

const kindWords = (words: readonly string[]): string =>
  words
    .filter((w) => KIND_WORDS.has(w))
    .sort()
    .join(' ');

/**
 * Blocking keys: every distinctive word (two or more letters, not a kind
 * word, not a number) and, for words of {@link ONE_TYPO_MIN_LENGTH} letters
 * or more (up to {@link MAX_VARIANT_WORD_LENGTH}), each of its one-letter deletions (its deletion neighbourhood, as
 * SymSpell indexes words). Two words one edit apart — a letter changed,
 * added, dropped, or two swapped, anywhere in the word ("Vualt" / "Vault",
 * "Lyans" / "Lynas") — share a key, so they meet in a block; character
 * trigrams would miss them in short words (no trigram of "vualt" is one of
 * "vault"). A name has at most a few keys per letter: blocking stays linear.
 * Word keys are the words themselves (one block per word); deletion keys
 * are a word and the letter it leaves out, in `DeletionKeys` (`deletion-keys.ts`).
 */

/**
 * Call `visit` with each block of two to `cap` names, as ascending name
 * ids in `members[from]` … `members[to - 1]`: a word's block is the names
 * that have the word (at most `maxBlock`), a deletion key's block the names
 * of the words that have the key (at most `maxTypoBlock`). The names of
 * each word are listed once, in one Int32Array (by counting); a block over
 * its cap is skipped without being listed, so the work is linear in the
 * names even when a word is shared by many (a corpus of a million claims
 * names hundreds of thousands of things with a few thousand words).
 */
const forEachSmallBlock = (
  index: NameIndex,
  maxBlock: number,
  maxTypoBlock: number,
  visit: (members: Int32Array, from: number, to: number) => void,
): void => {
  const { table } = index;
  const words = table.words();
  const start = table.start();
  const wordCount = table.wordCount();
  const block = new Uint8Array(wordCount);
  for (let w = 0; w < wordCount; w += 1) block[w] = (table.flags(w) & BLOCK_WORD) !== 0 ? 1 : 0;
  // The names of each block word, each name once: counted, then listed.
  const last = new Int32Array(wordCount).fill(-1);
  const offset = new Int32Array(wordCount + 1);
  for (let n = 0; n < index.size; n += 1) {
    for (let k = start[n] as number; k < (start[n + 1] as number); k += 1) {
      const w = words[k] as number;
      if (w < 0 || block[w] === 0 || last[w] === n) continue;
      last[w] = n;
      offset[w + 1] = (offset[w + 1] as number) + 1;
    }
  }
  for (let w = 0; w < wordCount; w += 1) offset[w + 1] = (offset[w + 1] as number) + (offset[w] as number);
  const byWord = new Int32Array(offset[wordCount] as number);
  const fill = offset.slice(0, wordCount);
  last.fill(-1);
  for (let n = 0; n < index.size; n += 1) {
    for (let k = start[n] as number; k < (start[n + 1] as number); k += 1) {
      const w = words[k] as number;
      if (w < 0 || block[w] === 0 || last[w] === n) continue;
      last[w] = n;
      byWord[fill[w] as number] = n;
      fill[w] = (fill[w] as number) + 1;
    }
  }
  const size = (w: number): number => (offset[w + 1] as number) - (offset[w] as number);
  // Word blocks; and the words of each deletion key.
  let room = 0;
  for (let w = 0; w < wordCount; w += 1) {
    const length = block[w] === 0 ? 0 : table.word(w).length;
    if (length >= ONE_TYPO_MIN_LENGTH && length <= MAX_VARIANT_WORD_LENGTH) room += length + 1;
  }
  const byKey = new DeletionKeys((w) => table.word(w), room);
  for (let w = 0; w < wordCount; w += 1) {
    if (block[w] === 0) continue;
    const n = size(w);
    if (n >= 2 && n <= maxBlock) visit(byWord, offset[w] as number, offset[w + 1] as number);
    const length = table.word(w).length;
    if (length >= ONE_TYPO_MIN_LENGTH && length <= MAX_VARIANT_WORD_LENGTH) byKey.add(w);
  }
  // Deletion blocks: one word's names as they are; several words' names merged (each name once), sorted.
  const seen = new Int32Array(index.size).fill(-1);
  let merged: Int32Array = new Int32Array(maxTypoBlock + 1);
  let key = 0;
  byKey.forEach((keyWords, length) => {
    key += 1;
    if (length === 1) {
      const w = keyWords[0] as number;
      const n = size(w);
      if (n >= 2 && n <= maxTypoBlock) visit(byWord, offset[w] as number, offset[w + 1] as number);
      return;
    }
    let count = 0;
    for (let x = 0; x < length; x += 1) {
      const w = keyWords[x] as number;
      for (let k = offset[w] as number; k < (offset[w + 1] as number) && count <= maxTypoBlock; k += 1) {
        const n = byWord[k] as number;
        if (seen[n] === key) continue;
        seen[n] = key;
        if (count === merged.length) merged = grown(merged, count + 1);
        merged[count] = n;
        count += 1;
      }
      if (count > maxTypoBlock) break;
    }
    if (count >= 2 && count <= maxTypoBlock) {
      const members = merged.subarray(0, count).sort();
      visit(members, 0, count);
    }
  });
};

/**
 * A cheap first test before the resolver's `nearDuplicate`: spellings of one
 * name differ in at most one word on each side ("MP Minerals" / "MP
 * Materials", "Pax Silica" / "Pax Silca"); names that differ in more words
 * are different names. The words of a are `xs[a0]` … `xs[a0 + la - 1]`, those of b
 * `ys[b0]` … (word ids).
 */
const oneWordApart = (xs: Int32Array, a0: number, la: number, ys: Int32Array, b0: number, lb: number): boolean => {
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
    const index = indexNames(context);
    const size = index.size;
    const words = index.table.words();
    const start = index.table.start();
    const known = new Uint8Array(size);
    for (let n = 0; n < size; n += 1) known[n] = idOf(index, n) === undefined ? 0 : 1;
    const kind = index.kind;
    // Blocks and pair tests take the names in order of first use; every test is symmetric, so the candidate
    // pairs are the same whatever the order.
    const seen = new Set<number>();
    const drafts: FindingDraft[] = [];
    const pairs: number[] = [];
    forEachSmallBlock(index, options.maxBlock, options.maxTypoBlock, (members, from, to) => {
      for (let x = from; x < to; x++) {
        const i = members[x] as number;
        const a = start[i] as number;
        const la = (start[i + 1] as number) - a;
        for (let y = x + 1; y < to; y++) {
          const j = members[y] as number;
          // Known entities (aliases or different ones), different kinds of thing, names more than a word apart.
          if ((known[i] === 1 && known[j] === 1) || kind[i] !== kind[j]) continue;
          const b = start[j] as number;
          if (!oneWordApart(words, a, la, words, b, (start[j + 1] as number) - b)) continue;
          const pair = i * size + j;
          if (seen.has(pair)) continue;
          seen.add(pair);
          pairs.push(i, j);
        }
      }
    });
    if (pairs.length === 0) return drafts;
    // Only the names of candidate pairs go on, in folded order (which orders pairs, clusters and spellings).
    // (Sorted as plain strings: the engine's own comparison, several times faster than a comparator.)
    const rank = new Int32Array(size).fill(-1);
    const keys: string[] = [];
    const byFolded = new Map<string, number>();
    for (const i of pairs) {
      if (rank[i] !== -1) continue;
      rank[i] = 0;
      const folded = index.table.folded(i);
      keys.push(folded);
      byFolded.set(folded, i);
    }
    const names = keys.sort().map((folded): NameUse => {
      const n = byFolded.get(folded) as number;
      return { index: n, folded, surface: surfaceOf(context, index, n), id: idOf(index, n), firstSource: firstSourceOf(context, index, n), manySources: false, claims: undefined };
    });
    names.forEach((u, r) => (rank[u.index] = r));
    const candidates: [number, number][] = [];
    for (let k = 0; k < pairs.length; k += 2) {
      const [ri, rj] = [rank[pairs[k] as number] as number, rank[pairs[k + 1] as number] as number];
      candidates.push(ri < rj ? [ri, rj] : [rj, ri]);
    }
    candidates.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    const want = new Uint8Array(size);
    const many = new Uint8Array(size);
    for (const u of names) want[u.index] = 1;
    markManySources(context, index, want, many);
    for (const u of names) u.manySources = many[u.index] === 1;
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
        data: { names: spellings.map((u) => u.surface), score: largestOf(pairs.map((f) => f.score), 0), resolved: spellings.map((u) => u.id ?? null) },
      });
    }
    return drafts;
  },
});

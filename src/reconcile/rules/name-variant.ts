/**
 * Rule `name-variant`: near-duplicate spellings of a name across sources
 * that no alias table joins. What it reports and why: `meta.docs` (shown in
 * docs/rules.md); its examples: `examples/name-variant.ts`.
 */
import { z } from 'zod';
import type { SourceId } from '../../model/ids.js';
import type { GroupClaim } from '../claim-groups.js';
import { nameKey } from '../../normalize/name-key.js';
import { ONE_TYPO_MIN_LENGTH } from '../../normalize/near-duplicate.js';
import { defineRule, type FindingDraft } from '../rule.js';
import { nameVariantExamples } from './examples/name-variant.js';
import { joinWords, numberWord } from '../../values/words.js';

import { byOrdinal, compareOrdinal } from '../../model/ordinal.js';

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
  readonly folded: string;
  readonly words: readonly string[];
  readonly kind: string;
  readonly surface: string;
  readonly id: string | undefined;
  readonly claims: GroupClaim[];
  /** Its claims' sources, made on first need (most names are never compared). */
  sources?: ReadonlySet<SourceId>;
}

const sourcesOf = (u: NameUse): ReadonlySet<SourceId> => (u.sources ??= new Set(u.claims.map((c) => c.sourceId)));

/** Words that name a kind of thing: two names that differ in them are different things. */
const KIND_WORDS: ReadonlySet<string> = new Set([
  'summit', 'initiative', 'declaration', 'agreement', 'accord', 'deal', 'treaty', 'pact', 'forum', 'council',
  'ministerial', 'meeting', 'conference', 'committee', 'commission', 'alliance', 'coalition', 'partnership',
  'project', 'programme', 'program', 'plan', 'department', 'ministry', 'office', 'agency', 'administration',
  'bureau', 'authority', 'fund', 'reserve', 'act', 'law', 'bill',
]);

const kindWords = (folded: string): string =>
  folded
    .split(' ')
    .filter((w) => KIND_WORDS.has(w))
    .sort()
    .join(' ');

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
const blockWords = (folded: string): readonly string[] => folded.split(' ').filter((w) => w.length >= 2 && !KIND_WORDS.has(w) && !/^\d+$/.test(w));

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
const smallBlocks = (names: readonly { readonly folded: string }[], cap: (key: string) => number): (readonly number[])[] => {
  const byWord = new Map<string, number[]>();
  names.forEach((n, i) => {
    for (const w of blockWords(n.folded)) {
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
 * A cheap first test before the resolver's `nearDuplicate`: spellings of one
 * name differ in at most one word on each side ("MP Minerals" / "MP
 * Materials", "Pax Silica" / "Pax Silca"); names that differ in more words
 * are different names.
 */
const oneWordApart = (wa: readonly string[], wb: readonly string[]): boolean => {
  if (Math.abs(wa.length - wb.length) > 1) return false;
  // Match each word of a with an unused equal word of b: a bit per word of b, no copy per pair (blocks hold
  // thousands of pairs); names of more than 30 words fall back to an array of flags.
  const flags = wb.length > 30 ? new Uint8Array(wb.length) : undefined;
  let used = 0;
  let matched = 0;
  let onlyA = 0;
  for (const w of wa) {
    let found = false;
    for (let j = 0; j < wb.length; j += 1) {
      const free = flags === undefined ? (used & (1 << j)) === 0 : flags[j] === 0;
      if (free && wb[j] === w) {
        if (flags === undefined) used |= 1 << j;
        else flags[j] = 1;
        found = true;
        break;
      }
    }
    if (found) matched += 1;
    else if (++onlyA > 1) return false;
  }
  return wb.length - matched <= 1;
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
    const uses = new Map<string, NameUse>();
    const foldedNames = new Map<string, string>();
    // The claims of a group mostly name their subject alike: the last name's use is reused without a lookup.
    let lastName: string | undefined;
    let lastUse: NameUse | undefined;
    const use = (name: string, id: string | undefined, c: GroupClaim): void => {
      if (name === lastName && lastUse !== undefined) {
        if (lastUse.claims[lastUse.claims.length - 1] !== c) lastUse.claims.push(c);
        return;
      }
      let folded = foldedNames.get(name);
      if (folded === undefined) {
        folded = nameKey(name);
        foldedNames.set(name, folded);
      }
      if (folded.length === 0) return;
      let u = uses.get(folded);
      if (u === undefined) {
        u = { folded, words: folded.split(' '), kind: kindWords(folded), surface: name, id, claims: [] };
        uses.set(folded, u);
      }
      if (u.claims[u.claims.length - 1] !== c) u.claims.push(c);
      lastName = name;
      lastUse = u;
    };
    for (const group of context.groups) {
      for (const c of group.claims) {
        use(c.subjectName, group.subject.startsWith('name:') ? undefined : group.subject, c);
        if (c.value.type === 'entity') use(c.value.name, c.value.id, c);
        if (c.value.type === 'entity-set') for (const m of c.value.members) use(m.name, m.id, c);
      }
    }
    const names = [...uses.values()].sort(byOrdinal((n) => n.folded));
    const seen = new Set<number>();
    const drafts: FindingDraft[] = [];
    const candidates: [number, number][] = [];
    for (const members of smallBlocks(names, (key) => (key.startsWith('d:') ? options.maxTypoBlock : maxBlock))) {
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const i = members[x] as number;
          const j = members[y] as number;
          const a = names[i] as NameUse;
          const b = names[j] as NameUse;
          // Known entities (aliases or different ones), different kinds of thing, names more than a word apart.
          if ((a.id !== undefined && b.id !== undefined) || a.kind !== b.kind || !oneWordApart(a.words, b.words)) continue;
          const pair = i * names.length + j;
          if (seen.has(pair)) continue;
          seen.add(pair);
          candidates.push([i, j]);
        }
      }
    }
    candidates.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
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
      const crossSource = [...sourcesOf(a)].some((s) => [...sourcesOf(b)].some((t) => t !== s));
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
    const where = (u: NameUse): string => joinWords([...sourcesOf(u)].sort().map((s) => context.sourceLabel(s)));
    for (const [, { spellings, pairs: found }] of [...clusters.entries()].sort(([a], [b]) => a - b)) {
      if (spellings.length < 2) continue;
      const [a, b] = spellings as [NameUse, NameUse];
      const message =
        spellings.length === 2
          ? `${where(a)} write${sourcesOf(a).size === 1 ? 's' : ''} “${a.surface}”, ${where(b)} “${b.surface}” (${found[0]?.reason ?? 'near-duplicates'}); no alias table links them — add an alias if they are one entity, or note which source misspells the name`
          : `${joinWords(spellings.map((u) => `${where(u)} write${sourcesOf(u).size === 1 ? 's' : ''} “${u.surface}”`))}: ${numberWord(spellings.length)} spellings that are probably one entity; no alias table links them — add aliases, or note which sources misspell the name`;
      drafts.push({
        kind: 'name-variant',
        message,
        disagreement: `names:${a.folded}`,
        sides: spellings.map((u) => ({ label: `“${u.surface}” in ${where(u)}`, claims: u.claims.map(context.findingClaim) })),
        related: [],
        disputed: spellings.map((u) => [u.folded]),
        data: { names: spellings.map((u) => u.surface), score: Math.max(...found.map((f) => f.score)), resolved: spellings.map((u) => u.id ?? null) },
      });
    }
    return drafts;
  },
});

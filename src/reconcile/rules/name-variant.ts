/**
 * Rule `name-variant`: two near-duplicate spellings of a name across sources
 * ("MP Minerals" in 002, "MP Materials" in 003) that no alias table joins:
 * either an alias is missing or one source misspells the name. Not reported:
 * names that fold alike ("U.K." / "UK"); names the alias tables resolve to
 * one entity (known aliases) or to different entities ("Austria" /
 * "Australia"); names whose words say they are different kinds of thing
 * ("Pax Silica" / "Pax Silica Summit": an agreement and its summit).
 * Similarity itself is the resolver's `nearDuplicate`.
 *
 * Candidate pairs come from blocking (names sharing a word or their first
 * four characters), never from comparing every name with every other; a
 * block larger than `maxBlock` names (a word like "united") is skipped.
 */
import type { SourceId } from '../../model/ids.js';
import type { EntityRef } from '../../model/value.js';
import type { GroupClaim } from '../claim-groups.js';
import { resolveRef } from '../entity-key.js';
import { foldName } from '../fold-name.js';
import type { FindingDraft, Rule } from '../rule.js';
import { joinWords, sourceGroupsOf } from './words.js';

/** Options of the name-variant rule. */
export interface NameVariantOptions {
  /** Blocks with more names than this are skipped. Default 200. */
  readonly maxBlock?: number;
}

interface NameUse {
  readonly folded: string;
  readonly surface: string;
  readonly id: string | undefined;
  readonly claims: GroupClaim[];
  readonly sources: Set<SourceId>;
}

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

const blockKeys = (folded: string): readonly string[] => {
  const words = folded.split(' ').filter((w) => w.length >= 2);
  return [...new Set([...words.map((w) => `w:${w}`), `p:${folded.slice(0, 4)}`])];
};

/**
 * The name-variant rule.
 *
 * @example
 * createReconciler({ rules: [nameVariantRule()] }).reconcile(corpus).findings
 */
export const nameVariantRule = (options: NameVariantOptions = {}): Rule => ({
  id: 'name-variant',
  meta: {
    description: 'Near-duplicate names across sources that may denote one entity.',
    defaultSeverity: 'warning',
    url: 'docs/rules.md#name-variant',
  },
  check: (context) => {
    const maxBlock = options.maxBlock ?? 200;
    const uses = new Map<string, NameUse>();
    const use = (ref: EntityRef, c: GroupClaim): void => {
      const folded = foldName(ref.name);
      if (folded.length === 0) return;
      let u = uses.get(folded);
      if (u === undefined) {
        u = { folded, surface: ref.name, id: ref.id, claims: [], sources: new Set() };
        uses.set(folded, u);
      }
      if (u.claims[u.claims.length - 1] !== c) u.claims.push(c);
      u.sources.add(c.sourceId);
    };
    for (const group of context.groups) {
      for (const c of group.claims) {
        use(resolveRef(context.claim(c.claimId).subject, context.resolver), c);
        if (c.value.type === 'entity') use(c.value, c);
        if (c.value.type === 'entity-set') for (const m of c.value.members) use(m, c);
      }
    }
    const names = [...uses.keys()].sort();
    const blocks = new Map<string, number[]>();
    names.forEach((n, i) => {
      for (const k of blockKeys(n)) {
        const list = blocks.get(k);
        if (list === undefined) blocks.set(k, [i]);
        else list.push(i);
      }
    });
    const seen = new Set<number>();
    const drafts: FindingDraft[] = [];
    const blockList = [...blocks.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const candidates: [number, number][] = [];
    for (const [, members] of blockList) {
      if (members.length < 2 || members.length > maxBlock) continue;
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const i = members[x] as number;
          const j = members[y] as number;
          const pair = i * names.length + j;
          if (seen.has(pair)) continue;
          seen.add(pair);
          candidates.push([i, j]);
        }
      }
    }
    candidates.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    for (const [i, j] of candidates) {
      const a = uses.get(names[i] as string) as NameUse;
      const b = uses.get(names[j] as string) as NameUse;
      if (a.id !== undefined && b.id !== undefined) continue;
      if (kindWords(a.folded) !== kindWords(b.folded)) continue;
      const crossSource = [...a.sources].some((s) => [...b.sources].some((t) => t !== s));
      if (!crossSource) continue;
      const near = context.resolver.nearDuplicate(a.surface, b.surface);
      if (!near.similar) continue;
      const where = (u: NameUse): string => joinWords([...u.sources].sort().map((s) => context.sourceLabel(s)));
      drafts.push({
        kind: 'name-variant',
        message: `${where(a)} write${a.sources.size === 1 ? 's' : ''} “${a.surface}”, ${where(b)} “${b.surface}” (${near.reason}); no alias table links them — add an alias if they are one entity, or note which source misspells the name`,
        sides: [a, b].map((u) => ({ label: `“${u.surface}” in ${where(u)}`, claims: u.claims.map(context.findingClaim) })),
        related: [],
        sourceGroups: sourceGroupsOf(context, [...a.claims, ...b.claims]),
        identity: `${a.folded}|${b.folded}`,
        data: { names: [a.surface, b.surface], score: near.score, resolved: [a.id ?? null, b.id ?? null] },
      });
    }
    return drafts;
  },
});

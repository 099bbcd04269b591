import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../../src/model/ids.js';
import type { RuleContext } from '../../../src/reconcile/rule.js';
import { entityKeys } from '../../../src/reconcile/entity-keys.js';
import { mentionsOf } from '../../../src/reconcile/rules/mentions.js';
import { groupSourcesOf } from '../../../src/reconcile/columns/source-column.js';
import { entityKey } from '../../../src/values/kinds/entity.js';
import { paxSilicaCorpus } from '../pax-silica-corpus.js';
import { contextOf, helperCorpora } from './captured-context.js';

/** Every entity key a claim of the context names (subject, entity value, member), per source. */
const everyQuestion = (context: RuleContext): Map<SourceId, Set<string>> => {
  const asked = new Map<SourceId, Set<string>>();
  for (const g of context.groups) {
    for (const c of g.claims) {
      const keys = asked.get(c.sourceId) ?? new Set<string>();
      asked.set(c.sourceId, keys);
      keys.add(c.subject);
      if (c.value.type === 'entity') keys.add(entityKey(c.value));
      if (c.value.type === 'entity-set') for (const m of c.value.members) keys.add(entityKey(m));
    }
  }
  return asked;
};

describe('mentionsOf: the claims of a source that name an entity, asked in one batch', () => {
  // A context `buildContext` made reads each claim's source index from grouping's column; a context made elsewhere
  // (here a proxy of it, which the column does not know) reads each claim's source id: the same answers.
  const paths = helperCorpora(7).flatMap(([name, make]) => [
    [`${name}, source indices from grouping`, make, true] as const,
    [`${name}, a context made elsewhere (source ids)`, make, false] as const,
  ]);
  it.each(paths)('answers as context.mentionsIn does, claim for claim and in order (%s)', (_name, make, fromGrouping) => {
    const built = contextOf(make());
    const context = fromGrouping ? built : new Proxy(built, {});
    expect(groupSourcesOf(context) !== undefined).toBe(fromGrouping);
    const asked = everyQuestion(context);
    const mentions = mentionsOf(context, asked);
    let answers = 0;
    for (const [source, keys] of asked) {
      for (const key of keys) {
        expect(mentions(source, key)).toEqual(context.mentionsIn(source, key));
        // the same group claims, not copies
        mentions(source, key).forEach((c, i) => expect(c).toBe(context.mentionsIn(source, key)[i]));
        answers += mentions(source, key).length;
      }
    }
    expect(answers).toBeGreaterThan(0);
  });

  it('answers only what it was asked: other sources and other entities have no mentions', () => {
    const context = contextOf(paxSilicaCorpus());
    const [source, keys] = [...everyQuestion(context)][0] as [SourceId, Set<string>];
    const [key, other] = [...keys] as [string, string];
    const mentions = mentionsOf(context, new Map([[source, new Set([key])]]));
    expect(mentions(source, key)).toEqual(context.mentionsIn(source, key));
    expect(mentions(source, other)).toEqual([]);
    const elsewhere = context.groups.flatMap((g) => g.claims).find((c) => c.sourceId !== source)?.sourceId as SourceId;
    expect(mentions(elsewhere, key)).toEqual([]);
  });

  it('walks no claim when nothing is asked', () => {
    const context = contextOf(paxSilicaCorpus());
    let walked = 0;
    const counting = new Proxy(context, { get: (target, p) => (p === 'groups' ? ((walked += 1), target.groups) : Reflect.get(target, p)) });
    expect(mentionsOf(counting, new Map())('x' as SourceId, 'y')).toEqual([]);
    expect(walked).toBe(0);
  });
});

describe('entityKeys: entityKey with each name folded once per run', () => {
  it.each([
    [{ name: 'the U.K.' }, 'name:uk'],
    [{ name: 'Côte d’Ivoire' }, entityKey({ name: 'Côte d’Ivoire' })],
    [{ name: 'UK', id: 'country:GB' }, 'country:GB'],
    [{ name: '' }, entityKey({ name: '' })],
  ])('%j → %s', (ref, key) => {
    const keyOf = entityKeys();
    expect(keyOf(ref)).toBe(key);
    expect(keyOf(ref)).toBe(key);
    expect(keyOf(ref)).toBe(entityKey(ref));
  });
});

/**
 * The shape of a message that puts values beside a predicate's label: what the
 * values are about first — the subject and the label, then a colon — and the
 * values after it, each with who gives it. A label is a noun ("population"), a
 * phrase ("spill events in 2025"), a verb ("launched on") or carries the unit
 * its values repeat ("spill events"); in no case does it run into a value
 * ("give Hartwell Water spill events in 2025 3,214"), and no sentence needs it
 * as a noun ("launched on has one true value").
 */
import { describe, expect, it } from 'vitest';
import { attributionConflictRule, membershipConflictRule, uncorroboratedRule, valueConflictRule } from '../../../src/reconcile/index.js';
import type { AnyRule, RuleExample } from '../../../src/reconcile/rule.js';
import { runExample } from '../fixture.js';

const SUBJECT = 'Hartwell Water';

/** Labels of every shape a claims folder gives. */
const LABELS = ['population', 'spill events in 2025', 'launched on', 'spill events'] as const;

/** Two values of a kind, as a claim writes them and as the message shows them. */
const KINDS = [
  { kind: 'count with a unit', valueType: 'quantity', a: ['3,214', { quantity: '3,214', unit: 'spill events' }], b: ['4,100', { quantity: '4,100', unit: 'spill events' }], shown: ['3,214', '4,100'] },
  { kind: 'money', valueType: 'quantity', a: ['£426 million', { quantity: '£426 million' }], b: ['£1.2bn', { quantity: '£1.2bn' }], shown: ['£426 million', '£1.2bn'] },
  { kind: 'date', valueType: 'date', a: ['17 November 2026', { date: '17 November 2026' }], b: ['3 December 2026', { date: '3 December 2026' }], shown: ['2026-11-17', '2026-12-03'] },
  { kind: 'name', valueType: 'entity', a: ['Thames Basin', { entity: 'Thames Basin' }], b: ['Severn Vale', { entity: 'Severn Vale' }], shown: ['Thames Basin', 'Severn Vale'] },
] as const;

type Kind = (typeof KINDS)[number];

/** Sources a and b, each giving its value of the kind (b's hedged and attributed where asked). */
const example = (label: string, k: Kind, b: Record<string, unknown> = {}, cardinality: 'functional' | 'multi' = 'functional'): RuleExample =>
  ({
    title: `${label} × ${k.kind}`,
    sources: [
      { id: 'a', text: `The regulator gave ${k.a[0]} for the company.` },
      { id: 'b', text: `The paper gave ${k.b[0]} for the company.` },
    ],
    predicates: [{ id: 'p', valueType: k.valueType, cardinality, label }],
    claims: [
      { id: 'ca', source: 'a', quote: k.a[0], subject: SUBJECT, predicate: 'p', value: k.a[1] },
      { id: 'cb', source: 'b', quote: k.b[0], subject: SUBJECT, predicate: 'p', value: k.b[1], ...b },
    ],
    findings: [],
  }) as unknown as RuleExample;

const messagesOf = (rule: AnyRule, e: RuleExample): string[] => runExample(rule, e).findings.map((f) => f.message);

/** Whether the label runs straight into one of the values ("spill events in 2025 3,214"). */
const runsOn = (message: string, label: string, shown: readonly string[]): boolean => shown.some((v) => message.includes(`${label} ${v}`));

const table = LABELS.flatMap((label) => KINDS.map((k) => ({ label, k, name: `${label} × ${k.kind}` })));

describe('messages with a label beside values: the label heads the message, the values follow its colon', () => {
  it.each(table)('value-conflict: $name', ({ label, k }) => {
    const messages = messagesOf(valueConflictRule, example(label, k));
    expect(messages).toHaveLength(1);
    const [message] = messages as [string];
    // The better-supported side comes first; with one source each, either may.
    const sides = message.slice(`${SUBJECT}, ${label}: `.length, message.indexOf(', and only one can be true')).replace(/ \(.*\)$/, '');
    expect(message.startsWith(`${SUBJECT}, ${label}: `)).toBe(true);
    expect([`a gives ${k.shown[0]}; b gives ${k.shown[1]}`, `b gives ${k.shown[1]}; a gives ${k.shown[0]}`]).toContain(sides);
    expect(runsOn(message, label, k.shown)).toBe(false);
  });

  it.each(table)('polarity-conflict: $name', ({ label, k }) => {
    const denied = example(label, { ...k, b: [k.a[0], k.a[1]] } as unknown as Kind, { polarity: 'negative' }, 'multi');
    expect(messagesOf(valueConflictRule, denied)).toEqual([`${SUBJECT}, ${label}: a says ${k.shown[0]}; b says it is not`]);
  });

  it.each(table)('uncorroborated: $name', ({ label, k }) => {
    const messages = messagesOf(uncorroboratedRule, example(label, k, {}, 'multi')).sort();
    expect(messages).toEqual([
      `${SUBJECT}, ${label}: only a gives ${k.shown[0]}; no other independent source says so`,
      `${SUBJECT}, ${label}: only b gives ${k.shown[1]}; no other independent source says so`,
    ]);
  });

  it.each(table)('attribution-conflict: $name', ({ label, k }) => {
    const same = example(label, { ...k, b: [k.a[0], k.a[1]] } as unknown as Kind, { attribution: { speaker: 'Dana Reyes' } });
    const claims = (same as unknown as { claims: Record<string, unknown>[] }).claims;
    (claims[0] as Record<string, unknown>).attribution = { speaker: 'Sam Okafor' };
    expect(messagesOf(attributionConflictRule, same)).toEqual([`${SUBJECT}, ${label}: a attributes ${k.shown[0]} to Sam Okafor; b to Dana Reyes`]);
  });
});

describe('lists: the label is the noun it is for a list, after a count or "among the"', () => {
  // A list's label names its members (membership-conflict): never a verb, so it reads as a noun in the sentence.
  it.each(['members', 'founding members of the 2025 alliance'])('%s', (label) => {
    const e = {
      title: label,
      sources: [
        { id: 'a', text: 'Its members are Leeds and York.' },
        { id: 'b', text: 'Leeds, York and Hull are among its members.' },
      ],
      predicates: [{ id: 'p', valueType: 'entity-set', cardinality: 'functional', label }],
      claims: [
        { id: 'ca', source: 'a', quote: 'Leeds and York', subject: SUBJECT, predicate: 'p', value: { members: ['Leeds', 'York'], list: 'closed' } },
        { id: 'cb', source: 'b', quote: 'Leeds, York and Hull', subject: SUBJECT, predicate: 'p', value: { members: ['Leeds', 'York', 'Hull'], list: 'open' } },
      ],
      findings: [],
    } as unknown as RuleExample;
    expect(messagesOf(membershipConflictRule, e)).toEqual([`b lists Hull among the ${label} of ${SUBJECT}; a names two ${label} without it`]);
  });
});

/** The text as a regular expression matching itself. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `baseline accept` / `prune` edit baseline.yaml in place: only the lines of
 * the entries that change differ, every other byte stays — comments, blank
 * lines, flow lists with and without padding, flow-mapping entries, the
 * list's indentation and CRLF line ends.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editBaselineText, type BaselineEdit } from '../../src/claims/baseline-document.js';
import { type BaselineEntry, BaselineSchema } from '../../src/model/baseline.js';

const A = 'value-conflict:aaaaaaaaaaaa';
const B = 'date-tension:bbbbbbbbbbbb';
const C = 'value-conflict:cccccccccccc';
const NEW = 'value-conflict:dddddddddddd';

/** The same baseline at two list indentations; entry C is a flow mapping. */
const baselineText = (pad: string): string =>
  [
    '# Reviewed by the night desk.',
    'findings:   # keep one entry per finding',
    `${pad}# The fare dispute: checked with the operator.`,
    `${pad}- id: ${A}`,
    `${pad}  rule: value-conflict`,
    `${pad}  verdict: real-conflict`,
    `${pad}  reason: "fares: €2 vs €3"     # quoted by hand`,
    `${pad}  reviewedBy: night desk`,
    `${pad}  disputed: [ [ "q:2::EUR" ], [ "q:3::EUR" ] ]`,
    `${pad}  fingerprint: abc111111111`,
    '',
    `${pad}- id: ${B}`,
    `${pad}  rule: date-tension`,
    `${pad}  verdict: tension`,
    `${pad}  reason: >-`,
    `${pad}    signing and announcement`,
    `${pad}    are different days`,
    `${pad}  reviewedBy: desk`,
    `${pad}  disputed: [[day:2026-03-01],[day:2026-03-04]]`,
    `${pad}- { id: ${C}, rule: value-conflict, verdict: dependence, reason: copied wire text, reviewedBy: desk }`,
    '# end of the reviewed findings',
    '',
  ].join('\n');

const entry = (id: string, fields: Partial<Record<keyof BaselineEntry, unknown>> = {}): BaselineEntry =>
  ({ id, rule: id.split(':')[0], verdict: 'real-conflict', reason: 'the papers disagree', reviewedBy: 'desk', ...fields }) as BaselineEntry;

const findingsOf = (text: string): readonly BaselineEntry[] => BaselineSchema.parse(parse(text)).findings;

/** Lines of `a` not in `b`, counted (a multiset difference). */
const linesOnlyIn = (a: readonly string[], b: readonly string[]): string[] => {
  const left = new Map<string, number>();
  for (const line of b) left.set(line, (left.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n === 0) return true;
    left.set(line, n - 1);
    return false;
  });
};

interface Case {
  readonly name: string;
  readonly edit: BaselineEdit;
  /** Lines (without the list's indentation) that go. */
  readonly removed: readonly string[];
  /** Lines (without the list's indentation) that come. */
  readonly added: readonly string[];
  /** The ids in the file afterwards, and the entry edited or added. */
  readonly ids: readonly string[];
  readonly changed?: BaselineEntry;
}

const cases: readonly Case[] = [
  {
    name: 'accept an existing block entry with a new verdict and fingerprint: only those lines',
    edit: { upsert: [entry(A, { verdict: 'tension', reason: 'fares: €2 vs €3', reviewedBy: 'night desk', disputed: [['q:2::EUR'], ['q:3::EUR']], fingerprint: 'abc222222222' })] },
    removed: ['  verdict: real-conflict', '  fingerprint: abc111111111'],
    added: ['  verdict: tension', '  fingerprint: abc222222222'],
    ids: [A, B, C],
    changed: entry(A, { verdict: 'tension', reason: 'fares: €2 vs €3', reviewedBy: 'night desk', disputed: [['q:2::EUR'], ['q:3::EUR']], fingerprint: 'abc222222222' }),
  },
  {
    name: 'accept the entry with a folded reason: the reason becomes one line, the unpadded flow list stays',
    edit: { upsert: [entry(B, { rule: 'date-tension', verdict: 'not-a-conflict', reason: 'two events', disputed: [['day:2026-03-01'], ['day:2026-03-04']], reviewedAt: '2026-03-05' })] },
    removed: ['  verdict: tension', '  reason: >-', '    signing and announcement', '    are different days'],
    added: ['  verdict: not-a-conflict', '  reason: two events', '  reviewedAt: 2026-03-05'],
    ids: [A, B, C],
    changed: entry(B, { rule: 'date-tension', verdict: 'not-a-conflict', reason: 'two events', disputed: [['day:2026-03-01'], ['day:2026-03-04']], reviewedAt: '2026-03-05' }),
  },
  {
    name: 'accept a flow-mapping entry: its one line is written again',
    edit: { upsert: [entry(C, { verdict: 'real-conflict', reason: 'not copied after all' })] },
    removed: [`- { id: ${C}, rule: value-conflict, verdict: dependence, reason: copied wire text, reviewedBy: desk }`],
    added: [`- { id: ${C}, rule: value-conflict, verdict: real-conflict, reason: not copied after all, reviewedBy: desk }`],
    ids: [A, B, C],
    changed: entry(C, { verdict: 'real-conflict', reason: 'not copied after all' }),
  },
  {
    name: 'accept a new finding: its lines are added after the last entry, nothing else changes',
    edit: { upsert: [entry(NEW, { disputed: [['q:1'], ['q:2']] })] },
    removed: [],
    added: [`- id: ${NEW}`, '  rule: value-conflict', '  verdict: real-conflict', '  reason: the papers disagree', '  reviewedBy: desk', '  disputed: [ [ q:1 ], [ q:2 ] ]'],
    ids: [A, B, C, NEW],
    changed: entry(NEW, { disputed: [['q:1'], ['q:2']] }),
  },
  {
    name: 'prune an entry: its lines go, its comment and the blank line stay',
    edit: { remove: [A] },
    removed: [`- id: ${A}`, '  rule: value-conflict', '  verdict: real-conflict', '  reason: "fares: €2 vs €3"     # quoted by hand', '  reviewedBy: night desk', '  disputed: [ [ "q:2::EUR" ], [ "q:3::EUR" ] ]', '  fingerprint: abc111111111'],
    added: [],
    ids: [B, C],
  },
  {
    name: 'prune the flow-mapping entry',
    edit: { remove: [C] },
    removed: [`- { id: ${C}, rule: value-conflict, verdict: dependence, reason: copied wire text, reviewedBy: desk }`],
    added: [],
    ids: [A, B],
  },
  {
    name: 'accept again with nothing changed: the file is byte for byte the same',
    edit: { upsert: [entry(C, { verdict: 'dependence', reason: 'copied wire text' })] },
    removed: [],
    added: [],
    ids: [A, B, C],
  },
];

describe.each([
  ['LF, list indented by two', '  ', '\n'],
  ['CRLF, list indented by two', '  ', '\r\n'],
  ['LF, list not indented', '', '\n'],
  ['CRLF, list indented by four', '    ', '\r\n'],
])('editBaselineText in place (%s)', (_layout, pad, eol) => {
  const before = baselineText(pad).replaceAll('\n', eol);
  const at = (lines: readonly string[]): string[] => lines.map((line) => `${pad}${line}${eol === '\r\n' ? '\r' : ''}`);

  it.each(cases)('$name', ({ edit, removed, added, ids, changed }) => {
    const edited = editBaselineText(before, edit);
    expect(edited.ok).toBe(true);
    const after = edited.ok ? edited.value : '';
    const oldLines = before.split('\n');
    const newLines = after.split('\n');
    expect(linesOnlyIn(oldLines, newLines).sort()).toEqual(at(removed).sort());
    expect(linesOnlyIn(newLines, oldLines).sort()).toEqual(at(added).sort());
    // No line lost its line end, and none came with another kind.
    if (eol === '\r\n') expect(after.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    else expect(after).not.toContain('\r');
    const findings = findingsOf(after);
    expect(findings.map((e) => e.id)).toEqual(ids);
    if (changed !== undefined) expect(findings.find((e) => e.id === changed.id)).toEqual(changed);
    // The entries not edited read back as they were.
    const untouched = (list: readonly BaselineEntry[]) => list.filter((e) => e.id !== changed?.id && ids.includes(e.id));
    expect(untouched(findings)).toEqual(untouched(findingsOf(before)));
  });
});

describe('editBaselineText in place: edge shapes', () => {
  it.each([
    ['no line end at the end of the file', `findings:\n  - { id: ${A}, rule: value-conflict, verdict: tension, reason: r, reviewedBy: desk }`],
    ['an empty flow list with a comment', 'findings: []   # nothing yet\n'],
    ['an empty flow list, CRLF', '# header\r\nfindings: []\r\n'],
  ])('adds to %s and the result reads back', (_name, text) => {
    const edited = editBaselineText(text, { upsert: [entry(NEW)] });
    const after = edited.ok ? edited.value : '';
    expect(findingsOf(after).map((e) => e.id)).toContain(NEW);
    expect(after.startsWith(text.split(/\r?\n/)[0]?.replace(/ *\[\].*$/, '') ?? '')).toBe(true);
    if (text.includes('\r\n')) expect(after.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('keeps a comment inside an entry when one of its fields changes', () => {
    const text = `findings:\n  - id: ${A}\n    rule: value-conflict\n    # asked the ministry on 3 March\n    verdict: tension\n    reason: r\n    reviewedBy: desk\n`;
    const edited = editBaselineText(text, { upsert: [entry(A, { verdict: 'real-conflict', reason: 'r' })] });
    expect(edited.ok && edited.value).toBe(text.replace('verdict: tension', 'verdict: real-conflict'));
  });

  it('writes a reason with a line break on one line, double-quoted', () => {
    const edited = editBaselineText(`findings:\n  - { id: ${A}, rule: value-conflict, verdict: tension, reason: r, reviewedBy: desk }\n  - id: ${B}\n    rule: date-tension\n    verdict: tension\n    reason: r\n    reviewedBy: desk\n`, {
      upsert: [entry(B, { rule: 'date-tension', verdict: 'tension', reason: 'two lines:\nthe second' })],
    });
    const after = edited.ok ? edited.value : '';
    expect(after).toContain('    reason: "two lines:\\nthe second"\n');
    expect(findingsOf(after)[1]?.reason).toBe('two lines:\nthe second');
  });
});

describe('editBaselineText in place: aliases', () => {
  it('writes an entry whose field is an alias again where it stands, and the file reads back', () => {
    const text = `findings:\n  - id: ${A}\n    rule: value-conflict\n    verdict: tension\n    reason: r\n    reviewedBy: &desk night desk\n  - id: ${B}\n    rule: date-tension\n    verdict: tension\n    reason: r\n    reviewedBy: *desk\n`;
    const edited = editBaselineText(text, { upsert: [entry(B, { rule: 'date-tension', verdict: 'real-conflict', reason: 'r', reviewedBy: 'night desk' })] });
    const after = edited.ok ? edited.value : '';
    expect(after.startsWith(text.split(`  - id: ${B}`)[0] ?? '')).toBe(true);
    expect(findingsOf(after).map((e) => [e.id, e.verdict, e.reviewedBy])).toEqual([
      [A, 'tension', 'night desk'],
      [B, 'real-conflict', 'night desk'],
    ]);
  });
});

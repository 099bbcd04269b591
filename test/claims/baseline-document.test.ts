/**
 * Editing baseline.yaml through the yaml Document API: entries are added,
 * replaced and removed; comments, the order of entries and how other entries
 * are written stay as the reviewers left them; what comes out reads back
 * with the baseline schema.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editBaselineText, NEW_BASELINE_TEXT } from '../../src/claims/baseline-document.js';
import { type BaselineEntry, BaselineSchema } from '../../src/model/baseline.js';

const entry = (id: string, fields: Partial<BaselineEntry> = {}): BaselineEntry =>
  ({ id, rule: id.split(':')[0], verdict: 'real-conflict', reason: 'the papers disagree', reviewedBy: 'desk', reviewedAt: '2026-01-12', fingerprint: 'abc123abc123', ...fields }) as BaselineEntry;

const EXISTING = `# Reviewed by the night desk.
findings:
  # The launch-date dispute: checked with the ministry.
  - id: date-tension:111111111111
    rule: date-tension
    verdict: tension
    reason: Dec 12 is the signing, Dec 24 the announcement   # see the notes
    reviewedBy: night desk
  - { id: value-conflict:222222222222, rule: value-conflict, verdict: real-conflict, reason: tenfold, reviewedBy: desk }
`;

const read = (text: string) => BaselineSchema.parse(parse(text));

describe('editBaselineText', () => {
  it('starts a new file with its explaining comment and the entries', () => {
    const edited = editBaselineText(undefined, { upsert: [entry('value-conflict:aaaaaaaaaaaa')] });
    expect(edited.ok).toBe(true);
    const text = edited.ok ? edited.value : '';
    expect(text.startsWith(NEW_BASELINE_TEXT.split('\n')[0] ?? '')).toBe(true);
    expect(read(text).findings).toEqual([entry('value-conflict:aaaaaaaaaaaa')]);
  });

  it('appends an entry and keeps every comment and the other entries as written', () => {
    const edited = editBaselineText(EXISTING, { upsert: [entry('value-conflict:aaaaaaaaaaaa')] });
    const text = edited.ok ? edited.value : '';
    // Everything as it was (the yaml library keeps comments; it writes one space before an end-of-line comment).
    const squeeze = (s: string) => s.replace(/ {2,}#/g, ' #');
    expect(squeeze(text).startsWith(squeeze(EXISTING).trimEnd())).toBe(true);
    expect(read(text).findings.map((e) => e.id)).toEqual(['date-tension:111111111111', 'value-conflict:222222222222', 'value-conflict:aaaaaaaaaaaa']);
  });

  it('replaces the fields of an entry with the same id, keeping its comments and place', () => {
    const edited = editBaselineText(EXISTING, { upsert: [entry('date-tension:111111111111', { verdict: 'not-a-conflict', reason: 'two different events' })] });
    const text = edited.ok ? edited.value : '';
    expect(text).toContain('# Reviewed by the night desk.');
    expect(text).toContain('# The launch-date dispute: checked with the ministry.');
    const findings = read(text).findings;
    expect(findings.map((e) => e.id)).toEqual(['date-tension:111111111111', 'value-conflict:222222222222']);
    expect(findings[0]).toEqual(entry('date-tension:111111111111', { verdict: 'not-a-conflict', reason: 'two different events' }));
  });

  it('removes entries, leaving the others and the file’s comments', () => {
    const edited = editBaselineText(EXISTING, { remove: ['value-conflict:222222222222'] });
    const text = edited.ok ? edited.value : '';
    expect(text).toContain('# Reviewed by the night desk.');
    expect(text).toContain('# see the notes');
    expect(read(text).findings.map((e) => e.id)).toEqual(['date-tension:111111111111']);
  });

  it.each([
    ['an empty flow list', 'findings: []\n'],
    ['an empty file', ''],
    ['a file of comments', '# nothing reviewed yet\n'],
    ['no findings key', 'notes: kept\n'],
  ])('adds to %s', (_name, text) => {
    const edited = editBaselineText(text, { upsert: [entry('value-conflict:aaaaaaaaaaaa')] });
    expect(edited.ok && read(edited.value).findings).toEqual([entry('value-conflict:aaaaaaaaaaaa')]);
  });

  it('writes long and awkward reasons so they read back the same (no folding, quoted where needed)', () => {
    const reason = `${'A very long reason that goes on and on. '.repeat(6)}It has: colons, # hashes, "quotes", 'apostrophes', a trailing space `;
    const edited = editBaselineText(undefined, { upsert: [entry('value-conflict:aaaaaaaaaaaa', { reason, reviewedBy: '- desk' })] });
    const text = edited.ok ? edited.value : '';
    expect(read(text).findings[0]).toMatchObject({ reason, reviewedBy: '- desk' });
    expect(text.split('\n').filter((l) => l.includes('A very long reason'))).toHaveLength(1);
  });

  it.each([
    ['YAML that does not parse', 'findings: [\n', 'yaml-syntax'],
    ['findings that are not a list', 'findings: 3\n', 'baseline-schema'],
    ['a document that is a list', '- a\n', 'baseline-schema'],
  ])('refuses %s (nothing to write)', (_name, text, code) => {
    const edited = editBaselineText(text, { upsert: [entry('value-conflict:aaaaaaaaaaaa')] });
    expect(edited.ok).toBe(false);
    expect(edited.messages[0]?.code).toBe(code);
  });
});

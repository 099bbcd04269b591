/**
 * YAML that nests deeper than the parser's stack (regression: reported as
 * `yaml-syntax` with the hint "fix the indentation, quoting..." for a file
 * whose syntax is fine; now `yaml-too-deep`, at the place, saying what to do).
 */
import { describe, expect, it } from 'vitest';
import { readYamlFile } from '../../src/claims/index.js';
import { settled } from '../../src/model/result.js';
import { flat } from '../support/flat-message.js';

describe('deeply nested YAML', () => {
  it.each([
    { name: 'flow sequences', text: `claims:\n  - note: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` },
    { name: 'flow mappings', text: `claims:\n  - note: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}\n` },
    { name: 'block sequences', text: `claims:\n${Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(2 * i + 2)}-`).join('\n')} x\n` },
  ])('$name: yaml-too-deep with a place and a hint, no exception', ({ text }) => {
    const read = readYamlFile('claims/deep.yaml', text);
    expect(read.ok).toBe(false);
    expect(settled(read).value).toBeUndefined();
    expect(read.messages.length).toBeGreaterThan(0);
    for (const d of read.messages.map(flat)) {
      expect(d).toMatchObject({ code: 'yaml-too-deep', severity: 'error', file: 'claims/deep.yaml' });
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.hint).toContain('nest too deeply');
    }
  });

  it('nesting a few hundred levels deep still reads', () => {
    const read = readYamlFile('claims/deep.yaml', `a: ${'['.repeat(300)}1${']'.repeat(300)}\n`);
    expect(read.messages).toEqual([]);
    expect(settled(read).value).toBeDefined();
  });
});

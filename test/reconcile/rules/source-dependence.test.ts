import { describe, expect, it } from 'vitest';
import { sourceDependenceRule } from '../../../src/reconcile/index.js';
import { REPEATED_PARAGRAPH } from '../../../src/reconcile/rules/examples/source-dependence.js';
import { runExample } from '../fixture.js';

/** The passage as detected: from its first word to its last (the final full stop is not a word). */
const PASSAGE = REPEATED_PARAGRAPH.slice(0, -1);

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
describe('source-dependence', () => {
  it('notes each shared passage with its span in both sources', () => {
    const example = sourceDependenceRule.meta.examples[0];
    const [f] = runExample(sourceDependenceRule, example).findings;
    expect(f?.related.map((n) => [n.sourceId, n.span?.quote.exact])).toEqual([
      ['000', PASSAGE],
      ['003', PASSAGE],
    ]);
    const text003 = example?.sources[1]?.text ?? '';
    const span = f?.related[1]?.span;
    expect(text003.slice(span?.position.start, span?.position.end)).toBe(PASSAGE);
    expect(REPEATED_PARAGRAPH.match(/[\p{L}\p{N}]+/gu)?.length).toBe(35);
  });
});

/**
 * Bidirectional controls in source or claim text (regression: they reached
 * the Markdown report raw, so a quote could display reordered, the "Trojan
 * Source" trick). The report shows them as visible markers.
 */
import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, markdownBlockQuote } from '../../src/report/markdown-escape.js';

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('bidi controls in report text', () => {
  it.each(CONTROLS.map((c) => ({ c, hex: c.charCodeAt(0).toString(16).toUpperCase() })))('U+$hex is shown as a marker, never obeyed', ({ c, hex }) => {
    const out = escapeMarkdownInline(`worth ${c}$12 billion`);
    expect(out).toBe(`worth \u27E8U+${hex}\u27E9$12 billion`);
    expect(markdownBlockQuote(`a\n${c}b`)).toBe(`> a\n> \u27E8U+${hex}\u27E9b`);
  });

  it('leaves right-to-left text and the LRM/RLM marks alone', () => {
    expect(escapeMarkdownInline('שלום \u200Fעולם مرحبا\u200E')).toBe('שלום \u200Fעולם مرحبا\u200E');
  });
});

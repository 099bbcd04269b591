/**
 * Leading white space in source or claim text (regression: a quoted line or
 * a message starting with four spaces or a tab became an indented code block
 * in the Markdown report). Leading white space is dropped; rendered Markdown
 * drops it anyway.
 */
import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, markdownBlockQuote } from '../../src/report/markdown-escape.js';

describe('leading white space in report text', () => {
  it.each([
    ['four spaces', '    code injected', 'code injected'],
    ['a tab', '\tcode injected', 'code injected'],
    ['spaces before a heading marker', '      # heading', '\\# heading'],
    ['spaces inside a line stay', 'a    b', 'a    b'],
  ])('%s', (_, input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });

  it('never opens a code block inside a block quote', () => {
    expect(markdownBlockQuote('Officials said:\n    the reserve\n\tis worth $12 billion')).toBe('> Officials said:\n> the reserve\n> is worth $12 billion');
  });
});

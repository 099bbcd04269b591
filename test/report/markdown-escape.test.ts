import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, markdownBlockQuote, markdownCode } from '../../src/report/markdown-escape.js';

describe('escapeMarkdownInline', () => {
  it.each([
    ['plain words stay as they are', 'Singapore, Australia and Japan', 'Singapore, Australia and Japan'],
    ['HTML is entity-encoded', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an ampersand is encoded', 'S&P 500', 'S&amp;P 500'],
    ['pipes cannot close a table cell', 'a | b', 'a \\| b'],
    ['emphasis markers are escaped', '**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_'],
    ['backticks are escaped', 'run `rm -rf`', 'run \\`rm -rf\\`'],
    ['link brackets are escaped', '[click](http://x.test)', '\\[click\\](http://x.test)'],
    ['a heading marker at the start is escaped', '# Breaking', '\\# Breaking'],
    ['a list marker at the start is escaped', '- item', '\\- item'],
    ['an ordered-list marker at the start is escaped', '1. first', '1\\. first'],
    ['newlines become spaces', 'line one\n# line two', 'line one # line two'],
    ['strikethrough is escaped', '~~gone~~', '\\~\\~gone\\~\\~'],
    ['a hyphen inside a line is kept', 'US-led move', 'US-led move'],
  ])('%s', (_, input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });
});

describe('markdownBlockQuote', () => {
  it('quotes every line and escapes line-start markers', () => {
    expect(markdownBlockQuote('# Title\n- item\nplain')).toBe('> \\# Title\n> \\- item\n> plain');
  });
});

describe('markdownCode', () => {
  it.each([
    ['plain', 'claim-1', '`claim-1`'],
    ['with a backtick inside', 'a`b', '`` a`b ``'],
    ['with a run of backticks', 'x```y', '```` x```y ````'],
  ])('%s', (_, input, expected) => {
    expect(markdownCode(input)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { html } from '../../src/report/html/html.js';
import { escapeHtmlAttribute, escapeHtmlText } from '../../src/report/html-escape.js';
import { escapeXmlText } from '../../src/formats/junit.js';
import { escapeMarkdownInline } from '../../src/report/markdown-escape.js';

describe('escapeHtmlText and escapeHtmlAttribute', () => {
  it.each([
    ['plain words', 'Singapore, Australia and Japan', 'Singapore, Australia and Japan', 'Singapore, Australia and Japan'],
    ['a tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an ampersand, also one that looks like an entity', 'S&P &amp; co', 'S&amp;P &amp;amp; co', 'S&amp;P &amp;amp; co'],
    ['double quotes close an attribute, not a text node', 'x" onerror="alert(1)', 'x" onerror="alert(1)', 'x&quot; onerror=&quot;alert(1)'],
    ["single quotes close a single-quoted attribute", "it's", "it's", 'it&#39;s'],
    ['other characters stay', 'café — 10 %, ⟨U+202E⟩', 'café — 10 %, ⟨U+202E⟩', 'café — 10 %, ⟨U+202E⟩'],
  ])('%s', (_, input, asText, asAttribute) => {
    expect(escapeHtmlText(input)).toBe(asText);
    expect(escapeHtmlAttribute(input)).toBe(asAttribute);
  });
});

describe('the escapers that build on them', () => {
  const hostile = `<b title='x'>"S&P"</b>`;

  it('the html template escapes every interpolation for an attribute, wherever it lands', () => {
    expect(html`<p title="${hostile}">${hostile}</p>`.markup).toBe(
      `<p title="${escapeHtmlAttribute(hostile)}">${escapeHtmlAttribute(hostile)}</p>`,
    );
  });

  it('Markdown words and JUnit XML text encode the text characters only', () => {
    expect(escapeMarkdownInline('S&P <b>')).toBe(escapeHtmlText('S&P <b>'));
    expect(escapeXmlText(hostile)).toBe(escapeHtmlText(hostile));
  });
});

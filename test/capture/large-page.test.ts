/**
 * A 20 MB saved page is captured within the documented limits
 * (docs/limits.md): the whole article, in order, no script text, its
 * navigation listed as non-content. No timing assertion: the figure is
 * measured in docs/limits.md.
 */
import { describe, expect, it } from 'vitest';
import { captureSource, MAX_PAGE_BYTES } from '../../src/capture/index.js';

const page = (bytes: number): { html: string; paragraphs: number } => {
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big</title></head><body><nav>', ...Array.from({ length: 50 }, (_, i) => `<a href="/${i}">Section ${i}</a> `), '</nav><article><h1>Big</h1>'];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const p = `<p>Paragraph ${n} says the harbour handled ${n % 97} thousand tonnes of cargo in week ${n % 52}, the port said.</p><script>var x${n % 7} = "SCRIPT";</script>\n`;
    parts.push(p);
    size += p.length;
    n += 1;
  }
  parts.push('</article><footer>© Footer</footer></body></html>');
  return { html: parts.join(''), paragraphs: n };
};

describe('a 20 MB page', () => {
  it('is captured whole, in order, without script text', () => {
    const { html, paragraphs } = page(20 * 1024 * 1024);
    const bytes = new TextEncoder().encode(html);
    expect(bytes.length).toBeLessThan(MAX_PAGE_BYTES);
    const result = captureSource(bytes, { fileName: 'big.html' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { text } = result.value;
    expect(text).toContain('Paragraph 0 says');
    expect(text).toContain(`Paragraph ${paragraphs - 1} says`);
    expect(text.indexOf('Paragraph 1 says')).toBeLessThan(text.indexOf('Paragraph 2 says'));
    expect(text).not.toContain('SCRIPT');
    expect(result.value.nonContent.map((n) => n.kind)).toContain('navigation');
  }, 300_000);
});

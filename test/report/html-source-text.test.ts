/**
 * One source's text with highlights and marked regions: however ranges
 * overlap, nest, touch or run past the text, the element's text is the
 * source's text, each highlight's pieces read exactly as its range, regions
 * are marked from their start, and the links after a highlight follow its end.
 */
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../src/report/html/evidence-index.js';
import { html } from '../../src/report/html/html.js';
import { renderSourceText, type TextRegion } from '../../src/report/html/render-source-text.js';
import { attr, byClass, elements, type Element, hasClass, parseHtml, placeHighlights, textOf } from './html-dom.js';

const TEXT = 'Alpha beta gamma delta epsilon zeta eta theta.';

const hl = (start: number, end: number, claims: readonly string[] = ['c']): Highlight => ({ id: `hl-${start}-${end}`, sourceId: 's', start, end, claimIds: claims });

const render = (text: string, highlights: readonly Highlight[], regions: readonly TextRegion[] = []): Element => {
  const markup = renderSourceText(text, highlights, regions, {
    refsOf: (h) => h.claimIds.map((c) => ({ href: `claim-${c}`, mark: c, label: `claim ${c}` })),
    kindOf: (h) => (h.claimIds.length > 0 ? 'claim' : 'passage'),
  });
  return parseHtml(html`<div id="t">${markup}</div>`.markup);
};

const textElement = (root: Element): Element => elements(root).find((el) => attr(el, 'id') === 't') as Element;

describe('renderSourceText', () => {
  it.each([
    ['one highlight', [hl(6, 10)]],
    ['two apart', [hl(0, 5), hl(11, 16)]],
    ['touching', [hl(0, 5), hl(5, 10)]],
    ['overlapping', [hl(0, 10), hl(6, 16)]],
    ['nested', [hl(0, 30), hl(6, 10), hl(11, 16)]],
    ['identical ranges of two claims', [hl(6, 10, ['a', 'b'])]],
    ['three deep', [hl(0, 20), hl(2, 18), hl(4, 16)]],
    ['the whole text', [hl(0, TEXT.length)]],
    ['a passage with no claim', [hl(17, 22, [])]],
  ])('%s: the text is intact and every highlight reads as its range', (_name, highlights) => {
    const root = textElement(render(TEXT, highlights));
    const { text, highlights: placed } = placeHighlights(root);
    expect(text).toBe(TEXT);
    for (const h of highlights) {
      expect(placed.get(h.id), h.id).toEqual({ start: h.start, end: h.end, text: TEXT.slice(h.start, h.end), contiguous: true });
      // An anchor marks the start; the links to the claims follow the end.
      expect(elements(root).filter((el) => attr(el, 'id') === h.id && hasClass(el, 'anchor'))).toHaveLength(1);
    }
  });

  it('shades overlaps by depth and says which highlights are claims’ evidence', () => {
    const root = textElement(render(TEXT, [hl(0, 20), hl(2, 18), hl(4, 16), hl(30, 35, [])]));
    const marks = elements(root).filter((el) => el.tagName === 'mark');
    expect(marks.map((m) => [textOf(m), attr(m, 'class')])).toEqual([
      ['Al', 'hl d1 claim'],
      ['ph', 'hl d2 claim'],
      ['a beta gamma', 'hl d3 claim'],
      [' d', 'hl d2 claim'],
      ['el', 'hl d1 claim'],
      [' zeta', 'hl d1 passage'],
    ]);
  });

  it('puts the links to a highlight’s claims right after its last word, as generated content', () => {
    const root = textElement(render(TEXT, [hl(6, 10, ['a', 'b']), hl(0, 10, ['c'])]));
    const order = elements(root)
      .filter((el) => el.tagName === 'mark' || hasClass(el, 'ref'))
      .map((el) => (el.tagName === 'mark' ? textOf(el) : `[${attr(el, 'data-n')}]`));
    expect(order).toEqual(['Alpha ', 'beta', '[a]', '[b]', '[c]']);
    expect(byClass(root, 'ref').every((a) => textOf(a) === '' && attr(a, 'aria-label')?.startsWith('claim '))).toBe(true);
  });

  it('marks non-content and AI-labelled regions from their start, around and across highlights, within the text', () => {
    const regions: TextRegion[] = [
      { start: 0, end: 11, kind: 'non-content', label: 'not content: navigation', title: 'menu' },
      { start: 23, end: 200, kind: 'ai', label: 'AI-labelled: “x”', language: 'sv' },
      { start: 5, end: 5, kind: 'ai', label: 'empty' },
    ];
    const root = textElement(render(TEXT, [hl(6, 30)], regions));
    expect(placeHighlights(root).text).toBe(TEXT);
    expect(placeHighlights(root).highlights.get('hl-6-30')?.text).toBe(TEXT.slice(6, 30));
    const firsts = elements(root).filter((el) => hasClass(el, 'first'));
    expect(firsts.map((el) => [attr(el, 'class'), attr(el, 'data-label'), attr(el, 'lang') ?? null])).toEqual([
      ['region nc first', 'not content: navigation', null],
      ['region ai first', 'AI-labelled: “x”', 'sv'],
    ]);
    const covered = (kind: string): string =>
      elements(root)
        .filter((el) => hasClass(el, 'region') && hasClass(el, kind))
        .map(textOf)
        .join('');
    expect(covered('nc')).toBe(TEXT.slice(0, 11));
    expect(covered('ai')).toBe(TEXT.slice(23));
  });

  it('escapes the text and shows bidi controls instead of obeying them', () => {
    const text = 'a <script>x</script> \u202Eb';
    const root = textElement(render(text, [hl(2, 10)]));
    expect(elements(root).filter((el) => el.tagName === 'script')).toEqual([]);
    expect(placeHighlights(root).text).toBe('a <script>x</script> \u27E8U+202E\u27E9b');
  });
});

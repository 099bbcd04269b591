/**
 * The depth `tooDeep` counts is the depth of the DOM linkedom builds from the same page: each case
 * is parsed with linkedom, and the deepest element found there (and the elements that lead to it)
 * must be what `tooDeep` reports one level below that depth, and nothing at that depth. An element
 * closed by its own start tag (a void element, a self-closing one in SVG or MathML) holds nothing
 * and is not counted; linkedom serializes exactly those without an end tag of their own.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tooDeep } from '../../src/capture/page-depth.js';

interface DomElement {
  readonly localName: string;
  readonly outerHTML: string;
  readonly children: ArrayLike<DomElement>;
}

/** Whether linkedom wrote the element with an end tag of its own (void and self-closed ones have none). */
const holdsContent = (element: DomElement): boolean => element.outerHTML.toLowerCase().endsWith(`</${element.localName.toLowerCase()}>`);

/** The first element, in document order, at the greatest depth linkedom built, with the tags from the root down to it. */
const deepestInDom = (html: string): string[] => {
  const { document } = parseHTML(html) as unknown as { document: { children: ArrayLike<DomElement> } };
  let deepest: string[] = [];
  const walk = (elements: ArrayLike<DomElement>, path: readonly string[]): void => {
    for (const element of Array.from(elements)) {
      if (!holdsContent(element)) continue;
      const here = [...path, element.localName.toLowerCase()];
      if (here.length > deepest.length) deepest = here;
      walk(element.children, here);
    }
  };
  walk(document.children, []);
  return deepest;
};

describe('tooDeep counts the depth linkedom builds', () => {
  it.each([
    ['void elements', '<html><body><div><br><img src="a>b"><hr><input><wbr><meta charset="utf-8"><link rel="x"></div></body></html>'],
    ['a void element written as an end tag', '<html><body><div></br><span>x</span></div></body></html>'],
    ['<p> closed by the next <p>', '<html><body><p>a<p>b<p><b>c</b></body></html>'],
    ['<p> closed by a block', '<html><body><p>a<div><p>b<section><i>c</i></section></div></body></html>'],
    ['<li> closed by the next <li>', '<html><body><ul><li>1<li><b>2</b><li>3<ol><li>a<li><i>b</i></ol></ul></body></html>'],
    ['<td> and <tr> closed by the next one', '<html><body><table><tr><td>1<td><b>2</b><tr><th>h<td><i><u>3</u></i></table></body></html>'],
    ['<dt>/<dd>, <option>, <rt>', '<html><body><dl><dt>a<dd><b>b</b><dt>c</dl><select><option>a<option>b</select><ruby>x<rt>y<rp>z</ruby></body></html>'],
    ['raw text in <script> and <style>', '<html><head><style>a<b{}</style></head><body><script>"<div><div><div></div>"</script></body></html>'],
    ['raw text in <textarea> and <title>', '<html><head><title><b><i>t</i></b></title></head><body><textarea><div><div><div></textarea></body></html>'],
    ['comments', '<html><body><!-- <div><div><div> --><p>x</p><!----><!--><div>--></body></html>'],
    ['CDATA and self-closing elements in SVG', '<html><body><svg><![CDATA[<g><g><g>]]><g/><g><path d="M0"/></g></svg></body></html>'],
    ['self-closing syntax in HTML does not close', '<html><body><div/><div/><span/>x</body></html>'],
    ['MathML', '<html><body><math><mi/><mrow><mi>x</mi></mrow></math></body></html>'],
    ['upper case and stray end tags', '<HTML><Body></span></b><DIV><div></x></DIV>text</div></body></html>'],
    ['unclosed inline elements', '<html><body>' + '<b><i><u>'.repeat(5) + 'x</body></html>'],
    ['no <html> or <body>', '<div><div><p>a<p>b</div></div>'],
  ])('%s', (_, html) => {
    const deepest = deepestInDom(html);
    expect(deepest.length).toBeGreaterThan(1);
    expect(tooDeep(html, deepest.length)).toBeUndefined();
    expect(tooDeep(html, deepest.length - 1)?.path).toEqual(deepest);
  });

  it('places the refusal at the start tag of the first element past the limit', () => {
    const html = '<html><body><div><p>a</p><section id="s">b</section></div></body></html>';
    expect(tooDeep(html, 3)?.offset).toBe(html.indexOf('<p>'));
    expect(tooDeep('<html><body><br><hr><div>x</div></body></html>', 2)?.offset).toBe('<html><body><br><hr>'.length);
  });
});

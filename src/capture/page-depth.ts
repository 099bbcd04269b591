/**
 * How deeply an HTML page nests its elements, measured on its text before
 * it is parsed: deep nesting is quadratic twice over — the HTML parser
 * under linkedom keeps its open elements in an array it `unshift`s (100,000
 * nested `<div>`s took 11 s to parse, 200,000 took 39 s) and Readability's
 * scoring walks each paragraph's ancestors (5,000 nested `<div>`s did not
 * finish in 90 s). A page nested past `MAX_PAGE_DEPTH` is refused
 * (`page-too-deep`) instead of being parsed.
 */

/**
 * The deepest nesting of elements an HTML page may have (`<html>` is 1).
 * Real pages nest far less: the pages under test/fixtures nest 6–8 deep,
 * and Lighthouse already calls a DOM more than 32 deep excessive.
 * Readability's time per byte grows with the nesting: an article wrapped in
 * 128 `<div>`s was captured in 0.46 s against 0.25 s at 32, but in 1.2 s at
 * 256 and 3.1 s at 384 (docs/limits.md), so the limit stays near where real
 * pages end.
 */
export const MAX_PAGE_DEPTH = 128;

/** Where a page first nests past a depth. */
export interface TooDeep {
  /** The open elements from the outermost down to the first past the limit, by tag name. */
  readonly path: readonly string[];
  /** The UTF-16 offset of that element's start tag in the page. */
  readonly offset: number;
}

// The HTML parser's rules (htmlparser2, which linkedom uses), so that the depth counted is the depth it builds:
// elements that never have children, elements whose start closes open ones ("<p>a<p>b" are siblings), and
// elements whose content is text up to their end tag.
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const TABLE_SECTION = new Set(['thead', 'tbody']);
const CLOSES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DD_DT], ['dt', DD_DT],
  ['rt', RT_RP], ['rp', RT_RP], ['tbody', TABLE_SECTION], ['tfoot', TABLE_SECTION],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (tag) => [tag, P] as const,
  ),
]);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['svg', 'math']);

const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSpaceOrEnd = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;

/**
 * The first element of `html` nested deeper than `limit`, with the open
 * elements that lead to it; `undefined` when the page is no deeper. One
 * pass over the text that stops past the limit, so at most `limit + 1`
 * elements are ever open: linear in the page, whatever its nesting.
 *
 * @example
 * tooDeep('<html><body><div><div>x</div></div></body></html>', 3)?.path // ['html', 'body', 'div', 'div']
 */
export const tooDeep = (html: string, limit: number = MAX_PAGE_DEPTH): TooDeep | undefined => {
  const open: string[] = [];
  let foreign = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    const at = i;
    const c = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    if (c === 33 || c === 63) {
      // <!doctype …>, <![CDATA[…]]>, <?…>: no element.
      const end = html.indexOf('>', i + 2);
      i = end === -1 ? -1 : html.indexOf('<', end + 1);
      continue;
    }
    const closing = c === 47;
    const nameAt = closing ? i + 2 : i + 1;
    if (!isNameStart(html.charCodeAt(nameAt))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let e = nameAt;
    while (e < html.length && !isSpaceOrEnd(html.charCodeAt(e))) e += 1;
    const name = html.slice(nameAt, e).toLowerCase();
    // The end of the tag: the first `>` outside a quoted attribute value.
    let quote = 0;
    while (e < html.length) {
      const ch = html.charCodeAt(e);
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === 34 || ch === 39) quote = ch;
      else if (ch === 62) break;
      e += 1;
    }
    const selfClosing = html.charCodeAt(e - 1) === 47;
    if (closing) {
      if (!VOID.has(name)) {
        const k = open.lastIndexOf(name);
        if (k !== -1) {
          for (let j = k; j < open.length; j += 1) if (FOREIGN.has(open[j] as string)) foreign -= 1;
          open.length = k;
        }
      }
      i = html.indexOf('<', e + 1);
      continue;
    }
    const closes = CLOSES.get(name);
    if (closes !== undefined) while (open.length > 0 && closes.has(open[open.length - 1] as string)) open.pop();
    if (!VOID.has(name) && !(selfClosing && foreign > 0)) {
      open.push(name);
      if (FOREIGN.has(name)) foreign += 1;
      if (open.length > limit) return { path: [...open], offset: at };
      if (RAW_TEXT.has(name) && foreign === 0) {
        // Text up to its end tag, whatever it holds.
        const end = new RegExp(`</${name}`, 'gi');
        end.lastIndex = e + 1;
        const found = end.exec(html);
        if (found === null) return undefined;
        open.pop();
        e = html.indexOf('>', found.index);
        if (e === -1) return undefined;
      }
    }
    i = html.indexOf('<', e + 1);
  }
  return undefined;
};

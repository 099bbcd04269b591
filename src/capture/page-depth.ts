/**
 * How deeply an HTML page nests its elements, measured before the page is
 * built into a DOM: deep nesting is quadratic twice over — the HTML parser
 * under linkedom keeps its open elements in an array it `unshift`s (100,000
 * nested `<div>`s took 11 s to parse, 200,000 took 39 s) and Readability's
 * scoring walks each paragraph's ancestors (5,000 nested `<div>`s did not
 * finish in 90 s). A page nested past `MAX_PAGE_DEPTH` is refused
 * (`page-too-deep`) instead of being parsed into a DOM.
 */
import { Parser } from 'htmlparser2';

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

// The options linkedom parses with (linkedom/esm/shared/parse-from-string.js), so that the depth counted is
// the depth it builds.
const LINKEDOM_OPTIONS = { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false } as const;

/**
 * The first element of `html` nested deeper than `limit`, with the open
 * elements that lead to it; `undefined` when the page is no deeper.
 *
 * The page is read by the HTML parser linkedom uses (htmlparser2's
 * `Parser`), with its rules for void elements, implied ends (`<p>a<p>b`
 * are siblings), raw text (`<script>`, `<style>`, `<textarea>`, `<title>`),
 * comments and SVG/MathML, so the depth counted is the depth linkedom
 * builds. An element closed by the very tag that opened it (a void element,
 * a self-closing one inside SVG or MathML) holds nothing and is not
 * counted. Parsing pauses at the first element past the limit, so at most
 * `limit + 1` elements are ever open, in this scan and in the parser:
 * linear in the page, whatever its nesting.
 *
 * @example
 * tooDeep('<html><body><div><div>x</div></div></body></html>', 3)?.path // ['html', 'body', 'div', 'div']
 */
export const tooDeep = (html: string, limit: number = MAX_PAGE_DEPTH): TooDeep | undefined => {
  const open: string[] = [];
  // The start of the element open past the limit, until the next event shows whether it holds anything.
  let pastAt = -1;
  let found: TooDeep | undefined;
  const settle = (): void => {
    if (pastAt === -1 || found !== undefined) return;
    found = { path: [...open], offset: pastAt };
    parser.pause();
  };
  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        settle();
        if (found !== undefined) return;
        open.push(name);
        if (open.length > limit) pastAt = parser.startIndex;
      },
      onclosetag() {
        // Closed by its own start tag (the parser has not moved past it): it holds nothing.
        if (pastAt !== -1 && parser.startIndex === pastAt) pastAt = -1;
        settle();
        if (found === undefined) open.pop();
      },
      ontext: settle,
      oncomment: settle,
      oncdatastart: settle,
      onprocessinginstruction: settle,
      onend: settle,
    },
    LINKEDOM_OPTIONS,
  );
  parser.end(html);
  return found;
};

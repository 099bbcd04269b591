/**
 * A page's visible text as blocks (paragraphs, headings, list items, table
 * rows), in reading order, each with what its ancestors say about it (tag
 * names, ids, classes, roles), so that dropped blocks can be told apart as
 * navigation, cookie banners or related links. Script, style, template,
 * hidden elements and other non-rendered content never reach the text.
 * The walk is iterative, so deeply nested pages cannot overflow the stack.
 */

/** The part of a DOM node this module reads (linkedom and the browser DOM both fit). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly localName?: string;
  getAttribute?(name: string): string | null;
}

/** One block of visible text. */
export interface PageBlock {
  /** The text, white space collapsed (line breaks from `<br>` kept). */
  readonly text: string;
  /** Lower-case tag names, ids, classes, roles and ARIA labels of the block and its ancestors, nearest first. */
  readonly context: readonly string[];
  /** The block's text nodes' texts (trimmed, collapsed), to match against an extraction. */
  readonly pieces: readonly string[];
  /** Whether the block is a heading (h1–h6). */
  readonly heading: boolean;
  /** Whether every word of the block is a link to a place in the same page (`href="#…"`): a table of contents or a "Key events" list. */
  readonly inPageLinks?: boolean;
  /** The texts of the block's links (`<a href>`), when every word of the block is inside one: a row of links, such as a nav bar. */
  readonly linkTexts?: readonly string[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never rendered as text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'head', 'title', 'meta', 'link', 'base', 'select', 'option', 'datalist', 'button', 'input', 'textarea', 'audio', 'video', 'source', 'track', 'map', 'area', 'dialog',
]);

/** Elements that start and end a block. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'html', 'center', 'legend', 'menu',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELLS = new Set(['td', 'th']);

const isHidden = (el: DomNode): boolean => {
  const get = el.getAttribute?.bind(el);
  if (get === undefined) return false;
  if (get('hidden') !== null) return true;
  if ((get('aria-hidden') ?? '').toLowerCase() === 'true') return true;
  const style = (get('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
};

/** What an element says about itself, for classifying the blocks inside it. */
const describe = (el: DomNode): string => {
  const get = el.getAttribute?.bind(el);
  const parts = [el.localName ?? ''];
  if (get !== undefined) {
    for (const name of ['id', 'class', 'role', 'aria-label', 'itemprop', 'data-testid']) {
      const value = get(name);
      if (value !== null && value.length > 0) parts.push(value.slice(0, 200));
    }
  }
  return parts.join(' ').toLowerCase();
};

/** A link to a place in the same page: `href="#…"` (not a bare "#", which scripts use for buttons). */
const isInPageLink = (el: DomNode): boolean => /^#[^#\s]+$/.test((el.getAttribute?.('href') ?? '').trim());

/** A link: an `<a>` with an `href`. */
const hasHref = (el: DomNode): boolean => (el.getAttribute?.('href') ?? null) !== null;

const collapse = (s: string): string => s.replace(/[ \t\n\r\f\u00a0]+/g, ' ');

/**
 * The visible text blocks under `root` (a document's `body`, or an extracted
 * article element).
 *
 * @example
 * pageBlocks(parseHTML('<body><p>One</p><nav>Home</nav></body>').document.body)
 * // [{ text: 'One', context: ['p', 'body'], … }, { text: 'Home', context: ['nav', 'body'], … }]
 */
export const pageBlocks = (root: DomNode): PageBlock[] => {
  const blocks: PageBlock[] = [];
  const contextStack: string[] = [];
  let line = '';
  let lines: string[] = [];
  let pieces: string[] = [];
  let pre = 0;
  let heading = 0;
  let blockHeading = false;
  // Depth inside <a href="#…">, and whether the block has words outside such links / inside them.
  let inPageLink = 0;
  let wordsOutsideLinks = false;
  let wordsInLinks = false;
  // Depth inside any <a href>, the texts of the block's links, and whether a word stands outside them.
  let link = 0;
  let linkTexts: string[] = [];
  let wordsOutsideAnyLink = false;

  const flushLine = (): void => {
    const t = pre > 0 ? line.replace(/\s+$/, '') : line.trim();
    if (t.length > 0) lines.push(t);
    line = '';
  };
  const flush = (): void => {
    flushLine();
    if (lines.length > 0) {
      const texts = linkTexts.map((t) => t.trim()).filter((t) => /[\p{L}\p{N}]/u.test(t));
      blocks.push({
        text: lines.join('\n'),
        context: [...contextStack].reverse(),
        pieces,
        heading: blockHeading,
        ...(wordsInLinks && !wordsOutsideLinks ? { inPageLinks: true } : {}),
        ...(texts.length > 0 && !wordsOutsideAnyLink ? { linkTexts: texts } : {}),
      });
    }
    linkTexts = [];
    wordsOutsideAnyLink = false;
    lines = [];
    pieces = [];
    blockHeading = false;
    wordsOutsideLinks = false;
    wordsInLinks = false;
  };
  const append = (raw: string): void => {
    if (pre > 0) {
      const parts = raw.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) flushLine();
        line += part;
      });
    } else {
      const text = collapse(raw);
      if (text === ' ' && (line.length === 0 || line.endsWith(' '))) return;
      line += line.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
    }
    const piece = collapse(raw).trim();
    if (piece.length > 0) {
      pieces.push(piece);
      if (heading > 0) blockHeading = true;
      if (inPageLink > 0) wordsInLinks = true;
      else wordsOutsideLinks = true;
      if (link > 0) linkTexts[linkTexts.length - 1] += ` ${piece}`;
      else if (/[\p{L}\p{N}]/u.test(piece)) wordsOutsideAnyLink = true;
    }
  };

  // Iterative depth-first walk; `exit` entries close an element.
  type Step = { readonly node: DomNode; readonly exit: boolean };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as Step;
    if (node.nodeType === TEXT_NODE) {
      append(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node.localName ?? '').toLowerCase();
    if (exit) {
      if (BLOCKS.has(tag)) {
        flush();
        contextStack.pop();
      } else if (CELLS.has(tag)) {
        line += ' ';
      }
      if (tag === 'pre') pre -= 1;
      if (HEADINGS.has(tag)) heading -= 1;
      if (tag === 'a' && isInPageLink(node)) inPageLink -= 1;
      if (tag === 'a' && hasHref(node)) link -= 1;
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      if (SKIPPED.has(tag) || isHidden(node)) continue;
      if (tag === 'br') {
        flushLine();
        continue;
      }
      if (tag === 'hr') {
        flush();
        continue;
      }
      if (BLOCKS.has(tag)) {
        flush();
        contextStack.push(describe(node));
      }
      if (tag === 'pre') pre += 1;
      if (HEADINGS.has(tag)) heading += 1;
      if (tag === 'a' && isInPageLink(node)) inPageLink += 1;
      if (tag === 'a' && hasHref(node)) {
        if (link === 0) linkTexts.push('');
        link += 1;
      }
    }
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return blocks;
};

/** Words in a text: runs of non-space holding a letter or digit. */
export const countWords = (text: string): number => {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n += 1;
  return n;
};

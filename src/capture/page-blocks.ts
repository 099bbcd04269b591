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
 * A place in the blocks: `offset` into the text of block `block`; `offset` past the block's end means its end, and
 * block -1 the start of the text. A table cell's bounds are marks, resolved when the blocks are joined into the text.
 */
export interface BlockMark {
  block: number;
  offset: number;
}

/** One `<td>` or `<th>` as the page writes it, its words between two marks. */
export interface TableCellRecord {
  readonly header: boolean;
  /** The `scope` attribute, lower case, when given. */
  readonly scope?: string;
  readonly colspan: number;
  /** As written: 0 means "to the end of the table". */
  readonly rowspan: number;
  readonly start: BlockMark;
  end: BlockMark;
  /** Block elements (paragraphs, lists, divs) inside the cell: prose, not a figure. */
  blocks: number;
}

export interface TableRowRecord {
  /** `<thead>` rows are the column headers. */
  readonly head: boolean;
  readonly cells: TableCellRecord[];
}

/** One `<table>` as the page writes it: rows of cells, its caption, and what says it lays out the page rather than holding data. */
export interface TableRecord {
  /** `role="presentation"` or `role="none"`. */
  readonly presentation: boolean;
  /** A table inside it: the outer table lays out the page. */
  nested: boolean;
  caption?: { readonly start: BlockMark; end: BlockMark };
  readonly rows: TableRowRecord[];
}

/** Block elements that make a cell prose when inside it. */
const PROSE_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article']);

/** A `colspan` / `rowspan` as HTML reads it: digits, clamped as browsers clamp them (1000 columns, 65534 rows). */
const span = (value: string | null | undefined, min: number, max: number): number => {
  const n = /^\s*(\d+)/.exec(value ?? '');
  if (n === null) return 1;
  return Math.min(max, Math.max(min, Number(n[1])));
};

/**
 * The visible text blocks under `root` (a document's `body`, or an extracted
 * article element).
 *
 * @example
 * pageBlocks(parseHTML('<body><p>One</p><nav>Home</nav></body>').document.body)
 * // [{ text: 'One', context: ['p', 'body'], … }, { text: 'Home', context: ['nav', 'body'], … }]
 */
export const pageBlocks = (root: DomNode): PageBlock[] => pageBlocksAndTables(root).blocks;

/**
 * The visible text blocks under `root`, and the page's tables as it writes them (document order), their cells'
 * bounds as marks in the blocks. Recording the tables changes nothing in the blocks.
 */
export const pageBlocksAndTables = (root: DomNode): { blocks: PageBlock[]; tables: TableRecord[] } => {
  const blocks: PageBlock[] = [];
  const tables: TableRecord[] = [];
  // The tables open around the walk (innermost last), and each one's open row and cell.
  const openTables: { table: TableRecord; row?: TableRowRecord | undefined; cell?: TableCellRecord | undefined; head: number }[] = [];
  // Marks on the current line (resolved when it is flushed), then in the current block (when it is flushed).
  let lineMarks: { mark: BlockMark; col: number }[] = [];
  let blockMarks: BlockMark[] = [];
  let blockLength = 0;
  const mark = (): BlockMark => {
    const m = { block: -1, offset: 0 };
    lineMarks.push({ mark: m, col: line.length });
    return m;
  };
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
    if (lineMarks.length > 0) {
      const lead = pre > 0 ? 0 : line.length - line.trimStart().length;
      const lineStart = lines.length === 0 ? 0 : blockLength + 1;
      for (const { mark: m, col } of lineMarks) {
        m.offset = t.length === 0 ? blockLength : lineStart + Math.min(t.length, Math.max(0, col - lead));
        blockMarks.push(m);
      }
      lineMarks = [];
    }
    if (t.length > 0) {
      blockLength = lines.length === 0 ? t.length : blockLength + 1 + t.length;
      lines.push(t);
    }
    line = '';
  };
  const flush = (): void => {
    flushLine();
    if (blockMarks.length > 0) {
      // In a block that has no text, a mark stands at the end of the block before it.
      for (const m of blockMarks) {
        if (lines.length > 0) m.block = blocks.length;
        else [m.block, m.offset] = [blocks.length - 1, Number.MAX_SAFE_INTEGER];
      }
      blockMarks = [];
    }
    blockLength = 0;
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
      const open = openTables[openTables.length - 1];
      if (tag === 'caption' && open?.table.caption !== undefined) open.table.caption.end = mark();
      if (CELLS.has(tag) && open?.cell !== undefined) {
        open.cell.end = mark();
        open.cell = undefined;
      }
      if (BLOCKS.has(tag)) {
        flush();
        contextStack.pop();
      } else if (CELLS.has(tag)) {
        line += ' ';
      }
      if (open !== undefined) {
        if (tag === 'table') openTables.pop();
        else if (tag === 'tr') open.row = undefined;
        else if (tag === 'thead') open.head -= 1;
        else if (PROSE_BLOCKS.has(tag) && open.cell !== undefined) open.cell.blocks += 1;
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
      const open = openTables[openTables.length - 1];
      if (tag === 'table') {
        if (open !== undefined) open.table.nested = true;
        const role = (node.getAttribute?.('role') ?? '').trim().toLowerCase();
        const table: TableRecord = { presentation: role === 'presentation' || role === 'none', nested: false, rows: [] };
        tables.push(table);
        openTables.push({ table, head: 0 });
      } else if (open !== undefined) {
        if (tag === 'thead') open.head += 1;
        else if (tag === 'caption' && open.table.caption === undefined) open.table.caption = { start: mark(), end: { block: -1, offset: 0 } };
        else if (tag === 'tr') {
          open.row = { head: open.head > 0, cells: [] };
          open.table.rows.push(open.row);
        } else if (CELLS.has(tag) && open.row !== undefined && open.cell === undefined) {
          const scope = node.getAttribute?.('scope')?.trim().toLowerCase();
          const start = mark();
          open.cell = {
            header: tag === 'th',
            ...(scope !== undefined && scope.length > 0 ? { scope } : {}),
            colspan: span(node.getAttribute?.('colspan'), 1, 1000),
            rowspan: span(node.getAttribute?.('rowspan'), 0, 65534),
            start,
            end: start,
            blocks: 0,
          };
          open.row.cells.push(open.cell);
        }
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
  return { blocks, tables };
};

/** Words in a text: runs of non-space holding a letter or digit. */
export const countWords = (text: string): number => {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n += 1;
  return n;
};

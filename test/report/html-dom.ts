/**
 * The HTML report as a browser's parser sees it (parse5, the WHATWG
 * parsing algorithm), with the few look-ups the tests need: elements,
 * attributes, text, and the text offsets of highlights inside a source text.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

export const parseHtml = (html: string): Element => {
  const document = parse(html);
  const root = document.childNodes.find(isElement);
  if (root === undefined) throw new Error('no <html> element');
  return root;
};

/** Every element under `root` (itself included), in document order; template contents too. */
export const elements = (root: Element): Element[] => {
  const out: Element[] = [];
  const visit = (node: Node): void => {
    if (!isElement(node)) return;
    out.push(node);
    for (const child of node.childNodes) visit(child);
    if (node.tagName === 'template') for (const child of (node as DefaultTreeAdapterMap['template']).content.childNodes) visit(child);
  };
  visit(root);
  return out;
};

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

export const byClass = (root: Element, name: string): Element[] => elements(root).filter((el) => hasClass(el, name));

export const byId = (root: Element, id: string): Element | undefined => elements(root).find((el) => attr(el, 'id') === id);

/** The text of an element (text nodes only, as `textContent`). */
export const textOf = (el: Element): string => {
  let out = '';
  const visit = (node: Node): void => {
    if ('value' in node && node.nodeName === '#text') out += node.value;
    else if (isElement(node)) for (const child of node.childNodes) visit(child);
  };
  visit(el);
  return out;
};

/** Where each highlight of a source text lies: its offsets in the element's text and its words. */
export interface PlacedHighlight {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The highlight's pieces are contiguous (no text between them that is not the highlight's). */
  readonly contiguous: boolean;
}

/** The element's text and, by `data-hl` token, where each highlight lies in it. */
export const placeHighlights = (sourceText: Element): { text: string; highlights: Map<string, PlacedHighlight> } => {
  let text = '';
  const placed = new Map<string, { start: number; end: number; text: string; contiguous: boolean }>();
  const visit = (node: Node, tokens: readonly string[]): void => {
    if ('value' in node && node.nodeName === '#text') {
      for (const token of tokens) {
        const p = placed.get(token);
        if (p === undefined) placed.set(token, { start: text.length, end: text.length + node.value.length, text: node.value, contiguous: true });
        else placed.set(token, { start: p.start, end: text.length + node.value.length, text: p.text + node.value, contiguous: p.contiguous && p.end === text.length });
      }
      text += node.value;
      return;
    }
    if (!isElement(node)) return;
    const own = node.tagName === 'mark' ? (attr(node, 'data-hl') ?? '').split(' ').filter((t) => t !== '') : [];
    for (const child of node.childNodes) visit(child, [...tokens, ...own]);
  };
  visit(sourceText, []);
  return { text, highlights: placed };
};

/** The HTML parse errors of a document (code and place), as the WHATWG algorithm reports them. */
export const parseErrors = (html: string): string[] => {
  const errors: string[] = [];
  parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return errors;
};

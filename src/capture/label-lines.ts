/**
 * Lines of a page that label or point rather than tell, though article
 * extraction keeps them with the article: a section label above the headline
 * ("State & Regional", "Transport", "Exclusive"), and a caption or link that
 * opens with a pointer word — "WATCH: Drone footage shows …", "LISTEN | …",
 * "Read more: …", "RELATED: …", "See also: …", "Advertisement" — and a
 * copyright notice under the story ("Copyright 2026 The Associated Press.
 * All rights reserved."). Their words
 * stay in the text (every offset keeps its place); they are listed as
 * non-content so that suggest skips them and shared passages ignore them.
 */
import type { NonContentKind } from '../model/source.js';
import { countWords, type PageBlock } from './page-blocks.js';

/** A pointer word and the separator after it, at the start of a block; the kind the block then is. */
const POINTERS: readonly (readonly [NonContentKind, RegExp])[] = [
  ['boilerplate', /^(?:watch|listen|video|audio|photos?|gallery|in pictures)\s*[:|–—-]\s*\S/iu],
  ['related-links', /^(?:read more|read also|also read|more|related|related stories?|see also|recommended|further reading|more on this story|read next|(?:more|latest) coverage)\s*[:|–—-]\s*\S/iu],
  ['boilerplate', /^(?:advertisement|sponsored|sponsored content|story continues below(?: advertisement)?|article continues below)$/iu],
  // a wire's or the site's copyright notice at the foot of the story
  ['page-chrome', /^(?:copyright\s+(?:©\s*)?\d{4}|©\s*\d{4})\b.*\ball rights reserved\b/iu],
];
/** A pointer line is short: a caption or a headline after the pointer word. */
const MAX_POINTER_WORDS = 30;
/** A section label is a few words. */
const MAX_LABEL_WORDS = 4;

/**
 * The kind of a block that opens with a pointer word, or undefined.
 *
 * @example
 * pointerKind('WATCH: Drone footage shows the scale of the derailment'); // 'boilerplate'
 * pointerKind('Read more: Rail network warned over landslip risk');      // 'related-links'
 * pointerKind('Watchdog says the line was safe.');                        // undefined
 */
export const pointerKind = (text: string): NonContentKind | undefined => {
  const t = text.trim();
  if (t.includes('\n') || countWords(t) > MAX_POINTER_WORDS) return undefined;
  for (const [kind, pattern] of POINTERS) if (pattern.test(t)) return kind;
  return undefined;
};

/**
 * A label-only line: a few words, no digits, not ending as a sentence or a
 * clause does ("State & Regional", "UK News", "Transport"). A date, a
 * byline with a number or a sentence is not one.
 */
const isLabelLine = (block: PageBlock): boolean => {
  const t = block.text.trim();
  return t.length > 0 && !block.heading && !t.includes('\n') && countWords(t) <= MAX_LABEL_WORDS && !/\p{N}/u.test(t) && !/[.!?,;:"“”]$/u.test(t);
};

/**
 * The blocks of `blocks` that label or point (see the module comment): label
 * lines before the headline — the first heading `isHeadline` accepts, or,
 * when there is none, the first article block — and pointer lines anywhere.
 * Returns each with the kind it is; the kind of a label is left to the caller
 * (undefined here), as its elements may say more.
 */
export const labelLines = <B extends PageBlock>(
  blocks: readonly B[],
  article: (block: B) => boolean,
  isHeadline: (block: B) => boolean,
): Map<B, NonContentKind | undefined> => {
  const found = new Map<B, NonContentKind | undefined>();
  let top = blocks.findIndex((b) => b.heading && isHeadline(b));
  if (top === -1) top = blocks.findIndex((b) => article(b) && !isLabelLine(b));
  for (let i = 0; i < top; i += 1) {
    const b = blocks[i] as B;
    if (article(b) && isLabelLine(b)) found.set(b, undefined);
  }
  for (const b of blocks) {
    if (!article(b)) continue;
    const kind = pointerKind(b.text);
    if (kind !== undefined) found.set(b, kind);
  }
  return found;
};

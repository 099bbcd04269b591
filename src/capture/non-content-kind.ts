/**
 * What a block the article extraction dropped most likely is — a cookie
 * banner, a login prompt, navigation, related links, page chrome — from
 * what its elements say about themselves (tag names, ids, classes, roles)
 * and, failing that, from its words.
 */
import type { NonContentKind } from '../model/source.js';
import type { PageBlock } from './page-blocks.js';

/** Patterns over a block's element context, first match wins. */
const BY_CONTEXT: readonly (readonly [NonContentKind, RegExp])[] = [
  ['cookie-banner', /cookie|consent|gdpr|\bcmp\b|cmp-|onetrust|privacy-banner|truste/],
  ['login-prompt', /login|log-in|signin|sign-in|signup|sign-up|register|paywall|subscribe|subscription|meter/],
  ['loading-indicator', /loading|spinner|skeleton|placeholder/],
  // a pull quote repeats the article's words in large type: the site's layout, not a link to elsewhere (though often an <aside>)
  ['boilerplate', /pull-?quote|pullout|\bpq\b/],
  ['navigation', /^nav\b|\bnavigation\b|\bnav\b|menu|breadcrumb|pagination|skip-link|toc\b/],
  ['related-links', /^aside\b|related|recommend|more-stories|more-from|more-in\b|read-more|readmore|trending|popular|most-read|further-reading|teaser|outbrain|taboola/],
  ['page-chrome', /^footer\b|^header\b|\bbanner\b|contentinfo|footer|masthead|copyright|site-header|site-footer|toolbar|byline-bar/],
  ['boilerplate', /share|social|newsletter|comment|advert|\bad\b|ads\b|promo|sponsor|disclaimer|caption|credit/],
];

/** Patterns over a block's own words, for blocks whose elements say nothing. */
const BY_WORDS: readonly (readonly [NonContentKind, RegExp])[] = [
  ['cookie-banner', /\bcookies?\b|\bconsent\b|accept all|reject all|privacy settings|manage preferences/i],
  ['login-prompt', /\b(?:sign|log) ?in\b|\bsubscribe\b|create (?:an|a free) account|forgot (?:your )?password|continue with (?:google|apple|facebook|email)/i],
  ['loading-indicator', /^(?:loading|please wait|enable javascript)/i],
  ['page-chrome', /©|\(c\) \d{4}|all rights reserved|terms of (?:use|service)|privacy policy/i],
];

/** The words of a login prompt's links ("Log in", "Subscribe", "Create an account"). */
const LOGIN_LINK = /^(?:(?:sign|log) ?(?:in|up|out)|subscribe|register|create (?:an|a free) account|my account|account|forgot (?:your )?password)$/i;

/**
 * A row of links, most of them to something other than logging in: navigation, even when its last link is "Log in"
 * ("Home News Sport Opinion Log in"). A prompt's own links ("Subscribe · Log in", "Sign in | Register | Forgot
 * password") stay a login prompt.
 */
const isRowOfLinks = (block: PageBlock): boolean => {
  const links = block.linkTexts ?? [];
  if (links.length < 3) return false;
  const login = links.filter((t) => LOGIN_LINK.test(t.replace(/\s+/g, ' '))).length;
  return login * 2 < links.length;
};

/** The kind a block's elements say it is (tag names, ids, classes, roles), when they say one. */
const kindFromContext = (block: PageBlock): NonContentKind | undefined => {
  for (const ctx of block.context) {
    for (const [kind, pattern] of BY_CONTEXT) if (pattern.test(ctx)) return kind;
  }
  return undefined;
};

/** A link-only list item or line of a menu: every word inside one link, and a few words at most ("Home", "What's On", "Log in"). */
const MENU_ITEM_WORDS = 4;
const isMenuItem = (block: PageBlock): boolean =>
  !block.heading && block.linkTexts?.length === 1 && block.text.trim().split(/\s+/u).length <= MENU_ITEM_WORDS;
/** A run of at least this many menu items is a menu. */
const MIN_MENU_ITEMS = 3;

/**
 * The kinds of the blocks before the article's first block and after its
 * last one (`article` says which blocks are the article): a run of three or
 * more short link-only blocks there — a menu written as separate `<li>` or
 * `<p>` items, in an element that does not call itself a nav — is navigation
 * as a whole, so its "Log in" item is not a login prompt of its own. Every
 * other dropped block is classified alone (`nonContentKind`); an element that
 * names its kind (`class="login"`) keeps it inside a run too. Article blocks
 * get `undefined`.
 *
 * @example
 * droppedKinds([home, news, sport, logIn, ...story], (b) => story.includes(b))
 * // ['navigation', 'navigation', 'navigation', 'navigation', undefined, …]
 */
export const droppedKinds = <B extends PageBlock>(blocks: readonly B[], article: (block: B) => boolean): (NonContentKind | undefined)[] => {
  const kinds = blocks.map((b) => (article(b) ? undefined : nonContentKind(b)));
  const first = blocks.findIndex(article);
  const last = blocks.length - 1 - [...blocks].reverse().findIndex(article);
  const inEdges = (i: number): boolean => first === -1 || i < first || i > last;
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && inEdges(j) && kinds[j] !== undefined && isMenuItem(blocks[j] as B)) j += 1;
    if (j - i >= MIN_MENU_ITEMS) for (let k = i; k < j; k += 1) kinds[k] = kindFromContext(blocks[k] as B) ?? 'navigation';
    i = Math.max(j, i + 1);
  }
  return kinds;
};

/**
 * @example
 * nonContentKind({ text: 'We use cookies. Accept', context: ['div cookie-banner', 'body'], pieces: [], heading: false })
 * // 'cookie-banner'
 */
export const nonContentKind = (block: PageBlock): NonContentKind => {
  const byContext = kindFromContext(block);
  if (byContext !== undefined) return byContext;
  // Links to places in the same page only: a table of contents.
  if (block.inPageLinks === true) return 'navigation';
  if (isRowOfLinks(block)) return 'navigation';
  for (const [kind, pattern] of BY_WORDS) if (pattern.test(block.text)) return kind;
  return 'boilerplate';
};

/** The kind a block's words alone suggest, when they suggest one (for telling a cookie wall from an article). */
export const kindFromWords = (text: string): NonContentKind | undefined => {
  for (const [kind, pattern] of BY_WORDS) if (pattern.test(text)) return kind;
  return undefined;
};

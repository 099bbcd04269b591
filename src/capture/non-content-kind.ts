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
  ['navigation', /^nav\b|\bnavigation\b|\bnav\b|menu|breadcrumb|pagination|skip-link|toc\b/],
  ['related-links', /^aside\b|related|recommend|more-stories|read-more|readmore|trending|popular|most-read|further-reading|teaser|outbrain|taboola/],
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

/**
 * @example
 * nonContentKind({ text: 'We use cookies. Accept', context: ['div cookie-banner', 'body'], pieces: [], heading: false })
 * // 'cookie-banner'
 */
export const nonContentKind = (block: PageBlock): NonContentKind => {
  for (const ctx of block.context) {
    for (const [kind, pattern] of BY_CONTEXT) if (pattern.test(ctx)) return kind;
  }
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

/**
 * A menu written as separate link-only items (`<li>`, `<p>`) in an element
 * that does not call itself a nav: before the article or after it, a run of
 * three or more such items is navigation as a whole — its "Log in" item is
 * not a login prompt of its own, and the run is one non-content entry.
 * Elsewhere, and for fewer or longer items, each dropped block is classified
 * alone, as before. A promotion link between the article's paragraphs is not
 * the article's either.
 */
import { describe, expect, it } from 'vitest';
import { captureSource } from '../../src/capture/index.js';
import type { NonContentFileEntry } from '../../src/claims/file-schemas.js';

const STORY = [
  'The county council approved a new footbridge over the River Wend on Tuesday, after three years of debate about its cost.',
  'The bridge will cost £4.2 million and should open in the spring of 2028, the council leader said after the vote.',
  'Opponents said the money would be better spent on the town’s roads, which they called the worst in the county.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

const page = (before: string, after = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves footbridge</title></head><body>${before}<div class="story"><h1>Council approves footbridge</h1>${STORY}</div>${after}</body></html>`;

const items = (tag: 'li' | 'p', words: readonly string[], attrs = ''): string => words.map((w) => `<${tag}${attrs}><a href="/${w.length}">${w}</a></${tag}>`).join('');
const list = (words: readonly string[]): string => `<div class="top"><ul>${items('li', words)}</ul></div>`;

const nonContent = (html: string): readonly NonContentFileEntry[] => {
  const r = captureSource(new TextEncoder().encode(html), { fileName: 'page.html' });
  if (!r.ok) throw new Error(r.messages.map((m) => m.message).join('\n'));
  return r.value.nonContent;
};
const shown = (entries: readonly NonContentFileEntry[]): string[] => entries.map((e) => `${e.kind}: ${(e.quote ?? `${e.from} … ${e.to}`).replace(/\n\n/g, ' / ')}`);

describe('a run of short link-only items before or after the article is navigation as a whole', () => {
  it.each([
    ['a list above the article ending in "Log in"', page(list(['Home', 'News', 'Sport', "What's On", 'Log in'])), ["navigation: Home / News / Sport / What's On / Log in"]],
    ['a list below the article', page('', list(['About us', 'Contact', 'Privacy'])), ['navigation: About us / Contact / Privacy']],
    ['separate paragraphs of one link each', page(`<div class="links">${items('p', ['Home', 'Local', 'Sign in'])}</div>`), ['navigation: Home / Local / Sign in']],
    ['a menu item whose element calls itself a login link keeps its kind', page(`<ul>${items('li', ['Home', 'News', 'Sport'])}<li class="login"><a href="/l">Log in</a></li></ul>`), ['navigation: Home / News / Sport', 'login-prompt: Log in']],
  ])('%s', (_what, html, expected) => {
    expect(shown(nonContent(html))).toEqual(expected);
  });
});

describe('what stays classified block by block', () => {
  it.each([
    ['two items are not a menu: "Log in" stays a login prompt', page(list(['Home', 'Log in'])), ['boilerplate: Home', 'login-prompt: Log in']],
    ['long link items are headlines, not a menu', page('', list(['Harlan school board delays vote on four-day week', 'Harvest festival returns to Millbrook after two-year break', 'First frost expected across the valley this weekend'])), ['boilerplate: Harlan school board … valley this weekend']],
    ['items with words outside their link are not link-only', page(`<ul><li>Call <a href="/a">us</a></li><li>Write <a href="/b">to us</a></li><li>Visit <a href="/c">us</a></li></ul>`), ['boilerplate: Call us / Write to us / Visit us']],
  ])('%s', (_what, html, expected) => {
    expect(shown(nonContent(html))).toEqual(expected);
  });
});

describe('a promotion link among the article’s paragraphs', () => {
  it.each([
    ['an app promotion', '<p class="inline-promo"><a href="/app">Download the KDFL 8 app for breaking news alerts</a></p>', ['boilerplate: Download the KDFL 8 app for breaking news alerts']],
    ['a newsletter sign-up (its class says sign-up: a login prompt)', '<p class="newsletter-signup"><a href="/n">Sign up for our morning briefing</a></p>', ['login-prompt: Sign up for our morning briefing']],
    ['a link that is the article’s own sentence stays', '<p class="note"><a href="/report">Read the full report from the county</a></p>', []],
  ])('%s', (_what, line, expected) => {
    const html = page('').replace('</p><p>Opponents', `</p>${line}<p>Opponents`);
    expect(shown(nonContent(html))).toEqual(expected);
  });
});

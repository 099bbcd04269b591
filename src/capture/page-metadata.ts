/**
 * What a saved page says about itself: title, canonical URL, publisher (site
 * name), author, publication date and language, read from the places pages
 * state them — `<meta>` tags (Open Graph, article:*, Dublin Core, name=author),
 * `<link rel="canonical">`, JSON-LD (schema.org NewsArticle and friends),
 * `<time itemprop="datePublished">`, `<html lang>` — and from the comment a
 * browser or SingleFile writes when saving ("saved from url=…").
 * Nothing is guessed: what the page does not state stays undefined, but for
 * a publisher read from the outlet's name at the end of the `<title>` (on a
 * page that states none), which `publisherFrom` marks as inferred.
 */
import type { PublishedAtFile } from '../claims/file-schemas.js';
import { articleObjects, jsonLdObjects, namesOf, textOf, type JsonObject } from './json-ld.js';
import { publishedAtFromText } from './published-at.js';
import { appendAll } from '../model/append-all.js';

/** The part of a DOM element this module reads. */
export interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

/** The part of a DOM document this module reads. */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  readonly title?: string;
}

export interface PageMetadata {
  /** The article's headline as a reader sees it: its `<h1>`; else `og:title`, JSON-LD `headline`, the `<title>` without the site's name. */
  readonly title?: string;
  /** Set when the title is the `<h1>` and the page's other titles say something else: which, e.g. `the article's <h1>; og:title says "…"`. */
  readonly titleFrom?: string;
  readonly url?: string;
  readonly publisher?: string;
  /** Set when the publisher was inferred rather than stated: from what, e.g. `the <title>'s suffix "… | The Daily Post"`. */
  readonly publisherFrom?: string;
  readonly author?: string;
  readonly publishedAt?: Exclude<PublishedAtFile, 'unknown'>;
  /** The words the date was read from and where, e.g. `article:published_time`. */
  readonly publishedFrom?: string;
  readonly language?: string;
  /** When the page was saved, if the saving tool wrote it down. */
  readonly savedAt?: string;
  /** The article's text as its JSON-LD states it (`articleBody`, the longest one), paragraph breaks kept. */
  readonly articleBody?: string;
  /** The page's summary of itself (`og:description`, `description`), which a standfirst often repeats. */
  readonly description?: string;
  /** Problems found while reading (invalid JSON-LD, an impossible date). */
  readonly warnings: readonly string[];
}

const list = <T>(items: ArrayLike<T>): T[] => Array.from(items);

const clean = (s: string | null | undefined): string | undefined => {
  if (s === null || s === undefined) return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= 1000 ? t : undefined;
};

/** The content of the first `<meta>` whose property or name is one of `keys` (case-insensitive). */
const metaContent = (doc: MetaDocument, keys: readonly string[]): { value: string; key: string } | undefined => {
  const metas = list(doc.querySelectorAll('meta'));
  for (const key of keys) {
    for (const meta of metas) {
      const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
      if (name !== key) continue;
      const value = clean(meta.getAttribute('content'));
      if (value !== undefined) return { value, key };
    }
  }
  return undefined;
};

const isUrl = (s: string): boolean => /^https?:\/\/\S+$/i.test(s);

/** The comments browsers and SingleFile leave in a saved page. */
const savedComments = (html: string): { url?: string; savedAt?: string } => {
  const head = html.slice(0, 8192);
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head);
  const singleFileUrl = /Page saved with SingleFile\s*\n?\s*url:\s*(\S+)/i.exec(head);
  const singleFileDate = /saved date:\s*([^\n]+?)\s*(?:\n|-->)/i.exec(head);
  const url = singleFileUrl?.[1] ?? savedFrom?.[1];
  return {
    ...(url !== undefined && isUrl(url) ? { url } : {}),
    ...(singleFileDate?.[1] !== undefined ? { savedAt: singleFileDate[1] } : {}),
  };
};

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · '];

/** A short, capitalised suffix after a headline of three words or more: "GOV.UK", "The Northern Ledger", not "the winners and losers". */
const looksLikeSiteName = (suffix: string, headline: string): boolean =>
  /^[\p{Lu}\p{N}]/u.test(suffix) && suffix.split(/\s+/).length <= 5 && headline.split(/\s+/).length >= 3;

/** Suffixes that name a kind of page or a section, not an outlet ("Live updates", "As it happened", "Opinion", "Politics", "World news"). */
const PAGE_KIND_SUFFIX =
  /^(?:live(?: updates?| blog| coverage| reporting)?|updates?|latest(?: news| updates)?|as it happened|what we know(?: so far)?|explained|explainer|analysis|opinion|comment|editorial|video|watch|photos?|pictures|in pictures|gallery|podcast|review|q ?& ?a|timeline|fact ?check|breaking(?: news)?|news|local news|exclusive|full story|home|page \d+|(?:uk|us|u\.s\.|world|national|international|local|regional|state|metro|business|political|science|health|sports?|tech|technology|entertainment|climate|environment|education)(?: news)?|politics|economy|markets|money|finance|culture|arts|lifestyle|travel|weather|sport|football|crime|courts|obituaries|letters|features?)$/i;
/** Words an outlet's name may hold in lower case ("Newcastle upon Tyne Chronicle", "The Voice of the Valley"). */
const NAME_CONNECTIVES = new Set(['of', 'the', 'and', '&', 'on', 'upon', 'in', 'at', 'for', 'de', 'du', 'des', 'la', 'le', 'el', 'di', 'del', 'da', 'van', 'von', 'am', 'an', 'der']);
/** A word that can start or continue an outlet's name: capitalised, or a number, a call sign, a domain ("WKRN", "News 2", "Gazette.co.uk"). */
const isNameWord = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word) && !/[?!;:,"“”]/u.test(word);

/**
 * The outlet a `<title>`'s last segment names ("Headline | The Daily Post",
 * "Headline - Northshire Gazette"), for a page that states no publisher: only
 * when that segment reads as an outlet's name — one to six words, capitalised
 * but for connectives ("of", "upon"), not a kind of page ("Live updates",
 * "Analysis") — after a headline of three words or more, and is not part of
 * the page's headline (its `<h1>`, `og:title` or JSON-LD `headline` does not
 * contain it). Undefined otherwise: nothing is guessed from a title that
 * does not say it.
 *
 * @example
 * outletFromTitle('Council approves bridge over the Wend - Northshire Gazette', ['Council approves bridge over the Wend']); // 'Northshire Gazette'
 * outletFromTitle('Storm Hits Coast | Live Updates', ['Storm Hits Coast']); // undefined: a kind of page
 */
export const outletFromTitle = (title: string, headlines: readonly string[]): string | undefined => {
  let at = -1;
  let sep = '';
  for (const s of TITLE_SEPARATORS) {
    const k = title.lastIndexOf(s);
    if (k > at) [at, sep] = [k, s];
  }
  if (at <= 0) return undefined;
  const before = title.slice(0, at).trim();
  const suffix = title.slice(at + sep.length).trim();
  const words = suffix.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 6 || before.split(/\s+/u).length < 3) return undefined;
  if (!isNameWord(words[0] as string) || !isNameWord(words[words.length - 1] as string)) return undefined;
  if (!words.every((w) => isNameWord(w) || NAME_CONNECTIVES.has(w.toLowerCase()))) return undefined;
  if (PAGE_KIND_SUFFIX.test(suffix)) return undefined;
  const folded = suffix.toLowerCase();
  if (headlines.some((h) => h.toLowerCase().includes(folded))) return undefined;
  return suffix;
};

/**
 * " | Site Name", " - Site Name" at the end of a <title>: dropped when it is the site's name, or, when the site's name is
 * not stated, when what stands before it is the page's headline (its first `<h1>`).
 */
const withoutSiteSuffix = (title: string, site: string | undefined, headline: string | undefined): string => {
  for (const sep of TITLE_SEPARATORS) {
    if (site !== undefined && title.endsWith(`${sep}${site}`)) return title.slice(0, title.length - sep.length - site.length).trim();
    if (site !== undefined && title.startsWith(`${site}${sep}`)) return title.slice(site.length + sep.length).trim();
    if (site === undefined && headline !== undefined && title.startsWith(`${headline}${sep}`) && looksLikeSiteName(title.slice(headline.length + sep.length), headline)) return headline;
  }
  return title;
};

/**
 * Read a page's metadata. `html` is the page's source (for the comments
 * saving tools write before `<html>`).
 */
export const pageMetadata = (doc: MetaDocument, html: string): PageMetadata => {
  const warnings: string[] = [];
  const objects: JsonObject[] = [];
  list(doc.querySelectorAll('script')).forEach((script, i) => {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') return;
    const found = jsonLdObjects(script.textContent ?? '');
    if (found === undefined) warnings.push(`JSON-LD block ${i + 1} is not valid JSON; it was skipped`);
    else appendAll(objects, found);
  });
  const articles = articleObjects(objects);
  const fromArticles = (key: string): string | undefined => {
    for (const a of articles) {
      const t = textOf(a[key]);
      if (t !== undefined) return clean(t);
    }
    return undefined;
  };

  const titleTag = clean(list(doc.querySelectorAll('title'))[0]?.textContent);
  const h1s = list(doc.querySelectorAll('h1'))
    .map((h) => clean(h.textContent))
    .filter((h): h is string => h !== undefined);
  const h1 = h1s[0];
  const metaTitle = metaContent(doc, ['og:title', 'twitter:title', 'dc.title'])?.value;
  const ldHeadline = fromArticles('headline');

  // The publisher as the page states it (a site name, JSON-LD's publisher); else the outlet its <title> ends with; else a handle.
  const site = metaContent(doc, ['og:site_name', 'application-name', 'twitter:site'])?.value;
  const stated = site !== undefined && !site.startsWith('@') ? site : fromArticles('publisher');
  const fromTitle = stated === undefined && titleTag !== undefined ? outletFromTitle(titleTag, [h1, metaTitle, ldHeadline].filter((h): h is string => h !== undefined)) : undefined;
  const publisher = stated ?? fromTitle ?? (site?.replace(/^@/, '') || undefined);
  const publisherFrom = stated === undefined && fromTitle !== undefined ? `inferred: the page states no publisher, and its <title> ends with "${fromTitle}"` : undefined;

  // The title is the headline a reader sees: the article's <h1> (not one that only names the site, as a logo's does);
  // og:title, JSON-LD headline and <title> are what the page tells search engines and social networks, and a
  // syndicated or live page often words them otherwise ("UK train derailment: 31 hurt" over "Dozens hurt as …").
  const siteNames = [site, publisher, stated].filter((n): n is string => n !== undefined).map((n) => n.replace(/^@/, '').toLowerCase());
  const headline = h1s.find((h) => h.split(' ').length >= 2 && !siteNames.includes(h.toLowerCase()));
  const fallback = metaTitle ?? ldHeadline ?? (titleTag !== undefined ? withoutSiteSuffix(titleTag, publisher, h1) : undefined);
  const title = headline ?? fallback ?? h1;
  const otherTitles: [string, string | undefined][] = [['og:title', metaTitle], ['the JSON-LD headline', ldHeadline], ['the <title>', titleTag !== undefined ? withoutSiteSuffix(titleTag, publisher, h1) : undefined]];
  const differing = headline === undefined ? undefined : otherTitles.find(([, t]) => t !== undefined && t.toLowerCase() !== headline.toLowerCase());
  const titleFrom = differing === undefined ? undefined : `the article's <h1>; ${differing[0]} says "${differing[1] as string}"`;

  const saved = savedComments(html);
  const canonical = list(doc.querySelectorAll('link'))
    .filter((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    .map((l) => clean(l.getAttribute('href')))
    .find((h): h is string => h !== undefined && isUrl(h));
  const description = metaContent(doc, ['og:description', 'description', 'twitter:description'])?.value;
  const ogUrl = metaContent(doc, ['og:url'])?.value;
  const ldUrl = fromArticles('url') ?? fromArticles('mainEntityOfPage');
  const url = [canonical, ogUrl, ldUrl, saved.url].find((u): u is string => u !== undefined && isUrl(u));

  const metaAuthor = metaContent(doc, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author']);
  const ldAuthors = articles.flatMap((a) => namesOf(a['author']));
  const author =
    metaAuthor !== undefined && !isUrl(metaAuthor.value) ? metaAuthor.value : ldAuthors.length > 0 ? [...new Set(ldAuthors)].join(', ') : undefined;

  // Publication date: the first place that states a real date.
  const dateCandidates: { value: string; from: string }[] = [];
  const metaDate = metaContent(doc, ['article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date']);
  if (metaDate !== undefined) dateCandidates.push({ value: metaDate.value, from: `<meta ${metaDate.key}>` });
  for (const a of articles) {
    const d = textOf(a['datePublished']);
    if (d !== undefined) dateCandidates.push({ value: d, from: 'JSON-LD datePublished' });
  }
  for (const t of list(doc.querySelectorAll('time[itemprop="datePublished"], [itemprop="datePublished"]'))) {
    const d = clean(t.getAttribute('datetime') ?? t.getAttribute('content') ?? t.textContent);
    if (d !== undefined) dateCandidates.push({ value: d, from: 'itemprop=datePublished' });
  }
  let publishedAt: PageMetadata['publishedAt'];
  let publishedFrom: string | undefined;
  for (const c of dateCandidates) {
    const p = publishedAtFromText(c.value);
    if (p !== undefined) {
      publishedAt = p;
      publishedFrom = `${c.from}: ${c.value}`;
      break;
    }
    warnings.push(`the page states a publication date "${c.value.slice(0, 60)}" (${c.from}) that is not a calendar date; it was not used`);
  }

  const htmlLang = clean(list(doc.querySelectorAll('html'))[0]?.getAttribute('lang'));
  const language =
    htmlLang ??
    metaContent(doc, ['content-language', 'dc.language', 'language'])?.value ??
    fromArticles('inLanguage') ??
    metaContent(doc, ['og:locale'])?.value.replace('_', '-');
  // http-equiv="content-language"
  const httpEquivLanguage = list(doc.querySelectorAll('meta'))
    .filter((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language')
    .map((m) => clean(m.getAttribute('content')))
    .find((v): v is string => v !== undefined);

  const lang = language ?? httpEquivLanguage;
  const articleBody = articles
    .map((a) => a['articleBody'])
    .filter((b): b is string => typeof b === 'string' && b.trim().length > 0)
    .reduce<string | undefined>((longest, b) => (longest === undefined || b.length > longest.length ? b : longest), undefined);
  return {
    ...(title !== undefined ? { title } : {}),
    ...(titleFrom !== undefined ? { titleFrom } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(publisherFrom !== undefined ? { publisherFrom } : {}),
    ...(author !== undefined ? { author } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(publishedFrom !== undefined ? { publishedFrom } : {}),
    ...(lang !== undefined && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? { language: lang } : {}),
    ...(saved.savedAt !== undefined ? { savedAt: saved.savedAt } : {}),
    ...(articleBody !== undefined ? { articleBody } : {}),
    ...(description !== undefined ? { description } : {}),
    warnings,
  };
};

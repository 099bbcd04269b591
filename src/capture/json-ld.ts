import { appendAll } from '../model/append-all.js';
/**
 * The schema.org objects a page states in JSON-LD
 * (`<script type="application/ld+json">`): top-level objects, arrays and
 * `@graph` members, flattened. Read as plain JSON: a JSON-LD processor would
 * expand remote `@context`s, which means fetching them, and nothing here
 * touches the network; schema.org pages use the plain schema.org terms.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** At most this many objects are read from one page (a hostile page can state millions). */
const MAX_OBJECTS = 1000;

/**
 * Every object in one JSON-LD block, depth-first, the outer ones first.
 * Invalid JSON gives `undefined`.
 *
 * @example
 * jsonLdObjects('{"@graph":[{"@type":"NewsArticle","headline":"H"}]}')
 * // [{ '@graph': [...] }, { '@type': 'NewsArticle', headline: 'H' }]
 */
export const jsonLdObjects = (json: string): JsonObject[] | undefined => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  const out: JsonObject[] = [];
  const queue: unknown[] = [parsed];
  while (queue.length > 0 && out.length < MAX_OBJECTS) {
    const item = queue.shift();
    if (Array.isArray(item)) appendAll(queue, item);
    else if (isObject(item)) {
      out.push(item);
      const graph = item['@graph'];
      if (graph !== undefined) queue.push(graph);
    }
  }
  return out;
};

/** The `@type`s of an object, without a schema.org prefix. */
export const jsonLdTypes = (o: JsonObject): string[] => {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
};

/** Types that describe the page's article (CreativeWork subtypes a news page uses). */
const ARTICLE_TYPES = /^(?:\w*Article|Report|BlogPosting|LiveBlogPosting|NewsArticle|WebPage|ItemPage|CreativeWork|Review|OpinionNewsArticle|AnalysisNewsArticle|ReportageNewsArticle|BackgroundNewsArticle)$/;

/** The objects that describe an article, most specific first (an Article before a WebPage). */
export const articleObjects = (objects: readonly JsonObject[]): JsonObject[] => {
  const articles = objects.filter((o) => jsonLdTypes(o).some((t) => ARTICLE_TYPES.test(t)));
  const rank = (o: JsonObject): number => (jsonLdTypes(o).some((t) => /Article|Posting|Report/.test(t)) ? 0 : 1);
  return [...articles].sort((a, b) => rank(a) - rank(b));
};

/** A text property: a string, or the `name` / `@value` of an object, or the first of a list. */
export const textOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim().length > 0 ? value.trim() : undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  if (isObject(value)) return textOf(value['name']) ?? textOf(value['@value']);
  return undefined;
};

/** Every name of a property that may list several (authors). */
export const namesOf = (value: unknown): string[] => {
  const list = Array.isArray(value) ? value : [value];
  return list.map(textOf).filter((t): t is string => t !== undefined);
};

/**
 * Building HTML where escaping is the default: the `html` tagged template
 * escapes every interpolated string, and only markup built by `html` itself
 * (or the report's own constants, through `trustedHtml`) passes unescaped.
 * Source and claim text can therefore never become markup, whichever
 * element or attribute it lands in (the idea of lit-html's templates and
 * React's `dangerouslySetInnerHTML`, in a few lines).
 */
import { visibleControls } from '../../ingest/control-characters.js';
import { escapeHtmlAttribute } from '../html-escape.js';

/** Markup that is safe to insert as is. */
export interface Html {
  readonly markup: string;
}

/** What may be interpolated: text (escaped), numbers, markup, lists of those; nothing for `undefined`, `null`, `false`. */
export type HtmlPart = string | number | Html | undefined | null | false | readonly HtmlPart[];

/**
 * Escape text for an HTML text node or a quoted attribute value (the
 * template cannot tell which an interpolation lands in, so it takes the
 * attribute escaping, which is safe in both). Control characters (bidi
 * overrides, ESC, C1, NUL) are shown as `⟨U+202E⟩`, never obeyed — the same
 * markers as the terminal and the Markdown report.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">') // '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 */
export const escapeHtml = (text: string): string => escapeHtmlAttribute(visibleControls(text));

/** Markup the report writes itself (style sheet, script): never text from the corpus. */
export const trustedHtml = (markup: string): Html => ({ markup });

const isHtml = (part: unknown): part is Html => typeof part === 'object' && part !== null && !Array.isArray(part) && typeof (part as Html).markup === 'string';

const render = (part: HtmlPart): string => {
  if (part === undefined || part === null || part === false) return '';
  if (typeof part === 'number') return escapeHtml(String(part));
  if (typeof part === 'string') return escapeHtml(part);
  if (isHtml(part)) return part.markup;
  let out = '';
  for (const p of part as readonly HtmlPart[]) out += render(p);
  return out;
};

/**
 * The tagged template: literal parts are markup, interpolations are escaped.
 *
 * @example
 * html`<p title="${claim.note}">${quote}</p>`
 */
export const html = (strings: TemplateStringsArray, ...parts: readonly HtmlPart[]): Html => {
  let out = strings[0] ?? '';
  for (let i = 0; i < parts.length; i++) out += render(parts[i] as HtmlPart) + (strings[i + 1] ?? '');
  return { markup: out };
};

/** Join parts with a separator (markup or text). */
export const joinHtml = (parts: readonly HtmlPart[], separator: HtmlPart): Html =>
  html`${parts.flatMap((p, i) => (i === 0 ? [p] : [separator, p]))}`;

/**
 * A link target for text from the corpus: only absolute http(s) URLs are
 * links; anything else (`javascript:`, `data:`, relative paths) is shown as
 * text by the caller.
 *
 * @example
 * safeHttpUrl('javascript:alert(1)') // undefined
 */
export const safeHttpUrl = (url: string | undefined): string | undefined => {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};

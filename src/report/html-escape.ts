/**
 * HTML escaping, named by the context the text lands in. The one place that
 * knows which characters HTML gives meaning to:
 * - text: the content of an element, or words in Markdown (where `<` opens
 *   inline HTML and `&` an entity) — `&`, `<` and `>` are encoded;
 * - attribute: a quoted attribute value (either quote) — also `"` and `'`.
 *   Safe in a text node too, so markup builders that cannot tell where an
 *   interpolation lands (the `html` template) use it everywhere.
 *
 * Control characters are the caller's concern: the reports show them as
 * `⟨U+202E⟩` (`visibleControls`) before escaping, the JUnit XML replaces the
 * ones XML forbids.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const TEXT_SPECIAL = /[&<>]/g;
const ATTRIBUTE_SPECIAL = /[&<>"']/g;
const entityOf = (c: string): string => ENTITIES[c] ?? c;

/**
 * Escape text for an element's content (or Markdown words).
 *
 * @example
 * escapeHtmlText('a < b & "c"') // 'a &lt; b &amp; "c"'
 */
export const escapeHtmlText = (text: string): string => text.replace(TEXT_SPECIAL, entityOf);

/**
 * Escape text for a quoted attribute value (and, equally safe, a text node).
 *
 * @example
 * escapeHtmlAttribute('x" onerror="alert(1)') // 'x&quot; onerror=&quot;alert(1)'
 */
export const escapeHtmlAttribute = (text: string): string => text.replace(ATTRIBUTE_SPECIAL, entityOf);

/**
 * Escaping source and claim text for Markdown reports, so that words from a
 * source can never inject structure (headings, links, tables, HTML) into the
 * report. Written by hand on purpose (see DESIGN.md): every character that
 * CommonMark or GFM gives meaning to is escaped, and HTML is entity-encoded.
 */
import { visibleControls } from '../ingest/control-characters.js';
import { escapeHtmlText } from './html-escape.js';

/** Characters with Markdown meaning anywhere inside a line: emphasis, code, links, tables, strikethrough. */
const INLINE_SPECIAL = /[\\`*_[\]|~]/g;
/** Markers that mean something at the start of a line: headings, quotes, lists, thematic breaks. */
const LINE_START_MARKER = /^(\s*)([#>+\-=]|\d{1,9}[.)])/;

/**
 * Escape text for inline use in Markdown: no emphasis, links, code, HTML,
 * headings or list markers can come out of it. Newlines become spaces.
 *
 * @example
 * escapeMarkdownInline('<script>alert(1)</script> | **x**');
 * // '&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*x\\*\\*'
 */
export const escapeMarkdownInline = (text: string): string =>
  // Control characters (ESC, C1, bidi overrides: "Trojan Source", CVE-2021-42574) show as ⟨U+202E⟩
  // instead of acting on a terminal or reordering the text. (LRM/RLM stay: they only nudge
  // neutral characters in right-to-left text.)
  escapeHtmlText(
    visibleControls(
      text
        .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
        // Leading spaces or a tab would make an indented code block (4 columns) where the text starts
        // a line; rendered Markdown drops leading white space anyway.
        .replace(/^[ \t]+/, ''),
    ),
  )
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(LINE_START_MARKER, (_, space: string, marker: string) =>
      // "1." is escaped as "1\." (a backslash before a digit is not an escape in CommonMark).
      /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
    );

/**
 * Escape text for a GFM table cell: inline escaping, and pipes can never
 * close the cell.
 */
export const escapeMarkdownCell = (text: string): string => escapeMarkdownInline(text);

/**
 * Quote a passage as a Markdown block quote, each line escaped and prefixed,
 * so a source line that begins with "#" or "- " stays text.
 */
export const markdownBlockQuote = (text: string): string =>
  text
    .split(/\r\n?|\n/)
    .map((line) => `> ${escapeMarkdownInline(line)}`.trimEnd())
    .join('\n');

/**
 * Inline code that survives any content: picks a backtick fence longer than
 * any run of backticks inside (CommonMark rule) and pads with spaces.
 */
export const markdownCode = (text: string): string => {
  const oneLine = visibleControls(text.replace(/\r\n?|\n/g, ' '));
  let longest = 0;
  for (const run of oneLine.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
};

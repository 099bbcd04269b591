/**
 * Control characters in text that came from a source, a claim, a note, a
 * file name or a baseline reason: ESC and the other C0 controls, DEL, the C1
 * controls (U+0080–U+009F, which some terminals obey as CSI, OSC …) and the
 * bidirectional embeddings, overrides and isolates. Printed raw they can
 * rewrite a terminal (move the cursor, erase lines, set the title, write the
 * clipboard) or reorder what a reader sees ("Trojan Source"). Human output
 * shows each as a visible marker; JSON output escapes each as `\uXXXX`.
 * Tab and newline are kept: they only lay text out.
 */

/** Every control character that is shown as a marker (tab and newline are not). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Inside JSON, C0 controls are already escaped by JSON.stringify; these are left raw by it. */
const RAW_IN_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

const hex = (c: string): string => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * The text with every control character shown as `⟨U+001B⟩`.
 *
 * @example
 * visibleControls('red \u001b[31m!'); // 'red ⟨U+001B⟩[31m!'
 */
export const visibleControls = (text: string): string => text.replace(CONTROL, (c) => `\u27E8U+${hex(c)}\u27E9`);

/**
 * JSON text (from JSON.stringify) with the control characters JSON.stringify
 * leaves raw (DEL, C1, bidi controls, U+2028/U+2029) escaped as `\uXXXX`: the
 * same data when parsed, and nothing a terminal obeys when printed. They can
 * only occur inside strings, so replacing them keeps the JSON valid.
 *
 * @example
 * escapeJsonControls(JSON.stringify({ q: 'a\u009bb' })); // '{"q":"a\\u009Bb"}'
 */
export const escapeJsonControls = (json: string): string => json.replace(RAW_IN_JSON, (c) => `\\u${hex(c)}`);

/**
 * A value as JSON text (indented by 2), safe to print: see {@link escapeJsonControls}.
 *
 * @example
 * jsonText({ findings: [] }); // '{\n  "findings": []\n}\n'
 */
export const jsonText = (value: unknown): string => `${escapeJsonControls(JSON.stringify(value, null, 2))}\n`;

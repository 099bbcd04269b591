/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069). Invisible, they reorder what a reader sees ("Trojan
 * Source", CVE-2021-42574), so reports never let source or claim text obey
 * them. LRM/RLM stay: they only nudge neutral characters in right-to-left text.
 */

/** Matches one bidi control (global). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** How a report shows a bidi control: `⟨U+202E⟩`. */
export const bidiControlMarker = (control: string): string => `\u27E8U+${control.charCodeAt(0).toString(16).toUpperCase()}\u27E9`;

/**
 * Replace every bidi control by its visible marker.
 *
 * @example
 * revealBidiControls('worth \u202E$12') // 'worth ⟨U+202E⟩$12'
 */
export const revealBidiControls = (text: string): string => text.replace(BIDI_CONTROL, bidiControlMarker);

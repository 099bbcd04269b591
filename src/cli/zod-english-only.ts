/**
 * The CLI build's stand-in for zod's index of locales (see tsup.config.ts):
 * English only. zod's namespace (`z.locales`, `z.core.locales`) re-exports
 * every one of its ~45 locales, 360 KB of source that a cold `claimtrace`
 * start compiled for nothing — the CLI's messages are zod's English ones,
 * which zod installs itself (`config(en())`), and nothing in claimtrace
 * switches zod's locale. The library's builds keep zod whole.
 */
export { default as en } from 'zod/v4/locales/en.js';

/**
 * What to quote of a failed bench child's stderr: the error and the lines
 * right after it (its message and first frame), not the last lines, which
 * after an uncaught exception are only a blank line and "Node.js v20…".
 */

/** Lines the Node runtime prints after every uncaught exception. */
const TRAILER = /^Node\.js v\d/;
/** A line that names an error: "RangeError: …", "FATAL ERROR: …", "[Error: …]" — not "triggerUncaughtException(" or a stack frame's "at …". */
const ERROR_LINE = /(?:^|[\s[(])\w*(?:Error|Exception):|FATAL ERROR/;
const FRAME = /^at /;

/**
 * The first error line of `stderr` and the `lines - 1` lines after it, or its last `lines` lines when none names an error, joined by " / ".
 *
 * @example
 * childFailureText('file.ts:3\n  throw x;\n\nRangeError: Invalid string length\n    at JSON.stringify (<anonymous>)\n\nNode.js v20.20.2\n') // 'RangeError: Invalid string length / at JSON.stringify (<anonymous>)'
 */
export const childFailureText = (stderr: string, lines = 3): string => {
  const kept = stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !TRAILER.test(line));
  const at = kept.findIndex((line) => ERROR_LINE.test(line) && !FRAME.test(line));
  return (at >= 0 ? kept.slice(at, at + lines) : kept.slice(-lines)).join(' / ');
};

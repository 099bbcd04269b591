/**
 * Where a JSON text stops being JSON, and why: a scan of RFC 8259's grammar
 * that reports the first error at its offset in our words (JSON.parse's
 * messages differ between Node versions, and some name no position). The
 * scan keeps its open brackets in an array, so nesting costs no call stack,
 * and it reads each character once.
 */

export interface JsonSyntaxError {
  /** What is wrong ('expected "," or "}" after a value, found "\"mode\""'). */
  readonly reason: string;
  /** Offset in the text of the character where it is wrong (the text's length: it ends too soon). */
  readonly offset: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Why `text` is not JSON, or `undefined` when it is. `whole` names what the
 * text is in the reasons ("the file ends…", or "the line ends…" for a line of
 * an NDJSON file).
 *
 * @example
 * jsonSyntaxError('{"rules": {"a": "off",}}')
 * // { reason: 'a comma before "}": JSON allows no trailing comma', offset: 23 }
 */
export const jsonSyntaxError = (text: string, whole: 'file' | 'line' = 'file'): JsonSyntaxError | undefined => {
  const n = text.length;
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const found = (): string => (i >= n ? `the end of the ${whole}` : JSON.stringify(String.fromCodePoint(text.codePointAt(i) ?? 0)));
  const fail = (reason: string): JsonSyntaxError => ({ reason, offset: Math.min(i, n) });
  const blank = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i += 1;
  };
  const string = (): JsonSyntaxError | undefined => {
    i += 1;
    for (;;) {
      if (i >= n) return fail('the string is not closed (a `"` is missing)');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return undefined;
      }
      if (c < 0x20) return fail('a line break or control character inside a string: write it as \\n, \\t or \\u00XX');
      if (c === 0x5c) {
        const escape = text[i + 1];
        if (escape === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return fail('\\u must be followed by four hexadecimal digits');
          i += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else return fail(`"\\${escape ?? ''}" is not a JSON escape (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)`);
      } else i += 1;
    }
  };
  const key = (): JsonSyntaxError | undefined => {
    blank();
    if (i >= n) return fail(`the ${whole} ends before the "}" that closes the object`);
    if (text[i] !== '"') return fail(`expected a property name in double quotes, found ${found()}`);
    const problem = string();
    if (problem !== undefined) return problem;
    blank();
    if (text[i] !== ':') return fail(`expected ":" after the property name, found ${found()}`);
    i += 1;
    return undefined;
  };
  const scalar = (): JsonSyntaxError | undefined => {
    const c = text[i];
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    NUMBER.lastIndex = i;
    if ((c === '-' || (c !== undefined && c >= '0' && c <= '9')) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return undefined;
    }
    return fail(`expected a value (a string in double quotes, a number, true, false, null, an object or a list), found ${found()}`);
  };

  value: for (;;) {
    blank();
    if (i >= n) return fail(stack.length === 0 ? `the ${whole} has no JSON value` : `the ${whole} ends where a value should be`);
    const open = text[i];
    if (open === '{' || open === '[') {
      i += 1;
      blank();
      if (text[i] !== (open === '{' ? '}' : ']')) {
        stack.push(open);
        if (open === '{') {
          const problem = key();
          if (problem !== undefined) return problem;
        }
        continue;
      }
      i += 1;
    } else {
      const problem = scalar();
      if (problem !== undefined) return problem;
    }
    // After a value: a comma, the close of its object or list, or the end of the text.
    for (;;) {
      blank();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? fail(`more after the end of the JSON value: ${found()}`) : undefined;
      const close = top === '{' ? '}' : ']';
      if (text[i] === ',') {
        i += 1;
        blank();
        if (text[i] === close) return fail(`a comma before "${close}": JSON allows no trailing comma`);
        if (top === '{') {
          const problem = key();
          if (problem !== undefined) return problem;
        }
        continue value;
      }
      if (text[i] === close) {
        i += 1;
        stack.pop();
        continue;
      }
      return fail(i >= n ? `the ${whole} ends before the "${close}" that closes the ${top === '{' ? 'object' : 'list'}` : `expected "," or "${close}" after a value, found ${found()}`);
    }
  }
};

/**
 * The quick way through a plain YAML file: js-yaml's event parser, with the
 * place of every node kept, for the files that use nothing but mappings,
 * sequences and scalars.
 *
 * `readYamlFile` reads YAML with the `yaml` package, whose diagnostics (the
 * messages, codes and places of syntax errors, duplicate keys, alias bombs)
 * the CLI shows. On a cold start its lexer and composer were a third of a
 * `claimtrace check` (most of it V8 warming up its generators); js-yaml's
 * `parseEvents` reads the same files in about a quarter of that time and keeps
 * the offset where each node starts. So a file is read here first, and given
 * to `yaml` — which then decides value, places and diagnostics — whenever this
 * reader is not sure to agree with it:
 *
 * - js-yaml reports any error (then `yaml` reports its own);
 * - the text holds a carriage return, a tab or a byte-order mark (line
 *   counting and separation rules where parsers have differed);
 * - anything but one document without directives; an anchor, alias or tag;
 *   a key that is not a string scalar, or `__proto__`; an empty node (js-yaml
 *   gives it no offset) or a block scalar whose header is not where expected.
 *
 * Plain scalars resolve by the YAML 1.2 core schema exactly as `yaml` resolves
 * them (`yaml/dist/schema/core`: the same tests, the same `parseInt` /
 * `parseFloat`), so a value read here is the value `yaml` gives. Starts are
 * those of `yaml`'s node ranges: a quoted scalar at its opening quote, a block
 * scalar at its `|` or `>`, a collection at its first indicator or key. A differential test
 * (test/claims/yaml-plain-read.test.ts) holds both readers to the same values
 * and the same line:column for every node of every YAML fixture.
 */
import {
  constructFromEvents,
  defineScalarTag,
  EVENT_ID,
  getScalarValue,
  mapTag,
  NOT_RESOLVED,
  parseEvents,
  Schema,
  SCALAR_STYLE,
  seqTag,
  strTag,
  type Event,
  type ScalarEvent,
} from 'js-yaml';

/** Where a node starts, and for collections where their items start. */
export type PlacedNode =
  | { readonly kind: 'scalar'; readonly start: number }
  | { readonly kind: 'seq'; readonly start: number; readonly items: readonly PlacedNode[] }
  | { readonly kind: 'map'; readonly start: number; readonly keys: readonly string[]; readonly keyStarts: readonly number[]; readonly values: readonly PlacedNode[] };

export interface PlainYaml {
  /** The document as plain JavaScript (what `yaml`'s `toJS()` gives). */
  readonly value: unknown;
  /** The document's root node with the start offset of every node. */
  readonly root: PlacedNode;
}

// The YAML 1.2 core schema as the `yaml` package (2.x) resolves plain scalars: its tests, in its order.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the core schema, or `NOT_RESOLVED` for a string. */
const resolvePlain = (source: string): null | boolean | number | typeof NOT_RESOLVED => {
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return NOT_RESOLVED;
};

const DIGITS = [...'0123456789'];

/** One implicit tag per kind of value, each resolving through `resolvePlain`. */
const coreTag = (tag: string, firstChars: readonly string[], is: (value: unknown) => boolean) =>
  defineScalarTag(`tag:yaml.org,2002:${tag}`, {
    implicit: true,
    implicitFirstChars: firstChars,
    resolve: (source) => {
      const value = resolvePlain(source);
      return value !== NOT_RESOLVED && is(value) ? value : NOT_RESOLVED;
    },
    identify: is,
  });

let schema: Schema | undefined;
const coreSchema = (): Schema =>
  (schema ??= new Schema([
    strTag,
    seqTag,
    mapTag,
    coreTag('null', ['', '~', 'n', 'N'], (v) => v === null),
    coreTag('bool', ['t', 'T', 'f', 'F'], (v) => typeof v === 'boolean'),
    coreTag('number', ['-', '+', '.', ...DIGITS], (v) => typeof v === 'number'),
  ]));

/** Why the quick reader stepped aside (not shown to users; `yaml` reads the file instead). */
class NotPlain extends Error {}

/** A block scalar's header: its indicator, indentation and chomping indicators, a comment, the line break. */
const BLOCK_HEADER = /[|>](?:[1-9][+-]?|[+-][1-9]?)?[ ]*(?:#[^\n]*)?\n/y;

/** Walks the events in order, keeping where the last token ended (a block scalar's header is found after it). */
class Placer {
  private lastEnd = 0;
  constructor(
    private readonly text: string,
    private readonly events: readonly Event[],
  ) {}

  /** Where a scalar starts as `yaml` counts it: at the opening quote of a quoted one, at the header of a block one. */
  private scalarStart(event: ScalarEvent): number {
    if (event.anchorStart >= 0 || event.tagStart >= 0) throw new NotPlain('properties');
    if (event.valueStart < 0) throw new NotPlain('empty node');
    let start = event.valueStart;
    let end = event.valueEnd;
    if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) {
      start -= 1;
      end += 1;
    } else if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
      // js-yaml gives where the content starts (the line after the header); `yaml` starts the node at the header's indicator.
      const lineStart = this.text.lastIndexOf('\n', event.valueStart - 2) + 1;
      const from = Math.max(this.lastEnd, lineStart);
      const bar = this.text.indexOf('|', from);
      const angle = this.text.indexOf('>', from);
      start = bar < 0 ? angle : angle < 0 ? bar : Math.min(bar, angle);
      BLOCK_HEADER.lastIndex = start;
      if (start < 0 || !BLOCK_HEADER.test(this.text) || BLOCK_HEADER.lastIndex !== event.valueStart) throw new NotPlain('block scalar header');
    }
    this.lastEnd = end;
    return start;
  }

  /** The placed tree of the node starting at `events[at]`, and the index after it. */
  node(at: number): [PlacedNode, number] {
    const event = this.events[at];
    if (event === undefined) throw new NotPlain('truncated');
    if (event.type === EVENT_ID.SCALAR) return [{ kind: 'scalar', start: this.scalarStart(event) }, at + 1];
    if (event.type !== EVENT_ID.SEQUENCE && event.type !== EVENT_ID.MAPPING) throw new NotPlain('alias');
    if (event.anchorStart >= 0 || event.tagStart >= 0) throw new NotPlain('properties');
    this.lastEnd = event.start + 1;
    let next = at + 1;
    if (event.type === EVENT_ID.SEQUENCE) {
      const items: PlacedNode[] = [];
      while (this.events[next]?.type !== EVENT_ID.POP) {
        const [item, after] = this.node(next);
        items.push(item);
        next = after;
      }
      return [{ kind: 'seq', start: event.start, items }, next + 1];
    }
    const keys: string[] = [];
    const keyStarts: number[] = [];
    const values: PlacedNode[] = [];
    while (this.events[next]?.type !== EVENT_ID.POP) {
      const key = this.events[next];
      if (key?.type !== EVENT_ID.SCALAR) throw new NotPlain('key');
      const name = getScalarValue(this.text, key);
      if ((key.style === SCALAR_STYLE.PLAIN && resolvePlain(name) !== NOT_RESOLVED) || name === '__proto__') throw new NotPlain('key');
      keyStarts.push(this.scalarStart(key));
      keys.push(name);
      const [value, after] = this.node(next + 1);
      values.push(value);
      next = after;
    }
    return [{ kind: 'map', start: event.start, keys, keyStarts, values }, next + 1];
  }
}

/** Characters after which this reader does not trust itself to agree with `yaml` (see the module comment). */
const UNSURE_TEXT = /[\r\t\uFEFF]/;

/**
 * Read `text` when it is plain YAML (see the module comment); `undefined`
 * when it is not, has an error, or uses anything this reader leaves to `yaml`.
 *
 * @example
 * readPlainYaml('a: [1, "two"]')?.value; // { a: [1, 'two'] }
 * readPlainYaml('a: &x 1'); // undefined: anchors are read by `yaml`
 */
export const readPlainYaml = (text: string): PlainYaml | undefined => {
  if (UNSURE_TEXT.test(text)) return undefined;
  try {
    const events = parseEvents(text, {});
    const document = events[0];
    if (document?.type !== EVENT_ID.DOCUMENT || document.directives.length > 0) return undefined;
    const [root, after] = new Placer(text, events).node(1);
    // One document: its node, the document's end, nothing after.
    if (events[after]?.type !== EVENT_ID.POP || after + 1 !== events.length) return undefined;
    const [value] = constructFromEvents(events, { source: text, schema: coreSchema(), maxAliases: 0 });
    return { value, root };
  } catch {
    return undefined;
  }
};

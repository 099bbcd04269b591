/**
 * Bytes of a saved page → a string, decoded the way a browser would: a byte
 * order mark first, then the charset the page declares (`<meta charset>`,
 * `<meta http-equiv="Content-Type">`, an XML declaration), found by the
 * WHATWG encoding-sniffing algorithm (encoding-sniffer), then decoded with
 * @exodus/bytes' WHATWG TextDecoder (Node 20's own decodes windows-1252's
 * 0x80–0x9F as control characters: curly quotes and dashes would be lost). A page that declares nothing is read as
 * UTF-8 when it is valid UTF-8, else as windows-1252 (the web's default).
 */
import { TextDecoder } from '@exodus/bytes/encoding.js';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { firstInvalidUtf8 } from '../claims/invalid-utf8.js';
import { createMessage } from '../model/message.js';
import { failed, ok, type Result } from '../model/result.js';

/** How the encoding was chosen. */
export type EncodingSource = 'bom' | 'declared' | 'utf-8' | 'fallback' | 'given';

export interface DecodedPage {
  readonly text: string;
  /** WHATWG encoding name, e.g. `utf-8`, `windows-1252`, `shift_jis`. */
  readonly encoding: string;
  readonly source: EncodingSource;
  /** Bytes that could not be decoded and became U+FFFD. */
  readonly replaced: number;
}

/** The decoded page, or a `page-undecodable` message. */
export type DecodePageResult = Result<DecodedPage>;

const countReplacements = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n += 1;
  return n;
};

const decodeWith = (bytes: Uint8Array, encoding: string, source: EncodingSource): DecodePageResult => {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  } catch {
    return failed([
      createMessage(
        'page-undecodable',
        source === 'given' ? `"${encoding}" is not a character encoding this platform can decode` : `the page declares the character encoding "${encoding}", which this platform cannot decode`,
        { hint: 'pass --encoding <label> (e.g. windows-1252, shift_jis) to say how the file is encoded' },
      ),
    ]);
  }
  const text = decoder.decode(bytes);
  return ok({ text, encoding: decoder.encoding, source, replaced: countReplacements(text) });
};

/**
 * Decode a saved HTML page. `encoding` (a WHATWG label) overrides what the
 * page declares.
 *
 * @example
 * decodeHtmlPage(new TextEncoder().encode('<meta charset="utf-8"><p>Café</p>')) // { ok: true, value: { text: '<meta charset="utf-8"><p>Café</p>', … } }
 */
export const decodeHtmlPage = (bytes: Uint8Array, encoding?: string): DecodePageResult => {
  if (encoding !== undefined) return decodeWith(bytes, encoding, 'given');
  const sniffer = new Sniffer({ defaultEncoding: 'utf-8' });
  sniffer.write(bytes.subarray(0, 1024));
  switch (sniffer.resultType) {
    case ResultType.BOM:
      return decodeWith(bytes, sniffer.encoding, 'bom');
    case ResultType.META_TAG:
    case ResultType.XML_ENCODING:
    case ResultType.XML_PREFIX:
      return decodeWith(bytes, sniffer.encoding, 'declared');
    default:
      return decodeTextBytes(bytes);
  }
};

/**
 * Decode a text or Markdown file: a byte order mark's encoding, else UTF-8
 * when the bytes are valid UTF-8, else windows-1252. `encoding` overrides.
 */
export const decodeTextBytes = (bytes: Uint8Array, encoding?: string): DecodePageResult => {
  if (encoding !== undefined) return decodeWith(bytes, encoding, 'given');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes, 'utf-8', 'bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes, 'utf-16le', 'bom');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes, 'utf-16be', 'bom');
  if (firstInvalidUtf8(bytes) === undefined) return decodeWith(bytes, 'utf-8', 'utf-8');
  return decodeWith(bytes, 'windows-1252', 'fallback');
};

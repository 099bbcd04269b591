/**
 * Clean-up of text scraped from web pages: HTML character references
 * ("Gr&uuml;ner", "&#233;") and UTF-8 read as Latin-1 ("RenÃ©").
 */

const MARKS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', copy: '\u00a9', reg: '\u00ae',
  szlig: 'ss', aelig: 'ae', AElig: 'AE', oelig: 'oe', OElig: 'OE', oslash: '\u00f8', Oslash: '\u00d8',
  eth: '\u00f0', thorn: '\u00fe', ndash: '-', mdash: '-', rsquo: "'", lsquo: "'", ldquo: '"', rdquo: '"',
};

/**
 * Decode HTML character references (numeric, and the named ones for Latin
 * letters and punctuation); unknown names are left as they are.
 *
 * @example
 * decodeHtmlEntities('Gr&uuml;ner') // 'Grüner'
 */
export const decodeHtmlEntities = (text: string): string => {
  if (!text.includes('&')) return text;
  return text
    .replace(/&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});|&([A-Za-z]{2,8});/g, (all, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined || hex !== undefined) {
        const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
      }
      const n = name!;
      if (NAMED[n] !== undefined) return NAMED[n];
      const letter = n.charAt(0);
      const mark = MARKS[n.slice(1)];
      return mark !== undefined ? letter + mark : all;
    })
    .normalize('NFC');
};

/**
 * Repair UTF-8 that was decoded as Latin-1 ("RenÃ©" → "René"), when
 * the text looks like that and the repair decodes cleanly.
 *
 * @example
 * repairMojibake('RenÃ©') // 'René'
 */
export const repairMojibake = (text: string): string => {
  if (!/[\u00c2\u00c3][\u0080-\u00bf]/.test(text)) return text;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text;
  const repaired = Buffer.from(text, 'latin1').toString('utf8');
  return repaired.includes('\ufffd') ? text : repaired;
};

/**
 * Who a sentence says asserts it: "X said", "said X", "X told …", "according
 * to X", "X reported", "X stated / claimed / noted / added / warned /
 * announced". The name is the nearest name next to the verb; a publication
 * ("… News Agency", "politico.com", "Times") is an outlet, anyone else a
 * speaker. Pronouns and common nouns ("analysts said") give no attribution,
 * and nor does a place ("a factory in Žilina, Slovakia, said").
 */
import type { NameSpan } from './entity-names.js';
import type { Sentence } from './text-units.js';

export interface Attribution {
  readonly speaker?: string;
  readonly outlet?: string;
  /** Where the attribution's words stand (the name and the verb). */
  readonly start: number;
  readonly end: number;
}

const VERBS = 'said|says|told|stated|claimed|noted|added|warned|announced|reported|wrote|argued|explained|confirmed|insisted|urged';
const OUTLET = /(?:\bNews\b|\bAgency\b|\bTimes\b|\bPost\b|\bJournal\b|\bHerald\b|\bTribune\b|\bGazette\b|\bPress\b|\bReuters\b|\bBloomberg\b|\bXinhua\b|\bYonhap\b|\bPolitico\b|\bDaily\b|\bTelegraph\b|\bGuardian\b|\bBBC\b|\bCNN\b|\.com\b|\.org\b|\.net\b)/i;

/** A preposition of place just before a name. */
const PLACE_PREPOSITION = /\b(?:in|near|outside|inside|across|throughout)\s+(?:the\s+)?$/i;

const attribution = (name: NameSpan, start: number, end: number): Attribution =>
  OUTLET.test(name.text) ? { outlet: name.text, start, end } : { speaker: name.text, start, end };

/**
 * @example
 * attributionOf(text, sentence, names) // { speaker: 'Rui Costa', start, end } for "…, Rui Costa said."
 */
export const attributionOf = (text: string, sentence: Sentence, names: readonly NameSpan[]): Attribution | undefined => {
  const s = sentence.text;
  const base = sentence.start;
  /**
   * A name that is a preposition's object — "in Žilina", and the names set off after it ("in
   * Žilina, Slovakia,") — is where the speaker is, not who speaks: "Kia's factory in Žilina,
   * Slovakia, said …".
   */
  const isPlace = (name: NameSpan): boolean => {
    let current: NameSpan | undefined = name;
    while (current !== undefined) {
      const lead = text.slice(Math.max(base, current.start - 40), current.start);
      if (PLACE_PREPOSITION.test(lead)) return true;
      const start: number = current.start;
      current = /,\s*$/.test(lead) ? names.find((n) => n.end <= start && /^,\s*$/.test(text.slice(n.end, start))) : undefined;
    }
    return false;
  };
  // "according to X"
  const according = /\baccording to (?:the )?/i.exec(s);
  if (according !== null) {
    const at = base + according.index + according[0].length;
    const name = names.find((n) => n.start === at);
    if (name !== undefined) return attribution(name, base + according.index, name.end);
  }
  // "X said", "X, a …, said": a name right before the verb (allowing an apposition between commas).
  const verb = new RegExp(`\\b(?:${VERBS})\\b`, 'gi');
  for (let m = verb.exec(s); m !== null; m = verb.exec(s)) {
    const at = base + m.index;
    const before = names.filter((n) => n.end <= at && /^(?:,?\s+|,[^,]{0,80},\s+)$/.test(text.slice(n.end, at)) && !isPlace(n));
    const name = before[before.length - 1];
    if (name !== undefined) return attribution(name, name.start, at + m[0].length);
    // "said X"
    const after = names.find((n) => n.start > at + m[0].length && /^\s+$/.test(text.slice(at + m[0].length, n.start)));
    if (after !== undefined && /^said$/i.test(m[0])) return attribution(after, at, after.end);
  }
  return undefined;
};

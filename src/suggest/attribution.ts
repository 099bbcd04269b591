/**
 * Who a sentence says asserts it: "X said", "said X", "X told …", "according
 * to X", "X reported", "X stated / claimed / noted / added / warned /
 * announced". The name is the nearest name next to the verb; a publication
 * ("… News Agency", "politico.com", "Times") is an outlet, anyone else a
 * speaker. A group written as a plural noun phrase is the speaker as written
 * ("County officials said", "…, traders said"); pronouns and quantifiers
 * ("they said", "others said") give no attribution, and nor does a place
 * ("a factory in Žilina, Slovakia, said"). An
 * institution or office is the speaker as written: "the prefecture of
 * Ravenna said", "the fire service said", "the health ministry said",
 * "police said", "a fire department spokesperson said", "according to the
 * company". A role before a name is not the speaker ("according to
 * spokeswoman Mirela Sandoval", "said Brightcell spokeswoman Mirela
 * Sandoval"), nor is a title of office ("Fire Chief Ramona Ellery said" is
 * Ramona Ellery). "said X" is read only after the words said ("…,” said X"):
 * in "officials said the order would stay" the name after "said" is what
 * is said. A name inside a relative clause ("Hartwell, which serves
 * towns across the Pennines, said") is not the speaker: the name before the
 * clause is.
 */
import type { NameSpan } from './entity-names.js';
import type { SentenceTags } from './pos-tags.js';
import type { Sentence, Word } from './text-units.js';

export interface Attribution {
  readonly speaker?: string;
  readonly outlet?: string;
  /** Where the attribution's words stand (the name and the verb). */
  readonly start: number;
  readonly end: number;
}

const VERBS = 'said|says|told|stated|claimed|noted|added|warned|announced|reported|wrote|argued|explained|confirmed|insisted|urged';
const OUTLET = /(?:\bNews\b|\bAgency\b|\bTimes\b|\bPost\b|\bJournal\b|\bHerald\b|\bTribune\b|\bGazette\b|\bPress\b|\bReuters\b|\bBloomberg\b|\bXinhua\b|\bYonhap\b|\bPolitico\b|\bDaily\b|\bTelegraph\b|\bGuardian\b|\bBBC\b|\bCNN\b|\.com\b|\.org\b|\.net\b)/i;

/** Whether words attribute what they say to someone ("she said", "told reporters", "according to"), named or not. */
export const hasAttributionVerb = (words: string): boolean => new RegExp(`\\b(?:${VERBS})\\b|\\baccording to\\b`, 'i').test(words);

/** Institutions and offices that speak: "the fire service", "the health ministry", "the mayor of Ravenna". */
const INSTITUTION =
  'prefecture|ministry|department|government|council|agency|authority|authorities|service|police|commission|office|regulator|inspectorate|court|army|navy|coastguard|brigade|bureau|institute|parliament|embassy|company|firm|utility|operator|airline|hospital|university|union|association|mayor|governor|prefect|spokesman|spokeswoman|spokesperson|president|chairman|chairwoman|director|head|chief';
/** A person's role written in lower case before their name: "spokeswoman Mirela Sandoval", "company spokesman Jo Lee". */
const ROLE = 'spokesman|spokeswoman|spokesperson|chief|director|president|chairman|chairwoman|manager|officer|executive|head|founder|minister|secretary|commissioner|sheriff|superintendent';
const ROLE_BETWEEN = new RegExp(`^\\s+(?:[a-z][a-z-]*\\s+){0,2}?(?:${ROLE})\\s+$`);
/** "the prefecture of " (or "the regional health ministry of ") just before a name. */
const OFFICE_OF = new RegExp(`\\bthe\\s+(?:[a-z][a-z-]*\\s+){0,3}?(?:${INSTITUTION})\\s+of\\s+(?:the\\s+)?$`, 'i');
/** A lower-case institution just before the verb: "the fire service ", "police ". */
const INSTITUTION_BEFORE = new RegExp(`(?:^|[\\s,;(“"])((?:(?:[Tt]he|[Aa]n?)\\s+(?:[a-z][a-z-]*\\s+){0,3}?(?:${INSTITUTION}))|[Pp]olice)\\s+$`);
/** The same after "according to": "according to the department's figures". */
const INSTITUTION_AFTER = new RegExp(`^the\\s+(?:[a-z][a-z-]*\\s+){0,3}?(?:${INSTITUTION})\\b`);
/** A relative clause opened before the verb: ", which serves …, said". */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose|whom|where)\b/g;

/** Words that are plural nouns to the tagger but no group that speaks: quantifiers, pronouns, spans of time. */
const NOT_A_GROUP = new Set(['others', 'many', 'some', 'both', 'all', 'most', 'few', 'several', 'these', 'those', 'they', 'we', 'you', 'ones', 'times', 'years', 'months', 'weeks', 'days', 'hours', 'minutes']);
/** Verbs whose past participle also follows a plural noun as a passive ("cases reported to the agency", "deaths confirmed on Friday"). */
const PARTICIPLE_VERB = /^(?:stated|claimed|noted|added|announced|reported|confirmed|explained|urged)$/i;
/**
 * What follows such a verb when a group says something: "that", a quotation, an object (a determiner, a number, a
 * name), or nothing ("…, officials confirmed."). Anything else ("cases reported to the agency", "people confirmed
 * dead") is the participle of a passive.
 */
const SAYING_NEXT = /^(?:\s*(?:$|[.,;:!?"“”'‘’(])|\s+(?:that|the|a|an|its|their|his|her|this|these|those|some|no|plans?|\d|[\p{Lu}]))/u;

/**
 * A group that speaks, written as a plural noun phrase right before the verb: "County officials said", "state
 * regulators said on Tuesday", "officials told reporters", "…, traders said". The phrase is the plural noun and up
 * to three words before it that qualify it (nouns, adjectives, capitalised words, a possessive, "the"); a quantifier
 * or pronoun ("others", "many", "they") is no group, nor a counted one ("nine people"), and a plural noun before a
 * participle in the passive ("cases reported to the agency", "residents told to leave") is not speaking.
 */
const groupBefore = (text: string, sentence: Sentence, at: number, verb: string, tags: SentenceTags | undefined): Attribution | undefined => {
  if (tags === undefined) return undefined;
  const after = text.slice(at + verb.length, sentence.end);
  if ((PARTICIPLE_VERB.test(verb) && !SAYING_NEXT.test(after)) || (/^told$/i.test(verb) && /^\s+to\b/i.test(after))) return undefined;
  const { words } = sentence;
  let h = words.length - 1;
  while (h >= 0 && (words[h] as Word).end > at) h -= 1;
  const head = words[h];
  if (head === undefined || !/^\s+$/.test(text.slice(head.end, at))) return undefined;
  const tagsOf = (w: Word): ReadonlySet<string> | undefined => tags.get(w.start - sentence.start);
  const headTags = tagsOf(head);
  // The head is a lower-case plural noun, or capitalised as the sentence's first word ("Residents said").
  if (headTags?.has('Plural') !== true || !headTags.has('Noun') || headTags.has('Pronoun') || !/^\p{L}[\p{L}-]*$/u.test(head.text) || NOT_A_GROUP.has(head.text.toLowerCase())) return undefined;
  if (head.capitalised && h > 0) return undefined;
  let first = h;
  for (let k = h - 1; k >= 0 && h - k <= 3; k -= 1) {
    const w = words[k] as Word;
    if (!/^\s+$/.test(text.slice(w.end, (words[k + 1] as Word).start))) break;
    const tg = tagsOf(w);
    if (/^the$/i.test(w.text)) {
      first = k;
      break;
    }
    // A preposition or pronoun before the noun makes it no speaker ("A man in his seventies told me"), and nor does a
    // number: a counted group is what the sentence counts ("at least nine people confirmed").
    if (tg?.has('Preposition') === true || tg?.has('Pronoun') === true || tg?.has('Value') === true) return undefined;
    const qualifies = w.capitalised || tg?.has('Adjective') === true || tg?.has('Possessive') === true || tg?.has('Noun') === true;
    if (!qualifies || tg?.has('Determiner') === true || NOT_A_GROUP.has(w.text.toLowerCase())) break;
    first = k;
  }
  const start = (words[first] as Word).start;
  return { speaker: text.slice(start, head.end), start, end: at + verb.length };
};

/** A preposition of place just before a name. */
const PLACE_PREPOSITION = /\b(?:in|near|outside|inside|across|throughout)\s+(?:the\s+)?$/i;

/** A title of office before a person's name: "Water Minister Priya Raman" → "Priya Raman". */
const TITLE_BEFORE_NAME = /^(?:[\p{Lu}][\p{L}.-]*\s+){0,3}?(?:Minister|Secretary|President|Chancellor|Mayor|Governor|Commissioner|Senator|Representative|Councillor|Council(?:man|woman|member)|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chief Executive|Chief|Director|Superintendent|Sheriff|Judge|Prosecutor|Attorney|Captain|Commander|Inspector|Detective|Sergeant|Lieutenant|Officer|Manager|Administrator|Coordinator)\s+(?=[\p{Lu}][\p{L}'’-]*\s+[\p{Lu}])/u;

const attribution = (name: NameSpan, start: number, end: number): Attribution =>
  OUTLET.test(name.text) ? { outlet: name.text, start, end } : { speaker: name.text.replace(TITLE_BEFORE_NAME, ''), start, end };

/** A name as the office it heads: "Ravenna" → "the prefecture of Ravenna" when those words stand before it. */
const asWritten = (text: string, base: number, name: NameSpan): NameSpan => {
  const lead = text.slice(Math.max(base, name.start - 80), name.start);
  const office = OFFICE_OF.exec(lead);
  if (office === null) return name;
  const start = name.start - lead.length + office.index;
  return { ...name, start, text: text.slice(start, name.end) };
};

/** Where the last relative clause before `at` starts (", which …"), if any. */
const relativeClauseBefore = (text: string, base: number, at: number): number | undefined => {
  const before = text.slice(base, at);
  let last: number | undefined;
  for (const m of before.matchAll(RELATIVE_CLAUSE)) last = base + m.index;
  return last;
};

/**
 * @example
 * attributionOf(text, sentence, names) // { speaker: 'Rui Costa', start, end } for "…, Rui Costa said."
 */
export const attributionOf = (text: string, sentence: Sentence, names: readonly NameSpan[], tags?: SentenceTags): Attribution | undefined => {
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
    // "according to spokeswoman Mirela Sandoval": the role is not the speaker, the name after it is.
    const name = names.find((n) => n.start === at || (n.start > at && ROLE_BETWEEN.test(` ${text.slice(at, n.start)}`)));
    if (name !== undefined) return attribution(asWritten(text, base, name), base + according.index, name.end);
    const after = base + according.index + 'according to '.length;
    const institution = INSTITUTION_AFTER.exec(text.slice(after, base + s.length));
    if (institution !== null) return { speaker: institution[0], start: base + according.index, end: after + institution[0].length };
  }
  // "X said", "X, a …, said": a name right before the verb (allowing an apposition between commas).
  const verb = new RegExp(`\\b(?:${VERBS})\\b`, 'gi');
  for (let m = verb.exec(s); m !== null; m = verb.exec(s)) {
    const at = base + m.index;
    // A relative clause ending at the verb: the speaker is the name before it ("Hartwell, which serves … the Pennines, said").
    const clause = /,\s+$/.test(text.slice(base, at)) ? relativeClauseBefore(text, base, at) : undefined;
    const before =
      clause !== undefined
        ? names.filter((n) => n.end <= clause && /^\s*$/.test(text.slice(n.end, clause)) && !isPlace(n))
        : names.filter((n) => n.end <= at && /^(?:,?\s+|,[^,]{0,80},\s+)$/.test(text.slice(n.end, at)) && !isPlace(n));
    const last = before[before.length - 1];
    if (last !== undefined) {
      // Names with only spaces between are one speaker: "Darrow County Emergency Management says" where "Darrow County" is a known name.
      let name: NameSpan = last;
      for (let k = names.indexOf(last) - 1; k >= 0; k -= 1) {
        const previous = names[k] as NameSpan;
        if (!/^\s+$/.test(text.slice(previous.end, name.start))) break;
        name = { ...name, from: previous.from, start: previous.start, text: text.slice(previous.start, name.end) };
      }
      const written = asWritten(text, base, name);
      return attribution(written, written.start, at + m[0].length);
    }
    // A lower-case institution right before the verb: "the fire service said", "police said".
    const institution = clause === undefined ? INSTITUTION_BEFORE.exec(text.slice(base, at)) : null;
    if (institution?.[1] !== undefined) {
      const start = base + institution.index + institution[0].indexOf(institution[1]);
      return { speaker: institution[1], start, end: at + m[0].length };
    }
    // A group as a plural noun phrase before the verb: "County officials said", "officials told reporters".
    const group = clause === undefined ? groupBefore(text, sentence, at, m[0], tags) : undefined;
    if (group !== undefined) return group;
    // "said X", inverted after the words said ("…,” said X", "…, said X"): a name followed by another with
    // only spaces between is one speaker ("Fire Chief Ramona Ellery" where "Fire" is a known name), and after a role
    // the person is the speaker ("Brightcell spokeswoman Mirela Sandoval").
    const after = names.find((n) => n.start > at + m[0].length && /^\s+$/.test(text.slice(at + m[0].length, n.start)));
    if (after !== undefined && /^said$/i.test(m[0]) && /[,"“”'‘’]\s*$/.test(text.slice(base, at))) {
      let speaker: NameSpan = after;
      for (let k = names.indexOf(after) + 1; k < names.length; k += 1) {
        const next = names[k] as NameSpan;
        const gap = text.slice(speaker.end, next.start);
        if (/^\s+$/.test(gap)) speaker = { ...speaker, to: next.to, end: next.end, text: text.slice(speaker.start, next.end) };
        else if (ROLE_BETWEEN.test(gap)) speaker = next;
        else break;
      }
      return attribution(speaker, at, speaker.end);
    }
  }
  return undefined;
};

/**
 * Lists of entities in a sentence: two or more names joined by commas and
 * "and" ("Portugal, Spain and France", "the UK, European Union, Japan, …,
 * and the Democratic Republic of Congo"), two names joined by a hyphen
 * ("a Trump-Xi call"), or a name followed by "and other …" / "and European
 * countries" (an open list of one). A list is open when the words around it
 * say so ("including", "such as", "among them", "are among", "and others"),
 * closed otherwise. The value is built as the loader builds `{ members,
 * list }`, with every member resolved through the alias tables.
 */
import type { EntityRef } from '../model/value.js';
import type { EntityResolver } from '../normalize/index.js';
import type { Mention } from './mention.js';
import type { NameSpan } from './entity-names.js';
import type { SentenceTags } from './pos-tags.js';
import type { Sentence, Word } from './text-units.js';

const OPEN_BEFORE = /\b(?:including|includes|include|such as|among them|among others|among|like|e\.g\.)\s*:?\s*(?:the\s+)?$/i;
const OPEN_AFTER = /^\s*(?:,?\s*(?:and|or) (?:others|more|other \w+)|,?\s*among others|,?\s*etc\b|(?:are|were|is|was) (?:among|part of|some of|one of))/i;
/** The words a list's names may be joined by, between two names. */
const SEPARATOR = /^(?:,\s*(?:and\s+|&\s+|as well as\s+)?|\s+(?:and|&)\s+|\s+as well as\s+)(?:the\s+)?$/i;
const OPEN_TAIL = /^\s+and\s+(?:other|several|many|some|various|[\p{L}-]+(?:an|ese|ish|ic)|[\p{Ll}]+ed)?\s*[\p{Ll}-]*\s*(?:countries|nations|states|partners|allies|members|governments|companies|firms|organi[sz]ations|economies)\b/u;
/** Words that end an organisation's name: "Belt and Road Initiative" is one name, not a list. */
const NAME_ENDINGS = /\b(?:Initiative|Alliance|Council|Agreement|Act|Partnership|Company|Corporation|Group|Bank|Fund|Party|Ministry|Department|University|Institute|Agency|Commission|Summit|Forum|Programme|Program|Project|Declaration|Association|Organization|Organisation|Committee|Authority|Board|Office|Service|Society|Union|Treaty|Strategy|Plan|Law)$/;

const ref = (name: string, resolver: EntityResolver): EntityRef => {
  const id = resolver.resolve(name);
  return id !== undefined ? { name, id } : { name };
};

const cleanName = (name: string): string => name.replace(/^the\s+/i, '');

/** The entity-set mentions of one sentence, from its names. */
export const listMentions = (text: string, sentence: Sentence, names: readonly NameSpan[], resolver: EntityResolver, _tags: SentenceTags | undefined): Mention[] => {
  const out: Mention[] = [];
  const push = (members: readonly string[], start: number, end: number, open: boolean): void => {
    const unique = [...new Set(members.map(cleanName))];
    if (unique.length === 0) return;
    const refs = unique.map((m) => ref(m, resolver));
    const known = refs.filter((r) => r.id !== undefined).length;
    const strength = Math.min(0.9, 0.35 + 0.4 * (known / refs.length) + (refs.length >= 3 ? 0.15 : 0));
    out.push({
      kind: 'entity-set',
      start,
      end,
      fileValue: { members: unique, list: open ? 'open' : 'closed' },
      value: { type: 'entity-set', mode: open ? 'open' : 'closed', members: refs, raw: text.slice(start, end) },
      strength,
      names: unique,
    });
  };
  // Runs of names joined by list separators.
  let i = 0;
  while (i < names.length) {
    let j = i;
    while (j + 1 < names.length && SEPARATOR.test(text.slice((names[j] as NameSpan).end, (names[j + 1] as NameSpan).start))) j += 1;
    const run = names.slice(i, j + 1);
    const first = run[0] as NameSpan;
    const last = run[run.length - 1] as NameSpan;
    const before = text.slice(sentence.start, first.start);
    const after = text.slice(last.end, sentence.end);
    // A list joins its names with "and" (or has three or more); "X, Y" alone is an apposition.
    const joinedByAnd = run.some((n, k) => k > 0 && !/^,\s*(?:the\s+)?$/i.test(text.slice((run[k - 1] as NameSpan).end, n.start)));
    if (run.length >= 3 || (run.length === 2 && (joinedByAnd || OPEN_AFTER.test(after)))) {
      // "Belt and Road Initiative", "Academy of Trade and Economic Cooperation": one organisation's name, not a list.
      const pairIsOneName = run.length === 2 && first.id === undefined && last.id === undefined && (NAME_ENDINGS.test(last.text) || / of /.test(first.text) || / of /.test(last.text));
      if (!pairIsOneName) push(run.map((n) => n.text), first.start, last.end, OPEN_BEFORE.test(before) || OPEN_AFTER.test(after));
    } else {
      const tail = OPEN_TAIL.exec(after);
      if (tail !== null && first.id !== undefined) push([first.text], first.start, last.end + tail[0].length, true);
    }
    i = j + 1;
  }
  // "a Trump-Xi Jinping call", "US-Japan talks": two names joined by a hyphen inside one word.
  const words = sentence.words as readonly Word[];
  words.forEach((w, k) => {
    const parts = w.text.split(/[-–]/);
    if (parts.length !== 2 || !parts.every((p) => /^\p{Lu}/u.test(p))) return;
    const [a = '', b = ''] = parts;
    // "Trump-Xi Jinping": the second name may continue into the next word.
    const next = words[k + 1];
    const longer = next !== undefined && next.capitalised && text.slice(w.end, next.start) === ' ' ? `${b} ${next.text}` : undefined;
    const second = longer !== undefined && resolver.resolve(longer) !== undefined ? longer : b;
    if (resolver.resolve(a) === undefined && resolver.resolve(second) === undefined) return;
    push([a, second], w.start, second === b ? w.end : (next as Word).end, false);
  });
  return out;
};

/**
 * Rule `date-tension`: when an event happened, as one source dates it,
 * against what another source's own dates imply. What it reports and why:
 * `meta.docs` (shown in docs/rules.md); its examples: `examples/date-tension.ts`.
 */
import { z } from 'zod';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import type { DateValue, Value, WeekdayValue } from '../../model/value.js';
import { defineRule, type FindingDraft, type RuleContext } from '../rule.js';
import { dateTensionExamples } from './examples/date-tension.js';
import { dayOfIso, formatDay, isoDaysBetween, weekdayOf } from '../../normalize/calendar-day.js';
import { publicationDay } from '../../normalize/publication-day.js';
import { resolveWeekday } from '../../normalize/weekday-phrase.js';
import { isTentative } from './value-classes.js';
import { joinWords, numberWord } from '../../values/words.js';
import { predicateWords, sourceGroupsOf, sourceWords, sourcesOf } from './words.js';
import { compareOrdinal } from '../../model/ordinal.js';

const DateTensionOptionsSchema = z.strictObject({
  lateAfterDays: z
    .number()
    .int()
    .nonnegative()
    .default(7)
    .describe('A report this many days or more after the earliest event date, with no date of its own, is a `late-report`.'),
});
/** Options of the date-tension rule. */
export type DateTensionOptions = z.input<typeof DateTensionOptionsSchema>;

const eventDate = (c: GroupClaim): DateValue | WeekdayValue | undefined => {
  const v: Value = c.value;
  if (v.type === 'date' || v.type === 'weekday') return v;
  return c.qualifiers?.time;
};

const dayOf = (c: GroupClaim): string | undefined => {
  const d = eventDate(c);
  return d?.type === 'date' && d.precision === 'day' && d.start === d.end ? d.start : undefined;
};

const days = (n: number): string => `${numberWord(n)} day${n === 1 ? '' : 's'}`;

const byDay = (claims: readonly GroupClaim[]): Map<string, GroupClaim[]> => {
  const map = new Map<string, GroupClaim[]>();
  for (const c of claims) {
    const d = dayOf(c) as string;
    const list = map.get(d);
    if (list === undefined) map.set(d, [c]);
    else list.push(c);
  }
  return new Map([...map.entries()].sort(([a], [b]) => compareOrdinal(a, b)));
};

const datingWords = (context: RuleContext, dated: ReadonlyMap<string, GroupClaim[]>): string =>
  joinWords([...dated.entries()].map(([day, cs]) => `${sourceWords(context, cs)} date${sourcesOf(cs).length === 1 ? 's' : ''} it ${day}`));

const draftFor = (
  context: RuleContext,
  group: ClaimGroup,
  kind: string,
  message: string,
  a: { label: string; claims: readonly GroupClaim[] },
  b: { label: string; claims: readonly GroupClaim[] },
  data: Record<string, unknown>,
): FindingDraft => ({
  kind,
  message,
  key: { subject: group.subject, predicate: group.predicate },
  sides: [a, b].map((s) => ({ label: s.label, claims: s.claims.map(context.findingClaim) })),
  related: [],
  sourceGroups: sourceGroupsOf(context, [...a.claims, ...b.claims]),
  identity: kind,
  data,
});

/**
 * The date-tension rule.
 *
 * @example
 * createReconciler({ rules: [dateTensionRule], config: { 'date-tension': ['on', { lateAfterDays: 3 }] } })
 */
export const dateTensionRule = defineRule({
  id: 'date-tension',
  meta: {
    description: 'An event date against another source’s publication date, relative date or own date.',
    docs: `When an event happened, as one source dates it, against what another source's own dates
imply. A claim's event date is its value (date or weekday predicates) or its \`time\` qualifier;
the rule looks at the day-precision event dates of a claim group.

- \`late-report\`: a source reports the event with no date of its own and was published
  \`lateAfterDays\` or more days after the earliest event date — it may present an old event as news.
- \`reported-before-event\`: a source states the event as done (asserted or reported) but was
  published before it.
- \`publication-date\`: a source dates the event on its own publication day while another
  source dates it earlier — the date is probably the page's, not the event's
  ("Published on December 24, 2025, the initiative…").
- \`relative-date\`: "on Friday" read against the source's own publication date (the latest such
  day on or before it) lands on a day no source gives — unless the same source dates the event
  on that weekday (a dated related-articles box).
- \`date-disagreement\`: sources date the same event (same or compatible values, time
  qualifiers) on different days.

Explicit dates that differ on a functional predicate are also a \`value-conflict\`; the
\`publication-date\` tension says why they may differ.`,
    kinds: {
      'late-report': { severity: 'warning', description: 'an undated report published long after the event' },
      'reported-before-event': { severity: 'warning', description: 'a report published before the event it states as done' },
      'publication-date': { severity: 'warning', description: 'an event dated on the reporting page’s own publication day' },
      'relative-date': { severity: 'warning', description: 'a weekday that, read against its page’s date, lands on a day no source gives' },
      'date-disagreement': { severity: 'warning', description: 'the same event dated on different days' },
    },
    options: DateTensionOptionsSchema,
    contested: true,
    examples: dateTensionExamples,
  },
  check: (context, options) => {
    const lateAfter = options.lateAfterDays;
    const drafts: FindingDraft[] = [];
    const published = (c: GroupClaim): string | undefined => {
      const doc = context.source(c.sourceId);
      if (doc === undefined) return undefined;
      const day = publicationDay(doc.source.publishedAt);
      return day.ok && day.value !== undefined ? formatDay(day.value) : undefined;
    };
    for (const group of context.groups) {
      const affirmative = group.claims.filter((c) => c.polarity === 'affirmative');
      const dated = affirmative.filter((c) => dayOf(c) !== undefined);
      if (dated.length === 0) continue;
      const datedByDay = byDay(dated);
      const earliest = [...datedByDay.keys()][0] as string;
      const label = predicateWords(context, group.predicate);
      const anchorSide = { label: datingWords(context, datedByDay), claims: dated };

      // Undated reports, per source: late or premature against the earliest event date.
      const undated = affirmative.filter((c) => eventDate(c) === undefined);
      for (const sourceId of sourcesOf(undated)) {
        const claims = undated.filter((c) => c.sourceId === sourceId);
        const day = published(claims[0] as GroupClaim);
        if (day === undefined) continue;
        const lag = isoDaysBetween(earliest, day);
        const who = context.sourceLabel(sourceId);
        if (lag >= lateAfter) {
          drafts.push(
            draftFor(
              context,
              group,
              'late-report',
              `${who}, published ${day}, reports ${group.subjectName} ${label} with no date of its own; ${datingWords(context, datedByDay)}, ${days(lag)} before ${who} was published — ${who} may present an old event as news`,
              anchorSide,
              { label: `${who} (published ${day}), undated`, claims },
              { publishedAt: day, eventDate: earliest, days: lag },
            ),
          );
        } else if (lag < 0 && !claims.every(isTentative)) {
          drafts.push(
            draftFor(
              context,
              group,
              'reported-before-event',
              `${who}, published ${day}, reports ${group.subjectName} ${label} as done; ${datingWords(context, datedByDay)}, ${days(-lag)} after ${who} was published`,
              anchorSide,
              { label: `${who} (published ${day})`, claims },
              { publishedAt: day, eventDate: earliest, days: lag },
            ),
          );
        }
      }

      // A source that dates the event on its own publication day, later than another source's date.
      for (const c of dated) {
        const day = dayOf(c) as string;
        if (published(c) !== day) continue;
        const earlier = dated.filter((o) => o.sourceId !== c.sourceId && (dayOf(o) as string) < day);
        if (earlier.length === 0) continue;
        const who = context.sourceLabel(c.sourceId);
        const earlierByDay = byDay(earlier);
        const gap = isoDaysBetween([...earlierByDay.keys()][0] as string, day);
        drafts.push(
          draftFor(
            context,
            group,
            'publication-date',
            `${who} dates ${group.subjectName} ${label} ${day}, its own publication date; ${datingWords(context, earlierByDay)}, ${earlierByDay.size > 1 ? 'up to ' : ''}${days(gap)} earlier — the date may be ${who}'s, not the event's`,
            { label: datingWords(context, earlierByDay), claims: earlier },
            { label: `${who}: ${day} (= its publication date)`, claims: [c] },
            { publishedAt: day, eventDates: [...earlierByDay.keys()], days: gap },
          ),
        );
      }

      // Weekdays read against their own source's publication date.
      for (const c of affirmative) {
        const d = eventDate(c);
        if (d?.type !== 'weekday') continue;
        const day = published(c);
        if (day === undefined) continue;
        const resolved = formatDay(resolveWeekday({ weekday: d.weekday, relation: 'plain' }, dayOfIso(day), 'past'));
        if (datedByDay.has(resolved)) continue;
        if (dated.some((o) => o.sourceId === c.sourceId && weekdayOf(dayOfIso(dayOf(o) as string)) === d.weekday)) continue;
        const who = context.sourceLabel(c.sourceId);
        drafts.push(
          draftFor(
            context,
            group,
            'relative-date',
            `${who} says “${d.raw ?? d.weekday}”, which read against its publication date ${day} is ${resolved}; ${datingWords(context, datedByDay)}`,
            anchorSide,
            { label: `${who}: ${d.raw ?? d.weekday} → ${resolved}`, claims: [c] },
            { publishedAt: day, resolved, eventDates: [...datedByDay.keys()] },
          ),
        );
      }

      // Qualifier-dated claims with compatible values on different days.
      const qualified = byDay(dated.filter((c) => c.value.type !== 'date' && c.value.type !== 'weekday'));
      const dayList = [...qualified.entries()];
      for (let i = 0; i < dayList.length; i++) {
        for (let j = i + 1; j < dayList.length; j++) {
          const [dayA, a] = dayList[i] as [string, GroupClaim[]];
          const [dayB, b] = dayList[j] as [string, GroupClaim[]];
          const ra = a[0] as GroupClaim;
          const rb = b[0] as GroupClaim;
          if (ra.valueKey !== rb.valueKey && context.compareValues(ra.value, rb.value).verdict !== 'compatible') continue;
          const gap = isoDaysBetween(dayA, dayB);
          drafts.push(
            draftFor(
              context,
              group,
              'date-disagreement',
              `${sourceWords(context, a)} date${sourcesOf(a).length === 1 ? 's' : ''} ${group.subjectName} ${label} ${dayA}; ${sourceWords(context, b)} date${sourcesOf(b).length === 1 ? 's' : ''} it ${dayB}, ${days(gap)} later`,
              { label: `${sourceWords(context, a)}: ${dayA}`, claims: a },
              { label: `${sourceWords(context, b)}: ${dayB}`, claims: b },
              { dates: [dayA, dayB], days: gap },
            ),
          );
        }
      }
    }
    return drafts;
  },
});

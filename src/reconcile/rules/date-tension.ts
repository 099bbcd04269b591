/**
 * Rule `date-tension`: when an event happened, as one source dates it,
 * against what another source's own dates imply. What it reports and why:
 * `meta.docs` (shown in docs/rules.md); its examples: `examples/date-tension.ts`.
 */
import { z } from 'zod';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import type { DateValue } from '../../model/value.js';
import { defineRule, type FindingDraft, type RuleContext } from '../rule.js';
import { dateTensionExamples } from './examples/date-tension.js';
import { dayOfIso, formatDay, isoDaysBetween, weekdayOf } from '../../normalize/calendar-day.js';
import { publicationDay } from '../../normalize/publication-day.js';
import { resolveWeekday } from '../../normalize/weekday-phrase.js';
import { isTentative } from './value-classes.js';
import { dayOf, eventDate } from './event-date.js';
import { DATES_A_DAY, groupFacts } from './group-facts.js';
import { clusterValues } from '../value-clusters.js';
import { joinWords, numberWord } from '../../values/words.js';
import type { FindingNote } from '../../model/finding.js';
import { predicateWords, sourceWords, sourcesOf } from './words.js';
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
  disagreement: string,
  message: string,
  sides: readonly { label: string; claims: readonly GroupClaim[] }[],
  data: Record<string, unknown>,
): FindingDraft => ({
  kind,
  message,
  key: { subject: group.subject, predicate: group.predicate },
  disagreement,
  sides: sides.map((s) => ({ label: s.label, claims: s.claims.map(context.findingClaim) })),
  related: [],
  data,
});

/** A day as a date value (for the graded gap between two days). */
const dayValue = (day: string): DateValue => ({ type: 'date', start: day, end: day, precision: 'day' });

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
  ("Published on December 24, 2025, the initiative…"). This explains a disagreement rather than
  being one: when \`value-conflict\` (or this rule's \`date-disagreement\`) reports the dates that
  differ, the explanation becomes a related note on that one finding; only on its own (the other
  rule off, a multi-valued predicate) is it a finding.
- \`relative-date\`: "on Friday" read against the source's own publication date (the latest such
  day on or before it) lands on a day no source gives — unless the same source dates the event
  on that weekday (a dated related-articles box).
- \`date-disagreement\`: sources date the same event (same or compatible values, time
  qualifiers) on different days: one finding per event, every day a side, graded like any date
  gap (a day apart is a minor tension).

Explicit dates that differ on a functional predicate are a \`value-conflict\`, reported once, with
the \`publication-date\` explanation as its note. Late, premature and relative-date tensions are
one finding per source.`,
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
    // A source's publication day, read once per source.
    const publishedDays = new Map<string, string | null>();
    const published = (c: GroupClaim): string | undefined => {
      const known = publishedDays.get(c.sourceId);
      if (known !== undefined) return known ?? undefined;
      const doc = context.source(c.sourceId);
      const day = doc === undefined ? undefined : publicationDay(doc.source.publishedAt);
      const formatted = day !== undefined && day.ok && day.value !== undefined ? formatDay(day.value) : undefined;
      publishedDays.set(c.sourceId, formatted ?? null);
      return formatted;
    };
    // Most groups date nothing (the run's one walk over the claims says which do), and nothing is built for them.
    const facts = groupFacts(context);
    const groups = context.groups;
    for (let g = 0; g < groups.length; g += 1) {
      if (((facts[g] as number) & DATES_A_DAY) === 0) continue;
      const group = groups[g] as ClaimGroup;
      let datedClaims: GroupClaim[] | undefined;
      for (const c of group.claims) {
        if (c.polarity === 'affirmative' && dayOf(c) !== undefined) (datedClaims ??= []).push(c);
      }
      if (datedClaims === undefined) continue;
      const dated: readonly GroupClaim[] = datedClaims;
      const affirmative = group.claims.filter((c) => c.polarity === 'affirmative');
      const datedByDay = byDay(dated);
      const earliest = [...datedByDay.keys()][0] as string;
      // Words and sides are made only for a group that reports something.
      let labelWords: string | undefined;
      const labelOf = (): string => (labelWords ??= predicateWords(context, group.predicate));
      // Who dates the event when, in words: the anchor side's label and most messages show it.
      let dating: string | undefined;
      const datingOf = (): string => (dating ??= datingWords(context, datedByDay));
      let anchor: { label: string; claims: readonly GroupClaim[] } | undefined;
      const anchorSide = (): { label: string; claims: readonly GroupClaim[] } => (anchor ??= { label: datingOf(), claims: dated });

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
              `late-report:${sourceId}`,
              `${who}, published ${day}, reports ${group.subjectName} ${labelOf()} with no date of its own; ${datingOf()}, ${days(lag)} before ${who} was published — ${who} may present an old event as news`,
              [anchorSide(), { label: `${who} (published ${day}), undated`, claims }],
              { publishedAt: day, eventDate: earliest, days: lag },
            ),
          );
        } else if (lag < 0 && !claims.every(isTentative)) {
          drafts.push(
            draftFor(
              context,
              group,
              'reported-before-event',
              `reported-before-event:${sourceId}`,
              `${who}, published ${day}, reports ${group.subjectName} ${labelOf()} as done; ${datingOf()}, ${days(-lag)} after ${who} was published`,
              [anchorSide(), { label: `${who} (published ${day})`, claims }],
              { publishedAt: day, eventDate: earliest, days: lag },
            ),
          );
        }
      }

      // A source that dates the event on its own publication day, later than another source's date:
      // an explanation of the date disagreement (value-conflict reports the disagreement itself).
      const ownDay = dated.filter((c) => published(c) === dayOf(c));
      const explained = new Set<GroupClaim>();
      const notes: FindingNote[] = [];
      const pubSides: { label: string; claims: readonly GroupClaim[] }[] = [];
      const pubDays: string[] = [];
      let pubGap = 0;
      for (const c of ownDay) {
        const day = dayOf(c) as string;
        const earlier = dated.filter((o) => o.sourceId !== c.sourceId && (dayOf(o) as string) < day);
        if (earlier.length === 0) continue;
        const who = context.sourceLabel(c.sourceId);
        const earlierByDay = byDay(earlier);
        const gap = isoDaysBetween([...earlierByDay.keys()][0] as string, day);
        const words = `${who} dates ${group.subjectName} ${labelOf()} ${day}, its own publication date; ${datingWords(context, earlierByDay)}, ${earlierByDay.size > 1 ? 'up to ' : ''}${days(gap)} earlier — the date may be ${who}'s, not the event's`;
        notes.push({ message: words, sourceId: c.sourceId, claimId: c.claimId, span: c.span });
        for (const o of earlier) if (!explained.has(o)) explained.add(o);
        pubSides.push({ label: `${who}: ${day} (= its publication date)`, claims: [c] });
        pubDays.push(day);
        pubGap = Math.max(pubGap, gap);
      }
      if (notes.length > 0) {
        const earlier = [...explained].sort((a, b) => (a.claimId < b.claimId ? -1 : 1));
        const valueDated = dated.every((c) => c.value.type === 'date' || c.value.type === 'weekday');
        drafts.push({
          ...draftFor(
            context,
            group,
            'publication-date',
            valueDated ? 'value' : 'event-date',
            notes.map((n) => n.message).join('; '),
            [{ label: datingWords(context, byDay(earlier)), claims: earlier }, ...pubSides],
            { publishedAt: pubDays, days: pubGap },
          ),
          explains: notes,
        });
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
            `relative-date:${c.sourceId}`,
            `${who} says “${d.raw ?? d.weekday}”, which read against its publication date ${day} is ${resolved}; ${datingOf()}`,
            [anchorSide(), { label: `${who}: ${d.raw ?? d.weekday} → ${resolved}`, claims: [c] }],
            { publishedAt: day, resolved, eventDates: [...datedByDay.keys()] },
          ),
        );
      }

      // Qualifier-dated claims with compatible values on different days: one finding per value, every day a side.
      // (Different days are different scopes, so the group's own clusters keep them apart: cluster the values alone.)
      const qualified = dated.filter((c) => c.value.type !== 'date' && c.value.type !== 'weekday' && c.value.type !== 'partial-date');
      // All on one day: no value of theirs is dated on two days.
      const firstQualified = qualified[0];
      if (firstQualified === undefined || qualified.every((c) => dayOf(c) === dayOf(firstQualified))) continue;
      const byValue = new Map<string, GroupClaim[]>();
      for (const c of qualified) byValue.set(c.valueKey, [...(byValue.get(c.valueKey) ?? []), c]);
      const valueClusters = clusterValues(
        [...byValue.entries()].sort(([a], [b]) => compareOrdinal(a, b)).map(([key, claims]) => ({ key, claims })),
        {
          compatible: (a, b) => a.valueKey === b.valueKey || context.compareValues(a.value, b.value).verdict === 'compatible',
          extent: (c) => context.values.extent(c.value),
          maxCompared: 64,
        },
      );
      for (const cluster of valueClusters) {
        const inCluster = new Set(cluster.claims);
        const byDate = byDay(qualified.filter((c) => inCluster.has(c)));
        if (byDate.size < 2) continue;
        const dayList = [...byDate.entries()];
        const [firstDay, firstClaims] = dayList[0] as [string, GroupClaim[]];
        const [lastDay] = dayList[dayList.length - 1] as [string, GroupClaim[]];
        const gap = isoDaysBetween(firstDay, lastDay);
        const discrepancy = context.discrepancy(dayValue(firstDay), dayValue(lastDay));
        const message =
          dayList.length === 2
            ? `${sourceWords(context, firstClaims)} date${sourcesOf(firstClaims).length === 1 ? 's' : ''} ${group.subjectName} ${labelOf()} ${firstDay}; ${sourceWords(context, (dayList[1] as [string, GroupClaim[]])[1])} date${sourcesOf((dayList[1] as [string, GroupClaim[]])[1]).length === 1 ? 's' : ''} it ${lastDay}, ${days(gap)} later`
            : `${datingWords(context, byDate)}: ${numberWord(dayList.length)} days for one ${group.subjectName} ${labelOf()}, up to ${days(gap)} apart`;
        drafts.push({
          ...draftFor(
            context,
            group,
            'date-disagreement',
            `event-date:${cluster.leader.valueKey}`,
            message,
            dayList.map(([day, cs]) => ({ label: `${sourceWords(context, cs)}: ${day}`, claims: cs })),
            { dates: dayList.map(([day]) => day), days: gap },
          ),
          ...(discrepancy !== undefined ? { discrepancy } : {}),
          ...(discrepancy?.grade === 'minor' ? { severity: 'warning' as const } : {}),
          disputed: dayList.map(([day]) => [day]),
        });
      }
    }
    return drafts;
  },
});

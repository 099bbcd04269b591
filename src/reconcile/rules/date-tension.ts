/**
 * Rule `date-tension`: when an event happened, as one source dates it,
 * against what another source's own dates imply. What it reports and why:
 * `meta.docs` (shown in docs/rules.md); its examples: `examples/date-tension.ts`.
 */
import { z } from 'zod';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import type { DateValue, Weekday } from '../../model/value.js';
import type { SourceId } from '../../model/ids.js';
import { defineRule, type DraftSide, type FindingDraft, type RuleContext } from '../rule.js';
import { dateTensionExamples } from './examples/date-tension.js';
import { dayOfIso, formatDay, isoDaysBetween, weekdayOf } from '../../normalize/calendar-day.js';
import { formattedDay } from './published-day.js';
import { resolveWeekday } from '../../normalize/weekday-phrase.js';
import { isTentative } from './value-classes.js';
import { dayOf, eventDate } from './event-date.js';
import { DATES_A_DAY, groupFacts } from './group-facts.js';
import { clusterValues } from '../value-clusters.js';
import { joinWords, numberWord } from '../../values/words.js';
import type { FindingNote } from '../../model/finding.js';
import { predicateWords, sourceWords, topicWords } from './words.js';
import { onlySource, sourcesOf } from '../claim-sources.js';
import { compareOrdinal } from '../../model/ordinal.js';
import { flattened } from '../flat-string.js';
import { NO_NOTES } from './no-notes.js';

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

/** Claims by their day (`dayOf`), days in order; claims keep their order. */
const byDay = (claims: readonly GroupClaim[]): Map<string, readonly GroupClaim[]> => {
  // Most groups date the event on one day: one entry, no sort.
  const first = dayOf(claims[0] as GroupClaim) as string;
  let oneDay = true;
  for (let i = 1; i < claims.length && oneDay; i += 1) oneDay = dayOf(claims[i] as GroupClaim) === first;
  if (oneDay) return new Map([[first, claims]]);
  const map = new Map<string, GroupClaim[]>();
  for (const c of claims) {
    const d = dayOf(c) as string;
    const list = map.get(d);
    if (list === undefined) map.set(d, [c]);
    else list.push(c);
  }
  return new Map([...map.entries()].sort(([a], [b]) => compareOrdinal(a, b)));
};

const datingWords = (context: RuleContext, dated: ReadonlyMap<string, readonly GroupClaim[]>): string =>
  joinWords([...dated.entries()].map(([day, cs]) => `${sourceWords(context, cs)} date${onlySource(cs) !== undefined ? 's' : ''} it ${day}`));

/**
 * A side of a draft: its label stored flat (see `flattened`: a message tree of pieces would be copied by
 * every collection until assemble reads it) and its claims as finding claims.
 */
const sideOf = (context: RuleContext, label: string, claims: readonly GroupClaim[]): DraftSide => ({ label: flattened(label), claims: claims.map(context.findingClaim) });

/** A draft's key: the claim group's subject and predicate. */
type DraftKey = NonNullable<FindingDraft['key']>;

const draftFor = (
  key: DraftKey,
  kind: string,
  disagreement: string,
  message: string,
  sides: readonly DraftSide[],
  data: Record<string, unknown>,
): FindingDraft => ({
  kind,
  message: flattened(message),
  key,
  disagreement,
  sides,
  related: NO_NOTES,
  data,
});

/** The day offsets are counted from (any fixed day: only differences are read). */
const OFFSET_FROM = '2000-01-01';

/** Days from ISO day `from` to `to` (`isoDaysBetween`), each day's offset computed once per run and kept in `offsets`. */
const daysApart = (offsets: Map<string, number>, from: string, to: string): number => {
  let a = offsets.get(from);
  if (a === undefined) {
    a = isoDaysBetween(OFFSET_FROM, from);
    offsets.set(from, a);
  }
  let b = offsets.get(to);
  if (b === undefined) {
    b = isoDaysBetween(OFFSET_FROM, to);
    offsets.set(to, b);
  }
  return b - a;
};

/**
 * Days and weekdays a run reads again and again, each worked out once per run (a run names few days):
 * the weekday of a day, and "on Friday" read against a publication day (the latest such day on or before it).
 */
class DayWork {
  private readonly weekdays = new Map<string, Weekday>();
  private readonly resolved = new Map<string, Map<Weekday, string>>();

  /** The weekday of an ISO day. */
  weekdayOf(day: string): Weekday {
    let weekday = this.weekdays.get(day);
    if (weekday === undefined) {
      weekday = weekdayOf(dayOfIso(day));
      this.weekdays.set(day, weekday);
    }
    return weekday;
  }

  /** The latest day on or before ISO day `published` that is this weekday, as an ISO day (`resolveWeekday`, plain, past). */
  lastWeekday(published: string, weekday: Weekday): string {
    let byWeekday = this.resolved.get(published);
    if (byWeekday === undefined) {
      byWeekday = new Map();
      this.resolved.set(published, byWeekday);
    }
    let day = byWeekday.get(weekday);
    if (day === undefined) {
      day = formatDay(resolveWeekday({ weekday, relation: 'plain' }, dayOfIso(published), 'past'));
      byWeekday.set(weekday, day);
    }
    return day;
  }
}

/** A day as a date value (for the graded gap between two days). */
const dayValue = (day: string): DateValue => ({ type: 'date', start: day, end: day, precision: 'day' });

/**
 * What the drafts of one claim group share, each made on first need: the predicate's words, the dated
 * claims by day, who dates the event when (in words), the anchor side and the draft key. One object per
 * run, set to each group in turn with `start`: a group that reports nothing builds none of it, and no
 * group makes closures of its own.
 */
class GroupWork {
  private group: ClaimGroup | undefined;
  private dated: readonly GroupClaim[] = [];
  private topicText: string | undefined;
  private byDayOfDated: Map<string, readonly GroupClaim[]> | undefined;
  private datingText: string | undefined;
  private anchorSide: DraftSide | undefined;
  private groupKey: DraftKey | undefined;
  private days: readonly string[] | undefined;

  constructor(readonly context: RuleContext) {}

  /** Work on this group, whose dated claims (`dayOf`) are these. */
  start(group: ClaimGroup, dated: readonly GroupClaim[]): void {
    this.group = group;
    this.dated = dated;
    this.topicText = undefined;
    this.byDayOfDated = undefined;
    this.datingText = undefined;
    this.anchorSide = undefined;
    this.groupKey = undefined;
    this.days = undefined;
  }

  /** The group at hand. */
  get current(): ClaimGroup {
    return this.group as ClaimGroup;
  }

  /** What the group's messages are about: "Pax Silica, launch" (see `topicWords`). */
  topic(): string {
    return (this.topicText ??= topicWords(this.current.subjectName, predicateWords(this.context, this.current.predicate)));
  }

  /** The dated claims by day. */
  byDay(): Map<string, readonly GroupClaim[]> {
    return (this.byDayOfDated ??= byDay(this.dated));
  }

  /** Who dates the event when, in words: the anchor side's label and most messages show it. */
  dating(): string {
    return (this.datingText ??= datingWords(this.context, this.byDay()));
  }

  /** The anchor side (who dates the event when), shared by the group's drafts. */
  anchor(): DraftSide {
    return (this.anchorSide ??= sideOf(this.context, this.dating(), this.dated));
  }

  /** The drafts' key, shared by the group's drafts. */
  key(): DraftKey {
    return (this.groupKey ??= { subject: this.current.subject, predicate: this.current.predicate });
  }

  /** The days the dated claims give, in order: one list shared by the group's drafts that show them. */
  eventDays(): readonly string[] {
    return (this.days ??= [...this.byDay().keys()]);
  }
}

/**
 * What a run's drafts say of a source the same way every time — its undated-report labels (a source has
 * one publication day) and its disagreement keys — made on a draft's first need and shared by every
 * draft about that source: a source that reports many old events keeps one label, not one per finding.
 */
class SourceTexts {
  private readonly bySource = new Map<SourceId, { [K in SourceText]?: string }>();

  /** The text of this sort for this source: `text` the first time (stored flat, see `flattened`), the same string after. */
  of(sourceId: SourceId, sort: SourceText, text: string): string {
    let texts = this.bySource.get(sourceId);
    if (texts === undefined) {
      texts = {};
      this.bySource.set(sourceId, texts);
    }
    return (texts[sort] ??= flattened(text));
  }
}

/** The texts `SourceTexts` shares: labels of an undated source's side, disagreement keys. */
type SourceText = 'late-label' | 'early-label' | 'late-key' | 'early-key' | 'relative-key' | 'own-day-label';

/**
 * An undated report of one source against the earliest event date: `late-report` when it was published
 * `lateAfter` or more days after it, `reported-before-event` when before it (unless tentative). `own` is
 * the source's claims when they are all of `undated`, else they are picked out for a draft.
 */
const undatedReport = (
  work: GroupWork,
  texts: SourceTexts,
  drafts: FindingDraft[],
  undated: readonly GroupClaim[],
  sourceId: SourceId,
  own: readonly GroupClaim[] | undefined,
  day: string | undefined,
  offsets: Map<string, number>,
  earliest: string,
  lateAfter: number,
): void => {
  if (day === undefined) return;
  const lag = daysApart(offsets, earliest, day);
  if (lag >= 0 && lag < lateAfter) return;
  const claims = own ?? undated.filter((c) => c.sourceId === sourceId);
  const context = work.context;
  const who = context.sourceLabel(sourceId);
  if (lag >= lateAfter) {
    drafts.push(
      draftFor(
        work.key(),
        'late-report',
        texts.of(sourceId, 'late-key', `late-report:${sourceId}`),
        `${work.topic()}: ${who}, published ${day}, reports it with no date of its own; ${work.dating()}, ${days(lag)} before ${who} was published — ${who} may present an old event as news`,
        [work.anchor(), sideOf(context, texts.of(sourceId, 'late-label', `${who} (published ${day}), undated`), claims)],
        { publishedAt: day, eventDate: earliest, days: lag },
      ),
    );
  } else if (lag < 0 && !claims.every(isTentative)) {
    drafts.push(
      draftFor(
        work.key(),
        'reported-before-event',
        texts.of(sourceId, 'early-key', `reported-before-event:${sourceId}`),
        `${work.topic()}: ${who}, published ${day}, reports it as done; ${work.dating()}, ${days(-lag)} after ${who} was published`,
        [work.anchor(), sideOf(context, texts.of(sourceId, 'early-label', `${who} (published ${day})`), claims)],
        { publishedAt: day, eventDate: earliest, days: lag },
      ),
    );
  }
};

/** Whether a claim of the source among the dated ones dates the event on that weekday (a dated related-articles box). */
const datesOnWeekday = (days: DayWork, dated: readonly GroupClaim[], sourceId: SourceId, weekday: Weekday): boolean => {
  for (let i = 0; i < dated.length; i += 1) {
    const o = dated[i] as GroupClaim;
    if (o.sourceId === sourceId && days.weekdayOf(dayOf(o) as string) === weekday) return true;
  }
  return false;
};

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
  gap (a day apart is a minor tension). A value that fits two values in conflict (\`between 30
  and 50\` fits 30 and 50, a figure that changed between the days) is not taken as the same event
  as either.

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
    // A source's publication day, read once per source (and each date as written once: sources share a few).
    const publishedDays = new Map<string, string | null>();
    const written = new Map<string, string | null>();
    const published = (c: GroupClaim): string | undefined => {
      const known = publishedDays.get(c.sourceId);
      if (known !== undefined) return known ?? undefined;
      const doc = context.source(c.sourceId);
      const formatted = doc === undefined ? undefined : formattedDay(written, doc.source.publishedAt);
      publishedDays.set(c.sourceId, formatted ?? null);
      return formatted;
    };
    // Day offsets (see `daysApart`): a run names few days.
    const offsets = new Map<string, number>();
    const dayWork = new DayWork();
    // What a group's drafts share, made on first need; one for the run, set to each group in turn (no closures per group).
    const work = new GroupWork(context);
    // Labels and keys of a source's drafts, shared by its drafts.
    const texts = new SourceTexts();
    // Most groups date nothing (the run's one walk over the claims says which do), and nothing is built for them.
    const facts = groupFacts(context);
    const groups = context.groups;
    for (let g = 0; g < groups.length; g += 1) {
      if (((facts[g] as number) & DATES_A_DAY) === 0) continue;
      const group = groups[g] as ClaimGroup;
      const all = group.claims;
      // One look at the claims: the dated ones, the undated ones, whether any gives a weekday, and the
      // qualifier-dated ones (dated by a time qualifier, not by their value) and whether they give two days.
      let datedClaims: GroupClaim[] | undefined;
      let undated: GroupClaim[] | undefined;
      let weekday = false;
      let firstQualifiedDay: string | undefined;
      let qualifiedDays = false;
      let earliest = '';
      for (let i = 0; i < all.length; i += 1) {
        const c = all[i] as GroupClaim;
        if (c.polarity !== 'affirmative') continue;
        const d = eventDate(c);
        if (d === undefined) {
          (undated ??= []).push(c);
          continue;
        }
        if (d.type === 'weekday') weekday = true;
        // (`dayOf`, of the event date at hand)
        if (d.type !== 'date' || d.precision !== 'day' || d.start !== d.end) continue;
        const day = d.start;
        (datedClaims ??= []).push(c);
        if (earliest === '' || day < earliest) earliest = day;
        const type = c.value.type;
        if (type !== 'date' && type !== 'weekday' && type !== 'partial-date') {
          if (firstQualifiedDay === undefined) firstQualifiedDay = day;
          else if (day !== firstQualifiedDay) qualifiedDays = true;
        }
      }
      if (datedClaims === undefined) continue;
      const dated: readonly GroupClaim[] = datedClaims;
      work.start(group, dated);

      // Undated reports, per source: late or premature against the earliest event date.
      // (Most groups have one undated source, whose claims are all of them; a source's claims are gathered only for a draft.)
      if (undated !== undefined) {
        const undatedSource = onlySource(undated);
        if (undatedSource !== undefined) undatedReport(work, texts, drafts, undated, undatedSource, undated, published(undated[0] as GroupClaim), offsets, earliest, lateAfter);
        else {
          const sources = sourcesOf(undated);
          for (let k = 0; k < sources.length; k += 1) {
            const sourceId = sources[k] as SourceId;
            const from = undated.find((c) => c.sourceId === sourceId) as GroupClaim;
            undatedReport(work, texts, drafts, undated, sourceId, undefined, published(from), offsets, earliest, lateAfter);
          }
        }
      }

      // A source that dates the event on its own publication day, later than another source's date:
      // an explanation of the date disagreement (value-conflict reports the disagreement itself).
      // Nothing is built unless a claim's day is after the earliest one and is its source's publication day.
      // (Made for the first such claim: most groups have none.)
      let explained: Set<GroupClaim> | undefined;
      let notes: FindingNote[] | undefined;
      let pubSides: DraftSide[] | undefined;
      let pubDays: string[] | undefined;
      let pubGap = 0;
      for (let i = 0; i < dated.length; i += 1) {
        const c = dated[i] as GroupClaim;
        const day = dayOf(c) as string;
        if (day === earliest || published(c) !== day) continue;
        const earlier = dated.filter((o) => o.sourceId !== c.sourceId && (dayOf(o) as string) < day);
        if (earlier.length === 0) continue;
        const who = context.sourceLabel(c.sourceId);
        const earlierByDay = byDay(earlier);
        const gap = daysApart(offsets, [...earlierByDay.keys()][0] as string, day);
        const words = `${work.topic()}: ${who} dates it ${day}, its own publication date; ${datingWords(context, earlierByDay)}, ${earlierByDay.size > 1 ? 'up to ' : ''}${days(gap)} earlier — the date may be ${who}'s, not the event's`;
        (notes ??= []).push({ message: words, sourceId: c.sourceId, claimId: c.claimId, span: c.span });
        explained ??= new Set();
        for (const o of earlier) if (!explained.has(o)) explained.add(o);
        (pubSides ??= []).push(sideOf(context, texts.of(c.sourceId, 'own-day-label', `${who}: ${day} (= its publication date)`), [c]));
        (pubDays ??= []).push(day);
        pubGap = Math.max(pubGap, gap);
      }
      if (notes !== undefined && explained !== undefined && pubSides !== undefined) {
        const earlier = [...explained].sort((a, b) => (a.claimId < b.claimId ? -1 : 1));
        const valueDated = dated.every((c) => c.value.type === 'date' || c.value.type === 'weekday');
        drafts.push({
          ...draftFor(
            work.key(),
            'publication-date',
            valueDated ? 'value' : 'event-date',
            notes.map((n) => n.message).join('; '),
            [sideOf(context, datingWords(context, byDay(earlier)), earlier), ...pubSides],
            { publishedAt: pubDays, days: pubGap },
          ),
          explains: notes,
        });
      }

      // Weekdays read against their own source's publication date.
      if (weekday) {
        for (let i = 0; i < all.length; i += 1) {
          const c = all[i] as GroupClaim;
          if (c.polarity !== 'affirmative') continue;
          const d = eventDate(c);
          if (d?.type !== 'weekday') continue;
          const day = published(c);
          if (day === undefined) continue;
          const resolved = dayWork.lastWeekday(day, d.weekday);
          if (work.byDay().has(resolved)) continue;
          if (datesOnWeekday(dayWork, dated, c.sourceId, d.weekday)) continue;
          const who = context.sourceLabel(c.sourceId);
          drafts.push(
            draftFor(
              work.key(),
              'relative-date',
              texts.of(c.sourceId, 'relative-key', `relative-date:${c.sourceId}`),
              `${who} says “${d.raw ?? d.weekday}”, which read against its publication date ${day} is ${resolved}; ${work.dating()}`,
              [work.anchor(), sideOf(context, `${who}: ${d.raw ?? d.weekday} → ${resolved}`, [c])],
              { publishedAt: day, resolved, eventDates: work.eventDays() },
            ),
          );
        }
      }

      // Qualifier-dated claims with compatible values on different days: one finding per value, every day a side.
      // (Different days are different scopes, so the group's own clusters keep them apart: cluster the values alone.)
      // None, or all on one day: no value of theirs is dated on two days.
      if (!qualifiedDays) continue;
      const qualified = dated.filter((c) => c.value.type !== 'date' && c.value.type !== 'weekday' && c.value.type !== 'partial-date');
      const byValue = new Map<string, GroupClaim[]>();
      for (const c of qualified) byValue.set(c.valueKey, [...(byValue.get(c.valueKey) ?? []), c]);
      const valueClusters = clusterValues(
        [...byValue.entries()].sort(([a], [b]) => compareOrdinal(a, b)).map(([key, claims]) => ({ key, claims })),
        {
          compatible: (a, b) => a.valueKey === b.valueKey || context.compareValues(a.value, b.value).verdict === 'compatible',
          extent: (c) => context.values.extent(c.value),
          maxCompared: 64,
          // A value that fits two values in conflict ("between 30 and 50" fits 30 and 50: a toll that changed)
          // cannot say which of them it is the same event as: it is set apart, not a bridge making them one event.
          conflicting: (a, b) => a.valueKey !== b.valueKey && context.compareValues(a.value, b.value).verdict === 'conflict',
        },
      );
      for (const cluster of valueClusters) {
        const inCluster = new Set(cluster.claims);
        const byDate = byDay(qualified.filter((c) => inCluster.has(c)));
        if (byDate.size < 2) continue;
        const dayList = [...byDate.entries()];
        const [firstDay, firstClaims] = dayList[0] as [string, GroupClaim[]];
        const [lastDay] = dayList[dayList.length - 1] as [string, GroupClaim[]];
        const gap = daysApart(offsets, firstDay, lastDay);
        const discrepancy = context.discrepancy(dayValue(firstDay), dayValue(lastDay));
        const message =
          dayList.length === 2
            ? `${work.topic()}: ${datingWords(context, byDate)}, ${days(gap)} later`
            : `${work.topic()}: ${numberWord(dayList.length)} days for one event, up to ${days(gap)} apart — ${datingWords(context, byDate)}`;
        drafts.push({
          ...draftFor(
            work.key(),
            'date-disagreement',
            `event-date:${cluster.leader.valueKey}`,
            message,
            dayList.map(([day, cs]) => sideOf(context, `${sourceWords(context, cs)}: ${day}`, cs)),
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

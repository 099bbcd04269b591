/**
 * One source's text as HTML with its highlights and marked regions. The
 * text is cut at every boundary of every range, so overlapping and nested
 * highlights need no nesting: each piece is one `<mark>` listing, in
 * `data-hl`, every highlight it belongs to (the pieces of one highlight,
 * read in order, are exactly its quote). Non-content ranges and AI-labelled
 * sections wrap their pieces in a marked `<span>`. An empty anchor stands
 * where each highlight starts (its fragment id); after it ends, small links
 * lead to the claims it is evidence for. Numbers and labels are CSS
 * generated content, so the element's text is the source's text.
 */
import { type Html, type HtmlPart, html } from './html.js';
import type { Highlight } from './evidence-index.js';

/** A range of the text that is not the source's own content, or that the page labels as machine-written. */
export interface TextRegion {
  readonly start: number;
  readonly end: number;
  readonly kind: 'non-content' | 'ai';
  /** Shown where the region starts. */
  readonly label: string;
  /** More words on hover. */
  readonly title?: string;
  /** BCP 47 tag when the region's language differs. */
  readonly language?: string;
}

/** A link from the end of a highlight to what it is evidence for. */
export interface HighlightRef {
  readonly href: string;
  /** Shown as a small superscript (CSS generated content). */
  readonly mark: string;
  /** The link's accessible name. */
  readonly label: string;
}

export interface SourceTextOptions {
  /** Links shown after each highlight. */
  readonly refsOf: (highlight: Highlight) => readonly HighlightRef[];
  /** `claim` highlights are claims' evidence; `passage` ones only shared or cited words. */
  readonly kindOf: (highlight: Highlight) => 'claim' | 'passage';
}

/** Language tags that are safe and meaningful in a `lang` attribute. */
export const validLanguageTag = (tag: string | undefined): string | undefined =>
  tag !== undefined && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;

const pushTo = <T>(map: Map<number, T[]>, at: number, item: T): void => {
  const list = map.get(at);
  if (list === undefined) map.set(at, [item]);
  else list.push(item);
};

const refLinks = (refs: readonly HighlightRef[]): Html => html`${refs.map((r) => html`<a class="ref" href="#${r.href}" data-n="${r.mark}" aria-label="${r.label}"></a>`)}`;

/**
 * @example
 * renderSourceText(doc.text, index.highlightsOf(doc.source.id), regions, { refsOf, kindOf })
 */
export const renderSourceText = (text: string, highlights: readonly Highlight[], regions: readonly TextRegion[], options: SourceTextOptions): Html => {
  const clamp = (x: number): number => Math.min(Math.max(0, x), text.length);
  const bounds = new Set<number>([0, text.length]);
  const hStart = new Map<number, Highlight[]>();
  const hEnd = new Map<number, Highlight[]>();
  const rStart = new Map<number, TextRegion[]>();
  const rEnd = new Map<number, TextRegion[]>();
  for (const h of highlights) {
    bounds.add(h.start).add(h.end);
    pushTo(hStart, h.start, h);
    pushTo(hEnd, h.end, h);
  }
  for (const r of regions) {
    const start = clamp(r.start);
    const end = clamp(r.end);
    if (end <= start) continue;
    bounds.add(start).add(end);
    pushTo(rStart, start, r);
    pushTo(rEnd, end, r);
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const active = new Set<Highlight>();
  const open = new Set<TextRegion>();
  const parts: HtmlPart[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    for (const h of hEnd.get(a) ?? []) active.delete(h);
    for (const r of rEnd.get(a) ?? []) open.delete(r);
    const starting = hStart.get(a) ?? [];
    for (const h of starting) active.add(h);
    for (const r of rStart.get(a) ?? []) open.add(r);
    parts.push(starting.map((h) => html`<span class="anchor" id="${h.id}"></span>`));
    const words = text.slice(a, b);
    const marks = [...active];
    let piece: Html =
      marks.length === 0
        ? html`${words}`
        : html`<mark class="hl d${Math.min(marks.length, 3)} ${marks.some((h) => options.kindOf(h) === 'claim') ? 'claim' : 'passage'}" data-hl="${marks.map((h) => h.id).join(' ')}">${words}</mark>`;
    for (const r of [...open].reverse()) {
      const lang = validLanguageTag(r.language);
      const first = clamp(r.start) === a;
      piece = html`<span class="region ${r.kind === 'ai' ? 'ai' : 'nc'}${first ? ' first' : ''}"${first ? html` data-label="${r.label}"` : ''}${r.title !== undefined ? html` title="${r.title}"` : ''}${lang !== undefined ? html` lang="${lang}"` : ''}>${piece}</span>`;
    }
    parts.push(piece);
    parts.push((hEnd.get(b) ?? []).map((h) => refLinks(options.refsOf(h))));
  }
  return html`${parts}`;
};

/**
 * The source-dependence graph as inline SVG: sources on a circle, coloured
 * by independent group; a solid line where two sources share passages
 * (thicker for more shared words), a dashed arrow where one cites another,
 * a solid arrow where one derives from another, a dotted line where both
 * derive from the same outside report. A title and a description say the
 * same in words; the tables beside it list every detail.
 */
import type { SourceDependence } from '../../reconcile/dependence/detect-source-dependence.js';
import { type Html, html } from './html.js';
import { compareOrdinal } from '../../model/ordinal.js';

export interface GraphSource {
  readonly id: string;
  readonly label: string;
  readonly title: string;
}

type EdgeKind = 'shared' | 'cites' | 'derived-from' | 'common-origin';

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly label: string;
  readonly title: string;
  readonly weight: number;
}

/** Colours of the groups with more than one source (fills, with dark outlines and text). */
const GROUP_FILLS = ['#f6c28b', '#a8d5ba', '#b8c7f0', '#f2a7b8', '#d8c3f0', '#f7e28f'];
const LONE_FILL = '#e4e7eb';
const NODE_RADIUS = 20;
const MARGIN = 44;

const round = (x: number): number => Math.round(x * 10) / 10;

const edgesOf = (dependence: SourceDependence, known: ReadonlySet<string>, label: (id: string) => string): Edge[] => {
  const shared = new Map<string, { a: string; b: string; passages: number; words: number }>();
  for (const p of dependence.passages) {
    const [a, b] = p.a.sourceId < p.b.sourceId ? [p.a.sourceId, p.b.sourceId] : [p.b.sourceId, p.a.sourceId];
    const key = `${a}\u0000${b}`;
    const s = shared.get(key) ?? { a, b, passages: 0, words: 0 };
    shared.set(key, { ...s, passages: s.passages + 1, words: s.words + p.words });
  }
  const edges: Edge[] = [...shared.values()].map((s) => ({
    from: s.a,
    to: s.b,
    kind: 'shared',
    label: `${s.words} words`,
    title: `${label(s.a)} and ${label(s.b)} share ${s.passages} passage${s.passages === 1 ? '' : 's'} (${s.words} words)`,
    weight: s.words,
  }));
  const declared = new Set<string>();
  for (const d of dependence.declared) {
    if (d.source === undefined) continue;
    const key = `${d.from}\u0000${d.source}\u0000${d.relation}`;
    if (declared.has(key)) continue;
    declared.add(key);
    edges.push({
      from: d.from,
      to: d.source,
      kind: d.relation,
      label: d.relation === 'cites' ? 'cites' : 'derived from',
      title: `${label(d.from)} ${d.relation === 'cites' ? 'cites' : 'is derived from'} ${label(d.source)}`,
      weight: 0,
    });
  }
  for (const link of dependence.links) {
    for (const reason of link.reasons) {
      if (reason.kind !== 'common-origin') continue;
      edges.push({
        from: link.sources[0],
        to: link.sources[1],
        kind: 'common-origin',
        label: 'same origin',
        title: `${label(link.sources[0])} and ${label(link.sources[1])} both derive from ${reason.outside}`,
        weight: 0,
      });
    }
  }
  return edges.filter((e) => known.has(e.from) && known.has(e.to) && e.from !== e.to);
};

/** Up to this many sources, all are drawn; beyond it, only those that depend on another (the graph stays small). */
export const GRAPH_ALL_SOURCES = 24;
/** At most this many sources are drawn: the ends of the strongest relations. */
export const GRAPH_MAX_SOURCES = 60;

const shownSources = (sources: readonly GraphSource[], edges: readonly Edge[]): readonly GraphSource[] => {
  if (sources.length <= GRAPH_ALL_SOURCES) return sources;
  // The strongest relations first (most shared words, then declared ones), each with both ends, until the cap.
  const ordered = [...edges].sort((x, y) => y.weight - x.weight || compareOrdinal(x.from, y.from) || compareOrdinal(x.to, y.to));
  const keep = new Set<string>();
  for (const e of ordered) {
    const extra = (keep.has(e.from) ? 0 : 1) + (keep.has(e.to) ? 0 : 1);
    if (keep.size + extra > GRAPH_MAX_SOURCES) continue;
    keep.add(e.from).add(e.to);
  }
  return sources.filter((s) => keep.has(s.id));
};

/** Relations spelled out in the graph's description; the tables list them all. */
const DESCRIBED_RELATIONS = 40;

/** The graph described in words, for its `<desc>`. */
const describe = (sources: readonly GraphSource[], dependence: SourceDependence, edges: readonly Edge[], label: (id: string) => string): string => {
  const joined = dependence.groups.filter((g) => g.sources.length > 1).map((g) => g.sources.map(label).join(', '));
  const groups = `${sources.length} source${sources.length === 1 ? '' : 's'} in ${dependence.groups.length} independent group${dependence.groups.length === 1 ? '' : 's'}`;
  const together = joined.length > 0 ? `; counted as one witness: ${joined.join('; ')}` : '; no two sources depend on each other';
  const lines = edges.slice(0, DESCRIBED_RELATIONS).map((e) => e.title);
  const more = edges.length > DESCRIBED_RELATIONS ? ` And ${edges.length - DESCRIBED_RELATIONS} more relations, listed in the tables.` : '';
  return `${groups}${together}.${lines.length > 0 ? ` ${lines.join('. ')}.` : ''}${more}`;
};

/**
 * @example
 * renderDependenceGraph(sources, dependence, (id) => labels.get(id) ?? id)
 */
export const renderDependenceGraph = (allSources: readonly GraphSource[], dependence: SourceDependence, label: (id: string) => string): Html => {
  const allEdges = edgesOf(dependence, new Set(allSources.map((s) => s.id)), label);
  const sources = shownSources(allSources, allEdges);
  const n = sources.length;
  if (n === 0) return html`<p class="graph-empty">${describe(allSources, dependence, allEdges, label)}</p>`;
  const radius = n <= 1 ? 0 : Math.max(80, (n * (NODE_RADIUS * 2 + 22)) / (2 * Math.PI));
  const size = 2 * (radius + MARGIN);
  const centre = size / 2;
  const at = new Map(
    sources.map((s, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
      return [s.id, { x: round(centre + radius * Math.cos(angle)), y: round(centre + radius * Math.sin(angle)) }] as const;
    }),
  );
  const fills = new Map<string, string>();
  let colour = 0;
  for (const g of dependence.groups) {
    const fill = g.sources.length > 1 ? (GROUP_FILLS[colour++ % GROUP_FILLS.length] as string) : LONE_FILL;
    for (const s of g.sources) fills.set(s, fill);
  }
  const shown = new Set(sources.map((s) => s.id));
  const edges = allEdges.filter((e) => shown.has(e.from) && shown.has(e.to));
  const maxWords = Math.max(1, ...edges.filter((e) => e.kind === 'shared').map((e) => e.weight));
  // Several relations between one pair are drawn side by side, a few units apart.
  const seen = new Map<string, number>();
  const lines = edges.map((e) => {
    const a = at.get(e.from) as { x: number; y: number };
    const b = at.get(e.to) as { x: number; y: number };
    const pair = e.from < e.to ? `${e.from}\u0000${e.to}` : `${e.to}\u0000${e.from}`;
    const k = seen.get(pair) ?? 0;
    seen.set(pair, k + 1);
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
    const offset = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 7;
    const [ox, oy] = [-uy * offset, ux * offset];
    // Lines stop at the circles' edges so arrowheads stay visible.
    const x1 = round(a.x + ux * NODE_RADIUS + ox);
    const y1 = round(a.y + uy * NODE_RADIUS + oy);
    const x2 = round(b.x - ux * (NODE_RADIUS + 3) + ox);
    const y2 = round(b.y - uy * (NODE_RADIUS + 3) + oy);
    const width = e.kind === 'shared' ? round(1.5 + (4.5 * e.weight) / maxWords) : 1.5;
    const arrow = e.kind === 'cites' || e.kind === 'derived-from' ? html` marker-end="url(#dep-arrow)"` : '';
    // The label stands beside the line's middle, on its inner side (towards the circle's centre, away from the nodes).
    const [nx, ny] = [-uy, ux];
    const outward = (((x1 + x2) / 2 - centre) * nx + ((y1 + y2) / 2 - centre) * ny) >= 0 ? -1 : 1;
    const mx = round((x1 + x2) / 2 + ox * 1.5 + nx * 12 * outward);
    const my = round((y1 + y2) / 2 + oy * 1.5 + ny * 12 * outward + 4);
    return html`<g class="edge edge-${e.kind}"><title>${e.title}</title><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke-width="${width}"${arrow}></line><text x="${mx}" y="${my}" class="edge-label">${e.label}</text></g>`;
  });
  const nodes = sources.map((s) => {
    const p = at.get(s.id) as { x: number; y: number };
    return html`<g class="node"><title>${s.label}: ${s.title}</title><circle cx="${p.x}" cy="${p.y}" r="${NODE_RADIUS}" fill="${fills.get(s.id) ?? LONE_FILL}"></circle><text x="${p.x}" y="${round(p.y + 4)}" class="node-label">${s.label.length <= 5 ? s.label : `${s.label.slice(0, 4)}…`}</text></g>`;
  });
  const w = round(size);
  return html`<svg class="dependence-graph" viewBox="0 0 ${w} ${w}" width="${round(w * 1.3)}" height="${round(w * 1.3)}" role="img" aria-labelledby="dep-graph-title dep-graph-desc" xmlns="http://www.w3.org/2000/svg">
<title id="dep-graph-title">Which sources depend on which</title>
<desc id="dep-graph-desc">${describe(allSources, dependence, allEdges, label)}${sources.length < allSources.length ? ` Drawn: ${sources.length} of the ${allSources.length} sources, those at the ends of the strongest relations; the tables list every source and relation.` : ''}</desc>
<defs><marker id="dep-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#374151"></path></marker></defs>
${lines}
${nodes}
</svg>`;
};

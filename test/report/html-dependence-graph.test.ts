/**
 * The source-dependence graph stays small: every source while there are
 * few, then only the sources that depend on another (the most connected
 * first, at most GRAPH_MAX_SOURCES), with its description in words.
 */
import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../src/model/ids.js';
import type { SourceDependence } from '../../src/reconcile/dependence/detect-source-dependence.js';
import { GRAPH_ALL_SOURCES, GRAPH_MAX_SOURCES, renderDependenceGraph } from '../../src/report/html/dependence-graph.js';
import { html } from '../../src/report/html/html.js';
import { byClass, elements, type Element, parseHtml, textOf } from './html-dom.js';

const id = (i: number): SourceId => `s${String(i).padStart(4, '0')}` as SourceId;

/** `n` sources; each pair in `pairs` shares a passage of `words` words. */
const dependenceOf = (n: number, pairs: readonly (readonly [number, number])[], words = 40): SourceDependence => {
  const passages = pairs.map(([a, b]) => ({ a: { sourceId: id(a), start: 0, end: 10 }, b: { sourceId: id(b), start: 0, end: 10 }, words, text: 'shared words' }));
  const groupOf: Record<string, SourceId> = {};
  for (let i = 0; i < n; i++) groupOf[id(i)] = id(i);
  for (const [a, b] of pairs) groupOf[id(b)] = groupOf[id(a)] as SourceId;
  const groups = [...new Set(Object.values(groupOf))].map((g) => ({ id: g, sources: Object.keys(groupOf).filter((s) => groupOf[s] === g) as SourceId[] }));
  return { passages, declared: [], links: pairs.map(([a, b]) => ({ sources: [id(a), id(b)] as const, reasons: [{ kind: 'shared-passages' as const, passages: 1, words }] })), groups, groupOf };
};

const draw = (n: number, pairs: readonly (readonly [number, number])[]): Element => {
  const sources = Array.from({ length: n }, (_, i) => ({ id: id(i), label: id(i), title: `source ${i}` }));
  return parseHtml(html`<div>${renderDependenceGraph(sources, dependenceOf(n, pairs), (s) => s)}</div>`.markup);
};

describe('renderDependenceGraph', () => {
  it.each([
    ['a few sources: all drawn', 5, [[0, 3]], 5, 1],
    [`${GRAPH_ALL_SOURCES} sources: all drawn`, GRAPH_ALL_SOURCES, [[0, 1]], GRAPH_ALL_SOURCES, 1],
    ['many sources: only the dependent ones', 300, [[0, 1], [5, 9], [5, 200]], 5, 3],
    ['very many dependent sources: the most connected, capped', 1000, Array.from({ length: 200 }, (_, i) => [i, i + 500] as const), GRAPH_MAX_SOURCES, GRAPH_MAX_SOURCES / 2],
  ] as const)('%s', (_name, n, pairs, nodes, edges) => {
    const root = draw(n, pairs);
    expect(byClass(root, 'node')).toHaveLength(nodes);
    expect(byClass(root, 'edge')).toHaveLength(edges);
    const desc = textOf(elements(root).find((el) => el.tagName === 'desc') as Element);
    expect(desc).toContain(`${n} sources in`);
    if (nodes < n) expect(desc).toContain(`Drawn: ${nodes} of the ${n} sources`);
  });

  it('says so in words when no source depends on another among many', () => {
    const root = draw(100, []);
    expect(elements(root).filter((el) => el.tagName === 'svg')).toEqual([]);
    expect(textOf(root)).toContain('100 sources in 100 independent groups; no two sources depend on each other.');
  });
});

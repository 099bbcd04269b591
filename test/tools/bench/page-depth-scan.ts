/**
 * Time the depth scan of page capture (`tooDeep`, src/capture/page-depth.ts) on a flat page and
 * on deep nesting, for docs/limits.md. Several implementations can be timed side by side in one
 * run, alternating, each given as a module path that exports `tooDeep` (for instance an earlier
 * version written out with `git show <commit>:src/capture/page-depth.ts > /tmp/page-depth-before.ts`):
 *
 *   npx tsx test/tools/bench/page-depth-scan.ts [--rounds 5] [module.ts ...]
 *
 * With no module, the current src/capture/page-depth.ts. Prints the median milliseconds per page
 * and implementation. Not a test: timings belong in docs, not assertions.
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type TooDeep = (html: string, limit?: number) => { readonly path: readonly string[]; readonly offset: number } | undefined;

/** A page of `bytes` in sibling paragraphs with inline markup, a script and a comment each: 6 levels deep. */
const flatPage = (bytes: number): string => {
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flat</title></head><body><article>'];
  let size = parts[0]?.length ?? 0;
  for (let n = 0; size < bytes; n += 1) {
    const p = `<p>Paragraph ${n} says the <b>harbour</b> handled <i>${n % 97}</i> thousand tonnes<br>in week ${n % 52}.</p><!-- c${n} --><script>var x = "<div>";</script>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
};

/** `levels` nested `<div>`s around one word, each closed. */
const nestedPage = (levels: number): string => `<html><body>${'<div>'.repeat(levels)}x${'</div>'.repeat(levels)}</body></html>`;

const argv = process.argv.slice(2);
const roundsAt = argv.indexOf('--rounds');
const rounds = roundsAt === -1 ? 5 : Number(argv[roundsAt + 1]);
const modules = argv.filter((_, i) => roundsAt === -1 || (i !== roundsAt && i !== roundsAt + 1));
const paths = modules.length > 0 ? modules : [new URL('../../../src/capture/page-depth.ts', import.meta.url).pathname];
const scans = await Promise.all(paths.map(async (p) => ({ name: p, tooDeep: ((await import(pathToFileURL(resolve(p)).href)) as { tooDeep: TooDeep }).tooDeep })));

const pages = [
  { name: 'flat page, 5 MB', html: flatPage(5 * 1024 * 1024) },
  { name: 'flat page, 20 MB', html: flatPage(20 * 1024 * 1024) },
  { name: '200,000 nested <div>s', html: nestedPage(200_000) },
  { name: '1,000,000 nested <div>s', html: nestedPage(1_000_000) },
];

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
for (const page of pages) {
  const times = new Map<string, number[]>(scans.map((s) => [s.name, []]));
  const found = new Map<string, string>();
  for (let round = 0; round < rounds; round += 1) {
    for (const scan of scans) {
      const start = performance.now();
      const result = scan.tooDeep(page.html);
      times.get(scan.name)?.push(performance.now() - start);
      found.set(scan.name, result === undefined ? 'not too deep' : `too deep at ${result.offset} (${result.path.length} open)`);
    }
  }
  for (const scan of scans) console.log(`${page.name} (${(page.html.length / 1024 / 1024).toFixed(1)} M units)\t${scan.name}\t${median(times.get(scan.name) ?? []).toFixed(1)} ms\t${found.get(scan.name)}`);
}

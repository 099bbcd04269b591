/**
 * The peer library, the Python `truthdiscovery` package (Joe Singleton;
 * algorithms of Pasternack & Roth 2010, Yin et al. 2007, Li et al. 2014),
 * run on exactly the observations our loaders produce, for the eval's
 * cross-check and the bench's side-by-side timing.
 *
 * The package is not part of this repository and is not installed by it:
 * pass the folder that holds its `truthdiscovery/` package (a checkout of
 * its repository) with `--peer <dir>`. It needs python3 with numpy and
 * scipy; its `bidict` dependency is stood in for by a small mapping class,
 * and its plotting modules are not imported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ResolutionProblem } from '../../src/resolve/problem.js';

/** The peer's algorithms we run (its class names), fastest first. */
export const PEER_ALGORITHMS = ['MajorityVoting', 'Sums', 'AverageLog', 'Investment', 'PooledInvestment', 'TruthFinder'] as const;

/** One algorithm's outcome on one problem. */
export interface PeerRun {
  readonly algorithm: string;
  /** Group key → preferred value key. */
  readonly preferred: ReadonlyMap<string, string>;
  /** Seconds to run the algorithm on the built data set. */
  readonly runSeconds: number;
  /** Seconds to build the peer's data set (its sparse matrices) from the observations. */
  readonly buildSeconds: number;
}

const DRIVER = String.raw`
import json, sys, time, types
root, path, algs = sys.argv[1], sys.argv[2], sys.argv[3].split(',')
sys.path.insert(0, root)
class bidict(dict):
    _inv = None
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v); self._inv = None
    @property
    def inverse(self):
        if self._inv is None: self._inv = {v: k for k, v in self.items()}
        return self._inv
stub = types.ModuleType('bidict'); stub.bidict = bidict; sys.modules['bidict'] = stub
pkg = types.ModuleType('truthdiscovery'); pkg.__path__ = [root + '/truthdiscovery']; sys.modules['truthdiscovery'] = pkg
import numpy as np
from truthdiscovery.input.dataset import Dataset
import truthdiscovery.algorithm.sums as sums, truthdiscovery.algorithm.average_log as al, truthdiscovery.algorithm.investment as inv
import truthdiscovery.algorithm.pooled_investment as pi, truthdiscovery.algorithm.truth_finder as tf
with open(path, encoding='utf-8') as f:
    triples = [tuple(line.rstrip('\n').split('\t')) for line in f if line.strip()]
t0 = time.perf_counter(); data = Dataset(triples, allow_multiple=True); build = time.perf_counter() - t0
claims = data.claim_ids.inverse; variables = data.var_ids.inverse; values = data.val_hashes.inverse
make = {'Sums': sums.Sums, 'AverageLog': al.AverageLog, 'Investment': inv.Investment, 'PooledInvestment': pi.PooledInvestment, 'TruthFinder': tf.TruthFinder}
out = {}
for name in algs:
    t0 = time.perf_counter()
    if name == 'MajorityVoting':
        belief = np.asarray(data.sc.T @ np.ones((data.num_sources,))).ravel()
    else:
        alg = make[name](); alg.iterator.reset(); _, belief = alg._run(data)
    run = time.perf_counter() - t0
    best = {}
    for c, b in enumerate(belief):
        var, val = claims[c]
        if var not in best or b > best[var][0]: best[var] = (b, val)
    out[name] = {'run': run, 'build': build, 'preferred': {variables[v]: values[h] for v, (b, h) in best.items()}}
print(json.dumps(out))
`;

/** Where the peer package is, or why it cannot be used. */
export const locatePeer = (dir: string): { readonly ok: true; readonly root: string } | { readonly ok: false; readonly reason: string } => {
  const root = resolve(dir);
  if (!existsSync(join(root, 'truthdiscovery', 'algorithm', 'pooled_investment.py'))) {
    return { ok: false, reason: `${root} does not hold the truthdiscovery package (looked for ${join(root, 'truthdiscovery', 'algorithm', 'pooled_investment.py')})` };
  }
  const py = spawnSync('python3', ['-c', 'import numpy, scipy'], { encoding: 'utf8' });
  if (py.status !== 0) return { ok: false, reason: `python3 with numpy and scipy is needed to run the peer library: ${(py.stderr || py.error?.message || '').trim()}` };
  return { ok: true, root };
};

/**
 * Run the peer's algorithms on a problem: one (source, group, value key)
 * triple per observation; a source's first value counts when it gives
 * several (the peer's `allow_multiple`).
 */
export const runPeer = (root: string, problem: ResolutionProblem, algorithms: readonly string[] = PEER_ALGORITHMS): readonly PeerRun[] => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-peer-'));
  try {
    const file = join(dir, 'triples.tsv');
    const clean = (s: string): string => s.replace(/[\t\n\r]/g, ' ');
    const lines: string[] = [];
    for (const g of problem.groups) for (const o of g.observations) lines.push(`${clean(o.sourceId)}\t${clean(g.key)}\t${clean(o.valueKey)}`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = spawnSync('python3', ['-c', DRIVER, root, file, algorithms.join(',')], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`the peer library failed: ${(r.stderr || r.error?.message || '').trim().split('\n').slice(-3).join(' / ')}`);
    const parsed = JSON.parse(r.stdout) as Record<string, { run: number; build: number; preferred: Record<string, string> }>;
    return algorithms.map((algorithm) => {
      const x = parsed[algorithm]!;
      return { algorithm, preferred: new Map(Object.entries(x.preferred)), runSeconds: x.run, buildSeconds: x.build };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

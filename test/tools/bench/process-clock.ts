/**
 * Clocks the profiling tools (groups-profile, assemble-profile,
 * reconcile-profile) read: the process's CPU time so far, and the time
 * garbage collection has taken since the clock was started (from V8's `gc`
 * performance entries, which arrive asynchronously: wait a turn before
 * reading).
 */
import { PerformanceObserver } from 'node:perf_hooks';

/** User + system CPU time of this process so far, in ms. */
export const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * Starts counting garbage-collection time; the returned function reads the
 * ms counted so far.
 *
 * @example
 * const gcMs = collectorClock();
 * await new Promise((r) => setTimeout(r, 10));
 * const before = gcMs();
 */
export const collectorClock = (): (() => number) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) total += entry.duration;
  }).observe({ entryTypes: ['gc'] });
  return () => total;
};

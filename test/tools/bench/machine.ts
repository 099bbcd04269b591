/**
 * The machine a benchmark ran on, as plain data, so every figure in
 * docs/benchmarks.md says where it was measured.
 */
import os from 'node:os';

/** CPU, memory, OS and runtime of the current process's machine. */
export interface MachineInfo {
  readonly cpuModel: string;
  /** Logical cores (`os.cpus().length`). */
  readonly cores: number;
  readonly totalMemoryBytes: number;
  readonly platform: string;
  readonly arch: string;
  readonly osRelease: string;
  readonly node: string;
  readonly v8: string;
  /** 1-, 5- and 15-minute load averages when described: above `cores`, other work competed for the CPU. */
  readonly loadAverage: readonly [number, number, number];
}

/**
 * Describe the machine from `os.cpus()`, `os.totalmem()` and `process.versions`.
 *
 * @example
 * describeMachine().cores // 2
 */
export const describeMachine = (): MachineInfo => {
  const cpus = os.cpus();
  return {
    cpuModel: (cpus[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim(),
    cores: cpus.length,
    totalMemoryBytes: os.totalmem(),
    platform: os.platform(),
    arch: os.arch(),
    osRelease: os.release(),
    node: process.version,
    v8: process.versions.v8,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100) as [number, number, number],
  };
};

/**
 * The load averages as `1.02 / 0.85 / 0.60 (1, 5, 15 min)`.
 *
 * @example
 * formatLoad(describeMachine())
 */
export const formatLoad = (m: MachineInfo): string => `${m.loadAverage.map((x) => x.toFixed(2)).join(' / ')} (1, 5, 15 min)`;

/**
 * One line: `2 × Intel Xeon …, 23.4 GiB RAM, linux x64 6.1, Node v20.20.2`.
 *
 * @example
 * formatMachine(describeMachine())
 */
export const formatMachine = (m: MachineInfo): string =>
  `${m.cores} × ${m.cpuModel}, ${(m.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB RAM, ${m.platform} ${m.arch} ${m.osRelease}, Node ${m.node} (V8 ${m.v8})`;

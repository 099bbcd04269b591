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
  };
};

/**
 * One line: `2 × Intel Xeon …, 23.4 GiB RAM, linux x64 6.1, Node v20.20.2`.
 *
 * @example
 * formatMachine(describeMachine())
 */
export const formatMachine = (m: MachineInfo): string =>
  `${m.cores} × ${m.cpuModel}, ${(m.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB RAM, ${m.platform} ${m.arch} ${m.osRelease}, Node ${m.node} (V8 ${m.v8})`;

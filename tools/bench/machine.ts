// The machine a benchmark ran on (results and the machine they ran on go into BENCHMARKS.md together).
// The load average is recorded too: on a shared machine it explains a noisy wall time.
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started and when it ended. */
  loadStart: number;
  loadEnd: number | null;
  timeBinary: boolean;
}

export function describeMachine(timeBinary: boolean): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadStart: os.loadavg()[0] ?? 0,
    loadEnd: null,
    timeBinary,
  };
}

export function currentLoad(): number { return os.loadavg()[0] ?? 0; }

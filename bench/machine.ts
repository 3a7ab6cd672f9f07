/** Where and when the figures were measured: they only compare within one run on one machine. */
import os from 'node:os';

export interface MachineInfo {
  os: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
  };
}

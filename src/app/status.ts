// `landlink status <year> [--today YYYY-MM-DD]`: snapshot the folders, decide the status (pure).
import type { IsoDate } from '../domain/rows.js';
import { takeSnapshot, type SnapshotOptions } from '../cycle/snapshot.js';
import { cycleStatus, type CycleStatus } from '../cycle/status.js';

/** Today's date on this machine's calendar, as YYYY-MM-DD (the default of --today). */
export function localToday(now: Date = new Date()): IsoDate {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export async function runStatus(o: SnapshotOptions & { today: IsoDate }): Promise<CycleStatus> {
  return cycleStatus(await takeSnapshot(o), o.today);
}

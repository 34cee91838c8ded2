// Where a run's time goes, for the benchmark (BENCHMARKS.md "Phases"): the commands call `mark(phase)` when a phase
// ends; the time since the previous mark is booked to that phase. No clock is read unless a caller asked for it.
export type Phase = 'read' | 'gc' | 'compute' | 'indicators' | 'json' | 'workbook' | 'html' | 'write';

export type PhaseMark = (phase: Phase) => void;

/** Milliseconds per phase (a phase marked twice, like gc, adds up). */
export function phaseClock(): { mark: PhaseMark; totals: Map<Phase, number> } {
  const totals = new Map<Phase, number>();
  let last = performance.now();
  const mark: PhaseMark = (phase) => {
    const now = performance.now();
    totals.set(phase, (totals.get(phase) ?? 0) + (now - last));
    last = now;
  };
  return { mark, totals };
}

// Finding codes raised by workbook round trips (feedback, extract) and writers.
import type { FindingSpec } from './types.js';

export const reportFindings = {
} as const satisfies Record<string, FindingSpec>;

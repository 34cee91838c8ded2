// Finding codes raised by the Measures' rules (pipeline stages). Owned by src/policy + src/pipeline.
import type { FindingSpec } from './types.js';

export const policyFindings = {
} as const satisfies Record<string, FindingSpec>;

// Read limits for the xlsx module's tests: generous, so only a test that lowers one meets it.
import type { XlsxReadLimits } from '../../src/xlsx/index.js';

export const limits: XlsxReadLimits = { maxEntryBytes: 1 << 28, maxTotalBytes: 1 << 29, maxRatio: 200, ratioFloorBytes: 1 << 22, maxRows: 500_000 };

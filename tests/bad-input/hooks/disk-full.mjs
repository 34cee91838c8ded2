// Test hook (loaded with `node --import`): the disk fills up while landlink writes its outputs. Opening a temporary
// file for an output whose name contains $LANDLINK_TEST_FULL_ON (default '.json.') fails with ENOSPC, as on a full
// USB stick or share — after the other outputs of the set may already be on disk as temporary files. Works because
// src/report/atomic.ts imports `open` from node:fs/promises, whose live binding syncBuiltinESMExports() updates.
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const marker = process.env.LANDLINK_TEST_FULL_ON ?? '.json.';
const open = fsp.open;
fsp.open = async function fullDiskOpen(path, ...rest) {
  if (String(path).includes(marker)) {
    const err = new Error(`ENOSPC: no space left on device, open '${path}'`);
    err.code = 'ENOSPC';
    throw err;
  }
  return open.call(this, path, ...rest);
};
syncBuiltinESMExports();

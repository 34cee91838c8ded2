// Test hook (loaded with `node --import`): makes landlink stop forever just before it renames a finished temporary
// file onto an output whose name ends with $LANDLINK_TEST_HANG_ON (default '.xlsx'), after telling the parent on
// stderr. The parent then kills the process: the moment of "interrupted mid-write" made exact, without touching
// src/. Works because src/report/atomic.ts imports `rename` from node:fs/promises, whose live binding
// syncBuiltinESMExports() updates.
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const suffix = process.env.LANDLINK_TEST_HANG_ON ?? '.xlsx';
const rename = fsp.rename;
fsp.rename = async function hangingRename(from, to) {
  if (String(to).endsWith(suffix)) {
    process.stderr.write(`LANDLINK_TEST_HANGING ${from}\n`);
    setInterval(() => undefined, 60_000);
    return new Promise(() => undefined);
  }
  return rename.call(this, from, to);
};
syncBuiltinESMExports();

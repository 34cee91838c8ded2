// exceljs stamps every zip entry of an .xlsx with the time of writing (the only bytes that differ between two
// runs). Setting those DOS timestamps to the workbook's fixed date makes a regenerated sample byte-identical,
// so re-running the generator leaves a clean git tree.
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosTime(d: Date): number { return (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2); }
function dosDate(d: Date): number { return ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(); }

/** Returns the zip with every entry's modification time set to `when` (central directory and local headers). */
export function fixZipTimestamps(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new RangeError('not a zip: no end of central directory');
  const count = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  const time = dosTime(when);
  const date = dosDate(when);
  for (let n = 0; n < count; n++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new RangeError('not a zip: bad central directory');
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new RangeError('not a zip: bad local header');
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

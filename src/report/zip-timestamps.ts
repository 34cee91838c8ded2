// Byte-identical workbooks: the zip library under exceljs stamps every entry with the current time. We overwrite
// the DOS date/time fields of each local and central directory header with one fixed date (the CRCs cover the
// data only, so the archive stays valid). Pure; works on any zip without zip64 records.

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/** Returns a copy of `zip` whose entries all carry `date` (UTC) as modification time. */
export function fixZipTimestamps(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, day } = dosDateTime(date);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === END) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip archive: end of central directory not found');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new Error(`zip central directory entry ${n} malformed`);
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(day, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`zip local header ${n} malformed`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

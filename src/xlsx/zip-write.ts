// A small deterministic zip writer for workbooks: each entry deflated with node:zlib
// (whole, or streamed in chunks for the big sheets), every entry stamped with one fixed date, no data descriptors,
// no zip64 (a workbook is far below 4 GB). Output collected in memory; the caller writes it atomically.
import * as zlib from 'node:zlib';
import { crc32 } from './crc32.js';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
/** Uncompressed bytes a streamed entry may queue for the compressor before its writer waits. */
const STREAM_BUFFER = 8 << 20;
/** Output buffer of the streamed compressor: the deflated size of a full queue of XML, and more. */
const OUTPUT_CHUNK = 4 << 20;
/** The buffer the queued writes are copied into for one job of the compressor (the queue and one more write). */
const JOIN_BYTES = STREAM_BUFFER + (4 << 20);
/**
 * zlib's level 4 (lazy matching, short chains) by default. Measured on the 1× plan workbook's parts (BENCHMARKS.md):
 * level 6 deflated them in ≈ 190 ms to 2.15 MB, level 4 in ≈ 80 ms to 2.31 MB (+7 %), and the writer no longer waits
 * for the compressor at the end of a sheet. The level changes the bytes, never the cells.
 */
export const DEFAULT_DEFLATE_LEVEL = 4;

export { crc32 };

/**
 * The MS-DOS date and time a zip header stores for `date` (read in UTC): time = hours << 11 | minutes << 5 |
 * seconds / 2, day = (year − 1980) << 9 | month << 5 | day of month. Years before 1980 or after 2107 do not fit.
 */
export function dosDateTime(date: Date): { time: number; day: number } {
  const year = date.getUTCFullYear();
  if (!(year >= 1980 && year <= 2107)) throw new RangeError(`a zip date must lie in 1980–2107: ${date.toISOString()}`);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

interface Entry { name: Buffer; crc: number; compressed: number; size: number; data: Buffer[]; front: boolean }

/**
 * Writes text (or its UTF-8 bytes: a buffer the writer does not change until `release` is called, when the
 * compressor no longer reads it) into an entry being streamed; resolves when the compressor has taken it
 * (back-pressure).
 */
export type EntryWriter = (text: string | Buffer, release?: () => void) => Promise<void> | void;

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private readonly stamp: { time: number; day: number };
  /**
   * The buffers a compressor's job was copied into, given back once the job is done: the jobs of every streamed
   * entry reuse them (two at most: a job under way and the last one of an entry). A new buffer per job (Buffer.concat) was ~170 MB of buffers allocated by the 10× plan workbook,
   * and V8 answers that much new external memory with full collections of the whole heap (BENCHMARKS.md).
   */
  private readonly spareJoins: Buffer[] = [];

  constructor(date: Date, private readonly level = DEFAULT_DEFLATE_LEVEL) {
    this.stamp = dosDateTime(date);
  }

  /**
   * Adds an entry whose whole content is at hand; `front` entries are laid out before all others (in the order
   * added), e.g. [Content_Types].xml, which can only be made once every sheet is written.
   */
  add(name: string, content: string | Buffer, front = false): void {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    this.push(name, [zlib.deflateRawSync(data, { level: this.level })], crc32(data), data.length, front);
  }

  /**
   * Adds an entry written piecewise by `produce` (the uncompressed text is never held whole). The sheet's XML is
   * produced on this thread while zlib compresses it on another, and zlib can only be handed work when this thread
   * gets a turn of the event loop (every few thousand rows): so all the text written since the compressor's last job
   * goes to it as ONE job, with an output buffer large enough that the job does not come back for more room after
   * every 16 KB of output (node's default). Fed 128 KB at a time, zlib sat idle between turns, the buffer filled,
   * and the producer then waited for it (about a third of the plan workbook's time on the 10× benchmark year). How the input is cut
   * into jobs does not change the deflated bytes (no flush between them).
   */
  async addStreamed(name: string, produce: (write: EntryWriter) => Promise<void>, outputChunk = OUTPUT_CHUNK): Promise<void> {
    const deflate = zlib.createDeflateRaw({ level: this.level, chunkSize: outputChunk });
    const out: Buffer[] = [];
    deflate.on('data', (b: Buffer) => out.push(b));
    const ended = new Promise<void>((resolve, reject) => { deflate.on('end', resolve); deflate.on('error', reject); });
    let crc = 0;
    let size = 0;
    /** Text written since the compressor's current job started. */
    let queued: Buffer[] = [];
    let queuedBytes = 0;
    /** The writer's release callbacks for the queued buffers. */
    let releases: (() => void)[] = [];
    const take = (): { data: Buffer; done: (() => void)[] } => {
      let data: Buffer;
      let done = releases;
      if (queued.length === 1) data = queued[0]!;
      else {
        const spare = this.spareJoins.pop();
        const join = spare && spare.length >= queuedBytes ? spare : Buffer.allocUnsafe(Math.max(queuedBytes, JOIN_BYTES));
        let at = 0;
        for (const q of queued) at += q.copy(join, at);
        data = join.subarray(0, queuedBytes);
        for (const release of done) release(); // copied
        done = [() => { if (this.spareJoins.length < 2) this.spareJoins.push(join); }];
      }
      queued = [];
      queuedBytes = 0;
      releases = [];
      return { data, done };
    };
    let busy = false;
    let failure: Error | undefined;
    /** The producer, waiting for the queue to be taken (back-pressure). */
    let room: (() => void) | undefined;
    const dispatch = (): void => {
      if (busy || queuedBytes === 0 || failure) return;
      const { data, done } = take();
      busy = true;
      deflate.write(data, (err) => {
        busy = false;
        if (err) failure = err;
        for (const release of done) release();
        dispatch();
        const waiting = room;
        room = undefined;
        waiting?.();
      });
    };
    const write: EntryWriter = (text, release) => {
      if (failure) throw failure;
      if (text.length === 0) { release?.(); return; }
      const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      crc = crc32(data, crc);
      size += data.length;
      queued.push(data);
      queuedBytes += data.length;
      if (release) releases.push(release);
      dispatch();
      if (queuedBytes < STREAM_BUFFER) return;
      return new Promise<void>((resolve) => { room = resolve; });
    };
    try {
      await produce(write);
      if (failure) throw failure;
      // the rest goes after the job under way (the stream keeps the order of writes)
      if (queuedBytes) {
        const { data, done } = take();
        deflate.write(data, () => { for (const release of done) release(); });
      }
    } catch (err) {
      deflate.destroy();
      throw err;
    }
    deflate.end();
    await ended;
    this.push(name, out, crc, size, false);
  }

  private push(name: string, data: Buffer[], crc: number, size: number, front: boolean): void {
    const compressed = data.reduce((s, b) => s + b.length, 0);
    this.entries.push({ name: Buffer.from(name, 'utf8'), crc: crc >>> 0, compressed, size, data, front });
  }

  /**
   * The fields a local header (at 4) and a central directory entry (at 6) share: version needed 2.0 (deflate),
   * flags (UTF-8 names), method, the DOS time and date, CRC-32, both sizes and the name's length.
   */
  private sharedFields(h: Buffer, at: number, e: Entry): void {
    h.writeUInt16LE(20, at);
    h.writeUInt16LE(UTF8_NAMES, at + 2);
    h.writeUInt16LE(DEFLATE, at + 4);
    h.writeUInt16LE(this.stamp.time, at + 6);
    h.writeUInt16LE(this.stamp.day, at + 8);
    h.writeUInt32LE(e.crc, at + 10);
    h.writeUInt32LE(e.compressed, at + 14);
    h.writeUInt32LE(e.size, at + 18);
    h.writeUInt16LE(e.name.length, at + 22);
  }

  private localHeader(e: Entry): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    this.sharedFields(header, 4, e);
    return header;
  }

  /** The finished archive (central directory appended). */
  finish(): Buffer {
    const ordered = [...this.entries.filter((e) => e.front), ...this.entries.filter((e) => !e.front)];
    const chunks: Buffer[] = [];
    const offsets: number[] = [];
    let offset = 0;
    for (const e of ordered) {
      offsets.push(offset);
      const header = this.localHeader(e);
      chunks.push(header, e.name, ...e.data);
      offset += header.length + e.name.length + e.compressed;
    }
    const start = offset;
    const central: Buffer[] = [];
    for (const [i, e] of ordered.entries()) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(CENTRAL, 0);
      h.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
      this.sharedFields(h, 6, e);
      h.writeUInt32LE(offsets[i]!, 42);
      central.push(h, e.name);
    }
    const size = central.reduce((s, b) => s + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    return Buffer.concat([...chunks, ...central, end]);
  }
}

/**
 * For zips written by others (exceljs stamps every entry with the time of writing): returns a copy of `zip` whose
 * entries all carry `date` (UTC) as modification time, in the local and central directory headers alike (the
 * CRCs cover the data only, so the archive stays valid). No zip64 records.
 */
export function fixZipTimestamps(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === END) { eocd = i; break; }
  }
  if (eocd < 0) throw new RangeError('not a zip archive: end of central directory not found');
  const { time, day } = dosDateTime(date);
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new RangeError(`zip central directory entry ${n} malformed`);
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(day, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new RangeError(`zip local header ${n} malformed`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

// The zip container of an .xlsx, opened with its guard against zip bombs (list the entries, refuse absurd sizes or
// ratios before inflating anything):
// 1. yauzl lists the central directory (no inflating);
// 2. before any part is inflated, the declared sizes of all XML parts are checked against ZipLimits
//    (entry size, total size, compression ratio); encrypted entries are refused;
// 3. a part is inflated with node:zlib capped at its declared (already checked) size via maxOutputLength, so
//    a part whose header lies about its size cannot blow up either (→ a 'corrupt' XlsxError); its size and CRC-32 are
//    then checked against the directory.
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { crc32 } from './crc32.js';
import { XlsxError, corrupt, overLimit } from './errors.js';

/** What a reader refuses before spending memory (sizes in bytes of the inflated XML parts). */
export interface ZipLimits {
  /** Largest single part once inflated. */
  maxEntryBytes: number;
  /** Largest sum of the inflated sizes of all XML parts. */
  maxTotalBytes: number;
  /** Largest inflated : compressed ratio of a part larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Parts smaller than this are never refused for their ratio: tiny parts compress wildly. */
  ratioFloorBytes: number;
}

export interface ZipArchive {
  has(name: string): boolean;
  /** Inflates one part (name as in the zip, e.g. 'xl/workbook.xml'). */
  read(name: string): Promise<Buffer>;
  /**
   * Inflates one part as a stream: `onChunk` gets its bytes in order, never more than `chunkSize` at a time, and
   * never more than the part's declared size in all. The same checks as `read` (declared size, CRC-32, inflate
   * errors) decide first: when `onChunk` throws, the rest of the part is still inflated (not handed on) and a
   * damaged part is reported as damaged, as if it had been read whole before parsing; else `onChunk`'s error is
   * thrown. `onChunk` may return true to say it needs no more bytes (the rest is then only checked).
   */
  stream(name: string, onChunk: (chunk: Buffer) => boolean | void, chunkSize?: number): Promise<void>;
  close(): void;
}

/** Bytes handed on at a time by `stream` (tests pass 1–7 to split every tag and character). */
export const STREAM_CHUNK = 64 * 1024;

/** Parts that a reader may parse (XML and relationships); media and binaries are never inflated. */
function isParsedPart(name: string): boolean { return /\.(xml|rels)$/i.test(name); }

export async function openZip(bytes: Buffer, limits: ZipLimits): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (e) {
    throw corrupt((e as Error).message);
  }
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    let total = 0;
    zip.on('error', (e: Error) => reject(corrupt(e.message)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.isEncrypted()) { reject(new XlsxError('encrypted')); return; }
      if (isParsedPart(entry.fileName)) {
        const size = entry.uncompressedSize;
        if (size > limits.maxEntryBytes) { reject(overLimit('maxEntryBytes', size)); return; }
        total += size;
        if (total > limits.maxTotalBytes) { reject(overLimit('maxTotalBytes', total)); return; }
        if (size >= limits.ratioFloorBytes) {
          const ratio = Math.ceil(size / Math.max(1, entry.compressedSize));
          if (ratio > limits.maxRatio) { reject(overLimit('maxRatio', ratio)); return; }
        }
        entries.set(entry.fileName, entry);
      }
      zip.readEntry();
    });
    zip.readEntry();
  }).catch((e: unknown) => { zip.close(); throw e; });
  // Part names are matched as written, and failing that without regard to case: a relationship naming
  // `sharedStrings.xml` for an entry stored as `SharedStrings.xml` opens in Excel, so it opens here.
  const byLowerName = new Map<string, yauzl.Entry>();
  for (const [name, entry] of entries) if (!byLowerName.has(name.toLowerCase())) byLowerName.set(name.toLowerCase(), entry);
  const entryOf = (name: string): yauzl.Entry | undefined => entries.get(name) ?? byLowerName.get(name.toLowerCase());

  /** The entry's stored bytes as yauzl hands them (views of the file's bytes, not copies). */
  const rawChunks = (entry: yauzl.Entry): Promise<Buffer[]> => new Promise((resolve, reject) => {
    const done = (err: Error | null, stream?: NodeJS.ReadableStream): void => {
      if (err || !stream) { reject(corrupt(`${entry.fileName}: ${err?.message ?? '无法打开'}`)); return; }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (e: Error) => reject(corrupt(`${entry.fileName}: ${e.message}`)));
      stream.on('end', () => resolve(chunks));
    };
    try {
      // Raw bytes: inflating is ours (capped). yauzl accepts `decompress` only for compressed entries.
      if (entry.compressionMethod === 0) zip.openReadStream(entry, done);
      else zip.openReadStream(entry, { decompress: false }, done);
    } catch (e) {
      reject(corrupt(`${entry.fileName}: ${(e as Error).message}`));
    }
  });
  const rawBytes = async (entry: yauzl.Entry): Promise<Buffer> => Buffer.concat(await rawChunks(entry));

  return {
    has: (name) => entryOf(name) !== undefined,
    async read(name) {
      const entry = entryOf(name);
      if (!entry) throw corrupt(`缺少 ${name}`);
      const raw = await rawBytes(entry);
      let data: Buffer;
      if (entry.compressionMethod === 0) data = raw;
      else if (entry.compressionMethod === 8) {
        try {
          data = zlib.inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
            // The declared size passed the limits above, so this part lies about its size: never inflate past it.
            throw corrupt(`${entry.fileName}: 解压后大小超过目录记载的 ${entry.uncompressedSize} 字节`);
          }
          throw corrupt(`${entry.fileName}: ${(e as Error).message}`);
        }
      } else throw corrupt(`${entry.fileName}: 不支持的压缩方式 ${entry.compressionMethod}`);
      if (data.length !== entry.uncompressedSize) throw corrupt(`${entry.fileName}: 解压后大小与目录不符`);
      if (crc32(data) !== entry.crc32 >>> 0) throw corrupt(`${entry.fileName}: 校验和（CRC-32）不符`);
      return data;
    },
    async stream(name, onChunk, chunkSize = STREAM_CHUNK) {
      const entry = entryOf(name);
      if (!entry) throw corrupt(`缺少 ${name}`);
      const parsing: { failed: boolean; thrown: unknown } = { failed: false, thrown: undefined };
      let wanted = true;
      const hand = (data: Buffer): void => {
        for (let i = 0; wanted && !parsing.failed && i < data.length; i += chunkSize) {
          try {
            if (onChunk(i === 0 && data.length <= chunkSize ? data : data.subarray(i, i + chunkSize)) === true) wanted = false;
          } catch (e) {
            parsing.failed = true;
            parsing.thrown = e;
          }
        }
      };
      const size = entry.uncompressedSize;
      let total = 0;
      let crc = 0;
      if (entry.compressionMethod === 0) {
        const data = await rawBytes(entry);
        total = data.length;
        crc = crc32(data);
        if (total === size && crc >>> 0 === entry.crc32 >>> 0) hand(data);
      } else if (entry.compressionMethod === 8) {
        const raw = await rawChunks(entry);
        const inflater = zlib.createInflateRaw({ chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, Math.min(chunkSize, 1 << 20)) });
        for (const c of raw) inflater.write(c);
        inflater.end();
        try {
          for await (const piece of inflater as AsyncIterable<Buffer>) {
            total += piece.length;
            // inflateRawSync's maxOutputLength (declared size + 1) in `read`: the same limit, the same message.
            if (total > size + 1) {
              inflater.destroy();
              throw corrupt(`${entry.fileName}: 解压后大小超过目录记载的 ${size} 字节`);
            }
            crc = crc32(piece, crc);
            hand(piece);
          }
        } catch (e) {
          if (e instanceof XlsxError) throw e;
          throw corrupt(`${entry.fileName}: ${(e as Error).message}`);
        }
      } else throw corrupt(`${entry.fileName}: 不支持的压缩方式 ${entry.compressionMethod}`);
      if (total !== size) throw corrupt(`${entry.fileName}: 解压后大小与目录不符`);
      if (crc >>> 0 !== entry.crc32 >>> 0) throw corrupt(`${entry.fileName}: 校验和（CRC-32）不符`);
      if (parsing.failed) throw parsing.thrown;
    },
    close: () => zip.close(),
  };
}

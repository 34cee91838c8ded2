// The zip container of an .xlsx, opened with its guard against zip bombs (issue 2; dependencies.md "Zip
// bombs … Guard before parsing: list entries with yauzl and refuse absurd sizes or ratios"):
// 1. yauzl lists the central directory (no inflating);
// 2. before any part is inflated, the declared sizes of all XML parts are checked against ReadLimits
//    (entry size, total size, compression ratio); encrypted entries are refused;
// 3. a part is inflated with node:zlib capped at its declared (already checked) size via maxOutputLength, so
//    a part whose header lies about its size cannot blow up either (→ file-corrupt); its size and CRC-32 are
//    then checked against the directory.
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { InputError, finding } from '../findings/index.js';
import { type ReadLimits, limitExceeded } from './limits.js';

export interface ZipArchive {
  has(name: string): boolean;
  /** Inflates one part (name as in the zip, e.g. 'xl/workbook.xml'). */
  read(name: string): Promise<Buffer>;
  close(): void;
}

export function corrupt(file: string, detail: string): InputError {
  return new InputError(finding('file-corrupt', { file }, { params: { detail } }));
}

/** Parts that a reader may parse (XML and relationships); media and binaries are never inflated. */
function isParsedPart(name: string): boolean { return /\.(xml|rels)$/i.test(name); }

export async function openZip(bytes: Buffer, file: string, limits: ReadLimits): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (e) {
    throw corrupt(file, (e as Error).message);
  }
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    let total = 0;
    zip.on('error', (e: Error) => reject(corrupt(file, e.message)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.isEncrypted()) { reject(new InputError(finding('file-encrypted', { file }))); return; }
      if (isParsedPart(entry.fileName)) {
        const size = entry.uncompressedSize;
        if (size > limits.maxEntryBytes) { reject(limitExceeded(file, 'maxEntryBytes', size, limits)); return; }
        total += size;
        if (total > limits.maxTotalBytes) { reject(limitExceeded(file, 'maxTotalBytes', total, limits)); return; }
        if (size >= limits.ratioFloorBytes) {
          const ratio = Math.ceil(size / Math.max(1, entry.compressedSize));
          if (ratio > limits.maxRatio) { reject(limitExceeded(file, 'maxRatio', ratio, limits)); return; }
        }
        entries.set(entry.fileName, entry);
      }
      zip.readEntry();
    });
    zip.readEntry();
  }).catch((e: unknown) => { zip.close(); throw e; });

  const rawBytes = (entry: yauzl.Entry): Promise<Buffer> => new Promise((resolve, reject) => {
    const done = (err: Error | null, stream?: NodeJS.ReadableStream): void => {
      if (err || !stream) { reject(corrupt(file, `${entry.fileName}: ${err?.message ?? '无法打开'}`)); return; }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (e: Error) => reject(corrupt(file, `${entry.fileName}: ${e.message}`)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    };
    try {
      // Raw bytes: inflating is ours (capped). yauzl accepts `decompress` only for compressed entries.
      if (entry.compressionMethod === 0) zip.openReadStream(entry, done);
      else zip.openReadStream(entry, { decompress: false }, done);
    } catch (e) {
      reject(corrupt(file, `${entry.fileName}: ${(e as Error).message}`));
    }
  });

  return {
    has: (name) => entries.has(name),
    async read(name) {
      const entry = entries.get(name);
      if (!entry) throw corrupt(file, `缺少 ${name}`);
      const raw = await rawBytes(entry);
      let data: Buffer;
      if (entry.compressionMethod === 0) data = raw;
      else if (entry.compressionMethod === 8) {
        try {
          data = zlib.inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
            // The declared size passed the limits above, so this part lies about its size: never inflate past it.
            throw corrupt(file, `${entry.fileName}: 解压后大小超过目录记载的 ${entry.uncompressedSize} 字节`);
          }
          throw corrupt(file, `${entry.fileName}: ${(e as Error).message}`);
        }
      } else throw corrupt(file, `${entry.fileName}: 不支持的压缩方式 ${entry.compressionMethod}`);
      if (data.length !== entry.uncompressedSize) throw corrupt(file, `${entry.fileName}: 解压后大小与目录不符`);
      if (zlib.crc32(data) >>> 0 !== entry.crc32 >>> 0) throw corrupt(file, `${entry.fileName}: 校验和（CRC-32）不符`);
      return data;
    },
    close: () => zip.close(),
  };
}

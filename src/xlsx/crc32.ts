// CRC-32 (the zip checksum). zlib has one from Node 20.15 on; before that, and wherever it is missing, the same
// function in JavaScript (tests/xlsx/crc32.test.ts checks the two agree, chunked and whole).

import zlib from 'node:zlib';

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of `data` continuing from `crc`, in JavaScript. */
export function crc32Portable(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const native = (zlib as unknown as { crc32?: (d: Uint8Array, v: number) => number }).crc32;

/** CRC-32 of `data` continuing from `crc` (zlib's when this Node has it). */
export function crc32(data: Uint8Array, crc = 0): number {
  return native ? native(data, crc) >>> 0 : crc32Portable(data, crc);
}

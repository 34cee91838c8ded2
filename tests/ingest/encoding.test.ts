import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/encoding.js';

const text = '电子监管号,行政区,坐落\r\n3301022025B00001,上城区,“三改一拆”地块\r\n';

describe('decodeBytes (BOM, strict UTF-8, else GB18030)', () => {
  it.each([
    { name: 'UTF-8 without BOM', bytes: Buffer.from(text, 'utf8'), encoding: 'utf-8', bom: false },
    { name: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), encoding: 'utf-8', bom: true },
    { name: 'UTF-16LE with BOM (Excel "Unicode text")', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), encoding: 'utf-16le', bom: true },
    { name: 'UTF-16BE with BOM', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]), encoding: 'utf-16be', bom: true },
    { name: 'GBK (Excel/WPS on Chinese Windows)', bytes: iconv.encode(text, 'gbk'), encoding: 'gb18030', bom: false },
    { name: 'GB18030', bytes: iconv.encode(text, 'gb18030'), encoding: 'gb18030', bom: false },
  ])('$name', ({ bytes, encoding, bom }) => {
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.bom).toBe(bom);
    expect(d.text).toBe(text);
  });
  it('a short GBK file is not mistaken for UTF-8', () => {
    const d = decodeBytes(iconv.encode('坐落', 'gbk'));
    expect(d).toEqual({ text: '坐落', encoding: 'gb18030', bom: false });
  });
  it('bad bytes after a UTF-8 BOM become U+FFFD (reported per cell later)', () => {
    const d = decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]));
    expect(d.text).toBe('a\ufffdb');
  });
});

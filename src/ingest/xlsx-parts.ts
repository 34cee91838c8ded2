// The package parts of an .xlsx around the sheet data: relationships, the workbook (sheet names, rIds,
// the 1904 date flag) and the shared strings (rich-text runs concatenated, phonetic runs ignored).
import { XmlScanner, attributes, decodeOoxmlText } from './xml.js';

export function resolvePart(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir ? baseDir.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function parseRels(xml: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.name !== 'Relationship' || s.closing) continue;
    const a = attributes(s.attrs);
    const id = a.get('Id');
    if (id !== undefined) out.set(id, { type: a.get('Type') ?? '', target: a.get('Target') ?? '' });
  }
  return out;
}

export function parseWorkbook(xml: string): { sheets: { name: string; rid: string; hidden: boolean }[]; date1904: boolean } {
  const sheets: { name: string; rid: string; hidden: boolean }[] = [];
  let date1904 = false;
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.closing) continue;
    if (s.name === 'workbookPr') {
      const v = s.attr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (s.name === 'sheet') {
      const a = attributes(s.attrs);
      let rid = '';
      for (const [k, v] of a) if (k === 'id' || k.endsWith(':id')) rid = v;
      const state = a.get('state');
      sheets.push({ name: a.get('name') ?? '', rid, hidden: state === 'hidden' || state === 'veryHidden' });
    }
  }
  return { sheets, date1904 };
}

/** Shared strings: rich-text runs concatenated, phonetic runs (<rPh>) ignored, entities and _xHHHH_ decoded. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const s = new XmlScanner(xml);
  let buf = '';
  let inPhonetic = 0;
  let textStart = -1;
  while (s.next()) {
    switch (s.name) {
      case 'si':
        if (s.selfClosing) out.push('');
        else if (s.closing) out.push(buf);
        else buf = '';
        break;
      case 'rPh':
        if (!s.selfClosing) inPhonetic += s.closing ? -1 : 1;
        break;
      case 't':
        if (inPhonetic > 0 || s.selfClosing) break;
        if (!s.closing) textStart = s.end;
        else if (textStart >= 0) { buf += decodeOoxmlText(xml.slice(textStart, s.start)); textStart = -1; }
        break;
    }
  }
  return out;
}


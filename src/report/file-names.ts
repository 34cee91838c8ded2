// File and sheet names built from data (Windows' file-name rules, which WPS and Excel share: no <>:"/\|?*, no reserved
// names, no trailing dot or space; sheet names: no * ? : \ / [ ], at most 31 characters, no leading/trailing ').

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A file name safe on Windows, macOS and Linux. */
export function safeFileName(name: string): string {
  let s = name.replace(/[<>:"/\\|?*\u0000-\u001F]/g, '_').replace(/[. ]+$/, '');
  if (s === '' || RESERVED.test(s)) s = `_${s}`;
  return s;
}

/** A worksheet name Excel accepts. */
export function safeSheetName(name: string): string {
  const s = name.replace(/[*?:\\/[\]]/g, '、').replace(/^'+|'+$/g, '').slice(0, 31);
  return s === '' ? '_' : s;
}

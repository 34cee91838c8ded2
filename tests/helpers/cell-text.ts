// The text a spreadsheet shows for a cell value as exceljs reads it back: strings and numbers as themselves, rich
// text joined, a formula by its cached result, a hyperlink by its text, a date as YYYY-MM-DD. Any other object is a
// test's mistake, not text: it throws instead of comparing "[object Object]".

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return (value.richText as { text: string }[]).map((t) => t.text).join('');
    }
    if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellText(value.result) : '';
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value && typeof value.error === 'string') return value.error;
  }
  throw new TypeError(`not a cell value: ${JSON.stringify(value)}`);
}

// The styles part (xl/styles.xml) of a workbook being written: fonts, fills, borders, number formats and cell formats
// (xf) registered once per distinct look, and the differential formats (dxf) of conditional formats. Every cell
// written has the 等线 11 pt font, vertical centring and, when asked, a thin grey border.
import { esc } from './xml.js';

export const FONT = '等线';
/** The fill of a sheet's header row (light blue). */
export const HEADER_FILL_ARGB = 'FFDDEBF7';
const FONT_SIZE = 11;
const BORDER_COLOUR = 'FFBFBFBF';

/** The look of a cell after the header, column and cell styles are combined. */
export interface ResolvedStyle {
  bold: boolean;
  italic: boolean;
  fontColor?: string;
  fill?: string;
  numFmt?: string;
  horizontal?: 'left' | 'center' | 'right';
  wrap: boolean;
  border: boolean;
  unlocked: boolean;
}

// Excel's built-in number formats among the common ones (ids of ECMA-376 18.8.30).
const BUILTIN_FORMATS: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

export class StyleSheet {
  private readonly fonts = ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'];
  private readonly fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly numFmts: string[] = [];
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly dxfs: string[] = [];
  private readonly index = new Map<string, number>();

  private intern(list: string[], xml: string, prefix: string): number {
    const key = prefix + xml;
    let i = this.index.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(xml);
      this.index.set(key, i);
    }
    return i;
  }

  private numFmtId(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtin = BUILTIN_FORMATS[format];
    if (builtin !== undefined) return builtin;
    return 164 + this.intern(this.numFmts, format, 'n:');
  }

  private fontId(s: ResolvedStyle): number {
    const xml = `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}${s.fontColor ? `<color rgb="${esc(s.fontColor)}"/>` : ''}<sz val="${FONT_SIZE}"/><name val="${FONT}"/></font>`;
    return this.intern(this.fonts, xml, 'f:');
  }

  private fillId(argb: string | undefined): number {
    if (!argb) return 0;
    return this.intern(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${esc(argb)}"/></patternFill></fill>`, 'p:');
  }

  private borderId(border: boolean): number {
    if (!border) return 0;
    const side = (name: string) => `<${name} style="thin"><color rgb="${BORDER_COLOUR}"/></${name}>`;
    return this.intern(this.borders, `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`, 'b:');
  }

  /** The cell format (xf index) of a cell look. */
  cellXf(s: ResolvedStyle): number {
    const numFmtId = this.numFmtId(s.numFmt);
    const fontId = this.fontId(s);
    const fillId = this.fillId(s.fill);
    const borderId = this.borderId(s.border);
    const alignment = `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ''} vertical="center"${s.wrap ? ' wrapText="1"' : ''}/>`;
    const xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`
      + `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''} applyAlignment="1"`
      + `${s.unlocked ? ' applyProtection="1"' : ''}>${alignment}${s.unlocked ? '<protection locked="0"/>' : ''}</xf>`;
    return this.intern(this.xfs, xml, 'x:');
  }

  /** The format of a whole column that has only a number format (e.g. '@' keeps typed ids as text). */
  columnXf(numFmt: string): number {
    const numFmtId = this.numFmtId(numFmt);
    return this.intern(this.xfs, `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`, 'x:');
  }

  /** A differential format for a conditional format rule (font colour and/or solid fill). */
  dxf(look: { fontColor?: string; fill?: string }): number {
    const font = look.fontColor ? `<font><color rgb="${esc(look.fontColor)}"/></font>` : '';
    const fill = look.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${esc(look.fill)}"/></patternFill></fill>` : '';
    return this.intern(this.dxfs, `<dxf>${font}${fill}</dxf>`, 'd:');
  }

  toXml(): string {
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = this.numFmts.length
      ? `<numFmts count="${this.numFmts.length}">${this.numFmts.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join('')}</numFmts>`
      : '';
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
      + numFmts + list('fonts', this.fonts) + list('fills', this.fills) + list('borders', this.borders)
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + list('cellXfs', this.xfs)
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
      + list('dxfs', this.dxfs)
      + '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
      + '</styleSheet>';
  }
}

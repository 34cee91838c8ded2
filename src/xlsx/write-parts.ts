// The small parts of a workbook package: content types, relationships, the workbook part (sheets, print titles,
// window), document properties, and the comments (批注) of a sheet with their VML drawing (Excel shows a note
// only with its legacy drawing).
import type { SheetModel, SheetRows, WorkbookMeta } from './model.js';
import type { Note } from './write-sheet.js';
import { esc, textElement } from './xml.js';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CT = 'application/vnd.openxmlformats-officedocument';

export function contentTypesXml(sheetCount: number, commented: readonly number[], drawings = 0, charts = 0): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>`
    + override('/xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`)
    + Array.from({ length: sheetCount }, (_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`)).join('')
    + override('/xl/theme/theme1.xml', `${CT}.theme+xml`)
    + override('/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`)
    + override('/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`)
    + commented.map((n) => override(`/xl/comments${n}.xml`, `${CT}.spreadsheetml.comments+xml`)).join('')
    + Array.from({ length: drawings }, (_, i) => override(`/xl/drawings/drawing${i + 1}.xml`, `${CT}.drawing+xml`)).join('')
    + Array.from({ length: charts }, (_, i) => override(`/xl/charts/chart${i + 1}.xml`, `${CT}.drawingml.chart+xml`)).join('')
    + override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
    + override('/docProps/app.xml', `${CT}.extended-properties+xml`)
    + '</Types>';
}

export function rootRelsXml(): string {
  return XML_HEAD + `<Relationships xmlns="${PKG_REL}">`
    + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`
    + `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`
    + `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>`
    + '</Relationships>';
}

export function workbookRelsXml(sheetCount: number): string {
  return XML_HEAD + `<Relationships xmlns="${PKG_REL}">`
    + `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`
    + `<Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>`
    + `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
    + Array.from({ length: sheetCount }, (_, i) => `<Relationship Id="rId${i + 4}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
    + '</Relationships>';
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function workbookXml(sheets: readonly SheetModel<SheetRows>[]): string {
  const active = Math.max(0, sheets.findIndex((s) => (s.state ?? 'visible') === 'visible'));
  const printTitles = sheets
    .map((s, i) => (s.print && s.headerRow ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${quoteSheet(s.name)}!$1:$${s.headerRow}`)}</definedName>` : ''))
    .join('');
  return XML_HEAD + `<workbook xmlns="${MAIN}" xmlns:r="${REL}">`
    + `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="24000" windowHeight="14000" firstSheet="0" activeTab="${active}"/></bookViews>`
    + '<sheets>' + sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state && s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="rId${i + 4}"/>`).join('') + '</sheets>'
    + (printTitles ? `<definedNames>${printTitles}</definedNames>` : '')
    + '<calcPr calcId="171027"/></workbook>';
}

export function coreXml(meta: WorkbookMeta): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const opt = (tag: string, value: string | undefined) => (value === undefined ? '' : `<${tag}>${esc(value)}</${tag}>`);
  return XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + opt('dc:creator', meta.creator) + opt('dc:title', meta.title) + opt('dc:subject', meta.subject) + opt('dc:description', meta.description)
    + opt('cp:keywords', meta.keywords) + opt('cp:lastModifiedBy', meta.creator)
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`
    + '</cp:coreProperties>';
}

export function appXml(sheetNames: readonly string[]): string {
  return XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
    + `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`
    + `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${sheetNames.map((n) => `<vt:lpstr>${esc(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>`
    + '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>';
}

/** A sheet's relationships: its comments (rId1) with their VML drawing (rId2), its chart drawing (rId3). */
export function sheetRelsXml(commentsNumber: number | undefined, drawingNumber?: number): string {
  return XML_HEAD + `<Relationships xmlns="${PKG_REL}">`
    + (commentsNumber === undefined ? '' : `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments${commentsNumber}.xml"/>`
      + `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing${commentsNumber}.vml"/>`)
    + (drawingNumber === undefined ? '' : `<Relationship Id="rId3" Type="${REL}/drawing" Target="../drawings/drawing${drawingNumber}.xml"/>`)
    + '</Relationships>';
}

export function commentsXml(notes: readonly Note[]): string {
  return XML_HEAD + `<comments xmlns="${MAIN}"><authors><author>Author</author></authors><commentList>`
    + notes.map((n) => `<comment ref="${n.ref}" authorId="0"><text><r>${textElement(n.text)}</r></text></comment>`).join('')
    + '</commentList></comments>';
}

/** The legacy drawing that makes Excel show the notes (hidden until hovered), one shape per note. */
export function vmlXml(notes: readonly Note[], commentsNumber: number): string {
  const shapes = notes.map((n, i) => `<v:shape id="_x0000_s${commentsNumber * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:${i + 1};visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">`
    + '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>'
    + `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 6, ${Math.max(0, n.row - 2)}, 14, ${n.col + 3}, 2, ${n.row + 2}, 16</x:Anchor>`
    + `<x:AutoFill>False</x:AutoFill><x:Row>${n.row - 1}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`).join('');
  return '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
    + `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${commentsNumber}"/></o:shapelayout>`
    + '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    + shapes + '</xml>';
}

// Row builders of the kinds other than supply: each a plain mapping from converted fields to the typed row
// (src/ingest/types.ts); the rules are in the column specs (columns/) and the cell conversion (convert.ts).
import type {
  CarriedRow, EvidenceRow, InspectionRow, LedgerRow, ReclamationRow, RedevelopmentRow, StartCheckRow,
} from '../types.js';
import { type FileContext, RowFields } from './common.js';
import { resolveRowRegion } from './region.js';

type Raw = RowFields['raw'];

export function buildRedevelopmentRow(raw: Raw, fc: FileContext): RedevelopmentRow {
  const r = new RowFields(raw, fc);
  return {
    source: r.source, columns: fc.columns,
    projectId: r.requiredText('projectId'),
    region: resolveRowRegion(r),
    projectName: r.requiredText('projectName'),
    location: r.requiredText('location'),
    redevelopmentType: r.term('redevelopmentType'),
    changedFloorAreaM2: r.exact('changedFloorAreaM2'),
    newPlotRatio: r.exact('newPlotRatio'),
    changedUseAreaHa: r.exact('changedUseAreaHa'),
    changedLandUseAreaHa: r.exact('changedLandUseAreaHa'),
    newUse: r.text('newUse'),
    governmentResupply: r.term('governmentResupply'),
    completedDate: r.text('completedDate'),
  };
}

export function buildReclamationRow(raw: Raw, fc: FileContext): ReclamationRow {
  const r = new RowFields(raw, fc);
  return {
    source: r.source, columns: fc.columns,
    projectId: r.requiredText('projectId'),
    region: resolveRowRegion(r),
    projectName: r.requiredText('projectName'),
    reclaimedAreaHa: r.exact('reclaimedAreaHa'),
    acceptance: r.term('acceptance'),
    acceptanceDate: r.text('acceptanceDate'),
    approvalNo: r.text('approvalNo'),
  };
}

export function buildEvidenceRow(raw: Raw, fc: FileContext): EvidenceRow {
  const r = new RowFields(raw, fc);
  return {
    source: r.source, columns: fc.columns,
    projectId: r.requiredText('projectId'),
    documentType: r.term('documentType'),
    documentNo: r.text('documentNo'),
    stamped: r.term('stamped'),
    statedLocation: r.text('statedLocation'),
    statedAreaHa: r.exact('statedAreaHa'),
    statedType: r.text('statedType'),
    attachment: r.text('attachment'),
  };
}

export function buildInspectionRow(raw: Raw, fc: FileContext): InspectionRow {
  const r = new RowFields(raw, fc);
  return {
    source: r.source, columns: fc.columns,
    projectId: r.requiredText('projectId'),
    method: r.term('method'),
    conclusion: r.term('conclusion'),
    verifiedAreaHa: r.exact('verifiedAreaHa'),
    note: r.text('note'),
  };
}

export function buildStartCheckRow(raw: Raw, fc: FileContext): StartCheckRow {
  const r = new RowFields(raw, fc);
  return {
    source: r.source, columns: fc.columns,
    projectId: r.requiredText('projectId'),
    region: resolveRowRegion(r),
    linkageYear: r.int('linkageYear'),
    creditedAreaHa: r.exact('creditedAreaHa'),
    result: r.term('result'),
    note: r.text('note'),
  };
}

export function buildLedgerRow(raw: Raw, fc: FileContext): LedgerRow {
  const r = new RowFields(raw, fc);
  return {
    source: r.source, columns: fc.columns,
    projectId: r.requiredText('projectId'),
    linkageYear: r.int('linkageYear'),
    creditedAreaHa: r.exact('creditedAreaHa'),
    region: resolveRowRegion(r),
  };
}

export function buildCarriedRow(raw: Raw, fc: FileContext): CarriedRow {
  const r = new RowFields(raw, fc);
  return {
    source: r.source, columns: fc.columns,
    region: resolveRowRegion(r),
    linkageYear: r.int('linkageYear'),
    carriedHa: r.exact('carriedHa'),
  };
}

// Canonical Chinese labels taken from the shared vocabulary (src/domain/vocabulary.ts), so the sample writes
// exactly the values the readers accept; a renamed label there breaks the generator at once, not silently.
import {
  acceptanceResults, documentTypes, filingTypes, inspectionConclusions, inspectionMethods, landSources,
  redevelopmentTypes, requisitionTypes, startCheckResults, stockTypes, supplyMethods,
  type DocumentType, type FilingType, type InspectionConclusion, type InspectionMethod, type LandSource,
  type RedevelopmentType, type RequisitionType, type StartCheckResult, type StockType, type SupplyMethod,
} from '../../src/domain/vocabulary.js';

function labelIn<Id extends string>(list: readonly { id: Id; label: string }[], id: Id): string {
  const term = list.find((t) => t.id === id);
  if (!term) throw new RangeError(`no label for ${id}`);
  return term.label;
}

export const filingLabel = (id: FilingType): string => labelIn(filingTypes, id);
export const methodLabel = (id: SupplyMethod): string => labelIn(supplyMethods, id);
export const sourceLabel = (id: LandSource): string => labelIn(landSources, id);
export const requisitionLabel = (id: RequisitionType): string => labelIn(requisitionTypes, id);
export const redevelopmentLabel = (id: RedevelopmentType): string => labelIn(redevelopmentTypes, id);
export const docLabel = (id: DocumentType): string => labelIn(documentTypes, id);
export const inspectionMethodLabel = (id: InspectionMethod): string => labelIn(inspectionMethods, id);
export const conclusionLabel = (id: InspectionConclusion): string => labelIn(inspectionConclusions, id);
export const startCheckLabel = (id: StartCheckResult): string => labelIn(startCheckResults, id);
export const acceptanceLabel = (id: 'passed' | 'failed'): '通过' | '不通过' =>
  labelIn(acceptanceResults, id) as '通过' | '不通过';

/**
 * 存量类型 as the supply system prints it. "三改一拆" is written with Chinese curly quotes, as in the Measures'
 * annex (审核要求表); the readers match it after removing quotes (vocabulary.ts).
 */
export function stockTypeLabel(id: StockType): string {
  return id === 'demolition' ? '“三改一拆”拆后土地' : labelIn(stockTypes, id);
}

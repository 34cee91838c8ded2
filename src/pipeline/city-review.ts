// The inputs as the cities review them (浙土资发〔2017〕19号 四、1–2): each city reviews its projects by 31 January,
// before the province's desk review and spot checks are settled; review workbooks written once inspection results
// exist must not show the province's verdicts (弄虚作假, 面积核减) to the cities. So `extract` computes without them:
// the workbook shows the preliminary result from the evidence (初审), the same before and after the inspections.
import type { YearInputs } from '../ingest/types.js';

export function forCityReview(inputs: YearInputs): YearInputs {
  return inputs.inspection.length === 0 ? inputs : { ...inputs, inspection: [] };
}

// What the readers return for a year's folder: the typed rows (src/domain/rows.ts), the files read, the findings.
import type { Finding } from '../findings/types.js';
import type {
  CarriedRow, CityFeedback, EvidenceRow, InputKind, InspectionRow, LedgerRow, ReclamationRow, RedevelopmentRow, StartCheckRow, SupplyRow,
} from '../domain/rows.js';
import type { RowList } from '../domain/packed-rows.js';

export interface InputFileInfo {
  kind: InputKind | 'feedback';
  /** Path as given to the reader; `name` is the base name shown to users. */
  path: string;
  name: string;
  sheet?: string;
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'xlsx';
  rows: number;
  sha256: string;
}

/** Everything read from one year's folder. */
export interface YearInputs {
  year: number;
  dataDir: string;
  /** How the folder was chosen: the --data option, ./data/<year>, or the bundled samples/<year>. */
  dataOrigin: 'option' | 'cwd' | 'samples';
  files: InputFileInfo[];
  supply: SupplyRow[];
  redevelopment: RedevelopmentRow[];
  reclamation: ReclamationRow[];
  /** Packed when read by loadYear (src/domain/packed-rows.ts); an array of rows does as well. */
  evidence: RowList<EvidenceRow>;
  inspection: InspectionRow[];
  startCheck: StartCheckRow[];
  ledger: LedgerRow[];
  /** Carried-forward deductions of earlier plans (docs/spec/domain.md Decisions 6); absent in hand-built inputs = none. */
  carried?: CarriedRow[];
  feedback: CityFeedback[];
  findings: Finding[];
  /** The returned city workbooks' subfolder (feedback/ or 审核意见/) when present; read by ingest/feedback.ts. */
  feedbackDir?: string;
}


// The shape of one bad-input case (docs/bad-input.md): a small folder (committed under
// tests/fixtures/bad/<name>/, or built at run time when it is big or depends on the machine) and the outcome the
// built CLI must give for it: exit code, finding codes and their locations.

export interface ExpectedFinding {
  code: string;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  /** The project id the finding concerns. */
  id?: string;
}

export interface RunPaths {
  /** The case's data folder. */
  dir: string;
  /** A fresh output folder (compute). */
  out: string;
  /** A scratch folder next to both. */
  tmp: string;
}

export interface BadCase {
  /** Kebab-case; the fixture folder's name. */
  name: string;
  /** What it covers, in the words. */
  about: string;
  /** Committed fixture: relative path → content. */
  files?: Record<string, Buffer | string>;
  /** Built at run time instead (big files, the cities' workbooks, machine-dependent paths). Gets the folder to fill. */
  make?: (dir: string) => Promise<void> | void;
  /** Default 'validate' for cases that run (exit 0/1) and 'compute' for cases that cannot (exit 2): a stop-the-run
   *  error is the same in both (they share the reading), and compute also proves that nothing was written. */
  command?: 'validate' | 'compute';
  /** The arguments after `<command> <year>`; default `--data <dir>` (+ `--out <out>` for compute). */
  args?: (p: RunPaths) => string[];
  exit: 0 | 1 | 2;
  /** Each must be among the findings (exit 0/1) or be the stop-the-run error (exit 2), matching every field given. */
  findings: ExpectedFinding[];
  /** Codes that must not appear. */
  absent?: string[];
}

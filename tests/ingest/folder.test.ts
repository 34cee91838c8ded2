import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindFromFileName, locateDataDir, packageRoot, scanFolder } from '../../src/ingest/folder.js';
import { inputErrorOf } from './errors.js';
import { tempDir } from './helpers.js';

function folder(files: string[], dirs: string[] = []): string {
  const dir = tempDir('landlink-folder-');
  for (const f of files) writeFileSync(join(dir, f), 'x');
  for (const d of dirs) mkdirSync(join(dir, d));
  return dir;
}

describe('kind from the file name', () => {
  it.each([
    ['supply.xlsx', 'supply'], ['Supply.XLSX', 'supply'], ['SUPPLY.csv', 'supply'], ['供地备案.xlsx', 'supply'],
    ['supply-2025.csv', 'supply'], ['supply_2025.xlsx', 'supply'], ['2025年供地备案.xlsx', 'supply'], ['2025年度供地备案.csv', 'supply'],
    ['供地备案（2025）.xlsx', 'supply'], ['redevelopment.xlsx', 'redevelopment'], ['低效用地再开发.xlsx', 'redevelopment'],
    ['reclamation.csv', 'reclamation'], ['增减挂钩复垦.xlsx', 'reclamation'], ['evidence 2025.xlsx', 'evidence'], ['材料清单.xlsx', 'evidence'],
    ['inspection.xlsx', 'inspection'], ['核查结果.csv', 'inspection'], ['start-check.xlsx', 'start-check'], ['start_check.csv', 'start-check'],
    ['StartCheck.xlsx', 'start-check'], ['开工核查.csv', 'start-check'], ['ledger.xlsx', 'ledger'], ['已挂钩台账.xlsx', 'ledger'],
    ['供地备案.xls', 'supply'],
  ])('%s → %s', (name, kind) => {
    expect(kindFromFileName(name)).toBe(kind);
  });
  it.each(['供地备案(备份).xlsx', '开工核查结果.xlsx', 'notes.txt', 'supply-old.xlsx', '审核意见.xlsx'])('%s claims no kind', (name) => {
    expect(kindFromFileName(name)).toBeNull();
  });
});

describe('scanning a year folder', () => {
  it('takes one file per kind, in reading order; skips lock and hidden files; notes the feedback folder', () => {
    const dir = folder(['ledger.xlsx', '供地备案.xlsx', '~$供地备案.xlsx', '.supply.csv', '材料清单.csv', 'README.md'], ['审核意见', 'old']);
    const s = scanFolder(dir);
    expect(s.files.map((f) => [f.kind, f.name])).toEqual([['supply', '供地备案.xlsx'], ['evidence', '材料清单.csv'], ['ledger', 'ledger.xlsx']]);
    expect(s.feedbackDir).toBe(join(dir, '审核意见'));
    expect(s.findings.map((f) => [f.code, f.location.file])).toEqual([['file-ignored', 'README.md']]);
  });
  it('the English feedback folder too', () => {
    const dir = folder(['supply.csv'], ['Feedback']);
    expect(scanFolder(dir).feedbackDir).toBe(join(dir, 'Feedback'));
  });
  it('two files of one kind stop the run, naming both (kind-ambiguous)', async () => {
    const f = await inputErrorOf(() => scanFolder(folder(['supply.xlsx', '2025年供地备案.csv', 'ledger.xlsx'])));
    expect(f.code).toBe('kind-ambiguous');
    expect(f.location.file).toBe('2025年供地备案.csv、supply.xlsx');
  });
  it('no supply file stops the run (supply-missing)', async () => {
    expect((await inputErrorOf(() => scanFolder(folder(['ledger.xlsx'])))).code).toBe('supply-missing');
  });
  it('an old .xls named as a kind stops the run (file-format-unsupported)', async () => {
    const f = await inputErrorOf(() => scanFolder(folder(['供地备案.xls'])));
    expect([f.code, f.location.file, f.location.value]).toEqual(['file-format-unsupported', '供地备案.xls', '.xls']);
  });
  it('a .xls beside the .xlsx of the same kind is ambiguous', async () => {
    expect((await inputErrorOf(() => scanFolder(folder(['供地备案.xls', '供地备案.xlsx'])))).code).toBe('kind-ambiguous');
  });
  it('unknown names are reported, not read', () => {
    const s = scanFolder(folder(['supply.csv', 'supply (1).csv']));
    expect(s.files.map((f) => f.name)).toEqual(['supply.csv']);
    expect(s.findings.map((f) => [f.code, f.severity, f.location.file])).toEqual([['file-ignored', 'info', 'supply (1).csv']]);
  });
});

describe('locating the data folder', () => {
  it('--data: must exist', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'mine'));
    expect(locateDataDir(2025, 'mine', cwd)).toEqual({ dir: join(cwd, 'mine'), origin: 'option' });
    const f = await inputErrorOf(() => locateDataDir(2025, 'nope', cwd));
    expect([f.code, f.location.file]).toEqual(['folder-missing', join(cwd, 'nope')]);
  });
  it('else ./data/<year>', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'data', '2025'), { recursive: true });
    expect(locateDataDir(2025, undefined, cwd)).toEqual({ dir: join(cwd, 'data', '2025'), origin: 'cwd' });
  });
  it('else the bundled samples/<year>', () => {
    const cwd = tempDir();
    const root = tempDir();
    mkdirSync(join(root, 'samples', '2025'), { recursive: true });
    expect(locateDataDir(2025, undefined, cwd, root)).toEqual({ dir: join(root, 'samples', '2025'), origin: 'samples' });
  });
  it('else folder-missing', async () => {
    expect((await inputErrorOf(() => locateDataDir(1999, undefined, tempDir(), tempDir()))).code).toBe('folder-missing');
  });
  it('the package root is two levels above src/ingest/folder.ts', () => {
    expect((JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string }).name).toBe('landlink');
  });
});

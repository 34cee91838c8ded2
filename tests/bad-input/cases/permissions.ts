// Permission cases (run by tests/bad-input/permissions.test.ts as an unprivileged user): each takes a permission
// away and names the finding it must give.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Year { root: string; data: string; out: string }

/** Each case takes a permission away and names the finding it must give (the catalogue test counts these codes
 *  as emitted by a real run: tests/ingest/catalogue.test.ts). */
export const permissionCases: { name: string; code: string; command: 'validate' | 'compute'; stops: boolean; make: (y: Year) => void; file: (y: Year) => string }[] = [
  {
    name: 'the data folder cannot be listed: exit 2 folder-unreadable, naming it', code: 'folder-unreadable', command: 'validate', stops: true,
    make: (y) => chmodSync(y.data, 0o000), file: (y) => y.data,
  },
  {
    name: 'an input file cannot be read: exit 2 file-unreadable, naming it', code: 'file-unreadable', command: 'validate', stops: true,
    make: (y) => chmodSync(join(y.data, 'supply.csv'), 0o000), file: () => 'supply.csv',
  },
  {
    name: 'a returned review workbook cannot be read: a finding on it, the run goes on', code: 'file-unreadable', command: 'compute', stops: false,
    make: (y) => {
      const fb = join(y.data, '审核意见');
      mkdirSync(fb, { mode: 0o755 });
      writeFileSync(join(fb, '330100-杭州市.xlsx'), 'x');
      chmodSync(join(fb, '330100-杭州市.xlsx'), 0o000);
    },
    file: () => '审核意见/330100-杭州市.xlsx',
  },
  {
    name: 'the feedback folder cannot be listed: a warning, the run goes on as without answers', code: 'feedback-folder-unreadable', command: 'compute', stops: false,
    make: (y) => { const fb = join(y.data, '审核意见'); mkdirSync(fb); chmodSync(fb, 0o000); },
    file: () => '审核意见',
  },
];


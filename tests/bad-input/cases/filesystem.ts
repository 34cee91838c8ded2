// File-system oddities (docs/bad-input.md "文件系统"): inputs arrive by mail, USB stick and network share, so a
// name that claims an input kind may be a broken or looping link, a device or a pipe, a subfolder may be a file,
// and an unrelated name may not even be valid UTF-8. Generated as a class — every oddity for every input kind —
// not one example each: a name that claims a kind but is no regular file stops the run naming it (exit 2, never a
// silently shorter year); anything landlink would not read never stops it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { supplyCsv } from '../build/files.js';
import type { BadCase } from './types.js';

const KINDS = ['supply', 'redevelopment', 'reclamation', 'evidence', 'inspection', 'start-check', 'ledger'] as const;

/** Each oddity puts something that is not a readable regular file at `path`. */
const ODDITIES: { name: string; about: string; place: (path: string) => void }[] = [
  { name: 'dangling-link', about: 'a link to a file that no longer exists', place: (p) => symlinkSync('/nonexistent/landlink/x.csv', p) },
  { name: 'link-loop', about: 'a link to itself', place: (p) => symlinkSync(p, p) },
  { name: 'device', about: 'a link to a device (/dev/zero: endless bytes)', place: (p) => symlinkSync('/dev/zero', p) },
  { name: 'fifo', about: 'a named pipe (reading it would wait for ever)', place: (p) => mkfifo(p) },
  { name: 'folder', about: 'a folder named like the file', place: (p) => mkdirSync(p) },
];

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

function oddityCases(): BadCase[] {
  const cases: BadCase[] = [];
  for (const kind of KINDS) {
    for (const odd of ODDITIES) {
      const file = `${kind}.csv`;
      const stop = { code: 'file-unreadable', file };
      cases.push({
        name: `fs-${odd.name}-${kind}`,
        about: `${odd.about}, named as the ${kind} input`,
        make: (dir) => {
          if (kind !== 'supply') writeFileSync(join(dir, 'supply.csv'), supplyCsv());
          odd.place(join(dir, file));
        },
        exit: 2,
        findings: [stop],
      });
    }
  }
  return cases;
}

export const filesystemCases: BadCase[] = [
  ...oddityCases(),
  {
    name: 'fs-feedback-folder-is-a-file',
    about: '审核意见 is a plain file, not the folder of the cities\' workbooks: noted, the run goes on without them',
    make: (dir) => {
      writeFileSync(join(dir, 'supply.csv'), supplyCsv());
      writeFileSync(join(dir, '审核意见'), 'not a folder');
    },
    command: 'compute',
    exit: 0,
    findings: [{ code: 'feedback-folder-unreadable', file: '审核意见' }],
  },
  {
    name: 'fs-feedback-workbook-dangling',
    about: 'a returned review workbook that is a broken link: named, the other workbooks still read',
    make: (dir) => {
      writeFileSync(join(dir, 'supply.csv'), supplyCsv());
      mkdirSync(join(dir, '审核意见'));
      symlinkSync('/nonexistent/landlink/330100-杭州市.xlsx', join(dir, '审核意见', '330100-杭州市.xlsx'));
    },
    command: 'compute',
    exit: 1,
    findings: [{ code: 'file-unreadable', file: '审核意见/330100-杭州市.xlsx' }],
  },
  {
    name: 'fs-name-not-utf8',
    about: 'an unrelated file whose name is not valid UTF-8 (a GBK name from an old share): ignored, never a stop',
    make: (dir) => {
      writeFileSync(join(dir, 'supply.csv'), supplyCsv());
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/notes`), Buffer.from([0xb1, 0xb8, 0xd7, 0xa2, 0xff]), Buffer.from('.txt')]), 'x');
    },
    exit: 0,
    findings: [{ code: 'file-ignored' }],
  },
];

// The map of the user guide's sections (src/domain/guide-sections.ts) against the guide itself (docs/用户手册.md):
// every entry must be a heading of the guide with that number and that title, so a citation "用户手册 4.12" made
// through the map always lands on the section it names.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decisionSections, guideCitation, guideSections, type GuideSectionKey } from '../../src/domain/guide-sections.js';

const guide = readFileSync(new URL('../../docs/用户手册.md', import.meta.url), 'utf8');
const domain = readFileSync(new URL('../../docs/spec/domain.md', import.meta.url), 'utf8');

interface Heading { section: string; title: string; depth: number; line: number }

/** The numbered headings of a markdown text: `# 4 title` and `## 4.12 title` (depth = the number of parts). */
function numberedHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^(#{1,6})\s+(\d+(?:\.\d+)*)\s+(.+?)\s*$/.exec(line);
    if (m) out.push({ section: m[2]!, title: m[3]!, depth: m[2]!.split('.').length, line: i + 1 });
  });
  return out;
}

const headings = numberedHeadings(guide);
const bySection = new Map(headings.map((h) => [h.section, h]));
const entries = Object.entries(guideSections) as [GuideSectionKey, (typeof guideSections)[GuideSectionKey]][];

describe('numberedHeadings', () => {
  it.each([
    ['# 4 规则\n## 4.12 结转扣减\n', [['4', '规则'], ['4.12', '结转扣减']]],
    ['## 10.3 注意事项  \n', [['10.3', '注意事项']]],
    ['### 不是编号\n#4 没有空格\n正文 4.1 文字\n', []],
  ] as const)('reads %j', (text, expected) => {
    expect(numberedHeadings(text).map((h) => [h.section, h.title])).toEqual(expected);
  });
});

describe('the guide is numbered as it says', () => {
  it('has chapters and sections', () => {
    expect(headings.filter((h) => h.depth === 1).length).toBeGreaterThan(5);
    expect(headings.filter((h) => h.depth === 2).length).toBeGreaterThan(40);
  });

  it('uses every number once', () => {
    const seen = headings.map((h) => h.section);
    expect(seen.filter((s, i) => seen.indexOf(s) !== i)).toEqual([]);
  });

  it('numbers chapters 1, 2, … and the sections of each chapter 1, 2, … in order', () => {
    let chapter = 0;
    let section = 0;
    for (const h of headings) {
      const parts = h.section.split('.').map(Number);
      if (parts.length === 1) {
        expect(parts[0], `line ${h.line}`).toBe(chapter + 1);
        chapter = parts[0]!;
        section = 0;
      } else {
        expect(parts, `line ${h.line}`).toEqual([chapter, section + 1]);
        section = parts[1]!;
      }
    }
  });
});

describe('guideSections matches docs/用户手册.md', () => {
  it.each(entries)('%s is a heading of the guide with its number and title', (_key, { section, title }) => {
    const heading = bySection.get(section);
    expect(heading, `no heading numbered ${section} in docs/用户手册.md`).toBeDefined();
    expect(heading!.title).toBe(title);
  });

  it('names each section once', () => {
    const sections = entries.map(([, s]) => s.section);
    expect(sections.filter((s, i) => sections.indexOf(s) !== i)).toEqual([]);
  });

  it('cites a section as 用户手册 <number>', () => {
    const [key, { section }] = entries.find(([, s]) => s.title === '结转扣减')!;
    expect(guideCitation(key)).toBe(`用户手册 ${section}`);
    expect(guideCitation(key)).toMatch(/^用户手册 \d+\.\d+$/);
  });
});

describe('decisionSections', () => {
  /** The numbers of the decisions listed under "## Decisions" in docs/spec/domain.md: "1.", "5b.", … */
  const decisionNumbers = (() => {
    const start = domain.indexOf('## Decisions');
    const end = domain.indexOf('\n## ', start + 1);
    return [...domain.slice(start, end < 0 ? undefined : end).matchAll(/^(\d+[a-z]?)\. /gm)].map((m) => m[1]!);
  })();

  it('finds the decisions', () => {
    expect(decisionNumbers.length).toBeGreaterThan(8);
    expect(decisionNumbers).toContain('5b');
  });

  it('points every decision to a section of the guide’s chapter on what the Measures leave open', () => {
    expect(Object.keys(decisionSections).sort()).toEqual([...decisionNumbers].sort());
    const chapter = headings.find((h) => h.title === '《办法》未规定之处的处理')!.section;
    for (const [decision, key] of Object.entries(decisionSections)) {
      expect(guideSections[key].section.split('.')[0], `decision ${decision}`).toBe(chapter);
    }
  });
});

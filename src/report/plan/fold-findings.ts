// 问题清单's folding (outputs.md 5; docs/用户手册.md 8.5): a finding that repeats with the same words for several
// projects of one city — a city that returned no review workbook raises one per project — is one row for the city,
// saying how many projects; each project still shows the problem in 项目明细's 问题 column. Only the workbook folds:
// the JSON `findings` and the counts (汇总, the terminal) keep every finding.
import { messageOf } from '../../findings/index.js';
import type { Finding, Location } from '../../findings/types.js';

/** One row of 问题清单: a finding, or several identical ones of one city's projects folded into one. */
export interface FindingLine {
  finding: Finding;
  message: string;
  /** How many findings the row stands for (1: not folded). */
  count: number;
  /** The project id (unfolded rows only). */
  projectId?: string;
  /** The location fields the folded findings share (all of them for an unfolded row). */
  location: Location;
}

const locationKeys = ['file', 'sheet', 'row', 'column', 'value', 'expected'] as const;

/** The fields every location of `group` has with the same value. */
function sharedLocation(group: readonly Finding[]): Location {
  const shared: Location = {};
  for (const k of locationKeys) {
    const v = group[0]!.location[k];
    if (v !== undefined && group.every((f) => f.location[k] === v)) (shared as Record<string, unknown>)[k] = v;
  }
  return shared;
}

/**
 * The rows of 问题清单 in the findings' order, a folded row standing where its first finding stood. `cityOf` names
 * the city of a project id (undefined: the finding is never folded).
 */
export function foldFindings(findings: readonly Finding[], cityOf: (projectId: string) => string | undefined): FindingLine[] {
  const groups = new Map<string, { city: string; message: string; members: Finding[] }>();
  const order: (Finding | string)[] = [];
  for (const f of findings) {
    const city = f.projectId === undefined ? undefined : cityOf(f.projectId);
    if (city === undefined) { order.push(f); continue; }
    const message = messageOf(f);
    const key = `${f.severity}\u0000${f.code}\u0000${city}\u0000${message}`;
    const group = groups.get(key);
    if (group) group.members.push(f);
    else { groups.set(key, { city, message, members: [f] }); order.push(key); }
  }
  return order.map((entry): FindingLine => {
    if (typeof entry !== 'string') return single(entry, messageOf(entry));
    const { city, message, members } = groups.get(entry)!;
    if (members.length === 1) return single(members[0]!, message);
    return {
      finding: members[0]!,
      message: `${message}（${message.includes(city) ? '' : city}共 ${members.length} 个项目，逐项见“项目明细”的“问题”列）`,
      count: members.length,
      location: sharedLocation(members),
    };
  });
}

function single(f: Finding, message: string): FindingLine {
  return { finding: f, message, count: 1, location: f.location, ...(f.projectId !== undefined ? { projectId: f.projectId } : {}) };
}

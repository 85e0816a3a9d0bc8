/**
 * @module wide/figures
 * The shared scorer's figures (../shared/eval/score.mjs --json) flattened to one number per
 * field, so two gold sets can be printed side by side and floors checked by name.
 */
import { spawnSync } from 'node:child_process';

/** One field's figure: F1, accuracy or Jaccard, with how many items it was measured on. */
export interface Figure {
  field: string;
  value: number | null;
  n: number;
}

interface Prf {
  f1: number;
  gold: number;
  pred: number;
}
interface Acc {
  accuracy: number | null;
  n: number;
}
interface ScoreJson {
  kind: Acc;
  meeting: Record<string, Acc>;
  participants: Prf;
  participantCountry: Acc;
  parties: Acc;
  statements: Prf;
  statementKind: Acc;
  statementActors: Acc;
  statementSectors: { jaccard: number | null; n: number };
  statementDeadline: Acc;
  references: Prf;
  entities: Prf;
  entitiesByType: Record<string, Prf>;
  claims: Prf;
  claimVerdict: Acc;
  claimEvidence: Acc;
  links: Prf;
  linkRelation: Acc;
}

/** Runs the scorer on a gold and a prediction folder and returns its figures. */
export function scoreFigures(scorer: string, gold: string, pred: string): Figure[] {
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score.mjs failed (${r.status}): ${r.stderr}`);
  return flatten(JSON.parse(r.stdout) as ScoreJson);
}

/** The scorer's verbose text (per-item misses), for reading where a figure comes from. */
export function scoreDetails(scorer: string, gold: string, pred: string): string {
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--verbose'], { encoding: 'utf8' });
  return r.stdout;
}

function flatten(s: ScoreJson): Figure[] {
  const prf = (field: string, v: Prf): Figure => ({ field: `${field} F1`, value: v.f1, n: v.gold });
  const acc = (field: string, v: Acc): Figure => ({ field, value: v.accuracy, n: v.n });
  return [
    acc('document kind', s.kind),
    ...Object.entries(s.meeting).map(([k, v]) => acc(`meeting.${k}`, v)),
    prf('participants', s.participants),
    acc('participants.country', s.participantCountry),
    acc('parties (exact set)', s.parties),
    prf('statements', s.statements),
    acc('statements.kind', s.statementKind),
    acc('statements.actors', s.statementActors),
    { field: 'statements.sectors (Jaccard)', value: s.statementSectors.jaccard, n: s.statementSectors.n },
    acc('statements.deadline', s.statementDeadline),
    prf('statements.references', s.references),
    prf('entities', s.entities),
    ...['person', 'country', 'city', 'organization', 'initiative', 'event', 'project']
      .filter((t) => s.entitiesByType[t])
      .map((t) => prf(`entities.${t}`, s.entitiesByType[t])),
    prf('claims', s.claims),
    acc('claims.verdict', s.claimVerdict),
    acc('claims.evidence', s.claimEvidence),
    prf('links', s.links),
    acc('links.relation', s.linkRelation),
  ];
}

/** A markdown table of figure sets side by side (rows from the first set's fields). */
export function figuresTable(columns: Array<{ title: string; figures: Figure[] }>): string {
  const fields = [...new Set(columns.flatMap((c) => c.figures.map((f) => f.field)))];
  const cell = (figures: Figure[], field: string) => {
    const f = figures.find((x) => x.field === field);
    return !f || f.value === null ? '-' : `${f.value.toFixed(2)} (n=${f.n})`;
  };
  const rows = [
    ['field', ...columns.map((c) => c.title)],
    ['---', ...columns.map(() => '---')],
    ...fields.map((field) => [field, ...columns.map((c) => cell(c.figures, field))]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`).join('\n');
}

/**
 * @module wide/per-document
 * One line per gold document from the shared scorer run on that document alone: statements
 * F1 (predicted/gold), kind, meeting fields right, parties, entities F1, claims F1. Tells the
 * rules' author which documents a figure comes from.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

interface Prf {
  f1: number;
  gold: number;
  pred: number;
}
interface DocScore {
  kind: { accuracy: number | null };
  meeting: Record<string, { accuracy: number | null; n: number }>;
  parties: { accuracy: number | null; n: number };
  statements: Prf;
  entities: Prf;
  claims: Prf;
}

/** Aligned rows, one per gold file. */
export function perDocument(scorer: string, gold: string, pred: string): string[] {
  const work = mkdtempSync(join(tmpdir(), 'concord-wide-doc-'));
  const rows: string[][] = [];
  try {
    for (const file of readdirSync(gold)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const dir = join(work, file);
      mkdirSync(dir);
      copyFileSync(join(gold, file), join(dir, file));
      const r = spawnSync(process.execPath, [scorer, '--gold', dir, '--pred', pred, '--json'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`score.mjs failed on ${file}: ${r.stderr}`);
      rows.push(row(file.replace(/\.json$/, ''), JSON.parse(r.stdout) as DocScore));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i].length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
}

function row(name: string, s: DocScore): string[] {
  const fields = Object.values(s.meeting).filter((m) => m.n > 0);
  const meeting = fields.length ? `${fields.filter((m) => m.accuracy === 1).length}/${fields.length}` : '-';
  const prf = (label: string, v: Prf) =>
    v.gold || v.pred ? `${label} ${v.f1.toFixed(2)} (${v.pred}/${v.gold})` : `${label} -`;
  const parties = s.parties.n ? (s.parties.accuracy === 1 ? 'ok' : 'NO') : '-';
  return [
    name,
    prf('st', s.statements),
    `kind ${s.kind.accuracy === 1 ? 'ok' : 'NO'}`,
    `meeting ${meeting}`,
    `parties ${parties}`,
    prf('ent', s.entities),
    prf('claims', s.claims),
  ];
}

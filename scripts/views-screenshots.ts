/**
 * @module views-screenshots
 * Screenshots of the entities list, an entity page, a reader page and the commitments view
 * over a database of real documents, to look at by eye. Where the database has no
 * `statements` (or `meeting`/`parties`) layer yet, the hand-made answers of
 * ../shared/eval/gold are written into it, so use a throw-away copy.
 *
 * Usage: node --import tsx scripts/views-screenshots.ts /tmp/x.db [entity-id] [out-dir]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotation } from '../src/model/annotation.ts';
import { ANALYSIS_LAYERS, loadLayers } from '../src/store/document-layers.ts';
import { startServer } from '../src/app/start-server.ts';
import { silentLogger } from '../src/log/logger.ts';
import { openStore } from '../src/store/open-store.ts';
import type { Store } from '../src/store/store.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

const [dbPath, entityId = 'country:KZ', outDir = join(repoRoot, 'test-artifacts')] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: views-screenshots.ts <sqlite db> [entity-id] [out-dir]');

const store = await openStore({ sqlitePath: dbPath });
console.log(`gold layers written to ${await seedFromGold(store, resolve(repoRoot, '../shared/eval/gold'))} documents`);
const server = await startServer({ store, port: 0, logger: silentLogger });
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const shot = async (path: string, name: string) => {
    const res = await page.goto(server.url + path);
    await page.screenshot({ path: join(outDir, name), fullPage: true });
    console.log(`${res?.status()} ${path} → ${name}`);
  };
  await shot('/entities', 'entities.png');
  await shot(`/entities/${encodeURIComponent(entityId)}?limit=8`, 'entity.png');
  await shot('/commitments?limit=15', 'commitments.png');
  await shot('/commitments?sector=transport&limit=10', 'commitments-transport.png');
  const first = (await store.getAnnotations({ layer: 'meeting' }))[0];
  if (first) await shot(`/documents/${first.documentId}`, 'reader-meeting.png');
} finally {
  await browser.close();
  await server.close();
  await store.close();
}

/** Writes gold statements (and meeting, parties where absent) into matching documents; returns how many. */
async function seedFromGold(store: Store, goldDir: string): Promise<number> {
  if (!existsSync(goldDir)) return 0;
  const byFile = new Map<string, string>();
  for (let offset = 0; ; offset += 200) {
    const page = await store.listDocuments({ limit: 200, offset });
    for (const d of page.items) if (d.meta.fileName) byFile.set(d.meta.fileName, d.id);
    if (page.items.length < 200) break;
  }
  let seeded = 0;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const id = byFile.get(file.replace(/\.json$/, ''));
    if (!id) continue;
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
    const stored = (await store.getDocument(id))!;
    const layers: Record<string, readonly Annotation[]> = { ...(await loadLayers(store, id, ANALYSIS_LAYERS)) };
    if (layers.statements?.length) continue;
    const text = stored.document.text;
    const ann = (layer: string, start: number, end: number, value: unknown): Annotation => ({
      layer,
      start,
      end,
      value,
      source: 'gold',
      confidence: 1,
    });
    layers.statements = (gold.statements as { text: string; [k: string]: unknown }[]).flatMap(
      ({ text: s, ...value }) => {
        const at = text.indexOf(s);
        return at < 0 ? [] : [ann('statements', at, at + s.length, value)];
      },
    );
    if (!layers.meeting?.length && gold.meeting) layers.meeting = [ann('meeting', 0, 0, gold.meeting)];
    if (!layers.parties?.length && gold.parties) layers.parties = [ann('parties', 0, 0, { parties: gold.parties })];
    await store.putAnalysis(id, { layers, diagnostics: [], versions: {} });
    seeded++;
  }
  return seeded;
}

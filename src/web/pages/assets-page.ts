/**
 * @module assets-page
 * Serves the stylesheet and script from src/web/assets/ (read once at start). Static files
 * keep every script and style out of the HTML, as the CSP demands.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProblemError } from '../../services/problem.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

const ASSETS_DIR = fileURLToPath(new URL('../assets/', import.meta.url));
const TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** `GET /assets/:name`. */
export const assetsPage: PageModule = {
  name: 'assets',
  register(app) {
    const files = loadAssets();
    app.get('/assets/:name', allow('public'), (c) => {
      const asset = files.get(c.req.param('name'));
      if (!asset) throw new ProblemError(404, 'asset-not-found', `No asset "${c.req.param('name')}".`);
      return c.body(asset.bytes, 200, { 'Content-Type': asset.type, 'Cache-Control': 'no-cache' });
    });
  },
};

/** Only known file types, by plain name: no path from the request ever reaches the file system. */
function loadAssets(): Map<string, { bytes: Uint8Array<ArrayBuffer>; type: string }> {
  const files = new Map<string, { bytes: Uint8Array<ArrayBuffer>; type: string }>();
  for (const name of readdirSync(ASSETS_DIR)) {
    const type = TYPES[extname(name)];
    if (type) files.set(name, { bytes: new Uint8Array(readFileSync(join(ASSETS_DIR, name))), type });
  }
  return files;
}

// Types of mirror-import-meta-url.js (plain JavaScript: scripts/build.js runs before any build).
import type { Plugin } from 'esbuild';
export declare function mirroredImportMetaUrl(
  sourcePath: string,
  roots: Array<[string, string]>,
  outDir: string,
): string | null;
export declare function mirrorImportMetaUrl(options: { roots: Array<[string, string]>; outDir: string }): Plugin;

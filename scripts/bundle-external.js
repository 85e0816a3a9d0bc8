// What an esbuild bundle of Concord leaves to Node's own loading, and the banner it needs; shared
// by scripts/build.js (dist/) and the analysis benchmark's bundled run (bench/bundle-analysis.ts).

/**
 * Left to Node's own loading: native addons (better-sqlite3, argon2, pg's optional pg-native),
 * jsdom (required lazily through createRequire, and reads files beside its modules) and unpdf
 * (pdf.js, which locates files from its own `import.meta.url`).
 */
export const EXTERNAL = ['better-sqlite3', '@node-rs/argon2', 'pg-native', 'jsdom', 'unpdf'];

/** CommonJS packages inside an ES module bundle call `require` for Node's built-in modules. */
export const REQUIRE_BANNER =
  "import { createRequire as __concordCreateRequire } from 'node:module';\n" +
  'const require = __concordCreateRequire(import.meta.url);';

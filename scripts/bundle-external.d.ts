// Types of bundle-external.js (plain JavaScript: scripts/build.js runs before any build).
export declare const EXTERNAL: string[];
export declare const REQUIRE_BANNER: string;

// Types of build-state.js (plain JavaScript: it runs before any build) for the TypeScript that imports it.
export declare const REPO_ROOT: string;
export declare const BUILD_STAMP: string;
export declare const BUILT_MAIN: string;
export declare function buildIsCurrent(root?: string): boolean;

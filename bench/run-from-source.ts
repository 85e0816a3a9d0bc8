/**
 * @module run-from-source
 * The CLI run from the TypeScript sources through tsx, as the `concord` bin did before the
 * build: the startup bench's "before" column. Usage: node --import tsx bench/run-from-source.ts <args…>
 */
import { main } from '../src/cli/main.ts';

await main(process.argv);

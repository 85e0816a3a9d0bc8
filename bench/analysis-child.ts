/**
 * @module analysis-child
 * The analysis benchmark's child side as an entry of its own, for the bundled run
 * (bench/bundle-analysis.ts): `node <bundle> --child JOB --mb M` prints one JSON line, `node <bundle> --check`
 * the digest of the first documents' analysis.
 */
import { analysisDigest, type BenchJob, child } from './analysis-bench.ts';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const mb = Number(opt('--mb') ?? 5);
if (argv.includes('--check')) console.log(await analysisDigest(mb));
else console.log(JSON.stringify(await child(opt('--child') as BenchJob, mb)));

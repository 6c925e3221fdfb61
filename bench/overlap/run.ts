import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AllPairsResult, CaseArgs, EngineResult } from './case';

/**
 * Overlap engine benchmark (see README.md):
 *   npm run bench:overlap -- [--sizes 10000,100000,1000000] [--json] [--seed 42]
 *                            [--changes 1000] [--all-pairs-max 100000]
 * Each case runs in its own child process (node --max-old-space-size=14000), so a peak RSS is
 * that case's own. Prints a markdown table, or with --json one JSON array (an object per size) and
 * the table on stderr; progress goes to stderr; the raw results are also written to bench/results/ (git-ignored).
 */
const projectRoot = path.resolve(__dirname, '../..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] ? argv[at + 1]! : fallback;
};
const sizes = option('sizes', '10000,100000,1000000').split(',').map(Number);
const seed = Number(option('seed', '42'));
const changes = Number(option('changes', '1000'));
const allPairsMax = Number(option('all-pairs-max', '100000'));
const asJson = argv.includes('--json');
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(seed) || !Number.isInteger(changes) || changes < 0) {
  process.stderr.write('usage: run.ts [--sizes 10000,100000,1000000] [--json] [--seed 42] [--changes 1000] [--all-pairs-max 100000]\n');
  process.exit(2);
}

function runCase<T>(args: CaseArgs): T {
  process.stderr.write(`running ${args.mode} n=${args.n}…\n`);
  const child = spawnSync(process.execPath, ['--max-old-space-size=14000', '--import', 'tsx', path.join(__dirname, 'case.ts'), JSON.stringify(args)], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`case ${JSON.stringify(args)} failed (${child.status ?? child.signal}):\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as T;
}

/** The figures the issue asks for, per size; null where not run or not compared. */
interface SizeFigures {
  size: number;
  seconds: number;
  peakRssMb: number;
  candidatePairs: number;
  overlaps: number;
  allPairsSeconds: number | null;
  identical: boolean | null;
  incrementalSeconds: number;
}

const rows: { engine: EngineResult; allPairs: AllPairsResult | null }[] = [];
for (const n of sizes) {
  const engine = runCase<EngineResult>({ n, seed, mode: 'engine', changes });
  const allPairs = n <= allPairsMax ? runCase<AllPairsResult>({ n, seed, mode: 'all-pairs', changes }) : null;
  rows.push({ engine, allPairs });
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const figures: SizeFigures[] = rows.map(({ engine, allPairs }) => ({
  size: engine.n,
  seconds: round(engine.seconds, 3),
  peakRssMb: round(engine.peakRssMb, 1),
  candidatePairs: engine.candidatePairs,
  overlaps: engine.overlaps,
  allPairsSeconds: allPairs ? round(allPairs.allPairsSeconds, 3) : null,
  identical: allPairs ? allPairs.identical && allPairs.overlaps === engine.overlaps : null,
  incrementalSeconds: round(engine.incrementalSeconds, 3),
}));

const dir = path.join(projectRoot, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `overlap-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ seed, changes, node: process.version, figures, rows }, null, 2));
process.stderr.write(`raw results written to ${path.relative(projectRoot, file)}\n`);

{
  // The largest size whose all-pairs run was timed: the base of the (labelled) n² extrapolations.
  const measured = rows.filter((r) => r.allPairs).at(-1)?.allPairs ?? null;
  const fmt = (x: number, digits = 2) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const int = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `Overlap engine, seed ${seed}, node ${process.version}, import run of ${changes} activities`,
    '',
    '| activities | engine (s) | engine CPU (s) | peak RSS (MB) | input RSS (MB) | candidate pairs | overlaps | possible duplications | all-pairs (s) | all-pairs CPU (s) | speed-up (CPU) | identical to all-pairs | incremental (s) | incremental CPU (s) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|',
  ];
  for (const [k, f] of figures.entries()) {
    const { engine, allPairs } = rows[k]!;
    let allPairsText = 'not run';
    let allPairsCpu = '';
    let speedUp = '';
    if (allPairs) {
      allPairsText = fmt(allPairs.allPairsSeconds);
      allPairsCpu = fmt(allPairs.allPairsCpuSeconds);
      speedUp = `${fmt(allPairs.allPairsCpuSeconds / engine.cpuSeconds, 0)}×`;
    } else if (measured) {
      const estimate = measured.allPairsCpuSeconds * (f.size / measured.n) ** 2;
      allPairsCpu = `not run; extrapolated (n²) from ${int(measured.n)}: ${fmt(estimate, 0)}`;
      speedUp = `${fmt(estimate / engine.cpuSeconds, 0)}× (extrapolated)`;
    }
    const identical = f.identical === null ? 'not compared' : f.identical ? `yes (${int(allPairs!.overlaps)} records)` : `NO (first difference at ${allPairs!.firstDifference?.index})`;
    lines.push(
      `| ${int(f.size)} | ${fmt(engine.seconds)} | ${fmt(engine.cpuSeconds)} | ${fmt(engine.peakRssMb, 0)} | ${fmt(engine.inputRssMb, 0)} | ${int(f.candidatePairs)} | ${int(f.overlaps)} | ${int(engine.possibleDuplications)} | ${allPairsText} | ${allPairsCpu} | ${speedUp} | ${identical} | ${fmt(engine.incrementalSeconds, 3)} | ${fmt(engine.incrementalCpuSeconds, 3)} |`,
    );
  }
  // With --json, stdout carries the JSON array alone and the table goes to stderr.
  if (asJson) {
    process.stdout.write(JSON.stringify(figures) + '\n');
    process.stderr.write(lines.join('\n') + '\n');
  } else process.stdout.write(lines.join('\n') + '\n');
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseArgs, CaseResult, Engine } from './case';

/**
 * Overlap engine benchmark: `npx tsx bench/overlap/run.ts [--sizes 10000,100000,1000000]
 * [--seed 42] [--brute-budget 120] [--brute-max 100000] [--scan-max 100000]`. Each case runs in a child process with
 * --max-old-space-size=12288. Prints a markdown table; writes JSON to bench/results/.
 */
const projectRoot = path.resolve(__dirname, '../..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] ? argv[at + 1]! : fallback;
};
const sizes = option('sizes', '10000,100000,1000000').split(',').map(Number);
const seed = Number(option('seed', '42'));
const bruteBudget = Number(option('brute-budget', '120'));
const bruteMax = Number(option('brute-max', '100000'));
/** Full records cost ~2 µs each (sha256 id, arrays): above this size only counts are run. */
const scanMax = Number(option('scan-max', '100000'));

function runCase(args: CaseArgs): CaseResult {
  const child = spawnSync(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', path.join(__dirname, 'case.ts'), JSON.stringify(args)], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`case ${JSON.stringify(args)} failed (${child.status ?? child.signal}):\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as CaseResult;
}

const results: CaseResult[] = [];
for (const n of sizes) {
  const engines: Engine[] = [
    'fast-count',
    'fast-count-kinds',
    ...(n <= scanMax ? (['fast-scan'] as Engine[]) : []),
    ...(n <= bruteMax ? (['brute'] as Engine[]) : []),
  ];
  for (const engine of engines) {
    process.stderr.write(`running n=${n} ${engine}…\n`);
    results.push(runCase({ n, seed, engine, budgetSeconds: bruteBudget }));
  }
}

const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const lines = [
  `Overlap engine, seed ${seed}, node ${process.version}, brute-force budget ${bruteBudget}s`,
  '',
  '| activities | engine | time (s) | overlaps | possible duplications | heap+buffers after generation (MB) | heap+buffers peak, sampled (MB) | max RSS (MB) | speed-up vs brute | check |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
];
for (const n of sizes) {
  const brute = results.find((r) => r.n === n && r.engine === 'brute');
  const scan = results.find((r) => r.n === n && r.engine === 'fast-scan');
  for (const r of results.filter((x) => x.n === n)) {
    const bruteSeconds = brute ? (brute.completed ? brute.seconds : brute.estimatedSeconds) : null;
    const speedUp = r.engine !== 'brute' && bruteSeconds !== null ? `${fmt(bruteSeconds / r.seconds, 0)}×${brute?.completed ? '' : ' (est.)'}` : '';
    const time = r.completed ? fmt(r.seconds, 2) : `stopped at ${fmt(r.seconds, 0)} (est. ${fmt(r.estimatedSeconds ?? 0, 0)})`;
    const check =
      r.engine === 'fast-scan' && brute?.completed
        ? r.overlaps === brute.overlaps && r.checksum === brute.checksum ? 'same pairs as brute' : 'MISMATCH'
        : r.engine.startsWith('fast-count') && scan
          ? r.overlaps === scan.overlaps && (r.possibleDuplications ?? scan.possibleDuplications) === scan.possibleDuplications ? 'count = scan' : 'MISMATCH'
          : '';
    const duplications = r.completed && r.possibleDuplications !== null ? r.possibleDuplications.toLocaleString('en-US') : '';
    lines.push(
      `| ${n.toLocaleString('en-US')} | ${r.engine} | ${time} | ${r.completed ? r.overlaps.toLocaleString('en-US') : `≥ ${r.overlaps.toLocaleString('en-US')}`} | ${duplications} | ${fmt(r.heapAfterGenerationMB, 0)} | ${fmt(r.heapPeakMB, 0)} | ${fmt(r.maxRssMB, 0)} | ${speedUp} | ${check} |`,
    );
  }
  if (n > scanMax) lines.push(`| ${n.toLocaleString('en-US')} | fast-scan | not run (above --scan-max ${scanMax}) | | | | | | | |`);
  if (!brute) lines.push(`| ${n.toLocaleString('en-US')} | brute | not run (quadratic: above --brute-max ${bruteMax}) | | | | | | | |`);
}
process.stdout.write(lines.join('\n') + '\n');

const dir = path.join(projectRoot, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `overlap-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ seed, node: process.version, bruteBudget, results }, null, 2));
process.stderr.write(`results written to ${path.relative(projectRoot, file)}\n`);

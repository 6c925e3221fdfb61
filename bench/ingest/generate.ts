import { writeSyntheticIatiFile } from './synthetic-iati';

/**
 * Writes one synthetic IATI file:
 *   npx tsx bench/ingest/generate.ts <activities> <out.xml> [seed]
 */
async function main(): Promise<void> {
  const [count, out, seed = '20210615'] = process.argv.slice(2);
  if (!count || !out || !/^\d+$/.test(count) || !/^\d+$/.test(seed)) {
    process.stderr.write('usage: npx tsx bench/ingest/generate.ts <activities> <out.xml> [seed]\n');
    process.exit(2);
  }
  const bytes = await writeSyntheticIatiFile({ activities: Number(count), seed: Number(seed), out });
  process.stdout.write(`${out}: ${count} activities, ${bytes} bytes\n`);
}

void main();

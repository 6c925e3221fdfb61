/**
 * CI's schema contract check (`npm run schema:check [-- --base <git revision>]`): compares the
 * committed docs/schema.graphql of the base revision (default: the previous commit, HEAD^) with
 * the working tree's, and fails on a breaking change that docs/changelog.md does not accept.
 * Run `npm run schema:print` first (CI checks the printed file is in sync before this).
 * `--dir <repository>` checks another working tree (the tests use a scratch repository).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths';
import { checkContract } from './schema-contract';

const CONTRACT = 'docs/schema.graphql';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = path.resolve(argument('--dir') ?? projectRoot);

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/**
 * The base revision's contract: its printed docs/schema.graphql, or, for revisions from before the
 * printed file existed, its schema/*.graphql files joined (directive definitions included, so the
 * joined text builds as the gateway's did).
 */
function committedContract(revision: string): string | null {
  try {
    return git(['show', `${revision}:${CONTRACT}`]);
  } catch {
    try {
      const files = git(['ls-tree', '--name-only', `${revision}`, 'schema/'])
        .split('\n')
        .filter((file) => file.endsWith('.graphql'));
      if (files.length === 0) return null;
      return files.map((file) => git(['show', `${revision}:${file}`])).join('\n');
    } catch {
      return null;
    }
  }
}

async function main(): Promise<number> {
  const base = argument('--base') ?? 'HEAD^';
  const before = committedContract(base);
  if (before === null) {
    console.log(`schema contract: ${base} has no ${CONTRACT}; nothing to compare with`);
    return 0;
  }
  const after = readFileSync(path.join(root, CONTRACT), 'utf8');
  const changelog = readFileSync(path.join(root, 'docs', 'changelog.md'), 'utf8');
  const verdict = await checkContract(before, after, changelog);
  for (const c of verdict.dangerous) console.log(`  dangerous  ${c.message}`);
  for (const c of verdict.accepted) console.log(`  accepted   ${c.message} (breaking, listed in docs/changelog.md)`);
  for (const { change, why } of verdict.refused) console.error(`  REFUSED    ${change.message}: ${why}`);
  console.log(
    `schema contract against ${base}: ${verdict.safe.length} safe, ${verdict.dangerous.length} dangerous, ${verdict.accepted.length} accepted breaking, ${verdict.refused.length} refused`,
  );
  return verdict.refused.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acceptedCoordinates, checkContract } from '../../scripts/schema-contract';

const BEFORE = `
type Query {
  activity(id: ID!): Activity
}
type Activity {
  id: ID!
  title: String
  legacyId: ID! @deprecated(reason: "Use id.")
}
`;

const changelog = (...coordinates: string[]) =>
  `# API changelog\n\n## 2026-12-03\n\n- \`Activity.title\` mentioned outside the section\n\n## Accepted breaking changes\n\n${coordinates.map((c) => `- \`${c}\` removed on purpose`).join('\n')}\n`;

describe('acceptedCoordinates', () => {
  it('reads the coordinates listed under "Accepted breaking changes" only', () => {
    expect([...acceptedCoordinates(changelog('Activity.legacyId', 'Query.activity'))]).toEqual(['Activity.legacyId', 'Query.activity']);
  });
});

describe('checkContract', () => {
  it('refuses a breaking change the changelog does not list', async () => {
    const verdict = await checkContract(BEFORE, BEFORE.replace('  legacyId: ID! @deprecated(reason: "Use id.")\n', ''), changelog());
    expect(verdict.refused.map((r) => r.change.path)).toEqual(['Activity.legacyId']);
  });

  it('accepts the removal of a deprecated field that the changelog lists', async () => {
    const verdict = await checkContract(BEFORE, BEFORE.replace('  legacyId: ID! @deprecated(reason: "Use id.")\n', ''), changelog('Activity.legacyId'));
    expect([verdict.refused, verdict.accepted.map((c) => c.path)]).toEqual([[], ['Activity.legacyId']]);
  });

  it('refuses the removal of a field that was never deprecated, even when listed', async () => {
    const verdict = await checkContract(BEFORE, BEFORE.replace('  title: String\n', ''), changelog('Activity.title'));
    expect(verdict.refused.map((r) => r.why)).toEqual([expect.stringContaining('not deprecated first')]);
  });

  it('refuses a changed field type', async () => {
    const verdict = await checkContract(BEFORE, BEFORE.replace('title: String', 'title: Int'), changelog());
    expect(verdict.refused.map((r) => r.change.type)).toEqual(['FIELD_TYPE_CHANGED']);
  });

  it('lets additions and deprecations pass', async () => {
    const after = BEFORE.replace('  title: String\n', '  title: String @deprecated(reason: "Use name.")\n  name: String\n');
    const verdict = await checkContract(BEFORE, after, changelog());
    expect(verdict.refused).toEqual([]);
    expect(verdict.safe.length).toBeGreaterThanOrEqual(2);
  });
});

describe('npm run schema:check (scripts/schema-check.ts) in a repository', () => {
  const git = (dir: string, ...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  const check = (dir: string) =>
    spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, '../../scripts/schema-check.ts'), '--dir', dir, '--base', 'HEAD'], { encoding: 'utf8' });

  function repository(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-contract-'));
    mkdirSync(path.join(dir, 'docs'));
    git(dir, 'init', '-q');
    writeFileSync(path.join(dir, 'docs', 'schema.graphql'), BEFORE);
    writeFileSync(path.join(dir, 'docs', 'changelog.md'), changelog());
    git(dir, 'add', 'docs');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'contract');
    return dir;
  }

  it('fails on an unmarked breaking change and passes once the changelog accepts it', () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'docs', 'schema.graphql'), BEFORE.replace('  legacyId: ID! @deprecated(reason: "Use id.")\n', ''));
    const refused = check(dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("REFUSED    Field 'legacyId' (deprecated) was removed from object type 'Activity'");
    writeFileSync(path.join(dir, 'docs', 'changelog.md'), changelog('Activity.legacyId'));
    expect(check(dir).status).toBe(0);
  }, 60_000);
});

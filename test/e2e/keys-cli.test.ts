import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { testMongoUri } from '../support/database';
import { runEntry } from '../support/spawn';

const dbName = `concord_test_keys_${randomBytes(4).toString('hex')}`;
const cli = (...args: string[]) => runEntry('src/cli/main.ts', args, { MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, LOG_LEVEL: 'silent' });

afterAll(async () => {
  const client = await MongoClient.connect(testMongoUri());
  await client.db(dbName).dropDatabase();
  await client.close();
});

describe('concord keys', () => {
  let created: { id: string; key: string };

  beforeAll(async () => {
    const result = await cli('keys', 'create', '--role', 'LIAISON', '--org', 'XM-DAC-41114', '--label', 'UNDP Nairobi', '--json');
    created = JSON.parse(result.stdout);
  });

  it('creates a key and prints it once, as ck_<id>_<secret>', () => {
    expect(created.key).toMatch(new RegExp(`^ck_${created.id}_[A-Za-z0-9_-]{43}$`));
  });

  it('prints only the key on stdout without --json', async () => {
    const result = await cli('keys', 'create', '--role', 'ADMIN');
    expect({ code: result.code, stdout: /^ck_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\n$/.test(result.stdout) }).toEqual({ code: 0, stdout: true });
  });

  it('lists keys without their secrets', async () => {
    const result = await cli('keys', 'list');
    expect({ code: result.code, listed: result.stdout.includes(created.id), label: result.stdout.includes('UNDP Nairobi'), secret: result.stdout.includes(created.key) }).toEqual({
      code: 0,
      listed: true,
      label: true,
      secret: false,
    });
  });

  it('revokes a key by id', async () => {
    await cli('keys', 'revoke', created.id);
    const listed = JSON.parse((await cli('keys', 'list', '--json')).stdout);
    expect(listed.find((k: { id: string }) => k.id === created.id).revokedAt).toEqual(expect.any(String));
  });

  it('exits 1 when revoking an unknown id', async () => {
    expect((await cli('keys', 'revoke', 'ffffffffffffffff')).code).toBe(1);
  });

  it('exits 2 when a LIAISON key has no --org', async () => {
    const result = await cli('keys', 'create', '--role', 'LIAISON');
    expect({ code: result.code, message: /--org/.test(result.stderr) }).toEqual({ code: 2, message: true });
  });

  it('exits 2 on an unknown role', async () => {
    expect((await cli('keys', 'create', '--role', 'ROOT')).code).toBe(2);
  });
});

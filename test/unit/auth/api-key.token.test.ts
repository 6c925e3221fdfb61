import { formatApiKey, generateApiKey, hashApiKey, matchesHash, parseApiKey } from '../../../src/auth/api-key.token';

describe('API key format', () => {
  it('generates keys that parse back into their parts', () => {
    const { key, keyId, secret } = generateApiKey();
    expect(parseApiKey(key)).toEqual({ keyId, secret });
  });

  it('generates a different key each time', () => {
    expect(generateApiKey().key).not.toBe(generateApiKey().key);
  });

  it.each(['', 'ck_', 'ck_0123456789abcdef', `ck_0123456789ABCDEF_${'a'.repeat(43)}`, `ck_0123456789abcdef_${'a'.repeat(42)}`, `xk_0123456789abcdef_${'a'.repeat(43)}`, `ck_0123456789abcdef_${'a'.repeat(42)}!`])(
    'refuses the malformed key %j',
    (key) => {
      expect(parseApiKey(key)).toBeNull();
    },
  );

  it('hashes the secret together with the id', () => {
    const secret = 'a'.repeat(43);
    expect(hashApiKey({ keyId: '0123456789abcdef', secret })).not.toBe(hashApiKey({ keyId: 'fedcba9876543210', secret }));
  });

  it('matches a key only against its own hash', () => {
    const { keyId, secret } = generateApiKey();
    const stored = hashApiKey({ keyId, secret });
    expect([matchesHash({ keyId, secret }, stored), matchesHash({ keyId, secret: generateApiKey().secret }, stored)]).toEqual([true, false]);
  });

  it('formats as ck_<id>_<secret>', () => {
    expect(formatApiKey({ keyId: '0123456789abcdef', secret: 'S' })).toBe('ck_0123456789abcdef_S');
  });
});

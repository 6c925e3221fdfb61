import fc from 'fast-check';
import { NODE_TYPES, fromGlobalId, keyOfId, toGlobalId } from '../../../src/modules/node/global-id';

describe('global ids', () => {
  it('give back the type and key they were made of, for any type and key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NODE_TYPES), fc.string({ minLength: 1 }), (type, key) => {
        expect(fromGlobalId(toGlobalId(type, key))).toEqual({ type, key });
      }),
    );
  });

  it('are URL-safe without escaping', () => {
    expect(toGlobalId('Overlap', 'ovl_0123456789abcdef0123456789abcdef')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('are not confused with legacy keys, which pass through keyOfId unchanged', () => {
    for (const legacy of ['65a1f0c2e4b0a1b2c3d4e5f6', 'ovl_0123456789abcdef0123456789abcdef', 'gap_00ff', 'clu_12', 'right-to-health']) {
      expect(fromGlobalId(legacy)).toBeNull();
      expect(keyOfId(legacy)).toBe(legacy);
    }
  });

  it('refuse a well-formed base64url text that names no Node type', () => {
    expect(fromGlobalId(Buffer.from('Theme:right-to-health').toString('base64url'))).toBeNull();
    expect(fromGlobalId(Buffer.from('Activity:').toString('base64url'))).toBeNull();
  });
});

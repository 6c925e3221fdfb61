import { sourceNameForOrg } from '../../../src/ingest/iati';

describe('sourceNameForOrg', () => {
  it.each([
    ['XM-DAC-41114', 'UNDP'],
    ['XM-DAC-928', 'WHO'],
    ['XM-DAC-41146', 'UN Women'],
    ['XM-DAC-3-1', 'Danida'],
  ])('names %s %s', (ref, name) => {
    expect(sourceNameForOrg(ref)).toBe(name);
  });

  it('returns an unknown ref as given', () => {
    expect(sourceNameForOrg('NL-KVK-30214009')).toBe('NL-KVK-30214009');
  });
});

import { answerETag, isStorable, matchesIfNoneMatch, varyOnAuthorization } from '../../../src/http/cache-validators';

describe('answerETag', () => {
  it('changes with the mirror version even when the answer is the same', () => {
    expect(answerETag(1, '{"data":{}}')).not.toBe(answerETag(2, '{"data":{}}'));
  });

  it('changes with the answer at the same mirror version', () => {
    expect(answerETag(1, '{"data":{"a":1}}')).not.toBe(answerETag(1, '{"data":{"a":2}}'));
  });
});

describe('matchesIfNoneMatch', () => {
  const etag = answerETag(3, 'x');
  it('matches the tag among several, weak or strong, and *', () => {
    expect(matchesIfNoneMatch(`"other", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
  });

  it('does not match another tag or no header', () => {
    expect(matchesIfNoneMatch('"m3-other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});

describe('isStorable', () => {
  it('is true for a positive max-age and false for no-store or max-age=0', () => {
    expect([isStorable('max-age=60, public'), isStorable('no-store'), isStorable('max-age=0, private'), isStorable(undefined)]).toEqual([true, false, false, false]);
  });
});

describe('varyOnAuthorization', () => {
  it('adds Authorization once to what Vary already lists', () => {
    expect(varyOnAuthorization('accept')).toBe('accept, Authorization');
    expect(varyOnAuthorization('Accept, authorization')).toBe('Accept, authorization');
    expect(varyOnAuthorization(undefined)).toBe('Authorization');
  });
});

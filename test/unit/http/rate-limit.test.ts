import { TokenBucketRateLimiter } from '../../../src/http/rate-limit';

function limiter(perMinute: number, maxClients?: number) {
  let now = 0;
  const bucket = new TokenBucketRateLimiter({ perMinute, now: () => now, maxClients });
  return { bucket, advance: (ms: number) => (now += ms) };
}

describe('TokenBucketRateLimiter', () => {
  it('allows a burst of perMinute requests', () => {
    const { bucket } = limiter(3);
    expect([1, 2, 3].map(() => bucket.take('ip:a').allowed)).toEqual([true, true, true]);
  });

  it('refuses the next one with the seconds until a token is back', () => {
    const { bucket } = limiter(3);
    for (let i = 0; i < 3; i++) bucket.take('ip:a');
    expect(bucket.take('ip:a')).toEqual({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 20, resetSeconds: 60 });
  });

  it('tells the seconds until the budget is whole again', () => {
    const { bucket, advance } = limiter(60);
    bucket.take('ip:a');
    bucket.take('ip:a');
    advance(500);
    expect(bucket.take('ip:a')).toMatchObject({ remaining: 57, resetSeconds: 3 });
  });

  it('refills evenly over the minute', () => {
    const { bucket, advance } = limiter(60);
    for (let i = 0; i < 60; i++) bucket.take('ip:a');
    advance(1000);
    expect([bucket.take('ip:a').allowed, bucket.take('ip:a').allowed]).toEqual([true, false]);
  });

  it('keeps one budget per client', () => {
    const { bucket } = limiter(1);
    bucket.take('key:1');
    expect([bucket.take('key:1').allowed, bucket.take('key:2').allowed]).toEqual([false, true]);
  });

  it('forgets idle clients rather than growing without bound', () => {
    const { bucket, advance } = limiter(1, 2);
    bucket.take('ip:a');
    bucket.take('ip:b');
    advance(60_000);
    bucket.take('ip:c');
    // a and b refilled completely and were dropped: a starts again with a full bucket.
    expect(bucket.take('ip:a')).toMatchObject({ allowed: true, remaining: 0 });
  });
});

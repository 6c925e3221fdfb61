import { StreamCounter } from '../../../src/http/sse-streams';

describe('StreamCounter', () => {
  it('refuses a client its stream beyond the limit, and not another client', () => {
    const streams = new StreamCounter(2);
    streams.open('key:a');
    streams.open('key:a');
    expect([streams.open('key:a'), typeof streams.open('ip:127.0.0.1')]).toEqual([null, 'function']);
  });

  it('gives the stream back once released, however often release is called', () => {
    const streams = new StreamCounter(1);
    const release = streams.open('key:a')!;
    release();
    release();
    expect(typeof streams.open('key:a')).toBe('function');
    expect(streams.open('key:a')).toBeNull();
  });
});

import { EventQueue } from '../../../src/modules/live/event-queue';

describe('EventQueue', () => {
  it('hands events to the reader in the order they were pushed', async () => {
    const queue = new EventQueue<number>(10);
    queue.push(1);
    queue.push(2);
    expect([(await queue.next()).value, (await queue.next()).value]).toEqual([1, 2]);
  });

  it('resolves a waiting reader with the next event pushed', async () => {
    const queue = new EventQueue<string>(10);
    const waiting = queue.next();
    queue.push('run finished');
    expect(await waiting).toEqual({ done: false, value: 'run finished' });
  });

  it('drops the oldest events beyond its capacity', async () => {
    const queue = new EventQueue<number>(2);
    [1, 2, 3].forEach((n) => queue.push(n));
    queue.end();
    const read: number[] = [];
    for await (const n of queue) read.push(n);
    expect(read).toEqual([2, 3]);
  });

  it('ends a reader waiting for an event when returned, and tells its owner once', async () => {
    let ended = 0;
    const queue = new EventQueue<number>(10, () => (ended += 1));
    const waiting = queue.next();
    await queue.return();
    await queue.return();
    expect([await waiting, ended]).toEqual([{ done: true, value: undefined }, 1]);
  });

  it('ignores events pushed after it ended', async () => {
    const queue = new EventQueue<number>(10);
    queue.end();
    queue.push(1);
    expect(await queue.next()).toEqual({ done: true, value: undefined });
  });
});

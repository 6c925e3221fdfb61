/**
 * The events of one subscriber, in order, as an async iterator that graphql-js subscriptions
 * read. Bounded: a subscriber that does not keep up loses its oldest events, never the gateway
 * its memory. `return()` (the client went away) ends it at once, even while a `next()` waits.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private readonly waiting: ((result: IteratorResult<T, undefined>) => void)[] = [];
  private ended = false;

  constructor(
    private readonly capacity: number,
    private readonly onEnd: () => void = () => undefined,
  ) {}

  /** Hands an event to a waiting reader, or keeps it (dropping the oldest beyond capacity). */
  push(event: T): void {
    if (this.ended) return;
    const reader = this.waiting.shift();
    if (reader) return reader({ done: false, value: event });
    this.buffered.push(event);
    if (this.buffered.length > this.capacity) this.buffered.shift();
  }

  /** Ends the queue: readers get `done` once the buffered events are read. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const reader of this.waiting.splice(0)) reader({ done: true, value: undefined });
    this.onEnd();
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.buffered.length > 0) return Promise.resolve({ done: false, value: this.buffered.shift()! });
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.buffered.length = 0;
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(error?: unknown): Promise<IteratorResult<T, undefined>> {
    this.buffered.length = 0;
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

import { type ExecutionResult, createClient } from 'graphql-sse';

/** One subscription over /graphql/stream with graphql-sse's own client, read event by event. */
export interface LiveSubscription<T> {
  /** Resolves once the stream is open (the server has subscribed). */
  connected: Promise<void>;
  /** Resolves when the server completes the subscription. */
  completed: Promise<void>;
  /** The next event, or a rejection after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ExecutionResult<T, unknown>>;
  /** Events received and not yet read. */
  readonly pending: number;
  close(): void;
}

export function subscribeLive<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): LiveSubscription<T> {
  const client = createClient({ url: `${baseUrl}/graphql/stream`, headers, retryAttempts: 0 });
  let onConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  let onCompleted: () => void = () => undefined;
  const completed = new Promise<void>((resolve) => (onCompleted = resolve));
  const received: ExecutionResult<T, unknown>[] = [];
  const waiting: ((result: ExecutionResult<T, unknown>) => void)[] = [];
  let failure: unknown = null;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        const reader = waiting.shift();
        if (reader) reader(result);
        else received.push(result);
      },
      error: (err) => {
        failure = err;
      },
      complete: () => onCompleted(),
    },
    { connected: () => onConnected() },
  );
  return {
    connected,
    completed,
    get pending() {
      return received.length;
    },
    next: (timeoutMs = 15_000) => {
      if (received.length > 0) return Promise.resolve(received.shift()!);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms${failure ? `: ${String(failure)}` : ''}`)), timeoutMs);
        waiting.push((result) => {
          clearTimeout(timer);
          resolve(result);
        });
      });
    },
    close: () => {
      dispose();
      client.dispose();
    },
  };
}

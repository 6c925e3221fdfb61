/** The outcome of one request against its client's budget. */
export interface RateDecision {
  allowed: boolean;
  /** Requests per minute the client may make. */
  limit: number;
  /** Whole requests left right now. */
  remaining: number;
  /** When refused: seconds until one request is allowed again (for Retry-After). */
  retryAfterSeconds: number;
  /** Seconds until the budget is whole again (the `t` of the RateLimit header). */
  resetSeconds: number;
}

/** Counts requests per client key (`key:<id>` or `ip:<address>`). Injected into the server so tests can use tiny budgets. */
export interface RateLimiter {
  take(client: string): RateDecision;
}

export interface TokenBucketOptions {
  perMinute: number;
  /** Milliseconds clock; tests pass a fake one instead of sleeping. */
  now?: () => number;
  /** Above this many tracked clients, full (idle) buckets are forgotten. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * In-memory token bucket per client: `perMinute` tokens at most (the burst), refilled evenly over
 * the minute; each request takes one. Per process: behind several gateway replicas each has its own.
 */
export class TokenBucketRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly now: () => number;
  private readonly maxClients: number;

  constructor(private readonly opts: TokenBucketOptions) {
    this.perMs = opts.perMinute / 60_000;
    this.now = opts.now ?? Date.now;
    this.maxClients = opts.maxClients ?? 10_000;
  }

  take(client: string): RateDecision {
    const now = this.now();
    const capacity = this.opts.perMinute;
    const bucket = this.buckets.get(client) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (!this.buckets.has(client)) {
      if (this.buckets.size >= this.maxClients) this.forgetIdle(now);
      this.buckets.set(client, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, limit: capacity, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0, resetSeconds: this.secondsUntilFull(bucket.tokens) };
    }
    return {
      allowed: false,
      limit: capacity,
      remaining: 0,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)),
      resetSeconds: this.secondsUntilFull(bucket.tokens),
    };
  }

  private secondsUntilFull(tokens: number): number {
    return Math.ceil((this.opts.perMinute - tokens) / this.perMs / 1000);
  }

  /** Drops buckets that have refilled completely (their clients are idle), else the oldest half. */
  private forgetIdle(now: number): void {
    for (const [client, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.opts.perMinute) this.buckets.delete(client);
    }
    if (this.buckets.size < this.maxClients) return;
    let drop = Math.ceil(this.buckets.size / 2);
    for (const client of this.buckets.keys()) {
      if (drop-- <= 0) break;
      this.buckets.delete(client);
    }
  }
}

/**
 * Open event streams per client (an API key, or an address when anonymous): each one holds a
 * connection and a subscription, so a client may keep only a few open at once.
 */
export class StreamCounter {
  private readonly open_ = new Map<string, number>();

  constructor(private readonly perClient: number) {}

  /** Counts one more stream for `client`; returns how to release it (once), or null when it has too many. */
  open(client: string): (() => void) | null {
    const count = this.open_.get(client) ?? 0;
    if (count >= this.perClient) return null;
    this.open_.set(client, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open_.get(client) ?? 1) - 1;
      if (left <= 0) this.open_.delete(client);
      else this.open_.set(client, left);
    };
  }
}

import type { RecordWarning } from '../../modules/activity/activity.model';

/**
 * The warnings of one activity. A warning identical to one already noted (same element and
 * message) is dropped, so a publisher's repeated slip (e.g. the same sector code in 700
 * transactions) is reported once, at its first line.
 */
export class RecordWarnings {
  private readonly seen = new Set<string>();
  readonly list: RecordWarning[] = [];

  add(element: string, line: number | null, message: string): void {
    const key = `${element}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ element, line, message });
  }
}

import { childrenNamed, type IatiElement } from './iati-element';

/**
 * IATI lets a publisher give sectors or recipient countries on every transaction instead of on
 * the activity. This reads `childName` inside every transaction with `read` and keeps the first
 * of each distinct `key`, in document order.
 */
export function distinctFromTransactions<T>(
  activity: IatiElement,
  childName: string,
  read: (element: IatiElement) => T[],
  key: (value: T) => string,
): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const transaction of childrenNamed(activity, 'transaction')) {
    for (const value of childrenNamed(transaction, childName).flatMap(read)) {
      const k = key(value);
      if (seen.has(k)) continue;
      seen.add(k);
      result.push(value);
    }
  }
  return result;
}

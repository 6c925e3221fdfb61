import DataLoader from 'dataloader';

/** A parent (country code, organisation ref…) and the field arguments it was asked with. */
export interface ParentKey<A> {
  parent: string;
  args: A;
}

/**
 * Canonical JSON of field arguments: keys sorted, null and undefined members dropped, so that
 * `{ filter: null }` and `{}` share a batch and a cache entry.
 */
export function argumentsKey(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== null && member !== undefined) out[key] = canonical(member);
    }
    return out;
  }
  return value;
}

/**
 * A DataLoader for per-parent lists that take arguments: keys asked in the same tick are grouped
 * by their arguments, and `load` runs once per distinct argument set with all the parents that
 * asked it. A parent missing from `load`'s answer gets `missing(parent)`.
 */
export function loaderByArgs<A, V>(
  load: (parents: string[], args: A) => Promise<Map<string, V>>,
  missing: (parent: string) => V,
): DataLoader<ParentKey<A>, V, string> {
  return new DataLoader<ParentKey<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; parents: Set<string> }>();
      for (const key of keys) {
        const id = argumentsKey(key.args);
        const group = groups.get(id) ?? { args: key.args, parents: new Set<string>() };
        group.parents.add(key.parent);
        groups.set(id, group);
      }
      // A failing argument set (e.g. `first` above the maximum) fails its own keys only.
      const answers = new Map<string, Map<string, V> | Error>();
      await Promise.all(
        [...groups].map(async ([id, group]) =>
          answers.set(id, await load([...group.parents], group.args).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))))),
        ),
      );
      return keys.map((key) => {
        const answer = answers.get(argumentsKey(key.args));
        return answer instanceof Error ? answer : (answer?.get(key.parent) ?? missing(key.parent));
      });
    },
    { cacheKeyFn: (key) => `${argumentsKey(key.args)}\u0000${key.parent}`, maxBatchSize: 1000 },
  );
}

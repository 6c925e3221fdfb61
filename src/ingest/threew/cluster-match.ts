import { type GlobalCluster, normaliseName, type ThreewVocabulary } from './threew-vocabulary';

/**
 * The global cluster of a 3W cluster cell: its code ("HEALTH_OP", "FSAC") or name ("Operational
 * Presence: Food Security & Agriculture"), tried in that order. Null when unknown. Pure.
 */
export function globalClusterOf(vocabulary: Pick<ThreewVocabulary, 'clusters' | 'clusterByName'>, code: string | null, name: string | null): GlobalCluster | null {
  for (const value of [code, name]) {
    if (!value) continue;
    const id = vocabulary.clusterByName.get(clusterKey(value)) ?? vocabulary.clusters.get(value.trim())?.id;
    if (id) return vocabulary.clusters.get(id) ?? null;
  }
  return null;
}

/** A cluster cell as compared: no "Operational Presence:" prefix, no "_OP" suffix, normalised. */
export function clusterKey(value: string): string {
  return normaliseName(
    value
      .trim()
      .replace(/^operat\w*\s+presence\s*[:-]\s*/i, '')
      .replace(/_op$/i, ''),
  );
}

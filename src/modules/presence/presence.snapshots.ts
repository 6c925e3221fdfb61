import { createHash } from 'node:crypto';
import { WEAKNESS_FACTORS } from '../analysis/quality/data-weakness';
import type { ActivitySnapshot } from '../analysis/snapshot';
import type { StoredPresence } from './presence.model';

/** The label of a presence's place in analyses: its admin-2, else admin-1, as "name (P-code)". */
export function placeLabel(place: StoredPresence['place']): string {
  const code = place.adm2Code ?? (place.adm2Name ? null : place.adm1Code);
  const name = place.adm2Name ?? (place.adm2Code ? null : place.adm1Name);
  return name && code ? `${name} (${code})` : (name ?? code ?? '');
}

const snapshotId = (parts: string[]) => `3w_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)}`;

/**
 * What the analyses see of 3W presence: one snapshot per organisation × cluster × country ×
 * period, holding every place of it. Overlaps and gaps work per country, so one organisation's
 * presence in 40 districts of one cluster is one piece of work there, not 40. The organisation
 * takes part as "implementing" (3W lists who is operationally present); themes come from the
 * cluster, each with weight 1; there is no budget; its data weakness PRESENCE_ONLY lowers the score
 * of its overlaps (presence, not a description of the work). Pure.
 */
export function toPresenceSnapshots(presences: readonly (StoredPresence & { id: string })[]): ActivitySnapshot[] {
  const groups = new Map<string, (StoredPresence & { id: string })[]>();
  for (const p of presences) {
    if (p.mirrorState !== 'ACTIVE') continue;
    const key = [p.organisation.ref, p.cluster.id, p.country, p.period.start, p.period.end].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const snapshots: ActivitySnapshot[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    snapshots.push({
      id: snapshotId([first.organisation.ref, first.cluster.id, first.country, first.period.start, first.period.end]),
      organisation: first.organisation.ref,
      participants: [{ organisation: first.organisation.ref, role: 'implementing' }],
      countries: [{ code: first.country, percentage: null }],
      regions: [],
      themes: [...new Set(first.themeIds)].sort().map((themeId) => ({ themeId, weight: 1 })),
      period: { start: first.period.start, end: first.period.end },
      periodBasis: { start: 'ACTUAL', end: 'ACTUAL' },
      weaknesses: [{ kind: 'PRESENCE_ONLY', factor: WEAKNESS_FACTORS.PRESENCE_ONLY, message: 'OCHA 3W presence: who is present in a cluster and place, not what they do there' }],
      status: null,
      budgets: [],
      origin: '3W',
      places: [...new Set(group.map((p) => placeLabel(p.place)))].sort(),
      presenceIds: group.map((p) => p.id).sort(),
    });
  }
  return snapshots.sort((a, b) => (a.id < b.id ? -1 : 1));
}

import type { RecommendationRecord } from '../recommendation/recommendation.model';
import { periodsIntersect, type Period } from './period';
import { recommendationThemes } from './recommendation-themes';
import type { ActivitySnapshot, ParticipationRole, SnapshotOrigin, UndatedSnapshot } from './snapshot';
import { stableId } from './stable-id';
import type { Taxonomy } from './taxonomy';

/**
 * Gap kinds (para 16 of the founding resolution asks for systematic follow-up):
 * - UNADDRESSED_RECOMMENDATIONS: a country × theme with open recommendations and no activity
 *   active in the analysis period.
 * - MANDATED_ABSENT: a country × theme where activities are active in the period, the theme has
 *   organisations with a specific mandate, and none of them takes part in any role (reporting,
 *   funding, accountable, extending, implementing) in an activity of the cell — an undated one
 *   included. Universal mandates (OHCHR) are not counted as "the mandated organisation" here.
 * - RECOMMENDATION_WITHOUT_FOLLOW_UP: an open recommendation with no linked activity and no
 *   activity in one of its countries, with one of its themes, still running on or after its
 *   publication date (planned activities count as follow-up).
 */
export type GapKind = 'UNADDRESSED_RECOMMENDATIONS' | 'MANDATED_ABSENT' | 'RECOMMENDATION_WITHOUT_FOLLOW_UP';

interface Mandated {
  /** Organisations with a specific mandate for the theme(s). */
  mandatedOrganisations: string[];
  /** Organisations with a universal mandate (coordinating role). */
  coordinatingOrganisations: string[];
}

export interface UnaddressedRecommendationsGap extends Mandated {
  kind: 'UNADDRESSED_RECOMMENDATIONS';
  /** "gap_" + hash of kind, country, theme. */
  id: string;
  country: string;
  themeId: string;
  period: Period;
  /** AnnotationIds of the open recommendations, sorted. */
  recommendationIds: string[];
}

export interface MandatedAbsentGap {
  kind: 'MANDATED_ABSENT';
  /** "gap_" + hash of kind, country, theme. */
  id: string;
  country: string;
  themeId: string;
  period: Period;
  /** Mandated organisations with no role at all in an activity of the cell. */
  absentOrganisations: string[];
  /** Organisations taking part, in any role, in an activity of the cell active in the period. */
  presentOrganisations: string[];
  /** How each present organisation takes part: role and activity (sorted by organisation, activity, role). */
  presence: Presence[];
  activityIds: string[];
}

/** An organisation taking part in an activity of a country × theme cell. */
export interface Presence {
  organisation: string;
  role: ParticipationRole;
  activityId: string;
  /** False when the activity cannot be placed in time (no credible period): present, period unknown. */
  dated: boolean;
  /** Where the presence is recorded: an IATI or OHCHR activity, or OCHA 3W (then activityId is the 3W snapshot's id). */
  origin: SnapshotOrigin;
}

export interface RecommendationWithoutFollowUpGap extends Mandated {
  kind: 'RECOMMENDATION_WITHOUT_FOLLOW_UP';
  /** "gap_" + hash of kind and annotationId. */
  id: string;
  recommendationId: string;
  publicationDate: string;
  countries: string[];
  themeIds: string[];
}

export type Gap = UnaddressedRecommendationsGap | MandatedAbsentGap | RecommendationWithoutFollowUpGap;

export interface GapOptions {
  /** Analysis period for UNADDRESSED_RECOMMENDATIONS and MANDATED_ABSENT; default the single day asOf. */
  period?: Period;
  asOf: string;
  /** Activity themes weighing less are ignored; default 0. */
  minThemeWeight?: number;
  /**
   * Activities without a credible period. They never make a cell active, but an organisation
   * taking part in one is not called absent (its presence is reported as undated).
   */
  undated?: readonly UndatedSnapshot[];
}

export interface GapReport {
  /** Sorted by kind (order of GapKind), then country/theme or recommendation id. */
  gaps: Gap[];
  /** Open recommendations that cannot be placed: no Concord theme, or no country. */
  unplacedRecommendations: { annotationId: string; reason: 'NO_THEME' | 'NO_COUNTRY' }[];
  /** UHRI theme names met that the taxonomy does not map (sorted, distinct). */
  unmappedUhriThemes: string[];
}

const cellKey = (country: string, themeId: string) => `${country}\u0000${themeId}`;

/** Participations of an activity; the reporting organisation alone when the snapshot lists none. */
const participationsOf = (s: Pick<ActivitySnapshot, 'organisation' | 'participants'>) =>
  s.participants && s.participants.length > 0 ? s.participants : [{ organisation: s.organisation, role: 'reporting' as const }];

export function findGaps(
  recommendations: readonly RecommendationRecord[],
  snapshots: readonly ActivitySnapshot[],
  taxonomy: Taxonomy,
  options: GapOptions,
): GapReport {
  const period = options.period ?? { start: options.asOf, end: options.asOf };
  const minWeight = options.minThemeWeight ?? 0;
  const activitiesByCell = new Map<string, ActivitySnapshot[]>();
  for (const s of snapshots) {
    for (const t of s.themes) {
      if (!(t.weight > 0 && t.weight >= minWeight)) continue;
      for (const c of s.countries) {
        pushTo(activitiesByCell, cellKey(c.code, t.themeId), s);
      }
    }
  }
  const undatedByCell = new Map<string, UndatedSnapshot[]>();
  for (const s of options.undated ?? []) {
    for (const t of s.themes) {
      if (!(t.weight > 0 && t.weight >= minWeight)) continue;
      for (const c of s.countries) pushTo(undatedByCell, cellKey(c.code, t.themeId), s);
    }
  }
  const mandatedFor = (themeIds: readonly string[]): Mandated => ({
    mandatedOrganisations: [...new Set(themeIds.flatMap((t) => taxonomy.mandates.specificByTheme.get(t) ?? []))],
    coordinatingOrganisations: [...taxonomy.mandates.universal],
  });

  const report: GapReport = { gaps: [], unplacedRecommendations: [], unmappedUhriThemes: [] };
  const unmapped = new Set<string>();
  const openByCell = new Map<string, string[]>();
  const followUps: RecommendationWithoutFollowUpGap[] = [];
  for (const rec of recommendations) {
    if (rec.status !== 'OPEN') continue;
    const themes = recommendationThemes(rec, taxonomy);
    themes.unmappedUhriThemes.forEach((n) => unmapped.add(n));
    if (themes.themeIds.length === 0) report.unplacedRecommendations.push({ annotationId: rec.annotationId, reason: 'NO_THEME' });
    else if (rec.countries.length === 0) report.unplacedRecommendations.push({ annotationId: rec.annotationId, reason: 'NO_COUNTRY' });
    if (themes.themeIds.length === 0 || rec.countries.length === 0) continue;

    let followedUp = (rec.linkedActivityIds?.length ?? 0) > 0;
    for (const c of rec.countries) {
      for (const t of themes.themeIds) {
        const key = cellKey(c, t);
        pushTo(openByCell, key, rec.annotationId);
        followedUp ||= (activitiesByCell.get(key) ?? []).some((s) => s.period.end === null || s.period.end >= rec.publicationDate);
      }
    }
    if (!followedUp) {
      followUps.push({
        kind: 'RECOMMENDATION_WITHOUT_FOLLOW_UP',
        id: stableId('gap', ['RECOMMENDATION_WITHOUT_FOLLOW_UP', rec.annotationId]),
        recommendationId: rec.annotationId,
        publicationDate: rec.publicationDate,
        countries: [...rec.countries].sort(),
        themeIds: themes.themeIds,
        ...mandatedFor(themes.themeIds),
      });
    }
  }

  const activeIn = (key: string) => (activitiesByCell.get(key) ?? []).filter((s) => periodsIntersect(s.period, period));
  const unaddressed: UnaddressedRecommendationsGap[] = [];
  for (const [key, recIds] of openByCell) {
    if (activeIn(key).length > 0) continue;
    const [country, themeId] = key.split('\u0000') as [string, string];
    unaddressed.push({
      kind: 'UNADDRESSED_RECOMMENDATIONS',
      id: stableId('gap', ['UNADDRESSED_RECOMMENDATIONS', country, themeId]),
      country,
      themeId,
      period,
      recommendationIds: [...new Set(recIds)].sort(),
      ...mandatedFor([themeId]),
    });
  }

  const absent: MandatedAbsentGap[] = [];
  for (const key of activitiesByCell.keys()) {
    const [country, themeId] = key.split('\u0000') as [string, string];
    const mandated = taxonomy.mandates.specificByTheme.get(themeId) ?? [];
    const active = activeIn(key);
    if (mandated.length === 0 || active.length === 0) continue;
    const presence: Presence[] = [
      ...active.flatMap((s) => participationsOf(s).map((p) => ({ organisation: p.organisation, role: p.role, activityId: s.id, dated: true, origin: s.origin ?? 'IATI' }))),
      ...(undatedByCell.get(key) ?? []).flatMap((s) =>
        participationsOf(s).map((p) => ({ organisation: p.organisation, role: p.role, activityId: s.id, dated: false, origin: s.origin ?? 'IATI' })),
      ),
    ].sort((a, b) => cmp(a.organisation, b.organisation) || cmp(a.activityId, b.activityId) || cmp(a.role, b.role));
    const present = new Set(presence.map((p) => p.organisation));
    const absentOrganisations = mandated.filter((o) => !present.has(o));
    if (absentOrganisations.length < mandated.length) continue;
    absent.push({
      kind: 'MANDATED_ABSENT',
      id: stableId('gap', ['MANDATED_ABSENT', country, themeId]),
      country,
      themeId,
      period,
      absentOrganisations,
      presentOrganisations: [...present].sort(),
      presence,
      activityIds: active.map((s) => s.id).sort(),
    });
  }

  const byCell = (a: { country: string; themeId: string }, b: { country: string; themeId: string }) =>
    cmp(a.country, b.country) || cmp(a.themeId, b.themeId);
  report.gaps = [
    ...unaddressed.sort(byCell),
    ...absent.sort(byCell),
    ...followUps.sort((a, b) => cmp(a.recommendationId, b.recommendationId)),
  ];
  report.unmappedUhriThemes = [...unmapped].sort();
  return report;
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

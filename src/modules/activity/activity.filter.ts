import type { Filter, Document } from 'mongodb';
import { OPEN_END, participationKey, UNKNOWN_START } from './activity.keys';

export { OPEN_END, UNKNOWN_START };

/** The activity filter as the schema's ActivityFilter gives it (all optional). */
export interface ActivityFilterInput {
  iatiIdentifier?: readonly string[] | null;
  reportingOrg?: readonly string[] | null;
  participatingOrg?: readonly string[] | null;
  participatingRole?: readonly number[] | null;
  country?: readonly string[] | null;
  region?: readonly string[] | null;
  theme?: readonly string[] | null;
  sector?: readonly string[] | null;
  sdgGoal?: readonly string[] | null;
  sdgTarget?: readonly string[] | null;
  status?: readonly string[] | null;
  activeDuring?: { from?: string | null; to?: string | null } | null;
  humanitarian?: boolean | null;
  budgetMin?: number | null;
  budgetMax?: number | null;
  text?: string | null;
  source?: readonly string[] | null;
  origin?: 'IATI' | 'OHCHR' | null;
  includeWithdrawn?: boolean | null;
  quality?: readonly string[] | null;
}

const list = (values: readonly string[] | null | undefined): string[] | undefined =>
  values && values.length > 0 ? [...new Set(values)] : undefined;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Translates an ActivityFilter into a MongoDB filter that both MongoDB and FerretDB run,
 * each condition on an indexed field (see db/indexes.ts). `visibility` is the access-control
 * condition, ANDed in by the caller.
 */
export function buildActivityQuery(input: ActivityFilterInput | null | undefined): Filter<Document> {
  const f = input ?? {};
  const and: Filter<Document>[] = [];
  const inList = (field: string, values: readonly string[] | null | undefined) => {
    const v = list(values);
    if (v) and.push({ [field]: { $in: v } });
  };

  if (!f.includeWithdrawn) and.push({ mirrorState: 'ACTIVE' });
  inList('iatiIdentifier', f.iatiIdentifier);
  inList('reportingOrg.ref', f.reportingOrg);
  const orgs = list(f.participatingOrg);
  if (orgs) {
    const roles = f.participatingRole && f.participatingRole.length > 0 ? [...f.participatingRole] : undefined;
    // Organisation and role must hold for the same participation: a derived "ref:role" key list
    // (activity.derived.ts) does that with a plain $in, which both engines run and index.
    and.push(roles ? { participationKeys: { $in: orgs.flatMap((o) => roles.map((r) => participationKey(o, r))) } } : { 'participatingOrgs.ref': { $in: orgs } });
  }
  inList('recipientCountries.code', f.country?.map((c) => c.toUpperCase()));
  inList('recipientRegions.code', f.region);
  inList('themeIds', f.theme);
  inList('sectors.code', f.sector);
  inList('sdgGoals', f.sdgGoal);
  inList('sdgTargets', f.sdgTarget);
  inList('status', f.status);
  inList('provenance.source', f.source);
  inList('qualityFlags', f.quality);
  if (f.origin) and.push({ origin: f.origin });
  if (f.humanitarian !== undefined && f.humanitarian !== null) and.push({ humanitarian: f.humanitarian });
  if (f.activeDuring) {
    const { from, to } = f.activeDuring;
    and.push({ periodStart: { $ne: UNKNOWN_START } });
    if (to) and.push({ periodStart: { $lte: to } });
    if (from) and.push({ periodEnd: { $gte: from } });
  }
  if (f.budgetMin !== undefined && f.budgetMin !== null) and.push({ budgetTotal: { $gte: f.budgetMin } });
  if (f.budgetMax !== undefined && f.budgetMax !== null) and.push({ budgetTotal: { $lte: f.budgetMax } });
  if (f.text && f.text.trim() !== '') and.push({ searchText: { $regex: escapeRegex(f.text.trim().toLowerCase()) } });

  if (and.length === 0) return {};
  if (and.length === 1) return and[0]!;
  return { $and: and };
}

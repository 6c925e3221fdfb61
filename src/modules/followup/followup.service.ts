import type { EntityManager } from '@mikro-orm/mongodb';
import DataLoader from 'dataloader';
import { type Collection, type Document, ObjectId } from 'mongodb';
import { canEditOhchrActivities } from '../../auth/access';
import { forbidden, notFound } from '../../errors';
import { canSeeActivity, type Viewer } from '../../viewer';
import type { Money } from '../activity/activity.model';
import { bumpMirrorVersion } from '../activity/mirror-version';
import { AuditEntry, type FieldChange } from '../audit/audit-entry.entity';
import type { AuditService } from '../audit/audit.service';
import type { CoordinationCache, CoordinationState } from '../coordination/coordination.cache';
import { Recommendation } from '../recommendation/recommendation.entity';
import { currentTaxonomy } from '../theme/taxonomy';
import { recommendationThemes } from '../analysis/recommendation-themes';
import type { RecommendationFollowUpEntry } from './followup.entry';
import { type FollowUpCandidate, matchesRecommendation, recommendationFollowUp, type RecommendationFollowUp } from './followup.rules';
import { type FollowUpChanges, type FollowUpProblem, validateFollowUpChanges } from './followup.validation';

/** A recommendation's follow-up as the API shows it: the derived part and what editors entered. */
export interface RecommendationFollowUpView extends RecommendationFollowUp {
  proposesSpecificProject: boolean;
  projectProposal: string | null;
  updatedAt: Date | null;
}

export type FollowUpWriteResult =
  | { ok: true; recommendation: Recommendation; auditEntry: AuditEntry | null }
  | { ok: false; message: string; fieldErrors: FollowUpProblem[] };

const OBJECT_ID = /^[0-9a-f]{24}$/i;
const todayIso = () => new Date().toISOString().slice(0, 10);
const invalid = (fieldErrors: FollowUpProblem[]): FollowUpWriteResult => ({ ok: false, message: `The input has ${fieldErrors.length} problem(s); nothing was written.`, fieldErrors });

/** What follow-up needs of the mirror, as one viewer may see it, indexed once per request. */
interface Candidates {
  byId: Map<string, FollowUpCandidate>;
  byCountry: Map<string, (FollowUpCandidate & { countries: { code: string }[]; themes: { themeId: string; weight: number }[] })[]>;
}

/** The follow-up of recommendations (derived from the mirror's activities) and the editors' changes to it. */
export class FollowUpService {
  readonly followUpByRecommendation: DataLoader<Recommendation, RecommendationFollowUpView, string>;
  private candidates: Promise<Candidates> | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly cache: CoordinationCache,
    private readonly viewer: Viewer,
    private readonly audit: AuditService,
    private readonly today: () => string = todayIso,
  ) {
    this.followUpByRecommendation = new DataLoader(
      async (recs) => {
        const candidates = await this.visibleCandidates();
        return recs.map((rec) => this.compute(rec, candidates));
      },
      { cacheKeyFn: (rec) => rec.id },
    );
  }

  private collection(): Collection<Document> {
    return this.em.getConnection().getCollection<Document>('recommendations');
  }

  /** The follow-up of one recommendation from indexed candidates. */
  compute(rec: Pick<Recommendation, 'countries' | 'themes' | 'sdgs' | 'publicationDate' | 'linkedActivityIds' | 'followUp'>, candidates: Candidates): RecommendationFollowUpView {
    const themeIds = recommendationThemes(rec, currentTaxonomy()).themeIds;
    const linked = (rec.linkedActivityIds ?? []).map((id) => candidates.byId.get(id)).filter((c): c is FollowUpCandidate => c !== undefined);
    const inCountries = new Map(rec.countries.flatMap((country) => candidates.byCountry.get(country) ?? []).map((a) => [a.id, a]));
    const matched = [...inCountries.values()]
      .filter((a) => matchesRecommendation({ countries: rec.countries, themeIds, publicationDate: rec.publicationDate }, a))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const entry = rec.followUp ?? null;
    return {
      ...recommendationFollowUp({ linked, matched, resourcesRequired: entry?.resourcesRequired ?? null, today: this.today() }),
      proposesSpecificProject: entry?.proposesSpecificProject ?? false,
      projectProposal: entry?.projectProposal ?? null,
      updatedAt: entry?.updatedAt ?? null,
    };
  }

  /** Activities the viewer may see, dated and undated, by id and by country. */
  visibleCandidates(): Promise<Candidates> {
    this.candidates ??= this.cache.current().then((state) => indexCandidates(state, this.viewer));
    return this.candidates;
  }

  /** Each recommendation's follow-up audit entries, oldest first, batched per request. */
  readonly auditTrailByRecommendation = new DataLoader((ids: readonly string[]) => this.audit.bySubjectIds('recommendationId', ids));

  async update(recommendationId: string, changes: FollowUpChanges): Promise<FollowUpWriteResult> {
    if (!canEditOhchrActivities(this.viewer)) throw forbidden('Changing the follow-up of recommendations needs an OHCHR_EDITOR or ADMIN key.');
    const doc = OBJECT_ID.test(recommendationId) ? await this.collection().findOne({ _id: new ObjectId(recommendationId) }) : null;
    if (!doc) throw notFound('Recommendation', recommendationId);
    const current = this.em.map(Recommendation, doc);
    const problems = validateFollowUpChanges(changes);
    const toLink = [...new Set(changes.linkActivities ?? [])];
    const unknown = await this.unknownActivities(toLink);
    problems.push(...unknown.map((id) => ({ field: 'linkActivities', message: `${id} is not an activity of the mirror` })));
    if (problems.length > 0) return invalid(problems);

    const beforeLinks = current.linkedActivityIds ?? [];
    const unlink = new Set(changes.unlinkActivities ?? []);
    const links = [...new Set([...beforeLinks.filter((id) => !unlink.has(id)), ...toLink])];
    const before = current.followUp ?? null;
    const at = new Date();
    const entry: RecommendationFollowUpEntry = {
      resourcesRequired: changes.resourcesRequired !== undefined ? normaliseMoney(changes.resourcesRequired) : (before?.resourcesRequired ?? null),
      proposesSpecificProject: changes.proposesSpecificProject ?? before?.proposesSpecificProject ?? false,
      projectProposal: changes.projectProposal !== undefined ? cleanText(changes.projectProposal) : (before?.projectProposal ?? null),
      updatedAt: at,
    };
    const diff: FieldChange[] = [];
    if (JSON.stringify(links) !== JSON.stringify(beforeLinks)) diff.push({ field: 'linkedActivities', before: beforeLinks, after: links });
    for (const field of ['resourcesRequired', 'proposesSpecificProject', 'projectProposal'] as const) {
      const was = before ? before[field] : field === 'proposesSpecificProject' ? false : null;
      if (JSON.stringify(was) !== JSON.stringify(entry[field])) diff.push({ field, before: was, after: entry[field] });
    }
    if (diff.length === 0) return { ok: true, recommendation: current, auditEntry: null };
    // Refused if someone else changed the follow-up since it was read (no lost updates).
    const guard = before ? { 'followUp.updatedAt': before.updatedAt } : { $or: [{ followUp: null }, { followUp: { $exists: false } }] };
    const result = await this.collection().updateOne({ _id: current._id, ...guard }, { $set: { linkedActivityIds: links, followUp: entry } });
    if (result.matchedCount === 0) return invalid([{ field: 'recommendationId', message: 'its follow-up was changed by another request meanwhile; read it again and retry' }]);
    // Links change which recommendations count as followed up (gaps): cached analyses start again.
    if (diff.some((c) => c.field === 'linkedActivities')) await bumpMirrorVersion(this.em.getConnection().getDb());
    const recommendation = this.em.map(Recommendation, { ...doc, linkedActivityIds: links, followUp: entry });
    const actor = { keyId: this.viewer.keyId, label: this.viewer.keyLabel, role: this.viewer.role };
    const auditEntry = await this.audit.record({ activityId: null, recommendationId: current.id, action: 'UPDATE', actor, at, changes: diff, reason: null });
    this.followUpByRecommendation.clear(recommendation);
    this.auditTrailByRecommendation.clear(current.id);
    this.candidates = undefined;
    return { ok: true, recommendation, auditEntry };
  }

  /** Ids that are not active activities of the mirror. */
  private async unknownActivities(ids: readonly string[]): Promise<string[]> {
    const valid = ids.filter((id) => OBJECT_ID.test(id));
    const found = valid.length === 0 ? [] : await this.em.getConnection().getCollection<Document>('activities').find({ _id: { $in: valid.map((id) => new ObjectId(id)) }, mirrorState: 'ACTIVE' }, { projection: { _id: 1 } }).toArray();
    const known = new Set(found.map((d) => String(d._id)));
    return ids.filter((id) => !known.has(id));
  }
}

function indexCandidates(state: CoordinationState, viewer: Viewer): Candidates {
  const byId = new Map<string, FollowUpCandidate>();
  const byCountry: Candidates['byCountry'] = new Map();
  for (const s of [...state.snapshots, ...state.undated]) {
    const access = state.access.get(s.id);
    if (!access || !canSeeActivity(viewer, access)) continue;
    const candidate = { id: s.id, status: s.status, period: s.period, budgets: s.budgets, countries: s.countries, themes: s.themes };
    byId.set(s.id, candidate);
    for (const c of s.countries) {
      const list = byCountry.get(c.code);
      if (list) list.push(candidate);
      else byCountry.set(c.code, [candidate]);
    }
  }
  return { byId, byCountry };
}

const normaliseMoney = (m: Money | null): Money | null => (m ? { value: m.value, currency: m.currency.trim().toUpperCase() } : null);
const cleanText = (text: string | null): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

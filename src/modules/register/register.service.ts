import type { EntityManager } from '@mikro-orm/mongodb';
import DataLoader from 'dataloader';
import type { Connection } from '../../pagination/cursor';
import { pageOfList } from '../../pagination/list-page';
import type { Viewer } from '../../viewer';
import type { PagingLimits } from '../activity/activity.service';
import type { Gap } from '../analysis';
import { AuditEntry, type AuditActor } from '../audit/audit-entry.entity';
import type { AuditService } from '../audit/audit.service';
import { gapCountries, gapThemeIds } from '../coordination/gap-fields';
import type { ReportFormat } from '../report/overlap-report.model';
import { countryProfiles, type Region } from './country-profile';
import { registerChanges } from './register.changes';
import { Expert, Institution } from './register.entity';
import { isThemeId, registerContext } from './register.labels';
import { rankExperts, rankInstitutions, type RegisterMatch, gapLanguages } from './register.matching';
import { EXPERT_FIELDS, type ExpertRecord, INSTITUTION_FIELDS, type InstitutionRecord } from './register.model';
import { experienceRegions, rosterCounts, type RosterCounts } from './register.roster';
import { type Checked, checkExpert, checkInstitution, type FieldProblem } from './register.rules';
import { renderRosterReport, rosterReportOf } from './roster-report';
import { registerContentHash } from './register.hash';

export interface ExpertConnectionModel extends Connection<Expert> {
  counts: RosterCounts;
}
export type InstitutionConnectionModel = Connection<Institution>;
export type ExpertMatchModel = RegisterMatch<Expert>;
export type InstitutionMatchModel = RegisterMatch<Institution>;
export interface GapMatchesModel {
  languages: string[];
  expertCount: number;
  experts: ExpertMatchModel[];
  institutionCount: number;
  institutions: InstitutionMatchModel[];
}
export type ThemeCountModel = RosterCounts['byTheme'][number];

export interface ExpertFilterInput {
  theme?: readonly string[] | null;
  region?: readonly Region[] | null;
  country?: readonly string[] | null;
  nationality?: readonly string[] | null;
  language?: readonly string[] | null;
  availability?: readonly ExpertRecord['availability'][] | null;
  developingCountry?: boolean | null;
  includeRemoved?: boolean | null;
}

export interface InstitutionFilterInput {
  country?: readonly string[] | null;
  region?: readonly Region[] | null;
  kind?: readonly InstitutionRecord['kind'][] | null;
  theme?: readonly string[] | null;
  developingCountry?: boolean | null;
  includeRemoved?: boolean | null;
}

export interface ReportFileModel {
  filename: string;
  contentType: string;
  encoding: 'UTF8' | 'BASE64';
  content: string;
}

const ID = /^[0-9a-f]{24}$/;
const given = <T>(v: readonly T[] | null | undefined): v is readonly T[] => Array.isArray(v) && v.length > 0;
const anyOf = <T>(wanted: readonly T[] | null | undefined, have: readonly T[]): boolean => !given(wanted) || have.some((x) => wanted.includes(x));
const upper = (v: readonly string[] | null | undefined) => (given(v) ? v.map((x) => x.trim().toUpperCase()) : null);
const lower = (v: readonly string[] | null | undefined) => (given(v) ? v.map((x) => x.trim().toLowerCase()) : null);
const byName = <T extends { name: string; id: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const todayIso = () => new Date().toISOString().slice(0, 10);

export const recordOfExpert = (e: ExpertRecord): ExpertRecord => Object.fromEntries(EXPERT_FIELDS.map((f) => [f, e[f]])) as unknown as ExpertRecord;
export const recordOfInstitution = (i: InstitutionRecord): InstitutionRecord => Object.fromEntries(INSTITUTION_FIELDS.map((f) => [f, i[f]])) as unknown as InstitutionRecord;

/**
 * The roster of experts and the compendium of institutions, as the viewer may see them. Both
 * registers are small (hundreds to a few thousand entries): each is read once per request and
 * filtered, counted, ranked and paged in memory, so that a list of gaps with their matches reads
 * each register once.
 */
export class RegisterService {
  readonly auditTrailByExpert: DataLoader<string, AuditEntry[]>;
  readonly auditTrailByInstitution: DataLoader<string, AuditEntry[]>;
  private expertsRead: Promise<Expert[]> | undefined;
  private institutionsRead: Promise<Institution[]> | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly audit: AuditService,
    private readonly limits: PagingLimits,
  ) {
    this.auditTrailByExpert = new DataLoader((ids: readonly string[]) => audit.bySubjectIds('expertId', ids));
    this.auditTrailByInstitution = new DataLoader((ids: readonly string[]) => audit.bySubjectIds('institutionId', ids));
  }

  allExperts(): Promise<Expert[]> {
    this.expertsRead ??= this.em.find(Expert, {}).then((all) => all.sort(byName));
    return this.expertsRead;
  }

  allInstitutions(): Promise<Institution[]> {
    this.institutionsRead ??= this.em.find(Institution, {}).then((all) => all.sort(byName));
    return this.institutionsRead;
  }

  async expert(id: string): Promise<Expert | null> {
    return ID.test(id) ? ((await this.allExperts()).find((e) => e.id === id) ?? null) : null;
  }

  async institution(id: string): Promise<Institution | null> {
    return ID.test(id) ? ((await this.allInstitutions()).find((i) => i.id === id) ?? null) : null;
  }

  async experts(filter: ExpertFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ExpertConnectionModel> {
    const f = filter ?? {};
    const profiles = countryProfiles();
    const [themes, nationalities, countries, languages] = [f.theme, upper(f.nationality), upper(f.country), lower(f.language)];
    const matching = (await this.allExperts()).filter(
      (e) =>
        (f.includeRemoved || e.removedOn === null) &&
        anyOf(themes, e.themes) &&
        anyOf(nationalities, [e.nationality]) &&
        anyOf(countries, e.countries) &&
        anyOf(languages, e.languages) &&
        anyOf(f.availability, [e.availability]) &&
        anyOf(f.region, experienceRegions(e, profiles)) &&
        (f.developingCountry == null || (profiles.get(e.nationality)?.developing ?? false) === f.developingCountry),
    );
    return { ...this.page(matching, first, after, 'EXPERT_NAME'), counts: rosterCounts(matching, profiles) };
  }

  async institutions(filter: InstitutionFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<InstitutionConnectionModel> {
    const f = filter ?? {};
    const profiles = countryProfiles();
    const countries = upper(f.country);
    const matching = (await this.allInstitutions()).filter((i) => {
      const profile = profiles.get(i.country);
      return (
        (f.includeRemoved || i.removedOn === null) &&
        anyOf(countries, [i.country]) &&
        anyOf(f.kind, [i.kind]) &&
        anyOf(f.theme, i.themes) &&
        anyOf(f.region, profile ? [profile.region] : []) &&
        (f.developingCountry == null || (profile?.developing ?? false) === f.developingCountry)
      );
    });
    return this.page(matching, first, after, 'INSTITUTION_NAME');
  }

  /** Experts and institutions ranked for a gap; `first` of each. */
  async matchesForGap(gap: Gap, first: number | null | undefined, language: readonly string[] | null | undefined): Promise<GapMatchesModel> {
    const context = registerContext();
    const need = { countries: gapCountries(gap), themeIds: gapThemeIds(gap), languages: lower(language) ?? [] };
    const [experts, institutions] = await Promise.all([this.allExperts(), this.allInstitutions()]);
    const size = Math.max(0, Math.min(first ?? 10, this.limits.maxPageSize));
    const rankedExperts = rankExperts(need, experts, context, size);
    const rankedInstitutions = rankInstitutions(need, institutions, context, size);
    return {
      languages: gapLanguages(need, context.profiles),
      expertCount: rankedExperts.total,
      experts: rankedExperts.matches,
      institutionCount: rankedInstitutions.total,
      institutions: rankedInstitutions.matches,
    };
  }

  /** The yearly roster report; names only for `withNames` (see canReadExpertDetails). */
  async rosterReport(year: number, format: ReportFormat, withNames: boolean): Promise<ReportFileModel> {
    const model = rosterReportOf(await this.allExperts(), year, withNames);
    const rendered = await renderRosterReport(model, format);
    const filename = `expert-roster-${year}.${rendered.extension}`;
    return typeof rendered.body === 'string'
      ? { filename, contentType: rendered.contentType, encoding: 'UTF8', content: rendered.body }
      : { filename, contentType: rendered.contentType, encoding: 'BASE64', content: rendered.body.toString('base64') };
  }

  async createExpert(input: Record<string, unknown>): Promise<Checked<Expert>> {
    const checked = checkExpert({ ...input, removedOn: null }, isThemeId, new Date().getUTCFullYear());
    if (!checked.ok) return checked;
    if (await this.em.findOne(Expert, { identifier: checked.value.identifier })) return refused('identifier', 'is already used by another expert');
    return this.write(Expert, null, checked.value, 'CREATE', 'expertId');
  }

  async updateExpert(id: string, patch: Record<string, unknown>): Promise<Checked<Expert> | null> {
    const expert = await this.expert(id);
    if (!expert) return null;
    const checked = checkExpert({ ...recordOfExpert(expert), ...defined(patch) }, isThemeId, new Date().getUTCFullYear());
    if (!checked.ok) return checked;
    return this.write(Expert, expert, checked.value, 'UPDATE', 'expertId');
  }

  async removeExpert(id: string, on: string | null | undefined): Promise<Checked<Expert> | null> {
    const expert = await this.expert(id);
    if (!expert) return null;
    if (expert.removedOn !== null) return refused('id', `was removed from the roster on ${expert.removedOn}`);
    const checked = checkExpert({ ...recordOfExpert(expert), removedOn: on ?? todayIso() }, isThemeId, new Date().getUTCFullYear());
    if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => (p.field === 'removedOn' ? { ...p, field: 'on' } : p)) };
    return this.write(Expert, expert, checked.value, 'WITHDRAW', 'expertId');
  }

  async createInstitution(input: Record<string, unknown>): Promise<Checked<Institution>> {
    const checked = checkInstitution({ ...input, removedOn: null }, isThemeId);
    if (!checked.ok) return checked;
    if (await this.em.findOne(Institution, { identifier: checked.value.identifier })) return refused('identifier', 'is already used by another institution');
    return this.write(Institution, null, checked.value, 'CREATE', 'institutionId');
  }

  async updateInstitution(id: string, patch: Record<string, unknown>): Promise<Checked<Institution> | null> {
    const institution = await this.institution(id);
    if (!institution) return null;
    const checked = checkInstitution({ ...recordOfInstitution(institution), ...defined(patch) }, isThemeId);
    if (!checked.ok) return checked;
    return this.write(Institution, institution, checked.value, 'UPDATE', 'institutionId');
  }

  async removeInstitution(id: string, on: string | null | undefined): Promise<Checked<Institution> | null> {
    const institution = await this.institution(id);
    if (!institution) return null;
    if (institution.removedOn !== null) return refused('id', `was removed from the compendium on ${institution.removedOn}`);
    const checked = checkInstitution({ ...recordOfInstitution(institution), removedOn: on ?? todayIso() }, isThemeId);
    if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => (p.field === 'removedOn' ? { ...p, field: 'on' } : p)) };
    return this.write(Institution, institution, checked.value, 'WITHDRAW', 'institutionId');
  }

  private async write<E extends Expert | Institution, R extends object>(
    entity: new () => E,
    before: E | null,
    record: R,
    action: 'CREATE' | 'UPDATE' | 'WITHDRAW',
    auditKey: 'expertId' | 'institutionId',
  ): Promise<Checked<E>> {
    const at = new Date();
    const previous = before ? (auditKey === 'expertId' ? recordOfExpert(before as Expert) : recordOfInstitution(before as Institution)) : null;
    const changes = registerChanges(previous as Record<string, unknown> | null, record);
    if (before && changes.length === 0) return { ok: true, value: before };
    const provenance = { file: null, importRunId: null, contentHash: registerContentHash(record), updatedAt: at };
    const written = before ? this.em.assign(before, { ...record, provenance } as never) : this.em.create(entity, { ...record, provenance } as never);
    await this.em.flush();
    this.expertsRead = undefined;
    this.institutionsRead = undefined;
    await this.audit.record({ activityId: null, [auditKey]: written.id, action, actor: this.actor(), at, changes, reason: null });
    this.auditTrailByExpert.clearAll();
    this.auditTrailByInstitution.clearAll();
    return { ok: true, value: written };
  }

  private actor(): AuditActor {
    return { keyId: this.viewer.keyId, label: this.viewer.keyLabel, role: this.viewer.role };
  }

  private page<T extends { name: string; id: string }>(items: readonly T[], first: number | null | undefined, after: string | null | undefined, key: string): Connection<T> {
    return pageOfList(items, { first, after }, { key, idPattern: ID, sortValue: (x) => x.name, id: (x) => x.id, descending: false, ...this.limits });
  }
}

/** The fields a patch gives (undefined: left out; null: cleared). */
function defined(patch: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

function refused<T>(field: string, message: string): Checked<T> {
  const problems: FieldProblem[] = [{ field, message }];
  return { ok: false, problems };
}

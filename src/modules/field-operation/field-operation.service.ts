import type { EntityManager } from '@mikro-orm/mongodb';
import DataLoader from 'dataloader';
import { type Collection, type Document, MongoServerError, ObjectId } from 'mongodb';
import { canEditOhchrActivities } from '../../auth/access';
import { forbidden, notFound } from '../../errors';
import type { Connection } from '../../pagination/cursor';
import { pageOfList } from '../../pagination/list-page';
import { canSeeActivity, type Viewer } from '../../viewer';
import type { PagingLimits } from '../activity/activity.service';
import { periodsIntersect } from '../analysis/period';
import { AuditEntry, type AuditAction, type FieldChange } from '../audit/audit-entry.entity';
import type { AuditService } from '../audit/audit.service';
import type { CoordinationCache } from '../coordination/coordination.cache';
import { FieldOperation } from './field-operation.entity';
import { assessExitStrategy, type CapacitySnapshot, type ExitStrategyAssessment, isCapacityActivity } from './exit-strategy';
import { FIELD_OPERATION_FIELD_NAMES, type FieldOperationFields, type FieldOperationKind } from './field-operation.model';
import { type FieldOperationProblem, validateFieldOperation } from './field-operation.validation';

export type FieldOperationConnection = Connection<FieldOperation>;

export interface FieldOperationFilterInput {
  country?: readonly string[] | null;
  kind?: readonly FieldOperationKind[] | null;
  flagged?: boolean | null;
  activeDuring?: { from?: string | null; to?: string | null } | null;
  includeWithdrawn?: boolean | null;
}

export type FieldOperationChanges = Partial<{ [K in keyof FieldOperationFields]: FieldOperationFields[K] | null }>;

export type FieldOperationWriteResult =
  | { ok: true; fieldOperation: FieldOperation; auditEntry: AuditEntry | null }
  | { ok: false; message: string; fieldErrors: FieldOperationProblem[] };

const OBJECT_ID = /^[0-9a-f]{24}$/i;
const API_FILE = 'api';
const given = <T>(v: readonly T[] | null | undefined): v is readonly T[] => Array.isArray(v) && v.length > 0;
const invalid = (fieldErrors: FieldOperationProblem[]): FieldOperationWriteResult => ({ ok: false, message: `The input has ${fieldErrors.length} problem(s); nothing was written.`, fieldErrors });
const fieldsOf = (op: FieldOperation): FieldOperationFields => ({
  identifier: op.identifier,
  name: op.name,
  country: op.country,
  kind: op.kind,
  start: op.start,
  end: op.end ?? null,
  mandate: op.mandate ?? null,
});

/** OHCHR field operations, their exit-strategy check as the viewer may see the activities, and the editors' writes. */
export class FieldOperationService {
  /** Exit-strategy checks by operation id, computed once per request from the current analyses. */
  readonly exitStrategyById: DataLoader<string, ExitStrategyAssessment>;
  private operations: Promise<FieldOperation[]> | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly cache: CoordinationCache,
    private readonly viewer: Viewer,
    private readonly audit: AuditService,
    private readonly limits: PagingLimits,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.exitStrategyById = new DataLoader(async (ids) => {
      const all = await this.all();
      const byId = new Map(all.map((op) => [op.id, op]));
      const activities = await this.capacityActivities(new Set(ids.map((id) => byId.get(id)?.country).filter((c): c is string => c !== undefined)));
      return ids.map((id) => {
        const op = byId.get(id);
        return op ? assessExitStrategy(op, activities.get(op.country) ?? []) : new Error(`field operation ${id} is gone`);
      });
    });
  }

  private collection(): Collection<Document> {
    return this.em.getConnection().getCollection<Document>('field_operations');
  }

  /** Every operation, by country, start, identifier (a few hundred at most: OHCHR's presences). */
  all(): Promise<FieldOperation[]> {
    this.operations ??= this.em.find(FieldOperation, {}).then((list) =>
      list.sort((a, b) => (a.country !== b.country ? (a.country < b.country ? -1 : 1) : a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.identifier < b.identifier ? -1 : 1)),
    );
    return this.operations;
  }

  /** Technical-cooperation or capacity-building activities the viewer may see, with a period, in `countries`, by country. */
  private async capacityActivities(countries: ReadonlySet<string>): Promise<Map<string, CapacitySnapshot[]>> {
    const state = await this.cache.current();
    const byCountry = new Map<string, CapacitySnapshot[]>();
    for (const s of state.snapshots) {
      if (!s.countries.some((c) => countries.has(c.code)) || !isCapacityActivity(s)) continue;
      const access = state.access.get(s.id);
      if (!access || !canSeeActivity(this.viewer, access)) continue;
      for (const c of s.countries) {
        const list = byCountry.get(c.code);
        if (list) list.push(s);
        else byCountry.set(c.code, [s]);
      }
    }
    return byCountry;
  }

  async list(filter: FieldOperationFilterInput | null | undefined): Promise<FieldOperation[]> {
    const f = filter ?? {};
    const countries = given(f.country) ? new Set(f.country.map((c) => c.trim().toUpperCase())) : null;
    const kinds = given(f.kind) ? new Set(f.kind) : null;
    const during = f.activeDuring && (f.activeDuring.from || f.activeDuring.to) ? { start: f.activeDuring.from ?? '0001-01-01', end: f.activeDuring.to ?? null } : null;
    let list = (await this.all()).filter(
      (op) =>
        (f.includeWithdrawn || op.state === 'ACTIVE') &&
        (!countries || countries.has(op.country)) &&
        (!kinds || kinds.has(op.kind)) &&
        (!during || periodsIntersect({ start: op.start, end: op.end ?? null }, during)),
    );
    if (f.flagged !== undefined && f.flagged !== null) {
      const checks = await this.exitStrategyById.loadMany(list.map((op) => op.id));
      list = list.filter((_, i) => {
        const check = checks[i];
        return !(check instanceof Error) && check !== undefined && check.flagged === f.flagged;
      });
    }
    return list;
  }

  async page(filter: FieldOperationFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<FieldOperationConnection> {
    const list = await this.list(filter);
    return pageOfList(list, { first, after }, {
      key: 'FIELD_OPERATION',
      idPattern: OBJECT_ID,
      sortValue: (op) => `${op.country}|${op.start}|${op.identifier}`,
      id: (op) => op.id,
      descending: false,
      defaultPageSize: this.limits.defaultPageSize,
      maxPageSize: this.limits.maxPageSize,
    });
  }

  async byId(id: string): Promise<FieldOperation | null> {
    return (await this.all()).find((op) => op.id === id) ?? null;
  }

  async byIdentifier(identifier: string): Promise<FieldOperation | null> {
    return (await this.all()).find((op) => op.identifier === identifier.trim()) ?? null;
  }

  /** Each operation's audit entries, oldest first, batched per request. */
  readonly auditTrailById = new DataLoader((ids: readonly string[]) => this.audit.bySubjectIds('fieldOperationId', ids));

  async create(input: FieldOperationChanges & Pick<FieldOperationFields, 'identifier'>): Promise<FieldOperationWriteResult> {
    this.requireEditor();
    const checked = validateFieldOperation({ identifier: input.identifier, name: input.name, country: input.country, kind: input.kind, start: input.start, end: input.end ?? null, mandate: input.mandate ?? null });
    if (!checked.ok) return invalid(checked.problems);
    const taken = invalid([{ field: 'identifier', message: `"${checked.fields.identifier}" is already a field operation` }]);
    if (await this.collection().findOne({ identifier: checked.fields.identifier }, { projection: { _id: 1 } })) return taken;
    const at = this.now();
    const document = { _id: new ObjectId(), ...checked.fields, state: 'ACTIVE' as const, sourceFile: API_FILE, importRunId: null, updatedAt: at };
    try {
      await this.collection().insertOne(document);
    } catch (err) {
      if (err instanceof MongoServerError && err.code === 11000) return taken;
      throw err;
    }
    const op = this.em.map(FieldOperation, document);
    const changes = FIELD_OPERATION_FIELD_NAMES.filter((f) => checked.fields[f] !== null).map((field) => ({ field, before: null, after: checked.fields[field] }));
    return { ok: true, fieldOperation: op, auditEntry: await this.record(op.id, 'CREATE', changes, at) };
  }

  async update(id: string, changes: FieldOperationChanges): Promise<FieldOperationWriteResult> {
    this.requireEditor();
    const current = await this.editable(id);
    if (!(current instanceof FieldOperation)) return current;
    const before = fieldsOf(current);
    const merged: Record<string, unknown> = { ...before };
    for (const [key, value] of Object.entries(changes)) if (value !== undefined && key !== 'identifier') merged[key] = value;
    const checked = validateFieldOperation(merged as { [K in keyof FieldOperationFields]: unknown });
    if (!checked.ok) return invalid(checked.problems);
    const changed = FIELD_OPERATION_FIELD_NAMES.filter((f) => before[f] !== checked.fields[f]).map((field) => ({ field, before: before[field], after: checked.fields[field] }));
    if (changed.length === 0) return { ok: true, fieldOperation: current, auditEntry: null };
    const at = this.now();
    const set = { ...checked.fields, sourceFile: API_FILE, importRunId: null, updatedAt: at };
    // Refused if someone else wrote the operation since it was read (no lost updates).
    const result = await this.collection().updateOne({ _id: current._id, updatedAt: current.updatedAt }, { $set: set });
    if (result.matchedCount === 0) return invalid([{ field: 'id', message: 'was changed by another request meanwhile; read it again and retry' }]);
    const op = this.em.map(FieldOperation, { ...set, _id: current._id, state: current.state });
    return { ok: true, fieldOperation: op, auditEntry: await this.record(op.id, 'UPDATE', changed, at) };
  }

  async withdraw(id: string, reason: string): Promise<FieldOperationWriteResult> {
    this.requireEditor();
    const why = reason.trim();
    if (why === '' || why.length > 1000) return invalid([{ field: 'reason', message: why === '' ? 'is required' : 'must be at most 1000 characters' }]);
    const current = await this.editable(id);
    if (!(current instanceof FieldOperation)) return current;
    const at = this.now();
    const result = await this.collection().updateOne({ _id: current._id, state: 'ACTIVE' }, { $set: { state: 'WITHDRAWN', updatedAt: at } });
    if (result.matchedCount === 0) return invalid([{ field: 'id', message: 'was withdrawn by another request meanwhile' }]);
    const op = this.em.map(FieldOperation, { ...fieldsOf(current), _id: current._id, sourceFile: current.sourceFile, importRunId: current.importRunId, state: 'WITHDRAWN', updatedAt: at });
    return { ok: true, fieldOperation: op, auditEntry: await this.record(op.id, 'WITHDRAW', [{ field: 'state', before: 'ACTIVE', after: 'WITHDRAWN' }], at, why) };
  }

  private requireEditor(): void {
    if (!canEditOhchrActivities(this.viewer)) throw forbidden('Writing field operations needs an OHCHR_EDITOR or ADMIN key.');
  }

  private async editable(id: string): Promise<FieldOperation | FieldOperationWriteResult> {
    const doc = OBJECT_ID.test(id) ? await this.collection().findOne({ _id: new ObjectId(id) }) : null;
    if (!doc) throw notFound('FieldOperation', id);
    if (doc.state !== 'ACTIVE') return invalid([{ field: 'id', message: 'is withdrawn' }]);
    return this.em.map(FieldOperation, doc);
  }

  private record(fieldOperationId: string, action: AuditAction, changes: FieldChange[], at: Date, reason: string | null = null): Promise<AuditEntry> {
    this.operations = undefined;
    this.auditTrailById.clear(fieldOperationId);
    this.exitStrategyById.clear(fieldOperationId);
    const actor = { keyId: this.viewer.keyId, label: this.viewer.keyLabel, role: this.viewer.role };
    return this.audit.record({ activityId: null, fieldOperationId, action, actor, at, changes, reason });
  }
}

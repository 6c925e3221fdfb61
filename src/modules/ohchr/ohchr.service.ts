import { bumpMirrorVersion } from '../activity/mirror-version';
import type { EntityManager } from '@mikro-orm/mongodb';
import { type Collection, type Document, MongoServerError, ObjectId } from 'mongodb';
import { canEditOhchrActivities } from '../../auth/access';
import { forbidden, notFound } from '../../errors';
import { activityContentHash } from '../../ingest/iati';
import { OHCHR_REF } from '../../ingest/ohchr/ohchr-csv';
import type { Viewer } from '../../viewer';
import { toActivityDocument } from '../activity/activity.document';
import { Activity } from '../activity/activity.entity';
import type { StoredActivity } from '../activity/activity.model';
import type { AuditAction, AuditEntry, FieldChange } from '../audit/audit-entry.entity';
import type { AuditService } from '../audit/audit.service';
import { themeIdsOf } from '../theme/theme-ids';
import { changedFields } from './ohchr.changes';
import { EMPTY_FIELDS, type OhchrActivityFields, fieldsOf, toOhchrRecord } from './ohchr.fields';
import { type FieldError, applyChanges, validateOhchrFields } from './ohchr.validation';

/** A write's outcome: the activity as stored (and the audit entry, null when nothing changed), or why it was refused. */
export type OhchrWriteResult =
  | { ok: true; activity: Activity; auditEntry: AuditEntry | null }
  | { ok: false; message: string; fieldErrors: FieldError[] };

export type OhchrActivityChanges = Partial<{ [K in keyof OhchrActivityFields]: OhchrActivityFields[K] | null }>;
export type NewOhchrActivity = Pick<OhchrActivityFields, 'identifier' | 'titleEn'> & Omit<OhchrActivityChanges, 'identifier' | 'titleEn'>;

const invalid = (fieldErrors: FieldError[]): OhchrWriteResult => ({
  ok: false,
  message: `The input has ${fieldErrors.length} problem(s); nothing was written.`,
  fieldErrors,
});

/** The provenance file of activities entered through the API (CSV imports record their file name). */
const API_FILE = 'api';

/**
 * OHCHR's own activities, written through the API into the mirror's `activities` collection in
 * the same shape as the CSV import, each write recorded in the audit trail.
 */
export class OhchrActivityService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly audit: AuditService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private collection(): Collection<Document> {
    return this.em.getConnection().getCollection<Document>('activities');
  }

  async create(input: NewOhchrActivity): Promise<OhchrWriteResult> {
    this.requireEditor();
    const validated = validateOhchrFields(applyChanges({ ...EMPTY_FIELDS, identifier: input.identifier, titleEn: input.titleEn }, input));
    if (!validated.ok) return invalid(validated.fieldErrors);
    const fields = validated.fields;
    const taken = invalid([{ field: 'identifier', message: `"${fields.identifier}" is already an OHCHR activity` }]);
    if (await this.collection().findOne({ iatiIdentifier: fields.identifier, 'reportingOrg.ref': OHCHR_REF }, { projection: { _id: 1 } })) return taken;

    const at = this.now();
    const document = { _id: new ObjectId(), ...this.document(fields, at) };
    try {
      await this.collection().insertOne(document);
    } catch (err) {
      if (err instanceof MongoServerError && err.code === 11000) return taken;
      throw err;
    }
    const activity = this.em.map(Activity, document);
    return { ok: true, activity, auditEntry: await this.record(activity.id, 'CREATE', changedFields(null, fields), at) };
  }

  async update(id: string, changes: OhchrActivityChanges): Promise<OhchrWriteResult> {
    this.requireEditor();
    const current = await this.editable(id);
    if (!(current instanceof Activity)) return current;
    const before = fieldsOf(current, current.restricted, current.internalNotes ?? null);
    const validated = validateOhchrFields(applyChanges(before, { ...changes, identifier: undefined }));
    if (!validated.ok) return invalid(validated.fieldErrors);
    const changed = changedFields(before, validated.fields);
    if (changed.length === 0) return { ok: true, activity: current, auditEntry: null };

    const at = this.now();
    const document = this.document(validated.fields, at);
    // Refused if someone else wrote the activity since it was read (no lost updates).
    const result = await this.collection().updateOne({ _id: current._id, 'provenance.importedAt': current.provenance.importedAt }, { $set: document });
    if (result.matchedCount === 0) return invalid([{ field: 'id', message: 'was changed by another request meanwhile; read it again and retry' }]);
    const activity = this.em.map(Activity, { ...document, _id: current._id });
    return { ok: true, activity, auditEntry: await this.record(activity.id, 'UPDATE', changed, at) };
  }

  async withdraw(id: string, reason: string): Promise<OhchrWriteResult> {
    this.requireEditor();
    const why = reason.trim();
    if (why === '' || why.length > 1000) return invalid([{ field: 'reason', message: why === '' ? 'is required' : 'must be at most 1000 characters' }]);
    const current = await this.editable(id);
    if (!(current instanceof Activity)) return current;

    const at = this.now();
    const set = { mirrorState: 'WITHDRAWN', withdrawnAt: at, 'provenance.importedAt': at };
    const result = await this.collection().updateOne({ _id: current._id, mirrorState: 'ACTIVE' }, { $set: set });
    if (result.matchedCount === 0) return invalid([{ field: 'id', message: 'was withdrawn by another request meanwhile' }]);
    const doc = await this.collection().findOne({ _id: current._id });
    const activity = this.em.map(Activity, doc!);
    const changes = [{ field: 'mirrorState', before: 'ACTIVE', after: 'WITHDRAWN' }];
    return { ok: true, activity, auditEntry: await this.record(activity.id, 'WITHDRAW', changes, at, why) };
  }

  private requireEditor(): void {
    if (!canEditOhchrActivities(this.viewer)) throw forbidden('Writing OHCHR activities needs an OHCHR_EDITOR or ADMIN key.');
  }

  /** The active OHCHR activity `id`, or the reason it cannot be edited; NOT_FOUND when there is none. */
  private async editable(id: string): Promise<Activity | OhchrWriteResult> {
    const doc = /^[0-9a-f]{24}$/i.test(id) ? await this.collection().findOne({ _id: new ObjectId(id) }) : null;
    if (!doc) throw notFound('Activity', id);
    if (doc.origin !== 'OHCHR') return invalid([{ field: 'id', message: 'is an IATI activity: it changes only through its publisher’s files' }]);
    if (doc.mirrorState !== 'ACTIVE') return invalid([{ field: 'id', message: 'is withdrawn' }]);
    return this.em.map(Activity, doc);
  }

  /** The stored document, as the mirror writes OHCHR records (provenance, content hash, derived fields). */
  private document(fields: OhchrActivityFields, at: Date): Document {
    const record = toOhchrRecord(fields, at.toISOString());
    const stored: StoredActivity = {
      ...record,
      origin: 'OHCHR',
      mirrorState: 'ACTIVE',
      restricted: fields.restricted,
      provenance: {
        source: 'OHCHR',
        file: API_FILE,
        contentHash: activityContentHash(record) + (fields.restricted ? ':restricted' : ''),
        importRunId: API_FILE,
        importedAt: at,
        lastUpdated: record.lastUpdated,
      },
      warnings: [],
    };
    return { ...toActivityDocument(stored, themeIdsOf(record)), internalNotes: fields.internalNotes };
  }

  /** Called after every write: records the audit entry and tells cached analyses the mirror changed. */
  private async record(activityId: string, action: AuditAction, changes: FieldChange[], at: Date, reason: string | null = null): Promise<AuditEntry> {
    await bumpMirrorVersion(this.em.getConnection().getDb());
    const actor = { keyId: this.viewer.keyId, label: this.viewer.keyLabel, role: this.viewer.role };
    return this.audit.record({ activityId, action, actor, at, changes, reason });
  }
}

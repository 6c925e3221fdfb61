import type { EntityManager } from '@mikro-orm/mongodb';
import { ObjectId, type Collection, type Document, type Filter } from 'mongodb';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../../pagination/cursor';
import type { PagingLimits } from '../activity/activity.service';
import { ImportRun } from './import-run.entity';

export type ImportRunConnection = Connection<ImportRun>;

/** Import runs are listed newest first: start time, then id, both descending. */
const ORDER = 'STARTED_AT';

/** Reads the record of imports for one request. */
export class ImportRunService {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: PagingLimits,
  ) {}

  private collection(): Collection<Document> {
    return this.em.getConnection().getCollection<Document>('import_runs');
  }

  async page(first: number | null | undefined, after: string | null | undefined): Promise<ImportRunConnection> {
    const size = pageSize(first, this.limits.defaultPageSize, this.limits.maxPageSize);
    let query: Filter<Document> = {};
    if (after) {
      const position = decodeCursor(after, ORDER);
      const startedAt = new Date(position.value);
      const id = new ObjectId(position.id);
      query = { $or: [{ startedAt: { $lt: startedAt } }, { startedAt, _id: { $lt: id } }] };
    }
    const docs = size === 0 ? [] : await this.collection().find(query).sort({ startedAt: -1, _id: -1 }).limit(size + 1).toArray();
    const rows = docs.map((doc) => this.em.map(ImportRun, doc));
    const cursorOf = (run: ImportRun) => encodeCursor({ key: ORDER, value: new Date(run.startedAt).toISOString(), id: run.id });
    return toConnection(rows, size, cursorOf, Boolean(after), () => this.collection().countDocuments({}));
  }
}

import type { AnyBulkWriteOperation, Collection, Document } from 'mongodb';

/**
 * Operations per bulkWrite call. The embedded engine (FerretDB 1.24 on SQLite) never answers an
 * update command of 100 or more statements (and stays stuck for later writes), so large batches
 * are cut below that; MongoDB is indifferent to the size.
 */
export const MAX_OPERATIONS_PER_BULK_WRITE = 50;

/** bulkWrite in order, in chunks that both engines answer. */
export async function bulkWriteInChunks<T extends Document>(
  collection: Collection<T>,
  operations: readonly AnyBulkWriteOperation<T>[],
  ordered = true,
): Promise<void> {
  for (let start = 0; start < operations.length; start += MAX_OPERATIONS_PER_BULK_WRITE) {
    await collection.bulkWrite(operations.slice(start, start + MAX_OPERATIONS_PER_BULK_WRITE), { ordered });
  }
}

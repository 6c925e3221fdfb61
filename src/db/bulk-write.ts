import type { AnyBulkWriteOperation, Collection, Document } from 'mongodb';

/**
 * Operations per bulkWrite call: large enough that an import batch goes in one call, small
 * enough to keep a command's size well under the 16 MB message limit of both engines.
 */
export const MAX_OPERATIONS_PER_BULK_WRITE = 500;

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

import { Readable } from 'node:stream';
import {
  isSkipped,
  readIatiActivities,
  readIatiFile,
  type IatiActivityItem,
  type ParsedActivity,
  type SkippedActivity,
} from '../../../../src/ingest/iati';

export async function collect(items: AsyncIterable<IatiActivityItem>): Promise<IatiActivityItem[]> {
  const result: IatiActivityItem[] = [];
  for await (const item of items) result.push(item);
  return result;
}

/** Every activity of a file, skipped ones left out. */
export async function parsedActivities(file: string): Promise<ParsedActivity[]> {
  return (await collect(readIatiFile(file))).filter((item): item is ParsedActivity => !isSkipped(item));
}

export async function skippedActivities(file: string): Promise<SkippedActivity[]> {
  return (await collect(readIatiFile(file))).filter(isSkipped);
}

/** Reads XML given in memory, cut into chunks of `chunkSize` bytes. */
export function readXml(xml: string | Buffer, file = 'inline.xml', chunkSize = 64 * 1024): AsyncGenerator<IatiActivityItem> {
  const bytes = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  return readIatiActivities(Readable.from(chunks), { file });
}

/** Runs `items` to the end and returns what was yielded and what was thrown. */
export async function outcome(items: AsyncIterable<IatiActivityItem>): Promise<{ yielded: IatiActivityItem[]; error: unknown }> {
  const yielded: IatiActivityItem[] = [];
  try {
    for await (const item of items) yielded.push(item);
    return { yielded, error: undefined };
  } catch (error) {
    return { yielded, error };
  }
}

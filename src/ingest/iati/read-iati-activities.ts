import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { ActivityRecord, RecordWarning } from '../../modules/activity/activity.model';
import { IatiDocumentParser, type ActivityOutcome } from './iati-document-parser';
import type { SkipReason } from './normalise-activity';

/** An activity read and normalised. */
export interface ParsedActivity {
  record: ActivityRecord;
  warnings: RecordWarning[];
  /** Line of the `<iati-activity>` start tag. */
  line: number;
  /** IATI version the activity was published in, when the file says. */
  iatiVersion: string | null;
}

/** An activity left out (no iati-identifier or no reporting-org/@ref); the caller counts these. */
export interface SkippedActivity {
  skipped: SkipReason;
}

export type IatiActivityItem = ParsedActivity | SkippedActivity;

export function isSkipped(item: IatiActivityItem): item is SkippedActivity {
  return 'skipped' in item;
}

export interface ReadIatiOptions {
  /** Name used in errors and provenance (a path or URL). */
  file: string;
}

/**
 * Streams the activities of an IATI activity file, each yielded once its `</iati-activity>` has
 * been read and (at the latest) at the end of the chunk that closed it. Memory stays bounded by
 * the largest activity, whatever the file size. Bytes are decoded as UTF-8; others refuse the file.
 *
 * Throws IatiFileError (from the generator) when the file is not well-formed, has a DOCTYPE, or
 * is not an `iati-activities` document. Activities yielded before the error are not to be
 * trusted: callers that must not change anything for a bad file first run a full pass
 * (`scanIatiFile`) and only then read it again to import.
 */
export async function* readIatiActivities(
  input: NodeJS.ReadableStream | AsyncIterable<Buffer | string>,
  opts: ReadIatiOptions,
): AsyncGenerator<IatiActivityItem> {
  const parser = new IatiDocumentParser(opts.file);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    parser.write(typeof chunk === 'string' ? decodeOrRefuse(parser, decoder) + chunk : decodeOrRefuse(parser, decoder, chunk));
    yield* parser.takeOutcomes().map(toItem);
  }
  parser.write(decodeOrRefuse(parser, decoder));
  parser.close();
  yield* parser.takeOutcomes().map(toItem);
}

/** `readIatiActivities` over a file on disk; `file` in errors defaults to the base name. */
export function readIatiFile(filePath: string, opts: Partial<ReadIatiOptions> = {}): AsyncGenerator<IatiActivityItem> {
  const stream = createReadStream(filePath, { highWaterMark: 64 * 1024 });
  return readIatiActivities(stream, { file: opts.file ?? path.basename(filePath) });
}

/**
 * The next chunk as text. Bytes that are not UTF-8 refuse the file at their position: the text
 * before them goes to the parser first, so that the error names their line and column.
 */
function decodeOrRefuse(parser: IatiDocumentParser, decoder: InstanceType<typeof TextDecoder>, chunk?: Buffer): string {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
  } catch {
    if (chunk !== undefined) {
      const lenient = new TextDecoder('utf-8').decode(chunk);
      parser.write(lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))));
    }
    return parser.failNotUtf8();
  }
}

function toItem(outcome: ActivityOutcome): IatiActivityItem {
  if ('skipped' in outcome) return { skipped: outcome.skipped };
  return { record: outcome.record, warnings: outcome.warnings, line: outcome.line, iatiVersion: outcome.iatiVersion };
}

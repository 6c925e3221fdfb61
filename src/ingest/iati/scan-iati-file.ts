import path from 'node:path';
import { fileHead, sniffInputKind, wrongKindProblem } from '../input-kind';
import { IatiFileError } from './iati-file-error';
import type { SkipReason } from './normalise-activity';
import { isSkipped, readIatiFile, type ReadIatiOptions } from './read-iati-activities';

/** What a full validation pass over an IATI file found. */
export interface IatiFileScan {
  file: string;
  /** Activities that will be imported. */
  activities: number;
  /** Activities per reporting-org/@ref. */
  byReportingOrg: Record<string, number>;
  skipped: SkipReason[];
  /** Warnings over all activities. */
  warnings: number;
}

/**
 * Reads a whole file once, keeping only counts, so that a caller can refuse a bad file before
 * touching the mirror. Throws IatiFileError as `readIatiActivities` does. Once `opts.signal` is
 * aborted it stops between two activities, with the counts so far.
 */
export async function scanIatiFile(filePath: string, opts: Partial<ReadIatiOptions> & { signal?: AbortSignal } = {}): Promise<IatiFileScan> {
  const problem = wrongKindProblem(sniffInputKind(fileHead(filePath)), 'IATI_XML', ['IATI_XML', 'XML', 'UNKNOWN', 'EMPTY']);
  if (problem) throw new IatiFileError('NOT_IATI', opts.file ?? path.basename(filePath), 1, 1, problem);
  const scan: IatiFileScan = { file: opts.file ?? filePath, activities: 0, byReportingOrg: {}, skipped: [], warnings: 0 };
  for await (const item of readIatiFile(filePath, opts)) {
    if (opts.signal?.aborted) break;
    if (isSkipped(item)) {
      scan.skipped.push(item.skipped);
      continue;
    }
    const ref = item.record.reportingOrg.ref;
    scan.activities++;
    scan.byReportingOrg[ref] = (scan.byReportingOrg[ref] ?? 0) + 1;
    scan.warnings += item.warnings.length;
  }
  return scan;
}

import type { Period } from '../analysis/period';

/** Where a 3W presence record came from. */
export interface PresenceProvenance {
  /** Always "OCHA 3W". */
  source: string;
  /** The file's name: provenance, not the dataset key (a newer file of the same country and period replaces it). */
  file: string;
  /** Lines (CSV) or row numbers (XLSX) of the rows behind the record. */
  rows: number[];
  /** The HDX metadata file that gave the period or country, when one did. */
  hdxMetadata: string | null;
  /** When HDX last changed the file (from its HDX metadata); null when unknown. */
  fileModified?: string | null;
  contentHash: string;
  importRunId: string;
  importedAt: Date;
}

/**
 * One organisation × cluster × place of an OCHA 3W file: field presence, not an activity.
 * `origin` is always "3W"; records are mirrored like activities (ACTIVE, WITHDRAWN, never deleted).
 */
export interface StoredPresence {
  /** sha256 of identity and period: unique. */
  key: string;
  /** sha256 of country, organisation, cluster and place. */
  identity: string;
  /** Country and period of the 3W: a newer file of the same dataset key withdraws what it no longer lists. */
  datasetKey: string;
  origin: '3W';
  country: string;
  period: Period & { end: string };
  organisation: { ref: string; acronym: string | null; name: string | null; type: string | null; matched: boolean };
  cluster: { id: string; name: string; asWritten: string[] };
  themeIds: string[];
  place: { adm1Code: string | null; adm1Name: string | null; adm2Code: string | null; adm2Name: string | null };
  mirrorState: 'ACTIVE' | 'WITHDRAWN';
  withdrawnAt: Date | null;
  provenance: PresenceProvenance;
}

export const PRESENCE_SOURCE = 'OCHA 3W';
export const PRESENCES = 'presences';

/** The dataset key of a country and period: "AF 2024-01-01/2024-03-31". */
export const presenceDatasetKey = (country: string, period: { start: string; end: string }) => `${country} ${period.start}/${period.end}`;

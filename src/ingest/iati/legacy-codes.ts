/**
 * IATI 1.0x spellings still seen in published files, mapped to their 2.0x codes. Keys are
 * upper-case; look up with the published value upper-cased.
 */

/** 1.0x textual OrganisationRole → 2.0x numeric role. */
export const ROLE_BY_NAME: Readonly<Record<string, number>> = {
  FUNDING: 1,
  ACCOUNTABLE: 2,
  EXTENDING: 3,
  IMPLEMENTING: 4,
};

/** 1.0x ActivityDateType → 2.0x code. */
export const DATE_TYPE_BY_NAME: Readonly<Record<string, string>> = {
  'START-PLANNED': '1',
  'START-ACTUAL': '2',
  'END-PLANNED': '3',
  'END-ACTUAL': '4',
};

/** 1.0x TransactionType letters → 2.0x code. */
export const TRANSACTION_TYPE_BY_LETTER: Readonly<Record<string, string>> = {
  IF: '1',
  C: '2',
  D: '3',
  E: '4',
  IR: '5',
  LR: '6',
  R: '7',
  QP: '8',
  QS: '9',
  CG: '11',
};

/** 1.0x SectorVocabulary names → 2.0x code. */
export const SECTOR_VOCABULARY_BY_NAME: Readonly<Record<string, string>> = {
  DAC: '1',
  'DAC-3': '2',
  COFOG: '3',
  NACE: '4',
  NTEE: '5',
  RO2: '98',
  RO: '99',
};

/** 1.0x PolicyMarkerVocabulary names → 2.0x code. */
export const POLICY_MARKER_VOCABULARY_BY_NAME: Readonly<Record<string, string>> = {
  DAC: '1',
  RO: '99',
};

/** 1.0x ActivityStatus names (the element's text, or a textual @code) → 2.0x code. */
export const ACTIVITY_STATUS_BY_NAME: Readonly<Record<string, string>> = {
  PIPELINE: '1',
  'PIPELINE/IDENTIFICATION': '1',
  IDENTIFICATION: '1',
  IMPLEMENTATION: '2',
  COMPLETION: '3',
  FINALISATION: '3',
  'POST-COMPLETION': '4',
  CLOSED: '4',
  CANCELLED: '5',
  SUSPENDED: '6',
};

/** 1.0x textual OrganisationType names → 2.0x code. */
export const ORGANISATION_TYPE_BY_NAME: Readonly<Record<string, string>> = {
  GOVERNMENT: '10',
  'OTHER PUBLIC SECTOR': '15',
  'INTERNATIONAL NGO': '21',
  'NATIONAL NGO': '22',
  'REGIONAL NGO': '23',
  'PUBLIC PRIVATE PARTNERSHIP': '30',
  MULTILATERAL: '40',
  FOUNDATION: '60',
  'PRIVATE SECTOR': '70',
  'ACADEMIC, TRAINING AND RESEARCH': '80',
  OTHER: '90',
};

/**
 * A 1.0x textual code mapped through `table`, or null when `code` is not one of its names.
 * Used where the mapping must be reported (a warning says the text was mapped).
 */
export function legacyCode(table: Readonly<Record<string, string>>, code: string): string | null {
  return table[code.trim().toUpperCase()] ?? null;
}

/** A published code translated through `table` when it is a 1.0x spelling, else as given. */
export function modernCode(table: Readonly<Record<string, string>>, code: string): string {
  return table[code.toUpperCase()] ?? code;
}

/**
 * An OHCHR field operation: a monitoring or preventive presence in one country for a period
 * (para 5 of the founding resolution asks that each include an exit strategy based on technical
 * cooperation and national capacity).
 */

/** MONITORING: a human-rights monitoring presence; PREVENTIVE: a presence set up to prevent violations. */
export type FieldOperationKind = 'MONITORING' | 'PREVENTIVE';

export const FIELD_OPERATION_KINDS: readonly FieldOperationKind[] = ['MONITORING', 'PREVENTIVE'];

/** The fields of a field operation, as the CSV template and the mutations give them. */
export interface FieldOperationFields {
  /** OHCHR's identifier of the operation; unique, no spaces. */
  identifier: string;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  kind: FieldOperationKind;
  /** ISO date. */
  start: string;
  /** ISO date; null while no end is set (open-ended). */
  end: string | null;
  /** The mandate in a sentence (optional). */
  mandate: string | null;
}

export const FIELD_OPERATION_FIELD_NAMES: readonly (keyof FieldOperationFields)[] = ['identifier', 'name', 'country', 'kind', 'start', 'end', 'mandate'];

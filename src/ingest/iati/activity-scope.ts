import type { RecordWarnings } from './record-warnings';

/** What every part of the reducer needs to know about the activity it is reducing. */
export interface ActivityScope {
  /** The activity's iati-identifier (for messages). */
  readonly identifier: string;
  /** Line of the `<iati-activity>` start tag. */
  readonly line: number;
  /** Normalised default language (activity, else file `xml:lang`); null when neither gave one. */
  readonly lang: string | null;
  /** Activity `default-currency`, upper-cased; null when absent. */
  readonly currency: string | null;
  readonly warnings: RecordWarnings;
}

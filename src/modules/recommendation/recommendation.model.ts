/**
 * A human-rights recommendation in the shape of OHCHR's Universal Human Rights Index (UHRI)
 * exports (AnnotationId, Symbol, Text, PublicationDate, Body, Countries[], Themes[],
 * AffectedPersons[], Sdgs[], Regions[]; UPR records add the recommending State and the position),
 * plus Concord's follow-up fields (status, linkedActivityIds). Importers reduce UHRI's PascalCase
 * fields to this shape and set `status` to 'OPEN' when the source says nothing.
 */

export type RecommendationBodyType = 'TREATY_BODY' | 'SPECIAL_PROCEDURE' | 'UPR';

/** Position of the State under review on a UPR recommendation. */
export type UprPosition = 'SUPPORTED' | 'NOTED';

/** Follow-up status in Concord: OPEN until a coordination meeting closes it. */
export type RecommendationStatus = 'OPEN' | 'CLOSED';

export const DEFAULT_RECOMMENDATION_STATUS: RecommendationStatus = 'OPEN';

export interface RecommendationBody {
  type: RecommendationBodyType;
  /** e.g. "Committee on the Rights of the Child", "Special Rapporteur on the right to food", "UPR". */
  name: string;
}

export interface RecommendationRecord {
  /** UHRI AnnotationId: unique per recommendation. */
  annotationId: string;
  /** UN document symbol the recommendation was published in. */
  symbol: string;
  text: string;
  /** ISO date YYYY-MM-DD. */
  publicationDate: string;
  body: RecommendationBody;
  /** Countries concerned, ISO 3166-1 alpha-2 upper case. */
  countries: string[];
  /** UHRI theme names as published (mapped onto Concord themes by data/themes.json `uhriThemes`). */
  themes: string[];
  /** UHRI affected persons, e.g. "Children", "Women & girls". */
  affectedPersons: string[];
  /** SDG goals ("16") or targets ("16.3") as published. */
  sdgs: string[];
  /** UHRI regions as published. */
  regions: string[];
  /** UPR only: the State that made the recommendation, as published. */
  uprRecommendingState?: string;
  /** UPR only. */
  uprPosition?: UprPosition;
  status: RecommendationStatus;
  /** Activities recorded as following up this recommendation (Concord ids). */
  linkedActivityIds?: string[];
}

import type { Region } from './country-profile';

/**
 * The two registers of the resolution's programme, as plain records: the roster of experts
 * available for technical cooperation (paras 6, 11, 13) and the compendium of institutions and
 * resource centres (para 12). Entities, CSV rows and mutation inputs all reduce to these.
 */

export const AVAILABILITIES = ['AVAILABLE', 'LIMITED', 'UNAVAILABLE'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const INSTITUTION_KINDS = ['NHRI', 'UNIVERSITY', 'NGO', 'RESOURCE_CENTRE', 'GOVERNMENT', 'REGIONAL_BODY', 'OTHER'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** GANHRI accreditation of a national human-rights institution, where known. */
export const ACCREDITATIONS = ['A', 'B', 'NOT_ACCREDITED'] as const;
export type Accreditation = (typeof ACCREDITATIONS)[number];

/** The State that nominated an expert, and when. */
export interface Nomination {
  /** ISO 3166-1 alpha-2. */
  state: string;
  /** YYYY-MM-DD. */
  date: string;
}

export interface ExpertRecord {
  /** The roster's own identifier, unique (e.g. EXP-2026-001). */
  identifier: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  /** Countries of experience, alpha-2. */
  countries: string[];
  /** Regions of experience given explicitly (those of `countries` count too). */
  regions: Region[];
  /** Theme ids of data/themes.json. */
  themes: string[];
  /** ISO 639-1, lower case. */
  languages: string[];
  nominatedBy: Nomination | null;
  availability: Availability;
  /** The year the expert joined the roster. */
  rosterYear: number;
  /** The day the expert left the roster; null while on it. */
  removedOn: string | null;
}

export interface InstitutionRecord {
  identifier: string;
  name: string;
  country: string;
  kind: InstitutionKind;
  themes: string[];
  /** Working languages, ISO 639-1; empty: those of its country. */
  languages: string[];
  accreditation: Accreditation | null;
  /** How to reach it (office, e-mail, web address); may name a person, so it is restricted like experts' details. */
  contact: string | null;
  removedOn: string | null;
}

export const EXPERT_FIELDS = ['identifier', 'name', 'nationality', 'countries', 'regions', 'themes', 'languages', 'nominatedBy', 'availability', 'rosterYear', 'removedOn'] as const;
export const INSTITUTION_FIELDS = ['identifier', 'name', 'country', 'kind', 'themes', 'languages', 'accreditation', 'contact', 'removedOn'] as const;

import DataLoader from 'dataloader';
import { type CountryRef, countryOf } from './country.model';

export interface CountryLoaders {
  /** Countries by code from the codelist (no database command); null for codes not in the codelist. */
  countryByCode: DataLoader<string, CountryRef | null>;
}

export function createCountryLoaders(): CountryLoaders {
  return { countryByCode: new DataLoader(async (codes) => codes.map(countryOf)) };
}

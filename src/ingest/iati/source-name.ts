import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../../paths';

interface KnownOrganisation {
  ref: string;
  acronym: string;
}

let acronyms: ReadonlyMap<string, string> | undefined;

function acronymByRef(): ReadonlyMap<string, string> {
  if (!acronyms) {
    const file = path.join(dataDir, 'organisations.json');
    const { organisations } = JSON.parse(readFileSync(file, 'utf8')) as { organisations: KnownOrganisation[] };
    acronyms = new Map(organisations.map((organisation) => [organisation.ref, organisation.acronym]));
  }
  return acronyms;
}

/**
 * The provenance source name for a reporting organisation: its acronym from
 * data/organisations.json ("XM-DAC-41114" → "UNDP"); an unknown ref is returned as given.
 */
export function sourceNameForOrg(ref: string): string {
  return acronymByRef().get(ref.trim()) ?? ref;
}

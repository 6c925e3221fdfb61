import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Period } from '../../modules/analysis/period';
import { periodOfHdxDatasetDate } from './period';

/** What an HDX dataset's metadata says of a 3W file. */
export interface HdxMetadata {
  /** The metadata file's name. */
  file: string;
  datasetName: string;
  period: Period | null;
  /** ISO alpha-3 codes of the dataset's country groups (HDX names them "afg"), upper case. */
  countryAlpha3: string[];
  licence: string | null;
  /** When HDX last changed the file itself (the resource's last_modified, ISO date-time); null when not given. */
  fileModified: string | null;
}

const key = (name: string) => name.toLowerCase().replace(/\.[a-z0-9]+$/, '').replace(/[^a-z0-9]+/g, '');

/**
 * The HDX metadata (`*.hdx-metadata.json`, the CKAN dataset record) next to a 3W file that lists
 * it among its resources (names compared without case, punctuation or extension). Null when none.
 */
export function findHdxMetadata(filePath: string, displayName: string): HdxMetadata | null {
  const dir = path.dirname(filePath);
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.hdx-metadata.json')).sort();
  } catch {
    return null;
  }
  const wanted = new Set([key(path.basename(filePath)), key(path.basename(displayName))]);
  for (const name of names) {
    let dataset: Record<string, unknown>;
    try {
      dataset = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown>;
    } catch {
      continue;
    }
    const resources = Array.isArray(dataset.resources) ? (dataset.resources as { name?: unknown; last_modified?: unknown }[]) : [];
    const resource = resources.find((r) => typeof r.name === 'string' && wanted.has(key(r.name)));
    if (!resource) continue;
    return {
      file: name,
      datasetName: String(dataset.name ?? name),
      period: typeof dataset.dataset_date === 'string' ? periodOfHdxDatasetDate(dataset.dataset_date) : null,
      countryAlpha3: countryGroupsOf(dataset),
      licence: typeof dataset.license_id === 'string' ? dataset.license_id : null,
      fileModified: typeof resource.last_modified === 'string' && /^\d{4}-\d{2}-\d{2}/.test(resource.last_modified) ? resource.last_modified : null,
    };
  }
  return null;
}

function countryGroupsOf(dataset: Record<string, unknown>): string[] {
  const groups = Array.isArray(dataset.groups) ? (dataset.groups as { name?: unknown }[]) : [];
  return groups.map((g) => g.name).filter((n): n is string => typeof n === 'string' && /^[a-z]{3}$/i.test(n)).map((n) => n.toUpperCase());
}

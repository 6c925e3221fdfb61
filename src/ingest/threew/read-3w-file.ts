import { createHash } from 'node:crypto';
import type { Period } from '../../modules/analysis/period';
import { InvalidInputFileError, type InputProblem } from '../input-problems';
import { globalClusterOf } from './cluster-match';
import { columnLetter, type ColumnLayout, locateColumns, type UnknownColumn } from './columns';
import { findHdxMetadata, type HdxMetadata } from './hdx-metadata';
import { type OrganisationIdentity, organisationMatcher } from './organisation-match';
import { alpha2Of, countryOfPcode } from './pcodes';
import { periodOfDateCell, spanOf } from './period';
import { read3wTable } from './table-reader';
import { type ColumnRole, normaliseName, type ThreewVocabulary, threewVocabulary } from './threew-vocabulary';

/** Where a presence is: admin-1 and, when the file has it, admin-2 (P-codes and names as written). */
export interface PresencePlace {
  adm1Code: string | null;
  adm1Name: string | null;
  adm2Code: string | null;
  adm2Name: string | null;
}

/** One organisation × cluster × place of a 3W file, from every row that lists it. */
export interface PresenceDraft {
  /** sha256 of country, organisation, cluster and place: the presence's identity across files. */
  identity: string;
  country: string;
  organisation: OrganisationIdentity & { acronym: string | null; name: string | null; type: string | null };
  cluster: { id: string; name: string; themeIds: string[]; asWritten: string[] };
  place: PresencePlace;
  /** Lines (CSV) or row numbers (XLSX) of the rows, ascending. */
  rows: number[];
}

/** A row left out, with the one-line reason. */
export interface RefusedRow {
  line: number;
  reason: string;
}

/** An organisation the alias list did not match, with the identity it got and its first row. */
export interface UnmatchedOrganisation {
  ref: string;
  acronym: string | null;
  name: string | null;
  firstRow: number;
  rows: number;
}

export interface ThreewReading {
  file: string;
  sheet: string | null;
  /** HXL: columns found by the hashtag row; HEADERS: by human headers (the file has no HXL row). */
  via: ColumnLayout['via'];
  country: string;
  countryFrom: 'PCODES' | 'COUNTRY_COLUMN' | 'HDX_METADATA' | 'FLAG';
  period: Period & { end: string };
  periodFrom: 'DATE_COLUMNS' | 'HDX_METADATA' | 'FLAGS';
  hdxMetadata: string | null;
  /** When HDX last changed the file (its HDX metadata); null when unknown. Tells a newer file of the same country and period from an older one. */
  fileModified: string | null;
  /** Data rows that are not empty. */
  rowsRead: number;
  presences: PresenceDraft[];
  refusedRows: RefusedRow[];
  unmatchedOrganisations: UnmatchedOrganisation[];
  notUnderstood: UnknownColumn[];
}

export interface ThreewReadOptions {
  displayName: string;
  /** --country: used when neither the file nor its HDX metadata names the country; must agree otherwise. */
  country?: string;
  /** --from/--to: used when neither the file's dates nor its HDX metadata give the period; must agree otherwise. */
  period?: { start: string; end: string };
  vocabulary?: ThreewVocabulary;
}

/**
 * Reads a whole 3W file (CSV or XLSX) into presences, without writing anything. Refuses the file
 * (InvalidInputFileError) when its columns cannot be found, an organisation, cluster or place
 * column is missing, or its country or period is unknown or contradicts the flags. Rows without
 * an organisation, a cluster or a place, and rows of an unknown cluster, are left out, each with
 * one line.
 */
export async function read3wFile(filePath: string, opts: ThreewReadOptions): Promise<ThreewReading> {
  const file = opts.displayName;
  const vocabulary = opts.vocabulary ?? threewVocabulary();
  const table = await read3wTable(filePath, file, (rows) => locateColumns(rows, vocabulary.headerMap) !== null);
  const refuse = (message: string, field: string | null = null, line: number | null = null): never => {
    throw new InvalidInputFileError(file, [{ file, line, record: null, field, message }]);
  };
  const layout = locateColumns(table.rows, vocabulary.headerMap);
  if (!layout) {
    return refuse(
      `no HXL hashtag row (#org, #sector +cluster, #adm1, …) and no header row Concord recognises in the first 25 rows${table.sheet ? ` of sheet "${table.sheet}"` : ''}: add the HXL row, or name the columns as data/3w/header-map.json lists`,
    );
  }
  const c = layout.columns;
  const headerLine = table.lines[layout.headerRow] ?? layout.headerRow + 1;
  const missing: InputProblem[] = [];
  const need = (roles: ColumnRole[], what: string) => {
    if (roles.every((r) => c[r] === undefined)) missing.push({ file, line: headerLine, record: null, field: roles.join('|'), message: `no ${what} column` });
  };
  need(['orgName', 'orgAcronym'], 'organisation (#org, or a header such as "Organisation" or "Acronym")');
  need(['clusterName', 'clusterCode'], 'cluster (#sector +cluster, or a header such as "Sector" or "Cluster")');
  need(['adm1Code', 'adm1Name', 'adm2Code', 'adm2Name'], 'place (#adm1/#adm2, or a header such as "Province", "State", "District" or "LGA")');
  if (missing.length > 0) throw new InvalidInputFileError(file, missing);

  const cell = (row: readonly string[], role: ColumnRole): string | null => {
    const i = c[role];
    const v = i === undefined ? '' : (row[i] ?? '').trim();
    return v === '' ? null : v;
  };
  const data = table.rows.slice(layout.firstDataRow).map((row, i) => ({ row, line: table.lines[layout.firstDataRow + i] ?? layout.firstDataRow + i + 1 }));
  const filled = data.filter(({ row }) => row.some((v) => v.trim() !== ''));

  const metadata = findHdxMetadata(filePath, file);
  const { code: country, from: countryFrom } = countryOf(filled.map((d) => d.row), cell, vocabulary, metadata, opts.country, refuse);
  const period = periodOf(filled, cell, metadata, opts.period, refuse);

  const matcher = organisationMatcher(vocabulary.aliases);
  const presences = new Map<string, PresenceDraft>();
  const refusedRows: RefusedRow[] = [];
  const unmatched = new Map<string, UnmatchedOrganisation>();
  const header = (role: ColumnRole) => (c[role] === undefined ? role : `column ${columnLetter(c[role])}`);
  for (const { row, line } of filled) {
    const acronym = cell(row, 'orgAcronym');
    const name = cell(row, 'orgName');
    const place: PresencePlace = { adm1Code: cell(row, 'adm1Code'), adm1Name: cell(row, 'adm1Name'), adm2Code: cell(row, 'adm2Code'), adm2Name: cell(row, 'adm2Name') };
    const clusterCode = cell(row, 'clusterCode');
    const clusterName = cell(row, 'clusterName');
    if (!acronym && !name) {
      refusedRows.push({ line, reason: `no organisation (${[header('orgAcronym'), header('orgName')].filter((h) => !h.startsWith('org')).join(' and ')} empty)` });
      continue;
    }
    if (!place.adm1Code && !place.adm1Name && !place.adm2Code && !place.adm2Name) {
      refusedRows.push({ line, reason: `no place: no admin-1 or admin-2 code or name (${acronym ?? name})` });
      continue;
    }
    if (!clusterCode && !clusterName) {
      refusedRows.push({ line, reason: `no cluster (${acronym ?? name})` });
      continue;
    }
    const cluster = globalClusterOf(vocabulary, clusterCode, clusterName);
    if (!cluster) {
      refusedRows.push({ line, reason: `unknown cluster "${clusterCode ?? clusterName}": not an OCHA global cluster nor a local name in data/3w/cluster-map.json` });
      continue;
    }
    const rowCountry = placeCountry(place, vocabulary);
    if (rowCountry && rowCountry !== country) {
      refusedRows.push({ line, reason: `P-code ${place.adm2Code ?? place.adm1Code} is in ${rowCountry}, not ${country}` });
      continue;
    }
    const identity = matcher.identify(country, acronym, name);
    if (!identity.matched) {
      const u = unmatched.get(identity.ref);
      if (u) u.rows++;
      else unmatched.set(identity.ref, { ref: identity.ref, acronym, name, firstRow: line, rows: 1 });
    }
    const placeKey = place.adm2Code ?? (place.adm2Name ? `${place.adm1Code ?? normaliseName(place.adm1Name ?? '')}/${normaliseName(place.adm2Name)}` : (place.adm1Code ?? normaliseName(place.adm1Name!)));
    const key = createHash('sha256').update([country, identity.ref, cluster.id, placeKey].join('\u0000')).digest('hex');
    const existing = presences.get(key);
    const written = [clusterCode, clusterName].filter((v): v is string => v !== null).join(' / ');
    if (existing) {
      existing.rows.push(line);
      if (!existing.cluster.asWritten.includes(written)) existing.cluster.asWritten.push(written);
      continue;
    }
    presences.set(key, {
      identity: key,
      country,
      organisation: { ...identity, acronym, name, type: cell(row, 'orgType') },
      cluster: { id: cluster.id, name: cluster.name, themeIds: [...cluster.themeIds], asWritten: [written] },
      place,
      rows: [line],
    });
  }
  return {
    file,
    sheet: table.sheet,
    via: layout.via,
    country,
    countryFrom,
    period: period.period,
    periodFrom: period.from,
    hdxMetadata: metadata?.file ?? null,
    fileModified: metadata?.fileModified ?? null,
    rowsRead: filled.length,
    presences: [...presences.values()],
    refusedRows,
    unmatchedOrganisations: [...unmatched.values()].sort((a, b) => a.firstRow - b.firstRow),
    notUnderstood: layout.notUnderstood,
  };
}

type Cell = (row: readonly string[], role: ColumnRole) => string | null;
type Refuse = (message: string, field?: string | null, line?: number | null) => never;

function placeCountry(place: PresencePlace, v: ThreewVocabulary): string | null {
  const code = place.adm2Code ?? place.adm1Code;
  return code ? countryOfPcode(code, v.alpha2, v.alpha2ByAlpha3) : null;
}

/** The file's one country: its P-codes, else a country column, else its HDX metadata, else --country. */
function countryOf(rows: readonly (readonly string[])[], cell: Cell, v: ThreewVocabulary, metadata: HdxMetadata | null, flag: string | undefined, refuse: Refuse): { code: string; from: ThreewReading['countryFrom'] } {
  const counts = new Map<string, number>();
  const count = (code: string | null) => code && counts.set(code, (counts.get(code) ?? 0) + 1);
  let from: ThreewReading['countryFrom'] | null = null;
  for (const row of rows) count(placeCountry({ adm1Code: cell(row, 'adm1Code'), adm1Name: null, adm2Code: cell(row, 'adm2Code'), adm2Name: null }, v));
  if (counts.size > 0) from = 'PCODES';
  else {
    for (const row of rows) count(alpha2Of(cell(row, 'countryCode') ?? '', v.alpha2, v.alpha2ByAlpha3));
    if (counts.size > 0) from = 'COUNTRY_COLUMN';
  }
  let code: string | null = null;
  if (counts.size > 0) {
    // The country most rows name; rows of another country are refused one by one.
    code = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  } else if (metadata && metadata.countryAlpha3.length === 1) {
    code = v.alpha2ByAlpha3.get(metadata.countryAlpha3[0]!) ?? null;
    from = code ? 'HDX_METADATA' : null;
  }
  const flagged = flag ? alpha2Of(flag, v.alpha2, v.alpha2ByAlpha3) : null;
  if (flag && !flagged) refuse(`--country ${flag} is not an ISO 3166 country code`, 'country');
  if (code && flagged && code !== flagged) refuse(`the file's ${from === 'HDX_METADATA' ? 'HDX metadata says' : from === 'PCODES' ? 'P-codes say' : 'country column says'} ${code}, but --country says ${flagged}`, 'country');
  if (!code && flagged) {
    code = flagged;
    from = 'FLAG';
  }
  if (!code || !from) return refuse('no country: the file has no P-codes or country column, and no HDX metadata names one: give it with --country CC', 'country');
  return { code, from };
}

/** The file's period: the span of its date columns, else its HDX metadata, else --from/--to. */
function periodOf(
  rows: readonly { row: readonly string[]; line: number }[],
  cell: Cell,
  metadata: HdxMetadata | null,
  flags: { start: string; end: string } | undefined,
  refuse: Refuse,
): { period: Period & { end: string }; from: ThreewReading['periodFrom'] } {
  const found: Period[] = [];
  for (const { row, line } of rows) {
    for (const role of ['dateStart', 'dateEnd', 'date'] as const) {
      const raw = cell(row, role);
      if (raw === null) continue;
      const p = periodOfDateCell(raw);
      if (!p) refuse(`unreadable date "${raw}" (use YYYY-MM-DD, YYYY-MM, "Jan-24" or "2024 Q1")`, role, line);
      else found.push(p);
    }
  }
  let period = spanOf(found);
  let from: ThreewReading['periodFrom'] | null = period ? 'DATE_COLUMNS' : null;
  if (!period && metadata?.period) {
    period = metadata.period;
    from = 'HDX_METADATA';
  }
  if (period && flags && (period.start !== flags.start || period.end !== flags.end)) {
    refuse(`the file's ${from === 'HDX_METADATA' ? `HDX metadata (${metadata!.file})` : 'dates'} give ${period.start} to ${period.end ?? 'open end'}, but --from/--to say ${flags.start} to ${flags.end}`, 'period');
  }
  if (!period && flags) {
    period = flags;
    from = 'FLAGS';
  }
  if (!period || !from) return refuse('no period: the file has no date column and no HDX metadata gives its dates: give them with --from YYYY-MM-DD --to YYYY-MM-DD', 'period');
  if (period.end === null) return refuse(`the period ${period.start} to open end has no end: give it with --to YYYY-MM-DD`, 'period');
  return { period: period as Period & { end: string }, from };
}

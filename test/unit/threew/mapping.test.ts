import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clusterKey, globalClusterOf } from '../../../src/ingest/threew/cluster-match';
import { organisationMatcher } from '../../../src/ingest/threew/organisation-match';
import { alpha2Of, countryOfPcode } from '../../../src/ingest/threew/pcodes';
import { periodOfDateCell, periodOfHdxDatasetDate, spanOf } from '../../../src/ingest/threew/period';
import { threewVocabulary } from '../../../src/ingest/threew/threew-vocabulary';
import { dataDir } from '../../../src/paths';

const v = threewVocabulary();

describe('P-codes', () => {
  it('gives the country of an alpha-2 or alpha-3 prefix', () => {
    expect([countryOfPcode('AF0101', v.alpha2, v.alpha2ByAlpha3), countryOfPcode('NG008017', v.alpha2, v.alpha2ByAlpha3), countryOfPcode('SSD01', v.alpha2, v.alpha2ByAlpha3)]).toEqual(['AF', 'NG', 'SS']);
  });

  it('gives no country for a code without a country prefix', () => {
    expect([countryOfPcode('0101', v.alpha2, v.alpha2ByAlpha3), countryOfPcode('QQ01', v.alpha2, v.alpha2ByAlpha3)]).toEqual([null, null]);
  });

  it('reads a country flag given as alpha-2 or alpha-3', () => {
    expect([alpha2Of('af', v.alpha2, v.alpha2ByAlpha3), alpha2Of('NGA', v.alpha2, v.alpha2ByAlpha3), alpha2Of('XX', v.alpha2, v.alpha2ByAlpha3)]).toEqual(['AF', 'NG', null]);
  });
});

describe('periods', () => {
  it('reads days, months and quarters as 3W sheets write them', () => {
    expect(['2024-01-15', '15/01/2024', '2024-02', 'Feb-24', 'February 2024', '02/2024', '2024 Q1'].map(periodOfDateCell)).toEqual([
      { start: '2024-01-15', end: '2024-01-15' },
      { start: '2024-01-15', end: '2024-01-15' },
      { start: '2024-02-01', end: '2024-02-29' },
      { start: '2024-02-01', end: '2024-02-29' },
      { start: '2024-02-01', end: '2024-02-29' },
      { start: '2024-02-01', end: '2024-02-29' },
      { start: '2024-01-01', end: '2024-03-31' },
    ]);
  });

  it('reads an unformatted Excel day number as its day', () => {
    expect([periodOfDateCell('45292'), periodOfDateCell('45382')]).toEqual([
      { start: '2024-01-01', end: '2024-01-01' },
      { start: '2024-03-31', end: '2024-03-31' },
    ]);
  });

  it('refuses what is no date', () => {
    expect([periodOfDateCell('soon'), periodOfDateCell('2024-13'), periodOfDateCell('31/02/2024')]).toEqual([null, null, null]);
  });

  it('spans the periods of a file', () => {
    expect(spanOf([{ start: '2024-02-01', end: '2024-02-29' }, { start: '2024-01-01', end: '2024-01-31' }])).toEqual({ start: '2024-01-01', end: '2024-02-29' });
  });

  it("reads an HDX dataset_date", () => {
    expect(periodOfHdxDatasetDate('[2024-01-01T00:00:00 TO 2024-03-31T23:59:59]')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
  });
});

describe('clusters', () => {
  it('recognises codes and names of the Afghanistan file and common local names', () => {
    const id = (code: string | null, name: string | null) => globalClusterOf(v, code, name)?.id;
    expect([
      id('FSAC_OP', 'Operational Presence: Food Security & Agriculture'),
      id('ESNFI_OP', null),
      id(null, 'Operatioanl Presence: Water, Sanitation & Hygiene'),
      id('EiE_OP', null),
      id(null, 'GBV'),
      id(null, 'Shelter/NFI'),
    ]).toEqual(['6', '4', '11', '3', '5404', '4']);
  });

  it('knows no cluster for a name outside the global clusters and local names', () => {
    expect(globalClusterOf(v, null, 'Coordination')).toBeNull();
  });

  it('strips the operational-presence prefix and suffix before comparing', () => {
    expect([clusterKey('HEALTH_OP'), clusterKey('Operational Presence: Health')]).toEqual(['health', 'health']);
  });
});

describe('organisations', () => {
  const matcher = organisationMatcher(v.aliases);

  it('matches a UN agency by acronym, spacing and case aside', () => {
    expect([matcher.identify('AF', 'UNWOMEN', null).ref, matcher.identify('AF', 'UN Women', null).ref, matcher.identify('AF', 'unicef', null).ref]).toEqual([
      'XM-DAC-41146',
      'XM-DAC-41146',
      'XM-DAC-41122',
    ]);
  });

  it('matches by full name when the acronym is missing', () => {
    expect(matcher.identify('NG', null, 'International Organization for Migration')).toEqual({ ref: 'XM-DAC-47066', matched: true, matchedBy: 'NAME' });
  });

  it('gives an unmatched organisation an identity of its own within the country', () => {
    expect(matcher.identify('AF', 'NPO/RRAA', 'Norwegian Project Office')).toEqual({ ref: 'AF-3W-NPORRAA', matched: false, matchedBy: null });
  });
});

describe('mapping data', () => {
  const codelists = JSON.parse(readFileSync(path.join(dataDir, 'codelists/iati-codelists.json'), 'utf8')) as { codelists: { CRSChannelCode: Record<string, unknown> } };
  const known = JSON.parse(readFileSync(path.join(dataDir, 'organisations.json'), 'utf8')) as { organisations: { ref: string }[] };
  const themes = JSON.parse(readFileSync(path.join(dataDir, 'themes.json'), 'utf8')) as { themes: { id: string }[] };

  it('lists only identifiers whose CRS channel code exists or that Concord already knows', () => {
    const unknown = v.aliases.map((a) => a.ref).filter((ref) => !known.organisations.some((o) => o.ref === ref) && !(ref.replace('XM-DAC-', '') in codelists.codelists.CRSChannelCode));
    expect(unknown).toEqual([]);
  });

  it('gives no acronym to two organisations', () => {
    const owners = new Map<string, Set<string>>();
    for (const a of v.aliases) for (const x of a.acronyms) owners.set(x.toUpperCase().replace(/[^A-Z0-9]/g, ''), (owners.get(x.toUpperCase().replace(/[^A-Z0-9]/g, '')) ?? new Set()).add(a.ref));
    expect([...owners].filter(([, refs]) => refs.size > 1).map(([acronym]) => acronym)).toEqual([]);
  });

  it('maps clusters onto theme ids of the taxonomy', () => {
    const ids = new Set(themes.themes.map((t) => t.id));
    expect([...v.clusters.values()].flatMap((c) => c.themeIds).filter((t) => !ids.has(t))).toEqual([]);
  });

  it('knows every global coordination group', () => {
    expect([...v.clusters.keys()].sort()).toEqual(['1', '10', '11', '2', '3', '4', '5', '5403', '5404', '5405', '5406', '6', '7', '8', '9']);
  });
});

describe('own identities of unmatched organisations', () => {
  const matcher = organisationMatcher(v.aliases);

  it('drops accents and keeps ASCII letters and digits, so that identifier filters accept it', () => {
    expect(matcher.identify('SN', 'ÉQUITÉ-2', null).ref).toBe('SN-3W-EQUITE2');
  });

  it('falls back to a stable hash when nothing of the name is ASCII', () => {
    const a = matcher.identify('AF', null, 'مؤسسه');
    expect([a.ref, matcher.identify('AF', null, 'مؤسسه').ref === a.ref]).toEqual([expect.stringMatching(/^AF-3W-H[0-9A-F]{10}$/), true]);
  });
});

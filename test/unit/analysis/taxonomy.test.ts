import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isKnownCode, type CodelistName } from '../../../src/codelists/codelists';
import { buildTaxonomy, isMandated, loadTaxonomy, TaxonomyFileError, themesForUhriName } from '../../../src/modules/analysis/taxonomy';
import { dataDir } from '../../../src/paths';
import { ORG } from './support/factories';

const readData = (name: string) => JSON.parse(readFileSync(path.join(dataDir, name), 'utf8'));
const themesDoc = readData('themes.json');
const mandatesDoc = readData('mandates.json');
const codeOf = (entry: string | { code: string }) => (typeof entry === 'string' ? entry : entry.code);

describe('data/themes.json and data/mandates.json', () => {
  const taxonomy = loadTaxonomy();

  it('load as version 1 with labels in en, fr and es for every theme', () => {
    expect(taxonomy.version).toBe(1);
    expect(taxonomy.themes.length).toBeGreaterThanOrEqual(15);
    for (const theme of taxonomy.themes) {
      expect([theme.labels.en, theme.labels.fr, theme.labels.es].every((l) => l.length > 0)).toBe(true);
    }
  });

  it('name only codes that exist in the IATI codelists', () => {
    const lists: Record<string, CodelistName> = {
      sectors: 'Sector',
      sectorCategories: 'SectorCategory',
      sdgGoals: 'UNSDG-Goals',
      sdgTargets: 'UNSDG-Targets',
      policyMarkers: 'PolicyMarker',
    };
    const unknown: string[] = [];
    for (const theme of themesDoc.themes) {
      for (const [key, entries] of Object.entries(theme.rules as Record<string, (string | { code: string })[]>)) {
        const list = lists[key];
        if (!list) unknown.push(`${theme.id}: unknown rule kind ${key}`);
        else for (const entry of entries) if (!isKnownCode(list, codeOf(entry))) unknown.push(`${theme.id}: ${list} ${codeOf(entry)}`);
      }
    }
    for (const significance of Object.keys(themesDoc.policyMarkerSignificanceWeights)) {
      if (!isKnownCode('PolicySignificance', significance)) unknown.push(`PolicySignificance ${significance}`);
    }
    expect(unknown).toEqual([]);
  });

  it('mandate only theme ids that the taxonomy defines', () => {
    const ids = new Set(taxonomy.themes.map((t) => t.id));
    const referenced = mandatesDoc.mandates.flatMap((m: { themes: string[] | '*' }) => (m.themes === '*' ? [] : m.themes));
    expect(referenced.filter((id: string) => !ids.has(id))).toEqual([]);
  });

  it('mandate only organisations listed in data/organisations.json', () => {
    const known = new Set(readData('organisations.json').organisations.map((o: { ref: string }) => o.ref));
    expect(mandatesDoc.mandates.map((m: { organisation: string }) => m.organisation).filter((ref: string) => !known.has(ref))).toEqual([]);
  });

  it('give OHCHR a universal mandate and UNICEF the rights of the child only', () => {
    expect(isMandated(taxonomy.mandates, ORG.OHCHR, 'migrants')).toBe(true);
    expect(isMandated(taxonomy.mandates, ORG.UNICEF, 'rights-of-the-child')).toBe(true);
    expect(isMandated(taxonomy.mandates, ORG.UNICEF, 'right-to-food')).toBe(false);
    expect(taxonomy.mandates.universal).toEqual([ORG.OHCHR]);
  });

  it('map UHRI theme names case-insensitively, with collapsed spaces', () => {
    expect(themesForUhriName(taxonomy, '  juvenile   JUSTICE ')).toEqual(['rights-of-the-child']);
    expect(themesForUhriName(taxonomy, 'Not a theme')).toEqual([]);
  });
});

describe('buildTaxonomy validation', () => {
  const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

  it('names the file and the path of an out-of-range rule weight', () => {
    const bad = clone(themesDoc);
    bad.themes[1].rules.sectors[0] = { code: '15130', weight: 2 };
    expect(() => buildTaxonomy(bad, mandatesDoc)).toThrow(/data\/themes\.json: themes\[1\]\.rules\.sectors\[0\]/);
  });

  it('names the file and the path of a misspelt key', () => {
    const bad = clone(themesDoc);
    bad.themes[0].rules.sector = ['15160'];
    expect(() => buildTaxonomy(bad, mandatesDoc)).toThrow(/data\/themes\.json: themes\[0\]\.rules/);
  });

  it('reports a mandate naming an unknown theme with its path in data/mandates.json', () => {
    const bad = clone(mandatesDoc);
    bad.mandates[1].themes = ['governance', 'space-law'];
    const error = captureError(() => buildTaxonomy(themesDoc, bad));
    expect(error).toBeInstanceOf(TaxonomyFileError);
    expect(error.file).toBe('data/mandates.json');
    expect(error.issues).toEqual([{ path: 'mandates[1].themes[1]', message: 'unknown theme id "space-law" (not in themes.json)' }]);
  });

  it('rejects duplicate theme ids', () => {
    const bad = clone(themesDoc);
    bad.themes.push(clone(bad.themes[0]));
    expect(() => buildTaxonomy(bad, mandatesDoc)).toThrow(/themes\[\d+\]\.id: duplicate theme id "human-rights-general"/);
  });

  it('rejects an unsupported format version', () => {
    expect(() => buildTaxonomy({ ...themesDoc, version: 2 }, mandatesDoc)).toThrow(/data\/themes\.json: version/);
  });
});

function captureError(fn: () => unknown): TaxonomyFileError {
  try {
    fn();
  } catch (error) {
    return error as TaxonomyFileError;
  }
  throw new Error('expected an error');
}

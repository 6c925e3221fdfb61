import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { InvalidInputFileError } from '../../src/ingest/input-problems';
import { importRegisterCsv } from '../../src/ingest/registers/register-import';
import { seedSampleRegistersIfEmpty } from '../../src/ingest/registers/sample-registers';
import { isThemeId } from '../../src/modules/register/register.labels';
import { testLogger } from '../support/database';
import { createKeyHeader } from '../support/api-keys';
import { loadSample, sampleFile } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * The roster of experts and the compendium of institutions on the bundled sample over HTTP:
 * who reads what (counts for anyone, details for editors), gap matches with their reasons, the
 * audited mutations, the yearly roster report, and the CSV import (refused files write nothing).
 */
let gateway: TestGateway;
const as: Record<'editor' | 'admin' | 'liaison', Record<string, string>> = { editor: {}, admin: {}, liaison: {} };
const work = mkdtempSync(path.join(os.tmpdir(), 'concord-registers-it-'));

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
  const orm = gateway.database.orm;
  as.editor = { authorization: (await createKeyHeader(orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
  as.admin = { authorization: (await createKeyHeader(orm, { role: 'ADMIN', label: 'Admin' })).authorization };
  as.liaison = { authorization: (await createKeyHeader(orm, { role: 'LIAISON', organisationRef: 'XM-DAC-41114', label: 'UNDP liaison' })).authorization };
}, 180_000);

afterAll(() => gateway?.close());

const code = (body: { errors?: { extensions?: { code?: unknown } }[] }) => body.errors?.[0]?.extensions?.code;

describe('reading the roster', () => {
  // The sample's experts all have regions of experience; those the mutations below add have none.
  const COUNTS = `{ experts(filter: { region: [AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA] }) { totalCount counts { total byTheme { theme { id } count } byRegion { region count } byNationalityGroup { region developingCountry count } } } }`;

  it('gives anyone the counts by theme, region and nationality group', async () => {
    const res = await gateway.post(COUNTS);
    const experts = res.body.data!.experts;
    // 15 sample experts, one of them removed in 2025.
    expect([res.body.errors, experts.totalCount, experts.counts.total]).toEqual([undefined, 14, 14]);
    expect(experts.counts.byRegion[0]).toEqual({ region: 'AFRICA', count: 8 });
    expect(experts.counts.byNationalityGroup).toContainEqual({ region: 'EUROPE', developingCountry: false, count: 3 });
  });

  it('refuses names and details to anonymous readers', async () => {
    const res = await gateway.post(`{ experts { totalCount edges { node { name } } } }`);
    expect([code(res.body), res.body.data?.experts.edges, res.body.data?.experts.totalCount]).toEqual(['FORBIDDEN', null, 14]);
  });

  it('refuses anonymous readers filters that could single a person out', async () => {
    const res = await gateway.post(`{ experts(filter: { nationality: ["KE"], language: ["sw"] }) { totalCount } }`);
    expect([code(res.body), res.body.errors?.[0]?.message]).toEqual([
      'FORBIDDEN',
      'Filtering experts by nationality, language would single people out: it needs an OHCHR_EDITOR or ADMIN key. Anyone may count experts by theme, region and developingCountry.',
    ]);
  });

  it('refuses one expert by id to anonymous readers', async () => {
    const res = await gateway.post(`{ expert(id: "000000000000000000000000") { name } }`);
    expect([code(res.body), res.body.data?.expert]).toEqual(['FORBIDDEN', null]);
  });

  it('refuses names and details to a liaison key', async () => {
    const res = await gateway.post(`{ experts { edges { node { name } } } }`, {}, as.liaison);
    expect(code(res.body)).toBe('FORBIDDEN');
  });

  it('gives an editor the experts by name, with their details', async () => {
    const res = await gateway.post(
      `{ experts(filter: { nationality: ["ke"] }) { edges { node { identifier name nationality { code } developingCountry regions themes { id } languages nominatedBy { state { code } date } availability rosterYear } } } }`,
      {},
      as.editor,
    );
    expect(res.body.data!.experts.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        identifier: 'EXAMPLE-EXP-001',
        name: 'Amina Example-Odhiambo',
        nationality: { code: 'KE' },
        developingCountry: true,
        regions: ['AFRICA'],
        themes: [{ id: 'administration-of-justice' }, { id: 'torture-prevention' }],
        languages: ['en', 'sw'],
        nominatedBy: { state: { code: 'KE' }, date: '2023-11-02' },
        availability: 'AVAILABLE',
        rosterYear: 2024,
      },
    ]);
  });

  it('pages experts by name with opaque cursors', async () => {
    const first = await gateway.post(`{ experts(filter: { region: [AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA] }, first: 5) { pageInfo { hasNextPage endCursor } edges { node { name } } } }`, {}, as.editor);
    const page = first.body.data!.experts;
    const next = await gateway.post(`query($after: String) { experts(filter: { region: [AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA] }, first: 100, after: $after) { edges { node { name } } } }`, { after: page.pageInfo.endCursor }, as.editor);
    const names = [...page.edges, ...next.body.data!.experts.edges].map((e: { node: { name: string } }) => e.node.name);
    expect([page.pageInfo.hasNextPage, names.length, names]).toEqual([true, 14, [...names].sort()]);
  });

  it('filters experts by region of experience, counting only those', async () => {
    const res = await gateway.post(`{ experts(filter: { region: [AMERICAS] }) { totalCount counts { total } } }`);
    expect(res.body.data!.experts).toEqual({ totalCount: 3, counts: { total: 3 } });
  });
});

describe('reading the compendium', () => {
  it('gives anyone the institutions, without their contact', async () => {
    const res = await gateway.post(`{ institutions(filter: { country: ["KE"] }) { totalCount edges { node { name kind accreditation region developingCountry contact } } } }`);
    expect(code(res.body)).toBe('FORBIDDEN');
    expect(res.body.data!.institutions.edges[0].node).toEqual({
      name: 'Example National Human Rights Commission of Kenya',
      kind: 'NHRI',
      accreditation: 'A',
      region: 'AFRICA',
      developingCountry: true,
      contact: null,
    });
  });

  it('gives an editor the contact', async () => {
    const res = await gateway.post(`{ institutions(filter: { country: ["KE"] }) { edges { node { contact } } } }`, {}, as.editor);
    expect(res.body.data!.institutions.edges[0].node.contact).toBe('complaints desk (example)');
  });

  it('falls back on the country’s languages for an institution that records none', async () => {
    const created = await gateway.post(
      `mutation { createInstitution(input: { identifier: "IT-LANG-1", name: "Example Bar Association (Port-au-Prince)", country: "HT", kind: NGO, themes: ["administration-of-justice"] }) { ... on InstitutionPayload { institution { languages } } } }`,
      {},
      as.editor,
    );
    expect(created.body.data!.createInstitution.institution.languages).toEqual(['fr', 'ht']);
  });
});

describe('matches on a gap', () => {
  const MATCHES = `query($country: [String!]) { gaps(filter: { country: $country, kind: [UNADDRESSED_RECOMMENDATIONS] }) { edges { node { themes { id }
    matches(first: 3) { languages expertCount institutionCount institutions { rank institution { identifier } place developingCountry reasons { kind values text } }
      experts { rank expert { identifier } place themes { id } languages reasons { kind values text } } } } } } }`;

  it('ranks experts and institutions for a sample gap, with their reasons', async () => {
    const res = await gateway.post(MATCHES, { country: ['UG'] }, as.editor);
    const gap = res.body.data!.gaps.edges.find((e: { node: { themes: { id: string }[] } }) => e.node.themes.some((t) => t.id === 'refugees-asylum')).node;
    expect(gap.matches.languages).toEqual(['en', 'sw']);
    expect(gap.matches.experts[0]).toEqual({
      rank: 1,
      expert: { identifier: 'EXAMPLE-EXP-005' },
      place: 'REGION',
      themes: [{ id: 'refugees-asylum' }],
      languages: ['en'],
      reasons: [
        { kind: 'THEME', values: ['refugees-asylum'], text: 'Works on Refugees, asylum and statelessness.' },
        { kind: 'LANGUAGE', values: ['en'], text: 'Speaks English.' },
        { kind: 'REGION', values: ['AFRICA'], text: 'Experience in Africa.' },
        { kind: 'DEVELOPING_COUNTRY', values: [], text: 'Expertise from a developing country.' },
      ],
    });
    expect(gap.matches.institutions[0]).toMatchObject({ rank: 1, institution: { identifier: 'EXAMPLE-INS-004' }, place: 'COUNTRY', developingCountry: true });
  });

  it('gives anyone the number of matching experts and the institutions, but not the experts', async () => {
    const res = await gateway.post(`{ gaps(filter: { country: ["UG"] }) { edges { node { matches { expertCount institutionCount experts { rank } } } } } }`);
    const matches = res.body.data!.gaps.edges.map((e: { node: { matches: unknown } }) => e.node.matches);
    expect(code(res.body)).toBe('FORBIDDEN');
    expect(matches.some((m: { expertCount: number; experts: unknown }) => m.expertCount > 0 && m.experts === null)).toBe(true);
  });

  it('ranks for the languages asked for instead of the country’s', async () => {
    const res = await gateway.post(`{ gaps(filter: { country: ["UG"] }) { edges { node { matches(language: ["ar"]) { languages experts { expert { identifier } languages } } } } } }`, {}, as.editor);
    const all = res.body.data!.gaps.edges.flatMap((e: { node: { matches: { experts: { languages: string[] }[] } } }) => e.node.matches.experts);
    expect(res.body.data!.gaps.edges[0].node.matches.languages).toEqual(['ar']);
    expect(all.every((m: { languages: string[] }) => m.languages.every((l) => l === 'ar'))).toBe(true);
  });
});

describe('caching register reads', () => {
  const get = (query: string) =>
    fetch(`${gateway.baseUrl}/graphql?${new URLSearchParams({ query })}`, { headers: { 'apollo-require-preflight': 'true' } });

  it('lets the roster counts and the compendium be cached for 10 s only: the API and imports write them', async () => {
    const res = await get('{ experts { counts { total } } institutions { totalCount } }');
    expect(res.headers.get('cache-control')).toBe('max-age=10, public');
  });
});

describe('writing the roster', () => {
  const CREATE = `mutation($input: CreateExpertInput!) { createExpert(input: $input) { __typename
    ... on ExpertPayload { expert { id identifier auditTrail { action actor { label role } changes { field before after } } } }
    ... on ValidationFailed { fieldErrors { field message } } } }`;
  const input = { identifier: 'IT-EXP-1', name: 'Test Expert', nationality: 'HT', themes: ['nhri'], languages: ['fr'], rosterYear: 2026, nominatedBy: { state: 'HT', date: '2026-01-15' } };

  it('is refused to a liaison key', async () => {
    const res = await gateway.post(CREATE, { input }, as.liaison);
    expect(code(res.body)).toBe('FORBIDDEN');
  });

  it('answers every invalid field as a result and writes nothing', async () => {
    const res = await gateway.post(CREATE, { input: { ...input, identifier: 'IT-BAD', nationality: 'Haiti', themes: ['astrology'], languages: [], rosterYear: 1990 } }, as.editor);
    expect(res.body.data!.createExpert.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['nationality', 'themes.0', 'languages', 'rosterYear']);
    const after = await gateway.post(`{ experts(filter: { nationality: ["HT"] }, first: 100) { edges { node { identifier } } } }`, {}, as.editor);
    expect(after.body.data!.experts.edges.map((e: { node: { identifier: string } }) => e.node.identifier)).not.toContain('IT-BAD');
  });

  it('creates an expert, with an audit entry naming the key', async () => {
    const res = await gateway.post(CREATE, { input }, as.editor);
    const expert = res.body.data!.createExpert.expert;
    expect(expert.auditTrail.map((a: { action: string; actor: unknown }) => [a.action, a.actor])).toEqual([['CREATE', { label: 'Geneva desk', role: 'OHCHR_EDITOR' }]]);
    expect(expert.auditTrail[0].changes).toContainEqual({ field: 'nationality', before: null, after: '"HT"' });
  });

  it('refuses an identifier already used', async () => {
    const res = await gateway.post(CREATE, { input: { ...input, identifier: 'EXAMPLE-EXP-001' } }, as.editor);
    expect(res.body.data!.createExpert.fieldErrors).toEqual([{ field: 'identifier', message: 'is already used by another expert' }]);
  });

  it('changes the fields given, keeps the others, and records what changed', async () => {
    const created = await gateway.post(CREATE, { input: { ...input, identifier: 'IT-EXP-2' } }, as.editor);
    const id = created.body.data!.createExpert.expert.id;
    const res = await gateway.post(
      `mutation($id: ID!) { updateExpert(id: $id, input: { availability: LIMITED, nominatedBy: null }) { ... on ExpertPayload { expert { availability nominatedBy { date } name auditTrail { action changes { field before after } } } } } }`,
      { id },
      as.admin,
    );
    const expert = res.body.data!.updateExpert.expert;
    expect([expert.availability, expert.nominatedBy, expert.name]).toEqual(['LIMITED', null, 'Test Expert']);
    expect(expert.auditTrail[1]).toEqual({
      action: 'UPDATE',
      changes: [
        { field: 'nominatedBy', before: '{"state":"HT","date":"2026-01-15"}', after: null },
        { field: 'availability', before: '"AVAILABLE"', after: '"LIMITED"' },
      ],
    });
  });

  it('removes an expert on a day, keeping the record for the yearly report', async () => {
    const created = await gateway.post(CREATE, { input: { ...input, identifier: 'IT-EXP-3' } }, as.editor);
    const id = created.body.data!.createExpert.expert.id;
    const removed = await gateway.post(`mutation($id: ID!) { removeExpert(id: $id, on: "2026-06-30") { ... on ExpertPayload { expert { removedOn } } } }`, { id }, as.editor);
    const again = await gateway.post(`mutation($id: ID!) { removeExpert(id: $id) { ... on ValidationFailed { fieldErrors { field message } } } }`, { id }, as.editor);
    const listed = await gateway.post(`{ experts(filter: { includeRemoved: true }, first: 100) { edges { node { identifier removedOn } } } }`, {}, as.editor);
    expect(removed.body.data!.removeExpert.expert.removedOn).toBe('2026-06-30');
    expect(again.body.data!.removeExpert.fieldErrors).toEqual([{ field: 'id', message: 'was removed from the roster on 2026-06-30' }]);
    expect(listed.body.data!.experts.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ identifier: 'IT-EXP-3', removedOn: '2026-06-30' });
  });

  it('answers NOT_FOUND for an unknown expert', async () => {
    const res = await gateway.post(`mutation { removeExpert(id: "000000000000000000000000") { __typename } }`, {}, as.editor);
    expect(code(res.body)).toBe('NOT_FOUND');
  });
});

describe('writing the compendium', () => {
  const CREATE = `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { ... on InstitutionPayload { institution { id } } } }`;

  it('changes and removes an institution, each write in its audit trail', async () => {
    const created = await gateway.post(CREATE, { input: { identifier: 'IT-INS-1', name: 'Example Ombudsman (Dili)', country: 'TL', kind: 'NHRI', themes: ['nhri'] } }, as.editor);
    const id = created.body.data!.createInstitution.institution.id;
    await gateway.post(`mutation($id: ID!) { updateInstitution(id: $id, input: { accreditation: B, contact: "front desk" }) { __typename } }`, { id }, as.editor);
    await gateway.post(`mutation($id: ID!) { removeInstitution(id: $id, on: "2026-03-01") { __typename } }`, { id }, as.admin);
    const res = await gateway.post(`{ institutions(filter: { country: ["TL"], includeRemoved: true }) { edges { node { accreditation contact removedOn auditTrail { action actor { role } } } } } }`, {}, as.editor);
    expect(res.body.data!.institutions.edges[0].node).toEqual({
      accreditation: 'B',
      contact: 'front desk',
      removedOn: '2026-03-01',
      auditTrail: [
        { action: 'CREATE', actor: { role: 'OHCHR_EDITOR' } },
        { action: 'UPDATE', actor: { role: 'OHCHR_EDITOR' } },
        { action: 'WITHDRAW', actor: { role: 'ADMIN' } },
      ],
    });
  });

  it('leaves a removed institution out of the compendium unless asked for', async () => {
    const created = await gateway.post(CREATE, { input: { identifier: 'IT-INS-2', name: 'Example Law Centre (Thimphu)', country: 'BT', kind: 'UNIVERSITY', themes: ['nhri'] } }, as.editor);
    await gateway.post(`mutation($id: ID!) { removeInstitution(id: $id) { __typename } }`, { id: created.body.data!.createInstitution.institution.id }, as.editor);
    const res = await gateway.post(`{ current: institutions(filter: { country: ["BT"] }) { totalCount } all: institutions(filter: { country: ["BT"], includeRemoved: true }) { totalCount } }`);
    expect([res.body.data!.current.totalCount, res.body.data!.all.totalCount]).toEqual([0, 1]);
  });

  it('is refused to anonymous callers', async () => {
    const res = await gateway.post(CREATE, { input: { identifier: 'IT-INS-X', name: 'X', country: 'KE', kind: 'NGO', themes: ['nhri'] } });
    expect(code(res.body)).toBe('FORBIDDEN');
  });
});

describe('the yearly roster report', () => {
  const REPORT = `query($format: ReportFormat!) { expertRoster(year: 2025, format: $format) { filename contentType encoding content } }`;

  it('lists the additions and removals of the year by name for an editor', async () => {
    const res = await gateway.post(REPORT, { format: 'MD' }, as.editor);
    const file = res.body.data!.expertRoster;
    expect([file.filename, file.encoding]).toEqual(['expert-roster-2025.md', 'UTF8']);
    expect(file.content).toContain('## Added to the roster (7)');
    expect(file.content).toContain('## Removed from the roster (1)');
    expect(file.content).toContain('Daniel Example-Weber');
  });

  it('gives anyone the numbers without the names', async () => {
    const res = await gateway.post(REPORT, { format: 'HTML' });
    const page = res.body.data!.expertRoster.content as string;
    expect([page.includes('Added to the roster (7)'), page.includes('Daniel Example-Weber')]).toEqual([true, false]);
  });

  it('refuses a year before the roster existed', async () => {
    const res = await gateway.post(`{ expertRoster(year: 1990) { filename } }`);
    expect(code(res.body)).toBe('BAD_USER_INPUT');
  });

  it('renders CSV and XLSX too', async () => {
    const csv = await gateway.post(REPORT, { format: 'CSV' }, as.editor);
    const xlsx = await gateway.post(REPORT, { format: 'XLSX' }, as.editor);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.body.data!.expertRoster.content, 'base64') as unknown as ExcelJS.Buffer);
    expect(csv.body.data!.expertRoster.content).toContain('summary,added,7');
    expect(workbook.getWorksheet('Added')!.rowCount).toBe(8);
  });
});

describe('GET /reports/roster', () => {
  const report = (query: string, headers: Record<string, string> = {}) => fetch(`${gateway.baseUrl}/reports/roster?${query}`, { headers });

  it('serves the yearly report with the names for an editor key', async () => {
    const res = await report('year=2025&format=md', as.editor);
    const text = await res.text();
    expect([res.status, res.headers.get('content-disposition'), text.includes('Daniel Example-Weber')]).toEqual([200, 'attachment; filename="expert-roster-2025.md"', true]);
  });

  it('serves the numbers without the names to anonymous readers', async () => {
    const text = await (await report('year=2025&format=csv')).text();
    expect([text.includes('summary,removed,1'), text.includes('Daniel Example-Weber')]).toEqual([true, false]);
  });

  it('refuses a missing year with 400', async () => {
    const res = await report('format=html');
    expect(res.status).toBe(400);
  });
});

describe('importing a register CSV', () => {
  const db = () => gateway.database;
  const HEADER = 'identifier,name,country,kind,themes,languages,accreditation,contact,removed_on';

  it('loads the sample again at the next start when its load was stopped, and only then', async () => {
    const runs = db().db.collection('import_runs');
    const file = 'sample-registers/institutions.csv';
    const before = await runs.countDocuments({ file });
    await seedSampleRegistersIfEmpty(db(), testLogger);
    const untouched = await runs.countDocuments({ file });
    await runs.insertOne({ kind: 'INSTITUTIONS_CSV', file, source: 'OHCHR', status: 'INTERRUPTED', startedAt: new Date(), counts: {} });
    await seedSampleRegistersIfEmpty(db(), testLogger);
    const [latest] = await runs.find({ file }).sort({ startedAt: -1 }).limit(1).toArray();
    expect([untouched - before, latest!.status, latest!.counts.read]).toEqual([0, 'SUCCEEDED', 10]);
  });

  it('counts a re-import of the sample as unchanged', async () => {
    const run = await importRegisterCsv(db().orm, db().db, 'institutions', sampleFile('registers', 'institutions.csv'), { displayName: 'institutions.csv', isTheme: isThemeId });
    expect(run.counts).toMatchObject({ read: 10, created: 0, updated: 0, unchanged: 10 });
  });

  it('updates a changed row and leaves an audit entry naming the file', async () => {
    const file = path.join(work, 'changed.csv');
    writeFileSync(file, `${HEADER}\nIT-INS-CHG,Example Law Faculty (Apia),WS,UNIVERSITY,nhri,en,,,\n`);
    await importRegisterCsv(db().orm, db().db, 'institutions', file, { displayName: 'changed.csv', isTheme: isThemeId });
    writeFileSync(file, `${HEADER}\nIT-INS-CHG,Example Law Faculty (Apia),WS,UNIVERSITY,human-rights-education,en,,,\n`);
    const run = await importRegisterCsv(db().orm, db().db, 'institutions', file, { displayName: 'changed.csv', isTheme: isThemeId });
    const res = await gateway.post(`{ institutions(filter: { country: ["WS"] }) { edges { node { themes { id } auditTrail { action actor { label } } } } } }`, {}, as.editor);
    const node = res.body.data!.institutions.edges[0].node;
    expect(run.counts).toMatchObject({ read: 1, updated: 1 });
    expect([node.themes, node.auditTrail.at(-1)]).toEqual([[{ id: 'human-rights-education' }], { action: 'UPDATE', actor: { label: 'import of changed.csv' } }]);
  });

  it('writes nothing from a file with one bad row', async () => {
    const file = path.join(work, 'bad.csv');
    writeFileSync(file, `${HEADER}\nIT-NEW-1,New Centre,KE,NGO,nhri,,,,\nIT-NEW-2,Broken Centre,ZZ,NGO,nhri,,,,\n`);
    await expect(importRegisterCsv(db().orm, db().db, 'institutions', file, { displayName: 'bad.csv', isTheme: isThemeId })).rejects.toBeInstanceOf(InvalidInputFileError);
    expect(await db().db.collection('institutions').countDocuments({ identifier: { $in: ['IT-NEW-1', 'IT-NEW-2'] } })).toBe(0);
  });
});

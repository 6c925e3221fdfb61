import path from 'node:path';
import { import3wFile } from '../../src/ingest/threew/threew-import';
import { CoordinationCache } from '../../src/modules/coordination/coordination.cache';
import { buildOverlapReport } from '../../src/modules/report/overlap-report.builder';
import { themeIdsOf } from '../../src/modules/theme/theme-ids';
import { ANONYMOUS } from '../../src/viewer';
import { buildActivity, insertActivities } from '../factories/activity.factory';
import { startTestGateway, type TestGateway } from '../support/server';

const AF = path.join(__dirname, '../fixtures/3w/afghanistan_3w_operational_presence_january_march_2024.csv');
const UNDP = 'XM-DAC-41114';
const WHO = 'XM-DAC-928';

let gateway: TestGateway;

/** Two IATI activities on basic health in Afghanistan through 2024: one of UNDP, one of WHO. */
const healthActivity = (ref: string, name: string) =>
  buildActivity({
    iatiIdentifier: `${ref}-AF-HEALTH-2024`,
    reportingOrg: { ref, name, type: '40' },
    recipientCountries: [{ code: 'AF', percentage: 100 }],
    sectors: [{ vocabulary: '1', code: '12220', percentage: 100 }],
    actualStart: '2023-07-01',
    plannedEnd: '2025-06-30',
  });

beforeAll(async () => {
  gateway = await startTestGateway();
  const activities = [healthActivity(UNDP, 'UNDP'), healthActivity(WHO, 'WHO')];
  await insertActivities(gateway.database.db, activities, themeIdsOf);
  await import3wFile(gateway.database.orm, gateway.database.db, AF, { displayName: path.basename(AF) });
}, 120_000);

afterAll(() => gateway.close());

const data = async (query: string) => {
  const { body } = await gateway.post(query);
  expect(body.errors).toBeUndefined();
  return body.data!;
};

describe('the Afghanistan 3W beside IATI activities', () => {
  it('serves every presence of the file through the presences connection', async () => {
    const d = await data('{ presences(filter: { country: ["AF"] }, first: 1) { totalCount edges { node { origin country period { start end } provenance { source fileModified } } } } }');
    expect([d.presences.totalCount, d.presences.edges[0].node]).toEqual([10282, { origin: '3W', country: 'AF', period: { start: '2024-01-01', end: '2024-03-31' }, provenance: { source: 'OCHA 3W', fileModified: '2024-05-20T05:32:54.379302' } }]);
  });

  it('filters presences by organisation, cluster and district', async () => {
    const d = await data('{ presences(filter: { organisation: ["XM-DAC-41122"], cluster: ["11"], place: ["AF0101"] }) { edges { node { organisationAcronym cluster { name } place { adm2Name } provenance { rows } } } } }');
    expect(d.presences.edges.map((e: { node: unknown }) => e.node)).toEqual([{ organisationAcronym: 'UNICEF', cluster: { name: 'Water Sanitation Hygiene' }, place: { adm2Name: 'Kabul' }, provenance: { rows: expect.any(Array) } }]);
  });

  it('finds no presence for a source other than OCHA 3W', async () => {
    const d = await data('{ presences(filter: { source: ["UNDP"] }) { totalCount } }');
    expect(d.presences.totalCount).toBe(0);
  });

  it('lists the unmatched organisations on the import run', async () => {
    const d = await data('{ importRuns(first: 5) { edges { node { id kind unmatchedOrganisations { ref } } } } }');
    const runs = d.importRuns.edges.map((e: { node: { kind: string } }) => e.node).filter((r: { kind: string }) => r.kind === 'OCHA_3W');
    expect(runs.map((r: { unmatchedOrganisations: unknown[] }) => r.unmatchedOrganisations.length)).toEqual([273]);
  });

  it('shows organisations by theme from 3W in the coverage of Afghanistan, activities counted apart', async () => {
    const d = await data('{ coverage(filter: { country: ["AF"] }, groupBy: [THEME, ORGANISATION]) { totalActivities totalPresences rows { theme { id } organisation { ref } activityCount presenceCount } } }');
    const row = (theme: string, org: string) => d.coverage.rows.find((r: { theme: { id: string }; organisation: { ref: string } }) => r.theme.id === theme && r.organisation.ref === org);
    expect([d.coverage.totalActivities, d.coverage.totalPresences, row('right-to-health', UNDP), row('rights-of-the-child', 'XM-DAC-41122')?.presenceCount ?? 0]).toEqual([
      2,
      10282,
      { theme: { id: 'right-to-health' }, organisation: { ref: UNDP }, activityCount: 1, presenceCount: 0 },
      0,
    ]);
    expect(row('right-to-health', 'XM-DAC-41122').presenceCount).toBeGreaterThan(0);
  });

  it('names coverage organisations by acronym, from the 3W file for those known only from 3W', async () => {
    const d = await data('{ coverage(filter: { country: ["AF"], organisation: ["AF-3W-ASCHIANA", "XM-DAC-41122"] }, groupBy: [ORGANISATION]) { rows { organisation { ref acronym } } } }');
    expect(d.coverage.rows.map((r: { organisation: unknown }) => r.organisation)).toEqual([
      { ref: 'AF-3W-ASCHIANA', acronym: 'ASCHIANA' },
      { ref: 'XM-DAC-41122', acronym: 'UNICEF' },
    ]);
  });

  it('pairs the UNDP activity with 3W presences of other organisations, the explanation naming both sources', async () => {
    const d = await data(
      `{ overlaps(filter: { country: ["AF"], organisation: ["${UNDP}"] }, first: 500) { totalCount edges { node { organisations { ref } explanation { summary sides { origin organisation presences { id } } } } } } }`,
    );
    const nodes = d.overlaps.edges.map((e: { node: any }) => e.node);
    const origins = (n: any) => n.explanation.sides.map((s: any) => s.origin).sort().join('+');
    const mixed = nodes.filter((n: any) => origins(n) === '3W+IATI');
    const presenceSide = mixed[0].explanation.sides.find((s: any) => s.origin === '3W');
    expect([
      new Set(nodes.map(origins)),
      mixed.every((n: any) => new RegExp(`${UNDP}: IATI activity`).test(n.explanation.summary) && /OCHA 3W presence in \d+ place/.test(n.explanation.summary)),
      presenceSide.presences.length > 0,
    ]).toEqual([new Set(['3W+IATI', 'IATI+IATI']), true, true]);
  });

  it("never pairs WHO's activity with WHO's own 3W presence: the same work", async () => {
    const d = await data(`{ overlaps(filter: { country: ["AF"], organisation: ["${WHO}"] }, first: 500) { edges { node { organisations { ref } } } } }`);
    const pairs = d.overlaps.edges.map((e: { node: { organisations: { ref: string }[] } }) => e.node.organisations.map((o) => o.ref));
    expect([pairs.length > 0, pairs.some(([a, b]: string[]) => a === WHO && b === WHO)]).toEqual([true, false]);
  });

  it('pairs two 3W presences only where they list the same place', async () => {
    const d = await data('{ overlaps(filter: { country: ["AF"], theme: ["right-to-education"] }, first: 50) { edges { node { explanation { summary sides { origin } } } } } }');
    const both3w = d.overlaps.edges.map((e: { node: any }) => e.node).filter((n: any) => n.explanation.sides.every((s: any) => s.origin === '3W'));
    expect([both3w.length > 0, both3w.every((n: any) => /Places both list: .+\(AF\d{4}\)/.test(n.explanation.summary))]).toEqual([true, true]);
  });

  it('finds UNESCO absent from education in Afghanistan, where the 3W shows only cluster partners at work', async () => {
    const d = await data('{ gaps(filter: { country: ["AF"], period: { from: "2024-01-01", to: "2024-03-31" } }, first: 100) { edges { node { kind themes { id } absentOrganisations presence { organisation origin } } } } }');
    const education = d.gaps.edges.map((e: { node: any }) => e.node).filter((g: any) => g.kind === 'MANDATED_ABSENT' && g.themes.some((t: any) => t.id === 'right-to-education'));
    expect([education.length, education[0].absentOrganisations, new Set(education[0].presence.map((p: any) => p.origin))]).toEqual([1, ['XM-DAC-41304'], new Set(['3W'])]);
    expect(education[0].presence.map((p: any) => p.organisation)).toContain('AF-3W-ASCHIANA');
  });

  it('shows the 3W layer in the overlap report of Afghanistan, and 3W sides of overlaps as presence', async () => {
    const db = gateway.database.db;
    const model = await buildOverlapReport(gateway.database.orm.em.fork(), new CoordinationCache(db), ANONYMOUS, { countries: ['AF'], from: null, to: null, top: 500 });
    const education = model.presence?.rows.find((r) => r.theme.id === 'right-to-education');
    const presenceSides = model.topOverlaps.flatMap((o) => o.activities).filter((a) => a.source === '3W');
    const ownIdentity = presenceSides.filter((a) => a.organisation.ref.startsWith('AF-3W-'));
    expect([model.presence?.records, (education?.organisations ?? 0) > 0, presenceSides.length > 0, ownIdentity.length > 0]).toEqual([10282, true, true, true]);
    // Organisations without an IATI identifier show by their 3W acronym, not by the identity Concord gave them.
    expect(ownIdentity.filter((a) => a.organisation.label === a.organisation.ref)).toEqual([]);
  });
});

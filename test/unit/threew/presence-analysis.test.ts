import { computeCoverage, explainOverlap, findGaps, findOverlaps, overlapStands } from '../../../src/modules/analysis';
import type { ActivitySnapshot } from '../../../src/modules/analysis';
import type { StoredPresence } from '../../../src/modules/presence/presence.model';
import { placeLabel, toPresenceSnapshots } from '../../../src/modules/presence/presence.snapshots';
import { currentTaxonomy } from '../../../src/modules/theme/taxonomy';
import { buildSnapshot } from '../analysis/support/factories';

let n = 0;
function presence(overrides: Partial<StoredPresence> & { ref?: string; adm2?: string; cluster?: string; themeIds?: string[] } = {}): StoredPresence & { id: string } {
  n += 1;
  const { ref = 'AF-3W-NGO', adm2 = 'AF0101', cluster = '7', themeIds = ['right-to-health'], ...rest } = overrides;
  return {
    id: String(n).padStart(24, '0'),
    key: `k${n}`,
    identity: `i${n}`,
    datasetKey: 'AF 2024-01-01/2024-03-31',
    origin: '3W',
    country: 'AF',
    period: { start: '2024-01-01', end: '2024-03-31' },
    organisation: { ref, acronym: null, name: null, type: null, matched: false },
    cluster: { id: cluster, name: 'Health', asWritten: [] },
    themeIds,
    place: { adm1Code: adm2.slice(0, 4), adm1Name: null, adm2Code: adm2, adm2Name: `District ${adm2}` },
    mirrorState: 'ACTIVE',
    withdrawnAt: null,
    provenance: { source: 'OCHA 3W', file: 'f.csv', rows: [n], hdxMetadata: null, contentHash: 'h', importRunId: 'r', importedAt: new Date(0) },
    ...rest,
  };
}

const options = { asOf: '2024-06-30', mandates: currentTaxonomy().mandates };

/** An IATI activity in Afghanistan on the right to health through 2024. */
const activity = (overrides: Partial<ActivitySnapshot> = {}): ActivitySnapshot =>
  buildSnapshot({ id: 'act', organisation: 'XM-DAC-41114', countries: [{ code: 'AF', percentage: null }], themes: [{ themeId: 'right-to-health', weight: 1 }], period: { start: '2023-01-01', end: '2025-12-31' }, ...overrides });

describe('toPresenceSnapshots', () => {
  it('makes one snapshot per organisation × cluster × country, holding every place and record', () => {
    const [s, ...rest] = toPresenceSnapshots([presence({ adm2: 'AF0102' }), presence({ adm2: 'AF0101' })]);
    expect([rest.length, s!.origin, s!.places, s!.presenceIds, s!.themes]).toEqual([
      0,
      '3W',
      ['District AF0101 (AF0101)', 'District AF0102 (AF0102)'],
      ['000000000000000000000001', '000000000000000000000002'].map((id, i) => id.replace(/\d$/, String(n - 1 + i))),
      [{ themeId: 'right-to-health', weight: 1 }],
    ]);
  });

  it('leaves withdrawn presences out', () => {
    expect(toPresenceSnapshots([presence({ mirrorState: 'WITHDRAWN' })])).toEqual([]);
  });

  it('labels a province-level place by its admin-1', () => {
    expect(placeLabel({ adm1Code: 'NG008', adm1Name: 'Borno', adm2Code: null, adm2Name: null })).toBe('Borno (NG008)');
  });
});

describe('overlaps with 3W presence', () => {
  it('pairs a 3W presence with an IATI activity of another organisation in the same country and theme', () => {
    const snapshots = [activity(), ...toPresenceSnapshots([presence({ ref: 'XM-DAC-41122' })])];
    expect(findOverlaps(snapshots, options).map((o) => [...o.organisations].sort())).toEqual([['XM-DAC-41114', 'XM-DAC-41122']]);
  });

  it('does not pair a 3W presence with an activity of the same organisation: the same work', () => {
    const snapshots = [activity({ organisation: 'XM-DAC-41122' }), ...toPresenceSnapshots([presence({ ref: 'XM-DAC-41122' })])];
    expect(findOverlaps(snapshots, options)).toEqual([]);
  });

  it('does not pair a 3W presence with an activity its organisation implements', () => {
    const [p] = toPresenceSnapshots([presence({ ref: 'XM-DAC-41122' })]);
    const a = activity({ participants: [{ organisation: 'XM-DAC-41114', role: 'reporting' }, { organisation: 'XM-DAC-41122', role: 'implementing' }] });
    expect(overlapStands(a, p)).toBe(false);
  });

  it('pairs two 3W presences only where they share a place', () => {
    const [a, b, c] = toPresenceSnapshots([presence({ ref: 'AF-3W-A', adm2: 'AF0101' }), presence({ ref: 'AF-3W-B', adm2: 'AF0101' }), presence({ ref: 'AF-3W-C', adm2: 'AF0202' })]);
    const byOrg = (s: ActivitySnapshot[]) => new Map(s.map((x) => [x.organisation, x]));
    const m = byOrg([a!, b!, c!]);
    expect([overlapStands(m.get('AF-3W-A'), m.get('AF-3W-B')), overlapStands(m.get('AF-3W-A'), m.get('AF-3W-C'))]).toEqual([true, false]);
  });

  it("explains an overlap naming each side's source, and for two presences the places they share", () => {
    const presences = toPresenceSnapshots([presence({ ref: 'AF-3W-A', adm2: 'AF0101' }), presence({ ref: 'AF-3W-B', adm2: 'AF0101' })]);
    const [p1, p2] = ['AF-3W-A', 'AF-3W-B'].map((ref) => presences.find((s) => s.organisation === ref));
    const a = activity();
    const [mixed] = findOverlaps([a, p1!], options);
    const [both] = findOverlaps([p1!, p2!], options);
    const mixedSides = explainOverlap(mixed!, ...(mixed!.activityIds.map((id) => [a, p1!].find((s) => s.id === id)!) as [ActivitySnapshot, ActivitySnapshot]));
    const bothSides = explainOverlap(both!, ...(both!.activityIds.map((id) => [p1!, p2!].find((s) => s.id === id)!) as [ActivitySnapshot, ActivitySnapshot]));
    expect([mixedSides.sides.map((s) => s.origin).sort(), mixedSides.summary.includes('XM-DAC-41114: IATI activity'), mixedSides.summary.includes('AF-3W-A: OCHA 3W presence in 1 place(s)')]).toEqual([['3W', 'IATI'], true, true]);
    expect(bothSides.summary).toContain('Places both list: District AF0101 (AF0101).');
  });
});

describe('the weight of 3W evidence', () => {
  it('scores two presences sharing a cluster and a district below the duplication threshold: presence, not the same work', () => {
    const [o] = findOverlaps(toPresenceSnapshots([presence({ ref: 'AF-3W-A' }), presence({ ref: 'AF-3W-B' })]), options);
    expect([o!.scoreParts.reliability, o!.score, o!.kind, o!.kindReason]).toEqual([0.5625, 0.5625, 'COMPLEMENTARY', 'BELOW_THRESHOLD']);
  });

  it('lowers an overlap of a presence and an activity once, and says why', () => {
    const snapshots = [activity(), ...toPresenceSnapshots([presence({ ref: 'XM-DAC-41122' })])];
    const [o] = findOverlaps(snapshots, options);
    const [a, b] = o!.activityIds.map((id) => snapshots.find((s) => s.id === id)!) as [ActivitySnapshot, ActivitySnapshot];
    expect([o!.scoreParts.reliability, explainOverlap(o!, a, b).summary.includes('XM-DAC-41122: OCHA 3W presence: who is present in a cluster and place, not what they do there (×0.75)')]).toEqual([0.75, true]);
  });
});

describe('coverage and gaps with 3W presence', () => {
  it('counts presence records apart from activities, by organisation and theme', () => {
    const report = computeCoverage([activity(), ...toPresenceSnapshots([presence({ ref: 'AF-3W-A', adm2: 'AF0101' }), presence({ ref: 'AF-3W-A', adm2: 'AF0102' })])], {
      countries: ['AF'],
      groupBy: ['theme', 'organisation'],
    });
    expect([report.rows.map((r) => [r.themeId, r.organisation, r.activityCount, r.presenceCount, r.activityIds]), report.totals.activityCount, report.totals.presenceCount]).toEqual([
      [
        ['right-to-health', 'AF-3W-A', 0, 2, []],
        ['right-to-health', 'XM-DAC-41114', 1, 0, ['act']],
      ],
      1,
      2,
    ]);
  });

  it('does not call a mandated organisation absent when its 3W presence is in the cell', () => {
    const who = toPresenceSnapshots([presence({ ref: 'XM-DAC-928' })]);
    const gaps = (snapshots: ActivitySnapshot[]) =>
      findGaps([], snapshots, currentTaxonomy(), { asOf: '2024-02-01' }).gaps.filter((g) => g.kind === 'MANDATED_ABSENT' && g.themeId === 'right-to-health');
    expect([gaps([activity()]).length, gaps([activity(), ...who]).length]).toEqual([1, 0]);
  });
});

import fc from 'fast-check';
import { isKnownCode } from '../../../src/codelists/codelists';
import type { StoredActivity } from '../../../src/modules/activity/activity.model';
import { findGaps, type MandatedAbsentGap } from '../../../src/modules/analysis/gaps';
import { findOverlaps } from '../../../src/modules/analysis/overlap';
import { assessActivityQuality, DATE_FLAGS } from '../../../src/modules/analysis/quality/activity-quality';
import { dateProblem, PLACEHOLDER_DATES } from '../../../src/modules/analysis/quality/date-credibility';
import { type ActivitySnapshot, toSnapshots, type UndatedSnapshot } from '../../../src/modules/analysis/snapshot';
import { loadTaxonomy } from '../../../src/modules/analysis/taxonomy';
import { buildStoredActivity, ORG } from '../analysis/support/factories';

const taxonomy = loadTaxonomy();
const ORGS = [ORG.UNDP, ORG.WHO, ORG.FAO, ORG.UNICEF, ORG.DANIDA, ORG.OHCHR];
/** Sectors that give themes mandated to the organisations above (health, justice, food, children). */
const SECTORS = ['12220', '15130', '15160', '31120', '11220'];

/** Credible dates, sentinels and implausible years, mixed so that every kind meets every other. */
const dateArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)) },
  { weight: 2, arbitrary: fc.constantFrom(...PLACEHOLDER_DATES) },
  { weight: 1, arbitrary: fc.constantFrom('1901-03-04', '1949-12-31', '2150-01-01', '3000-06-30') },
);
const maybeDate = fc.option(dateArb, { freq: 3 });

const storedArb = fc.record({
  org: fc.constantFrom(...ORGS),
  status: fc.constantFrom('1', '2', '3', '4'),
  plannedStart: maybeDate,
  actualStart: maybeDate,
  plannedEnd: maybeDate,
  actualEnd: maybeDate,
  countries: fc.uniqueArray(fc.constantFrom('KE', 'UG'), { minLength: 1, maxLength: 2 }),
  sector: fc.constantFrom(...SECTORS),
  participants: fc.array(fc.record({ ref: fc.constantFrom(...ORGS), role: fc.constantFrom(1, 2, 3, 4) }), { maxLength: 3 }),
});

type RawActivity = typeof storedArb extends fc.Arbitrary<infer T> ? T : never;

const storedOf = (raw: RawActivity[]): (StoredActivity & { id: string })[] =>
  raw.map((r, i) =>
    buildStoredActivity({
      id: `act-${String(i).padStart(3, '0')}`,
      iatiIdentifier: `TEST-${i}`,
      reportingOrg: { ref: r.org, name: null, type: null },
      status: r.status,
      plannedStart: r.plannedStart,
      actualStart: r.actualStart,
      plannedEnd: r.plannedEnd,
      actualEnd: r.actualEnd,
      recipientCountries: r.countries.map((code) => ({ code, percentage: null })),
      sectors: [{ vocabulary: '1', code: r.sector, percentage: null }],
      participatingOrgs: r.participants.map((p) => ({ ref: p.ref, role: p.role, name: null, type: null })),
    }),
  );

describe('overlaps rest only on credible dates', () => {
  it('no overlap uses a placeholder or implausible date, or an activity whose dates are flagged unusable', () => {
    fc.assert(
      fc.property(fc.array(storedArb, { maxLength: 30 }), (raw) => {
        const stored = storedOf(raw);
        const byId = new Map(stored.map((s) => [s.id, s]));
        const { snapshots } = toSnapshots(stored, taxonomy);
        const snapshotById = new Map(snapshots.map((s) => [s.id, s]));
        for (const o of findOverlaps(snapshots, { asOf: '2021-06-30', mandates: taxonomy.mandates })) {
          expect(dateProblem(o.period.start)).toBeNull();
          if (o.period.end !== null) expect(dateProblem(o.period.end)).toBeNull();
          for (const id of o.activityIds) {
            const period = snapshotById.get(id)!.period;
            expect(dateProblem(period.start)).toBeNull();
            if (period.end !== null) expect(dateProblem(period.end)).toBeNull();
            const unusable = assessActivityQuality(byId.get(id)!, { isKnownCode }).filter((i) => i.field === 'period' && DATE_FLAGS.has(i.flag));
            expect(unusable).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('presence in any role', () => {
  const cellsOf = (s: ActivitySnapshot | UndatedSnapshot) => s.countries.flatMap((c) => s.themes.map((t) => `${c.code}|${t.themeId}`));
  const rolesIn = (all: (ActivitySnapshot | UndatedSnapshot)[], cell: string) =>
    new Set(all.filter((s) => cellsOf(s).includes(cell)).flatMap((s) => (s.participants ?? []).map((p) => p.organisation)));

  it('never calls absent an organisation that takes part in an activity of the cell, in any role', () => {
    fc.assert(
      fc.property(fc.array(storedArb, { maxLength: 30 }), (raw) => {
        const { snapshots, undated } = toSnapshots(storedOf(raw), taxonomy);
        const report = findGaps([], snapshots, taxonomy, { asOf: '2021-06-30', period: { start: '2018-01-01', end: '2023-12-31' }, undated });
        for (const gap of report.gaps.filter((g): g is MandatedAbsentGap => g.kind === 'MANDATED_ABSENT')) {
          const present = rolesIn([...snapshots, ...undated], `${gap.country}|${gap.themeId}`);
          for (const org of gap.absentOrganisations) expect(present.has(org)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding a mandated organisation in any role to an activity of the cell removes the "absent" claim', () => {
    fc.assert(
      fc.property(fc.array(storedArb, { minLength: 1, maxLength: 20 }), fc.constantFrom(1, 2, 3, 4), (raw, role) => {
        const stored = storedOf(raw);
        const options = { asOf: '2021-06-30', period: { start: '2018-01-01', end: '2023-12-31' } };
        const before = toSnapshots(stored, taxonomy);
        const gaps = findGaps([], before.snapshots, taxonomy, { ...options, undated: before.undated }).gaps.filter(
          (g): g is MandatedAbsentGap => g.kind === 'MANDATED_ABSENT',
        );
        fc.pre(gaps.length > 0);
        const gap = gaps[0]!;
        const host = gap.activityIds[0]!;
        const joined = stored.map((s) =>
          s.id === host ? { ...s, participatingOrgs: [...s.participatingOrgs, { ref: gap.absentOrganisations[0]!, role, name: null, type: null }] } : s,
        );
        const after = toSnapshots(joined, taxonomy);
        const again = findGaps([], after.snapshots, taxonomy, { ...options, undated: after.undated }).gaps;
        expect(again.some((g) => g.id === gap.id)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

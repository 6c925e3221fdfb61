import fc from 'fast-check';
import { findOverlapsBruteForce } from '../../../src/modules/analysis/overlap.oracle';
import { type ActivityChanges, OverlapStore } from '../../../src/modules/analysis/overlap.store';
import type { OverlapOptions } from '../../../src/modules/analysis/overlap.types';
import { isoOfDay } from '../../../src/modules/analysis/period';
import type { ActivitySnapshot } from '../../../src/modules/analysis/snapshot';
import { loadTaxonomy } from '../../../src/modules/analysis/taxonomy';
import { ORG } from './support/factories';

/**
 * The overlap store against the all-pairs oracle on random portfolios and random import runs:
 * after any sequence of updates its overlaps are exactly (ids, shared sets, periods, scores,
 * kinds) the oracle's on the current activities, and those of a full rebuild.
 */
const mandates = loadTaxonomy().mandates;
const ORGS = ['X-1', 'X-2', ORG.OHCHR, ORG.FAO, ORG.WFP, ORG.UNICEF, ORG.UNHCR];
const COUNTRIES = ['KE', 'UG', 'GH', 'NG', 'MD'];
const THEMES = ['right-to-food', 'rights-of-the-child', 'refugees-asylum', 'governance', 'nhri'];
const DAY0 = 18262; // 2020-01-01
const IDS = 30;

const maybeEmpty = <T>(arb: fc.Arbitrary<T[]>) => fc.oneof({ arbitrary: arb, weight: 9 }, { arbitrary: fc.constant([] as T[]), weight: 1 });

const activityArb = fc.record({
  organisation: fc.constantFrom(...ORGS),
  countries: maybeEmpty(
    fc.uniqueArray(
      fc.record({
        code: fc.constantFrom(...COUNTRIES),
        percentage: fc.oneof(fc.constant(null), fc.constant(0), fc.constant(100), fc.integer({ min: 0, max: 100 })),
      }),
      { minLength: 1, maxLength: 3, selector: (c) => c.code },
    ),
  ),
  themes: maybeEmpty(
    fc.uniqueArray(
      fc.record({
        themeId: fc.constantFrom(...THEMES),
        weight: fc.oneof(fc.constant(1), fc.constant(0.5), fc.double({ min: 0.01, max: 1, noNaN: true })),
      }),
      { minLength: 1, maxLength: 3, selector: (t) => t.themeId },
    ),
  ),
  start: fc.integer({ min: 0, max: 60 }),
  length: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 6 }),
  factor: fc.constantFrom(1, 1, 0.5),
});
type RawActivity = typeof activityArb extends fc.Arbitrary<infer T> ? T : never;

/** One import run: activities created or changed (by id slot), and ids withdrawn. */
const runArb = fc.record({
  upserted: fc.array(fc.tuple(fc.integer({ min: 0, max: IDS - 1 }), activityArb), { maxLength: 8 }),
  removed: fc.array(fc.integer({ min: 0, max: IDS - 1 }), { maxLength: 4 }),
});

const inputArb = fc.record({
  initial: fc.array(fc.tuple(fc.integer({ min: 0, max: IDS - 1 }), activityArb), { maxLength: 25 }),
  runs: fc.array(runArb, { minLength: 1, maxLength: 4 }),
  asOf: fc.integer({ min: -10, max: 120 }),
  threshold: fc.oneof(fc.constant(0.6), fc.double({ min: 0, max: 1, noNaN: true })),
  minThemeWeight: fc.constantFrom(0, 0.3),
});

const idOf = (k: number) => `act-${(k * 7919) % 1000}`;

function snapshotOf(k: number, r: RawActivity): ActivitySnapshot {
  return {
    id: idOf(k),
    organisation: r.organisation,
    countries: r.countries,
    regions: [],
    themes: [...r.themes].sort((a, b) => (a.themeId < b.themeId ? -1 : 1)),
    period: { start: isoOfDay(DAY0 + r.start), end: r.length === null ? null : isoOfDay(DAY0 + r.start + r.length) },
    weaknesses: r.factor === 1 ? [] : [{ kind: 'PLANNED_START', factor: r.factor, message: 'planned start only' }],
    status: '2',
    budgets: [],
  };
}

/** Replays the runs on a map of current activities and on the store; checks after each run. */
function replay(
  input: typeof inputArb extends fc.Arbitrary<infer T> ? T : never,
  check: (store: OverlapStore, current: ActivitySnapshot[], options: OverlapOptions) => void,
  apply: (store: OverlapStore, changes: ActivityChanges, current: ActivitySnapshot[]) => void = (store, changes) => void store.update(changes),
) {
  const options: OverlapOptions = { asOf: isoOfDay(DAY0 + input.asOf), mandates, threshold: input.threshold, minThemeWeight: input.minThemeWeight };
  const current = new Map<string, ActivitySnapshot>();
  for (const [k, r] of input.initial) current.set(idOf(k), snapshotOf(k, r));
  const store = OverlapStore.build([...current.values()], options);
  check(store, [...current.values()], options);
  for (const run of input.runs) {
    const upserted = new Map(run.upserted.map(([k, r]) => [idOf(k), snapshotOf(k, r)]));
    const removed = run.removed.map(idOf).filter((id) => !upserted.has(id));
    for (const id of removed) current.delete(id);
    for (const [id, s] of upserted) current.set(id, s);
    apply(store, { upserted: [...upserted.values()], removed }, [...current.values()]);
    check(store, [...current.values()], options);
  }
}

describe('overlap store against the all-pairs oracle', () => {
  it('holds exactly the oracle overlaps (ids, scores, kinds) after a build and after every import run', () => {
    fc.assert(
      fc.property(inputArb, (input) =>
        replay(input, (store, current, options) => expect(store.overlaps()).toEqual(findOverlapsBruteForce(current, options))),
      ),
      { numRuns: 800 },
    );
  });

  it('gives after updates the same overlaps as a full rebuild on the current activities', () => {
    fc.assert(
      fc.property(inputArb, (input) =>
        replay(input, (store, current, options) => expect(store.overlaps()).toEqual(OverlapStore.build(current, options).overlaps())),
      ),
      { numRuns: 300 },
    );
  });

  it('brought to a new set of activities by sync, holds exactly the oracle overlaps on that set', () => {
    fc.assert(
      fc.property(inputArb, (input) =>
        replay(
          input,
          (store, current, options) => expect(store.overlaps()).toEqual(findOverlapsBruteForce(current, options)),
          (store, _changes, current) => void store.sync(current.map((s) => ({ ...s }))),
        ),
      ),
      { numRuns: 300 },
    );
  });

  it('re-examines on sync only the activities that are new or whose overlap inputs changed', () => {
    const options: OverlapOptions = { asOf: '2021-01-01', mandates };
    const a = snapshotOf(1, { organisation: 'X-1', countries: [{ code: 'KE', percentage: null }], themes: [{ themeId: 'governance', weight: 1 }], start: 0, length: 30, factor: 1 });
    const b = { ...a, id: idOf(2), organisation: 'X-2' };
    const c = { ...a, id: idOf(3), organisation: 'X-3' };
    const store = OverlapStore.build([a, b, c], options);
    const moved = { ...c, period: { start: '2020-01-05', end: '2020-02-01' } };
    expect(store.sync([{ ...a }, { ...b }, moved])).toMatchObject({ examined: 1, retired: 1, added: 2 });
    expect(store.sync([{ ...a }, moved])).toMatchObject({ examined: 0, retired: 1, added: 0 });
    expect(store.overlaps().map((o) => o.activityIds)).toEqual([[a.id, moved.id].sort()]);
  });

  it('counts per kind what it lists', () => {
    fc.assert(
      fc.property(inputArb, (input) =>
        replay(input, (store) => {
          const list = store.overlaps();
          expect(store.count()).toEqual({
            total: list.length,
            byKind: {
              POSSIBLE_DUPLICATION: list.filter((o) => o.kind === 'POSSIBLE_DUPLICATION').length,
              COMPLEMENTARY: list.filter((o) => o.kind === 'COMPLEMENTARY').length,
            },
          });
        }),
      ),
      { numRuns: 300 },
    );
  });
});

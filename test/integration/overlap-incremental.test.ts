import { OverlapStore } from '../../src/modules/analysis';
import { bumpMirrorVersion } from '../../src/modules/activity/mirror-version';
import { CoordinationCache } from '../../src/modules/coordination/coordination.cache';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { loadSample } from '../support/sample';

/**
 * After an import, the coordination state brings the kept overlap store up to date instead of
 * rebuilding it, and serves exactly what a fresh computation serves.
 */
let database: TestDatabase;
const clock = () => '2021-06-30';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadSample(database);
}, 120_000);

afterAll(() => database.destroy());

describe('overlaps after an import', () => {
  it('updates the kept overlaps with the changed and withdrawn activities only, with the results of a full rebuild', async () => {
    const cache = new CoordinationCache(database.db, clock);
    const before = (await cache.current()).overlaps().list;
    expect(before.length).toBeGreaterThan(10);

    // An import run: one activity of an overlap moves a year later, another of a different overlap is withdrawn.
    const [moved, withdrawn] = [before[0]!.activityIds[0], before.find((o) => !o.activityIds.includes(before[0]!.activityIds[0]))!.activityIds[1]];
    const activities = database.db.collection('activities');
    const docs = await activities.find({}).toArray();
    const docOf = (id: string) => docs.find((d) => String(d._id) === id)!;
    const shift = (date: string | null | undefined) => (date ? `${Number(date.slice(0, 4)) + 1}${date.slice(4)}` : date);
    const m = docOf(moved);
    await activities.updateOne(
      { _id: m._id },
      { $set: { plannedStart: shift(m.plannedStart), actualStart: shift(m.actualStart), plannedEnd: shift(m.plannedEnd), actualEnd: shift(m.actualEnd) } },
    );
    await activities.updateOne({ _id: docOf(withdrawn)._id }, { $set: { mirrorState: 'WITHDRAWN' } });
    await bumpMirrorVersion(database.db);

    const build = jest.spyOn(OverlapStore, 'build');
    const sync = jest.spyOn(OverlapStore.prototype, 'sync');
    const after = (await cache.current()).overlaps().list;
    expect(build).not.toHaveBeenCalled();
    expect(sync.mock.results[0]!.value).toMatchObject({ examined: 1, retired: 2 });
    build.mockRestore();
    sync.mockRestore();

    const rebuilt = (await new CoordinationCache(database.db, clock).current()).overlaps().list;
    expect(after).toEqual(rebuilt);
    expect(after.some((o) => o.activityIds.includes(withdrawn))).toBe(false);
    // Overlaps the import did not touch keep their ids, so decisions recorded on them stay attached.
    const untouched = before.filter((o) => !o.activityIds.includes(moved) && !o.activityIds.includes(withdrawn));
    expect(after.filter((o) => !o.activityIds.includes(moved))).toEqual(untouched);
  });
});

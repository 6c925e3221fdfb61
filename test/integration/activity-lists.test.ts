import { ActivityListService } from '../../src/modules/activity/activity-lists.service';
import { ANONYMOUS, visibleActivities } from '../../src/viewer';
import { buildActivity, insertActivities } from '../factories/activity.factory';
import { recordCommands } from '../support/command-monitor';
import { openTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
  // Six recent Kenyan activities, then one older Ugandan one: a scan of KE ∪ UG, newest first,
  // meets the Ugandan activity last.
  await insertActivities(database.db, [
    ...Array.from({ length: 6 }, (_, i) => buildActivity({ iatiIdentifier: `KE-${i}`, plannedStart: `2022-0${i + 1}-01`, recipientCountries: [{ code: 'KE', percentage: 100 }] })),
    buildActivity({ iatiIdentifier: 'UG-OLD', plannedStart: '2001-01-01', recipientCountries: [{ code: 'UG', percentage: 100 }] }),
  ]);
});

afterAll(() => database.destroy());

const lists = (maxScan: number) => new ActivityListService(database.orm.em.fork(), visibleActivities(ANONYMOUS), { defaultPageSize: 20, maxPageSize: 500 }, maxScan);

describe('ActivityListService.firstPages', () => {
  it('reads the first pages of several parents with one find when the scan fills them', async () => {
    const sent = await recordCommands(database.orm, () => lists(100).firstPages(['KE', 'UG'], { relation: 'country', first: 2 }));
    expect(sent.map((c) => `${c.name} ${c.collection}`)).toEqual(['find activities']);
  });

  it('pages a parent the capped scan did not reach with a scan of its own', async () => {
    const pages = await lists(3).firstPages(['KE', 'UG'], { relation: 'country', first: 2 });
    expect({ ke: pages.get('KE')?.rows.length, ug: pages.get('UG')?.rows.length, ugMore: pages.get('UG')?.hasNextPage }).toEqual({ ke: 2, ug: 1, ugMore: false });
  });
});

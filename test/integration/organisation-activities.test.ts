import { buildActivity, insertActivities } from '../factories/activity.factory';
import { startTestGateway, type TestGateway } from '../support/server';

const UNDP = 'XM-DAC-41114';
const UNICEF = 'XM-DAC-41122';
const WHO = 'XM-DAC-928';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
  await insertActivities(gateway.database.db, [
    buildActivity({
      iatiIdentifier: 'P-1',
      plannedStart: '2020-01-01',
      participatingOrgs: [
        { ref: UNDP, name: 'UNDP', type: '40', role: 4 },
        { ref: UNICEF, name: 'UNICEF', type: '40', role: 1 },
      ],
    }),
    buildActivity({
      iatiIdentifier: 'P-2',
      plannedStart: '2022-01-01',
      participatingOrgs: [{ ref: UNICEF, name: 'UNICEF', type: '40', role: 4 }],
    }),
    buildActivity({
      iatiIdentifier: 'P-3',
      plannedStart: '2021-01-01',
      reportingOrg: { ref: WHO, name: 'WHO', type: '40' },
      participatingOrgs: [{ ref: UNDP, name: 'UNDP', type: '40', role: 1 }],
    }),
  ]);
});

afterAll(() => gateway.close());

const identifiers = (connection: any) => connection.edges.map((e: any) => e.node.iatiIdentifier);

describe('Organisation.participatingActivities', () => {
  it('lists the activities an organisation takes part in, newest first', async () => {
    const { body } = await gateway.post(`{ organisation(ref: "${UNDP}") { participatingActivities { totalCount edges { node { iatiIdentifier } } } } }`);
    expect(identifiers(body.data?.organisation.participatingActivities)).toEqual(['P-3', 'P-1']);
    expect(body.data?.organisation.participatingActivities.totalCount).toBe(2);
  });

  it('keeps the roles asked for, of this organisation only', async () => {
    // In P-1 UNDP implements (4) and UNICEF funds (1): asking UNDP as funder must not match P-1.
    const { body } = await gateway.post(`{ organisation(ref: "${UNDP}") { participatingActivities(role: [1]) { totalCount edges { node { iatiIdentifier } } } } }`);
    expect(identifiers(body.data?.organisation.participatingActivities)).toEqual(['P-3']);
    expect(body.data?.organisation.participatingActivities.totalCount).toBe(1);
  });

  it('gives each organisation of a list its own page', async () => {
    const { body } = await gateway.post(
      `{ undp: organisation(ref: "${UNDP}") { participatingActivities(role: [4]) { edges { node { iatiIdentifier } } } } unicef: organisation(ref: "${UNICEF}") { participatingActivities(role: [4]) { edges { node { iatiIdentifier } } } } }`,
    );
    expect({ undp: identifiers(body.data?.undp.participatingActivities), unicef: identifiers(body.data?.unicef.participatingActivities) }).toEqual({
      undp: ['P-1'],
      unicef: ['P-2'],
    });
  });
});

describe('Organisation.activities', () => {
  it('lists the activities each organisation reports, newest first', async () => {
    const { body } = await gateway.post(`{ undp: organisation(ref: "${UNDP}") { activities { totalCount edges { node { iatiIdentifier } } } } who: organisation(ref: "${WHO}") { activities { totalCount edges { node { iatiIdentifier } } } } }`);
    expect({ undp: identifiers(body.data?.undp.activities), who: identifiers(body.data?.who.activities), counts: [body.data?.undp.activities.totalCount, body.data?.who.activities.totalCount] }).toEqual({
      undp: ['P-2', 'P-1'],
      who: ['P-3'],
      counts: [2, 1],
    });
  });
});

describe('ParticipatingOrg.organisation', () => {
  it('joins a participating organisation to the organisation Concord knows', async () => {
    const { body } = await gateway.post('{ activity(iatiIdentifier: "P-2") { participatingOrgs { organisation { acronym } } } }');
    expect(body.data?.activity.participatingOrgs).toEqual([{ organisation: { acronym: 'UNICEF' } }]);
  });
});

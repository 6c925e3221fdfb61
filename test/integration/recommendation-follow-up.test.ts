import { createKeyHeader } from '../support/api-keys';
import { recordCommands } from '../support/command-monitor';
import { loadSample } from '../support/sample';
import { startTestGateway, type TestGateway } from '../support/server';

/**
 * The follow-up of recommendations on the bundled sample over HTTP: progress derived from the
 * follow-up activities, resources required against identified, the specific-project flag, and the
 * editors' audited changes.
 */
let gateway: TestGateway;
let editor: Record<string, string>;

const FOLLOW_UP = `followUp { progress proposesSpecificProject projectProposal updatedAt
  resourcesRequired { value currency amount } resourcesIdentified { value currency } resourcesUncovered { value currency }
  activities { via stage activity { iatiIdentifier } } }`;
const UPDATE = `mutation($input: UpdateRecommendationFollowUpInput!) { updateRecommendationFollowUp(input: $input) {
  __typename ... on RecommendationFollowUpPayload { recommendation { annotationId ${FOLLOW_UP} } auditEntry { action actor { label } changes { field before after } } }
  ... on ValidationFailed { message fieldErrors { field message } } } }`;

const recommendation = async (annotationId: string, headers: Record<string, string> = {}) =>
  (await gateway.post(`query($a: String) { recommendation(annotationId: $a) { id ${FOLLOW_UP} } }`, { a: annotationId }, headers)).body.data!.recommendation;

async function activityId(iatiIdentifier: string): Promise<string> {
  const { body } = await gateway.post(`query($i: String) { activity(iatiIdentifier: $i) { id } }`, { i: iatiIdentifier });
  const id = body.data?.activity?.id as string | undefined;
  if (!id) throw new Error(`no activity ${iatiIdentifier}: ${JSON.stringify(body.errors)}`);
  return id;
}

beforeAll(async () => {
  gateway = await startTestGateway();
  await loadSample(gateway.database);
  editor = { authorization: (await createKeyHeader(gateway.database.orm, { role: 'OHCHR_EDITOR', label: 'Geneva desk' })).authorization };
}, 180_000);

afterAll(() => gateway?.close());

describe('Recommendation.followUp on the sample', () => {
  it('derives progress from the linked activity and sets resources identified against required', async () => {
    const rec = await recommendation('fixture-ke-001');
    expect(rec.followUp).toMatchObject({
      progress: 'IN_PROGRESS',
      proposesSpecificProject: true,
      resourcesRequired: { value: 900000, currency: 'USD', amount: '900000.00' },
      resourcesIdentified: [{ value: 620000, currency: 'USD' }],
      resourcesUncovered: { value: 280000, currency: 'USD' },
    });
    expect(rec.followUp.activities[0]).toEqual({ via: 'LINKED', stage: 'IN_PROGRESS', activity: { iatiIdentifier: 'OHCHR-EXAMPLE-KE-002' } });
  });

  it('gives every recommendation a progress and its resources', async () => {
    const { body } = await gateway.post(`{ recommendations(first: 100) { totalCount edges { node { annotationId followUp { progress resourcesIdentified { value } } } } } }`);
    const nodes = body.data!.recommendations.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(body.data!.recommendations.totalCount);
    expect(nodes.every((n: { followUp: { progress: string } }) => ['NONE', 'PLANNED', 'IN_PROGRESS', 'COMPLETED'].includes(n.followUp.progress))).toBe(true);
  });

  it('counts a matching activity as follow-up without a link, but not its budget', async () => {
    const rec = await recommendation('fixture-ng-001');
    expect(rec.followUp.activities.length).toBeGreaterThan(0);
    expect(rec.followUp.activities.every((a: { via: string }) => a.via === 'MATCHED')).toBe(true);
    expect(rec.followUp).toMatchObject({ resourcesIdentified: [], resourcesUncovered: { value: 2500000, currency: 'USD' } });
  });

  it('is NONE for a recommendation nothing follows up', async () => {
    expect((await recommendation('fixture-md-001')).followUp).toMatchObject({ progress: 'NONE', activities: [], resourcesRequired: null, resourcesUncovered: null, proposesSpecificProject: false });
  });
});

describe('updateRecommendationFollowUp', () => {
  it('links an activity, records resources and the project, and audits the change', async () => {
    const rec = await recommendation('fixture-kh-002');
    const egypt = await activityId('OHCHR-EXAMPLE-EG-001');
    const { body } = await gateway.post(
      UPDATE,
      { input: { recommendationId: rec.id, linkActivities: [egypt], resourcesRequired: { value: 500000, currency: 'usd' }, proposesSpecificProject: true, projectProposal: '  Training of trainers  ' } },
      editor,
    );
    const result = body.data!.updateRecommendationFollowUp;
    expect(result.recommendation.followUp).toMatchObject({
      progress: 'IN_PROGRESS',
      projectProposal: 'Training of trainers',
      resourcesRequired: { value: 500000, currency: 'USD' },
      resourcesIdentified: [{ value: 300000, currency: 'USD' }],
      resourcesUncovered: { value: 200000, currency: 'USD' },
      activities: [{ via: 'LINKED', stage: 'IN_PROGRESS', activity: { iatiIdentifier: 'OHCHR-EXAMPLE-EG-001' } }],
    });
    expect(result.auditEntry.changes.map((c: { field: string }) => c.field)).toEqual(['linkedActivities', 'resourcesRequired', 'proposesSpecificProject', 'projectProposal']);
    const trail = (await gateway.post(`query($id: ID!) { recommendation(id: $id) { followUpAuditTrail { action actor { label } } } }`, { id: rec.id }, editor)).body.data!.recommendation;
    expect(trail.followUpAuditTrail).toEqual([{ action: 'UPDATE', actor: { label: 'Geneva desk' } }]);
  });

  it('takes the recommendation out of the gaps without follow-up once an activity is linked', async () => {
    const gaps = async () =>
      (await gateway.post(`{ gaps(filter: { country: ["MG"], kind: [RECOMMENDATION_WITHOUT_FOLLOW_UP] }, first: 50) { totalCount } }`)).body.data!.gaps.totalCount as number;
    const before = await gaps();
    const rec = await recommendation('fixture-mg-002');
    await gateway.post(UPDATE, { input: { recommendationId: rec.id, linkActivities: [await activityId('OHCHR-EXAMPLE-GH-001')] } }, editor);
    expect([before, await gaps()]).toEqual([1, 0]);
  });

  it('unlinks an activity and clears the resources', async () => {
    const rec = await recommendation('fixture-ke-002');
    const kenya = await activityId('OHCHR-EXAMPLE-KE-001');
    const result = (await gateway.post(UPDATE, { input: { recommendationId: rec.id, unlinkActivities: [kenya], resourcesRequired: null } }, editor)).body.data!.updateRecommendationFollowUp;
    expect(result.recommendation.followUp.activities.filter((a: { via: string }) => a.via === 'LINKED')).toEqual([]);
    expect(result.recommendation.followUp).toMatchObject({ resourcesRequired: null, resourcesIdentified: [], resourcesUncovered: null });
  });

  it('refuses invalid changes listing every problem, and writes nothing', async () => {
    const rec = await recommendation('fixture-gh-002');
    const { body } = await gateway.post(
      UPDATE,
      { input: { recommendationId: rec.id, linkActivities: ['0123456789abcdef01234567'], resourcesRequired: { value: -1, currency: 'XYZ' } } },
      editor,
    );
    const result = body.data!.updateRecommendationFollowUp;
    expect(result.__typename).toBe('ValidationFailed');
    expect(result.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['resourcesRequired.value', 'resourcesRequired.currency', 'linkActivities']);
    expect((await recommendation('fixture-gh-002')).followUp).toEqual(rec.followUp);
  });

  it('answers no audit entry for a change that changes nothing', async () => {
    const rec = await recommendation('fixture-ug-001');
    const result = (await gateway.post(UPDATE, { input: { recommendationId: rec.id, resourcesRequired: { value: 300000, currency: 'USD' } } }, editor)).body.data!.updateRecommendationFollowUp;
    expect(result.auditEntry).toBeNull();
  });

  it('is refused without an editor key, and the trail is hidden from anonymous callers', async () => {
    const rec = await recommendation('fixture-ug-002');
    const write = await gateway.post(UPDATE, { input: { recommendationId: rec.id, proposesSpecificProject: true } });
    const trail = await gateway.post(`query($id: ID!) { recommendation(id: $id) { followUpAuditTrail { action } } }`, { id: rec.id });
    expect([write.body.errors?.[0]?.extensions?.code, trail.body.errors?.[0]?.extensions?.code, trail.body.data!.recommendation.followUpAuditTrail]).toEqual(['FORBIDDEN', 'FORBIDDEN', null]);
  });
});

describe('batching', () => {
  it('sends as many database commands for twelve recommendations with their follow-up as for three', async () => {
    const page = (first: number) => `{ recommendations(first: ${first}) { edges { node { followUp { progress activities { activity { iatiIdentifier } } } followUpAuditTrail { action } } } } }`;
    const commands = async (first: number) => {
      let edges = 0;
      const sent = await recordCommands(gateway.database.orm, async () => {
        edges = (await gateway.post(page(first), {}, editor)).body.data!.recommendations.edges.length;
      });
      expect(edges).toBe(first);
      return sent.length;
    };
    await commands(1);
    expect(await commands(12)).toBe(await commands(3));
  });
});

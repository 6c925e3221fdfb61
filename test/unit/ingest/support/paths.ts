import path from 'node:path';

/** Files inside the repository only: the bundled sample and the test fixtures (see their SOURCES.md). */
const repository = path.resolve(__dirname, '../../../..');
export const sampleDir = path.join(repository, 'data', 'sample');
export const iatiFixtures = path.join(repository, 'test', 'fixtures', 'iati');
export const annotatedExample = path.join(iatiFixtures, 'activity-standard-example-annotated.xml');
export const organisationExample = path.join(iatiFixtures, 'organisation-standard-example-annotated.xml');

export const dportalFiles = {
  undp: path.join(sampleDir, 'undp_2021-06-15_dportal_111.xml'),
  who: path.join(sampleDir, 'who_2021-06-15_dportal_128.xml'),
  denmark: path.join(sampleDir, 'denmark-undp-ifad_2021-06-15_dportal_99.xml'),
  agencies: path.join(sampleDir, 'fao-unido-unicef-unwomen-wfp_2021-06-08_dportal_111.xml'),
  foodsecurity: path.join(sampleDir, 'foodsecurity-fixture_dportal.xml'),
} as const;

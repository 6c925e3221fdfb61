import path from 'node:path';

/** `shared/data` beside the checkout (CI puts shared/ next to the repository). */
export const sharedData = path.resolve(__dirname, '../../../../../shared/data');
export const dportalDir = path.join(sharedData, 'iati-activities-dportal');
export const annotatedExample = path.join(sharedData, 'iati-examples', 'activity-standard-example-annotated.xml');
export const organisationExample = path.join(sharedData, 'iati-examples', 'organisation-standard-example-annotated.xml');
export const iatiFixtures = path.resolve(__dirname, '../../../fixtures/iati');

export const dportalFiles = {
  undp: path.join(dportalDir, 'undp_2021-06-15_dportal_111.xml'),
  who: path.join(dportalDir, 'who_2021-06-15_dportal_128.xml'),
  denmark: path.join(dportalDir, 'denmark-undp-ifad_2021-06-15_dportal_99.xml'),
  agencies: path.join(dportalDir, 'fao-unido-unicef-unwomen-wfp_2021-06-08_dportal_111.xml'),
  foodsecurity: path.join(dportalDir, 'foodsecurity-fixture_dportal.xml'),
} as const;

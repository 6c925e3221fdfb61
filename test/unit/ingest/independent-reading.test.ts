import type { ParsedActivity } from '../../../src/ingest/iati';
import { readIndependently, type IndependentActivity } from './support/independent-reading';
import { dportalFiles } from './support/paths';
import { parsedActivities } from './support/read-all';

// Every activity of these files, read by the streaming parser, agrees with a DOM reading by
// fast-xml-parser on countries, sectors, dates and titles.
describe.each([
  ['UNDP', dportalFiles.undp],
  ['FAO/UNIDO/UNICEF/UN Women/WFP', dportalFiles.agencies],
  ['Denmark/UNDP/IFAD', dportalFiles.denmark],
  ['WHO', dportalFiles.who],
  ['food security', dportalFiles.foodsecurity],
])('%s file read independently', (_name, file) => {
  let streamed: ParsedActivity[];
  let independent: IndependentActivity[];

  beforeAll(async () => {
    streamed = await parsedActivities(file);
    independent = readIndependently(file);
  });

  it('has the same activities in the same order', () => {
    expect(streamed.map((a) => a.record.iatiIdentifier)).toEqual(independent.map((a) => a.iatiIdentifier));
  });

  it('has the same recipient countries and percentages', () => {
    expect(streamed.map((a) => a.record.recipientCountries)).toEqual(independent.map((a) => a.recipientCountries));
  });

  it('has the same sectors (vocabulary, code, percentage)', () => {
    expect(streamed.map((a) => a.record.sectors)).toEqual(independent.map((a) => a.sectors));
  });

  it('has the same four activity dates', () => {
    const dates = streamed.map(({ record: r }) => ({
      plannedStart: r.plannedStart,
      actualStart: r.actualStart,
      plannedEnd: r.plannedEnd,
      actualEnd: r.actualEnd,
    }));
    expect(dates).toEqual(independent.map((a) => a.dates));
  });

  it('has the same titles per language', () => {
    expect(streamed.map((a) => a.record.titles)).toEqual(independent.map((a) => a.titles));
  });
});

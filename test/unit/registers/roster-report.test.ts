import ExcelJS from 'exceljs';
import type { CountryProfile } from '../../../src/modules/register/country-profile';
import type { ExpertRecord } from '../../../src/modules/register/register.model';
import { buildRosterReport, renderRosterReport } from '../../../src/modules/register/roster-report';

const profiles = new Map<string, CountryProfile>([['KE', { region: 'AFRICA', developing: true, languages: ['en'] }]]);
const expert = (identifier: string, over: Partial<ExpertRecord>): ExpertRecord => ({
  identifier,
  name: identifier,
  nationality: 'KE',
  countries: ['KE'],
  regions: [],
  themes: ['nhri'],
  languages: ['en'],
  nominatedBy: null,
  availability: 'AVAILABLE',
  rosterYear: 2025,
  removedOn: null,
  ...over,
});
const experts = [expert('E-1', { name: '<b>Amina</b> & co' }), expert('E-2', { name: 'Old Hand', rosterYear: 2020, removedOn: '2025-05-01' })];
const model = (withNames: boolean) =>
  buildRosterReport(experts, 2025, { profiles, labels: { themeLabel: () => 'NHRIs', countryName: () => 'Kenya' }, withNames, now: new Date('2026-01-05T10:00:00Z') });

describe('the yearly roster report', () => {
  it('counts additions, removals and the roster at the end of the year', () => {
    const m = model(true);
    expect([m.added, m.removed, m.onRoster, m.byTheme]).toEqual([1, 1, 1, [{ label: 'NHRIs', count: 1 }]]);
  });

  it('names the experts added and removed only when allowed', () => {
    expect([model(true).additions.length, model(false).additions.length, model(false).removals.length]).toEqual([1, 0, 0]);
  });

  it('renders Markdown with the names escaped', async () => {
    const md = String((await renderRosterReport(model(true), 'md')).body);
    expect(md).toContain('\\<b\\>Amina\\</b\\> & co');
    expect(md).toContain('## Added to the roster (1)');
  });

  it('renders HTML with the names escaped', async () => {
    const page = String((await renderRosterReport(model(true), 'html')).body);
    expect(page).toContain('&lt;b&gt;Amina&lt;/b&gt; &amp; co');
    expect(page).not.toContain('<b>Amina');
  });

  it('says that names need a role instead of listing them', async () => {
    const page = String((await renderRosterReport(model(false), 'html')).body);
    expect([page.includes('Amina'), page.includes('names need an OHCHR_EDITOR or ADMIN key')]).toEqual([false, true]);
  });

  it('renders one CSV table of counts and changes', async () => {
    const csv = String((await renderRosterReport(model(true), 'csv')).body);
    expect(csv.split('\r\n').slice(0, 4)).toEqual(['\uFEFFsection,item,experts', 'summary,on the roster on 2025-12-31,1', 'summary,added,1', 'summary,removed,1']);
  });

  it('renders a workbook with a sheet per part', async () => {
    const rendered = await renderRosterReport(model(true), 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(rendered.body as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Added', 'Removed', 'By theme', 'By region', 'By nationality group']);
  });
});

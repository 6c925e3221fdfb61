import { iatiElement as el, normaliseActivity, type IatiElement, type NormalisedActivity } from '../../../src/ingest/iati';
import type { ActivityRecord, RecordWarning } from '../../../src/modules/activity/activity.model';

/** A minimal valid activity with extra children. */
function activity(children: IatiElement[], attrs: Record<string, string> = {}): IatiElement {
  return el('iati-activity', attrs, [
    el('iati-identifier', {}, [], 'XX-1-A'),
    el('reporting-org', { ref: 'XX-1' }),
    ...children,
  ], '', 5);
}

function normalised(tree: IatiElement, rootLang: string | null = null): { record: ActivityRecord; warnings: RecordWarning[] } {
  const result: NormalisedActivity = normaliseActivity(tree, { rootLang });
  if ('skipped' in result) throw new Error(`skipped: ${result.skipped.reason}`);
  return result;
}

const narrative = (text: string, lang?: string): IatiElement => el('narrative', lang ? { 'xml:lang': lang } : {}, [], text);

describe('normaliseActivity', () => {
  it('skips an activity without iati-identifier', () => {
    const tree = el('iati-activity', {}, [el('reporting-org', { ref: 'XX-1' })], '', 9);
    expect(normaliseActivity(tree, { rootLang: null })).toEqual({ skipped: { reason: 'missing iati-identifier', line: 9, iatiIdentifier: null } });
  });

  it('takes the file language when the activity has none', () => {
    const { record } = normalised(activity([el('title', {}, [narrative('Titre')])]), 'FR');
    expect([record.defaultLang, record.titles]).toEqual(['fr', [{ lang: 'fr', text: 'Titre' }]]);
  });

  it('assumes "en" when no language is given anywhere, and notes it once', () => {
    const { record, warnings } = normalised(activity([el('title', {}, [narrative('One'), narrative('Two')])]));
    expect(record.titles.map((t) => t.lang)).toEqual(['en', 'en']);
    expect(warnings.filter((w) => w.element === 'iati-activity/@xml:lang')).toHaveLength(1);
  });

  it('leaves blank narratives out', () => {
    const { record } = normalised(activity([el('description', { type: '1' }, [narrative('  ', 'en')])]));
    expect(record.descriptions).toEqual([]);
  });

  it('collects SDG goals and targets from tags and sectors, distinct and sorted', () => {
    const { record } = normalised(activity([
      el('tag', { vocabulary: '2', code: '16' }),
      el('tag', { vocabulary: '3', code: '16.10' }),
      el('tag', { vocabulary: '3', code: '3.d' }),
      el('tag', { vocabulary: '1', code: '5' }),
      el('sector', { vocabulary: '7', code: '5' }),
      el('sector', { vocabulary: '7', code: '16' }),
      el('sector', { vocabulary: '8', code: '16.2' }),
      el('sector', { vocabulary: '8', code: '3.D' }),
    ]));
    expect([record.sdgGoals, record.sdgTargets]).toEqual([['5', '16'], ['3.D', '16.2', '16.10']]);
  });

  it('takes countries from transactions when the activity names none', () => {
    const transaction = (code: string): IatiElement => el('transaction', {}, [el('recipient-country', { code })]);
    const { record } = normalised(activity([transaction('ke'), transaction('UG'), transaction('KE')]));
    expect(record.recipientCountries).toEqual([{ code: 'KE', percentage: null }, { code: 'UG', percentage: null }]);
  });

  it('marks the activity humanitarian when one transaction is', () => {
    const { record } = normalised(activity([el('transaction', { humanitarian: '1' }, [el('transaction-type', { code: '3' })])], { humanitarian: '0' }));
    expect(record.humanitarian).toBe(true);
  });

  it('leaves out a transaction whose value has no currency, with a warning', () => {
    const tx = el('transaction', {}, [el('transaction-type', { code: '2' }), el('value', {}, [], '100')]);
    const { record, warnings } = normalised(activity([tx]));
    expect([record.commitments, warnings.map((w) => w.element)]).toEqual([[], ['transaction/value/@currency']]);
  });

  it('sums without floating-point noise', () => {
    const tx = (value: string): IatiElement =>
      el('transaction', {}, [el('transaction-type', { code: '3' }), el('value', { currency: 'USD' }, [], value)]);
    const { record } = normalised(activity([tx('0.1'), tx('0.2')]));
    expect(record.disbursements).toEqual([{ currency: 'USD', value: 0.3 }]);
  });

  it('empties an unreadable date, with a warning', () => {
    const { record, warnings } = normalised(activity([el('activity-date', { type: '2', 'iso-date': '31/12/2020' })]));
    expect([record.actualStart, warnings.map((w) => w.element)]).toEqual([null, ['activity-date/@iso-date']]);
  });

  it('keeps the first of two dates of the same type, with a warning', () => {
    const { record, warnings } = normalised(activity([
      el('activity-date', { type: '1', 'iso-date': '2020-01-01' }),
      el('activity-date', { type: '1', 'iso-date': '2021-01-01' }),
    ]));
    expect([record.plannedStart, warnings.length]).toEqual(['2020-01-01', 1]);
  });

  it('empties an unreadable point, with a warning', () => {
    const location = el('location', {}, [el('point', {}, [el('pos', {}, [], '11.8 north')])]);
    const { record, warnings } = normalised(activity([location]));
    expect([record.locations, warnings.map((w) => w.element)]).toEqual([[{ name: null, point: null }], ['location/pos']]);
  });

  it('reports one warning for the same slip repeated', () => {
    const country = el('recipient-country', { code: 'QQ' });
    const { warnings } = normalised(activity([country, country]));
    expect(warnings).toHaveLength(1);
  });
});

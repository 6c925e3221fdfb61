import type { ActivityRecord, Description, RecordWarning } from '../../modules/activity/activity.model';
import type { ActivityScope } from './activity-scope';
import { isKnownCode } from '../../codelists/codelists';
import { budgetsOf, transactionTotalsOf } from './finance';
import { policyMarkersOf, sdgCodesOf, sectorsOf } from './classifications';
import { locationsOf, recipientCountriesOf, recipientRegionsOf } from './geography';
import { attr, childrenNamed, firstChild, ownText, type IatiElement } from './iati-element';
import { isXsdTrue, normaliseLanguage, parseIsoDate } from './iati-values';
import { ACTIVITY_STATUS_BY_NAME, DATE_TYPE_BY_NAME, legacyCode, modernCode } from './legacy-codes';
import { narrativesOf } from './narratives';
import { orgRefOf, participatingOrgsOf } from './organisations';
import { RecordWarnings } from './record-warnings';

/**
 * The children of `iati-activity` the reducer reads. The SAX layer drops every other child
 * (results, documents, contacts…) without building it, which keeps memory per activity small.
 */
export const ACTIVITY_CHILDREN_READ: ReadonlySet<string> = new Set([
  'iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'activity-status',
  'activity-date', 'recipient-country', 'recipient-region', 'location', 'sector', 'tag',
  'policy-marker', 'budget', 'transaction',
]);

/** What the file around the activity says. */
export interface NormaliseContext {
  /** `xml:lang` of the `iati-activities` root, as written; null when absent. */
  rootLang: string | null;
}

export interface SkipReason {
  reason: string;
  /** Line of the `<iati-activity>` start tag. */
  line: number;
  /** The identifier, when the activity had one. */
  iatiIdentifier: string | null;
}

export type NormalisedActivity = { record: ActivityRecord; warnings: RecordWarning[] } | { skipped: SkipReason };

/**
 * Reduces one `iati-activity` element (IATI 2.01–2.03, and the 1.0x forms still published) to
 * an ActivityRecord. Lenient: whatever can be read is kept and every problem becomes a warning;
 * only an activity without `iati-identifier` or `reporting-org/@ref` is skipped. Pure.
 */
export function normaliseActivity(activity: IatiElement, context: NormaliseContext): NormalisedActivity {
  const iatiIdentifier = ownText(firstChild(activity, 'iati-identifier'));
  const reportingOrgElement = firstChild(activity, 'reporting-org');
  const reportingRef = attr(reportingOrgElement, 'ref');
  if (iatiIdentifier === null) return skip('missing iati-identifier', activity, null);
  if (reportingOrgElement === undefined || reportingRef === null) return skip('missing reporting-org/@ref', activity, iatiIdentifier);

  const warnings = new RecordWarnings();
  const scope: ActivityScope = {
    identifier: iatiIdentifier,
    line: activity.line,
    lang: defaultLanguageOf(activity, context, warnings),
    currency: attr(activity, 'default-currency')?.toUpperCase() ?? null,
    warnings,
  };
  const sectors = sectorsOf(activity, scope);
  const sdg = sdgCodesOf(activity, sectors, scope);
  const totals = transactionTotalsOf(activity, scope);
  const dates = activityDatesOf(activity, scope);
  const record: ActivityRecord = {
    iatiIdentifier,
    reportingOrg: { ...orgRefOf(reportingOrgElement, 'reporting-org', scope), ref: reportingRef },
    defaultLang: scope.lang,
    defaultCurrency: scope.currency,
    titles: childrenNamed(activity, 'title').flatMap((title) => narrativesOf(title, 'title', scope)),
    descriptions: descriptionsOf(activity, scope),
    status: statusOf(activity, scope),
    plannedStart: dates.get('1') ?? null,
    actualStart: dates.get('2') ?? null,
    plannedEnd: dates.get('3') ?? null,
    actualEnd: dates.get('4') ?? null,
    participatingOrgs: participatingOrgsOf(activity, scope),
    recipientCountries: recipientCountriesOf(activity, scope),
    recipientRegions: recipientRegionsOf(activity, scope),
    sectors,
    sdgGoals: sdg.goals,
    sdgTargets: sdg.targets,
    policyMarkers: policyMarkersOf(activity, scope),
    budgets: budgetsOf(activity, scope),
    commitments: totals.commitments,
    disbursements: totals.disbursements,
    humanitarian:
      isXsdTrue(attr(activity, 'humanitarian')) ||
      totals.humanitarian ||
      childrenNamed(activity, 'sector').some((sector) => isXsdTrue(attr(sector, 'humanitarian'))),
    lastUpdated: attr(activity, 'last-updated-datetime'),
    locations: locationsOf(activity, scope),
  };
  return { record, warnings: warnings.list };
}

function skip(reason: string, activity: IatiElement, iatiIdentifier: string | null): NormalisedActivity {
  return { skipped: { reason, line: activity.line, iatiIdentifier } };
}

function defaultLanguageOf(activity: IatiElement, context: NormaliseContext, warnings: RecordWarnings): string | null {
  const raw = attr(activity, 'xml:lang') ?? context.rootLang?.trim() ?? null;
  const language = normaliseLanguage(raw);
  if (language !== null && !language.twoLetter) {
    warnings.add('iati-activity/@xml:lang', activity.line, `language "${raw}" has no obvious ISO 639-1 equivalent; kept as "${language.code}"`);
  }
  return language?.code ?? null;
}

function descriptionsOf(activity: IatiElement, scope: ActivityScope): Description[] {
  return childrenNamed(activity, 'description').flatMap((description) => {
    const type = attr(description, 'type');
    return narrativesOf(description, 'description', scope).map((narrative) => ({ ...narrative, type }));
  });
}

/**
 * The 2.0x ActivityStatus code. A 1.0x status written as text ("Implementation", in the element or
 * its @code) is mapped, with a warning naming the text; an unknown code is kept with a warning.
 */
function statusOf(activity: IatiElement, scope: ActivityScope): string | null {
  const element = firstChild(activity, 'activity-status');
  if (!element) return null;
  const raw = attr(element, 'code');
  const text = raw ?? ownText(element);
  if (text !== null && !/^\d+$/.test(text.trim())) {
    const mapped = legacyCode(ACTIVITY_STATUS_BY_NAME, text);
    if (mapped !== null) {
      scope.warnings.add('activity-status', element.line, `IATI 1.0x textual status "${text.trim()}" mapped to code ${mapped}`);
      return mapped;
    }
  }
  const code = raw;
  if (code !== null && !isKnownCode('ActivityStatus', code)) {
    scope.warnings.add('activity-status/@code', element.line, `unknown activity status "${code}" (kept)`);
  }
  return code;
}

/**
 * Activity dates by 2.0x type code ("1" planned start … "4" actual end; 1.0x "start-planned"…
 * mapped). The first date of each type wins; later ones are noted.
 */
function activityDatesOf(activity: IatiElement, scope: ActivityScope): Map<string, string> {
  const dates = new Map<string, string>();
  for (const element of childrenNamed(activity, 'activity-date')) {
    const rawType = attr(element, 'type');
    const type = rawType === null ? null : modernCode(DATE_TYPE_BY_NAME, rawType);
    if (type === null || !isKnownCode('ActivityDateType', type)) {
      scope.warnings.add('activity-date/@type', element.line, `unknown activity date type "${rawType ?? ''}"; date left out`);
      continue;
    }
    const raw = attr(element, 'iso-date') ?? ownText(element);
    const date = parseIsoDate(raw);
    if (date === null) {
      scope.warnings.add('activity-date/@iso-date', element.line, `unreadable activity date "${raw ?? ''}"; left empty`);
    } else if (dates.has(type)) {
      scope.warnings.add('activity-date', element.line, `second activity date of type ${type}; the first one is kept`);
    } else {
      dates.set(type, date);
    }
  }
  return dates;
}

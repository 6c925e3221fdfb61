import type { CountryShare, LocationEntry, RegionShare } from '../../modules/activity/activity.model';
import type { ActivityScope } from './activity-scope';
import { isKnownCode } from '../../codelists/codelists';
import { attr, childrenNamed, firstChild, ownText, type IatiElement } from './iati-element';
import { parseDecimal } from './iati-values';
import { narrativesOf, preferredText } from './narratives';
import { percentageOf } from './percentages';
import { distinctFromTransactions } from './transaction-fallback';

/**
 * Recipient countries in document order, codes upper-cased; unknown codes kept with a warning.
 * When the activity names no country nor region, the distinct countries of its transactions are
 * used (IATI allows geography on transactions instead), with no percentage.
 */
export function recipientCountriesOf(activity: IatiElement, scope: ActivityScope): CountryShare[] {
  const own = childrenNamed(activity, 'recipient-country');
  if (own.length > 0 || childrenNamed(activity, 'recipient-region').length > 0) {
    return own.flatMap((element) => countryOf(element, 'recipient-country', scope, true));
  }
  return distinctFromTransactions(
    activity,
    'recipient-country',
    (element) => countryOf(element, 'transaction/recipient-country', scope, false),
    (share) => share.code,
  );
}

function countryOf(element: IatiElement, path: string, scope: ActivityScope, withPercentage: boolean): CountryShare[] {
  const code = attr(element, 'code')?.toUpperCase() ?? null;
  if (code === null) {
    scope.warnings.add(`${path}/@code`, element.line, 'recipient country without a code; left out');
    return [];
  }
  if (!isKnownCode('Country', code)) {
    scope.warnings.add(`${path}/@code`, element.line, `unknown country code "${code}" (kept)`);
  }
  return [{ code, percentage: withPercentage ? percentageOf(element, path, scope) : null }];
}

/** Recipient regions in document order; vocabulary "1" (OECD DAC) when absent. */
export function recipientRegionsOf(activity: IatiElement, scope: ActivityScope): RegionShare[] {
  return childrenNamed(activity, 'recipient-region').flatMap((element) => {
    const code = attr(element, 'code');
    const vocabulary = attr(element, 'vocabulary') ?? '1';
    if (code === null) {
      scope.warnings.add('recipient-region/@code', element.line, 'recipient region without a code; left out');
      return [];
    }
    if (vocabulary === '1' && !isKnownCode('Region', code)) {
      scope.warnings.add('recipient-region/@code', element.line, `unknown DAC region code "${code}" (kept)`);
    }
    return [{ code, vocabulary, percentage: percentageOf(element, 'recipient-region', scope) }];
  });
}

/** Locations in document order: name, and a WGS84 point from `point/pos` (or 1.0x `coordinates`). */
export function locationsOf(activity: IatiElement, scope: ActivityScope): LocationEntry[] {
  return childrenNamed(activity, 'location').map((location) => {
    const nameElement = firstChild(location, 'name');
    const name = nameElement ? preferredText(narrativesOf(nameElement, 'location/name', scope), scope) : null;
    return { name, point: pointOf(location, scope) };
  });
}

function pointOf(location: IatiElement, scope: ActivityScope): LocationEntry['point'] {
  const pos = firstChild(firstChild(location, 'point') ?? location, 'pos');
  const coordinates = firstChild(location, 'coordinates');
  const where = pos ?? coordinates;
  if (where === undefined) return null;
  const [lat, lng] = pos ? latLngOfPos(ownText(pos)) : [parseDecimal(attr(where, 'latitude')), parseDecimal(attr(where, 'longitude'))];
  if (lat === null || lng === null || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    const written = pos ? `"${pos.text.trim()}"` : 'latitude/longitude';
    scope.warnings.add(`location/${where.name}`, where.line, `unreadable point ${written}; left empty`);
    return null;
  }
  return { lat, lng };
}

/** `pos` holds "latitude longitude" separated by white space (GML, EPSG:4326 axis order). */
function latLngOfPos(text: string | null): [number | null, number | null] {
  const parts = (text ?? '').split(/\s+/);
  return parts.length === 2 ? [parseDecimal(parts[0] ?? null), parseDecimal(parts[1] ?? null)] : [null, null];
}

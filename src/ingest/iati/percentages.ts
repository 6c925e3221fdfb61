import type { ActivityScope } from './activity-scope';
import { attr, type IatiElement } from './iati-element';
import { parseDecimal } from './iati-values';

/**
 * The `@percentage` of a share (country, region, sector): null when absent; null with a
 * warning when present but not a decimal number.
 */
export function percentageOf(element: IatiElement, path: string, scope: ActivityScope): number | null {
  const raw = attr(element, 'percentage');
  if (raw === null) return null;
  const value = parseDecimal(raw);
  if (value === null) {
    scope.warnings.add(`${path}/@percentage`, element.line, `percentage "${raw}" is not a number; left empty`);
  }
  return value;
}

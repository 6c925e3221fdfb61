import type { Money } from '../activity/activity.model';

/**
 * Digits after the decimal point of a currency's minor unit (ISO 4217 via the runtime's CLDR
 * data: 2 for USD and EUR, 0 for JPY and XOF, 3 for KWD); 2 for a code the runtime does not know.
 */
export function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount rounded to its currency's minor unit (half away from zero), free of float noise. */
export function roundToMinorUnit(value: number, currency: string): number {
  const digits = minorUnitDigits(currency);
  const factor = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return Number(rounded.toFixed(digits));
}

/** The amount as a decimal string with exactly the currency's minor-unit digits ("1234567.89"). */
export function decimalAmount(money: Money): string {
  return roundToMinorUnit(money.value, money.currency).toFixed(minorUnitDigits(money.currency));
}

/** Sums per currency, each total rounded to its minor unit; sorted by currency. */
export function sumByCurrency(amounts: Iterable<Money>): Money[] {
  const totals = new Map<string, number>();
  for (const m of amounts) if (Number.isFinite(m.value) && m.currency) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.value);
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, value]) => ({ currency, value: roundToMinorUnit(value, currency) }));
}

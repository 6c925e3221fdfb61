import type { Period } from '../../modules/analysis/period';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Excel's day numbers (days since 1899-12-30) of 1990-01-01 and 2100-12-31: the plausible 3W dates. */
const EXCEL_1990 = 32874;
const EXCEL_2100 = 73415;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const fullYear = (y: number) => (y < 100 ? 2000 + y : y);

/**
 * The days a 3W date cell covers: a day ("2024-01-15", "15/01/2024"), a month ("2024-01",
 * "Jan-24", "January 2024", "01/2024"), a quarter ("2024 Q1") or an Excel day number left
 * unformatted ("45292" = 2024-01-01). Null when unreadable. Pure.
 */
export function periodOfDateCell(raw: string): Period | null {
  const v = raw.trim().toLowerCase();
  let m: RegExpExecArray | null;
  if (/^\d{5}$/.test(v) && +v >= EXCEL_1990 && +v <= EXCEL_2100) {
    const iso = new Date(Date.UTC(1899, 11, 30) + +v * 86_400_000).toISOString().slice(0, 10);
    return { start: iso, end: iso };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[t ].*)?$/.exec(v))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v))) return day(+m[3]!, +m[2]!, +m[1]!);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(v))) return month(+m[1]!, +m[2]!);
  if ((m = /^(\d{1,2})[/-](\d{4})$/.exec(v))) return month(+m[2]!, +m[1]!);
  if ((m = /^([a-z]{3})[a-z]*[\s\-/,]+(\d{2}|\d{4})$/.exec(v)) && MONTHS[m[1]!]) return month(fullYear(+m[2]!), MONTHS[m[1]!]!);
  if ((m = /^(\d{4})[\s-]*q([1-4])$/.exec(v)) || (m = /^q([1-4])[\s-]*(\d{4})$/.exec(v))) {
    const [year, q] = m[1]!.length === 4 ? [+m[1]!, +m[2]!] : [+m[2]!, +m[1]!];
    return { start: `${year}-${pad(q * 3 - 2)}-01`, end: `${year}-${pad(q * 3)}-${lastDay(year, q * 3)}` };
  }
  return null;
}

function day(y: number, mo: number, d: number): Period | null {
  if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return null;
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  return { start: iso, end: iso };
}

function month(y: number, mo: number): Period | null {
  if (mo < 1 || mo > 12 || y < 1990 || y > 2100) return null;
  return { start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` };
}

/** The smallest period holding every given one; null for none. Pure. */
export function spanOf(periods: readonly Period[]): Period | null {
  if (periods.length === 0) return null;
  let start = periods[0]!.start;
  let end = periods[0]!.end;
  for (const p of periods) {
    if (p.start < start) start = p.start;
    if (end !== null && (p.end === null || p.end > end)) end = p.end;
  }
  return { start, end };
}

/** The period of an HDX dataset_date, "[2024-01-01T00:00:00 TO 2024-03-31T23:59:59]". Pure. */
export function periodOfHdxDatasetDate(value: string): Period | null {
  const m = /^\[?\s*(\d{4}-\d{2}-\d{2})\S*\s+TO\s+(\d{4}-\d{2}-\d{2}|\*)\S*\s*\]?$/i.exec(value.trim());
  if (!m) return null;
  return { start: m[1]!, end: m[2] === '*' ? null : m[2]! };
}

import type { ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/mongodb';
import { canReadExpertDetails } from '../auth/access';
import type { ReportFormat } from '../modules/report/overlap-report.model';
import { countryProfiles } from '../modules/register/country-profile';
import { Expert } from '../modules/register/register.entity';
import { countryName, themeLabel } from '../modules/register/register.labels';
import { buildRosterReport, renderRosterReport } from '../modules/register/roster-report';
import type { Viewer } from '../viewer';
import { sendError } from './respond';

const FORMATS: readonly ReportFormat[] = ['md', 'csv', 'html', 'xlsx'];

/**
 * GET /reports/roster?year=2025&format=html
 * The roster's yearly report, as `expertRoster(year:, format:)` gives it: experts added and
 * removed by name for OHCHR_EDITOR and ADMIN keys, by number for everyone else.
 */
export async function sendRosterReport(res: ServerResponse, url: URL, em: EntityManager, viewer: Viewer): Promise<void> {
  const format = (url.searchParams.get('format') ?? 'html') as ReportFormat;
  if (!FORMATS.includes(format)) return sendError(res, 'BAD_USER_INPUT', `format: must be one of ${FORMATS.join(', ')}`);
  const year = url.searchParams.get('year') ?? '';
  if (!/^\d{4}$/.test(year) || Number(year) < 1999) return sendError(res, 'BAD_USER_INPUT', 'year: must be a year from 1999, e.g. year=2025');
  const model = buildRosterReport(await em.find(Expert, {}), Number(year), {
    profiles: countryProfiles(),
    labels: { themeLabel, countryName },
    withNames: canReadExpertDetails(viewer),
    now: new Date(),
  });
  const rendered = await renderRosterReport(model, format);
  const body = typeof rendered.body === 'string' ? Buffer.from(rendered.body, 'utf8') : rendered.body;
  res.writeHead(200, {
    'content-type': rendered.contentType,
    'content-length': body.length,
    'content-disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="expert-roster-${year}.${rendered.extension}"`,
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}

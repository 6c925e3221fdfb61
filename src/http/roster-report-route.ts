import type { ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/mongodb';
import { canReadExpertDetails } from '../auth/access';
import { Expert } from '../modules/register/register.entity';
import { renderRosterReport, rosterReportOf } from '../modules/register/roster-report';
import type { Viewer } from '../viewer';
import { requestedFormat, sendRenderedReport } from './report-route';
import { sendError } from './respond';

/**
 * GET /reports/roster?year=2025&format=html
 * The roster's yearly report, as `expertRoster(year:, format:)` gives it: experts added and
 * removed by name for OHCHR_EDITOR and ADMIN keys, by number for everyone else.
 */
export async function sendRosterReport(res: ServerResponse, url: URL, em: EntityManager, viewer: Viewer): Promise<void> {
  const format = requestedFormat(res, url);
  if (!format) return;
  const year = url.searchParams.get('year') ?? '';
  if (!/^\d{4}$/.test(year) || Number(year) < 1999) return sendError(res, 'BAD_USER_INPUT', 'year: must be a year from 1999, e.g. year=2025');
  const model = rosterReportOf(await em.find(Expert, {}), Number(year), canReadExpertDetails(viewer));
  const rendered = await renderRosterReport(model, format);
  sendRenderedReport(res, rendered, `expert-roster-${year}.${rendered.extension}`);
}

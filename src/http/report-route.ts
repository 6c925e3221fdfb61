import type { ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/mongodb';
import type { CoordinationCache } from '../modules/coordination/coordination.cache';
import { buildOverlapReport } from '../modules/report/overlap-report.builder';
import type { ReportFormat } from '../modules/report/overlap-report.model';
import { parseOverlapReportQuery } from '../modules/report/overlap-report.query';
import { type RenderedReport, renderReport } from '../modules/report/render';
import { buildAnalyticalReport } from '../modules/report/analytical/analytical-report.builder';
import { parseAnalyticalReportQuery } from '../modules/report/analytical/analytical-report.query';
import { analyticalReportFilename, renderAnalyticalReport } from '../modules/report/analytical/analytical-report.render';
import type { Viewer } from '../viewer';
import { sendError } from './respond';

const FORMATS: readonly ReportFormat[] = ['md', 'csv', 'html', 'xlsx'];

/** The `format` parameter of a report route (html by default), or null once the refusal is sent. */
export function requestedFormat(res: ServerResponse, url: URL): ReportFormat | null {
  const format = (url.searchParams.get('format') ?? 'html') as ReportFormat;
  if (FORMATS.includes(format)) return format;
  sendError(res, 'BAD_USER_INPUT', `format: must be one of ${FORMATS.join(', ')}`);
  return null;
}

/** A rendered report as the answer: html shown inline, the other formats as a download; never cached. */
export function sendRenderedReport(res: ServerResponse, rendered: RenderedReport, filename: string): void {
  const body = typeof rendered.body === 'string' ? Buffer.from(rendered.body, 'utf8') : rendered.body;
  res.writeHead(200, {
    'content-type': rendered.contentType,
    'content-length': body.length,
    'content-disposition': `${rendered.extension === 'html' ? 'inline' : 'attachment'}; filename="${filename}"`,
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * GET /reports/overlaps?country=KE&country=UG&from=2021-01-01&to=2021-12-31&format=html&top=50
 * The same report as `concord report overlaps`, as the viewer (API key or anonymous) may see it.
 */
export async function sendOverlapReport(res: ServerResponse, url: URL, em: EntityManager, cache: CoordinationCache, viewer: Viewer): Promise<void> {
  const format = requestedFormat(res, url);
  if (!format) return;
  const parsed = parseOverlapReportQuery({
    countries: url.searchParams.getAll('country').flatMap((c) => c.split(',')).filter(Boolean),
    from: url.searchParams.get('from'),
    to: url.searchParams.get('to'),
    top: url.searchParams.get('top') ?? undefined,
  });
  if (!parsed.ok) return sendError(res, 'BAD_USER_INPUT', parsed.problems.join('; '));
  const model = await buildOverlapReport(em, cache, viewer, parsed.query);
  const rendered = await renderReport(model, format);
  sendRenderedReport(res, rendered, `overlap-report${parsed.query.countries.length > 0 ? `-${parsed.query.countries.join('-')}` : ''}.${rendered.extension}`);
}

/**
 * GET /reports/analytical?from=2023-01-01&to=2023-12-31&country=KE&format=html
 * The analytical report on progress, achievements and obstacles, as `concord report analytical`
 * writes it, as the viewer (API key or anonymous) may see the activities.
 */
export async function sendAnalyticalReport(res: ServerResponse, url: URL, em: EntityManager, cache: CoordinationCache, viewer: Viewer): Promise<void> {
  const format = requestedFormat(res, url);
  if (!format) return;
  const parsed = parseAnalyticalReportQuery({
    countries: url.searchParams.getAll('country').flatMap((c) => c.split(',')).filter(Boolean),
    from: url.searchParams.get('from'),
    to: url.searchParams.get('to'),
  });
  if (!parsed.ok) return sendError(res, 'BAD_USER_INPUT', parsed.problems.join('; '));
  const model = await buildAnalyticalReport(em, cache, viewer, parsed.query);
  const rendered = await renderAnalyticalReport(model, format);
  sendRenderedReport(res, rendered, analyticalReportFilename(model, rendered.extension));
}

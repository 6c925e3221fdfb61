import type { QueryResolvers, ReportFormat as SchemaReportFormat, Resolvers } from '../../../__generated__/graphql';
import type { ReportFormat } from '../overlap-report.model';

const FORMATS: Record<SchemaReportFormat, ReportFormat> = { HTML: 'html', XLSX: 'xlsx', MD: 'md', CSV: 'csv' };

const analyticalReport: NonNullable<QueryResolvers['analyticalReport']> = (_, { period, country, format }, ctx) =>
  ctx.services.analyticalReports.file({ from: period?.from, to: period?.to, countries: country, format: FORMATS[format] });

export const analyticalReportResolvers: Resolvers = { Query: { analyticalReport } };

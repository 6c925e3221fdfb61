import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './__generated__/graphql';
import { aboutResolvers } from './modules/about/about.resolvers';
import { viewerResolvers } from './auth/viewer.resolvers';
import { activityResolvers } from './modules/activity/activity.resolvers';
import { coordinationResolvers } from './modules/coordination/coordination.resolvers';
import { budgetResolvers } from './modules/budget/budget.resolvers';
import { meetingResolvers } from './modules/meeting/meeting.resolvers';
import { liveResolvers } from './modules/live/live.resolvers';
import { withGlobalIds } from './modules/node/global-id.transform';
import { nodeResolvers } from './modules/node/node.resolvers';
import { themeResolvers } from './modules/theme/theme.resolvers';
import { auditResolvers } from './modules/audit/audit.resolvers';
import { codeNameResolvers } from './modules/codelist/codelist.resolvers';
import { countryResolvers } from './modules/country/country.resolvers';
import { importRunResolvers } from './modules/import/import-run.resolvers';
import { ohchrResolvers } from './modules/ohchr/ohchr.resolvers';
import { organisationResolvers } from './modules/organisation/organisation.resolvers';
import { qualityResolvers } from './modules/quality/quality.resolvers';
import { recommendationResolvers } from './modules/recommendation/recommendation.resolvers';
import { registerResolvers } from './modules/register/register.resolvers';
import { fieldOperationResolvers } from './modules/field-operation/field-operation.resolvers';
import { followUpResolvers } from './modules/followup/followup.resolvers';
import { analyticalReportResolvers } from './modules/report/analytical/analytical-report.resolvers';
import { presenceResolvers } from './modules/presence/presence.resolvers';
import { scalarResolvers } from './scalars';
import { projectRoot } from './paths';

/** The SDL files, in name order; `schema/` is the source of truth for the API. */
export function loadTypeDefs(dir: string = path.join(projectRoot, 'schema')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

export const resolvers: Resolvers[] = [
  scalarResolvers,
  aboutResolvers,
  codeNameResolvers as Resolvers,
  activityResolvers,
  organisationResolvers,
  countryResolvers,
  recommendationResolvers,
  importRunResolvers,
  viewerResolvers,
  ohchrResolvers,
  auditResolvers,
  themeResolvers,
  coordinationResolvers,
  qualityResolvers,
  budgetResolvers,
  meetingResolvers,
  registerResolvers,
  liveResolvers,
  fieldOperationResolvers,
  followUpResolvers,
  analyticalReportResolvers,
  presenceResolvers,
  nodeResolvers,
];

export function buildSchema(): GraphQLSchema {
  return withGlobalIds(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never, inheritResolversFromInterfaces: true }));
}

import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/mongodb';
import type { Config } from './config';
import type { Logger } from './logger';
import { type Loaders, createLoaders } from './loaders';
import { ActivityService } from './modules/activity/activity.service';
import { ActivityListService } from './modules/activity/activity-lists.service';
import { AuditService } from './modules/audit/audit.service';
import type { CoordinationCache } from './modules/coordination/coordination.cache';
import { CoordinationService } from './modules/coordination/coordination.service';
import { BudgetService } from './modules/budget/budget.service';
import { CountryService } from './modules/country/country.service';
import { MeetingService } from './modules/meeting/meeting.service';
import { NodeService } from './modules/node/node.service';
import { ImportRunService } from './modules/import/import-run.service';
import { type LiveUpdates, NO_LIVE_UPDATES } from './modules/live/live-feed';
import { OhchrActivityService } from './modules/ohchr/ohchr.service';
import { OrganisationService } from './modules/organisation/organisation.service';
import { QualityService } from './modules/quality/quality.service';
import { RecommendationService } from './modules/recommendation/recommendation.service';
import { AnalyticalReportService } from './modules/report/analytical/analytical-report.service';
import { RegisterService } from './modules/register/register.service';
import { FieldOperationService } from './modules/field-operation/field-operation.service';
import { FollowUpService } from './modules/followup/followup.service';
import { PRESENCES } from './modules/presence/presence.model';
import { PresenceService } from './modules/presence/presence.service';
import { type Viewer, ANONYMOUS, visibleActivities } from './viewer';

/** Everything one request sees; nothing request-scoped lives at module level. */
export interface GraphQLContext {
  requestId: string;
  viewer: Viewer;
  logger: Logger;
  config: Config;
  embedded: boolean;
  services: {
    activities: ActivityService;
    activityLists: ActivityListService;
    organisations: OrganisationService;
    recommendations: RecommendationService;
    countries: CountryService;
    importRuns: ImportRunService;
    audit: AuditService;
    ohchr: OhchrActivityService;
    coordination: CoordinationService;
    quality: QualityService;
    budgets: BudgetService;
    meetings: MeetingService;
    registers: RegisterService;
    /** Lookups by key for `node(id:)`. */
    nodes: NodeService;
    fieldOperations: FieldOperationService;
    followUp: FollowUpService;
    analyticalReports: AnalyticalReportService;
    /** OCHA 3W presence records. */
    presences: PresenceService;
  };
  loaders: Loaders;
  /** Live updates: subscriptions read from it, mutations tell it what they changed. */
  live: LiveUpdates;
}

export interface ContextDeps {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  embedded: boolean;
  /** Overlaps and clusters computed once per mirror version, shared by all requests of the process. */
  coordination: CoordinationCache;
  /** The server's live-update feed; none (subscriptions end at once) when not given. */
  live?: LiveUpdates;
}

/** The one per-request factory: a forked EntityManager, the viewer's services, fresh loaders. */
export function buildContext(deps: ContextDeps, viewer: Viewer = ANONYMOUS, requestId: string = randomUUID()): GraphQLContext {
  const em = deps.orm.em.fork();
  const limits = { defaultPageSize: 20, maxPageSize: deps.config.maxPageSize };
  const activityLists = new ActivityListService(em, visibleActivities(viewer), limits);
  const recommendations = new RecommendationService(em, limits);
  const audit = new AuditService(em);
  const coordination = new CoordinationService(em, deps.coordination, viewer, limits);
  const budgets = new BudgetService(em, coordination);
  const services = {
    activities: new ActivityService(em, visibleActivities(viewer), limits),
    activityLists,
    organisations: new OrganisationService(em, limits),
    recommendations,
    countries: new CountryService(activityLists, recommendations, limits, { db: em.getConnection().getDb(), visibility: visibleActivities(viewer) }),
    importRuns: new ImportRunService(em, limits),
    audit,
    ohchr: new OhchrActivityService(em, viewer, audit),
    coordination,
    quality: new QualityService(em, visibleActivities(viewer)),
    budgets,
    meetings: new MeetingService(em, deps.coordination, coordination, budgets, audit, viewer, limits),
    registers: new RegisterService(em, viewer, audit, limits),
    nodes: new NodeService(em, viewer),
    fieldOperations: new FieldOperationService(em, deps.coordination, viewer, audit, limits),
    followUp: new FollowUpService(em, deps.coordination, viewer, audit),
    analyticalReports: new AnalyticalReportService(em, deps.coordination, viewer),
    presences: new PresenceService(em.getConnection().getDb().collection(PRESENCES), limits),
  };
  return {
    requestId,
    viewer,
    logger: deps.logger.child({ requestId }),
    config: deps.config,
    embedded: deps.embedded,
    services,
    loaders: createLoaders(services),
    live: deps.live ?? NO_LIVE_UPDATES,
  };
}

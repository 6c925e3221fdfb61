import { ApiKeySchema } from '../auth/api-key.entity';
import { ActivitySchema } from '../modules/activity/activity.entity';
import { OverlapDecisionSchema } from '../modules/coordination/overlap-decision.entity';
import { AuditEntrySchema } from '../modules/audit/audit-entry.entity';
import { ImportRunSchema } from '../modules/import/import-run.entity';
import { OrganisationSchema } from '../modules/organisation/organisation.entity';
import { RecommendationSchema } from '../modules/recommendation/recommendation.entity';
import { CoordinationDecisionSchema } from '../modules/meeting/coordination-decision.entity';
import { MeetingSchema } from '../modules/meeting/meeting.entity';
import { FieldOperationSchema } from '../modules/field-operation/field-operation.entity';
import { ExpertSchema, InstitutionSchema } from '../modules/register/register.entity';

/** Every entity MikroORM manages; a module adding an entity adds it here. */
export const entities = [ActivitySchema, OrganisationSchema, ImportRunSchema, RecommendationSchema, ApiKeySchema, AuditEntrySchema, OverlapDecisionSchema, MeetingSchema, CoordinationDecisionSchema, FieldOperationSchema, ExpertSchema, InstitutionSchema];

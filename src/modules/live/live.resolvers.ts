import type { Resolvers } from '../../__generated__/graphql';
import type { DecisionChange, ImportRunFinished } from './live.events';

/**
 * Subscriptions hand out the feed's events; each event's fields are then resolved with a context
 * of its own (fresh loaders and EntityManager, see http/sse-handler), so that a long subscription
 * reads the decision, meeting or overlap as they stand when the event is sent.
 */
export const liveResolvers: Resolvers = {
  Subscription: {
    importRunFinished: {
      subscribe: (_, { kind }, ctx) => ctx.live.importRunsFinished({ kind }),
      resolve: (event: ImportRunFinished) => event.run,
    },
    decisionChanged: {
      subscribe: (_, { filter }, ctx) => ctx.live.decisionChanges(filter),
      resolve: (event: DecisionChange) => event,
    },
  },
  DecisionChange: {
    at: (change) => change.at.toISOString(),
    countries: (change) => [...change.countries],
    decision: (change, _, ctx) => (change.decisionId ? ctx.services.meetings.decision(change.decisionId) : null),
    meeting: (change, _, ctx) => (change.meetingId ? ctx.services.meetings.meetingById.load(change.meetingId) : null),
    overlap: (change, _, ctx) => (change.subject === 'OVERLAP' ? ctx.services.coordination.overlap(change.subjectId) : null),
  },
};

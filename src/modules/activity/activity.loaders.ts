import type DataLoader from 'dataloader';
import { type ParentKey, loaderByArgs } from '../../batching/loader-by-args';
import { encodeCursor, connectionOfPage, emptyConnection } from '../../pagination/cursor';
import type { Activity } from './activity.entity';
import { type ActivityCountArgs, type ActivityListArgs, type ActivityListService, PARENT_LIST_ORDER } from './activity-lists.service';
import type { ActivityConnection } from './activity.service';

export interface ActivityListLoaders {
  /** A nested activity list of a parent (country, organisation): first pages batched per argument set. */
  activityListByParent: DataLoader<ParentKey<ActivityListArgs>, ActivityConnection, string>;
  /** Activities per parent (country, organisation), batched into one aggregation per argument set. */
  activityCountByParent: DataLoader<ParentKey<ActivityCountArgs>, number, string>;
}

const countArgsOf = ({ relation, filter, roles }: ActivityListArgs): ActivityCountArgs => ({ relation, filter, roles });

/** Loaders of nested activity lists; the activities themselves come through `activityById`. */
export function createActivityListLoaders(lists: ActivityListService, activityById: DataLoader<string, Activity | null>): ActivityListLoaders {
  const activityCountByParent = loaderByArgs<ActivityCountArgs, number>((parents, args) => lists.counts(parents, args), () => 0);

  const activityListByParent = loaderByArgs<ActivityListArgs, ActivityConnection>(
    async (parents, args) => {
      const pages = await lists.firstPages(parents, args);
      const ids = [...new Set([...pages.values()].flatMap((p) => p.rows.map((r) => r.id)))];
      const loaded = await activityById.loadMany(ids);
      const byId = new Map<string, Activity>();
      loaded.forEach((a, i) => {
        if (a && !(a instanceof Error)) byId.set(ids[i]!, a);
      });
      const connections = new Map<string, ActivityConnection>();
      for (const parent of parents) {
        const page = pages.get(parent) ?? { rows: [], hasNextPage: false };
        const edges = page.rows
          .filter((r) => byId.has(r.id))
          .map((r) => ({ cursor: encodeCursor({ key: PARENT_LIST_ORDER, value: r.periodStart, id: r.id }), node: byId.get(r.id)! }));
        const totalCount = () => activityCountByParent.load({ parent, args: countArgsOf(args) });
        connections.set(parent, connectionOfPage(edges, { hasNextPage: page.hasNextPage, hadCursor: Boolean(args.after) }, totalCount));
      }
      return connections;
    },
    () => emptyConnection(),
  );

  return { activityListByParent, activityCountByParent };
}

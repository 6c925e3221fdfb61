import type { EntityManager } from '@mikro-orm/mongodb';
import { ObjectId } from 'mongodb';
import type { BudgetEntry } from '../activity/activity.model';
import { type BudgetYearRow, budgetsByYear } from '../analysis/budget-years';
import type { CoordinationService, CoverageFilterInput } from '../coordination/coordination.service';

interface BudgetDocument {
  _id: ObjectId;
  reportingOrg: { ref: string };
  budgets: BudgetEntry[];
}

/** Budgets by organisation and year over the activities a coverage filter selects, as the viewer may see them. */
export class BudgetService {
  constructor(
    private readonly em: EntityManager,
    private readonly coordination: CoordinationService,
  ) {}

  async byYear(filter: CoverageFilterInput | null | undefined): Promise<BudgetYearRow[]> {
    const coverage = await this.coordination.coverage(filter, ['ORGANISATION']);
    const ids = [...new Set(coverage.rows.flatMap((r) => r.activityIds))];
    if (ids.length === 0) return [];
    const documents = await this.em
      .getConnection()
      .getCollection<BudgetDocument>('activities')
      .find({ _id: { $in: ids.map((id) => new ObjectId(id)) } }, { projection: { reportingOrg: 1, budgets: 1 } })
      .toArray();
    return budgetsByYear(documents.map((d) => ({ id: String(d._id), organisation: d.reportingOrg.ref, budgets: d.budgets ?? [] })));
  }
}

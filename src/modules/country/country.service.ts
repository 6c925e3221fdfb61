import { type Connection, pageSize, toConnection } from '../../pagination/cursor';
import type { ActivityListService } from '../activity/activity-lists.service';
import type { PagingLimits } from '../activity/activity.service';
import type { RecommendationService } from '../recommendation/recommendation.service';
import type { Db, Document, Filter } from 'mongodb';
import { countryActivityCounts } from './country.counts';
import { decodeCountryCursor, encodeCountryCursor } from './country.cursor';
import { type CountryRef, countryOf } from './country.model';

export type CountryConnection = Connection<CountryRef>;

/** Countries the mirror knows: recipients of the activities the viewer may see, and countries of recommendations. */
export class CountryService {
  constructor(
    private readonly activityLists: ActivityListService,
    private readonly recommendations: RecommendationService,
    private readonly limits: PagingLimits,
    /** The mirror and the viewer's visibility, for the activity counts shared by requests (country.counts.ts). */
    private readonly counting: { db: Db; visibility: Filter<Document> },
  ) {}

  private counts: Promise<Map<string, number>> | undefined;

  /** Active activities the viewer may see with this recipient country; one small read per request. */
  async activityCount(code: string): Promise<number> {
    this.counts ??= countryActivityCounts(this.counting.db, this.counting.visibility, (codes) => this.activityLists.counts(codes, { relation: 'country' }));
    return (await this.counts).get(code) ?? 0;
  }

  /** Codes of the codelist that appear in the mirror, in code order. Two `distinct` commands. */
  async codesInMirror(): Promise<string[]> {
    const [fromActivities, fromRecommendations] = await Promise.all([this.activityLists.countryCodes(), this.recommendations.countryCodes()]);
    const known = [...new Set([...fromActivities, ...fromRecommendations])].map(countryOf).filter((c): c is CountryRef => c !== null);
    return [...new Set(known.map((c) => c.code))].sort();
  }

  async page(first: number | null | undefined, after: string | null | undefined): Promise<CountryConnection> {
    const size = pageSize(first, this.limits.defaultPageSize, this.limits.maxPageSize);
    const codes = await this.codesInMirror();
    const from = after ? decodeCountryCursor(after) : undefined;
    const rest = from === undefined ? codes : codes.filter((code) => code > from);
    return toConnection(
      rest.slice(0, size + 1).map((code) => ({ code })),
      size,
      (c) => encodeCountryCursor(c.code),
      Boolean(after),
      codes.length,
    );
  }
}

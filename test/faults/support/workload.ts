/**
 * The mixed, real read workload of the fault and soak runs: what a liaison officer and a
 * dashboard ask the gateway on the bundled sample (activity pages with filters and a second page
 * by cursor, coverage, overlaps, gaps, recommendations, an overlap report). Every answer is
 * classified: a good answer, the clear DATABASE_UNAVAILABLE error, or anything else.
 */

export type Outcome = 'ok' | 'database-unavailable' | 'other';

export interface Answer {
  operation: string;
  status: number;
  outcome: Outcome;
  ms: number;
  /** The start of the body of an answer classified `other`, to show what went wrong. */
  sample?: string;
}

const ACTIVITIES_PAGE = `query Page($filter: ActivityFilter, $first: Int, $after: String) {
  activities(filter: $filter, orderBy: { field: START_DATE, direction: DESC }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { iatiIdentifier title reportingOrg { ref name } participatingOrgs { role ref name }
      recipientCountries { code name percentage } sectors { vocabulary code name } themes { theme { id } via } } }
  }
}`;

const COVERAGE = `query Coverage($filter: CoverageFilter) {
  coverage(filter: $filter, groupBy: [COUNTRY, THEME]) {
    totalActivities totalUndatedActivities
    rows { country theme { id label } activityCount budgets { currency value } }
  }
}`;

const OVERLAPS = `query Overlaps($country: [String!]) {
  overlaps(filter: { country: $country, minScore: 0.5 }, first: 10) {
    totalCount
    edges { node { id score kind countries period { start end } themes { id }
      activities { iatiIdentifier title reportingOrg { ref } } decision { decision note } } }
  }
}`;

const GAPS = `query Gaps($country: [String!]) {
  gaps(filter: { country: $country, period: { from: "2021-01-01", to: "2021-12-31" } }, first: 10) {
    totalCount
    edges { node { kind themes { id } recommendations { symbol } mandatedOrganisations absentOrganisations } }
  }
}`;

const RECOMMENDATIONS = `query Recommendations($country: [String!]) {
  recommendations(filter: { country: $country, status: [OPEN] }, first: 20) {
    totalCount
    edges { node { annotationId symbol publicationDate body { type name } countries { code } } }
  }
}`;

const COUNTRIES = ['KE', 'HT', 'UG', 'SO', 'AF'];

interface Request {
  operation: string;
  path: string;
  /** A GraphQL body to POST; a GET without one. */
  graphql?: { query: string; variables?: Record<string, unknown> };
}

export type Send = (request: Request) => Promise<{ answer: Answer; json?: unknown }>;

/**
 * The operations of the mix; the `n`-th request of a client is `OPERATIONS[n % length]`, so every
 * client runs all of them, each client starting at a different one.
 */
export const OPERATIONS: ((send: Send, round: number) => Promise<void>)[] = [
  async (send, round) => {
    const country = COUNTRIES[round % COUNTRIES.length]!;
    const filter = { country: [country] };
    const first = await send({ operation: 'activities page (country)', path: '/graphql', graphql: { query: ACTIVITIES_PAGE, variables: { filter, first: 10 } } });
    const page = (first.json as { data?: { activities?: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } | undefined)?.data?.activities?.pageInfo;
    if (page?.hasNextPage && page.endCursor) {
      await send({ operation: 'activities next page (cursor)', path: '/graphql', graphql: { query: ACTIVITIES_PAGE, variables: { filter, first: 10, after: page.endCursor } } });
    }
  },
  (send) =>
    send({
      operation: 'activities page (organisation, theme, period)',
      path: '/graphql',
      graphql: { query: ACTIVITIES_PAGE, variables: { first: 20, filter: { participatingOrg: ['XM-DAC-41114'], activeDuring: { from: '2021-01-01', to: '2021-12-31' } } } },
    }).then(() => undefined),
  (send) => send({ operation: 'coverage', path: '/graphql', graphql: { query: COVERAGE, variables: { filter: { period: { from: '2021-01-01', to: '2021-12-31' } } } } }).then(() => undefined),
  (send) => send({ operation: 'overlaps', path: '/graphql', graphql: { query: OVERLAPS, variables: { country: ['HT'] } } }).then(() => undefined),
  (send, round) => send({ operation: 'gaps', path: '/graphql', graphql: { query: GAPS, variables: { country: [COUNTRIES[round % COUNTRIES.length]!] } } }).then(() => undefined),
  (send, round) =>
    send({ operation: 'recommendations', path: '/graphql', graphql: { query: RECOMMENDATIONS, variables: { country: [COUNTRIES[round % COUNTRIES.length]!] } } }).then(() => undefined),
  (send, round) => send({ operation: 'overlap report', path: `/reports/overlaps?country=HT&format=${round % 2 === 0 ? 'md' : 'csv'}` }).then(() => undefined),
];

/** Sends requests to `base` (loopback only) and hands every answer to `onAnswer`. */
export function sender(base: string, onAnswer: (answer: Answer) => void): Send {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) throw new Error(`the workload only talks to 127.0.0.1, not ${base}`);
  return async (request) => {
    const started = performance.now();
    let status = 0;
    let text = '';
    try {
      const res = await fetch(`${base}${request.path}`, {
        method: request.graphql ? 'POST' : 'GET',
        headers: request.graphql ? { 'content-type': 'application/json' } : {},
        body: request.graphql ? JSON.stringify(request.graphql) : undefined,
        signal: AbortSignal.timeout(60_000),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      text = `no answer: ${(err as Error).message}`;
    }
    const ms = performance.now() - started;
    const { outcome, json } = classify(status, text, request.graphql !== undefined);
    const answer: Answer = { operation: request.operation, status, outcome, ms, ...(outcome === 'other' ? { sample: text.slice(0, 300) } : {}) };
    onAnswer(answer);
    return { answer, json };
  };
}

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A good answer, the clear DATABASE_UNAVAILABLE error (no stack trace), or anything else. */
export function classify(status: number, text: string, graphql: boolean): { outcome: Outcome; json?: unknown } {
  let json: GraphQLBody | undefined;
  try {
    json = text.startsWith('{') ? (JSON.parse(text) as GraphQLBody) : undefined;
  } catch {
    json = undefined;
  }
  const errors = json?.errors ?? [];
  if (status === 200 && errors.length === 0 && (graphql ? json?.data != null : text.length > 0)) return { outcome: 'ok', json };
  const clear = errors.length > 0 && errors.every((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE') && !/stacktrace|\bat .+:\d+:\d+\)?/.test(text);
  if (clear && (status === 200 || status === 503)) return { outcome: 'database-unavailable', json };
  return { outcome: 'other', json };
}

/** The `p`-th percentile (0–100) of `values`, nearest rank; NaN when empty. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

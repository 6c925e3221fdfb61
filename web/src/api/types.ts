/** The shapes the dashboard's queries return (hand-written to match api/queries.ts). */

export interface Period {
  start: string | null;
  end: string | null;
}

export interface ThemeRef {
  id: string;
  label: string;
}

export interface Activity {
  id: string;
  iatiIdentifier: string;
  origin: string;
  title: string | null;
  restricted: boolean;
  reportingOrg: { ref: string | null; name: string | null };
  statusName: string | null;
  plannedStart: string | null;
  actualStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
  recipientCountries: { code: string; percentage: number | null }[];
  participatingOrgs: { ref: string | null; name: string | null; roleName: string | null }[];
  budgets: { value: number; currency: string; periodStart: string | null }[];
}

export interface Overlap {
  id: string;
  score: number;
  kind: 'POSSIBLE_DUPLICATION' | 'COMPLEMENTARY';
  kindReason: string;
  countries: string[];
  period: Period;
  scoreParts: { theme: number; time: number; country: number; reliability: number };
  themes: ThemeRef[];
  decision: { decision: string; note: string | null; decidedBy: string; decidedAt: string } | null;
  explanation: {
    summary: string;
    reliability: number;
    sides: { organisation: string; startBasis: string; endBasis: string; period: Period; weaknesses: { kind: string; factor: number; message: string }[] }[];
  } | null;
  activities: Activity[];
}

export interface Gap {
  id: string;
  kind: 'UNADDRESSED_RECOMMENDATIONS' | 'MANDATED_ABSENT' | 'RECOMMENDATION_WITHOUT_FOLLOW_UP';
  countries: string[];
  period: Period | null;
  themes: ThemeRef[];
  mandatedOrganisations: string[];
  absentOrganisations: string[];
  presentOrganisations: string[];
  recommendations: { id: string; symbol: string; text: string; publicationDate: string | null; body: { name: string } }[];
}

export interface BudgetYear {
  organisation: { ref: string };
  year: number;
  currency: string;
  value: number;
  activityCount: number;
}

export type FollowUpState = 'OPEN' | 'DUE_SOON' | 'OVERDUE' | 'DONE';
export type FollowUpStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';

export interface Decision {
  id: string;
  subject: 'OVERLAP' | 'GAP';
  subjectId: string;
  subjectLabel: string;
  countries: string[];
  kind: string;
  ownerOrganisation: { ref: string };
  dueDate: string | null;
  note: string | null;
  status: FollowUpStatus;
  followUp: FollowUpState;
  decidedBy: string;
  decidedAt: string;
  meeting: { id: string; title: string; date: string } | null;
  history: { at: string; by: string; action: string; status: FollowUpStatus; dueDate: string | null; note: string | null }[];
}

export interface Options {
  viewer: { authenticated: boolean; role: 'LIAISON' | 'OHCHR_EDITOR' | 'ADMIN' | null; organisationRef: string | null; label: string | null };
  themes: ThemeRef[];
  organisations: { edges: { node: { ref: string; acronym: string | null; name: string | null } }[] };
  regions: { code: string; name: string | null }[];
  countries: { edges: { node: { code: string; name: string | null } }[] };
}

export interface ValidationFailed {
  __typename: 'ValidationFailed';
  message: string;
  fieldErrors: { field: string; message: string }[];
}

import { dayNumber } from '../analysis/period';
import type { CoordinationDecisionKind, DecisionSubject, FollowUpStatus } from './coordination-decision.entity';

/**
 * The rules of meetings and follow-ups, pure: what a valid meeting or decision is, which kinds
 * fit which subject, and where a follow-up stands against its due date.
 */

export type FollowUpState = 'OPEN' | 'DUE_SOON' | 'OVERDUE' | 'DONE';

/** A follow-up due within this many days (today included) is DUE_SOON. */
export const DUE_SOON_DAYS = 14;

export const NOTE_MAX_LENGTH = 4000;
export const TITLE_MAX_LENGTH = 200;

const OVERLAP_KINDS: ReadonlySet<CoordinationDecisionKind> = new Set(['REVIEWED', 'COMPLEMENTARY', 'DUPLICATION_TO_RESOLVE', 'JOINT_PROGRAMME_AGREED']);
const GAP_KINDS: ReadonlySet<CoordinationDecisionKind> = new Set(['REVIEWED', 'RESPONSE_TO_PLAN', 'MANDATED_AGENCY_TO_ENGAGE', 'NOT_A_GAP']);

/** Whether a decision kind can be taken on that subject (REVIEWED on both). */
export function kindFitsSubject(kind: CoordinationDecisionKind, subject: DecisionSubject): boolean {
  return (subject === 'OVERLAP' ? OVERLAP_KINDS : GAP_KINDS).has(kind);
}

/** Where a follow-up stands on `today` (ISO date): DONE, OVERDUE after the due day, DUE_SOON within DUE_SOON_DAYS, else OPEN. */
export function followUpState(status: FollowUpStatus, dueDate: string | null, today: string): FollowUpState {
  if (status === 'DONE') return 'DONE';
  const due = dueDate ? dayNumber(dueDate) : null;
  const now = dayNumber(today);
  if (due === null || now === null) return 'OPEN';
  if (due < now) return 'OVERDUE';
  return due - now < DUE_SOON_DAYS ? 'DUE_SOON' : 'OPEN';
}

/** Sort key of a follow-up's due date: undated ones after every date. */
export const dueKey = (dueDate: string | null): string => dueDate ?? '9999-99-99';

/** Follow-up order: earliest due date first, undated last, then by id (oldest first). */
export function compareFollowUps(a: { dueDate: string | null; id: string }, b: { dueDate: string | null; id: string }): number {
  const x = dueKey(a.dueDate);
  const y = dueKey(b.dueDate);
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export interface MeetingInput {
  title: string;
  date: string;
  countries?: readonly string[] | null;
  themes?: readonly string[] | null;
  organisations?: readonly string[] | null;
  period?: { from?: string | null; to?: string | null } | null;
}

export interface ValidMeeting {
  title: string;
  date: string;
  countries: string[];
  themes: string[];
  organisations: string[];
  period: { from: string | null; to: string | null } | null;
}

export interface MeetingVocabulary {
  isCountry: (code: string) => boolean;
  isTheme: (id: string) => boolean;
}

const unique = (values: readonly string[] | null | undefined, normalise: (v: string) => string = (v) => v.trim()): string[] =>
  [...new Set((values ?? []).map(normalise).filter((v) => v !== ''))];

/** Checks and normalises a new meeting: every problem is reported, by input field. */
export function validateMeeting(input: MeetingInput, vocabulary: MeetingVocabulary): { ok: true; meeting: ValidMeeting } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const title = input.title.trim();
  if (title === '') problems.push({ field: 'title', message: 'is required' });
  if (title.length > TITLE_MAX_LENGTH) problems.push({ field: 'title', message: `must be at most ${TITLE_MAX_LENGTH} characters` });
  const countries = unique(input.countries, (c) => c.trim().toUpperCase());
  for (const c of countries) if (!vocabulary.isCountry(c)) problems.push({ field: 'countries', message: `${c} is not an ISO 3166-1 country code` });
  const themes = unique(input.themes);
  for (const t of themes) if (!vocabulary.isTheme(t)) problems.push({ field: 'themes', message: `${t} is not a theme` });
  const organisations = unique(input.organisations);
  const from = input.period?.from ?? null;
  const to = input.period?.to ?? null;
  if (from && to && from > to) problems.push({ field: 'period', message: 'from must not be after to' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, meeting: { title, date: input.date, countries, themes, organisations, period: from || to ? { from, to } : null } };
}

/** Checks a decision's free text and owner; the subject is checked against the agenda by the service. */
export function validateDecisionFields(input: { kind: CoordinationDecisionKind; subject: DecisionSubject; ownerOrganisation: string; note?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!kindFitsSubject(input.kind, input.subject)) problems.push({ field: 'kind', message: `${input.kind} is not a decision on ${input.subject === 'OVERLAP' ? 'an overlap' : 'a gap'}` });
  if (input.ownerOrganisation.trim() === '') problems.push({ field: 'ownerOrganisation', message: 'is required' });
  problems.push(...noteProblems(input.note));
  return problems;
}

export function noteProblems(note: string | null | undefined): FieldProblem[] {
  return note && note.trim().length > NOTE_MAX_LENGTH ? [{ field: 'note', message: `must be at most ${NOTE_MAX_LENGTH} characters` }] : [];
}

/** A trimmed note, null when empty. */
export const cleanNote = (note: string | null | undefined): string | null => {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};
